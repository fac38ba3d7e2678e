"""`prewarm --url` steps a story through a running server's websocket; its address is untrusted input."""

from __future__ import annotations

import re

import pytest

from dashboard.cli.main import main as cli
from dashboard.urls.server import BadServerUrl, server_base, stream_url
from tests.browser import free_port, streamlit_server

STORY = "eight-areas"


@pytest.fixture(scope="module")
def server():
    """The app served by a real `streamlit run` on a free loopback port."""
    with streamlit_server() as base:
        yield base


def test_prewarm_url_steps_every_step_through_the_running_server(server, capfd):
    """Two sessions, each with its own route key: every step of both reported as a finished, drawn run."""
    assert cli(["prewarm", "--story", STORY, "--lang", "it", "--url", server, "--sessions", "2"]) == 0
    lines = capfd.readouterr().out.splitlines()
    step = re.compile(r"session (\d) route ([0-9a-f]{16}) it step +(\d+)/10 +\d+\.\d\d s  ")
    steps = [m for line in lines if (m := step.match(line))]
    assert [(m[1], m[3]) for m in steps] == [(s, str(n)) for s in "12" for n in range(1, 11)], lines
    assert len({m[2] for m in steps}) == 2  # a new route key per session
    assert not [line for line in lines if "FAILED" in line], lines
    assert [line for line in lines if re.match(r"session \d route \w+ it all 10 steps", line)]


def test_prewarm_url_refuses_an_unknown_story(server, capfd):
    assert cli(["prewarm", "--story", "no-such-story", "--url", server]) == 2
    assert "no story 'no-such-story'" in capfd.readouterr().err


def test_prewarm_url_says_when_nothing_answers(capfd):
    """A port where no server listens: a clear error and exit 1, not a traceback."""
    url = f"http://127.0.0.1:{free_port()}"
    assert cli(["prewarm", "--story", STORY, "--lang", "en", "--url", url]) == 1
    err = capfd.readouterr().err
    assert f"no dashboard answers at {url}" in err and "Traceback" not in err


@pytest.mark.parametrize("url", ["ftp://127.0.0.1/", "file:///etc/passwd", "javascript:alert(1)", "127.0.0.1:8080",
                                 "http://user:secret@127.0.0.1:8080", "http://127.0.0.1:99999", "http://h/?x=1"])
def test_prewarm_refuses_a_url_that_is_not_a_plain_http_address(url, capfd):
    with pytest.raises(SystemExit) as exited:
        cli(["prewarm", "--story", STORY, "--url", url])
    assert exited.value.code == 2
    err = capfd.readouterr().err
    assert "argument --url" in err and "secret" not in err  # a password given in the address is never echoed


def test_server_base_keeps_host_port_and_prefix_and_gives_the_stream():
    assert server_base(" https://talk.example.org/metro/ ") == "https://talk.example.org/metro"
    assert stream_url(server_base("https://talk.example.org/metro/")) == "wss://talk.example.org/metro/_stcore/stream"
    assert stream_url(server_base("http://[::1]:8080")) == "ws://[::1]:8080/_stcore/stream"
    with pytest.raises(BadServerUrl, match="only http"):
        server_base("ws://127.0.0.1:8080")
