"""What the inbound receivers share with the fake: answering an ASGI server's lifespan."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bulutfon_ext import bfxm, webhooks
from bulutfon_ext.fake import FakeBulutfon

APPS: dict[str, Callable[[], Any]] = {
    "webhooks": lambda: webhooks.asgi_app(lambda event: None),
    "bfxm": lambda: bfxm.asgi_app(lambda request: bfxm.Bfon().hangup()),
    "fake": lambda: FakeBulutfon().app,
}


@pytest.mark.parametrize("name", APPS)
async def test_the_lifespan_protocol_is_answered(name: str) -> None:
    # uvicorn and Starlette's TestClient send these; an app that ignores them stalls startup.
    incoming = iter([{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}])
    sent: list[str] = []

    async def receive() -> dict[str, str]:
        return next(incoming)

    async def send(message: dict[str, Any]) -> None:
        sent.append(message["type"])

    await APPS[name]()({"type": "lifespan"}, receive, send)
    assert sent == ["lifespan.startup.complete", "lifespan.shutdown.complete"]
