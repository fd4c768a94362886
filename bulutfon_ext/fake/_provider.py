"""The fake playing the provider's inbound part: webhook events and BulutfonXM dialogues.

Webhook events go out from one background thread, in order, so the API request that caused them
(call and bridge, an automatic call) is answered without waiting for the customer's server, as
the real service does. ``flush()`` waits until every event queued so far was delivered (or
failed), which makes tests deterministic. Event fields, their order and their timestamps
(microseconds, from the fake's fixed clock plus one second per event) never depend on chance.

BulutfonXM dialogues are played by ``bulutfon_ext._dialogue`` (the CLI's ``bfxm call`` uses it too).
"""

from __future__ import annotations

import datetime as dt
import queue
import random
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import httpx

from bulutfon_ext._dialogue import Transcript, WebhookFormat, encode, run_dialogue
from bulutfon_ext._inbound import basic_auth_header
from bulutfon_ext.fake._log import Journal
from bulutfon_ext.fake._seed import uuid_from

#: The account the fake's events name (the provider's examples use these).
DOMAIN_ID = 1234
ACCOUNT_ID = 5678
_TIMEOUT = httpx.Timeout(10.0, connect=5.0)
_REACHED = {2: "call_init_menu", 3: "incoming_call_group", 4: "incoming_call_extension"}


@dataclass(frozen=True)
class Delivery:
    """One webhook POST the fake made: the event's fields and what came of it."""

    event: Mapping[str, Any]
    status: int | None
    error: str | None = None

    @property
    def ok(self) -> bool:
        """Whether the receiver answered 2xx."""
        return self.status is not None and 200 <= self.status < 300


class Provider:
    """Sends a fake's webhook events and plays BFXM dialogues (see the module's docstring)."""

    def __init__(
        self,
        *,
        webhook_url: str | None,
        webhook_auth: tuple[str, str] | None,
        webhook_format: WebhookFormat,
        now: dt.datetime,
        seed: str,
    ) -> None:
        if webhook_format not in ("json", "form"):
            raise ValueError(f'webhook_format must be "json" or "form", not {webhook_format!r}')
        if webhook_url is not None and not webhook_url.startswith(("http://", "https://")):
            raise ValueError(f"webhook_url must be an http(s) URL, not {webhook_url!r}")
        if webhook_auth is not None and (
            len(webhook_auth) != 2 or not all(isinstance(p, str) for p in webhook_auth)
        ):
            raise ValueError("webhook_auth must be a (username, password) pair of strings")
        self.webhook_url = webhook_url
        self.webhook_auth = webhook_auth
        self.webhook_format: WebhookFormat = webhook_format
        self._clock = now
        self._ticks = 0
        self._rng = random.Random(f"provider-{seed}")
        self._lock = threading.Lock()
        self._deliveries: Journal[Delivery] = Journal()
        self._queue: queue.Queue[Mapping[str, Any] | None] = queue.Queue()
        self._thread: threading.Thread | None = None

    # ---- identity and time ---------------------------------------------------------------

    def new_uuid(self) -> str:
        with self._lock:
            return uuid_from(self._rng.getrandbits(128))

    def _stamp(self) -> int:
        with self._lock:
            self._ticks += 1
            moment = self._clock + dt.timedelta(seconds=self._ticks)
        return int(moment.timestamp()) * 1_000_000 + moment.microsecond

    def event(self, event_type: str, **fields: Any) -> dict[str, Any]:
        """An event's fields in the provider's order: the common ones, then the event's own."""
        common = {
            "event_type": event_type,
            "domain_id": DOMAIN_ID,
            "account_id": ACCOUNT_ID,
            "caller": fields.pop("caller"),
            "callee": fields.pop("callee"),
            "uuid": fields.pop("uuid"),
            "direction": fields.pop("direction"),
            "timestamp": self._stamp(),
        }
        return {**common, **fields}

    def hangup_fields(self, uuid: str, *, talked: int, connected: bool) -> dict[str, Any]:
        day = self._clock.strftime("%Y/%m/%d")
        return {
            "talk_duration": talked,
            "hangup_cause": "NORMAL_CLEARING" if connected else "NO_ANSWER",
            "hangup_detail": "send_bye" if connected else "send_refuse",
            "result_disposition": "SUCCESS" if connected else "",
            "cdr_url": f"https://oim.bulutfon.com/account/pbx/call-records/{day}/{uuid}",
            "cdr_api_url": f"https://api.bulutfon.com/v2/cdr/{day}/{uuid}",
        }

    # ---- webhooks ------------------------------------------------------------------------

    def send(self, events: Iterable[Mapping[str, Any]]) -> None:
        """Queue events for delivery (nothing happens without a webhook_url)."""
        if self.webhook_url is None:
            return
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._deliver_all, name="bulutfon-fake-webhooks", daemon=True
                )
                self._thread.start()
        for event in events:
            self._queue.put(event)

    def flush(self, timeout: float = 10.0) -> list[Delivery]:
        """Wait until every queued event was delivered; every delivery so far."""
        if self._thread is None:
            return self.deliveries
        done = threading.Event()
        self._queue.put({"__flush__": done})
        if not done.wait(timeout):
            raise TimeoutError(f"webhook deliveries still pending after {timeout} s")
        return self.deliveries

    @property
    def deliveries(self) -> list[Delivery]:
        return self._deliveries.snapshot()

    def clear(self) -> None:
        self._deliveries.clear()

    def close(self) -> None:
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join(5)
            self._thread = None

    def _deliver_all(self) -> None:
        with httpx.Client(timeout=_TIMEOUT, trust_env=False) as client:
            while True:
                event = self._queue.get()
                if event is None:
                    return
                marker = event.get("__flush__")
                if isinstance(marker, threading.Event):
                    marker.set()
                    continue
                self._deliveries.append(self._deliver(client, event))

    def _deliver(self, client: httpx.Client, event: Mapping[str, Any]) -> Delivery:
        assert self.webhook_url is not None
        content, content_type = encode(event, self.webhook_format)
        headers = {"Content-Type": content_type, "User-Agent": "bulutfon-fake-provider"}
        if self.webhook_auth is not None:
            headers["Authorization"] = basic_auth_header(*self.webhook_auth)
        try:
            response = client.post(self.webhook_url, content=content, headers=headers)
        except httpx.HTTPError as error:
            return Delivery(event, None, f"{type(error).__name__}: {error}")
        return Delivery(event, response.status_code)

    # ---- calls ---------------------------------------------------------------------------

    def bridged_call(self, *, did: str, callee: str, destination: str) -> None:
        """The events of a call_and_bridge: the call starts, reaches its target, ends."""
        uuid = self.new_uuid()
        call = _call(did, callee, uuid, "OUT")
        events = [self.event("call_init", **call)]
        reached = _REACHED.get(len(destination))
        if reached:
            events.append(self.event(reached, **call, destination=_number(destination)))
        events.append(
            self.event("call_hangup", **call, **self.hangup_fields(uuid, talked=35, connected=True))
        )
        self.send(events)

    def automatic_calls(
        self,
        *,
        did: str,
        recipients: Sequence[tuple[str, str]],
        additional_data: str | None,
        callback_url: str | None,
    ) -> None:
        """An automatic call's events: for each (uuid, number), it starts, then ends."""
        extra = {"autodial": True, "additional_data": additional_data, "callback_url": callback_url}
        events = []
        for index, (uuid, number) in enumerate(recipients):
            call = _call(did, number, uuid, "OUT")
            answered = index % 2 == 0  # every other recipient does not pick up
            events.append(self.event("call_init", **call, **extra))
            hangup = self.hangup_fields(uuid, talked=12 if answered else 0, connected=answered)
            events.append(self.event("call_hangup", **call, **extra, **hangup))
        self.send(events)

    def incoming_fax(self, *, caller: str, callee: str) -> str:
        uuid = self.new_uuid()
        self.send([self.event("fax_init", **_call(caller, callee, uuid, "IN"))])
        return uuid

    def incoming_call(
        self,
        *,
        caller: str,
        callee: str,
        bfxm_url: str | None,
        digits: Sequence[str],
        bfxm_auth: tuple[str, str] | None,
        bfxm_format: WebhookFormat,
        answer: str | None,
    ) -> Transcript:
        uuid = self.new_uuid()
        call = _call(caller, callee, uuid, "IN")
        self.send([self.event("call_init", **call)])
        if bfxm_url is not None:
            transcript = run_dialogue(
                bfxm_url,
                uuid=uuid,
                caller=str(caller),
                callee=str(callee),
                digits=digits,
                auth=bfxm_auth,
                fmt=bfxm_format,
            )
        else:
            transcript = Transcript(uuid, [], f"dialled {answer}" if answer else "missed", answer)
        events = []
        target = transcript.dialled
        connected = target is not None
        if target is not None and len(target) in _REACHED:
            events.append(self.event(_REACHED[len(target)], **call, destination=_number(target)))
        if not connected and transcript.outcome != "rejected":
            events.append(self.event("missing_call", **call))
        talked = 35 if connected else 0
        events.append(
            self.event(
                "call_hangup",
                **call,
                **self.hangup_fields(uuid, talked=talked, connected=connected),
            )
        )
        self.send(events)
        return transcript


def _call(caller: str, callee: str, uuid: str, direction: str) -> dict[str, Any]:
    """The fields that name one call, which every event of that call carries."""
    return {
        "caller": _number(caller),
        "callee": _number(callee),
        "uuid": uuid,
        "direction": direction,
    }


def _number(value: str | int) -> int | str:
    """Numbers go out as JSON integers, as in the provider's examples (form: their digits)."""
    text = str(value)
    return int(text) if text.isdigit() and not text.startswith("0") else text
