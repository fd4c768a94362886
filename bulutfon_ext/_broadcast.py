"""What an outgoing fax and an automatic call are both sent with: a title, the numbers that
receive them, and the DID they come from.

``outgoing_faxes.send`` and ``automatic_calls.create`` take their fields as keyword arguments
typed by one ``TypedDict`` each (``SendArgs``, ``CreateArgs``), documented field by field; the
fields these two share are declared and checked here, once.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from bulutfon_ext import _validation as check
from bulutfon_ext._errors import ValidationError


class Broadcast(TypedDict):
    """The required fields of a fax or an automatic call."""

    title: str
    """Its title, as the PBX's lists show it (not empty)."""
    receivers: check.Receivers
    """The numbers to reach: one number, a comma-separated string, or a list of numbers."""
    did: str | int
    """Your number (DID) that it comes from."""


def fields_of(
    given: Mapping[str, Any], fields: Any, method: str
) -> tuple[str, str, str, dict[str, Any]]:
    """``given`` (a method's keyword arguments, per-call options taken out) checked against the
    ``fields`` TypedDict: (title, receivers, did, the other fields). A name it does not declare
    is a ``TypeError``, as for any Python call; a required one left out is a ``ValidationError``
    naming it, before anything is sent."""
    declared = fields.__required_keys__ | fields.__optional_keys__
    unknown = sorted(set(given) - declared)
    if unknown:
        raise TypeError(f"{method}() got an unexpected keyword argument {unknown[0]!r}")
    missing = sorted(fields.__required_keys__ - set(given))
    if missing:
        raise ValidationError(missing[0], f"is required: {method}(..., {missing[0]}=...)")
    rest = {name: value for name, value in given.items() if name not in Broadcast.__required_keys__}
    return (
        check.non_empty(given["title"], "title"),
        check.receivers(given["receivers"]),
        check.phone(given["did"], "did"),
        rest,
    )
