"""The code is checked, not only the tests: ruff's lint rules and its formatter (pyproject.toml
[tool.ruff]) over every Python file of the project, so a lint or format error fails CI."""

from __future__ import annotations

import subprocess
import sys

import pytest
from corpora import REPO

CHECKED = ["src", "tests", "tools", "benchmarks"]


@pytest.mark.parametrize("command", [["check"], ["format", "--check"]], ids=["ruff-check", "ruff-format"])
def test_lint_ruff_is_clean(command):
    result = subprocess.run(
        [sys.executable, "-m", "ruff", *command, *CHECKED],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
