# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkingDay")


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
        d = dict(src_dict)
        open_ = d.pop("open", UNSET)

        shift_start = d.pop("shift_start", UNSET)

        lunch_break_start = d.pop("lunch_break_start", UNSET)

        lunch_break_finish = d.pop("lunch_break_finish", UNSET)

        shift_finish = d.pop("shift_finish", UNSET)

        working_day = cls(
            open_=open_,
            shift_start=shift_start,
            lunch_break_start=lunch_break_start,
            lunch_break_finish=lunch_break_finish,
            shift_finish=shift_finish,
        )

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
