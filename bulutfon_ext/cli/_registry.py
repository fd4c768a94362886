"""The commands of ``bulutfon``, each module imported on first use.

``bulutfon --help`` lists every command with its one-line help in its panel. Importing the modules
that define them (and through them the SDK client, httpx, the webhook server...) only to print
that list would cost more than everything else the help does, and every command would pay for
all the others at start. So the listing is read from ``_listing`` (which ``make generate`` writes
from the command modules, and ``make check-generated`` keeps current), and a command's module is
imported when the command is looked up to run it, to show its own help or to complete its
options. ``tests/test_startup.py`` renders the root help from this listing and from the modules
themselves, and checks they are the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from typing import Any

import typer.core
import typer.main

from bulutfon_ext.cli._group import RootGroup
from bulutfon_ext.cli._listing import LISTING


@dataclass(frozen=True)
class Listed:
    """A command as ``bulutfon --help`` lists it, and the module that defines it."""

    module: str  # bulutfon_ext.cli._commands_<module>
    panel: str | None
    help: str


# In the order the help lists them (the panels in the order they first appear): written by
# `make generate` from the command modules (generator/cli_listing.py), never by hand.
COMMANDS = {name: Listed(*row) for name, row in LISTING.items()}


def load(module: str) -> None:
    """Import a command module (which registers its commands on the typer app)."""
    import_module(f"bulutfon_ext.cli._commands_{module}")


def load_all() -> None:
    """Import every command module."""
    for module in dict.fromkeys(listed.module for listed in COMMANDS.values()):
        load(module)


class LazyRootGroup(RootGroup):
    """The root group, whose commands come from their modules when first looked up."""

    _listing = False

    def list_commands(self, ctx: Any) -> list[str]:
        """Every command's name, in the help's order."""
        return [*COMMANDS, *(name for name in super().list_commands(ctx) if name not in COMMANDS)]

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        """The command ``cmd_name``; its module is imported now, unless the help is only listing it."""
        listed = COMMANDS.get(cmd_name)
        if listed is not None and cmd_name not in self.commands:
            if self._listing:
                return typer.core.TyperCommand(
                    cmd_name, help=listed.help, rich_help_panel=listed.panel
                )
            self._add(listed.module)
        return super().get_command(ctx, cmd_name)

    def _add(self, module: str) -> None:
        from bulutfon_ext.cli._app import app

        load(module)
        # The module registered its commands on the typer app: build them as click commands.
        for name, command in typer.main.get_command(app).commands.items():  # type: ignore[attr-defined]
            self.commands.setdefault(name, command)

    def format_help(self, ctx: Any, formatter: Any) -> None:
        """The help, listing the commands from ``COMMANDS`` without importing their modules."""
        self._listing = True
        try:
            super().format_help(ctx, formatter)
        finally:
            self._listing = False
