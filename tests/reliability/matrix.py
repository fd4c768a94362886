"""The fault matrix: every fault of the catalogue against four operations, sync and async.

The operations are the four shapes a call can take: a GET (``dids.get``), a paginated GET
(``cdrs.iter``, the fault on page 2), a download (``call_records.download`` to a folder) and a
POST (``outgoing_faxes.send``). Each case gets a hostile server of its own and a fresh client
(one retry, one-second timeout), and is judged on:

- its outcome: success with the right data, or a ``BulutfonError`` (of the expected type);
  any other exception is an escape;
- its duration, against a deadline the timeout and retry rules imply;
- POST duplicates: a fax the server received whole more than once, not counting 429 answers;
- partial files: anything left in the download folder by a failed download (``.part`` files,
  or a file under the final name), or a wrong file after a successful one;
- credentials in anything the error exposes (the secrets sweep, ``secrets.py``).
"""

from __future__ import annotations

import asyncio
import tempfile
import time
import traceback
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from bulutfon_ext import AsyncBulutfon, Bulutfon, BulutfonError
from bulutfon_ext.fake import FakeBulutfon
from tests.reliability import secrets as sweep
from tests.reliability.faults import EMAIL, PASSWORD, TOKEN, Fault, catalogue
from tests.reliability.hostile import Canned, HostileServer, Received

RECORDED_CALL = "dd3b3506-e40e-11e4-9880-17aee3ce4e7b"
PBX_NUMBER = "908508850000"
PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
# The fax every "post" case sends (and the one whose answer is canned).
FAX: dict[str, Any] = {
    "title": "Reliability",
    "receivers": "905321112233",
    "did": PBX_NUMBER,
    "attachment": PDF,
    "filename": "a.pdf",
}
TIMEOUT = 1.0
# One retry: at most two attempts of TIMEOUT, a backoff or Retry-After of at most 1 s, and room
# for a loaded machine. A server that stalls keeps going for faults.STALL (8 s), well past it.
DEADLINE = 2 * TIMEOUT + 1.0 + 2.0
PAGES = 3
CDRS = 250 + 5  # the fake's synthetic records and its examples
# Every credential of the run (for log lines), and those of each kind of client (for its errors:
# a server may quote anything, but the SDK can only hide what it was given).
SECRETS = sweep.credentials_of(TOKEN, EMAIL, PASSWORD, [RECORDED_CALL])
CLIENT_SECRETS = {"token": SECRETS[:1] + SECRETS[3:], "login": SECRETS[1:3]}
# Faults heavy on memory run one at a time.
SERIAL = frozenset({"gzip bomb (100 MiB decoded)"})


@dataclass(frozen=True)
class Op:
    name: str
    is_target: Callable[[Received], bool]


OPS = [
    Op("get", lambda r: r.path == "/dids/1"),
    Op("page", lambda r: r.path == "/cdrs" and r.query.get("page") == ["2"]),
    Op("download", lambda r: r.path.startswith("/call-records/")),
    Op("post", lambda r: r.method == "POST"),
]


def good_answers() -> Callable[[Received], Canned]:
    """The fake's answers to the requests the four operations make, canned."""
    fake = FakeBulutfon(cdrs=250, seed=1, token=TOKEN, email=EMAIL, password=PASSWORD)
    params = {"access_token": TOKEN}

    async def fetch() -> dict[tuple[str, str, str | None], Canned]:
        canned: dict[tuple[str, str, str | None], Canned] = {}
        transport = httpx.ASGITransport(app=fake.app)
        async with httpx.AsyncClient(transport=transport, base_url="http://fake") as client:

            async def keep(method: str, path: str, page: str | None = None, **kw: Any) -> None:
                query = dict(params, **({"page": page} if page else {}))
                response = await client.request(method, path, params=query, **kw)
                assert response.status_code < 300, (path, response.status_code, response.text)
                kind = response.headers.get("content-type", "application/json")
                canned[(method, path, page)] = Canned(response.status_code, kind, response.content)

            await keep("GET", "/dids/1")
            for page in range(1, PAGES + 1):
                await keep("GET", "/cdrs", str(page))
            await keep("GET", f"/call-records/{RECORDED_CALL}")
            # The answer to a fax, as the SDK sends it (the canned answer serves every send).
            recorder = _Recorder(transport)
            sdk = AsyncBulutfon(access_token=TOKEN, base_url="http://fake", transport=recorder)
            async with sdk:
                await sdk.outgoing_faxes.send(**FAX)
            posted = recorder.last
            assert posted is not None and posted.status_code == 201, posted
            kind = posted.headers.get("content-type", "application/json")
            canned[("POST", "/outgoing-faxes", None)] = Canned(201, kind, posted.content)
        return canned

    canned = asyncio.run(fetch())
    missing = Canned(404, "application/json", b'{"error": "Not Found"}')

    def good(request: Received) -> Canned:
        path = request.path.removesuffix(".json")
        page = (request.query.get("page") or ["1"])[0] if path == "/cdrs" else None
        return canned.get((request.method, path, page), missing)

    return good


class _Recorder(httpx.AsyncBaseTransport):
    """Passes requests on and keeps the last response, read."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.last: httpx.Response | None = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        content = await response.aread()
        self.last = httpx.Response(response.status_code, headers=response.headers, content=content)
        return httpx.Response(response.status_code, headers=response.headers, content=content)


@dataclass
class Result:
    fault: str
    op: str
    mode: str
    passed: bool
    problems: list[str]
    seconds: float
    outcome: str
    post_duplicates: int = 0
    partial_files: int = 0
    escapes: int = 0
    credentials: list[str] = field(default_factory=list)


def _client(mode: str, url: str, credential_kind: str) -> Any:
    auth: dict[str, Any] = (
        {"access_token": TOKEN}
        if credential_kind == "token"
        else {"email": EMAIL, "password": PASSWORD}
    )
    cls = Bulutfon if mode == "sync" else AsyncBulutfon
    return cls(base_url=url, timeout=TIMEOUT, max_retries=1, **auth)


def _wrong_result(
    op: str, value: Any, left: list[str], recording: bytes, folder: Path
) -> str | None:
    """Why a successful result is not what the server sent, or None."""
    if op == "get":
        return None if getattr(value, "id", None) == 1 else f"got {value!r:.200}"
    if op == "page":
        return None if len(value) == CDRS else f"walked {len(value)} CDRs, not {CDRS}"
    if op == "download":
        if left != [f"{RECORDED_CALL}.ogg"]:
            return f"download left {left}, not {RECORDED_CALL}.ogg"
        if (folder / left[0]).read_bytes() != recording:
            return "the saved recording differs from the one sent"
        return None
    return None if value is not None else "no result"


async def _run_async(op: str, client: AsyncBulutfon, folder: Path) -> Any:
    async with client:
        if op == "get":
            return await client.dids.get(1)
        if op == "page":
            return [cdr async for cdr in client.cdrs.iter()]
        if op == "download":
            return await client.call_records.download(RECORDED_CALL, to=folder)
        return await client.outgoing_faxes.send(**FAX)


def _run_sync(op: str, client: Bulutfon, folder: Path) -> Any:
    with client:
        if op == "get":
            return client.dids.get(1)
        if op == "page":
            return list(client.cdrs.iter())
        if op == "download":
            return client.call_records.download(RECORDED_CALL, to=folder)
        return client.outgoing_faxes.send(**FAX)


Case = tuple[Fault, Op, str, str]  # fault, operation, "sync"/"async", "token"/"login"


def run_case(case: Case, good: Callable[[Received], Canned]) -> Result:
    fault, op, mode, credential_kind = case
    server = HostileServer(
        good=good,
        behaviour=fault.behaviour or (lambda peer, request, canned: False),
        is_target=op.is_target,
        times=fault.times,
        before_request=fault.behaviour if fault.before_request else None,
    )
    problems: list[str] = []
    value: Any = None
    error: BaseException | None = None
    with tempfile.TemporaryDirectory(prefix="bulutfon-reliability-") as tmp, server.running():
        folder = Path(tmp)
        url = "http://127.0.0.1:9" if fault.behaviour is None else server.url
        started = time.monotonic()
        try:
            client = _client(mode, url, credential_kind)
            if mode == "sync":
                value = _run_sync(op.name, client, folder)
            else:
                value = asyncio.run(_run_async(op.name, client, folder))
        except BaseException as caught:  # judging every outcome is the point
            error = caught
        seconds = time.monotonic() - started
        left = sorted(p.name for p in folder.iterdir())
        recording = good(Received("GET", f"/call-records/{RECORDED_CALL}", {}, b"", True)).body
        # "either" faults may change the body, so only an "ok" one has a known right answer.
        expect = fault.expected(op.name)
        checked = error is None and expect == "ok"
        wrong = _wrong_result(op.name, value, left, recording, folder) if checked else None
        received = list(server.received)

    result = Result(fault.name, op.name, mode, True, problems, seconds, "ok")
    if error is not None:
        result.outcome = type(error).__name__
        if not isinstance(error, BulutfonError):
            result.escapes = 1
            problems.append(f"escaped: {type(error).__name__}: {error!s:.200}")
            problems.append("".join(traceback.format_exception(error))[-1500:])
        elif expect == "ok":
            problems.append(f"should have succeeded: {type(error).__name__}: {error!s:.200}")
        elif not isinstance(error, fault.error_type):
            problems.append(
                f"expected {fault.error_type.__name__}, got {type(error).__name__}: {error!s:.200}"
            )
        shown = sweep.exposed_texts(error)
        result.credentials = sweep.found_in(shown, CLIENT_SECRETS[credential_kind])
        if result.credentials:
            problems.append(f"credentials in the error: {len(result.credentials)}")
    else:
        if expect == "error":
            problems.append(f"should have failed, returned {value!r:.200}")
        elif wrong:
            problems.append(wrong)
    if seconds > DEADLINE:
        problems.append(f"took {seconds:.1f} s (deadline {DEADLINE:.0f} s)")
    if op.name == "download":
        # After a failure nothing may be left; after a success, no temporary file.
        partial = [name for name in left if error is not None or name.endswith(".part")]
        if partial:
            result.partial_files = len(partial)
            problems.append(f"left {partial}")
    if op.name == "post":
        acted = [r for r in received if r.method == "POST" and r.complete and r.answer != 429]
        if len(acted) > 1:
            result.post_duplicates = len(acted) - 1
            problems.append(f"the fax reached the server {len(acted)} times")
    result.passed = not problems
    return result


@dataclass
class Figures:
    """The matrix's totals, counted once from its results and the credentials found in its log."""

    results: list[Result]
    log_credentials: list[str]
    run: int = field(init=False)
    passed: int = field(init=False)
    post_duplicates: int = field(init=False)
    partial_files: int = field(init=False)
    escapes: int = field(init=False)
    credentials: int = field(init=False)

    def __post_init__(self) -> None:
        self.run = len(self.results)
        self.passed = sum(r.passed for r in self.results)
        self.post_duplicates = sum(r.post_duplicates for r in self.results)
        self.partial_files = sum(r.partial_files for r in self.results)
        self.escapes = sum(r.escapes for r in self.results)
        found = sum(len(r.credentials) for r in self.results)
        self.credentials = found + len(self.log_credentials)

    def failures(self) -> list[Result]:
        return [r for r in self.results if not r.passed]


def run_matrix(
    faults: Iterable[Fault] | None = None, *, small: bool = False, workers: int = 16
) -> Figures:
    """Every fault against every operation, sync and async (``small``: in one of the two modes,
    alternating, so each fault and each operation still meets both)."""
    good = good_answers()
    chosen = list(faults if faults is not None else catalogue())
    cases: list[Case] = []
    for index, fault in enumerate(chosen):
        # Token and email/password take turns by fault, sync and async by operation: every
        # pairing of the two occurs, so the secrets sweep sees each credential in each mode.
        credential_kind = ("token", "login")[index % 2]
        for position, op in enumerate(OPS):
            modes = [("sync", "async")[(index + position) % 2]] if small else ["sync", "async"]
            cases += [(fault, op, mode, credential_kind) for mode in modes]
    parallel = [case for case in cases if case[0].name not in SERIAL]
    serial = [case for case in cases if case[0].name in SERIAL]
    with sweep.captured_logs() as lines:
        with ThreadPoolExecutor(max_workers=workers) as pool:
            results = list(pool.map(lambda case: run_case(case, good), parallel))
        results += [run_case(case, good) for case in serial]
    return Figures(results, sweep.found_in(lines, SECRETS))
