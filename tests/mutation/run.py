"""``make mutation``: apply each mutation of ``mutants.py`` and see whether the tests notice.

    python -m tests.mutation.run              # every mutant
    python -m tests.mutation.run -k retry     # those whose name contains "retry"

The repository is copied to a temporary folder (the worktree is never touched, so an
interrupted run leaves nothing mutated), the tests of each mutant's list are run once as they
are (they must pass), then once per mutant with its one edit applied. Prints killed / run, the
survivors and the stale mutants (snippets no longer found), and exits 1 when any survived or
went stale.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests._process import copy_project
from tests.mutation.mutants import MUTANTS, Mutant

COPIED = ("bulutfon_ext", "generated", "generator", "tests", "spec", "pyproject.toml")


def _pytest(tree: Path, tests: tuple[str, ...], timeout: float) -> tuple[bool, str]:
    """Whether the tests passed in ``tree``, and the tail of their output."""
    env = dict(os.environ, PYTHONPATH=f"{tree}{os.pathsep}{tree / 'generated'}")
    env = {k: v for k, v in env.items() if not k.startswith("BULUTFON_")}
    command = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *tests]
    try:
        done = subprocess.run(
            command, cwd=tree, env=env, capture_output=True, text=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired:
        return False, "timed out (counted as killed: the tests did not pass)"
    return done.returncode == 0, (done.stdout + done.stderr)[-800:]


def _apply(tree: Path, mutant: Mutant) -> str | None:
    """The file's original text, with the mutation written in its place; None if stale."""
    path = tree / mutant.path
    if not path.exists():
        return None
    original = path.read_text(encoding="utf-8")
    if original.count(mutant.find) != 1:
        return None
    path.write_text(original.replace(mutant.find, mutant.replace), encoding="utf-8")
    return original


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make mutation", description=__doc__)
    parser.add_argument("-k", default="", help="only mutants whose name contains this")
    parser.add_argument("--timeout", type=float, default=300, help="seconds per test run")
    args = parser.parse_args(argv)
    chosen = [m for m in MUTANTS if args.k in m.name]
    started = time.monotonic()
    killed: list[Mutant] = []
    survived: list[Mutant] = []
    stale: list[Mutant] = []
    with tempfile.TemporaryDirectory(prefix="bulutfon-mutation-") as tmp:
        tree = Path(tmp)
        copy_project(COPIED, tree)
        for tests in sorted({m.tests for m in chosen}):
            passed, output = _pytest(tree, tests, args.timeout)
            if not passed:
                print(f"the tests {' '.join(tests)} fail without any mutation:\n{output}")
                return 2
        for mutant in chosen:
            original = _apply(tree, mutant)
            if original is None:
                stale.append(mutant)
                print(f"stale     {mutant.name} ({mutant.path}: snippet not found exactly once)")
                continue
            try:
                passed, _ = _pytest(tree, mutant.tests, args.timeout)
            finally:
                (tree / mutant.path).write_text(original, encoding="utf-8")
            (survived if passed else killed).append(mutant)
            print(f"{'SURVIVED' if passed else 'killed  '}  {mutant.name}", flush=True)
    run = len(killed) + len(survived)
    print(f"\nmutation score: {len(killed)} killed / {run} run", end="")
    print(f" ({len(stale)} stale), {time.monotonic() - started:.0f} s")
    for mutant in survived:
        print(f"  survivor: {mutant.name} ({mutant.path})")
    return 1 if survived or stale else 0


if __name__ == "__main__":
    sys.exit(main())
