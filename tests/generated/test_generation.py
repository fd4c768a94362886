"""`make generate` is reproducible; `make check-generated` catches a stale or hand-edited client,
a stale or hand-edited sync twin (``bulutfon_ext/_sync``, generated from the async sources), and a
stale root help listing (``bulutfon_ext/cli/_listing.py``, generated from the command modules)."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from tests._process import Completed, copy_project, run
from tests._spec import ROOT

COPIED = [
    "Makefile",
    "pyproject.toml",
    "requirements-dev.txt",
    "spec",
    "generator",
    "generated",
    "bulutfon_ext",
]


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the project's generation inputs and outputs, sharing the installed venv."""
    work = tmp_path_factory.mktemp("project")
    copy_project(COPIED, work)
    (work / ".venv").symlink_to(ROOT / ".venv")
    return work


def make(work: Path, target: str) -> Completed:
    # -o: the shared venv is installed already; never reinstall it from the copy.
    return run(["make", "-s", "-o", ".venv/.installed", target], cwd=work, timeout=300)


def test_committed_client_matches_the_spec(workdir: Path) -> None:
    result = make(workdir, "check-generated")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "up to date" in result.stdout


def test_generation_is_byte_for_byte_reproducible(workdir: Path, tmp_path: Path) -> None:
    for out in ("a", "b"):
        subprocess.run(
            [workdir / "generator" / "generate.sh", tmp_path / out], check=True, timeout=300
        )
    diff = subprocess.run(
        ["diff", "-r", tmp_path / "a", tmp_path / "b"], capture_output=True, text=True
    )
    assert diff.returncode == 0, diff.stdout


def check_edited(work: Path, path: str, edit: Callable[[str], str]) -> Completed:
    """``make check-generated`` with the file at ``path`` edited; the file is restored after."""
    target = work / path
    original = target.read_text()
    assert edit(original) != original, "the edit changes nothing"
    try:
        target.write_text(edit(original))
        return make(work, "check-generated")
    finally:
        target.write_text(original)


@pytest.mark.parametrize(
    ("path", "edit", "stale"),
    [
        pytest.param(
            "generated/bulutfon_api/models/did.py",
            lambda text: text + "\n# tweaked by hand\n",
            "models/did.py",
            id="a-hand-edit-of-generated-code",
        ),
        pytest.param(
            "spec/bulutfon-v1.yaml",
            lambda text: text.replace(
                "description: The group's name.", "description: The ring group's name."
            ),
            "models/group.py",
            id="a-spec-change-without-regeneration",
        ),
        pytest.param(
            "bulutfon_ext/cli/_commands_media.py",
            lambda text: text.replace('help="Automatic (robo) calls."', 'help="Automatic calls."'),
            "bulutfon_ext/cli/_listing.py",
            id="a-command-group-changed-without-regenerating-the-help-listing",
        ),
    ],
)
def test_a_stale_client_is_caught(
    workdir: Path, path: str, edit: Callable[[str], str], stale: str
) -> None:
    result = check_edited(workdir, path, edit)
    assert result.returncode != 0
    assert stale in result.stdout
    assert "make generate" in result.stdout


def test_the_repositorys_ruff_settings_do_not_change_generated_output(workdir: Path) -> None:
    hostile = workdir / "ruff.toml"
    hostile.write_text('line-length = 40\n[format]\nquote-style = "single"\n')
    try:
        result = make(workdir, "check-generated")
    finally:
        hostile.unlink()
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_sync_twins_are_byte_for_byte_reproducible(workdir: Path, tmp_path: Path) -> None:
    for out in ("a", "b"):
        subprocess.run(
            [workdir / ".venv/bin/python", workdir / "generator/unasync_twins.py", tmp_path / out],
            check=True,
            timeout=300,
        )
    diff = subprocess.run(
        ["diff", "-r", tmp_path / "a", tmp_path / "b"], capture_output=True, text=True
    )
    assert diff.returncode == 0, diff.stdout
    assert (
        (tmp_path / "a/bulutfon_ext/_sync/client.py")
        .read_text()
        .startswith(
            "# generated from bulutfon_ext/_async/client.py by make generate; do not edit\n"
        )
    )


@pytest.mark.parametrize(
    ("path", "edit"),
    [
        ("bulutfon_ext/_sync/retry.py", "append"),  # a twin edited by hand
        ("bulutfon_ext/_async/pagination.py", "append"),  # a source changed, no regeneration
        ("bulutfon_ext/_sync/stale.py", "create"),  # a twin whose source is gone
        ("bulutfon_ext/_async/attached.py", "append"),  # the generated resource attributes
    ],
)
def test_a_stale_or_hand_edited_sync_twin_is_caught(workdir: Path, path: str, edit: str) -> None:
    target = workdir / path
    original = target.read_text() if edit == "append" else None
    try:
        target.write_text((original or "") + "\nX = 1\n")
        result = make(workdir, "check-generated")
    finally:
        if original is None:
            target.unlink()
        else:
            target.write_text(original)
    assert result.returncode != 0
    named = path.replace("_async", "_sync").rsplit("/", 1)[-1]
    assert named in result.stdout
    assert "make generate" in result.stdout
