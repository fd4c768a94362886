# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.redirection import Redirection
from ..types import (
    UNSET,
    Unset,
    bad_value,
    check_list,
    check_union,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.origination import Origination


T = TypeVar("T", bound="CallFlowStep")
_KNOWN_KEYS = frozenset(
    {
        "callee",
        "start_time",
        "answer_time",
        "hangup_time",
        "redirection",
        "redirection_target",
        "origination",
    }
)


@_attrs_define
class CallFlowStep:
    callee: int | None | str | Unset = UNSET
    """ A phone number, or null. """
    start_time: datetime.datetime | None | Unset = UNSET
    """ ISO 8601 with offset, or null. """
    answer_time: datetime.datetime | None | Unset = UNSET
    """ ISO 8601 with offset, or null. """
    hangup_time: datetime.datetime | None | Unset = UNSET
    """ ISO 8601 with offset, or null. """
    redirection: Redirection | Unset = UNSET
    """ Where a call-flow step sent the call. """
    redirection_target: int | None | str | Unset = UNSET
    """ A phone number, or null. """
    origination: list[Origination] | Unset = UNSET
    """ The extensions a group rang, with each one's result. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        callee: int | None | str | Unset
        if isinstance(self.callee, Unset):
            callee = UNSET
        else:
            callee = self.callee

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

        redirection: str | Unset = UNSET
        if not isinstance(self.redirection, Unset):
            redirection = self.redirection.value

        redirection_target: int | None | str | Unset
        if isinstance(self.redirection_target, Unset):
            redirection_target = UNSET
        else:
            redirection_target = self.redirection_target

        origination: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.origination, Unset):
            origination = []
            for origination_item_data in self.origination:
                origination_item = origination_item_data.to_dict()
                origination.append(origination_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if callee is not UNSET:
            field_dict["callee"] = callee
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if answer_time is not UNSET:
            field_dict["answer_time"] = answer_time
        if hangup_time is not UNSET:
            field_dict["hangup_time"] = hangup_time
        if redirection is not UNSET:
            field_dict["redirection"] = redirection
        if redirection_target is not UNSET:
            field_dict["redirection_target"] = redirection_target
        if origination is not UNSET:
            field_dict["origination"] = origination

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the JSON object the API sent; TypeError/ValueError (naming the field) when it does not fit."""
        from ..models.origination import Origination

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("CallFlowStep", "an object", src_dict)
        get = src_dict.get
        _callee = get("callee", UNSET)
        if _callee is None or _callee is UNSET:
            callee = _callee
        else:
            callee = (
                _callee
                if type(_callee) is int or type(_callee) is str
                else check_union(
                    _callee, "CallFlowStep.callee", "an integer or a string", (int, str)
                )
            )
        _start_time = get("start_time", UNSET)
        if _start_time is None or _start_time is UNSET:
            start_time = _start_time
        else:
            if type(_start_time) is not str:
                raise wrong_type(
                    "CallFlowStep.start_time",
                    "an ISO 8601 date-time string",
                    _start_time,
                )
            try:
                start_time = datetime.datetime.fromisoformat(_start_time)
            except ValueError:
                raise bad_value(
                    "CallFlowStep.start_time", "an ISO 8601 date-time", _start_time
                ) from None
        _answer_time = get("answer_time", UNSET)
        if _answer_time is None or _answer_time is UNSET:
            answer_time = _answer_time
        else:
            if type(_answer_time) is not str:
                raise wrong_type(
                    "CallFlowStep.answer_time",
                    "an ISO 8601 date-time string",
                    _answer_time,
                )
            try:
                answer_time = datetime.datetime.fromisoformat(_answer_time)
            except ValueError:
                raise bad_value(
                    "CallFlowStep.answer_time", "an ISO 8601 date-time", _answer_time
                ) from None
        _hangup_time = get("hangup_time", UNSET)
        if _hangup_time is None or _hangup_time is UNSET:
            hangup_time = _hangup_time
        else:
            if type(_hangup_time) is not str:
                raise wrong_type(
                    "CallFlowStep.hangup_time",
                    "an ISO 8601 date-time string",
                    _hangup_time,
                )
            try:
                hangup_time = datetime.datetime.fromisoformat(_hangup_time)
            except ValueError:
                raise bad_value(
                    "CallFlowStep.hangup_time", "an ISO 8601 date-time", _hangup_time
                ) from None
        _redirection = get("redirection")
        if _redirection is None:
            redirection = UNSET
        else:
            redirection = (
                _VALUES_Redirection.get(_redirection)
                if type(_redirection) is str
                else None
            )
            if redirection is None:
                redirection = Redirection._from_wire(
                    _redirection, "CallFlowStep.redirection"
                )
        _redirection_target = get("redirection_target", UNSET)
        if _redirection_target is None or _redirection_target is UNSET:
            redirection_target = _redirection_target
        else:
            redirection_target = (
                _redirection_target
                if type(_redirection_target) is int or type(_redirection_target) is str
                else check_union(
                    _redirection_target,
                    "CallFlowStep.redirection_target",
                    "an integer or a string",
                    (int, str),
                )
            )
        _origination = get("origination")
        if _origination is None:
            origination = UNSET
        else:
            origination = [
                Origination.from_dict(_item)
                for _item in (
                    _origination
                    if type(_origination) is list
                    else check_list(_origination, "CallFlowStep.origination")
                )
            ]
        call_flow_step = cls(
            callee,
            start_time,
            answer_time,
            hangup_time,
            redirection,
            redirection_target,
            origination,
        )
        if not src_dict.keys() <= _KNOWN_KEYS:
            unknown = src_dict.keys() - _KNOWN_KEYS
            if len(unknown) == 1:
                (key,) = unknown
                d = {key: src_dict[key]}
            else:
                d = {key: value for key, value in src_dict.items() if key in unknown}
            call_flow_step.additional_properties = d
        return call_flow_step

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
_VALUES_Redirection = Redirection._value2member_map_
