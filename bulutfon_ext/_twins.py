"""Sync and async twins: docstrings are written once, on the sync class, and shared.

Every ``AsyncX`` class of the SDK is the twin of ``X`` (or ``SyncX``) in the same module: the
same methods, parameters, defaults and return types, with ``await`` (``async for``,
``async with``). ``@twin_of(X)`` on the async class gives each of its public methods that has
no docstring of its own the sync method's, so ``help()`` and IDEs show the same text for both;
``tests/ext/test_twins.py`` checks every pair for drift. CONTRIBUTING.md says why the twins are
kept by hand rather than generated.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any, TypeVar

C = TypeVar("C", bound=type)

# An async method's name where it differs from its sync twin's.
ASYNC_NAMES = {
    "close": "aclose",
    "iter_bytes": "aiter_bytes",
    "__enter__": "__aenter__",
    "__exit__": "__aexit__",
    "__iter__": "__aiter__",
    "__next__": "__anext__",
    "handle_request": "handle_async_request",
}
SYNC_NAMES = {value: key for key, value in ASYNC_NAMES.items()}


def is_public(name: str) -> bool:
    """A method callers use: not private, or a protocol method that has a twin."""
    return not name.startswith("_") or name in ASYNC_NAMES or name in SYNC_NAMES


def _function(member: Any) -> Any:
    """The object whose ``__doc__`` a reader sees: the getter of a property, else the member."""
    if isinstance(member, property):
        return member.fget
    if isinstance(member, staticmethod | classmethod):
        return member.__func__
    return member


def twin_of(sync: type) -> Callable[[C], C]:
    """Class decorator for an async class: share the docstrings of ``sync``, its twin."""

    def share(cls: C) -> C:
        if cls.__doc__ is None and sync.__doc__:
            cls.__doc__ = sync.__doc__
        for name, member in vars(cls).items():
            if not is_public(name):
                continue
            twin = inspect.getattr_static(sync, SYNC_NAMES.get(name, name), None)
            if twin is None:
                continue
            target, source = _function(member), _function(twin)
            if target is not None and not target.__doc__ and source is not None:
                target.__doc__ = source.__doc__
        return cls

    return share
