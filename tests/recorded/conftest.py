"""The recorded suite: replayed offline in CI, re-recorded by `make record`.

Replay (``--record-mode=none``, the default of `make test`): the client talks to
https://api.bulutfon.com and vcrpy answers from cassettes/; no server runs.
Recording against the fake (`make record`): a fresh FakeBulutfon per test, on loopback.
Recording live (``BULUTFON_RECORD_LIVE=1`` and ``BULUTFON_ACCESS_TOKEN``): the real API; tests
that change the account or cost money run only with ``BULUTFON_RECORD_COSTLY=1`` as well.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest

from tests._spec import ROOT
from tests.recorded import _scrub

CASSETTES = ROOT / "cassettes"
REPLAY_TOKEN = "replay-token"


@attrs.frozen
class Target:
    """Where the test's client points, and with which credentials."""

    base_url: str
    token: str
    fake: Any = None  # the FakeBulutfon when recording against it; None on replay and live
    email: str | None = None
    password: str | None = None

    def require_fake(self) -> Any:
        if self.fake is None and not self.replaying:
            pytest.skip("needs the fake's fault injection; not recordable live")
        return self.fake

    @property
    def replaying(self) -> bool:
        return self.token == REPLAY_TOKEN


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "costly: changes the account or costs money when recorded live"
    )


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, Any]:
    return {
        "filter_query_parameters": [(key, _scrub.REDACTED) for key in _scrub.SECRET_KEYS],
        "before_record_request": _scrub.scrub_request,
        "before_record_response": _scrub.scrub_response,
        "match_on": ["method", "scheme", "host", "port", "path", "query", "body"],
        "decode_compressed_response": True,
    }


@pytest.fixture(scope="module")
def vcr_cassette_dir(request: pytest.FixtureRequest) -> str:
    return str(CASSETTES / Path(request.node.fspath).stem.removeprefix("test_"))


@pytest.fixture(autouse=True)
def _every_recorded_request_is_replayed(
    request: pytest.FixtureRequest, record_mode: str
) -> Iterator[None]:
    """On replay, an exchange the test no longer makes is a failure: a write the SDK silently
    skipped would otherwise go unnoticed, since the reads after it replay the changed state."""
    cassette = request.getfixturevalue("vcr") if request.node.get_closest_marker("vcr") else None
    yield
    if cassette is not None and record_mode == "none":
        unplayed = [r.uri for i, r in enumerate(cassette.requests) if not cassette.play_counts[i]]
        assert cassette.all_played, f"recorded but not sent this time: {unplayed or 'see cassette'}"


@pytest.fixture
def api(record_mode: str, request: pytest.FixtureRequest) -> Iterator[Target]:
    if record_mode == "none":
        yield Target(
            base_url=_scrub.API_ORIGIN,
            token=REPLAY_TOKEN,
            email="replay@x.invalid",
            password="replay",
        )
        return
    if os.environ.get("BULUTFON_RECORD_LIVE") == "1":
        if (
            request.node.get_closest_marker("costly")
            and os.environ.get("BULUTFON_RECORD_COSTLY") != "1"
        ):
            pytest.skip(
                "changes the account or costs money: set BULUTFON_RECORD_COSTLY=1 to record it live"
            )
        token = os.environ["BULUTFON_ACCESS_TOKEN"]
        _scrub.KNOWN_SECRETS.add(token)
        yield Target(base_url=_scrub.API_ORIGIN, token=token)
        return
    from bulutfon_ext.fake import FakeBulutfon

    # Small files keep cassettes small; the seed keeps every recording identical.
    fake = FakeBulutfon(
        seed=1, cdrs=150, recording_bytes=4096, fax_bytes=2048, announcement_bytes=2048
    )
    _scrub.KNOWN_SECRETS.update({fake.token, fake.email, fake.password})
    with fake.serve() as running:
        yield Target(running.url, fake.token, fake, fake.email, fake.password)
