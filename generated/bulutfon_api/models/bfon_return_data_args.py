# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import (
    check_str,
    wrong_type,
)

T = TypeVar("T", bound="BfonReturnDataArgs")


@_attrs_define
class BfonReturnDataArgs:
    """return_data: sent back as `return_data` on the next request (session state)."""

    value: str

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the JSON object the API sent; TypeError/ValueError (naming the field) when it does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("BfonReturnDataArgs", "an object", src_dict)
        get = src_dict.get
        _value = src_dict["value"]
        value = (
            _value
            if type(_value) is str
            else check_str(_value, "BfonReturnDataArgs.value")
        )
        bfon_return_data_args = cls(
            value,
        )
        return bfon_return_data_args
