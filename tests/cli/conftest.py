"""Fixtures of the command-line tests: fakes served on loopback, with a runner bound to each."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bulutfon_ext.fake import FakeBulutfon
from tests.cli._helpers import TOKEN, Cli


@pytest.fixture(scope="session")
def shared() -> Iterator[Cli]:
    """A fake with enough CDRs that listing them takes several pages; no test changes its data."""
    fake = FakeBulutfon(cdrs=250, seed=7, token=TOKEN)
    with fake.serve() as running:
        yield Cli(fake, str(running.url))


@pytest.fixture
def cli() -> Iterator[Cli]:
    """A small fake of its own, for the commands that change data."""
    fake = FakeBulutfon(cdrs=20, seed=3, token=TOKEN)
    with fake.serve() as running:
        yield Cli(fake, str(running.url))
