"""``client.groups``: ring groups."""

from __future__ import annotations

from bulutfon_api.api.groups import get_group, list_groups
from bulutfon_api.models import Group, GroupDetail
from bulutfon_ext._async.resource import AsyncGot, AsyncListed
from bulutfon_ext._sync.resources.groups import Groups

__all__ = ["AsyncGroups", "Groups"]


class AsyncGroups(AsyncListed[Group], AsyncGot[GroupDetail]):
    """``client.groups``: ring groups; ``get(id)`` with the extensions in it."""

    _list = list_groups.OPERATION
    _get = get_group.OPERATION
