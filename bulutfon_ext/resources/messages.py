"""``client.message_titles`` and ``client.messages``: SMS, deprecated since the service ended.

Every call warns with DeprecationWarning; the endpoints are still documented, so they stay.
"""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator
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
from bulutfon_ext._async.pagination import AsyncPage
from bulutfon_ext._async.resource import AsyncResource, single_page
from bulutfon_ext._base_client import RequestOptions
from bulutfon_ext._options import PerCallOptions, request_options
from bulutfon_ext._pagination import PageInfo
from bulutfon_ext._resource import deprecated, opt
from bulutfon_ext._sync.resources.messages import Messages, MessageTitles

if TYPE_CHECKING:
    from typing_extensions import Unpack


__all__ = ["AsyncMessageTitles", "AsyncMessages", "MessageTitles", "Messages"]


class AsyncMessageTitles(AsyncResource):
    """``client.message_titles``: SMS sender titles and their rejections (deprecated)."""

    async def list(self, **options: Unpack[PerCallOptions]) -> AsyncPage[MessageTitle]:
        """The SMS sender titles (one page). Deprecated."""
        deprecated("message_titles.list")
        return single_page(
            (await self._call(list_message_titles.OPERATION, options)).message_titles
        )

    async def sms_rejections(
        self, title: str, **options: Unpack[PerCallOptions]
    ) -> AsyncPage[SmsRejection]:
        """The numbers that refused SMS from ``title`` (one page). Deprecated."""
        deprecated("message_titles.sms_rejections")
        title = check.non_empty(title, "title")
        body = await self._call(list_sms_rejections.OPERATION, options, title=title)
        return single_page(body.sms_rejections)

    async def delete_sms_rejection(
        self, title: str, number: check.PhoneLike, **options: Unpack[PerCallOptions]
    ) -> WriteResult:
        """Let ``number`` receive SMS from ``title`` again. Deprecated."""
        deprecated("message_titles.delete_sms_rejection")
        return await self._call(
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


class AsyncMessages(AsyncResource):
    """``client.messages``: SMS messages sent, listed and read (deprecated)."""

    async def list(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        **options: Unpack[PerCallOptions],
    ) -> AsyncPage[SmsMessage]:
        """One page of sent messages. Deprecated."""
        deprecated("messages.list")
        return await self._list(page, limit, request_options(options))

    async def _list(
        self, page: int | None, limit: int | None, options: RequestOptions
    ) -> AsyncPage[SmsMessage]:
        body = await self._call(
            list_messages.OPERATION,
            options,
            page=opt(check.positive(page, "page")),
            limit=opt(check.positive(limit, "limit")),
        )

        async def fetch(number: int) -> AsyncPage[SmsMessage]:
            return await self._list(number, limit, options)

        return AsyncPage(
            items=body.messages, info=PageInfo.parse(body.paginate, page or 1), fetch=fetch
        )

    def iter(
        self, *, limit: int | None = None, **options: Unpack[PerCallOptions]
    ) -> AsyncIterator[SmsMessage]:
        """Every message, a page at a time as you iterate."""
        deprecated("messages.iter")
        check.positive(limit, "limit")
        return self._walk(limit, request_options(options))

    async def _walk(self, limit: int | None, options: RequestOptions) -> AsyncIterator[SmsMessage]:
        async for message in (await self._list(None, limit, options)).iter_all():
            yield message

    async def get(self, id: int, **options: Unpack[PerCallOptions]) -> SmsMessageDetail:
        """One sent message with its recipients. Deprecated."""
        deprecated("messages.get")
        return (await self._call(get_message.OPERATION, options, id=check.identifier(id))).message

    async def send(
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
        return await self._call(send_message.OPERATION, options, body=body)
