"""``dids``, ``extensions`` and ``groups``: the PBX's numbers, extensions and ring groups."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from bulutfon_api.models import Acl, ExtensionDestinationType, RedirectionType
from bulutfon_ext.cli._app import app, get_state, session
from bulutfon_ext.cli._common import add_delete, add_list_and_get, one_of, split_commas

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
EXTENSION_ID = "The extension's id."


add_list_and_get(
    dids,
    lambda client: client.dids,
    DID_COLUMNS,
    title="DIDs",
    list_help="List the numbers attached to the PBX.",
    item="DID",
    get_help="Show one number with its working hours.",
    id_help="The DID's id.",
)
add_list_and_get(
    extensions,
    lambda client: client.extensions,
    EXTENSION_COLUMNS,
    title="Extensions",
    list_help="List the extensions.",
    item="Extension",
    get_help="Show one extension with its redirection and call permissions.",
    id_help=EXTENSION_ID,
)


# The options create and update share. Create requires the first four; in update, as for the
# other options, None means "not given".
FULL_NAME = typer.Option("--full-name", help="The user's full name.")
EMAIL = typer.Option("--email", help="The user's email address.")
DID = typer.Option("--did", help="The number its outgoing calls show.")
NUMBER = typer.Option("--number", help="The extension number (4 digits).")
FullName = Annotated[str | None, FULL_NAME]
Email = Annotated[str | None, EMAIL]
Did = Annotated[str | None, DID]
Number = Annotated[int | None, NUMBER]
Redirection = Annotated[
    str | None,
    typer.Option("--redirection-type", help=f"{one_of(RedirectionType)}.", show_default=False),
]
Voicemail = Annotated[
    bool | None,
    typer.Option("--voicemail/--no-voicemail", help="Voicemail on or off.", show_default=False),
]
DestinationType = Annotated[
    str | None,
    typer.Option(
        "--destination-type",
        help=f"Where redirected calls go: {one_of(ExtensionDestinationType)}.",
    ),
]
DestinationNumber = Annotated[
    int | None, typer.Option("--destination-number", help="The extension, group or menu number.")
]
ExternalNumber = Annotated[
    str | None, typer.Option("--external-number", help="The phone number for EXTERNAL.")
]
AclOption = Annotated[
    list[str] | None,
    typer.Option(
        "--acl",
        help=f"Call permissions: {one_of(Acl, last=', ')} (repeat, or separate by commas).",
        show_default=False,
    ),
]


def _changes(**given: Any) -> dict[str, Any]:
    """The fields given, with ``--acl a,b --acl c`` as one list."""
    acl = given.pop("acl")
    changes = {name: value for name, value in given.items() if value is not None}
    if acl:
        changes["acl"] = split_commas(acl)
    return changes


@extensions.command("create")
def extensions_create(
    ctx: typer.Context,
    full_name: Annotated[str, FULL_NAME],
    email: Annotated[str, EMAIL],
    did: Annotated[str, DID],
    number: Annotated[int, NUMBER],
    redirection_type: Redirection = None,
    voicemail: Voicemail = None,
    destination_type: DestinationType = None,
    destination_number: DestinationNumber = None,
    external_number: ExternalNumber = None,
    acl: AclOption = None,
) -> None:
    """Create an extension."""
    optional = _changes(
        redirection_type=redirection_type,
        voicemail=voicemail,
        destination_type=destination_type,
        destination_number=destination_number,
        external_number=external_number,
        acl=acl,
    )
    with session(ctx) as client:
        result = client.extensions.create(
            full_name=full_name, email=email, did=did, number=number, **optional
        )
        get_state(ctx).output.result(result, "extension created")


@extensions.command("update")
def extensions_update(
    ctx: typer.Context,
    id: Annotated[int, typer.Argument(help=EXTENSION_ID)],
    full_name: FullName = None,
    email: Email = None,
    did: Did = None,
    number: Number = None,
    redirection_type: Redirection = None,
    voicemail: Voicemail = None,
    destination_type: DestinationType = None,
    destination_number: DestinationNumber = None,
    external_number: ExternalNumber = None,
    acl: AclOption = None,
) -> None:
    """Change the given fields of an extension; the others stay as they are."""
    changes = _changes(
        full_name=full_name,
        email=email,
        did=did,
        number=number,
        redirection_type=redirection_type,
        voicemail=voicemail,
        destination_type=destination_type,
        destination_number=destination_number,
        external_number=external_number,
        acl=acl,
    )
    with session(ctx, missing=f"no extension with id {id}") as client:
        result = client.extensions.update(id, **changes)
        get_state(ctx).output.result(result, "extension updated")


add_delete(
    extensions,
    lambda client: client.extensions,
    noun="extension",
    help="Delete an extension (asks first unless --yes).",
    id_help=EXTENSION_ID,
)
add_list_and_get(
    groups,
    lambda client: client.groups,
    GROUP_COLUMNS,
    title="Groups",
    list_help="List the ring groups.",
    item="Group",
    get_help="Show one ring group with its member extensions.",
    id_help="The group's id.",
)
