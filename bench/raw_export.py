"""The floor for ``bulutfon cdrs export``: httpx + json + csv, writing the very same bytes.

``python bench/raw_export.py URL TOKEN OUT COLUMNS``: every page in order, one request at a
time; COLUMNS (comma-separated) are the CLI's, which ``run.py`` passes so the files can match.
"""

from __future__ import annotations

import csv
import json
import sys

import httpx


def cell(value: object) -> str:
    if value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    return str(value)


def field(cdr: dict[str, object], name: str) -> object:
    # The CLI derives has_recording from call_record (the old pages' "Var" is a YES): so does this.
    if name == "has_recording":
        return cdr.get("call_record") in ("YES", "Var")
    return cdr.get(name)


def main() -> None:
    url, token, out, names = sys.argv[1:5]
    columns = names.split(",")
    with (
        httpx.Client(base_url=url, params={"access_token": token}) as client,
        open(out, "w", newline="", encoding="utf-8") as f,
    ):
        writer = csv.writer(f)
        writer.writerow(columns)
        page = 1
        while True:
            body = json.loads(client.get("/cdrs", params={"page": page}).content)
            writer.writerows([cell(field(cdr, name)) for name in columns] for cdr in body["cdrs"])
            if not body["pagination"]["next_page"]:
                break
            page += 1


if __name__ == "__main__":
    main()
