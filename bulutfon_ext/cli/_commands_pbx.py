"""``dids``, ``extensions`` and ``groups``: the PBX's numbers, extensions and ring groups."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from bulutfon_ext.cli._app import app, get_state, session

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


@dids.command("list")
def dids_list(ctx: typer.Context) -> None:
    """List the numbers attached to the PBX."""
    with session(ctx) as client:
        get_state(ctx).output.table(client.dids.list(), DID_COLUMNS, title="DIDs")


@dids.command("get")
def dids_get(ctx: typer.Context, id: Annotated[int, typer.Argument(help="The DID's id.")]) -> None:
    """Show one number with its working hours."""
    with session(ctx) as client:
        get_state(ctx).output.detail(client.dids.get(id), title=f"DID {id}")


@extensions.command("list")
def extensions_list(ctx: typer.Context) -> None:
    """List the extensions."""
    with session(ctx) as client:
        get_state(ctx).output.table(client.extensions.list(), EXTENSION_COLUMNS, title="Extensions")


@extensions.command("get")
def extensions_get(
    ctx: typer.Context, id: Annotated[int, typer.Argument(help="The extension's id.")]
) -> None:
    """Show one extension with its redirection and call permissions."""
    with session(ctx) as client:
        get_state(ctx).output.detail(client.extensions.get(id), title=f"Extension {id}")


# The options create and update share; each None means "not given".
FullName = Annotated[str | None, typer.Option("--full-name", help="The user's full name.")]
Email = Annotated[str | None, typer.Option("--email", help="The user's email address.")]
Did = Annotated[str | None, typer.Option("--did", help="The number its outgoing calls show.")]
Number = Annotated[int | None, typer.Option("--number", help="The extension number (4 digits).")]
Redirection = Annotated[
    str | None,
    typer.Option("--redirection-type", help="NONE, ALWAYS or UNREACHABLE.", show_default=False),
]
Voicemail = Annotated[
    bool | None,
    typer.Option("--voicemail/--no-voicemail", help="Voicemail on or off.", show_default=False),
]
DestinationType = Annotated[
    str | None,
    typer.Option(
        "--destination-type",
        help="Where redirected calls go: EXTENSION, GROUP, AUTOATTENDANT or EXTERNAL.",
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
        help="Call permissions: domestic, gsm, international (repeat, or separate by commas).",
        show_default=False,
    ),
]


def _changes(**given: Any) -> dict[str, Any]:
    """The fields given, with ``--acl a,b --acl c`` as one list."""
    acl = given.pop("acl")
    changes = {name: value for name, value in given.items() if value is not None}
    if acl:
        changes["acl"] = [part.strip() for item in acl for part in item.split(",") if part.strip()]
    return changes


@extensions.command("create")
def extensions_create(
    ctx: typer.Context,
    full_name: Annotated[str, typer.Option("--full-name", help="The user's full name.")],
    email: Annotated[str, typer.Option("--email", help="The user's email address.")],
    did: Annotated[str, typer.Option("--did", help="The number its outgoing calls show.")],
    number: Annotated[int, typer.Option("--number", help="The extension number (4 digits).")],
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
    id: Annotated[int, typer.Argument(help="The extension's id.")],
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
    with session(ctx) as client:
        result = client.extensions.update(id, **changes)
        get_state(ctx).output.result(result, "extension updated")


@extensions.command("delete")
def extensions_delete(
    ctx: typer.Context,
    id: Annotated[int, typer.Argument(help="The extension's id.")],
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
) -> None:
    """Delete an extension (asks first unless --yes)."""
    if not yes:
        typer.confirm(f"Delete extension {id}?", abort=True, err=True)
    with session(ctx) as client:
        result = client.extensions.delete(id)
        get_state(ctx).output.result(result, "extension deleted")


@groups.command("list")
def groups_list(ctx: typer.Context) -> None:
    """List the ring groups."""
    with session(ctx) as client:
        get_state(ctx).output.table(client.groups.list(), GROUP_COLUMNS, title="Groups")


@groups.command("get")
def groups_get(
    ctx: typer.Context, id: Annotated[int, typer.Argument(help="The group's id.")]
) -> None:
    """Show one ring group with its member extensions."""
    with session(ctx) as client:
        get_state(ctx).output.detail(client.groups.get(id), title=f"Group {id}")
