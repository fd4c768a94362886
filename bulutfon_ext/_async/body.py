"""Reading a JSON (or error) body with a cap on its decoded size; why and how is in
``bulutfon_ext._body``."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import httpx

from bulutfon_ext._body import Collector, already_read


async def read_capped(
    response: httpx.Response, request: httpx.Request, cap: int, check: Callable[[], None]
) -> httpx.Response:
    """The response with its body read, decoded and at most ``cap`` bytes; ``check`` runs
    between chunks (the deadline)."""
    if already_read(response, cap):
        return response
    collector = Collector(response, request, cap, check)
    try:
        chunks: AsyncIterator[bytes] = (
            response.aiter_bytes() if collector.by_httpx else response.aiter_raw()
        )
        async for raw in chunks:
            collector.add(raw)
    finally:
        await response.aclose()
    return collector.result()
