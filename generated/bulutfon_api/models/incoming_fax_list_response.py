# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    check_list,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.incoming_fax import IncomingFax


T = TypeVar("T", bound="IncomingFaxListResponse")
_KNOWN_KEYS = frozenset(
    {
        "incoming_faxes",
    }
)


@_attrs_define
class IncomingFaxListResponse:
    incoming_faxes: list[IncomingFax]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        incoming_faxes = []
        for incoming_faxes_item_data in self.incoming_faxes:
            incoming_faxes_item = incoming_faxes_item_data.to_dict()
            incoming_faxes.append(incoming_faxes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "incoming_faxes": incoming_faxes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the JSON object the API sent; TypeError/ValueError (naming the field) when it does not fit."""
        from ..models.incoming_fax import IncomingFax

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("IncomingFaxListResponse", "an object", src_dict)
        get = src_dict.get
        _incoming_faxes = src_dict["incoming_faxes"]
        incoming_faxes = [
            IncomingFax.from_dict(_item)
            for _item in (
                _incoming_faxes
                if type(_incoming_faxes) is list
                else check_list(
                    _incoming_faxes, "IncomingFaxListResponse.incoming_faxes"
                )
            )
        ]
        incoming_fax_list_response = cls(
            incoming_faxes,
        )
        if not src_dict.keys() <= _KNOWN_KEYS:
            unknown = src_dict.keys() - _KNOWN_KEYS
            if len(unknown) == 1:
                (key,) = unknown
                d = {key: src_dict[key]}
            else:
                d = {key: value for key, value in src_dict.items() if key in unknown}
            incoming_fax_list_response.additional_properties = d
        return incoming_fax_list_response

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
