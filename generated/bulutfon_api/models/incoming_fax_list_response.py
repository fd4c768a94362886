# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.incoming_fax import IncomingFax


T = TypeVar("T", bound="IncomingFaxListResponse")


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
        from ..models.incoming_fax import IncomingFax

        d = dict(src_dict)
        incoming_faxes = []
        _incoming_faxes = d.pop("incoming_faxes")
        for incoming_faxes_item_data in _incoming_faxes:
            incoming_faxes_item = IncomingFax.from_dict(incoming_faxes_item_data)

            incoming_faxes.append(incoming_faxes_item)

        incoming_fax_list_response = cls(
            incoming_faxes=incoming_faxes,
        )

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
