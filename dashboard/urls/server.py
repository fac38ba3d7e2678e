"""The address of a running dashboard given on the command line (untrusted): only http(s), turned into its stream."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

STREAM_PATH = "/_stcore/stream"
HEALTH_PATH = "/_stcore/health"


class BadServerUrl(ValueError):
    """The text is not an http(s) address of a server."""


def server_base(text: str) -> str:
    """Return the server's base URL (scheme, host, port, path prefix; no trailing slash), or raise BadServerUrl."""
    shown = repr(text[:80])
    try:
        parts = urlsplit(text.strip())
        port = parts.port  # raises on a port that is not a number in 0..65535
    except ValueError as exc:
        raise BadServerUrl(f"not a URL: {shown} ({exc})") from None
    if parts.scheme not in ("http", "https"):
        raise BadServerUrl(f"only http:// or https:// addresses are taken, not {shown}")
    if not parts.hostname:
        raise BadServerUrl(f"no host in {shown}")
    if parts.username is not None or parts.password is not None:
        raise BadServerUrl("no user name or password in the address, please")  # not echoed: it would be printed
    if parts.query or parts.fragment:
        raise BadServerUrl(f"the server's address only, without ?query or #fragment: {shown}")
    netloc = parts.hostname if ":" not in parts.hostname else f"[{parts.hostname}]"
    netloc += f":{port}" if port is not None else ""
    return urlunsplit((parts.scheme, netloc, parts.path.rstrip("/"), "", ""))


def stream_url(base: str) -> str:
    """The websocket endpoint of a base URL from server_base (ws:// for http, wss:// for https)."""
    return "ws" + base.removeprefix("http") + STREAM_PATH
