"""Writes ``bulutfon_ext/_factories.py``: one ``make_*`` factory per read of the spec that quotes
the provider's example (``make generate``; ``make check-generated`` into a temporary root).

``bulutfon_ext.testing`` re-exports them. Each builds the model its read returns (a list's item
type, or the record a get or ``me`` returns) from that example, which ``generator/spec_facts.py``
writes into ``bulutfon_api/examples.py``: a new read in the spec gets its factory, and a changed
example changes what the factory makes, with nothing kept by hand. Deprecated reads (the SMS
service) get none. The factory is named after its model (``DidDetail`` -> ``make_did_detail``,
``MeResponse`` -> ``make_me``); a record with an ``id`` or ``uuid`` gets a fresh one per call.

    python generator/factories.py [OUTPUT_ROOT]   # default: the repository itself
"""

from __future__ import annotations

import dataclasses
import re
import sys
import textwrap
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pinned_ruff
import spec_facts

ROOT = Path(__file__).resolve().parent.parent
TARGET = Path("bulutfon_ext/_factories.py")
HEADER = '''# generated from spec/bulutfon-v1.yaml by make generate; do not edit
"""The factories of ``bulutfon_ext.testing``, one per read of the spec that quotes the provider's
example, each building its model from that example (generator/factories.py)."""

from __future__ import annotations

from typing import Any

from bulutfon_api import models
from bulutfon_ext._examples import from_example

'''


def _name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def _model(spec: Mapping[str, Any], response: Mapping[str, Any], key: str | None) -> str:
    """The schema the operation's success returns, unwrapped: a list's item type, or the record
    under the envelope key ``key`` (``spec_facts.envelopes``), or the body's own schema."""
    response = spec_facts.follow(spec, response)
    schema = response["content"]["application/json"]["schema"]
    if key is None:
        return _name(schema["$ref"])
    wrapped = spec["components"]["schemas"][_name(schema["$ref"])]["properties"][key]
    return _name(wrapped.get("items", wrapped)["$ref"])


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


@dataclasses.dataclass
class Factory:
    """One ``make_*`` function to write."""

    name: str  # make_did
    model: str  # Did
    operations: list[str]  # the operations returning the model; the first one's example is used
    summary: str  # the spec's summary of that first operation
    key: str | None  # the record's id or uuid, made fresh on each call
    item: bool  # the example is a list, the model one item of it


def factories(spec: Mapping[str, Any]) -> list[Factory]:
    """A factory for every model an operation with an example returns, in spec order."""
    records = spec_facts.records(spec)
    wrapped = spec_facts.envelopes(spec)
    found: dict[str, Factory] = {}
    for path_item in spec["paths"].values():
        for op in path_item.values():
            if not isinstance(op, Mapping) or op.get("operationId") not in records:
                continue
            if op.get("deprecated"):
                continue
            operation_id = op["operationId"]
            response = next(r for s, r in op["responses"].items() if str(s).startswith("2"))
            model = _model(spec, response, wrapped.get(operation_id))
            if model in found:
                found[model].operations.append(operation_id)
                continue
            example = records[operation_id]
            item = isinstance(example, list)
            record = example[0] if item else example
            key = next((k for k in ("id", "uuid") if k in record), None)
            name = "make_" + _snake(model).removesuffix("_response")
            summary = str(op["summary"]).rstrip(".")
            found[model] = Factory(name, model, [operation_id], summary, key, item)
    names = [f.name for f in found.values()]
    clashes = sorted({n for n in names if names.count(n) > 1})
    if clashes:
        raise SystemExit(f"factories: two models give the same factory name: {clashes}")
    return list(found.values())


def _docstring(factory: Factory) -> str:
    first, *others = factory.operations
    listed = [f"``{o}``" for o in factory.operations]
    what = f"{', '.join(listed[:-1])} or {listed[-1]}" if others else listed[0]
    text = (
        ("One item of what" if factory.item else "What")
        + f" {what} answers"
        + ("" if others else f" ({factory.summary})")
        + ": the provider's example"
        + (f" of ``{first}``" if others else "")
        + (f", with a fresh {factory.key}" if factory.key else "")
        + "; ``fields`` replace its fields by their Python names."
    )
    body = textwrap.fill(text, width=96, initial_indent="    ", subsequent_indent="    ")
    return f'    """{body.strip()}"""\n'


def text(spec: Mapping[str, Any]) -> str:
    """The module's source (unformatted)."""
    found = factories(spec)
    parts = [HEADER, f"__all__ = {sorted(f.name for f in found)!r}\n\n"]
    for factory in found:
        parts.append(
            f"\ndef {factory.name}(**fields: Any) -> models.{factory.model}:\n"
            + _docstring(factory)
            + f"    return from_example(models.{factory.model}, {factory.operations[0]!r}, "
            f"{factory.key!r}, fields)\n\n"
        )
    return "".join(parts)


def write(out: Path) -> Path:
    """Write the module under ``out``, formatted with the pinned ruff."""
    target = out / TARGET
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text(spec_facts.load(spec_facts.SPEC)), encoding="utf-8")
    pinned_ruff.run("format", str(target))
    return target


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT)
