"""What the command-line tests share: a runner bound to a served fake, and output readers."""

from __future__ import annotations

import json
from typing import Any

from typer.testing import CliRunner, Result

from bulutfon_ext import Bulutfon
from bulutfon_ext.cli import app
from bulutfon_ext.fake import FakeBulutfon

# A tiny but well-formed PDF: what a fax attachment is checked for is its name and non-emptiness.
PDF = (
    b"%PDF-1.1\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)
TOKEN = "cli-test-token-5f3a9c0d"
CLEAN_ENV: dict[str, str | None] = {
    name: None
    for name in (
        "BULUTFON_ACCESS_TOKEN",
        "BULUTFON_EMAIL",
        "BULUTFON_PASSWORD",
        "BULUTFON_BASE_URL",
        "BULUTFON_LOG",
    )
}


class Cli:
    """Runs the command line against one served fake, with its token unless told otherwise."""

    def __init__(self, fake: FakeBulutfon, url: str) -> None:
        self.fake = fake
        self.url = url
        self.runner = CliRunner(env=CLEAN_ENV)

    def sdk(self) -> Bulutfon:
        return Bulutfon(access_token=self.fake.token, base_url=self.url, max_retries=0)

    def did(self) -> str:
        """The number of the fake's first DID, as the command line takes it."""
        with self.sdk() as sdk:
            return str(sdk.dids.list().items[0].number)

    def listed(self, *command: str, resource: str) -> list[dict[str, Any]]:
        """The SDK's list of ``resource``, checked to be what ``<command> list --json`` shows."""
        with self.sdk() as sdk:
            expected = dicts(getattr(sdk, resource).list())
        assert self.json(*command, "list") == expected
        return expected

    def __call__(
        self,
        *args: str,
        token: str | None = None,
        input: str | None = None,
        auth: bool = True,
    ) -> Result:
        prefix = ["--base-url", self.url, "--max-retries", "0"]
        if auth:
            prefix += ["--token", token or self.fake.token]
        return self.runner.invoke(app, [*prefix, *args], input=input)

    def ok(self, *args: str, **kwargs: Any) -> Result:
        result = self(*args, **kwargs)
        assert result.exit_code == 0, (result.exit_code, result.stdout, result.stderr)
        assert result.exception is None or isinstance(result.exception, SystemExit)
        return result

    def json(self, *args: str, **kwargs: Any) -> Any:
        return json.loads(self.ok("--json", *args, **kwargs).stdout)

    def fails(self, code: int, *args: str, **kwargs: Any) -> Result:
        result = self(*args, **kwargs)
        assert result.exit_code == code, (result.exit_code, result.stdout, result.stderr)
        return result


def dicts(items: Any) -> list[dict[str, Any]]:
    return [item.to_dict() for item in items]


def one_line_error(result: Result) -> str:
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ")
    assert "Traceback" not in result.stderr
    return lines[0]
