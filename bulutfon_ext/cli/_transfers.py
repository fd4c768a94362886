"""Files: several downloads at once under rich progress bars, and counting progress for exports."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from rich.progress import (
    BarColumn,
    DownloadColumn,
    MofNCompleteColumn,
    Progress,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TransferSpeedColumn,
)

from bulutfon_ext._downloads import Progress as ProgressCallback
from bulutfon_ext.cli._app import State, fail, naming_missing

# fetch(id, folder or file, progress) -> the path written
Fetch = Callable[[str, Path, ProgressCallback], Path | None]
# missing(id) -> what a 404 for that id means ("call 6056... has no recording")
Missing = Callable[[str], str]


def download_many(
    state: State,
    ids: Sequence[str],
    target: Path,
    fetch: Fetch,
    jobs: int,
    *,
    folder: bool = True,
    missing: Missing | None = None,
) -> None:
    """Fetch each id into the folder ``target`` (created if missing), ``jobs`` at a time, or
    the one id into the file ``target`` (``folder=False``); print the paths.

    Every download runs to its end even when another fails; the failures are reported after
    (a 404 as ``missing(id)`` says), and the exit code is the first failure's."""
    if folder:
        target.mkdir(parents=True, exist_ok=True)
    saved: dict[str, Path | None] = {}
    errors: dict[str, BaseException] = {}
    with (
        Progress(
            TextColumn("{task.description}", markup=False),
            BarColumn(),
            DownloadColumn(),
            TransferSpeedColumn(),
            console=state.output.err,
        ) as progress,
        ThreadPoolExecutor(max_workers=max(1, min(jobs, len(ids)))) as pool,
    ):

        def one(item: str) -> None:
            task = progress.add_task(item, total=None)

            def update(done: int, total: int | None) -> None:
                progress.update(task, completed=done, total=total)

            try:
                saved[item] = fetch(item, target, update)
            except Exception as error:
                errors[item] = naming_missing(error, None if missing is None else missing(item))
                progress.update(task, description=f"{item} (failed)")

        list(pool.map(one, ids))
    done = [(item, saved[item]) for item in ids if item in saved]
    if state.json:
        state.output.emit_json([{"id": item, "path": str(path)} for item, path in done])
    else:
        for _, path in done:
            state.output.line(str(path))
    fail(state, [(item, errors[item]) for item in ids if item in errors])


def counting_progress(state: State, what: str) -> Progress:
    """A progress bar that counts items (for exports), drawn on stderr."""
    return Progress(
        TextColumn(what),
        BarColumn(),
        MofNCompleteColumn(),
        TaskProgressColumn(),
        TimeElapsedColumn(),
        console=state.output.err,
    )
