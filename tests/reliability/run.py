"""``make reliability``: the fault matrix, the fuzz, the secrets sweep and schemathesis, as figures.

    python -m tests.reliability.run            # the full run (make reliability)
    python -m tests.reliability.run --small    # the counts make test uses

Prints one line per figure; exits 1 when a must-be-zero figure is not zero, listing the cases
behind it. ``tests/reliability/test_reliability.py`` runs the same code with the small counts.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from tests.reliability.fuzz import FuzzFigures, run_fuzz
from tests.reliability.matrix import Figures, run_matrix

ROOT = Path(__file__).resolve().parents[2]
# Examples per method: 84 methods and constructors make 10,000 cases and more at 120.
FULL_FUZZ = 120
SMALL_FUZZ = 6
FULL_SCHEMATHESIS = 25
SMALL_SCHEMATHESIS = 5


@dataclass
class Conformance:
    operations: int
    failures: int
    output: str


def run_schemathesis(examples: int) -> Conformance:
    """The fake's conformance tests (every check on) with ``examples`` requests an operation."""
    test = ROOT / "tests" / "fake" / "test_conformance.py"
    env = dict(os.environ, BULUTFON_CONFORMANCE_EXAMPLES=str(examples))
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rN", str(test)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    summary = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr
    failed = _count(summary, "failed") + _count(summary, "error")
    passed = _count(summary, "passed")
    return Conformance(passed + failed, failed, done.stdout[-6000:] if failed else summary)


def _count(summary: str, word: str) -> int:
    words = summary.replace(",", " ").split()
    for index, token in enumerate(words[1:], start=1):
        if token.startswith(word):
            try:
                return int(words[index - 1])
            except ValueError:
                return 0
    return 0


def report(
    matrix: Figures, fuzz: FuzzFigures, conformance: Conformance | None, seconds: float
) -> list[tuple[str, int | str, bool]]:
    """(figure, value, must be zero) in the order the issue lists them."""
    faults = len({r.fault for r in matrix.results})
    rows: list[tuple[str, int | str, bool]] = [
        (
            f"fault cases passed / run ({faults} fault kinds x 4 operations x sync/async)",
            f"{matrix.passed} / {matrix.run}",
            False,
        ),
        ("POST duplicates", matrix.post_duplicates, True),
        ("partial files left", matrix.partial_files, True),
        (f"fuzz cases run ({fuzz.methods} public methods and constructors)", fuzz.cases, False),
        ("  of which got past validation and sent a request", fuzz.reached, False),
        ("escapes (exceptions other than BulutfonError)", matrix.escapes + fuzz.escapes, True),
        ("requests sent for invalid input", fuzz.invalid_sent, True),
        ("credentials found (errors and logs)", matrix.credentials + fuzz.credentials, True),
    ]
    if conformance is not None:
        rows.append(
            (
                f"schemathesis failures ({conformance.operations} tests over the fake's 36 operations)",
                conformance.failures,
                True,
            )
        )
    rows.append(("seconds", f"{seconds:.0f}", False))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make reliability", description=__doc__)
    parser.add_argument("--small", action="store_true", help="the counts make test uses")
    parser.add_argument("--no-schemathesis", action="store_true", help="skip schemathesis")
    args = parser.parse_args(argv)
    started = time.monotonic()
    matrix = run_matrix(small=args.small)
    fuzz = run_fuzz(SMALL_FUZZ if args.small else FULL_FUZZ)
    conformance = (
        None
        if args.no_schemathesis
        else run_schemathesis(SMALL_SCHEMATHESIS if args.small else FULL_SCHEMATHESIS)
    )
    rows = report(matrix, fuzz, conformance, time.monotonic() - started)
    width = max(len(name) for name, _, _ in rows)
    print("reliability figures" + (" (small counts)" if args.small else ""))
    for name, value, zero in rows:
        flag = "  <- must be 0" if zero and value != 0 else ""
        print(f"  {name:<{width}}  {value}{flag}")
    failing = [r for r in matrix.failures()]
    if failing:
        print(f"\nfault cases that did not pass ({len(failing)}):")
        for r in failing:
            print(f"  {r.fault} / {r.op} / {r.mode} ({r.seconds:.1f} s): {r.problems[0][:160]}")
    if fuzz.examples:
        print("\nfuzz findings (one example of each, with how often it occurred):")
        for line in fuzz.examples:
            print(f"  {line}")
    if conformance is not None and conformance.failures:
        print("\nschemathesis:\n" + conformance.output)
    return 1 if any(zero and value != 0 for _, value, zero in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
