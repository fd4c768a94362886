"""``Bulutfon(http_client=httpx.Client(...))``: the user's own httpx client, under the SDK's rules.

The user's client becomes the bottom transport: its own transport, proxies and mounts,
certificates, connection limits and event hooks all apply, while the SDK's credentials,
timeouts, headers, retries and error translation wrap it as they wrap the default one. Closing the
Bulutfon client closes it (its ``with_options`` copies never do), as with ``transport=``.
"""

from __future__ import annotations

import httpx

from bulutfon_ext._errors import ValidationError

# What httpx sets on every client by itself: not the user's choice, so the SDK's own win.
_HTTPX_DEFAULTS = {
    "accept": "*/*",
    "accept-encoding": None,
    "connection": "keep-alive",
    "user-agent": f"python-httpx/{httpx.__version__}",
}


def user_headers(client: httpx.Client | httpx.AsyncClient) -> dict[str, str]:
    """The headers the user set on their client (httpx's defaults left out)."""
    chosen: dict[str, str] = {}
    for name, value in client.headers.items():
        lowered = name.lower()
        if lowered in _HTTPX_DEFAULTS and _HTTPX_DEFAULTS[lowered] in (None, value):
            continue
        chosen[name] = value
    return chosen


def user_timeout(client: httpx.Client | httpx.AsyncClient) -> httpx.Timeout | None:
    """The client's timeout if the user chose one (httpx's default 5 s everywhere is not)."""
    return None if client.timeout == httpx.Timeout(5.0) else client.timeout


def wrong_client(client: object, expected: type) -> ValidationError:
    """``http_client=`` of the other kind: each client takes its own (httpx.Client for Bulutfon,
    httpx.AsyncClient for AsyncBulutfon)."""
    other = "AsyncClient" if expected is httpx.Client else "Client"
    wants = "AsyncBulutfon" if expected is httpx.Client else "Bulutfon"
    return ValidationError(
        "http_client",
        f"{type(client).__name__} is not an httpx.{expected.__name__} "
        f"({wants} takes an httpx.{other})",
    )
