"""What every resource module shares besides its base class (``bulutfon_ext/_async/resource.py``
and its generated sync twin): the arguments' helpers. How a call is sent and parsed lives in
``_base_client``; a resource passes the generated operation's ``OPERATION`` and its checked
arguments.
"""

from __future__ import annotations

import inspect
import types
import warnings
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from bulutfon_api.types import UNSET, Operation, Unset
from bulutfon_ext import _validation as check
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


# How a file's key is checked, by the name the operation's path gives it: the spec's
# ``/call-records/{uuid}`` and ``/announcements/{id}``.
_KEY_CHECKS: dict[str, Callable[[Any], Any]] = {"uuid": check.key, "id": check.identifier}


def key_name(operation: Operation[Any]) -> str:
    """The name of the one path parameter of a file's ``operation`` (``uuid``, ``id``); a path
    with another, or none, is refused (``check_envelopes`` asks when the class is defined)."""
    name = operation.path.partition("{")[2].partition("}")[0]
    if name not in _KEY_CHECKS:
        raise TypeError(
            f"{operation.operation_id}: a file is fetched by {' or '.join(_KEY_CHECKS)}, "
            f"not by {name or 'nothing'} ({operation.path})"
        )
    return name


def path_key(operation: Operation[Any], key: Any) -> tuple[str, Any]:
    """The name of ``operation``'s one path parameter and ``key`` checked as that parameter (an
    error names it: ``uuid``, ``id``), before anything is sent."""
    name = key_name(operation)
    return name, _KEY_CHECKS[name](key)


# The shapes written once in the resource base classes, and the class attribute that names the
# operation each one calls.
_SHAPES = {"list": "_list", "get": "_get", "download": "_download", "stream": "_stream"}
# The shapes whose result comes wrapped in the operation's envelope (``{"dids": [...]}``).
_WRAPPED = ("_list", "_get")


def envelope(operation: Operation[Any]) -> str:
    """The key the operation's success body wraps its result in: the spec's ``x-envelope``, which
    the generated ``OPERATION`` carries. An operation the spec gives none has no wrapped shape."""
    if operation.envelope is None:
        raise TypeError(
            f"{operation.operation_id}: the spec gives its 200 response no x-envelope, "
            "so it has no wrapped result to unwrap"
        )
    return operation.envelope


def check_envelopes(cls: type) -> None:
    """Refuse, when the class is defined, a wrapped shape (``_list``, ``_get``) naming an operation
    the spec gives no envelope, or a file shape (``_download``, ``_stream``) whose path has no
    ``{uuid}`` or ``{id}``: the mistake shows at import, not on the first call."""
    for attribute in _WRAPPED:
        declared = cls.__dict__.get(attribute)
        if isinstance(declared, Operation):
            envelope(declared)
    for attribute in ("_download", "_stream"):
        declared = cls.__dict__.get(attribute)
        if isinstance(declared, Operation):
            key_name(declared)


def shape_operation(cls: type, shape: str) -> Operation[Any] | None:
    """The operation that resource class ``cls`` names for ``shape`` (``"list"``: its ``_list``),
    or None when it names none: what the shape's docstring and the command line's help of it
    read the spec's summary from."""
    declared = getattr(cls, _SHAPES[shape], None)
    return declared if isinstance(declared, Operation) else None


def document_shapes(cls: type) -> None:
    """Give ``cls`` its own copy of each shape method it declares an operation for (``list``,
    ``get``, ``download``, ``stream``), whose docstring opens with the spec's summary of that
    operation: ``help(client.dids.get)`` then says what *this* ``get`` returns, though the code is
    written once. The copy shares the code, defaults and annotations, so it costs nothing per call.
    """
    for name, attribute in _SHAPES.items():
        if attribute not in cls.__dict__ or name in cls.__dict__:
            continue
        operation = shape_operation(cls, name)
        if operation is None or not operation.summary:
            continue
        shared = getattr(cls, name)
        copy = types.FunctionType(
            shared.__code__, shared.__globals__, name, shared.__defaults__, shared.__closure__
        )
        copy.__kwdefaults__ = shared.__kwdefaults__
        copy.__dict__.update(shared.__dict__)
        copy.__annotations__ = shared.__annotations__
        # A decorated shape (stream) is a wrapper whose globals are contextlib's: keep the module
        # its code was written in, where tools resolve its annotations.
        copy.__module__ = shared.__module__
        copy.__qualname__ = f"{cls.__qualname__}.{name}"
        body = inspect.cleandoc(shared.__doc__ or "")
        copy.__doc__ = f"{operation.summary.rstrip('.')}.\n\n{body}".rstrip()
        setattr(cls, name, copy)
