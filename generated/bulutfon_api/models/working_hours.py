# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    check_object,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.working_day import WorkingDay


T = TypeVar("T", bound="WorkingHours")
_KNOWN_KEYS = frozenset(
    {
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    }
)


@_attrs_define
class WorkingHours:
    monday: WorkingDay | Unset = UNSET
    tuesday: WorkingDay | Unset = UNSET
    wednesday: WorkingDay | Unset = UNSET
    thursday: WorkingDay | Unset = UNSET
    friday: WorkingDay | Unset = UNSET
    saturday: WorkingDay | Unset = UNSET
    sunday: WorkingDay | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        monday: dict[str, Any] | Unset = UNSET
        if not isinstance(self.monday, Unset):
            monday = self.monday.to_dict()

        tuesday: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tuesday, Unset):
            tuesday = self.tuesday.to_dict()

        wednesday: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wednesday, Unset):
            wednesday = self.wednesday.to_dict()

        thursday: dict[str, Any] | Unset = UNSET
        if not isinstance(self.thursday, Unset):
            thursday = self.thursday.to_dict()

        friday: dict[str, Any] | Unset = UNSET
        if not isinstance(self.friday, Unset):
            friday = self.friday.to_dict()

        saturday: dict[str, Any] | Unset = UNSET
        if not isinstance(self.saturday, Unset):
            saturday = self.saturday.to_dict()

        sunday: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sunday, Unset):
            sunday = self.sunday.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if monday is not UNSET:
            field_dict["monday"] = monday
        if tuesday is not UNSET:
            field_dict["tuesday"] = tuesday
        if wednesday is not UNSET:
            field_dict["wednesday"] = wednesday
        if thursday is not UNSET:
            field_dict["thursday"] = thursday
        if friday is not UNSET:
            field_dict["friday"] = friday
        if saturday is not UNSET:
            field_dict["saturday"] = saturday
        if sunday is not UNSET:
            field_dict["sunday"] = sunday

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the JSON object the API sent; TypeError/ValueError (naming the field) when it does not fit."""
        from ..models.working_day import WorkingDay

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("WorkingHours", "an object", src_dict)
        get = src_dict.get
        _monday = get("monday")
        if _monday is None:
            monday = UNSET
        else:
            monday = WorkingDay.from_dict(
                _monday
                if type(_monday) is dict
                else check_object(_monday, "WorkingHours.monday")
            )
        _tuesday = get("tuesday")
        if _tuesday is None:
            tuesday = UNSET
        else:
            tuesday = WorkingDay.from_dict(
                _tuesday
                if type(_tuesday) is dict
                else check_object(_tuesday, "WorkingHours.tuesday")
            )
        _wednesday = get("wednesday")
        if _wednesday is None:
            wednesday = UNSET
        else:
            wednesday = WorkingDay.from_dict(
                _wednesday
                if type(_wednesday) is dict
                else check_object(_wednesday, "WorkingHours.wednesday")
            )
        _thursday = get("thursday")
        if _thursday is None:
            thursday = UNSET
        else:
            thursday = WorkingDay.from_dict(
                _thursday
                if type(_thursday) is dict
                else check_object(_thursday, "WorkingHours.thursday")
            )
        _friday = get("friday")
        if _friday is None:
            friday = UNSET
        else:
            friday = WorkingDay.from_dict(
                _friday
                if type(_friday) is dict
                else check_object(_friday, "WorkingHours.friday")
            )
        _saturday = get("saturday")
        if _saturday is None:
            saturday = UNSET
        else:
            saturday = WorkingDay.from_dict(
                _saturday
                if type(_saturday) is dict
                else check_object(_saturday, "WorkingHours.saturday")
            )
        _sunday = get("sunday")
        if _sunday is None:
            sunday = UNSET
        else:
            sunday = WorkingDay.from_dict(
                _sunday
                if type(_sunday) is dict
                else check_object(_sunday, "WorkingHours.sunday")
            )
        working_hours = cls(
            monday,
            tuesday,
            wednesday,
            thursday,
            friday,
            saturday,
            sunday,
        )
        if not src_dict.keys() <= _KNOWN_KEYS:
            unknown = src_dict.keys() - _KNOWN_KEYS
            if len(unknown) == 1:
                (key,) = unknown
                d = {key: src_dict[key]}
            else:
                d = {key: value for key, value in src_dict.items() if key in unknown}
            working_hours.additional_properties = d
        return working_hours

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
