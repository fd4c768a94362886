"""The fake PBX's data and every operation on it, free of HTTP.

Each method takes already-parsed inputs and returns the JSON value the endpoint answers
(without its envelope), or raises :class:`~bulutfon_ext.fake._schema.Invalid`. Writes change
what later reads return, as on the real server. Callers hold :attr:`State.lock` around every
call: the served fake runs in a background thread while a test reads and changes the state.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import math
import random
import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from bulutfon_ext.fake import _media
from bulutfon_ext.fake._cdrs import CdrQuery, CdrTable
from bulutfon_ext.fake._schema import Invalid, check_rule, refused
from bulutfon_ext.fake._seed import Seed, uuid_from
from bulutfon_ext.fake._spec import operation, project

NOT_FOUND = "Not Found"

_ATTACHMENT = re.compile(r"^data:(?P<mime>[^;]+);name:(?P<name>[^;]+);base64:(?P<data>.*)$", re.S)
_FAX_TYPES = frozenset({"application/pdf", "image/jpeg", "image/jpg", "image/png", "image/tiff"})
_AUDIO_TYPES = frozenset(
    {"audio/wav", "audio/x-wav", "audio/wave", "audio/vnd.wave", "audio/mpeg", "audio/mp3"}
)
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: ``call_record`` values that mean the call has a recording: ``Var`` is the old API's Turkish.
RECORDED = frozenset({"YES", "Var"})

#: What each write answers in ``{"message": ...}``. Where a provider page or a shipped
#: integration shows the text, it is that text: the WooCommerce and OpenCart plugins mark an
#: SMS sent only on "Messages created successfully"; the call-and-bridge and blacklist pages
#: show theirs. The others are not shown anywhere, and no integration reads them.
WRITE_ANSWERS = {
    "send_message": "Messages created successfully",
    "call_and_bridge": "Arama başarıyla başlatıldı.",
    "delete_sms_rejection": "Numara kara listeden kaldırıldı.",
    "create_extension": "Dahili başarıyla oluşturuldu.",
    "update_extension": "Dahili başarıyla güncellendi.",
    "delete_extension": "Dahili başarıyla silindi.",
    "send_outgoing_fax": "Faks gönderim için sıraya alındı.",
    "create_announcement": "Anons başarıyla yüklendi.",
    "delete_announcement": "Anons başarıyla silindi.",
    "create_automatic_call": "Otomatik arama başarıyla oluşturuldu.",
}


def not_found() -> Invalid:
    return Invalid(404, NOT_FOUND)


@dataclass
class Account:
    """The credentials the fake accepts."""

    token: str
    email: str
    password: str
    token_expired: bool = False
    #: What token-info reports while the token is valid; the fake's clock never moves.
    expires_in: int = 7200


@dataclass(frozen=True)
class FileSizes:
    """How large the files the fake serves are, in bytes."""

    recording: int
    fax: int
    announcement: int


@dataclass(frozen=True)
class Upload:
    """An attachment decoded from ``data:<mime>;name:<file name>;base64:<data>``."""

    mime: str
    name: str
    content: bytes


def parse_attachment(field: str, value: str, allowed: frozenset[str]) -> Upload:
    """Decode an attachment string, refusing other types and broken base64 (422)."""
    match = _ATTACHMENT.match(value)
    if match is None:
        raise refused(field, "is not data:<type>;name:<file name>;base64:<data>")
    mime = match["mime"].lower()
    if mime not in allowed:
        raise refused(field, f"has type {mime}; accepted: {', '.join(sorted(allowed))}")
    try:
        content = base64.b64decode(match["data"], validate=True)
    except binascii.Error:
        raise refused(field, "is not valid base64") from None
    if not content:
        raise refused(field, "is empty")
    return Upload(mime, match["name"], content)


class State:
    """Everything the fake PBX holds."""

    def __init__(
        self, seed: Seed, *, now: dt.datetime, account: Account, sizes: FileSizes, rng_seed: str
    ) -> None:
        self.lock = threading.RLock()
        self.now = now
        self.account = account
        self.sizes = sizes
        self._data = seed
        self._cdrs = CdrTable(seed.cdrs, now.tzinfo or dt.UTC)
        self._audio: dict[int, bytes] = {}
        # Ids and uuids of created records come from here, so the same calls give the same ids.
        self._rng = random.Random(f"{rng_seed}:created")

    # ---- helpers -------------------------------------------------------------------------

    def _created_at(self) -> str:
        return self.now.isoformat(timespec="milliseconds")

    def _new_uuid(self) -> str:
        return uuid_from(self._rng.getrandbits(128))

    def _pbx_number(self, field: str, value: str) -> int:
        """One of the PBX's own numbers, written with or without the country code 90."""
        numbers = {str(did["number"]) for did in self._data.dids.values()}
        if value in numbers:
            return int(value)
        if f"90{value}" in numbers:
            return int(f"90{value}")
        raise refused(field, "is not one of the PBX's numbers")

    @staticmethod
    def _get(table: Mapping[Any, dict[str, Any]], key: Any) -> dict[str, Any]:
        record = table.get(key)
        if record is None:
            raise not_found()
        return record

    # ---- account -------------------------------------------------------------------------

    def me(self) -> dict[str, Any]:
        return self._data.me

    def token_info(self, token: str) -> dict[str, Any]:
        if token != self.account.token:
            raise not_found()
        expired = self.account.token_expired
        return {
            "token": token,
            "expired": expired,
            "expires_in": 0 if expired else self.account.expires_in,
        }

    # ---- dids, groups --------------------------------------------------------------------

    def list_dids(self) -> list[dict[str, Any]]:
        return [project(d, "Did") for d in self._data.dids.values()]

    def get_did(self, did_id: int) -> dict[str, Any]:
        return project(self._get(self._data.dids, did_id), "DidDetail")

    def list_groups(self) -> list[dict[str, Any]]:
        return [project(g, "Group") for g in self._data.groups.values()]

    def get_group(self, group_id: int) -> dict[str, Any]:
        return project(self._get(self._data.groups, group_id), "GroupDetail")

    # ---- extensions ----------------------------------------------------------------------

    def list_extensions(self) -> list[dict[str, Any]]:
        return [project(e, "Extension") for e in sorted_by_id(self._data.extensions)]

    def get_extension(self, ext_id: int) -> dict[str, Any]:
        return project(self._get(self._data.extensions, ext_id), "ExtensionDetail")

    def create_extension(self, body: Mapping[str, Any]) -> str:
        record: dict[str, Any] = {
            "id": max(self._data.extensions, default=0) + 1,
            "registered": False,
            "voice_mail": False,
            "destination_number": None,
            "external_number": None,
            "acl": [],
        }
        self._apply_extension(record, body)
        self._data.extensions[record["id"]] = record
        return WRITE_ANSWERS["create_extension"]

    def update_extension(self, ext_id: int, body: Mapping[str, Any]) -> str:
        current = self._get(self._data.extensions, ext_id)
        updated = dict(current)
        self._apply_extension(updated, body)
        current.clear()
        current.update(updated)
        return WRITE_ANSWERS["update_extension"]

    def delete_extension(self, ext_id: int) -> str:
        self._get(self._data.extensions, ext_id)
        del self._data.extensions[ext_id]
        return WRITE_ANSWERS["delete_extension"]

    def _apply_extension(self, record: dict[str, Any], body: Mapping[str, Any]) -> None:
        """Merge request fields into ``record`` (the request's names differ from the response's)."""
        renamed = {"full_name": "caller_name", "voicemail": "voice_mail"}
        for name, value in body.items():
            if name == "did":
                self._pbx_number("did", value)
            record[renamed.get(name, name)] = value
        taken = {e["number"] for e in self._data.extensions.values() if e["id"] != record["id"]}
        if record["number"] in taken:
            raise refused("number", "has already been taken")
        # The spec's rule for a create, checked on the merged record too, so that an update
        # cannot leave an extension redirecting nowhere.
        check_rule(record, operation("create_extension").body_schema or {})

    # ---- call detail records -------------------------------------------------------------

    def list_cdrs(self, query: CdrQuery, page: int, limit: int) -> dict[str, Any]:
        total, rows = self._cdrs.page(query, page, limit)
        pages = math.ceil(total / limit)
        return {
            "cdrs": [self._cdrs.render(row) for row in rows],
            "pagination": {
                "page": page,
                "total_count": total,
                "total_pages": pages,
                "limit": limit,
                "previous_page": page - 1 if page > 1 else None,
                "next_page": page + 1 if page < pages else None,
            },
        }

    def get_cdr(self, uuid: str) -> dict[str, Any]:
        row = self._cdrs.get(uuid)
        if row is None:
            raise not_found()
        return self._cdrs.render(row, detail=True)

    def has_cdr(self, uuid: str) -> bool:
        return self._cdrs.get(uuid) is not None

    def recording(self, uuid: str) -> bytes:
        row = self._cdrs.get(uuid)
        # Only a call whose record says YES (or the old API's Var) has a recording (NO or Yok:
        # none; REMOVED: deleted).
        if row is None or row.call_record not in RECORDED:
            raise not_found()
        return _media.ogg_vorbis(self.sizes.recording)

    # ---- faxes ---------------------------------------------------------------------------

    def list_incoming_faxes(self) -> list[dict[str, Any]]:
        return [project(f, "IncomingFax") for f in self._data.incoming_faxes.values()]

    def incoming_fax(self, uuid: str) -> bytes:
        self._get(self._data.incoming_faxes, uuid)
        return _media.tiff(self.sizes.fax)

    def list_outgoing_faxes(self) -> list[dict[str, Any]]:
        return [project(f, "OutgoingFax") for f in sorted_by_id(self._data.outgoing_faxes)]

    def get_outgoing_fax(self, fax_id: int) -> dict[str, Any]:
        return project(self._get(self._data.outgoing_faxes, fax_id), "OutgoingFaxDetail")

    def send_outgoing_fax(self, body: Mapping[str, Any]) -> str:
        did = self._pbx_number("did", body["did"])
        parse_attachment("attachment", body["attachment"], _FAX_TYPES)
        receivers = [int(n) for n in body["receivers"].split(",")]
        fax_id = max(self._data.outgoing_faxes, default=0) + 1
        self._data.outgoing_faxes[fax_id] = {
            "id": fax_id,
            "title": body["title"],
            "did": did,
            "recipient_count": len(receivers),
            "created_at": self._created_at(),
            "recipients": [
                {
                    "uuid": self._new_uuid(),
                    "number": number,
                    "state": "WAITING",
                    "hangup_cause": None,
                    "hangup_state": None,
                }
                for number in receivers
            ],
        }
        return WRITE_ANSWERS["send_outgoing_fax"]

    # ---- announcements -------------------------------------------------------------------

    def list_announcements(self) -> list[dict[str, Any]]:
        newest_first = sorted_by_id(self._data.announcements, reverse=True)
        return [project(a, "Announcement") for a in newest_first]

    def announcement_audio(self, announcement_id: int) -> bytes:
        self._get(self._data.announcements, announcement_id)
        audio = self._audio.get(announcement_id)
        return audio if audio is not None else _media.wav(self.sizes.announcement)

    def create_announcement(self, body: Mapping[str, Any]) -> str:
        upload = parse_attachment("announcement", body["announcement"], _AUDIO_TYPES)
        announcement_id = max(self._data.announcements, default=0) + 1
        self._data.announcements[announcement_id] = {
            "id": announcement_id,
            "name": body["name"],
            "file_name": upload.name,
            "is_on_hold_music": False,
            "created_at": self._created_at(),
        }
        # Served back as uploaded: the fake does not transcode an MP3 into the WAV the real
        # server would make of it.
        self._audio[announcement_id] = upload.content
        return WRITE_ANSWERS["create_announcement"]

    def delete_announcement(self, announcement_id: int) -> str:
        self._get(self._data.announcements, announcement_id)
        del self._data.announcements[announcement_id]
        self._audio.pop(announcement_id, None)
        return WRITE_ANSWERS["delete_announcement"]

    # ---- automatic calls -----------------------------------------------------------------

    def list_automatic_calls(self) -> list[dict[str, Any]]:
        return [project(c, "AutomaticCall") for c in sorted_by_id(self._data.automatic_calls)]

    def get_automatic_call(self, call_id: int) -> dict[str, Any]:
        return project(self._get(self._data.automatic_calls, call_id), "AutomaticCallDetail")

    def create_automatic_call(self, body: Mapping[str, Any]) -> str:
        # Exactly one sound source: the spec's rule, checked with the body before this runs.
        announcement = None
        if "announcement_id" in body:
            found = self._data.announcements.get(body["announcement_id"])
            if found is None:
                raise refused("announcement_id", "does not exist")
            announcement = found["name"]
        did = self._pbx_number("did", body["did"])
        call_id = max(self._data.automatic_calls, default=0) + 1
        record: dict[str, Any] = {
            "id": call_id,
            "title": body["title"],
            "did": did,
            "announcement": announcement,
        }
        if "sound_url" in body:
            record["sound_url"] = body["sound_url"]
        record["gather"] = body.get("gather", True)
        record["created_at"] = self._created_at()
        record["call_range"] = {
            day: {
                "active": body.get(f"{day[:3]}_active", True),
                "start": body.get(f"{day[:3]}_start", "09:00"),
                "finish": body.get(f"{day[:3]}_finish", "18:00"),
            }
            for day in _DAYS
        }
        record["recipients"] = [
            {
                "uuid": self._new_uuid(),
                "number": int(n),
                "has_called": False,
                "answer": False,
                "gather": None,
            }
            for n in body["receivers"].split(",")
        ]
        self._data.automatic_calls[call_id] = record
        return WRITE_ANSWERS["create_automatic_call"]

    def call_and_bridge(self, params: Mapping[str, Any]) -> dict[str, Any]:
        self._pbx_number("caller", params["caller"])
        return {"success": True, "message": WRITE_ANSWERS["call_and_bridge"]}

    # ---- sms (deprecated) ----------------------------------------------------------------

    def list_message_titles(self) -> list[dict[str, Any]]:
        return [project(t, "MessageTitle") for t in sorted_by_id(self._data.message_titles)]

    def _title(self, name: str) -> dict[str, Any]:
        for title in self._data.message_titles.values():
            if title["name"] == name:
                return title
        raise not_found()

    def list_sms_rejections(self, title: str) -> list[dict[str, Any]]:
        self._title(title)
        return [project(r, "SmsRejection") for r in self._data.sms_rejections.get(title, [])]

    def delete_sms_rejection(self, title: str, number: str) -> str:
        self._title(title)
        rejections = self._data.sms_rejections.get(title, [])
        kept = [r for r in rejections if str(r["number"]) != number]
        if len(kept) == len(rejections):
            raise not_found()
        self._data.sms_rejections[title] = kept
        return WRITE_ANSWERS["delete_sms_rejection"]

    def list_messages(self, page: int, limit: int) -> tuple[list[dict[str, Any]], int]:
        """A page of messages, newest first, and the number of pages."""
        newest_first = sorted_by_id(self._data.messages, reverse=True)
        items = newest_first[(page - 1) * limit : page * limit]
        # The list shows the recipients as one comma-separated string, the detail as objects.
        listed = [
            project(
                {**m, "recipients": ",".join(str(r["number"]) for r in m["recipients"])},
                "SmsMessage",
            )
            for m in items
        ]
        return listed, math.ceil(len(newest_first) / limit)

    def get_message(self, message_id: int) -> dict[str, Any]:
        return project(self._get(self._data.messages, message_id), "SmsMessageDetail")

    def send_message(self, body: Mapping[str, Any]) -> str:
        try:
            title = self._title(body["title"])
        except Invalid:
            raise refused("title", "does not exist") from None
        if title["state"] != "CONFIRMED":
            raise refused("title", f"is {title['state']}, not CONFIRMED")
        planned = body.get("is_future_sms", False)
        send_date = body.get("send_date")
        if planned and send_date is None:
            raise refused("send_date", "is required when is_future_sms is true")
        if send_date is not None:
            try:
                dt.datetime.strptime(send_date, "%d/%m/%Y %H:%M")
            except ValueError:
                raise refused("send_date", "is not a date as dd/MM/yyyy HH:mm") from None
        numbers = body["receivers"].split(",")
        message_id = max(self._data.messages, default=0) + 1
        self._data.messages[message_id] = {
            "id": message_id,
            "title": body["title"],
            "content": body["content"],
            "created_at": self._created_at(),
            "sent_as_single_sms": len(numbers) == 1,
            "is_planned_sms": planned,
            "send_date": send_date if planned else None,
            "recipients": [{"number": n, "state": "WAITING"} for n in numbers],
        }
        return WRITE_ANSWERS["send_message"]


def sorted_by_id(
    table: Mapping[int, dict[str, Any]], *, reverse: bool = False
) -> list[dict[str, Any]]:
    return [table[key] for key in sorted(table, reverse=reverse)]
