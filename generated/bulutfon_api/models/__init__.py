# generated from spec/bulutfon-v1.yaml by make generate; do not edit
"""Contains all the data models used in inputs/outputs.

Each model's module is imported on first use (PEP 562 ``__getattr__``): ``import bulutfon_api``
stays cheap, and ``from bulutfon_api.models import Cdr`` works as ever. Type checkers read the
imports under ``TYPE_CHECKING``.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .acl import Acl
    from .announcement import Announcement
    from .announcement_create import AnnouncementCreate
    from .announcement_create_form import AnnouncementCreateForm
    from .announcement_list_response import AnnouncementListResponse
    from .automatic_call import AutomaticCall
    from .automatic_call_create import AutomaticCallCreate
    from .automatic_call_create_form import AutomaticCallCreateForm
    from .automatic_call_detail import AutomaticCallDetail
    from .automatic_call_list_response import AutomaticCallListResponse
    from .automatic_call_recipient import AutomaticCallRecipient
    from .automatic_call_response import AutomaticCallResponse
    from .bfon_action import BfonAction
    from .bfon_action_name import BfonActionName
    from .bfon_dial_args import BfonDialArgs
    from .bfon_dial_args_hide_cli_on_diversion import BfonDialArgsHideCliOnDiversion
    from .bfon_document import BfonDocument
    from .bfon_document_bfxm import BfonDocumentBfxm
    from .bfon_document_bfxm_version import BfonDocumentBfxmVersion
    from .bfon_gather_args import BfonGatherArgs
    from .bfon_play_args import BfonPlayArgs
    from .bfon_return_data_args import BfonReturnDataArgs
    from .bfon_set_caller_name_args import BfonSetCallerNameArgs
    from .bfon_sleep_args import BfonSleepArgs
    from .bfxm_request import BfxmRequest
    from .call_and_bridge_result import CallAndBridgeResult
    from .call_flow_step import CallFlowStep
    from .call_hangup_event import CallHangupEvent
    from .call_hangup_event_event_type import CallHangupEventEventType
    from .call_hangup_event_hangup_detail import CallHangupEventHangupDetail
    from .call_init_event import CallInitEvent
    from .call_init_event_event_type import CallInitEventEventType
    from .call_range import CallRange
    from .call_range_day import CallRangeDay
    from .call_reached_event import CallReachedEvent
    from .call_reached_extension_event import CallReachedExtensionEvent
    from .call_reached_extension_event_event_type import (
        CallReachedExtensionEventEventType,
    )
    from .call_reached_group_event import CallReachedGroupEvent
    from .call_reached_group_event_event_type import CallReachedGroupEventEventType
    from .call_reached_menu_event import CallReachedMenuEvent
    from .call_reached_menu_event_event_type import CallReachedMenuEventEventType
    from .call_record_state import CallRecordState
    from .call_type import CallType
    from .cdr import Cdr
    from .cdr_detail import CdrDetail
    from .cdr_list_response import CdrListResponse
    from .cdr_response import CdrResponse
    from .credit import Credit
    from .customer_type import CustomerType
    from .did import Did
    from .did_destination_type import DidDestinationType
    from .did_detail import DidDetail
    from .did_list_response import DidListResponse
    from .did_response import DidResponse
    from .did_state import DidState
    from .direction import Direction
    from .error import Error
    from .extension import Extension
    from .extension_create import ExtensionCreate
    from .extension_create_form import ExtensionCreateForm
    from .extension_destination_type import ExtensionDestinationType
    from .extension_detail import ExtensionDetail
    from .extension_list_response import ExtensionListResponse
    from .extension_response import ExtensionResponse
    from .extension_update import ExtensionUpdate
    from .extension_update_form import ExtensionUpdateForm
    from .fax_init_event import FaxInitEvent
    from .fax_init_event_event_type import FaxInitEventEventType
    from .fax_recipient import FaxRecipient
    from .fax_state import FaxState
    from .form_credentials import FormCredentials
    from .group import Group
    from .group_detail import GroupDetail
    from .group_list_response import GroupListResponse
    from .group_member import GroupMember
    from .group_response import GroupResponse
    from .hangup_cause import HangupCause
    from .hangup_state import HangupState
    from .incoming_fax import IncomingFax
    from .incoming_fax_list_response import IncomingFaxListResponse
    from .me_response import MeResponse
    from .message_title import MessageTitle
    from .message_title_list_response import MessageTitleListResponse
    from .message_title_state import MessageTitleState
    from .missing_call_event import MissingCallEvent
    from .missing_call_event_event_type import MissingCallEventEventType
    from .origination import Origination
    from .outgoing_fax import OutgoingFax
    from .outgoing_fax_create import OutgoingFaxCreate
    from .outgoing_fax_create_form import OutgoingFaxCreateForm
    from .outgoing_fax_detail import OutgoingFaxDetail
    from .outgoing_fax_list_response import OutgoingFaxListResponse
    from .outgoing_fax_response import OutgoingFaxResponse
    from .paginate import Paginate
    from .pagination import Pagination
    from .pbx import Pbx
    from .pbx_state import PbxState
    from .redirection import Redirection
    from .redirection_type import RedirectionType
    from .sms_message import SmsMessage
    from .sms_message_create import SmsMessageCreate
    from .sms_message_create_form import SmsMessageCreateForm
    from .sms_message_detail import SmsMessageDetail
    from .sms_message_list_response import SmsMessageListResponse
    from .sms_message_response import SmsMessageResponse
    from .sms_recipient import SmsRecipient
    from .sms_rejection import SmsRejection
    from .sms_rejection_list_response import SmsRejectionListResponse
    from .sms_state import SmsState
    from .time_limit import TimeLimit
    from .token_info import TokenInfo
    from .user import User
    from .webhook_direction import WebhookDirection
    from .webhook_event import WebhookEvent
    from .webhook_event_type import WebhookEventType
    from .working_day import WorkingDay
    from .working_hours import WorkingHours
    from .write_result import WriteResult

# Model name -> the module that defines it.
_MODULES = {
    "Acl": ".acl",
    "Announcement": ".announcement",
    "AnnouncementCreate": ".announcement_create",
    "AnnouncementCreateForm": ".announcement_create_form",
    "AnnouncementListResponse": ".announcement_list_response",
    "AutomaticCall": ".automatic_call",
    "AutomaticCallCreate": ".automatic_call_create",
    "AutomaticCallCreateForm": ".automatic_call_create_form",
    "AutomaticCallDetail": ".automatic_call_detail",
    "AutomaticCallListResponse": ".automatic_call_list_response",
    "AutomaticCallRecipient": ".automatic_call_recipient",
    "AutomaticCallResponse": ".automatic_call_response",
    "BfonAction": ".bfon_action",
    "BfonActionName": ".bfon_action_name",
    "BfonDialArgs": ".bfon_dial_args",
    "BfonDialArgsHideCliOnDiversion": ".bfon_dial_args_hide_cli_on_diversion",
    "BfonDocument": ".bfon_document",
    "BfonDocumentBfxm": ".bfon_document_bfxm",
    "BfonDocumentBfxmVersion": ".bfon_document_bfxm_version",
    "BfonGatherArgs": ".bfon_gather_args",
    "BfonPlayArgs": ".bfon_play_args",
    "BfonReturnDataArgs": ".bfon_return_data_args",
    "BfonSetCallerNameArgs": ".bfon_set_caller_name_args",
    "BfonSleepArgs": ".bfon_sleep_args",
    "BfxmRequest": ".bfxm_request",
    "CallAndBridgeResult": ".call_and_bridge_result",
    "CallFlowStep": ".call_flow_step",
    "CallHangupEvent": ".call_hangup_event",
    "CallHangupEventEventType": ".call_hangup_event_event_type",
    "CallHangupEventHangupDetail": ".call_hangup_event_hangup_detail",
    "CallInitEvent": ".call_init_event",
    "CallInitEventEventType": ".call_init_event_event_type",
    "CallRange": ".call_range",
    "CallRangeDay": ".call_range_day",
    "CallReachedEvent": ".call_reached_event",
    "CallReachedExtensionEvent": ".call_reached_extension_event",
    "CallReachedExtensionEventEventType": ".call_reached_extension_event_event_type",
    "CallReachedGroupEvent": ".call_reached_group_event",
    "CallReachedGroupEventEventType": ".call_reached_group_event_event_type",
    "CallReachedMenuEvent": ".call_reached_menu_event",
    "CallReachedMenuEventEventType": ".call_reached_menu_event_event_type",
    "CallRecordState": ".call_record_state",
    "CallType": ".call_type",
    "Cdr": ".cdr",
    "CdrDetail": ".cdr_detail",
    "CdrListResponse": ".cdr_list_response",
    "CdrResponse": ".cdr_response",
    "Credit": ".credit",
    "CustomerType": ".customer_type",
    "Did": ".did",
    "DidDestinationType": ".did_destination_type",
    "DidDetail": ".did_detail",
    "DidListResponse": ".did_list_response",
    "DidResponse": ".did_response",
    "DidState": ".did_state",
    "Direction": ".direction",
    "Error": ".error",
    "Extension": ".extension",
    "ExtensionCreate": ".extension_create",
    "ExtensionCreateForm": ".extension_create_form",
    "ExtensionDestinationType": ".extension_destination_type",
    "ExtensionDetail": ".extension_detail",
    "ExtensionListResponse": ".extension_list_response",
    "ExtensionResponse": ".extension_response",
    "ExtensionUpdate": ".extension_update",
    "ExtensionUpdateForm": ".extension_update_form",
    "FaxInitEvent": ".fax_init_event",
    "FaxInitEventEventType": ".fax_init_event_event_type",
    "FaxRecipient": ".fax_recipient",
    "FaxState": ".fax_state",
    "FormCredentials": ".form_credentials",
    "Group": ".group",
    "GroupDetail": ".group_detail",
    "GroupListResponse": ".group_list_response",
    "GroupMember": ".group_member",
    "GroupResponse": ".group_response",
    "HangupCause": ".hangup_cause",
    "HangupState": ".hangup_state",
    "IncomingFax": ".incoming_fax",
    "IncomingFaxListResponse": ".incoming_fax_list_response",
    "MeResponse": ".me_response",
    "MessageTitle": ".message_title",
    "MessageTitleListResponse": ".message_title_list_response",
    "MessageTitleState": ".message_title_state",
    "MissingCallEvent": ".missing_call_event",
    "MissingCallEventEventType": ".missing_call_event_event_type",
    "Origination": ".origination",
    "OutgoingFax": ".outgoing_fax",
    "OutgoingFaxCreate": ".outgoing_fax_create",
    "OutgoingFaxCreateForm": ".outgoing_fax_create_form",
    "OutgoingFaxDetail": ".outgoing_fax_detail",
    "OutgoingFaxListResponse": ".outgoing_fax_list_response",
    "OutgoingFaxResponse": ".outgoing_fax_response",
    "Paginate": ".paginate",
    "Pagination": ".pagination",
    "Pbx": ".pbx",
    "PbxState": ".pbx_state",
    "Redirection": ".redirection",
    "RedirectionType": ".redirection_type",
    "SmsMessage": ".sms_message",
    "SmsMessageCreate": ".sms_message_create",
    "SmsMessageCreateForm": ".sms_message_create_form",
    "SmsMessageDetail": ".sms_message_detail",
    "SmsMessageListResponse": ".sms_message_list_response",
    "SmsMessageResponse": ".sms_message_response",
    "SmsRecipient": ".sms_recipient",
    "SmsRejection": ".sms_rejection",
    "SmsRejectionListResponse": ".sms_rejection_list_response",
    "SmsState": ".sms_state",
    "TimeLimit": ".time_limit",
    "TokenInfo": ".token_info",
    "User": ".user",
    "WebhookDirection": ".webhook_direction",
    "WebhookEvent": ".webhook_event",
    "WebhookEventType": ".webhook_event_type",
    "WorkingDay": ".working_day",
    "WorkingHours": ".working_hours",
    "WriteResult": ".write_result",
}


# Hidden from type checkers, which read the imports above: with a module ``__getattr__`` in view
# they would accept any name, a misspelt one too.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(import_module(module, __name__), name)
        globals()[name] = value  # later lookups skip this function
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULES})


__all__ = (
    "Acl",
    "Announcement",
    "AnnouncementCreate",
    "AnnouncementCreateForm",
    "AnnouncementListResponse",
    "AutomaticCall",
    "AutomaticCallCreate",
    "AutomaticCallCreateForm",
    "AutomaticCallDetail",
    "AutomaticCallListResponse",
    "AutomaticCallRecipient",
    "AutomaticCallResponse",
    "BfonAction",
    "BfonActionName",
    "BfonDialArgs",
    "BfonDialArgsHideCliOnDiversion",
    "BfonDocument",
    "BfonDocumentBfxm",
    "BfonDocumentBfxmVersion",
    "BfonGatherArgs",
    "BfonPlayArgs",
    "BfonReturnDataArgs",
    "BfonSetCallerNameArgs",
    "BfonSleepArgs",
    "BfxmRequest",
    "CallAndBridgeResult",
    "CallFlowStep",
    "CallHangupEvent",
    "CallHangupEventEventType",
    "CallHangupEventHangupDetail",
    "CallInitEvent",
    "CallInitEventEventType",
    "CallRange",
    "CallRangeDay",
    "CallReachedEvent",
    "CallReachedExtensionEvent",
    "CallReachedExtensionEventEventType",
    "CallReachedGroupEvent",
    "CallReachedGroupEventEventType",
    "CallReachedMenuEvent",
    "CallReachedMenuEventEventType",
    "CallRecordState",
    "CallType",
    "Cdr",
    "CdrDetail",
    "CdrListResponse",
    "CdrResponse",
    "Credit",
    "CustomerType",
    "Did",
    "DidDestinationType",
    "DidDetail",
    "DidListResponse",
    "DidResponse",
    "DidState",
    "Direction",
    "Error",
    "Extension",
    "ExtensionCreate",
    "ExtensionCreateForm",
    "ExtensionDestinationType",
    "ExtensionDetail",
    "ExtensionListResponse",
    "ExtensionResponse",
    "ExtensionUpdate",
    "ExtensionUpdateForm",
    "FaxInitEvent",
    "FaxInitEventEventType",
    "FaxRecipient",
    "FaxState",
    "FormCredentials",
    "Group",
    "GroupDetail",
    "GroupListResponse",
    "GroupMember",
    "GroupResponse",
    "HangupCause",
    "HangupState",
    "IncomingFax",
    "IncomingFaxListResponse",
    "MeResponse",
    "MessageTitle",
    "MessageTitleListResponse",
    "MessageTitleState",
    "MissingCallEvent",
    "MissingCallEventEventType",
    "Origination",
    "OutgoingFax",
    "OutgoingFaxCreate",
    "OutgoingFaxCreateForm",
    "OutgoingFaxDetail",
    "OutgoingFaxListResponse",
    "OutgoingFaxResponse",
    "Paginate",
    "Pagination",
    "Pbx",
    "PbxState",
    "Redirection",
    "RedirectionType",
    "SmsMessage",
    "SmsMessageCreate",
    "SmsMessageCreateForm",
    "SmsMessageDetail",
    "SmsMessageListResponse",
    "SmsMessageResponse",
    "SmsRecipient",
    "SmsRejection",
    "SmsRejectionListResponse",
    "SmsState",
    "TimeLimit",
    "TokenInfo",
    "User",
    "WebhookDirection",
    "WebhookEvent",
    "WebhookEventType",
    "WorkingDay",
    "WorkingHours",
    "WriteResult",
)
