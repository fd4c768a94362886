"""Every operation through the generated client, recorded: `bulutfon_api` against the wire."""

from __future__ import annotations

import hashlib
import importlib
from collections.abc import Callable
from typing import Any

import pytest

from bulutfon_api import AuthenticatedClient, models
from bulutfon_api.api.account import get_me, get_token_info
from bulutfon_api.api.announcements import (
    create_announcement,
    delete_announcement,
    download_announcement,
    list_announcements,
    stream_announcement,
)
from bulutfon_api.api.automatic_calls import (
    create_automatic_call,
    get_automatic_call,
    list_automatic_calls,
)
from bulutfon_api.api.call_and_bridge import call_and_bridge
from bulutfon_api.api.call_records import download_call_record, stream_call_record
from bulutfon_api.api.cdrs import get_cdr, list_cdrs
from bulutfon_api.api.dids import get_did, list_dids
from bulutfon_api.api.extensions import (
    create_extension,
    delete_extension,
    get_extension,
    list_extensions,
    update_extension,
)
from bulutfon_api.api.groups import get_group, list_groups
from bulutfon_api.api.incoming_faxes import (
    download_incoming_fax,
    list_incoming_faxes,
    stream_incoming_fax,
)
from bulutfon_api.api.message_titles import (
    delete_sms_rejection,
    list_message_titles,
    list_sms_rejections,
)
from bulutfon_api.api.messages import get_message, list_messages, send_message
from bulutfon_api.api.outgoing_faxes import get_outgoing_fax, list_outgoing_faxes, send_outgoing_fax
from tests._spec import operations, plain_reads
from tests._typing import given, ok
from tests.recorded.conftest import Target

PDF = "data:application/pdf;name:hello.pdf;base64:JVBERi0xLjQKJcOkw7zDtsOfCjEgMCBvYmoKPDw+PgplbmRvYmoKdHJhaWxlcgo8PD4+CiUlRU9G"
WAV = (
    "data:audio/wav;name:hi.wav;base64:UklGRiQAAABXQVZFZm10IBAAAAABAAEAQB8AAIA+AAACABAAZGF0YQAAAAA="
)


def pbx_number(c: AuthenticatedClient) -> str:
    return str(ok(list_dids.sync(client=c)).dids[0].number)


def cdr_with_recording(c: AuthenticatedClient) -> str:
    cdrs = ok(list_cdrs.sync(client=c, limit=100)).cdrs
    return next(cdr.uuid for cdr in cdrs if cdr.call_record == models.CallRecordState.YES)


def is_binary(response: Any, media: str) -> bool:
    return (
        response.status_code == 200
        and response.headers["content-type"].startswith(media)
        and len(response.content) > 100
    )


def _create_extension(c: AuthenticatedClient) -> int:
    body = models.ExtensionCreate(
        full_name="VCR Test",
        email="vcr@example.com",
        did=pbx_number(c),
        number=1999,
        redirection_type=models.RedirectionType.NONE,
    )
    assert ok(create_extension.sync(client=c, body=body)).message
    return next(e.id for e in ok(list_extensions.sync(client=c)).extensions if e.number == 1999)


def _update_extension(c: AuthenticatedClient) -> None:
    ext_id = ok(list_extensions.sync(client=c)).extensions[0].id
    assert ok(
        update_extension.sync(client=c, id=ext_id, body=models.ExtensionUpdate(full_name="Renamed"))
    ).message
    assert ok(get_extension.sync(client=c, id=ext_id)).extension.caller_name == "Renamed"


def _delete_extension(c: AuthenticatedClient) -> None:
    ext_id = _create_extension(c)
    assert ok(delete_extension.sync(client=c, id=ext_id)).message
    assert ext_id not in [e.id for e in ok(list_extensions.sync(client=c)).extensions]


def _create_announcement(c: AuthenticatedClient) -> int:
    body = models.AnnouncementCreate(name="VCR hello", announcement=WAV)
    assert ok(create_announcement.sync(client=c, body=body)).message
    return next(
        a.id for a in ok(list_announcements.sync(client=c)).announcements if a.name == "VCR hello"
    )


def _delete_announcement(c: AuthenticatedClient) -> None:
    ann_id = _create_announcement(c)
    assert ok(delete_announcement.sync(client=c, id=ann_id)).message
    assert ann_id not in [a.id for a in ok(list_announcements.sync(client=c)).announcements]


def _send_fax(c: AuthenticatedClient) -> None:
    before = len(ok(list_outgoing_faxes.sync(client=c)).faxes)
    body = models.OutgoingFaxCreate(
        title="VCR fax", receivers="905001112233", did=pbx_number(c), attachment=PDF
    )
    assert ok(send_outgoing_fax.sync(client=c, body=body)).message
    assert len(ok(list_outgoing_faxes.sync(client=c)).faxes) == before + 1


def _automatic_call(c: AuthenticatedClient) -> None:
    ann = ok(list_announcements.sync(client=c)).announcements[0].id
    body = models.AutomaticCallCreate(
        title="VCR survey",
        receivers="905001112233,905001112244",
        did=pbx_number(c),
        announcement_id=ann,
        timeout=30,
    )
    assert ok(create_automatic_call.sync(client=c, body=body)).message
    assert any(
        a.title == "VCR survey" for a in ok(list_automatic_calls.sync(client=c)).automatic_calls
    )


def _delete_rejection(c: AuthenticatedClient) -> None:
    title = given(ok(list_message_titles.sync(client=c)).message_titles[0].name)
    number = str(ok(list_sms_rejections.sync(client=c, title=title)).sms_rejections[0].number)
    assert ok(delete_sms_rejection.sync(client=c, title=title, number=number)).message
    remaining = ok(list_sms_rejections.sync(client=c, title=title)).sms_rejections
    assert number not in [str(r.number) for r in remaining]


def _first_incoming_fax(c: AuthenticatedClient) -> str:
    return ok(list_incoming_faxes.sync(client=c)).incoming_faxes[0].uuid


def _first_announcement(c: AuthenticatedClient) -> int:
    return ok(list_announcements.sync(client=c)).announcements[0].id


def _same_as_listed(c: AuthenticatedClient, lister: Any, getter: Any, field: str) -> bool:
    """The detail of the first listed item is that item: same id, same ``field`` (each body
    unwrapped under its operation's envelope key, the spec's ``x-envelope``)."""
    first = getattr(lister.sync(client=c), lister.OPERATION.envelope)[0]
    detail = getattr(getter.sync(client=c, id=first.id), getter.OPERATION.envelope)
    return bool(detail.id == first.id and getattr(detail, field) == getattr(first, field))


def _cdr_matches(c: AuthenticatedClient) -> bool:
    first = ok(list_cdrs.sync(client=c, limit=1)).cdrs[0]
    detail = ok(get_cdr.sync(client=c, uuid=first.uuid)).cdr
    return bool(detail.uuid == first.uuid and detail.caller == first.caller)


OPERATIONS: dict[str, Callable[[AuthenticatedClient], Any]] = {
    "get_me": lambda c: isinstance(ok(get_me.sync(client=c)).pbx.state, models.PbxState),
    "get_token_info": lambda c: (
        ok(get_token_info.sync(client=c, token=c.token or "")).expired is False
    ),
    "list_dids": lambda c: all(
        isinstance(d, models.Did) for d in ok(list_dids.sync(client=c)).dids
    ),
    "get_did": lambda c: _same_as_listed(c, list_dids, get_did, "number"),
    "list_extensions": lambda c: ok(list_extensions.sync(client=c)).extensions[0].id,
    "get_extension": lambda c: _same_as_listed(c, list_extensions, get_extension, "number"),
    "create_extension": _create_extension,
    "update_extension": _update_extension,
    "delete_extension": _delete_extension,
    "list_groups": lambda c: ok(list_groups.sync(client=c)).groups[0].name,
    "get_group": lambda c: _same_as_listed(c, list_groups, get_group, "name"),
    "list_cdrs": lambda c: (
        given(ok(list_cdrs.sync(client=c, limit=10, page=2)).pagination).page == 2
    ),
    "get_cdr": _cdr_matches,
    "download_call_record": lambda c: is_binary(
        download_call_record.sync_detailed(client=c, uuid=cdr_with_recording(c)), "audio/ogg"
    ),
    "stream_call_record": lambda c: is_binary(
        stream_call_record.sync_detailed(client=c, uuid=cdr_with_recording(c)), "audio/ogg"
    ),
    "list_incoming_faxes": lambda c: ok(list_incoming_faxes.sync(client=c)).incoming_faxes[0].uuid,
    "download_incoming_fax": lambda c: is_binary(
        download_incoming_fax.sync_detailed(client=c, uuid=_first_incoming_fax(c)), "image/tiff"
    ),
    "stream_incoming_fax": lambda c: is_binary(
        stream_incoming_fax.sync_detailed(client=c, uuid=_first_incoming_fax(c)), "image/tiff"
    ),
    "list_outgoing_faxes": lambda c: ok(list_outgoing_faxes.sync(client=c)).faxes[0].id,
    "get_outgoing_fax": lambda c: _same_as_listed(
        c, list_outgoing_faxes, get_outgoing_fax, "title"
    ),
    "send_outgoing_fax": _send_fax,
    "list_announcements": lambda c: ok(list_announcements.sync(client=c)).announcements[0].name,
    "create_announcement": _create_announcement,
    "delete_announcement": _delete_announcement,
    "download_announcement": lambda c: is_binary(
        download_announcement.sync_detailed(client=c, id=_first_announcement(c)), "audio/wav"
    ),
    "stream_announcement": lambda c: is_binary(
        stream_announcement.sync_detailed(client=c, id=_first_announcement(c)), "audio/wav"
    ),
    "list_automatic_calls": lambda c: (
        ok(list_automatic_calls.sync(client=c)).automatic_calls[0].title
    ),
    "get_automatic_call": lambda c: _same_as_listed(
        c, list_automatic_calls, get_automatic_call, "title"
    ),
    "create_automatic_call": _automatic_call,
    "call_and_bridge": lambda c: (
        ok(
            call_and_bridge.sync(
                client=c, caller=pbx_number(c), callee="905001112233", destination="1000"
            )
        ).success
    ),
    "list_message_titles": lambda c: all(
        isinstance(t.state, models.MessageTitleState)
        for t in ok(list_message_titles.sync(client=c)).message_titles
    ),
    "list_sms_rejections": lambda c: (
        len(
            ok(
                list_sms_rejections.sync(
                    client=c,
                    title=given(ok(list_message_titles.sync(client=c)).message_titles[0].name),
                )
            ).sms_rejections
        )
        >= 1
    ),
    "delete_sms_rejection": _delete_rejection,
    "list_messages": lambda c: (
        given(given(ok(list_messages.sync(client=c, limit=1)).paginate).total_pages) >= 1
    ),
    "get_message": lambda c: _same_as_listed(c, list_messages, get_message, "title"),
    "send_message": lambda c: (
        ok(
            send_message.sync(
                client=c,
                body=models.SmsMessageCreate(
                    title=given(ok(list_message_titles.sync(client=c)).message_titles[0].name),
                    content="VCR",
                    receivers="905001112233",
                ),
            )
        ).message
    ),
}
COSTLY = {
    "create_extension",
    "update_extension",
    "delete_extension",
    "send_outgoing_fax",
    "create_announcement",
    "delete_announcement",
    "create_automatic_call",
    "call_and_bridge",
    "delete_sms_rejection",
    "send_message",
}
CASES = [
    pytest.param(op, marks=[pytest.mark.costly] if op in COSTLY else [], id=op) for op in OPERATIONS
]


def client_for(api: Target) -> AuthenticatedClient:
    return AuthenticatedClient(
        base_url=api.base_url, token=api.token, raise_on_unexpected_status=True
    )


@pytest.mark.vcr
@pytest.mark.parametrize("operation_id", CASES)
def test_operation(api: Target, operation_id: str) -> None:
    with client_for(api) as client:
        outcome = OPERATIONS[operation_id](client)
    # The multi-step cases assert as they go and return None; the one-liners return a value.
    assert outcome is None or outcome


@pytest.mark.vcr
def test_email_and_password_auth(api: Target) -> None:
    if api.email is None:
        pytest.skip("live recording uses the token only")
    client = AuthenticatedClient(base_url=api.base_url, email=api.email, password=api.password)
    assert ok(get_me.sync(client=client)).user.email


@pytest.mark.vcr
def test_signed_recording_hash(api: Target) -> None:
    token_client = client_for(api)
    uuid = cdr_with_recording(token_client)
    signed = AuthenticatedClient(
        base_url=api.base_url, token=hashlib.sha1((api.token + uuid).encode()).hexdigest()
    )
    assert is_binary(download_call_record.sync_detailed(client=signed, uuid=uuid), "audio/ogg")


@pytest.mark.vcr
@pytest.mark.parametrize(
    ("status", "call"),
    [
        (
            401,
            lambda api: get_me.sync_detailed(
                client=AuthenticatedClient(base_url=api.base_url, token="wrong-token")
            ),
        ),
        (404, lambda api: get_did.sync_detailed(client=client_for(api), id=999_999)),
        (
            422,
            lambda api: send_outgoing_fax.sync_detailed(
                client=client_for(api),
                body=models.OutgoingFaxCreate(
                    title="x", receivers="905001112233", did="900000000001", attachment=PDF
                ),
            ),
        ),
    ],
    ids=["401", "404", "422"],
)
def test_error_statuses_parse_into_error(
    api: Target, status: int, call: Callable[[Target], Any]
) -> None:
    response = call(api)
    assert response.status_code == status
    assert isinstance(response.parsed, models.Error)
    assert response.parsed.error


# Every plain read of the spec (a GET whose path values its own example holds), generically:
# an endpoint added to the spec is recorded by `make record` with no test written for it.
READS = plain_reads()


@pytest.mark.vcr
@pytest.mark.parametrize(("operation_id", "path", "values"), READS, ids=[r[0] for r in READS])
def test_plain_read(api: Target, operation_id: str, path: str, values: dict[str, Any]) -> None:
    tag = next(op["tags"][0] for _m, _p, op in operations() if op["operationId"] == operation_id)
    module = importlib.import_module(f"bulutfon_api.api.{tag.replace('-', '_')}.{operation_id}")
    with client_for(api) as client:
        response = module.sync_detailed(client=client, **values)
    assert response.status_code == 200
    assert response.parsed is not None and not isinstance(response.parsed, models.Error)
