# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

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
        d = dict(src_dict)
        name = d.pop("name")

        announcement = d.pop("announcement")

        announcement_create = cls(
            name=name,
            announcement=announcement,
        )

        return announcement_create
