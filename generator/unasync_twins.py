"""Writes every sync twin from its async source: ``make generate``, and ``make check-generated``
into a temporary folder.

The async code is the one written by hand. unasync (pinned in requirements-dev.txt) takes out
``async``/``await`` and maps names token by token (``AsyncX`` -> ``X``, ``__aenter__`` ->
``__enter__``, ``AsyncIterator`` -> ``Iterator``, and the table below); this script adds what a
token map cannot say, stamps each file, and formats it with the pinned ruff so that the output is
the same, byte for byte, on every machine.

Sources and twins (paths from the repository root):

- ``bulutfon_ext/_async/<name>.py`` -> ``bulutfon_ext/_sync/<name>.py`` (the client's core;
  ``_async/attached.py``, the client's resource attributes, is itself generated first, by
  ``generator/attached.py``);
- ``bulutfon_ext/resources/<tag>.py`` -> ``bulutfon_ext/_sync/resources/<tag>.py``: a resource
  module is the async source and imports its sync twin, so both classes live at the public path.

What differs for real (sleeping, deadlines, running fetches side by side) is not generated: it is
in ``bulutfon_ext/_io.py``, in a sync and an async spelling that RENAMES maps onto each other.

    python generator/unasync_twins.py [OUTPUT_ROOT]   # default: the repository itself
"""

from __future__ import annotations

import ast
import shutil
import sys
import tempfile
from pathlib import Path

import attached
import pinned_ruff
import tokenize_rt
import unasync

ROOT = Path(__file__).resolve().parent.parent
STAMP = "# generated from {source} by make generate; do not edit\n"

# The async spelling of a name -> its sync spelling, where unasync's own table and its
# ``AsyncX`` rule do not give it. Every ``AsyncX`` name becomes ``X`` unless listed here.
RENAMES = {
    # packages: an async source imports other async sources, its twin their twins
    "_async": "_sync",
    # httpx
    "aclose": "close",
    "aiter_bytes": "iter_bytes",
    "aiter_raw": "iter_raw",
    "handle_async_request": "handle_request",
    # the generated low-level client and the SDK's own async spellings outside _async/
    "set_async_httpx_client": "set_httpx_client",
    "araise_for_status": "raise_for_status",
    "asleep": "sleep",
    "aattempt_deadline": "attempt_deadline",
    "afetch_ahead": "fetch_ahead",
    # base classes that keep a Sync prefix (a bare name would say less)
    "AsyncAPIClient": "SyncAPIClient",
    "AsyncResource": "SyncResource",
}


def _twins() -> list[tuple[Path, Path]]:
    """(async source, sync twin) for every source, relative to the root."""
    core = {path.name for path in (ROOT / "bulutfon_ext/_async").glob("*.py")}
    pairs = [
        (ROOT / "bulutfon_ext/_async" / name, Path("bulutfon_ext/_sync") / name)
        for name in sorted(core | {attached.TARGET.name})
    ]
    pairs += [
        (path, Path("bulutfon_ext/_sync/resources") / path.name)
        for path in sorted((ROOT / "bulutfon_ext/resources").glob("*.py"))
        if path.name != "__init__.py"
    ]
    return [(source.relative_to(ROOT), twin) for source, twin in pairs]


def _module(path: Path) -> str:
    return ".".join(path.with_suffix("").parts).removesuffix(".__init__")


def _without_self_import(source: str, twin: Path) -> str:
    """Drop the source's import of its own twin (a resource module imports its sync class)."""
    lines = source.splitlines(keepends=True)
    for node in reversed(ast.parse(source).body):
        if isinstance(node, ast.ImportFrom) and node.module == _module(twin):
            assert node.end_lineno is not None
            del lines[node.lineno - 1 : node.end_lineno]
    return "".join(lines)


def _renames(source: str) -> dict[str, str]:
    """RENAMES, plus ``AsyncX`` -> ``X`` for every such name in the source."""
    names = {
        token.src
        for token in tokenize_rt.src_to_tokens(source)
        if token.name == "NAME"
        and len(token.src) > 5
        and token.src.startswith("Async")
        and token.src[5].isupper()
    }
    return {**{name: name.removeprefix("Async") for name in names}, **RENAMES}


def _without_awaitable(source: str) -> str:
    """``Awaitable[T]`` -> ``T``: what an awaited call gives is what the sync call returns."""
    out: list[tokenize_rt.Token] = []
    tokens = tokenize_rt.src_to_tokens(source)
    closing: list[int] = []  # bracket depths whose ``]`` is to be dropped
    depth = 0
    skip = 0
    for i, token in enumerate(tokens):
        if skip:
            skip -= 1
            continue
        if token.name == "NAME" and token.src == "Awaitable" and tokens[i + 1].src == "[":
            depth += 1
            closing.append(depth)
            skip = 1
            continue
        if token.src == "[":
            depth += 1
        elif token.src == "]":
            if closing and closing[-1] == depth:
                closing.pop()
                depth -= 1
                continue
            depth -= 1
        out.append(token)
    return tokenize_rt.tokens_to_src(out)


def _without_void_parens(source: str) -> str:
    """``(self._call(...)).did`` -> ``self._call(...).did``: the parentheses ``(await ...)``
    needed have nothing left to group once ``await`` is gone."""
    lines = source.splitlines(keepends=True)
    cuts: list[tuple[int, int]] = []  # (line index, column) of each parenthesis to cut
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Attribute | ast.Subscript):
            continue
        inner = node.value
        if not isinstance(inner, ast.Call | ast.Attribute | ast.Name | ast.Subscript):
            continue
        if lines[node.lineno - 1][node.col_offset] != "(":
            continue
        assert inner.end_lineno is not None and inner.end_col_offset is not None
        close = (inner.end_lineno - 1, inner.end_col_offset)
        if lines[close[0]][close[1]] != ")":
            continue
        cuts += [(node.lineno - 1, node.col_offset), close]
    for row, column in sorted(cuts, reverse=True):
        lines[row] = lines[row][:column] + lines[row][column + 1 :]
    return "".join(lines)


def _without_repeated_exports(source: str) -> str:
    """``__all__ = ["AsyncDids", "Dids"]`` reads ``["Dids", "Dids"]`` once renamed: once is enough."""
    lines = source.splitlines(keepends=True)
    for node in ast.parse(source).body:
        if not (
            isinstance(node, ast.Assign)
            and [getattr(t, "id", None) for t in node.targets] == ["__all__"]
            and isinstance(node.value, ast.List)
        ):
            continue
        names = [e.value for e in node.value.elts if isinstance(e, ast.Constant)]
        unique = sorted(set(names), key=names.index)
        assert node.end_lineno is not None
        lines[node.lineno - 1 : node.end_lineno] = [f"__all__ = {unique!r}\n"]
    return "".join(lines)


def _without_self_alias(source: str) -> str:
    """Drop ``close = close``: an async alias (``close = aclose``) that the renaming made void."""
    lines = source.splitlines(keepends=True)
    for node in reversed(list(ast.walk(ast.parse(source)))):
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Name)
            and node.targets[0].id == node.value.id
        ):
            del lines[node.lineno - 1]
    return "".join(lines)


def _sync_text(source_path: Path, twin: Path, base: Path = ROOT) -> str:
    source = _without_self_import((base / source_path).read_text(encoding="utf-8"), twin)
    if source.startswith("# generated from"):  # a generated source: its twin gets its own stamp
        source = source.split("\n", 1)[1]
    rule = unasync.Rule("/_async_source/", "/_sync_twin/", additional_replacements=_renames(source))
    with tempfile.TemporaryDirectory() as scratch:
        # unasync works on files in a folder named as a rule says: a scratch copy of the source.
        src = Path(scratch, "_async_source", "module.py")
        src.parent.mkdir()
        src.write_text(source, encoding="utf-8")
        unasync.unasync_files([str(src)], [rule])
        text = Path(scratch, "_sync_twin", "module.py").read_text(encoding="utf-8")
    text = _without_self_alias(_without_void_parens(_without_awaitable(text)))
    text = _without_repeated_exports(text)
    return STAMP.format(source=source_path.as_posix()) + text


def generate(out: Path) -> list[Path]:
    """Write every twin under ``out``; the files written."""
    # The resource attributes first: a generated async source, whose twin is made from the
    # fresh one (so that check-generated, writing elsewhere, sees a stale one).
    written = [attached.write(out)]
    for source, twin in _twins():
        target = out / twin
        target.parent.mkdir(parents=True, exist_ok=True)
        base = out if source == attached.TARGET else ROOT
        target.write_text(_sync_text(source, twin, base), encoding="utf-8")
        written.append(target)
    for package in sorted({t.parent for t in written}):
        init = package / "__init__.py"
        if not init.exists():
            init.write_text(
                STAMP.format(source="generator/unasync_twins.py")
                + '"""The sync twins of the async sources (see generator/unasync_twins.py)."""\n',
                encoding="utf-8",
            )
            written.append(init)
    files = [str(path) for path in written]
    # Renaming leaves imports unused or out of order, and lines that now fit on one.
    pinned_ruff.run(
        "check",
        "--fix-only",
        "--unsafe-fixes",
        "--exit-zero",
        "--select",
        "F401,I,UP,RUF022,RUF100,SIM117",
        *files,
    )
    pinned_ruff.run("format", *files)
    return written


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT
    if out == ROOT:
        # A source that was removed takes its twin with it.
        shutil.rmtree(ROOT / "bulutfon_ext/_sync", ignore_errors=True)
    generate(out)


if __name__ == "__main__":
    main()
