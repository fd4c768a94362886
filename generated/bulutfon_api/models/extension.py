# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Extension")


@_attrs_define
class Extension:
    id: int
    """ The extension's id. """
    number: int
    """ The extension number. """
    registered: bool | Unset = UNSET
    """ Whether a device is signed in on it. """
    caller_name: str | Unset = UNSET
    """ The user's name. """
    email: str | Unset = UNSET
    """ The user's email address. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        registered = self.registered

        caller_name = self.caller_name

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "number": number,
            }
        )
        if registered is not UNSET:
            field_dict["registered"] = registered
        if caller_name is not UNSET:
            field_dict["caller_name"] = caller_name
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        number = d.pop("number")

        registered = d.pop("registered", UNSET)

        caller_name = d.pop("caller_name", UNSET)

        email = d.pop("email", UNSET)

        extension = cls(
            id=id,
            number=number,
            registered=registered,
            caller_name=caller_name,
            email=email,
        )

        extension.additional_properties = d
        return extension

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
