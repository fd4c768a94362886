"""One version source: ``bulutfon_ext.__version__``; the package metadata and the changelog agree."""

from __future__ import annotations

import re
import tomllib
from importlib import metadata

import bulutfon_ext
from bulutfon_ext._distribution import DISTRIBUTION
from tests._spec import ROOT


def test_pyproject_reads_the_version_from_the_package() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"]
    assert project["project"]["dynamic"] == ["version"]
    assert project["tool"]["hatch"]["version"]["path"] == "bulutfon_ext/__init__.py"


def test_the_installed_metadata_has_the_package_version() -> None:
    assert metadata.version(DISTRIBUTION) == bulutfon_ext.__version__


def test_the_changelog_keeps_an_unreleased_section_and_lists_this_version() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    releases = re.findall(r"^## \[([^\]]+)\]", changelog, flags=re.M)
    assert releases[0] == "Unreleased"
    assert bulutfon_ext.__version__ in releases
