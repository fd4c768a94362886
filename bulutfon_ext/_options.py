"""Per-call options: every method takes ``timeout=``, ``extra_headers=`` and ``extra_query=``.

They change one call's request only (the client's own settings stay). Two methods already have
a ``timeout`` of the API's own (how long the phone rings: ``call_and_bridge`` and
``automatic_calls.create``); there the request's is called ``request_timeout``.

The options are checked before anything is sent, like every other argument.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

import httpx

from bulutfon_ext import _validation as check
from bulutfon_ext._base_client import NO_OPTIONS, RequestOptions
from bulutfon_ext._errors import ValidationError

TimeoutLike = float | httpx.Timeout
MAX_TIMEOUT = 24 * 3600.0
QueryValue = str | int | float


class PerCallOptions(TypedDict, total=False):
    """What any method takes besides its own arguments, for that one call."""

    timeout: TimeoutLike
    """Seconds (or an ``httpx.Timeout``) for this request instead of the client's."""
    extra_headers: Mapping[str, str]
    """Headers added to this request (over the client's ``default_headers``)."""
    extra_query: Mapping[str, QueryValue]
    """Query parameters added to this request."""


class RingPerCallOptions(TypedDict, total=False):
    """``PerCallOptions`` for the methods whose own ``timeout`` is the API's ring time."""

    request_timeout: TimeoutLike
    """Seconds (or an ``httpx.Timeout``) for this request instead of the client's."""
    extra_headers: Mapping[str, str]
    extra_query: Mapping[str, QueryValue]


def checked_timeout(value: object, field: str = "timeout") -> httpx.Timeout:
    """An ``httpx.Timeout`` from seconds or a Timeout; never infinite, never over a day."""
    if isinstance(value, httpx.Timeout):
        timeout = value
    elif isinstance(value, int | float) and not isinstance(value, bool):
        if not 0 < value <= MAX_TIMEOUT:  # before float(): 10**400 would overflow it
            raise ValidationError(
                field, f"{check.show(value)} must be seconds above 0 and at most a day"
            )
        timeout = httpx.Timeout(float(value))
    else:
        raise ValidationError(
            field, f"{check.show(value)} must be seconds (a number) or an httpx.Timeout"
        )
    limits = (timeout.connect, timeout.read, timeout.write, timeout.pool)
    if any(
        isinstance(limit, bool)
        or not isinstance(limit, int | float)
        or not 0 < limit <= MAX_TIMEOUT
        for limit in limits
    ):
        raise ValidationError(
            field,
            f"{check.show(value)}: every limit must be seconds above 0 and at most a day; none may be infinite",
        )
    return timeout


def _headers(value: object) -> dict[str, str]:
    if not isinstance(value, Mapping):
        raise ValidationError(
            "extra_headers", f"{type(value).__name__} must be a dict of str to str"
        )
    for name, text in value.items():
        if not isinstance(name, str) or not isinstance(text, str):
            raise ValidationError("extra_headers", f"{name!r}: names and values must be str")
    return dict(value)


def _query(value: object) -> dict[str, QueryValue]:
    if not isinstance(value, Mapping):
        raise ValidationError("extra_query", f"{type(value).__name__} must be a dict")
    for name, item in value.items():
        if not isinstance(name, str) or isinstance(item, bool) or not isinstance(item, QueryValue):
            raise ValidationError(
                "extra_query", f"{name!r}: names must be str and values str or numbers"
            )
    return dict(value)


def request_options(given: Mapping[str, Any], *, timeout_name: str = "timeout") -> RequestOptions:
    """The checked ``RequestOptions`` for a method's per-call keyword arguments."""
    if not given:
        return NO_OPTIONS
    allowed = (timeout_name, "extra_headers", "extra_query")
    for name in given:
        if name not in allowed:
            raise TypeError(
                f"unexpected keyword argument {name!r} (per-call options: {', '.join(allowed)})"
            )
    timeout = given.get(timeout_name)
    return RequestOptions(
        timeout=None if timeout is None else checked_timeout(timeout, timeout_name),
        extra_headers=_headers(given.get("extra_headers") or {}),
        extra_query=_query(given.get("extra_query") or {}),
    )


def split_options(
    given: Mapping[str, Any], *, timeout_name: str = "timeout"
) -> tuple[dict[str, Any], RequestOptions]:
    """A method's keyword arguments as (its own, the checked per-call options)."""
    names = (timeout_name, "extra_headers", "extra_query")
    own = {name: value for name, value in given.items() if name not in names}
    options = {name: value for name, value in given.items() if name in names}
    return own, request_options(options, timeout_name=timeout_name)
