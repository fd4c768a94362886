"""What every resource module shares besides its base class (``bulutfon_ext/_async/resource.py``
and its generated sync twin): the arguments' helpers. How a call is sent and parsed lives in
``_base_client``; a resource passes the generated operation's ``OPERATION`` and its checked
arguments.
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from typing import Any, TypeVar

from bulutfon_api.types import UNSET, Unset
from bulutfon_ext._base_client import RequestOptions
from bulutfon_ext._options import request_options

T = TypeVar("T")
# A method's per-call keyword arguments (``PerCallOptions``), or options already checked.
Options = Mapping[str, Any] | RequestOptions


def opt(value: T | None) -> T | Unset:
    """None (the Python way to say 'not given') as the generated client's UNSET."""
    return UNSET if value is None else value


def deprecated(name: str) -> None:
    warnings.warn(
        f"{name} is deprecated: Bulutfon ended its SMS service on 2020-12-31",
        DeprecationWarning,
        stacklevel=3,
    )


def checked_options(options: Options) -> RequestOptions:
    """A method's per-call keyword arguments, checked (options already checked pass through)."""
    return options if isinstance(options, RequestOptions) else request_options(options)
