"""The CSV rows of ``bulutfon cdrs export``, read straight from the decoded JSON of a page.

A row is what the CDR model would give (``csv_rows``: every field in the model's order, as
``to_dict`` writes it, then ``has_recording``), byte for byte. Building a model per CDR to read
it back costs as much as the rest of the export, so ``read_rows`` takes each value from the
decoded dict when it already is the text the model would give: a string, an integer, a
boolean, an enum value the model knows, a date-time in the form ``isoformat`` writes, a decimal
amount in the form ``str(Decimal)`` writes, null or absent where the spec allows them. A CDR
with anything else (a wrong type, an unknown enum value, another date-time spelling, a field the
model gained that this module does not know how to read) goes through the model: so the row is
the same, and a CDR the model refuses raises the model's own error.
"""

from __future__ import annotations

import datetime
import enum
import operator
import re
import types
import typing
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import attrs

from bulutfon_api.models import Cdr
from bulutfon_api.types import UNSET, Unset
from bulutfon_ext._values import RECORDED, has_recording

# Every field of a CDR, in the model's order.
CDR_FIELDS = tuple(f.name for f in attrs.fields(Cdr) if f.name != "additional_properties")
# The CSV columns: those, then whether the call has a recording (`call_record` YES, or the old
# API's Var: one answer, whichever spelling the server sent).
CSV_COLUMNS = (*CDR_FIELDS, "has_recording")


def csv_cell(value: Any) -> str:
    """One CSV cell straight from a model attribute: what ``to_dict`` would give, as text.

    Unset and null are empty, booleans ``true``/``false``, date-times ISO 8601, enums their
    wire value (an unknown one too)."""
    kind = type(value)
    if kind is str:
        return value  # type: ignore[no-any-return]
    if value is None or value is UNSET:
        return ""
    if kind is bool:
        return "true" if value else "false"
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return str(value.value)
    return str(value)


_CDR_VALUES = operator.attrgetter(*CDR_FIELDS)


def csv_rows(cdrs: list[Cdr]) -> list[list[str]]:
    """The CSV rows of a page of CDR models, columns in ``CSV_COLUMNS`` order."""
    return [
        [*(csv_cell(value) for value in _CDR_VALUES(cdr)), csv_cell(has_recording(cdr))]
        for cdr in cdrs
    ]


# --- straight from the decoded dicts ---------------------------------------------------------

# What `datetime.isoformat()` writes for an aware date-time without fractions of a second; an
# hour of 24 (read as the next day by Python 3.12+) and the offset -00:00 (written +00:00) are
# spelled otherwise, so they take the model's way.
_ISO = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T(?:[01][0-9]|2[0-3]):[0-9]{2}:[0-9]{2}"
    r"(?:\+[0-9]{2}:[0-9]{2}|-(?!00:00)[0-9]{2}:[0-9]{2})"
)
# What `str(Decimal(text))` gives back unchanged: no sign but a minus, no leading zero, at most
# six decimals (more may turn into an exponent).
_PLAIN_DECIMAL = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]{1,6})?")


# How each kind of field reads from the wire when it already is the model's text: a condition on
# the value `v`, and the cell's text. Anything else (null and absence aside) is the model's.
_KINDS: dict[frozenset[type], list[tuple[str, str]]] = {
    frozenset({str}): [("type(v) is str", "v")],
    frozenset({int, str}): [("type(v) is str", "v"), ("type(v) is int", "str(v)")],
    frozenset({bool}): [("v is True", '"true"'), ("v is False", '"false"')],
    # fromisoformat: a month 13 or a February 30th raises, and the model says so.
    frozenset({datetime.datetime}): [("type(v) is str and iso(v) and from_iso(v)", "v")],
    frozenset({Decimal}): [("type(v) is str and plain(v)", "v"), ("type(v) is int", "str(v)")],
}


def _reading(index: int, name: str, annotation: Any, names: dict[str, Any]) -> str | None:
    """The source that reads field ``name`` into ``cell<index>``, or None when only the model can."""
    given = set(typing.get_args(annotation)) if isinstance(annotation, types.UnionType) else set()
    kinds = given or {annotation}
    optional, nullable = Unset in kinds, type(None) in kinds
    kinds -= {Unset, type(None)}
    tests = _KINDS.get(frozenset(kinds))
    if tests is None and len(kinds) == 1:
        (only,) = kinds
        if isinstance(only, type) and issubclass(only, enum.Enum):
            names[f"known{index}"] = frozenset(member.value for member in only)
            tests = [(f"type(v) is str and v in known{index}", "v")]
    if tests is None:
        return None
    # Absent reads as null where the field is optional; a required field must be there.
    lines = [f"    v = get({name!r}{'' if optional else ', absent'})"]
    if nullable or optional:
        tests = [*tests, ("v is None", '""')]
    for number, (test, text) in enumerate(tests):
        lines.append(f"    {'if' if number == 0 else 'elif'} {test}:\n        cell{index} = {text}")
    lines.append("    else:\n        raise Off")
    return "\n".join(lines)


def _compile() -> Callable[[Any], list[str]] | None:
    """A function reading one CDR dict into its row, written out field by field (a loop over the
    fields costs more than the reading itself); None when a field is of a kind only the model
    reads (a field the spec added later: the export then builds models, as correct as before)."""
    names: dict[str, Any] = {
        "Off": _Off,
        "absent": object(),
        "iso": _ISO.fullmatch,
        "plain": _PLAIN_DECIMAL.fullmatch,
        "from_iso": datetime.datetime.fromisoformat,
        "recorded": RECORDED,
    }
    hints = typing.get_type_hints(Cdr)
    readings = [_reading(i, name, hints[name], names) for i, name in enumerate(CDR_FIELDS)]
    if any(reading is None for reading in readings):
        return None
    cells = ", ".join(f"cell{i}" for i in range(len(CDR_FIELDS)))
    source = "\n".join(
        [
            "def row(cdr):",
            "    get = cdr.get",
            *typing.cast(list[str], readings),
            f'    return [{cells}, "true" if get("call_record") in recorded else "false"]',
        ]
    )
    exec(compile(source, "<bulutfon_ext.cli._cdr_csv rows>", "exec"), names)
    return typing.cast(Callable[[Any], list[str]], names["row"])


class _Off(Exception):
    """A value the fast reading does not take: the CDR goes through the model."""


_ROW = _compile()


def read_rows(cdrs: list[Any]) -> list[list[str]]:
    """The CSV rows of a page's decoded CDRs: what ``csv_rows`` gives for their models."""
    row = _ROW
    rows = []
    for cdr in cdrs:
        if row is not None and type(cdr) is dict:
            try:
                rows.append(row(cdr))
                continue
            except Exception:
                pass
        (model_row,) = csv_rows([Cdr.from_dict(cdr)])  # the model's own reading, and errors
        rows.append(model_row)
    return rows


__all__ = ["CDR_FIELDS", "CSV_COLUMNS", "csv_cell", "csv_rows", "read_rows"]
