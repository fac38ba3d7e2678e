"""Partner keys: only their SHA-256 is kept (in the data root), compared in constant time; a key opens one area."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
from datetime import UTC, datetime
from pathlib import Path

from dashboard.updates.layout import fsync_dir

KEYS = "keys.json"
PREFIX = "mck_"


def _hash(key: str) -> str:
    # A key is 256 random bits, so a plain SHA-256 cannot be guessed back; a slow password hash adds nothing.
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def _load(root: Path) -> dict[str, list[dict[str, str]]]:
    path = root / KEYS
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def new_key(root: Path, area: str) -> str:
    """Make a fresh key for an area, store its hash (call under the root's write lock) and return the key once."""
    key = PREFIX + secrets.token_urlsafe(32)
    stored = _load(root)
    stored.setdefault(area, []).append({"sha256": _hash(key), "created": datetime.now(UTC).isoformat()})
    tmp = root / f".{KEYS}.{secrets.token_hex(6)}"
    with tmp.open("x", encoding="utf-8") as handle:
        json.dump(stored, handle, indent=1, sort_keys=True)
        handle.flush()
        os.fsync(handle.fileno())
    os.chmod(tmp, 0o600)
    os.replace(tmp, root / KEYS)
    fsync_dir(root)
    return key


def key_opens(root: Path, area: str, key: str) -> bool:
    """Say whether a key is one of the area's keys; every stored hash of the area is compared, in constant time."""
    digest = _hash(key)
    matches = [hmac.compare_digest(digest, entry["sha256"]) for entry in _load(root).get(area, [])]
    return any(matches)
