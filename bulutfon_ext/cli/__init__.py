"""The ``bulutfon`` command line (the ``cli`` extra: typer and rich).

    bulutfon --help
    bulutfon --fake cdrs list --missed --last day
    BULUTFON_ACCESS_TOKEN=... bulutfon --json dids list

Commands are grouped by resource in ``_commands_*``; ``_app`` holds the global options and the
error handling, ``_common`` the options and plain list/get/delete/download commands the groups
share, ``_output`` the JSON and table rendering.

Without the extra installed, importing this package still works (the console script imports
``main`` whatever is installed); ``main`` then says which extra to install, and ``app`` raises a
``MissingExtraError`` (an ``ImportError``) that says the same.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bulutfon_ext._extras import MissingExtraError, exit_for, missing_extra

_MISSING: MissingExtraError | None = None
try:
    from bulutfon_ext.cli import (  # noqa: F401 (importing them registers the commands)
        _commands_account,
        _commands_cdrs,
        _commands_inbound,
        _commands_media,
        _commands_pbx,
    )
    from bulutfon_ext.cli._app import ExitCode, app
except ModuleNotFoundError as error:
    _MISSING = missing_extra("cli", "the bulutfon command", error)

__all__ = ["ExitCode", "app", "main"]


def main(args: Sequence[str] | None = None) -> None:
    """Run the command line (``args`` default to ``sys.argv[1:]``); exits with its status."""
    if _MISSING is not None:
        exit_for(_MISSING, "bulutfon")
    app(args=None if args is None else list(args), prog_name="bulutfon")


def __getattr__(name: str) -> Any:
    # Only reached for names the failed import above left undefined.
    if _MISSING is not None and name in ("ExitCode", "app"):
        raise _MISSING
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
