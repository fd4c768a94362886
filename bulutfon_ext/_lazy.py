"""Resource attributes made on first use, so ``import bulutfon_ext`` stays cheap.

``client.dids`` imports ``bulutfon_ext.resources.dids`` (and the generated operations and models
it calls) the first time it is read, then lives in the instance like any attribute. Type checkers
see the resource's class through ``__get__``.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any, Generic, TypeVar, overload

R = TypeVar(
    "R", covariant=True
)  # a LazyResource[Dids] serves where one of a protocol Dids meets is asked for


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
        made: Any = self.load()  # a resource class takes its client
        resource: R = made(client)
        # A non-data descriptor: from now on the instance's own attribute answers.
        vars(client)[self._attribute] = resource
        return resource

    def load(self) -> type[R]:
        """The resource's class, its module imported now (``Bulutfon.dids.load()`` is ``Dids``):
        for what is read from the class itself, such as the operations it names."""
        found: type[R] = getattr(import_module(self._module), self._name)
        return found

    def of(self, client: object) -> R:
        """The resource of ``client`` (``Bulutfon.dids.of(client)`` is ``client.dids``)."""
        found: R = getattr(client, self._attribute)  # made once, then the instance's own
        return found

    def __repr__(self) -> str:
        return f"LazyResource({self._module}.{self._name})"
