"""Nothing escapes: any Python value either works or is a ValidationError naming the field,
raised before a request is sent; failures the server reports are typed, never silent."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bulutfon_ext import (
    AsyncBulutfon,
    AuthenticationError,
    Bulutfon,
    BulutfonError,
    OperationFailedError,
    ResponseParseError,
    TokenExpiredError,
    ValidationError,
)
from bulutfon_ext._auth import resolve_credentials
from tests._mock import TOKEN, Script, cdr, json_reply
from tests.ext._calls import OMIT, Call, assert_refused, autocall, bridge, extension, fax

OK = {"message": "ok"}
PDF = b"%PDF-1.4 fake"


@pytest.fixture
def script() -> Script:
    return Script(default=json_reply(OK))


@pytest.fixture
def client(script: Script) -> Bulutfon:
    return Bulutfon(access_token=TOKEN, transport=script, max_retries=0)


# Each of these escaped as a bare ValueError, TypeError, httpx.InvalidURL, AttributeError or
# OverflowError, or was sent to the server as it was.
ESCAPES = [
    (lambda c: c.dids.get(10**5000), "id"),
    (lambda c: c.dids.get(10**30), "id"),
    (lambda c: c.extensions.delete(2**63), "id"),
    (lambda c: c.announcements.download(10**5000, to="."), "id"),
    (lambda c: c.cdrs.get("a" * 70000), "uuid"),
    (lambda c: c.cdrs.get("a..b"), "uuid"),
    (lambda c: c.call_records.download("a" * 129, to="."), "uuid"),
    (lambda c: c.cdrs.list(page=10**30), "page"),
    (lambda c: c.cdrs.list(caller=10**5000), "caller"),
    (lambda c: c.cdrs.list(caller={"905001112233"}), "caller"),
    (lambda c: c.cdrs.list(caller={"905001112233": 1}), "caller"),
    (lambda c: c.cdrs.list(order="call_time,desc\n"), "order"),
    (lambda c: c.cdrs.list(time_limit=["day"]), "time_limit"),
    (fax(attachment=None), "attachment"),
    (fax(attachment=5), "attachment"),
    (fax(filename=123), "filename"),
    (fax(receivers={"905001112233", "905001112244"}), "receivers"),
    (fax(receivers=frozenset({905001112233})), "receivers"),
    (fax(receivers="١٠٠١"), "receivers"),
    (fax(did=10**40), "did"),
    (fax(attachment=b"hello, I am text", filename="letter.pdf"), "attachment"),
    (fax(attachment=b"%PDF-1.4", filename="a\x00.pdf"), "filename"),
    (bridge(destination="١٠٠١"), "destination"),
    (bridge(destination=10**5000), "destination"),
    (bridge(destination=True), "destination"),
    (bridge(timeout=10**30), "timeout"),
    (lambda c: c.token_info(["x"]), "token"),
    (lambda c: c.token_info(123), "token"),
    (lambda c: c.token_info("a/../me"), "token"),
    (lambda c: c.announcements.create(name="n", file=b"not audio", filename="a.wav"), "file"),
    (lambda c: c.announcements.create(name="n", file=PDF, filename="a.mp3"), "file"),
    (extension(acl="domestic"), "acl"),
    (extension(acl=5), "acl"),
    (extension(acl={"gsm"}), "acl"),
    (lambda c: c.extensions.update(1, redirection_type=["ALWAYS"]), "redirection_type"),
    (autocall(announcement_id=OMIT, sound_url="https://x/" + "a" * 5000), "sound_url"),
    (autocall(calling_hours={1: None}), "calling_hours"),
    (lambda c: c.call_records.download("u1", to="x\x00y"), "to"),
    (lambda c: c.call_records.download("u1", to=5), "to"),
    (lambda c: c.call_records.download("u1", to=b"bytes/path"), "to"),
    (lambda c: c.call_records.download("u1", to="/no/such/folder/x.ogg"), "to"),
    (lambda c: c.call_records.download("u1", to=".", progress="yes"), "progress"),
    (lambda c: c.call_records.signed_url("u1", stream="yes"), "stream"),
    (lambda c: c.with_options(timeout=10**400), "timeout"),
    (lambda c: c.with_options(max_retries=10**400), "max_retries"),
]


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@pytest.mark.parametrize(("call", "field"), ESCAPES)
def test_bad_values_are_validation_errors_before_sending(
    client: Bulutfon, script: Script, call: Call, field: str
) -> None:
    refused = assert_refused(call, client, script, field)
    assert len(str(refused)) < 500  # a 70 000-character value is not echoed back


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"access_token": TOKEN, "base_url": 1}, "base_url"),
        ({"access_token": TOKEN, "base_url": b"https://x"}, "base_url"),
        ({"access_token": 123}, "access_token"),
        ({"access_token": b"tok"}, "access_token"),
        ({"email": 5, "password": "p"}, "email"),
        ({"email": "a@b.co", "password": ["p"]}, "password"),
        ({"access_token": "tok\nen"}, "access_token"),
        ({"access_token": TOKEN, "timeout": 10**400}, "timeout"),
        ({"access_token": TOKEN, "timeout": httpx.Timeout(5.0, read=None)}, "timeout"),
        ({"access_token": TOKEN, "max_retries": 10**9}, "max_retries"),
        ({"access_token": TOKEN, "base_url": "https://" + "a" * 3000 + ".com"}, "base_url"),
    ],
)
def test_constructors_refuse_wrong_types(kwargs: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Bulutfon(transport=Script(), **kwargs)
    assert caught.value.field == field


def test_a_text_file_named_pdf_is_not_faxed(
    client: Bulutfon, script: Script, tmp_path: Path
) -> None:
    fake = tmp_path / "invoice.pdf"
    fake.write_text("Dear customer, ...")
    with pytest.raises(ValidationError, match="not") as caught:
        client.outgoing_faxes.send(
            title="t", receivers="905001112233", did="908500000000", attachment=fake
        )
    assert caught.value.field == "attachment"
    assert script.requests == []


def test_a_folder_named_with_a_slash_is_created(client: Bulutfon, tmp_path: Path) -> None:
    client_ = Bulutfon(
        access_token=TOKEN,
        transport=Script(
            httpx.Response(200, content=b"OggS", headers={"Content-Type": "audio/ogg"})
        ),
    )
    target = tmp_path / "recordings"
    path = client_.call_records.download("u1", to=f"{target}/")
    assert path == target / "u1.ogg"
    assert target.is_dir() and path.read_bytes() == b"OggS"


def test_a_symlink_stays_a_symlink_and_its_target_is_replaced(tmp_path: Path) -> None:
    real = tmp_path / "real.ogg"
    real.write_bytes(b"old")
    link = tmp_path / "link.ogg"
    link.symlink_to(real)
    c = Bulutfon(
        access_token=TOKEN,
        transport=Script(
            httpx.Response(200, content=b"OggS new", headers={"Content-Type": "audio/ogg"})
        ),
    )
    assert c.call_records.download("u1", to=link) == link
    assert link.is_symlink() and real.read_bytes() == b"OggS new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.ogg", "real.ogg"]


def test_a_fifo_is_written_in_place(tmp_path: Path) -> None:
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    c = Bulutfon(
        access_token=TOKEN,
        transport=Script(
            httpx.Response(200, content=b"OggS data", headers={"Content-Type": "audio/ogg"})
        ),
    )
    c.call_records.download("u1", to=fifo)
    reader.join(10)
    assert got == [b"OggS data"]
    assert fifo.is_fifo() and sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_an_unwritable_folder_is_refused_before_sending(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    script = Script()
    c = Bulutfon(access_token=TOKEN, transport=script)
    with pytest.raises(ValidationError, match="not writable"):
        c.call_records.download("u1", to=locked / "x.ogg")
    assert script.requests == []


# --- failures the server reports -------------------------------------------------------------


def test_call_and_bridge_success_false_raises_with_the_message() -> None:
    c = Bulutfon(
        access_token=TOKEN,
        transport=Script(json_reply({"success": False, "message": "Caller is not your number"})),
    )
    with pytest.raises(OperationFailedError, match="Caller is not your number") as caught:
        c.call_and_bridge(caller="908500000000", callee="905001112233", destination=1001)
    assert isinstance(caught.value, BulutfonError)


async def test_async_call_and_bridge_success_false_raises() -> None:
    script = Script(json_reply({"success": False, "message": "busy"}))
    async with AsyncBulutfon(access_token=TOKEN, transport=script) as c:
        with pytest.raises(OperationFailedError, match="busy"):
            await c.call_and_bridge(caller="908500000000", callee="905001112233", destination=101)


def test_call_and_bridge_success_true_returns() -> None:
    c = Bulutfon(
        access_token=TOKEN, transport=Script(json_reply({"success": True, "message": "ok"}))
    )
    assert c.call_and_bridge(caller="908500000000", callee="905001112233", destination=12).success


@pytest.mark.parametrize("status", [200, 400, 401, 403, 422, 500])
def test_token_expired_is_recognised_whatever_the_status(status: int) -> None:
    c = Bulutfon(
        access_token=TOKEN,
        max_retries=0,
        transport=Script(json_reply({"error": "Token expired"}, status=status)),
    )
    with pytest.raises(TokenExpiredError) as caught:
        c.dids.list()
    assert isinstance(caught.value, AuthenticationError)
    assert caught.value.status_code == status


def test_a_2xx_error_body_is_a_parse_error_with_the_message() -> None:
    c = Bulutfon(
        access_token=TOKEN,
        transport=Script(json_reply({"error": "Internal failure"}, status=201)),
    )
    with pytest.raises(ResponseParseError, match="Internal failure"):
        c.outgoing_faxes.send(
            title="t",
            receivers="905001112233",
            did="908500000000",
            attachment=PDF,
            filename="a.pdf",
        )


def test_other_401s_are_not_token_expired() -> None:
    c = Bulutfon(access_token=TOKEN, transport=Script(json_reply({"error": "Invalid token"}, 401)))
    with pytest.raises(AuthenticationError) as caught:
        c.dids.list()
    assert not isinstance(caught.value, TokenExpiredError)


def test_any_exception_of_a_parser_is_a_response_parse_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from bulutfon_api.models import DidListResponse

    class StrictTypeError(Exception):
        """What a strict generated parser might raise for "id": "x"."""

    def strict(*_: Any, **__: Any) -> Any:
        raise StrictTypeError("id: expected int, got 'x'")

    monkeypatch.setattr(DidListResponse, "from_dict", strict)
    c = Bulutfon(access_token=TOKEN, transport=Script(json_reply({"dids": [{"id": "x"}]})))
    with pytest.raises(ResponseParseError, match="expected int") as caught:
        c.dids.list()
    assert isinstance(caught.value.__cause__, StrictTypeError)


# --- the mutations that survived (issue 8, item 12) ------------------------------------------


def cdr_page(page: int, total_pages: int, items: list[str], *, next_link: bool = True) -> Any:
    return json_reply(
        {
            "cdrs": [cdr(u) for u in items],
            "pagination": {
                "page": page,
                "total_pages": total_pages,
                "limit": len(items),
                "next_page": f"/cdrs?page={page + 1}" if next_link else None,
            },
        }
    )


def test_last_page_with_a_next_link_and_no_total_count_is_the_last() -> None:
    script = Script(cdr_page(1, 2, ["a", "b"]), cdr_page(2, 2, ["c"]))
    c = Bulutfon(access_token=TOKEN, transport=script)
    assert [cdr.uuid for cdr in c.cdrs.iter()] == ["a", "b", "c"]
    assert len(script.requests) == 2  # page 2 of 2 still links to page 3: not asked for


def test_a_server_advancing_pages_but_repeating_items_is_not_walked_to_the_end() -> None:
    script = Script(default=lambda r: cdr_page(int(r.url.params.get("page", 1)), 50, ["a", "b"]))
    c = Bulutfon(access_token=TOKEN, transport=script)
    assert [cdr.uuid for cdr in c.cdrs.iter()] == ["a", "b"]
    assert len(script.requests) == 2


def test_the_token_wins_when_token_and_email_password_are_all_in_the_environment() -> None:
    env = {
        "BULUTFON_ACCESS_TOKEN": "env-token",
        "BULUTFON_EMAIL": "a@b.co",
        "BULUTFON_PASSWORD": "pw",
    }
    creds = resolve_credentials(environ=env)
    assert (creds.access_token, creds.email, creds.password) == ("env-token", None, None)


def test_the_token_wins_in_the_client_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BULUTFON_ACCESS_TOKEN", "env-token")
    monkeypatch.setenv("BULUTFON_EMAIL", "a@b.co")
    monkeypatch.setenv("BULUTFON_PASSWORD", "pw")
    script = Script(json_reply({"dids": []}))
    Bulutfon(transport=script).dids.list()
    params = dict(script.requests[0].url.params)
    assert params == {"access_token": "env-token"}


@pytest.mark.parametrize("uuid", ["a..b", "..", "a/b", "a..", "..b"])
def test_dot_dot_anywhere_in_a_uuid_is_refused(client: Bulutfon, script: Script, uuid: str) -> None:
    with pytest.raises(ValidationError) as caught:
        client.cdrs.get(uuid)
    assert caught.value.field == "uuid"
    assert script.requests == []


def test_single_dots_in_a_uuid_are_fine(client: Bulutfon, script: Script) -> None:
    script.default = json_reply({"cdr": cdr("a.b.c")})
    client.cdrs.get("a.b.c")
    assert script.paths == ["/cdrs/a.b.c"]


# --- a small fuzz: whatever the value, a BulutfonError or a success --------------------------

ANY = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**40), max_value=10**40),
    st.just(10**5000),
    st.floats(allow_nan=True),
    st.text(max_size=30),
    st.binary(max_size=10),
    st.lists(st.text(max_size=5), max_size=3),
    st.sets(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)

FUZZED = [
    lambda c, v: c.dids.get(v),
    lambda c, v: c.cdrs.get(v),
    lambda c, v: c.cdrs.list(caller=v),
    lambda c, v: c.cdrs.list(order=v, limit=5),
    lambda c, v: c.cdrs.list(time_limit=v),
    lambda c, v: c.token_info(v),
    lambda c, v: c.call_and_bridge(caller=v, callee="905001112233", destination="12"),
    lambda c, v: c.call_and_bridge(caller="905001112233", callee="905001112233", destination=v),
    lambda c, v: c.outgoing_faxes.send(
        title=v, receivers="1", did="2", attachment=PDF, filename="a.pdf"
    ),
    lambda c, v: c.outgoing_faxes.send(
        title="t", receivers=v, did="2", attachment=PDF, filename="a.pdf"
    ),
    lambda c, v: c.outgoing_faxes.send(
        title="t", receivers="1", did="2", attachment=v, filename="a.pdf"
    ),
    lambda c, v: c.outgoing_faxes.send(
        title="t", receivers="1", did="2", attachment=PDF, filename=v
    ),
    lambda c, v: c.extensions.update(1, email=v),
    lambda c, v: c.extensions.update(1, acl=v),
    lambda c, v: c.automatic_calls.create(title="t", receivers="1", did="2", sound_url=v),
    lambda c, v: c.automatic_calls.create(
        title="t", receivers="1", did="2", announcement_id=1, timeout=v
    ),
    lambda c, v: c.call_records.download("u", to=v),
    lambda c, v: c.with_options(timeout=v),
    lambda c, v: Bulutfon(access_token=v, transport=Script()),
    lambda c, v: Bulutfon(access_token=TOKEN, base_url=v, transport=Script()),
]


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@pytest.mark.parametrize("call", FUZZED)
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(value=ANY)
def test_fuzzed_values_never_escape(call: Any, value: Any, tmp_path: Path) -> None:
    script = Script(default=json_reply({"message": "ok"}))
    client = Bulutfon(access_token=TOKEN, transport=script, max_retries=0)
    cwd = os.getcwd()
    os.chdir(tmp_path)  # a download that is accepted lands here
    try:
        call(client, value)
    except ValidationError:
        assert script.requests == [], "a refused value was sent"
    except BulutfonError:
        pass  # the server's canned answer did not fit this operation: typed, not an escape
    finally:
        os.chdir(cwd)
    json.dumps([str(r.url) for r in script.requests])  # whatever was sent is plain text


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"max_retries": "2"}, "max_retries"),
        ({"max_retries": 10**5000}, "max_retries"),
        ({"base_delay": float("nan")}, "base_delay"),
        ({"max_delay": -1}, "max_delay"),
        ({"max_retry_after": 10**400}, "max_retry_after"),
        ({"on_retry": 5}, "on_retry"),
    ],
)
def test_retry_policy_refuses_bad_values(kwargs: dict[str, Any], field: str) -> None:
    from bulutfon_ext import RetryPolicy

    with pytest.raises(ValidationError) as caught:
        RetryPolicy(**kwargs)
    assert caught.value.field == field
