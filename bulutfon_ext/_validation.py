"""Checks on arguments, made before any request is sent; each error names the field and the fix."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Mapping, Sequence, Set

from bulutfon_api.models import TimeLimit
from bulutfon_ext._errors import ValidationError

PhoneLike = str | int
Receivers = PhoneLike | Iterable[PhoneLike]

# Always used with fullmatch: `$` would let a trailing newline through, and `\d` Arabic digits.
_ORDER = re.compile(r"[a-z_]+,(asc|desc)")
_SEND_DATE = re.compile(r"[0-9]{2}/[0-9]{2}/[0-9]{4} [0-9]{2}:[0-9]{2}")
# The server's integers are 64-bit; anything larger cannot name a resource (and a huge int
# would fail inside str() before it reached the URL).
MAX_INT = 2**63 - 1
# E.164 allows 15 digits; leave room for internal prefixes but not for absurd input.
MAX_PHONE_DIGITS = 20
MAX_PHONE_TEXT = 64
# A uuid, a title or a token becomes part of a URL path: keep it well inside any URL limit.
MAX_KEY = 128
MAX_TEXT = 10_000


_DIGITS = re.compile(r"[0-9]+")  # ASCII only: str.isdigit() would pass '²' or Arabic digits
_KEY = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]*")


def show(value: object) -> str:
    """A short, safe rendering of a refused value (a 70 000-character string is not echoed)."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_INT:
        return "an integer that large"
    try:
        text = repr(value)
    except Exception:
        text = f"a {type(value).__name__}"
    return text if len(text) <= 60 else f"{text[:40]}... ({len(text)} characters)"


def phone(value: PhoneLike, field: str) -> str:
    """A phone number as digits; spaces, dashes and a leading + are dropped."""
    if (
        isinstance(value, bool)
        or not isinstance(value, str | int)
        or (isinstance(value, int) and not 0 <= value < 10**MAX_PHONE_DIGITS)
        or (isinstance(value, str) and len(value) > MAX_PHONE_TEXT)
    ):
        raise ValidationError(
            field,
            f"expected a phone number as str or int (at most {MAX_PHONE_DIGITS} digits), "
            f"got {show(value)}",
        )
    text = re.sub(r"[\s\-()]", "", str(value)).removeprefix("+")
    if not _DIGITS.fullmatch(text) or len(text) > MAX_PHONE_DIGITS:
        raise ValidationError(
            field, f"{show(value)} is not a phone number (digits only, e.g. 905321234567)"
        )
    return text


def receivers(value: Receivers, field: str = "receivers") -> str:
    """One number, a comma-separated string, or a list: always the API's comma-separated digits."""
    if isinstance(value, bytes | bytearray | Set | Mapping):
        raise ValidationError(
            field,
            f"expected numbers as str, int or a list, not a {type(value).__name__} ({show(value)})",
        )
    if isinstance(value, str):
        parts: list[PhoneLike] = [p for p in value.split(",") if p.strip()]
    elif isinstance(value, int) and not isinstance(value, bool):
        parts = [value]
    elif isinstance(value, Iterable):
        try:
            parts = list(value)
        except Exception as error:
            raise ValidationError(field, f"could not read the numbers: {error!r}") from None
    else:
        raise ValidationError(
            field, f"expected a number, a comma-separated str or a list, got {show(value)}"
        )
    if not parts:
        raise ValidationError(field, "give at least one phone number")
    return ",".join(phone(p, field) for p in parts)


def numbers_filter(value: Receivers | None, field: str) -> str | None:
    """The CDR number filters take the same forms as receivers."""
    return None if value is None else receivers(value, field)


def time_limit(value: str | TimeLimit | None) -> TimeLimit | None:
    if value is None or isinstance(value, TimeLimit):
        return value
    try:
        return TimeLimit(value)
    except ValueError:
        raise ValidationError(
            "time_limit", f"{show(value)} is not one of {', '.join(TimeLimit)}"
        ) from None


def identifier(value: int, field: str = "id") -> int:
    """A numeric resource id, checked so that a bad one never reaches a URL."""
    checked = positive(value, field)
    if checked is None:
        raise ValidationError(field, "is required")
    return checked


def key(value: str, field: str = "uuid") -> str:
    """A uuid-like key: it goes into URLs and file names, so no slashes, no '..', no spaces."""
    if (
        not isinstance(value, str)
        or len(value) > MAX_KEY
        or not _KEY.fullmatch(value)
        or ".." in value
    ):
        raise ValidationError(
            field,
            f"{show(value)} is not a valid {field} (up to {MAX_KEY} letters, digits, "
            "'-', '_', '.', ':'; no '..')",
        )
    return value


def flag(value: bool | None, field: str) -> bool | None:
    if value is not None and not isinstance(value, bool):
        raise ValidationError(field, f"{show(value)} must be True or False")
    return value


def text(value: str | None, field: str, limit: int = MAX_TEXT) -> str | None:
    if value is not None and (not isinstance(value, str) or len(value) > limit):
        raise ValidationError(
            field, f"{show(value)} must be a string of at most {limit} characters"
        )
    return value


def order(value: str | None, fields: Sequence[str]) -> str | None:
    """A sort order, ``'field,asc'`` or ``'field,desc'``, whose field is one of ``fields`` (the
    spec's, ``bulutfon_api.rules.SORTABLE``)."""
    if value is not None and (
        not isinstance(value, str)
        or len(value) > MAX_KEY
        or not _ORDER.fullmatch(value)
        or value.partition(",")[0] not in fields
    ):
        raise ValidationError(
            "order",
            f"{show(value)} must be 'FIELD,asc' or 'FIELD,desc' (e.g. 'call_time,desc'), "
            f"FIELD one of: {', '.join(map(repr, fields))}",
        )
    return value


def positive(value: int | None, field: str) -> int | None:
    if value is not None and (
        isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_INT
    ):
        raise ValidationError(
            field, f"{show(value)} must be a whole number from 1 up (at most 2**63-1)"
        )
    return value


def bounded(value: int | None, field: str, low: int, high: int) -> int | None:
    if value is not None and (
        isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high
    ):
        raise ValidationError(field, f"{show(value)} must be a whole number from {low} to {high}")
    return value


def destination(value: str | int) -> str:
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise ValidationError("destination", f"{show(value)} must be a str or int of digits")
    if isinstance(value, int) and not 0 <= value <= 9999:
        raise ValidationError("destination", f"{show(value)} must be 2 to 4 digits")
    text = str(value).strip()
    if not re.fullmatch(r"[0-9]{2,4}", text):
        raise ValidationError(
            "destination",
            f"{show(value)} must be 2 digits (a menu), 3 (a group) or 4 (an extension)",
        )
    return text


def non_empty(value: str, field: str, limit: int = MAX_TEXT) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(field, f"must be a non-empty string, got {show(value)}")
    if len(value) > limit:
        raise ValidationError(field, f"is {len(value)} characters long; at most {limit}")
    return value


def sequence(value: object, field: str) -> list[object]:
    """A list or tuple where the API means a list (a set has no order, a dict is not a list)."""
    if not isinstance(value, list | tuple):
        raise ValidationError(field, f"expected a list, got {show(value)}")
    return list(value)


def callback(value: object, field: str) -> None:
    if value is not None and not callable(value):
        raise ValidationError(field, f"{show(value)} must be a function (or None)")


def clock(value: str | datetime.time | None, field: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime.time):
        return value.strftime("%H:%M")
    if not isinstance(value, str) or not re.fullmatch(r"([01][0-9]|2[0-3]):[0-5][0-9]", value):
        raise ValidationError(
            field, f"{show(value)} must be a time of day as HH:MM (00:00 to 23:59)"
        )
    return value


def send_date(value: str | datetime.datetime | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    try:
        if not isinstance(value, str) or not _SEND_DATE.fullmatch(value):
            raise ValueError
        datetime.datetime.strptime(value, "%d/%m/%Y %H:%M")
    except ValueError:
        raise ValidationError(
            "send_date", f"{show(value)} must be a datetime or a real 'dd/MM/yyyy HH:mm'"
        ) from None
    return value
