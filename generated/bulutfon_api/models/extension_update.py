# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.acl import Acl
from ..models.extension_destination_type import ExtensionDestinationType
from ..models.redirection_type import RedirectionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExtensionUpdate")


@_attrs_define
class ExtensionUpdate:
    """The fields to change; what is not sent stays as it was."""

    full_name: str | Unset = UNSET
    """ The user's full name. """
    email: str | Unset = UNSET
    """ The user's email address. """
    did: int | str | Unset = UNSET
    """ A phone number, digits only, as a JSON integer or a string (shipped clients send both). """
    number: int | str | Unset = UNSET
    """ A positive whole number (an id, an extension number), as a JSON integer or a string of digits. """
    voicemail: bool | Unset = UNSET
    """ Turn voicemail on (off unless sent). """
    redirection_type: RedirectionType | Unset = UNSET
    """ When calls are redirected: NONE: never; UNREACHABLE: when unreachable; ALWAYS: always. """
    destination_type: ExtensionDestinationType | Unset = UNSET
    """ Where redirected calls go. """
    destination_number: int | str | Unset = UNSET
    """ A positive whole number (an id, an extension number), as a JSON integer or a string of digits. """
    external_number: int | str | Unset = UNSET
    """ A phone number, digits only, as a JSON integer or a string (shipped clients send both). """
    acl: list[Acl] | Unset = UNSET
    """ What the extension may call. """

    def to_dict(self) -> dict[str, Any]:
        full_name = self.full_name

        email = self.email

        did: int | str | Unset
        if isinstance(self.did, Unset):
            did = UNSET
        else:
            did = self.did

        number: int | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        voicemail = self.voicemail

        redirection_type: str | Unset = UNSET
        if not isinstance(self.redirection_type, Unset):
            redirection_type = self.redirection_type.value

        destination_type: str | Unset = UNSET
        if not isinstance(self.destination_type, Unset):
            destination_type = self.destination_type.value

        destination_number: int | str | Unset
        if isinstance(self.destination_number, Unset):
            destination_number = UNSET
        else:
            destination_number = self.destination_number

        external_number: int | str | Unset
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

        field_dict.update({})
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if email is not UNSET:
            field_dict["email"] = email
        if did is not UNSET:
            field_dict["did"] = did
        if number is not UNSET:
            field_dict["number"] = number
        if voicemail is not UNSET:
            field_dict["voicemail"] = voicemail
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
        full_name = d.pop("full_name", UNSET)

        email = d.pop("email", UNSET)

        def _parse_did(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        did = _parse_did(d.pop("did", UNSET))

        def _parse_number(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        number = _parse_number(d.pop("number", UNSET))

        voicemail = d.pop("voicemail", UNSET)

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

        def _parse_destination_number(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        destination_number = _parse_destination_number(
            d.pop("destination_number", UNSET)
        )

        def _parse_external_number(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        external_number = _parse_external_number(d.pop("external_number", UNSET))

        _acl = d.pop("acl", UNSET)
        acl: list[Acl] | Unset = UNSET
        if _acl is not UNSET and _acl is not None:
            acl = []
            for acl_item_data in _acl:
                acl_item = Acl._from_wire(acl_item_data)

                acl.append(acl_item)

        extension_update = cls(
            full_name=full_name,
            email=email,
            did=did,
            number=number,
            voicemail=voicemail,
            redirection_type=redirection_type,
            destination_type=destination_type,
            destination_number=destination_number,
            external_number=external_number,
            acl=acl,
        )

        return extension_update
