"""``me``, ``token-info`` and ``call-and-bridge``: the account and the one-off bridged call."""

from __future__ import annotations

from typing import Annotated

import typer

from bulutfon_ext._redact import REDACTED
from bulutfon_ext.cli._app import app, get_state, session
from bulutfon_ext.cli._examples import examples
from bulutfon_ext.cli._output import to_data


@app.command(rich_help_panel="Account")
@examples("bulutfon me", "bulutfon me --json | jq .credit.balance")
def me(ctx: typer.Context) -> None:
    """Show the user, the PBX and the credit balance."""
    with session(ctx) as client:
        get_state(ctx).output.detail(client.me(), title="Account")


@app.command("token-info", rich_help_panel="Account")
@examples("bulutfon token-info")
def token_info(ctx: typer.Context) -> None:
    """Show whether the access token has expired and how long it has left."""
    with session(ctx) as client:
        info = to_data(client.token_info())
        if info.get("token"):
            info["token"] = REDACTED  # the token itself is never printed
        get_state(ctx).output.detail(info, title="Token")


@app.command("call-and-bridge", rich_help_panel="Calls")
@examples("bulutfon call-and-bridge --caller 908508850000 --callee 905321112233 --destination 1001")
def call_and_bridge(
    ctx: typer.Context,
    caller: Annotated[
        str, typer.Option("--caller", help="Your Bulutfon number the call comes from.")
    ],
    callee: Annotated[str, typer.Option("--callee", help="The number to call first.")],
    destination: Annotated[
        str,
        typer.Option(
            "--destination",
            help="Where to connect the answered call: a menu (2 digits), a group (3) or an "
            "extension (4).",
        ),
    ],
    timeout: Annotated[
        int | None,
        typer.Option("--timeout", min=1, help="Seconds to ring the callee.", show_default=False),
    ] = None,
) -> None:
    """Call CALLEE from CALLER and, once answered, connect it to DESTINATION."""
    with session(ctx) as client:
        result = client.call_and_bridge(
            caller=caller, callee=callee, destination=destination, timeout=timeout
        )
        get_state(ctx).output.result(result, "call started")
