"""``client.dids``: the PBX's phone numbers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bulutfon_api.api.dids import get_did, list_dids
from bulutfon_api.models import Did, DidDetail
from bulutfon_ext import _validation as check
from bulutfon_ext._async.pagination import AsyncPage
from bulutfon_ext._async.resource import AsyncResource, single_page
from bulutfon_ext._options import PerCallOptions
from bulutfon_ext._sync.resources.dids import Dids as Dids

if TYPE_CHECKING:
    from typing_extensions import Unpack


class AsyncDids(AsyncResource):
    """``client.dids``: the PBX's phone numbers."""

    async def list(self, **options: Unpack[PerCallOptions]) -> AsyncPage[Did]:
        """The numbers attached to the PBX (one page: the API does not page them)."""
        return single_page((await self._call(list_dids.OPERATION, options)).dids)

    async def get(self, id: int, **options: Unpack[PerCallOptions]) -> DidDetail:
        """One number, with its working hours."""
        return (await self._call(get_did.OPERATION, options, id=check.identifier(id))).did
