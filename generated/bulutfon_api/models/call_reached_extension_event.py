# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_reached_extension_event_event_type import (
    CallReachedExtensionEventEventType,
)
from ..models.webhook_direction import WebhookDirection
from ..types import (
    UNSET,
    Unset,
    check_str,
    check_union,
    wrong_type,
)

T = TypeVar("T", bound="CallReachedExtensionEvent")
_KNOWN_KEYS = frozenset(
    {
        "event_type",
        "domain_id",
        "account_id",
        "caller",
        "callee",
        "uuid",
        "direction",
        "timestamp",
        "autodial",
        "additional_data",
        "callback_url",
        "destination",
    }
)


@_attrs_define
class CallReachedExtensionEvent:
    """`call_init_extension` / `incoming_call_extension`: a call reached an extension."""

    event_type: CallReachedExtensionEventEventType
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
        """Parse the JSON object the API sent; TypeError/ValueError (naming the field) when it does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("CallReachedExtensionEvent", "an object", src_dict)
        get = src_dict.get
        _event_type = src_dict["event_type"]
        event_type = (
            _VALUES_CallReachedExtensionEventEventType.get(_event_type)
            if type(_event_type) is str
            else None
        )
        if event_type is None:
            event_type = CallReachedExtensionEventEventType._from_wire(
                _event_type, "CallReachedExtensionEvent.event_type"
            )
        _domain_id = get("domain_id")
        if _domain_id is None:
            domain_id = UNSET
        else:
            domain_id = (
                _domain_id
                if type(_domain_id) is int or type(_domain_id) is str
                else check_union(
                    _domain_id,
                    "CallReachedExtensionEvent.domain_id",
                    "an integer or a string",
                    (int, str),
                )
            )
        _account_id = get("account_id")
        if _account_id is None:
            account_id = UNSET
        else:
            account_id = (
                _account_id
                if type(_account_id) is int or type(_account_id) is str
                else check_union(
                    _account_id,
                    "CallReachedExtensionEvent.account_id",
                    "an integer or a string",
                    (int, str),
                )
            )
        _caller = get("caller")
        if _caller is None:
            caller = UNSET
        else:
            caller = (
                _caller
                if type(_caller) is int or type(_caller) is str
                else check_union(
                    _caller,
                    "CallReachedExtensionEvent.caller",
                    "an integer or a string",
                    (int, str),
                )
            )
        _callee = get("callee")
        if _callee is None:
            callee = UNSET
        else:
            callee = (
                _callee
                if type(_callee) is int or type(_callee) is str
                else check_union(
                    _callee,
                    "CallReachedExtensionEvent.callee",
                    "an integer or a string",
                    (int, str),
                )
            )
        _uuid = get("uuid")
        if _uuid is None:
            uuid = UNSET
        else:
            uuid = (
                _uuid
                if type(_uuid) is str
                else check_str(_uuid, "CallReachedExtensionEvent.uuid")
            )
        _direction = get("direction")
        if _direction is None:
            direction = UNSET
        else:
            direction = (
                _VALUES_WebhookDirection.get(_direction)
                if type(_direction) is str
                else None
            )
            if direction is None:
                direction = WebhookDirection._from_wire(
                    _direction, "CallReachedExtensionEvent.direction"
                )
        _timestamp = get("timestamp")
        if _timestamp is None:
            timestamp = UNSET
        else:
            timestamp = (
                _timestamp
                if type(_timestamp) is int or type(_timestamp) is str
                else check_union(
                    _timestamp,
                    "CallReachedExtensionEvent.timestamp",
                    "an integer or a string",
                    (int, str),
                )
            )
        _autodial = get("autodial")
        if _autodial is None:
            autodial = UNSET
        else:
            autodial = (
                _autodial
                if type(_autodial) is bool or type(_autodial) is str
                else check_union(
                    _autodial,
                    "CallReachedExtensionEvent.autodial",
                    "a boolean or a string",
                    (bool, str),
                )
            )
        _additional_data = get("additional_data", UNSET)
        if _additional_data is None or _additional_data is UNSET:
            additional_data = _additional_data
        else:
            additional_data = (
                _additional_data
                if type(_additional_data) is str
                else check_union(
                    _additional_data,
                    "CallReachedExtensionEvent.additional_data",
                    "a string",
                    (str,),
                )
            )
        _callback_url = get("callback_url", UNSET)
        if _callback_url is None or _callback_url is UNSET:
            callback_url = _callback_url
        else:
            callback_url = (
                _callback_url
                if type(_callback_url) is str
                else check_union(
                    _callback_url,
                    "CallReachedExtensionEvent.callback_url",
                    "a string",
                    (str,),
                )
            )
        _destination = get("destination")
        if _destination is None:
            destination = UNSET
        else:
            destination = (
                _destination
                if type(_destination) is int or type(_destination) is str
                else check_union(
                    _destination,
                    "CallReachedExtensionEvent.destination",
                    "an integer or a string",
                    (int, str),
                )
            )
        call_reached_extension_event = cls(
            event_type,
            domain_id,
            account_id,
            caller,
            callee,
            uuid,
            direction,
            timestamp,
            autodial,
            additional_data,
            callback_url,
            destination,
        )
        if not src_dict.keys() <= _KNOWN_KEYS:
            unknown = src_dict.keys() - _KNOWN_KEYS
            if len(unknown) == 1:
                (key,) = unknown
                d = {key: src_dict[key]}
            else:
                d = {key: value for key, value in src_dict.items() if key in unknown}
            call_reached_extension_event.additional_properties = d
        return call_reached_extension_event

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
_VALUES_CallReachedExtensionEventEventType = (
    CallReachedExtensionEventEventType._value2member_map_
)
_VALUES_WebhookDirection = WebhookDirection._value2member_map_
