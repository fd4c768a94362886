# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    check_int,
    check_list,
    check_str,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.group_member import GroupMember


T = TypeVar("T", bound="GroupDetail")
_KNOWN_KEYS = frozenset(
    {
        "id",
        "number",
        "name",
        "timeout",
        "delay_time",
        "ring_duration",
        "extensions",
    }
)


@_attrs_define
class GroupDetail:
    id: int
    """ The group's id. """
    number: int
    """ The group number. """
    name: str
    """ The group's name. """
    timeout: int | Unset = UNSET
    """ Seconds before the group times out. """
    delay_time: int | Unset = UNSET
    """ Seconds before members start ringing. """
    ring_duration: int | Unset = UNSET
    """ Seconds each member rings. """
    extensions: list[GroupMember] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        name = self.name

        timeout = self.timeout

        delay_time = self.delay_time

        ring_duration = self.ring_duration

        extensions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.extensions, Unset):
            extensions = []
            for extensions_item_data in self.extensions:
                extensions_item = extensions_item_data.to_dict()
                extensions.append(extensions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "number": number,
                "name": name,
            }
        )
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if delay_time is not UNSET:
            field_dict["delay_time"] = delay_time
        if ring_duration is not UNSET:
            field_dict["ring_duration"] = ring_duration
        if extensions is not UNSET:
            field_dict["extensions"] = extensions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the JSON object the API sent; TypeError/ValueError (naming the field) when it does not fit."""
        from ..models.group_member import GroupMember

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("GroupDetail", "an object", src_dict)
        get = src_dict.get
        _id = src_dict["id"]
        id = _id if type(_id) is int else check_int(_id, "GroupDetail.id")
        _number = src_dict["number"]
        number = (
            _number
            if type(_number) is int
            else check_int(_number, "GroupDetail.number")
        )
        _name = src_dict["name"]
        name = _name if type(_name) is str else check_str(_name, "GroupDetail.name")
        _timeout = get("timeout")
        if _timeout is None:
            timeout = UNSET
        else:
            timeout = (
                _timeout
                if type(_timeout) is int
                else check_int(_timeout, "GroupDetail.timeout")
            )
        _delay_time = get("delay_time")
        if _delay_time is None:
            delay_time = UNSET
        else:
            delay_time = (
                _delay_time
                if type(_delay_time) is int
                else check_int(_delay_time, "GroupDetail.delay_time")
            )
        _ring_duration = get("ring_duration")
        if _ring_duration is None:
            ring_duration = UNSET
        else:
            ring_duration = (
                _ring_duration
                if type(_ring_duration) is int
                else check_int(_ring_duration, "GroupDetail.ring_duration")
            )
        _extensions = get("extensions")
        if _extensions is None:
            extensions = UNSET
        else:
            extensions = [
                GroupMember.from_dict(_item)
                for _item in (
                    _extensions
                    if type(_extensions) is list
                    else check_list(_extensions, "GroupDetail.extensions")
                )
            ]
        group_detail = cls(
            id,
            number,
            name,
            timeout,
            delay_time,
            ring_duration,
            extensions,
        )
        if not src_dict.keys() <= _KNOWN_KEYS:
            unknown = src_dict.keys() - _KNOWN_KEYS
            if len(unknown) == 1:
                (key,) = unknown
                d = {key: src_dict[key]}
            else:
                d = {key: value for key, value in src_dict.items() if key in unknown}
            group_detail.additional_properties = d
        return group_detail

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
