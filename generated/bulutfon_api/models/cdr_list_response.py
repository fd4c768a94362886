# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cdr import Cdr
    from ..models.pagination import Pagination


T = TypeVar("T", bound="CdrListResponse")


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
        from ..models.cdr import Cdr
        from ..models.pagination import Pagination

        d = dict(src_dict)
        cdrs = []
        _cdrs = d.pop("cdrs")
        for cdrs_item_data in _cdrs:
            cdrs_item = Cdr.from_dict(cdrs_item_data)

            cdrs.append(cdrs_item)

        _pagination = d.pop("pagination", UNSET)
        pagination: Pagination | Unset
        if isinstance(_pagination, Unset) or _pagination is None:
            pagination = UNSET
        else:
            pagination = Pagination.from_dict(_pagination)

        cdr_list_response = cls(
            cdrs=cdrs,
            pagination=pagination,
        )

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
