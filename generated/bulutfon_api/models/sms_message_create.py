# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsMessageCreate")


@_attrs_define
class SmsMessageCreate:
    title: str
    """ A CONFIRMED sender title. """
    content: str
    receivers: int | str
    """ One phone number, or several separated by commas, digits only (a single number may come as a JSON integer).
    """
    is_future_sms: bool | Unset = UNSET
    """ Send later """
    send_date: str | Unset = UNSET
    """ dd/MM/yyyy HH:mm; required when is_future_sms. """
    reject_link: bool | Unset = UNSET
    """ Append an opt-out link. """

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        content = self.content

        receivers: int | str
        receivers = self.receivers

        is_future_sms = self.is_future_sms

        send_date = self.send_date

        reject_link = self.reject_link

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
                "content": content,
                "receivers": receivers,
            }
        )
        if is_future_sms is not UNSET:
            field_dict["is_future_sms"] = is_future_sms
        if send_date is not UNSET:
            field_dict["send_date"] = send_date
        if reject_link is not UNSET:
            field_dict["reject_link"] = reject_link

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        title = d.pop("title")

        content = d.pop("content")

        def _parse_receivers(data: object) -> int | str:
            return cast(int | str, data)

        receivers = _parse_receivers(d.pop("receivers"))

        is_future_sms = d.pop("is_future_sms", UNSET)

        send_date = d.pop("send_date", UNSET)

        reject_link = d.pop("reject_link", UNSET)

        sms_message_create = cls(
            title=title,
            content=content,
            receivers=receivers,
            is_future_sms=is_future_sms,
            send_date=send_date,
            reject_link=reject_link,
        )

        return sms_message_create
