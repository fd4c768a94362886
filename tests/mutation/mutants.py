"""The mutations: behaviour-changing edits of the handwritten code that some test must notice.

Each replaces one snippet of one file (the snippet must occur exactly once, or the mutant is
reported as stale: the code moved on and the list must follow) and names the tests that ought
to fail. A mutant the tests let pass is a survivor: a claim nothing checks.

The first four are the survivors of the review that issue 8 reports; the rest sample every
handwritten module whose mistakes would hurt a user most: retries and POSTs, redaction,
validation, downloads, errors, pagination, the CLI's terminal safety and output targets, and the
fake's fault injection.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Mutant:
    name: str
    path: str
    find: str
    replace: str
    tests: tuple[str, ...]


EXT = ("tests/ext",)
RETRY = ("tests/ext/test_retry.py",)
REDACT = ("tests/ext/test_auth.py", "tests/ext/test_errors.py", "tests/ext/test_retry.py")
VALIDATION = ("tests/ext/test_validation.py", "tests/ext/test_client.py")
DOWNLOADS = ("tests/ext/test_downloads.py",)
ERRORS = ("tests/ext/test_errors.py",)
TERMINAL = ("tests/cli/test_app.py",)
# The reliability harness must have teeth too: these mutants must make its figures fail.
HARNESS = ("tests/reliability/test_reliability.py",)
TARGETS = ("tests/cli/test_export_targets.py", "tests/cli/test_cdrs.py")
FAULTS = ("tests/fake/test_faults.py",)
RULES = ("tests/fake/test_schema_rules.py",)

MUTANTS = [
    # --- the four survivors of the review -------------------------------------------------
    Mutant(
        "page N of N with a next_page link is not the last",
        "bulutfon_ext/_pagination.py",
        "return self.info.total_pages is None or self.info.page < self.info.total_pages",
        "return True",
        EXT,
    ),
    Mutant(
        "a page number that advances over the same items counts as progress",
        "bulutfon_ext/_pagination.py",
        "return current.page > previous.page and current.items != previous.items",
        "return current.page > previous.page",
        EXT,
    ),
    Mutant(
        "email and password in the environment win over the token",
        "bulutfon_ext/_auth.py",
        "    if token:\n        # The token is the documented default",
        "    if token and not (env_email and env_password):\n        # The token is the documented default",
        EXT,
    ),
    Mutant(
        "'..' inside a uuid is let through",
        "bulutfon_ext/_validation.py",
        ' or ".." in value',
        "",
        EXT,
    ),
    Mutant(
        "a list/get shape naming an operation the spec does not wrap is accepted at import",
        "bulutfon_ext/_resource.py",
        "            envelope(declared)\n",
        "            pass\n",
        ("tests/ext/test_resource_docs.py",),
    ),
    Mutant(
        "an order naming a field the spec does not let a CDR sort by is sent",
        "bulutfon_ext/_validation.py",
        '        or value.partition(",")[0] not in fields\n',
        "",
        VALIDATION,
    ),
    # --- retries and POSTs ------------------------------------------------------------------
    Mutant(
        "a POST is retried after a timeout",
        "bulutfon_ext/_retry.py",
        "if isinstance(error, NOT_SENT_ERRORS) or request.method in IDEMPOTENT_METHODS:",
        "if True:",
        RETRY,
    ),
    Mutant(
        "a POST is retried after a 5xx",
        "bulutfon_ext/_retry.py",
        "if request.method not in IDEMPOTENT_METHODS and response.status_code != 429:",
        "if False:",
        RETRY,
    ),
    Mutant(
        "a long Retry-After is waited for",
        "bulutfon_ext/_retry.py",
        "if retry_after > self.max_retry_after:",
        "if False:",
        RETRY,
    ),
    Mutant(
        "Retry-After is ignored",
        "bulutfon_ext/_retry.py",
        "        if retry_after is None:\n            return self.backoff(retry_number)",
        "        if True:\n            return self.backoff(retry_number)",
        RETRY,
    ),
    Mutant(
        "one retry too many",
        "bulutfon_ext/_retry.py",
        "if retry_number >= self.max_retries or response.status_code not in RETRY_STATUSES:",
        "if retry_number > self.max_retries or response.status_code not in RETRY_STATUSES:",
        RETRY,
    ),
    Mutant(
        "500 is not retried",
        "bulutfon_ext/_retry.py",
        "RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})",
        "RETRY_STATUSES = frozenset({408, 429, 502, 503, 504})",
        RETRY,
    ),
    Mutant(
        "a POST is retried after a 5xx (seen by the fault matrix)",
        "bulutfon_ext/_retry.py",
        "if request.method not in IDEMPOTENT_METHODS and response.status_code != 429:",
        "if False:",
        HARNESS,
    ),
    Mutant(
        "a download's temporary file is kept (seen by the fault matrix)",
        "bulutfon_ext/_downloads.py",
        "            os.unlink(temp)",
        "            pass",
        HARNESS,
    ),
    # --- redaction --------------------------------------------------------------------------
    Mutant(
        "password is not redacted in URLs",
        "bulutfon_ext/_redact.py",
        'SECRET_PARAMS = ("access_token", "email", "password")',
        'SECRET_PARAMS = ("access_token", "email")',
        REDACT,
    ),
    Mutant(
        "the token in a token-info path is not redacted",
        "bulutfon_ext/_redact.py",
        '    return _TOKEN_INFO_PATH.sub(lambda m: f"{m.group(1)}{REDACTED}", str(parsed))',
        "    return str(parsed)",
        REDACT,
    ),
    Mutant(
        "httpx log records are not redacted",
        "bulutfon_ext/_redact.py",
        "            record.args = tuple(_redact_arg(a) for a in args)",
        "            pass",
        REDACT,
    ),
    # --- validation and uploads -------------------------------------------------------------
    Mutant(
        "an empty upload is sent",
        "bulutfon_ext/_uploads.py",
        "    if not data:\n",
        "    if False:\n",
        VALIDATION,
    ),
    Mutant(
        "a ';' in an upload's file name is sent",
        "bulutfon_ext/_uploads.py",
        """or any(c in filename for c in ";,/\\\\")""",
        """or any(c in filename for c in ",/\\\\")""",
        VALIDATION,
    ),
    Mutant(
        "a bool is taken as True/False for an integer",
        "bulutfon_ext/_client.py",
        "        isinstance(max_retries, bool)\n        or not isinstance(max_retries, int)",
        "        not isinstance(max_retries, int)",
        VALIDATION,
    ),
    Mutant(
        "a base_url without http(s) is accepted",
        "bulutfon_ext/_client.py",
        'if url.scheme not in ("http", "https") or not url.host',
        "if not url.host",
        VALIDATION,
    ),
    # --- downloads --------------------------------------------------------------------------
    Mutant(
        "a short download is not noticed",
        "bulutfon_ext/_downloads.py",
        "if self.total is not None and self.done != self.total:",
        "if False:",
        DOWNLOADS,
    ),
    Mutant(
        "the temporary file is kept after a failure",
        "bulutfon_ext/_downloads.py",
        "            os.unlink(temp)",
        "            pass",
        DOWNLOADS,
    ),
    Mutant(
        "downloads get private permissions",
        "bulutfon_ext/_downloads.py",
        "os.chmod(fd, 0o666 & ~_UMASK)",
        "os.chmod(fd, 0o600)",
        DOWNLOADS,
    ),
    # --- errors -----------------------------------------------------------------------------
    Mutant(
        "404 is a plain APIStatusError",
        "bulutfon_ext/_errors.py",
        "404: NotFoundError,",
        "",
        ERRORS,
    ),
    # --- the command line -------------------------------------------------------------------
    Mutant(
        "ESC reaches the terminal",
        "bulutfon_ext/cli/_output.py",
        '    text = _UNSAFE.sub("", text)\n',
        "",
        TERMINAL,
    ),
    Mutant(
        "an error line keeps its newlines",
        "bulutfon_ext/cli/_output.py",
        '        text = text.replace("\\n", " ").replace("\\t", " ")',
        "        pass",
        TERMINAL,
    ),
    Mutant(
        "C1 controls go raw into --json",
        "bulutfon_ext/cli/_output.py",
        '    return _JSON_UNSAFE.sub(lambda m: f"\\\\u{ord(m.group()):04x}", text)',
        "    return text",
        TERMINAL,
    ),
    Mutant(
        "a FIFO is replaced by a regular file",
        "bulutfon_ext/cli/_targets.py",
        "    return stat.S_ISFIFO(mode) or stat.S_ISCHR(mode)",
        "    return False",
        TARGETS,
    ),
    Mutant(
        "a symlink is replaced by a file",
        "bulutfon_ext/cli/_targets.py",
        "            final = Path(os.path.realpath(target))\n",
        "            final = Path(target)\n",
        TARGETS,
    ),
    Mutant(
        "an unknown export suffix is written as CSV",
        "bulutfon_ext/cli/_commands_cdrs.py",
        "    if found is None:\n        raise typer.BadParameter(",
        "    if found is None and output == STDOUT:\n        raise typer.BadParameter(",
        TARGETS,
    ),
    Mutant(
        "not found exits 1",
        "bulutfon_ext/cli/_app.py",
        "    if isinstance(error, NotFoundError):\n        return ExitCode.NOT_FOUND",
        "    if isinstance(error, NotFoundError):\n        return ExitCode.ERROR",
        (*TERMINAL, *TARGETS),
    ),
    Mutant(
        "every option's name in an SDK error's prose is spelled as the option ('phone --number')",
        "bulutfon_ext/cli/_app.py",
        "    spoken = [name for name in error.names if name in options]\n",
        "    spoken = list(options)\n",
        ("tests/cli/test_media.py",),
    ),
    Mutant(
        "an SDK error reaches the user in the SDK's field names, not the options typed",
        "bulutfon_ext/cli/_app.py",
        "            raise in_option_terms(error, ctx.command) from error\n",
        "            raise\n",
        ("tests/cli/test_media.py",),
    ),
    Mutant(
        "a plain list/get command loses the example derived from its path",
        "bulutfon_ext/cli/_examples.py",
        "    return (derived, *(line for line in given if line != derived))\n",
        "    return tuple(given)\n",
        ("tests/cli/test_conventions.py",),
    ),
    Mutant(
        "files named by id (announcements download) are taken as text, unchecked",
        "bulutfon_ext/cli/_common.py",
        '    key, name = (int, "ids") if by_id else (str, "uuids")\n',
        '    key, name = (str, "ids") if by_id else (str, "uuids")\n',
        ("tests/cli/test_media.py",),
    ),
    # --- the fake -----------------------------------------------------------------------------
    Mutant(
        "retry_after as an int is not converted",
        "bulutfon_ext/fake/_fake.py",
        "        return str(value)\n",
        "        return value  # type: ignore[return-value]\n",
        FAULTS,
    ),
    Mutant(
        "an integral float is not an integer",
        "bulutfon_ext/fake/_schema.py",
        ' may send one.\n    """\n    schema = resolve(schema)\n',
        ' may send one.\n    """\n    return value\n',
        RULES,
    ),
    Mutant(
        "the spec's not rule is ignored",
        "bulutfon_ext/fake/_schema.py",
        "    if rule is not None and matches(record, rule, resolve):",
        "    if False:",
        RULES,
    ),
]
