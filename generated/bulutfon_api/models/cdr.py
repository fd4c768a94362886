# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_record_state import CallRecordState
from ..models.call_type import CallType
from ..models.direction import Direction
from ..models.hangup_cause import HangupCause
from ..models.hangup_state import HangupState
from ..types import (
    UNSET,
    Unset,
    bad_value,
    check_str,
    check_union,
    parse_decimal,
    wrong_type,
)

T = TypeVar("T", bound="Cdr")
_KNOWN_KEYS = frozenset(
    {
        "uuid",
        "direction",
        "caller",
        "callee",
        "call_time",
        "missing_call",
        "bf_calltype",
        "extension",
        "answer_time",
        "hangup_time",
        "call_price",
        "call_record",
        "hangup_cause",
        "hangup_state",
    }
)


@_attrs_define
class Cdr:
    uuid: str
    """ The call's unique id. """
    direction: Direction
    """ IN: incoming; OUT: outgoing; LOCAL: between two extensions of the PBX. LOCAL is not on
    today's pages; the 2015 pages listed it, and the WooCommerce and OpenCart plugins
    compare against it ("İç Hat", internal line).
     """
    caller: int | None | str
    """ A phone number, or null. """
    callee: int | None | str
    """ A phone number, or null. """
    call_time: datetime.datetime | None
    """ ISO 8601 with offset, or null. """
    missing_call: bool
    """ Whether the call was missed. """
    bf_calltype: CallType | Unset = UNSET
    """ voice: a phone call; fax: a fax. """
    extension: int | None | str | Unset = UNSET
    """ The calling extension (outgoing calls only). """
    answer_time: datetime.datetime | None | Unset = UNSET
    """ ISO 8601 with offset, or null. """
    hangup_time: datetime.datetime | None | Unset = UNSET
    """ ISO 8601 with offset, or null. """
    call_price: Decimal | None | Unset = UNSET
    """ The call's price as a decimal string (outgoing calls only); read as a Decimal. """
    call_record: CallRecordState | Unset = UNSET
    """ Whether the call has a recording: YES, NO, or REMOVED (deleted). `Var` (there is one)
    and `Yok` (there is none) are the localized values the API sent before: the pages
    showed them from 2015 to 2017, the PHP SDK's example and the sample apps test
    `call_record == 'Var'`, the WHMCS module did until 2019. Read `Var` as YES and `Yok`
    as NO (`bulutfon_ext.has_recording`).
     """
    hangup_cause: HangupCause | Unset = UNSET
    """ Why the call ended. """
    hangup_state: HangupState | Unset = UNSET
    """ Who ended the call: send_* by the system, recv_* by the other side. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        direction = self.direction.value

        caller: int | None | str
        caller = self.caller

        callee: int | None | str
        callee = self.callee

        call_time: None | str
        if isinstance(self.call_time, datetime.datetime):
            call_time = self.call_time.isoformat()
        else:
            call_time = self.call_time

        missing_call = self.missing_call

        bf_calltype: str | Unset = UNSET
        if not isinstance(self.bf_calltype, Unset):
            bf_calltype = self.bf_calltype.value

        extension: int | None | str | Unset
        if isinstance(self.extension, Unset):
            extension = UNSET
        else:
            extension = self.extension

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

        call_price = (
            self.call_price
            if self.call_price is None or isinstance(self.call_price, Unset)
            else str(self.call_price)
        )

        call_record: str | Unset = UNSET
        if not isinstance(self.call_record, Unset):
            call_record = self.call_record.value

        hangup_cause: str | Unset = UNSET
        if not isinstance(self.hangup_cause, Unset):
            hangup_cause = self.hangup_cause.value

        hangup_state: str | Unset = UNSET
        if not isinstance(self.hangup_state, Unset):
            hangup_state = self.hangup_state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "direction": direction,
                "caller": caller,
                "callee": callee,
                "call_time": call_time,
                "missing_call": missing_call,
            }
        )
        if bf_calltype is not UNSET:
            field_dict["bf_calltype"] = bf_calltype
        if extension is not UNSET:
            field_dict["extension"] = extension
        if answer_time is not UNSET:
            field_dict["answer_time"] = answer_time
        if hangup_time is not UNSET:
            field_dict["hangup_time"] = hangup_time
        if call_price is not UNSET:
            field_dict["call_price"] = call_price
        if call_record is not UNSET:
            field_dict["call_record"] = call_record
        if hangup_cause is not UNSET:
            field_dict["hangup_cause"] = hangup_cause
        if hangup_state is not UNSET:
            field_dict["hangup_state"] = hangup_state

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the JSON object the API sent; TypeError/ValueError (naming the field) when it does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("Cdr", "an object", src_dict)
        get = src_dict.get
        _uuid = src_dict["uuid"]
        uuid = _uuid if type(_uuid) is str else check_str(_uuid, "Cdr.uuid")
        _direction = src_dict["direction"]
        direction = (
            _VALUES_Direction.get(_direction) if type(_direction) is str else None
        )
        if direction is None:
            direction = Direction._from_wire(_direction, "Cdr.direction")
        _caller = src_dict["caller"]
        if _caller is None:
            caller = _caller
        else:
            caller = (
                _caller
                if type(_caller) is int or type(_caller) is str
                else check_union(
                    _caller, "Cdr.caller", "an integer or a string", (int, str)
                )
            )
        _callee = src_dict["callee"]
        if _callee is None:
            callee = _callee
        else:
            callee = (
                _callee
                if type(_callee) is int or type(_callee) is str
                else check_union(
                    _callee, "Cdr.callee", "an integer or a string", (int, str)
                )
            )
        _call_time = src_dict["call_time"]
        if _call_time is None:
            call_time = _call_time
        else:
            if type(_call_time) is not str:
                raise wrong_type(
                    "Cdr.call_time", "an ISO 8601 date-time string", _call_time
                )
            try:
                call_time = datetime.datetime.fromisoformat(_call_time)
            except ValueError:
                raise bad_value(
                    "Cdr.call_time", "an ISO 8601 date-time", _call_time
                ) from None
        _missing_call = src_dict["missing_call"]
        if type(_missing_call) is not bool:
            raise wrong_type("Cdr.missing_call", "a boolean", _missing_call)
        missing_call = _missing_call
        _bf_calltype = get("bf_calltype")
        if _bf_calltype is None:
            bf_calltype = UNSET
        else:
            bf_calltype = (
                _VALUES_CallType.get(_bf_calltype)
                if type(_bf_calltype) is str
                else None
            )
            if bf_calltype is None:
                bf_calltype = CallType._from_wire(_bf_calltype, "Cdr.bf_calltype")
        _extension = get("extension", UNSET)
        if _extension is None or _extension is UNSET:
            extension = _extension
        else:
            extension = (
                _extension
                if type(_extension) is int or type(_extension) is str
                else check_union(
                    _extension, "Cdr.extension", "an integer or a string", (int, str)
                )
            )
        _answer_time = get("answer_time", UNSET)
        if _answer_time is None or _answer_time is UNSET:
            answer_time = _answer_time
        else:
            if type(_answer_time) is not str:
                raise wrong_type(
                    "Cdr.answer_time", "an ISO 8601 date-time string", _answer_time
                )
            try:
                answer_time = datetime.datetime.fromisoformat(_answer_time)
            except ValueError:
                raise bad_value(
                    "Cdr.answer_time", "an ISO 8601 date-time", _answer_time
                ) from None
        _hangup_time = get("hangup_time", UNSET)
        if _hangup_time is None or _hangup_time is UNSET:
            hangup_time = _hangup_time
        else:
            if type(_hangup_time) is not str:
                raise wrong_type(
                    "Cdr.hangup_time", "an ISO 8601 date-time string", _hangup_time
                )
            try:
                hangup_time = datetime.datetime.fromisoformat(_hangup_time)
            except ValueError:
                raise bad_value(
                    "Cdr.hangup_time", "an ISO 8601 date-time", _hangup_time
                ) from None
        call_price = parse_decimal(
            get("call_price", UNSET), nullable=True, where="Cdr.call_price"
        )
        _call_record = get("call_record")
        if _call_record is None:
            call_record = UNSET
        else:
            call_record = (
                _VALUES_CallRecordState.get(_call_record)
                if type(_call_record) is str
                else None
            )
            if call_record is None:
                call_record = CallRecordState._from_wire(
                    _call_record, "Cdr.call_record"
                )
        _hangup_cause = get("hangup_cause")
        if _hangup_cause is None:
            hangup_cause = UNSET
        else:
            hangup_cause = (
                _VALUES_HangupCause.get(_hangup_cause)
                if type(_hangup_cause) is str
                else None
            )
            if hangup_cause is None:
                hangup_cause = HangupCause._from_wire(_hangup_cause, "Cdr.hangup_cause")
        _hangup_state = get("hangup_state")
        if _hangup_state is None:
            hangup_state = UNSET
        else:
            hangup_state = (
                _VALUES_HangupState.get(_hangup_state)
                if type(_hangup_state) is str
                else None
            )
            if hangup_state is None:
                hangup_state = HangupState._from_wire(_hangup_state, "Cdr.hangup_state")
        cdr = cls(
            uuid,
            direction,
            caller,
            callee,
            call_time,
            missing_call,
            bf_calltype,
            extension,
            answer_time,
            hangup_time,
            call_price,
            call_record,
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
            cdr.additional_properties = d
        return cdr

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
_VALUES_Direction = Direction._value2member_map_
_VALUES_CallType = CallType._value2member_map_
_VALUES_CallRecordState = CallRecordState._value2member_map_
_VALUES_HangupCause = HangupCause._value2member_map_
_VALUES_HangupState = HangupState._value2member_map_
