# generated from spec/bulutfon-v1.yaml by make generate; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.acl import Acl
from ..models.extension_destination_type import ExtensionDestinationType
from ..models.redirection_type import RedirectionType
from ..types import (
    UNSET,
    Unset,
    check_int,
    check_list,
    check_str,
    check_union,
    wrong_type,
)

T = TypeVar("T", bound="ExtensionDetail")
_KNOWN_KEYS = frozenset(
    {
        "id",
        "number",
        "registered",
        "caller_name",
        "email",
        "did",
        "voice_mail",
        "redirection_type",
        "destination_type",
        "destination_number",
        "external_number",
        "acl",
    }
)


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
        """Parse the JSON object the API sent; TypeError/ValueError (naming the field) when it does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("ExtensionDetail", "an object", src_dict)
        get = src_dict.get
        _id = src_dict["id"]
        id = _id if type(_id) is int else check_int(_id, "ExtensionDetail.id")
        _number = src_dict["number"]
        number = (
            _number
            if type(_number) is int
            else check_int(_number, "ExtensionDetail.number")
        )
        _registered = get("registered")
        if _registered is None:
            registered = UNSET
        else:
            if type(_registered) is not bool:
                raise wrong_type("ExtensionDetail.registered", "a boolean", _registered)
            registered = _registered
        _caller_name = get("caller_name")
        if _caller_name is None:
            caller_name = UNSET
        else:
            caller_name = (
                _caller_name
                if type(_caller_name) is str
                else check_str(_caller_name, "ExtensionDetail.caller_name")
            )
        _email = get("email")
        if _email is None:
            email = UNSET
        else:
            email = (
                _email
                if type(_email) is str
                else check_str(_email, "ExtensionDetail.email")
            )
        _did = get("did", UNSET)
        if _did is None or _did is UNSET:
            did = _did
        else:
            did = (
                _did
                if type(_did) is int or type(_did) is str
                else check_union(
                    _did, "ExtensionDetail.did", "an integer or a string", (int, str)
                )
            )
        _voice_mail = get("voice_mail")
        if _voice_mail is None:
            voice_mail = UNSET
        else:
            if type(_voice_mail) is not bool:
                raise wrong_type("ExtensionDetail.voice_mail", "a boolean", _voice_mail)
            voice_mail = _voice_mail
        _redirection_type = get("redirection_type")
        if _redirection_type is None:
            redirection_type = UNSET
        else:
            redirection_type = (
                _VALUES_RedirectionType.get(_redirection_type)
                if type(_redirection_type) is str
                else None
            )
            if redirection_type is None:
                redirection_type = RedirectionType._from_wire(
                    _redirection_type, "ExtensionDetail.redirection_type"
                )
        _destination_type = get("destination_type")
        if _destination_type is None:
            destination_type = UNSET
        else:
            destination_type = (
                _VALUES_ExtensionDestinationType.get(_destination_type)
                if type(_destination_type) is str
                else None
            )
            if destination_type is None:
                destination_type = ExtensionDestinationType._from_wire(
                    _destination_type, "ExtensionDetail.destination_type"
                )
        _destination_number = get("destination_number", UNSET)
        if _destination_number is None or _destination_number is UNSET:
            destination_number = _destination_number
        else:
            destination_number = (
                _destination_number
                if type(_destination_number) is int or type(_destination_number) is str
                else check_union(
                    _destination_number,
                    "ExtensionDetail.destination_number",
                    "an integer or a string",
                    (int, str),
                )
            )
        _external_number = get("external_number", UNSET)
        if _external_number is None or _external_number is UNSET:
            external_number = _external_number
        else:
            external_number = (
                _external_number
                if type(_external_number) is int or type(_external_number) is str
                else check_union(
                    _external_number,
                    "ExtensionDetail.external_number",
                    "an integer or a string",
                    (int, str),
                )
            )
        _acl = get("acl")
        if _acl is None:
            acl = UNSET
        else:
            acl = []
            for _item in (
                _acl if type(_acl) is list else check_list(_acl, "ExtensionDetail.acl")
            ):
                _element = _VALUES_Acl.get(_item) if type(_item) is str else None
                if _element is None:
                    _element = Acl._from_wire(_item, "ExtensionDetail.acl[]")
                acl.append(_element)
        extension_detail = cls(
            id,
            number,
            registered,
            caller_name,
            email,
            did,
            voice_mail,
            redirection_type,
            destination_type,
            destination_number,
            external_number,
            acl,
        )
        if not src_dict.keys() <= _KNOWN_KEYS:
            unknown = src_dict.keys() - _KNOWN_KEYS
            if len(unknown) == 1:
                (key,) = unknown
                d = {key: src_dict[key]}
            else:
                d = {key: value for key, value in src_dict.items() if key in unknown}
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


# An attribute of an Enum class is slow to read on Python 3.11 (EnumType.__getattr__): from_dict
# reads each enum's value map through a module global instead.
_VALUES_RedirectionType = RedirectionType._value2member_map_
_VALUES_ExtensionDestinationType = ExtensionDestinationType._value2member_map_
_VALUES_Acl = Acl._value2member_map_
