# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hangup_cause import HangupCause
from ..types import (
    UNSET,
    Unset,
    bad_value,
    check_union,
    wrong_type,
)

T = TypeVar("T", bound="Origination")
_KNOWN_KEYS = frozenset(
    {
        "destination",
        "start_time",
        "answer_time",
        "hangup_time",
        "result",
    }
)


@_attrs_define
class Origination:
    destination: int | None | str | Unset = UNSET
    """ A phone number, or null. """
    start_time: datetime.datetime | None | Unset = UNSET
    """ ISO 8601 with offset, or null. """
    answer_time: datetime.datetime | None | Unset = UNSET
    """ ISO 8601 with offset, or null. """
    hangup_time: datetime.datetime | None | Unset = UNSET
    """ ISO 8601 with offset, or null. """
    result: HangupCause | Unset = UNSET
    """ Why the call ended. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        destination: int | None | str | Unset
        if isinstance(self.destination, Unset):
            destination = UNSET
        else:
            destination = self.destination

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        elif isinstance(self.start_time, datetime.datetime):
            start_time = self.start_time.isoformat()
        else:
            start_time = self.start_time

        answer_time: None | str | Unset
        if isinstance(self.answer_time, Unset):
            answer_time = UNSET
        elif isinstance(self.answer_time, datetime.datetime):
            answer_time = self.answer_time.isoformat()
        else:
            answer_time = self.answer_time

        hangup_time: None | str | Unset
        if isinstance(self.hangup_time, Unset):
            hangup_time = UNSET
        elif isinstance(self.hangup_time, datetime.datetime):
            hangup_time = self.hangup_time.isoformat()
        else:
            hangup_time = self.hangup_time

        result: str | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if destination is not UNSET:
            field_dict["destination"] = destination
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if answer_time is not UNSET:
            field_dict["answer_time"] = answer_time
        if hangup_time is not UNSET:
            field_dict["hangup_time"] = hangup_time
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the JSON object the API sent; TypeError/ValueError (naming the field) when it does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("Origination", "an object", src_dict)
        get = src_dict.get
        _destination = get("destination", UNSET)
        if _destination is None or _destination is UNSET:
            destination = _destination
        else:
            destination = (
                _destination
                if type(_destination) is int or type(_destination) is str
                else check_union(
                    _destination,
                    "Origination.destination",
                    "an integer or a string",
                    (int, str),
                )
            )
        _start_time = get("start_time", UNSET)
        if _start_time is None or _start_time is UNSET:
            start_time = _start_time
        else:
            if type(_start_time) is not str:
                raise wrong_type(
                    "Origination.start_time",
                    "an ISO 8601 date-time string",
                    _start_time,
                )
            try:
                start_time = datetime.datetime.fromisoformat(_start_time)
            except ValueError:
                raise bad_value(
                    "Origination.start_time", "an ISO 8601 date-time", _start_time
                ) from None
        _answer_time = get("answer_time", UNSET)
        if _answer_time is None or _answer_time is UNSET:
            answer_time = _answer_time
        else:
            if type(_answer_time) is not str:
                raise wrong_type(
                    "Origination.answer_time",
                    "an ISO 8601 date-time string",
                    _answer_time,
                )
            try:
                answer_time = datetime.datetime.fromisoformat(_answer_time)
            except ValueError:
                raise bad_value(
                    "Origination.answer_time", "an ISO 8601 date-time", _answer_time
                ) from None
        _hangup_time = get("hangup_time", UNSET)
        if _hangup_time is None or _hangup_time is UNSET:
            hangup_time = _hangup_time
        else:
            if type(_hangup_time) is not str:
                raise wrong_type(
                    "Origination.hangup_time",
                    "an ISO 8601 date-time string",
                    _hangup_time,
                )
            try:
                hangup_time = datetime.datetime.fromisoformat(_hangup_time)
            except ValueError:
                raise bad_value(
                    "Origination.hangup_time", "an ISO 8601 date-time", _hangup_time
                ) from None
        _result = get("result")
        if _result is None:
            result = UNSET
        else:
            result = _VALUES_HangupCause.get(_result) if type(_result) is str else None
            if result is None:
                result = HangupCause._from_wire(_result, "Origination.result")
        origination = cls(
            destination,
            start_time,
            answer_time,
            hangup_time,
            result,
        )
        if not src_dict.keys() <= _KNOWN_KEYS:
            unknown = src_dict.keys() - _KNOWN_KEYS
            if len(unknown) == 1:
                (key,) = unknown
                d = {key: src_dict[key]}
            else:
                d = {key: value for key, value in src_dict.items() if key in unknown}
            origination.additional_properties = d
        return origination

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
_VALUES_HangupCause = HangupCause._value2member_map_
