# generated from spec/bulutfon-v1.yaml by make generate; do not edit
"""Contains some shared types for properties"""

import json
from collections.abc import Callable, Mapping, MutableMapping
from decimal import Decimal, InvalidOperation
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

import httpx
from attrs import define, frozen


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    # Model reprs list every field; "UNSET" reads better there than an object address.
    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()


try:  # the `fast` extra
    from orjson import loads as _fast_loads
except ImportError:  # pragma: no cover - depends on what is installed
    _fast_loads = None


def json_loads(content: bytes) -> Any:
    """A response body's JSON: through orjson when it is installed (the ``fast`` extra: the same
    objects, about twice as fast), else the standard library. What orjson refuses (NaN, a
    UTF-16 body) is left to the standard library, so both accept and refuse the same bodies."""
    if _fast_loads is not None:
        try:
            return _fast_loads(content)
        except ValueError:
            pass
    return json.loads(content)


def parse_decimal(value: object, *, nullable: bool = False, where: str = "") -> Any:
    """A money amount as sent (a decimal string such as ``"300.06"``, or a JSON number) as a
    ``Decimal``; absent stays ``UNSET``, and null stays ``None`` where the spec allows it.

    Anything else (a boolean, text that is not a number, NaN, an infinity) raises ValueError or
    TypeError, which the SDK reports as a response that does not fit the spec.
    """
    if isinstance(value, Unset) or (value is None and nullable):
        return value
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise wrong_type(where or "amount", "a decimal amount", value)
    try:
        # Through str, so the number 12.5 reads as Decimal("12.5"), not its binary expansion.
        amount = Decimal(str(value).strip())
    except InvalidOperation:
        raise bad_value(where or "amount", "a decimal amount", value) from None
    if not amount.is_finite():
        raise bad_value(where or "amount", "a finite amount", value)
    return amount


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus | int
    """An HTTPStatus where the standard library has a member for the code, else the int (520, 499)."""
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def wrong_type(
    where: str, expected: str, value: object, *, secret: bool = False
) -> TypeError:
    """The error a model parser raises for a value of the wrong JSON type (``"false"`` for a boolean).

    ``where`` names the field (``Cdr.missing_call``); a secret field's value is never shown.
    """
    got = "null" if value is None else type(value).__name__
    if not secret and value is not None:
        got += " " + _shown(value)
    return TypeError(f"{where}: expected {expected}, got {got}")


def bad_value(
    where: str, expected: str, value: object, *, secret: bool = False
) -> ValueError:
    """The error a model parser raises for a value of the right type that does not parse."""
    got = "a value that does not parse (hidden: secret)" if secret else _shown(value)
    return ValueError(f"{where}: expected {expected}, got {got}")


def check_int(value: object, where: str, *, secret: bool = False) -> int:
    """The slow path of an integer field: an int subclass passes, a bool (or anything else) does not."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise wrong_type(where, "an integer", value, secret=secret)


def check_float(value: object, where: str, *, secret: bool = False) -> float:
    """The slow path of a number field: ints and floats pass unchanged, a bool does not."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    raise wrong_type(where, "a number", value, secret=secret)


def check_str(value: object, where: str, *, secret: bool = False) -> str:
    """The slow path of a string field."""
    if isinstance(value, str):
        return value
    raise wrong_type(where, "a string", value, secret=secret)


def check_union(
    value: object,
    where: str,
    expected: str,
    types: tuple[type, ...],
    *,
    secret: bool = False,
) -> object:
    """The slow path of a field the spec allows several scalar types for (an integer or a string)."""
    if isinstance(value, types) and not isinstance(value, bool):
        return value
    raise wrong_type(where, expected, value, secret=secret)


def check_object(value: object, where: str) -> Mapping[str, object]:
    """What a nested object field must hold: a JSON object."""
    if isinstance(value, Mapping):
        return value
    raise wrong_type(where, "an object", value)


def check_list(value: object, where: str) -> list[object]:
    """What a list field must hold: a JSON array."""
    if isinstance(value, list):
        return value
    raise wrong_type(where, "a list", value)


def status_of(code: int) -> HTTPStatus | int:
    """``HTTPStatus(code)`` when there is such a member, else ``code`` itself: any status is reported."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


@frozen
class Operation(Generic[T]):
    """One operation of the spec, as every operation module exports it (``OPERATION``).

    This is the public seam between the generated code and what is built on it: a caller builds
    the request with ``build_request(**arguments)`` (keyword arguments for
    ``httpx.Client.request``), sends it however it likes, and reads the answer with
    ``parse_response(response)``. ``T`` is what ``parse_response`` returns for a documented status.
    """

    operation_id: str
    method: str
    path: str
    tag: str
    build_request: Callable[..., dict[str, Any]]
    parse_response: Callable[[httpx.Response], T | None]
    #: The spec's one-line summary of the operation (what the SDK's docstrings start with).
    summary: str = ""
    #: The key the success body wraps the resource in (the spec's ``x-envelope`` on the ``200``
    #: response: ``"dids"`` for ``{"dids": [...]}``); None when the body is not wrapped.
    envelope: str | None = None


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "Operation",
    "RequestFiles",
    "Response",
    "Unset",
    "parse_decimal",
    "status_of",
]
