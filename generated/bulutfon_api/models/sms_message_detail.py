# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sms_recipient import SmsRecipient


T = TypeVar("T", bound="SmsMessageDetail")


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
        from ..models.sms_recipient import SmsRecipient

        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title", UNSET)

        content = d.pop("content", UNSET)

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
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

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        is_planned_sms = d.pop("is_planned_sms", UNSET)

        def _parse_send_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        send_date = _parse_send_date(d.pop("send_date", UNSET))

        _recipients = d.pop("recipients", UNSET)
        recipients: list[SmsRecipient] | Unset = UNSET
        if _recipients is not UNSET and _recipients is not None:
            recipients = []
            for recipients_item_data in _recipients:
                recipients_item = SmsRecipient.from_dict(recipients_item_data)

                recipients.append(recipients_item)

        sms_message_detail = cls(
            id=id,
            title=title,
            content=content,
            created_at=created_at,
            is_planned_sms=is_planned_sms,
            send_date=send_date,
            recipients=recipients,
        )

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
