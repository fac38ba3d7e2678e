"""A minimal client of Streamlit's websocket protocol: run a page with a query string and read the run to its end.

It is what a browser's tab does, without the browser: `prewarm --url` steps a story through a running server with
it, and the benchmarks time crowds of sessions with it. It needs only websockets and Streamlit's protobuf classes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import websockets
from streamlit.proto.Alert_pb2 import Alert
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

# A run ends with one of these; FINISHED_EARLY_FOR_RERUN is followed by the run that replaced it.
DONE = {ForwardMsg.FINISHED_SUCCESSFULLY, ForwardMsg.FINISHED_WITH_COMPILE_ERROR}
# Elements that are a view's content: a figure or a table.
DRAWN = {"plotly_chart", "dataframe", "arrow_data_frame", "table"}


@dataclass
class Run:
    """What one script run sent: how it ended, exceptions and error boxes shown, and figures or tables drawn."""

    status: int = 0
    exceptions: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    drawn: int = 0
    elements: int = 0  # elements and blocks sent (every new_element or add_block delta)

    @property
    def compiled(self) -> bool:
        """False if the page's script did not even compile."""
        return self.status != ForwardMsg.FINISHED_WITH_COMPILE_ERROR


def rerun_message(page: str, query: str) -> bytes:
    """The BackMsg a browser sends to run a page (page = url_path, '' for the default) with a query string."""
    msg = BackMsg()
    msg.rerun_script.query_string = query
    msg.rerun_script.page_name = page
    return msg.SerializeToString()


async def read_run(ws: websockets.ClientConnection) -> Run:
    """Read ForwardMsgs until the script run finishes; return what it showed."""
    run = Run()
    while True:
        msg = ForwardMsg()
        msg.ParseFromString(await ws.recv())
        kind = msg.WhichOneof("type")
        if kind == "delta" and msg.delta.WhichOneof("type") in ("new_element", "add_block"):
            run.elements += 1
        if kind == "delta" and msg.delta.WhichOneof("type") == "new_element":
            element = msg.delta.new_element
            shown = element.WhichOneof("type")
            if shown == "exception":
                run.exceptions.append(element.exception.message)
            elif shown == "alert" and element.alert.format == Alert.ERROR:
                run.errors.append(element.alert.body)
            elif shown in DRAWN:
                run.drawn += 1
        if kind == "script_finished" and msg.script_finished in DONE:
            run.status = msg.script_finished
            return run


def connect(url: str, headers: dict[str, str] | None = None) -> websockets.connect:
    """Open a session on a server's stream endpoint (ws:// or wss://), as the browser's tab does."""
    return websockets.connect(url, subprotocols=["streamlit"], max_size=None, additional_headers=headers)
