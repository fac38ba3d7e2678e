"""A minimal Streamlit websocket client: open a page, wait for its script to finish, rerun with another URL state."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

# A run ends with one of these; FINISHED_EARLY_FOR_RERUN is followed by the run that replaced it.
DONE = {ForwardMsg.FINISHED_SUCCESSFULLY, ForwardMsg.FINISHED_WITH_COMPILE_ERROR}


@dataclass
class Visit:
    """What one session saw: seconds to the end of the first render and of one rerun, and any error."""

    first_s: float | None = None
    rerun_s: float | None = None
    error: str | None = None
    exceptions: list[str] = field(default_factory=list)


def rerun_message(page: str, query: str) -> bytes:
    """The BackMsg a browser sends to run a page (page = url_path, '' for the default) with a query string."""
    msg = BackMsg()
    msg.rerun_script.query_string = query
    msg.rerun_script.page_name = page
    return msg.SerializeToString()


async def run_until_done(ws: websockets.ClientConnection, visit: Visit) -> None:
    """Read ForwardMsgs until the script run finishes; note exceptions the page shows."""
    while True:
        msg = ForwardMsg()
        msg.ParseFromString(await ws.recv())
        kind = msg.WhichOneof("type")
        if kind == "delta" and msg.delta.new_element.WhichOneof("type") == "exception":
            visit.exceptions.append(msg.delta.new_element.exception.message)
        if kind == "script_finished" and msg.script_finished in DONE:
            return


async def visit(url: str, page: str, first: str, second: str, timeout: float, headers: dict | None = None) -> Visit:
    """Open a session on a page with query `first`, then rerun it with `second`; bounded by timeout seconds."""
    seen = Visit()
    start = time.perf_counter()
    try:
        async with asyncio.timeout(timeout):
            async with websockets.connect(url, subprotocols=["streamlit"], max_size=None,
                                          additional_headers=headers) as ws:
                await ws.send(rerun_message(page, first))
                await run_until_done(ws, seen)
                seen.first_s = time.perf_counter() - start
                again = time.perf_counter()
                await ws.send(rerun_message(page, second))
                await run_until_done(ws, seen)
                seen.rerun_s = time.perf_counter() - again
    except (TimeoutError, OSError, websockets.WebSocketException) as exc:
        seen.error = type(exc).__name__
    return seen


async def crowd(url: str, page: str, first: str, second: str, n: int, timeout: float) -> list[Visit]:
    """n sessions opening the same page at once."""
    return list(await asyncio.gather(*(visit(url, page, first, second, timeout) for _ in range(n))))


async def hold(url: str, page: str, n: int, timeout: float) -> list[websockets.ClientConnection]:
    """Open n sessions on a page, one after another, each rendered once and left open (the caller closes them)."""
    sockets = []
    async with asyncio.timeout(timeout):
        for _ in range(n):
            ws = await websockets.connect(url, subprotocols=["streamlit"], max_size=None)
            await ws.send(rerun_message(page, ""))
            await run_until_done(ws, Visit())
            sockets.append(ws)
    return sockets
