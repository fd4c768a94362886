# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    check_list,
    check_object,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.paginate import Paginate
    from ..models.sms_message import SmsMessage


T = TypeVar("T", bound="SmsMessageListResponse")
_KNOWN_KEYS = frozenset(
    {
        "messages",
        "paginate",
    }
)


@_attrs_define
class SmsMessageListResponse:
    messages: list[SmsMessage]
    paginate: Paginate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        paginate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.paginate, Unset):
            paginate = self.paginate.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "messages": messages,
            }
        )
        if paginate is not UNSET:
            field_dict["paginate"] = paginate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the JSON object the API sent; TypeError/ValueError (naming the field) when it does not fit."""
        from ..models.paginate import Paginate
        from ..models.sms_message import SmsMessage

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("SmsMessageListResponse", "an object", src_dict)
        get = src_dict.get
        _messages = src_dict["messages"]
        messages = [
            SmsMessage.from_dict(_item)
            for _item in (
                _messages
                if type(_messages) is list
                else check_list(_messages, "SmsMessageListResponse.messages")
            )
        ]
        _paginate = get("paginate")
        if _paginate is None:
            paginate = UNSET
        else:
            paginate = Paginate.from_dict(
                _paginate
                if type(_paginate) is dict
                else check_object(_paginate, "SmsMessageListResponse.paginate")
            )
        sms_message_list_response = cls(
            messages,
            paginate,
        )
        if not src_dict.keys() <= _KNOWN_KEYS:
            unknown = src_dict.keys() - _KNOWN_KEYS
            if len(unknown) == 1:
                (key,) = unknown
                d = {key: src_dict[key]}
            else:
                d = {key: value for key, value in src_dict.items() if key in unknown}
            sms_message_list_response.additional_properties = d
        return sms_message_list_response

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
