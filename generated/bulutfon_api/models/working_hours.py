# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.working_day import WorkingDay


T = TypeVar("T", bound="WorkingHours")


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
        from ..models.working_day import WorkingDay

        d = dict(src_dict)
        _monday = d.pop("monday", UNSET)
        monday: WorkingDay | Unset
        if isinstance(_monday, Unset) or _monday is None:
            monday = UNSET
        else:
            monday = WorkingDay.from_dict(_monday)

        _tuesday = d.pop("tuesday", UNSET)
        tuesday: WorkingDay | Unset
        if isinstance(_tuesday, Unset) or _tuesday is None:
            tuesday = UNSET
        else:
            tuesday = WorkingDay.from_dict(_tuesday)

        _wednesday = d.pop("wednesday", UNSET)
        wednesday: WorkingDay | Unset
        if isinstance(_wednesday, Unset) or _wednesday is None:
            wednesday = UNSET
        else:
            wednesday = WorkingDay.from_dict(_wednesday)

        _thursday = d.pop("thursday", UNSET)
        thursday: WorkingDay | Unset
        if isinstance(_thursday, Unset) or _thursday is None:
            thursday = UNSET
        else:
            thursday = WorkingDay.from_dict(_thursday)

        _friday = d.pop("friday", UNSET)
        friday: WorkingDay | Unset
        if isinstance(_friday, Unset) or _friday is None:
            friday = UNSET
        else:
            friday = WorkingDay.from_dict(_friday)

        _saturday = d.pop("saturday", UNSET)
        saturday: WorkingDay | Unset
        if isinstance(_saturday, Unset) or _saturday is None:
            saturday = UNSET
        else:
            saturday = WorkingDay.from_dict(_saturday)

        _sunday = d.pop("sunday", UNSET)
        sunday: WorkingDay | Unset
        if isinstance(_sunday, Unset) or _sunday is None:
            sunday = UNSET
        else:
            sunday = WorkingDay.from_dict(_sunday)

        working_hours = cls(
            monday=monday,
            tuesday=tuesday,
            wednesday=wednesday,
            thursday=thursday,
            friday=friday,
            saturday=saturday,
            sunday=sunday,
        )

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
