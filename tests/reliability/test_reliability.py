"""``make reliability`` with small counts, as part of ``make test``.

The fault matrix runs every fault kind against the four operations (each pair in one mode,
alternating sync and async); the fuzz draws a few cases for every public method. The figures
that must be zero are asserted to be zero. A fault case that fails must be one of the known
open defects listed here, each with who is fixing it: a new failure fails the test.
"""

from __future__ import annotations

import pytest

from tests.reliability.faults import catalogue
from tests.reliability.fuzz import methods, run_fuzz
from tests.reliability.matrix import OPS, Figures, Result, run_matrix
from tests.reliability.run import SMALL_FUZZ

# Defects found by the matrix and not fixed yet, by fault kind (and operation, when only some).
# Empty these as the fixes land; the test fails on any failure not listed.
# (): every operation. Each entry names the item of issue 8 whose fix makes it pass.
KNOWN_OPEN: dict[str, tuple[str, ...]] = {}
# Credentials in what an error exposes: issue 8 item 6, fixed.
SECRETS_OPEN = False
# Exceptions other than BulutfonError for bad input: issue 8 item 5, fixed.
FUZZ_ESCAPES_OPEN = False


def _known(result: Result) -> bool:
    problems = [p for p in result.problems if not (SECRETS_OPEN and p.startswith("credentials"))]
    if not problems:
        return True
    ops = KNOWN_OPEN.get(result.fault)
    return ops is not None and (not ops or result.op in ops)


@pytest.fixture(scope="module")
def matrix() -> Figures:
    return run_matrix(small=True)


def test_the_catalogue_has_forty_fault_kinds_and_more() -> None:
    names = [fault.name for fault in catalogue()]
    assert len(names) == len(set(names)) >= 40


def test_every_fault_meets_every_operation_in_both_modes(matrix: Figures) -> None:
    pairs = {(r.fault, r.op) for r in matrix.results}
    assert len(pairs) == len(catalogue()) * len(OPS)
    assert {r.mode for r in matrix.results} == {"sync", "async"}
    for op in OPS:
        assert {r.mode for r in matrix.results if r.op == op.name} == {"sync", "async"}


def test_no_post_is_sent_twice_and_no_partial_file_is_left(matrix: Figures) -> None:
    assert matrix.post_duplicates == 0, [r for r in matrix.results if r.post_duplicates]
    assert matrix.partial_files == 0, [r for r in matrix.results if r.partial_files]


def test_nothing_escapes_a_hostile_server(matrix: Figures) -> None:
    assert matrix.escapes == 0, [r.problems for r in matrix.results if r.escapes]


def test_fault_cases_pass_or_are_known_open(matrix: Figures) -> None:
    unexpected = [
        f"{r.fault} / {r.op} / {r.mode}: {r.problems}" for r in matrix.failures() if not _known(r)
    ]
    assert not unexpected, "\n".join(unexpected)
    if not SECRETS_OPEN:
        assert matrix.log_credentials == []


def test_the_fuzz_finds_no_escape_and_sends_nothing_for_invalid_input() -> None:
    figures = run_fuzz(SMALL_FUZZ)
    assert figures.methods >= 80  # every public method, sync and async, and both constructors
    assert figures.cases >= figures.methods * SMALL_FUZZ // 2
    assert figures.reached >= figures.cases // 10  # the fuzz gets past validation too
    assert figures.invalid_sent == 0, figures.examples
    if not FUZZ_ESCAPES_OPEN:
        assert figures.escapes == 0, figures.examples
    if not SECRETS_OPEN:
        assert figures.credentials == 0, figures.examples


def test_the_fuzz_finds_every_public_method() -> None:
    from bulutfon_ext import Bulutfon

    names = {name for name, _ in methods(Bulutfon(access_token="t"))}
    # A few that must be there, from each kind of resource.
    assert {"me", "token_info", "dids.get", "cdrs.iter", "call_records.download"} <= names
    assert {"outgoing_faxes.send", "automatic_calls.create", "extensions.update"} <= names
