# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fax_state import FaxState
from ..models.hangup_cause import HangupCause
from ..models.hangup_state import HangupState
from ..types import (
    UNSET,
    Unset,
    check_str,
    check_union,
    wrong_type,
)

T = TypeVar("T", bound="FaxRecipient")
_KNOWN_KEYS = frozenset(
    {
        "uuid",
        "number",
        "state",
        "hangup_cause",
        "hangup_state",
    }
)


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
        """Parse the JSON object the API sent; TypeError/ValueError (naming the field) when it does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("FaxRecipient", "an object", src_dict)
        get = src_dict.get
        _uuid = get("uuid")
        if _uuid is None:
            uuid = UNSET
        else:
            uuid = (
                _uuid if type(_uuid) is str else check_str(_uuid, "FaxRecipient.uuid")
            )
        _number = get("number", UNSET)
        if _number is None or _number is UNSET:
            number = _number
        else:
            number = (
                _number
                if type(_number) is int or type(_number) is str
                else check_union(
                    _number, "FaxRecipient.number", "an integer or a string", (int, str)
                )
            )
        _state = get("state")
        if _state is None:
            state = UNSET
        else:
            state = _VALUES_FaxState.get(_state) if type(_state) is str else None
            if state is None:
                state = FaxState._from_wire(_state, "FaxRecipient.state")
        _hangup_cause = get("hangup_cause", UNSET)
        if _hangup_cause is None or _hangup_cause is UNSET:
            hangup_cause = _hangup_cause
        else:
            hangup_cause = (
                _VALUES_HangupCause.get(_hangup_cause)
                if type(_hangup_cause) is str
                else None
            )
            if hangup_cause is None:
                hangup_cause = HangupCause._from_wire(
                    _hangup_cause, "FaxRecipient.hangup_cause"
                )
        _hangup_state = get("hangup_state", UNSET)
        if _hangup_state is None or _hangup_state is UNSET:
            hangup_state = _hangup_state
        else:
            hangup_state = (
                _VALUES_HangupState.get(_hangup_state)
                if type(_hangup_state) is str
                else None
            )
            if hangup_state is None:
                hangup_state = HangupState._from_wire(
                    _hangup_state, "FaxRecipient.hangup_state"
                )
        fax_recipient = cls(
            uuid,
            number,
            state,
            hangup_cause,
            hangup_state,
        )
        if not src_dict.keys() <= _KNOWN_KEYS:
            unknown = src_dict.keys() - _KNOWN_KEYS
            if len(unknown) == 1:
                (key,) = unknown
                d = {key: src_dict[key]}
            else:
                d = {key: value for key, value in src_dict.items() if key in unknown}
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


# An attribute of an Enum class is slow to read on Python 3.11 (EnumType.__getattr__): from_dict
# reads each enum's value map through a module global instead.
_VALUES_FaxState = FaxState._value2member_map_
_VALUES_HangupCause = HangupCause._value2member_map_
_VALUES_HangupState = HangupState._value2member_map_
