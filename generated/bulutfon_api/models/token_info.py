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

T = TypeVar("T", bound="TokenInfo")
_KNOWN_KEYS = frozenset(
    {
        "expired",
        "token",
        "expires_in",
    }
)


@_attrs_define
class TokenInfo:
    expired: bool
    """ Whether it has expired. """
    token: str | Unset = _attrs_field(default=UNSET, repr=False)
    """ The token asked about. """
    expires_in: int | None | Unset = UNSET
    """ Seconds left before it expires; null when it never does. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expired = self.expired

        token = self.token

        expires_in: int | None | Unset
        if isinstance(self.expires_in, Unset):
            expires_in = UNSET
        else:
            expires_in = self.expires_in

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expired": expired,
            }
        )
        if token is not UNSET:
            field_dict["token"] = token
        if expires_in is not UNSET:
            field_dict["expires_in"] = expires_in

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the JSON object the API sent; TypeError/ValueError (naming the field) when it does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("TokenInfo", "an object", src_dict)
        get = src_dict.get
        _expired = src_dict["expired"]
        if type(_expired) is not bool:
            raise wrong_type("TokenInfo.expired", "a boolean", _expired)
        expired = _expired
        _token = get("token")
        if _token is None:
            token = UNSET
        else:
            token = (
                _token
                if type(_token) is str
                else check_str(_token, "TokenInfo.token", secret=True)
            )
        _expires_in = get("expires_in", UNSET)
        if _expires_in is None or _expires_in is UNSET:
            expires_in = _expires_in
        else:
            expires_in = (
                _expires_in
                if type(_expires_in) is int
                else check_union(
                    _expires_in, "TokenInfo.expires_in", "an integer", (int,)
                )
            )
        token_info = cls(
            expired,
            token,
            expires_in,
        )
        if not src_dict.keys() <= _KNOWN_KEYS:
            unknown = src_dict.keys() - _KNOWN_KEYS
            if len(unknown) == 1:
                (key,) = unknown
                d = {key: src_dict[key]}
            else:
                d = {key: value for key, value in src_dict.items() if key in unknown}
            token_info.additional_properties = d
        return token_info

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
