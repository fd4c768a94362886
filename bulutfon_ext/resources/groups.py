"""``client.groups``: ring groups."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bulutfon_api.api.groups import get_group, list_groups
from bulutfon_api.models import Group, GroupDetail
from bulutfon_ext import _validation as check
from bulutfon_ext._async.pagination import AsyncPage
from bulutfon_ext._async.resource import AsyncResource, single_page
from bulutfon_ext._options import PerCallOptions
from bulutfon_ext._sync.resources.groups import Groups as Groups

if TYPE_CHECKING:
    from typing_extensions import Unpack


class AsyncGroups(AsyncResource):
    """``client.groups``: ring groups."""

    async def list(self, **options: Unpack[PerCallOptions]) -> AsyncPage[Group]:
        """The ring groups (one page)."""
        return single_page((await self._call(list_groups.OPERATION, options)).groups)

    async def get(self, id: int, **options: Unpack[PerCallOptions]) -> GroupDetail:
        """One group, with the extensions in it."""
        return (await self._call(get_group.OPERATION, options, id=check.identifier(id))).group
