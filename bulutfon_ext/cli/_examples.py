"""An example for every command, shown at the end of its ``--help``.

Kept in one table, by command path, so a new command needs one line here (a test checks that
every command has one, and that each example parses as that command's arguments).
"""

from __future__ import annotations

EXAMPLES: dict[str, tuple[str, ...]] = {
    "me": ("bulutfon me", "bulutfon me --json | jq .credit.balance"),
    "token-info": ("bulutfon token-info",),
    "call-and-bridge": (
        "bulutfon call-and-bridge --caller 908508850000 --callee 905321112233 --destination 1001",
    ),
    "cdrs list": (
        "bulutfon cdrs list --missed --last day",
        "bulutfon cdrs list --caller 905321112233 --order call_time,desc --all",
    ),
    "cdrs get": ("bulutfon cdrs get 60563b8f-f5cf-403c-bc89-64bb976e7457",),
    "cdrs export": (
        "bulutfon cdrs export -o calls.csv --last month",
        "bulutfon cdrs export -o missed.jsonl --missed",
    ),
    "recordings download": (
        "bulutfon recordings download 60563b8f-f5cf-403c-bc89-64bb976e7457 -o call.ogg",
        "bulutfon recordings download UUID1 UUID2 UUID3 -d recordings/ -j 8",
    ),
    "recordings url": ("bulutfon recordings url 60563b8f-f5cf-403c-bc89-64bb976e7457",),
    "webhooks listen": ("bulutfon webhooks listen --port 8000 --count 1",),
    "bfxm call": (
        "bulutfon bfxm call http://127.0.0.1:9000/app --caller 905321112233 --digits 1,42",
    ),
    "faxes send": (
        "bulutfon faxes send --title Invoice --to 905321112233 --did 908508850000 invoice.pdf",
    ),
    "faxes incoming list": ("bulutfon faxes incoming list",),
    "faxes incoming download": ("bulutfon faxes incoming download UUID -d faxes/",),
    "faxes outgoing list": ("bulutfon faxes outgoing list --json",),
    "faxes outgoing get": ("bulutfon faxes outgoing get 1",),
    "announcements list": ("bulutfon announcements list",),
    "announcements upload": ("bulutfon announcements upload welcome.wav --name Welcome",),
    "announcements delete": ("bulutfon announcements delete 3 --yes",),
    "announcements download": ("bulutfon announcements download 1 -o welcome.wav",),
    "autocalls list": ("bulutfon autocalls list",),
    "autocalls get": ("bulutfon autocalls get 1",),
    "autocalls create": (
        "bulutfon autocalls create --title Survey --to 905321112233 --did 908508850000 "
        "--announcement-id 2 --hours mon=09:00-18:00 --hours sun=off",
    ),
    "dids list": ("bulutfon dids list", "bulutfon dids list --json | jq '.[].number'"),
    "dids get": ("bulutfon dids get 1",),
    "extensions list": ("bulutfon extensions list",),
    "extensions get": ("bulutfon extensions get 1",),
    "extensions create": (
        "bulutfon extensions create --full-name 'Ayşe Kaya' --email ayse@example.com "
        "--did 908508850000 --number 1005",
    ),
    "extensions update": ("bulutfon extensions update 1 --voicemail",),
    "extensions delete": ("bulutfon extensions delete 1 --yes",),
    "groups list": ("bulutfon groups list",),
    "groups get": ("bulutfon groups get 1",),
}


def epilog(path: str) -> str | None:
    """The help's closing "Examples" section for the command at ``path`` ("cdrs list")."""
    lines = EXAMPLES.get(path)
    if not lines:
        return None
    # rich markup: "[" starts a tag, so it is escaped in the example text
    body = "\n".join(f"  $ {line.replace('[', chr(92) + '[')}" for line in lines)
    return f"[bold]Examples[/bold]\n{body}"
