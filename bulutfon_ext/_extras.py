"""The optional extras (``bulutfon-sdk[cli]``, ``[fake]``) and the message when one is missing.

``pip install bulutfon-sdk`` alone installs the ``bulutfon`` command too (a console script cannot be
made optional); without the ``cli`` extra it must say what to install, in one line, rather than
die with ``No module named 'typer'``. The same goes for the fake and ``[fake]``.
"""

from __future__ import annotations

import sys
from typing import NoReturn

from bulutfon_ext._distribution import install_hint

#: The top-level modules each extra brings (their own dependencies included).
EXTRAS: dict[str, frozenset[str]] = {
    "cli": frozenset({"typer", "rich", "click", "shellingham"}),
    "fake": frozenset({"starlette", "uvicorn", "yaml"}),
}


class MissingExtraError(ImportError):
    """An optional part of the SDK was used without the extra that installs its dependencies."""


def missing_extra(extra: str, what: str, error: ModuleNotFoundError) -> MissingExtraError:
    """The error to raise for ``error`` when it is a module of ``extra``; else ``error`` again.

    ``what`` names the part that needs the extra ("the bulutfon command", "the fake server").
    """
    top = (error.name or "").partition(".")[0]
    if top not in EXTRAS[extra]:
        raise error
    return MissingExtraError(
        f"{what} needs the {extra} extra: {install_hint(extra)} (missing module: {error.name})",
        name=error.name,
    )


def exit_for(error: MissingExtraError, prog: str) -> NoReturn:
    """End a command that cannot run without its extra: one line on stderr, exit status 1."""
    sys.stderr.write(f"{prog}: {error}\n")
    sys.stderr.flush()
    raise SystemExit(1)
