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
    check_union,
    wrong_type,
)

T = TypeVar("T", bound="AutomaticCall")
_KNOWN_KEYS = frozenset(
    {
        "id",
        "title",
        "did",
        "announcement",
        "sound_url",
        "gather",
        "created_at",
    }
)


@_attrs_define
class AutomaticCall:
    id: int
    title: str
    did: int | None | str | Unset = UNSET
    """ A phone number, or null. """
    announcement: None | str | Unset = UNSET
    """ The announcement's name. """
    sound_url: None | str | Unset = UNSET
    """ The sound URL played, when one was given. """
    gather: bool | Unset = UNSET
    """ Whether keys pressed are recorded. """
    created_at: datetime.datetime | None | Unset = UNSET
    """ ISO 8601 with offset, or null. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        did: int | None | str | Unset
        if isinstance(self.did, Unset):
            did = UNSET
        else:
            did = self.did

        announcement: None | str | Unset
        if isinstance(self.announcement, Unset):
            announcement = UNSET
        else:
            announcement = self.announcement

        sound_url: None | str | Unset
        if isinstance(self.sound_url, Unset):
            sound_url = UNSET
        else:
            sound_url = self.sound_url

        gather = self.gather

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
                "title": title,
            }
        )
        if did is not UNSET:
            field_dict["did"] = did
        if announcement is not UNSET:
            field_dict["announcement"] = announcement
        if sound_url is not UNSET:
            field_dict["sound_url"] = sound_url
        if gather is not UNSET:
            field_dict["gather"] = gather
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the JSON object the API sent; TypeError/ValueError (naming the field) when it does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("AutomaticCall", "an object", src_dict)
        get = src_dict.get
        _id = src_dict["id"]
        id = _id if type(_id) is int else check_int(_id, "AutomaticCall.id")
        _title = src_dict["title"]
        title = (
            _title if type(_title) is str else check_str(_title, "AutomaticCall.title")
        )
        _did = get("did", UNSET)
        if _did is None or _did is UNSET:
            did = _did
        else:
            did = (
                _did
                if type(_did) is int or type(_did) is str
                else check_union(
                    _did, "AutomaticCall.did", "an integer or a string", (int, str)
                )
            )
        _announcement = get("announcement", UNSET)
        if _announcement is None or _announcement is UNSET:
            announcement = _announcement
        else:
            announcement = (
                _announcement
                if type(_announcement) is str
                else check_union(
                    _announcement, "AutomaticCall.announcement", "a string", (str,)
                )
            )
        _sound_url = get("sound_url", UNSET)
        if _sound_url is None or _sound_url is UNSET:
            sound_url = _sound_url
        else:
            sound_url = (
                _sound_url
                if type(_sound_url) is str
                else check_union(
                    _sound_url, "AutomaticCall.sound_url", "a string", (str,)
                )
            )
        _gather = get("gather")
        if _gather is None:
            gather = UNSET
        else:
            if type(_gather) is not bool:
                raise wrong_type("AutomaticCall.gather", "a boolean", _gather)
            gather = _gather
        _created_at = get("created_at", UNSET)
        if _created_at is None or _created_at is UNSET:
            created_at = _created_at
        else:
            if type(_created_at) is not str:
                raise wrong_type(
                    "AutomaticCall.created_at",
                    "an ISO 8601 date-time string",
                    _created_at,
                )
            try:
                created_at = datetime.datetime.fromisoformat(_created_at)
            except ValueError:
                raise bad_value(
                    "AutomaticCall.created_at", "an ISO 8601 date-time", _created_at
                ) from None
        automatic_call = cls(
            id,
            title,
            did,
            announcement,
            sound_url,
            gather,
            created_at,
        )
        if not src_dict.keys() <= _KNOWN_KEYS:
            unknown = src_dict.keys() - _KNOWN_KEYS
            if len(unknown) == 1:
                (key,) = unknown
                d = {key: src_dict[key]}
            else:
                d = {key: value for key, value in src_dict.items() if key in unknown}
            automatic_call.additional_properties = d
        return automatic_call

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
