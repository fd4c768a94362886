"""SDK errors survive pickle; clients and their with_options copies close without a ResourceWarning."""

from __future__ import annotations

import inspect
import pickle
import subprocess
import sys
import textwrap

import httpx
import pytest

import bulutfon_ext
from bulutfon_ext import APIStatusError, BulutfonError, ValidationError
from bulutfon_ext._errors import status_error
from tests._mock import TOKEN

URL = f"https://api.bulutfon.com/dids?access_token={TOKEN}"


def _error_classes() -> list[type[BulutfonError]]:
    found = {
        obj
        for obj in vars(bulutfon_ext).values()
        if inspect.isclass(obj) and issubclass(obj, BulutfonError)
    }
    return sorted(found, key=lambda cls: cls.__name__)


def _instance(cls: type[BulutfonError]) -> BulutfonError:
    """One of each error, built the way the SDK builds it."""
    request = httpx.Request("GET", URL, headers={"Authorization": "Bearer proxy-secret"})
    response = httpx.Response(
        418, json={"error": "nope", "code": "X1"}, request=request, headers={"Retry-After": "3"}
    )
    if issubclass(cls, APIStatusError):
        return cls("nope", response=response, code="X1")
    if issubclass(cls, ValidationError):
        return cls("did", "must be digits")
    try:
        parameters = inspect.signature(cls).parameters
    except ValueError:  # Exception's own __init__: the message only
        return cls("failed")
    if "response" in parameters:
        return cls("bad body", response=response)  # type: ignore[call-arg]
    if "request" in parameters:
        return cls("timed out", request=request)  # type: ignore[call-arg]
    return cls("failed")


@pytest.mark.parametrize("cls", _error_classes(), ids=lambda cls: cls.__name__)
def test_every_sdk_error_survives_pickle_without_its_secrets(cls: type[BulutfonError]) -> None:
    error = _instance(cls)
    data = pickle.dumps(error)
    copy = pickle.loads(data)
    assert type(copy) is cls
    assert str(copy) == str(error) and repr(copy) == repr(error)
    assert TOKEN.encode() not in data and b"proxy-secret" not in data
    for name, value in vars(error).items():
        if isinstance(value, httpx.Response):
            assert copy.__dict__[name].status_code == value.status_code
            assert copy.__dict__[name].json() == value.json()
            assert "access_token=REDACTED" in str(copy.__dict__[name].request.url)
        elif isinstance(value, httpx.Request):
            assert copy.__dict__[name].method == value.method
        else:
            assert copy.__dict__[name] == value


def test_a_pickled_status_error_keeps_what_callers_read() -> None:
    request = httpx.Request("POST", URL)
    response = httpx.Response(
        429, json={"error": "Too Many Requests"}, request=request, headers={"Retry-After": "7"}
    )
    error = pickle.loads(pickle.dumps(status_error(response)))
    assert (error.status_code, error.message, error.retry_after) == (429, "Too Many Requests", 7.0)
    assert error.body == {"error": "Too Many Requests"}
    assert error.response.request.method == "POST"


# A real loopback server, and warnings as errors: an unclosed socket or transport prints
# "ResourceWarning" (or "Exception ignored") on stderr, which the test reads.
SCRIPT = textwrap.dedent(
    """
    import asyncio, gc, http.server, json, threading
    import httpx
    from bulutfon_ext import AsyncBulutfon, Bulutfon

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        def do_GET(self):
            body = json.dumps({"dids": []}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}"

    with Bulutfon(access_token="t", base_url=url, http_client=httpx.Client()) as mine:
        mine.dids.list()
        mine.with_options(timeout=3.0).dids.list()

    with Bulutfon(access_token="t", base_url=url) as client:
        client.dids.list()
        with client.with_options(timeout=3.0) as copy:
            copy.dids.list()
        left_open = client.with_options(max_retries=0)
        left_open.dids.list()
    CLOSE_SYNC

    async def main():
        # -X dev turns on asyncio's debug mode, which also reports any step slower than 0.1 s:
        # on a loaded machine that is noise, not a leak.
        asyncio.get_running_loop().slow_callback_duration = 60
        async with AsyncBulutfon(access_token="t", base_url=url) as client:
            await client.dids.list()
            async with client.with_options(timeout=3.0) as copy:
                await copy.dids.list()
            await client.with_options(max_retries=0).dids.list()
        async with AsyncBulutfon(access_token="t", base_url=url, http_client=httpx.AsyncClient()) as mine:
            await mine.dids.list()

    asyncio.run(main())
    del client, copy, left_open, mine
    gc.collect()
    server.shutdown()
    server.server_close()
    print("done")
    """
)


def _run(script: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-W", "error", "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_clients_and_copies_close_without_resource_warnings() -> None:
    result = _run(SCRIPT.replace("CLOSE_SYNC", ""))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "done"
    assert result.stderr == ""


def test_the_check_sees_a_client_left_open() -> None:
    # The same run with one more client never closed: proves the check above can fail.
    leak = "leaked = Bulutfon(access_token='t', base_url=url); leaked.dids.list(); del leaked"
    result = _run(SCRIPT.replace("CLOSE_SYNC", leak))
    assert "ResourceWarning" in result.stderr
