# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fax_state import FaxState
from ..models.hangup_cause import HangupCause
from ..models.hangup_state import HangupState
from ..types import UNSET, Unset

T = TypeVar("T", bound="FaxRecipient")


@_attrs_define
class FaxRecipient:
    uuid: str | Unset = UNSET
    """ The fax call's unique id. """
    number: int | None | str | Unset = UNSET
    """ A phone number, or null. """
    state: FaxState | Unset = UNSET
    """ SENT: delivered; FAILED: not delivered; WAITING: queued. """
    hangup_cause: HangupCause | None | Unset = UNSET
    hangup_state: HangupState | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        number: int | None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        hangup_cause: None | str | Unset
        if isinstance(self.hangup_cause, Unset):
            hangup_cause = UNSET
        elif isinstance(self.hangup_cause, HangupCause):
            hangup_cause = self.hangup_cause.value
        else:
            hangup_cause = self.hangup_cause

        hangup_state: None | str | Unset
        if isinstance(self.hangup_state, Unset):
            hangup_state = UNSET
        elif isinstance(self.hangup_state, HangupState):
            hangup_state = self.hangup_state.value
        else:
            hangup_state = self.hangup_state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if number is not UNSET:
            field_dict["number"] = number
        if state is not UNSET:
            field_dict["state"] = state
        if hangup_cause is not UNSET:
            field_dict["hangup_cause"] = hangup_cause
        if hangup_state is not UNSET:
            field_dict["hangup_state"] = hangup_state

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        uuid = d.pop("uuid", UNSET)

        def _parse_number(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        number = _parse_number(d.pop("number", UNSET))

        _state = d.pop("state", UNSET)
        state: FaxState | Unset
        if isinstance(_state, Unset) or _state is None:
            state = UNSET
        else:
            state = FaxState._from_wire(_state)

        def _parse_hangup_cause(data: object) -> HangupCause | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                hangup_cause_type_0 = HangupCause._from_wire(data)

                return hangup_cause_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HangupCause | None | Unset, data)

        hangup_cause = _parse_hangup_cause(d.pop("hangup_cause", UNSET))

        def _parse_hangup_state(data: object) -> HangupState | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                hangup_state_type_0 = HangupState._from_wire(data)

                return hangup_state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HangupState | None | Unset, data)

        hangup_state = _parse_hangup_state(d.pop("hangup_state", UNSET))

        fax_recipient = cls(
            uuid=uuid,
            number=number,
            state=state,
            hangup_cause=hangup_cause,
            hangup_state=hangup_state,
        )

        fax_recipient.additional_properties = d
        return fax_recipient

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
