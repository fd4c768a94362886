# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="BfonGatherArgs")


@_attrs_define
class BfonGatherArgs:
    """gather: play `ask`, collect `min_digits` to `max_digits` keys into `variable_name` (`#`
    ends early), `play_on_error` after a wrong entry up to `max_attempts` times; `timeout`
    milliseconds to wait for the next key (default 5000). The provider POSTs again after the
    document, `step` one higher, with the variable.

    """

    min_digits: int | str
    """ A whole number, written as a string. """
    max_digits: int | str
    """ A whole number, written as a string. """
    max_attempts: int | str
    """ A whole number, written as a string. """
    ask: str
    """ An http(s) URL of an MP3 file. """
    play_on_error: str
    """ An http(s) URL of an MP3 file. """
    variable_name: str
    timeout: int | str | Unset = UNSET
    """ A whole number, written as a string. """

    def to_dict(self) -> dict[str, Any]:
        min_digits: int | str
        min_digits = self.min_digits

        max_digits: int | str
        max_digits = self.max_digits

        max_attempts: int | str
        max_attempts = self.max_attempts

        ask = self.ask

        play_on_error = self.play_on_error

        variable_name = self.variable_name

        timeout: int | str | Unset
        if isinstance(self.timeout, Unset):
            timeout = UNSET
        else:
            timeout = self.timeout

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "min_digits": min_digits,
                "max_digits": max_digits,
                "max_attempts": max_attempts,
                "ask": ask,
                "play_on_error": play_on_error,
                "variable_name": variable_name,
            }
        )
        if timeout is not UNSET:
            field_dict["timeout"] = timeout

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_min_digits(data: object) -> int | str:
            return cast(int | str, data)

        min_digits = _parse_min_digits(d.pop("min_digits"))

        def _parse_max_digits(data: object) -> int | str:
            return cast(int | str, data)

        max_digits = _parse_max_digits(d.pop("max_digits"))

        def _parse_max_attempts(data: object) -> int | str:
            return cast(int | str, data)

        max_attempts = _parse_max_attempts(d.pop("max_attempts"))

        ask = d.pop("ask")

        play_on_error = d.pop("play_on_error")

        variable_name = d.pop("variable_name")

        def _parse_timeout(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        timeout = _parse_timeout(d.pop("timeout", UNSET))

        bfon_gather_args = cls(
            min_digits=min_digits,
            max_digits=max_digits,
            max_attempts=max_attempts,
            ask=ask,
            play_on_error=play_on_error,
            variable_name=variable_name,
            timeout=timeout,
        )

        return bfon_gather_args
