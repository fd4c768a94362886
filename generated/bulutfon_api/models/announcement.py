# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    bad_value,
    check_int,
    check_str,
    wrong_type,
)

T = TypeVar("T", bound="Announcement")
_KNOWN_KEYS = frozenset(
    {
        "id",
        "name",
        "file_name",
        "is_on_hold_music",
        "created_at",
    }
)


@_attrs_define
class Announcement:
    id: int
    name: str
    file_name: str | Unset = UNSET
    is_on_hold_music: bool | Unset = UNSET
    """ Whether it is the music on hold. """
    created_at: datetime.datetime | None | Unset = UNSET
    """ ISO 8601 with offset, or null. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        file_name = self.file_name

        is_on_hold_music = self.is_on_hold_music

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        if is_on_hold_music is not UNSET:
            field_dict["is_on_hold_music"] = is_on_hold_music
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the JSON object the API sent; TypeError/ValueError (naming the field) when it does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("Announcement", "an object", src_dict)
        get = src_dict.get
        _id = src_dict["id"]
        id = _id if type(_id) is int else check_int(_id, "Announcement.id")
        _name = src_dict["name"]
        name = _name if type(_name) is str else check_str(_name, "Announcement.name")
        _file_name = get("file_name")
        if _file_name is None:
            file_name = UNSET
        else:
            file_name = (
                _file_name
                if type(_file_name) is str
                else check_str(_file_name, "Announcement.file_name")
            )
        _is_on_hold_music = get("is_on_hold_music")
        if _is_on_hold_music is None:
            is_on_hold_music = UNSET
        else:
            if type(_is_on_hold_music) is not bool:
                raise wrong_type(
                    "Announcement.is_on_hold_music", "a boolean", _is_on_hold_music
                )
            is_on_hold_music = _is_on_hold_music
        _created_at = get("created_at", UNSET)
        if _created_at is None or _created_at is UNSET:
            created_at = _created_at
        else:
            if type(_created_at) is not str:
                raise wrong_type(
                    "Announcement.created_at",
                    "an ISO 8601 date-time string",
                    _created_at,
                )
            try:
                created_at = datetime.datetime.fromisoformat(_created_at)
            except ValueError:
                raise bad_value(
                    "Announcement.created_at", "an ISO 8601 date-time", _created_at
                ) from None
        announcement = cls(
            id,
            name,
            file_name,
            is_on_hold_music,
            created_at,
        )
        if not src_dict.keys() <= _KNOWN_KEYS:
            unknown = src_dict.keys() - _KNOWN_KEYS
            if len(unknown) == 1:
                (key,) = unknown
                d = {key: src_dict[key]}
            else:
                d = {key: value for key, value in src_dict.items() if key in unknown}
            announcement.additional_properties = d
        return announcement

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
