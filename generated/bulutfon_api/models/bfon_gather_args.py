# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import (
    UNSET,
    Unset,
    check_str,
    check_union,
    wrong_type,
)

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
        """Parse the JSON object the API sent; TypeError/ValueError (naming the field) when it does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("BfonGatherArgs", "an object", src_dict)
        get = src_dict.get
        _min_digits = src_dict["min_digits"]
        min_digits = (
            _min_digits
            if type(_min_digits) is str or type(_min_digits) is int
            else check_union(
                _min_digits,
                "BfonGatherArgs.min_digits",
                "a string or an integer",
                (str, int),
            )
        )
        _max_digits = src_dict["max_digits"]
        max_digits = (
            _max_digits
            if type(_max_digits) is str or type(_max_digits) is int
            else check_union(
                _max_digits,
                "BfonGatherArgs.max_digits",
                "a string or an integer",
                (str, int),
            )
        )
        _max_attempts = src_dict["max_attempts"]
        max_attempts = (
            _max_attempts
            if type(_max_attempts) is str or type(_max_attempts) is int
            else check_union(
                _max_attempts,
                "BfonGatherArgs.max_attempts",
                "a string or an integer",
                (str, int),
            )
        )
        _ask = src_dict["ask"]
        ask = _ask if type(_ask) is str else check_str(_ask, "BfonGatherArgs.ask")
        _play_on_error = src_dict["play_on_error"]
        play_on_error = (
            _play_on_error
            if type(_play_on_error) is str
            else check_str(_play_on_error, "BfonGatherArgs.play_on_error")
        )
        _variable_name = src_dict["variable_name"]
        variable_name = (
            _variable_name
            if type(_variable_name) is str
            else check_str(_variable_name, "BfonGatherArgs.variable_name")
        )
        _timeout = get("timeout")
        if _timeout is None:
            timeout = UNSET
        else:
            timeout = (
                _timeout
                if type(_timeout) is str or type(_timeout) is int
                else check_union(
                    _timeout,
                    "BfonGatherArgs.timeout",
                    "a string or an integer",
                    (str, int),
                )
            )
        bfon_gather_args = cls(
            min_digits,
            max_digits,
            max_attempts,
            ask,
            play_on_error,
            variable_name,
            timeout,
        )
        return bfon_gather_args
