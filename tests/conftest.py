"""Fixtures shared by every test directory.

Layout: ``tests/`` mirrors the package. ``ext/`` tests the ergonomic client (``bulutfon_ext``)
against scripted transports (``tests/_mock.py``); ``fake/`` the fake server; ``cli/`` the command
line against a served fake; ``generated/`` the generated client and its generation;
``recorded/`` replays ``cassettes/``. ``tests/_spec.py`` reads the spec for every table that
must cover all operations.
"""

from __future__ import annotations

import pytest

from bulutfon_ext.fake import FakeBulutfon


@pytest.fixture
def fake() -> FakeBulutfon:
    """A fresh fake Bulutfon with its default seed and data, not served: bind clients in process."""
    return FakeBulutfon()
