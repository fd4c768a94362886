# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.acl import Acl
from ..models.extension_destination_type import ExtensionDestinationType
from ..models.redirection_type import RedirectionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExtensionDetail")


@_attrs_define
class ExtensionDetail:
    id: int
    """ The extension's id. """
    number: int
    """ The extension number. """
    registered: bool | Unset = UNSET
    """ Whether a device is signed in on it. """
    caller_name: str | Unset = UNSET
    """ The user's name. """
    email: str | Unset = UNSET
    """ The user's email address. """
    did: int | None | str | Unset = UNSET
    """ A phone number, or null. """
    voice_mail: bool | Unset = UNSET
    """ Whether voicemail is on (the request calls it `voicemail`). """
    redirection_type: RedirectionType | Unset = UNSET
    """ When calls are redirected: NONE: never; UNREACHABLE: when unreachable; ALWAYS: always. """
    destination_type: ExtensionDestinationType | Unset = UNSET
    """ Where redirected calls go. """
    destination_number: int | None | str | Unset = UNSET
    """ A phone number, or null. """
    external_number: int | None | str | Unset = UNSET
    """ A phone number, or null. """
    acl: list[Acl] | Unset = UNSET
    """ What the extension may call. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        registered = self.registered

        caller_name = self.caller_name

        email = self.email

        did: int | None | str | Unset
        if isinstance(self.did, Unset):
            did = UNSET
        else:
            did = self.did

        voice_mail = self.voice_mail

        redirection_type: str | Unset = UNSET
        if not isinstance(self.redirection_type, Unset):
            redirection_type = self.redirection_type.value

        destination_type: str | Unset = UNSET
        if not isinstance(self.destination_type, Unset):
            destination_type = self.destination_type.value

        destination_number: int | None | str | Unset
        if isinstance(self.destination_number, Unset):
            destination_number = UNSET
        else:
            destination_number = self.destination_number

        external_number: int | None | str | Unset
        if isinstance(self.external_number, Unset):
            external_number = UNSET
        else:
            external_number = self.external_number

        acl: list[str] | Unset = UNSET
        if not isinstance(self.acl, Unset):
            acl = []
            for acl_item_data in self.acl:
                acl_item = acl_item_data.value
                acl.append(acl_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "number": number,
            }
        )
        if registered is not UNSET:
            field_dict["registered"] = registered
        if caller_name is not UNSET:
            field_dict["caller_name"] = caller_name
        if email is not UNSET:
            field_dict["email"] = email
        if did is not UNSET:
            field_dict["did"] = did
        if voice_mail is not UNSET:
            field_dict["voice_mail"] = voice_mail
        if redirection_type is not UNSET:
            field_dict["redirection_type"] = redirection_type
        if destination_type is not UNSET:
            field_dict["destination_type"] = destination_type
        if destination_number is not UNSET:
            field_dict["destination_number"] = destination_number
        if external_number is not UNSET:
            field_dict["external_number"] = external_number
        if acl is not UNSET:
            field_dict["acl"] = acl

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        number = d.pop("number")

        registered = d.pop("registered", UNSET)

        caller_name = d.pop("caller_name", UNSET)

        email = d.pop("email", UNSET)

        def _parse_did(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        did = _parse_did(d.pop("did", UNSET))

        voice_mail = d.pop("voice_mail", UNSET)

        _redirection_type = d.pop("redirection_type", UNSET)
        redirection_type: RedirectionType | Unset
        if isinstance(_redirection_type, Unset) or _redirection_type is None:
            redirection_type = UNSET
        else:
            redirection_type = RedirectionType._from_wire(_redirection_type)

        _destination_type = d.pop("destination_type", UNSET)
        destination_type: ExtensionDestinationType | Unset
        if isinstance(_destination_type, Unset) or _destination_type is None:
            destination_type = UNSET
        else:
            destination_type = ExtensionDestinationType._from_wire(_destination_type)

        def _parse_destination_number(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        destination_number = _parse_destination_number(
            d.pop("destination_number", UNSET)
        )

        def _parse_external_number(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        external_number = _parse_external_number(d.pop("external_number", UNSET))

        _acl = d.pop("acl", UNSET)
        acl: list[Acl] | Unset = UNSET
        if _acl is not UNSET and _acl is not None:
            acl = []
            for acl_item_data in _acl:
                acl_item = Acl._from_wire(acl_item_data)

                acl.append(acl_item)

        extension_detail = cls(
            id=id,
            number=number,
            registered=registered,
            caller_name=caller_name,
            email=email,
            did=did,
            voice_mail=voice_mail,
            redirection_type=redirection_type,
            destination_type=destination_type,
            destination_number=destination_number,
            external_number=external_number,
            acl=acl,
        )

        extension_detail.additional_properties = d
        return extension_detail

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
