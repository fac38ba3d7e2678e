"""A throwaway PostgreSQL server from Debian's binaries (package postgresql) in a temp folder, for the store tests."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ABSENT = "PostgreSQL server binaries not found (Debian: apt-get install postgresql); the SQLite store is tested"


def server_bin() -> Path | None:
    """The folder of initdb and pg_ctl: on PATH, else Debian's /usr/lib/postgresql/<version>/bin (newest)."""
    found = shutil.which("initdb")
    if found:
        return Path(os.path.realpath(found)).parent
    folders = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    return Path(folders[-1]).parent if folders else None


def _as_server_user(command: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: as root, run it as the postgres user."""
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


@contextmanager
def server() -> Iterator[str]:
    """Start a server on a Unix socket in a new temp folder (no TCP port); yield its base URL; stop and remove it."""
    bin_dir = server_bin()
    if bin_dir is None:
        raise FileNotFoundError(ABSENT)
    folder = Path(tempfile.mkdtemp(prefix="metrocase-pg-"))
    try:
        if os.geteuid() == 0:
            shutil.chown(folder, "postgres", "postgres")
        data, log = folder / "data", folder / "server.log"
        subprocess.run(_as_server_user([str(bin_dir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres",
                                        "-E", "UTF8", "--no-sync"]), check=True, capture_output=True, timeout=120)
        options = f"-k {folder} -c listen_addresses='' -c fsync=off"
        subprocess.run(_as_server_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", options,
                                        "-w", "-t", "60", "start"]), check=True, capture_output=True, timeout=120)
        try:
            yield f"postgresql://postgres@/postgres?host={folder}"
        finally:
            subprocess.run(_as_server_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
                           capture_output=True, timeout=120)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def new_database(base_url: str) -> str:
    """Create an empty database on the server and return its URL (each test starts from nothing)."""
    import psycopg

    name = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')  # a generated identifier, not input: DDL takes no parameters
    return base_url.replace("/postgres?", f"/{name}?", 1)
