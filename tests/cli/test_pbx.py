"""``bulutfon dids``, ``groups`` and ``extensions``."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from bulutfon_ext.cli import ExitCode, app
from tests.cli._helpers import Cli, dicts, one_line_error

# --- dids, extensions, groups ----------------------------------------------------------------


def test_dids_list_and_get(shared: Cli) -> None:
    with shared.sdk() as sdk:
        expected = dicts(sdk.dids.list())
        detail = sdk.dids.get(expected[0]["id"]).to_dict()
    assert shared.json("dids", "list") == expected
    table = shared.ok("dids", "list").stdout
    for did in expected:
        assert str(did["number"]) in table
    assert shared.json("dids", "get", str(expected[0]["id"])) == detail
    assert str(detail["number"]) in shared.ok("dids", "get", str(detail["id"])).stdout


def test_groups_list_and_get(shared: Cli) -> None:
    with shared.sdk() as sdk:
        expected = dicts(sdk.groups.list())
        detail = sdk.groups.get(expected[0]["id"]).to_dict()
    assert shared.json("groups", "list") == expected
    assert str(expected[0]["name"]) in shared.ok("groups", "list").stdout
    assert shared.json("groups", "get", str(detail["id"])) == detail


@pytest.mark.parametrize(
    ("group", "id_help"),
    [
        (["dids"], "The DID's id."),
        (["extensions"], "The extension's id."),
        (["groups"], "The group's id."),
        (["faxes", "outgoing"], "The fax's id."),
        (["autocalls"], "The automatic call's id."),
    ],
)
def test_every_get_documents_its_id_and_exits_4_when_missing(
    shared: Cli, group: list[str], id_help: str
) -> None:
    shown = CliRunner().invoke(app, [*group, "get", "--help"], env={"COLUMNS": "120"})
    assert shown.exit_code == 0
    assert id_help in shown.stdout
    missing = shared.fails(ExitCode.NOT_FOUND, *group, "get", "999999")
    noun = "fax" if group == ["faxes", "outgoing"] else group[-1].rstrip("s")
    noun = {"dids": "DID", "autocalls": "automatic call"}.get(group[0], noun)
    assert one_line_error(missing) == f"error: no {noun} with id 999999"
    listed = shared.ok(*group, "list")
    assert listed.stdout.strip()


def test_extensions_create_update_get_delete(cli: Cli) -> None:
    before = cli.listed("extensions", resource="extensions")
    did = cli.did()
    created = cli.json(
        "extensions",
        "create",
        "--full-name",
        "Ayşe Yılmaz",
        "--email",
        "ayse@example.com",
        "--did",
        did,
        "--number",
        "4321",
        "--acl",
        "domestic,gsm",
    )
    assert "message" in created
    after = cli.json("extensions", "list")
    new = [e for e in after if e["number"] == 4321]
    assert len(after) == len(before) + 1 and len(new) == 1
    ext_id = str(new[0]["id"])
    assert cli.json("extensions", "get", ext_id)["caller_name"] == "Ayşe Yılmaz"
    assert "Ayşe Yılmaz" in cli.ok("extensions", "list").stdout

    cli.ok("extensions", "update", ext_id, "--full-name", "Ayşe Kaya", "--voicemail")
    detail = cli.json("extensions", "get", ext_id)
    assert detail["caller_name"] == "Ayşe Kaya"
    assert detail["voice_mail"] is True

    # Without --yes and without a terminal to ask on, it refuses (the input is not an answer).
    refused = cli("extensions", "delete", ext_id, input="y\n")
    assert refused.exit_code == ExitCode.USAGE
    assert "pass --yes" in one_line_error(refused)
    cli.ok("extensions", "get", ext_id)
    cli.ok("extensions", "delete", ext_id, "--yes")
    gone = cli.fails(ExitCode.NOT_FOUND, "extensions", "get", ext_id)
    assert one_line_error(gone) == f"error: no extension with id {ext_id}"
    again = cli.fails(ExitCode.NOT_FOUND, "extensions", "delete", ext_id, "--yes")
    assert one_line_error(again) == f"error: no extension with id {ext_id}"


def test_extensions_update_with_nothing_to_change_is_a_usage_error(cli: Cli) -> None:
    ext_id = str(cli.json("extensions", "list")[0]["id"])
    result = cli.fails(ExitCode.USAGE, "extensions", "update", ext_id)
    assert "at least one field" in one_line_error(result)


def test_enum_values_in_help_come_from_the_spec() -> None:
    from bulutfon_api.models import Acl, ExtensionDestinationType, RedirectionType

    result = CliRunner(env={"COLUMNS": "300"}).invoke(app, ["extensions", "create", "--help"])
    text = " ".join(result.stdout.split())
    for enum in (RedirectionType, ExtensionDestinationType, Acl):
        assert all(str(member.value) in text for member in enum), enum.__name__
