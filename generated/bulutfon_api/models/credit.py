# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    check_int,
    parse_decimal,
    wrong_type,
)

T = TypeVar("T", bound="Credit")
_KNOWN_KEYS = frozenset(
    {
        "balance",
        "sms_credits",
        "sms_credit",
    }
)


@_attrs_define
class Credit:
    balance: Decimal
    """ Remaining call credit, a decimal string (or number); read as a Decimal. """
    sms_credits: int | Unset = UNSET
    """ Remaining SMS credit (as in the provider's JSON example). """
    sms_credit: int | Unset = UNSET
    """ Remaining SMS credit (as in the provider's field list). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        balance = (
            self.balance
            if self.balance is None or isinstance(self.balance, Unset)
            else str(self.balance)
        )

        sms_credits = self.sms_credits

        sms_credit = self.sms_credit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "balance": balance,
            }
        )
        if sms_credits is not UNSET:
            field_dict["sms_credits"] = sms_credits
        if sms_credit is not UNSET:
            field_dict["sms_credit"] = sms_credit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the JSON object the API sent; TypeError/ValueError (naming the field) when it does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("Credit", "an object", src_dict)
        get = src_dict.get
        balance = parse_decimal(
            src_dict["balance"], nullable=False, where="Credit.balance"
        )
        _sms_credits = get("sms_credits")
        if _sms_credits is None:
            sms_credits = UNSET
        else:
            sms_credits = (
                _sms_credits
                if type(_sms_credits) is int
                else check_int(_sms_credits, "Credit.sms_credits")
            )
        _sms_credit = get("sms_credit")
        if _sms_credit is None:
            sms_credit = UNSET
        else:
            sms_credit = (
                _sms_credit
                if type(_sms_credit) is int
                else check_int(_sms_credit, "Credit.sms_credit")
            )
        credit = cls(
            balance,
            sms_credits,
            sms_credit,
        )
        if not src_dict.keys() <= _KNOWN_KEYS:
            unknown = src_dict.keys() - _KNOWN_KEYS
            if len(unknown) == 1:
                (key,) = unknown
                d = {key: src_dict[key]}
            else:
                d = {key: value for key, value in src_dict.items() if key in unknown}
            credit.additional_properties = d
        return credit

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
