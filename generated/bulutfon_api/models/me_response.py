# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    check_object,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.credit import Credit
    from ..models.pbx import Pbx
    from ..models.user import User


T = TypeVar("T", bound="MeResponse")
_KNOWN_KEYS = frozenset(
    {
        "user",
        "pbx",
        "credit",
    }
)


@_attrs_define
class MeResponse:
    user: User
    pbx: Pbx
    credit: Credit
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user = self.user.to_dict()

        pbx = self.pbx.to_dict()

        credit = self.credit.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user": user,
                "pbx": pbx,
                "credit": credit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the JSON object the API sent; TypeError/ValueError (naming the field) when it does not fit."""
        from ..models.credit import Credit
        from ..models.pbx import Pbx
        from ..models.user import User

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("MeResponse", "an object", src_dict)
        get = src_dict.get
        _user = src_dict["user"]
        user = User.from_dict(
            _user if type(_user) is dict else check_object(_user, "MeResponse.user")
        )
        _pbx = src_dict["pbx"]
        pbx = Pbx.from_dict(
            _pbx if type(_pbx) is dict else check_object(_pbx, "MeResponse.pbx")
        )
        _credit = src_dict["credit"]
        credit = Credit.from_dict(
            _credit
            if type(_credit) is dict
            else check_object(_credit, "MeResponse.credit")
        )
        me_response = cls(
            user,
            pbx,
            credit,
        )
        if not src_dict.keys() <= _KNOWN_KEYS:
            unknown = src_dict.keys() - _KNOWN_KEYS
            if len(unknown) == 1:
                (key,) = unknown
                d = {key: src_dict[key]}
            else:
                d = {key: value for key, value in src_dict.items() if key in unknown}
            me_response.additional_properties = d
        return me_response

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
