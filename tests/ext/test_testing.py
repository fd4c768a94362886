"""``bulutfon_ext.testing``: factories whose models are valid by the spec, for users' unit tests."""

from __future__ import annotations

import datetime
import typing
from collections.abc import Callable
from decimal import Decimal
from typing import Any
from unittest import mock

import pytest

from bulutfon_api import models
from bulutfon_ext import Bulutfon, BulutfonError, testing
from tests._spec import envelope, json_examples, operations, schema_validator

# Every factory (generated, one per model an operation with an example returns), and the spec
# schema its model's to_dict() must satisfy: the model's own name.
FACTORIES: list[tuple[Callable[..., Any], str]] = [
    (factory, typing.get_type_hints(factory)["return"].__name__)
    for factory in (getattr(testing, name) for name in testing.__all__ if "page" not in name)
]


def test_the_factories_users_had_keep_their_names() -> None:
    # All of those there were before the factories were generated, still under the same names.
    assert {factory.__name__ for factory, _ in FACTORIES} >= {
        "make_me",
        "make_token_info",
        "make_did",
        "make_did_detail",
        "make_extension",
        "make_extension_detail",
        "make_group",
        "make_group_detail",
        "make_cdr",
        "make_cdr_detail",
        "make_incoming_fax",
        "make_outgoing_fax",
        "make_outgoing_fax_detail",
        "make_announcement",
        "make_automatic_call",
        "make_automatic_call_detail",
        "make_write_result",
        "make_call_and_bridge_result",
    }


@pytest.mark.parametrize(("factory", "schema"), FACTORIES, ids=[s for _, s in FACTORIES])
def test_a_factory_makes_a_model_valid_by_the_spec(
    factory: Callable[..., Any], schema: str
) -> None:
    made = factory()
    assert isinstance(made, getattr(models, schema))
    errors = list(
        schema_validator({"$ref": f"#/components/schemas/{schema}"}).iter_errors(made.to_dict())
    )
    assert errors == [], [e.message for e in errors]
    assert made.additional_properties == {}
    assert type(made).from_dict(made.to_dict()) == made
    assert factory.__doc__


@pytest.mark.parametrize(
    ("factory", "operation_id"),
    [
        (testing.make_me, "get_me"),
        (testing.make_did, "list_dids"),
        (testing.make_cdr_detail, "get_cdr"),
        (testing.make_automatic_call_detail, "get_automatic_call"),
    ],
)
def test_a_factory_starts_from_the_providers_example_in_the_spec(
    factory: Callable[..., Any], operation_id: str
) -> None:
    # Read from the spec here, not from bulutfon_api.examples: what a user's test sees is what
    # the provider's page shows, with only its id or uuid made fresh.
    (op,) = [op for _m, _p, op in operations() if op["operationId"] == operation_id]
    body = next(v for o, s, _n, _s, v in json_examples() if o == operation_id and s == "200")
    key = envelope(op)
    quoted = body[key] if key else body
    quoted = quoted[0] if isinstance(quoted, list) else quoted
    made = factory()
    fresh = {name: getattr(made, name) for name in ("id", "uuid") if hasattr(made, name)}
    assert made == type(made).from_dict({**quoted, **fresh})
    assert not fresh or fresh != {n: quoted.get(n) for n in fresh}  # only the key is new


def test_the_validation_above_can_fail() -> None:
    broken = testing.make_cdr().to_dict()
    del broken["caller"]
    assert list(schema_validator({"$ref": "#/components/schemas/Cdr"}).iter_errors(broken))


def test_overrides_take_python_values_and_ids_are_fresh() -> None:
    when = datetime.datetime(2024, 1, 2, 3, 4, tzinfo=datetime.UTC)
    cdr = testing.make_cdr(
        caller=905321112233,
        missing_call=True,
        call_time=when,
        call_price=Decimal("0.25"),
        direction=models.Direction.OUT,
    )
    assert (cdr.caller, cdr.missing_call, cdr.call_time) == (905321112233, True, when)
    assert cdr.to_dict()["call_price"] == "0.25"
    assert testing.make_cdr().uuid != testing.make_cdr().uuid
    assert testing.make_did().id != testing.make_did().id
    me = testing.make_me(credit=models.Credit(balance=Decimal("5.00")))
    assert me.credit.balance == Decimal("5.00")


def test_an_unknown_field_names_the_fields_there_are() -> None:
    with pytest.raises(TypeError, match=r"Cdr has no field colour; its fields: .*caller"):
        testing.make_cdr(colour="red")


def test_make_page_stands_in_for_list() -> None:
    cdrs = [testing.make_cdr() for _ in range(3)]
    page = testing.make_page(cdrs)
    assert list(page) == cdrs and page.total_count == 3 and not page.has_next_page()
    with pytest.raises(BulutfonError):
        page.next_page()
    first = testing.make_page(cdrs[:2], cdrs[2:])
    assert first.has_next_page() and (first.total_pages, first.total_count) == (2, 3)
    second = first.next_page()
    assert (second.page, list(second), second.has_next_page()) == (2, cdrs[2:], False)
    assert list(first.iter_all()) == cdrs


def test_factories_with_a_mocked_client() -> None:
    # The documented use: a user's function under test, the SDK mocked out.
    def missed_callers(client: Bulutfon) -> list[Any]:
        return [c.caller for c in client.cdrs.list(missing_call=True) if c.missing_call]

    client = mock.create_autospec(Bulutfon, instance=True)
    client.cdrs = mock.Mock()
    client.cdrs.list.return_value = testing.make_page(
        [testing.make_cdr(caller=905321112233, missing_call=True), testing.make_cdr()]
    )
    assert missed_callers(client) == [905321112233]


async def test_make_async_page() -> None:
    groups = [testing.make_group(number=n) for n in (101, 102, 103)]
    page = testing.make_async_page(groups[:1], groups[1:])
    assert [g.number async for g in page.iter_all()] == [101, 102, 103]
    assert (await page.next_page()).items == groups[1:]
