"""What the command groups share: option types, and the commands that differ only in their data.

``add_list``, ``add_list_and_get``, ``add_delete`` and ``add_download`` register a group's plain
``list``, ``get``, ``delete`` and ``download`` commands, given the client's resource
(``Bulutfon.dids``), the table columns, the titles and what only the command can say. The rest
is derived: a list's or get's help is the spec's summary of the operation the resource's class
names for it (``_list``, ``_get``), and its simplest example is its path with a sample id
(``_examples``). ``change`` is the body of the commands that write, for those written out.

This module keeps its annotations evaluated (no ``from __future__ import annotations``): typer
reads a command's annotations, and those of the commands made here use the helpers' arguments
(``noun``, ``uuids_help``), which a string annotation could not refer to.
"""

import functools
import inspect
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Protocol

import typer

from bulutfon_ext import Bulutfon
from bulutfon_ext._downloads import Progress
from bulutfon_ext._lazy import LazyResource
from bulutfon_ext._resource import shape_operation
from bulutfon_ext.cli._app import CliError, ExitCode, State, get_state, report, session
from bulutfon_ext.cli._examples import examples as with_examples
from bulutfon_ext.cli._transfers import Missing, download_many

# -o is a file everywhere (one output), -d a folder (many), as in curl and wget.
Folder = Annotated[
    Path | None,
    typer.Option(
        "--dir", "-d", help="The folder to save into (created if missing).", file_okay=False
    ),
]
OneFile = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        help="The file to save one download as (instead of <id>.<ext> in --dir).",
        dir_okay=False,
        show_default=False,
    ),
]
Jobs = Annotated[int, typer.Option("--jobs", "-j", min=1, help="Downloads at the same time.")]
Yes = Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")]


class NeedsConfirmation(CliError):
    """A destructive command without --yes where nobody can answer its question."""

    exit_code = ExitCode.USAGE


def confirm(state: State, question: str, refusal: str) -> None:
    """Ask ``question`` on the terminal; without one (a script, a pipe), refuse cleanly.

    A prompt nobody can answer would read the script's input as the answer, or end in a bare
    "Aborted." with exit status 1: instead the command says to pass --yes and exits 2."""
    if not sys.stdin.isatty():
        raise typer.Exit(report(state, NeedsConfirmation(f"{refusal} (pass --yes)")))
    typer.confirm(question, abort=True, err=True)


def check_targets(ids: Sequence[str], output: Path | None, folder: Path | None) -> Path:
    """The target of a download command: the -o file for one id, else the -d folder."""
    if output is None:
        return folder or Path(".")
    if folder is not None:
        raise typer.BadParameter("give -o FILE or -d FOLDER, not both", param_hint="'-o'")
    if len(ids) != 1:
        raise typer.BadParameter(
            f"-o names one file, but {len(ids)} were asked for; use -d FOLDER for several",
            param_hint="'-o'",
        )
    return output


def change(
    ctx: typer.Context,
    call: Callable[[Bulutfon], Any],
    fallback: str,
    *,
    missing: str | None = None,
) -> None:
    """Make one change with ``call(client)`` and print the server's answer (its message, or
    ``fallback`` when it has none); ``missing`` is what a 404 means, as for ``session``."""
    with session(ctx, missing=missing) as client:
        get_state(ctx).output.result(call(client), fallback)


def with_options(
    options: Mapping[str, Any], *, into: str
) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Give a command ``options`` (name: its ``Annotated`` type, each defaulting to None) as
    well as its own parameters, and pass it their values together, as the dict ``into``: for
    options several commands share, declared once. Typer reads the command's signature, so the
    one it sees is the command's own (without ``into``) followed by ``options``."""

    def decorate(command: Callable[..., None]) -> Callable[..., None]:
        @functools.wraps(command)
        def run(**given: Any) -> None:
            shared = {name: given.pop(name) for name in options}
            command(**given, **{into: shared})

        own = inspect.signature(command, eval_str=True)
        kept = [p for p in own.parameters.values() if p.name != into]
        added = [
            inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=None, annotation=kind)
            for name, kind in options.items()
        ]
        run.__signature__ = own.replace(parameters=[*kept, *added])  # type: ignore[attr-defined]
        return run

    return decorate


def split_commas(values: Iterable[str]) -> list[str]:
    """``--to a,b --to c`` as ``[a, b, c]``: repeated values, each one possibly comma-separated."""
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def id_help(noun: str) -> str:
    """The help of an ``ID`` argument: ``The extension's id.``"""
    return f"The {noun}'s id."


class Listable(Protocol):
    def list(self) -> Iterable[Any]: ...


class Records(Listable, Protocol):
    def get(self, id: int) -> Any: ...


class Deletable(Protocol):
    def delete(self, id: int) -> Any: ...


class Downloadable(Protocol):
    # by uuid (a recording, a fax) or by id (an announcement), as the spec's path names it
    def download(self, key: Any, to: Path, progress: Progress, /) -> Path | None: ...


def summary(resource: LazyResource[Any], shape: str) -> str:
    """The spec's summary of the operation the resource's class names for ``shape`` ("list",
    "get", "download"), as a command's one-line help: "List the PBX's phone numbers."."""
    operation = shape_operation(resource.load(), shape)
    if operation is None or not operation.summary:
        raise TypeError(f"{resource!r} names no operation with a summary for {shape!r}")
    return f"{operation.summary.rstrip('.')}."


def add_list(
    group: typer.Typer,
    resource: LazyResource[Listable],
    columns: Sequence[str],
    *,
    title: str,
    examples: Sequence[str] = (),
) -> None:
    """``list``: every record of ``resource`` (``Bulutfon.dids``), as a table of ``columns``
    titled ``title``; its help is the spec's summary of the list, its first example
    ``bulutfon <path>``, then ``examples``."""

    @group.command("list", help=summary(resource, "list"))
    @with_examples(*examples, sample="")
    def list_command(ctx: typer.Context) -> None:
        with session(ctx) as client:
            get_state(ctx).output.table(resource.of(client).list(), columns, title=title)


def add_list_and_get(
    group: typer.Typer,
    resource: LazyResource[Records],
    columns: Sequence[str],
    *,
    item: str,
    title: str | None = None,
    list_examples: Sequence[str] = (),
    get_examples: Sequence[str] = (),
) -> None:
    """``list`` (as ``add_list``, titled ``title`` or ``"{item}s"``) and ``get ID``: one record,
    titled ``"{item} {id}"`` (a missing one is ``no {item} with id {id}``), its help the spec's
    summary of the get, its first example ``bulutfon <path> 1``."""
    add_list(group, resource, columns, title=title or f"{item}s", examples=list_examples)
    noun = item if item.isupper() else item.lower()

    @group.command("get", help=summary(resource, "get"))
    @with_examples(*get_examples, sample="1")
    def get_command(
        ctx: typer.Context, id: Annotated[int, typer.Argument(help=id_help(noun))]
    ) -> None:
        with session(ctx, missing=f"no {noun} with id {id}") as client:
            get_state(ctx).output.detail(resource.of(client).get(id), title=f"{item} {id}")


def add_delete(
    group: typer.Typer,
    resource: LazyResource[Deletable],
    *,
    noun: str,
    examples: Sequence[str] = (),
) -> None:
    """``delete ID [--yes]``: asks "Delete {noun} {id}?" first unless --yes (and refuses
    without a terminal to ask on); its first example ``bulutfon <path> 1 --yes``."""

    @group.command("delete", help=f"Delete {noun} ID (asks first unless --yes).")
    @with_examples(*examples, sample="1 --yes")
    def delete_command(
        ctx: typer.Context,
        id: Annotated[int, typer.Argument(help=id_help(noun))],
        yes: Yes = False,
    ) -> None:
        if not yes:
            confirm(
                get_state(ctx),
                f"Delete {noun} {id}?",
                f"not deleting {noun} {id} without confirmation: no terminal to ask on",
            )
        missing = f"no {noun} with id {id}"
        change(
            ctx, lambda client: resource.of(client).delete(id), f"{noun} deleted", missing=missing
        )


def add_download(
    group: typer.Typer,
    resource: LazyResource[Downloadable],
    *,
    noun: str,
    examples: Sequence[str],
    missing: Callable[[Bulutfon], Missing] | None = None,
) -> None:
    """``download UUID... [-d FOLDER | -o FILE] [-j JOBS]``: several files of ``resource`` at
    once, each ``{noun}`` named by its uuid, or ``download ID...`` where the spec's path of the
    download names an ``{id}`` (announcements).

    The help is the spec's summary of the download the resource's class names (``_download``)
    and the saved file's name (``<uuid>`` and the class's ``_suffix``); a 404 is ``no {noun}
    {uuid}`` (``with id``), unless ``missing(client)`` says more."""
    files = resource.load()
    operation = shape_operation(files, "download")
    if operation is None:
        raise TypeError(f"{resource!r} names no download operation (_download)")
    by_id = "{id}" in operation.path
    key, name = (int, "ids") if by_id else (str, "uuids")
    # A class of files names the suffix of a saved one beside its download operation.
    suffix: str = getattr(files, "_suffix")  # noqa: B009
    help = f"{summary(resource, 'download').rstrip('.')}, or several, as <{name[:-1]}>{suffix}."

    def no_such(client: Bulutfon) -> Missing:
        return lambda item: f"no {noun} {'with id ' if by_id else ''}{item}"

    def download_command(
        ctx: typer.Context,
        folder: Folder = None,
        output: OneFile = None,
        jobs: Jobs = 4,
        **keys: list[str] | list[int],
    ) -> None:
        given = [str(item) for item in keys[name]]
        target = check_targets(given, output, folder)
        with session(ctx) as client:
            of_client = resource.of(client)
            download_many(
                get_state(ctx),
                given,
                target,
                lambda item, to, progress: of_client.download(key(item), to, progress),
                jobs,
                folder=output is None,
                missing=(missing or no_such)(client),
            )

    # The argument is named as it is shown (``IDS...``, ``UUIDS...``), and typed as it is parsed.
    argument = inspect.Parameter(
        name,
        inspect.Parameter.POSITIONAL_OR_KEYWORD,
        annotation=Annotated[list[key], typer.Argument(help=f"The {noun} {name} to download.")],  # type: ignore[valid-type]
    )
    own = inspect.signature(download_command, eval_str=True)
    [ctx, *options, _] = own.parameters.values()
    download_command.__signature__ = own.replace(parameters=[ctx, argument, *options])  # type: ignore[attr-defined]
    group.command("download", help=help)(with_examples(*examples)(download_command))


def one_of(enum: type[Enum], *, last: str = " or ") -> str:
    """The values of a generated enum for a help text ("NONE, ALWAYS or UNREACHABLE"): read from
    the spec through the generated client, never retyped here."""
    values = [str(member.value) for member in enum]
    return ", ".join(values[:-1]) + last + values[-1] if len(values) > 1 else values[0]
