"""``python -m bulutfon_ext.fake``: serve the fake over HTTP until Ctrl-C.

Prints the base URL and the credentials first (the URL on the first line, for scripts that
start the fake and read where it listens).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from bulutfon_ext._extras import exit_for
from bulutfon_ext.fake import _MISSING


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bulutfon_ext.fake",
        description="Serve a fake Bulutfon API v1 (in memory, deterministic) over HTTP.",
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default: %(default)s)"
    )
    parser.add_argument(
        "--port", type=int, default=8080, help="port; 0 picks a free one (default: %(default)s)"
    )
    parser.add_argument("--cdrs", type=int, default=0, help="synthetic call records to add")
    parser.add_argument(
        "--incoming-faxes", type=int, default=0, help="synthetic received faxes to add"
    )
    parser.add_argument("--messages", type=int, default=0, help="synthetic SMS messages to add")
    parser.add_argument(
        "--seed", default="0", help="seed of the synthetic records (default: %(default)s)"
    )
    parser.add_argument(
        "--legacy",
        action="store_true",
        help="answer as the 2015-2017 API did: call_record Var/Yok, direction LOCAL",
    )
    parser.add_argument(
        "--webhook-url",
        help="POST webhook events here as calls start and end (call_and_bridge, automatic calls)",
    )
    parser.add_argument(
        "--webhook-auth",
        metavar="USER:PASSWORD",
        help="Basic credentials for those POSTs (or BULUTFON_FAKE_WEBHOOK_AUTH)",
        default=os.environ.get("BULUTFON_FAKE_WEBHOOK_AUTH"),
    )
    parser.add_argument(
        "--webhook-format",
        choices=("json", "form"),
        default="json",
        help="how events are encoded (default: %(default)s)",
    )
    args = parser.parse_args(argv)
    webhook_auth = None
    if args.webhook_auth is not None:
        user, colon, password = args.webhook_auth.partition(":")
        if not colon:
            parser.error("--webhook-auth must be USER:PASSWORD")
        webhook_auth = (user, password)
    if args.webhook_url is not None and not args.webhook_url.startswith(("http://", "https://")):
        parser.error(f"--webhook-url must be an http(s) URL, not {args.webhook_url!r}")
    if _MISSING is not None:
        exit_for(_MISSING, parser.prog)
    # Imported here, past the check: without the extra they cannot be imported at all.
    from bulutfon_ext._inbound import printable_url
    from bulutfon_ext.fake._fake import FakeBulutfon
    from bulutfon_ext.fake._server import bind, make_server, url_of

    fake = FakeBulutfon(
        cdrs=args.cdrs,
        incoming_faxes=args.incoming_faxes,
        messages=args.messages,
        seed=args.seed,
        legacy=args.legacy,
        webhook_url=args.webhook_url,
        webhook_auth=webhook_auth,
        webhook_format=args.webhook_format,
    )
    try:
        sock = bind(args.host, args.port)
    except OSError as exc:
        parser.error(f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}")
    url = url_of(sock)
    print(url)
    print(f"  access_token={fake.token}")
    print(f"  email={fake.email} password={fake.password}")
    print(f"  try: curl '{url}/me?access_token={fake.token}'")
    if args.webhook_url:
        # Never the Basic credentials, whether given apart or inside the URL.
        shown = printable_url(args.webhook_url)
        print(f"  webhook events go to {shown} ({args.webhook_format})")
    print("Press Ctrl-C to stop.", flush=True)
    # In the main thread uvicorn handles Ctrl-C (and SIGTERM) itself and shuts down cleanly,
    # then re-raises the signal: Ctrl-C arrives here as KeyboardInterrupt, an expected end.
    try:
        make_server(fake.app, quiet=False).run(sockets=[sock])
    except KeyboardInterrupt:
        pass
    finally:
        sock.close()
    print("Stopped.", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
