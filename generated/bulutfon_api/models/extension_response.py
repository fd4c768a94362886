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
    from ..models.extension_detail import ExtensionDetail


T = TypeVar("T", bound="ExtensionResponse")
_KNOWN_KEYS = frozenset(
    {
        "extension",
    }
)


@_attrs_define
class ExtensionResponse:
    extension: ExtensionDetail
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        extension = self.extension.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "extension": extension,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the JSON object the API sent; TypeError/ValueError (naming the field) when it does not fit."""
        from ..models.extension_detail import ExtensionDetail

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("ExtensionResponse", "an object", src_dict)
        get = src_dict.get
        _extension = src_dict["extension"]
        extension = ExtensionDetail.from_dict(
            _extension
            if type(_extension) is dict
            else check_object(_extension, "ExtensionResponse.extension")
        )
        extension_response = cls(
            extension,
        )
        if not src_dict.keys() <= _KNOWN_KEYS:
            unknown = src_dict.keys() - _KNOWN_KEYS
            if len(unknown) == 1:
                (key,) = unknown
                d = {key: src_dict[key]}
            else:
                d = {key: value for key, value in src_dict.items() if key in unknown}
            extension_response.additional_properties = d
        return extension_response

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
