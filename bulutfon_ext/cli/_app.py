"""The typer app, its global options, and ``session``: the client every command works through.

``session`` also turns every failure into one line on stderr and a distinct exit code, so no
command handles errors itself. Credentials never reach the terminal: the SDK redacts its URLs
and messages, and the errors, tracebacks and debug logs the CLI prints are scrubbed once more,
of credential parameters and of the literal secrets it knows (options, environment, fake).
"""

from __future__ import annotations

import contextlib
import enum
import functools
import logging
import os
import re
import sys
import traceback
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import TYPE_CHECKING, Annotated, Any

import typer

from bulutfon_ext._env import ENV_EMAIL, ENV_PASSWORD, ENV_TOKEN
from bulutfon_ext.cli._output import Output, safe
from bulutfon_ext.cli._registry import LazyRootGroup

if TYPE_CHECKING:
    from bulutfon_ext import Bulutfon
    from bulutfon_ext._errors import ValidationError

# The SDK's client and errors (and httpx under them) are imported where a command needs them,
# not here: `bulutfon --help` never does (see _registry).


class ExitCode(enum.IntEnum):
    OK = 0
    ERROR = 1
    USAGE = 2
    AUTH = 3
    NOT_FOUND = 4
    RATE_LIMITED = 5


EPILOG = """\
[bold]Credentials[/bold] come from BULUTFON_ACCESS_TOKEN, or BULUTFON_EMAIL and BULUTFON_PASSWORD
(or --token, or --email and --password); BULUTFON_BASE_URL (or --base-url) picks the server.

[bold]Exit codes[/bold]
  0  success
  1  API, connection or file error
  2  usage error: a bad option or value
  3  authentication: no, wrong or expired credentials, or not allowed
  4  not found
  5  rate limited: try again later
"""

FAKE_CDRS = 250  # with --fake: enough call records that listing them pages
_CREDENTIAL_FIELDS = frozenset({"access_token", "email", "password"})


class CliError(Exception):
    """A failure of the command line itself, with its exit code."""

    exit_code = ExitCode.ERROR


class CredentialsError(CliError):
    """No usable credentials were given."""

    exit_code = ExitCode.AUTH


class Missing(CliError):
    """A 404, said as what was not there (``no DID with id 99``) rather than "404 Not Found"."""

    exit_code = ExitCode.NOT_FOUND


def naming_missing(error: BaseException, missing: str | None) -> BaseException:
    """``error`` as a ``Missing`` saying ``missing`` when it is a 404 and the caller said what
    was looked for; otherwise ``error`` itself."""
    from bulutfon_ext._errors import NotFoundError

    if missing is not None and isinstance(error, NotFoundError):
        named = Missing(missing)
        named.__cause__ = error  # --debug shows the request's traceback
        return named
    return error


@dataclass
class State:
    """The global options, shared by every command through ``ctx.obj``."""

    json: bool = False
    token: str | None = None
    email: str | None = None
    password: str | None = None
    base_url: str | None = None
    fake: bool = False
    debug: bool = False
    timeout: float | None = None
    max_retries: int = 2
    extra_secrets: list[str] = field(default_factory=list)

    @functools.cached_property
    def output(self) -> Output:
        return Output(json_mode=self.json)

    def secrets(self) -> list[str]:
        """Every credential this run knows, longest first (so no part of one is left behind)."""
        known = [self.token, self.email, self.password, *self.extra_secrets]
        known += [os.environ.get(name) for name in (ENV_TOKEN, ENV_EMAIL, ENV_PASSWORD)]
        # Too short a "secret" would blot out ordinary words, and guards nothing anyway.
        return sorted({s for s in known if s and len(s) >= 4}, key=len, reverse=True)

    def scrub(self, text: str) -> str:
        from bulutfon_ext._redact import REDACTED, redact_text

        for secret in self.secrets():
            text = text.replace(secret, REDACTED)
        # Then what the SDK redacts, once more (redacting twice changes nothing).
        return redact_text(text)


def get_state(ctx: typer.Context) -> State:
    return ctx.ensure_object(State)


app = typer.Typer(
    name="bulutfon",
    help="The Bulutfon cloud-PBX from the command line: numbers, extensions, call records, "
    "recordings, faxes, announcements and automatic calls.",
    epilog=EPILOG,
    # Global options after the command too; no command: help, exit 0; modules loaded on use.
    cls=LazyRootGroup,
    invoke_without_command=True,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
    add_completion=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _from_env(flag: str, what: str, variable: str) -> Any:
    """An option the SDK falls back to an environment variable for (credentials)."""
    return typer.Option(flag, help=f"{what} (default: ${variable}).", show_default=False)


def version_line() -> str:
    """What ``bulutfon --version`` prints: the distribution, its version and the runtime."""
    from bulutfon_ext._distribution import DISTRIBUTION, installed_version

    runtime = ".".join(str(part) for part in sys.version_info[:3])
    return f"{DISTRIBUTION} {installed_version()} (the bulutfon command; Python {runtime})"


def _show_version(value: bool) -> None:
    if value:
        typer.echo(version_line())
        raise typer.Exit(ExitCode.OK)


@app.callback()
def _global_options(
    ctx: typer.Context,
    json: Annotated[
        bool, typer.Option("--json", help="Machine-readable JSON on stdout instead of tables.")
    ] = False,
    token: Annotated[str | None, _from_env("--token", "Access token", ENV_TOKEN)] = None,
    email: Annotated[str | None, _from_env("--email", "Login email", ENV_EMAIL)] = None,
    password: Annotated[str | None, _from_env("--password", "Login password", ENV_PASSWORD)] = None,
    base_url: Annotated[
        str | None,
        typer.Option(
            "--base-url",
            help="API server (default: $BULUTFON_BASE_URL, else https://api.bulutfon.com).",
            show_default=False,
        ),
    ] = None,
    fake: Annotated[
        bool,
        typer.Option(
            "--fake", help="Run against an in-process fake server with made-up data (a demo)."
        ),
    ] = False,
    debug: Annotated[
        bool,
        typer.Option("--debug", help="Show tracebacks and log each HTTP request (redacted)."),
    ] = False,
    timeout: Annotated[
        float | None,
        typer.Option(
            "--timeout", min=0.001, help="Seconds to wait for the server \\[default: 30]."
        ),
    ] = None,
    max_retries: Annotated[
        int, typer.Option("--max-retries", min=0, help="Retries of a failed request.")
    ] = 2,
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            callback=_show_version,
            is_eager=True,
            expose_value=False,
            help="Show the version and exit.",
        ),
    ] = False,
) -> None:
    if ctx.invoked_subcommand is None:
        typer.echo(ctx.get_help())
        raise typer.Exit(ExitCode.OK)
    ctx.obj = State(
        json=json,
        token=token,
        email=email,
        password=password,
        base_url=base_url,
        fake=fake,
        debug=debug,
        timeout=timeout,
        max_retries=max_retries,
    )


# --- errors ----------------------------------------------------------------------------------


def exit_code_for(error: BaseException) -> ExitCode:
    from bulutfon_ext._errors import (
        AuthenticationError,
        NotFoundError,
        PermissionDeniedError,
        RateLimitError,
        ValidationError,
    )

    if isinstance(error, CliError):
        return error.exit_code
    if isinstance(error, AuthenticationError | PermissionDeniedError):
        return ExitCode.AUTH
    if isinstance(error, ValidationError):
        return ExitCode.USAGE
    if isinstance(error, NotFoundError):
        return ExitCode.NOT_FOUND
    if isinstance(error, RateLimitError):
        return ExitCode.RATE_LIMITED
    return ExitCode.ERROR


def in_option_terms(error: ValidationError, command: Any) -> ValidationError:
    """The SDK's ``error`` in the words the user typed: the field it names, and the other fields
    its message speaks of (``error.names``: those of a rule across fields), each become the
    option of ``command`` with that parameter name, so the SDK's own check of the spec's rule
    reads "--announcement-id: send exactly one of --announcement-id, --sound-url, --xm-id".
    Nothing else in the message is touched: "not a phone number" stays as it is."""
    from bulutfon_ext._errors import ValidationError

    options: dict[str, str] = {
        param.name: max(param.opts, key=len)
        for param in getattr(command, "params", ())
        if getattr(param, "param_type_name", "") == "option" and param.name
    }
    spoken = [name for name in error.names if name in options]
    # The field may say where inside an argument: "calling_hours['mon'] start".
    head = re.split(r"\W", error.field, maxsplit=1)[0]
    field = options.get(head, head) + error.field[len(head) :]
    reason = str(error).removeprefix(f"{error.field}: ")
    if spoken:
        # Whole names only: `did` in "--did" or "did_x" is not the field `did`.
        names = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, spoken)) + r")(?![\w-])")
        reason = names.sub(lambda found: options[found.group()], reason)
    return ValidationError(field, reason, names=error.names)


def describe(error: BaseException) -> str:
    """The one-line message for an error (not yet scrubbed)."""
    from bulutfon_ext._errors import APIStatusError, BulutfonError, RateLimitError

    if isinstance(error, APIStatusError):
        try:
            reason = HTTPStatus(error.status_code).phrase
        except ValueError:
            reason = "Unknown Status"
        text = f"{error.status_code} {reason}: {error.message}"
        if isinstance(error, RateLimitError) and error.retry_after is not None:
            text += f" (retry after {error.retry_after:g} s)"
        return text
    if isinstance(error, OSError) and error.strerror:
        where = f": {error.filename}" if error.filename else ""
        return f"{error.strerror}{where}"
    if isinstance(error, CliError | BulutfonError | OSError):
        return str(error) or type(error).__name__
    return f"unexpected {type(error).__name__}: {error} (run with --debug for the traceback)"


def report(state: State, error: BaseException, prefix: str = "") -> ExitCode:
    """Print the error (its traceback first with --debug) and return its exit code."""
    if state.debug:
        trace = "".join(traceback.format_exception(error))
        sys.stderr.write(safe(state.scrub(trace)))
    # The message may quote the server (an error body): one line, with nothing a terminal obeys.
    sys.stderr.write(safe(state.scrub(f"error: {prefix}{describe(error)}"), one_line=True) + "\n")
    sys.stderr.flush()
    return exit_code_for(error)


_PASS_THROUGH = (typer.Exit, typer.Abort, typer.TyperException, KeyboardInterrupt)


@contextlib.contextmanager
def reporting(state: State, missing: str | None = None) -> Iterator[None]:
    """Turn any failure inside the block into an error line and an exit code (a 404 into
    ``missing``, when given)."""
    try:
        yield
    except _PASS_THROUGH:
        raise
    except BrokenPipeError:
        # The reader went away (`bulutfon ... | head`): click ends quietly, as Unix tools do.
        raise
    except Exception as error:
        raise typer.Exit(report(state, naming_missing(error, missing))) from None


# --- the client ------------------------------------------------------------------------------


class _StderrHandler(logging.Handler):
    """Writes log records to the current sys.stderr, scrubbed of every known secret."""

    def __init__(self, state: State) -> None:
        super().__init__()
        self.state = state
        self.setFormatter(logging.Formatter("debug: %(name)s: %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        try:
            sys.stderr.write(safe(self.state.scrub(self.format(record))) + "\n")
        except Exception:  # pragma: no cover (logging must never break the command)
            self.handleError(record)


def _debug_logging(state: State, stack: contextlib.ExitStack) -> None:
    handler = _StderrHandler(state)
    for name, level in (("bulutfon", logging.DEBUG), ("httpx", logging.INFO)):
        logger = logging.getLogger(name)
        previous = logger.level
        logger.addHandler(handler)
        logger.setLevel(level)
        stack.callback(logger.setLevel, previous)
        stack.callback(logger.removeHandler, handler)


def _start_fake(state: State, stack: contextlib.ExitStack) -> tuple[str, str]:
    """Serve a fresh fake for this command; its URL and token."""
    from bulutfon_ext._distribution import install_hint

    try:
        from bulutfon_ext.fake import FakeBulutfon
    except ImportError as error:
        raise CliError(
            f"--fake needs the fake server's dependencies: {install_hint('fake')} ({error})"
        ) from None
    fake = FakeBulutfon(cdrs=FAKE_CDRS, incoming_faxes=5, seed=1)
    state.extra_secrets += [fake.token, fake.password]
    running = stack.enter_context(fake.serve())
    return str(running.url), fake.token


def _credentials_problem(state: State, error: Exception) -> str:
    given = [state.token, state.email, state.password]
    given += [os.environ.get(name) for name in (ENV_TOKEN, ENV_EMAIL, ENV_PASSWORD)]
    if not any(given):
        return (
            f"no credentials: set {ENV_TOKEN} (or {ENV_EMAIL} and {ENV_PASSWORD}), "
            "or pass --token (or --email and --password)"
        )
    return str(error)


@contextlib.contextmanager
def session(ctx: typer.Context, *, missing: str | None = None) -> Iterator[Bulutfon]:
    """A client for one command (against a fake server with --fake); errors become exit codes.

    ``missing`` is the error line for a 404 (``"no DID with id 99"``): what the command looked
    for, which the server's bare "Not Found" does not say."""
    from bulutfon_ext import Bulutfon
    from bulutfon_ext._errors import ValidationError

    state = get_state(ctx)
    with reporting(state, missing), contextlib.ExitStack() as stack:
        if state.debug:
            _debug_logging(state, stack)
        token, email, password = state.token, state.email, state.password
        base_url = state.base_url
        if state.fake:
            base_url, fake_token = _start_fake(state, stack)
            if not (token or email or password):
                token = fake_token
        try:
            client = Bulutfon(
                access_token=token,
                email=email,
                password=password,
                base_url=base_url,
                timeout=state.timeout,
                max_retries=state.max_retries,
            )
        except ValidationError as error:
            if error.field not in _CREDENTIAL_FIELDS:
                raise
            raise CredentialsError(_credentials_problem(state, error)) from error
        try:
            yield stack.enter_context(client)
        except ValidationError as error:
            raise in_option_terms(error, ctx.command) from error


def fail(state: State, errors: Iterable[tuple[str, BaseException]]) -> None:
    """Report several failures (``(what, error)`` pairs); exit with the first one's code."""
    # A Missing names its item already: "no CDR 6056...", not "6056...: no CDR 6056...".
    codes = [
        report(state, error, prefix="" if isinstance(error, Missing) else f"{what}: ")
        for what, error in errors
    ]
    if codes:
        raise typer.Exit(codes[0])
