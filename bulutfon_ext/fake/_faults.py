"""Failures on demand: error statuses, dropped connections, slow and truncated responses.

A client's retry, timeout and error handling can only be tested against a server that
misbehaves when told to. Each kind of fault has its own queue per operationId; a request takes
at most one fault of each kind, so ``slow_next`` and ``fail_next`` on the same operation give
one slow error response.
"""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import dataclass
from typing import Literal

import httpx

FaultKind = Literal["fail", "drop", "slow", "truncate"]


class InjectedDisconnect(httpx.RemoteProtocolError):
    """Raised by the app to drop the connection.

    In process (``httpx.ASGITransport``) the client receives this very exception, as it would
    receive a ``RemoteProtocolError`` from a real socket; the served fake catches it and closes
    the socket instead.
    """


@dataclass(frozen=True, slots=True)
class Fault:
    """One queued misbehaviour; which fields matter depends on ``kind``."""

    kind: FaultKind
    status: int = 500
    error: str | None = None
    body: bytes | None = None
    content_type: str | None = None
    retry_after: str | None = None
    seconds: float = 0.0


class FaultPlan:
    """The queued faults of a fake, by kind and operationId; safe to use from any thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._queues: dict[tuple[FaultKind, str], deque[Fault]] = {}

    def add(self, operation_id: str, fault: Fault, times: int) -> None:
        if times < 1:
            raise ValueError(f"times must be at least 1, not {times}")
        with self._lock:
            queue = self._queues.setdefault((fault.kind, operation_id), deque())
            queue.extend([fault] * times)

    def take(self, kind: FaultKind, operation_id: str) -> Fault | None:
        """The next fault of this kind for this operation, removed from its queue."""
        with self._lock:
            queue = self._queues.get((kind, operation_id))
            return queue.popleft() if queue else None

    def clear(self) -> None:
        with self._lock:
            self._queues.clear()
