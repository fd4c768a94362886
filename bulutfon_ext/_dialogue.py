"""Playing a caller against a BulutfonXM app, as the provider does (the fake and the CLI use it).

The provider POSTs ``uuid, caller, callee, step`` (plus gathered variables and the last
``return_data``), reads the BFON answer, plays it, and POSTs again while a ``gather`` or a
``continue`` asks for it. Here the caller's keys come from a script (``digits``).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import httpx

from bulutfon_ext._inbound import basic_auth_header
from bulutfon_ext.bfxm import Bfon, BfonError, Step

WebhookFormat = Literal["json", "form"]
#: Most requests one simulated call makes to a BulutfonXM app (a loop of `continue` ends here).
MAX_BFXM_STEPS = 20
_TIMEOUT = httpx.Timeout(10.0, connect=5.0)


def encode(fields: Mapping[str, Any], fmt: WebhookFormat) -> tuple[bytes, str]:
    if fmt == "json":
        return httpx.Request("POST", "http://x", json=dict(fields)).content, "application/json"
    """A POST body as the provider sends it: JSON, or a form (booleans true/false, null empty)."""
    flat = {
        k: "" if v is None else str(v).lower() if isinstance(v, bool) else v
        for k, v in fields.items()
    }
    content = httpx.Request("POST", "http://x", data=flat).content
    return content, "application/x-www-form-urlencoded"


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
            content, content_type = encode(fields, fmt)
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
