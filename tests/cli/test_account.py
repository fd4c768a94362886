"""``bulutfon me``, ``token-info`` and ``call-and-bridge``."""

from __future__ import annotations

from bulutfon_ext.cli import ExitCode
from tests.cli._helpers import Cli, one_line_error

# --- account ---------------------------------------------------------------------------------


def test_me(shared: Cli) -> None:
    with shared.sdk() as sdk:
        expected = sdk.me().to_dict()
    assert shared.json("me") == expected
    human = shared.ok("me").stdout
    assert "user.email" in human
    assert str(expected["user"]["email"]) in human
    assert str(expected["pbx"]["name"]) in human


def test_token_info_hides_the_token(shared: Cli) -> None:
    info = shared.json("token-info")
    assert info["token"] == "REDACTED"
    assert info["expired"] is False
    result = shared.ok("token-info")
    assert shared.fake.token not in result.stdout + result.stderr
    assert "expired" in result.stdout


def test_call_and_bridge(cli: Cli) -> None:
    did = cli.did()
    args = ["--caller", did, "--callee", "905321234567", "--destination", "1001"]
    result = cli.json("call-and-bridge", *args, "--timeout", "20")
    assert result["success"] is True
    [sent] = [r for r in cli.fake.requests if r.operation_id == "call_and_bridge"]
    # In the query string, as the provider's example sends them; no body.
    assert sent.body is None
    assert (sent.query["caller"], sent.query["callee"], sent.query["destination"]) == (
        did,
        "905321234567",
        "1001",
    )
    assert sent.query["timeout"] == "20"
    assert result["message"] in cli.ok("call-and-bridge", *args).stdout
    not_ours = cli.fails(ExitCode.USAGE, "call-and-bridge", *args[:-1], "12345")
    assert "destination" in one_line_error(not_ours)
