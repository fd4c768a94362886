"""The record of every request a fake received (and of every webhook it sent), for tests."""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from bulutfon_ext.fake._faults import FaultKind

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class RecordedRequest:
    """One request as the fake saw it, credentials left out.

    ``status`` is what was answered, or None when the connection was dropped; ``fault`` names
    the fault that shaped the answer, if any (``"slow"`` when it was only delayed).
    ``body`` is the request body read into a dict (form fields typed as the spec says), or None.
    ``ignored`` names the body fields the spec does not know: the fake drops them, as a Rails
    server that permits parameters does (``sent_as_single_sms`` from the Android SDK, say).
    """

    method: str
    path: str
    operation_id: str | None
    query: Mapping[str, str]
    body: Mapping[str, Any] | None
    status: int | None
    fault: FaultKind | None
    ignored: tuple[str, ...] = ()


class Journal(Generic[T]):
    """An append-only list, safe to read (as a copy) while another thread appends."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: list[T] = []

    def append(self, entry: T) -> None:
        with self._lock:
            self._entries.append(entry)

    def snapshot(self) -> list[T]:
        with self._lock:
            return list(self._entries)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


class RequestLog(Journal[RecordedRequest]):
    """An append-only list of :class:`RecordedRequest`, safe to read while the server writes."""
