# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.did_destination_type import DidDestinationType
from ..models.did_state import DidState
from ..types import UNSET, Unset

T = TypeVar("T", bound="Did")


@_attrs_define
class Did:
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_number(data: object) -> int | str:
            return cast(int | str, data)

        number = _parse_number(d.pop("number"))

        state = DidState._from_wire(d.pop("state"))

        _destination_type = d.pop("destination_type", UNSET)
        destination_type: DidDestinationType | Unset
        if isinstance(_destination_type, Unset) or _destination_type is None:
            destination_type = UNSET
        else:
            destination_type = DidDestinationType._from_wire(_destination_type)

        def _parse_destination_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        destination_id = _parse_destination_id(d.pop("destination_id", UNSET))

        def _parse_destination_number(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        destination_number = _parse_destination_number(
            d.pop("destination_number", UNSET)
        )

        working_hour = d.pop("working_hour", UNSET)

        did = cls(
            id=id,
            number=number,
            state=state,
            destination_type=destination_type,
            destination_id=destination_id,
            destination_number=destination_number,
            working_hour=working_hour,
        )

        did.additional_properties = d
        return did

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
