"""Links of an assessment round, built from the address the presenter's browser used (scheme, host, base path)."""

from __future__ import annotations

from urllib.parse import urlencode, urlsplit, urlunsplit

PAGE = "assess"


def _page_url(page_url: str, params: dict[str, str]) -> str:
    """The /assess address on the same scheme, host and base path as page_url, with these parameters."""
    parts = urlsplit(page_url or "http://127.0.0.1:8501/")
    base = parts.path.rstrip("/")
    base = base[: -len(PAGE)].rstrip("/") if base.endswith(PAGE) else base
    return urlunsplit((parts.scheme or "http", parts.netloc, f"{base}/{PAGE}", urlencode(params), ""))


def participant_url(page_url: str, round_id: str, lang: str) -> str:
    """The link participants open on their phones (scoring view)."""
    return _page_url(page_url, {"round": round_id, **({"lang": lang} if lang != "en" else {})})


def facilitator_url(page_url: str, round_id: str, key: str, lang: str) -> str:
    """The presenter's link with the facilitator key (the only way to close the round from the page)."""
    return _page_url(page_url, {"round": round_id, "view": "present", "key": key,
                                **({"lang": lang} if lang != "en" else {})})
