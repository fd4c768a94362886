"""Narrowing for tests: the generated models say ``X | Unset`` and ``X | Error | None`` where a
test knows which it has; these say so, and fail the test when it is not."""

from __future__ import annotations

from typing import TypeVar

from bulutfon_api.models import Error
from bulutfon_api.types import Unset

T = TypeVar("T")


def given(value: T | Unset | None) -> T:
    """``value``, asserting that it was sent (neither UNSET nor None)."""
    assert value is not None and not isinstance(value, Unset), value
    return value


def ok(value: T | Error | None) -> T:
    """A generated call's parsed success body, asserting it is one (not an Error, not None)."""
    assert value is not None and not isinstance(value, Error), value
    return value
