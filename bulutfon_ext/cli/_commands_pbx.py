"""``dids``, ``extensions`` and ``groups``: the PBX's numbers, extensions and ring groups."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from bulutfon_api.models import Acl, ExtensionDestinationType, RedirectionType
from bulutfon_ext import Bulutfon
from bulutfon_ext.cli._app import app
from bulutfon_ext.cli._common import (
    add_delete,
    add_list_and_get,
    change,
    id_help,
    one_of,
    split_commas,
    with_options,
)
from bulutfon_ext.cli._examples import examples

dids = typer.Typer(help="The PBX's phone numbers (DIDs).", no_args_is_help=True)
extensions = typer.Typer(
    help="List, show, create, change and delete extensions.", no_args_is_help=True
)
groups = typer.Typer(help="Ring groups and their members.", no_args_is_help=True)
app.add_typer(dids, name="dids", rich_help_panel="PBX")
app.add_typer(extensions, name="extensions", rich_help_panel="PBX")
app.add_typer(groups, name="groups", rich_help_panel="PBX")

DID_COLUMNS = ("id", "number", "state", "destination_type", "destination_number", "working_hour")
EXTENSION_COLUMNS = ("id", "number", "caller_name", "email", "registered")
GROUP_COLUMNS = ("id", "number", "name", "timeout", "delay_time", "ring_duration")


add_list_and_get(
    dids,
    Bulutfon.dids,
    DID_COLUMNS,
    item="DID",
    list_examples=("bulutfon dids list --json | jq '.[].number'",),
)
add_list_and_get(extensions, Bulutfon.extensions, EXTENSION_COLUMNS, item="Extension")


# The options create and update share. Create requires the first four; in update, as for the
# other options, None means "not given".
FULL_NAME = typer.Option("--full-name", help="The user's full name.")
EMAIL = typer.Option("--email", help="The user's email address.")
DID = typer.Option("--did", help="The number its outgoing calls show.")
NUMBER = typer.Option("--number", help="The extension number (4 digits).")
#: The settings both commands take as they are (None: not given), given to them as ``settings``.
SETTINGS = {
    "redirection_type": Annotated[
        str | None,
        typer.Option("--redirection-type", help=f"{one_of(RedirectionType)}.", show_default=False),
    ],
    "voicemail": Annotated[
        bool | None,
        typer.Option("--voicemail/--no-voicemail", help="Voicemail on or off.", show_default=False),
    ],
    "destination_type": Annotated[
        str | None,
        typer.Option(
            "--destination-type",
            help=f"Where redirected calls go: {one_of(ExtensionDestinationType)}.",
        ),
    ],
    "destination_number": Annotated[
        int | None,
        typer.Option("--destination-number", help="The extension, group or menu number."),
    ],
    "external_number": Annotated[
        str | None, typer.Option("--external-number", help="The phone number for EXTERNAL.")
    ],
    "acl": Annotated[
        list[str] | None,
        typer.Option(
            "--acl",
            help=f"Call permissions: {one_of(Acl, last=', ')} (repeat, or separate by commas).",
            show_default=False,
        ),
    ],
}


def _changes(**given: Any) -> dict[str, Any]:
    """The fields given, with ``--acl a,b --acl c`` as one list."""
    acl = given.pop("acl")
    changes = {name: value for name, value in given.items() if value is not None}
    if acl:
        changes["acl"] = split_commas(acl)
    return changes


@extensions.command("create")
@examples(
    "bulutfon extensions create --full-name 'Ayşe Kaya' --email ayse@example.com --did 908508850000 --number 1005"
)
@with_options(SETTINGS, into="settings")
def extensions_create(
    ctx: typer.Context,
    full_name: Annotated[str, FULL_NAME],
    email: Annotated[str, EMAIL],
    did: Annotated[str, DID],
    number: Annotated[int, NUMBER],
    *,
    settings: dict[str, Any],
) -> None:
    """Create an extension."""
    optional = _changes(**settings)
    change(
        ctx,
        lambda client: client.extensions.create(
            full_name=full_name, email=email, did=did, number=number, **optional
        ),
        "extension created",
    )


@extensions.command("update")
@examples("bulutfon extensions update 1 --voicemail")
@with_options(SETTINGS, into="settings")
def extensions_update(
    ctx: typer.Context,
    id: Annotated[int, typer.Argument(help=id_help("extension"))],
    full_name: Annotated[str | None, FULL_NAME] = None,
    email: Annotated[str | None, EMAIL] = None,
    did: Annotated[str | None, DID] = None,
    number: Annotated[int | None, NUMBER] = None,
    *,
    settings: dict[str, Any],
) -> None:
    """Change the given fields of an extension; the others stay as they are."""
    identity = {"full_name": full_name, "email": email, "did": did, "number": number}
    changes = _changes(**identity, **settings)
    change(
        ctx,
        lambda client: client.extensions.update(id, **changes),
        "extension updated",
        missing=f"no extension with id {id}",
    )


add_delete(extensions, Bulutfon.extensions, noun="extension")
add_list_and_get(groups, Bulutfon.groups, GROUP_COLUMNS, item="Group")
