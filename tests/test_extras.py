"""Without an extra, its part of the SDK says what to install: one line, exit 1, no traceback.

Each run is a fresh interpreter in which the extra's modules cannot be imported (a ``None`` in
``sys.modules`` makes ``import typer`` fail as if typer were not installed), so this environment,
where the extras are installed, stands in for one where they are not.
"""

from __future__ import annotations

import sys
import sysconfig
from pathlib import Path

import pytest

from bulutfon_ext._extras import EXTRAS
from tests._process import Completed, run


def _run_without(extra: str, code: str, *args: str) -> Completed:
    block = "".join(f"sys.modules[{name!r}] = None; " for name in sorted(EXTRAS[extra]))
    return run(
        [sys.executable, "-c", f"import sys; {block}sys.argv[1:] = {list(args)!r}; {code}"],
        timeout=60,
    )


def _one_line(result: Completed) -> str:
    assert result.returncode == 1, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_the_console_script_without_the_cli_extra_says_to_install_it() -> None:
    # The script pip installs for `bulutfon` (it imports bulutfon_ext.cli.main and calls it).
    script = Path(sysconfig.get_path("scripts")) / "bulutfon"
    if not script.exists():
        pytest.skip("the bulutfon console script is not installed in this environment")
    code = f"import runpy; runpy.run_path({str(script)!r}, run_name='__main__')"
    line = _one_line(_run_without("cli", code, "me"))
    assert "pip install 'bulutfon-sdk[cli]'" in line
    assert line.startswith("bulutfon: ")


def test_main_and_python_dash_m_without_the_cli_extra() -> None:
    line = _one_line(_run_without("cli", "from bulutfon_ext.cli import main; main()", "--help"))
    assert "pip install 'bulutfon-sdk[cli]'" in line
    code = "import runpy; runpy.run_module('bulutfon_ext.cli', run_name='__main__')"
    assert "pip install 'bulutfon-sdk[cli]'" in _one_line(_run_without("cli", code, "me"))


def test_python_dash_m_fake_without_the_fake_extra() -> None:
    code = "import runpy; runpy.run_module('bulutfon_ext.fake', run_name='__main__')"
    line = _one_line(_run_without("fake", code, "--port", "0"))
    assert "pip install 'bulutfon-sdk[fake]'" in line
    assert line.startswith("python -m bulutfon_ext.fake: ")


def test_importing_without_the_extra_raises_an_import_error_that_says_what_to_install() -> None:
    code = (
        "from bulutfon_ext import Bulutfon\n"  # the SDK itself needs no extra
        "try:\n"
        "    from bulutfon_ext.fake import FakeBulutfon\n"
        "except ImportError as e:\n"
        "    print(type(e).__name__, e)\n"
    )
    result = _run_without("fake", code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("MissingExtraError the fake server needs the fake extra")
    result = _run_without("cli", "from bulutfon_ext.cli import app")
    assert result.returncode == 1
    assert "pip install 'bulutfon-sdk[cli]'" in result.stderr


def test_with_the_extras_everything_imports() -> None:
    from bulutfon_ext.cli import ExitCode, app
    from bulutfon_ext.fake import FakeBulutfon

    assert app is not None and int(ExitCode.OK) == 0 and FakeBulutfon is not None


def test_a_missing_module_that_is_not_an_extras_is_not_disguised() -> None:
    from bulutfon_ext._extras import missing_extra

    error = ModuleNotFoundError("No module named 'nothing_like_it'", name="nothing_like_it")
    with pytest.raises(ModuleNotFoundError) as raised:
        missing_extra("cli", "the bulutfon command", error)
    assert raised.value is error
