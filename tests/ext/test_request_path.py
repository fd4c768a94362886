"""What every request pays for: credentials appended to the query, logging work only when on."""

from __future__ import annotations

import logging

import httpx
import pytest

from bulutfon_api.client import QueryCredentials
from bulutfon_ext import Bulutfon, _retry
from tests._mock import TOKEN, Script, json_reply

CREDENTIALS = {"email": "ops+pbx@example.com", "password": "p&ss w=rd/ü"}


@pytest.mark.parametrize(
    "url",
    [
        "https://api.bulutfon.com/cdrs",
        "https://api.bulutfon.com/cdrs?limit=5&page=2",
        "https://api.bulutfon.com/cdrs?caller=905321112233%2C905331112244",
        "https://api.bulutfon.com/cdrs?",
    ],
)
def test_credentials_reach_the_query_exactly_as_a_merge_would(url: str) -> None:
    added = QueryCredentials(CREDENTIALS).add_to(httpx.URL(url))
    merged = httpx.URL(url).copy_merge_params(CREDENTIALS)
    assert dict(added.params) == dict(merged.params)
    assert added.path == merged.path
    assert added.host == merged.host
    # The result is a URL httpx itself reads back the same way.
    assert httpx.URL(str(added)).params == added.params


def test_a_url_that_already_names_a_credential_is_not_given_it_twice() -> None:
    link = httpx.URL("https://api.bulutfon.com/messages?page=2&access_token=OLD")
    added = QueryCredentials({"access_token": TOKEN}).add_to(link)
    assert added.params.get_list("access_token") == [TOKEN]
    assert added.params["page"] == "2"


def test_the_server_sees_the_token_once_on_every_request() -> None:
    script = Script(json_reply({"dids": []}), json_reply({"dids": []}))
    with Bulutfon(access_token=TOKEN, transport=script, max_retries=0) as client:
        client.dids.list()
        client.dids.list()
    assert [r.url.params.get_list("access_token") for r in script.requests] == [[TOKEN], [TOKEN]]


def test_no_url_is_redacted_while_logging_is_off(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[object] = []
    monkeypatch.setattr(_retry, "redact_url", lambda url: calls.append(url) or "x")  # type: ignore[func-returns-value]
    monkeypatch.setattr(logging.getLogger("bulutfon"), "level", logging.WARNING)
    with Bulutfon(
        access_token=TOKEN, transport=Script(json_reply({"dids": []})), max_retries=0
    ) as c:
        c.dids.list()
    assert calls == []


def test_each_request_is_logged_when_logging_is_on(caplog: pytest.LogCaptureFixture) -> None:
    with (
        caplog.at_level(logging.INFO, logger="bulutfon"),
        Bulutfon(
            access_token=TOKEN, transport=Script(json_reply({"dids": []})), max_retries=0
        ) as c,
    ):
        c.dids.list()
    lines = [r.getMessage() for r in caplog.records if r.name == "bulutfon"]
    assert any("GET" in line and "/dids" in line and "200" in line for line in lines)
    assert not any(TOKEN in line for line in lines)
