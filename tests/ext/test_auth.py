"""Choosing credentials, sending them as query parameters, and never showing them."""

from __future__ import annotations

import hashlib
import logging

import httpx
import pytest

from bulutfon_ext import (
    AsyncBulutfon,
    AuthenticationError,
    Bulutfon,
    NotFoundError,
    ValidationError,
)
from bulutfon_ext._auth import resolve_credentials
from tests._mock import TOKEN, Script, json_reply

DIDS: dict[str, list[object]] = {"dids": []}


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "BULUTFON_ACCESS_TOKEN",
        "BULUTFON_EMAIL",
        "BULUTFON_PASSWORD",
        "BULUTFON_BASE_URL",
    ):
        monkeypatch.delenv(name, raising=False)


def test_token_travels_as_a_query_parameter_not_a_header() -> None:
    script = Script(json_reply(DIDS))
    Bulutfon(access_token=TOKEN, transport=script).dids.list()
    (request,) = script.requests
    assert request.url.params["access_token"] == TOKEN
    assert "authorization" not in request.headers


def test_email_and_password_travel_as_query_parameters() -> None:
    script = Script(json_reply(DIDS))
    Bulutfon(email="a@b.co", password="pw", transport=script).dids.list()
    assert dict(script.requests[0].url.params) == {"email": "a@b.co", "password": "pw"}


def test_environment_supplies_credentials_and_base_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BULUTFON_ACCESS_TOKEN", "from-env")
    monkeypatch.setenv("BULUTFON_BASE_URL", "http://127.0.0.1:9/")
    script = Script(json_reply(DIDS))
    Bulutfon(transport=script).dids.list()
    assert str(script.requests[0].url) == "http://127.0.0.1:9/dids?access_token=from-env"


def test_environment_email_and_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BULUTFON_EMAIL", "e@x.co")
    monkeypatch.setenv("BULUTFON_PASSWORD", "pw")
    assert resolve_credentials().params() == {"email": "e@x.co", "password": "pw"}


def test_explicit_arguments_win_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BULUTFON_ACCESS_TOKEN", "from-env")
    assert resolve_credentials(email="e@x.co", password="pw").params() == {
        "email": "e@x.co",
        "password": "pw",
    }
    assert resolve_credentials(access_token="explicit").access_token == "explicit"


def test_token_with_email_and_password_is_an_error() -> None:
    with pytest.raises(ValidationError, match="not both") as caught:
        Bulutfon(access_token=TOKEN, email="e@x.co", password="pw")
    assert caught.value.field == "access_token"
    assert TOKEN not in str(caught.value)


def test_email_without_password_names_the_missing_field() -> None:
    with pytest.raises(ValidationError, match="password is missing") as caught:
        Bulutfon(email="e@x.co")
    assert caught.value.field == "password"


def test_no_credentials_names_the_environment_variables() -> None:
    with pytest.raises(ValidationError) as caught:
        Bulutfon()
    message = str(caught.value)
    for name in (
        "BULUTFON_ACCESS_TOKEN",
        "BULUTFON_EMAIL",
        "BULUTFON_PASSWORD",
        "pass access_token",
    ):
        assert name in message


def test_signed_url_is_sha1_of_token_and_uuid() -> None:
    client = Bulutfon(access_token="abcde123123", transport=Script())
    expected = hashlib.sha1(b"abcde1231231234-1234-1234").hexdigest()
    assert expected == "0abd013609331a5439f1865d20df1a8223bfd0fa"  # the provider's own example
    assert client.call_records.signed_url("1234-1234-1234") == (
        f"https://api.bulutfon.com/call-records/1234-1234-1234?access_token={expected}"
    )
    assert client.call_records.signed_url("1234-1234-1234", stream=True).startswith(
        "https://api.bulutfon.com/call-records/1234-1234-1234/stream?access_token="
    )


def test_signed_url_refuses_under_email_and_password() -> None:
    client = Bulutfon(email="e@x.co", password="pw", transport=Script())
    with pytest.raises(ValidationError, match="access_token") as caught:
        client.call_records.signed_url("u1")
    assert caught.value.field == "access_token"


def test_token_never_shows_in_reprs_errors_or_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    script = Script(json_reply({"error": "Token expired"}, status=401))
    client = Bulutfon(access_token=TOKEN, transport=script)
    with pytest.raises(AuthenticationError) as caught:
        client.me()
    assert caught.value.message == "Token expired"
    assert caught.value.status_code == 401
    texts = [
        repr(client),
        str(caught.value),
        repr(caught.value),
        repr(client.credentials),
        caplog.text,
    ]
    texts.append(repr(client.low_level))
    for text in texts:
        assert TOKEN not in text
    assert "access_token=REDACTED" in str(caught.value)
    assert "access_token=REDACTED" in caplog.text  # the request was logged, redacted


def test_httpx_own_log_lines_are_redacted(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="httpx")

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=DIDS)

    # A real HTTPTransport is what makes httpx log; route it to a MockTransport underneath.
    client = Bulutfon(email="e@x.co", password="pw-SECRET", transport=httpx.MockTransport(handler))
    logging.getLogger("httpx").info(
        "HTTP Request: %s %s", "GET", httpx.URL("https://h/x?password=pw-SECRET")
    )
    client.dids.list()
    assert "pw-SECRET" not in caplog.text
    assert "password=REDACTED" in caplog.text


def test_token_info_path_is_redacted_in_errors() -> None:
    script = Script(json_reply({"error": "Not Found"}, status=404))
    client = Bulutfon(access_token=TOKEN, transport=script)
    with pytest.raises(NotFoundError) as caught:
        client.token_info()
    assert script.requests[0].url.path == f"/token-info/{TOKEN}"
    assert TOKEN not in str(caught.value)


def test_another_token_in_a_token_info_path_is_redacted_too(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # Not this client's credential, so redacting the client's values cannot hide it: the path is
    # redacted by its shape.
    other = "another-teams-token-7f3e2a"
    script = Script(json_reply({"error": "Not Found"}, status=404))
    client = Bulutfon(access_token=TOKEN, transport=script)
    with caplog.at_level(logging.DEBUG), pytest.raises(NotFoundError) as caught:
        client.token_info(other)
    assert script.requests[0].url.path == f"/token-info/{other}"
    assert "/token-info/REDACTED" in caplog.text and other not in caplog.text
    assert other not in str(caught.value)
    assert other not in repr(caught.value.response.request)


async def test_async_client_sends_the_same_credentials() -> None:
    script = Script(json_reply(DIDS))
    async with AsyncBulutfon(email="a@b.co", password="pw", transport=script) as client:
        await client.dids.list()
        assert TOKEN not in repr(client)
    assert dict(script.requests[0].url.params) == {"email": "a@b.co", "password": "pw"}


def test_redacting_twice_changes_nothing() -> None:
    from bulutfon_ext._redact import redact_text

    # In free text a value runs to whitespace or '&' (a stray ')' may go with it: safer than a leak).
    once = redact_text(f"401 (GET https://h/me?access_token={TOKEN} ), then email=a@b.co and more")
    assert once == "401 (GET https://h/me?access_token=REDACTED ), then email=REDACTED and more"
    assert redact_text(once) == once


@pytest.mark.parametrize("secret", ["...hunter2", "REDACTED-tail", "trail...", "p)a(s"])
def test_odd_secrets_are_redacted_whole(secret: str) -> None:
    from bulutfon_ext._redact import redact_text, redact_url

    assert secret not in redact_url(httpx.URL("https://h/x", params={"password": secret}))
    assert "hunter2" not in redact_text(f"password={secret} x") and "-tail" not in redact_text(
        f"password={secret} x"
    )


def test_httpcore_header_logs_are_redacted(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    Bulutfon(access_token=TOKEN, transport=Script())
    logging.getLogger("httpcore.http11").debug(
        "receive_response_headers.complete return_value=%s",
        (b"HTTP/1.1", 301, [(b"Location", f"https://h/x?access_token={TOKEN}".encode())]),
    )
    assert TOKEN not in caplog.text


def test_bulutfon_log_env_turns_on_redacted_request_logs() -> None:
    import os
    import subprocess
    import sys

    program = (
        "import httpx\n"
        "from bulutfon_ext import Bulutfon\n"
        "t = httpx.MockTransport(lambda r: httpx.Response(200, json={'dids': []}))\n"
        f"Bulutfon(access_token={TOKEN!r}, transport=t).dids.list()\n"
    )
    env = {**os.environ, "BULUTFON_LOG": "info"}
    result = subprocess.run(
        [sys.executable, "-c", program], env=env, capture_output=True, text=True, check=True
    )
    assert (
        "INFO bulutfon: GET https://api.bulutfon.com/dids?access_token=REDACTED -> 200 OK"
        in result.stderr
    )
    assert "attempt 1" in result.stderr
    assert TOKEN not in result.stderr
    quiet = subprocess.run(
        [sys.executable, "-c", program],
        env={**env, "BULUTFON_LOG": ""},
        capture_output=True,
        text=True,
        check=True,
    )
    assert quiet.stderr == ""
