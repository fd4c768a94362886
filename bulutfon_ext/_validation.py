"""Checks on arguments, made before any request is sent; each error names the field and the fix."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable

from bulutfon_api.models import TimeLimit
from bulutfon_ext._errors import ValidationError

PhoneLike = str | int
Receivers = PhoneLike | Iterable[PhoneLike]

_ORDER = re.compile(r"^[a-z_]+,(asc|desc)$")
_SEND_DATE = re.compile(r"^\d{2}/\d{2}/\d{4} \d{2}:\d{2}$")


_DIGITS = re.compile(r"[0-9]+")  # ASCII only: str.isdigit() would pass '²' or Arabic digits
_KEY = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]*")


def phone(value: PhoneLike, field: str) -> str:
    """A phone number as digits; spaces, dashes and a leading + are dropped."""
    if (
        isinstance(value, bool)
        or not isinstance(value, str | int)
        or (isinstance(value, int) and value < 0)
    ):
        raise ValidationError(field, f"expected a phone number as str or int, got {value!r}")
    text = re.sub(r"[\s\-()]", "", str(value)).removeprefix("+")
    if not _DIGITS.fullmatch(text):
        raise ValidationError(
            field, f"{value!r} is not a phone number (digits only, e.g. 905321234567)"
        )
    return text


def receivers(value: Receivers, field: str = "receivers") -> str:
    """One number, a comma-separated string, or a list: always the API's comma-separated digits."""
    if isinstance(value, bytes | bytearray):
        raise ValidationError(
            field, f"expected numbers as str, int or a list, not bytes ({value!r})"
        )
    if isinstance(value, str):
        parts: list[PhoneLike] = [p for p in value.split(",") if p.strip()]
    elif isinstance(value, int) and not isinstance(value, bool):
        parts = [value]
    elif isinstance(value, Iterable):
        parts = list(value)
    else:
        raise ValidationError(
            field, f"expected a number, a comma-separated str or a list, got {value!r}"
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
        raise ValidationError("time_limit", f"{value!r} is not one of hour, day, month") from None


def identifier(value: int, field: str = "id") -> int:
    """A numeric resource id, checked so that a bad one never reaches a URL."""
    checked = positive(value, field)
    if checked is None:
        raise ValidationError(field, "is required")
    return checked


def key(value: str, field: str = "uuid") -> str:
    """A uuid-like key: it goes into URLs and file names, so no slashes, no '..', no spaces."""
    if not isinstance(value, str) or not _KEY.fullmatch(value) or ".." in value:
        raise ValidationError(
            field, f"{value!r} is not a valid {field} (letters, digits, '-', '_', '.', ':')"
        )
    return value


def flag(value: bool | None, field: str) -> bool | None:
    if value is not None and not isinstance(value, bool):
        raise ValidationError(field, f"{value!r} must be True or False")
    return value


def text(value: str | None, field: str) -> str | None:
    if value is not None and not isinstance(value, str):
        raise ValidationError(field, f"{value!r} must be a string")
    return value


def order(value: str | None) -> str | None:
    if value is not None and (not isinstance(value, str) or not _ORDER.match(value)):
        raise ValidationError(
            "order", f"{value!r} must be 'field,asc' or 'field,desc' (e.g. 'call_time,desc')"
        )
    return value


def positive(value: int | None, field: str) -> int | None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
        raise ValidationError(field, f"{value!r} must be a whole number from 1 up")
    return value


def bounded(value: int | None, field: str, low: int, high: int) -> int | None:
    if value is not None and (
        isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high
    ):
        raise ValidationError(field, f"{value!r} must be a whole number from {low} to {high}")
    return value


def destination(value: str | int) -> str:
    text = str(value).strip()
    if not re.fullmatch(r"\d{2,4}", text):
        raise ValidationError(
            "destination",
            f"{value!r} must be 2 digits (a menu), 3 (a group) or 4 (an extension)",
        )
    return text


def exactly_one(**options: object) -> str:
    """The name of the one option given; an error when none or several are."""
    given = [name for name, value in options.items() if value is not None]
    if len(given) != 1:
        names = ", ".join(options)
        got = ", ".join(given) or "none"
        raise ValidationError(names.split(", ")[0], f"give exactly one of {names} (got {got})")
    return given[0]


def non_empty(value: str, field: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(field, "must be a non-empty string")
    return value


def clock(value: str | datetime.time | None, field: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime.time):
        return value.strftime("%H:%M")
    if not isinstance(value, str) or not re.fullmatch(r"([01][0-9]|2[0-3]):[0-5][0-9]", value):
        raise ValidationError(field, f"{value!r} must be a time of day as HH:MM (00:00 to 23:59)")
    return value


def send_date(value: str | datetime.datetime | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    try:
        if not isinstance(value, str) or not _SEND_DATE.match(value):
            raise ValueError
        datetime.datetime.strptime(value, "%d/%m/%Y %H:%M")
    except ValueError:
        raise ValidationError(
            "send_date", f"{value!r} must be a datetime or a real 'dd/MM/yyyy HH:mm'"
        ) from None
    return value
