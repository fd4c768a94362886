# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.message_title import MessageTitle


T = TypeVar("T", bound="MessageTitleListResponse")


@_attrs_define
class MessageTitleListResponse:
    message_titles: list[MessageTitle]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_titles = []
        for message_titles_item_data in self.message_titles:
            message_titles_item = message_titles_item_data.to_dict()
            message_titles.append(message_titles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_titles": message_titles,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.message_title import MessageTitle

        d = dict(src_dict)
        message_titles = []
        _message_titles = d.pop("message_titles")
        for message_titles_item_data in _message_titles:
            message_titles_item = MessageTitle.from_dict(message_titles_item_data)

            message_titles.append(message_titles_item)

        message_title_list_response = cls(
            message_titles=message_titles,
        )

        message_title_list_response.additional_properties = d
        return message_title_list_response

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
