# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sms_rejection import SmsRejection


T = TypeVar("T", bound="SmsRejectionListResponse")


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
        from ..models.sms_rejection import SmsRejection

        d = dict(src_dict)
        sms_rejections = []
        _sms_rejections = d.pop("sms_rejections")
        for sms_rejections_item_data in _sms_rejections:
            sms_rejections_item = SmsRejection.from_dict(sms_rejections_item_data)

            sms_rejections.append(sms_rejections_item)

        sms_rejection_list_response = cls(
            sms_rejections=sms_rejections,
        )

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
