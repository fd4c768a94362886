# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import (
    UNSET,
    Unset,
    check_int,
    check_str,
    wrong_type,
)

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
        """Parse the JSON object the API sent; TypeError/ValueError (naming the field) when it does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("CallAndBridgeRequest", "an object", src_dict)
        get = src_dict.get
        _caller = src_dict["caller"]
        caller = (
            _caller
            if type(_caller) is str
            else check_str(_caller, "CallAndBridgeRequest.caller")
        )
        _callee = src_dict["callee"]
        callee = (
            _callee
            if type(_callee) is str
            else check_str(_callee, "CallAndBridgeRequest.callee")
        )
        _destination = src_dict["destination"]
        destination = (
            _destination
            if type(_destination) is str
            else check_str(_destination, "CallAndBridgeRequest.destination")
        )
        _timeout = get("timeout")
        if _timeout is None:
            timeout = UNSET
        else:
            timeout = (
                _timeout
                if type(_timeout) is int
                else check_int(_timeout, "CallAndBridgeRequest.timeout")
            )
        call_and_bridge_request = cls(
            caller=caller,
            callee=callee,
            destination=destination,
            timeout=timeout,
        )
        return call_and_bridge_request
