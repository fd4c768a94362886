# generated from bulutfon_ext/_async/http_client.py by make generate; do not edit
"""The user's own httpx client as the bottom transport (``AsyncBulutfon(http_client=...)``); why,
and which of its settings the SDK keeps, is in ``bulutfon_ext._http_client``."""

from __future__ import annotations

import httpx

from bulutfon_ext._http_client import wrong_client


class ClientTransport(httpx.BaseTransport):
    """Sends each request through a user's httpx client."""

    def __init__(self, client: httpx.Client) -> None:
        if not isinstance(client, httpx.Client):
            raise wrong_client(client, httpx.Client)
        self.client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        # Redirects stay off: a redirect would carry the credentials to another host.
        return self.client.send(request, stream=True, follow_redirects=False)

    def close(self) -> None:
        self.client.close()
