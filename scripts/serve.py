"""`make serve`: k Streamlit processes on 127.0.0.1 behind Debian's nginx (sticky sessions), restarted if they die.

nginx runs from deploy/nginx.conf.in in a temp folder (its pid, logs and temp files there), so no root set-up is
needed; SIGTERM or Ctrl-C stops nginx gracefully, then the processes, and removes the folder.
"""

from __future__ import annotations

import argparse
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "deploy" / "nginx.conf.in"
NGINX = ("/usr/sbin/nginx", "nginx")
# Debian's nginx runs its workers as www-data when started by root.
ROOT_WORKER_USER = "www-data"


def nginx_binary() -> str | None:
    """Debian's nginx, else one on PATH; None if absent."""
    for name in NGINX:
        found = shutil.which(name)
        if found:
            return found
    return None


def free_ports(n: int) -> list[int]:
    """n TCP ports free on 127.0.0.1 now (held together so they differ)."""
    sockets = [socket.socket() for _ in range(n)]
    try:
        for sock in sockets:
            sock.bind(("127.0.0.1", 0))
        return [int(sock.getsockname()[1]) for sock in sockets]
    finally:
        for sock in sockets:
            sock.close()


def nginx_conf(prefix: Path, host: str, port: int, backends: list[int]) -> str:
    """The nginx config for a listen address and the Streamlit processes' ports."""
    user = f"user {ROOT_WORKER_USER};" if os.geteuid() == 0 and _user_exists(ROOT_WORKER_USER) else ""
    servers = "\n".join(f"        server 127.0.0.1:{p} max_fails=3 fail_timeout=5s;" for p in backends)
    return (TEMPLATE.read_text(encoding="utf-8").replace("@USER@", user).replace("@PREFIX@", str(prefix))
            .replace("@SERVERS@", servers).replace("@HOST@", host).replace("@PORT@", str(port)))


def _user_exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True


def start_worker(port: int, log: Path) -> subprocess.Popen:
    """One `streamlit run` of the app on 127.0.0.1:port (settings from .streamlit/config.toml)."""
    command = [sys.executable, "-m", "streamlit", "run", "streamlit_app.py", "--server.address", "127.0.0.1",
               "--server.port", str(port)]
    with log.open("ab") as out:
        return subprocess.Popen(command, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)


def healthy(port: int) -> bool:
    """True if a process answers /_stcore/health with ok."""
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def wait_all_healthy(ports: list[int], timeout: float) -> None:
    """Wait until every process answers its health check, or raise."""
    deadline = time.monotonic() + timeout
    while not all(healthy(p) for p in ports):
        if time.monotonic() > deadline:
            raise TimeoutError("Streamlit processes not healthy in time")
        time.sleep(0.3)


class Stop(Exception):
    """SIGTERM or SIGINT asked for a clean shutdown."""


def _raise_stop(signum: int, frame: object) -> None:
    raise Stop


def stop(nginx: subprocess.Popen | None, workers: dict[int, subprocess.Popen]) -> None:
    """Stop nginx gracefully (open websockets close), then the processes; kill what does not exit in 10 s."""
    if nginx is not None and nginx.poll() is None:
        nginx.send_signal(signal.SIGQUIT)
    for proc in workers.values():
        if proc.poll() is None:
            proc.terminate()
    for proc in [*workers.values(), *([nginx] if nginx else [])]:
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def serve(host: str, port: int, workers_n: int, startup: float) -> int:
    """Run until stopped; return the exit code."""
    binary = nginx_binary()
    if binary is None:
        print("make serve needs nginx (Debian: apt-get install nginx)", file=sys.stderr)
        return 2
    prefix = Path(tempfile.mkdtemp(prefix="metrocase-serve-"))
    prefix.chmod(0o755)  # nginx's workers (www-data under root) write their temp files here
    ports = free_ports(workers_n)
    workers: dict[int, subprocess.Popen] = {}
    nginx = None
    signal.signal(signal.SIGTERM, _raise_stop)
    signal.signal(signal.SIGINT, _raise_stop)
    try:
        workers = {p: start_worker(p, prefix / f"streamlit-{p}.log") for p in ports}
        wait_all_healthy(ports, startup)
        conf = prefix / "nginx.conf"
        conf.write_text(nginx_conf(prefix, host, port, ports), encoding="utf-8")
        nginx = subprocess.Popen([binary, "-p", str(prefix), "-c", str(conf), "-g", "daemon off;"])
        print(f"serving http://{host}:{port} with {workers_n} Streamlit processes (logs in {prefix})", flush=True)
        while nginx.poll() is None:
            for p, proc in list(workers.items()):
                if proc.poll() is not None:  # a crashed process is replaced on its port; nginx retries meanwhile
                    print(f"Streamlit process on {p} exited ({proc.returncode}); restarting", file=sys.stderr)
                    workers[p] = start_worker(p, prefix / f"streamlit-{p}.log")
            time.sleep(1)
        print(f"nginx exited ({nginx.returncode})", file=sys.stderr)
        return 1
    except Stop:
        return 0
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        stop(nginx, workers)
        shutil.rmtree(prefix, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    """Parse HOST, PORT and WORKERS and serve."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="address nginx listens on (0.0.0.0: every interface)")
    parser.add_argument("--port", type=int, default=8501)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="Streamlit processes (default: cores)")
    parser.add_argument("--startup", type=float, default=120, help="seconds the processes may take to start")
    args = parser.parse_args(argv)
    if args.workers < 1:
        parser.error("--workers must be at least 1")
    return serve(args.host, args.port, args.workers, args.startup)


if __name__ == "__main__":
    sys.exit(main())
