"""One writer process for the kill test: `python -m tests.update_writer ROOT KEY FIRST COUNT` submits values in turn."""

from __future__ import annotations

import sys
from pathlib import Path

from dashboard.updates import partners


def payload(n: int) -> bytes:
    """Return the submission whose fx_pop 2024 value is n."""
    return f"area_id,indicator_id,year,value,source,note\nfixture_a,fx_pop,2024,{n},Kill test {n},\n".encode()


def main() -> None:
    root, key, first, count = sys.argv[1:5]
    print("ready", flush=True)  # imports done: the kills land in submissions, not in Python's start
    for n in range(int(first), int(first) + int(count)):
        outcome = partners.submit(Path(root), "fixture_a", key, payload(n))
        print(f"{outcome.version} {n}", flush=True)


if __name__ == "__main__":
    main()
