# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    check_int,
    check_str,
    wrong_type,
)

T = TypeVar("T", bound="Extension")
_KNOWN_KEYS = frozenset(
    {
        "id",
        "number",
        "registered",
        "caller_name",
        "email",
    }
)


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
        """Parse the JSON object the API sent; TypeError/ValueError (naming the field) when it does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("Extension", "an object", src_dict)
        get = src_dict.get
        _id = src_dict["id"]
        id = _id if type(_id) is int else check_int(_id, "Extension.id")
        _number = src_dict["number"]
        number = (
            _number if type(_number) is int else check_int(_number, "Extension.number")
        )
        _registered = get("registered")
        if _registered is None:
            registered = UNSET
        else:
            if type(_registered) is not bool:
                raise wrong_type("Extension.registered", "a boolean", _registered)
            registered = _registered
        _caller_name = get("caller_name")
        if _caller_name is None:
            caller_name = UNSET
        else:
            caller_name = (
                _caller_name
                if type(_caller_name) is str
                else check_str(_caller_name, "Extension.caller_name")
            )
        _email = get("email")
        if _email is None:
            email = UNSET
        else:
            email = (
                _email if type(_email) is str else check_str(_email, "Extension.email")
            )
        extension = cls(
            id,
            number,
            registered,
            caller_name,
            email,
        )
        if not src_dict.keys() <= _KNOWN_KEYS:
            unknown = src_dict.keys() - _KNOWN_KEYS
            if len(unknown) == 1:
                (key,) = unknown
                d = {key: src_dict[key]}
            else:
                d = {key: value for key, value in src_dict.items() if key in unknown}
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
