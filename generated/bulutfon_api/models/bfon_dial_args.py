# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.bfon_dial_args_hide_cli_on_diversion import BfonDialArgsHideCliOnDiversion
from ..types import UNSET, Unset

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
        d = dict(src_dict)
        destination = d.pop("destination")

        _hide_cli_on_diversion = d.pop("hide_cli_on_diversion", UNSET)
        hide_cli_on_diversion: BfonDialArgsHideCliOnDiversion | Unset
        if isinstance(_hide_cli_on_diversion, Unset) or _hide_cli_on_diversion is None:
            hide_cli_on_diversion = UNSET
        else:
            hide_cli_on_diversion = BfonDialArgsHideCliOnDiversion._from_wire(
                _hide_cli_on_diversion
            )

        bfon_dial_args = cls(
            destination=destination,
            hide_cli_on_diversion=hide_cli_on_diversion,
        )

        return bfon_dial_args
