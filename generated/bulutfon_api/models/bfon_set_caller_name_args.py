# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

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
        d = dict(src_dict)
        caller_name = d.pop("caller_name")

        bfon_set_caller_name_args = cls(
            caller_name=caller_name,
        )

        return bfon_set_caller_name_args
