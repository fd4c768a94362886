# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    check_list,
    check_object,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.bfon_action import BfonAction
    from ..models.bfon_document_bfxm import BfonDocumentBfxm


T = TypeVar("T", bound="BfonDocument")
_KNOWN_KEYS = frozenset(
    {
        "bfxm",
        "seq",
    }
)


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
        """Parse the JSON object the API sent; TypeError/ValueError (naming the field) when it does not fit."""
        from ..models.bfon_action import BfonAction
        from ..models.bfon_document_bfxm import BfonDocumentBfxm

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("BfonDocument", "an object", src_dict)
        get = src_dict.get
        _bfxm = src_dict["bfxm"]
        bfxm = BfonDocumentBfxm.from_dict(
            _bfxm if type(_bfxm) is dict else check_object(_bfxm, "BfonDocument.bfxm")
        )
        _seq = src_dict["seq"]
        seq = [
            BfonAction.from_dict(_item)
            for _item in (
                _seq if type(_seq) is list else check_list(_seq, "BfonDocument.seq")
            )
        ]
        bfon_document = cls(
            bfxm,
            seq,
        )
        if not src_dict.keys() <= _KNOWN_KEYS:
            unknown = src_dict.keys() - _KNOWN_KEYS
            if len(unknown) == 1:
                (key,) = unknown
                d = {key: src_dict[key]}
            else:
                d = {key: value for key, value in src_dict.items() if key in unknown}
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
