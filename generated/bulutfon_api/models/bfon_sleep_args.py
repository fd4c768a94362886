# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import (
    check_union,
    wrong_type,
)

T = TypeVar("T", bound="BfonSleepArgs")


@_attrs_define
class BfonSleepArgs:
    """sleep: wait this many seconds."""

    timeout: int | str
    """ A whole number, written as a string. """

    def to_dict(self) -> dict[str, Any]:
        timeout: int | str
        timeout = self.timeout

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "timeout": timeout,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the JSON object the API sent; TypeError/ValueError (naming the field) when it does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("BfonSleepArgs", "an object", src_dict)
        get = src_dict.get
        _timeout = src_dict["timeout"]
        timeout = (
            _timeout
            if type(_timeout) is str or type(_timeout) is int
            else check_union(
                _timeout, "BfonSleepArgs.timeout", "a string or an integer", (str, int)
            )
        )
        bfon_sleep_args = cls(
            timeout,
        )
        return bfon_sleep_args
