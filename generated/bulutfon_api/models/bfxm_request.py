# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BfxmRequest")


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
        d = dict(src_dict)
        uuid = d.pop("uuid")

        def _parse_caller(data: object) -> int | str:
            return cast(int | str, data)

        caller = _parse_caller(d.pop("caller"))

        def _parse_callee(data: object) -> int | str:
            return cast(int | str, data)

        callee = _parse_callee(d.pop("callee"))

        def _parse_step(data: object) -> int | str:
            return cast(int | str, data)

        step = _parse_step(d.pop("step"))

        return_data = d.pop("return_data", UNSET)

        bfxm_request = cls(
            uuid=uuid,
            caller=caller,
            callee=callee,
            step=step,
            return_data=return_data,
        )

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
