# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sms_state import SmsState
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsRecipient")


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
        d = dict(src_dict)

        def _parse_number(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        number = _parse_number(d.pop("number", UNSET))

        _state = d.pop("state", UNSET)
        state: SmsState | Unset
        if isinstance(_state, Unset) or _state is None:
            state = UNSET
        else:
            state = SmsState._from_wire(_state)

        sms_recipient = cls(
            number=number,
            state=state,
        )

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
