"""The client's resource attributes come from the resource classes (generator/attached.py writes
``bulutfon_ext/_async/attached.py`` at ``make generate``): a new resource module needs no line in
the client, and the attributes keep their names, order and static types."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from types import ModuleType
from typing import assert_type

from bulutfon_api.models import DidDetail, GroupDetail
from bulutfon_ext import AsyncBulutfon, Bulutfon
from bulutfon_ext._async.attached import Attached as AsyncAttached
from bulutfon_ext._lazy import LazyResource
from bulutfon_ext._sync.attached import Attached
from tests._spec import ROOT

ORDER = [
    "dids",
    "extensions",
    "groups",
    "cdrs",
    "call_records",
    "incoming_faxes",
    "outgoing_faxes",
    "announcements",
    "automatic_calls",
    "message_titles",
    "messages",
]


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("attached", ROOT / "generator/attached.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _static_types(client: Bulutfon, aclient: AsyncBulutfon) -> None:
    """Never run: ``mypy --strict`` (make lint) checks that the inherited attributes keep the
    resource's types on both clients."""
    assert_type(client.dids.get(1), DidDetail)
    assert_type(client.groups.get(1), GroupDetail)

    async def awaited() -> None:
        assert_type(await aclient.dids.get(1), DidDetail)

    del awaited


def test_both_clients_have_every_resource_attribute_in_reference_order() -> None:
    for attached, client in ((AsyncAttached, AsyncBulutfon), (Attached, Bulutfon)):
        names = [n for n, v in vars(attached).items() if isinstance(v, LazyResource)]
        # Today's attributes keep their names and their order; a new resource may join them
        # (this list is what must not change, not a list of every resource).
        assert [n for n in names if n in ORDER] == ORDER
        assert issubclass(client, attached)
        assert all(isinstance(getattr(client, n), LazyResource) for n in names)


def test_a_new_resource_class_is_attached_without_editing_the_client(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "bulutfon_ext/resources", tmp_path / "bulutfon_ext/resources")
    shutil.copytree(ROOT / "spec", tmp_path / "spec")
    (tmp_path / "bulutfon_ext/resources/queues.py").write_text(
        "class AsyncCallQueues(AsyncListed[Queue]):\n    pass\n\n\nclass _AsyncHelper:\n    pass\n"
    )
    text = _generator().text(tmp_path)
    line = (
        '    call_queues: LazyResource[AsyncCallQueues] = LazyResource("queues", "AsyncCallQueues")'
    )
    assert line in text.splitlines()
    assert "from bulutfon_ext.resources.queues import AsyncCallQueues" in text
    assert "_AsyncHelper" not in text
    # a class no spec tag names comes after the tagged ones
    assert text.index("call_queues:") > text.index("messages:")


def test_a_resource_attribute_names_its_class_and_finds_it_on_a_client() -> None:
    # What the command line passes for a resource (`Bulutfon.dids`): its class, for what the
    # class names (the operations its help reads), and each client's instance.
    from bulutfon_ext.resources.dids import Dids

    assert Bulutfon.dids.load() is Dids
    with Bulutfon(access_token="token-for-a-test", base_url="http://127.0.0.1:9") as client:
        assert Bulutfon.dids.of(client) is client.dids
        assert isinstance(client.dids, Dids)
