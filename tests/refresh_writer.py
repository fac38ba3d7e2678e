"""One refreshing writer for the kill test: `python -m tests.refresh_writer ROOT FIRST COUNT` refreshes in turn.

A local server (a thread of this process, killed with it) answers each refresh with fx_pop of XA001 in 2020 = n, a
made-up fixture value in the JSON-stat shape of Eurostat's API.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from dashboard.updates import refresh
from tests.eurostat_server import Failure, eurostat_server

DATASET = "kill_fixture"


def document(n: int) -> bytes:
    """A JSON-stat 2.0 answer with one value: XA001, 2020 = n."""
    def dim(code: str) -> dict:
        return {"label": code, "category": {"index": {code: 0}, "label": {code: code}}}

    doc = {"version": "2.0", "class": "dataset", "label": "FIXTURE (made up)", "id": ["freq", "geo", "time"],
           "size": [1, 1, 1], "dimension": {"freq": dim("A"), "geo": dim("XA001"), "time": dim("2020")},
           "value": {"0": n}, "status": {}}
    return json.dumps(doc).encode()


def main() -> None:
    root, first, count = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    with eurostat_server() as server:
        print("ready", flush=True)  # imports done and the server up: the kills land in refreshes
        for n in range(first, first + count):
            server.answers[DATASET] = Failure(200, document(n))
            _, _, version = refresh.refresh(root, ["fx_pop"], who="kill test", base_url=server.url)
            print(f"{version} {n}", flush=True)


if __name__ == "__main__":
    main()
