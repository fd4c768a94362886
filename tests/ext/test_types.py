"""Types users can use: money as Decimal, always-sent fields never Unset, broken bodies refused."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from bulutfon_ext import Bulutfon, ResponseParseError
from tests._mock import TOKEN, Script, json_reply

ME = {
    "user": {"email": "mail@mail.com", "name": "Ad Soyad", "gsm": "902222222"},
    "pbx": {"name": "santral"},
    "credit": {"balance": "300.06", "sms_credits": 0},
}
CDR = {
    "uuid": "u1",
    "direction": "OUT",
    "caller": 902322290000,
    "callee": 905363950000,
    "call_time": "2017-03-15T09:46:05+03:00",
    "missing_call": False,
    "call_price": "0.0182",
}


def client(body: Any) -> Bulutfon:
    return Bulutfon(access_token=TOKEN, transport=Script(json_reply(body)))


def test_balance_and_call_price_are_decimals_a_user_can_add() -> None:
    balance = client(ME).me().credit.balance
    assert balance == Decimal("300.06")
    assert balance - Decimal("0.06") == Decimal("300.00")
    price = client({"cdrs": [CDR]}).cdrs.list().items[0].call_price
    assert price == Decimal("0.0182")


@pytest.mark.parametrize(
    ("body", "call", "named"),
    [
        ({**ME, "credit": {"sms_credits": 0}}, lambda c: c.me(), "balance"),
        ({**ME, "credit": {"balance": "lots"}}, lambda c: c.me(), "lots"),
        ({**ME, "credit": {"balance": True}}, lambda c: c.me(), "bool"),
        ({**ME, "user": {"name": "x"}}, lambda c: c.me(), "email"),
        (
            {"cdrs": [{k: v for k, v in CDR.items() if k != "caller"}]},
            lambda c: c.cdrs.list(),
            "caller",
        ),
        ({"dids": [{"id": 1, "state": "CONFIRMED"}]}, lambda c: c.dids.list(), "number"),
        ({"groups": [{"id": 1, "number": 100}]}, lambda c: c.groups.list(), "name"),
    ],
)
def test_a_missing_required_field_or_a_bad_amount_is_a_response_parse_error(
    body: Any, call: Any, named: str
) -> None:
    with pytest.raises(ResponseParseError) as caught:
        call(client(body))
    assert named in str(caught.value)
    assert TOKEN not in str(caught.value)
