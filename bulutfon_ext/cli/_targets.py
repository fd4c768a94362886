"""Where ``-o`` writes, as the user means it.

- ``-`` is standard output.
- An existing FIFO or character device, or any path under ``/dev`` or ``/proc``
  (``/dev/stdout``, ``/dev/fd/3``), is written in place, as it streams: replacing it would
  turn ``/dev/stdout`` into a regular file (as root), or a pipe into one nobody reads.
- A symbolic link stays one: the file it points to is replaced, atomically.
- Anything else is a regular file, written beside the target and renamed over it once
  complete, so a failure or an interruption (Ctrl-C, SIGTERM) leaves no partial file.

Problems are reported with the path the user gave, never the temporary one, and a target that
cannot be written (no such folder, a folder, no permission) is refused before any request.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from bulutfon_ext._downloads import staged_file

STDOUT = "-"
_IN_PLACE_ROOTS = ("/dev/", "/proc/")


class TargetError(Exception):
    """An ``-o`` target that cannot be written, described with the user's own path."""


def _in_place(path: Path) -> bool:
    """Whether ``path`` is written where it is (a pipe, a device, /dev/stdout) and not replaced."""
    absolute = os.path.abspath(path)
    if absolute.startswith(_IN_PLACE_ROOTS) or os.path.realpath(path).startswith(_IN_PLACE_ROOTS):
        return True
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISCHR(mode)


def check(target: str) -> None:
    """Refuse a target that cannot be written, before anything is fetched."""
    if target == STDOUT:
        return
    path = Path(target)
    if _in_place(path):
        if not path.exists():
            raise TargetError(f"cannot write {target}: it does not exist")
        return
    final = Path(os.path.realpath(path))  # a symlink's file, when it is one
    if final.is_dir() or target.endswith(os.sep):
        raise TargetError(f"cannot write {target}: it is a folder; name a file in it")
    folder = final.parent
    if not folder.is_dir():
        shown = path.parent if not path.is_symlink() else folder
        raise TargetError(f"cannot write {target}: folder {shown} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise TargetError(f"cannot write {target}: no permission to write in {folder}")


@contextlib.contextmanager
def open_text(target: str, *, newline: str | None = None) -> Iterator[IO[str]]:
    """A text stream to ``target`` (see the module's docstring for what each kind of target gets).

    OSErrors while writing come out as ``TargetError`` naming ``target``.
    """
    check(target)
    try:
        if target == STDOUT:
            # Standard output as it is (left open); a text stream writes "\r\n" through unchanged
            # on POSIX, which is all CSV's newline="" asks for.
            yield sys.stdout
            sys.stdout.flush()
        elif _in_place(Path(target)):
            with open(target, "w", encoding="utf-8", newline=newline) as out:
                yield out
        else:
            final = Path(os.path.realpath(target))
            with staged_file(final, "w", encoding="utf-8", newline=newline) as out:
                yield out
    except BrokenPipeError:
        # The reader went away (`... -o - | head`): not a target fault; the CLI ends quietly.
        raise
    except OSError as error:
        reason = error.strerror or str(error)
        raise TargetError(f"cannot write {target}: {reason}") from error
