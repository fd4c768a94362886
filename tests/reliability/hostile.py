"""A hostile HTTP server on loopback: it controls every byte it sends, and counts what it gets.

Each ``HostileServer`` listens on 127.0.0.1 (a free port) in a thread of its own. It reads a
request (head, then the body by Content-Length), logs it, and answers with the canned good
response for the path, unless the request is the fault's target: then the fault's behaviour
writes whatever it likes to the socket (nothing, a drip, a lie, a bomb) and may close it.

Connections are kept alive between good answers, as a real server keeps them, so a walk through
pages reuses one connection and a fault can arrive on a reused one.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

from tests._hostile import accept_loop


@dataclass(frozen=True)
class Canned:
    """A well-formed response: what the real API would answer."""

    status: int
    content_type: str
    body: bytes

    def head(self, **extra: str) -> bytes:
        headers = {"Content-Type": self.content_type, "Content-Length": str(len(self.body))}
        headers.update({k.replace("_", "-"): v for k, v in extra.items()})
        return head(self.status, headers)

    def raw(self) -> bytes:
        return self.head() + self.body


@dataclass
class Received:
    """One request as the server read it."""

    method: str
    target: str
    headers: dict[str, str]
    body: bytes
    complete: bool  # the whole body arrived (a POST that did not could not have been acted on)
    answer: int | None = None  # the status sent, when the fault or the good path sent one

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def query(self) -> dict[str, list[str]]:
        return parse_qs(urlsplit(self.target).query)


def head(status: int, headers: dict[str, str], reason: str = "X") -> bytes:
    lines = [f"HTTP/1.1 {status} {reason}"] + [f"{k}: {v}" for k, v in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


class Peer:
    """The server's side of one connection, as a fault's behaviour sees it."""

    def __init__(self, sock: socket.socket, server: HostileServer) -> None:
        self.sock = sock
        self.server = server

    def send(self, data: bytes) -> bool:
        """Send ``data``; False when the client has gone (or the server is stopping)."""
        if self.server.stopping.is_set():
            return False
        try:
            self.sock.sendall(data)
        except OSError:
            return False
        return True

    def drip(self, data: bytes, every: float, limit: float) -> bool:
        """Send ``data`` one byte every ``every`` seconds, for at most ``limit`` seconds."""
        started = time.monotonic()
        for index in range(len(data)):
            if time.monotonic() - started > limit or not self.send(data[index : index + 1]):
                return False
            if self.server.stopping.wait(every):
                return False
        return True

    def hold(self, seconds: float) -> None:
        """Keep the connection open, sending nothing, until the client leaves or time is up."""
        self.sock.settimeout(0.05)
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and not self.server.stopping.is_set():
            try:
                if self.sock.recv(65536) == b"":
                    return
            except TimeoutError:
                continue
            except OSError:
                return

    def reset(self) -> None:
        """Close with a TCP reset instead of an orderly FIN."""
        with contextlib.suppress(OSError):
            self.sock.setsockopt(
                socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00"
            )
        self.sock.close()


# A fault's behaviour: (peer, the request, the good answer) -> keep the connection open?
Behaviour = Callable[[Peer, Received, Canned], bool]


@dataclass
class HostileServer:
    """Serves ``good`` answers by path; requests that ``is_target`` picks get ``behaviour``.

    ``times`` is how many target requests get the fault (None: all of them).
    """

    good: Callable[[Received], Canned]
    behaviour: Behaviour
    is_target: Callable[[Received], bool]
    times: int | None = None
    before_request: Behaviour | None = None  # a fault on a new connection, before any request
    received: list[Received] = field(default_factory=list)
    stopping: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self._listener.settimeout(0.05)
        self._lock = threading.Lock()
        self._threads: list[threading.Thread] = []
        self._faulted = 0

    @property
    def url(self) -> str:
        host, port = self._listener.getsockname()
        return f"http://{host}:{port}"

    def _take_fault(self, request: Received | None) -> bool:
        """Whether this request (None: a new connection, for ``before_request``) gets the fault."""
        if request is not None and not self.is_target(request):
            return False
        with self._lock:
            if self.times is not None and self._faulted >= self.times:
                return False
            self._faulted += 1
            return True

    def _connection(self, sock: socket.socket) -> None:
        peer = Peer(sock, self)
        sock.settimeout(10)
        try:
            with sock:
                before = self.before_request
                if (
                    before is not None
                    and self._take_fault(None)
                    and not before(peer, _NONE, _NONE_CANNED)
                ):
                    return
                buffer = b""
                while not self.stopping.is_set():
                    request, buffer = _read_request(sock, buffer)
                    if request is None:
                        return
                    with self._lock:
                        self.received.append(request)
                    if self.before_request is None and self._take_fault(request):
                        if not self.behaviour(peer, request, self.good(request)):
                            return
                        continue
                    answer = self.good(request)
                    request.answer = answer.status
                    if not peer.send(answer.raw()):
                        return
        except OSError:
            return

    @contextlib.contextmanager
    def running(self) -> Iterator[HostileServer]:
        thread = threading.Thread(
            target=accept_loop,
            args=(self._listener, self.stopping, self._connection, self._threads),
            daemon=True,
        )
        thread.start()
        try:
            yield self
        finally:
            self.stopping.set()
            self._listener.close()
            thread.join(5)
            for worker in list(self._threads):
                worker.join(5)


_NONE = Received("", "", {}, b"", complete=False)
_NONE_CANNED = Canned(0, "", b"")


def _read_request(sock: socket.socket, buffer: bytes) -> tuple[Received | None, bytes]:
    """The next request on the connection (None when the client closed it), and what follows."""
    while b"\r\n\r\n" not in buffer:
        try:
            chunk = sock.recv(65536)
        except (TimeoutError, OSError):
            return None, b""
        if not chunk:
            return None, b""
        buffer += chunk
    raw_head, _, rest = buffer.partition(b"\r\n\r\n")
    lines = raw_head.decode("latin-1").split("\r\n")
    method, target, _ = [*lines[0].split(" "), "", ""][:3]
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0") or 0)
    while len(rest) < length:
        try:
            chunk = sock.recv(65536)
        except (TimeoutError, OSError):
            chunk = b""
        if not chunk:
            return Received(method, target, headers, rest, complete=False), b""
        rest += chunk
    return Received(method, target, headers, rest[:length], complete=True), rest[length:]
