# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    check_union,
    wrong_type,
)

T = TypeVar("T", bound="CallReachedEvent")
_KNOWN_KEYS = frozenset(
    {
        "destination",
    }
)


@_attrs_define
class CallReachedEvent:
    destination: int | str | Unset = UNSET
    """ A phone number. Sent as a JSON integer in some places and a string in others. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        destination: int | str | Unset
        if isinstance(self.destination, Unset):
            destination = UNSET
        else:
            destination = self.destination

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if destination is not UNSET:
            field_dict["destination"] = destination

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the JSON object the API sent; TypeError/ValueError (naming the field) when it does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("CallReachedEvent", "an object", src_dict)
        get = src_dict.get
        _destination = get("destination")
        if _destination is None:
            destination = UNSET
        else:
            destination = (
                _destination
                if type(_destination) is int or type(_destination) is str
                else check_union(
                    _destination,
                    "CallReachedEvent.destination",
                    "an integer or a string",
                    (int, str),
                )
            )
        call_reached_event = cls(
            destination,
        )
        if not src_dict.keys() <= _KNOWN_KEYS:
            unknown = src_dict.keys() - _KNOWN_KEYS
            if len(unknown) == 1:
                (key,) = unknown
                d = {key: src_dict[key]}
            else:
                d = {key: value for key, value in src_dict.items() if key in unknown}
            call_reached_event.additional_properties = d
        return call_reached_event

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
