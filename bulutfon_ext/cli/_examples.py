"""The examples shown at the end of a command's ``--help``, declared with the command.

A command module gives each command its examples where it defines it: ``@examples(...)`` on a
command function, or the ``examples`` arguments of the ``_common`` helpers (``add_list``...).
They are kept on the function, which typer's wrapper copies, so they are read from the command
itself when it is looked up (``_group``): nothing to list anywhere else, and nothing imported
before the command's own module is. A test checks that every command has at least one, and
that each parses as that command's arguments.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

Command = TypeVar("Command", bound=Callable[..., Any])

# The attribute on the command function (and on typer's wrapper of it, which copies it).
_ATTRIBUTE = "bulutfon_examples"


def examples(*lines: str) -> Callable[[Command], Command]:
    """Give the decorated command function ``lines`` as its examples ("bulutfon dids list")."""

    def decorate(command: Command) -> Command:
        setattr(command, _ATTRIBUTE, tuple(lines))
        return command

    return decorate


def examples_of(command: Any) -> tuple[str, ...]:
    """The examples of a click command (or of a command function); none if it has none."""
    callback = getattr(command, "callback", command)
    found: Sequence[str] = getattr(callback, _ATTRIBUTE, ())
    return tuple(found)


def epilog(lines: Sequence[str]) -> str | None:
    """The help's closing "Examples" section showing ``lines``."""
    if not lines:
        return None
    # rich markup: "[" starts a tag, so it is escaped in the example text
    body = "\n".join(f"  $ {line.replace('[', chr(92) + '[')}" for line in lines)
    return f"[bold]Examples[/bold]\n{body}"
