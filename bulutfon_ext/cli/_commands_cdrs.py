"""``cdrs`` (call detail records: list, show, export) and ``recordings`` (download, signed URL)."""

from __future__ import annotations

import contextlib
import csv
import enum
import functools
import gc
import inspect
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Annotated, Any

import typer

from bulutfon_api.api.cdrs import list_cdrs
from bulutfon_api.models import TimeLimit
from bulutfon_ext import Bulutfon, BulutfonError, NotFoundError
from bulutfon_ext._prefetch import MAX_PREFETCH, check_prefetch
from bulutfon_ext._rules import sort_fields
from bulutfon_ext._values import has_recording
from bulutfon_ext.cli import _targets as targets
from bulutfon_ext.cli._app import app, get_state, session
from bulutfon_ext.cli._cdr_csv import CSV_COLUMNS, read_rows
from bulutfon_ext.cli._common import add_download, one_of, split_commas
from bulutfon_ext.cli._examples import examples
from bulutfon_ext.cli._targets import STDOUT
from bulutfon_ext.cli._transfers import counting_progress

cdrs = typer.Typer(help="Call detail records: list, show, export.", no_args_is_help=True)
recordings = typer.Typer(
    help="Call recordings: download them, or a URL to play one.", no_args_is_help=True
)
app.add_typer(cdrs, name="cdrs", rich_help_panel="Calls")
app.add_typer(recordings, name="recordings", rich_help_panel="Calls")

CDR_COLUMNS = (
    "uuid",
    "direction",
    "caller",
    "callee",
    "extension",
    "call_time",
    "missing_call",
    "call_record",
    "hangup_cause",
)


class Format(enum.StrEnum):
    csv = "csv"
    jsonl = "jsonl"
    json = "json"


_SUFFIXES = {".csv": Format.csv, ".jsonl": Format.jsonl, ".json": Format.json}


Caller = Annotated[
    list[str] | None,
    typer.Option("--caller", help="Only calls from this number (repeat, or separate by commas)."),
]
Callee = Annotated[
    list[str] | None,
    typer.Option("--callee", help="Only calls to this number (repeat, or separate by commas)."),
]
Either = Annotated[
    list[str] | None,
    typer.Option("--number", help="Only calls from or to this number (repeat, or commas)."),
]
Missed = Annotated[
    bool | None,
    typer.Option(
        "--missed/--not-missed", help="Only missed calls, or only the others.", show_default=False
    ),
]
# The spec's TimeLimit (through the generated enum): its values are the choices and the help.
LastOption = Annotated[
    TimeLimit | None, typer.Option("--last", help=f"Only calls of the last {one_of(TimeLimit)}.")
]
# The fields are the spec's (a CDR's, its x-sortable), as the SDK checks them.
Order = Annotated[
    str | None,
    typer.Option(
        "--order",
        help="Sort as FIELD,asc or FIELD,desc (e.g. call_time,desc), FIELD one of: "
        f"{', '.join(sort_fields(list_cdrs.OPERATION.operation_id, 'order'))}.",
    ),
]
Limit = Annotated[int | None, typer.Option("--limit", min=1, help="CDRs per page.")]


def _numbers(values: list[str] | None) -> list[str] | None:
    if not values:
        return None
    return split_commas(values)


def _filters(
    caller: list[str] | None = None,
    callee: list[str] | None = None,
    caller_or_callee: list[str] | None = None,
    missed: bool | None = None,
    last: TimeLimit | None = None,
    order: str | None = None,
    limit: int | None = None,
) -> dict[str, Any]:
    given = {
        "caller": _numbers(caller),
        "callee": _numbers(callee),
        "caller_or_callee": _numbers(caller_or_callee),
        "missing_call": missed,
        "time_limit": None if last is None else last.value,
        "order": order,
        "limit": limit,
    }
    return {name: value for name, value in given.items() if value is not None}


# The options of `_filters`, which `cdrs list` and `cdrs export` share.
_FILTER_OPTIONS = {
    "caller": Caller,
    "callee": Callee,
    "caller_or_callee": Either,  # the SDK's name, so that its errors name --number
    "missed": Missed,
    "last": LastOption,
    "order": Order,
    "limit": Limit,
}


def with_filters(command: Callable[..., None]) -> Callable[..., None]:
    """The command with the CDR filter options (--caller ... --limit) where its ``filters``
    parameter stands; it is called with ``filters``, the query they make (``_filters``)."""
    own = inspect.signature(command, eval_str=True)
    parameters: list[inspect.Parameter] = []
    for parameter in own.parameters.values():
        if parameter.name != "filters":
            parameters.append(parameter)
            continue
        parameters += [
            inspect.Parameter(name, parameter.kind, default=None, annotation=option)
            for name, option in _FILTER_OPTIONS.items()
        ]

    @functools.wraps(command)
    def run(**arguments: Any) -> None:
        given = {name: arguments.pop(name) for name in _FILTER_OPTIONS}
        command(filters=_filters(**given), **arguments)

    run.__signature__ = own.replace(parameters=parameters)  # type: ignore[attr-defined]
    return run


@cdrs.command("list")
@examples(
    "bulutfon cdrs list --missed --last day",
    "bulutfon cdrs list --caller 905321112233 --order call_time,desc --all",
)
@with_filters
def cdrs_list(
    ctx: typer.Context,
    filters: dict[str, Any],
    page: Annotated[int | None, typer.Option("--page", min=1, help="The page to show.")] = None,
    all_pages: Annotated[bool, typer.Option("--all", help="Every page, not just one.")] = False,
) -> None:
    """List call detail records, a page at a time (or --all of them)."""
    if all_pages and page is not None:
        raise typer.BadParameter("--page and --all do not go together", param_hint="--page")
    state = get_state(ctx)
    with session(ctx) as client:
        if all_pages:
            everything = list(client.cdrs.iter(**filters))
            state.output.table(everything, CDR_COLUMNS, title="CDRs")
            if not state.json:
                state.output.note(f"{len(everything)} CDRs")
            return
        found = client.cdrs.list(page=page, **filters)
        state.output.table(found, CDR_COLUMNS, title="CDRs")
        if not state.json and found.total_pages is not None:
            more = f" · next: --page {found.page + 1}" if found.has_next_page() else ""
            state.output.note(
                f"page {found.page} of {found.total_pages} · {found.total_count} CDRs{more}"
            )


@cdrs.command("get")
@examples("bulutfon cdrs get 60563b8f-f5cf-403c-bc89-64bb976e7457")
def cdrs_get(
    ctx: typer.Context, uuid: Annotated[str, typer.Argument(help="The call's uuid.")]
) -> None:
    """Show one call with its call flow."""
    with session(ctx, missing=f"no CDR {uuid}") as client:
        get_state(ctx).output.detail(client.cdrs.get(uuid), title=f"CDR {uuid}")


def _export_format(given: Format | None, output: str) -> Format:
    """``--format``, else the file name's suffix; anything else is refused, never guessed."""
    if given is not None:
        return given
    found = _SUFFIXES.get(Path(output).suffix.lower()) if output != STDOUT else None
    if found is None:
        raise typer.BadParameter(
            f"cannot tell the format from {output!r}: name the file .csv, .jsonl or .json, "
            "or give --format csv|jsonl|json",
            param_hint="--format",
        )
    return found


class _Writer:
    """Writes CDRs as CSV, JSON Lines or one JSON array, a page at a time."""

    def __init__(self, out: IO[str], kind: Format) -> None:
        self.out = out
        self.kind = kind
        self.count = 0
        self.csv = csv.writer(out) if kind is Format.csv else None
        if self.csv is not None:
            self.csv.writerow(CSV_COLUMNS)
        elif kind is Format.json:
            out.write("[")

    def add(self, cdrs: list[Any]) -> None:
        """A page: CSV rows (``read_rows``) for CSV, CDR models for the others."""
        if self.csv is not None:
            self.csv.writerows(cdrs)
        elif self.kind is Format.jsonl:
            self.out.writelines(
                json.dumps(cdr.to_dict(), ensure_ascii=False) + "\n" for cdr in cdrs
            )
        else:
            self.out.writelines(
                ("," if self.count + index else "")
                + "\n  "
                + json.dumps(cdr.to_dict(), ensure_ascii=False)
                for index, cdr in enumerate(cdrs)
            )
        self.count += len(cdrs)

    def close(self) -> None:
        if self.kind is Format.json:
            self.out.write("\n]\n" if self.count else "]\n")


@contextlib.contextmanager
def _startup_left_out_of_gc() -> Iterator[None]:
    """An export makes a list per CDR, and every full garbage collection on the way would walk
    every object the start-up made too (typer, rich, the SDK: most of the heap). Those live as long
    as the command anyway: left out (``gc.freeze``) while the pages are walked, the collections
    cost a tenth of an export's time less."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


@cdrs.command("export")
@examples(
    "bulutfon cdrs export -o calls.csv --last month",
    "bulutfon cdrs export -o missed.jsonl --missed",
)
@with_filters
def cdrs_export(
    ctx: typer.Context,
    output: Annotated[
        str,
        typer.Option(
            "--output",
            "-o",
            help="The file to write; - for standard output. A pipe or device is written as "
            "it streams; a file appears only once complete.",
        ),
    ],
    format: Annotated[
        Format | None,
        typer.Option(
            "--format",
            help="csv, jsonl or json (one array) \\[default: from the file name: "
            ".csv, .jsonl or .json].",
            show_default=False,
        ),
    ] = None,
    filters: dict[str, Any] = {},  # noqa: B006 (with_filters puts the filter options here)
    parallel: Annotated[
        int,
        typer.Option(
            "--parallel",
            min=1,
            max=MAX_PREFETCH,
            help="Fetch up to this many pages at once (rows stay in order).",
        ),
    ] = 1,
) -> None:
    """Write every matching call detail record to a CSV, JSON Lines or JSON file.

    Walks all the pages; a file appears only once complete, so a failure leaves none."""
    kind = _export_format(format, output)
    try:
        targets.check(output)
    except targets.TargetError as error:
        raise typer.BadParameter(str(error), param_hint="--output") from None
    state = get_state(ctx)
    with (
        session(ctx) as client,
        targets.open_text(output, newline="" if kind is Format.csv else None) as out,
        counting_progress(state, "exporting CDRs") as progress,
        _startup_left_out_of_gc(),
    ):
        task = None
        writer = _Writer(out, kind)
        # CSV is written from the decoded pages (no model per CDR: see _cdr_csv), the JSON
        # formats from the models' to_dict.
        rows = read_rows if kind is Format.csv else None
        for page in client.cdrs._pages(filters, check_prefetch(parallel), rows):  # type: ignore[arg-type]
            if task is None:
                task = progress.add_task("cdrs", total=page.total_count)
            writer.add(page.items)
            progress.advance(task, len(page.items))
        writer.close()
    where = "standard output" if output == STDOUT else output
    if state.json and output != STDOUT:
        state.output.emit_json({"path": output, "format": kind.value, "count": writer.count})
    else:
        state.output.note(f"wrote {writer.count} CDRs to {where}")


def _no_recording(client: Bulutfon) -> Callable[[str], str]:
    """What a 404 for a recording means: the call has none, or there is no such call."""

    def missing(uuid: str) -> str:
        try:
            cdr = client.cdrs.get(uuid)
        except NotFoundError:
            return f"no CDR {uuid}"
        except BulutfonError:  # cannot tell which: say both
            return f"no recording of call {uuid} (or no such call)"
        # `has_recording` reads YES and the old API's Var alike.
        if has_recording(cdr):
            return f"call {uuid} lists a recording ({cdr.call_record}), but the server sent none"
        return f"call {uuid} has no recording"

    return missing


add_download(
    recordings,
    Bulutfon.call_records,
    noun="call",
    missing=_no_recording,
    examples=(
        "bulutfon recordings download 60563b8f-f5cf-403c-bc89-64bb976e7457 -o call.ogg",
        "bulutfon recordings download UUID1 UUID2 UUID3 -d recordings/ -j 8",
    ),
)


@recordings.command("url")
@examples("bulutfon recordings url 60563b8f-f5cf-403c-bc89-64bb976e7457")
def recordings_url(
    ctx: typer.Context,
    uuid: Annotated[str, typer.Argument(help="The call's uuid.")],
    stream: Annotated[bool, typer.Option("--stream", help="The streaming URL instead.")] = False,
) -> None:
    """Print a URL a browser can play the recording from (valid for this recording only)."""
    state = get_state(ctx)
    with session(ctx) as client:
        url = client.call_records.signed_url(uuid, stream=stream)
        if state.json:
            state.output.emit_json({"uuid": uuid, "url": url})
        else:
            state.output.line(url)
