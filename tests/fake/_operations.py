"""One valid call per operation of the spec, through the generated client, and what it parses into."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from bulutfon_api import AuthenticatedClient
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
from bulutfon_api.models import (
    AnnouncementCreate,
    AnnouncementListResponse,
    AutomaticCallCreate,
    AutomaticCallListResponse,
    AutomaticCallResponse,
    CallAndBridgeResult,
    CdrListResponse,
    CdrResponse,
    DidListResponse,
    DidResponse,
    ExtensionCreate,
    ExtensionListResponse,
    ExtensionResponse,
    ExtensionUpdate,
    GroupListResponse,
    GroupResponse,
    IncomingFaxListResponse,
    MeResponse,
    MessageTitleListResponse,
    OutgoingFaxCreate,
    OutgoingFaxListResponse,
    OutgoingFaxResponse,
    RedirectionType,
    SmsMessageCreate,
    SmsMessageListResponse,
    SmsMessageResponse,
    SmsRejectionListResponse,
    TokenInfo,
    WriteResult,
)
from bulutfon_api.types import File, Response
from bulutfon_ext.fake import FakeBulutfon
from tests.fake._helpers import (
    INCOMING_FAX,
    PBX_NUMBER,
    PDF_BYTES,
    RECORDED_CALL,
    WAV_BYTES,
    attachment,
)

Call = Callable[[AuthenticatedClient, FakeBulutfon], Awaitable[Response[Any]]]

# operationId -> (a valid call, the type its 2xx response parses into)
OPERATIONS: dict[str, tuple[Call, type]] = {
    "get_me": (lambda c, f: get_me.asyncio_detailed(client=c), MeResponse),
    "get_token_info": (
        lambda c, f: get_token_info.asyncio_detailed(f.token, client=c),
        TokenInfo,
    ),
    "list_dids": (lambda c, f: list_dids.asyncio_detailed(client=c), DidListResponse),
    "get_did": (lambda c, f: get_did.asyncio_detailed(1, client=c), DidResponse),
    "list_extensions": (
        lambda c, f: list_extensions.asyncio_detailed(client=c),
        ExtensionListResponse,
    ),
    "create_extension": (
        lambda c, f: create_extension.asyncio_detailed(
            client=c,
            body=ExtensionCreate(
                full_name="Ayşe Yılmaz",
                email="ayse@example.com",
                did=PBX_NUMBER,
                number=1200,
                redirection_type=RedirectionType.NONE,
            ),
        ),
        WriteResult,
    ),
    "get_extension": (
        lambda c, f: get_extension.asyncio_detailed(1, client=c),
        ExtensionResponse,
    ),
    "update_extension": (
        lambda c, f: update_extension.asyncio_detailed(
            2, client=c, body=ExtensionUpdate(full_name="Mehmet Demir")
        ),
        WriteResult,
    ),
    "delete_extension": (
        lambda c, f: delete_extension.asyncio_detailed(3, client=c),
        WriteResult,
    ),
    "list_groups": (lambda c, f: list_groups.asyncio_detailed(client=c), GroupListResponse),
    "get_group": (lambda c, f: get_group.asyncio_detailed(1, client=c), GroupResponse),
    "list_cdrs": (lambda c, f: list_cdrs.asyncio_detailed(client=c), CdrListResponse),
    "get_cdr": (lambda c, f: get_cdr.asyncio_detailed(RECORDED_CALL, client=c), CdrResponse),
    "download_call_record": (
        lambda c, f: download_call_record.asyncio_detailed(RECORDED_CALL, client=c),
        File,
    ),
    "stream_call_record": (
        lambda c, f: stream_call_record.asyncio_detailed(RECORDED_CALL, client=c),
        File,
    ),
    "list_incoming_faxes": (
        lambda c, f: list_incoming_faxes.asyncio_detailed(client=c),
        IncomingFaxListResponse,
    ),
    "download_incoming_fax": (
        lambda c, f: download_incoming_fax.asyncio_detailed(INCOMING_FAX, client=c),
        File,
    ),
    "stream_incoming_fax": (
        lambda c, f: stream_incoming_fax.asyncio_detailed(INCOMING_FAX, client=c),
        File,
    ),
    "list_outgoing_faxes": (
        lambda c, f: list_outgoing_faxes.asyncio_detailed(client=c),
        OutgoingFaxListResponse,
    ),
    "send_outgoing_fax": (
        lambda c, f: send_outgoing_fax.asyncio_detailed(
            client=c,
            body=OutgoingFaxCreate(
                title="Teklif",
                receivers="902121234567,905321234567",
                did=PBX_NUMBER,
                attachment=attachment("application/pdf", "teklif.pdf", PDF_BYTES),
            ),
        ),
        WriteResult,
    ),
    "get_outgoing_fax": (
        lambda c, f: get_outgoing_fax.asyncio_detailed(1, client=c),
        OutgoingFaxResponse,
    ),
    "list_announcements": (
        lambda c, f: list_announcements.asyncio_detailed(client=c),
        AnnouncementListResponse,
    ),
    "create_announcement": (
        lambda c, f: create_announcement.asyncio_detailed(
            client=c,
            body=AnnouncementCreate(
                name="Karşılama", announcement=attachment("audio/wav", "merhaba.wav", WAV_BYTES)
            ),
        ),
        WriteResult,
    ),
    "download_announcement": (
        lambda c, f: download_announcement.asyncio_detailed(1, client=c),
        File,
    ),
    "delete_announcement": (
        lambda c, f: delete_announcement.asyncio_detailed(2, client=c),
        WriteResult,
    ),
    "stream_announcement": (
        lambda c, f: stream_announcement.asyncio_detailed(1, client=c),
        File,
    ),
    "list_automatic_calls": (
        lambda c, f: list_automatic_calls.asyncio_detailed(client=c),
        AutomaticCallListResponse,
    ),
    "create_automatic_call": (
        lambda c, f: create_automatic_call.asyncio_detailed(
            client=c,
            body=AutomaticCallCreate(
                title="Memnuniyet anketi",
                receivers="905321112233,905332223344",
                did=PBX_NUMBER,
                announcement_id=1,
                timeout=30,
            ),
        ),
        WriteResult,
    ),
    "get_automatic_call": (
        lambda c, f: get_automatic_call.asyncio_detailed(2, client=c),
        AutomaticCallResponse,
    ),
    "call_and_bridge": (
        lambda c, f: call_and_bridge.asyncio_detailed(
            client=c,
            caller=PBX_NUMBER,
            callee="905321112233",
            destination="1001",
        ),
        CallAndBridgeResult,
    ),
    "list_message_titles": (
        lambda c, f: list_message_titles.asyncio_detailed(client=c),
        MessageTitleListResponse,
    ),
    "list_sms_rejections": (
        lambda c, f: list_sms_rejections.asyncio_detailed("TEST", client=c),
        SmsRejectionListResponse,
    ),
    "delete_sms_rejection": (
        lambda c, f: delete_sms_rejection.asyncio_detailed("TEST", "905068118260", client=c),
        WriteResult,
    ),
    "list_messages": (
        lambda c, f: list_messages.asyncio_detailed(client=c),
        SmsMessageListResponse,
    ),
    "send_message": (
        lambda c, f: send_message.asyncio_detailed(
            client=c,
            body=SmsMessageCreate(title="TEST", content="Merhaba", receivers="905321112233"),
        ),
        WriteResult,
    ),
    "get_message": (lambda c, f: get_message.asyncio_detailed(1, client=c), SmsMessageResponse),
}
