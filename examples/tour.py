"""A guided tour of the bulutfon SDK against a fake Bulutfon server on loopback (`make demo`).

Everything here runs offline: the fake answers like the real API, from made-up data, and plays
the provider's inbound part (webhook events, a BulutfonXM dialogue) against local receivers.
"""

from __future__ import annotations

import collections
import contextlib
import logging
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, make_server

from rich.console import Console
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn
from rich.table import Table

from bulutfon_ext import Bulutfon, bfxm, has_recording, webhooks
from bulutfon_ext.fake import FakeBulutfon

OUT = Path(os.environ.get("DEMO_OUTPUT", ".demo-output")).resolve()
console = Console(highlight=False)


def step(title: str) -> None:
    console.print(f"\n[bold cyan]▶ {title}[/]")


def show_retries() -> None:
    """Print the SDK's retry lines (logger `bulutfon`), and the failed attempts before them."""
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("    [log] %(message)s"))
    handler.addFilter(lambda record: "-> 200" not in record.getMessage())
    logger = logging.getLogger("bulutfon")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)


def one_page_pdf(text: str) -> bytes:
    """A minimal valid PDF with one line of text, so the fax has a real document to send."""
    stream = f"BT /F1 24 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def table(title: str, columns: list[str], rows: list[list[object]]) -> Table:
    view = Table(title=title, title_justify="left")
    for column in columns:
        view.add_column(column)
    for row in rows:
        view.add_row(*("" if cell is None else str(cell) for cell in row))
    return view


def tour(fake: FakeBulutfon, url: str) -> None:
    client = Bulutfon(access_token=fake.token, base_url=url)

    step("The account: client.me()")
    me = client.me()
    console.print(
        f"  {me.user.name} <{me.user.email}> · PBX {me.pbx.name} ({me.pbx.state}) · balance {me.credit.balance} TL"
    )

    step("Numbers: client.dids.list()")
    dids = client.dids.list()
    console.print(
        table(
            "",
            ["id", "number", "state", "goes to"],
            [[d.id, d.number, d.state, d.destination_type] for d in dids],
        )
    )

    step("Extensions: client.extensions.list()")
    rows = [
        [e.number, e.caller_name, e.email, "yes" if e.registered else "no"]
        for e in client.extensions.list()
    ]
    console.print(table("", ["number", "name", "email", "registered"], rows))

    step("The latest calls: client.cdrs.list(limit=8, order='call_time,desc')")
    latest = client.cdrs.list(limit=8, order="call_time,desc")
    rows = [
        [
            c.call_time,
            c.direction,
            c.caller,
            c.callee,
            "missed" if c.missing_call else c.hangup_cause,
        ]
        for c in latest
    ]
    console.print(table("", ["time", "dir", "caller", "callee", "outcome"], rows))

    step("A summary of every call: client.cdrs.iter() walks the pages lazily")
    counts: collections.Counter[str] = collections.Counter()
    for cdr in client.cdrs.iter(limit=100):
        counts["missed" if cdr.missing_call else "answered"] += 1
        counts[f"direction {cdr.direction}"] += 1
    console.print(
        f"  {latest.total_count} calls on {latest.total_pages} pages of 8: "
        + ", ".join(f"{k}: {v}" for k, v in sorted(counts.items()))
    )

    step("Export every CDR to CSV with the command line: bulutfon cdrs export -o cdrs.csv")
    csv_path = OUT / "cdrs.csv"
    env = {**os.environ, "BULUTFON_ACCESS_TOKEN": fake.token, "BULUTFON_BASE_URL": url}
    subprocess.run(
        [sys.executable, "-m", "bulutfon_ext.cli", "cdrs", "export", "-o", str(csv_path)],
        env=env,
        check=True,
    )
    console.print(f"  {sum(1 for _ in csv_path.open()) - 1} rows in {csv_path}")

    step("Download a call recording: client.call_records.download(uuid, to=folder, progress=...)")
    uuid = next(c.uuid for c in client.cdrs.iter() if has_recording(c))
    with Progress(
        TextColumn("  {task.description}"), BarColumn(), DownloadColumn(), console=console
    ) as bar:
        task = bar.add_task(uuid[:8], total=None)
        path = client.call_records.download(
            uuid, to=OUT, progress=lambda done, total: bar.update(task, completed=done, total=total)
        )
    console.print(
        f"  saved {path.name} ({path.stat().st_size} bytes, starts with {path.read_bytes()[:4]!r}: Ogg)"
    )
    # The signed URL works for this one recording only; still, it is a credential: not printed.
    browser_url = client.call_records.signed_url(uuid)
    console.print(
        f"  a browser can play it from {browser_url.split('?')[0]}?access_token=<sha1(token + uuid)>"
    )

    step("Send a fax from a PDF: client.outgoing_faxes.send(...)")
    pdf = OUT / "hello-fax.pdf"
    pdf.write_bytes(one_page_pdf("Merhaba from the bulutfon SDK"))
    number = str(dids.items[0].number)
    client.outgoing_faxes.send(
        title="Demo fax", receivers=["905321112233", "905331112244"], did=number, attachment=pdf
    )
    sent = client.outgoing_faxes.get(max(f.id for f in client.outgoing_faxes.list()))
    console.print(
        f"  fax #{sent.id} '{sent.title}' to "
        + ", ".join(f"{r.number} ({r.state})" for r in sent.recipients)
    )

    step("Create an automatic call: client.automatic_calls.create(...)")
    announcement = client.announcements.list().items[0]
    client.automatic_calls.create(
        title="Demo survey",
        receivers="905321112233",
        did=number,
        announcement_id=announcement.id,
        timeout=30,
        calling_hours={"mon": ("09:00", "18:00"), "sun": None},
    )
    created = client.automatic_calls.get(max(a.id for a in client.automatic_calls.list()))
    console.print(
        f"  automatic call #{created.id} '{created.title}' playing '{created.announcement}'"
    )

    step("A rate limit the retries absorb: the fake answers 429 once, Retry-After: 1")
    fake.fail_next("list_groups", status=429, retry_after="1")
    show_retries()
    groups = client.groups.list()
    console.print(
        f"  …and the call still returned {len(groups)} groups; the fake saw "
        f"{sum(1 for r in fake.requests if r.operation_id == 'list_groups')} requests for it"
    )
    client.close()


class _Quiet(WSGIRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextlib.contextmanager
def wsgi_server(app: Any) -> Iterator[str]:
    """Serve a WSGI app on loopback from a thread (the standard library's server); its URL."""
    server = make_server("127.0.0.1", 0, app, handler_class=_Quiet)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()


def ivr(request: bfxm.BfxmRequest) -> bfxm.Bfon:
    """The BulutfonXM app of the tour: a menu, a PIN for support, then a dial."""
    prompts = "https://example.com/prompts"
    if request.step == 1:
        return bfxm.Bfon().gather(variable_name="choice", ask=f"{prompts}/menu.mp3")
    if request.step == 2 and request.variables["choice"] == "2":
        return (
            bfxm.Bfon()
            .return_data("support")
            .gather(variable_name="pin", ask=f"{prompts}/pin.mp3", min_digits=4, max_digits=4)
        )
    if request.returned == "support":
        return bfxm.Bfon().set_caller_name(f"Müşteri {request.variables['pin']}").dial("1001")
    return bfxm.Bfon().dial("200")


def inbound_tour() -> None:
    """The inbound half: webhook events the fake POSTs, and a BulutfonXM dialogue it drives."""
    received: list[webhooks.Event] = []

    def on_event(event: webhooks.Event) -> None:
        received.append(event)

    receiver = webhooks.wsgi_app(on_event, username="hook", password="şifre")
    with wsgi_server(receiver) as hook_url, wsgi_server(bfxm.wsgi_app(ivr)) as xm_url:
        step(
            "Webhooks: a receiver with no framework, webhooks.wsgi_app(handler, username=, password=)"
        )
        fake = FakeBulutfon(
            webhook_url=f"{hook_url}/events", webhook_auth=("hook", "şifre"), webhook_format="form"
        )
        with fake.serve() as running, Bulutfon(access_token=fake.token, base_url=running.url) as c:
            c.call_and_bridge(
                caller=c.dids.list().items[0].number, callee="905321112233", destination="1001"
            )
            deliveries = fake.wait_for_webhooks()
        console.print(
            f"  call_and_bridge → the fake POSTed {len(deliveries)} form-encoded events "
            f"with Basic auth, answered {sorted({d.status for d in deliveries})}:"
        )
        for event in received:
            extra = ""
            if isinstance(event, webhooks.CallHangup):
                extra = f" talked {event.talk_duration}s, {event.hangup_cause}"
            elif isinstance(event, webhooks.CallReachedExtension):
                extra = f" extension {event.destination}"
            console.print(
                f"    {type(event).__name__:<22} {event.event_type:<24} "
                f"{event.timestamp:%H:%M:%S} UTC{extra}",
                markup=False,
            )

        step(
            "BulutfonXM: fake.simulate_incoming_call(caller=, callee=, bfxm_url=, digits=['2', '1234'])"
        )
        transcript = fake.simulate_incoming_call(
            caller=905321112233, callee=908508850000, bfxm_url=f"{xm_url}/xm", digits=["2", "1234"]
        )
        for line in transcript.lines():
            console.print(f"  {line}", markup=False)
        first = ivr(bfxm.BfxmRequest(uuid="u", caller="1", callee="2", step=1))
        console.print("  the first answer, as BFON:", first.to_json(), markup=False)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    fake = FakeBulutfon(cdrs=1_200, incoming_faxes=4, seed=42)
    with fake.serve() as running:
        console.print(f"[bold]bulutfon SDK tour[/] against a fake Bulutfon at {running.url}")
        tour(fake, running.url)
    inbound_tour()
    step("Done")
    for path in sorted(OUT.iterdir()):
        console.print(f"  {path}")
    console.print(f"Files are in {OUT}")


if __name__ == "__main__":
    main()
