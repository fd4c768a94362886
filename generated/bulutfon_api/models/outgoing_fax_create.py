# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import (
    check_str,
    check_union,
    wrong_type,
)

T = TypeVar("T", bound="OutgoingFaxCreate")


@_attrs_define
class OutgoingFaxCreate:
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

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        receivers: int | str
        receivers = self.receivers

        did: int | str
        did = self.did

        attachment = self.attachment

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
                "receivers": receivers,
                "did": did,
                "attachment": attachment,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the JSON object the API sent; TypeError/ValueError (naming the field) when it does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("OutgoingFaxCreate", "an object", src_dict)
        get = src_dict.get
        _title = src_dict["title"]
        title = (
            _title
            if type(_title) is str
            else check_str(_title, "OutgoingFaxCreate.title")
        )
        _receivers = src_dict["receivers"]
        receivers = (
            _receivers
            if type(_receivers) is int or type(_receivers) is str
            else check_union(
                _receivers,
                "OutgoingFaxCreate.receivers",
                "an integer or a string",
                (int, str),
            )
        )
        _did = src_dict["did"]
        did = (
            _did
            if type(_did) is int or type(_did) is str
            else check_union(
                _did, "OutgoingFaxCreate.did", "an integer or a string", (int, str)
            )
        )
        _attachment = src_dict["attachment"]
        attachment = (
            _attachment
            if type(_attachment) is str
            else check_str(_attachment, "OutgoingFaxCreate.attachment")
        )
        outgoing_fax_create = cls(
            title,
            receivers,
            did,
            attachment,
        )
        return outgoing_fax_create
