"""BulutfonXM (BFXM): answer the provider's POST during a live call with a BFON document.

    from bulutfon_ext import bfxm

    def handle(request: bfxm.BfxmRequest) -> bfxm.Bfon:
        if request.step == 1:
            return bfxm.Bfon().gather(variable_name="choice", ask="https://example.com/menu.mp3",
                                      min_digits=1, max_digits=1)
        return bfxm.Bfon().dial("1000" if request.variables["choice"] == "1" else "2000")

    app = bfxm.asgi_app(handle)      # or wsgi_app(handle); any ASGI/WSGI server

The provider POSTs ``uuid``, ``caller``, ``callee`` and ``step`` (1, 2, ...), plus on later steps
each gathered variable and the value of the last ``return_data``. It obeys the answer:
``{"bfxm": {"version": 1}, "seq": [{"action": ..., "args": {...}}, ...]}``, with every argument
filled in, written as strings the way the provider's examples write them.

The builder refuses a document the provider would not play, at the call that makes it wrong:
a missing argument, ``min_digits`` above ``max_digits``, a dial destination that is neither a
2-4 digit menu/group/extension nor a phone number, a URL that is not http(s), an action after
``hangup`` or ``reject``, ``say`` (no longer supported). :meth:`Bfon.action` adds any action or
argument the provider introduces later, unchecked, so this list never blocks you.
"""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from bulutfon_ext._inbound import (
    AsgiReceiver,
    InboundError,
    Reply,
    WsgiReceiver,
    check_basic_auth,
    read_fields,
)

__all__ = [
    "ACTIONS",
    "Bfon",
    "BfonError",
    "BfxmError",
    "BfxmRequest",
    "asgi_app",
    "check_basic_auth",
    "parse_request",
    "wsgi_app",
]

#: The fields of every BFXM request; anything else is a gathered variable.
REQUEST_FIELDS = frozenset({"uuid", "caller", "callee", "step", "return_data"})
#: The actions the provider documents, with their arguments (``None``: no arguments).
ACTIONS: Mapping[str, tuple[str, ...]] = {
    "play": ("url",),
    "gather": (
        "min_digits",
        "max_digits",
        "max_attempts",
        "ask",
        "play_on_error",
        "variable_name",
        "timeout",
    ),
    "dial": ("destination", "hide_cli_on_diversion"),
    "continue": (),
    "hangup": (),
    "reject": (),
    "set_caller_name": ("caller_name",),
    "return_data": ("value",),
    "sleep": ("timeout",),
}
#: Actions after which nothing more is played.
FINAL = frozenset({"hangup", "reject"})
#: Arguments an action may leave out (the rest are required: "every parameter filled in").
OPTIONAL_ARGS = {"gather": {"timeout"}, "dial": {"hide_cli_on_diversion"}}
_ALIASES = {"set_caller": "set_caller_name"}

_SHORT_NUMBER = re.compile(r"[0-9]{2,4}")
_PHONE = re.compile(r"\+?[0-9]{7,15}")
_VARIABLE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


class BfxmError(InboundError):
    """A BFXM request could not be read (not JSON or a form, a missing or bad field)."""


class BfonError(ValueError):
    """A BFON document the provider would not play; the message names the action and argument."""


# ---- the request -----------------------------------------------------------------------------


@dataclass(frozen=True)
class BfxmRequest:
    """One POST from the provider during a call.

    ``step`` counts requests in this call from 1; ``variables`` holds what ``gather`` collected
    (by ``variable_name``); ``returned`` is the value of the last ``return_data`` action, or
    None. ``raw`` has every field as received.
    """

    uuid: str
    caller: str
    callee: str
    step: int
    variables: Mapping[str, str] = field(default_factory=dict)
    returned: str | None = None
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)


def _value(fields: Mapping[str, Any], name: str) -> str | None:
    value = fields.get(name)
    if isinstance(value, list):
        value = value[-1] if value else None
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int | str):
        return str(value)
    raise BfxmError(f"{name}: {value!r} is not text or a number")


def _required(fields: Mapping[str, Any], name: str) -> str:
    value = _value(fields, name)
    if value is None or value == "":
        raise BfxmError(f"{name} is missing: a BFXM request carries uuid, caller, callee, step")
    return value


def parse_fields(fields: Mapping[str, Any]) -> BfxmRequest:
    """The request from fields already decoded (a dict from your framework's parser)."""
    uuid, caller, callee = (_required(fields, name) for name in ("uuid", "caller", "callee"))
    step_text = _required(fields, "step")
    try:
        step = int(step_text)
    except ValueError:
        raise BfxmError(f"step: {step_text!r} is not a whole number") from None
    if step < 1:
        raise BfxmError(f"step: {step} must be 1 or more")
    variables = {name: _value(fields, name) or "" for name in fields if name not in REQUEST_FIELDS}
    return BfxmRequest(
        uuid=uuid,
        caller=caller,
        callee=callee,
        step=step,
        variables=variables,
        returned=_value(fields, "return_data"),
        raw=dict(fields),
    )


def parse_request(body: bytes | str, content_type: str | None = None) -> BfxmRequest:
    """Parse the provider's POST (JSON or form-encoded, UTF-8); :class:`BfxmError` if bad."""
    return parse_fields(read_fields(body, content_type, BfxmError))


# ---- the document ----------------------------------------------------------------------------


def _url(action: str, name: str, value: Any) -> str:
    if not isinstance(value, str) or not value:
        raise BfonError(f"{action}: {name} must be an http(s) URL, not {value!r}")
    parts = urlsplit(value)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise BfonError(f"{action}: {name} must be an http(s) URL, not {value!r}")
    return value


def _count(action: str, name: str, value: Any, minimum: int) -> int:
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise BfonError(f"{action}: {name} must be a whole number, not {value!r}")
    if value < minimum:
        raise BfonError(f"{action}: {name} must be {minimum} or more, not {value}")
    return value


def _flag(action: str, name: str, value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower()
    raise BfonError(f"{action}: {name} must be True or False, not {value!r}")


def _words(action: str, name: str, value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise BfonError(f"{action}: {name} must be non-empty text, not {value!r}")
    return value


def _destination(value: Any) -> str:
    text = str(value) if isinstance(value, int) and not isinstance(value, bool) else value
    if not isinstance(text, str) or not (_SHORT_NUMBER.fullmatch(text) or _PHONE.fullmatch(text)):
        raise BfonError(
            f"dial: destination {value!r} must be a menu (2 digits), group (3), extension (4) "
            "or a phone number (7 to 15 digits)"
        )
    return text


def _gather_args(args: Mapping[str, Any]) -> dict[str, Any]:
    name = args.get("variable_name")
    if not isinstance(name, str) or not _VARIABLE.fullmatch(name):
        raise BfonError(
            f"gather: variable_name must be a name such as 'choice' (letters, digits, _), "
            f"not {name!r}"
        )
    if name in REQUEST_FIELDS:
        raise BfonError(f"gather: variable_name {name!r} would clash with the request's own field")
    low = _count("gather", "min_digits", args.get("min_digits"), 1)
    high = _count("gather", "max_digits", args.get("max_digits"), 1)
    if low > high:
        raise BfonError(f"gather: min_digits ({low}) is more than max_digits ({high})")
    out: dict[str, Any] = {
        "min_digits": str(low),
        "max_digits": str(high),
        "max_attempts": str(_count("gather", "max_attempts", args.get("max_attempts"), 1)),
        "ask": _url("gather", "ask", args.get("ask")),
        "play_on_error": _url("gather", "play_on_error", args.get("play_on_error")),
        "variable_name": name,
    }
    if args.get("timeout") is not None:
        # The page writes this one as a number of milliseconds, unlike the other arguments.
        out["timeout"] = _count("gather", "timeout", args["timeout"], 1)
    return out


def _checked(action: str, args: Mapping[str, Any]) -> dict[str, Any]:
    """The arguments of a known action in the provider's form, or :class:`BfonError`."""
    known = ACTIONS[action]
    unknown = sorted(set(args) - set(known))
    if unknown:
        raise BfonError(
            f"{action}: unknown argument(s) {', '.join(unknown)} (known: "
            f"{', '.join(known) or 'none'}); use .action({action!r}, ...) to send them anyway"
        )
    missing = [
        name
        for name in known
        if args.get(name) is None and name not in OPTIONAL_ARGS.get(action, set())
    ]
    if missing:
        raise BfonError(f"{action}: missing argument(s) {', '.join(missing)}")
    if action == "play":
        return {"url": _url("play", "url", args["url"])}
    if action == "gather":
        return _gather_args(args)
    if action == "dial":
        out = {"destination": _destination(args["destination"])}
        if args.get("hide_cli_on_diversion") is not None:
            out["hide_cli_on_diversion"] = _flag(
                "dial", "hide_cli_on_diversion", args["hide_cli_on_diversion"]
            )
        return out
    if action == "set_caller_name":
        return {"caller_name": _words(action, "caller_name", args["caller_name"])}
    if action == "return_data":
        value = args["value"]
        if not isinstance(value, str):
            raise BfonError(
                f"return_data: value must be a string (json.dumps() a structure), not {value!r}"
            )
        return {"value": value}
    if action == "sleep":
        return {"timeout": str(_count("sleep", "timeout", args["timeout"], 1))}
    return {}


@dataclass(frozen=True)
class Step:
    """One action of a document: its name and its arguments as they go on the wire."""

    action: str
    args: Mapping[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """``{"action": ..., "args": {...}}``; no ``args`` key for an action without any."""
        item: dict[str, Any] = {"action": self.action}
        if self.args:
            item["args"] = dict(self.args)
        return item


class Bfon:
    """A BFON document, built fluently: ``Bfon().play(url).gather(...).dial("1000")``.

    Every method checks its arguments at once and returns the document itself. The result is
    :meth:`to_dict` or :meth:`to_json` (UTF-8, Turkish letters kept as they are).
    """

    VERSION = 1

    def __init__(self) -> None:
        self._steps: list[Step] = []

    def __repr__(self) -> str:
        return f"Bfon({', '.join(step.action for step in self._steps)})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Bfon) and self._steps == other._steps

    __hash__ = None  # type: ignore[assignment]

    @property
    def steps(self) -> tuple[Step, ...]:
        """The actions so far, in order."""
        return tuple(self._steps)

    def _add(self, action: str, args: Mapping[str, Any]) -> Bfon:
        if self._steps and self._steps[-1].action in FINAL:
            raise BfonError(
                f"{action}: nothing can follow {self._steps[-1].action!r}, the call is over by then"
            )
        self._steps.append(Step(action, args))
        return self

    def play(self, url: str) -> Bfon:
        """Play the MP3 at ``url`` (http or https) to the caller."""
        return self._add("play", _checked("play", {"url": url}))

    def gather(
        self,
        *,
        variable_name: str,
        ask: str,
        min_digits: int = 1,
        max_digits: int = 1,
        max_attempts: int = 3,
        play_on_error: str | None = None,
        timeout: int | None = None,
    ) -> Bfon:
        """Play ``ask``, collect ``min_digits``-``max_digits`` keys into ``variable_name``.

        After the whole document has played the provider POSTs again, ``step`` one higher and
        the keys in ``request.variables[variable_name]``. ``play_on_error`` (default: ``ask``)
        plays after a wrong entry, up to ``max_attempts`` times; ``timeout`` is how long to
        wait for the next key, in milliseconds (the provider's default is 5000). ``#`` ends an
        entry early.
        """
        args = {
            "min_digits": min_digits,
            "max_digits": max_digits,
            "max_attempts": max_attempts,
            "ask": ask,
            "play_on_error": ask if play_on_error is None else play_on_error,
            "variable_name": variable_name,
            "timeout": timeout,
        }
        return self._add("gather", _checked("gather", args))

    def dial(self, destination: str | int, *, hide_cli_on_diversion: bool | None = None) -> Bfon:
        """Connect the caller to a menu (2 digits), group (3), extension (4) or phone number.

        ``hide_cli_on_diversion=False`` shows the caller's number when diverting outside.
        Dialling an outside number costs a diversion fee.
        """
        args = {"destination": destination, "hide_cli_on_diversion": hide_cli_on_diversion}
        return self._add("dial", _checked("dial", args))

    def continue_(self) -> Bfon:
        """Go on with the PBX's own call plan (``continue``; a Python keyword, hence the ``_``)."""
        return self._add("continue", {})

    def hangup(self) -> Bfon:
        """End an answered call. Nothing may follow."""
        return self._add("hangup", {})

    def reject(self) -> Bfon:
        """Refuse the call while it is still ringing, without answering. Nothing may follow."""
        return self._add("reject", {})

    def set_caller_name(self, caller_name: str) -> Bfon:
        """Show ``caller_name`` to the PBX users the call is passed to (``set_caller_name``)."""
        return self._add(
            "set_caller_name", _checked("set_caller_name", {"caller_name": caller_name})
        )

    def return_data(self, value: str) -> Bfon:
        """Have ``value`` sent back on the next request (``request.returned``): session state."""
        return self._add("return_data", _checked("return_data", {"value": value}))

    def sleep(self, seconds: int) -> Bfon:
        """Wait ``seconds`` (a whole number, 1 or more) during the call."""
        return self._add("sleep", _checked("sleep", {"timeout": seconds}))

    def action(self, name: str, **args: Any) -> Bfon:
        """Any action, with any arguments, as given: for what the provider adds later.

        Arguments are sent unchecked (they must be JSON values); the rule that nothing follows
        ``hangup`` or ``reject`` still holds, and ``say`` is still refused. For a known action
        with only known arguments, prefer its method (it checks them).
        """
        if not isinstance(name, str) or not _VARIABLE.fullmatch(name):
            raise BfonError(f"action: {name!r} is not an action name")
        if name == "say":
            raise BfonError(
                "say: the provider no longer supports it; make the audio with any TTS and play() it"
            )
        try:
            json.dumps(args)
        except (TypeError, ValueError) as exc:
            raise BfonError(f"{name}: arguments must be JSON values ({exc})") from None
        return self._add(_ALIASES.get(name, name), dict(args))

    # ---- output ----------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """The document: ``{"bfxm": {"version": 1}, "seq": [...]}``."""
        if not self._steps:
            raise BfonError("a BFON document needs at least one action")
        return {"bfxm": {"version": self.VERSION}, "seq": [step.to_dict() for step in self._steps]}

    def to_json(self, *, indent: int | None = None) -> str:
        """The document as JSON text (non-ASCII letters kept; encode as UTF-8 to send)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, document: Mapping[str, Any], *, strict: bool = True) -> Bfon:
        """Read a document back (what an app returned), checking it as the builder does.

        With ``strict=False`` unknown actions and arguments pass as :meth:`action` would
        let them; known actions with bad arguments are still refused.
        """
        if not isinstance(document, Mapping):
            raise BfonError(f"a BFON document is a JSON object, not {type(document).__name__}")
        seq = document.get("seq")
        if not isinstance(seq, list):
            raise BfonError('a BFON document needs a "seq" list of actions')
        version = document.get("bfxm", {"version": 1})
        if not isinstance(version, Mapping) or str(version.get("version")) != "1":
            raise BfonError(f'unsupported "bfxm" block {version!r}; version 1 is the only one')
        built = cls()
        for index, item in enumerate(seq):
            if not isinstance(item, Mapping) or not isinstance(item.get("action"), str):
                raise BfonError(f'seq[{index}] must be an object with an "action" name')
            name: str = item["action"]
            name = _ALIASES.get(name, name)
            args = item.get("args") or {}
            if not isinstance(args, Mapping):
                raise BfonError(f'seq[{index}] ({name}): "args" must be an object')
            if name == "say":
                built.action(name)  # raises, with the reason
            if name in ACTIONS and (strict or set(args) <= set(ACTIONS[name])):
                built._add(name, _checked(name, args))
            elif strict:
                known = ", ".join(ACTIONS)
                raise BfonError(f"seq[{index}]: unknown action {name!r} (known: {known})")
            else:
                built.action(name, **args)
        return built


# ---- receivers -------------------------------------------------------------------------------


def _answer(document: Any) -> Reply:
    if not isinstance(document, Bfon):
        raise TypeError(f"the BFXM handler must return a Bfon, not {type(document).__name__}")
    return Reply(200, document.to_json().encode("utf-8"), "application/json; charset=utf-8")


def asgi_app(
    handler: Callable[[BfxmRequest], Awaitable[Bfon] | Bfon],
    *,
    username: str | None = None,
    password: str | None = None,
) -> AsgiReceiver:
    """An ASGI application answering each BFXM POST with ``handler(request)``'s document.

    The handler (sync or async) gets a :class:`BfxmRequest` and returns a :class:`Bfon`. With
    ``username`` and ``password``, other Basic credentials get 401; a body that cannot be read
    gets 400 with a one-line reason; a handler that raises gets 500 (logged, no traceback).
    """
    return AsgiReceiver(
        parse_request, handler, username=username, password=password, answer=_answer
    )


def wsgi_app(
    handler: Callable[[BfxmRequest], Bfon],
    *,
    username: str | None = None,
    password: str | None = None,
) -> WsgiReceiver:
    """The WSGI twin of :func:`asgi_app` (Flask, Django, gunicorn, wsgiref), same answers."""
    return WsgiReceiver(
        parse_request, handler, username=username, password=password, answer=_answer
    )
