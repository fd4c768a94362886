# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
    """ The login email """
    password: str | Unset = _attrs_field(default=UNSET, repr=False)
    """ The login password """

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
        d = dict(src_dict)
        title = d.pop("title")

        def _parse_receivers(data: object) -> int | str:
            return cast(int | str, data)

        receivers = _parse_receivers(d.pop("receivers"))

        def _parse_did(data: object) -> int | str:
            return cast(int | str, data)

        did = _parse_did(d.pop("did"))

        attachment = d.pop("attachment")

        access_token = d.pop("access_token", UNSET)

        email = d.pop("email", UNSET)

        password = d.pop("password", UNSET)

        outgoing_fax_create_form = cls(
            title=title,
            receivers=receivers,
            did=did,
            attachment=attachment,
            access_token=access_token,
            email=email,
            password=password,
        )

        return outgoing_fax_create_form
