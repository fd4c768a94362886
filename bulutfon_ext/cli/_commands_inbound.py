"""``webhooks listen`` and ``bfxm call``: developing the receiving end, without the provider.

``webhooks listen`` serves a webhook receiver (the standard library's WSGI server: no extra
dependency) and prints each event as it arrives. ``bfxm call`` plays a caller against a
BulutfonXM app, step by step, as the provider does. Whatever arrives is printed through the
terminal-safety filter, and Basic credentials are never printed.
"""

from __future__ import annotations

import json
import signal
import sys
import uuid as uuid_module
from typing import Annotated, Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import typer

from bulutfon_ext import webhooks
from bulutfon_ext._dialogue import run_dialogue
from bulutfon_ext.cli._app import CliError, ExitCode, app, get_state, reporting
from bulutfon_ext.cli._examples import examples
from bulutfon_ext.cli._output import _JSON_UNSAFE, safe

ENV_USERNAME = "BULUTFON_WEBHOOK_USERNAME"
ENV_PASSWORD = "BULUTFON_WEBHOOK_PASSWORD"

webhooks_app = typer.Typer(
    help="Receive webhook events while you develop (nothing to install).", no_args_is_help=True
)
bfxm_app = typer.Typer(help="Try a BulutfonXM app as a caller would.", no_args_is_help=True)
app.add_typer(webhooks_app, name="webhooks", rich_help_panel="Inbound")
app.add_typer(bfxm_app, name="bfxm", rich_help_panel="Inbound")

Username = Annotated[
    str | None,
    typer.Option(
        "--username",
        envvar=ENV_USERNAME,
        help=f"Basic auth user name (or {ENV_USERNAME}).",
        show_default=False,
    ),
]
Password = Annotated[
    str | None,
    typer.Option(
        "--password",
        envvar=ENV_PASSWORD,
        help=f"Basic auth password (or {ENV_PASSWORD}); never printed.",
        show_default=False,
    ),
]


def _auth(state: Any, username: str | None, password: str | None) -> tuple[str, str] | None:
    if (username is None) != (password is None):
        raise typer.BadParameter("give both --username and --password, or neither")
    if username is None or password is None:
        return None
    state.extra_secrets += [password]
    return username, password


def _json_line(fields: Any) -> str:
    text = json.dumps(fields, ensure_ascii=False, default=str)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def event_line(event: webhooks.Event) -> str:
    """One event as a line for people: time, type, caller → callee, what is particular to it."""
    when = event.timestamp.strftime("%Y-%m-%d %H:%M:%S") if event.timestamp else "-"
    parts = [when, event.event_type, f"{event.caller or '?'} → {event.callee or '?'}"]
    if isinstance(
        event,
        webhooks.CallReachedExtension | webhooks.CallReachedGroup | webhooks.CallReachedMenu,
    ):
        parts.append(f"destination={event.destination}")
    if isinstance(event, webhooks.CallHangup):
        parts.append(f"talked={event.talk_duration}s {event.hangup_cause} {event.hangup_detail}")
    if event.autodial:
        parts.append(f"autodial data={event.additional_data}")
    parts.append(f"uuid={event.uuid}")
    return safe("  ".join(parts), one_line=True)


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass  # each event is printed by the command itself; access lines would only repeat it


class _Server(WSGIServer):
    """Answers each request whole: a Ctrl-C or SIGTERM that comes meanwhile waits until the
    answer is sent. (wsgiref catches anything raised while it answers, even those, prints a
    traceback and serves on: the signal would be lost.)"""

    def process_request(self, request: Any, client_address: Any) -> None:
        if not hasattr(signal, "pthread_sigmask"):  # Windows: no signal masks
            return super().process_request(request, client_address)
        previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
        try:
            super().process_request(request, client_address)
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, previous)


@webhooks_app.command("listen")
@examples("bulutfon webhooks listen --port 8000 --count 1")
def listen(
    ctx: typer.Context,
    port: Annotated[int, typer.Option("--port", help="Port; 0 picks a free one.")] = 8000,
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    username: Username = None,
    password: Password = None,
    count: Annotated[
        int | None,
        typer.Option("--count", min=1, help="Stop after this many events.", show_default=False),
    ] = None,
) -> None:
    """Receive webhook events and print each one (a line, or a JSON line with --json).

    Point a webhook (or `python -m bulutfon_ext.fake --webhook-url`) at the URL printed first.
    Requests with wrong Basic credentials get 401, unreadable ones 400; both are noted on stderr.
    """
    state = get_state(ctx)
    with reporting(state):
        auth = _auth(state, username, password)
        received = 0

        def handle(event: webhooks.Event) -> None:
            nonlocal received
            received += 1
            line = _json_line(event.raw) if state.json else event_line(event)
            print(line, flush=True)

        inner = webhooks.wsgi_app(handle, username=auth and auth[0], password=auth and auth[1])

        def noting(environ: dict[str, Any], start_response: Any) -> Any:
            def start(status: str, headers: Any, *rest: Any) -> Any:
                if not status.startswith("200"):
                    sys.stderr.write(safe(f"refused: {status}", one_line=True) + "\n")
                return start_response(status, headers, *rest)

            return inner(environ, start)

        try:
            server: WSGIServer = make_server(
                host, port, noting, server_class=_Server, handler_class=_QuietHandler
            )
        except OSError as error:
            raise CliError(f"cannot listen on {host}:{port}: {error.strerror or error}") from None
        with server:
            print(f"http://{host}:{server.server_port}/", flush=True)
            sys.stderr.write("Listening for webhook events; Ctrl-C stops.\n")
            try:
                while count is None or received < count:
                    server.handle_request()
            except KeyboardInterrupt:
                pass


@bfxm_app.command("call")
@examples("bulutfon bfxm call http://127.0.0.1:9000/app --caller 905321112233 --digits 1,42")
def call(
    ctx: typer.Context,
    url: Annotated[str, typer.Argument(help="The BulutfonXM app's URL.")],
    caller: Annotated[str, typer.Option("--caller", help="The calling number.")],
    callee: Annotated[
        str, typer.Option("--callee", help="Your Bulutfon number that was called.")
    ] = "908500000000",
    digits: Annotated[
        str,
        typer.Option("--digits", help="Keys pressed at each gather, comma-separated: 1,42."),
    ] = "",
    username: Username = None,
    password: Password = None,
    body_format: Annotated[
        str, typer.Option("--format", help="How requests are sent: form or json.")
    ] = "form",
) -> None:
    """Call URL as the provider does and print each step: the request, the actions, the outcome.

    Exits 1 when the app answered something the provider would not play.
    """
    state = get_state(ctx)
    with reporting(state):
        if not url.startswith(("http://", "https://")):
            raise typer.BadParameter(f"{url!r} must be an http(s) URL", param_hint="URL")
        if body_format not in ("form", "json"):
            raise typer.BadParameter("must be form or json", param_hint="--format")
        keys = [d.strip() for d in digits.split(",") if d.strip()]
        bad = [k for k in keys if not k.rstrip("#").isdigit()]
        if bad:
            raise typer.BadParameter(f"{', '.join(bad)}: digits only", param_hint="--digits")
        auth = _auth(state, username, password)
        transcript = run_dialogue(
            url,
            uuid=str(uuid_module.uuid4()),
            caller=caller,
            callee=callee,
            digits=keys,
            auth=auth,
            fmt="json" if body_format == "json" else "form",
        )
        if state.json:
            for turn in transcript.turns:
                print(
                    _json_line(
                        {
                            "step": turn.step,
                            "request": dict(turn.request),
                            "actions": [a.to_dict() for a in turn.actions],
                            "notes": turn.notes,
                        }
                    )
                )
            print(_json_line({"outcome": transcript.outcome}))
        else:
            for line in transcript.lines():
                print(safe(line, one_line=True))
        if transcript.outcome.startswith("error"):
            raise typer.Exit(ExitCode.ERROR)
