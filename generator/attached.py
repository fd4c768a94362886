"""Writes ``bulutfon_ext/_async/attached.py``: the client's resource attributes, one per public
``class Async<Name>(`` in ``bulutfon_ext/resources/*.py``. ``make generate`` runs it through
generator/unasync_twins.py, before the twins (its own among them).

A new tag's resource module is then all a client needs: the attribute (``AsyncMessageTitles`` ->
``message_titles``) and its static type come from the class, and ``AsyncBulutfon`` inherits them.
The order is the spec's top-level ``tags`` (the order of the reference), then any other class in
file order. Resource modules are imported only for type checkers: ``LazyResource`` imports one on
first use, so ``import bulutfon_ext`` stays cheap.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
TARGET = Path("bulutfon_ext/_async/attached.py")
STAMP = "# generated from bulutfon_ext/resources by make generate; do not edit\n"


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def resources(root: Path = ROOT) -> list[tuple[str, str, str]]:
    """(attribute, module, class) for every public async resource class, in reference order."""
    found = []
    for path in sorted((root / "bulutfon_ext/resources").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.ClassDef) and re.fullmatch(r"Async[A-Z]\w*", node.name):
                found.append((_snake(node.name.removeprefix("Async")), path.stem, node.name))
    spec = yaml.safe_load((root / "spec/bulutfon-v1.yaml").read_text(encoding="utf-8"))
    tags = [str(tag["name"]).replace("-", "_") for tag in spec.get("tags", [])]
    # sorted() is stable: classes no tag names keep their file order, after the rest.
    return sorted(found, key=lambda r: tags.index(r[0]) if r[0] in tags else len(tags))


def text(root: Path = ROOT) -> str:
    """The module's source."""
    found = resources(root)
    imports: dict[str, list[str]] = {}
    for _, module, cls in found:
        imports.setdefault(module, []).append(cls)
    lines = [
        STAMP,
        '"""The resource attributes of ``AsyncBulutfon`` (and, through its twin, ``Bulutfon``),\n',
        'one per ``Async<Name>`` class in ``bulutfon_ext/resources`` (generator/attached.py)."""\n',
        "\n",
        "from __future__ import annotations\n",
        "\n",
        "from typing import TYPE_CHECKING\n",
        "\n",
        "from bulutfon_ext._lazy import LazyResource\n",
        "\n",
        "if TYPE_CHECKING:\n",
    ]
    for module in sorted(imports):
        names = ", ".join(sorted(imports[module]))
        lines.append(f"    from bulutfon_ext.resources.{module} import {names}\n")
    lines += [
        "\n",
        "\n",
        "class Attached:\n",
        '    """The resources, each made on first use (importing one imports its operations and\n',
        '    models)."""\n',
        "\n",
    ]
    for attribute, module, cls in found:
        lines.append(f'    {attribute}: LazyResource[{cls}] = LazyResource("{module}", "{cls}")\n')
    return "".join(lines)


def write(out: Path) -> Path:
    """Write the module under ``out`` (unformatted: unasync_twins.py runs ruff over it)."""
    target = out / TARGET
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text(), encoding="utf-8")
    return target
