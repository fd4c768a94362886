"""Running a command from a test: to its end, its text output kept, the return code left to the test.

``copy_project`` makes the throwaway copy of the repository that such a command may change.

Every test that starts a process (the installed ``bulutfon``, ``make``, a README shell block, a
user's pytest run) goes through ``run``, so that none can hang the suite (a timeout is required)
and a test can put a failed command's output in its assertion message.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence
from os import PathLike
from pathlib import Path

from tests._spec import ROOT

Completed = subprocess.CompletedProcess[str]


def run(
    args: Sequence[str | PathLike[str]],
    *,
    timeout: float,
    cwd: Path | None = None,
    env: Mapping[str, str] | None = None,
    input: str | None = None,
) -> Completed:
    """``args`` run to the end (or ``timeout`` seconds), stdout and stderr captured as text."""
    return subprocess.run(
        args,
        cwd=cwd,
        env=env,
        input=input,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def copy_project(names: Sequence[str], into: Path) -> None:
    """Copy these files and folders of the repository into ``into`` (bytecode caches left out)."""
    for name in names:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, into / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, into / name)


def bash(script: str, *, cwd: Path, env: Mapping[str, str], timeout: float) -> Completed:
    """A shell block run as a careful user's shell runs it: stop at the first failing command."""
    return run(["bash", "-euo", "pipefail", "-c", script], cwd=cwd, env=env, timeout=timeout)


def pytest_in(folder: Path, *args: str, timeout: float = 120) -> Completed:
    """A fresh pytest run in ``folder`` (no cache written), as a user would start it there."""
    return run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args],
        cwd=folder,
        timeout=timeout,
    )
