"""Write corpus/written/src/<stem>.html from the document modules in docs/ (python build.py)."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

if __name__ == "__main__":
    only = set(sys.argv[1:])
    for module in sorted((HERE / "docs").glob("wr_*.py")):
        if only and module.stem not in only:
            continue
        doc = importlib.import_module(f"docs.{module.stem}").build()
        assert doc.stem == module.stem, (doc.stem, module.stem)
        (HERE / f"{doc.stem}.html").write_text(doc.html(), encoding="utf-8")
        print(doc.stem)
