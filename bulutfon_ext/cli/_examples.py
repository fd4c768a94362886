"""The examples shown at the end of a command's ``--help``, declared with the command.

A command module gives each command its examples where it defines it: ``@examples(...)`` on a
command function. The plain commands the ``_common`` helpers make (``add_list``...) get their
simplest example derived instead: the command's path and a sample argument (``bulutfon dids get
1``), built when the command is looked up (``_group``), where its path is known; the examples
given to them say more (``bulutfon dids list --json | jq ...``) and follow it. Both are kept on
the function, which typer's wrapper copies, so they are read from the command itself: nothing to
list anywhere else, and nothing imported before the command's own module is. A test checks that
every command has at least one, and that each parses as that command's arguments.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

Command = TypeVar("Command", bound=Callable[..., Any])

PROGRAM = "bulutfon"  # what every example starts with, as a user types it
# The attributes on the command function (and on typer's wrapper of it, which copies them).
_ATTRIBUTE = "bulutfon_examples"
_SAMPLE = "bulutfon_sample"


def examples(*lines: str, sample: str | None = None) -> Callable[[Command], Command]:
    """Give the decorated command function ``lines`` as its examples ("bulutfon dids list");
    with ``sample``, first the command's own path followed by ``sample`` (``"1 --yes"``; ``""``
    for the path alone)."""

    def decorate(command: Command) -> Command:
        setattr(command, _ATTRIBUTE, tuple(lines))
        if sample is not None:
            setattr(command, _SAMPLE, sample)
        return command

    return decorate


def examples_of(command: Any, path: Sequence[str]) -> tuple[str, ...]:
    """The examples of a click command (or of a command function) found at ``path`` (``["dids",
    "get"]``); none if it has none."""
    callback = getattr(command, "callback", command)
    given: Sequence[str] = getattr(callback, _ATTRIBUTE, ())
    sample: str | None = getattr(callback, _SAMPLE, None)
    if sample is None:
        return tuple(given)
    derived = " ".join([PROGRAM, *path, sample]).rstrip()
    return (derived, *(line for line in given if line != derived))


def epilog(lines: Sequence[str]) -> str | None:
    """The help's closing "Examples" section showing ``lines``."""
    if not lines:
        return None
    # rich markup: "[" starts a tag, so it is escaped in the example text
    body = "\n".join(f"  $ {line.replace('[', chr(92) + '[')}" for line in lines)
    return f"[bold]Examples[/bold]\n{body}"
