"""The fake playing the provider's inbound part: webhook events and BulutfonXM dialogues.

Webhook events go out from one background thread, in order, so the API request that caused them
(call and bridge, an automatic call) is answered without waiting for the customer's server, as
the real service does. ``flush()`` waits until every event queued so far was delivered (or
failed), which makes tests deterministic. Event fields, their order and their timestamps
(microseconds, from the fake's fixed clock plus one second per event) never depend on chance.

A BulutfonXM dialogue is driven step by step like the provider: POST ``uuid, caller, callee,
step`` (plus gathered variables and the last ``return_data``), read the BFON answer, play it
(taking the caller's keys from a script), and POST again while a ``gather`` or ``continue``
asks for it.
"""

from __future__ import annotations

import datetime as dt
import queue
import random
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import httpx

from bulutfon_ext._inbound import basic_auth_header
from bulutfon_ext.bfxm import Bfon, BfonError, Step
from bulutfon_ext.fake._seed import uuid_from

WebhookFormat = Literal["json", "form"]
#: The account the fake's events name (the provider's examples use these).
DOMAIN_ID = 1234
ACCOUNT_ID = 5678
#: Most requests one simulated call makes to a BulutfonXM app (a loop of `continue` ends here).
MAX_BFXM_STEPS = 20
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


def _encode(fields: Mapping[str, Any], fmt: WebhookFormat) -> tuple[bytes, str]:
    if fmt == "json":
        return httpx.Request("POST", "http://x", json=dict(fields)).content, "application/json"
    flat = {
        k: "" if v is None else str(v).lower() if isinstance(v, bool) else v
        for k, v in fields.items()
    }
    content = httpx.Request("POST", "http://x", data=flat).content
    return content, "application/x-www-form-urlencoded"


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
        self._deliveries: list[Delivery] = []
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
        with self._lock:
            return list(self._deliveries)

    def clear(self) -> None:
        with self._lock:
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
                delivery = self._deliver(client, event)
                with self._lock:
                    self._deliveries.append(delivery)

    def _deliver(self, client: httpx.Client, event: Mapping[str, Any]) -> Delivery:
        assert self.webhook_url is not None
        content, content_type = _encode(event, self.webhook_format)
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
        call = {"caller": _number(did), "callee": _number(callee), "uuid": uuid, "direction": "OUT"}
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
            call = {
                "caller": _number(did),
                "callee": _number(number),
                "uuid": uuid,
                "direction": "OUT",
            }
            answered = index % 2 == 0  # every other recipient does not pick up
            events.append(self.event("call_init", **call, **extra))
            hangup = self.hangup_fields(uuid, talked=12 if answered else 0, connected=answered)
            events.append(self.event("call_hangup", **call, **extra, **hangup))
        self.send(events)

    def incoming_fax(self, *, caller: str, callee: str) -> str:
        uuid = self.new_uuid()
        call = {
            "caller": _number(caller),
            "callee": _number(callee),
            "uuid": uuid,
            "direction": "IN",
        }
        self.send([self.event("fax_init", **call)])
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
        call = {
            "caller": _number(caller),
            "callee": _number(callee),
            "uuid": uuid,
            "direction": "IN",
        }
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


def _number(value: str | int) -> int | str:
    """Numbers go out as JSON integers, as in the provider's examples (form: their digits)."""
    text = str(value)
    return int(text) if text.isdigit() and not text.startswith("0") else text


# ---- BulutfonXM ------------------------------------------------------------------------------


@dataclass
class Turn:
    """One request of a dialogue: what was POSTed and the actions the answer held."""

    step: int
    request: Mapping[str, Any]
    actions: list[Step] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass
class Transcript:
    """A simulated call through a BulutfonXM app, step by step.

    ``outcome`` is ``"dialled 1000"``, ``"hung up"``, ``"rejected"``, ``"caller hung up"``
    (no keys left to press), ``"plan continues"`` (the document ran out), ``"missed"``, or
    ``"error: ..."`` when the app's answer was not a document the provider would play.
    """

    uuid: str
    turns: list[Turn]
    outcome: str
    dialled: str | None = None

    @property
    def actions(self) -> list[Step]:
        """Every action played, in order, over all steps."""
        return [action for turn in self.turns for action in turn.actions]

    def lines(self) -> Iterator[str]:
        """The transcript as text, one line per request and per action."""
        for turn in self.turns:
            sent = ", ".join(f"{k}={v}" for k, v in turn.request.items() if k != "uuid")
            yield f"step {turn.step}: POST {sent}"
            for action in turn.actions:
                args = ", ".join(f"{k}={v}" for k, v in action.args.items())
                yield f"  {action.action}({args})"
            for note in turn.notes:
                yield f"  - {note}"
        yield f"outcome: {self.outcome}"


def run_dialogue(
    url: str,
    *,
    uuid: str,
    caller: str,
    callee: str,
    digits: Sequence[str],
    auth: tuple[str, str] | None = None,
    fmt: WebhookFormat = "form",
    transport: httpx.BaseTransport | None = None,
) -> Transcript:
    """Play a caller against the BulutfonXM app at ``url``; ``digits`` answer each gather."""
    keys = [str(d) for d in digits]
    variables: dict[str, str] = {}
    returned: str | None = None
    turns: list[Turn] = []
    headers = {"User-Agent": "bulutfon-fake-provider"}
    if auth is not None:
        headers["Authorization"] = basic_auth_header(*auth)
    with httpx.Client(timeout=_TIMEOUT, transport=transport, trust_env=False) as client:
        for step in range(1, MAX_BFXM_STEPS + 1):
            fields: dict[str, Any] = {
                "uuid": uuid,
                "caller": caller,
                "callee": callee,
                "step": step,
            }
            fields.update(variables)
            if returned is not None:
                fields["return_data"] = returned
            turn = Turn(step, fields)
            turns.append(turn)
            content, content_type = _encode(fields, fmt)
            try:
                response = client.post(
                    url, content=content, headers={**headers, "Content-Type": content_type}
                )
            except httpx.HTTPError as error:
                return Transcript(uuid, turns, f"error: {type(error).__name__}: {error}")
            if response.status_code != 200:
                excerpt = (
                    response.text.strip().splitlines()[0][:120] if response.text.strip() else ""
                )
                return Transcript(
                    uuid, turns, f"error: HTTP {response.status_code} {excerpt}".rstrip()
                )
            try:
                document = Bfon.from_dict(response.json(), strict=False)
            except (ValueError, BfonError) as error:
                return Transcript(uuid, turns, f"error: not a BFON document ({error})")
            again = False
            for action in document.steps:
                turn.actions.append(action)
                name, args = action.action, action.args
                if name == "return_data":
                    returned = str(args["value"])
                elif name == "gather":
                    entered = _gather(args, keys, turn)
                    if entered is None:
                        return Transcript(uuid, turns, "caller hung up")
                    variables[str(args["variable_name"])] = entered
                    again = True
                elif name == "continue":
                    again = True
                elif name == "dial":
                    target = str(args["destination"])
                    return Transcript(uuid, turns, f"dialled {target}", target)
                elif name == "hangup":
                    return Transcript(uuid, turns, "hung up")
                elif name == "reject":
                    return Transcript(uuid, turns, "rejected")
            if not again:
                return Transcript(uuid, turns, "plan continues")
    return Transcript(uuid, turns, f"error: more than {MAX_BFXM_STEPS} steps")


def _gather(args: Mapping[str, Any], keys: list[str], turn: Turn) -> str | None:
    """The caller's entry for one gather, retried as the provider does; None: no keys left."""
    low, high = int(args["min_digits"]), int(args["max_digits"])
    for _attempt in range(int(args["max_attempts"])):
        if not keys:
            turn.notes.append("no keys left to press: the caller hangs up")
            return None
        entry = keys.pop(0).rstrip("#")
        if entry.isdigit() and low <= len(entry) <= high:
            turn.notes.append(f"caller pressed {entry}")
            return entry
        turn.notes.append(f"caller pressed {entry or 'nothing'}: wrong, plays play_on_error")
    turn.notes.append("too many wrong entries: the variable is sent empty")
    return ""
