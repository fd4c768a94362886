"""Schemathesis against the fake: its answers to every operation conform to the spec.

Schema-valid requests are generated for each of the 36 operations and sent to the fake in
process; every response is checked against the spec (status, content type, headers, body
schema), and schemathesis' ``ignored_auth`` check repeats successful requests without and with
wrong credentials, which must fail. A second test sends each operation without credentials.

Generation is deterministic and small (a few examples an operation), with no example database,
so the run is quick, repeatable, and leaves nothing in the repository.
"""

from __future__ import annotations

import base64
import tempfile
from pathlib import Path
from typing import Any

import schemathesis
from hypothesis import settings
from hypothesis.configuration import set_hypothesis_home_dir
from schemathesis.config import SchemathesisConfig

from bulutfon_ext.fake import FakeBulutfon
from bulutfon_ext.fake._media import wav
from tests._spec import SPEC_PATH

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
            "max-examples": 5,
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
        "checks": {
            # Schema-valid is not always acceptable: the fake, as the real server, refuses a DID
            # that is not the PBX's, an extension number already taken, a redirection without a
            # destination, an automatic call with two sound sources or a future SMS without a
            # date. The spec states these rules in prose only, so they answer 422 and 422 is
            # allowed here. Everything else of the default check stays (2xx, 404, 401...).
            "positive_data_acceptance": {
                "expected-statuses": ["2xx", "401", "403", "404", "409", "422", "429", "5xx"]
            },
        },
    }
)
schema = schemathesis.openapi.from_path(SPEC, config=CONFIG)
schema.app = FAKE.app

_SOURCES = ("announcement_id", "sound_url", "bulutfon_xm_id")


@schema.hook
def map_body(context: Any, body: Any) -> Any:
    """Keep one sound source of an automatic call, as the spec's prose requires.

    Without this nearly every generated automatic call names two or three sources and is
    refused, and the fake's answer to a valid one would never be checked.
    """
    if context.operation.label == "POST /automatic-calls" and isinstance(body, dict):
        present = [name for name in _SOURCES if name in body]
        for name in present[1:]:
            del body[name]
    return body


@schema.parametrize()
def test_the_fake_conforms_to_the_spec(case: schemathesis.Case) -> None:
    case.call_and_validate()


@schema.parametrize()
@settings(max_examples=1)
def test_without_credentials_every_operation_answers_401(case: schemathesis.Case) -> None:
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
