# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_type import CustomerType
from ..models.pbx_state import PbxState
from ..types import (
    UNSET,
    Unset,
    check_str,
    wrong_type,
)

T = TypeVar("T", bound="Pbx")
_KNOWN_KEYS = frozenset(
    {
        "name",
        "url",
        "state",
        "package",
        "customer_type",
    }
)


@_attrs_define
class Pbx:
    name: str
    """ The PBX's name. """
    url: str | Unset = UNSET
    """ The PBX's host name. """
    state: PbxState | Unset = UNSET
    """ DRAFT: draft; RECANTED: withdrawn; CONFIRMED: active; CANCEL: cancelled; SUSPENDED: closed
    to incoming calls; PRETERMINATED: closed to all calls; TERMINATED: closed for debt.
     """
    package: str | Unset = UNSET
    """ The PBX's package: SMALL, MIDDLE, COMMERCIAL, ENTERPRISE, APSIYON SITE, APSIYON PRO (LARGE seen in the
    provider's example). """
    customer_type: CustomerType | Unset = UNSET
    """ INVIDUAL (sic): an individual; CORPORATE: a company. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        url = self.url

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        package = self.package

        customer_type: str | Unset = UNSET
        if not isinstance(self.customer_type, Unset):
            customer_type = self.customer_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if state is not UNSET:
            field_dict["state"] = state
        if package is not UNSET:
            field_dict["package"] = package
        if customer_type is not UNSET:
            field_dict["customer_type"] = customer_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the JSON object the API sent; TypeError/ValueError (naming the field) when it does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("Pbx", "an object", src_dict)
        get = src_dict.get
        _name = src_dict["name"]
        name = _name if type(_name) is str else check_str(_name, "Pbx.name")
        _url = get("url")
        if _url is None:
            url = UNSET
        else:
            url = _url if type(_url) is str else check_str(_url, "Pbx.url")
        _state = get("state")
        if _state is None:
            state = UNSET
        else:
            state = _VALUES_PbxState.get(_state) if type(_state) is str else None
            if state is None:
                state = PbxState._from_wire(_state, "Pbx.state")
        _package = get("package")
        if _package is None:
            package = UNSET
        else:
            package = (
                _package
                if type(_package) is str
                else check_str(_package, "Pbx.package")
            )
        _customer_type = get("customer_type")
        if _customer_type is None:
            customer_type = UNSET
        else:
            customer_type = (
                _VALUES_CustomerType.get(_customer_type)
                if type(_customer_type) is str
                else None
            )
            if customer_type is None:
                customer_type = CustomerType._from_wire(
                    _customer_type, "Pbx.customer_type"
                )
        pbx = cls(
            name,
            url,
            state,
            package,
            customer_type,
        )
        if not src_dict.keys() <= _KNOWN_KEYS:
            unknown = src_dict.keys() - _KNOWN_KEYS
            if len(unknown) == 1:
                (key,) = unknown
                d = {key: src_dict[key]}
            else:
                d = {key: value for key, value in src_dict.items() if key in unknown}
            pbx.additional_properties = d
        return pbx

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# An attribute of an Enum class is slow to read on Python 3.11 (EnumType.__getattr__): from_dict
# reads each enum's value map through a module global instead.
_VALUES_PbxState = PbxState._value2member_map_
_VALUES_CustomerType = CustomerType._value2member_map_
