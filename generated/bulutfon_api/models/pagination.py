# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Pagination")


@_attrs_define
class Pagination:
    page: int | Unset = UNSET
    """ This page's number. """
    total_count: int | Unset = UNSET
    """ How many records in all. """
    total_pages: int | Unset = UNSET
    """ How many pages in all. """
    limit: int | Unset = UNSET
    """ Records a page holds at most. """
    previous_page: int | None | str | Unset = UNSET
    """ The previous page (its number or address), or null on the first. """
    next_page: int | None | str | Unset = UNSET
    """ The next page (its number or address), or null on the last. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page

        total_count = self.total_count

        total_pages = self.total_pages

        limit = self.limit

        previous_page: int | None | str | Unset
        if isinstance(self.previous_page, Unset):
            previous_page = UNSET
        else:
            previous_page = self.previous_page

        next_page: int | None | str | Unset
        if isinstance(self.next_page, Unset):
            next_page = UNSET
        else:
            next_page = self.next_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page is not UNSET:
            field_dict["page"] = page
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if total_pages is not UNSET:
            field_dict["total_pages"] = total_pages
        if limit is not UNSET:
            field_dict["limit"] = limit
        if previous_page is not UNSET:
            field_dict["previous_page"] = previous_page
        if next_page is not UNSET:
            field_dict["next_page"] = next_page

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        page = d.pop("page", UNSET)

        total_count = d.pop("total_count", UNSET)

        total_pages = d.pop("total_pages", UNSET)

        limit = d.pop("limit", UNSET)

        def _parse_previous_page(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        previous_page = _parse_previous_page(d.pop("previous_page", UNSET))

        def _parse_next_page(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        next_page = _parse_next_page(d.pop("next_page", UNSET))

        pagination = cls(
            page=page,
            total_count=total_count,
            total_pages=total_pages,
            limit=limit,
            previous_page=previous_page,
            next_page=next_page,
        )

        pagination.additional_properties = d
        return pagination

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
