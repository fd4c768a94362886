# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.group_member import GroupMember


T = TypeVar("T", bound="GroupDetail")


@_attrs_define
class GroupDetail:
    id: int
    """ The group's id. """
    number: int
    """ The group number. """
    name: str
    """ The group's name. """
    timeout: int | Unset = UNSET
    """ Seconds before the group times out. """
    delay_time: int | Unset = UNSET
    """ Seconds before members start ringing. """
    ring_duration: int | Unset = UNSET
    """ Seconds each member rings. """
    extensions: list[GroupMember] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        name = self.name

        timeout = self.timeout

        delay_time = self.delay_time

        ring_duration = self.ring_duration

        extensions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.extensions, Unset):
            extensions = []
            for extensions_item_data in self.extensions:
                extensions_item = extensions_item_data.to_dict()
                extensions.append(extensions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "number": number,
                "name": name,
            }
        )
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if delay_time is not UNSET:
            field_dict["delay_time"] = delay_time
        if ring_duration is not UNSET:
            field_dict["ring_duration"] = ring_duration
        if extensions is not UNSET:
            field_dict["extensions"] = extensions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.group_member import GroupMember

        d = dict(src_dict)
        id = d.pop("id")

        number = d.pop("number")

        name = d.pop("name")

        timeout = d.pop("timeout", UNSET)

        delay_time = d.pop("delay_time", UNSET)

        ring_duration = d.pop("ring_duration", UNSET)

        _extensions = d.pop("extensions", UNSET)
        extensions: list[GroupMember] | Unset = UNSET
        if _extensions is not UNSET and _extensions is not None:
            extensions = []
            for extensions_item_data in _extensions:
                extensions_item = GroupMember.from_dict(extensions_item_data)

                extensions.append(extensions_item)

        group_detail = cls(
            id=id,
            number=number,
            name=name,
            timeout=timeout,
            delay_time=delay_time,
            ring_duration=ring_duration,
            extensions=extensions,
        )

        group_detail.additional_properties = d
        return group_detail

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
