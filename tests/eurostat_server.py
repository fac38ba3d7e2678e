"""A local stand-in for Eurostat's API in tests: serves the recorded JSON-stat files on 127.0.0.1, or a failure."""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

RECORDED = Path(__file__).parent / "fixtures" / "eurostat"
API_PATH = "/eurostat/api/dissemination/statistics/1.0/data/"


@dataclass
class Failure:
    """How the server answers for one dataset instead of its recorded file."""

    status: int = 200
    body: bytes = b""
    delay: float = 0.0


@dataclass
class Server:
    """The running server: its base URL, the answers to serve instead of the recorded files, and the requests seen."""

    url: str
    answers: dict[str, Failure] = field(default_factory=dict)
    requests: list[tuple[str, list[tuple[str, str]]]] = field(default_factory=list)


def _error(status: int, label: str) -> bytes:
    """An error body in the shape Eurostat sends."""
    return json.dumps({"error": [{"status": status, "id": 100, "label": label}]}).encode()


@contextlib.contextmanager
def eurostat_server() -> Iterator[Server]:
    """Serve fixtures/eurostat/fixture_<dataset>.json at API_PATH<dataset>, checking the filters as Eurostat does."""
    state = Server("")

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (the http.server name)
            parts = urlsplit(self.path)
            dataset = parts.path.removeprefix(API_PATH)
            query = parse_qsl(parts.query)
            state.requests.append((dataset, query))
            failure = state.answers.get(dataset)
            if failure is not None:
                time.sleep(failure.delay)
                return self._send(failure.status, failure.body)
            path = RECORDED / f"fixture_{dataset}.json"
            if not parts.path.startswith(API_PATH) or not path.is_file():
                return self._send(404, _error(404, f"Dataset {dataset} does not exist"))
            doc = json.loads(path.read_text(encoding="utf-8"))
            for dim, code in query:  # a filter naming an unknown dimension or category is an error at Eurostat
                if dim != "lang" and code not in doc["dimension"].get(dim, {}).get("category", {}).get("index", {}):
                    if dim != "geo":
                        return self._send(400, _error(400, f"Invalid filter {dim}={code}"))
            self._send(200, path.read_bytes())

        def _send(self, status: int, body: bytes) -> None:
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # a client that gave up waiting
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            """Quiet: the tests read the requests from Server.requests."""

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    state.url = f"http://127.0.0.1:{httpd.server_address[1]}{API_PATH.rstrip('/')}"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()
