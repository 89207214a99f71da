"""The real standards a benchmark may run: ../shared/corpus-real/pdfs without the acceptance set.

The acceptance set's stems are listed once, in corpus/acceptance-set.txt (tests/corpora.py reads the
same file). A benchmark only times its files, but running the extractor over the acceptance set at
all is what the project's rules forbid, so every benchmark that reads the real corpus lists its PDFs
through ``real_pdfs``.
"""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
REAL = REPO.parent / "shared" / "corpus-real" / "pdfs"
ACCEPTANCE_LIST = REPO / "corpus" / "acceptance-set.txt"


def acceptance_stems() -> frozenset[str]:
    """Stems of the acceptance set (comment and blank lines skipped)."""
    lines = ACCEPTANCE_LIST.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def real_pdfs(folder: Path = REAL) -> list[Path]:
    """The PDFs of ``folder`` by name, the acceptance set left out; empty when the folder is absent."""
    held_out = acceptance_stems()
    return [path for path in sorted(folder.glob("*.pdf")) if path.stem not in held_out]
