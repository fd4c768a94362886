# generated from bulutfon_ext/cli by make generate; do not edit
"""What ``bulutfon --help`` lists: each command's module, panel and one-line help, read from the
command modules by ``generator/cli_listing.py`` (in the help's order)."""

LISTING: dict[str, tuple[str, str | None, str]] = {
    "me": ("account", "Account", "Show the user, the PBX and the credit balance."),
    "token-info": (
        "account",
        "Account",
        "Show whether the access token has expired and how long it has left.",
    ),
    "call-and-bridge": (
        "account",
        "Calls",
        "Call CALLEE from CALLER and, once answered, connect it to DESTINATION.",
    ),
    "cdrs": ("cdrs", "Calls", "Call detail records: list, show, export."),
    "recordings": ("cdrs", "Calls", "Call recordings: download them, or a URL to play one."),
    "webhooks": (
        "inbound",
        "Inbound",
        "Receive webhook events while you develop (nothing to install).",
    ),
    "bfxm": ("inbound", "Inbound", "Try a BulutfonXM app as a caller would."),
    "faxes": ("media", "Files", "Received and sent faxes; send one."),
    "announcements": ("media", "Files", "Audio files for menus, groups and automatic calls."),
    "autocalls": ("media", "Calls", "Automatic (robo) calls."),
    "dids": ("pbx", "PBX", "The PBX's phone numbers (DIDs)."),
    "extensions": ("pbx", "PBX", "List, show, create, change and delete extensions."),
    "groups": ("pbx", "PBX", "Ring groups and their members."),
}
