# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    check_object,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.automatic_call_detail import AutomaticCallDetail


T = TypeVar("T", bound="AutomaticCallResponse")
_KNOWN_KEYS = frozenset(
    {
        "automatic_call",
    }
)


@_attrs_define
class AutomaticCallResponse:
    automatic_call: AutomaticCallDetail
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        automatic_call = self.automatic_call.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "automatic_call": automatic_call,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the JSON object the API sent; TypeError/ValueError (naming the field) when it does not fit."""
        from ..models.automatic_call_detail import AutomaticCallDetail

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("AutomaticCallResponse", "an object", src_dict)
        get = src_dict.get
        _automatic_call = src_dict["automatic_call"]
        automatic_call = AutomaticCallDetail.from_dict(
            _automatic_call
            if type(_automatic_call) is dict
            else check_object(_automatic_call, "AutomaticCallResponse.automatic_call")
        )
        automatic_call_response = cls(
            automatic_call,
        )
        if not src_dict.keys() <= _KNOWN_KEYS:
            unknown = src_dict.keys() - _KNOWN_KEYS
            if len(unknown) == 1:
                (key,) = unknown
                d = {key: src_dict[key]}
            else:
                d = {key: value for key, value in src_dict.items() if key in unknown}
            automatic_call_response.additional_properties = d
        return automatic_call_response

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
