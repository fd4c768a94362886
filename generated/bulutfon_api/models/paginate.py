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

T = TypeVar("T", bound="Paginate")
_KNOWN_KEYS = frozenset(
    {
        "total_pages",
        "previous_page",
        "next_page",
    }
)


@_attrs_define
class Paginate:
    total_pages: int | Unset = UNSET
    previous_page: int | None | str | Unset = UNSET
    """ The previous page's relative URL (it embeds the caller's token), or null. """
    next_page: int | None | str | Unset = UNSET
    """ The next page's relative URL (it embeds the caller's token), or null. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_pages = self.total_pages

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
        if total_pages is not UNSET:
            field_dict["total_pages"] = total_pages
        if previous_page is not UNSET:
            field_dict["previous_page"] = previous_page
        if next_page is not UNSET:
            field_dict["next_page"] = next_page

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the JSON object the API sent; TypeError/ValueError (naming the field) when it does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("Paginate", "an object", src_dict)
        get = src_dict.get
        _total_pages = get("total_pages")
        if _total_pages is None:
            total_pages = UNSET
        else:
            total_pages = (
                _total_pages
                if type(_total_pages) is int
                else check_int(_total_pages, "Paginate.total_pages")
            )
        _previous_page = get("previous_page", UNSET)
        if _previous_page is None or _previous_page is UNSET:
            previous_page = _previous_page
        else:
            previous_page = (
                _previous_page
                if type(_previous_page) is str or type(_previous_page) is int
                else check_union(
                    _previous_page,
                    "Paginate.previous_page",
                    "a string or an integer",
                    (str, int),
                )
            )
        _next_page = get("next_page", UNSET)
        if _next_page is None or _next_page is UNSET:
            next_page = _next_page
        else:
            next_page = (
                _next_page
                if type(_next_page) is str or type(_next_page) is int
                else check_union(
                    _next_page,
                    "Paginate.next_page",
                    "a string or an integer",
                    (str, int),
                )
            )
        paginate = cls(
            total_pages,
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
            paginate.additional_properties = d
        return paginate

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
