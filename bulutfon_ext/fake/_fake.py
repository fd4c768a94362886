"""`FakeBulutfon`: the public face of the fake, tying the state, the app and the server together."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from bulutfon_ext._dialogue import Transcript, WebhookFormat
from bulutfon_ext.fake import _spec
from bulutfon_ext.fake._app import FakeApp
from bulutfon_ext.fake._faults import Fault, FaultPlan
from bulutfon_ext.fake._log import RecordedRequest, RequestLog
from bulutfon_ext.fake._provider import Delivery, Provider
from bulutfon_ext.fake._seed import DEFAULT_NOW, build
from bulutfon_ext.fake._server import serve_in_thread
from bulutfon_ext.fake._state import Account, FileSizes, State

DEFAULT_TOKEN = "fake-token"
DEFAULT_EMAIL = "demo@example.com"
DEFAULT_PASSWORD = "fake-password"


class FakeBulutfon:
    """An in-memory, stateful imitation of the Bulutfon API v1, for tests and demos.

    It answers all 36 operations of ``spec/bulutfon-v1.yaml`` as the spec describes them, from
    the spec's own examples plus, on request, synthetic records. Writes are seen by later
    reads. Responses never depend on the wall clock or on chance: the clock is ``now`` and
    synthetic data comes from ``seed``, so two fakes built alike answer alike.

    Use it in process (``httpx.ASGITransport(app=fake.app)``, async clients) or over real
    HTTP (``with fake.serve() as running: running.url``); both behave the same.

    What it does beyond the spec's letter, as the real server does or is expected to:

    * Credentials: ``access_token``, or ``email`` and ``password``, in the query string (or in
      a form or JSON body); call recordings also take ``sha1_hex(token + uuid)``. Otherwise
      401 ``{"error": "Unauthorized", "code": 401}``, or ``{"error": "Token expired"}`` after
      :meth:`expire_token`.
    * Paths may end in ``.json`` or ``/``. Request bodies may be JSON or form-encoded
      (``acl[]=``); ``"7"`` and ``"true"`` read as a number and a boolean where the spec wants
      one, and fields the spec does not name are ignored (listed in each request's
      ``ignored``), as shipped clients send them. Token-info takes its path token alone.
    * Bad input: 400 for a missing field, 422 ``{"error", "code"}`` for a refused
      value (including rules the spec states in prose: DIDs must be the PBX's, one sound
      source per automatic call...), 404 for unknown ids.
    * CDR pages hold 100 records unless ``limit`` says otherwise, newest first; messages 30.
    * Created records get the next id, ``created_at`` = ``now``, and seeded uuids.

    Args:
        cdrs: Synthetic call detail records to add to the examples' five.
        incoming_faxes: Synthetic received faxes to add to the examples' three.
        messages: Synthetic SMS messages to add to the examples' two.
        seed: Seeds the synthetic records (and the uuids of created ones).
        now: The fake's clock; ``time_limit`` and ``created_at`` are reckoned from it.
        token, email, password: The credentials the fake accepts.
        recording_bytes: Size of every call recording (chained Ogg Vorbis; about 3 KB at least).
        fax_bytes: Size of every received fax (TIFF).
        announcement_bytes: Size of the example announcements' audio (WAV; even sizes only).
            Uploaded announcements are served as uploaded.
        legacy: Answer as the API did in 2015-2017, which integrations of then still compare
            against: ``call_record`` is ``Var``/``Yok`` instead of ``YES``/``NO``, and two
            calls between extensions have ``direction`` ``LOCAL``.
        webhook_url: Where to POST webhook events, as the provider does for the webhook set on
            a DID: ``call_init``, the ``call_init_*`` of the target reached and ``call_hangup``
            for each ``call_and_bridge`` and each automatic call's recipient (with
            ``autodial``, ``additional_data`` = ``bulutfon_xm_data`` and ``callback_url``),
            and for :meth:`simulate_incoming_call` / :meth:`simulate_incoming_fax`. Sent from
            a background thread; :meth:`wait_for_webhooks` waits for them.
        webhook_auth: ``(username, password)`` for HTTP Basic auth on those POSTs.
        webhook_format: ``"json"`` (default) or ``"form"`` (``x-www-form-urlencoded``).
    """

    def __init__(
        self,
        *,
        cdrs: int = 0,
        incoming_faxes: int = 0,
        messages: int = 0,
        seed: int | str = 0,
        now: dt.datetime = DEFAULT_NOW,
        token: str = DEFAULT_TOKEN,
        email: str = DEFAULT_EMAIL,
        password: str = DEFAULT_PASSWORD,
        recording_bytes: int = 32 * 1024,
        fax_bytes: int = 64 * 1024,
        announcement_bytes: int = 16 * 1024,
        legacy: bool = False,
        webhook_url: str | None = None,
        webhook_auth: tuple[str, str] | None = None,
        webhook_format: WebhookFormat = "json",
    ) -> None:
        if now.tzinfo is None:
            raise ValueError("now must carry a time zone, as the API's timestamps do")
        if min(cdrs, incoming_faxes, messages) < 0:
            raise ValueError("record counts cannot be negative")
        data = build(
            seed, now, cdrs=cdrs, incoming_faxes=incoming_faxes, messages=messages, legacy=legacy
        )
        self._account = Account(token=token, email=email, password=password)
        self._state = State(
            data,
            now=now,
            account=self._account,
            sizes=FileSizes(recording_bytes, fax_bytes, announcement_bytes),
            rng_seed=str(seed),
        )
        self._faults = FaultPlan()
        self._provider = Provider(
            webhook_url=webhook_url,
            webhook_auth=webhook_auth,
            webhook_format=webhook_format,
            now=now,
            seed=str(seed),
        )
        self._log = _ProvidingLog(self._state, self._provider)
        self._app = FakeApp(self._state, self._faults, self._log)
        self._url: str | None = None

    # ---- what a client needs -------------------------------------------------------------

    @property
    def token(self) -> str:
        """The master token the fake accepts as ``access_token``."""
        return self._account.token

    @property
    def email(self) -> str:
        """The login email the fake accepts (with :attr:`password`)."""
        return self._account.email

    @property
    def password(self) -> str:
        """The password that goes with :attr:`email`."""
        return self._account.password

    @property
    def now(self) -> dt.datetime:
        """The fake's fixed clock."""
        return self._state.now

    @property
    def app(self) -> FakeApp:
        """The ASGI application, for ``httpx.ASGITransport(app=fake.app)`` or any ASGI server."""
        return self._app

    @property
    def url(self) -> str:
        """The base URL while :meth:`serve` is running."""
        if self._url is None:
            raise RuntimeError("the fake is not being served; use `with fake.serve():`")
        return self._url

    @contextmanager
    def serve(self, host: str = "127.0.0.1", port: int = 0) -> Iterator[FakeBulutfon]:
        """Serve over HTTP from a background thread (port 0: a free port) until the block ends.

        Yields the fake itself, so ``with FakeBulutfon().serve() as fake:`` has ``fake.url`` and
        ``fake.token`` side by side.
        """
        if self._url is not None:
            raise RuntimeError("the fake is already being served")
        with serve_in_thread(self._app, host, port) as running:
            self._url = running.url
            try:
                yield self
            finally:
                self._url = None
                self._provider.close()

    # ---- what a test inspects ------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received so far, oldest first (a copy)."""
        return self._log.snapshot()

    def clear_requests(self) -> None:
        """Forget the requests received so far."""
        self._log.clear()

    def expire_token(self, expired: bool = True) -> None:
        """Make the token answer 401 ``{"error": "Token expired"}`` (or, with False, work again)."""
        with self._state.lock:
            self._account.token_expired = expired

    # ---- the provider's inbound part -----------------------------------------------------

    @property
    def webhook_deliveries(self) -> list[Delivery]:
        """Every webhook POST made so far: the event's fields, the status (or the error)."""
        return self._provider.deliveries

    def wait_for_webhooks(self, timeout: float = 10.0) -> list[Delivery]:
        """Wait until every event queued so far was delivered; returns every delivery."""
        return self._provider.flush(timeout)

    def simulate_incoming_call(
        self,
        *,
        caller: str | int,
        callee: str | int,
        bfxm_url: str | None = None,
        digits: Sequence[str | int] = (),
        bfxm_auth: tuple[str, str] | None = None,
        bfxm_format: WebhookFormat = "form",
        answer: str | None = None,
    ) -> Transcript:
        """A call comes in from ``caller`` to the PBX number ``callee``.

        With ``bfxm_url`` the fake drives a BulutfonXM dialogue against that app, as the
        provider does: it POSTs ``uuid, caller, callee, step`` (``bfxm_format``, form by
        default; ``bfxm_auth`` for Basic auth), plays the BFON answer, presses the next entry
        of ``digits`` at each ``gather`` (``["1", "42"]``), sends the gathered variables and
        the last ``return_data`` on the next step, and stops at ``dial``, ``hangup``,
        ``reject`` or a document that asks for nothing more. Without it, the call is answered
        by ``answer`` (an extension, group or menu number) or missed. Webhook events follow
        (``call_init``, the target reached or ``missing_call``, ``call_hangup``).

        Returns the :class:`Transcript`: each step's request and actions, and the outcome.
        """
        return self._provider.incoming_call(
            caller=str(caller),
            callee=str(callee),
            bfxm_url=bfxm_url,
            digits=[str(d) for d in digits],
            bfxm_auth=bfxm_auth,
            bfxm_format=bfxm_format,
            answer=answer,
        )

    def simulate_incoming_fax(self, *, caller: str | int, callee: str | int) -> str:
        """A fax arrives from ``caller`` on ``callee``: sends ``fax_init``; returns its uuid."""
        return self._provider.incoming_fax(caller=str(caller), callee=str(callee))

    # ---- faults --------------------------------------------------------------------------

    def fail_next(
        self,
        operation_id: str,
        status: int = 500,
        *,
        times: int = 1,
        retry_after: int | str | None = None,
        error: str | None = None,
        body: bytes | str | None = None,
        content_type: str | None = None,
    ) -> None:
        """Answer the next ``times`` requests of ``operation_id`` with ``status``.

        The body is ``{"error": <error, or the status's reason phrase>}``, or ``body`` as given
        (say an HTML page, as a proxy sends; ``content_type`` defaults to ``text/html``).
        ``retry_after`` is sent as the ``Retry-After`` header: seconds (``120`` or ``"120"``)
        or any text (an HTTP date, or a malformed value to see how a client copes).
        Every option is checked here, so a mistake fails the test that made it, not the fake.
        """
        _check_operation(operation_id)
        _check_int("status", status)
        if not 400 <= status <= 599:
            raise ValueError(f"a failure needs a 4xx or 5xx status, not {status}")
        _check_times(times)
        fault = Fault(
            "fail",
            status=status,
            error=_optional_text("error", error),
            body=_optional_body(body),
            content_type=_header_value("content_type", content_type),
            retry_after=_retry_after(retry_after),
        )
        self._faults.add(operation_id, fault, times)

    def drop_next(self, operation_id: str, *, times: int = 1) -> None:
        """Close the connection of the next ``times`` requests of ``operation_id`` unanswered."""
        _check_operation(operation_id)
        _check_times(times)
        self._faults.add(operation_id, Fault("drop"), times)

    def slow_next(self, operation_id: str, seconds: float, *, times: int = 1) -> None:
        """Wait ``seconds`` before answering the next ``times`` requests of ``operation_id``."""
        _check_operation(operation_id)
        if not isinstance(seconds, int | float) or isinstance(seconds, bool):
            raise TypeError(f"seconds must be a number, not {type(seconds).__name__}")
        if not 0 <= seconds < math.inf:
            raise ValueError(f"seconds must be zero or more and finite, not {seconds}")
        _check_times(times)
        self._faults.add(operation_id, Fault("slow", seconds=float(seconds)), times)

    def truncate_next(self, operation_id: str, *, times: int = 1) -> None:
        """Cut the next ``times`` responses of ``operation_id`` short.

        A JSON body is cut in half (a complete response of broken JSON); a file declares its
        full ``Content-Length``, sends half, and the connection drops.
        """
        _check_operation(operation_id)
        _check_times(times)
        self._faults.add(operation_id, Fault("truncate"), times)

    def reset_faults(self) -> None:
        """Forget every fault not yet used."""
        self._faults.clear()


class _ProvidingLog(RequestLog):
    """The request log, which also has the provider call back when a call was placed."""

    def __init__(self, state: State, provider: Provider) -> None:
        super().__init__()
        self._state = state
        self._provider = provider

    def append(self, entry: RecordedRequest) -> None:
        super().append(entry)
        if entry.status is None or not 200 <= entry.status < 300:
            return
        if self._provider.webhook_url is None:
            return
        body = entry.body or {}
        if entry.operation_id == "call_and_bridge":
            # Its parameters come in the query string (or, as Rails merges them, a body).
            params = {**body, **entry.query}
            self._provider.bridged_call(
                did=str(params["caller"]),
                callee=str(params["callee"]),
                destination=str(params["destination"]),
            )
        elif entry.operation_id == "create_automatic_call":
            with self._state.lock:
                newest = max(c["id"] for c in self._state.list_automatic_calls())
                detail = self._state.get_automatic_call(newest)
            recipients = [(r["uuid"], str(r["number"])) for r in detail.get("recipients", [])]
            self._provider.automatic_calls(
                did=str(body["did"]),
                recipients=recipients,
                additional_data=body.get("bulutfon_xm_data"),
                callback_url=body.get("callback_url"),
            )


def _check_operation(operation_id: str) -> None:
    if not isinstance(operation_id, str):
        raise TypeError(f"operation_id must be a str, not {type(operation_id).__name__}")
    try:
        _spec.operation(operation_id)
    except KeyError:
        known = ", ".join(op.operation_id for op in _spec.operations())
        raise ValueError(f"unknown operationId {operation_id!r}; known: {known}") from None


def _check_int(name: str, value: object) -> int:
    # bool is an int to Python, never to a test that meant a number.
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    return value


def _check_times(value: object) -> None:
    times = _check_int("times", value)
    if times < 1:
        raise ValueError(f"times must be at least 1, not {times}")


def _optional_text(name: str, value: object) -> str | None:
    if value is not None and not isinstance(value, str):
        raise TypeError(f"{name} must be a str or None, not {type(value).__name__}")
    return value


def _optional_body(body: object) -> bytes | None:
    if body is None or isinstance(body, bytes):
        return body
    if isinstance(body, str):
        return body.encode()
    raise TypeError(f"body must be bytes, str or None, not {type(body).__name__}")


def _header_value(name: str, value: object) -> str | None:
    text = _optional_text(name, value)
    # A header cannot hold a line break (the server would refuse to send it: a 500, not a fault).
    if text is not None and not all(" " <= c <= "~" or c == "\t" for c in text):
        raise ValueError(f"{name} must be printable ASCII on one line (a header value): {text!r}")
    return text


def _retry_after(value: object) -> str | None:
    """``Retry-After`` as sent: seconds as an int, or the header's text as given."""
    if isinstance(value, int) and not isinstance(value, bool):
        if value < 0:
            raise ValueError(f"retry_after cannot be negative, not {value}")
        return str(value)
    if value is not None and not isinstance(value, str):
        raise TypeError(
            f"retry_after must be an int (seconds) or a str, not {type(value).__name__}"
        )
    return _header_value("retry_after", value)
