"""``client.with_raw_response``: every API method, sync and async, with status and headers."""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Any

import httpx
import pytest

from bulutfon_ext import (
    AsyncBulutfon,
    Bulutfon,
    NotFoundError,
    RawResponse,
    ResponseParseError,
)
from tests._mock import TOKEN, Script, cdr, json_reply
from tests.ext.test_client import CALLS, IDS, SpecServer

# Every method is called here, the deprecated SMS ones too.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
LAZY = {"iter"}  # methods that send nothing when called have no raw form


@pytest.fixture
def server() -> SpecServer:
    return SpecServer()


def _method_name(call: Any) -> str:
    source = inspect.getsource(call)
    return source.split("c.", 1)[1].split("(", 1)[0].split(".")[-1]


@pytest.mark.parametrize(("operation_id", "call", "check"), CALLS, ids=IDS)
def test_every_sync_method_has_a_raw_form(
    operation_id: str, call: Any, check: Any, tmp_path: Path, server: SpecServer
) -> None:
    with Bulutfon(access_token=TOKEN, transport=server) as client:
        if _method_name(call) in LAZY:
            with pytest.raises(AttributeError, match="iter"):
                call(client.with_raw_response, tmp_path)
            return
        raw = call(client.with_raw_response, tmp_path)
        assert isinstance(raw, RawResponse)
        assert raw.status_code == 200 and raw.http_response.status_code == 200
        assert raw.headers["content-type"] == raw.http_response.headers["content-type"]
        assert check(raw.parse())
    assert server.seen == [operation_id]


@pytest.mark.parametrize(("operation_id", "call", "check"), CALLS, ids=IDS)
async def test_every_async_method_has_a_raw_form(
    operation_id: str, call: Any, check: Any, tmp_path: Path, server: SpecServer
) -> None:
    async with AsyncBulutfon(access_token=TOKEN, transport=server) as client:
        if _method_name(call) in LAZY:
            with pytest.raises(AttributeError):
                call(client.with_raw_response, tmp_path)
            return
        raw = await call(client.with_raw_response, tmp_path)
    assert isinstance(raw, RawResponse) and raw.status_code == 200
    assert check(raw.parse())
    assert server.seen == [operation_id]


def test_an_off_spec_body_still_shows_status_and_headers() -> None:
    page = httpx.Response(200, text="<html>maintenance</html>", headers={"X-Served-By": "cdn"})
    client = Bulutfon(access_token=TOKEN, transport=Script(page))
    raw = client.with_raw_response.dids.list()
    assert raw.status_code == 200 and raw.headers["X-Served-By"] == "cdn"
    with pytest.raises(ResponseParseError):
        raw.parse()


def test_status_errors_still_raise_and_the_repr_hides_the_token() -> None:
    client = Bulutfon(
        access_token=TOKEN,
        transport=Script(json_reply({"error": "Not Found"}, 404), json_reply({"dids": []})),
    )
    with pytest.raises(NotFoundError):
        client.with_raw_response.dids.get(99)
    raw = client.with_raw_response.dids.list()
    assert TOKEN not in repr(raw) and "access_token=REDACTED" in repr(raw)
    assert repr(raw).startswith("<RawResponse [200] GET ")


def test_a_raw_page_still_fetches_the_next_page_as_usual() -> None:
    pages = [
        json_reply({"cdrs": [cdr()], "pagination": {"page": n, "total_pages": 2, "next_page": 2}})
        for n in (1, 2)
    ]
    client = Bulutfon(access_token=TOKEN, transport=Script(*pages))
    first = client.with_raw_response.cdrs.list(limit=1).parse()
    assert first.next_page().page == 2


def test_what_has_no_raw_form_says_so() -> None:
    client = Bulutfon(access_token=TOKEN, transport=Script())
    for name in ("close", "with_options", "http", "low_level"):
        with pytest.raises(AttributeError, match="with_raw_response has no"):
            getattr(client.with_raw_response, name)
    with pytest.raises(AttributeError):
        client.with_raw_response.call_records.stream  # noqa: B018
    with pytest.raises(AttributeError):
        client.with_raw_response.call_records.signed_url  # noqa: B018
    assert client.with_raw_response.dids.get.__doc__ == client.dids.get.__doc__


async def test_concurrent_raw_calls_keep_their_own_responses() -> None:
    import anyio

    def answer(request: httpx.Request) -> httpx.Response:
        return json_reply(
            {
                "did": {
                    "id": int(request.url.path.rsplit("/", 1)[1]),
                    "number": 9,
                    "state": "CONFIRMED",
                }
            }
        )

    async with AsyncBulutfon(access_token=TOKEN, transport=Script(default=answer)) as client:
        results: dict[int, Any] = {}

        async def fetch(n: int) -> None:
            results[n] = await client.with_raw_response.dids.get(n)

        async with anyio.create_task_group() as group:
            for n in range(1, 6):
                group.start_soon(fetch, n)
    assert {n: raw.parse().id for n, raw in results.items()} == {n: n for n in range(1, 6)}
    assert {n: raw.http_response.url.path for n, raw in results.items()} == {
        n: f"/dids/{n}" for n in range(1, 6)
    }
