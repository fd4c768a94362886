# generated from spec/bulutfon-v1.yaml by make generate; do not edit
"""Contains some shared types for properties"""

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


def parse_decimal(value: object, *, nullable: bool = False) -> Any:
    """A money amount as sent (a decimal string such as ``"300.06"``, or a JSON number) as a
    ``Decimal``; absent stays ``UNSET``, and null stays ``None`` where the spec allows it.

    Anything else (a boolean, text that is not a number, NaN, an infinity) raises ValueError or
    TypeError, which the SDK reports as a response that does not fit the spec.
    """
    if isinstance(value, Unset) or (value is None and nullable):
        return value
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise TypeError(f"expected a decimal amount, got {type(value).__name__}")
    try:
        # Through str, so the number 12.5 reads as Decimal("12.5"), not its binary expansion.
        amount = Decimal(str(value).strip())
    except InvalidOperation:
        raise ValueError(f"{value!r} is not a decimal amount") from None
    if not amount.is_finite():
        raise ValueError(f"{value!r} is not a finite amount")
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
