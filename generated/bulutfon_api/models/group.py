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
    check_str,
    wrong_type,
)

T = TypeVar("T", bound="Group")
_KNOWN_KEYS = frozenset(
    {
        "id",
        "number",
        "name",
        "timeout",
        "delay_time",
        "ring_duration",
    }
)


@_attrs_define
class Group:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        name = self.name

        timeout = self.timeout

        delay_time = self.delay_time

        ring_duration = self.ring_duration

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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the JSON object the API sent; TypeError/ValueError (naming the field) when it does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("Group", "an object", src_dict)
        get = src_dict.get
        _id = src_dict["id"]
        id = _id if type(_id) is int else check_int(_id, "Group.id")
        _number = src_dict["number"]
        number = _number if type(_number) is int else check_int(_number, "Group.number")
        _name = src_dict["name"]
        name = _name if type(_name) is str else check_str(_name, "Group.name")
        _timeout = get("timeout")
        if _timeout is None:
            timeout = UNSET
        else:
            timeout = (
                _timeout
                if type(_timeout) is int
                else check_int(_timeout, "Group.timeout")
            )
        _delay_time = get("delay_time")
        if _delay_time is None:
            delay_time = UNSET
        else:
            delay_time = (
                _delay_time
                if type(_delay_time) is int
                else check_int(_delay_time, "Group.delay_time")
            )
        _ring_duration = get("ring_duration")
        if _ring_duration is None:
            ring_duration = UNSET
        else:
            ring_duration = (
                _ring_duration
                if type(_ring_duration) is int
                else check_int(_ring_duration, "Group.ring_duration")
            )
        group = cls(
            id,
            number,
            name,
            timeout,
            delay_time,
            ring_duration,
        )
        if not src_dict.keys() <= _KNOWN_KEYS:
            unknown = src_dict.keys() - _KNOWN_KEYS
            if len(unknown) == 1:
                (key,) = unknown
                d = {key: src_dict[key]}
            else:
                d = {key: value for key, value in src_dict.items() if key in unknown}
            group.additional_properties = d
        return group

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
