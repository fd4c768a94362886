"""The README's install lines work for a new user: a wheel of this tree, a fresh venv, and the
lines run as written (pip finds the wheel through ``PIP_FIND_LINKS``, the dependencies on the
package index or pip's cache)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests._spec import ROOT
from tests.test_readme_runs import code_under


def _run(args: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=600, check=False, **kwargs)  # type: ignore[call-overload,no-any-return]


def test_the_install_lines_install_a_working_sdk(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    built = _run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(ROOT)]
    )
    assert built.returncode == 0, built.stderr
    [wheel] = wheels.glob("bulutfon_sdk-*.whl")
    venv = tmp_path / "venv"
    assert _run([sys.executable, "-m", "venv", str(venv)]).returncode == 0
    env = dict(
        os.environ,
        PATH=f"{venv / 'bin'}{os.pathsep}{os.environ['PATH']}",
        PIP_FIND_LINKS=str(wheels),
        PIP_DISABLE_PIP_VERSION_CHECK="1",
    )
    env.pop("PYTHONPATH", None)
    lines = [
        line.split("#")[0].strip()
        for line in code_under("## Three ways to use it", "sh", 0).splitlines()
        if line.strip().startswith("pip install")
    ]
    assert len(lines) == 3
    for line in lines:
        result = _run(["bash", "-c", line], env=env, cwd=tmp_path)
        assert result.returncode == 0, (line, result.stderr[-2000:])
    python = str(venv / "bin" / "python")
    check = (
        "import bulutfon_api, bulutfon_ext, bulutfon_ext.fake\n"
        "from importlib.metadata import version\n"
        "print(version('bulutfon-sdk'))\n"
    )
    imported = _run([python, "-c", check], env=env, cwd=tmp_path)
    assert imported.returncode == 0, imported.stderr
    shown = _run([str(venv / "bin" / "bulutfon"), "--version"], env=env, cwd=tmp_path)
    assert shown.stdout.startswith(f"bulutfon-sdk {imported.stdout.strip()} "), shown.stderr
    listed = _run([str(venv / "bin" / "bulutfon"), "--fake", "dids", "list"], env=env, cwd=tmp_path)
    assert listed.returncode == 0 and "908508850000" in listed.stdout, listed.stderr
    assert wheel.name.startswith("bulutfon_sdk-")
