"""The code is checked, not only the tests: ruff's lint rules and its formatter (pyproject.toml
[tool.ruff]) over every Python file of the project -- the package, the tests, the generator, the
benchmarks, the scripts and the hand-written sets' sources (corpus/*/src) -- and mypy over the package,
the generator, the scripts and the benchmarks ([tool.mypy]) and over each hand-written set's sources,
so a lint, format or type error fails CI."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from corpora import REPO

CHECKED = ["src", "tests", "tools", "benchmarks", "scripts", "corpus"]
# Each hand-written set's sources in a mypy run of its own: every set names its document modules docs.
CORPUS_SOURCES = sorted(
    path.relative_to(REPO).as_posix() for path in REPO.glob("corpus/*/src") if path.is_dir()
)


def _run(command: list[str], timeout: int) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=timeout)


@pytest.mark.parametrize("command", [["check"], ["format", "--check"]], ids=["ruff-check", "ruff-format"])
def test_lint_ruff_is_clean(command):
    result = _run([sys.executable, "-m", "ruff", *command, *CHECKED], timeout=300)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


def test_lint_every_python_file_of_the_repository_is_checked():
    """A Python file added outside the checked folders would escape ruff: none is."""
    if shutil.which("git") is None or not (REPO / ".git").exists():
        pytest.skip("not a git checkout")
    listed = _run(["git", "ls-files", "*.py"], timeout=60).stdout.split()
    assert listed, "git lists no Python file"
    assert [path for path in listed if path.split("/")[0] not in CHECKED] == []


@pytest.mark.parametrize("sources", [None, *CORPUS_SOURCES], ids=lambda s: s or "package-scripts-benchmarks")
def test_lint_mypy_is_clean(sources):
    # The files, the checks (--check-untyped-defs) and the untyped libraries are in pyproject.toml.
    result = _run([sys.executable, "-m", "mypy", *([sources] if sources else [])], timeout=600)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
