"""The distribution's name on the package index, and the install hints that use it.

The import names stay ``bulutfon_api`` and ``bulutfon_ext``; the distribution is ``bulutfon-sdk``
because ``bulutfon`` on the index is an unrelated 2014 package.
"""

from __future__ import annotations

DISTRIBUTION = "bulutfon-sdk"


def install_hint(extra: str | None = None) -> str:
    """The ``pip install`` line for the distribution, or for one of its extras."""
    target = DISTRIBUTION if extra is None else f"{DISTRIBUTION}[{extra}]"
    return f"pip install '{target}'"


def installed_version() -> str:
    """The installed distribution's version (the package's own when run from a source tree)."""
    from importlib import metadata  # not at import: it costs more than `bulutfon --help` itself

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        from bulutfon_ext import __version__

        return __version__
