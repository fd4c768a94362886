# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    check_int,
    check_union,
    wrong_type,
)

T = TypeVar("T", bound="Pagination")
_KNOWN_KEYS = frozenset(
    {
        "page",
        "total_count",
        "total_pages",
        "limit",
        "previous_page",
        "next_page",
    }
)


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
        """Parse the JSON object the API sent; TypeError/ValueError (naming the field) when it does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("Pagination", "an object", src_dict)
        get = src_dict.get
        _page = get("page")
        if _page is None:
            page = UNSET
        else:
            page = _page if type(_page) is int else check_int(_page, "Pagination.page")
        _total_count = get("total_count")
        if _total_count is None:
            total_count = UNSET
        else:
            total_count = (
                _total_count
                if type(_total_count) is int
                else check_int(_total_count, "Pagination.total_count")
            )
        _total_pages = get("total_pages")
        if _total_pages is None:
            total_pages = UNSET
        else:
            total_pages = (
                _total_pages
                if type(_total_pages) is int
                else check_int(_total_pages, "Pagination.total_pages")
            )
        _limit = get("limit")
        if _limit is None:
            limit = UNSET
        else:
            limit = (
                _limit if type(_limit) is int else check_int(_limit, "Pagination.limit")
            )
        _previous_page = get("previous_page", UNSET)
        if _previous_page is None or _previous_page is UNSET:
            previous_page = _previous_page
        else:
            previous_page = (
                _previous_page
                if type(_previous_page) is int or type(_previous_page) is str
                else check_union(
                    _previous_page,
                    "Pagination.previous_page",
                    "an integer or a string",
                    (int, str),
                )
            )
        _next_page = get("next_page", UNSET)
        if _next_page is None or _next_page is UNSET:
            next_page = _next_page
        else:
            next_page = (
                _next_page
                if type(_next_page) is int or type(_next_page) is str
                else check_union(
                    _next_page,
                    "Pagination.next_page",
                    "an integer or a string",
                    (int, str),
                )
            )
        pagination = cls(
            page,
            total_count,
            total_pages,
            limit,
            previous_page,
            next_page,
        )
        if not src_dict.keys() <= _KNOWN_KEYS:
            unknown = src_dict.keys() - _KNOWN_KEYS
            if len(unknown) == 1:
                (key,) = unknown
                d = {key: src_dict[key]}
            else:
                d = {key: value for key, value in src_dict.items() if key in unknown}
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
