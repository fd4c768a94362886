# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

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
        d = dict(src_dict)
        title = d.pop("title")

        def _parse_receivers(data: object) -> int | str:
            return cast(int | str, data)

        receivers = _parse_receivers(d.pop("receivers"))

        def _parse_did(data: object) -> int | str:
            return cast(int | str, data)

        did = _parse_did(d.pop("did"))

        attachment = d.pop("attachment")

        outgoing_fax_create = cls(
            title=title,
            receivers=receivers,
            did=did,
            attachment=attachment,
        )

        return outgoing_fax_create
