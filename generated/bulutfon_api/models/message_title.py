# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_title_state import MessageTitleState
from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageTitle")


@_attrs_define
class MessageTitle:
    id: int
    name: str | Unset = UNSET
    state: MessageTitleState | Unset = UNSET
    """ DRAFT: awaiting approval; REJECTED: refused; CONFIRMED: approved. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        _state = d.pop("state", UNSET)
        state: MessageTitleState | Unset
        if isinstance(_state, Unset) or _state is None:
            state = UNSET
        else:
            state = MessageTitleState._from_wire(_state)

        message_title = cls(
            id=id,
            name=name,
            state=state,
        )

        message_title.additional_properties = d
        return message_title

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
