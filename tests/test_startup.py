"""Start-up: ``import bulutfon_ext`` and ``bulutfon --help`` load only what they use, and loading
on first use changes nothing a user sees (names, types, the help's text)."""

from __future__ import annotations

import ast
import importlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

import bulutfon_ext

ROOT = Path(__file__).resolve().parent.parent


def _run(code: str, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        env={"COLUMNS": "120", "PATH": "/usr/bin:/bin", "TERM": "dumb"},
        cwd=ROOT,
    )
    return done.stdout


def _loaded_after(code: str) -> set[str]:
    shown = "import json, sys\n" + code + "\nprint(json.dumps(sorted(sys.modules)))"
    return set(json.loads(_run(shown).splitlines()[-1]))


def test_importing_the_package_loads_no_client_and_no_httpx() -> None:
    loaded = _loaded_after("import bulutfon_ext")
    assert not {"httpx", "attrs", "bulutfon_api", "bulutfon_ext._sync.client"} & loaded


def test_a_name_loads_its_module_on_first_use() -> None:
    loaded = _loaded_after("from bulutfon_ext import Bulutfon, ValidationError")
    assert {"bulutfon_ext._sync.client", "bulutfon_ext._errors", "httpx"} <= loaded


def test_every_public_name_is_there_and_is_what_its_module_defines() -> None:
    names = set(bulutfon_ext.__all__) - {"__version__"}
    assert names == set(bulutfon_ext._MODULES)
    for name in names:
        module = importlib.import_module(f"bulutfon_ext.{bulutfon_ext._MODULES[name]}")
        assert getattr(bulutfon_ext, name) is getattr(module, name)
    assert names <= set(dir(bulutfon_ext))
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        _ = bulutfon_ext.Nope  # type: ignore[attr-defined]


def test_the_type_checking_imports_name_the_same_modules() -> None:
    # mypy and IDEs read the imports under TYPE_CHECKING; the runtime reads _MODULES.
    tree = ast.parse((ROOT / "bulutfon_ext" / "__init__.py").read_text(encoding="utf-8"))
    guarded = next(n for n in tree.body if isinstance(n, ast.If))
    imported = {
        alias.name: (node.module or "").removeprefix("bulutfon_ext.")
        for node in guarded.body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }
    assert imported == bulutfon_ext._MODULES


HELP = """
import sys
from bulutfon_ext.cli import _registry, main
if sys.argv[1] == "loaded":
    _registry.load_all()
try:
    main(["--help"])
except SystemExit:
    pass
print("MODULES", " ".join(sorted(sys.modules)))
"""


def test_the_help_lists_every_command_as_its_module_defines_it() -> None:
    listed = _run(HELP, "listed")
    loaded = _run(HELP, "loaded")
    assert listed.split("MODULES")[0] == loaded.split("MODULES")[0]
    assert "cdrs" in listed and "Call detail records: list, show, export." in listed


def test_the_help_imports_no_command_module_and_no_client() -> None:
    modules = set(_run(HELP, "listed").split("MODULES")[1].split())
    assert not {m for m in modules if m.startswith("bulutfon_ext.cli._commands_")}
    assert not {"httpx", "bulutfon_api", "bulutfon_ext._sync.client"} & modules


def test_a_misspelt_name_is_still_a_type_error(tmp_path: Path) -> None:
    # Loading on first use must not make type checkers accept any name (a visible module
    # __getattr__ would).
    from tests.test_readme_types import run_mypy

    code = "from bulutfon_ext import Bulutfonn\nfrom bulutfon_api.models import Cdrr\n"
    result = run_mypy(tmp_path, [code])
    assert result.returncode == 1
    assert 'no attribute "Bulutfonn"' in result.stdout
    assert 'no attribute "Cdrr"' in result.stdout
