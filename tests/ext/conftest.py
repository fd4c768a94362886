"""Fixtures shared by the ergonomic-client tests."""

from __future__ import annotations

import time

import anyio
import pytest


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Waits (retry back-off, sync and async) are recorded, not slept."""
    waited: list[float] = []

    async def fake_async_sleep(delay: float) -> None:
        waited.append(delay)

    monkeypatch.setattr(time, "sleep", waited.append)
    monkeypatch.setattr(anyio, "sleep", fake_async_sleep)
    return waited
