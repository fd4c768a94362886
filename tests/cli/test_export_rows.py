"""The CSV export reads its rows from the decoded pages (``read_rows``), building no models: every
row must be what the model would give, and every CDR the model refuses must fail the same way."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from bulutfon_api import models
from bulutfon_ext import Bulutfon, ResponseParseError
from bulutfon_ext.cli._cdr_csv import csv_rows, read_rows

GOOD: dict[str, Any] = {
    "uuid": "8d1b0f1e-0001-4abc-a123-0123456789ab",
    "bf_calltype": "voice",
    "direction": "OUT",
    "caller": 905320001122,
    "callee": "905330001122",
    "extension": "1001",
    "call_time": "2025-01-15T10:24:30+03:00",
    "answer_time": "2025-01-15T10:24:36+03:00",
    "hangup_time": "2025-01-15T10:26:00-05:30",
    "missing_call": False,
    "call_price": "0.0450",
    "call_record": "YES",
    "hangup_cause": "NORMAL_CLEARING",
    "hangup_state": "send_bye",
    "call_flow": [{"callee": 10}],
}

# Each: what changes in GOOD (None as a value is JSON null; DROP removes the key).
DROP = object()
SAME_AS_MODEL: list[dict[str, Any]] = [
    {},
    {"call_record": "Var"},
    {"call_record": "Yok"},
    {"call_record": "NEW_STATE"},  # unknown enum values are kept
    {"hangup_cause": "SOMETHING_NEW", "direction": "LOCAL"},
    {"bf_calltype": None, "extension": None, "answer_time": None, "call_price": None},
    {"bf_calltype": DROP, "extension": DROP, "answer_time": DROP, "call_price": DROP},
    {"call_record": DROP, "hangup_cause": DROP, "hangup_state": DROP, "hangup_time": DROP},
    {"caller": None, "callee": None, "call_time": None},
    {"extension": 1001, "caller": "+90 532", "missing_call": True},
    {"call_time": "2025-01-15T10:24:30Z"},
    {"call_time": "2025-01-15T10:24:30.250+03:00"},
    {"call_time": "2025-01-15T10:24:30.000000+03:00"},
    {"call_time": "2025-01-15T10:24:30-00:00"},
    {"call_time": "2025-01-15 10:24:30+03:00"},
    {"call_time": "2025-01-15T10:24:30"},
    {"call_time": "20250115T102430+0300"},
    {"call_time": "2025-01-15T10:24+03:00"},
    {"call_price": "0.0000001"},
    {"call_price": "1E+2"},
    {"call_price": " 1.5 "},
    {"call_price": "+1.50"},
    {"call_price": "007"},
    {"call_price": "-0.000000"},
    {"call_price": 12},
    {"call_price": 0.5},
    {"call_price": 1e-7},
    {"call_price": "123456789012345678901234567890.123456"},
]
REFUSED_BY_MODEL: list[dict[str, Any]] = [
    {"missing_call": "false"},
    {"missing_call": None},
    {"missing_call": DROP},
    {"uuid": 12},
    {"uuid": None},
    {"caller": True},
    {"caller": 1.5},
    {"caller": DROP},
    {"direction": 3},
    {"bf_calltype": ["voice"]},
    {"call_time": "yesterday"},
    {"call_time": "2025-13-15T10:24:30+03:00"},
    {"call_time": "2025-02-30T10:24:30+03:00"},
    {"call_time": 1736925870},
    {"call_price": "ten"},
    {"call_price": "NaN"},
    {"call_price": True},
]


def _cdr(change: dict[str, Any]) -> dict[str, Any]:
    cdr = {**GOOD, **change}
    return {key: value for key, value in cdr.items() if value is not DROP}


def _ids(changes: list[dict[str, Any]]) -> list[str]:
    return [repr({k: "DROP" if v is DROP else v for k, v in c.items()}) for c in changes]


@pytest.mark.parametrize("change", SAME_AS_MODEL, ids=_ids(SAME_AS_MODEL))
def test_a_row_is_what_the_model_gives(change: dict[str, Any]) -> None:
    cdr = _cdr(change)
    assert read_rows([cdr]) == csv_rows([models.Cdr.from_dict(cdr)])


def test_a_page_of_mixed_cdrs_keeps_its_order() -> None:
    page = [_cdr(change) for change in SAME_AS_MODEL]
    assert read_rows(page) == csv_rows([models.Cdr.from_dict(cdr) for cdr in page])


@pytest.mark.parametrize("change", REFUSED_BY_MODEL, ids=_ids(REFUSED_BY_MODEL))
def test_a_cdr_the_model_refuses_fails_with_the_models_error(change: dict[str, Any]) -> None:
    cdr = _cdr(change)
    with pytest.raises((TypeError, ValueError, KeyError)) as by_model:
        models.Cdr.from_dict(cdr)
    with pytest.raises(type(by_model.value)) as by_rows:
        read_rows([_cdr({}), cdr])
    assert str(by_rows.value) == str(by_model.value)


@pytest.mark.parametrize("item", [["not", "an", "object"], "text", None])
def test_an_item_that_is_not_an_object_fails_as_the_model_does(item: Any) -> None:
    with pytest.raises(TypeError, match="Cdr"):
        read_rows([item])


def _client(body: Any) -> Bulutfon:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=json.dumps(body).encode())

    return Bulutfon(access_token="t-0123456789", transport=httpx.MockTransport(answer))


PAGING = {"page": 1, "total_pages": 1, "total_count": 1, "limit": 500, "next_page": None}


@pytest.mark.parametrize(
    "body",
    [
        {"cdrs": [_cdr({"missing_call": "no"})], "pagination": PAGING},
        {"cdrs": {"uuid": "x"}, "pagination": PAGING},
        {"pagination": PAGING},
        {"cdrs": [_cdr({})], "pagination": ["page", 1]},
        ["cdrs"],
    ],
    ids=["bad CDR", "cdrs not a list", "no cdrs", "bad pagination", "not an object"],
)
def test_a_page_that_does_not_fit_fails_as_the_typed_walk_does(body: Any) -> None:
    with _client(body) as client:
        with pytest.raises(ResponseParseError) as typed:
            list(client.cdrs.iter_pages())
        with pytest.raises(ResponseParseError) as rows:
            list(client.cdrs._pages({}, 1, read_rows))
    assert str(rows.value) == str(typed.value)


def test_the_pages_carry_rows_and_the_same_paging() -> None:
    body = {
        "cdrs": [_cdr({}), _cdr({"call_record": "NO"})],
        "pagination": {**PAGING, "total_count": 2},
    }
    with _client(body) as client:
        (typed,) = client.cdrs.iter_pages()
        (read,) = client.cdrs._pages({}, 1, read_rows)
    assert read.items == csv_rows(typed.items)
    assert (read.page, read.total_pages, read.total_count) == (1, 1, 2)


def test_a_well_formed_page_builds_no_model(monkeypatch: pytest.MonkeyPatch) -> None:
    # What makes the export fast: the model is only the way for CDRs the fast reading refuses.
    from bulutfon_ext.cli import _cdr_csv

    class NoModel:
        @staticmethod
        def from_dict(src: Any) -> Any:
            raise AssertionError("a model was built")

    expected = csv_rows([models.Cdr.from_dict(_cdr({}))])
    monkeypatch.setattr(_cdr_csv, "Cdr", NoModel)
    assert read_rows([_cdr({}), _cdr({"call_price": DROP, "extension": None})])[0] == expected[0]
