# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_title_state import MessageTitleState
from ..types import (
    UNSET,
    Unset,
    check_int,
    check_str,
    wrong_type,
)

T = TypeVar("T", bound="MessageTitle")
_KNOWN_KEYS = frozenset(
    {
        "id",
        "name",
        "state",
    }
)


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
        """Parse the JSON object the API sent; TypeError/ValueError (naming the field) when it does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("MessageTitle", "an object", src_dict)
        get = src_dict.get
        _id = src_dict["id"]
        id = _id if type(_id) is int else check_int(_id, "MessageTitle.id")
        _name = get("name")
        if _name is None:
            name = UNSET
        else:
            name = (
                _name if type(_name) is str else check_str(_name, "MessageTitle.name")
            )
        _state = get("state")
        if _state is None:
            state = UNSET
        else:
            state = (
                _VALUES_MessageTitleState.get(_state) if type(_state) is str else None
            )
            if state is None:
                state = MessageTitleState._from_wire(_state, "MessageTitle.state")
        message_title = cls(
            id,
            name,
            state,
        )
        if not src_dict.keys() <= _KNOWN_KEYS:
            unknown = src_dict.keys() - _KNOWN_KEYS
            if len(unknown) == 1:
                (key,) = unknown
                d = {key: src_dict[key]}
            else:
                d = {key: value for key, value in src_dict.items() if key in unknown}
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


# An attribute of an Enum class is slow to read on Python 3.11 (EnumType.__getattr__): from_dict
# reads each enum's value map through a module global instead.
_VALUES_MessageTitleState = MessageTitleState._value2member_map_
