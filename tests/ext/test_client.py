"""Every ergonomic method, sync and async, against the spec's own example answers."""

from __future__ import annotations

import inspect
import re
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from bulutfon_api import models
from bulutfon_ext import AsyncBulutfon, Bulutfon
from tests._layers import operation_calls
from tests._mock import TOKEN
from tests._spec import example_path_values, json_examples, operations
from tests._typing import ok

SUCCESS = {e[0]: e[4] for e in reversed(list(json_examples())) if e[1].startswith("2")}
WRITE = next(e[4] for e in json_examples() if e[3] == {"$ref": "#/components/schemas/WriteResult"})
ROUTES = [
    (method, re.compile("^" + re.sub(r"{\w+}", "[^/]+", path) + "$"), op)
    for method, path, op in operations()
]


class SpecServer(httpx.MockTransport):
    """Answers each request with its operation's example from the spec; remembers operations
    (``seen``) and the requests themselves."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self.requests: list[httpx.Request] = []
        super().__init__(self._answer)

    def _answer(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        for method, pattern, op in ROUTES:
            if method == request.method and pattern.match(request.url.path):
                self.seen.append(op["operationId"])
                media = op["responses"].get("200", {}).get("content", {})
                if media and "application/json" not in media:
                    return httpx.Response(
                        200, content=b"BINARY", headers={"Content-Type": next(iter(media))}
                    )
                return httpx.Response(200, json=SUCCESS.get(op["operationId"], WRITE))
        return httpx.Response(404, json={"error": "no route"})


def pdf(tmp: Path) -> Path:
    path = tmp / "doc.pdf"
    path.write_bytes(b"%PDF-1.4")
    return path


# (operationId, call, check on the result)
CALLS: list[tuple[str, Callable[[Any, Path], Any], Callable[[Any], bool]]] = [
    ("get_me", lambda c, t: c.me(), lambda r: r.pbx.name == "santral"),
    ("get_token_info", lambda c, t: c.token_info(), lambda r: r.expired is False),
    ("list_dids", lambda c, t: c.dids.list(), lambda r: isinstance(r.items[0], models.Did)),
    ("get_did", lambda c, t: c.dids.get(1), lambda r: r.working_hours.sunday.open_ is False),
    ("list_extensions", lambda c, t: c.extensions.list(), lambda r: len(r) == 3),
    ("get_extension", lambda c, t: c.extensions.get(1), lambda r: r.acl[0] is models.Acl.DOMESTIC),
    (
        "create_extension",
        lambda c, t: c.extensions.create(
            full_name="A", email="a@b.co", did="908500000000", number=1001
        ),
        lambda r: isinstance(r, models.WriteResult),
    ),
    (
        "update_extension",
        lambda c, t: c.extensions.update(1, full_name="B"),
        lambda r: isinstance(r, models.WriteResult),
    ),
    (
        "delete_extension",
        lambda c, t: c.extensions.delete(1),
        lambda r: isinstance(r, models.WriteResult),
    ),
    ("list_groups", lambda c, t: c.groups.list(), lambda r: r.items[1].number == 102),
    ("get_group", lambda c, t: c.groups.get(1), lambda r: len(r.extensions) == 4),
    ("list_cdrs", lambda c, t: c.cdrs.list(limit=4), lambda r: r.total_count == 4),
    ("list_cdrs", lambda c, t: c.cdrs.iter(), lambda r: len(list(r)) == 4),
    (
        "get_cdr",
        lambda c, t: c.cdrs.get("dd3b"),
        lambda r: r.call_flow[3].origination[0].result is models.HangupCause.ANSWERED,
    ),
    (
        "download_call_record",
        lambda c, t: c.call_records.download("u1", to=t),
        lambda r: r.read_bytes() == b"BINARY",
    ),
    ("list_incoming_faxes", lambda c, t: c.incoming_faxes.list(), lambda r: len(r) == 3),
    ("list_incoming_faxes", lambda c, t: c.incoming_faxes.iter(), lambda r: len(list(r)) == 3),
    (
        "download_incoming_fax",
        lambda c, t: c.incoming_faxes.download("f1", to=t),
        lambda r: r.name == "f1.tiff",
    ),
    (
        "list_outgoing_faxes",
        lambda c, t: c.outgoing_faxes.list(),
        lambda r: r.items[0].title == "Title1",
    ),
    (
        "get_outgoing_fax",
        lambda c, t: c.outgoing_faxes.get(1),
        lambda r: r.recipients[0].state is models.FaxState.SENT,
    ),
    (
        "send_outgoing_fax",
        lambda c, t: c.outgoing_faxes.send(
            title="t", receivers="905001112233", did="908500000000", attachment=pdf(t)
        ),
        lambda r: isinstance(r, models.WriteResult),
    ),
    (
        "list_announcements",
        lambda c, t: c.announcements.list(),
        lambda r: r.items[0].file_name == "22.wav",
    ),
    (
        "create_announcement",
        lambda c, t: c.announcements.create(
            name="n", file=b"RIFF\0\0\0\0WAVEfmt ", filename="a.wav"
        ),
        lambda r: isinstance(r, models.WriteResult),
    ),
    (
        "delete_announcement",
        lambda c, t: c.announcements.delete(2),
        lambda r: isinstance(r, models.WriteResult),
    ),
    (
        "download_announcement",
        lambda c, t: c.announcements.download(2, to=t),
        lambda r: r.name == "2.wav",
    ),
    ("list_automatic_calls", lambda c, t: c.automatic_calls.list(), lambda r: len(r) == 2),
    (
        "get_automatic_call",
        lambda c, t: c.automatic_calls.get(2),
        lambda r: r.recipients[0].gather == 2,
    ),
    (
        "create_automatic_call",
        lambda c, t: c.automatic_calls.create(
            title="t", receivers="905001112233", did="908500000000", announcement_id=1
        ),
        lambda r: isinstance(r, models.WriteResult),
    ),
    (
        "call_and_bridge",
        lambda c, t: c.call_and_bridge(
            caller="908500000000", callee="905001112233", destination="101"
        ),
        lambda r: r.success is True,
    ),
    (
        "list_message_titles",
        lambda c, t: c.message_titles.list(),
        lambda r: r.items[2].state is models.MessageTitleState.DRAFT,
    ),
    (
        "list_sms_rejections",
        lambda c, t: c.message_titles.sms_rejections("TEST"),
        lambda r: r.items[0].number == "905068118260",
    ),
    (
        "delete_sms_rejection",
        lambda c, t: c.message_titles.delete_sms_rejection("TEST", "905068118260"),
        lambda r: isinstance(r, models.WriteResult),
    ),
    ("list_messages", lambda c, t: c.messages.list(), lambda r: r.total_pages == 12),
    ("get_message", lambda c, t: c.messages.get(1), lambda r: r.content == "Test Message"),
    (
        "send_message",
        lambda c, t: c.messages.send(title="T", content="c", receivers="905001112233"),
        lambda r: isinstance(r, models.WriteResult),
    ),
]
STREAMS = [
    ("stream_call_record", lambda c: c.call_records.stream("u1")),
    ("stream_incoming_fax", lambda c: c.incoming_faxes.stream("f1")),
    ("stream_announcement", lambda c: c.announcements.stream(2)),
]
SMS = {
    "list_message_titles",
    "list_sms_rejections",
    "delete_sms_rejection",
    "list_messages",
    "get_message",
    "send_message",
}
IDS = [f"{op}-{i}" for i, (op, _c, _k) in enumerate(CALLS)]


@pytest.mark.parametrize(("operation_id", "call", "check"), CALLS, ids=IDS)
def test_sync_method(operation_id: str, call: Any, check: Any, tmp_path: Path) -> None:
    server = SpecServer()
    with (
        Bulutfon(access_token=TOKEN, transport=server) as client,
        warnings.catch_warnings(record=True) as caught,
    ):
        warnings.simplefilter("always")
        assert check(call(client, tmp_path))  # inside: a lazy walk fetches while checked
    assert server.seen[0] == operation_id
    deprecations = [w for w in caught if issubclass(w.category, DeprecationWarning)]
    assert bool(deprecations) is (operation_id in SMS)


async def settled(result: Any) -> Any:
    """What an async method's call gives: awaited, or its async iterator walked into a list."""
    if inspect.isasyncgen(result):
        return [item async for item in result]
    if inspect.isawaitable(result):
        return await result
    return result


@pytest.mark.parametrize(("operation_id", "call", "check"), CALLS, ids=IDS)
async def test_async_method(operation_id: str, call: Any, check: Any, tmp_path: Path) -> None:
    server = SpecServer()
    async with AsyncBulutfon(access_token=TOKEN, transport=server) as client:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            result = await settled(call(client, tmp_path))
    assert check(result)
    assert server.seen[0] == operation_id
    assert bool([w for w in caught if issubclass(w.category, DeprecationWarning)]) is (
        operation_id in SMS
    )


@pytest.mark.parametrize(("operation_id", "open_stream"), STREAMS, ids=[s[0] for s in STREAMS])
def test_sync_streams(operation_id: str, open_stream: Any) -> None:
    server = SpecServer()
    with Bulutfon(access_token=TOKEN, transport=server) as client, open_stream(client) as stream:
        assert b"".join(stream.iter_bytes()) == b"BINARY"
    assert server.seen == [operation_id]


@pytest.mark.parametrize(("operation_id", "open_stream"), STREAMS, ids=[s[0] for s in STREAMS])
async def test_async_streams(operation_id: str, open_stream: Any) -> None:
    server = SpecServer()
    async with (
        AsyncBulutfon(access_token=TOKEN, transport=server) as client,
        open_stream(client) as stream,
    ):
        assert b"".join([c async for c in stream.aiter_bytes()]) == b"BINARY"
    assert server.seen == [operation_id]


# Operations the tables above do not call: reads whose path values their own example holds,
# called through the method the ergonomic layer has for them (tests/_layers.py finds it).
UNLISTED = [
    (op["operationId"], arguments)
    for _m, path, op in operations()
    if op["operationId"] not in {o for o, _c, _k in CALLS} | {o for o, _s in STREAMS}
    for arguments in [example_path_values(path, op)]
]


@pytest.mark.parametrize(("operation_id", "arguments"), UNLISTED, ids=[u[0] for u in UNLISTED])
def test_every_other_operation_is_a_read_its_method_makes(
    operation_id: str, arguments: Any
) -> None:
    assert arguments is not None, (
        f"{operation_id} is not a plain read: add its call to CALLS in tests/ext/test_client.py"
    )
    methods = operation_calls().get(operation_id)
    assert methods, f"no ergonomic method calls {operation_id}: see tests/test_coverage.py"
    method = methods[0]
    server = SpecServer()
    with Bulutfon(access_token=TOKEN, transport=server) as client:
        owner = getattr(client, method.attribute) if method.attribute else client
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            result = getattr(owner, method.name)(**arguments)
    assert result is not None
    assert server.seen == [operation_id]


def test_default_timeouts_are_finite() -> None:
    client = Bulutfon(access_token=TOKEN, transport=SpecServer())
    assert (client.timeout.connect, client.timeout.read) == (5.0, 30.0)
    assert client.http.timeout == client.timeout
    assert client.max_retries == 2


def test_with_options_changes_limits_and_shares_the_pool() -> None:
    server = SpecServer()
    client = Bulutfon(access_token=TOKEN, transport=server)
    quick = client.with_options(timeout=5.0, max_retries=0)
    assert (quick.timeout.read, quick.max_retries) == (5.0, 0)
    assert (client.timeout.read, client.max_retries) == (30.0, 2)
    assert quick.credentials == client.credentials
    assert (
        quick.http._transport.inner is client.http._transport.inner  # type: ignore[attr-defined]
    )  # one pool, two configurations
    quick.cdrs.get("u1")
    quick.close()  # closes only its own client: the shared transport still serves the original
    assert client.dids.get(1).id == 1
    assert server.seen == ["get_cdr", "get_did"]


def test_low_level_is_the_configured_generated_client() -> None:
    from bulutfon_api.api.groups import list_groups

    server = SpecServer()
    client = Bulutfon(access_token=TOKEN, transport=server)
    assert ok(list_groups.sync(client=client.low_level)).groups[0].name == "Teknik Destek"
    assert client.low_level.get_httpx_client() is client.http


def test_closing_the_client_closes_its_transport() -> None:
    closed: list[bool] = []

    class Closing(SpecServer):
        def close(self) -> None:
            closed.append(True)

    with Bulutfon(access_token=TOKEN, transport=Closing()):
        pass
    assert closed == [True]
