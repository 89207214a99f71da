"""Fixtures of the synthetic-corpus tests: the committed corpus folder and its gold files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

GENERATED = Path(__file__).resolve().parents[2] / "corpus" / "generated"


@pytest.fixture(scope="session")
def generated_dir() -> Path:
    if not (GENERATED / "MANIFEST.csv").exists():
        pytest.skip("corpus/generated has not been written (std-extract synth)")
    return GENERATED


@pytest.fixture(scope="session")
def committed_golds(generated_dir: Path) -> dict[str, dict]:
    return {
        p.name: json.loads(p.read_text(encoding="utf-8")) for p in sorted(generated_dir.glob("*.gold.json"))
    }
