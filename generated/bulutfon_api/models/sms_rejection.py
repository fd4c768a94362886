# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    bad_value,
    check_union,
    wrong_type,
)

T = TypeVar("T", bound="SmsRejection")
_KNOWN_KEYS = frozenset(
    {
        "number",
        "sms_sent_at",
        "rejected_at",
    }
)


@_attrs_define
class SmsRejection:
    number: int | None | str | Unset = UNSET
    """ A phone number, or null. """
    sms_sent_at: datetime.datetime | None | Unset = UNSET
    """ ISO 8601 with offset, or null. """
    rejected_at: datetime.datetime | None | Unset = UNSET
    """ ISO 8601 with offset, or null. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number: int | None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        sms_sent_at: None | str | Unset
        if isinstance(self.sms_sent_at, Unset):
            sms_sent_at = UNSET
        elif isinstance(self.sms_sent_at, datetime.datetime):
            sms_sent_at = self.sms_sent_at.isoformat()
        else:
            sms_sent_at = self.sms_sent_at

        rejected_at: None | str | Unset
        if isinstance(self.rejected_at, Unset):
            rejected_at = UNSET
        elif isinstance(self.rejected_at, datetime.datetime):
            rejected_at = self.rejected_at.isoformat()
        else:
            rejected_at = self.rejected_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number is not UNSET:
            field_dict["number"] = number
        if sms_sent_at is not UNSET:
            field_dict["sms_sent_at"] = sms_sent_at
        if rejected_at is not UNSET:
            field_dict["rejected_at"] = rejected_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the JSON object the API sent; TypeError/ValueError (naming the field) when it does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("SmsRejection", "an object", src_dict)
        get = src_dict.get
        _number = get("number", UNSET)
        if _number is None or _number is UNSET:
            number = _number
        else:
            number = (
                _number
                if type(_number) is int or type(_number) is str
                else check_union(
                    _number, "SmsRejection.number", "an integer or a string", (int, str)
                )
            )
        _sms_sent_at = get("sms_sent_at", UNSET)
        if _sms_sent_at is None or _sms_sent_at is UNSET:
            sms_sent_at = _sms_sent_at
        else:
            if type(_sms_sent_at) is not str:
                raise wrong_type(
                    "SmsRejection.sms_sent_at",
                    "an ISO 8601 date-time string",
                    _sms_sent_at,
                )
            try:
                sms_sent_at = datetime.datetime.fromisoformat(_sms_sent_at)
            except ValueError:
                raise bad_value(
                    "SmsRejection.sms_sent_at", "an ISO 8601 date-time", _sms_sent_at
                ) from None
        _rejected_at = get("rejected_at", UNSET)
        if _rejected_at is None or _rejected_at is UNSET:
            rejected_at = _rejected_at
        else:
            if type(_rejected_at) is not str:
                raise wrong_type(
                    "SmsRejection.rejected_at",
                    "an ISO 8601 date-time string",
                    _rejected_at,
                )
            try:
                rejected_at = datetime.datetime.fromisoformat(_rejected_at)
            except ValueError:
                raise bad_value(
                    "SmsRejection.rejected_at", "an ISO 8601 date-time", _rejected_at
                ) from None
        sms_rejection = cls(
            number,
            sms_sent_at,
            rejected_at,
        )
        if not src_dict.keys() <= _KNOWN_KEYS:
            unknown = src_dict.keys() - _KNOWN_KEYS
            if len(unknown) == 1:
                (key,) = unknown
                d = {key: src_dict[key]}
            else:
                d = {key: value for key, value in src_dict.items() if key in unknown}
            sms_rejection.additional_properties = d
        return sms_rejection

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
