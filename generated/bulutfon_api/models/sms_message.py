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
    check_int,
    check_str,
    wrong_type,
)

T = TypeVar("T", bound="SmsMessage")
_KNOWN_KEYS = frozenset(
    {
        "id",
        "title",
        "content",
        "recipients",
        "created_at",
        "sent_as_single_sms",
    }
)


@_attrs_define
class SmsMessage:
    id: int
    title: str | Unset = UNSET
    content: str | Unset = UNSET
    recipients: str | Unset = UNSET
    """ The recipients, comma-separated. """
    created_at: datetime.datetime | None | Unset = UNSET
    """ ISO 8601 with offset, or null. """
    sent_as_single_sms: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        content = self.content

        recipients = self.recipients

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        sent_as_single_sms = self.sent_as_single_sms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if content is not UNSET:
            field_dict["content"] = content
        if recipients is not UNSET:
            field_dict["recipients"] = recipients
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if sent_as_single_sms is not UNSET:
            field_dict["sent_as_single_sms"] = sent_as_single_sms

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the JSON object the API sent; TypeError/ValueError (naming the field) when it does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("SmsMessage", "an object", src_dict)
        get = src_dict.get
        _id = src_dict["id"]
        id = _id if type(_id) is int else check_int(_id, "SmsMessage.id")
        _title = get("title")
        if _title is None:
            title = UNSET
        else:
            title = (
                _title if type(_title) is str else check_str(_title, "SmsMessage.title")
            )
        _content = get("content")
        if _content is None:
            content = UNSET
        else:
            content = (
                _content
                if type(_content) is str
                else check_str(_content, "SmsMessage.content")
            )
        _recipients = get("recipients")
        if _recipients is None:
            recipients = UNSET
        else:
            recipients = (
                _recipients
                if type(_recipients) is str
                else check_str(_recipients, "SmsMessage.recipients")
            )
        _created_at = get("created_at", UNSET)
        if _created_at is None or _created_at is UNSET:
            created_at = _created_at
        else:
            if type(_created_at) is not str:
                raise wrong_type(
                    "SmsMessage.created_at", "an ISO 8601 date-time string", _created_at
                )
            try:
                created_at = datetime.datetime.fromisoformat(_created_at)
            except ValueError:
                raise bad_value(
                    "SmsMessage.created_at", "an ISO 8601 date-time", _created_at
                ) from None
        _sent_as_single_sms = get("sent_as_single_sms")
        if _sent_as_single_sms is None:
            sent_as_single_sms = UNSET
        else:
            if type(_sent_as_single_sms) is not bool:
                raise wrong_type(
                    "SmsMessage.sent_as_single_sms", "a boolean", _sent_as_single_sms
                )
            sent_as_single_sms = _sent_as_single_sms
        sms_message = cls(
            id,
            title,
            content,
            recipients,
            created_at,
            sent_as_single_sms,
        )
        if not src_dict.keys() <= _KNOWN_KEYS:
            unknown = src_dict.keys() - _KNOWN_KEYS
            if len(unknown) == 1:
                (key,) = unknown
                d = {key: src_dict[key]}
            else:
                d = {key: value for key, value in src_dict.items() if key in unknown}
            sms_message.additional_properties = d
        return sms_message

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
