"""``client.dids``: the PBX's phone numbers."""

from __future__ import annotations

from bulutfon_api.api.dids import get_did, list_dids
from bulutfon_api.models import Did, DidDetail
from bulutfon_ext._async.resource import AsyncGot, AsyncListed
from bulutfon_ext._sync.resources.dids import Dids

__all__ = ["AsyncDids", "Dids"]


class AsyncDids(AsyncListed[Did], AsyncGot[DidDetail]):
    """``client.dids``: the PBX's phone numbers; ``get(id)`` with its working hours."""

    _list = list_dids.OPERATION
    _get = get_did.OPERATION
