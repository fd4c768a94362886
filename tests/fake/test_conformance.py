"""Schemathesis against the fake: its answers to every operation conform to the spec.

Schema-valid requests are generated for each of the 36 operations and sent to the fake in
process, with every check of schemathesis on: each response is checked against the spec
(status, content type, headers, body schema), a schema-valid request must be accepted (no 422
for a rule the spec does not state: the spec states its rules in JSON Schema, the automatic
call's one sound source included), and ``ignored_auth`` repeats successful requests without
and with wrong credentials, which must fail. A second test sends each operation without
credentials.

Generation is deterministic and small (a few examples an operation, or
``BULUTFON_CONFORMANCE_EXAMPLES``, which ``make reliability`` raises), with no example database,
so the run is quick, repeatable, and leaves nothing in the repository.
"""

from __future__ import annotations

import base64
import itertools
import os
import tempfile
from pathlib import Path
from typing import Any

import schemathesis
from hypothesis import settings
from hypothesis.configuration import set_hypothesis_home_dir
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from schemathesis.config import SchemathesisConfig

from bulutfon_ext.fake import FakeBulutfon
from bulutfon_ext.fake._media import wav
from tests._spec import SPEC_PATH, load_spec

# Hypothesis writes a cache of source constants under ./.hypothesis while pytest collects, even
# with no example database. Send its files to the temporary folder instead; this is set for the
# whole process, which only matters to tests that use Hypothesis, and these are the only ones.
set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "bulutfon-fake-hypothesis")

SPEC = SPEC_PATH
FAKE = FakeBulutfon(
    cdrs=200,
    incoming_faxes=5,
    messages=5,
    seed=1,
    recording_bytes=4096,
    fax_bytes=4096,
    announcement_bytes=4096,
)
PBX_NUMBER = "908508850000"
RECORDED_CALL = "dd3b3506-e40e-11e4-9880-17aee3ce4e7b"
INCOMING_FAX = "a3dbe5bc-6919-4197-a41d-7f5e94d6123b"


def _attachment(mime: str, name: str, content: bytes) -> str:
    return f"data:{mime};name:{name};base64:{base64.b64encode(content).decode()}"


def _only(operation_id: str, **parameters: Any) -> dict[str, Any]:
    return {"include-operation-id": operation_id, "parameters": parameters}


CONFIG = SchemathesisConfig.from_dict(
    {
        "auth": {"openapi": {"access_token": {"api_key": FAKE.token}}},
        "generation": {
            "mode": "positive",
            "max-examples": int(os.environ.get("BULUTFON_CONFORMANCE_EXAMPLES", "5")),
            "deterministic": True,
            "database": "none",
        },
        # Random ids, numbers and files would almost always name nothing the fake holds, and
        # then only error bodies would be checked. These values reach real records.
        "parameters": {
            "path.id": 1,
            "path.token": FAKE.token,
            "path.title": "TEST",
            "body.did": PBX_NUMBER,
            "query.caller": PBX_NUMBER,
            "body.title": "TEST",
            "body.announcement_id": 1,
        },
        "operations": [
            _only("get_cdr", **{"path.uuid": RECORDED_CALL}),
            _only("download_call_record", **{"path.uuid": RECORDED_CALL}),
            _only("stream_call_record", **{"path.uuid": RECORDED_CALL}),
            _only("download_incoming_fax", **{"path.uuid": INCOMING_FAX}),
            _only("stream_incoming_fax", **{"path.uuid": INCOMING_FAX}),
            _only("delete_sms_rejection", **{"path.number": "905068118260"}),
            # Deletes take records the reads above do not need.
            _only("delete_extension", **{"path.id": 3}),
            _only("delete_announcement", **{"path.id": 2}),
            _only(
                "send_outgoing_fax",
                **{
                    "body.attachment": _attachment("application/pdf", "a.pdf", b"%PDF-1.4\n%%EOF\n")
                },
            ),
            _only(
                "create_announcement",
                **{"body.announcement": _attachment("audio/wav", "a.wav", wav(100))},
            ),
        ],
        # Mining the fake's source for constants to try is for finding bugs in an app; here it
        # only costs time (and writes a cache under ./.hypothesis at collection).
        "analysis": {"constants": {"enabled": False}},
        # Every check, with its default expectations.
        "checks": {"enabled": True},
    }
)
schema = schemathesis.openapi.from_path(SPEC, config=CONFIG)
schema.app = FAKE.app

# Fields that must name something the account has: a rule of the server's state, not of the
# request's shape, so no schema can state it. Generated values are replaced by ones that exist,
# as the path ids above are.
_EXISTING = {"did": PBX_NUMBER, "caller": PBX_NUMBER, "title": "TEST"}
_NEEDS_EXISTING = {
    "POST /extensions": ("did",),
    "PUT /extensions/{id}": ("did",),
    "POST /outgoing-faxes": ("did",),
    "POST /automatic-calls": ("did", "announcement_id"),
    "POST /call_and_bridge": ("caller",),
    "POST /messages": ("title",),
}


_fresh_numbers = itertools.count(7000)


def name_existing(case: schemathesis.Case[Any]) -> None:
    """Name the account's own DID, message title and announcement where a write needs them, and
    an extension number nobody has (numbers are unique: a rule of state, too).

    Done on the case itself: schemathesis' coverage phase does not go through body hooks.
    """
    names = _NEEDS_EXISTING.get(case.operation.label, ())
    if isinstance(case.body, dict):
        for name in names:
            if name in case.body:
                case.body[name] = 1 if name == "announcement_id" else _EXISTING[name]
        if case.operation.label in ("POST /extensions", "PUT /extensions/{id}"):
            _fresh_number(case.body)
        if case.operation.label == "PUT /extensions/{id}":
            _complete_redirection(case.body)
        if case.operation.label == "POST /automatic-calls":
            _one_sound_source(case.body)


def _one_sound_source(body: dict[str, Any]) -> None:
    """The `body.announcement_id` value above is put into form bodies that already name another
    source, which the schema's one-source rule forbids: keep the first source only."""
    sources = [name for name in ("announcement_id", "sound_url", "bulutfon_xm_id") if name in body]
    for name in sources[1:]:
        del body[name]


def _fresh_number(body: dict[str, Any]) -> None:
    if "number" in body:
        body["number"] = next(_fresh_numbers)


def _complete_redirection(body: dict[str, Any]) -> None:
    """An update is checked on the record it produces (a redirection must name where to): keep
    the fields it sends consistent whatever the record held."""
    if body.get("redirection_type", "ALWAYS") == "NONE" or not (
        "redirection_type" in body or "destination_type" in body
    ):
        return
    kind = body.setdefault("destination_type", "EXTENSION")
    if kind == "EXTERNAL":
        body.setdefault("external_number", "905321112233")
    else:
        body.setdefault("destination_number", 1000)


_REGISTRY = Registry().with_resource(
    "urn:bulutfon-spec", Resource.from_contents(load_spec(), default_specification=DRAFT202012)
)


def body_is_valid(case: schemathesis.Case[Any]) -> bool:
    """Whether the body is valid by the spec, as a standard JSON Schema validator reads it.

    Schemathesis' coverage phase builds "positive" bodies from the properties alone, so a body
    can break a rule across fields (two sound sources) and still be sent as valid.
    """
    if not isinstance(case.body, dict) or case.media_type != "application/json":
        return True
    path = case.operation.path.replace("~", "~0").replace("/", "~1")
    pointer = f"/paths/{path}/{case.method.lower()}/requestBody/content/application~1json/schema"
    validator = Draft202012Validator({"$ref": f"urn:bulutfon-spec#{pointer}"}, registry=_REGISTRY)
    return bool(validator.is_valid(case.body))


@schema.parametrize()
def test_the_fake_conforms_to_the_spec(case: schemathesis.Case[Any]) -> None:
    name_existing(case)
    if body_is_valid(case):
        case.call_and_validate()
    else:
        # Not a positive case after all: the fake must refuse it, as the spec's rules say.
        response = case.call()
        assert response.status_code in (400, 422), (response.status_code, case.body)
        case.validate_response(response, checks=[schemathesis.checks.not_a_server_error])


@schema.parametrize()
@settings(max_examples=1)
def test_without_credentials_every_operation_answers_401(case: schemathesis.Case[Any]) -> None:
    case.query = {k: v for k, v in (case.query or {}).items() if k != "access_token"}
    if isinstance(case.body, dict):
        case.body = {k: v for k, v in case.body.items() if k not in ("access_token", "password")}
    if case.operation.label == "GET /token-info/{token}":
        # The token in the path is the credential: a token the server never issued is none.
        case.path_parameters = {"token": "not-a-token"}
    response = case.call()
    assert response.status_code == 401
    assert "error" in response.json()
    case.validate_response(response)
