# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.credit import Credit
    from ..models.pbx import Pbx
    from ..models.user import User


T = TypeVar("T", bound="MeResponse")


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
        from ..models.credit import Credit
        from ..models.pbx import Pbx
        from ..models.user import User

        d = dict(src_dict)
        user = User.from_dict(d.pop("user"))

        pbx = Pbx.from_dict(d.pop("pbx"))

        credit = Credit.from_dict(d.pop("credit"))

        me_response = cls(
            user=user,
            pbx=pbx,
            credit=credit,
        )

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
