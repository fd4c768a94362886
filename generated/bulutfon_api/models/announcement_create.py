# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import (
    check_str,
    wrong_type,
)

T = TypeVar("T", bound="AnnouncementCreate")


@_attrs_define
class AnnouncementCreate:
    name: str
    """ The announcement's name. """
    announcement: str
    """ A wav or mp3 as `data:<mime type>;name:<file name>;base64:<base64 of the file>` (not an RFC 2397 data URI).
    """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        announcement = self.announcement

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "announcement": announcement,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the JSON object the API sent; TypeError/ValueError (naming the field) when it does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("AnnouncementCreate", "an object", src_dict)
        get = src_dict.get
        _name = src_dict["name"]
        name = (
            _name if type(_name) is str else check_str(_name, "AnnouncementCreate.name")
        )
        _announcement = src_dict["announcement"]
        announcement = (
            _announcement
            if type(_announcement) is str
            else check_str(_announcement, "AnnouncementCreate.announcement")
        )
        announcement_create = cls(
            name,
            announcement,
        )
        return announcement_create
