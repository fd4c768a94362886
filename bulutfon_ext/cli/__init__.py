"""The ``bulutfon`` command line (the ``cli`` extra: typer and rich).

    bulutfon --help
    bulutfon --fake cdrs list --missed --last day
    BULUTFON_ACCESS_TOKEN=... bulutfon --json dids list

Commands are grouped by resource in ``_commands_*``, each module imported on first use
(``_registry`` lists them for the help); ``_app`` holds the global options and the
error handling, ``_common`` the options and plain list/get/delete/download commands the groups
share, ``_output`` the JSON and table rendering.

Without the extra installed, importing this package still works (the console script imports
``main`` whatever is installed); ``main`` then says which extra to install, and ``app`` raises a
``MissingExtraError`` (an ``ImportError``) that says the same.
"""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Sequence
from typing import Any

from bulutfon_ext._extras import MissingExtraError, exit_for, missing_extra

_MISSING: MissingExtraError | None = None
try:
    # The command modules are imported when a command is looked up (_registry).
    from bulutfon_ext.cli._app import ExitCode, app
except ModuleNotFoundError as error:
    _MISSING = missing_extra("cli", "the bulutfon command", error)

__all__ = ["ExitCode", "app", "main"]


class Terminated(BaseException):
    """SIGTERM arrived. A BaseException, like KeyboardInterrupt, so that every ``finally`` and
    cleanup on the way out runs (half-written files are removed) and no handler swallows it."""


def _terminate(signum: int, frame: object) -> None:
    raise Terminated


def main(args: Sequence[str] | None = None) -> None:
    """Run the command line (``args`` default to ``sys.argv[1:]``); exits with its status.

    SIGTERM ends it as Ctrl-C does, cleaning up on the way, with the status 143 (128 + 15).
    """
    if _MISSING is not None:
        exit_for(_MISSING, "bulutfon")
    # Only the main thread may set a handler (main() run elsewhere keeps the default).
    in_main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _terminate) if in_main else None
    try:
        app(args=None if args is None else list(args), prog_name="bulutfon")
    except Terminated:
        sys.stderr.write("bulutfon: terminated\n")
        raise SystemExit(128 + signal.SIGTERM) from None
    finally:
        if in_main:
            signal.signal(signal.SIGTERM, previous)


def __getattr__(name: str) -> Any:
    # Only reached for names the failed import above left undefined.
    if _MISSING is not None and name in ("ExitCode", "app"):
        raise _MISSING
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
