"""Receiving Bulutfon webhooks and answering BulutfonXM in Flask (or any WSGI server).

    flask --app examples.inbound_flask:create_app run --port 8000

Webhook events arrive at /bulutfon/events (Basic auth: hook / BULUTFON_WEBHOOK_PASSWORD) and the
BulutfonXM app answers at /bulutfon/xm. Flask itself is optional here: ``wsgi_app`` at the
bottom is the same thing with no framework, for gunicorn or ``wsgiref``
(``python examples/inbound_flask.py`` serves it on port 8000).
"""

from __future__ import annotations

import os
from typing import Any

from bulutfon_ext import bfxm, webhooks

PASSWORD = os.environ.get("BULUTFON_WEBHOOK_PASSWORD", "change-me")
SEEN: list[webhooks.Event] = []


def on_event(event: webhooks.Event) -> None:
    """Runs for every webhook event (a real app stores it)."""
    SEEN.append(event)


def ivr(request: bfxm.BfxmRequest) -> bfxm.Bfon:
    """Ask for a 4-digit extension, then dial it; nothing typed in: the operator (menu 10)."""
    if request.step == 1:
        return bfxm.Bfon().gather(
            variable_name="extension",
            ask="https://example.com/prompts/which-extension.mp3",
            min_digits=4,
            max_digits=4,
            timeout=4000,
        )
    return bfxm.Bfon().dial(request.variables.get("extension") or "10")


def create_app() -> Any:
    """The Flask application (needs ``pip install flask``)."""
    from flask import Flask, Response, request

    app = Flask(__name__)

    @app.post("/bulutfon/events")
    def events() -> Response:
        if not webhooks.check_basic_auth(request.headers.get("Authorization"), "hook", PASSWORD):
            return Response("wrong credentials", 401, {"WWW-Authenticate": "Basic"})
        try:
            event = webhooks.parse_event(request.get_data(), request.content_type)
        except webhooks.WebhookError as error:
            return Response(str(error), 400)
        on_event(event)
        return Response("OK")

    @app.post("/bulutfon/xm")
    def xm() -> Response:
        try:
            call = bfxm.parse_request(request.get_data(), request.content_type)
        except bfxm.BfxmError as error:
            return Response(str(error), 400)
        return Response(ivr(call).to_json(), mimetype="application/json")

    return app


# No framework: two WSGI apps and a dispatcher on the path.
_events = webhooks.wsgi_app(on_event, username="hook", password=PASSWORD)
_xm = bfxm.wsgi_app(ivr)


def wsgi_app(environ: dict[str, Any], start_response: Any) -> Any:
    """Routes /bulutfon/events and /bulutfon/xm to the SDK's receivers; 404 elsewhere."""
    path = environ.get("PATH_INFO", "")
    if path == "/bulutfon/events":
        return _events(environ, start_response)
    if path == "/bulutfon/xm":
        return _xm(environ, start_response)
    start_response("404 Not Found", [("Content-Type", "text/plain")])
    return [b"not found\n"]


if __name__ == "__main__":
    from wsgiref.simple_server import make_server

    with make_server("127.0.0.1", 8000, wsgi_app) as server:
        print("serving on http://127.0.0.1:8000/bulutfon/{events,xm}")
        server.serve_forever()
