# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sms_state import SmsState
from ..types import (
    UNSET,
    Unset,
    check_union,
    wrong_type,
)

T = TypeVar("T", bound="SmsRecipient")
_KNOWN_KEYS = frozenset(
    {
        "number",
        "state",
    }
)


@_attrs_define
class SmsRecipient:
    number: int | None | str | Unset = UNSET
    """ A phone number, or null. """
    state: SmsState | Unset = UNSET
    """ WAITING: awaiting a delivery report; FAILED: not delivered; CONFIRMED: delivered (SENT seen in the
    provider's example). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number: int | None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number is not UNSET:
            field_dict["number"] = number
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the JSON object the API sent; TypeError/ValueError (naming the field) when it does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("SmsRecipient", "an object", src_dict)
        get = src_dict.get
        _number = get("number", UNSET)
        if _number is None or _number is UNSET:
            number = _number
        else:
            number = (
                _number
                if type(_number) is int or type(_number) is str
                else check_union(
                    _number, "SmsRecipient.number", "an integer or a string", (int, str)
                )
            )
        _state = get("state")
        if _state is None:
            state = UNSET
        else:
            state = _VALUES_SmsState.get(_state) if type(_state) is str else None
            if state is None:
                state = SmsState._from_wire(_state, "SmsRecipient.state")
        sms_recipient = cls(
            number,
            state,
        )
        if not src_dict.keys() <= _KNOWN_KEYS:
            unknown = src_dict.keys() - _KNOWN_KEYS
            if len(unknown) == 1:
                (key,) = unknown
                d = {key: src_dict[key]}
            else:
                d = {key: value for key, value in src_dict.items() if key in unknown}
            sms_recipient.additional_properties = d
        return sms_recipient

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
_VALUES_SmsState = SmsState._value2member_map_
