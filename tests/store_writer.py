"""One writer process for the concurrency test: `python -m tests.store_writer KIND TARGET ROUND TAG N`."""

from __future__ import annotations

import sys

from dashboard.store.model import ScoreIn
from dashboard.store.postgres import PostgresStore
from dashboard.store.sqlite import SqliteStore


def main() -> None:
    kind, target, round_id, tag, count = sys.argv[1:6]
    store = SqliteStore(target) if kind == "sqlite" else PostgresStore(target)
    for n in range(int(count)):  # one phone per score (made-up client ids), as a seminar burst looks
        store.submit(round_id, [ScoreIn("FX-A-01", "FX-1", n % 4, f"{tag} {n}")], participant=tag,
                     client_id=f"{tag}-{n}")
    print("done")


if __name__ == "__main__":
    main()
