"""Retry rules, sync and async: what is retried, how long it waits, and what is never resent."""

from __future__ import annotations

import email.utils
import logging
import time
from typing import Any

import httpx
import pytest

from bulutfon_ext import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AsyncBulutfon,
    Bulutfon,
    InternalServerError,
    RateLimitError,
)
from bulutfon_ext._retry import RetryPolicy
from tests._mock import NO_DIDS, TOKEN, Script, json_reply
from tests.ext._calls import FAX

WRITE_OK = {"message": "ok"}


def sync_client(script: Script, **options: Any) -> Bulutfon:
    return Bulutfon(access_token=TOKEN, transport=script, **options)


def read_error(request: httpx.Request | None = None) -> httpx.ReadTimeout:
    return httpx.ReadTimeout("read timed out")


def connect_error() -> httpx.ConnectError:
    return httpx.ConnectError("connection refused")


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_get_is_retried_on_retryable_statuses(status: int, sleeps: list[float]) -> None:
    script = Script(json_reply({"error": "busy"}, status), json_reply(NO_DIDS))
    assert sync_client(script).dids.list().items == []
    assert len(script.requests) == 2
    assert len(sleeps) == 1 and 0.375 <= sleeps[0] <= 0.5


@pytest.mark.parametrize("status", [400, 401, 403, 404, 422, 501])
def test_other_statuses_are_not_retried(status: int, sleeps: list[float]) -> None:
    script = Script(json_reply({"error": "no"}, status))
    with pytest.raises(APIStatusError):
        sync_client(script).dids.list()
    assert len(script.requests) == 1
    assert sleeps == []


def test_backoff_doubles_up_to_the_cap_with_jitter() -> None:
    policy = RetryPolicy(max_retries=10)
    for n, ceiling in enumerate([0.5, 1, 2, 4, 8, 8, 8]):
        delays = [policy.backoff(n) for _ in range(50)]
        assert all(0.75 * ceiling <= d <= ceiling for d in delays)
        assert len(set(delays)) > 1  # jittered


def test_retries_give_up_after_max_retries(sleeps: list[float]) -> None:
    script = Script(default=json_reply({"error": "down"}, 503))
    with pytest.raises(InternalServerError) as caught:
        sync_client(script).dids.list()
    assert caught.value.status_code == 503
    assert len(script.requests) == 3  # one try and the default 2 retries
    assert len(sleeps) == 2 and sleeps[1] > sleeps[0] * 0.75


def test_max_retries_zero_via_with_options(sleeps: list[float]) -> None:
    script = Script(default=json_reply({"error": "down"}, 503))
    with pytest.raises(InternalServerError):
        sync_client(script).with_options(max_retries=0).dids.list()
    assert len(script.requests) == 1


def test_retry_after_seconds_is_honoured(sleeps: list[float]) -> None:
    script = Script(
        json_reply({"error": "slow down"}, 429, **{"Retry-After": "7"}), json_reply(NO_DIDS)
    )
    sync_client(script).dids.list()
    assert sleeps == [7.0]


def test_retry_after_http_date_is_honoured(sleeps: list[float]) -> None:
    when = email.utils.formatdate(time.time() + 20, usegmt=True)
    script = Script(
        json_reply({"error": "slow down"}, 503, **{"Retry-After": when}), json_reply(NO_DIDS)
    )
    sync_client(script).dids.list()
    assert len(sleeps) == 1 and 17 <= sleeps[0] <= 20


def test_retry_after_over_the_cap_raises_rate_limit_error_at_once(sleeps: list[float]) -> None:
    script = Script(
        json_reply({"error": "quota"}, 429, **{"Retry-After": "120"}), json_reply(NO_DIDS)
    )
    with pytest.raises(RateLimitError) as caught:
        sync_client(script).dids.list()
    assert caught.value.retry_after == 120.0
    assert caught.value.message == "quota"
    assert len(script.requests) == 1
    assert sleeps == []


def test_post_is_not_retried_after_a_500(sleeps: list[float]) -> None:
    script = Script(json_reply({"error": "boom"}, 500), json_reply(WRITE_OK))
    with pytest.raises(InternalServerError):
        sync_client(script).outgoing_faxes.send(**FAX)
    assert [r.method for r in script.requests] == ["POST"]


def test_post_is_not_retried_after_a_read_timeout(sleeps: list[float]) -> None:
    script = Script(read_error(), json_reply(WRITE_OK))
    with pytest.raises(APITimeoutError) as caught:
        sync_client(script).outgoing_faxes.send(**FAX)
    assert len(script.requests) == 1
    assert TOKEN not in str(caught.value)


def test_post_is_not_retried_after_a_dropped_connection(sleeps: list[float]) -> None:
    script = Script(httpx.RemoteProtocolError("Server disconnected"), json_reply(WRITE_OK))
    with pytest.raises(APIConnectionError):
        sync_client(script).call_and_bridge(
            caller="908500000000", callee="905001112233", destination="1001"
        )
    assert len(script.requests) == 1


def test_post_is_retried_after_429(sleeps: list[float]) -> None:
    script = Script(
        json_reply({"error": "slow"}, 429, **{"Retry-After": "1"}), json_reply(WRITE_OK)
    )
    assert sync_client(script).outgoing_faxes.send(**FAX).message == "ok"
    assert [r.method for r in script.requests] == ["POST", "POST"]
    assert script.requests[0].content == script.requests[1].content


def test_post_is_retried_after_a_connect_error(sleeps: list[float]) -> None:
    script = Script(connect_error(), json_reply(WRITE_OK))
    assert (
        sync_client(script)
        .automatic_calls.create(
            title="t", receivers="905001112233", did="908500000000", announcement_id=1
        )
        .message
        == "ok"
    )
    assert len(script.requests) == 2


@pytest.mark.parametrize(
    "error",
    [
        httpx.ReadTimeout("slow"),
        httpx.RemoteProtocolError("dropped"),
        httpx.ConnectTimeout("no route"),
    ],
)
def test_get_is_retried_after_timeouts_and_drops(error: Exception, sleeps: list[float]) -> None:
    script = Script(error, json_reply(NO_DIDS))
    sync_client(script).dids.list()
    assert len(script.requests) == 2


def test_put_and_delete_are_retried_after_a_read_timeout(sleeps: list[float]) -> None:
    script = Script(read_error(), json_reply(WRITE_OK), read_error(), json_reply(WRITE_OK))
    client = sync_client(script)
    client.extensions.update(5, voicemail=True)
    client.extensions.delete(5)
    assert [r.method for r in script.requests] == ["PUT", "PUT", "DELETE", "DELETE"]


def test_connection_errors_surface_as_sdk_errors(sleeps: list[float]) -> None:
    script = Script(default=connect_error())
    with pytest.raises(APIConnectionError) as caught:
        sync_client(script).dids.list()
    assert not isinstance(caught.value, APITimeoutError)
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert "access_token=REDACTED" in str(caught.value)
    assert len(script.requests) == 3


def test_each_retry_is_logged_at_info_with_its_attempt(
    sleeps: list[float], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="bulutfon")
    script = Script(
        json_reply({"error": "x"}, 503), json_reply({"error": "x"}, 502), json_reply(NO_DIDS)
    )
    sync_client(script).dids.list()
    retries = [r for r in caplog.records if r.getMessage().startswith("retrying")]
    assert [r.levelno for r in retries] == [logging.INFO, logging.INFO]
    assert "attempt 2 of 3" in retries[0].getMessage()
    assert "attempt 3 of 3" in retries[1].getMessage()
    attempts = [r.getMessage() for r in caplog.records if "-> " in r.getMessage()]
    assert len(attempts) == 3
    assert "GET https://api.bulutfon.com/dids?access_token=REDACTED -> 200 OK" in attempts[-1]
    assert "attempt 3" in attempts[-1]
    assert TOKEN not in caplog.text


# The async client shares the rules; these check that it applies them.


async def test_async_get_retried_and_post_not_after_500(sleeps: list[float]) -> None:
    script = Script(
        json_reply({"error": "x"}, 503), json_reply(NO_DIDS), json_reply({"error": "x"}, 500)
    )
    async with AsyncBulutfon(access_token=TOKEN, transport=script) as client:
        await client.dids.list()
        with pytest.raises(InternalServerError):
            await client.outgoing_faxes.send(**FAX)
    assert [r.method for r in script.requests] == ["GET", "GET", "POST"]
    assert len(sleeps) == 1


async def test_async_post_not_retried_after_read_timeout_but_after_connect_error(
    sleeps: list[float],
) -> None:
    script = Script(read_error(), connect_error(), json_reply(WRITE_OK))
    async with AsyncBulutfon(access_token=TOKEN, transport=script) as client:
        with pytest.raises(APITimeoutError):
            await client.outgoing_faxes.send(**FAX)
        assert (await client.outgoing_faxes.send(**FAX)).message == "ok"
    assert len(script.requests) == 3


async def test_async_retry_after_over_the_cap(sleeps: list[float]) -> None:
    script = Script(json_reply({"error": "q"}, 429, **{"Retry-After": "61"}))
    async with AsyncBulutfon(access_token=TOKEN, transport=script) as client:
        with pytest.raises(RateLimitError) as caught:
            await client.cdrs.list()
    assert caught.value.retry_after == 61
    assert sleeps == []


async def test_async_retry_after_seconds(sleeps: list[float]) -> None:
    script = Script(json_reply({"error": "q"}, 429, **{"Retry-After": "3"}), json_reply(NO_DIDS))
    async with AsyncBulutfon(access_token=TOKEN, transport=script) as client:
        await client.dids.list()
    assert sleeps == [3.0]


class _BrokenBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """Headers arrive, then the body stalls (or the connection drops) part-way."""

    def __init__(self, error: Exception) -> None:
        self.error = error

    def __iter__(self):  # type: ignore[no-untyped-def]
        yield b'{"dids": ['
        raise self.error

    async def __aiter__(self):  # type: ignore[no-untyped-def]
        yield b'{"dids": ['
        raise self.error


def broken_body(error: Exception) -> httpx.Response:
    return httpx.Response(
        200, stream=_BrokenBody(error), headers={"Content-Type": "application/json"}
    )


@pytest.mark.parametrize(
    "error", [httpx.ReadTimeout("stalled"), httpx.RemoteProtocolError("dropped")]
)
def test_a_get_whose_body_breaks_is_retried(error: Exception, sleeps: list[float]) -> None:
    script = Script(broken_body(error), json_reply(NO_DIDS))
    assert sync_client(script).dids.list().items == []
    assert len(script.requests) == 2


def test_a_body_that_keeps_breaking_is_an_sdk_error(sleeps: list[float]) -> None:
    script = Script(default=lambda request: broken_body(httpx.ReadTimeout("stalled")))
    with pytest.raises(APITimeoutError):
        sync_client(script).dids.list()
    assert len(script.requests) == 3


def test_a_post_whose_body_breaks_is_not_resent(sleeps: list[float]) -> None:
    script = Script(broken_body(httpx.RemoteProtocolError("dropped")), json_reply(WRITE_OK))
    with pytest.raises(APIConnectionError):
        sync_client(script).outgoing_faxes.send(**FAX)
    assert len(script.requests) == 1


async def test_async_body_failures_follow_the_same_rules(sleeps: list[float]) -> None:
    script = Script(
        broken_body(httpx.ReadTimeout("stalled")),
        json_reply(NO_DIDS),
        broken_body(httpx.ReadTimeout("x")),
    )
    async with AsyncBulutfon(access_token=TOKEN, transport=script) as client:
        assert (await client.dids.list()).items == []
        with pytest.raises(APITimeoutError):
            await client.outgoing_faxes.send(**FAX)
    assert len(script.requests) == 3
