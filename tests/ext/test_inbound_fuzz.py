"""Whatever arrives, the parsers answer with a typed value or their own error, nothing else."""

from __future__ import annotations

import contextlib
import json
from urllib.parse import urlencode

from hypothesis import given, settings
from hypothesis import strategies as st

from bulutfon_ext import bfxm, webhooks

CONTENT_TYPES = st.sampled_from(
    [
        "application/json",
        "application/x-www-form-urlencoded",
        "",
        "text/plain",
        "application/json; charset=utf-8",
    ]
)
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=30)
)
FIELDS = st.dictionaries(
    st.sampled_from(
        [
            "event_type",
            "uuid",
            "caller",
            "callee",
            "timestamp",
            "step",
            "talk_duration",
            "autodial",
            "destination",
            "domain_id",
            "return_data",
            "x",
        ]
    ),
    st.one_of(SCALARS, st.lists(SCALARS, max_size=3)),
    max_size=8,
)


@settings(max_examples=300, deadline=None)
@given(body=st.binary(max_size=300), content_type=CONTENT_TYPES)
def test_any_bytes(body: bytes, content_type: str) -> None:
    with contextlib.suppress(webhooks.WebhookError):
        webhooks.parse_event(body, content_type)
    with contextlib.suppress(bfxm.BfxmError):
        bfxm.parse_request(body, content_type)


@settings(max_examples=300, deadline=None)
@given(fields=FIELDS, as_form=st.booleans())
def test_any_fields(fields: dict[str, object], as_form: bool) -> None:
    if as_form:
        flat = [(k, str(v)) for k, v in fields.items()]
        body, content_type = urlencode(flat).encode(), "application/x-www-form-urlencoded"
    else:
        body, content_type = json.dumps(fields).encode(), "application/json"
    try:
        event = webhooks.parse_event(body, content_type)
        assert event.timestamp is None or event.timestamp.tzinfo is not None
    except webhooks.WebhookError:
        pass
    try:
        request = bfxm.parse_request(body, content_type)
        assert request.step >= 1
    except bfxm.BfxmError:
        pass


#: Every argument some documented action takes, from the builder's own table.
ARGUMENTS = sorted({name for names in bfxm.ACTIONS.values() for name in names})


@settings(max_examples=300, deadline=None)
@given(
    seq=st.lists(
        st.fixed_dictionaries(
            {"action": st.sampled_from([*bfxm.ACTIONS, "say", "x"])},
            optional={"args": st.dictionaries(st.sampled_from(ARGUMENTS), SCALARS, max_size=7)},
        ),
        max_size=5,
    )
)
def test_any_document_is_read_or_refused(seq: list[dict[str, object]]) -> None:
    try:
        document = bfxm.Bfon.from_dict({"bfxm": {"version": 1}, "seq": seq})
    except bfxm.BfonError:
        return
    if not document.steps:
        return
    # What was accepted is written back the same way and reads back again.
    assert bfxm.Bfon.from_dict(document.to_dict()) == document
