"""A Hypothesis fuzz of every public method, sync and async, and of the constructors.

Every method of ``Bulutfon``/``AsyncBulutfon`` and of their resources is found by introspection
(a new method is fuzzed without anyone adding it here), and called with arguments drawn, per
parameter, from values a user would plausibly pass and from hostile ones: huge and negative
numbers, NaN, non-ASCII digits, trailing newlines, NUL bytes, 70,000-character strings, bytes,
sets, dicts, objects... A call must either work or raise a ``BulutfonError``; a
``ValidationError`` must come before anything is sent. The client answers every request from a
counting transport (404 for everything), so nothing leaves the process.

Figures: cases run, escapes (exceptions other than ``BulutfonError``), requests sent by calls
that ended in ``ValidationError``, and credentials in any error (the secrets sweep).
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import io
import os
import sys
import tempfile
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import MethodType
from typing import Any, cast

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bulutfon_ext import AsyncBulutfon, Bulutfon, BulutfonError, ValidationError
from bulutfon_ext._async.resource import AsyncResource
from bulutfon_ext._env import ENV_EMAIL, ENV_PASSWORD, ENV_TOKEN
from bulutfon_ext._resource import key_name
from bulutfon_ext._sync.resource import SyncResource
from tests.reliability import secrets as sweep
from tests.reliability.faults import EMAIL, PASSWORD, TOKEN

SECRETS = sweep.credentials_of(TOKEN, EMAIL, PASSWORD)
UUID = "dd3b3506-e40e-11e4-9880-17aee3ce4e7b"
PDF = b"%PDF-1.4\n%%EOF\n"
WAV = b"RIFF$\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00@\x1f\x00\x00\x80>\x00\x00\x02\x00\x10\x00data\x00\x00\x00\x00"


class Counting(httpx.MockTransport):
    """Answers every request 404 and counts them."""

    def __init__(self) -> None:
        self.count = 0
        super().__init__(self._answer)

    def _answer(self, request: httpx.Request) -> httpx.Response:
        self.count += 1
        return httpx.Response(404, json={"error": "Not Found"})


# --- values --------------------------------------------------------------------------------

_HOSTILE_TEXT = [
    "",
    " ",
    "١٠٠١",  # Arabic-Indic digits: \d matches them, the API does not
    "９０５３２１１１２２３３",  # fullwidth digits
    "905321112233\n",
    "a..b",
    "../../etc/passwd",
    "x\x00y",
    "a" * 70_000,
    "9" * 5_000,
    "%2e%2e%2f",
    "\u202eevil",
    "true",
    "25:61",
    "2026-02-30",
    "http://[::1",
    "-1",
    "1e3",
]
hostile: st.SearchStrategy[Any] = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.sampled_from([0, -1, 2**31, 2**63, 10**30, 10**400, 10**5000]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.sampled_from(_HOSTILE_TEXT),
    st.binary(max_size=20),
    st.lists(st.one_of(st.integers(), st.text(max_size=8)), max_size=3),
    st.dictionaries(st.text(max_size=4), st.integers(), max_size=2),
    st.frozensets(st.integers(), max_size=2),
    st.tuples(st.integers(), st.text(max_size=4)),
    st.builds(object),
    st.just(io.BytesIO(b"x")),
)


@dataclass
class Files:
    """Files on disk the upload and download parameters can name."""

    root: Path

    def __post_init__(self) -> None:
        (self.root / "doc.pdf").write_bytes(PDF)
        (self.root / "text.pdf").write_bytes(b"hello, not a pdf\n")
        (self.root / "empty.pdf").write_bytes(b"")
        (self.root / "tone.wav").write_bytes(WAV)
        (self.root / "folder").mkdir()

    def sources(self) -> st.SearchStrategy[Any]:
        names = ["doc.pdf", "text.pdf", "empty.pdf", "tone.wav", "folder", "missing.pdf"]
        return st.one_of(
            st.sampled_from([self.root / n for n in names] + [str(self.root / n) for n in names]),
            st.sampled_from([PDF, WAV, b"", b"plain text"]),
        )

    def targets(self) -> st.SearchStrategy[Any]:
        return st.sampled_from(
            [
                self.root / "folder",
                str(self.root / "folder") + "/",
                self.root / "out.ogg",
                self.root / "no-such-folder" / "x.ogg",
                "x\x00y",
                5,
                None,
                io.BytesIO(),
                io.StringIO(),
            ]
        )


phone = st.sampled_from(["905321112233", 905321112233, "908508850000", "+905321112233"])
PLAUSIBLE: dict[str, st.SearchStrategy[Any]] = {
    "id": st.integers(1, 5),
    "uuid": st.sampled_from([UUID, "a3dbe5bc-6919-4197-a41d-7f5e94d6123b"]),
    "page": st.integers(1, 3),
    "limit": st.integers(1, 100),
    "title": st.sampled_from(["Teklif", "TEST"]),
    "name": st.sampled_from(["Karşılama", "menu"]),
    "content": st.just("Merhaba"),
    "receivers": st.one_of(phone, st.lists(phone, min_size=1, max_size=3)),
    "caller": phone,
    "callee": phone,
    "caller_or_callee": phone,
    "did": st.sampled_from(["908508850000", 908508850000]),
    "number": st.integers(1000, 9999),
    "destination": st.sampled_from(["10", "11", 10]),
    "destination_number": st.integers(1000, 9999),
    "external_number": phone,
    "full_name": st.just("Ayşe Yılmaz"),
    "email": st.just("ayse@example.com"),
    "timeout": st.integers(1, 60),
    "token": st.sampled_from([TOKEN, "other-token"]),
    "order": st.sampled_from(["call_time,desc", "call_time,asc"]),
    "time_limit": st.sampled_from(["hour", "day", "month"]),
    "missing_call": st.booleans(),
    "redirection_type": st.sampled_from(["NONE", "ALWAYS", "BUSY", "NO_ANSWER"]),
    "destination_type": st.sampled_from(["EXTENSION", "GROUP", "EXTERNAL"]),
    "acl": st.lists(st.sampled_from(["domestic", "gsm", "international"]), max_size=2),
    "announcement_id": st.integers(1, 3),
    "sound_url": st.just("https://example.com/a.mp3"),
    "calling_hours": st.just({"mon": ("09:00", "18:00"), "sun": None}),
    "send_date": st.just("2030-01-01 10:00"),
    "stream": st.booleans(),
    "progress": st.sampled_from([None, lambda done, total: None]),
    "filename": st.sampled_from([None, "a.pdf", "a.wav", "a.txt", "a;b.pdf"]),
}


def _parameters(method: Callable[..., Any]) -> list[tuple[str, bool]]:
    """(name, required) for every keyword the method takes, ``**Unpack[TypedDict]`` spelled out."""
    found: list[tuple[str, bool]] = []
    for parameter in inspect.signature(method).parameters.values():
        if parameter.kind is inspect.Parameter.VAR_KEYWORD:
            # "Unpack[CdrFilters]": the TypedDict, from the method's module.
            annotation = str(parameter.annotation)
            typed_name = annotation.removeprefix("Unpack[").removesuffix("]")
            typed = vars(sys.modules[method.__module__])[typed_name]
            found += [
                (name, name in typed.__required_keys__)
                for name in sorted(typed.__required_keys__ | typed.__optional_keys__)
            ]
        elif parameter.kind is not inspect.Parameter.VAR_POSITIONAL:
            found.append((parameter.name, parameter.default is inspect.Parameter.empty))
    return found


def _call(method: Callable[..., Any], kwargs: dict[str, Any]) -> Any:
    """``method`` called with ``kwargs``, its positional-only parameters passed by position."""
    given = dict(kwargs)
    positional = [
        given.pop(parameter.name)
        for parameter in inspect.signature(method).parameters.values()
        if parameter.kind is inspect.Parameter.POSITIONAL_ONLY and parameter.name in given
    ]
    return method(*positional, **given)


def _arguments(method: Callable[..., Any], files: Files) -> st.SearchStrategy[dict[str, Any]]:
    required: dict[str, st.SearchStrategy[Any]] = {}
    optional: dict[str, st.SearchStrategy[Any]] = {}
    for name, needed in _parameters(method):
        if name == "key":  # a file's key: what its resource's download path names
            resource: Any = cast(MethodType, method).__self__
            plausible = PLAUSIBLE[key_name(resource._download)]
        elif name in ("file", "attachment"):
            plausible = files.sources()
        elif name == "to":
            plausible = files.targets()
        else:
            plausible = PLAUSIBLE.get(name, st.nothing())
        # Two chances in three of a value a user would pass, so calls also get past validation.
        value = (
            st.one_of(plausible, plausible, hostile)
            if name in PLAUSIBLE or name in ("key", "file", "attachment", "to")
            else hostile
        )
        (required if needed else optional)[name] = value
    return st.fixed_dictionaries(required, optional=optional)


# --- the methods ----------------------------------------------------------------------------

_SKIP = frozenset({"close", "aclose"})


def methods(client: Any) -> list[tuple[str, Callable[..., Any]]]:
    """Every public method of the client and of its resources, by dotted name."""
    found: list[tuple[str, Callable[..., Any]]] = []
    for name in sorted(dir(client)):
        if name.startswith("_") or name in _SKIP or name == "low_level" or name == "http":
            continue
        attribute = getattr(client, name)
        if inspect.ismethod(attribute):
            found.append((name, attribute))
        elif isinstance(attribute, SyncResource | AsyncResource):
            for inner in sorted(dir(attribute)):
                if not inner.startswith("_") and inspect.ismethod(getattr(attribute, inner)):
                    found.append((f"{name}.{inner}", getattr(attribute, inner)))
    return found


def _consume_sync(value: Any) -> None:
    """Take what a call returns as a user would: one item of an iterator, enter a stream."""
    if isinstance(value, contextlib.AbstractContextManager) and not isinstance(value, Bulutfon):
        with value:
            pass
    elif isinstance(value, Iterator):
        next(value, None)


async def _consume_async(value: Any) -> None:
    if inspect.isawaitable(value):
        value = await value
    if isinstance(value, contextlib.AbstractAsyncContextManager) and not isinstance(
        value, AsyncBulutfon
    ):
        async with value:
            pass
    elif hasattr(value, "__anext__"):
        with contextlib.suppress(StopAsyncIteration):
            await value.__anext__()


# --- running ----------------------------------------------------------------------------------


@dataclass
class FuzzFigures:
    cases: int = 0
    reached: int = 0  # calls that got past validation and sent a request
    escapes: int = 0
    invalid_sent: int = 0
    credentials: int = 0
    methods: int = 0
    # One example of each kind of finding (what, method, exception), with how often it occurred.
    found: dict[tuple[str, str, str], tuple[int, str]] = field(default_factory=dict)

    def note(self, kind: str, method: str, error: BaseException, example: str) -> None:
        key = (kind, method, type(error).__name__)
        count, first = self.found.get(key, (0, example))
        self.found[key] = (count + 1, first)

    @property
    def examples(self) -> list[str]:
        return [
            f"{count} x {kind}: {first}"
            for (kind, _, _), (count, first) in sorted(self.found.items())
        ]


def _judge(
    figures: FuzzFigures, what: str, kwargs: dict[str, Any], error: BaseException | None, sent: int
) -> None:
    figures.cases += 1
    figures.reached += bool(sent)
    if error is None:
        return
    shown = {k: _short(v) for k, v in kwargs.items()}
    if not isinstance(error, BulutfonError):
        figures.escapes += 1
        example = f"{what}({shown}) -> {type(error).__name__}: {str(error)[:120]}"
        figures.note("escape", what, error, example)
    elif isinstance(error, ValidationError) and sent:
        figures.invalid_sent += 1
        example = f"{what}({shown}) sent {sent} request(s), then: {str(error)[:120]}"
        figures.note("sent, then refused", what, error, example)
    found = sweep.found_in(sweep.exposed_texts(error), SECRETS)
    if found:
        figures.credentials += len(found)
        example = f"{what}({shown}) -> {type(error).__name__} shows {len(found)} credential(s)"
        figures.note("credential", what, error, example)


def _short(value: Any) -> str:
    if isinstance(value, int) and value.bit_length() > 64:
        return f"<int of {value.bit_length()} bits>"
    text = sweep.safe_repr(value)
    return text if len(text) < 60 else f"{text[:57]}..."


@contextlib.contextmanager
def _clean_environment(folder: Path) -> Iterator[None]:
    """No credentials from the environment, and the working folder a scratch one (to='.')."""
    saved = {
        name: os.environ.pop(name, None)
        for name in (ENV_TOKEN, ENV_EMAIL, ENV_PASSWORD, "BULUTFON_BASE_URL")
    }
    cwd = Path.cwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(cwd)
        for name, value in saved.items():
            if value is not None:
                os.environ[name] = value


def _settings(examples: int) -> settings:
    return settings(
        max_examples=examples,
        database=None,
        deadline=None,
        derandomize=True,
        suppress_health_check=list(HealthCheck),
    )


def run_fuzz(per_method: int) -> FuzzFigures:
    figures = FuzzFigures()
    # The deprecated SMS methods warn at every call; here that is noise.
    with warnings.catch_warnings(), tempfile.TemporaryDirectory(prefix="bulutfon-fuzz-") as tmp:
        warnings.simplefilter("ignore", DeprecationWarning)
        files = Files(Path(tmp))
        with _clean_environment(Path(tmp) / "folder"):
            _fuzz_sync(figures, files, per_method)
            asyncio.run(_fuzz_async(figures, files, per_method))
            _fuzz_constructors(figures, per_method)
    return figures


def _fuzz_sync(figures: FuzzFigures, files: Files, per_method: int) -> None:
    transport = Counting()
    client = Bulutfon(
        access_token=TOKEN, base_url="https://api.example", transport=transport, max_retries=0
    )
    for name, method in methods(client):
        figures.methods += 1
        _sync_cases(figures, files, per_method, transport, name, method)()


def _sync_cases(
    figures: FuzzFigures,
    files: Files,
    per_method: int,
    transport: Counting,
    name: str,
    method: Callable[..., Any],
) -> Callable[[], None]:
    @given(_arguments(method, files))
    @_settings(per_method)
    def case(kwargs: dict[str, Any]) -> None:
        before = transport.count
        error: BaseException | None = None
        try:
            _consume_sync(_call(method, kwargs))
        except Exception as caught:
            error = caught
        _judge(figures, name, kwargs, error, transport.count - before)

    return case


def _drawn(method: Callable[..., Any], files: Files, per_method: int) -> list[dict[str, Any]]:
    """The arguments Hypothesis draws for ``method`` (for calls made outside its loop)."""
    drawn: list[dict[str, Any]] = []

    @given(_arguments(method, files))
    @_settings(per_method)
    def collect(kwargs: dict[str, Any]) -> None:
        drawn.append(kwargs)

    collect()
    return drawn


async def _fuzz_async(figures: FuzzFigures, files: Files, per_method: int) -> None:
    transport = _AsyncCounting()
    client = AsyncBulutfon(
        access_token=TOKEN, base_url="https://api.example", transport=transport, max_retries=0
    )
    for name, method in methods(client):
        figures.methods += 1
        # Hypothesis drives sync functions: the arguments are drawn first, then awaited in order.
        for kwargs in _drawn(method, files, per_method):
            before = transport.count
            error: BaseException | None = None
            try:
                await _consume_async(_call(method, kwargs))
            except Exception as caught:
                error = caught
            _judge(figures, f"async {name}", kwargs, error, transport.count - before)
    await client.aclose()


_CONSTRUCTOR = {
    "access_token": st.one_of(st.just(TOKEN), hostile),
    "email": st.one_of(st.just(EMAIL), hostile),
    "password": st.one_of(st.just(PASSWORD), hostile),
    "base_url": st.one_of(st.sampled_from(["https://api.example", "http://127.0.0.1:1"]), hostile),
    "timeout": st.one_of(st.sampled_from([1.0, 30, httpx.Timeout(5.0)]), hostile),
    "max_retries": st.one_of(st.integers(0, 3), hostile),
}


def _fuzz_constructors(figures: FuzzFigures, per_method: int) -> None:
    for cls, transport_cls in ((Bulutfon, Counting), (AsyncBulutfon, _AsyncCounting)):
        figures.methods += 1
        _constructor_cases(figures, per_method, cls, transport_cls)()


def _constructor_cases(
    figures: FuzzFigures, per_method: int, cls: Any, transport_cls: Any
) -> Callable[[], None]:
    @given(st.fixed_dictionaries({}, optional=_CONSTRUCTOR))
    @_settings(per_method * 4)
    def case(kwargs: dict[str, Any]) -> None:
        transport = transport_cls()
        error: BaseException | None = None
        try:
            client = cls(transport=transport, **kwargs)
            # with_options checks its limits the same way.
            client.with_options(
                timeout=kwargs.get("timeout"), max_retries=kwargs.get("max_retries")
            )
        except Exception as caught:
            error = caught
        _judge(figures, cls.__name__, kwargs, error, transport.count)

    return case


class _AsyncCounting(httpx.AsyncBaseTransport):
    def __init__(self) -> None:
        self.count = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.count += 1
        return httpx.Response(404, json={"error": "Not Found"})
