"""One side of one benchmark case, in a process of its own: ``python -m bench.work CASE SIDE URL N``.

Prints the seconds the work took (start-up excluded; ``bench/run.py`` times whole processes itself
where start-up is the point) as JSON on the last line. Peak RSS is read by the parent from the
process's rusage. Sides: ``raw`` (httpx + json.loads, the floor), ``ext`` (``bulutfon_ext``),
``low`` (the generated ``bulutfon_api``), and a few variants named in ``run.py``.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx

TOKEN = "bench-token"
PER_PAGE = 500


def _raw_client(url: str) -> httpx.Client:
    return httpx.Client(base_url=url, params={"access_token": TOKEN})


def repeat_get(side: str, url: str, n: int, path: str) -> Callable[[], object]:
    if side == "raw":
        raw = _raw_client(url)
        raw.get(path)  # warm: certificates loaded, connection open
        return lambda: [json.loads(raw.get(path).content) for _ in range(n)]
    if side == "low":
        from bulutfon_api import AuthenticatedClient
        from bulutfon_api.api.account import get_me
        from bulutfon_api.api.dids import get_did

        low = AuthenticatedClient(base_url=url, token=TOKEN)
        get_me.sync(client=low)
        if path == "/me":
            return lambda: [get_me.sync(client=low) for _ in range(n)]
        return lambda: [get_did.sync(client=low, id=1) for _ in range(n)]
    from bulutfon_ext import Bulutfon

    ext = Bulutfon(access_token=TOKEN, base_url=url)
    ext.me()
    if path == "/me":
        return lambda: [ext.me() for _ in range(n)]
    return lambda: [ext.dids.get(1) for _ in range(n)]


def walk(side: str, url: str, per_page: int) -> Callable[[], object]:
    if side == "raw":
        raw = _raw_client(url)
        raw.get("/me")

        def raw_walk() -> int:
            seen, page = 0, 1
            while True:
                body = json.loads(
                    raw.get("/cdrs", params={"limit": per_page, "page": page}).content
                )
                for _ in body["cdrs"]:
                    seen += 1
                if not body["pagination"]["next_page"]:
                    return seen
                page += 1

        return raw_walk
    if side == "low":
        from bulutfon_api import AuthenticatedClient
        from bulutfon_api.api.account import get_me
        from bulutfon_api.api.cdrs import list_cdrs

        low = AuthenticatedClient(base_url=url, token=TOKEN)
        get_me.sync(client=low)

        def low_walk() -> int:
            seen, page = 0, 1
            while True:
                body = list_cdrs.sync(client=low, limit=per_page, page=page)
                seen += len(body.cdrs)
                if not body.pagination.next_page:
                    return seen
                page += 1

        return low_walk
    if side == "ext-stdlib-json":
        # As without the `fast` extra: orjson cannot be imported, the standard library decodes.
        sys.modules["orjson"] = None  # type: ignore[assignment]
    from bulutfon_ext import Bulutfon

    ext = Bulutfon(access_token=TOKEN, base_url=url)
    ext.me()
    return lambda: sum(1 for _ in ext.cdrs.iter(limit=per_page))


def async_gets(side: str, url: str, n: int) -> Callable[[], object]:
    if side == "ext-nosniffio":
        sys.modules["sniffio"] = None  # type: ignore[assignment]  # as without the dependency
    in_flight = 50

    async def run() -> float:
        """The seconds the n requests took (the client is made and warmed before)."""
        gate = asyncio.Semaphore(in_flight)
        if side == "raw":
            async with httpx.AsyncClient(base_url=url, params={"access_token": TOKEN}) as raw:

                async def one() -> object:
                    async with gate:
                        return json.loads((await raw.get("/dids/1")).content)

                await one()
                started = time.perf_counter()
                await asyncio.gather(*(one() for _ in range(n)))
                return time.perf_counter() - started
        from bulutfon_ext import AsyncBulutfon

        async with AsyncBulutfon(access_token=TOKEN, base_url=url) as ext:

            async def one_ext() -> object:
                async with gate:
                    return await ext.dids.get(1)

            await one_ext()
            started = time.perf_counter()
            await asyncio.gather(*(one_ext() for _ in range(n)))
            return time.perf_counter() - started

    return lambda: asyncio.run(run())


def download(side: str, url: str, target: str) -> Callable[[], object]:
    out = Path(target)
    if side == "raw":
        raw = _raw_client(url)
        raw.get("/me")

        def raw_download() -> None:
            with raw.stream("GET", "/call-records/bench") as response, out.open("wb") as f:
                for chunk in response.iter_bytes(65_536):
                    f.write(chunk)

        return raw_download
    from bulutfon_ext import Bulutfon

    ext = Bulutfon(access_token=TOKEN, base_url=url)
    ext.me()
    return lambda: ext.call_records.download("bench", to=out)


def _peak_rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def main() -> None:
    case, side, url, arg = sys.argv[1:5]
    if case == "me":
        work = repeat_get(side, url, int(arg), "/me")
    elif case == "did":
        work = repeat_get(side, url, int(arg), "/dids/1")
    elif case == "walk":
        work = walk(side, url, int(arg))
    elif case == "async":
        work = async_gets(side, url, int(arg))
    elif case == "download":
        work = download(side, url, arg)
    else:
        raise SystemExit(f"unknown case {case}")
    started = time.perf_counter()
    timed = work()
    # Peak RSS of this process alone (VmHWM is per address space: the parent's pages, counted in
    # rusage's maxrss across fork and exec, are not in it).
    print(json.dumps({"rss_mb": _peak_rss_mb()}))
    seconds = timed if isinstance(timed, float) else time.perf_counter() - started
    print(json.dumps({"seconds": seconds}))


if __name__ == "__main__":
    main()
