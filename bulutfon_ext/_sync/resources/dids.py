# generated from bulutfon_ext/resources/dids.py by make generate; do not edit
"""``client.dids``: the PBX's phone numbers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bulutfon_api.api.dids import get_did, list_dids
from bulutfon_api.models import Did, DidDetail
from bulutfon_ext import _validation as check
from bulutfon_ext._options import PerCallOptions
from bulutfon_ext._sync.pagination import Page
from bulutfon_ext._sync.resource import SyncResource, single_page

if TYPE_CHECKING:
    from typing_extensions import Unpack


class Dids(SyncResource):
    """``client.dids``: the PBX's phone numbers."""

    def list(self, **options: Unpack[PerCallOptions]) -> Page[Did]:
        """The numbers attached to the PBX (one page: the API does not page them)."""
        return single_page(self._call(list_dids.OPERATION, options).dids)

    def get(self, id: int, **options: Unpack[PerCallOptions]) -> DidDetail:
        """One number, with its working hours."""
        return self._call(get_did.OPERATION, options, id=check.identifier(id)).did
