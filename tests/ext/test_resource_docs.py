"""The shapes written once (``list``, ``get``, ``download``, ``stream`` in the resource base
classes) still tell each resource's story: their docstrings open with the spec's summary of the
operation that resource calls, on the sync and the async class alike."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from typing import Any

import pytest

import bulutfon_ext.resources
from bulutfon_api.api.account import get_me
from bulutfon_api.api.dids import get_did
from bulutfon_api.types import Operation
from bulutfon_ext._async.resource import AsyncGot, AsyncResource
from bulutfon_ext._resource import document_shapes
from bulutfon_ext._sync.resource import SyncResource
from tests._spec import operations

SUMMARIES = {op["operationId"]: op["summary"] for _, _, op in operations()}
SHAPES = {"list": "_list", "get": "_get", "download": "_download", "stream": "_stream"}


def _shaped() -> list[tuple[str, str, str]]:
    """(class, method, operationId) for every shape method a resource class declares."""
    found = []
    for info in pkgutil.iter_modules(bulutfon_ext.resources.__path__):
        module = importlib.import_module(f"bulutfon_ext.resources.{info.name}")
        for cls in vars(module).values():
            if not (inspect.isclass(cls) and issubclass(cls, SyncResource | AsyncResource)):
                continue
            for method, attribute in SHAPES.items():
                operation = cls.__dict__.get(attribute)
                if isinstance(operation, Operation):
                    found.append(
                        (f"{module.__name__}:{cls.__name__}", method, operation.operation_id)
                    )
    return sorted(set(found))


SHAPED = _shaped()


def _resolve(spelled: str) -> type[Any]:
    module, name = spelled.split(":")
    cls: type[Any] = getattr(importlib.import_module(module), name)
    return cls


def test_every_resource_with_a_shape_is_found() -> None:
    classes = {spelled.rsplit(":", 1)[1] for spelled, _, _ in SHAPED}
    assert {"Dids", "AsyncDids", "CallRecords", "AsyncCallRecords"} <= classes


@pytest.mark.parametrize(("spelled", "method", "operation_id"), SHAPED)
def test_a_shape_method_opens_with_the_spec_summary(
    spelled: str, method: str, operation_id: str
) -> None:
    cls = _resolve(spelled)
    doc = inspect.getdoc(getattr(cls, method))
    assert doc is not None
    assert doc.splitlines()[0] == SUMMARIES[operation_id].rstrip(".") + "."
    # The shared explanation follows, so nothing the base class says is lost.
    base = next(b for b in cls.__mro__[1:] if method in b.__dict__)
    assert inspect.cleandoc(base.__dict__[method].__doc__) in doc
    assert getattr(cls, method).__qualname__ == f"{cls.__qualname__}.{method}"


def test_a_class_that_writes_its_own_method_keeps_its_docstring() -> None:
    class Own(SyncResource):
        _get = SyncResource  # not an operation: nothing to document from

        def get(self) -> None:
            """Mine."""

    document_shapes(Own)
    assert Own.get.__doc__ == "Mine."


def test_the_copy_still_works_like_the_shared_method() -> None:
    from bulutfon_ext import Bulutfon

    client = Bulutfon(access_token="t" * 32)
    try:
        sig = inspect.signature(client.dids.get)
        assert list(sig.parameters) == ["id", "options"]
    finally:
        client.close()


def test_the_copy_keeps_the_module_its_code_is_in() -> None:
    # A decorated shape (stream) would otherwise report contextlib as its module.
    from bulutfon_ext._sync.resources.call_records import CallRecords
    from bulutfon_ext._sync.resources.dids import Dids

    assert CallRecords.stream.__module__ == "bulutfon_ext._sync.resource"
    assert Dids.get.__module__ == "bulutfon_ext._sync.resource"


def test_a_wrapped_shape_naming_an_operation_without_an_envelope_is_refused() -> None:
    """``list``/``get`` unwrap the body under the operation's envelope key: an operation whose
    response the spec does not wrap is refused when the class is defined, not on the first call."""
    with pytest.raises(TypeError, match="get_me: the spec gives its 200 response no x-envelope"):

        class AsyncWrong(AsyncGot[Any]):
            _get = get_me.OPERATION

    class AsyncRight(AsyncGot[Any]):  # the same class with a wrapped operation is fine
        _get = get_did.OPERATION

    assert AsyncRight._get.envelope == "did"


def test_a_file_shape_naming_an_operation_with_no_uuid_or_id_is_refused() -> None:
    """``download``/``stream`` check the key as the path names it (``{uuid}``, ``{id}``): an
    operation whose path has neither is refused when the class is defined, not on the first
    call (where it would have been a bare KeyError)."""
    from bulutfon_api.api.announcements import download_announcement
    from bulutfon_api.api.dids import list_dids
    from bulutfon_ext._async.resource import AsyncFiles

    with pytest.raises(TypeError, match=r"list_dids: a file is fetched by uuid or id, not by"):

        class AsyncWrong(AsyncFiles[int]):
            _download = list_dids.OPERATION

    class AsyncRight(AsyncFiles[int]):
        _download = download_announcement.OPERATION

    assert AsyncRight._download.path == "/announcements/{id}"
