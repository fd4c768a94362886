# generated from bulutfon_ext/_async/retry.py by make generate; do not edit
"""The retry transport: wraps the real one and applies ``RetryPolicy``. The rules, and why they
are what they are, are in ``bulutfon_ext._retry``."""

from __future__ import annotations

import time
from collections.abc import Callable

import httpx

from bulutfon_ext import _io
from bulutfon_ext._body import (
    DEFAULT_MAX_RESPONSE_BYTES,
    MAX_BODY_EXTENSION,
    BodyTooLarge,
    BodyUndecodable,
)
from bulutfon_ext._errors import BulutfonError
from bulutfon_ext._retry import (
    RetryPolicy,
    Scrub,
    after_error,
    after_response,
    buffer_now,
    scrubbing,
    too_large,
)
from bulutfon_ext._sync.body import read_capped


class RetryTransport(httpx.BaseTransport):
    """Wraps a transport; ``owns_inner=False`` lets clients made by ``with_options`` share a pool."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        policy: RetryPolicy,
        *,
        owns_inner: bool = True,
        sleep: Callable[[float], None] | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        scrub: Scrub | None = None,
    ) -> None:
        self.inner = inner
        self.policy = scrubbing(policy, scrub)
        self._owns_inner = owns_inner
        self._sleep = sleep or _io.sleep
        self.max_response_bytes = max_response_bytes
        self._scrub = scrub

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.extensions = {**request.extensions, MAX_BODY_EXTENSION: self.max_response_bytes}
        try:
            return self._loop(request)
        except BulutfonError as error:
            if self._scrub is not None:
                self._scrub(error)
            raise

    def _attempt(self, request: httpx.Request) -> httpx.Response:
        """One try: connect, send, headers and (unless streamed) the body, within the deadline."""
        with _io.attempt_deadline(request) as check:
            response = self.inner.handle_request(request)
            if buffer_now(request, response):
                try:
                    response = read_capped(response, request, self.max_response_bytes, check)
                except (BodyTooLarge, BodyUndecodable) as error:
                    raise too_large(request, error) from None
            return response

    def _loop(self, request: httpx.Request) -> httpx.Response:
        retry_number = 0
        while True:
            started = time.monotonic()
            try:
                response = self._attempt(request)
            except Exception as error:
                delay = after_error(self.policy, request, error, retry_number, started)
            else:
                next_delay = after_response(self.policy, request, response, retry_number, started)
                if next_delay is None:
                    return response
                response.close()
                delay = next_delay
            self._sleep(delay)
            retry_number += 1

    def close(self) -> None:
        if self._owns_inner:
            self.inner.close()
