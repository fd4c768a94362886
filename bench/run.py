"""The benchmarks (``make bench``; ``make bench-smoke`` with tiny sizes, in CI): the SDK as a ratio
against what a user would write with httpx alone, written to ``bench/results.md``.

- The server is ``bench/canned.py`` in processes of its own, answering precomputed bytes, so it
  is never what is measured.
- Every measurement is a fresh process (``bench/work.py``, a script, or the ``bulutfon`` command):
  its peak RSS comes from its rusage, and no case warms up another's caches.
- Rounds are interleaved (each round runs every case's sides back to back, the order flipped
  every other round), and the ratio is taken inside a round: a machine that slows down between
  rounds moves both sides. The report gives the median ratio and its min–max over the rounds.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
BULUTFON = str(Path(PY).with_name("bulutfon"))
TOKEN = "bench-token"


# The side each case's target is about.
JUDGED = ("ext", "cli", "cli --parallel 4", "import bulutfon_ext", "bulutfon --help")


@dataclass(frozen=True)
class Sizes:
    rounds: int
    requests: int
    cdrs: int
    cdrs_small: int
    per_page: int
    async_requests: int
    download_mib: int
    latency: float
    parallel_cdrs: int


FULL = Sizes(5, 2000, 100_000, 10_000, 500, 1000, 200, 0.05, 100_000)
SMOKE = Sizes(1, 30, 1_000, 200, 100, 40, 2, 0.005, 1_000)


@dataclass
class Side:
    label: str
    argv: Callable[[dict[str, str], Path], list[str]]
    # True: the process's own wall time counts (start-up is part of the case); False: the work
    # time it prints (start-up excluded).
    whole_process: bool = False
    output: str | None = None  # a file the side writes, compared across sides


@dataclass
class Case:
    name: str
    baseline: Side
    variants: list[Side]
    target: str = ""
    limit: float | None = None  # the ratio the issue asks for (≤), for the "met" column
    rss_limit: float | None = None
    times: dict[str, list[float]] = field(default_factory=dict)
    rss: dict[str, list[float]] = field(default_factory=dict)
    ratios: dict[str, list[float]] = field(default_factory=dict)
    digests: dict[str, set[str]] = field(default_factory=dict)


def work(
    case: str, side: str, server: str, arg: str | int
) -> Callable[[dict[str, str], Path], list[str]]:
    return lambda urls, tmp: [
        PY,
        "-m",
        "bench.work",
        case,
        side,
        urls[server],
        str(arg).replace("{tmp}", str(tmp)),
    ]


def _cdr_columns() -> str:
    """The CLI export's own columns, asked of a child: this process stays small (see run_side)."""
    code = "from bulutfon_ext.cli._cdr_csv import CSV_COLUMNS; print(','.join(CSV_COLUMNS))"
    return subprocess.run(
        [PY, "-c", code], check=True, capture_output=True, text=True
    ).stdout.strip()


def cases(s: Sizes) -> list[Case]:
    columns = _cdr_columns()

    def raw_export(server: str) -> Callable[[dict[str, str], Path], list[str]]:
        script = str(ROOT / "bench" / "raw_export.py")
        return lambda urls, tmp: [PY, script, urls[server], TOKEN, str(tmp / "raw.csv"), columns]

    def cli_export(server: str, *extra: str) -> Callable[[dict[str, str], Path], list[str]]:
        # `env` execs the command: the process measured is the CLI itself.
        return lambda urls, tmp: ["env", f"BULUTFON_BASE_URL={urls[server]}", BULUTFON, "cdrs", "export", "-o", str(tmp / "cli.csv"), "--format", "csv", *extra]  # fmt: skip

    return [
        Case(f"`me()`, {s.requests} sequential (sync)", Side("raw", work("me", "raw", "plain", s.requests)),
             [Side("low", work("me", "low", "plain", s.requests)), Side("ext", work("me", "ext", "plain", s.requests))],
             "ext ≤ 1.05×", 1.05),
        Case(f"`dids.get(1)`, {s.requests} sequential (sync)", Side("raw", work("did", "raw", "plain", s.requests)),
             [Side("low", work("did", "low", "plain", s.requests)), Side("ext", work("did", "ext", "plain", s.requests))],
             "ext ≤ 1.05×", 1.05),
        Case(f"walk {s.cdrs} CDRs ({s.per_page}/page, with `call_flow`)", Side("raw", work("walk", "raw", "flow", s.per_page)),
             [Side("low", work("walk", "low", "flow", s.per_page)), Side("ext", work("walk", "ext", "flow", s.per_page)),
              Side("ext, stdlib json", work("walk", "ext-stdlib-json", "flow", s.per_page))],
             "ext ≤ 1.0×, RSS ≤ 1.1×", 1.0, 1.1),
        Case(f"walk {s.cdrs} CDRs (no `call_flow`)", Side("raw", work("walk", "raw", "plain", s.per_page)),
             [Side("ext", work("walk", "ext", "plain", s.per_page)), Side("ext, stdlib json", work("walk", "ext-stdlib-json", "plain", s.per_page))],
             "ext ≤ 1.0×", 1.0, 1.1),
        Case(f"walk {s.cdrs_small} CDRs (with `call_flow`): RSS flat from here", Side("raw", work("walk", "raw", "small", s.per_page)),
             [Side("ext", work("walk", "ext", "small", s.per_page))], "RSS ≤ 1.1×", None, 1.1),
        Case(f"`bulutfon cdrs export --format csv`, {s.cdrs} CDRs", Side("raw", raw_export("plain"), True, "raw.csv"),
             [Side("cli", cli_export("plain"), True, "cli.csv")], "≤ 1.2×, same bytes", 1.2),
        Case(f"`bulutfon cdrs export --parallel 4`, {s.parallel_cdrs} CDRs, {s.latency * 1000:.0f} ms a page",
             Side("raw (sequential)", raw_export("slow"), True, "raw.csv"),
             [Side("cli --parallel 4", cli_export("slow", "--parallel", "4"), True, "cli.csv")],
             "≥ 3× faster (≤ 0.33×)", 0.33),
        Case(f"async `dids.get(1)`, {s.async_requests}, 50 in flight", Side("raw", work("async", "raw", "plain", s.async_requests)),
             [Side("ext", work("async", "ext", "plain", s.async_requests)),
              Side("ext without sniffio", work("async", "ext-nosniffio", "plain", s.async_requests))],
             "ext ≤ 1.05×", 1.05),
        Case("`import bulutfon_ext`", Side("import httpx", lambda u, t: [PY, "-c", "import httpx"], True),
             [Side("import bulutfon_ext", lambda u, t: [PY, "-c", "import bulutfon_ext"], True),
              # The package loads its names on first use: what a program using the client pays.
              Side("from bulutfon_ext import Bulutfon", lambda u, t: [PY, "-c", "from bulutfon_ext import Bulutfon"], True)],
             "≤ 1.3×", 1.3),
        Case("`bulutfon --help`", Side('python -c "import httpx"', lambda u, t: [PY, "-c", "import httpx"], True),
             [Side("bulutfon --help", lambda u, t: [BULUTFON, "--help"], True)], "≤ 1.5×", 1.5),
        Case(f"download {s.download_mib} MiB", Side("raw", work("download", "raw", "plain", "{tmp}/raw.bin")),
             [Side("ext", work("download", "ext", "plain", "{tmp}/ext.bin"))], "keep ≈ 1.0×", None),
    ]  # fmt: skip


@contextmanager
def canned(*args: str) -> Iterator[str]:
    proc = subprocess.Popen(
        [PY, "-m", "bench.canned", "--port", "0", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if not line.startswith("READY "):
            raise SystemExit(f"the canned server did not start: {line!r}")
        yield f"http://127.0.0.1:{line.split()[1]}"
    finally:
        proc.terminate()
        proc.wait()


def run_side(side: Side, urls: dict[str, str], tmp: Path) -> tuple[float, float, str | None]:
    """(seconds, peak RSS in MB, digest of its output file) for one fresh process."""
    env = {**os.environ, "BULUTFON_ACCESS_TOKEN": TOKEN, "PYTHONPATH": str(ROOT)}
    env.pop("BULUTFON_LOG", None)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(side.argv(urls, tmp), cwd=ROOT, env=env, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        text = out.read().decode()
        if proc.returncode != 0:
            raise SystemExit(
                f"{side.label} failed ({proc.returncode}):\n{text}\n{err.read().decode()}"
            )
    reports = [json.loads(line) for line in text.splitlines() if line.startswith("{")]
    seconds = wall if side.whole_process else next(r["seconds"] for r in reports if "seconds" in r)
    # A child that reports its own peak (bench/work.py, from VmHWM) is exact; for a whole
    # command the rusage peak is used, which also counts this small process's pages at fork.
    rss = next((r["rss_mb"] for r in reports if "rss_mb" in r), usage.ru_maxrss / 1024)
    digest = None
    if side.output:
        path = tmp / side.output
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        path.unlink()
    return seconds, rss, digest


def measure(all_cases: list[Case], sizes: Sizes, urls: dict[str, str], tmp: Path) -> None:
    for round_number in range(sizes.rounds):
        for case in all_cases:
            sides = [case.baseline, *case.variants]
            if round_number % 2:
                sides.reverse()
            got = {}
            for side in sides:
                seconds, rss, digest = run_side(side, urls, tmp)
                got[side.label] = seconds
                case.times.setdefault(side.label, []).append(seconds)
                case.rss.setdefault(side.label, []).append(rss)
                if digest:
                    case.digests.setdefault(side.label, set()).add(digest)
            for side in case.variants:
                case.ratios.setdefault(side.label, []).append(
                    got[side.label] / got[case.baseline.label]
                )
        print(f"round {round_number + 1}/{sizes.rounds} done", flush=True)


def compile_bytecode() -> None:
    """Write the package's bytecode, as ``pip install`` does: httpx's is in site-packages, and
    a caller with PYTHONDONTWRITEBYTECODE set would otherwise have every fresh process of ours
    compile the SDK from source, which no installed user pays."""
    targets = [str(ROOT / "bulutfon_ext"), str(ROOT / "generated" / "bulutfon_api")]
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run(
        [PY, "-m", "compileall", "-q", *targets], check=True, env=env, stdout=subprocess.DEVNULL
    )


def _generate_seconds() -> float | None:
    script = ROOT / "generator" / "generate.sh"
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        done = subprocess.run([str(script), f"{tmp}/bulutfon_api"], cwd=ROOT, capture_output=True)
        return time.perf_counter() - started if done.returncode == 0 else None


def report(
    all_cases: list[Case],
    sizes: Sizes,
    smoke: bool,
    load: tuple[float, float],
    generate: float | None,
) -> str:
    cores = os.cpu_count() or 1
    lines = [
        "# Benchmarks" + (" (smoke: tiny sizes, numbers mean nothing)" if smoke else ""),
        "",
        f"Written by `bench/run.py{' --smoke' if smoke else ''}` on {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}: "
        f"Python {platform.python_version()} ({platform.python_implementation()}), {platform.system()} {platform.machine()}, "
        f"{cores} cores, {sizes.rounds} interleaved rounds.",
        f"Load average before/after: {load[0]:.2f} / {load[1]:.2f} on {cores} cores"
        + (" — **the machine was loaded** (other work shared the cores): absolute times are inflated and noisy; "
           "the ratios, taken inside each round, are what to read." if max(load) > cores * 0.5 else "."),
        "",
        "Server: `bench/canned.py` in its own processes (precomputed bytes). Each side is a fresh process; "
        "ratio = side ÷ baseline within a round; median (min–max) over the rounds. RSS = peak of that process.",
        "",
        "| case | side | median time | ratio vs baseline | min–max | peak RSS (MB) | target | met |",
        "|---|---|---:|---:|---:|---:|---|---|",
    ]  # fmt: skip
    for case in all_cases:
        base = case.baseline.label
        base_rss = statistics.median(case.rss[base])
        lines.append(
            f"| {case.name} | {base} (baseline) | {statistics.median(case.times[base]):.3f} s | 1.00× | | {base_rss:.0f} | | |"
        )
        for side in case.variants:
            label = side.label
            ratios = case.ratios[label]
            rss = statistics.median(case.rss[label])
            median = statistics.median(ratios)
            verdicts = []
            judged = label in JUDGED or (
                not any(v.label in JUDGED for v in case.variants) and side is case.variants[0]
            )
            if case.limit is not None and judged:
                verdicts.append("yes" if median <= case.limit else "**no**")
            if case.rss_limit is not None and judged:
                verdicts.append(
                    f"RSS {rss / base_rss:.2f}× "
                    + ("yes" if rss <= case.rss_limit * base_rss else "**no**")
                )
            if case.digests and judged:
                same = len(set().union(*case.digests.values())) == 1
                verdicts.append("same bytes" if same else "**bytes differ**")
            lines.append(
                f"| | {label} | {statistics.median(case.times[label]):.3f} s | {median:.2f}× | "
                f"{min(ratios):.2f}–{max(ratios):.2f} | {rss:.0f} | {case.target if judged else ''} | {'; '.join(verdicts)} |"
            )  # fmt: skip
    if generate is not None:
        lines += ["", f"`make generate` (into a temporary folder): {generate:.2f} s."]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="tiny sizes, one round (CI)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results.md")
    parser.add_argument("--rounds", type=int, help="override the number of rounds")
    args = parser.parse_args()
    sizes = SMOKE if args.smoke else FULL
    if args.rounds:
        sizes = Sizes(args.rounds, *list(sizes.__dict__.values())[1:])
    if not Path(BULUTFON).exists():
        raise SystemExit(f"{BULUTFON} is missing: run make install")
    compile_bytecode()
    load_before = os.getloadavg()[0]
    all_cases = cases(sizes)
    common = ["--per-page", str(sizes.per_page), "--download-mib", str(sizes.download_mib)]
    with ExitStack() as stack, tempfile.TemporaryDirectory() as tmp:
        urls = {
            "plain": stack.enter_context(canned("--cdrs", str(sizes.cdrs), *common)),
            "flow": stack.enter_context(canned("--cdrs", str(sizes.cdrs), "--call-flow", *common)),
            "small": stack.enter_context(
                canned("--cdrs", str(sizes.cdrs_small), "--call-flow", *common)
            ),
            "slow": stack.enter_context(
                canned("--cdrs", str(sizes.parallel_cdrs), "--latency", str(sizes.latency), *common)
            ),
        }
        measure(all_cases, sizes, urls, Path(tmp))
    generate = (
        None
        if args.smoke or not shutil.which("ruff", path=str(Path(PY).parent))
        else _generate_seconds()
    )
    text = report(all_cases, sizes, args.smoke, (load_before, os.getloadavg()[0]), generate)
    args.out.write_text(text)
    print(text)
    # Timings never fail a run, but an export that stops matching the raw floor's bytes is a bug.
    if "bytes differ" in text:
        raise SystemExit("bench: the CLI export and the raw script wrote different bytes")


if __name__ == "__main__":
    main()
