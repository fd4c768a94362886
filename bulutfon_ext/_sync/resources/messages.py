# generated from bulutfon_ext/resources/messages.py by make generate; do not edit
"""``client.message_titles`` and ``client.messages``: SMS, deprecated since the service ended.

Every call warns with DeprecationWarning; the endpoints are still documented, so they stay.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from typing import TYPE_CHECKING

from bulutfon_api.api.message_titles import (
    delete_sms_rejection,
    list_message_titles,
    list_sms_rejections,
)
from bulutfon_api.api.messages import get_message, list_messages, send_message
from bulutfon_api.models import (
    MessageTitle,
    SmsMessage,
    SmsMessageCreate,
    SmsMessageDetail,
    SmsRejection,
    WriteResult,
)
from bulutfon_ext import _validation as check
from bulutfon_ext._base_client import RequestOptions
from bulutfon_ext._options import PerCallOptions, request_options
from bulutfon_ext._pagination import PageInfo
from bulutfon_ext._resource import deprecated, opt
from bulutfon_ext._sync.pagination import Page
from bulutfon_ext._sync.resource import SyncResource, single_page

if TYPE_CHECKING:
    from typing_extensions import Unpack


__all__ = ["MessageTitles", "Messages"]


class MessageTitles(SyncResource):
    """``client.message_titles``: SMS sender titles and their rejections (deprecated)."""

    def list(self, **options: Unpack[PerCallOptions]) -> Page[MessageTitle]:
        """The SMS sender titles (one page). Deprecated."""
        deprecated("message_titles.list")
        return single_page(self._call(list_message_titles.OPERATION, options).message_titles)

    def sms_rejections(self, title: str, **options: Unpack[PerCallOptions]) -> Page[SmsRejection]:
        """The numbers that refused SMS from ``title`` (one page). Deprecated."""
        deprecated("message_titles.sms_rejections")
        title = check.non_empty(title, "title")
        body = self._call(list_sms_rejections.OPERATION, options, title=title)
        return single_page(body.sms_rejections)

    def delete_sms_rejection(
        self, title: str, number: check.PhoneLike, **options: Unpack[PerCallOptions]
    ) -> WriteResult:
        """Let ``number`` receive SMS from ``title`` again. Deprecated."""
        deprecated("message_titles.delete_sms_rejection")
        return self._call(
            delete_sms_rejection.OPERATION,
            options,
            title=check.non_empty(title, "title"),
            number=check.phone(number, "number"),
        )


def _body(
    title: str,
    content: str,
    receivers: check.Receivers,
    send_date: str | datetime.datetime | None,
    reject_link: bool | None,
) -> SmsMessageCreate:
    when = check.send_date(send_date)
    return SmsMessageCreate(
        title=check.non_empty(title, "title"),
        content=check.non_empty(content, "content"),
        receivers=check.receivers(receivers),
        is_future_sms=opt(True if when else None),
        send_date=opt(when),
        reject_link=opt(check.flag(reject_link, "reject_link")),
    )


class Messages(SyncResource):
    """``client.messages``: SMS messages sent, listed and read (deprecated)."""

    def list(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        **options: Unpack[PerCallOptions],
    ) -> Page[SmsMessage]:
        """One page of sent messages. Deprecated."""
        deprecated("messages.list")
        return self._list(page, limit, request_options(options))

    def _list(
        self, page: int | None, limit: int | None, options: RequestOptions
    ) -> Page[SmsMessage]:
        body = self._call(
            list_messages.OPERATION,
            options,
            page=opt(check.positive(page, "page")),
            limit=opt(check.positive(limit, "limit")),
        )

        def fetch(number: int) -> Page[SmsMessage]:
            return self._list(number, limit, options)

        return Page(items=body.messages, info=PageInfo.parse(body.paginate, page or 1), fetch=fetch)

    def iter(
        self, *, limit: int | None = None, **options: Unpack[PerCallOptions]
    ) -> Iterator[SmsMessage]:
        """Every message, a page at a time as you iterate."""
        deprecated("messages.iter")
        check.positive(limit, "limit")
        return self._walk(limit, request_options(options))

    def _walk(self, limit: int | None, options: RequestOptions) -> Iterator[SmsMessage]:
        yield from self._list(None, limit, options).iter_all()

    def get(self, id: int, **options: Unpack[PerCallOptions]) -> SmsMessageDetail:
        """One sent message with its recipients. Deprecated."""
        deprecated("messages.get")
        return self._call(get_message.OPERATION, options, id=check.identifier(id)).message

    def send(
        self,
        *,
        title: str,
        content: str,
        receivers: check.Receivers,
        send_date: str | datetime.datetime | None = None,
        reject_link: bool | None = None,
        **options: Unpack[PerCallOptions],
    ) -> WriteResult:
        """Send from a CONFIRMED title; ``send_date`` schedules it. Never retried once sent."""

        deprecated("messages.send")
        body = _body(title, content, receivers, send_date, reject_link)
        return self._call(send_message.OPERATION, options, body=body)
