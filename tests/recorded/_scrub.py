"""Cassette hygiene: one host whatever server answered, no secret anywhere, nothing volatile.

Applied by vcrpy to every request before it is recorded and before it is matched on replay, and
to every response before it is recorded.
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

API_ORIGIN = "https://api.bulutfon.com"
REDACTED = "REDACTED"
SECRET_KEYS = ("access_token", "email", "password")
# Request bodies: credentials sent Ruby-style. An extension's `email` is data and stays, so that
# replay still checks it is sent.
REQUEST_SECRET_FIELDS = ("access_token", "password", "token")
# Response bodies: token-info echoes the token; an email there is the login or personal data.
RESPONSE_SECRET_FIELDS = (*SECRET_KEYS, "token")
# Headers that differ between two recordings of the same exchange.
VOLATILE_HEADERS = {"date", "server", "host"}

# The credentials in use while recording; filled in by the fixture that knows them.
KNOWN_SECRETS: set[str] = set()

_QUERY_SECRET = re.compile(r"\b(access_token|email|password)=([^&\s\"'<>]+)")
_TOKEN_INFO = re.compile(r"/token-info/[^/?#\s\"']+")


def scrub_text(text: str) -> str:
    text = _QUERY_SECRET.sub(lambda m: f"{m.group(1)}={REDACTED}", text)
    text = _TOKEN_INFO.sub(f"/token-info/{REDACTED}", text)
    for secret in sorted(KNOWN_SECRETS, key=len, reverse=True):
        text = text.replace(secret, REDACTED)
    return text


def _scrub_json(value: Any, secret_fields: tuple[str, ...]) -> Any:
    if isinstance(value, dict):
        return {
            k: REDACTED if k in secret_fields else _scrub_json(v, secret_fields)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_scrub_json(v, secret_fields) for v in value]
    if isinstance(value, str):
        return scrub_text(value)
    return value


def _scrub_body(body: bytes, content_type: str, secret_fields: tuple[str, ...]) -> bytes:
    if not body:
        return body
    if "json" in content_type:
        try:
            return json.dumps(
                _scrub_json(json.loads(body), secret_fields), ensure_ascii=False
            ).encode()
        except ValueError:
            pass
    if "x-www-form-urlencoded" in content_type:
        pairs = parse_qsl(body.decode(), keep_blank_values=True)
        return urlencode(
            [(k, REDACTED if k.removesuffix("[]") in secret_fields else v) for k, v in pairs]
        ).encode()
    try:
        return scrub_text(body.decode()).encode()
    except UnicodeDecodeError:
        return body  # audio, TIFF: no credentials in there


def scrub_request(request: Any) -> Any:
    parts = urlsplit(request.uri)
    query = urlencode(
        [
            (k, REDACTED if k in SECRET_KEYS else v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
        ]
    )
    path = _TOKEN_INFO.sub(f"/token-info/{REDACTED}", parts.path)
    origin = urlsplit(API_ORIGIN)
    request.uri = urlunsplit((origin.scheme, origin.netloc, path, query, ""))
    for name in list(request.headers):
        if name.lower() in VOLATILE_HEADERS:
            del request.headers[name]
    content_type = next((v for k, v in request.headers.items() if k.lower() == "content-type"), "")
    raw = request.body or b""
    request.body = _scrub_body(
        raw.encode() if isinstance(raw, str) else raw, content_type, REQUEST_SECRET_FIELDS
    )
    return request


def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    headers = {k: v for k, v in response["headers"].items() if k.lower() not in VOLATILE_HEADERS}
    content_type = next(
        (
            v[0] if isinstance(v, list) else v
            for k, v in headers.items()
            if k.lower() == "content-type"
        ),
        "",
    )
    body = _scrub_body(response["body"]["string"], content_type, RESPONSE_SECRET_FIELDS)
    if "content-length" in {k.lower() for k in headers}:
        headers = {
            k: ([str(len(body))] if k.lower() == "content-length" else v)
            for k, v in headers.items()
        }
    response["headers"] = headers
    response["body"]["string"] = body
    return response
