# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bfon_document_bfxm_version import BfonDocumentBfxmVersion
from ..types import (
    wrong_type,
)

T = TypeVar("T", bound="BfonDocumentBfxm")
_KNOWN_KEYS = frozenset(
    {
        "version",
    }
)


@_attrs_define
class BfonDocumentBfxm:
    version: BfonDocumentBfxmVersion
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the JSON object the API sent; TypeError/ValueError (naming the field) when it does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("BfonDocumentBfxm", "an object", src_dict)
        get = src_dict.get
        _version = src_dict["version"]
        version = (
            _VALUES_BfonDocumentBfxmVersion.get(_version)
            if type(_version) is int
            else None
        )
        if version is None:
            version = BfonDocumentBfxmVersion._from_wire(
                _version, "BfonDocumentBfxm.version"
            )
        bfon_document_bfxm = cls(
            version,
        )
        if not src_dict.keys() <= _KNOWN_KEYS:
            unknown = src_dict.keys() - _KNOWN_KEYS
            if len(unknown) == 1:
                (key,) = unknown
                d = {key: src_dict[key]}
            else:
                d = {key: value for key, value in src_dict.items() if key in unknown}
            bfon_document_bfxm.additional_properties = d
        return bfon_document_bfxm

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


# An attribute of an Enum class is slow to read on Python 3.11 (EnumType.__getattr__): from_dict
# reads each enum's value map through a module global instead.
_VALUES_BfonDocumentBfxmVersion = BfonDocumentBfxmVersion._value2member_map_
