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

T = TypeVar("T", bound="OutgoingFaxCreateForm")


@_attrs_define
class OutgoingFaxCreateForm:
    """`OutgoingFaxCreate` form-encoded, credentials allowed in the body."""

    title: str
    """ The fax's title. """
    receivers: int | str
    """ One phone number, or several separated by commas, digits only (a single number may come as a JSON integer).
    """
    did: int | str
    """ A phone number, digits only, as a JSON integer or a string (shipped clients send both). """
    attachment: str
    """ A pdf, jpeg, png or tiff as `data:<mime type>;name:<file name>;base64:<base64 of the file>` (not an RFC 2397
    data URI). """
    access_token: str | Unset = _attrs_field(default=UNSET, repr=False)
    """ The master token (instead of `?access_token=`). """
    email: str | Unset = UNSET
    """ The login email, with `password` (instead of the query string). """
    password: str | Unset = _attrs_field(default=UNSET, repr=False)
    """ The login password, with `email`. """

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        receivers: int | str
        receivers = self.receivers

        did: int | str
        did = self.did

        attachment = self.attachment

        access_token = self.access_token

        email = self.email

        password = self.password

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
                "receivers": receivers,
                "did": did,
                "attachment": attachment,
            }
        )
        if access_token is not UNSET:
            field_dict["access_token"] = access_token
        if email is not UNSET:
            field_dict["email"] = email
        if password is not UNSET:
            field_dict["password"] = password

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the JSON object the API sent; TypeError/ValueError (naming the field) when it does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("OutgoingFaxCreateForm", "an object", src_dict)
        get = src_dict.get
        _title = src_dict["title"]
        title = (
            _title
            if type(_title) is str
            else check_str(_title, "OutgoingFaxCreateForm.title")
        )
        _receivers = src_dict["receivers"]
        receivers = (
            _receivers
            if type(_receivers) is int or type(_receivers) is str
            else check_union(
                _receivers,
                "OutgoingFaxCreateForm.receivers",
                "an integer or a string",
                (int, str),
            )
        )
        _did = src_dict["did"]
        did = (
            _did
            if type(_did) is int or type(_did) is str
            else check_union(
                _did, "OutgoingFaxCreateForm.did", "an integer or a string", (int, str)
            )
        )
        _attachment = src_dict["attachment"]
        attachment = (
            _attachment
            if type(_attachment) is str
            else check_str(_attachment, "OutgoingFaxCreateForm.attachment")
        )
        _access_token = get("access_token")
        if _access_token is None:
            access_token = UNSET
        else:
            access_token = (
                _access_token
                if type(_access_token) is str
                else check_str(
                    _access_token, "OutgoingFaxCreateForm.access_token", secret=True
                )
            )
        _email = get("email")
        if _email is None:
            email = UNSET
        else:
            email = (
                _email
                if type(_email) is str
                else check_str(_email, "OutgoingFaxCreateForm.email")
            )
        _password = get("password")
        if _password is None:
            password = UNSET
        else:
            password = (
                _password
                if type(_password) is str
                else check_str(_password, "OutgoingFaxCreateForm.password", secret=True)
            )
        outgoing_fax_create_form = cls(
            title,
            receivers,
            did,
            attachment,
            access_token,
            email,
            password,
        )
        return outgoing_fax_create_form
