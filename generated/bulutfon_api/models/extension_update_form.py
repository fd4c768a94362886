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
    check_list,
    check_str,
    check_union,
    wrong_type,
)

T = TypeVar("T", bound="ExtensionUpdateForm")


@_attrs_define
class ExtensionUpdateForm:
    """`ExtensionUpdate` form-encoded (see `ExtensionCreateForm`)."""

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
    """ What the extension may call, one `acl[]=` a permission. """
    access_token: str | Unset = _attrs_field(default=UNSET, repr=False)
    """ The master token (instead of `?access_token=`). """

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

        access_token = self.access_token

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
            field_dict["acl[]"] = acl
        if access_token is not UNSET:
            field_dict["access_token"] = access_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the JSON object the API sent; TypeError/ValueError (naming the field) when it does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("ExtensionUpdateForm", "an object", src_dict)
        get = src_dict.get
        _full_name = get("full_name")
        if _full_name is None:
            full_name = UNSET
        else:
            full_name = (
                _full_name
                if type(_full_name) is str
                else check_str(_full_name, "ExtensionUpdateForm.full_name")
            )
        _email = get("email")
        if _email is None:
            email = UNSET
        else:
            email = (
                _email
                if type(_email) is str
                else check_str(_email, "ExtensionUpdateForm.email")
            )
        _did = get("did")
        if _did is None:
            did = UNSET
        else:
            did = (
                _did
                if type(_did) is int or type(_did) is str
                else check_union(
                    _did,
                    "ExtensionUpdateForm.did",
                    "an integer or a string",
                    (int, str),
                )
            )
        _number = get("number")
        if _number is None:
            number = UNSET
        else:
            number = (
                _number
                if type(_number) is int or type(_number) is str
                else check_union(
                    _number,
                    "ExtensionUpdateForm.number",
                    "an integer or a string",
                    (int, str),
                )
            )
        _voicemail = get("voicemail")
        if _voicemail is None:
            voicemail = UNSET
        else:
            if type(_voicemail) is not bool:
                raise wrong_type(
                    "ExtensionUpdateForm.voicemail", "a boolean", _voicemail
                )
            voicemail = _voicemail
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
                    _redirection_type, "ExtensionUpdateForm.redirection_type"
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
                    _destination_type, "ExtensionUpdateForm.destination_type"
                )
        _destination_number = get("destination_number")
        if _destination_number is None:
            destination_number = UNSET
        else:
            destination_number = (
                _destination_number
                if type(_destination_number) is int or type(_destination_number) is str
                else check_union(
                    _destination_number,
                    "ExtensionUpdateForm.destination_number",
                    "an integer or a string",
                    (int, str),
                )
            )
        _external_number = get("external_number")
        if _external_number is None:
            external_number = UNSET
        else:
            external_number = (
                _external_number
                if type(_external_number) is int or type(_external_number) is str
                else check_union(
                    _external_number,
                    "ExtensionUpdateForm.external_number",
                    "an integer or a string",
                    (int, str),
                )
            )
        _acl = get("acl[]")
        if _acl is None:
            acl = UNSET
        else:
            acl = []
            for _item in (
                _acl
                if type(_acl) is list
                else check_list(_acl, "ExtensionUpdateForm.acl[]")
            ):
                _element = _VALUES_Acl.get(_item) if type(_item) is str else None
                if _element is None:
                    _element = Acl._from_wire(_item, "ExtensionUpdateForm.acl[][]")
                acl.append(_element)
        _access_token = get("access_token")
        if _access_token is None:
            access_token = UNSET
        else:
            access_token = (
                _access_token
                if type(_access_token) is str
                else check_str(
                    _access_token, "ExtensionUpdateForm.access_token", secret=True
                )
            )
        extension_update_form = cls(
            full_name,
            email,
            did,
            number,
            voicemail,
            redirection_type,
            destination_type,
            destination_number,
            external_number,
            acl,
            access_token,
        )
        return extension_update_form


# An attribute of an Enum class is slow to read on Python 3.11 (EnumType.__getattr__): from_dict
# reads each enum's value map through a module global instead.
_VALUES_RedirectionType = RedirectionType._value2member_map_
_VALUES_ExtensionDestinationType = ExtensionDestinationType._value2member_map_
_VALUES_Acl = Acl._value2member_map_
