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
    wrong_type,
)

T = TypeVar("T", bound="AnnouncementCreateForm")


@_attrs_define
class AnnouncementCreateForm:
    """`AnnouncementCreate` form-encoded, credentials allowed in the body."""

    name: str
    """ The announcement's name. """
    announcement: str
    """ A wav or mp3 as `data:<mime type>;name:<file name>;base64:<base64 of the file>` (not an RFC 2397 data URI).
    """
    access_token: str | Unset = _attrs_field(default=UNSET, repr=False)
    """ The master token (instead of `?access_token=`). """
    email: str | Unset = UNSET
    """ The login email, with `password` (instead of the query string). """
    password: str | Unset = _attrs_field(default=UNSET, repr=False)
    """ The login password, with `email`. """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        announcement = self.announcement

        access_token = self.access_token

        email = self.email

        password = self.password

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "announcement": announcement,
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
            raise wrong_type("AnnouncementCreateForm", "an object", src_dict)
        get = src_dict.get
        _name = src_dict["name"]
        name = (
            _name
            if type(_name) is str
            else check_str(_name, "AnnouncementCreateForm.name")
        )
        _announcement = src_dict["announcement"]
        announcement = (
            _announcement
            if type(_announcement) is str
            else check_str(_announcement, "AnnouncementCreateForm.announcement")
        )
        _access_token = get("access_token")
        if _access_token is None:
            access_token = UNSET
        else:
            access_token = (
                _access_token
                if type(_access_token) is str
                else check_str(
                    _access_token, "AnnouncementCreateForm.access_token", secret=True
                )
            )
        _email = get("email")
        if _email is None:
            email = UNSET
        else:
            email = (
                _email
                if type(_email) is str
                else check_str(_email, "AnnouncementCreateForm.email")
            )
        _password = get("password")
        if _password is None:
            password = UNSET
        else:
            password = (
                _password
                if type(_password) is str
                else check_str(
                    _password, "AnnouncementCreateForm.password", secret=True
                )
            )
        announcement_create_form = cls(
            name,
            announcement,
            access_token,
            email,
            password,
        )
        return announcement_create_form
