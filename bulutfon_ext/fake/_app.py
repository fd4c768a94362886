"""The ASGI application: routing, credentials, validation, faults, the request log, and HTTP.

Routes come from the spec, so every operation it lists is served (a missing handler fails at
start-up, not at request time). A request goes through, in order: route match (404/405), the
log, injected faults, credentials (401), path values (404), query and body (400/422), then its
handler.

It takes every request shape shipped v1 clients put on the wire (see ``tests/replay``): a
trailing slash or a ``.json`` suffix on the path, JSON or form bodies, credentials in the
query string or in a body, an empty ``access_token=`` beside other credentials, the
token-info token as the only credential, and parameters in the body that the spec puts in the
query (Rails merges the two into ``params``). Body fields it does not know are ignored and
named in the request log's ``ignored``. The same object is used in process (``httpx.ASGITransport``) and behind uvicorn.

The app is a bare ASGI callable, not a ``Starlette`` instance: Starlette's error middleware
would answer 500 to the exception that drops a connection, and a dropped connection must send
nothing at all.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from collections.abc import AsyncIterator, Mapping
from http import HTTPStatus
from typing import Any
from urllib.parse import parse_qs

import anyio
from starlette.datastructures import QueryParams
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.types import Receive, Scope, Send

from bulutfon_ext._inbound import answer_lifespan
from bulutfon_ext.fake._faults import Fault, FaultKind, FaultPlan, InjectedDisconnect
from bulutfon_ext.fake._handlers import HANDLERS, Call, File, Handler, Resource, from_examples
from bulutfon_ext.fake._log import RecordedRequest, RequestLog
from bulutfon_ext.fake._schema import (
    Invalid,
    canonical,
    check_object,
    check_value,
    coerce_form,
    coerce_query,
    integral,
    missing,
    read_fields,
)
from bulutfon_ext.fake._spec import Operation, operations
from bulutfon_ext.fake._state import State

CREDENTIALS = ("access_token", "email", "password")
#: Operations that also accept ``access_token = sha1_hex(token + uuid)`` for that one uuid.
SIGNED = frozenset({"download_call_record", "stream_call_record"})
#: Bytes a binary response is sent in, so that clients see a real stream of chunks.
CHUNK = 16 * 1024

# The pages write /cdrs.json and /cdrs/{uuid}.json, and once /call-records/{uuid}.json/stream.
_JSON_SUFFIX = re.compile(r"\.json(?=/stream$|$)")


def _error(status: int, error: str, code: str | int | None = None) -> JSONResponse:
    body: dict[str, Any] = {"error": error}
    if code is not None:
        body["code"] = code
    return JSONResponse(body, status)


_TOKEN_INFO = re.compile(r"/token-info/[^/]+")


class FakeApp:
    """The fake Bulutfon API as an ASGI application."""

    def __init__(self, state: State, faults: FaultPlan, log: RequestLog) -> None:
        self.state = state
        self.faults = faults
        self.log = log
        self._operations = operations()
        self._envelopes = {op.operation_id: op.envelope for op in self._operations}
        handlers = {
            op.operation_id: HANDLERS.get(op.operation_id) or from_examples(op)
            for op in self._operations
        }
        unserved = {name for name, handler in handlers.items() if handler is None}
        self._handlers: dict[str, Handler] = {
            name: handler for name, handler in handlers.items() if handler is not None
        }
        if unserved:
            raise RuntimeError(f"the fake has no handler for {sorted(unserved)}")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await answer_lifespan(receive, send)
            return
        if scope["type"] != "http":
            raise RuntimeError(f"the fake serves HTTP only, not {scope['type']}")
        request = Request(scope, receive)
        raw_body = await request.body()
        query = QueryParams(scope.get("query_string", b""))
        method, path = request.method, scope["path"]
        # `/extensions/` (as the extensions page prints it) is `/extensions`.
        op, path_values, allowed = self._route(method, _JSON_SUFFIX.sub("", path.rstrip("/")))
        body, body_error = _read_body(request.headers.get("content-type", ""), raw_body, op)
        entry: dict[str, Any] = {
            "method": method,
            # token-info carries a credential in its path; the log never holds one.
            "path": _TOKEN_INFO.sub("/token-info/REDACTED", path),
            "operation_id": op.operation_id if op else None,
            "query": {k: v for k, v in query.items() if k not in CREDENTIALS},
            "body": None
            if body is None
            else {k: v for k, v in body.items() if k not in _body_credential_names(op)},
            "status": None,
            "fault": None,
            "ignored": (),
        }
        logged = False
        try:
            if op is None:
                response: Response = _error(
                    404 if not allowed else 405,
                    "Not Found" if not allowed else "Method Not Allowed",
                )
                if allowed:
                    response.headers["Allow"] = ", ".join(allowed)
            else:
                response = await self._answer(
                    op, path_values, query, body, body_error, entry, receive
                )
            entry["status"] = response.status_code
            # Logged before the answer goes out: a client that has its response must find the
            # request in the log already (the body may still be streaming).
            self.log.append(RecordedRequest(**entry))
            logged = True
            await response(scope, receive, send)
        except _ClientGone:
            pass  # nobody to answer; the log shows no status
        finally:
            if not logged:
                self.log.append(RecordedRequest(**entry))

    def _route(self, method: str, path: str) -> tuple[Operation | None, dict[str, str], list[str]]:
        allowed = []
        for op in self._operations:
            match = op.pattern.match(path)
            if match is None:
                continue
            if op.method == method:
                return op, match.groupdict(), []
            allowed.append(op.method)
        return None, {}, allowed

    async def _answer(
        self,
        op: Operation,
        path_values: dict[str, str],
        query: QueryParams,
        body: dict[str, Any] | None,
        body_error: Invalid | None,
        entry: dict[str, Any],
        receive: Receive,
    ) -> Response:
        operation_id = op.operation_id

        def take(kind: FaultKind) -> Fault | None:
            fault = self.faults.take(kind, operation_id)
            if fault is not None:
                entry["fault"] = kind
            return fault

        slow = take("slow")
        if slow is not None and not await _wait_unless_gone(slow.seconds, receive):
            raise _ClientGone
        if take("drop") is not None:
            raise InjectedDisconnect("Server disconnected without sending a response.")
        failure = take("fail")
        if failure is not None:
            return _failure(failure)
        truncate = take("truncate") is not None

        try:
            credentials = _credentials(query, body, op)
            with self.state.lock:
                self._authenticate(operation_id, path_values, credentials)
                path_typed = _path_values(op, path_values)
                query_typed, from_body = _query_values(op, query, body)
                fields, ignored = _checked_body(op, body, body_error, from_body)
                entry["ignored"] = ignored
                call = Call(
                    path=path_typed, query=query_typed, body=fields, credentials=credentials
                )
                answer = self._handlers[operation_id](self.state, call)
        except Invalid as invalid:
            response: Response = JSONResponse(invalid.body(), invalid.status)
        else:
            if isinstance(answer, File):
                response = _file_response(answer, truncate)
                truncate = False
            elif isinstance(answer, Resource):
                response = JSONResponse({self._envelopes[operation_id]: answer.data})
            else:
                response = JSONResponse(answer.payload, answer.status)
        if truncate:
            # The declared length matches what is sent: a complete response of broken JSON.
            return Response(
                bytes(response.body)[: len(response.body) // 2],
                response.status_code,
                media_type=response.media_type,
            )
        return response

    def _authenticate(
        self, operation_id: str, path_values: Mapping[str, str], credentials: Mapping[str, str]
    ) -> None:
        account = self.state.account
        if operation_id == "get_token_info" and not credentials:
            # The token in the path is the credential (the PHP SDK sends no other): known
            # tokens are answered, expired or not, since telling that is the point.
            if _same(path_values.get("token"), account.token):
                return
            raise Invalid(401, "Unauthorized", 401)
        token = credentials.get("access_token")
        valid_token = _same(token, account.token)
        if token is not None and not valid_token and operation_id in SIGNED:
            signed = hashlib.sha1(
                (account.token + path_values.get("uuid", "")).encode()
            ).hexdigest()
            valid_token = _same(token, signed)
        if valid_token and not account.token_expired:
            return
        if _same(credentials.get("email"), account.email) and _same(
            credentials.get("password"), account.password
        ):
            return
        if valid_token:
            raise Invalid(401, "Token expired")
        raise Invalid(401, "Unauthorized", 401)


class _ClientGone(Exception):
    """The client hung up (say, it timed out) while a slow fault held its answer."""


async def _wait_unless_gone(seconds: float, receive: Receive) -> bool:
    """Sleep ``seconds``, or less if the client disconnects first; True if it is still there.

    Having read the body, the next ``receive`` returns only when the client goes away, so a
    client that times out frees the server at once, as a real slow server would be freed.
    """
    with anyio.move_on_after(seconds):
        while (await receive())["type"] != "http.disconnect":
            pass
        return False
    return True


def _same(given: str | None, expected: str) -> bool:
    # Secrets are compared in constant time, even in a fake: code gets copied.
    return given is not None and hmac.compare_digest(given.encode(), expected.encode())


def _read_body(
    content_type: str, raw: bytes, op: Operation | None
) -> tuple[dict[str, Any] | None, Invalid | None]:
    """The body as a dict (form fields typed by the operation's schema), or why it is unreadable."""
    if not raw.strip():
        return None, None
    media = content_type.split(";")[0].strip().lower()
    schema = op.body_schema if op is not None and op.body_schema is not None else {}
    if media == "application/x-www-form-urlencoded":
        fields = parse_qs(raw.decode("utf-8", "replace"), keep_blank_values=True)
        return coerce_form(fields, schema), None
    if media == "application/json" or media.endswith("+json"):
        try:
            value = json.loads(raw)
        except ValueError:
            return None, Invalid(400, "the request body is not valid JSON")
        if not isinstance(value, dict):
            return None, Invalid(400, "the request body must be a JSON object")
        return value, None
    return None, Invalid(400, f"unsupported content type: {media or 'none'}")


def _body_credential_names(op: Operation | None) -> tuple[str, ...]:
    """The credential names to take out of this operation's body.

    Ruby's SDK sends credentials in the POST body, but ``email`` is also a field of an
    extension: a name the body schema declares stays a field.
    """
    declared = op.body_schema.get("properties", {}) if op and op.body_schema else {}
    return tuple(name for name in CREDENTIALS if name not in declared)


def _credentials(
    query: QueryParams, body: Mapping[str, Any] | None, op: Operation
) -> dict[str, str]:
    # The official SDKs send credentials in the query string; Ruby's, Android's and the WHMCS
    # module's go in a POST body. An empty one (.NET's token-info sends `access_token=`) is none.
    found = {name: query[name] for name in CREDENTIALS if query.get(name)}
    if not found and body is not None:
        found = {
            name: str(body[name])
            for name in _body_credential_names(op)
            if body.get(name) not in (None, "")
        }
    return found


def _path_values(op: Operation, values: Mapping[str, str]) -> dict[str, Any]:
    typed: dict[str, Any] = {}
    for parameter in op.parameters:
        if parameter["in"] != "path":
            continue
        name = parameter["name"]
        value: Any = coerce_query(values[name], parameter["schema"])
        try:
            check_value(name, value, parameter["schema"])
        except Invalid:
            # A malformed id names no record, as an unknown one does.
            raise Invalid(404, "Not Found") from None
        typed[name] = value
    return typed


def _query_values(
    op: Operation, query: QueryParams, body: Mapping[str, Any] | None
) -> tuple[dict[str, Any], frozenset[str]]:
    """Typed query values, and the names taken from the body instead.

    Rails merges query and body into one ``params``: a query parameter sent in a form or JSON
    body (call-and-bridge's fields, say) counts as sent.
    """
    typed: dict[str, Any] = {}
    from_body: set[str] = set()
    for parameter in op.parameters:
        name = parameter["name"]
        if parameter["in"] != "query":
            continue
        if name in query:
            value: Any = coerce_query(query[name], parameter["schema"])
        elif body is not None and body.get(name) not in (None, ""):
            value = body[name]
            if isinstance(value, str):
                value = coerce_query(value, parameter["schema"])
            from_body.add(name)
        elif parameter.get("required"):
            raise missing(name)
        else:
            continue
        check_value(name, value, parameter["schema"])
        typed[name] = value
    return canonical(typed, _as_object(op.parameters)), frozenset(from_body)


def _as_object(parameters: tuple[Mapping[str, Any], ...]) -> dict[str, Any]:
    return {"properties": {p["name"]: p["schema"] for p in parameters if p["in"] == "query"}}


def _checked_body(
    op: Operation,
    body: dict[str, Any] | None,
    error: Invalid | None,
    taken: frozenset[str] = frozenset(),
) -> tuple[dict[str, Any], tuple[str, ...]]:
    """The body's fields, checked and typed, and the names ignored (unknown to the spec)."""
    if error is not None and op.body_schema is not None:
        raise error
    hidden = set(_body_credential_names(op)) | taken
    given = {k: v for k, v in (body or {}).items() if k not in hidden}
    if op.body_schema is None:
        return {}, tuple(given)
    fields, ignored = read_fields(dict(integral(given, op.body_schema)), op.body_schema)
    check_object(fields, op.body_schema)
    return canonical(fields, op.body_schema), ignored


def _failure(fault: Fault) -> Response:
    headers = {"Retry-After": fault.retry_after} if fault.retry_after is not None else None
    if fault.body is not None:
        return Response(
            fault.body, fault.status, headers=headers, media_type=fault.content_type or "text/html"
        )
    error = fault.error or _phrase(fault.status)
    return JSONResponse({"error": error}, fault.status, headers=headers)


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:  # a status without a name, such as 599
        return "Error"


def _file_response(answer: File, truncate: bool) -> Response:
    content = answer.content
    total = len(content)
    # Half the file, then the connection drops while the client still expects the rest.
    end = total // 2 if truncate else total

    async def chunks() -> AsyncIterator[bytes]:
        for start in range(0, end, CHUNK):
            yield content[start : min(start + CHUNK, end)]
        if truncate:
            raise InjectedDisconnect(
                "peer closed connection without sending complete message body: "
                f"received {end} bytes, expected {total}"
            )

    disposition = "inline" if answer.inline else "attachment"
    headers = {
        "Content-Length": str(total),
        "Content-Disposition": f'{disposition}; filename="{answer.filename}"',
    }
    return StreamingResponse(chunks(), media_type=answer.media_type, headers=headers)
