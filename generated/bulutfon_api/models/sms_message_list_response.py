# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.paginate import Paginate
    from ..models.sms_message import SmsMessage


T = TypeVar("T", bound="SmsMessageListResponse")


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
        from ..models.paginate import Paginate
        from ..models.sms_message import SmsMessage

        d = dict(src_dict)
        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = SmsMessage.from_dict(messages_item_data)

            messages.append(messages_item)

        _paginate = d.pop("paginate", UNSET)
        paginate: Paginate | Unset
        if isinstance(_paginate, Unset) or _paginate is None:
            paginate = UNSET
        else:
            paginate = Paginate.from_dict(_paginate)

        sms_message_list_response = cls(
            messages=messages,
            paginate=paginate,
        )

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
