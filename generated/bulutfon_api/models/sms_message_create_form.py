# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    check_str,
    check_union,
    wrong_type,
)

T = TypeVar("T", bound="SmsMessageCreateForm")


@_attrs_define
class SmsMessageCreateForm:
    """`SmsMessageCreate` form-encoded, credentials allowed in the body."""

    title: str
    """ A CONFIRMED sender title. """
    content: str
    receivers: int | str
    """ One phone number, or several separated by commas, digits only (a single number may come as a JSON integer).
    """
    access_token: str | Unset = _attrs_field(default=UNSET, repr=False)
    """ The master token (instead of `?access_token=`). """
    email: str | Unset = UNSET
    """ The login email, with `password` (instead of the query string). """
    password: str | Unset = _attrs_field(default=UNSET, repr=False)
    """ The login password, with `email`. """
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

        access_token = self.access_token

        email = self.email

        password = self.password

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
        if access_token is not UNSET:
            field_dict["access_token"] = access_token
        if email is not UNSET:
            field_dict["email"] = email
        if password is not UNSET:
            field_dict["password"] = password
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
            raise wrong_type("SmsMessageCreateForm", "an object", src_dict)
        get = src_dict.get
        _title = src_dict["title"]
        title = (
            _title
            if type(_title) is str
            else check_str(_title, "SmsMessageCreateForm.title")
        )
        _content = src_dict["content"]
        content = (
            _content
            if type(_content) is str
            else check_str(_content, "SmsMessageCreateForm.content")
        )
        _receivers = src_dict["receivers"]
        receivers = (
            _receivers
            if type(_receivers) is int or type(_receivers) is str
            else check_union(
                _receivers,
                "SmsMessageCreateForm.receivers",
                "an integer or a string",
                (int, str),
            )
        )
        _access_token = get("access_token")
        if _access_token is None:
            access_token = UNSET
        else:
            access_token = (
                _access_token
                if type(_access_token) is str
                else check_str(
                    _access_token, "SmsMessageCreateForm.access_token", secret=True
                )
            )
        _email = get("email")
        if _email is None:
            email = UNSET
        else:
            email = (
                _email
                if type(_email) is str
                else check_str(_email, "SmsMessageCreateForm.email")
            )
        _password = get("password")
        if _password is None:
            password = UNSET
        else:
            password = (
                _password
                if type(_password) is str
                else check_str(_password, "SmsMessageCreateForm.password", secret=True)
            )
        _is_future_sms = get("is_future_sms")
        if _is_future_sms is None:
            is_future_sms = UNSET
        else:
            if type(_is_future_sms) is not bool:
                raise wrong_type(
                    "SmsMessageCreateForm.is_future_sms", "a boolean", _is_future_sms
                )
            is_future_sms = _is_future_sms
        _send_date = get("send_date")
        if _send_date is None:
            send_date = UNSET
        else:
            send_date = (
                _send_date
                if type(_send_date) is str
                else check_str(_send_date, "SmsMessageCreateForm.send_date")
            )
        _reject_link = get("reject_link")
        if _reject_link is None:
            reject_link = UNSET
        else:
            if type(_reject_link) is not bool:
                raise wrong_type(
                    "SmsMessageCreateForm.reject_link", "a boolean", _reject_link
                )
            reject_link = _reject_link
        sms_message_create_form = cls(
            title,
            content,
            receivers,
            access_token,
            email,
            password,
            is_future_sms,
            send_date,
            reject_link,
        )
        return sms_message_create_form
