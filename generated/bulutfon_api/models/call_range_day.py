# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    check_str,
    wrong_type,
)

T = TypeVar("T", bound="CallRangeDay")
_KNOWN_KEYS = frozenset(
    {
        "active",
        "start",
        "finish",
    }
)


@_attrs_define
class CallRangeDay:
    active: bool | Unset = UNSET
    start: str | Unset = UNSET
    """ A time of day, `HH:MM` (read as sent). """
    finish: str | Unset = UNSET
    """ A time of day, `HH:MM` (read as sent). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        start = self.start

        finish = self.finish

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if start is not UNSET:
            field_dict["start"] = start
        if finish is not UNSET:
            field_dict["finish"] = finish

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the JSON object the API sent; TypeError/ValueError (naming the field) when it does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("CallRangeDay", "an object", src_dict)
        get = src_dict.get
        _active = get("active")
        if _active is None:
            active = UNSET
        else:
            if type(_active) is not bool:
                raise wrong_type("CallRangeDay.active", "a boolean", _active)
            active = _active
        _start = get("start")
        if _start is None:
            start = UNSET
        else:
            start = (
                _start
                if type(_start) is str
                else check_str(_start, "CallRangeDay.start")
            )
        _finish = get("finish")
        if _finish is None:
            finish = UNSET
        else:
            finish = (
                _finish
                if type(_finish) is str
                else check_str(_finish, "CallRangeDay.finish")
            )
        call_range_day = cls(
            active,
            start,
            finish,
        )
        if not src_dict.keys() <= _KNOWN_KEYS:
            unknown = src_dict.keys() - _KNOWN_KEYS
            if len(unknown) == 1:
                (key,) = unknown
                d = {key: src_dict[key]}
            else:
                d = {key: value for key, value in src_dict.items() if key in unknown}
            call_range_day.additional_properties = d
        return call_range_day

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
