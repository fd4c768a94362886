# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    check_list,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.sms_rejection import SmsRejection


T = TypeVar("T", bound="SmsRejectionListResponse")
_KNOWN_KEYS = frozenset(
    {
        "sms_rejections",
    }
)


@_attrs_define
class SmsRejectionListResponse:
    sms_rejections: list[SmsRejection]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sms_rejections = []
        for sms_rejections_item_data in self.sms_rejections:
            sms_rejections_item = sms_rejections_item_data.to_dict()
            sms_rejections.append(sms_rejections_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sms_rejections": sms_rejections,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the JSON object the API sent; TypeError/ValueError (naming the field) when it does not fit."""
        from ..models.sms_rejection import SmsRejection

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("SmsRejectionListResponse", "an object", src_dict)
        get = src_dict.get
        _sms_rejections = src_dict["sms_rejections"]
        sms_rejections = [
            SmsRejection.from_dict(_item)
            for _item in (
                _sms_rejections
                if type(_sms_rejections) is list
                else check_list(
                    _sms_rejections, "SmsRejectionListResponse.sms_rejections"
                )
            )
        ]
        sms_rejection_list_response = cls(
            sms_rejections,
        )
        if not src_dict.keys() <= _KNOWN_KEYS:
            unknown = src_dict.keys() - _KNOWN_KEYS
            if len(unknown) == 1:
                (key,) = unknown
                d = {key: src_dict[key]}
            else:
                d = {key: value for key, value in src_dict.items() if key in unknown}
            sms_rejection_list_response.additional_properties = d
        return sms_rejection_list_response

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
