r"""What the commands print: JSON on stdout with --json, rich tables otherwise.

Models become plain data through their ``to_dict()`` (datetimes as ISO strings, enums as their
values). Tables take every value as literal text, never as rich markup. Notes and progress go
to stderr, so stdout stays the data alone.

Whatever the server sends is text a terminal would obey: ``ESC ]0;...BEL`` retitles the window,
``ESC [2J`` clears the screen, ``\r`` rewrites a line. Every string printed for a person goes
through :func:`safe` first; ``--json`` keeps the data exact, with the characters JSON does not
escape by itself (C1 controls, bidirectional overrides) written as ``\uXXXX`` escapes.
"""

from __future__ import annotations

import datetime
import enum
import json
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

Sections = list[tuple[str, list[dict[str, Any]]]]
# Wide enough that a line piped to a file or another program is not cut.
_PIPE_WIDTH = 200
# Values a table never breaks over lines nor cuts: ids, uuids, phone numbers, amounts.
_WHOLE = re.compile(
    r"^(?:[+-]?[0-9][0-9.,-]*|[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12})$"
)
_WHOLE_NAMES = frozenset({"id", "uuid", "number"})
# What a column takes beyond its text in a rich table: a border and a space each side.
_COLUMN_EDGES = 3
# The narrowest a shortened (ellipsized) column is kept at before it is left out.
_MIN_SHORTENED = 6

# C0 controls but tab and newline, DEL, C1 controls, and the bidirectional marks and overrides
# that can make text display in another order than it reads ("Trojan Source").
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# What JSON leaves raw with ensure_ascii=False but a terminal may still act on (C0 is escaped).
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def safe(text: str, *, one_line: bool = False) -> str:
    """``text`` without the characters a terminal would act on; ``one_line`` also folds newlines
    and tabs into spaces (for an error line, where a newline could forge a second line)."""
    text = _UNSAFE.sub("", text)
    if one_line:
        text = text.replace("\n", " ").replace("\t", " ")
    return text


def json_text(value: Any) -> str:
    """``value`` as indented JSON that a terminal shows as text, holding exactly ``value``."""
    text = json.dumps(to_data(value), indent=2, ensure_ascii=False, default=str)
    # These characters occur only inside JSON strings, where a \uXXXX escape means the same.
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def to_data(value: Any) -> Any:
    """A model, a list of them, or a plain value as JSON-ready data."""
    if hasattr(value, "to_dict"):
        return to_data(value.to_dict())
    if isinstance(value, Mapping):
        return {str(k): to_data(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_data(v) for v in value]
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return to_data(value.value)
    if isinstance(value, Path):
        return str(value)
    return value


def cell(value: Any) -> str:
    """One value as table text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list) and all(not isinstance(v, dict | list) for v in value):
        return ", ".join(cell(v) for v in value)
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


def _is_records(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def _flatten(data: Mapping[str, Any], prefix: str = "") -> tuple[dict[str, Any], Sections]:
    """Scalars under dotted keys, and the lists of records (each shown as a table of its own)."""
    scalars: dict[str, Any] = {}
    sections: Sections = []
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            inner, inner_sections = _flatten(value, f"{name}.")
            scalars.update(inner)
            sections += inner_sections
        elif _is_records(value):
            sections += _sections(name, value)
        else:
            scalars[name] = value
    return scalars, sections


def _sections(name: str, records: list[dict[str, Any]]) -> Sections:
    """A table's rows (flattened), then the tables for the records nested in them."""
    rows: list[dict[str, Any]] = []
    nested: Sections = []
    for number, record in enumerate(records, start=1):
        row, below = _flatten(record)
        rows.append(row)
        for title, inner in below:
            nested.append((f"{name}[{number}].{title}", inner))
            row[title.split("[")[0]] = f"({len(inner)} below)"
    return [(name, rows), *nested]


def _columns_of(rows: Sequence[Mapping[str, Any]]) -> list[str]:
    seen: dict[str, None] = {}
    for row in rows:
        seen.update(dict.fromkeys(row))
    return list(seen)


class Output:
    """Printing for one command run."""

    def __init__(self, *, json_mode: bool) -> None:
        self.json = json_mode
        stdout = Console(highlight=False)
        self.console = stdout if stdout.is_terminal else Console(highlight=False, width=_PIPE_WIDTH)
        self.err = Console(stderr=True, highlight=False)

    def emit_json(self, value: Any) -> None:
        sys.stdout.write(json_text(value))
        sys.stdout.write("\n")
        sys.stdout.flush()

    def note(self, text: str) -> None:
        """A remark for the human (stderr): never mixed into the data."""
        self.err.print(Text(safe(text)), soft_wrap=True)

    def line(self, text: str) -> None:
        """One line of data for a person (a saved path, a URL) on stdout, as literal text."""
        self.console.print(Text(safe(text)), soft_wrap=True)

    def table(
        self,
        rows: Iterable[Any],
        columns: Sequence[str] | None = None,
        *,
        title: str | None = None,
    ) -> None:
        """A list: a JSON array, or a table of ``columns`` (every field when None)."""
        data = [to_data(row) for row in rows]
        if self.json:
            self.emit_json(data)
            return
        self._table(data, columns, title)

    @property
    def piped(self) -> bool:
        """Whether stdout goes to a program or a file rather than a person's terminal."""
        return not self.console.is_terminal

    def _tsv(self, rows: Iterable[Sequence[str]]) -> None:
        # As gh does: one line per record, tab-separated, no borders, no header, no title.
        for row in rows:
            sys.stdout.write("\t".join(safe(value, one_line=True) for value in row) + "\n")
        sys.stdout.flush()

    def _table(
        self, data: Sequence[Mapping[str, Any]], columns: Sequence[str] | None, title: str | None
    ) -> None:
        names = list(columns) if columns is not None else _columns_of(data)
        rows = [[cell(row.get(name)) for name in names] for row in data]
        if self.piped:
            self._tsv(rows)
            return
        whole = [_keeps_whole(name, [row[i] for row in rows]) for i, name in enumerate(names)]
        shown = _fit(names, rows, whole, self.console.width)
        table = Table(title=_title(title), title_justify="left", show_lines=False)
        for i in shown:
            if whole[i]:
                width = max(len(names[i]), *(len(row[i]) for row in rows)) if rows else None
                table.add_column(Text(safe(names[i])), no_wrap=True, min_width=width)
            else:
                table.add_column(Text(safe(names[i])), no_wrap=True, overflow="ellipsis")
        for row in rows:
            table.add_row(*(Text(safe(row[i], one_line=True)) for i in shown))
        self.console.print(table)
        hidden = [names[i] for i in range(len(names)) if i not in shown]
        if hidden:
            self.note(f"left out to fit the terminal: {', '.join(hidden)} (see --json)")

    def detail(self, value: Any, *, title: str | None = None) -> None:
        """One record: a JSON object, or a field/value table (lists of records below it)."""
        data = to_data(value)
        if self.json:
            self.emit_json(data)
            return
        scalars, sections = _flatten(data)
        if self.piped:
            self._tsv([key, cell(item)] for key, item in scalars.items())
            for name, rows in sections:
                for number, row in enumerate(rows, start=1):
                    self._tsv([f"{name}[{number}].{key}", cell(v)] for key, v in row.items())
            return
        table = Table(title=_title(title), title_justify="left", show_header=False)
        table.add_column("field", style="bold")
        table.add_column("value", overflow="fold")
        for key, item in scalars.items():
            table.add_row(Text(safe(key)), Text(safe(cell(item))))
        self.console.print(table)
        for name, rows in sections:
            self._table(rows, None, name)

    def result(self, value: Any, fallback: str = "done") -> None:
        """The answer to a change (a WriteResult and the like): its message, or the JSON."""
        data = to_data(value)
        if self.json:
            self.emit_json(data)
            return
        message = data.get("message") if isinstance(data, dict) else None
        self.console.print(Text(safe(str(message or fallback))))


def _keeps_whole(name: str, values: Sequence[str]) -> bool:
    """Whether a column holds ids, uuids or numbers: those are never wrapped nor cut."""
    present = [value for value in values if value]
    return name in _WHOLE_NAMES or (bool(present) and all(_WHOLE.match(v) for v in present))


def _fit(
    names: Sequence[str], rows: Sequence[Sequence[str]], whole: Sequence[bool], width: int
) -> list[int]:
    """The columns that fit ``width``: the others shortened down to a few characters, then
    left out from the last one back while still too wide; then whole ones from the last one
    back (the first column always stays). A whole value is never wrapped nor cut."""

    def needs(i: int) -> int:
        longest = max([len(names[i]), *(len(row[i]) for row in rows)])
        return (
            longest if whole[i] else min(longest, max(_MIN_SHORTENED, len(names[i])))
        ) + _COLUMN_EDGES

    shown = list(range(len(names)))
    while sum(needs(i) for i in shown) + 1 > width:
        others = [i for i in shown if not whole[i]] or shown[1:]
        if not others:
            break
        shown.remove(others[-1])
    return shown


def _title(title: str | None) -> Text | None:
    # Titles name what was asked for (an id from the command line): literal text, never markup.
    return None if title is None else Text(safe(title, one_line=True))
