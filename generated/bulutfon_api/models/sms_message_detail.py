# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    bad_value,
    check_int,
    check_list,
    check_str,
    check_union,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.sms_recipient import SmsRecipient


T = TypeVar("T", bound="SmsMessageDetail")
_KNOWN_KEYS = frozenset(
    {
        "id",
        "title",
        "content",
        "created_at",
        "is_planned_sms",
        "send_date",
        "recipients",
    }
)


@_attrs_define
class SmsMessageDetail:
    id: int
    title: str | Unset = UNSET
    content: str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    """ ISO 8601 with offset, or null. """
    is_planned_sms: bool | Unset = UNSET
    """ Whether it was scheduled for later. """
    send_date: None | str | Unset = UNSET
    """ When a scheduled message goes out. """
    recipients: list[SmsRecipient] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        content = self.content

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        is_planned_sms = self.is_planned_sms

        send_date: None | str | Unset
        if isinstance(self.send_date, Unset):
            send_date = UNSET
        else:
            send_date = self.send_date

        recipients: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.recipients, Unset):
            recipients = []
            for recipients_item_data in self.recipients:
                recipients_item = recipients_item_data.to_dict()
                recipients.append(recipients_item)

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
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if is_planned_sms is not UNSET:
            field_dict["is_planned_sms"] = is_planned_sms
        if send_date is not UNSET:
            field_dict["send_date"] = send_date
        if recipients is not UNSET:
            field_dict["recipients"] = recipients

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the JSON object the API sent; TypeError/ValueError (naming the field) when it does not fit."""
        from ..models.sms_recipient import SmsRecipient

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("SmsMessageDetail", "an object", src_dict)
        get = src_dict.get
        _id = src_dict["id"]
        id = _id if type(_id) is int else check_int(_id, "SmsMessageDetail.id")
        _title = get("title")
        if _title is None:
            title = UNSET
        else:
            title = (
                _title
                if type(_title) is str
                else check_str(_title, "SmsMessageDetail.title")
            )
        _content = get("content")
        if _content is None:
            content = UNSET
        else:
            content = (
                _content
                if type(_content) is str
                else check_str(_content, "SmsMessageDetail.content")
            )
        _created_at = get("created_at", UNSET)
        if _created_at is None or _created_at is UNSET:
            created_at = _created_at
        else:
            if type(_created_at) is not str:
                raise wrong_type(
                    "SmsMessageDetail.created_at",
                    "an ISO 8601 date-time string",
                    _created_at,
                )
            try:
                created_at = datetime.datetime.fromisoformat(_created_at)
            except ValueError:
                raise bad_value(
                    "SmsMessageDetail.created_at", "an ISO 8601 date-time", _created_at
                ) from None
        _is_planned_sms = get("is_planned_sms")
        if _is_planned_sms is None:
            is_planned_sms = UNSET
        else:
            if type(_is_planned_sms) is not bool:
                raise wrong_type(
                    "SmsMessageDetail.is_planned_sms", "a boolean", _is_planned_sms
                )
            is_planned_sms = _is_planned_sms
        _send_date = get("send_date", UNSET)
        if _send_date is None or _send_date is UNSET:
            send_date = _send_date
        else:
            send_date = (
                _send_date
                if type(_send_date) is str
                else check_union(
                    _send_date, "SmsMessageDetail.send_date", "a string", (str,)
                )
            )
        _recipients = get("recipients")
        if _recipients is None:
            recipients = UNSET
        else:
            recipients = [
                SmsRecipient.from_dict(_item)
                for _item in (
                    _recipients
                    if type(_recipients) is list
                    else check_list(_recipients, "SmsMessageDetail.recipients")
                )
            ]
        sms_message_detail = cls(
            id,
            title,
            content,
            created_at,
            is_planned_sms,
            send_date,
            recipients,
        )
        if not src_dict.keys() <= _KNOWN_KEYS:
            unknown = src_dict.keys() - _KNOWN_KEYS
            if len(unknown) == 1:
                (key,) = unknown
                d = {key: src_dict[key]}
            else:
                d = {key: value for key, value in src_dict.items() if key in unknown}
            sms_message_detail.additional_properties = d
        return sms_message_detail

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
