"""Fixtures of the fake's tests: a generated client and a raw httpx client bound to a fresh fake."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from bulutfon_api import AuthenticatedClient
from bulutfon_ext.fake import FakeBulutfon
from tests.fake._helpers import (
    api_client,
    raw_client,
)


@pytest.fixture
async def api(fake: FakeBulutfon) -> AsyncIterator[AuthenticatedClient]:
    async with api_client(fake) as client:
        yield client


@pytest.fixture
async def raw(fake: FakeBulutfon) -> AsyncIterator[httpx.AsyncClient]:
    async with raw_client(fake) as client:
        yield client
