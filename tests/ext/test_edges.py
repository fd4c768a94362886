"""The edges against a hostile loopback server: whole-call deadlines, bounded bodies, downloads
that check what they got, and credentials that never show in anything an exception exposes."""

from __future__ import annotations

import contextlib
import functools
import gzip
import json
import time
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from bulutfon_ext import (
    APIConnectionError,
    APITimeoutError,
    AsyncBulutfon,
    AuthenticationError,
    Bulutfon,
    BulutfonError,
    ResponseParseError,
    TokenExpiredError,
)
from tests._hostile import Conn, Hostile, gzip_bomb, head, reply

TOKEN = "S3CRET-token-0123456789"
DIDS = json.dumps({"dids": [{"id": 1, "number": "908500000000", "state": "CONFIRMED"}]}).encode()


@functools.cache
def bomb() -> bytes:
    """65 MiB of spaces, about 64 kB on the wire: past the default cap."""
    return gzip_bomb(65 * 1024 * 1024)


def client(server: Hostile, **options: Any) -> Bulutfon:
    options.setdefault("max_retries", 0)
    return Bulutfon(access_token=TOKEN, base_url=server.url, **options)


def aclient(server: Hostile, **options: Any) -> AsyncBulutfon:
    options.setdefault("max_retries", 0)
    return AsyncBulutfon(access_token=TOKEN, base_url=server.url, **options)


def drip_body(body: bytes, every: float = 0.25) -> Any:
    def handler(conn: Conn) -> None:
        conn.send(head(Content_Length=str(len(body))))
        conn.drip(body, every)

    return handler


def drip_headers(conn: Conn) -> None:
    conn.drip(head(Content_Length=str(len(DIDS))) + DIDS, 0.25)


# --- item 1: deadlines ------------------------------------------------------------------------


@pytest.mark.parametrize("handler", [drip_body(DIDS), drip_headers], ids=["body", "headers"])
def test_a_drip_cannot_keep_a_json_call_alive(handler: Any) -> None:
    with Hostile(handler) as server:
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            client(server, timeout=1.0).dids.list()
        assert time.monotonic() - started < 4.0  # was: as long as the server liked (12 s here)


def test_a_drip_cannot_keep_a_post_alive_and_it_is_sent_once() -> None:
    with Hostile(drip_body(b'{"message": "ok"}')) as server:
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            client(server, timeout=1.0, max_retries=2).call_and_bridge(
                caller="908500000000", callee="905001112233", destination=1001
            )
        assert time.monotonic() - started < 4.0
        assert len(server.requests) == 1


def test_a_timed_out_get_keeps_its_retry_rules() -> None:
    with Hostile(drip_body(DIDS)) as server:
        c = client(server, max_retries=1).with_options(timeout=0.6)
        with pytest.raises(APITimeoutError):
            c.dids.list()
        assert len(server.requests) == 2


async def test_async_json_calls_have_the_same_deadline() -> None:
    with Hostile(drip_body(DIDS)) as server:
        started = time.monotonic()
        async with aclient(server, timeout=1.0) as c:
            with pytest.raises(APITimeoutError):
                await c.dids.list()
        assert time.monotonic() - started < 4.0


def test_a_dripped_download_times_out_and_writes_nothing(tmp_path: Path) -> None:
    def handler(conn: Conn) -> None:
        conn.send(head(content_type="audio/ogg", Content_Length="100000"))
        conn.drip(b"OggS" * 100, 0.2)

    with Hostile(handler) as server:
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            client(server, timeout=0.5).call_records.download("u1", to=tmp_path)
        assert time.monotonic() - started < 5.0
    assert list(tmp_path.iterdir()) == []


def test_a_slow_but_healthy_download_is_never_cut_off(tmp_path: Path) -> None:
    body = b"OggS" + bytes(range(256)) * 800  # about 200 kB, sent over about 1.5 s

    def handler(conn: Conn) -> None:
        conn.send(head(content_type="audio/ogg", Content_Length=str(len(body))))
        conn.drip(body, 0.1, size=len(body) // 15 + 1)

    with Hostile(handler) as server:
        path = client(server, timeout=0.5).call_records.download("u1", to=tmp_path)
    assert path is not None and path.read_bytes() == body


async def test_async_stream_stalls_time_out() -> None:
    def handler(conn: Conn) -> None:
        conn.send(head(content_type="audio/ogg", Content_Length="100000"))
        conn.drip(b"OggS" * 100, 0.2)

    with Hostile(handler) as server:
        async with aclient(server, timeout=0.5) as c, c.call_records.stream("u1") as stream:
            with pytest.raises(APITimeoutError):
                async for _ in stream.aiter_bytes():
                    pass


# --- item 2: bounded bodies -------------------------------------------------------------------


def test_a_gzip_bomb_is_refused_without_holding_it() -> None:
    with Hostile(reply(bomb(), Content_Encoding="gzip")) as server:
        tracemalloc.start()
        try:
            with pytest.raises(ResponseParseError, match="max_response_bytes"):
                client(server, max_response_bytes=4 * 1024 * 1024).dids.list()
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert peak < 16 * 1024 * 1024  # the cap and some change, never the 65 MiB


def test_the_default_cap_is_64_mib() -> None:
    with (
        Hostile(reply(bomb(), Content_Encoding="gzip")) as server,
        pytest.raises(ResponseParseError, match="67108864"),
    ):
        client(server).dids.list()


def test_a_compressed_body_under_the_cap_is_read() -> None:
    with Hostile(reply(gzip.compress(DIDS), Content_Encoding="gzip")) as server:
        assert [d.id for d in client(server, max_response_bytes=1000).dids.list()] == [1]


def test_a_large_compressed_body_under_the_cap_is_read_whole() -> None:
    dids = [{"id": n, "number": f"9085{n:08d}", "state": "CONFIRMED"} for n in range(1, 60_001)]
    body = json.dumps({"dids": dids}).encode()  # about 3.5 MB decoded, several MiB pieces
    with Hostile(reply(gzip.compress(body), Content_Encoding="gzip")) as server:
        assert len(client(server).dids.list()) == 60_000


@pytest.mark.parametrize("value", [0, -1, True, "64MiB", 2**70])
def test_max_response_bytes_is_checked(value: Any) -> None:
    from bulutfon_ext import ValidationError

    with pytest.raises(ValidationError) as caught:
        Bulutfon(access_token=TOKEN, max_response_bytes=value)
    assert caught.value.field == "max_response_bytes"


def test_downloads_ask_for_identity_and_check_what_a_compressing_server_sends(
    tmp_path: Path,
) -> None:
    audio = b"OggS" * 100_000
    wire = gzip.compress(audio)
    with Hostile(reply(wire, content_type="audio/ogg", Content_Encoding="gzip")) as server:
        path = client(server).call_records.download("u1", to=tmp_path)
        assert server.requests[0].header("Accept-Encoding") == "identity"
    assert path is not None and path.read_bytes() == audio  # decoded; Content-Length is the wire's


def test_a_compressed_download_bomb_gets_the_body_cap(tmp_path: Path) -> None:
    with Hostile(reply(bomb(), content_type="audio/ogg", Content_Encoding="gzip")) as server:
        c = client(server, max_response_bytes=1024 * 1024)
        with pytest.raises(ResponseParseError, match="max_response_bytes"):
            c.call_records.download("u1", to=tmp_path)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("kind", ["json", "download"])
def test_a_body_that_is_not_the_gzip_it_claims_is_a_parse_error(tmp_path: Path, kind: str) -> None:
    content_type = "application/json" if kind == "json" else "audio/ogg"
    handler = reply(b"not gzip :-(", content_type=content_type, Content_Encoding="gzip")
    with Hostile(handler) as server:
        c = client(server)
        call = c.dids.list if kind == "json" else lambda: c.call_records.download("u1", to=tmp_path)
        with pytest.raises(ResponseParseError, match="decoded"):
            call()
    assert list(tmp_path.iterdir()) == []


async def test_async_bad_gzip_is_a_parse_error() -> None:
    handler = reply(b"not gzip :-(", Content_Encoding="gzip")
    with Hostile(handler) as server:
        async with aclient(server) as c:
            with pytest.raises(ResponseParseError):
                await c.dids.list()


# --- item 3: downloads check what they got ----------------------------------------------------


@pytest.mark.parametrize(
    ("content_type", "body", "message"),
    [
        ("text/html", b"<html><body>Please log in</body></html>", "text/html"),
        ("application/json", b'{"error": "Recording is not ready"}', "Recording is not ready"),
        ("application/json", b'{"cdrs": []}', "application/json"),
    ],
)
def test_a_download_of_the_wrong_media_type_is_a_parse_error(
    tmp_path: Path, content_type: str, body: bytes, message: str
) -> None:
    with (
        Hostile(reply(body, content_type=content_type)) as server,
        pytest.raises(ResponseParseError, match=message),
    ):
        client(server).call_records.download("u1", to=tmp_path)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("content_type", ["audio/ogg", "application/octet-stream"])
def test_a_download_of_a_declared_type_is_saved(tmp_path: Path, content_type: str) -> None:
    with Hostile(reply(b"OggS....", content_type=content_type)) as server:
        path = client(server).call_records.download("u1", to=tmp_path)
    assert path == tmp_path / "u1.ogg" and path.read_bytes() == b"OggS...."


def test_a_fax_stream_of_the_wrong_type_is_refused_before_the_first_chunk() -> None:
    with Hostile(reply(b"<html></html>", content_type="text/html")) as server:
        fax = client(server).incoming_faxes
        with pytest.raises(ResponseParseError, match="image/tiff"), fax.stream("f1") as stream:
            list(stream.iter_bytes())


# --- item 6: secrets --------------------------------------------------------------------------


def exposed(error: BaseException) -> str:
    """Everything an error tracker could dump from an exception, as text."""
    seen: list[str] = []
    todo: list[Any] = [error]
    while todo:
        current = todo.pop()
        seen += [str(current), repr(current)]
        for name in ("request", "_request", "response", "body", "message", "args"):
            value = getattr(current, name, None) if name != "request" else vars(current).get(name)
            if value is None:
                continue
            seen.append(repr(value))
            for part in ("url", "headers", "content", "text"):
                with contextlib.suppress(Exception):
                    seen.append(repr(getattr(value, part)))
            request = vars(value).get("_request") if hasattr(value, "__dict__") else None
            if request is not None:
                seen += [repr(request), str(request.url), repr(request.headers)]
        todo += [e for e in (current.__cause__, current.__context__) if e is not None]
    return "\n".join(seen)


@pytest.mark.parametrize(
    ("said", "error"),
    [("Token {} is not valid", AuthenticationError), ("Token {} expired", TokenExpiredError)],
    ids=["not-valid", "expired"],
)
def test_a_token_echoed_in_an_error_body_is_redacted_everywhere(
    said: str, error: type[AuthenticationError]
) -> None:
    body = json.dumps({"error": said.format(TOKEN)}).encode()
    with (
        Hostile(reply(body, status="401 Unauthorized")) as server,
        pytest.raises(error) as caught,
    ):
        client(server).dids.list()
    assert TOKEN not in exposed(caught.value)
    assert caught.value.message == said.format("REDACTED")
    assert "REDACTED" in str(caught.value)


def test_email_and_password_are_redacted_by_value() -> None:
    email, password = "owner@example.com", "hunter2-pass"
    body = json.dumps({"error": f"no user {email} with password {password}"}).encode()
    with Hostile(reply(body, status="400 Bad Request")) as server:
        c = Bulutfon(email=email, password=password, base_url=server.url, max_retries=0)
        with pytest.raises(BulutfonError) as caught:
            c.dids.list()
    text = exposed(caught.value)
    assert email not in text and password not in text
    assert "owner%40example.com" not in text


def test_a_chained_httpx_error_shows_no_credentials() -> None:
    def hang_up(conn: Conn) -> None:
        conn.sock.close()

    with Hostile(hang_up) as server, pytest.raises(APIConnectionError) as caught:
        client(server).dids.list()
    assert caught.value.__cause__ is not None or caught.value.__context__ is not None
    assert TOKEN not in exposed(caught.value)


def test_a_timeout_shows_no_credentials() -> None:
    with Hostile(drip_body(DIDS)) as server, pytest.raises(APITimeoutError) as caught:
        client(server, timeout=0.5).dids.list()
    assert TOKEN not in exposed(caught.value)


def test_a_parse_error_shows_no_credentials() -> None:
    body = f"<html>hello {TOKEN}</html>".encode()
    with (
        Hostile(reply(body, content_type="text/html")) as server,
        pytest.raises(ResponseParseError) as caught,
    ):
        client(server).dids.list()
    assert TOKEN not in exposed(caught.value)


def test_the_call_record_hash_is_redacted() -> None:
    from bulutfon_ext._auth import recording_hash

    digest = recording_hash(TOKEN, "rec-1")
    body = json.dumps({"error": f"hash {digest} refused"}).encode()
    with (
        Hostile(reply(body, status="403 Forbidden")) as server,
        pytest.raises(BulutfonError) as caught,
    ):
        client(server).call_records.download("rec-1", to=".")
    assert digest not in exposed(caught.value)


def test_the_low_level_client_redacts_too() -> None:
    from bulutfon_api.api.dids import list_dids

    body = json.dumps({"error": f"Token {TOKEN} is not valid"}).encode()
    with (
        Hostile(reply(body, status="401 Unauthorized")) as server,
        pytest.raises(AuthenticationError) as caught,
    ):
        list_dids.sync(client=client(server).low_level)
    assert TOKEN not in exposed(caught.value)


def test_on_retry_sees_the_cause_redacted() -> None:
    body = json.dumps({"error": f"Token {TOKEN} is overloaded"}).encode()
    causes: list[BaseException] = []
    with Hostile(reply(body, status="503 Service Unavailable")) as server:
        c = Bulutfon(
            access_token=TOKEN,
            base_url=server.url,
            max_retries=1,
            on_retry=lambda attempt, delay, cause: causes.append(cause),
        )
        with pytest.raises(BulutfonError):
            c.dids.list()
    assert len(causes) == 1 and TOKEN not in exposed(causes[0])


def test_a_bad_token_given_to_token_info_is_not_echoed() -> None:
    from bulutfon_ext import ValidationError

    other = "someone-elses/token-value"
    with pytest.raises(ValidationError) as caught:
        Bulutfon(access_token=TOKEN, base_url="http://127.0.0.1:9").token_info(other)
    assert other not in str(caught.value) and caught.value.field == "token"


def test_a_header_drip_is_cut_through_a_users_http_client_too() -> None:
    import httpx

    with Hostile(drip_headers) as server:
        started = time.monotonic()
        with httpx.Client() as own:
            c = Bulutfon(
                access_token=TOKEN, base_url=server.url, http_client=own, timeout=1.0, max_retries=0
            )
            with pytest.raises(APITimeoutError):
                c.dids.list()
        assert time.monotonic() - started < 4.0
