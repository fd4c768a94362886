"""Typed errors: every failure is a BulutfonError; no bare KeyError, ValueError or JSONDecodeError."""

from __future__ import annotations

import httpx
import pytest

from bulutfon_api import models
from bulutfon_ext import (
    APIStatusError,
    AsyncBulutfon,
    AuthenticationError,
    BadRequestError,
    Bulutfon,
    BulutfonError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseParseError,
    UnprocessableEntityError,
)
from tests._mock import TOKEN, Script, json_reply


def client(*replies: httpx.Response) -> Bulutfon:
    return Bulutfon(access_token=TOKEN, transport=Script(*replies), max_retries=0)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (503, InternalServerError),
        (520, InternalServerError),
        (499, APIStatusError),
        (302, APIStatusError),
    ],
)
def test_status_maps_to_its_error_class(status: int, cls: type[APIStatusError]) -> None:
    with pytest.raises(cls) as caught:
        client(json_reply({"error": "went wrong", "code": "E42"}, status)).dids.get(1)
    error = caught.value
    assert type(error) is cls
    assert isinstance(error, BulutfonError)
    assert error.status_code == status
    assert error.message == "went wrong"
    assert error.code == "E42"
    assert error.response.status_code == status
    assert str(status) in str(error)
    assert "GET https://api.bulutfon.com/dids/1?access_token=REDACTED" in str(error)


def test_token_expired_is_an_authentication_error() -> None:
    with pytest.raises(AuthenticationError, match="Token expired"):
        client(json_reply({"error": "Token expired"}, 401)).me()


def test_html_error_body_gives_a_readable_message() -> None:
    page = httpx.Response(502, text="<html><body><h1>502 Bad Gateway</h1>\n</body></html>")
    with pytest.raises(InternalServerError) as caught:
        client(page).dids.list()
    assert "502 Bad Gateway" in caught.value.message
    assert caught.value.code is None


def test_empty_error_body() -> None:
    with pytest.raises(NotFoundError) as caught:
        client(httpx.Response(404)).dids.get(9)
    assert caught.value.message == "(empty body)"


def test_integer_error_code_is_kept() -> None:
    with pytest.raises(AuthenticationError) as caught:
        client(json_reply({"error": "Unauthorized", "code": 401}, 401)).me()
    assert caught.value.code == 401


@pytest.mark.parametrize(
    "reply",
    [
        httpx.Response(200, text="<html>maintenance</html>", headers={"Content-Type": "text/html"}),
        httpx.Response(200, text='{"dids": [{"id": 1, "numb'),
        httpx.Response(200, json={"numbers": []}),
        httpx.Response(200, json={"dids": None}),
        httpx.Response(200, json={"dids": [{"number": "9"}]}),
        httpx.Response(200, json=["not", "an", "object"]),
        httpx.Response(204),
    ],
    ids=["html", "truncated", "missing-envelope", "null-list", "missing-id", "array", "no-content"],
)
def test_a_2xx_body_that_is_not_what_the_spec_says_is_a_parse_error(reply: httpx.Response) -> None:
    with pytest.raises(ResponseParseError) as caught:
        client(reply).dids.list()
    assert "list_dids" in str(caught.value)
    assert TOKEN not in str(caught.value)


def test_rate_limit_error_without_retry_after() -> None:
    with pytest.raises(RateLimitError) as caught:
        client(json_reply({"error": "slow"}, 429)).dids.list()
    assert caught.value.retry_after is None


async def test_async_errors_are_typed_the_same() -> None:
    script = Script(json_reply({"error": "nope"}, 404), httpx.Response(200, text="<html/>"))
    async with AsyncBulutfon(access_token=TOKEN, transport=script) as c:
        with pytest.raises(NotFoundError, match="nope"):
            await c.cdrs.get("u1")
        with pytest.raises(ResponseParseError):
            await c.cdrs.get("u1")


def test_status_error_carries_the_body() -> None:
    with pytest.raises(UnprocessableEntityError) as caught:
        client(json_reply({"error": "bad", "code": "X", "details": [1]}, 422)).dids.list()
    assert caught.value.body == {"error": "bad", "code": "X", "details": [1]}
    with pytest.raises(InternalServerError) as html:
        client(httpx.Response(502, text="<h1>bad gateway</h1>")).dids.list()
    assert html.value.body == "<h1>bad gateway</h1>"


def test_deeply_nested_json_is_a_parse_error() -> None:
    with pytest.raises(ResponseParseError):
        client(httpx.Response(200, text="[" * 100_000 + "]" * 100_000)).dids.list()


def test_a_204_delete_is_a_success() -> None:
    assert isinstance(client(httpx.Response(204)).extensions.delete(3), models.WriteResult)
