# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_decimal

T = TypeVar("T", bound="Credit")


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
        d = dict(src_dict)
        balance = parse_decimal(d.pop("balance"), nullable=False)

        sms_credits = d.pop("sms_credits", UNSET)

        sms_credit = d.pop("sms_credit", UNSET)

        credit = cls(
            balance=balance,
            sms_credits=sms_credits,
            sms_credit=sms_credit,
        )

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
