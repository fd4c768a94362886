"""The spec is valid, complete (all 36 v1 operations) and its examples match its own schemas."""

from __future__ import annotations

from typing import Any

import pytest
from openapi_spec_validator import validate

from tests._spec import json_examples, load_spec, operations, resolve, schema_validator

# Every v1 operation, written out by hand from the provider's pages and the wire facts.
EXPECTED_OPERATIONS = {
    ("GET", "/me"): "get_me",
    ("GET", "/token-info/{token}"): "get_token_info",
    ("GET", "/dids"): "list_dids",
    ("GET", "/dids/{id}"): "get_did",
    ("GET", "/extensions"): "list_extensions",
    ("GET", "/extensions/{id}"): "get_extension",
    ("POST", "/extensions"): "create_extension",
    ("PUT", "/extensions/{id}"): "update_extension",
    ("DELETE", "/extensions/{id}"): "delete_extension",
    ("GET", "/groups"): "list_groups",
    ("GET", "/groups/{id}"): "get_group",
    ("GET", "/cdrs"): "list_cdrs",
    ("GET", "/cdrs/{uuid}"): "get_cdr",
    ("GET", "/call-records/{uuid}"): "download_call_record",
    ("GET", "/call-records/{uuid}/stream"): "stream_call_record",
    ("GET", "/incoming-faxes"): "list_incoming_faxes",
    ("GET", "/incoming-faxes/{uuid}"): "download_incoming_fax",
    ("GET", "/incoming-faxes/{uuid}/stream"): "stream_incoming_fax",
    ("GET", "/outgoing-faxes"): "list_outgoing_faxes",
    ("GET", "/outgoing-faxes/{id}"): "get_outgoing_fax",
    ("POST", "/outgoing-faxes"): "send_outgoing_fax",
    ("GET", "/announcements"): "list_announcements",
    ("POST", "/announcements"): "create_announcement",
    ("DELETE", "/announcements/{id}"): "delete_announcement",
    ("GET", "/announcements/{id}"): "download_announcement",
    ("GET", "/announcements/{id}/stream"): "stream_announcement",
    ("GET", "/automatic-calls"): "list_automatic_calls",
    ("GET", "/automatic-calls/{id}"): "get_automatic_call",
    ("POST", "/automatic-calls"): "create_automatic_call",
    ("POST", "/call_and_bridge"): "call_and_bridge",
    ("GET", "/message-titles"): "list_message_titles",
    ("GET", "/message-titles/{title}/sms-rejections"): "list_sms_rejections",
    ("DELETE", "/message-titles/{title}/sms-rejections/{number}"): "delete_sms_rejection",
    ("GET", "/messages"): "list_messages",
    ("GET", "/messages/{id}"): "get_message",
    ("POST", "/messages"): "send_message",
}
DEPRECATED = {
    "list_message_titles",
    "list_sms_rejections",
    "delete_sms_rejection",
    "list_messages",
    "get_message",
    "send_message",
}
BINARY_MEDIA = {
    "download_call_record": "audio/ogg",
    "stream_call_record": "audio/ogg",
    "download_incoming_fax": "image/tiff",
    "stream_incoming_fax": "image/tiff",
    "download_announcement": "audio/wav",
    "stream_announcement": "audio/wav",
}
ERROR_STATUSES = {"400", "401", "403", "404", "422", "429", "5XX"}
ALL_OPS = list(operations())


def test_spec_is_valid_openapi_3_1() -> None:
    spec = load_spec()
    assert spec["openapi"].startswith("3.1")
    validate(spec)


def test_every_v1_operation_is_in_the_spec_and_nothing_else() -> None:
    found = {(method, path): op["operationId"] for method, path, op in ALL_OPS}
    assert found == EXPECTED_OPERATIONS
    assert len(found) == 36


def test_paths_have_no_json_suffix() -> None:
    assert not [path for _m, path, _op in ALL_OPS if ".json" in path]


@pytest.mark.parametrize(
    ("method", "path", "op"), ALL_OPS, ids=[o["operationId"] for *_, o in ALL_OPS]
)
def test_operation_is_documented(method: str, path: str, op: dict[str, Any]) -> None:
    assert len(op["tags"]) == 1
    assert op["summary"].strip()
    assert op["description"].strip()
    assert op.get("deprecated", False) is (op["operationId"] in DEPRECATED)
    # The generator ignores document-level security, so each operation declares both schemes
    # (token-info also none: the token in its path is the credential).
    schemes = [{"access_token": []}, {"email": [], "password": []}]
    if op["operationId"] == "get_token_info":
        schemes = [{}, *schemes]
    assert op["security"] == schemes
    assert {str(s) for s in op["responses"]} >= ERROR_STATUSES
    assert "Retry-After" in resolve(op["responses"]["429"])["headers"]
    for status in ERROR_STATUSES:
        body = resolve(op["responses"][status])["content"]["application/json"]["schema"]
        assert body == {"$ref": "#/components/schemas/Error"}
    for param in op.get("parameters", []):
        param = resolve(param)
        assert param["description"].strip(), param["name"]
        assert param["schema"].keys() & {"type", "$ref", "anyOf"}, param["name"]


@pytest.mark.parametrize(("operation_id", "media_type"), sorted(BINARY_MEDIA.items()))
def test_binary_responses_have_their_real_media_type(operation_id: str, media_type: str) -> None:
    op = next(op for _m, _p, op in ALL_OPS if op["operationId"] == operation_id)
    content = op["responses"]["200"]["content"]
    assert list(content) == [media_type]
    assert content[media_type]["schema"] == {"type": "string", "format": "binary"}


def test_every_json_success_response_has_an_example() -> None:
    missing = []
    for _m, _p, op in ALL_OPS:
        for status, response in op["responses"].items():
            media = resolve(response).get("content", {}).get("application/json")
            if str(status).startswith("2") and media and not media.get("examples"):
                missing.append(f"{op['operationId']} {status}")
    assert missing == []


_validator = schema_validator


EXAMPLES = list(json_examples())


@pytest.mark.parametrize(
    ("operation_id", "status", "name", "schema", "value"),
    EXAMPLES,
    ids=[f"{e[0]}-{e[1]}-{e[2]}" for e in EXAMPLES],
)
def test_example_validates_against_its_schema(
    operation_id: str, status: str, name: str, schema: dict[str, Any], value: Any
) -> None:
    errors = sorted(_validator(schema).iter_errors(value), key=str)
    assert errors == [], [e.message for e in errors]


def test_example_validation_can_fail() -> None:
    # Guards the test above: a wrong example must be caught, or it proves nothing.
    schema = {"$ref": "#/components/schemas/DidListResponse"}
    assert list(_validator(schema).iter_errors({"dids": [{"number": "9"}]}))
    assert list(_validator(schema).iter_errors({"did": []}))
