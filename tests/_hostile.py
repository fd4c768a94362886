"""A hostile HTTP server on loopback: each test scripts every byte it sends, and when."""

from __future__ import annotations

import gzip
import socket
import threading
import time
from collections.abc import Callable, Iterator

Handler = Callable[["Conn"], None]


class Conn:
    """One accepted connection, with the request head already read."""

    def __init__(self, sock: socket.socket, head: bytes) -> None:
        self.sock = sock
        self.head = head

    @property
    def request_line(self) -> str:
        return self.head.split(b"\r\n", 1)[0].decode("latin-1")

    def header(self, name: str) -> str | None:
        for line in self.head.decode("latin-1").split("\r\n")[1:]:
            key, _, value = line.partition(":")
            if key.strip().lower() == name.lower():
                return value.strip()
        return None

    def send(self, data: bytes) -> None:
        self.sock.sendall(data)

    def drip(self, data: bytes, every: float, size: int = 1) -> None:
        """Send ``data`` ``size`` bytes at a time, one piece every ``every`` seconds."""
        for start in range(0, len(data), size):
            self.sock.sendall(data[start : start + size])
            time.sleep(every)


def head(status: str = "200 OK", content_type: str = "application/json", **headers: str) -> bytes:
    lines = [f"HTTP/1.1 {status}", f"Content-Type: {content_type}", "Connection: close"]
    lines += [f"{k.replace('_', '-')}: {v}" for k, v in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def reply(
    body: bytes, status: str = "200 OK", content_type: str = "application/json", **headers: str
) -> Handler:
    def handler(conn: Conn) -> None:
        conn.send(head(status, content_type, Content_Length=str(len(body)), **headers) + body)

    return handler


def gzip_bomb(decoded_size: int) -> bytes:
    return gzip.compress(b" " * decoded_size, compresslevel=9)


def accept_loop(
    listener: socket.socket,
    stop: threading.Event,
    serve: Callable[[socket.socket], None],
    threads: list[threading.Thread],
) -> None:
    """Hand each accepted connection to ``serve`` in a thread of its own until ``stop`` is set.

    ``listener`` has a short timeout so that ``stop`` is seen; closing it ends the loop too.
    """
    while not stop.is_set():
        try:
            sock, _ = listener.accept()
        except TimeoutError:
            continue
        except OSError:
            return
        thread = threading.Thread(target=serve, args=(sock,), daemon=True)
        threads.append(thread)
        thread.start()


class Hostile:
    """``with Hostile(handler) as server:`` serves ``handler`` for every connection."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.requests: list[Conn] = []
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.1)
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._accept = threading.Thread(target=self._serve, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._listener.getsockname()[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> Hostile:
        self._accept.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._accept.join(5)
        self._listener.close()

    def _serve(self) -> None:
        accept_loop(self._listener, self._stop, self._one, self._threads)

    def _one(self, sock: socket.socket) -> None:
        with sock:
            sock.settimeout(10)
            data = b""
            try:
                while b"\r\n\r\n" not in data:
                    piece = sock.recv(65536)
                    if not piece:
                        return
                    data += piece
                head_part, _, rest = data.partition(b"\r\n\r\n")
                conn = Conn(sock, head_part)
                length = int(conn.header("Content-Length") or 0)
                while len(rest) < length:
                    piece = sock.recv(65536)
                    if not piece:
                        break
                    rest += piece
                self.requests.append(conn)
                self.handler(conn)
            except OSError:
                pass  # the client gave up: that is what most tests want


def chunks(data: bytes, size: int) -> Iterator[bytes]:
    for start in range(0, len(data), size):
        yield data[start : start + size]
