"""A canned Bulutfon for benchmarks: every answer is bytes computed before the first request.

Run in its own process (``python -m bench.canned --port 0 ...``; it prints ``READY <port>``), so
the server's work never shares a core's time with the client being measured. HTTP/1.1 keep-alive
over asyncio streams, and nothing else: it answers ``/me``, ``/dids/1``, ``/cdrs?page=N`` (the
pages are fixed at start: ``--cdrs``, ``--per-page``, ``--call-flow``), and
``/call-records/<uuid>`` (``--download-mib`` of bytes). ``--latency`` delays every ``/cdrs``
answer (seconds), as a far-away server would, for the parallel-pages case.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
from urllib.parse import parse_qs, urlsplit

CHUNK = 1 << 20


def _stamp(second: int) -> str:
    minute, sec = divmod(second, 60)
    hour, minute = divmod(minute, 60)
    day, hour = divmod(hour, 24)
    return (
        f"2025-{1 + day // 28 % 12:02d}-{1 + day % 28:02d}T{hour:02d}:{minute:02d}:{sec:02d}+03:00"
    )


def cdr(index: int, rng: random.Random, call_flow: bool) -> dict[str, object]:
    """One CDR as the list sends it (no milliseconds, so the raw and typed CSV are the same bytes)."""
    outgoing = rng.random() < 0.4
    start = 3600 * 24 * 30 + index * 37
    answered = rng.random() < 0.8
    record: dict[str, object] = {
        "uuid": f"{rng.getrandbits(32):08x}-{index % 65536:04x}-4{rng.getrandbits(12):03x}-a{rng.getrandbits(12):03x}-{rng.getrandbits(48):012x}",
        "bf_calltype": "voice",
        "direction": "OUT" if outgoing else "IN",
        "caller": 905320000000 + rng.randrange(10_000_000),
        "callee": 908508850000 if not outgoing else 905330000000 + rng.randrange(10_000_000),
        "call_time": _stamp(start),
        "answer_time": _stamp(start + 6) if answered else None,
        "hangup_time": _stamp(start + 6 + rng.randrange(600)),
        "missing_call": not answered,
        "call_record": rng.choice(["YES", "NO", "NO", "REMOVED"]),
        "hangup_cause": rng.choice(
            ["NORMAL_CLEARING", "NORMAL_CLEARING", "USER_BUSY", "NO_ANSWER"]
        ),
        "hangup_state": rng.choice(["send_bye", "recv_bye"]),
    }
    if outgoing:
        record["extension"] = str(1000 + rng.randrange(50))
        record["call_price"] = f"{rng.randrange(1, 500) / 1000:.4f}"
    if call_flow:
        stamp = _stamp(start)
        record["call_flow"] = [
            {"callee": 908508850000, "start_time": stamp, "answer_time": None, "hangup_time": None, "redirection": "REDIRECTED_TO_MENU", "redirection_target": 10},
            {"callee": 10, "start_time": stamp, "answer_time": stamp, "hangup_time": None, "redirection": "REDIRECTED_TO_GROUP", "redirection_target": 101},
            {"callee": 101, "start_time": stamp, "answer_time": stamp, "hangup_time": _stamp(start + 90), "redirection": "CONNECTING_TO_GROUP",
             "origination": [
                 {"destination": 1004, "start_time": stamp, "answer_time": stamp, "hangup_time": _stamp(start + 90), "result": "ANSWERED"},
                 {"destination": 1008, "start_time": stamp, "answer_time": None, "hangup_time": stamp, "result": "LOSE_RACE"},
             ]},
        ]  # fmt: skip
    return record


def _response(body: bytes, content_type: str = "application/json") -> bytes:
    head = (
        f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n"
        f"Content-Length: {len(body)}\r\nConnection: keep-alive\r\n\r\n"
    )
    return head.encode() + body


def build(cdrs: int, per_page: int, call_flow: bool) -> dict[int, bytes]:
    rng = random.Random(11)
    records = [cdr(i, rng, call_flow) for i in range(cdrs)]
    pages = max(1, -(-cdrs // per_page))
    answers = {}
    for number in range(1, pages + 1):
        chunk = records[(number - 1) * per_page : number * per_page]
        following = number + 1 if number < pages else None
        body = {
            "cdrs": chunk,
            "pagination": {
                "page": number,
                "limit": per_page,
                "total_pages": pages,
                "total_count": cdrs,
                "previous_page": f"/cdrs?page={number - 1}" if number > 1 else None,
                "next_page": f"/cdrs?page={following}" if following else None,
            },
        }
        answers[number] = _response(json.dumps(body, separators=(",", ":")).encode())
    return answers


ME = {
    "user": {"email": "bench@example.com", "name": "Bench", "gsm": "905321112233", "url": "https://bench.bulutfon.com", "apikey": "x"},
    "pbx": {"id": 1, "name": "bench", "url": "bench.bulutfon.com", "state": "active"},
    "credit": {"balance": "120.50", "sms_credits": 10},
}  # fmt: skip
DID = {"did": {"id": 1, "number": "908508850000", "state": "CONFIRMED", "destination_type": "Extension", "destination_id": 3, "destination_number": "1001", "working_hour": False}}  # fmt: skip


class Canned:
    def __init__(self, args: argparse.Namespace) -> None:
        self.pages = build(args.cdrs, args.per_page, args.call_flow)
        self.latency = args.latency
        self.download = args.download_mib * CHUNK
        self.me = _response(json.dumps(ME).encode())
        self.did = _response(json.dumps(DID).encode())
        self.block = bytes(range(256)) * (CHUNK // 256)

    async def serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                target = head.split(b" ", 2)[1].decode()
                await self.answer(target, writer)
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    async def answer(self, target: str, writer: asyncio.StreamWriter) -> None:
        parts = urlsplit(target)
        if parts.path == "/cdrs":
            page = int(parse_qs(parts.query).get("page", ["1"])[0])
            if self.latency:
                await asyncio.sleep(self.latency)
            writer.write(self.pages.get(page) or _response(b'{"error":"no such page"}'))
        elif parts.path == "/me":
            writer.write(self.me)
        elif parts.path.startswith("/dids/"):
            writer.write(self.did)
        elif parts.path.startswith("/call-records/"):
            writer.write(
                f"HTTP/1.1 200 OK\r\nContent-Type: audio/ogg\r\nContent-Length: {self.download}\r\n\r\n".encode()
            )
            sent = 0
            while sent < self.download:
                piece = self.block[: min(CHUNK, self.download - sent)]
                writer.write(piece)
                sent += len(piece)
                await writer.drain()
        else:
            writer.write(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")
        await writer.drain()


async def main(args: argparse.Namespace) -> None:
    canned = Canned(args)
    server = await asyncio.start_server(canned.serve, "127.0.0.1", args.port, backlog=256)
    port = server.sockets[0].getsockname()[1]
    print(f"READY {port}", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--cdrs", type=int, default=100_000)
    parser.add_argument("--per-page", type=int, default=500)
    parser.add_argument("--call-flow", action="store_true")
    parser.add_argument("--latency", type=float, default=0.0)
    parser.add_argument("--download-mib", type=int, default=200)
    asyncio.run(main(parser.parse_args()))
