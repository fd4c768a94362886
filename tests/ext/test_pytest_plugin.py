"""The pytest plugin, as a user's project sees it: a test file of theirs, run by pytest.

The project's tests are run in a separate pytest process from a folder of their own, so the
plugin is found the way a user's pytest finds it, through the installed ``pytest11`` entry point.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from tests._process import Completed, pytest_in

USER_TESTS = """
import asyncio

import pytest

from bulutfon_ext import InternalServerError


def test_the_client_talks_to_the_fake(bulutfon_client, bulutfon_fake):
    assert bulutfon_client.dids.list().items
    assert bulutfon_fake.requests[-1].operation_id == "list_dids"


def test_faults_reach_the_client(bulutfon_client, bulutfon_fake):
    bulutfon_fake.fail_next("get_me", status=500, times=3)
    with pytest.raises(InternalServerError):
        bulutfon_client.with_options(max_retries=0).me()


@pytest.mark.bulutfon_fake(cdrs=30, seed=4)
def test_the_marker_configures_the_fake(bulutfon_client):
    assert bulutfon_client.cdrs.list().total_count == 35


def test_writes_stay_in_their_test_a(bulutfon_client):
    before = len(bulutfon_client.extensions.list())
    bulutfon_client.extensions.create(
        full_name="Plugin Test", email="plugin@example.com", number=2901,
        redirection_type="NONE", did="908508850000", acl=["domestic"],
    )
    assert len(bulutfon_client.extensions.list()) == before + 1


def test_writes_stay_in_their_test_b(bulutfon_client, bulutfon_fake):
    assert not [r for r in bulutfon_fake.requests if r.method == "POST"]


def test_the_async_client_shares_the_fake(async_bulutfon_client, bulutfon_fake):
    async def main():
        return await async_bulutfon_client.me()

    me = asyncio.run(main())
    assert me.user.email == "mail@mail.com"  # the spec example's user
    assert [r.operation_id for r in bulutfon_fake.requests] == ["get_me"]


@pytest.mark.bulutfon_fake(cdrs=30, seed=4)
def test_a_wrong_expectation_fails(bulutfon_client):
    assert bulutfon_client.cdrs.list().total_count == 36
"""


def _run_user_tests(folder: Path) -> Completed:
    (folder / "pytest.ini").write_text(
        "[pytest]\naddopts = --strict-markers\nasyncio_default_fixture_loop_scope = function\n"
    )
    (folder / "test_mine.py").write_text(textwrap.dedent(USER_TESTS))
    return pytest_in(folder, "-W", "error")


def test_a_users_tests_get_the_fixtures_from_the_entry_point(tmp_path: Path) -> None:
    result = _run_user_tests(tmp_path)
    # Every test passes but the one whose expectation of the fake's data is wrong: the fixtures
    # hand over the real fake, and a test of the user's can fail.
    assert result.returncode == 1, result.stdout + result.stderr
    assert "1 failed, 6 passed" in result.stdout
    assert "FAILED test_mine.py::test_a_wrong_expectation_fails" in result.stdout


def test_loading_the_plugin_loads_nothing_of_the_fake() -> None:
    code = (
        "import sys, bulutfon_ext.pytest_plugin\n"
        "loaded = {'starlette', 'uvicorn', 'yaml', 'bulutfon_ext.fake'} & set(sys.modules)\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
