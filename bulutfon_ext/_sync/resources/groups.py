# generated from bulutfon_ext/resources/groups.py by make generate; do not edit
"""``client.groups``: ring groups."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bulutfon_api.api.groups import get_group, list_groups
from bulutfon_api.models import Group, GroupDetail
from bulutfon_ext import _validation as check
from bulutfon_ext._options import PerCallOptions
from bulutfon_ext._sync.pagination import Page
from bulutfon_ext._sync.resource import SyncResource, single_page

if TYPE_CHECKING:
    from typing_extensions import Unpack


class Groups(SyncResource):
    """``client.groups``: ring groups."""

    def list(self, **options: Unpack[PerCallOptions]) -> Page[Group]:
        """The ring groups (one page)."""
        return single_page(self._call(list_groups.OPERATION, options).groups)

    def get(self, id: int, **options: Unpack[PerCallOptions]) -> GroupDetail:
        """One group, with the extensions in it."""
        return self._call(get_group.OPERATION, options, id=check.identifier(id)).group
