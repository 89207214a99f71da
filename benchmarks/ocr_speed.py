"""OCR speed (pages per second per core) and character accuracy on the hand-transcribed pages.

    python benchmarks/ocr_speed.py [--tesseract] [--pages N]

For each page transcribed in ``corpus/ocr`` (``<stem>.p<N>.txt``, the scan in
``../shared/corpus-real/scanned`` or ``pdfs``), the page is parsed with ``ParseOptions(pages=[N])``,
so the figure covers the whole OCR path: rendering, RapidOCR, rules from the raster, sign recovery,
symbol repair and layout.  Time is CPU time of this process (``time.process_time``) with one ONNX
Runtime thread, so it is the cost on one core and holds on a loaded machine, where wall time does
not; wall time is printed beside it.

``--tesseract`` also reads the same page images (rendered at the same resolution) with Tesseract 5
(``chi_sim``, through pytesseract; Debian's tesseract-ocr and tesseract-ocr-chi-sim), the other
candidate measured when the engine was chosen.  Tesseract runs in a child process, so its time is
the child's CPU time.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "corpus-real"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tesseract", action="store_true", help="also measure Tesseract 5 chi_sim")
    parser.add_argument("--pages", type=int, default=0, help="only the first N transcribed pages")
    args = parser.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # Tesseract's OpenMP: one core

    from std_extract.evaluate.characters import char_accuracy, total_accuracy, transcriptions
    from std_extract.parse import ParseOptions, parse_pdf
    from std_extract.parse.ocr import OCR_DPI, ocr_available

    if not ocr_available():
        sys.exit("the ocr extra is not installed (pip install 'std-extract[ocr]')")
    pages = transcriptions(REPO / "corpus" / "ocr")
    if args.pages:
        pages = pages[: args.pages]
    if not SHARED.exists():
        sys.exit(f"{SHARED} is absent")
    parse_pdf(_pdf(pages[0][0]), ParseOptions(pages=[pages[0][1]]))  # warm-up: load the models
    rapid, tess = [], []
    rapid_cpu = tess_cpu = rapid_wall = 0.0
    print(f"{'page':28} {'chars':>5} {'rapidocr':>9} {'cpu s':>6} {'wall s':>6}" + (
        f" {'tesseract':>9} {'cpu s':>6}" if args.tesseract else ""))  # fmt: skip
    for stem, number, path in pages:
        gold = path.read_text(encoding="utf-8")
        pdf = _pdf(stem)
        cpu, wall = time.process_time(), time.perf_counter()
        document = parse_pdf(pdf, ParseOptions(pages=[number]))
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        text = "\n".join(
            line.text for page in document.pages for line in [*page.header, *page.lines, *page.footer]
        )
        score = char_accuracy(text, gold, stem, number)
        rapid.append(score)
        rapid_cpu += cpu
        rapid_wall += wall
        label = f"{stem} p{number}"
        row = f"{label:28} {score.gold_chars:5d} {score.accuracy:9.2%} {cpu:6.1f} {wall:6.1f}"
        if args.tesseract:
            found, seconds = _tesseract(pdf, number, OCR_DPI)
            tess.append(char_accuracy(found, gold, stem, number))
            tess_cpu += seconds
            row += f" {tess[-1].accuracy:9.2%} {seconds:6.1f}"
        print(row)
    print(f"rapidocr: accuracy {total_accuracy(rapid):.2%} over {sum(p.gold_chars for p in rapid)} chars, "
          f"{len(rapid) / rapid_cpu:.3f} pages/s per core ({rapid_cpu / len(rapid):.1f} CPU s a page; "
          f"wall {rapid_wall / len(rapid):.1f} s a page, load {os.getloadavg()[0]:.1f})")  # fmt: skip
    if tess:
        print(f"tesseract: accuracy {total_accuracy(tess):.2%}, {len(tess) / tess_cpu:.3f} pages/s per core")


def _pdf(stem: str) -> Path:
    for folder in ("scanned", "pdfs"):
        path = SHARED / folder / f"{stem}.pdf"
        if path.exists():
            return path
    raise FileNotFoundError(stem)


def _tesseract(pdf: Path, number: int, dpi: int) -> tuple[str, float]:
    """Tesseract's text of a page and the CPU seconds its process took."""
    import pypdfium2 as pdfium
    import pytesseract

    document = pdfium.PdfDocument(str(pdf))
    image = document[number - 1].render(scale=dpi / 72, grayscale=True).to_pil()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    text = pytesseract.image_to_string(image, lang="chi_sim")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    document.close()
    return text, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


if __name__ == "__main__":
    main()
