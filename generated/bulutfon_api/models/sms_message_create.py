# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import (
    UNSET,
    Unset,
    check_str,
    check_union,
    wrong_type,
)

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
    """ Send later, at send_date. """
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
        """Parse the JSON object the API sent; TypeError/ValueError (naming the field) when it does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("SmsMessageCreate", "an object", src_dict)
        get = src_dict.get
        _title = src_dict["title"]
        title = (
            _title
            if type(_title) is str
            else check_str(_title, "SmsMessageCreate.title")
        )
        _content = src_dict["content"]
        content = (
            _content
            if type(_content) is str
            else check_str(_content, "SmsMessageCreate.content")
        )
        _receivers = src_dict["receivers"]
        receivers = (
            _receivers
            if type(_receivers) is int or type(_receivers) is str
            else check_union(
                _receivers,
                "SmsMessageCreate.receivers",
                "an integer or a string",
                (int, str),
            )
        )
        _is_future_sms = get("is_future_sms")
        if _is_future_sms is None:
            is_future_sms = UNSET
        else:
            if type(_is_future_sms) is not bool:
                raise wrong_type(
                    "SmsMessageCreate.is_future_sms", "a boolean", _is_future_sms
                )
            is_future_sms = _is_future_sms
        _send_date = get("send_date")
        if _send_date is None:
            send_date = UNSET
        else:
            send_date = (
                _send_date
                if type(_send_date) is str
                else check_str(_send_date, "SmsMessageCreate.send_date")
            )
        _reject_link = get("reject_link")
        if _reject_link is None:
            reject_link = UNSET
        else:
            if type(_reject_link) is not bool:
                raise wrong_type(
                    "SmsMessageCreate.reject_link", "a boolean", _reject_link
                )
            reject_link = _reject_link
        sms_message_create = cls(
            title,
            content,
            receivers,
            is_future_sms,
            send_date,
            reject_link,
        )
        return sms_message_create
