"""What the command groups share: option types, and the commands that differ only in their data.

``add_list``, ``add_list_and_get``, ``add_delete`` and ``add_download`` register a group's plain
``list``, ``get``, ``delete`` and ``download`` commands, given the client's resource
(``lambda client: client.dids``), the table columns, the titles and the help texts.

This module keeps its annotations evaluated (no ``from __future__ import annotations``): typer
reads a command's annotations, and those of the commands made here use the helpers' arguments
(``id_help``), which a string annotation could not refer to.
"""

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Annotated, Any, Protocol

import typer

from bulutfon_ext import Bulutfon
from bulutfon_ext.cli._app import get_state, session
from bulutfon_ext.cli._transfers import Fetch, download_many

Folder = Annotated[
    Path,
    typer.Option(
        "--output-dir", "-o", help="The folder to save into (created if missing).", file_okay=False
    ),
]
Jobs = Annotated[int, typer.Option("--jobs", "-j", min=1, help="Downloads at the same time.")]
Yes = Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")]


def split_commas(values: Iterable[str]) -> list[str]:
    """``--to a,b --to c`` as ``[a, b, c]``: repeated values, each one possibly comma-separated."""
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


class Listable(Protocol):
    def list(self) -> Iterable[Any]: ...


class Records(Listable, Protocol):
    def get(self, id: int) -> Any: ...


class Deletable(Protocol):
    def delete(self, id: int) -> Any: ...


def add_list(
    group: typer.Typer,
    resource: Callable[[Bulutfon], Listable],
    columns: Sequence[str],
    *,
    title: str,
    help: str,
) -> None:
    """``list``: every record of ``resource``, as a table of ``columns`` titled ``title``."""

    @group.command("list", help=help)
    def list_command(ctx: typer.Context) -> None:
        with session(ctx) as client:
            get_state(ctx).output.table(resource(client).list(), columns, title=title)


def add_list_and_get(
    group: typer.Typer,
    resource: Callable[[Bulutfon], Records],
    columns: Sequence[str],
    *,
    title: str,
    list_help: str,
    item: str,
    get_help: str,
    id_help: str,
) -> None:
    """``list`` (as ``add_list``) and ``get ID``: one record, titled ``"{item} {id}"``."""
    add_list(group, resource, columns, title=title, help=list_help)

    @group.command("get", help=get_help)
    def get_command(ctx: typer.Context, id: Annotated[int, typer.Argument(help=id_help)]) -> None:
        with session(ctx) as client:
            get_state(ctx).output.detail(resource(client).get(id), title=f"{item} {id}")


def add_delete(
    group: typer.Typer,
    resource: Callable[[Bulutfon], Deletable],
    *,
    noun: str,
    help: str,
    id_help: str,
) -> None:
    """``delete ID [--yes]``: asks "Delete {noun} {id}?" first unless --yes."""

    @group.command("delete", help=help)
    def delete_command(
        ctx: typer.Context,
        id: Annotated[int, typer.Argument(help=id_help)],
        yes: Yes = False,
    ) -> None:
        if not yes:
            typer.confirm(f"Delete {noun} {id}?", abort=True, err=True)
        with session(ctx) as client:
            result = resource(client).delete(id)
            get_state(ctx).output.result(result, f"{noun} deleted")


def add_download(
    group: typer.Typer,
    fetch: Callable[[Bulutfon], Fetch],
    *,
    help: str,
    uuids_help: str,
) -> None:
    """``download UUID... [-o FOLDER] [-j JOBS]``: several files at once, with ``fetch``."""

    @group.command("download", help=help)
    def download_command(
        ctx: typer.Context,
        uuids: Annotated[list[str], typer.Argument(help=uuids_help)],
        folder: Folder = Path("."),
        jobs: Jobs = 4,
    ) -> None:
        with session(ctx) as client:
            download_many(get_state(ctx), uuids, folder, fetch(client), jobs)
