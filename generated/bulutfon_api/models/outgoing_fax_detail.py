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
    from ..models.fax_recipient import FaxRecipient


T = TypeVar("T", bound="OutgoingFaxDetail")
_KNOWN_KEYS = frozenset(
    {
        "id",
        "title",
        "did",
        "recipient_count",
        "created_at",
        "recipients",
    }
)


@_attrs_define
class OutgoingFaxDetail:
    id: int
    title: str
    did: int | None | str | Unset = UNSET
    """ A phone number, or null. """
    recipient_count: int | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    """ ISO 8601 with offset, or null. """
    recipients: list[FaxRecipient] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        did: int | None | str | Unset
        if isinstance(self.did, Unset):
            did = UNSET
        else:
            did = self.did

        recipient_count = self.recipient_count

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

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
                "title": title,
            }
        )
        if did is not UNSET:
            field_dict["did"] = did
        if recipient_count is not UNSET:
            field_dict["recipient_count"] = recipient_count
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if recipients is not UNSET:
            field_dict["recipients"] = recipients

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the JSON object the API sent; TypeError/ValueError (naming the field) when it does not fit."""
        from ..models.fax_recipient import FaxRecipient

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("OutgoingFaxDetail", "an object", src_dict)
        get = src_dict.get
        _id = src_dict["id"]
        id = _id if type(_id) is int else check_int(_id, "OutgoingFaxDetail.id")
        _title = src_dict["title"]
        title = (
            _title
            if type(_title) is str
            else check_str(_title, "OutgoingFaxDetail.title")
        )
        _did = get("did", UNSET)
        if _did is None or _did is UNSET:
            did = _did
        else:
            did = (
                _did
                if type(_did) is int or type(_did) is str
                else check_union(
                    _did, "OutgoingFaxDetail.did", "an integer or a string", (int, str)
                )
            )
        _recipient_count = get("recipient_count")
        if _recipient_count is None:
            recipient_count = UNSET
        else:
            recipient_count = (
                _recipient_count
                if type(_recipient_count) is int
                else check_int(_recipient_count, "OutgoingFaxDetail.recipient_count")
            )
        _created_at = get("created_at", UNSET)
        if _created_at is None or _created_at is UNSET:
            created_at = _created_at
        else:
            if type(_created_at) is not str:
                raise wrong_type(
                    "OutgoingFaxDetail.created_at",
                    "an ISO 8601 date-time string",
                    _created_at,
                )
            try:
                created_at = datetime.datetime.fromisoformat(_created_at)
            except ValueError:
                raise bad_value(
                    "OutgoingFaxDetail.created_at", "an ISO 8601 date-time", _created_at
                ) from None
        _recipients = get("recipients")
        if _recipients is None:
            recipients = UNSET
        else:
            recipients = [
                FaxRecipient.from_dict(_item)
                for _item in (
                    _recipients
                    if type(_recipients) is list
                    else check_list(_recipients, "OutgoingFaxDetail.recipients")
                )
            ]
        outgoing_fax_detail = cls(
            id,
            title,
            did,
            recipient_count,
            created_at,
            recipients,
        )
        if not src_dict.keys() <= _KNOWN_KEYS:
            unknown = src_dict.keys() - _KNOWN_KEYS
            if len(unknown) == 1:
                (key,) = unknown
                d = {key: src_dict[key]}
            else:
                d = {key: value for key, value in src_dict.items() if key in unknown}
            outgoing_fax_detail.additional_properties = d
        return outgoing_fax_detail

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
