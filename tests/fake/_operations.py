"""One valid call per operation of the spec, through the generated client, and what it parses into."""

from __future__ import annotations

import importlib
from collections.abc import Awaitable, Callable
from typing import Any

import attrs

from bulutfon_api import AuthenticatedClient, models
from bulutfon_api.models import (
    AnnouncementCreate,
    AutomaticCallCreate,
    ExtensionCreate,
    ExtensionUpdate,
    OutgoingFaxCreate,
    RedirectionType,
    SmsMessageCreate,
)
from bulutfon_api.types import File, Response
from bulutfon_ext.fake import FakeBulutfon
from tests._spec import example_path_values, operations, resolve
from tests.fake._helpers import (
    INCOMING_FAX,
    PBX_NUMBER,
    PDF_BYTES,
    RECORDED_CALL,
    WAV_BYTES,
    attachment,
)

Call = Callable[[AuthenticatedClient, FakeBulutfon], Awaitable[Response[Any]]]
Arguments = Callable[[FakeBulutfon], dict[str, Any]]


def new_extension(**changes: Any) -> ExtensionCreate:
    """A valid create body: Ayşe's extension 1200 on the PBX number, no redirection."""
    body = ExtensionCreate(
        full_name="Ayşe Yılmaz",
        email="ayse@example.com",
        did=PBX_NUMBER,
        number=1200,
        redirection_type=RedirectionType.NONE,
    )
    return attrs.evolve(body, **changes)


# The arguments of the operations whose call the spec alone does not give: a body, a value the
# fake makes up (its token), or a key another operation's example holds. Every other operation
# is a read whose path values its own example holds (``generic_arguments``).
ARGUMENTS: dict[str, Arguments] = {
    "get_token_info": lambda f: {"token": f.token},
    "create_extension": lambda f: {"body": new_extension()},
    "update_extension": lambda f: {"id": 2, "body": ExtensionUpdate(full_name="Mehmet Demir")},
    "delete_extension": lambda f: {"id": 3},
    "download_call_record": lambda f: {"uuid": RECORDED_CALL},
    "stream_call_record": lambda f: {"uuid": RECORDED_CALL},
    "download_incoming_fax": lambda f: {"uuid": INCOMING_FAX},
    "stream_incoming_fax": lambda f: {"uuid": INCOMING_FAX},
    "send_outgoing_fax": lambda f: {
        "body": OutgoingFaxCreate(
            title="Teklif",
            receivers="902121234567,905321234567",
            did=PBX_NUMBER,
            attachment=attachment("application/pdf", "teklif.pdf", PDF_BYTES),
        )
    },
    "create_announcement": lambda f: {
        "body": AnnouncementCreate(
            name="Karşılama", announcement=attachment("audio/wav", "merhaba.wav", WAV_BYTES)
        )
    },
    "download_announcement": lambda f: {"id": 1},
    "delete_announcement": lambda f: {"id": 2},
    "stream_announcement": lambda f: {"id": 1},
    "create_automatic_call": lambda f: {
        "body": AutomaticCallCreate(
            title="Memnuniyet anketi",
            receivers="905321112233,905332223344",
            did=PBX_NUMBER,
            announcement_id=1,
            timeout=30,
        )
    },
    "call_and_bridge": lambda f: {
        "caller": PBX_NUMBER,
        "callee": "905321112233",
        "destination": "1001",
    },
    "list_sms_rejections": lambda f: {"title": "TEST"},
    "delete_sms_rejection": lambda f: {"title": "TEST", "number": "905068118260"},
    "send_message": lambda f: {
        "body": SmsMessageCreate(title="TEST", content="Merhaba", receivers="905321112233")
    },
}


def generic_arguments(path: str, op: dict[str, Any]) -> Arguments | None:
    """A read's call, its path values taken from its own success example."""
    values = example_path_values(path, op)
    return None if values is None else lambda f: dict(values)


def expected_type(op: dict[str, Any]) -> type:
    """What the operation's success body parses into: File, or the model its schema names."""
    status = next(s for s in op["responses"] if str(s).startswith("2"))
    content = resolve(op["responses"][status]).get("content", {})
    media = content.get("application/json")
    if media is None:
        return File
    return getattr(models, media["schema"]["$ref"].rsplit("/", 1)[1])  # type: ignore[no-any-return]


def _call(path: str, op: dict[str, Any]) -> tuple[Call, type] | None:
    arguments = ARGUMENTS.get(op["operationId"]) or generic_arguments(path, op)
    if arguments is None:
        return None
    module = importlib.import_module(
        f"bulutfon_api.api.{op['tags'][0].replace('-', '_')}.{op['operationId']}"
    )

    def call(client: AuthenticatedClient, fake: FakeBulutfon) -> Awaitable[Response[Any]]:
        return module.asyncio_detailed(client=client, **arguments(fake))  # type: ignore[no-any-return]

    return call, expected_type(op)


# operationId -> (a valid call, the type its 2xx response parses into), for every operation of
# the spec that has one; test_operations.py fails, naming ARGUMENTS, for any that has none.
CALLS = {op["operationId"]: _call(path, op) for _method, path, op in operations()}
OPERATIONS: dict[str, tuple[Call, type]] = {k: v for k, v in CALLS.items() if v is not None}
