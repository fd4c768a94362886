# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.bfon_dial_args_hide_cli_on_diversion import BfonDialArgsHideCliOnDiversion
from ..types import (
    UNSET,
    Unset,
    check_str,
    wrong_type,
)

T = TypeVar("T", bound="BfonDialArgs")


@_attrs_define
class BfonDialArgs:
    """dial: a menu (2 digits), group (3), extension (4) or a phone number (a diversion fee applies)."""

    destination: str
    hide_cli_on_diversion: BfonDialArgsHideCliOnDiversion | Unset = UNSET
    """ false shows the caller's number on a diversion. """

    def to_dict(self) -> dict[str, Any]:
        destination = self.destination

        hide_cli_on_diversion: str | Unset = UNSET
        if not isinstance(self.hide_cli_on_diversion, Unset):
            hide_cli_on_diversion = self.hide_cli_on_diversion.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "destination": destination,
            }
        )
        if hide_cli_on_diversion is not UNSET:
            field_dict["hide_cli_on_diversion"] = hide_cli_on_diversion

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the JSON object the API sent; TypeError/ValueError (naming the field) when it does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("BfonDialArgs", "an object", src_dict)
        get = src_dict.get
        _destination = src_dict["destination"]
        destination = (
            _destination
            if type(_destination) is str
            else check_str(_destination, "BfonDialArgs.destination")
        )
        _hide_cli_on_diversion = get("hide_cli_on_diversion")
        if _hide_cli_on_diversion is None:
            hide_cli_on_diversion = UNSET
        else:
            hide_cli_on_diversion = (
                _VALUES_BfonDialArgsHideCliOnDiversion.get(_hide_cli_on_diversion)
                if type(_hide_cli_on_diversion) is str
                else None
            )
            if hide_cli_on_diversion is None:
                hide_cli_on_diversion = BfonDialArgsHideCliOnDiversion._from_wire(
                    _hide_cli_on_diversion, "BfonDialArgs.hide_cli_on_diversion"
                )
        bfon_dial_args = cls(
            destination,
            hide_cli_on_diversion,
        )
        return bfon_dial_args


# An attribute of an Enum class is slow to read on Python 3.11 (EnumType.__getattr__): from_dict
# reads each enum's value map through a module global instead.
_VALUES_BfonDialArgsHideCliOnDiversion = (
    BfonDialArgsHideCliOnDiversion._value2member_map_
)
