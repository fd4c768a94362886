"""One answer for the values the API has spelled more than one way.

The wire was not stable over the years: ``call_record`` came as ``YES``/``NO``/``REMOVED``
and, before 2018, as the Turkish ``Var``/``Yok`` (pages of 2015-2017, the PHP SDK's example
and sample apps test ``== 'Var'``); ``/me`` spells the SMS credit ``sms_credits`` in its JSON
example and ``sms_credit`` in its field list (which the Ruby and Android SDKs read). Code that
compares against one spelling breaks on the other, so ask these functions instead.
"""

from __future__ import annotations

from typing import Any

from bulutfon_api.models import CallRecordState, Credit, MeResponse
from bulutfon_api.types import Unset

#: ``call_record`` values meaning "this call has a recording". ``Var`` is Turkish for "there is".
RECORDED = frozenset({CallRecordState.YES.value, CallRecordState.VAR.value})


def has_recording(cdr: Any) -> bool:
    """Whether a call has a recording to download: ``call_record`` is ``YES`` (or the old ``Var``).

    Takes a CDR model (``client.cdrs.get(uuid)``, an item of ``client.cdrs.list()``) or a plain
    dict from the wire. ``NO``, ``Yok``, ``REMOVED``, an absent field and values the API may add
    later all answer False.
    """
    value = cdr.get("call_record") if isinstance(cdr, dict) else getattr(cdr, "call_record", None)
    if value is None or isinstance(value, Unset):
        return False
    return str(getattr(value, "value", value)) in RECORDED


def sms_credit(me: MeResponse | Credit | dict[str, Any]) -> int | None:
    """The remaining SMS credit, whichever key the server used (``sms_credit`` or ``sms_credits``).

    Takes ``client.me()``, its ``credit``, or a plain dict of either. None when neither key came.
    """
    credit: Any = me
    if isinstance(me, MeResponse):
        credit = me.credit
    elif isinstance(me, dict) and isinstance(me.get("credit"), dict):
        credit = me["credit"]
    for key in ("sms_credit", "sms_credits"):
        value = credit.get(key) if isinstance(credit, dict) else getattr(credit, key, None)
        if value is not None and not isinstance(value, Unset):
            return int(value)
    return None
