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

T = TypeVar("T", bound="AutomaticCallRecipient")
_KNOWN_KEYS = frozenset(
    {
        "uuid",
        "number",
        "has_called",
        "answer",
        "gather",
    }
)


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
        """Parse the JSON object the API sent; TypeError/ValueError (naming the field) when it does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("AutomaticCallRecipient", "an object", src_dict)
        get = src_dict.get
        _uuid = get("uuid")
        if _uuid is None:
            uuid = UNSET
        else:
            uuid = (
                _uuid
                if type(_uuid) is str
                else check_str(_uuid, "AutomaticCallRecipient.uuid")
            )
        _number = get("number", UNSET)
        if _number is None or _number is UNSET:
            number = _number
        else:
            number = (
                _number
                if type(_number) is int or type(_number) is str
                else check_union(
                    _number,
                    "AutomaticCallRecipient.number",
                    "an integer or a string",
                    (int, str),
                )
            )
        _has_called = get("has_called")
        if _has_called is None:
            has_called = UNSET
        else:
            if type(_has_called) is not bool:
                raise wrong_type(
                    "AutomaticCallRecipient.has_called", "a boolean", _has_called
                )
            has_called = _has_called
        _answer = get("answer")
        if _answer is None:
            answer = UNSET
        else:
            if type(_answer) is not bool:
                raise wrong_type("AutomaticCallRecipient.answer", "a boolean", _answer)
            answer = _answer
        _gather = get("gather", UNSET)
        if _gather is None or _gather is UNSET:
            gather = _gather
        else:
            gather = (
                _gather
                if type(_gather) is int or type(_gather) is str
                else check_union(
                    _gather,
                    "AutomaticCallRecipient.gather",
                    "an integer or a string",
                    (int, str),
                )
            )
        automatic_call_recipient = cls(
            uuid,
            number,
            has_called,
            answer,
            gather,
        )
        if not src_dict.keys() <= _KNOWN_KEYS:
            unknown = src_dict.keys() - _KNOWN_KEYS
            if len(unknown) == 1:
                (key,) = unknown
                d = {key: src_dict[key]}
            else:
                d = {key: value for key, value in src_dict.items() if key in unknown}
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
