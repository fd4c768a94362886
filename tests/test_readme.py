"""The README's examples run as written."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from tests._process import pytest_in
from tests._spec import ROOT


def _python_block_after(heading: str) -> str:
    text = (ROOT / "README.md").read_text()
    section = text[text.index(heading) :]
    found = re.search(r"```python\n(.*?)```", section, re.S)
    assert found, f"no python example under {heading!r}"
    return found.group(1)


def test_the_fake_example_runs(tmp_path: Path) -> None:
    namespace: dict[str, Any] = {}
    exec(
        compile(_python_block_after("## A fake Bulutfon for your own tests"), "README.md", "exec"),
        namespace,
    )
    namespace["test_a_failed_fax_is_not_sent_twice"](tmp_path)


def test_the_pytest_plugin_example_passes_as_a_users_test_file(tmp_path: Path) -> None:
    (tmp_path / "test_billing.py").write_text(_python_block_after("### The pytest plugin"))
    # As the README says to run it, with plain pytest: no configuration, and no pytest-asyncio
    # (installed here for our own tests; a user may not have it).
    result = pytest_in(tmp_path, "-p", "no:asyncio", "test_billing.py")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 passed" in result.stdout
