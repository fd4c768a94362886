# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import (
    check_str,
    wrong_type,
)

T = TypeVar("T", bound="BfonSetCallerNameArgs")


@_attrs_define
class BfonSetCallerNameArgs:
    """set_caller_name: the caller name PBX users see."""

    caller_name: str

    def to_dict(self) -> dict[str, Any]:
        caller_name = self.caller_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "caller_name": caller_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the JSON object the API sent; TypeError/ValueError (naming the field) when it does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("BfonSetCallerNameArgs", "an object", src_dict)
        get = src_dict.get
        _caller_name = src_dict["caller_name"]
        caller_name = (
            _caller_name
            if type(_caller_name) is str
            else check_str(_caller_name, "BfonSetCallerNameArgs.caller_name")
        )
        bfon_set_caller_name_args = cls(
            caller_name,
        )
        return bfon_set_caller_name_args
