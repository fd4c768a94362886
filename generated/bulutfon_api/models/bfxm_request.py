# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    check_str,
    check_union,
    wrong_type,
)

T = TypeVar("T", bound="BfxmRequest")
_KNOWN_KEYS = frozenset(
    {
        "uuid",
        "caller",
        "callee",
        "step",
        "return_data",
    }
)


@_attrs_define
class BfxmRequest:
    """What BulutfonXM POSTs. Every other field is a variable a `gather` filled, by its
    `variable_name`.

    """

    uuid: str
    """ The call's unique id. """
    caller: int | str
    """ A phone number. Sent as a JSON integer in some places and a string in others. """
    callee: int | str
    """ A phone number. Sent as a JSON integer in some places and a string in others. """
    step: int | str
    """ An integer; a string of digits in form-encoded events. """
    return_data: str | Unset = UNSET
    """ The value of the last `return_data` action. """
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        caller: int | str
        caller = self.caller

        callee: int | str
        callee = self.callee

        step: int | str
        step = self.step

        return_data = self.return_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "caller": caller,
                "callee": callee,
                "step": step,
            }
        )
        if return_data is not UNSET:
            field_dict["return_data"] = return_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the JSON object the API sent; TypeError/ValueError (naming the field) when it does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("BfxmRequest", "an object", src_dict)
        get = src_dict.get
        _uuid = src_dict["uuid"]
        uuid = _uuid if type(_uuid) is str else check_str(_uuid, "BfxmRequest.uuid")
        _caller = src_dict["caller"]
        caller = (
            _caller
            if type(_caller) is int or type(_caller) is str
            else check_union(
                _caller, "BfxmRequest.caller", "an integer or a string", (int, str)
            )
        )
        _callee = src_dict["callee"]
        callee = (
            _callee
            if type(_callee) is int or type(_callee) is str
            else check_union(
                _callee, "BfxmRequest.callee", "an integer or a string", (int, str)
            )
        )
        _step = src_dict["step"]
        step = (
            _step
            if type(_step) is int or type(_step) is str
            else check_union(
                _step, "BfxmRequest.step", "an integer or a string", (int, str)
            )
        )
        _return_data = get("return_data")
        if _return_data is None:
            return_data = UNSET
        else:
            return_data = (
                _return_data
                if type(_return_data) is str
                else check_str(_return_data, "BfxmRequest.return_data")
            )
        bfxm_request = cls(
            uuid,
            caller,
            callee,
            step,
            return_data,
        )
        if not src_dict.keys() <= _KNOWN_KEYS:
            unknown = src_dict.keys() - _KNOWN_KEYS
            if len(unknown) == 1:
                (key,) = unknown
                d = {key: src_dict[key]}
            else:
                d = {key: value for key, value in src_dict.items() if key in unknown}
            bfxm_request.additional_properties = d
        return bfxm_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
