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
    wrong_type,
)

T = TypeVar("T", bound="FormCredentials")
_KNOWN_KEYS = frozenset(
    {
        "access_token",
        "email",
        "password",
    }
)


@_attrs_define
class FormCredentials:
    """Credentials a form-encoded body may carry instead of the query string (the Ruby and
    Android SDKs, the WHMCS module and the sample apps put them there).

    """

    access_token: str | Unset = _attrs_field(default=UNSET, repr=False)
    """ The master token (instead of `?access_token=`). """
    email: str | Unset = UNSET
    """ The login email, with `password` (instead of the query string). """
    password: str | Unset = _attrs_field(default=UNSET, repr=False)
    """ The login password, with `email`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        email = self.email

        password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_token is not UNSET:
            field_dict["access_token"] = access_token
        if email is not UNSET:
            field_dict["email"] = email
        if password is not UNSET:
            field_dict["password"] = password

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the JSON object the API sent; TypeError/ValueError (naming the field) when it does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("FormCredentials", "an object", src_dict)
        get = src_dict.get
        _access_token = get("access_token")
        if _access_token is None:
            access_token = UNSET
        else:
            access_token = (
                _access_token
                if type(_access_token) is str
                else check_str(
                    _access_token, "FormCredentials.access_token", secret=True
                )
            )
        _email = get("email")
        if _email is None:
            email = UNSET
        else:
            email = (
                _email
                if type(_email) is str
                else check_str(_email, "FormCredentials.email")
            )
        _password = get("password")
        if _password is None:
            password = UNSET
        else:
            password = (
                _password
                if type(_password) is str
                else check_str(_password, "FormCredentials.password", secret=True)
            )
        form_credentials = cls(
            access_token,
            email,
            password,
        )
        if not src_dict.keys() <= _KNOWN_KEYS:
            unknown = src_dict.keys() - _KNOWN_KEYS
            if len(unknown) == 1:
                (key,) = unknown
                d = {key: src_dict[key]}
            else:
                d = {key: value for key, value in src_dict.items() if key in unknown}
            form_credentials.additional_properties = d
        return form_credentials

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
