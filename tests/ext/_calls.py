"""Calls with valid arguments but the ones a case changes, for the tables of bad input.

``fax(receivers="12a")`` is ``outgoing_faxes.send`` with every other field valid; ``OMIT`` leaves
a field out. ``assert_refused`` is the check every such case makes: a ``ValidationError`` naming
the field, and nothing sent.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bulutfon_ext import Bulutfon, ValidationError
from tests._mock import Script

Call = Callable[[Bulutfon], object]
OMIT: Any = object()  # a field the call leaves out


def _with(base: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in (base | changes).items() if v is not OMIT}


#: A valid ``outgoing_faxes.send``: a PDF to one receiver.
FAX: dict[str, Any] = {
    "title": "t",
    "receivers": "905001112233",
    "did": "908500000000",
    "attachment": b"%PDF-1.4 fake",
    "filename": "a.pdf",
}


def fax(**changes: Any) -> Call:
    """``outgoing_faxes.send`` of ``FAX``, with ``changes``."""
    args = _with(FAX, changes)
    return lambda c: c.outgoing_faxes.send(**args)


def autocall(**changes: Any) -> Call:
    """``automatic_calls.create`` playing announcement 1, with ``changes``."""
    base = {"title": "t", "receivers": "905001112233", "did": "908500000000", "announcement_id": 1}
    args = _with(base, changes)
    return lambda c: c.automatic_calls.create(**args)


def extension(**changes: Any) -> Call:
    """``extensions.create`` of extension 1001 with no redirection, with ``changes``."""
    base = {"full_name": "A", "email": "a@b.co", "did": "908500000000", "number": 1001}
    args = _with(base, changes)
    return lambda c: c.extensions.create(**args)


def bridge(**changes: Any) -> Call:
    """``call_and_bridge`` from the PBX number to a mobile, through extension 1001, with ``changes``."""
    args = _with({"caller": "908500000000", "callee": "905001112233", "destination": 1001}, changes)
    return lambda c: c.call_and_bridge(**args)


def assert_refused(call: Call, client: Bulutfon, script: Script, field: str) -> ValidationError:
    """``call`` raises a ValidationError that names ``field``, before any request is sent."""
    with pytest.raises(ValidationError) as caught:
        call(client)
    assert caught.value.field == field
    assert script.requests == []
    return caught.value
