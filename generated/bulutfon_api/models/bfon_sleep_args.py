# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

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
        d = dict(src_dict)

        def _parse_timeout(data: object) -> int | str:
            return cast(int | str, data)

        timeout = _parse_timeout(d.pop("timeout"))

        bfon_sleep_args = cls(
            timeout=timeout,
        )

        return bfon_sleep_args
