# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CallAndBridgeRequest")


@_attrs_define
class CallAndBridgeRequest:
    caller: str
    """ Your PBX number the call is made from. """
    callee: str
    """ The number to call. """
    destination: str
    """ Where to connect it: 2 digits a menu, 3 a group, 4 an extension. """
    timeout: int | Unset = UNSET
    """ Seconds to let it ring. """

    def to_dict(self) -> dict[str, Any]:
        caller = self.caller

        callee = self.callee

        destination = self.destination

        timeout = self.timeout

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "caller": caller,
                "callee": callee,
                "destination": destination,
            }
        )
        if timeout is not UNSET:
            field_dict["timeout"] = timeout

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        caller = d.pop("caller")

        callee = d.pop("callee")

        destination = d.pop("destination")

        timeout = d.pop("timeout", UNSET)

        call_and_bridge_request = cls(
            caller=caller,
            callee=callee,
            destination=destination,
            timeout=timeout,
        )

        return call_and_bridge_request
