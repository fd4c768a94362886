# generated from spec/bulutfon-v1.yaml by make generate; do not edit
"""The factories of ``bulutfon_ext.testing``, one per read of the spec that quotes the provider's
example, each building its model from that example (generator/factories.py)."""

from __future__ import annotations

from typing import Any

from bulutfon_api import models
from bulutfon_ext._examples import from_example

__all__ = [
    "make_announcement",
    "make_automatic_call",
    "make_automatic_call_detail",
    "make_call_and_bridge_result",
    "make_cdr",
    "make_cdr_detail",
    "make_did",
    "make_did_detail",
    "make_extension",
    "make_extension_detail",
    "make_group",
    "make_group_detail",
    "make_incoming_fax",
    "make_me",
    "make_outgoing_fax",
    "make_outgoing_fax_detail",
    "make_token_info",
    "make_write_result",
]


def make_me(**fields: Any) -> models.MeResponse:
    """What ``get_me`` answers (Get the user, the PBX and its credit): the provider's example;
    ``fields`` replace its fields by their Python names."""
    return from_example(models.MeResponse, "get_me", None, fields)


def make_token_info(**fields: Any) -> models.TokenInfo:
    """What ``get_token_info`` answers (Get a token's expiry): the provider's example; ``fields``
    replace its fields by their Python names."""
    return from_example(models.TokenInfo, "get_token_info", None, fields)


def make_did(**fields: Any) -> models.Did:
    """One item of what ``list_dids`` answers (List the PBX's phone numbers): the provider's
    example, with a fresh id; ``fields`` replace its fields by their Python names."""
    return from_example(models.Did, "list_dids", "id", fields)


def make_did_detail(**fields: Any) -> models.DidDetail:
    """What ``get_did`` answers (Get a phone number with its working hours): the provider's
    example, with a fresh id; ``fields`` replace its fields by their Python names."""
    return from_example(models.DidDetail, "get_did", "id", fields)


def make_extension(**fields: Any) -> models.Extension:
    """One item of what ``list_extensions`` answers (List extensions): the provider's example, with
    a fresh id; ``fields`` replace its fields by their Python names."""
    return from_example(models.Extension, "list_extensions", "id", fields)


def make_write_result(**fields: Any) -> models.WriteResult:
    """What ``create_extension``, ``update_extension``, ``delete_extension``,
    ``send_outgoing_fax``, ``create_announcement``, ``delete_announcement`` or
    ``create_automatic_call`` answers: the provider's example of ``create_extension``;
    ``fields`` replace its fields by their Python names."""
    return from_example(models.WriteResult, "create_extension", None, fields)


def make_extension_detail(**fields: Any) -> models.ExtensionDetail:
    """What ``get_extension`` answers (Get an extension with its redirection and call permissions):
    the provider's example, with a fresh id; ``fields`` replace its fields by their Python
    names."""
    return from_example(models.ExtensionDetail, "get_extension", "id", fields)


def make_group(**fields: Any) -> models.Group:
    """One item of what ``list_groups`` answers (List ring groups): the provider's example, with a
    fresh id; ``fields`` replace its fields by their Python names."""
    return from_example(models.Group, "list_groups", "id", fields)


def make_group_detail(**fields: Any) -> models.GroupDetail:
    """What ``get_group`` answers (Get a ring group with its member extensions): the provider's
    example, with a fresh id; ``fields`` replace its fields by their Python names."""
    return from_example(models.GroupDetail, "get_group", "id", fields)


def make_cdr(**fields: Any) -> models.Cdr:
    """One item of what ``list_cdrs`` answers (List call detail records): the provider's example,
    with a fresh uuid; ``fields`` replace its fields by their Python names."""
    return from_example(models.Cdr, "list_cdrs", "uuid", fields)


def make_cdr_detail(**fields: Any) -> models.CdrDetail:
    """What ``get_cdr`` answers (Get a call detail record with its call flow): the provider's
    example, with a fresh uuid; ``fields`` replace its fields by their Python names."""
    return from_example(models.CdrDetail, "get_cdr", "uuid", fields)


def make_incoming_fax(**fields: Any) -> models.IncomingFax:
    """One item of what ``list_incoming_faxes`` answers (List received faxes): the provider's
    example, with a fresh uuid; ``fields`` replace its fields by their Python names."""
    return from_example(models.IncomingFax, "list_incoming_faxes", "uuid", fields)


def make_outgoing_fax(**fields: Any) -> models.OutgoingFax:
    """One item of what ``list_outgoing_faxes`` answers (List sent faxes): the provider's example,
    with a fresh id; ``fields`` replace its fields by their Python names."""
    return from_example(models.OutgoingFax, "list_outgoing_faxes", "id", fields)


def make_outgoing_fax_detail(**fields: Any) -> models.OutgoingFaxDetail:
    """What ``get_outgoing_fax`` answers (Get a sent fax with each recipient's state): the
    provider's example, with a fresh id; ``fields`` replace its fields by their Python names."""
    return from_example(models.OutgoingFaxDetail, "get_outgoing_fax", "id", fields)


def make_announcement(**fields: Any) -> models.Announcement:
    """One item of what ``list_announcements`` answers (List announcements): the provider's
    example, with a fresh id; ``fields`` replace its fields by their Python names."""
    return from_example(models.Announcement, "list_announcements", "id", fields)


def make_automatic_call(**fields: Any) -> models.AutomaticCall:
    """One item of what ``list_automatic_calls`` answers (List automatic calls): the provider's
    example, with a fresh id; ``fields`` replace its fields by their Python names."""
    return from_example(models.AutomaticCall, "list_automatic_calls", "id", fields)


def make_automatic_call_detail(**fields: Any) -> models.AutomaticCallDetail:
    """What ``get_automatic_call`` answers (Get an automatic call with its calling hours and each
    recipient's outcome): the provider's example, with a fresh id; ``fields`` replace its fields
    by their Python names."""
    return from_example(models.AutomaticCallDetail, "get_automatic_call", "id", fields)


def make_call_and_bridge_result(**fields: Any) -> models.CallAndBridgeResult:
    """What ``call_and_bridge`` answers (Call a number and bridge it to a menu, group or
    extension): the provider's example; ``fields`` replace its fields by their Python names."""
    return from_example(models.CallAndBridgeResult, "call_and_bridge", None, fields)
