"""``generator/spec_facts.py`` (what ``make generate`` derives from the spec), importable by tests."""

from __future__ import annotations

import importlib.util
from functools import cache
from types import ModuleType

from tests._spec import ROOT


@cache
def spec_facts() -> ModuleType:
    """The module, loaded from its file (``generator/`` is not a package)."""
    found = importlib.util.spec_from_file_location(
        "spec_facts", ROOT / "generator" / "spec_facts.py"
    )
    assert found is not None and found.loader is not None
    module = importlib.util.module_from_spec(found)
    found.loader.exec_module(module)
    return module
