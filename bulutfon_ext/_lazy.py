"""Resource attributes made on first use, so ``import bulutfon_ext`` stays cheap.

``client.dids`` imports ``bulutfon_ext.resources.dids`` (and the generated operations and models
it calls) the first time it is read, then lives in the instance like any attribute. Type checkers
see the resource's class through ``__get__``.
"""

from __future__ import annotations

from importlib import import_module
from typing import Generic, TypeVar, overload

R = TypeVar("R")


class LazyResource(Generic[R]):
    """``dids: LazyResource[Dids] = LazyResource("dids", "Dids")`` in a client class."""

    def __init__(self, module: str, name: str) -> None:
        self._module = f"bulutfon_ext.resources.{module}"
        self._name = name
        self._attribute = ""

    def __set_name__(self, owner: type, attribute: str) -> None:
        self._attribute = attribute

    @overload
    def __get__(self, client: None, owner: type) -> LazyResource[R]: ...
    @overload
    def __get__(self, client: object, owner: type) -> R: ...
    def __get__(self, client: object | None, owner: type) -> LazyResource[R] | R:
        if client is None:
            return self
        resource: R = getattr(import_module(self._module), self._name)(client)
        # A non-data descriptor: from now on the instance's own attribute answers.
        vars(client)[self._attribute] = resource
        return resource

    def __repr__(self) -> str:
        return f"LazyResource({self._module}.{self._name})"
