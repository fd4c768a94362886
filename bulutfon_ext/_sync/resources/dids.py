# generated from bulutfon_ext/resources/dids.py by make generate; do not edit
"""``client.dids``: the PBX's phone numbers."""

from __future__ import annotations

from bulutfon_api.api.dids import get_did, list_dids
from bulutfon_api.models import Did, DidDetail
from bulutfon_ext._sync.resource import Got, Listed

__all__ = ["Dids"]


class Dids(Listed[Did], Got[DidDetail]):
    """``client.dids``: the PBX's phone numbers; ``get(id)`` with its working hours."""

    _list = list_dids.OPERATION
    _get = get_did.OPERATION
