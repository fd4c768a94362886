"""Coverage gates: every operation of the spec reaches each handwritten layer.

The spec is the one list of operations. Add one there (and run ``make generate``), and these
tests name what is still to write, file by file:

- ``bulutfon_ext/resources/<tag>.py``: an async method that calls ``<op>.OPERATION`` (``make
  generate`` writes its sync twin);
- ``bulutfon_ext/cli/``: a command that calls that method (deprecated operations excepted:
  the SMS service has ended);
- ``README.md``: the method, under its resource.

The fake answers a new read from its example in the spec, and every test table takes its
operations from the spec, so nothing else needs editing for a read endpoint.
"""

from __future__ import annotations

import re

import pytest

from tests._layers import EXT, operation_calls
from tests._spec import ROOT, operations

CLI_SOURCE = "\n".join(p.read_text(encoding="utf-8") for p in sorted((EXT / "cli").glob("*.py")))
README = (ROOT / "README.md").read_text(encoding="utf-8")
# Commands that the CLI's shared helpers (cli/_common.py) register for a resource passed to
# them (``Bulutfon.dids``), so a resource's list/get/delete/download need no call of their own
# in the CLI source.
HELPER_METHODS = {"list", "get", "delete", "download", "stream", "iter"}


def _passed(attribute: str) -> bool:
    """Whether the CLI source names the client's resource ``attribute``."""
    return re.search(rf"\b(client|Bulutfon)\.{attribute}\b", CLI_SOURCE) is not None


CALLS = operation_calls()
OPERATIONS = list(operations())
IDS = [op["operationId"] for *_, op in OPERATIONS]


def _resource_file(op: dict[str, object]) -> str:
    tags = op["tags"]
    assert isinstance(tags, list)
    return f"bulutfon_ext/resources/{str(tags[0]).replace('-', '_')}.py"


@pytest.mark.parametrize(("method", "path", "op"), OPERATIONS, ids=IDS)
def test_every_operation_has_an_ergonomic_method(
    method: str, path: str, op: dict[str, object]
) -> None:
    assert CALLS.get(str(op["operationId"])), (
        f"{method} {path}: no method of the client calls {op['operationId']}.OPERATION; add one "
        f"(async; make generate writes the sync twin and attaches a new resource class to the "
        f"client) in {_resource_file(op)}"
    )


@pytest.mark.parametrize(("method", "path", "op"), OPERATIONS, ids=IDS)
def test_every_operation_has_a_cli_command(method: str, path: str, op: dict[str, object]) -> None:
    if op.get("deprecated"):
        return  # the SMS service has ended: no commands for it
    methods = CALLS.get(str(op["operationId"]), [])
    covered = [
        m
        for m in methods
        if re.search(rf"client\.{re.escape(m.spelled)}\(", CLI_SOURCE)
        or (m.name in HELPER_METHODS and m.attribute and _passed(m.attribute))
    ]
    assert covered, (
        f"{op['operationId']}: no command of bulutfon_ext/cli/ calls "
        f"{' or '.join('client.' + m.spelled for m in methods) or 'its method'}; add one there"
    )


@pytest.mark.parametrize(("method", "path", "op"), OPERATIONS, ids=IDS)
def test_every_operation_is_in_the_readme(method: str, path: str, op: dict[str, object]) -> None:
    methods = CALLS.get(str(op["operationId"]), [])
    shown = [
        m
        for m in methods
        if (not m.attribute and f"{m.name}(" in README)
        or (
            m.attribute
            and (f"`{m.attribute}`" in README or f"client.{m.attribute}" in README)
            and (m.name in HELPER_METHODS or re.search(rf"\b{m.name}\b", README))
        )
    ]
    assert shown, (
        f"{op['operationId']}: README.md does not show "
        f"{' or '.join('client.' + m.spelled for m in methods) or 'its method'}; add it to the "
        "Resources row"
    )


def test_the_gates_see_the_methods_they_should() -> None:
    # If the AST walk broke, every gate above would fail; if it found too much, none could.
    assert [m.spelled for m in CALLS["get_did"]] == ["dids.get"]
    assert [m.spelled for m in CALLS["get_me"]] == ["me"]
    assert {m.spelled for m in CALLS["list_messages"]} == {"messages.list"}
    assert "no_such_operation" not in CALLS
