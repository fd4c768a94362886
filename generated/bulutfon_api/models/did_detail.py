# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.did_destination_type import DidDestinationType
from ..models.did_state import DidState
from ..types import (
    UNSET,
    Unset,
    check_int,
    check_object,
    check_union,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.working_hours import WorkingHours


T = TypeVar("T", bound="DidDetail")
_KNOWN_KEYS = frozenset(
    {
        "id",
        "number",
        "state",
        "destination_type",
        "destination_id",
        "destination_number",
        "working_hour",
        "working_hours",
    }
)


@_attrs_define
class DidDetail:
    id: int
    """ The number's id. """
    number: int | str
    """ A phone number. Sent as a JSON integer in some places and a string in others. """
    state: DidState
    """ DRAFT: draft; IN-PROGRESS: being processed; CONFIRMED: active; CANCELED: withdrawn;
    TERMINATED: closed; NTS-DRAFT, NTS-IN-PROGRESS, NTS-CANCEL: number porting states.
     """
    destination_type: DidDestinationType | Unset = UNSET
    """ Where calls to the number go: a menu (`Auto attendant`), a group or an extension. """
    destination_id: int | None | Unset = UNSET
    """ The id of the menu, group or extension calls go to. """
    destination_number: int | None | str | Unset = UNSET
    """ A phone number, or null. """
    working_hour: bool | Unset = UNSET
    """ Whether working hours are in force. """
    working_hours: WorkingHours | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number: int | str
        number = self.number

        state = self.state.value

        destination_type: str | Unset = UNSET
        if not isinstance(self.destination_type, Unset):
            destination_type = self.destination_type.value

        destination_id: int | None | Unset
        if isinstance(self.destination_id, Unset):
            destination_id = UNSET
        else:
            destination_id = self.destination_id

        destination_number: int | None | str | Unset
        if isinstance(self.destination_number, Unset):
            destination_number = UNSET
        else:
            destination_number = self.destination_number

        working_hour = self.working_hour

        working_hours: dict[str, Any] | Unset = UNSET
        if not isinstance(self.working_hours, Unset):
            working_hours = self.working_hours.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "number": number,
                "state": state,
            }
        )
        if destination_type is not UNSET:
            field_dict["destination_type"] = destination_type
        if destination_id is not UNSET:
            field_dict["destination_id"] = destination_id
        if destination_number is not UNSET:
            field_dict["destination_number"] = destination_number
        if working_hour is not UNSET:
            field_dict["working_hour"] = working_hour
        if working_hours is not UNSET:
            field_dict["working_hours"] = working_hours

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the JSON object the API sent; TypeError/ValueError (naming the field) when it does not fit."""
        from ..models.working_hours import WorkingHours

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("DidDetail", "an object", src_dict)
        get = src_dict.get
        _id = src_dict["id"]
        id = _id if type(_id) is int else check_int(_id, "DidDetail.id")
        _number = src_dict["number"]
        number = (
            _number
            if type(_number) is int or type(_number) is str
            else check_union(
                _number, "DidDetail.number", "an integer or a string", (int, str)
            )
        )
        _state = src_dict["state"]
        state = _VALUES_DidState.get(_state) if type(_state) is str else None
        if state is None:
            state = DidState._from_wire(_state, "DidDetail.state")
        _destination_type = get("destination_type")
        if _destination_type is None:
            destination_type = UNSET
        else:
            destination_type = (
                _VALUES_DidDestinationType.get(_destination_type)
                if type(_destination_type) is str
                else None
            )
            if destination_type is None:
                destination_type = DidDestinationType._from_wire(
                    _destination_type, "DidDetail.destination_type"
                )
        _destination_id = get("destination_id", UNSET)
        if _destination_id is None or _destination_id is UNSET:
            destination_id = _destination_id
        else:
            destination_id = (
                _destination_id
                if type(_destination_id) is int
                else check_union(
                    _destination_id, "DidDetail.destination_id", "an integer", (int,)
                )
            )
        _destination_number = get("destination_number", UNSET)
        if _destination_number is None or _destination_number is UNSET:
            destination_number = _destination_number
        else:
            destination_number = (
                _destination_number
                if type(_destination_number) is int or type(_destination_number) is str
                else check_union(
                    _destination_number,
                    "DidDetail.destination_number",
                    "an integer or a string",
                    (int, str),
                )
            )
        _working_hour = get("working_hour")
        if _working_hour is None:
            working_hour = UNSET
        else:
            if type(_working_hour) is not bool:
                raise wrong_type("DidDetail.working_hour", "a boolean", _working_hour)
            working_hour = _working_hour
        _working_hours = get("working_hours")
        if _working_hours is None:
            working_hours = UNSET
        else:
            working_hours = WorkingHours.from_dict(
                _working_hours
                if type(_working_hours) is dict
                else check_object(_working_hours, "DidDetail.working_hours")
            )
        did_detail = cls(
            id,
            number,
            state,
            destination_type,
            destination_id,
            destination_number,
            working_hour,
            working_hours,
        )
        if not src_dict.keys() <= _KNOWN_KEYS:
            unknown = src_dict.keys() - _KNOWN_KEYS
            if len(unknown) == 1:
                (key,) = unknown
                d = {key: src_dict[key]}
            else:
                d = {key: value for key, value in src_dict.items() if key in unknown}
            did_detail.additional_properties = d
        return did_detail

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


# An attribute of an Enum class is slow to read on Python 3.11 (EnumType.__getattr__): from_dict
# reads each enum's value map through a module global instead.
_VALUES_DidState = DidState._value2member_map_
_VALUES_DidDestinationType = DidDestinationType._value2member_map_
