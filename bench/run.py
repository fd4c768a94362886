"""Benchmarks, on demand (`make bench`): the SDK's cost as a ratio against raw httpx, in one run.

Each case does the same work against the same fake server on loopback; the best of several rounds
counts, so the ratio speaks of the SDK's overhead rather than of the machine's noise.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import httpx

from bulutfon_api import AuthenticatedClient
from bulutfon_api.api.cdrs import list_cdrs
from bulutfon_ext import Bulutfon
from bulutfon_ext.fake import FakeBulutfon

ROUNDS = 5
CDRS = 20_000
PAGE = 500
RECORDING = 8 * 1024 * 1024


def best(fn: Callable[[], object]) -> float:
    times = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    fake = FakeBulutfon(cdrs=CDRS, seed=1, recording_bytes=RECORDING)
    with fake.serve() as running, tempfile.TemporaryDirectory() as tmp:
        params = {"access_token": fake.token}
        raw = httpx.Client(base_url=running.url, params=params)
        low = AuthenticatedClient(base_url=running.url, token=fake.token)
        ext = Bulutfon(access_token=fake.token, base_url=running.url)
        uuid = next(
            c.uuid
            for c in ext.cdrs.iter(limit=PAGE)
            if c.call_record and c.call_record.value == "YES"
        )

        def raw_walk() -> int:
            seen, page = 0, 1
            while True:
                body = raw.get("/cdrs", params={"limit": PAGE, "page": page}).json()
                seen += len(body["cdrs"])
                if not body["pagination"]["next_page"]:
                    return seen
                page += 1

        def low_walk() -> int:
            seen, page = 0, 1
            while True:
                body = list_cdrs.sync(client=low, limit=PAGE, page=page)
                seen += len(body.cdrs)
                if not body.pagination.next_page:
                    return seen
                page += 1

        def raw_download() -> None:
            with (
                raw.stream("GET", f"/call-records/{uuid}") as response,
                open(Path(tmp) / "raw.ogg", "wb") as out,
            ):
                for chunk in response.iter_bytes(65_536):
                    out.write(chunk)

        cases = {
            f"walk {CDRS} CDRs ({PAGE}/page)": (
                raw_walk,
                {
                    "bulutfon_api": low_walk,
                    "bulutfon_ext": lambda: sum(1 for _ in ext.cdrs.iter(limit=PAGE)),
                },
            ),
            f"download a {RECORDING // 2**20} MiB recording": (
                raw_download,
                {"bulutfon_ext": lambda: ext.call_records.download(uuid, to=Path(tmp) / "ext.ogg")},
            ),
        }
        print(f"{'case':40} {'raw httpx':>10} {'layer':>14} {'time':>10} {'ratio':>7}")
        for name, (baseline, layers) in cases.items():
            base = best(baseline)
            for layer, fn in layers.items():
                took = best(fn)
                print(f"{name:40} {base:9.3f}s {layer:>14} {took:9.3f}s {took / base:6.2f}x")


if __name__ == "__main__":
    main()
