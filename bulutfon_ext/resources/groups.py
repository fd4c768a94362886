"""``client.groups``: ring groups."""

from __future__ import annotations

from bulutfon_api.api.groups import get_group, list_groups
from bulutfon_api.models import Group, GroupDetail
from bulutfon_ext import _validation as check
from bulutfon_ext._pagination import AsyncPage, Page
from bulutfon_ext._resource import AsyncResource, SyncResource, async_single_page, single_page
from bulutfon_ext._twins import twin_of


class Groups(SyncResource):
    """``client.groups``: ring groups."""

    def list(self) -> Page[Group]:
        """The ring groups (one page)."""
        return single_page(self._call(list_groups.OPERATION).groups)

    def get(self, id: int) -> GroupDetail:
        """One group, with the extensions in it."""
        return self._call(get_group.OPERATION, id=check.identifier(id)).group


@twin_of(Groups)
class AsyncGroups(AsyncResource):
    async def list(self) -> AsyncPage[Group]:
        return async_single_page((await self._call(list_groups.OPERATION)).groups)

    async def get(self, id: int) -> GroupDetail:
        return (await self._call(get_group.OPERATION, id=check.identifier(id))).group
