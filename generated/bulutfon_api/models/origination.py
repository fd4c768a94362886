# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hangup_cause import HangupCause
from ..types import UNSET, Unset

T = TypeVar("T", bound="Origination")


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
        d = dict(src_dict)

        def _parse_destination(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        destination = _parse_destination(d.pop("destination", UNSET))

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

        _result = d.pop("result", UNSET)
        result: HangupCause | Unset
        if isinstance(_result, Unset) or _result is None:
            result = UNSET
        else:
            result = HangupCause._from_wire(_result)

        origination = cls(
            destination=destination,
            start_time=start_time,
            answer_time=answer_time,
            hangup_time=hangup_time,
            result=result,
        )

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
