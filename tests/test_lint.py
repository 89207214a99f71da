"""The code is checked, not only the tests: ruff's lint rules and its formatter (pyproject.toml
[tool.ruff]) over every Python file of the project, and mypy over the package ([tool.mypy]), so a
lint, format or type error fails CI."""

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


def test_lint_mypy_is_clean():
    # The files, the checks (--check-untyped-defs) and the untyped libraries are in pyproject.toml.
    result = subprocess.run(
        [sys.executable, "-m", "mypy"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
