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
_from_iso = datetime.datetime.fromisoformat


class _Off(Exception):
    """A value the fast reading does not take: the CDR goes through the model."""


def _text(value: Any) -> str:
    if type(value) is str:
        return value
    raise _Off


def _number(value: Any) -> str:  # an integer or a string (a phone number, an extension)
    kind = type(value)
    if kind is str:
        return value  # type: ignore[no-any-return]
    if kind is int:
        return str(value)
    raise _Off


def _flag(value: Any) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    raise _Off


def _moment(value: Any) -> str:
    if type(value) is not str or _ISO.fullmatch(value) is None:
        raise _Off
    try:
        _from_iso(value)  # a month 13 or a February 30th: the model's error
    except ValueError:
        raise _Off from None
    return value


def _amount(value: Any) -> str:
    if type(value) is str and _PLAIN_DECIMAL.fullmatch(value) is not None:
        return value
    if type(value) is int:
        return str(value)
    raise _Off


def _member(known: dict[Any, Any]) -> Callable[[Any], str]:
    def member(value: Any) -> str:
        if type(value) is str and value in known:
            return value
        raise _Off

    return member


_SCALARS: dict[frozenset[type], Callable[[Any], str]] = {
    frozenset({str}): _text,
    frozenset({int, str}): _number,
    frozenset({bool}): _flag,
    frozenset({datetime.datetime}): _moment,
    frozenset({Decimal}): _amount,
}


# A field's name, how to read it, whether null (or absence) reads as an empty cell (else the
# model refuses it), and whether it may be absent.
_Field = tuple[str, Callable[[Any], str], bool, bool]


def _field(name: str, annotation: Any) -> _Field | None:
    """How to read one field from the wire, or None when only the model knows."""
    given = set(typing.get_args(annotation)) if isinstance(annotation, types.UnionType) else set()
    kinds = given or {annotation}
    optional = Unset in kinds
    nullable = type(None) in kinds
    kinds -= {Unset, type(None)}
    read: Callable[[Any], str] | None = _SCALARS.get(frozenset(kinds))
    if read is None and len(kinds) == 1:
        (only,) = kinds
        if isinstance(only, type) and issubclass(only, enum.Enum):
            read = _member({member.value: member for member in only})
    if read is None:
        return None
    return (name, read, nullable or optional, optional)


def _fields() -> tuple[_Field, ...] | None:
    hints = typing.get_type_hints(Cdr)
    found = tuple(_field(name, hints[name]) for name in CDR_FIELDS)
    return None if any(f is None for f in found) else found  # type: ignore[return-value]


_FIELDS = _fields()
_ABSENT = object()


def _row(cdr: Any, fields: tuple[_Field, ...]) -> list[str]:
    if type(cdr) is not dict:
        raise _Off
    get = cdr.get
    row = []
    for name, read, blank, optional in fields:
        value = get(name, _ABSENT)
        if value is None or value is _ABSENT:
            if not blank or (value is _ABSENT and not optional):
                raise _Off
            row.append("")
        else:
            row.append(read(value))
    row.append("true" if get("call_record") in RECORDED else "false")
    return row


def read_rows(cdrs: list[Any]) -> list[list[str]]:
    """The CSV rows of a page's decoded CDRs: what ``csv_rows`` gives for their models."""
    fields = _FIELDS
    rows = []
    for cdr in cdrs:
        if fields is not None:
            try:
                rows.append(_row(cdr, fields))
                continue
            except _Off:
                pass
        (row,) = csv_rows([Cdr.from_dict(cdr)])  # the model's own reading, and errors
        rows.append(row)
    return rows


__all__ = ["CDR_FIELDS", "CSV_COLUMNS", "csv_cell", "csv_rows", "read_rows"]
