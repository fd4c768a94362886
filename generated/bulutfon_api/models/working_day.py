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

T = TypeVar("T", bound="WorkingDay")
_KNOWN_KEYS = frozenset(
    {
        "open",
        "shift_start",
        "lunch_break_start",
        "lunch_break_finish",
        "shift_finish",
    }
)


@_attrs_define
class WorkingDay:
    open_: bool | Unset = UNSET
    """ Whether the day is a working day. """
    shift_start: str | Unset = UNSET
    """ A time of day, `HH:MM` (read as sent). """
    lunch_break_start: str | Unset = UNSET
    """ A time of day, `HH:MM` (read as sent). """
    lunch_break_finish: str | Unset = UNSET
    """ A time of day, `HH:MM` (read as sent). """
    shift_finish: str | Unset = UNSET
    """ A time of day, `HH:MM` (read as sent). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        open_ = self.open_

        shift_start = self.shift_start

        lunch_break_start = self.lunch_break_start

        lunch_break_finish = self.lunch_break_finish

        shift_finish = self.shift_finish

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if open_ is not UNSET:
            field_dict["open"] = open_
        if shift_start is not UNSET:
            field_dict["shift_start"] = shift_start
        if lunch_break_start is not UNSET:
            field_dict["lunch_break_start"] = lunch_break_start
        if lunch_break_finish is not UNSET:
            field_dict["lunch_break_finish"] = lunch_break_finish
        if shift_finish is not UNSET:
            field_dict["shift_finish"] = shift_finish

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the JSON object the API sent; TypeError/ValueError (naming the field) when it does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("WorkingDay", "an object", src_dict)
        get = src_dict.get
        _open_ = get("open")
        if _open_ is None:
            open_ = UNSET
        else:
            if type(_open_) is not bool:
                raise wrong_type("WorkingDay.open", "a boolean", _open_)
            open_ = _open_
        _shift_start = get("shift_start")
        if _shift_start is None:
            shift_start = UNSET
        else:
            shift_start = (
                _shift_start
                if type(_shift_start) is str
                else check_str(_shift_start, "WorkingDay.shift_start")
            )
        _lunch_break_start = get("lunch_break_start")
        if _lunch_break_start is None:
            lunch_break_start = UNSET
        else:
            lunch_break_start = (
                _lunch_break_start
                if type(_lunch_break_start) is str
                else check_str(_lunch_break_start, "WorkingDay.lunch_break_start")
            )
        _lunch_break_finish = get("lunch_break_finish")
        if _lunch_break_finish is None:
            lunch_break_finish = UNSET
        else:
            lunch_break_finish = (
                _lunch_break_finish
                if type(_lunch_break_finish) is str
                else check_str(_lunch_break_finish, "WorkingDay.lunch_break_finish")
            )
        _shift_finish = get("shift_finish")
        if _shift_finish is None:
            shift_finish = UNSET
        else:
            shift_finish = (
                _shift_finish
                if type(_shift_finish) is str
                else check_str(_shift_finish, "WorkingDay.shift_finish")
            )
        working_day = cls(
            open_,
            shift_start,
            lunch_break_start,
            lunch_break_finish,
            shift_finish,
        )
        if not src_dict.keys() <= _KNOWN_KEYS:
            unknown = src_dict.keys() - _KNOWN_KEYS
            if len(unknown) == 1:
                (key,) = unknown
                d = {key: src_dict[key]}
            else:
                d = {key: value for key, value in src_dict.items() if key in unknown}
            working_day.additional_properties = d
        return working_day

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
