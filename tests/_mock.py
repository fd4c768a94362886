"""A scripted httpx transport for the ergonomic-layer tests (sync and async alike), and bodies."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

TOKEN = "tok-SECRET-123"
NO_DIDS: dict[str, list[object]] = {"dids": []}  # the shortest good answer to dids.list()
Reply = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


class Script(httpx.MockTransport):
    """Answers each request with the next reply; records every request it saw."""

    def __init__(self, *replies: Reply, default: Reply | None = None) -> None:
        self.replies = list(replies)
        self.default = default
        self.requests: list[httpx.Request] = []
        super().__init__(self._answer)

    def _answer(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        reply = self.replies.pop(0) if self.replies else self.default
        if reply is None:
            raise AssertionError(f"unexpected request {request.method} {request.url}")
        if isinstance(reply, Exception):
            raise reply
        if callable(reply) and not isinstance(reply, httpx.Response):
            return reply(request)
        return reply

    @property
    def paths(self) -> list[str]:
        return [r.url.path for r in self.requests]


def cdr(uuid: str = "u1") -> dict[str, Any]:
    """A CDR with only the fields the spec marks as always sent."""
    return {
        "uuid": uuid,
        "direction": "IN",
        "caller": 905001112233,
        "callee": 902120000000,
        "call_time": "2017-03-15T09:46:06+03:00",
        "missing_call": False,
    }


def json_reply(body: Any, status: int = 200, **headers: str) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)
