"""An in-memory, stateful fake of the Bulutfon API v1, for testing code that calls it.

    from bulutfon_ext.fake import FakeBulutfon

    fake = FakeBulutfon(cdrs=10_000, seed=1)
    transport = httpx.ASGITransport(app=fake.app)      # in process, async clients
    with fake.serve() as running:                        # real HTTP on 127.0.0.1
        ...  # point any client at running.url with access_token=fake.token

or, from a shell, ``python -m bulutfon_ext.fake --port 8080``.

Needs the ``fake`` extra (``pip install 'bulutfon-sdk[fake]'``: starlette, uvicorn, PyYAML).
Without it, importing a name from here raises a ``MissingExtraError`` (an ``ImportError``) saying
so.
"""

from __future__ import annotations

from typing import Any

from bulutfon_ext._extras import MissingExtraError, missing_extra

_MISSING: MissingExtraError | None = None
try:
    from bulutfon_ext._dialogue import Transcript, Turn, run_dialogue
    from bulutfon_ext.fake._fake import (
        DEFAULT_EMAIL,
        DEFAULT_PASSWORD,
        DEFAULT_TOKEN,
        FakeBulutfon,
    )
    from bulutfon_ext.fake._log import RecordedRequest
    from bulutfon_ext.fake._provider import Delivery
    from bulutfon_ext.fake._seed import DEFAULT_NOW
    from bulutfon_ext.fake._server import Running
except ModuleNotFoundError as error:
    _MISSING = missing_extra("fake", "the fake server", error)

__all__ = [
    "DEFAULT_EMAIL",
    "DEFAULT_NOW",
    "DEFAULT_PASSWORD",
    "DEFAULT_TOKEN",
    "Delivery",
    "FakeBulutfon",
    "RecordedRequest",
    "Running",
    "Transcript",
    "Turn",
    "run_dialogue",
]


def __getattr__(name: str) -> Any:
    # Only reached for names the failed import above left undefined.
    if _MISSING is not None and name in __all__:
        raise _MISSING
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
