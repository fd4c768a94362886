# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.bfon_action import BfonAction
    from ..models.bfon_document_bfxm import BfonDocumentBfxm


T = TypeVar("T", bound="BfonDocument")


@_attrs_define
class BfonDocument:
    """The answer to a BulutfonXM request; the actions are played in order."""

    bfxm: BfonDocumentBfxm
    seq: list[BfonAction]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bfxm = self.bfxm.to_dict()

        seq = []
        for seq_item_data in self.seq:
            seq_item = seq_item_data.to_dict()
            seq.append(seq_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bfxm": bfxm,
                "seq": seq,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bfon_action import BfonAction
        from ..models.bfon_document_bfxm import BfonDocumentBfxm

        d = dict(src_dict)
        bfxm = BfonDocumentBfxm.from_dict(d.pop("bfxm"))

        seq = []
        _seq = d.pop("seq")
        for seq_item_data in _seq:
            seq_item = BfonAction.from_dict(seq_item_data)

            seq.append(seq_item)

        bfon_document = cls(
            bfxm=bfxm,
            seq=seq,
        )

        bfon_document.additional_properties = d
        return bfon_document

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
