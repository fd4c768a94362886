"""``client.dids``: the PBX's phone numbers."""

from __future__ import annotations

from bulutfon_api.api.dids import get_did, list_dids
from bulutfon_api.models import Did, DidDetail
from bulutfon_ext import _validation as check
from bulutfon_ext._pagination import AsyncPage, Page
from bulutfon_ext._resource import AsyncResource, SyncResource, async_single_page, single_page
from bulutfon_ext._twins import twin_of


class Dids(SyncResource):
    """``client.dids``: the PBX's phone numbers."""

    def list(self) -> Page[Did]:
        """The numbers attached to the PBX (one page: the API does not page them)."""
        return single_page(self._call(list_dids.OPERATION).dids)

    def get(self, id: int) -> DidDetail:
        """One number, with its working hours."""
        return self._call(get_did.OPERATION, id=check.identifier(id)).did


@twin_of(Dids)
class AsyncDids(AsyncResource):
    async def list(self) -> AsyncPage[Did]:
        return async_single_page((await self._call(list_dids.OPERATION)).dids)

    async def get(self, id: int) -> DidDetail:
        return (await self._call(get_did.OPERATION, id=check.identifier(id))).did
