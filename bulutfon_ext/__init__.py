"""The ergonomic layer of the bulutfon SDK, on top of the generated ``bulutfon_api`` client.

from bulutfon_ext import Bulutfon

with Bulutfon() as client:          # BULUTFON_ACCESS_TOKEN from the environment
    for cdr in client.cdrs.iter(missing_call=True, time_limit="day"):
        print(cdr.caller, cdr.call_time)
"""

# The one place the version is written: pyproject.toml reads it (dynamic = ["version"]).
__version__ = "0.1.0"

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
