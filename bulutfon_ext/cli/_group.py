"""Command-line conventions the root command enforces before typer parses anything.

Global options (``--json``, ``--token``, ``--debug``...) are accepted after the command as well
as before it, as gh and git users expect: they are moved in front of the command, unless the
command has an option of the same name (``autocalls create --timeout`` is the ring time, not
the HTTP timeout). A group given no command (``bulutfon``, ``bulutfon cdrs``) shows its help and
exits 0 rather than failing with a usage error. The command found gets the examples its module
declared with it (``_examples``), the simplest derived from its path, as the help's epilog.
"""

from __future__ import annotations

from typing import Any

import typer.core

from bulutfon_ext.cli._examples import epilog, examples_of


def _options(command: Any) -> dict[str, Any]:
    """A command's options by every spelling (``--json``, ``-o``, ``--no-gather``...)."""
    named: dict[str, Any] = {}
    for param in getattr(command, "params", ()):
        if getattr(param, "param_type_name", "") != "option":
            continue
        for spelling in (*param.opts, *param.secondary_opts):
            named[spelling] = param
    return named


def _takes_value(param: Any, token: str) -> bool:
    """Whether ``token`` (an option of ``param``) is followed by its value as the next token."""
    return not ("=" in token or param.is_flag or getattr(param, "count", False))


def _is_group(command: Any) -> bool:
    return callable(getattr(command, "list_commands", None))


def arrange(root: Any, ctx: Any, args: list[str]) -> list[str]:
    """``args`` with the root's options moved before the command, and ``--help`` added when
    they name a group but no command of it."""
    globals_ = _options(root)
    front: list[str] = []
    rest: list[str] = []
    command: Any = root
    local: dict[str, Any] = {}
    more = False  # anything but the command's path and the global options
    index = 0
    while index < len(args):
        token = args[index]
        if token == "--":
            rest += args[index:]
            more = True
            break
        spelling = token.split("=", 1)[0]
        if spelling in globals_ and spelling not in local:
            width = 2 if _takes_value(globals_[spelling], token) else 1
            front += args[index : index + width]
            index += width
            continue
        if not more and not token.startswith("-") and _is_group(command):
            found = command.get_command(ctx, token)
            if found is not None:
                rest.append(token)  # so far only the command's path
                if not _is_group(found) and not getattr(found, "epilog", None):
                    found.epilog = epilog(examples_of(found, rest))
                command = found
                local = _options(found)
                index += 1
                continue
        width = 2 if spelling in local and _takes_value(local[spelling], token) else 1
        rest += args[index : index + width]  # an option of the command keeps its value
        index += width
        more = True
    # The root shows its help itself (its callback runs first: `--show-completion bash` works).
    if command is not root and _is_group(command) and not more and not ctx.resilient_parsing:
        rest.append("--help")
    return front + rest


class RootGroup(typer.core.TyperGroup):
    """The ``bulutfon`` group: global options anywhere, help (exit 0) when no command is given."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        """Rearrange ``args`` (see ``arrange``), then parse them as usual."""
        return super().parse_args(ctx, arrange(self, ctx, list(args)))
