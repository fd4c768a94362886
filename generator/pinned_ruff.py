"""Runs the pinned ruff over what ``make generate`` writes: the one place that finds it (the
project's ``.venv``, else ``PATH``) and says which settings apply.

- Files that live among the handwritten ones (the sync twins, the CLI listing) take the
  repository's settings (``pyproject.toml``), so lint reads them like their neighbours.
- ``generated/bulutfon_api`` (the client, ``rules.py``, ``examples.py``) is checked and formatted
  ``--isolated`` by ``generate.sh``, in place of openapi-python-client's post-hooks (none in
  ``config.yaml``): the repository's own ruff settings must never change generated output.

    python generator/pinned_ruff.py [--isolated] ARGS...   # generate.sh: format --isolated DIR
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, isolated: bool = False) -> None:
    """``ruff ARGS`` (``format FILE...``, ``check ...``), quiet, failing loudly if ruff does."""
    ruff = shutil.which("ruff", path=str(ROOT / ".venv" / "bin")) or "ruff"
    settings = (
        ["--isolated", "--no-cache"] if isolated else ["--config", str(ROOT / "pyproject.toml")]
    )
    subprocess.run([ruff, *args, *settings, "--quiet"], check=True)


if __name__ == "__main__":
    arguments = sys.argv[1:]
    run(*(a for a in arguments if a != "--isolated"), isolated="--isolated" in arguments)
