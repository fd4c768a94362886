"""Per-call options on every method, sync and async: timeout, extra_headers, extra_query."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import pytest

from bulutfon_ext import AsyncBulutfon, Bulutfon, ValidationError
from bulutfon_ext._async.resource import AsyncResource
from bulutfon_ext._sync.resource import SyncResource
from tests._mock import TOKEN
from tests.ext._calls import autocall
from tests.ext.test_client import CALLS, IDS, STREAMS, SpecServer, settled

# The two methods whose own `timeout` is the API's ring time take the request's as request_timeout.
RING = {"call_and_bridge", "create_automatic_call"}
HEADERS = {"X-Request-Tag": "per-call"}
QUERY = {"trace": "t-1"}


# Every method is called here, the deprecated SMS ones too.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture
def server() -> SpecServer:
    return SpecServer()


class WithOptions:
    """A client (or resource) whose every method is called with the per-call options."""

    def __init__(self, target: Any, ring: bool) -> None:
        self._target, self._ring = target, ring

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._target, name)
        if isinstance(value, SyncResource | AsyncResource):
            return WithOptions(value, self._ring)
        timeout = "request_timeout" if self._ring else "timeout"
        options = {timeout: 7.0, "extra_headers": HEADERS, "extra_query": QUERY}
        return functools.partial(value, **options)


def assert_options_sent(server: SpecServer) -> None:
    assert server.requests
    for request in server.requests:
        assert request.headers["X-Request-Tag"] == "per-call"
        assert request.url.params["trace"] == "t-1"
        assert request.url.params["access_token"] == TOKEN  # the client's own still there
        assert request.extensions["timeout"]["read"] == 7.0


@pytest.mark.parametrize(("operation_id", "call", "check"), CALLS, ids=IDS)
def test_every_sync_method_takes_per_call_options(
    operation_id: str, call: Any, check: Any, tmp_path: Path, server: SpecServer
) -> None:
    with Bulutfon(access_token=TOKEN, transport=server) as client:
        assert check(call(WithOptions(client, operation_id in RING), tmp_path))
        assert_options_sent(server)
        server.requests.clear()
        call(client, tmp_path)  # the next call, without options, has none of them
    assert all("trace" not in r.url.params for r in server.requests)
    assert all(r.extensions["timeout"]["read"] == 30.0 for r in server.requests)


@pytest.mark.parametrize(("operation_id", "call", "check"), CALLS, ids=IDS)
async def test_every_async_method_takes_per_call_options(
    operation_id: str, call: Any, check: Any, tmp_path: Path, server: SpecServer
) -> None:
    async with AsyncBulutfon(access_token=TOKEN, transport=server) as client:
        result = await settled(call(WithOptions(client, operation_id in RING), tmp_path))
    assert check(result)
    assert_options_sent(server)


@pytest.mark.parametrize(("operation_id", "open_stream"), STREAMS, ids=[s[0] for s in STREAMS])
async def test_streams_take_per_call_options(
    operation_id: str, open_stream: Any, server: SpecServer
) -> None:
    with (
        Bulutfon(access_token=TOKEN, transport=server) as client,
        open_stream(WithOptions(client, False)) as stream,
    ):
        assert b"".join(stream.iter_bytes()) == b"BINARY"
    async with (
        AsyncBulutfon(access_token=TOKEN, transport=server) as aclient,
        open_stream(WithOptions(aclient, False)) as astream,
    ):
        assert b"".join([c async for c in astream.aiter_bytes()]) == b"BINARY"
    assert len(server.requests) == 2
    assert_options_sent(server)


def test_extra_headers_win_over_default_headers_for_that_call_only(server: SpecServer) -> None:
    client = Bulutfon(access_token=TOKEN, transport=server, default_headers={"X-Team": "ops"})
    client.dids.list(extra_headers={"X-Team": "billing"})
    client.dids.list()
    assert [r.headers["X-Team"] for r in server.requests] == ["billing", "ops"]


def test_the_api_timeout_and_the_request_timeout_are_told_apart(server: SpecServer) -> None:
    client = Bulutfon(access_token=TOKEN, transport=server)
    client.call_and_bridge(
        caller="908500000000",
        callee="905001112233",
        destination="101",
        timeout=20,
        request_timeout=4.0,
    )
    (request,) = server.requests
    assert request.url.params["timeout"] == "20"  # the ring time, in the query string
    assert request.extensions["timeout"]["read"] == 4.0


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda c: c.dids.get(1, timeout=-1), "timeout"),
        (lambda c: c.dids.get(1, timeout="soon"), "timeout"),
        (lambda c: c.cdrs.list(extra_headers={"X": 1}), "extra_headers"),
        (lambda c: c.cdrs.iter(extra_query={"page": [1]}), "extra_query"),
        (lambda c: c.extensions.update(1, full_name="B", extra_query=["x"]), "extra_query"),
        (autocall(request_timeout=0), "request_timeout"),
    ],
)
def test_bad_options_are_refused_before_sending(call: Any, field: str, server: SpecServer) -> None:
    with pytest.raises(ValidationError) as caught:
        call(Bulutfon(access_token=TOKEN, transport=server))
    assert caught.value.field == field
    assert server.requests == []


def test_an_unknown_keyword_is_a_type_error_naming_it(server: SpecServer) -> None:
    client = Bulutfon(access_token=TOKEN, transport=server)
    with pytest.raises(TypeError, match="'retries'"):
        client.dids.list(retries=3)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="'request_timeouts'"):
        client.automatic_calls.create(  # type: ignore[call-arg]
            title="t",
            receivers="905001112233",
            did="908500000000",
            announcement_id=1,
            request_timeouts=3,
        )
    with pytest.raises(TypeError, match="'extra_quer'"):
        client.call_and_bridge(  # type: ignore[call-arg]
            caller="908500000000",
            callee="905001112233",
            destination="101",
            extra_quer={},
        )
    assert server.requests == []
