"""Client options: default_headers, a user's own httpx client, token_provider and on_retry."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest

from bulutfon_ext import (
    APITimeoutError,
    AsyncBulutfon,
    AuthenticationError,
    Bulutfon,
    BulutfonError,
    InternalServerError,
    TokenExpiredError,
    ValidationError,
)
from tests._mock import NO_DIDS, TOKEN, Script, json_reply

EXPIRED = {"error": "Token expired"}


class Tokens:
    """A token provider that hands out tok-1, tok-2, ... and counts the calls."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> str:
        self.calls += 1
        return f"tok-{self.calls}"


def tokens_sent(script: Script) -> list[str]:
    return [r.url.params["access_token"] for r in script.requests]


# ---- default_headers ---------------------------------------------------------------------


def test_default_headers_go_with_every_request_beside_the_sdks_own() -> None:
    script = Script(default=json_reply(NO_DIDS))
    client = Bulutfon(access_token=TOKEN, transport=script, default_headers={"X-Team": "ops"})
    client.dids.list()
    client.with_options(max_retries=0).dids.list()
    for request in script.requests:
        assert request.headers["X-Team"] == "ops"
        assert request.headers["User-Agent"].startswith("bulutfon-python/")
        assert request.url.params["access_token"] == TOKEN


@pytest.mark.parametrize("headers", [{"X-Team": 1}, [("X-Team", "ops")], {b"X": "y"}])
def test_bad_default_headers_are_refused_before_sending(headers: Any) -> None:
    script = Script()
    with pytest.raises(ValidationError) as caught:
        Bulutfon(access_token=TOKEN, transport=script, default_headers=headers)
    assert caught.value.field == "default_headers"
    assert script.requests == []


# ---- http_client -------------------------------------------------------------------------


def test_a_users_http_client_still_gets_retries_auth_and_errors(sleeps: list[float]) -> None:
    script = Script(json_reply({"error": "busy"}, 503), json_reply(NO_DIDS))
    seen: list[str] = []
    mine = httpx.Client(
        transport=script,
        headers={"X-Trace": "abc"},
        event_hooks={"request": [lambda r: seen.append(r.url.path)]},
    )
    client = Bulutfon(access_token=TOKEN, http_client=mine)
    assert client.dids.list().items == []
    assert len(script.requests) == 2 and len(sleeps) == 1  # retried
    assert tokens_sent(script) == [TOKEN, TOKEN]  # authenticated
    assert script.requests[0].headers["X-Trace"] == "abc"  # the user's header kept
    assert script.requests[0].headers["User-Agent"].startswith("bulutfon-python/")
    assert seen == ["/dids", "/dids"]  # the user's own hooks ran
    script.replies.append(json_reply({"error": "Not Found"}, 404))
    with pytest.raises(BulutfonError):  # errors translated as usual
        client.dids.get(7)


def test_closing_the_client_closes_the_users_http_client_but_a_copy_does_not() -> None:
    mine = httpx.Client(transport=Script(default=json_reply(NO_DIDS)))
    client = Bulutfon(access_token=TOKEN, http_client=mine)
    with client.with_options(timeout=3.0) as copy:
        copy.dids.list()
    assert not mine.is_closed
    client.close()
    assert mine.is_closed


def test_the_users_http_client_timeout_is_used_unless_one_is_given() -> None:
    mine = httpx.Client(transport=Script(), timeout=httpx.Timeout(12.0, connect=2.0))
    assert Bulutfon(access_token=TOKEN, http_client=mine).timeout.read == 12.0
    assert Bulutfon(access_token=TOKEN, http_client=mine, timeout=4.0).timeout.read == 4.0
    plain = httpx.Client(transport=Script())  # httpx's own 5 s default is not a choice
    assert Bulutfon(access_token=TOKEN, http_client=plain).timeout.read == 30.0
    endless = httpx.Client(transport=Script(), timeout=None)
    with pytest.raises(ValidationError, match="infinite"):
        Bulutfon(access_token=TOKEN, http_client=endless)


def test_http_client_of_the_wrong_kind_or_with_a_transport_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        Bulutfon(access_token=TOKEN, http_client=httpx.AsyncClient())  # type: ignore[arg-type]
    assert caught.value.field == "http_client"
    with pytest.raises(ValidationError, match="not both"):
        Bulutfon(access_token=TOKEN, http_client=httpx.Client(), transport=Script())
    with pytest.raises(ValidationError) as caught:
        AsyncBulutfon(access_token=TOKEN, http_client=httpx.Client())  # type: ignore[arg-type]
    assert caught.value.field == "http_client"


async def test_async_users_http_client(sleeps: list[float]) -> None:
    script = Script(json_reply({"error": "busy"}, 502), json_reply(NO_DIDS))
    mine = httpx.AsyncClient(transport=script)
    async with AsyncBulutfon(
        access_token=TOKEN, http_client=mine, default_headers={"X-Team": "ops"}
    ) as client:
        assert (await client.dids.list()).items == []
    assert tokens_sent(script) == [TOKEN, TOKEN]
    assert script.requests[1].headers["X-Team"] == "ops"
    assert mine.is_closed


# ---- token_provider ----------------------------------------------------------------------


def test_token_provider_is_asked_at_start_and_again_after_token_expired() -> None:
    tokens = Tokens()
    script = Script(json_reply(NO_DIDS), json_reply(EXPIRED, 401), json_reply(NO_DIDS))
    client = Bulutfon(token_provider=tokens, transport=script)
    assert tokens.calls == 1  # at start, before any request
    client.dids.list()
    assert tokens.calls == 1
    client.dids.list()  # expired, renewed, sent again once
    assert tokens.calls == 2
    assert tokens_sent(script) == ["tok-1", "tok-1", "tok-2"]
    assert client.credentials.access_token == "tok-2"
    assert client.low_level.get_httpx_client() is client.http


def test_a_post_refused_as_expired_is_sent_again_once_with_the_new_token() -> None:
    tokens = Tokens()
    result = {"success": True, "message": "ok"}
    script = Script(json_reply(EXPIRED, 401), json_reply(result))
    client = Bulutfon(token_provider=tokens, transport=script)
    assert client.call_and_bridge(caller="908500000000", callee="905321112233", destination=1001)
    assert [r.method for r in script.requests] == ["POST", "POST"]
    assert script.requests[0].content == script.requests[1].content
    assert tokens_sent(script) == ["tok-1", "tok-2"]


def test_a_second_expiry_goes_up_as_token_expired_error() -> None:
    tokens = Tokens()
    script = Script(default=json_reply(EXPIRED, 401))
    client = Bulutfon(token_provider=tokens, transport=script)
    with pytest.raises(TokenExpiredError) as caught:
        client.dids.list()
    assert isinstance(caught.value, AuthenticationError)
    assert tokens.calls == 2 and len(script.requests) == 2
    assert "tok-2" not in str(caught.value)


@pytest.mark.parametrize("status", [200, 403])
def test_token_expired_said_with_another_status_renews_too(status: int) -> None:
    tokens = Tokens()
    script = Script(json_reply(EXPIRED, status), json_reply(NO_DIDS))
    client = Bulutfon(token_provider=tokens, transport=script)
    assert client.dids.list().items == []
    assert tokens_sent(script) == ["tok-1", "tok-2"]


def test_other_401s_do_not_renew_the_token() -> None:
    tokens = Tokens()
    script = Script(json_reply({"error": "Unauthorized", "code": 401}, 401))
    client = Bulutfon(token_provider=tokens, transport=script)
    with pytest.raises(AuthenticationError) as caught:
        client.dids.list()
    assert not isinstance(caught.value, TokenExpiredError)
    assert tokens.calls == 1 and len(script.requests) == 1


def test_copies_share_the_renewed_token() -> None:
    tokens = Tokens()
    script = Script(json_reply(EXPIRED, 401), json_reply(NO_DIDS), json_reply(NO_DIDS))
    client = Bulutfon(token_provider=tokens, transport=script)
    client.with_options(max_retries=0).dids.list()
    client.dids.list()
    assert tokens_sent(script) == ["tok-1", "tok-2", "tok-2"]
    assert tokens.calls == 2


@pytest.mark.parametrize("returned", [None, "", b"tok", 42])
def test_a_provider_that_returns_no_token_is_a_clear_error(returned: Any) -> None:
    with pytest.raises(ValidationError) as caught:
        Bulutfon(token_provider=lambda: returned, transport=Script())
    assert caught.value.field == "token_provider"


def test_an_async_token_provider_is_refused_clearly() -> None:
    async def fetch() -> str:
        return "tok"

    with pytest.raises(ValidationError, match="not async") as caught:
        AsyncBulutfon(token_provider=fetch, transport=Script())  # type: ignore[arg-type]
    assert caught.value.field == "token_provider"


def test_token_provider_with_other_credentials_or_not_callable_is_refused() -> None:
    with pytest.raises(ValidationError, match="not both"):
        Bulutfon(token_provider=Tokens(), access_token=TOKEN, transport=Script())
    with pytest.raises(ValidationError) as caught:
        Bulutfon(token_provider="tok", transport=Script())  # type: ignore[arg-type]
    assert caught.value.field == "token_provider"


def test_token_provider_needs_no_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("BULUTFON_ACCESS_TOKEN", "BULUTFON_EMAIL", "BULUTFON_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    script = Script(json_reply(NO_DIDS))
    Bulutfon(token_provider=lambda: "vault-token", transport=script).dids.list()
    assert tokens_sent(script) == ["vault-token"]


async def test_async_token_provider_renews_once() -> None:
    tokens = Tokens()
    script = Script(json_reply(EXPIRED, 401), json_reply(NO_DIDS), json_reply(EXPIRED, 401))
    script.default = json_reply(EXPIRED, 401)
    async with AsyncBulutfon(token_provider=tokens, transport=script) as client:
        await client.dids.list()
        assert tokens_sent(script) == ["tok-1", "tok-2"]
        with pytest.raises(TokenExpiredError):
            await client.dids.list()
    assert tokens.calls == 3
    assert tokens_sent(script) == ["tok-1", "tok-2", "tok-2", "tok-3"]


# ---- on_retry ----------------------------------------------------------------------------


def test_on_retry_gets_attempt_delay_and_cause_beside_the_log_line(
    sleeps: list[float], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="bulutfon")
    calls: list[tuple[int, float, BulutfonError]] = []
    script = Script(
        json_reply({"error": "busy"}, 503), httpx.ReadTimeout("slow"), json_reply(NO_DIDS)
    )
    client = Bulutfon(access_token=TOKEN, transport=script, on_retry=lambda *a: calls.append(a))
    client.dids.list()
    assert [(attempt, delay) for attempt, delay, _ in calls] == list(
        zip([2, 3], sleeps, strict=True)
    )
    first, second = calls[0][2], calls[1][2]
    assert isinstance(first, InternalServerError) and first.status_code == 503
    assert isinstance(second, APITimeoutError)
    assert TOKEN not in str(first) + str(second)
    assert len([r for r in caplog.records if r.getMessage().startswith("retrying")]) == 2


def test_on_retry_is_kept_by_with_options_and_can_stop_retrying(sleeps: list[float]) -> None:
    class Stop(Exception):
        pass

    def stop(attempt: int, delay: float, cause: BulutfonError) -> None:
        raise Stop(attempt)

    script = Script(default=json_reply({"error": "down"}, 500))
    client = Bulutfon(access_token=TOKEN, transport=script, on_retry=stop)
    with pytest.raises(Stop):
        client.with_options(timeout=2.0).dids.list()
    assert len(script.requests) == 1 and sleeps == []
    with pytest.raises(ValidationError) as caught:
        Bulutfon(access_token=TOKEN, transport=script, on_retry=3)  # type: ignore[arg-type]
    assert caught.value.field == "on_retry"


async def test_async_on_retry(sleeps: list[float]) -> None:
    calls: list[int] = []
    script = Script(json_reply({"error": "busy"}, 429, **{"Retry-After": "3"}), json_reply(NO_DIDS))
    async with AsyncBulutfon(
        access_token=TOKEN, transport=script, on_retry=lambda a, d, c: calls.append(a)
    ) as client:
        await client.dids.list()
    assert calls == [2] and sleeps == [3.0]
