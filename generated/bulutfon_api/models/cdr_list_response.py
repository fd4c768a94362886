# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    check_list,
    check_object,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.cdr import Cdr
    from ..models.pagination import Pagination


T = TypeVar("T", bound="CdrListResponse")
_KNOWN_KEYS = frozenset(
    {
        "cdrs",
        "pagination",
    }
)


@_attrs_define
class CdrListResponse:
    cdrs: list[Cdr]
    pagination: Pagination | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cdrs = []
        for cdrs_item_data in self.cdrs:
            cdrs_item = cdrs_item_data.to_dict()
            cdrs.append(cdrs_item)

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cdrs": cdrs,
            }
        )
        if pagination is not UNSET:
            field_dict["pagination"] = pagination

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the JSON object the API sent; TypeError/ValueError (naming the field) when it does not fit."""
        from ..models.cdr import Cdr
        from ..models.pagination import Pagination

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("CdrListResponse", "an object", src_dict)
        get = src_dict.get
        _cdrs = src_dict["cdrs"]
        cdrs = [
            Cdr.from_dict(_item)
            for _item in (
                _cdrs
                if type(_cdrs) is list
                else check_list(_cdrs, "CdrListResponse.cdrs")
            )
        ]
        _pagination = get("pagination")
        if _pagination is None:
            pagination = UNSET
        else:
            pagination = Pagination.from_dict(
                _pagination
                if type(_pagination) is dict
                else check_object(_pagination, "CdrListResponse.pagination")
            )
        cdr_list_response = cls(
            cdrs,
            pagination,
        )
        if not src_dict.keys() <= _KNOWN_KEYS:
            unknown = src_dict.keys() - _KNOWN_KEYS
            if len(unknown) == 1:
                (key,) = unknown
                d = {key: src_dict[key]}
            else:
                d = {key: value for key, value in src_dict.items() if key in unknown}
            cdr_list_response.additional_properties = d
        return cdr_list_response

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
