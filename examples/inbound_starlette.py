"""Receiving Bulutfon webhooks and answering BulutfonXM in Starlette (FastAPI works the same way).

    uvicorn examples.inbound_starlette:app --port 8000

then point a webhook at http://your-host:8000/bulutfon/events (Basic auth: hook / the password in
BULUTFON_WEBHOOK_PASSWORD) and a BulutfonXM app at http://your-host:8000/bulutfon/xm. To try it
without the provider: ``bulutfon bfxm call http://127.0.0.1:8000/bulutfon/xm --caller
905321112233 --digits 1,1234`` and ``python -m bulutfon_ext.fake --webhook-url
http://127.0.0.1:8000/bulutfon/events --webhook-auth hook:PASSWORD``.

Two ways are shown: mounting the SDK's ready-made ASGI receivers (they do Basic auth, 400 on a
bad body, no traceback), and a route of your own that calls ``parse_event`` itself. In FastAPI:
``app.router.routes.append(Route("/bulutfon/events", events_receiver, methods=["POST"]))``, or
the route body below in an ``@app.post(...)`` function taking ``request: Request``.
"""

from __future__ import annotations

import logging
import os

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from bulutfon_ext import bfxm, webhooks

log = logging.getLogger("example")
PASSWORD = os.environ.get("BULUTFON_WEBHOOK_PASSWORD", "change-me")
#: What the handlers saw, so the example's test can look (a real app writes to its database).
SEEN: list[webhooks.Event] = []


def on_event(event: webhooks.Event) -> None:
    """Runs for every webhook event."""
    SEEN.append(event)
    if isinstance(event, webhooks.CallHangup):
        log.info("call %s ended after %ss: %s", event.uuid, event.talk_duration, event.hangup_cause)
    elif isinstance(event, webhooks.MissingCall):
        log.info("missed a call from %s", event.caller)


def ivr(request: bfxm.BfxmRequest) -> bfxm.Bfon:
    """A small phone menu: 1 for sales (group 200), 2 for support after a 4-digit customer PIN."""
    prompts = "https://example.com/prompts"
    if request.step == 1:
        return (
            bfxm.Bfon()
            .set_caller_name("Müşteri")
            .gather(variable_name="choice", ask=f"{prompts}/menu.mp3", max_attempts=2)
        )
    choice = request.variables.get("choice") or request.returned
    if choice == "1":
        return bfxm.Bfon().dial("200")
    if choice == "2" and "pin" not in request.variables:
        return (
            bfxm.Bfon()
            .return_data("2")  # comes back as request.returned on the next step
            .gather(variable_name="pin", ask=f"{prompts}/pin.mp3", min_digits=4, max_digits=4)
        )
    if choice == "2":
        return bfxm.Bfon().set_caller_name(f"PIN {request.variables['pin']}").dial("1001")
    return bfxm.Bfon().play(f"{prompts}/goodbye.mp3").hangup()


events_receiver = webhooks.asgi_app(on_event, username="hook", password=PASSWORD)
xm_receiver = bfxm.asgi_app(ivr)


async def own_route(request: Request) -> PlainTextResponse:
    """The same, by hand: check the credentials, parse, answer 400 on a bad body."""
    if not webhooks.check_basic_auth(request.headers.get("authorization"), "hook", PASSWORD):
        return PlainTextResponse("wrong credentials", 401)
    try:
        event = webhooks.parse_event(await request.body(), request.headers.get("content-type"))
    except webhooks.WebhookError as error:
        return PlainTextResponse(str(error), 400)
    on_event(event)
    return PlainTextResponse("OK")


app = Starlette(
    routes=[
        # Route, not Mount: Mount would redirect /bulutfon/xm to /bulutfon/xm/, and the
        # provider does not follow redirects. The receivers are ASGI apps, so Route serves them.
        Route("/bulutfon/events", events_receiver, methods=["POST"]),
        Route("/bulutfon/xm", xm_receiver, methods=["POST"]),
        Route("/bulutfon/events-by-hand", own_route, methods=["POST"]),
    ]
)
