"""Where the handwritten layers call each operation of the spec, read from their source."""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from functools import cache

from tests._spec import ROOT

EXT = ROOT / "bulutfon_ext"


@dataclass(frozen=True)
class Method:
    """Where the ergonomic layer calls an operation: ``client.<attribute>.<name>``."""

    attribute: str  # "" for a method of the client itself (``client.me()``)
    name: str
    source: str

    @property
    def spelled(self) -> str:
        return f"{self.attribute}.{self.name}" if self.attribute else self.name


def _attributes() -> dict[str, str]:
    """Resource class -> the client attribute that holds it (``AsyncDids`` -> ``dids``), read
    from the async client and the attributes it inherits from ``_async/attached.py`` (generated
    from bulutfon_ext/resources; the sync client is generated from both)."""
    text = "".join(
        (EXT / "_async" / name).read_text(encoding="utf-8") for name in ("client.py", "attached.py")
    )
    # `self.dids = AsyncDids(self)`, or one made on first use: `dids: LazyResource[AsyncDids] = ...`.
    found = re.findall(r"self\.(\w+) = (\w+)\(self\)", text)
    found += re.findall(r"^\s+(\w+): LazyResource\[(\w+)\]", text, re.M)
    return {cls: attribute for attribute, cls in found if cls.startswith("Async")}


@cache
def operation_calls() -> dict[str, list[Method]]:
    """operationId -> the public methods that call its ``OPERATION``, found in the handwritten
    async classes (the generated sync twins have the same methods; ``_sync/`` is not read)."""
    attributes = {**_attributes(), "AsyncBulutfon": ""}
    calls: dict[str, list[Method]] = {}
    for source in sorted(EXT.rglob("*.py")):
        if "_sync" in source.relative_to(EXT).parts:
            continue
        tree = ast.parse(source.read_text(encoding="utf-8"))
        modules = {
            alias.asname or alias.name: alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom)
            and (node.module or "").startswith("bulutfon_api.api")
            for alias in node.names
        }
        for cls in [n for n in tree.body if isinstance(n, ast.ClassDef)]:
            if cls.name not in attributes:
                continue
            methods = [n for n in cls.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)]
            callers = {m.name: m for m in methods}
            for method in methods:
                used = _operations(method, modules)
                names = [method.name]
                if method.name.startswith("_"):  # a helper: the public methods that call it
                    names = [
                        m.name
                        for m in callers.values()
                        if not m.name.startswith("_")
                        and any(
                            isinstance(n, ast.Attribute) and n.attr == method.name
                            for n in ast.walk(m)
                        )
                    ]
                for operation_id in used:
                    calls.setdefault(operation_id, []).extend(
                        Method(attributes[cls.name], name, str(source.relative_to(ROOT)))
                        for name in names
                    )
            # A shape the class takes from its base (``_async/resource.py``): ``_list =
            # list_dids.OPERATION`` is what the base's ``list`` sends.
            for node in cls.body:
                if not (isinstance(node, ast.Assign) and len(node.targets) == 1):
                    continue
                target = node.targets[0]
                if not (isinstance(target, ast.Name) and target.id.startswith("_")):
                    continue
                for operation_id in _operations(node, modules):
                    calls.setdefault(operation_id, []).append(
                        Method(attributes[cls.name], target.id[1:], str(source.relative_to(ROOT)))
                    )
    return calls


def _operations(node: ast.AST, modules: dict[str, str]) -> set[str]:
    """The operations whose ``OPERATION`` the node names."""
    return {
        modules[n.value.id]
        for n in ast.walk(node)
        if isinstance(n, ast.Attribute)
        and n.attr == "OPERATION"
        and isinstance(n.value, ast.Name)
        and n.value.id in modules
    }
