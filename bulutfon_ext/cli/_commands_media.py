"""``faxes``, ``announcements`` and ``autocalls``: what is sent, played and received as files."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from bulutfon_ext import Bulutfon
from bulutfon_ext._rules import bounds
from bulutfon_ext.cli._app import app
from bulutfon_ext.cli._common import (
    add_delete,
    add_download,
    add_list,
    add_list_and_get,
    change,
    split_commas,
)
from bulutfon_ext.cli._examples import examples
from bulutfon_ext.resources.automatic_calls import DAYS

faxes = typer.Typer(help="Received and sent faxes; send one.", no_args_is_help=True)
incoming = typer.Typer(help="Received faxes (TIFF).", no_args_is_help=True)
outgoing = typer.Typer(help="Sent faxes and each recipient's state.", no_args_is_help=True)
announcements = typer.Typer(
    help="Audio files for menus, groups and automatic calls.", no_args_is_help=True
)
autocalls = typer.Typer(help="Automatic (robo) calls.", no_args_is_help=True)
app.add_typer(faxes, name="faxes", rich_help_panel="Files")
faxes.add_typer(incoming, name="incoming")
faxes.add_typer(outgoing, name="outgoing")
app.add_typer(announcements, name="announcements", rich_help_panel="Files")
app.add_typer(autocalls, name="autocalls", rich_help_panel="Calls")

INCOMING_COLUMNS = ("uuid", "sender", "receiver", "created_at")
OUTGOING_COLUMNS = ("id", "title", "did", "recipient_count", "created_at")
ANNOUNCEMENT_COLUMNS = ("id", "name", "file_name", "is_on_hold_music", "created_at")
AUTOCALL_COLUMNS = ("id", "title", "did", "announcement", "sound_url", "gather", "created_at")

Receivers = Annotated[
    list[str],
    typer.Option("--to", help="A number to send to (repeat, or separate by commas)."),
]
SenderDid = Annotated[str, typer.Option("--did", help="Your Bulutfon number to send from.")]
ExistingFile = Annotated[
    Path, typer.Argument(exists=True, dir_okay=False, readable=True, help="The file to send.")
]


# --- faxes -----------------------------------------------------------------------------------


add_list(incoming, Bulutfon.incoming_faxes, INCOMING_COLUMNS, title="Incoming faxes")
add_download(
    incoming,
    Bulutfon.incoming_faxes,
    noun="incoming fax",
    examples=("bulutfon faxes incoming download UUID -d faxes/",),
)
add_list_and_get(
    outgoing,
    Bulutfon.outgoing_faxes,
    OUTGOING_COLUMNS,
    item="Fax",
    title="Outgoing faxes",
    list_examples=("bulutfon faxes outgoing list --json",),
)


@faxes.command("send")
@examples("bulutfon faxes send --title Invoice --to 905321112233 --did 908508850000 invoice.pdf")
def faxes_send(
    ctx: typer.Context,
    file: ExistingFile,
    title: Annotated[str, typer.Option("--title", help="The fax's title.")],
    receivers: Receivers,
    did: SenderDid,
) -> None:
    """Fax a PDF, JPEG, PNG or TIFF file to one or more numbers."""
    numbers = split_commas(receivers)
    change(
        ctx,
        lambda client: client.outgoing_faxes.send(
            title=title, receivers=numbers, did=did, attachment=file
        ),
        "fax queued",
    )


# --- announcements ---------------------------------------------------------------------------


add_list(announcements, Bulutfon.announcements, ANNOUNCEMENT_COLUMNS, title="Announcements")


@announcements.command("upload")
@examples("bulutfon announcements upload welcome.wav --name Welcome")
def announcements_upload(
    ctx: typer.Context,
    file: Annotated[
        Path, typer.Argument(exists=True, dir_okay=False, readable=True, help="A WAV or MP3 file.")
    ],
    name: Annotated[str, typer.Option("--name", help="The announcement's name.")],
) -> None:
    """Upload a WAV or MP3 file as a new announcement."""
    change(
        ctx,
        lambda client: client.announcements.create(name=name, file=file),
        "announcement uploaded",
    )


add_delete(announcements, Bulutfon.announcements, noun="announcement")
add_download(
    announcements,
    Bulutfon.announcements,
    noun="announcement",
    examples=("bulutfon announcements download 1 -o welcome.wav",),
)


# --- automatic calls -------------------------------------------------------------------------


add_list_and_get(autocalls, Bulutfon.automatic_calls, AUTOCALL_COLUMNS, item="Automatic call")


def _calling_hours(values: list[str]) -> dict[str, tuple[str, str] | None]:
    """``mon=09:00-18:00`` / ``sun=off`` as the SDK's ``calling_hours``: only the syntax is
    checked here; the SDK checks the days and the times (its errors name --hours)."""
    hours: dict[str, tuple[str, str] | None] = {}
    for value in values:
        day, equals, span = (part.strip() for part in value.partition("="))
        start, dash, finish = (part.strip() for part in span.partition("-"))
        off = span.lower() == "off"
        if not (day and equals and (off or (start and dash and finish))):
            raise typer.BadParameter(
                f"{value!r}: expected DAY=HH:MM-HH:MM or DAY=off (DAY: {DAYS[0]}..{DAYS[-1]})",
                param_hint="--hours",
            )
        hours[day.lower()] = None if off else (start, finish)
    return hours


# What an automatic call plays and how it rings. Which of the first three go together is the
# spec's rule, which the SDK checks before sending: its error names these options (`session`).
ANNOUNCEMENT_ID = typer.Option("--announcement-id", help="Play this announcement.")
SOUND_URL = typer.Option("--sound-url", help="Play the audio at this http(s) URL.")
XM_ID = typer.Option("--xm-id", help="Hand the call to this BulutfonXM app.")
XM_DATA = typer.Option("--xm-data", help="Data passed to the BulutfonXM app.")
RING = bounds("AutomaticCallCreate", "timeout")  # the spec's range for the ring time
TIMEOUT = typer.Option(
    "--timeout", min=RING[0], max=RING[1], help=f"Seconds to ring ({RING[0]}-{RING[1]})."
)
GATHER = typer.Option("--gather/--no-gather", help="Collect a keypress.", show_default=False)


@autocalls.command("create")
@examples(
    "bulutfon autocalls create --title Survey --to 905321112233 --did 908508850000 --announcement-id 2 --hours mon=09:00-18:00 --hours sun=off"
)
def autocalls_create(
    ctx: typer.Context,
    title: Annotated[str, typer.Option("--title", help="The automatic call's title.")],
    receivers: Receivers,
    did: SenderDid,
    announcement_id: Annotated[int | None, ANNOUNCEMENT_ID] = None,
    sound_url: Annotated[str | None, SOUND_URL] = None,
    bulutfon_xm_id: Annotated[int | None, XM_ID] = None,
    bulutfon_xm_data: Annotated[str | None, XM_DATA] = None,
    timeout: Annotated[int | None, TIMEOUT] = None,
    gather: Annotated[bool | None, GATHER] = None,
    calling_hours: Annotated[
        list[str] | None,
        typer.Option(
            "--hours",
            help="When calls may be made: DAY=HH:MM-HH:MM or DAY=off, DAY one of "
            f"{DAYS[0]}..{DAYS[-1]} (repeat for each day).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Start calls to the --to numbers that play an announcement, the audio at a URL, or a
    BulutfonXM app (one of --announcement-id, --sound-url, --xm-id)."""
    # Named as the SDK's arguments, so that its errors name these options (`session`).
    fields: dict[str, Any] = {
        "title": title,
        "receivers": split_commas(receivers),
        "did": did,
        "announcement_id": announcement_id,
        "sound_url": sound_url,
        "bulutfon_xm_id": bulutfon_xm_id,
        "bulutfon_xm_data": bulutfon_xm_data,
        "timeout": timeout,
        "gather": gather,
    }
    if calling_hours:
        fields["calling_hours"] = _calling_hours(calling_hours)
    change(ctx, lambda client: client.automatic_calls.create(**fields), "automatic call created")
