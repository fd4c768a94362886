"""Sync and async cannot drift: every ``AsyncX`` class of ``bulutfon_ext`` against its twin.

Names, parameters (kind, default, annotation), return types modulo awaiting, and docstrings. The
async code is the source and its sync twin is generated (``make generate``), so a difference here
means a generation rule is wrong, or code that is not generated (``_io.py``) went its own way.
The sync twin is found in the same module (``resources/<tag>.py`` imports its own) or in the
generated module of an ``_async`` source (``bulutfon_ext._async.x`` -> ``bulutfon_ext._sync.x``).
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from typing import Any

import pytest

import bulutfon_ext

SKIPPED_PACKAGES = ("bulutfon_ext.cli", "bulutfon_ext.fake")  # applications, not library API
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


def _modules() -> list[Any]:
    found = [bulutfon_ext]
    for info in pkgutil.walk_packages(bulutfon_ext.__path__, "bulutfon_ext."):
        if not info.name.startswith(SKIPPED_PACKAGES):
            found.append(importlib.import_module(info.name))
    return found


def _is_public(module: Any, name: str) -> bool:
    """Exported by the package, or defined in a module whose path has no private part."""
    private_module = any(part.startswith("_") for part in module.__name__.split("."))
    return name in bulutfon_ext.__all__ or not private_module


def _sync_module(module: Any) -> Any:
    """Where the sync twin of ``module``'s classes lives: itself, or its generated twin."""
    if "._async." not in f"{module.__name__}.":
        return module
    return importlib.import_module(module.__name__.replace("._async", "._sync", 1))


def _pairs() -> list[tuple[type, type]]:
    pairs = {}
    for module in _modules():
        for name, cls in vars(module).items():
            if not (inspect.isclass(cls) and name.startswith("Async")):
                continue
            if cls.__module__ != module.__name__ or not _is_public(module, name):
                continue
            base = name.removeprefix("Async")
            twins = _sync_module(module)
            sync = getattr(twins, base, None) or getattr(twins, f"Sync{base}", None)
            assert sync is not None, f"{module.__name__}.{name} has no sync twin {base}"
            pairs[name] = (sync, cls)
    return [pairs[name] for name in sorted(pairs)]


PAIRS = _pairs()


def test_the_pairs_are_found() -> None:
    names = {a.__name__ for _s, a in PAIRS}
    # A sample that must be among them: if discovery broke, the checks below would pass vacuously.
    assert {"AsyncBulutfon", "AsyncDids", "AsyncCdrs", "AsyncPage", "AsyncStream"} <= names


def _normalize(annotation: Any) -> str:
    """An annotation with awaiting taken out: AsyncX -> X, Awaitable[T] -> T, the async name
    of a method -> its sync name."""
    text = annotation if isinstance(annotation, str) else inspect.formatannotation(annotation)
    text = re.sub(r"\bAwaitable\[(.*)\]", r"\1", text)
    text = re.sub(r"\bAsync(?=[A-Z])", "", text)
    return re.sub(r"\bSync(?=[A-Z])", "", text)


def _is_method(member: Any) -> bool:
    # Fields (attrs slots) are data, compared by the signature of the class that holds them.
    return inspect.isfunction(member) or isinstance(member, property | staticmethod | classmethod)


def _public_members(cls: type, twin: type) -> dict[str, Any]:
    """The public members of ``cls`` that it does not share with ``twin`` (a common base's)."""
    members = {}
    for klass in reversed(cls.__mro__):
        if klass.__module__.startswith("bulutfon_ext") and klass not in twin.__mro__:
            members.update({n: m for n, m in vars(klass).items() if is_public(n) and _is_method(m)})
    if members.get("close") is not None and members.get("close") is members.get("aclose"):
        del members["close"]  # `await client.close()` as an alias of aclose, as other SDKs have
    return members


def _signature(member: Any) -> inspect.Signature | None:
    target = member.fget if isinstance(member, property) else member
    if isinstance(target, staticmethod | classmethod):
        target = target.__func__
    return inspect.signature(target) if callable(target) else None


def _described(signature: inspect.Signature | None) -> Any:
    if signature is None:
        return None
    return [
        (p.name, p.kind, p.default, _normalize(p.annotation)) for p in signature.parameters.values()
    ], _normalize(signature.return_annotation)


@pytest.mark.parametrize(("sync", "async_"), PAIRS, ids=[a.__name__ for _s, a in PAIRS])
def test_the_twins_have_the_same_methods(sync: type, async_: type) -> None:
    sync_names = {ASYNC_NAMES.get(n, n) for n in _public_members(sync, async_)}
    async_names = set(_public_members(async_, sync))
    # A sync twin may have extra names for the protocol the async one spells differently.
    assert sync_names ^ async_names == set(), f"only in one twin: {sync_names ^ async_names}"


@pytest.mark.parametrize(("sync", "async_"), PAIRS, ids=[a.__name__ for _s, a in PAIRS])
def test_the_twins_have_the_same_signatures(sync: type, async_: type) -> None:
    sync_members = _public_members(sync, async_)
    for name, member in _public_members(async_, sync).items():
        twin = sync_members[SYNC_NAMES.get(name, name)]
        assert _described(_signature(member)) == _described(_signature(twin)), name


@pytest.mark.parametrize(("sync", "async_"), PAIRS, ids=[a.__name__ for _s, a in PAIRS])
def test_the_twins_have_the_same_docstrings(sync: type, async_: type) -> None:
    assert inspect.getdoc(sync) and inspect.getdoc(async_), "both classes need a docstring"
    sync_members = _public_members(sync, async_)
    for name, member in _public_members(async_, sync).items():
        twin = sync_members[SYNC_NAMES.get(name, name)]
        if name.startswith("__"):
            continue  # protocol methods: their docstrings are Python's
        expected = inspect.getdoc(twin.fget if isinstance(twin, property) else twin)
        actual = inspect.getdoc(member.fget if isinstance(member, property) else member)
        assert expected, f"{sync.__name__}.{name} has no docstring"
        assert actual == expected, f"{async_.__name__}.{name}"


def test_the_drift_checks_can_fail() -> None:
    class Thing:
        def get(self, id: int, *, full: bool = False) -> list[int]:
            """One thing."""
            return []

    class AsyncThing:
        async def get(self, id: int, *, full: bool = True) -> list[int]:
            """One thing, awaited."""
            return []

    assert _described(_signature(AsyncThing.get)) != _described(_signature(Thing.get))
    assert inspect.getdoc(AsyncThing.get) != inspect.getdoc(Thing.get)


def test_a_resource_module_exports_both_twins() -> None:
    """``resources/<tag>.py`` imports its generated sync class: ``__all__`` must list it, or the
    reference docs (which show what ``__all__`` lists) would leave the sync class out."""
    for sync, async_ in PAIRS:
        module = importlib.import_module(async_.__module__)
        if module.__name__.startswith("bulutfon_ext.resources."):
            assert {sync.__name__, async_.__name__} <= set(module.__all__), module.__name__
