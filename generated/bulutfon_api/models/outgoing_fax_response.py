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
    from ..models.outgoing_fax_detail import OutgoingFaxDetail


T = TypeVar("T", bound="OutgoingFaxResponse")
_KNOWN_KEYS = frozenset(
    {
        "fax",
    }
)


@_attrs_define
class OutgoingFaxResponse:
    fax: OutgoingFaxDetail
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fax = self.fax.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fax": fax,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the JSON object the API sent; TypeError/ValueError (naming the field) when it does not fit."""
        from ..models.outgoing_fax_detail import OutgoingFaxDetail

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("OutgoingFaxResponse", "an object", src_dict)
        get = src_dict.get
        _fax = src_dict["fax"]
        fax = OutgoingFaxDetail.from_dict(
            _fax
            if type(_fax) is dict
            else check_object(_fax, "OutgoingFaxResponse.fax")
        )
        outgoing_fax_response = cls(
            fax,
        )
        if not src_dict.keys() <= _KNOWN_KEYS:
            unknown = src_dict.keys() - _KNOWN_KEYS
            if len(unknown) == 1:
                (key,) = unknown
                d = {key: src_dict[key]}
            else:
                d = {key: value for key, value in src_dict.items() if key in unknown}
            outgoing_fax_response.additional_properties = d
        return outgoing_fax_response

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
