"""A pytest plugin: fixtures that bind clients to a fake Bulutfon, for testing your own code.

Installed with the distribution and loaded by pytest on its own (the ``pytest11`` entry point);
the fixtures need the ``fake`` extra (``pip install 'bulutfon-sdk[fake]'``)::

    def test_my_report(bulutfon_client, bulutfon_fake):
        bulutfon_fake.fail_next("list_cdrs", status=500)     # fault injection
        ...

    @pytest.mark.bulutfon_fake(cdrs=500, seed=7)              # FakeBulutfon(...) arguments
    def test_paging(bulutfon_client): ...

Each test gets a fresh fake (its own data, faults and request log), served over real HTTP on
127.0.0.1 from a background thread; ``bulutfon_client`` is a ``Bulutfon`` pointed at it with
the fake's token, ``async_bulutfon_client`` an ``AsyncBulutfon`` bound to the same fake in
process. Importing this module imports neither the fake nor its dependencies, so a project
without the ``fake`` extra is not affected until it asks for a fixture.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from bulutfon_ext import AsyncBulutfon, Bulutfon
    from bulutfon_ext.fake import FakeBulutfon

MARKER = "bulutfon_fake"


def pytest_configure(config: pytest.Config) -> None:
    """Register the marker, so ``--strict-markers`` accepts it."""
    config.addinivalue_line(
        "markers",
        f"{MARKER}(**options): arguments for the test's FakeBulutfon "
        "(cdrs=, incoming_faxes=, messages=, seed=, now=, token=...)",
    )


def _options(request: pytest.FixtureRequest) -> dict[str, Any]:
    options: dict[str, Any] = {}
    # The closest marker wins: a test's own over its class's or module's.
    for marker in reversed(list(request.node.iter_markers(MARKER))):
        if marker.args:
            raise pytest.UsageError(f"@pytest.mark.{MARKER} takes keyword arguments only")
        options.update(marker.kwargs)
    return options


@pytest.fixture
def bulutfon_fake(request: pytest.FixtureRequest) -> Iterator[FakeBulutfon]:
    """A fresh ``FakeBulutfon``, served on 127.0.0.1 for the test (``.url``, ``.token``).

    Its arguments come from ``@pytest.mark.bulutfon_fake(...)``; faults (``fail_next``,
    ``drop_next``, ``slow_next``, ``truncate_next``, ``expire_token``) and the request log
    (``requests``) are reachable on it."""
    from bulutfon_ext.fake import FakeBulutfon

    with FakeBulutfon(**_options(request)).serve() as fake:
        yield fake


@pytest.fixture
def bulutfon_client(bulutfon_fake: FakeBulutfon) -> Iterator[Bulutfon]:
    """A ``Bulutfon`` client for ``bulutfon_fake``, with the SDK's default settings."""
    from bulutfon_ext import Bulutfon

    with Bulutfon(access_token=bulutfon_fake.token, base_url=bulutfon_fake.url) as client:
        yield client


@pytest.fixture
def async_bulutfon_client(bulutfon_fake: FakeBulutfon) -> Iterator[AsyncBulutfon]:
    """An ``AsyncBulutfon`` for ``bulutfon_fake``, in process (no socket, so any event loop
    and any async test plugin can use it)."""
    import httpx

    from bulutfon_ext import AsyncBulutfon

    client = AsyncBulutfon(
        access_token=bulutfon_fake.token,
        base_url=bulutfon_fake.url,
        transport=httpx.ASGITransport(app=bulutfon_fake.app),
    )
    yield client
    # An in-process transport holds no connection tied to the test's event loop: a new loop
    # can close it, and the fixture needs no async plugin.
    asyncio.run(client.aclose())
