"""Benchmark sessions over the package's Streamlit protocol client (dashboard/web/wsclient.py): timed visits, crowds."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field

import websockets

from dashboard.web.wsclient import read_run, rerun_message

__all__ = ["Visit", "crowd", "hold", "rerun_message", "run_until_done", "visit"]


@dataclass
class Visit:
    """What one session saw: seconds to the end of the first render and of one rerun, and any error."""

    first_s: float | None = None
    rerun_s: float | None = None
    error: str | None = None
    exceptions: list[str] = field(default_factory=list)


async def run_until_done(ws: websockets.ClientConnection, visit: Visit) -> None:
    """Read ForwardMsgs until the script run finishes; note exceptions the page shows."""
    visit.exceptions += (await read_run(ws)).exceptions


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
