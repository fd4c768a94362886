# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    check_str,
    check_union,
    wrong_type,
)

T = TypeVar("T", bound="User")
_KNOWN_KEYS = frozenset(
    {
        "email",
        "name",
        "gsm",
    }
)


@_attrs_define
class User:
    email: str
    """ The user's email address. """
    name: str
    """ The user's full name. """
    gsm: int | None | str | Unset = UNSET
    """ A phone number, or null. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        name = self.name

        gsm: int | None | str | Unset
        if isinstance(self.gsm, Unset):
            gsm = UNSET
        else:
            gsm = self.gsm

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "name": name,
            }
        )
        if gsm is not UNSET:
            field_dict["gsm"] = gsm

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the JSON object the API sent; TypeError/ValueError (naming the field) when it does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("User", "an object", src_dict)
        get = src_dict.get
        _email = src_dict["email"]
        email = _email if type(_email) is str else check_str(_email, "User.email")
        _name = src_dict["name"]
        name = _name if type(_name) is str else check_str(_name, "User.name")
        _gsm = get("gsm", UNSET)
        if _gsm is None or _gsm is UNSET:
            gsm = _gsm
        else:
            gsm = (
                _gsm
                if type(_gsm) is int or type(_gsm) is str
                else check_union(_gsm, "User.gsm", "an integer or a string", (int, str))
            )
        user = cls(
            email,
            name,
            gsm,
        )
        if not src_dict.keys() <= _KNOWN_KEYS:
            unknown = src_dict.keys() - _KNOWN_KEYS
            if len(unknown) == 1:
                (key,) = unknown
                d = {key: src_dict[key]}
            else:
                d = {key: value for key, value in src_dict.items() if key in unknown}
            user.additional_properties = d
        return user

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
