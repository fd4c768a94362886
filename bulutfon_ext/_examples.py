"""How ``bulutfon_ext.testing``'s factories build a model: from the provider's example that the
spec quotes for a read (``bulutfon_api.examples``), with a fresh id or uuid and the caller's
fields. The factories themselves are generated, one per read (``_factories.py``).
"""

from __future__ import annotations

import copy
import itertools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, cast

import attrs

from bulutfon_api.examples import RECORDS

if TYPE_CHECKING:
    from attrs import AttrsInstance

M = TypeVar("M", bound="AttrsInstance")
Made = TypeVar("Made", bound="AttrsInstance", covariant=True)
_serial = itertools.count(1)


class Parsed(Protocol[Made]):
    """A generated model class: what ``from_dict`` makes of a wire record."""

    def from_dict(self, src_dict: Mapping[str, Any]) -> Made: ...


def fresh(key: str) -> int | str:
    """A new ``id`` (a number) or ``uuid``, different on every call."""
    number = next(_serial)
    return number if key == "id" else f"00000000-0000-4000-8000-{number:012d}"


def made(model: M, overrides: Mapping[str, Any]) -> M:
    """``model`` with ``overrides`` (Python names and values); an unknown name is a TypeError
    that lists the model's fields."""
    settable = {f.name for f in attrs.fields(type(model)) if f.init}
    unknown = sorted(set(overrides) - settable)
    if unknown:
        raise TypeError(
            f"{type(model).__name__} has no field {', '.join(unknown)}; "
            f"its fields: {', '.join(sorted(settable))}"
        )
    # attrs' mypy plugin cannot follow evolve() through a type variable.
    changed: M = attrs.evolve(cast(Any, model), **overrides)
    return changed


def from_example(
    model: Parsed[M], operation_id: str, key: str | None, fields: Mapping[str, Any]
) -> M:
    """``model`` parsed from the example of ``operation_id`` (a list's first item), its ``key``
    made fresh, then ``fields`` set."""
    found = RECORDS[operation_id]
    record: dict[str, Any] = copy.deepcopy(found[0] if isinstance(found, list) else found)
    if key is not None:
        record[key] = fresh(key)
    return made(model.from_dict(record), fields)
