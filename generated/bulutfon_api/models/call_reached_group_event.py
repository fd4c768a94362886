# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_direction import WebhookDirection
from ..models.webhook_event_type import WebhookEventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallReachedGroupEvent")


@_attrs_define
class CallReachedGroupEvent:
    """`call_init_group` / `incoming_call_group`: a call reached a ring group."""

    event_type: WebhookEventType
    """ The event, in either spelling the provider uses: the page's list says `call_init_extension`,
    `call_init_group`, `call_init_manu`; its example payloads say `incoming_call_extension`,
    `incoming_call_group`, `call_init_menu`.
     """
    domain_id: int | str | Unset = UNSET
    """ An integer; a string of digits in form-encoded events. """
    account_id: int | str | Unset = UNSET
    """ An integer; a string of digits in form-encoded events. """
    caller: int | str | Unset = UNSET
    """ A phone number. Sent as a JSON integer in some places and a string in others. """
    callee: int | str | Unset = UNSET
    """ A phone number. Sent as a JSON integer in some places and a string in others. """
    uuid: str | Unset = UNSET
    """ The call's unique id. """
    direction: WebhookDirection | Unset = UNSET
    """ IN: an incoming call; OUT: an outgoing one. """
    timestamp: int | str | Unset = UNSET
    """ Unix time, in the examples in microseconds (seconds and milliseconds are read too); a string in form-encoded
    events. """
    autodial: bool | str | Unset = UNSET
    """ True for an automatic call (`"true"` in form-encoded events). """
    additional_data: None | str | Unset = UNSET
    """ An automatic call's own data, or null. """
    callback_url: None | str | Unset = UNSET
    """ An automatic call's own callback URL, or null. """
    destination: int | str | Unset = UNSET
    """ A phone number. Sent as a JSON integer in some places and a string in others. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_type = self.event_type.value

        domain_id: int | str | Unset
        if isinstance(self.domain_id, Unset):
            domain_id = UNSET
        else:
            domain_id = self.domain_id

        account_id: int | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        caller: int | str | Unset
        if isinstance(self.caller, Unset):
            caller = UNSET
        else:
            caller = self.caller

        callee: int | str | Unset
        if isinstance(self.callee, Unset):
            callee = UNSET
        else:
            callee = self.callee

        uuid = self.uuid

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        timestamp: int | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        autodial: bool | str | Unset
        if isinstance(self.autodial, Unset):
            autodial = UNSET
        else:
            autodial = self.autodial

        additional_data: None | str | Unset
        if isinstance(self.additional_data, Unset):
            additional_data = UNSET
        else:
            additional_data = self.additional_data

        callback_url: None | str | Unset
        if isinstance(self.callback_url, Unset):
            callback_url = UNSET
        else:
            callback_url = self.callback_url

        destination: int | str | Unset
        if isinstance(self.destination, Unset):
            destination = UNSET
        else:
            destination = self.destination

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_type": event_type,
            }
        )
        if domain_id is not UNSET:
            field_dict["domain_id"] = domain_id
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if caller is not UNSET:
            field_dict["caller"] = caller
        if callee is not UNSET:
            field_dict["callee"] = callee
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if direction is not UNSET:
            field_dict["direction"] = direction
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if autodial is not UNSET:
            field_dict["autodial"] = autodial
        if additional_data is not UNSET:
            field_dict["additional_data"] = additional_data
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if destination is not UNSET:
            field_dict["destination"] = destination

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        event_type = WebhookEventType._from_wire(d.pop("event_type"))

        def _parse_domain_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        domain_id = _parse_domain_id(d.pop("domain_id", UNSET))

        def _parse_account_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        account_id = _parse_account_id(d.pop("account_id", UNSET))

        def _parse_caller(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        caller = _parse_caller(d.pop("caller", UNSET))

        def _parse_callee(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        callee = _parse_callee(d.pop("callee", UNSET))

        uuid = d.pop("uuid", UNSET)

        _direction = d.pop("direction", UNSET)
        direction: WebhookDirection | Unset
        if isinstance(_direction, Unset) or _direction is None:
            direction = UNSET
        else:
            direction = WebhookDirection._from_wire(_direction)

        def _parse_timestamp(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

        def _parse_autodial(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        autodial = _parse_autodial(d.pop("autodial", UNSET))

        def _parse_additional_data(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        additional_data = _parse_additional_data(d.pop("additional_data", UNSET))

        def _parse_callback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_url = _parse_callback_url(d.pop("callback_url", UNSET))

        def _parse_destination(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        destination = _parse_destination(d.pop("destination", UNSET))

        call_reached_group_event = cls(
            event_type=event_type,
            domain_id=domain_id,
            account_id=account_id,
            caller=caller,
            callee=callee,
            uuid=uuid,
            direction=direction,
            timestamp=timestamp,
            autodial=autodial,
            additional_data=additional_data,
            callback_url=callback_url,
            destination=destination,
        )

        call_reached_group_event.additional_properties = d
        return call_reached_group_event

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
