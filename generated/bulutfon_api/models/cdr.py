# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_record_state import CallRecordState
from ..models.call_type import CallType
from ..models.direction import Direction
from ..models.hangup_cause import HangupCause
from ..models.hangup_state import HangupState
from ..types import UNSET, Unset, parse_decimal

T = TypeVar("T", bound="Cdr")


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
        d = dict(src_dict)
        uuid = d.pop("uuid")

        direction = Direction._from_wire(d.pop("direction"))

        def _parse_caller(data: object) -> int | None | str:
            if data is None:
                return data
            return cast(int | None | str, data)

        caller = _parse_caller(d.pop("caller"))

        def _parse_callee(data: object) -> int | None | str:
            if data is None:
                return data
            return cast(int | None | str, data)

        callee = _parse_callee(d.pop("callee"))

        def _parse_call_time(data: object) -> datetime.datetime | None:
            if data is None:
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
            return cast(datetime.datetime | None, data)

        call_time = _parse_call_time(d.pop("call_time"))

        missing_call = d.pop("missing_call")

        _bf_calltype = d.pop("bf_calltype", UNSET)
        bf_calltype: CallType | Unset
        if isinstance(_bf_calltype, Unset) or _bf_calltype is None:
            bf_calltype = UNSET
        else:
            bf_calltype = CallType._from_wire(_bf_calltype)

        def _parse_extension(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        extension = _parse_extension(d.pop("extension", UNSET))

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

        call_price = parse_decimal(d.pop("call_price", UNSET), nullable=True)

        _call_record = d.pop("call_record", UNSET)
        call_record: CallRecordState | Unset
        if isinstance(_call_record, Unset) or _call_record is None:
            call_record = UNSET
        else:
            call_record = CallRecordState._from_wire(_call_record)

        _hangup_cause = d.pop("hangup_cause", UNSET)
        hangup_cause: HangupCause | Unset
        if isinstance(_hangup_cause, Unset) or _hangup_cause is None:
            hangup_cause = UNSET
        else:
            hangup_cause = HangupCause._from_wire(_hangup_cause)

        _hangup_state = d.pop("hangup_state", UNSET)
        hangup_state: HangupState | Unset
        if isinstance(_hangup_state, Unset) or _hangup_state is None:
            hangup_state = UNSET
        else:
            hangup_state = HangupState._from_wire(_hangup_state)

        cdr = cls(
            uuid=uuid,
            direction=direction,
            caller=caller,
            callee=callee,
            call_time=call_time,
            missing_call=missing_call,
            bf_calltype=bf_calltype,
            extension=extension,
            answer_time=answer_time,
            hangup_time=hangup_time,
            call_price=call_price,
            call_record=call_record,
            hangup_cause=hangup_cause,
            hangup_state=hangup_state,
        )

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
