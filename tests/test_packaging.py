"""What pyproject declares and what `make deps-range` tests stay the same ranges."""

from __future__ import annotations

import re
import tomllib

from tests._spec import ROOT


def _floors() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    declared = list(project["dependencies"])
    for extra in ("cli", "fake"):
        declared += project["optional-dependencies"][extra]
    floors: dict[str, str] = {}
    for requirement in declared:
        name, floor = re.fullmatch(
            r"([A-Za-z0-9_.-]+)>=([0-9.]+)(?:,<[0-9.]+)?", requirement
        ).groups()  # type: ignore[union-attr]
        floors[name.lower()] = floor
    return floors


def _pinned() -> dict[str, str]:
    pins: dict[str, str] = {}
    for line in (ROOT / ".ci" / "deps-lowest.txt").read_text().splitlines():
        if line and not line.startswith("#"):
            name, _, version = line.partition("==")
            pins[name.lower()] = version
    return pins


def _release(version: str) -> tuple[int, ...]:
    parts = [int(part) for part in version.split(".")]
    return tuple(parts + [0] * (3 - len(parts)))  # "0.27" and "0.27.0" are one release


def test_every_declared_range_has_its_floor_tested() -> None:
    floors, pinned = _floors(), _pinned()
    assert set(pinned) == set(floors)
    for name, floor in floors.items():
        assert _release(pinned[name]) == _release(floor), (name, floor, pinned[name])


def test_the_deps_range_target_runs_in_ci() -> None:
    assert "make deps-range" in (ROOT / ".ci" / "run").read_text()
    assert "make docs" in (ROOT / ".ci" / "run").read_text()


def test_docs_and_deps_range_always_run() -> None:
    # `docs` is also a folder: without .PHONY, make would call the target up to date and skip it.
    phony = next(
        line for line in (ROOT / "Makefile").read_text().splitlines() if line.startswith(".PHONY:")
    )
    assert {"docs", "deps-range"} <= set(phony.split()[1:])
