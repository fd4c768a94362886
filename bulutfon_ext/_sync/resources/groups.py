# generated from bulutfon_ext/resources/groups.py by make generate; do not edit
"""``client.groups``: ring groups."""

from __future__ import annotations

from bulutfon_api.api.groups import get_group, list_groups
from bulutfon_api.models import Group, GroupDetail
from bulutfon_ext._sync.resource import Got, Listed

__all__ = ["Groups"]


class Groups(Listed[Group], Got[GroupDetail]):
    """``client.groups``: ring groups; ``get(id)`` with the extensions in it."""

    _list = list_groups.OPERATION
    _get = get_group.OPERATION
