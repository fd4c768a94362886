"""The ``bulutfon`` logger. ``BULUTFON_LOG=info`` or ``debug`` turns it on without any code."""

from __future__ import annotations

import logging
import os

logger = logging.getLogger("bulutfon")

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
_configured = False


def setup_from_env() -> None:
    """Attach a stderr handler at the level BULUTFON_LOG names, once per process."""
    global _configured
    if _configured:
        return
    _configured = True
    level = _LEVELS.get(os.environ.get("BULUTFON_LOG", "").strip().lower())
    if level is None:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)
