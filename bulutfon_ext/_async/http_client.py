"""The user's own httpx client as the bottom transport (``AsyncBulutfon(http_client=...)``); why,
and which of its settings the SDK keeps, is in ``bulutfon_ext._http_client``."""

from __future__ import annotations

import httpx

from bulutfon_ext._http_client import wrong_client


class AsyncClientTransport(httpx.AsyncBaseTransport):
    """Sends each request through a user's httpx client."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        if not isinstance(client, httpx.AsyncClient):
            raise wrong_client(client, httpx.AsyncClient)
        self.client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        # Redirects stay off: a redirect would carry the credentials to another host.
        return await self.client.send(request, stream=True, follow_redirects=False)

    async def aclose(self) -> None:
        await self.client.aclose()
