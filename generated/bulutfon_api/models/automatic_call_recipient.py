# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AutomaticCallRecipient")


@_attrs_define
class AutomaticCallRecipient:
    uuid: str | Unset = UNSET
    number: int | None | str | Unset = UNSET
    """ A phone number, or null. """
    has_called: bool | Unset = UNSET
    """ Whether the call went through (the page's "Çağrı başarılı mı"). """
    answer: bool | Unset = UNSET
    """ Whether it was answered. """
    gather: int | None | str | Unset = UNSET
    """ The key pressed, if any. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        number: int | None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        has_called = self.has_called

        answer = self.answer

        gather: int | None | str | Unset
        if isinstance(self.gather, Unset):
            gather = UNSET
        else:
            gather = self.gather

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if number is not UNSET:
            field_dict["number"] = number
        if has_called is not UNSET:
            field_dict["has_called"] = has_called
        if answer is not UNSET:
            field_dict["answer"] = answer
        if gather is not UNSET:
            field_dict["gather"] = gather

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        uuid = d.pop("uuid", UNSET)

        def _parse_number(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        number = _parse_number(d.pop("number", UNSET))

        has_called = d.pop("has_called", UNSET)

        answer = d.pop("answer", UNSET)

        def _parse_gather(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        gather = _parse_gather(d.pop("gather", UNSET))

        automatic_call_recipient = cls(
            uuid=uuid,
            number=number,
            has_called=has_called,
            answer=answer,
            gather=gather,
        )

        automatic_call_recipient.additional_properties = d
        return automatic_call_recipient

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
