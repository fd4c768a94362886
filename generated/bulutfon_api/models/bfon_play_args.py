# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import (
    check_str,
    wrong_type,
)

T = TypeVar("T", bound="BfonPlayArgs")


@_attrs_define
class BfonPlayArgs:
    """play: the MP3 at url."""

    url: str
    """ An http(s) URL of an MP3 file. """

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the JSON object the API sent; TypeError/ValueError (naming the field) when it does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("BfonPlayArgs", "an object", src_dict)
        get = src_dict.get
        _url = src_dict["url"]
        url = _url if type(_url) is str else check_str(_url, "BfonPlayArgs.url")
        bfon_play_args = cls(
            url,
        )
        return bfon_play_args
