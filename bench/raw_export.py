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
            writer.writerows([cell(cdr.get(name)) for name in columns] for cdr in body["cdrs"])
            if not body["pagination"]["next_page"]:
                break
            page += 1


if __name__ == "__main__":
    main()
