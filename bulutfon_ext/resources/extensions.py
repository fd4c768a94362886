"""``client.extensions``: list, read, create, update and delete extensions."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, TypedDict

from bulutfon_api.api.extensions import (
    create_extension,
    delete_extension,
    get_extension,
    list_extensions,
    update_extension,
)
from bulutfon_api.models import (
    Acl,
    Extension,
    ExtensionCreate,
    ExtensionDestinationType,
    ExtensionDetail,
    ExtensionUpdate,
    RedirectionType,
    WriteResult,
)
from bulutfon_ext import _validation as check
from bulutfon_ext._async.resource import (
    AsyncGot,
    AsyncListed,
)
from bulutfon_ext._errors import ValidationError
from bulutfon_ext._options import PerCallOptions, split_options
from bulutfon_ext._resource import opt
from bulutfon_ext._rules import check_rule
from bulutfon_ext._sync.resources.extensions import Extensions

if TYPE_CHECKING:
    from typing_extensions import Unpack


__all__ = [
    "AsyncExtensions",
    "CreateArgs",
    "ExtensionChanges",
    "Extensions",
    "Redirection",
    "UpdateArgs",
]


class Redirection(TypedDict, total=False):
    """The optional fields of an extension (create); None of them means 'not sent'."""

    redirection_type: str | RedirectionType
    voicemail: bool
    destination_type: str | ExtensionDestinationType
    destination_number: int
    external_number: str | int
    acl: Iterable[str | Acl]


class ExtensionChanges(Redirection, total=False):
    """Any field of an extension (update)."""

    full_name: str
    email: str
    did: str | int
    number: int


class CreateArgs(Redirection, PerCallOptions, total=False):
    """The optional fields of a create, and the per-call options."""


class UpdateArgs(ExtensionChanges, PerCallOptions, total=False):
    """The fields of an update, and the per-call options."""


def _enum(kind: Any, value: Any, field: str) -> Any:
    if value is None or isinstance(value, kind):
        return value
    try:
        return kind(value)
    except (ValueError, TypeError):
        allowed = ", ".join(m.value for m in kind)
        raise ValidationError(field, f"{check.show(value)} is not one of {allowed}") from None


def _fields(
    *,
    full_name: str | None = None,
    email: str | None = None,
    did: str | int | None = None,
    number: int | None = None,
    redirection_type: str | RedirectionType | None = None,
    voicemail: bool | None = None,
    destination_type: str | ExtensionDestinationType | None = None,
    destination_number: int | None = None,
    external_number: str | int | None = None,
    acl: Iterable[str | Acl] | None = None,
    whole: bool = True,
) -> dict[str, Any]:
    """Checked and converted fields, None meaning 'not sent'.

    ``whole`` (a create) applies the rules that tie fields together; an update sends only what
    changes and the server combines it with what the extension already has.
    """
    redirection = _enum(RedirectionType, redirection_type, "redirection_type")
    target = _enum(ExtensionDestinationType, destination_type, "destination_type")
    if email is not None and (
        not isinstance(email, str) or "@" not in email or len(email) > 254 or email != email.strip()
    ):
        raise ValidationError("email", f"{check.show(email)} is not an email address")
    fields = {
        "full_name": None if full_name is None else check.non_empty(full_name, "full_name"),
        "email": email,
        "did": None if did is None else check.phone(did, "did"),
        "number": check.positive(number, "number"),
        "redirection_type": redirection,
        "voicemail": check.flag(voicemail, "voicemail"),
        "destination_type": target,
        "destination_number": check.positive(destination_number, "destination_number"),
        "external_number": None
        if external_number is None
        else check.phone(external_number, "external_number"),
        "acl": None if acl is None else [_enum(Acl, a, "acl") for a in check.sequence(acl, "acl")],
    }
    if whole:
        check_rule("ExtensionCreate", fields)
    return fields


def _create_body(
    full_name: str, email: str, did: str | int, number: int, **optional: Unpack[Redirection]
) -> ExtensionCreate:
    fields = _fields(full_name=full_name, email=email, did=did, number=number, **optional)
    for name in ("full_name", "email", "did", "number"):
        # None means "not sent" to _fields (an update); a create cannot leave these out.
        if fields[name] is None:
            raise ValidationError(name, f"{name} is required to create an extension, not None")
    if fields["redirection_type"] is None:
        fields["redirection_type"] = RedirectionType.NONE
    sent: dict[str, Any] = {k: opt(v) for k, v in fields.items()}
    return ExtensionCreate(**sent)


def _update_body(**changes: Unpack[ExtensionChanges]) -> ExtensionUpdate:
    fields = {k: v for k, v in _fields(**changes, whole=False).items() if v is not None}
    if not fields:
        raise ValidationError("update", "give at least one field to change")
    return ExtensionUpdate(**fields)


class AsyncExtensions(AsyncListed[Extension], AsyncGot[ExtensionDetail]):
    """``client.extensions``: list, read (``get(id)``: with its redirection and call permissions),
    create, update and delete extensions."""

    _list = list_extensions.OPERATION
    _get = get_extension.OPERATION

    async def create(
        self,
        *,
        full_name: str,
        email: str,
        did: str | int,
        number: int,
        **arguments: Unpack[CreateArgs],
    ) -> WriteResult:
        """Create an extension. Optional: redirection_type (default NONE), voicemail,
        destination_type, destination_number, external_number, acl."""
        optional, options = split_options(arguments)
        body = _create_body(full_name, email, did, number, **optional)
        return await self._call(create_extension.OPERATION, options, body=body)

    async def update(self, id: int, **arguments: Unpack[UpdateArgs]) -> WriteResult:
        """Change the given fields (the same names as create); the others stay."""
        changes, options = split_options(arguments)
        return await self._call(
            update_extension.OPERATION,
            options,
            id=check.identifier(id),
            body=_update_body(**changes),
        )

    async def delete(self, id: int, **options: Unpack[PerCallOptions]) -> WriteResult:
        """Delete extension ``id``."""
        return await self._call(delete_extension.OPERATION, options, id=check.identifier(id))
