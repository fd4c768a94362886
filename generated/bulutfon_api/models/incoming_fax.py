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
    check_str,
    check_union,
    wrong_type,
)

T = TypeVar("T", bound="IncomingFax")
_KNOWN_KEYS = frozenset(
    {
        "uuid",
        "sender",
        "receiver",
        "created_at",
    }
)


@_attrs_define
class IncomingFax:
    uuid: str
    """ The fax's unique id. """
    sender: int | None | str | Unset = UNSET
    """ A phone number, or null. """
    receiver: int | None | str | Unset = UNSET
    """ A phone number, or null. """
    created_at: datetime.datetime | None | Unset = UNSET
    """ ISO 8601 with offset, or null. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        sender: int | None | str | Unset
        if isinstance(self.sender, Unset):
            sender = UNSET
        else:
            sender = self.sender

        receiver: int | None | str | Unset
        if isinstance(self.receiver, Unset):
            receiver = UNSET
        else:
            receiver = self.receiver

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
            }
        )
        if sender is not UNSET:
            field_dict["sender"] = sender
        if receiver is not UNSET:
            field_dict["receiver"] = receiver
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the JSON object the API sent; TypeError/ValueError (naming the field) when it does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("IncomingFax", "an object", src_dict)
        get = src_dict.get
        _uuid = src_dict["uuid"]
        uuid = _uuid if type(_uuid) is str else check_str(_uuid, "IncomingFax.uuid")
        _sender = get("sender", UNSET)
        if _sender is None or _sender is UNSET:
            sender = _sender
        else:
            sender = (
                _sender
                if type(_sender) is int or type(_sender) is str
                else check_union(
                    _sender, "IncomingFax.sender", "an integer or a string", (int, str)
                )
            )
        _receiver = get("receiver", UNSET)
        if _receiver is None or _receiver is UNSET:
            receiver = _receiver
        else:
            receiver = (
                _receiver
                if type(_receiver) is int or type(_receiver) is str
                else check_union(
                    _receiver,
                    "IncomingFax.receiver",
                    "an integer or a string",
                    (int, str),
                )
            )
        _created_at = get("created_at", UNSET)
        if _created_at is None or _created_at is UNSET:
            created_at = _created_at
        else:
            if type(_created_at) is not str:
                raise wrong_type(
                    "IncomingFax.created_at",
                    "an ISO 8601 date-time string",
                    _created_at,
                )
            try:
                created_at = datetime.datetime.fromisoformat(_created_at)
            except ValueError:
                raise bad_value(
                    "IncomingFax.created_at", "an ISO 8601 date-time", _created_at
                ) from None
        incoming_fax = cls(
            uuid,
            sender,
            receiver,
            created_at,
        )
        if not src_dict.keys() <= _KNOWN_KEYS:
            unknown = src_dict.keys() - _KNOWN_KEYS
            if len(unknown) == 1:
                (key,) = unknown
                d = {key: src_dict[key]}
            else:
                d = {key: value for key, value in src_dict.items() if key in unknown}
            incoming_fax.additional_properties = d
        return incoming_fax

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
