"""The README's Python code type-checks under ``mypy --strict``, as a user's editor would check it."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests._spec import ROOT

README = ROOT / "README.md"
BLOCK = re.compile(r"^```python\n(.*?)^```", re.M | re.S)


def python_blocks(text: str) -> list[str]:
    return [match.group(1) for match in BLOCK.finditer(text)]


def run_mypy(folder: Path, blocks: list[str]) -> subprocess.CompletedProcess[str]:
    files = []
    for number, code in enumerate(blocks):
        path = folder / f"readme_block_{number}.py"
        path.write_text(code, encoding="utf-8")
        files.append(str(path))
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-error-summary",
            "--cache-dir",
            str(ROOT / ".mypy_cache"),
            *files,
        ],
        capture_output=True,
        text=True,
        cwd=folder,
        timeout=300,
    )


def test_the_readme_has_python_blocks() -> None:
    assert len(python_blocks(README.read_text(encoding="utf-8"))) >= 3


def test_the_readmes_python_type_checks_under_mypy_strict(tmp_path: Path) -> None:
    blocks = python_blocks(README.read_text(encoding="utf-8"))
    result = run_mypy(tmp_path, blocks)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_check_fails_on_a_type_error(tmp_path: Path) -> None:
    # What the issue found: a field that could be Unset passed on as if it were a str.
    wrong = "from bulutfon_ext import Bulutfon\n\nx: str = Bulutfon().me().pbx.url\n"
    result = run_mypy(tmp_path, [wrong])
    assert result.returncode == 1 and "readme_block_0.py:3" in result.stdout


def test_the_client_options_example_runs_against_the_fake(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from bulutfon_ext.fake import FakeBulutfon

    (block,) = [b for b in python_blocks(README.read_text(encoding="utf-8")) if "vault_token" in b]
    with FakeBulutfon().serve() as fake:
        monkeypatch.setenv("BULUTFON_ACCESS_TOKEN", fake.token)
        monkeypatch.setenv("BULUTFON_BASE_URL", fake.url)
        exec(compile(block, "README.md", "exec"), {})
    assert capsys.readouterr().out.split() == [
        "300.06",
        "5",
        "200",
        "application/json",
        "908508850000",
    ]
