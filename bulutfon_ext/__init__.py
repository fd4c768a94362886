"""The ergonomic layer of the bulutfon SDK, on top of the generated ``bulutfon_api`` client.

from bulutfon_ext import Bulutfon

with Bulutfon() as client:          # BULUTFON_ACCESS_TOKEN from the environment
    for cdr in client.cdrs.iter(missing_call=True, time_limit="day"):
        print(cdr.caller, cdr.call_time)

Each name below is imported from its module on first use (PEP 562 ``__getattr__``), so
``import bulutfon_ext`` costs next to nothing and a program (the ``bulutfon --help`` command,
a webhook handler) pays only for what it touches; ``from bulutfon_ext import Bulutfon`` works as
ever, and type checkers read the imports under ``TYPE_CHECKING``.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

# The one place the version is written: pyproject.toml reads it (dynamic = ["version"]).
__version__ = "0.1.0"

if TYPE_CHECKING:
    from bulutfon_ext._async.client import AsyncBulutfon
    from bulutfon_ext._async.downloads import AsyncStream
    from bulutfon_ext._async.pagination import AsyncPage
    from bulutfon_ext._auth import Credentials
    from bulutfon_ext._errors import (
        APIConnectionError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        BulutfonError,
        InternalServerError,
        NotFoundError,
        OperationFailedError,
        PermissionDeniedError,
        RateLimitError,
        ResponseParseError,
        TokenExpiredError,
        UnprocessableEntityError,
        ValidationError,
    )
    from bulutfon_ext._raw import RawResponse
    from bulutfon_ext._retry import RetryPolicy
    from bulutfon_ext._sync.client import Bulutfon
    from bulutfon_ext._sync.downloads import Stream
    from bulutfon_ext._sync.pagination import Page
    from bulutfon_ext._values import has_recording, sms_credit

# Public name -> the module that defines it (the same as the imports above: a test compares).
_MODULES = {
    "AsyncBulutfon": "_async.client",
    "AsyncStream": "_async.downloads",
    "AsyncPage": "_async.pagination",
    "Credentials": "_auth",
    **dict.fromkeys(
        (
            "APIConnectionError",
            "APIStatusError",
            "APITimeoutError",
            "AuthenticationError",
            "BadRequestError",
            "BulutfonError",
            "InternalServerError",
            "NotFoundError",
            "OperationFailedError",
            "PermissionDeniedError",
            "RateLimitError",
            "ResponseParseError",
            "TokenExpiredError",
            "UnprocessableEntityError",
            "ValidationError",
        ),
        "_errors",
    ),
    "RawResponse": "_raw",
    "RetryPolicy": "_retry",
    "Bulutfon": "_sync.client",
    "Stream": "_sync.downloads",
    "Page": "_sync.pagination",
    "has_recording": "_values",
    "sms_credit": "_values",
}


# Hidden from type checkers, which read the imports above: with a module ``__getattr__`` in view
# they would accept any name, a misspelt one too.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(import_module(f"{__name__}.{module}"), name)
        globals()[name] = value  # later lookups skip this function
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULES})


__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncBulutfon",
    "AsyncPage",
    "AsyncStream",
    "AuthenticationError",
    "BadRequestError",
    "Bulutfon",
    "BulutfonError",
    "Credentials",
    "InternalServerError",
    "NotFoundError",
    "OperationFailedError",
    "Page",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "ResponseParseError",
    "RetryPolicy",
    "Stream",
    "TokenExpiredError",
    "UnprocessableEntityError",
    "ValidationError",
    "__version__",
    "has_recording",
    "sms_credit",
]
