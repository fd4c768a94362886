# generated from spec/bulutfon-v1.yaml by make generate; do not edit
"""The rules across fields that the spec states on request bodies (a JSON Schema `not`
on the schema: what a body must not look like), by schema name, `$ref` resolved.

`bulutfon_ext` checks them before sending; the fake checks the same rules from the spec.
Below them, the integer bounds and the sortable fields the spec states, for the same use.
"""

from typing import Any

RULES: dict[str, Any] = {
    "ExtensionCreate": {
        "description": "a redirection other than NONE needs destination_type, and "
        "external_number (EXTERNAL) or destination_number (any other)",
        "x-error-code": "INVALID_DESTINATION",
        "properties": {"redirection_type": {"not": {"enum": ["NONE"]}}},
        "required": ["redirection_type"],
        "anyOf": [
            {"properties": {"destination_type": {"not": {}}}},
            {
                "required": ["destination_type"],
                "properties": {
                    "destination_type": {"enum": ["EXTERNAL"]},
                    "external_number": {"not": {}},
                },
            },
            {
                "required": ["destination_type"],
                "properties": {
                    "destination_type": {"not": {"enum": ["EXTERNAL"]}},
                    "destination_number": {"not": {}},
                },
            },
        ],
    },
    "ExtensionCreateForm": {
        "description": "a redirection other than NONE needs destination_type, and "
        "external_number (EXTERNAL) or destination_number (any "
        "other)",
        "x-error-code": "INVALID_DESTINATION",
        "properties": {"redirection_type": {"not": {"enum": ["NONE"]}}},
        "required": ["redirection_type"],
        "anyOf": [
            {"properties": {"destination_type": {"not": {}}}},
            {
                "required": ["destination_type"],
                "properties": {
                    "destination_type": {"enum": ["EXTERNAL"]},
                    "external_number": {"not": {}},
                },
            },
            {
                "required": ["destination_type"],
                "properties": {
                    "destination_type": {"not": {"enum": ["EXTERNAL"]}},
                    "destination_number": {"not": {}},
                },
            },
        ],
    },
    "AutomaticCallCreate": {
        "description": "send exactly one of announcement_id, sound_url, bulutfon_xm_id",
        "x-error-code": "INVALID_SOURCE",
        "anyOf": [
            {
                "properties": {
                    "announcement_id": {"not": {}},
                    "sound_url": {"not": {}},
                    "bulutfon_xm_id": {"not": {}},
                }
            },
            {"required": ["announcement_id", "sound_url"]},
            {"required": ["announcement_id", "bulutfon_xm_id"]},
            {"required": ["sound_url", "bulutfon_xm_id"]},
        ],
    },
    "AutomaticCallCreateForm": {
        "description": "send exactly one of announcement_id, sound_url, bulutfon_xm_id",
        "x-error-code": "INVALID_SOURCE",
        "anyOf": [
            {
                "properties": {
                    "announcement_id": {"not": {}},
                    "sound_url": {"not": {}},
                    "bulutfon_xm_id": {"not": {}},
                }
            },
            {"required": ["announcement_id", "sound_url"]},
            {"required": ["announcement_id", "bulutfon_xm_id"]},
            {"required": ["sound_url", "bulutfon_xm_id"]},
        ],
    },
    "SmsMessageCreate": {
        "description": "send_date is required when is_future_sms is true",
        "x-error-code": "INVALID_SEND_DATE",
        "required": ["is_future_sms"],
        "properties": {"is_future_sms": {"enum": [True]}, "send_date": {"not": {}}},
    },
    "SmsMessageCreateForm": {
        "description": "send_date is required when is_future_sms is true",
        "x-error-code": "INVALID_SEND_DATE",
        "required": ["is_future_sms"],
        "properties": {"is_future_sms": {"enum": [True]}, "send_date": {"not": {}}},
    },
}

# The bounds of the integers a request body holds, [minimum, maximum], by schema and field.
BOUNDS: dict[str, dict[str, list[int]]] = {
    "AutomaticCallCreate": {"timeout": [0, 60]},
    "AutomaticCallCreateForm": {"timeout": [0, 60]},
}

# The fields a sort parameter (`field,asc|desc`) may name, by operationId and parameter:
# the properties of the schema its x-sortable names.
SORTABLE: dict[str, dict[str, list[str]]] = {
    "list_cdrs": {
        "order": [
            "uuid",
            "bf_calltype",
            "direction",
            "caller",
            "callee",
            "extension",
            "call_time",
            "answer_time",
            "hangup_time",
            "missing_call",
            "call_price",
            "call_record",
            "hangup_cause",
            "hangup_state",
        ]
    }
}
