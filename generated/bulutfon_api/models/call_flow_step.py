# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.redirection import Redirection
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.origination import Origination


T = TypeVar("T", bound="CallFlowStep")


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
        from ..models.origination import Origination

        d = dict(src_dict)

        def _parse_callee(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        callee = _parse_callee(d.pop("callee", UNSET))

        def _parse_start_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_timestamp_type_0 = (
                    datetime.datetime.fromisoformat(data)
                )

                return componentsschemas_nullable_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        start_time = _parse_start_time(d.pop("start_time", UNSET))

        def _parse_answer_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_timestamp_type_0 = (
                    datetime.datetime.fromisoformat(data)
                )

                return componentsschemas_nullable_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        answer_time = _parse_answer_time(d.pop("answer_time", UNSET))

        def _parse_hangup_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_timestamp_type_0 = (
                    datetime.datetime.fromisoformat(data)
                )

                return componentsschemas_nullable_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        hangup_time = _parse_hangup_time(d.pop("hangup_time", UNSET))

        _redirection = d.pop("redirection", UNSET)
        redirection: Redirection | Unset
        if isinstance(_redirection, Unset) or _redirection is None:
            redirection = UNSET
        else:
            redirection = Redirection._from_wire(_redirection)

        def _parse_redirection_target(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        redirection_target = _parse_redirection_target(
            d.pop("redirection_target", UNSET)
        )

        _origination = d.pop("origination", UNSET)
        origination: list[Origination] | Unset = UNSET
        if _origination is not UNSET and _origination is not None:
            origination = []
            for origination_item_data in _origination:
                origination_item = Origination.from_dict(origination_item_data)

                origination.append(origination_item)

        call_flow_step = cls(
            callee=callee,
            start_time=start_time,
            answer_time=answer_time,
            hangup_time=hangup_time,
            redirection=redirection,
            redirection_target=redirection_target,
            origination=origination,
        )

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
