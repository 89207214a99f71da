"""Evidence beside a report: an image of every page a plan's report cites, with the cited values boxed.

A report links each compared value to the page that prints it.  A link into the source PDF breaks
when the report is mailed or the PDFs move, so the cited pages are also rendered (pypdfium2, the
renderer the parser already uses) to ``<report folder>/evidence/<sha256 prefix>-p<page>-<boxes>.png``,
each cited value outlined in red.  Only cited pages are rendered, at most ``max_pages`` per report
(the rest link to the PDF only); the web palette keeps a text page at 10-60 KB at 108 dpi.

The name holds the document's hash, the page and a digest of the boxes drawn, so an image already
there from an earlier run is the same image and is kept, not rendered again (a re-run of a batch
renders only what changed); images no longer cited are removed.  A file whose hash is no longer the
record's (the PDF was replaced) gets no image: its evidence would not be the evidence.

Rendering is most of the time a batch spends writing its reports (a page takes tens of
milliseconds: render, quantise, PNG); given an executor (``EvidenceOptions.executor``, a process
pool in ``std-extract run``), the documents' pages are rendered in parallel, one task a document,
the tasks of every plan handed out before the first report is written (:func:`start_evidence`),
so the workers render while this process writes the reports.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from concurrent.futures import BrokenExecutor, Executor, Future
from dataclasses import dataclass
from pathlib import Path

from std_extract.digest import file_sha256
from std_extract.rank.report import EvidenceLinks, pdf_href
from std_extract.rank.result import Evidence, PlanRanking

EVIDENCE_FOLDER = "evidence"
_IMAGE_NAME = re.compile(r"[0-9a-f]{16}-p\d+-[0-9a-f]{8}\.png")
SCALE = 1.5  # 108 dpi: a 5-point subscript stays legible
MAX_PAGES = 2000  # per report
BOX_COLOUR = (200, 30, 30)


@dataclass(frozen=True)
class EvidenceOptions:
    """Where relative source paths are found and how many page images a report may hold."""

    root: Path | None = None  # the folder records were extracted from (default: the current one)
    page_images: bool = True
    max_pages: int = MAX_PAGES
    executor: Executor | None = None  # renders the documents' pages in parallel; None: here, in turn


def cited_pages(ranking: PlanRanking) -> dict[tuple[str, str], dict[int, list[Evidence]]]:
    """(sha256, source path) -> page -> the evidence cited on it, over every compared value and
    every below-floor row of the plan, in the report's order."""
    out: dict[tuple[str, str], dict[int, list[Evidence]]] = defaultdict(lambda: defaultdict(list))
    for s in ranking.standards:
        for standing in s.indicators:
            for e in standing.compared.evidence if standing.compared else ():
                if e.page:
                    out[(s.standard.sha256, s.standard.path)][e.page].append(e)
    for b in ranking.below_floor:
        for e in b.evidence:
            if e.page:
                out[(b.standard.sha256, b.standard.path)][e.page].append(e)
    return out


@dataclass
class PendingEvidence:
    """A plan's page images on their way (:func:`start_evidence`); :func:`finish_evidence` waits."""

    folder: Path
    options: EvidenceOptions
    cited: dict[tuple[str, str], dict[int, list[Evidence]]]
    pdfs: dict[str, str]
    shas: list[str]  # of each rendering, in order
    renderings: list[Future | dict[int, Path]]  # a future on the executor, or the pages rendered here


def write_evidence(
    ranking: PlanRanking, folder: Path, options: EvidenceOptions
) -> tuple[EvidenceLinks, list[Path]]:
    """Page images of the cited pages under ``folder/evidence/`` and the links the report uses;
    returns the links and the files written.  A PDF that is missing or does not open gets no
    images; its links point at its last known place."""
    return finish_evidence(start_evidence(ranking, folder, options))


def start_evidence(ranking: PlanRanking, folder: Path, options: EvidenceOptions) -> PendingEvidence:
    """Start rendering a plan's page images: on ``options.executor`` (returning at once, so the
    images of every plan can be on their way before the first report waits for its own), or here."""
    pdfs: dict[str, str] = {}
    budget = options.max_pages if options.page_images else 0
    cited = cited_pages(ranking)
    pending = PendingEvidence(folder, options, cited, pdfs, [], [])
    target = folder / EVIDENCE_FOLDER
    for (sha, path), pages in cited.items():
        href = pdf_href(path, options.root)
        if href:
            pdfs[path] = href
        local = _local_file(path, options.root) if options.page_images else None
        if local is None or budget <= 0:
            continue
        take = {p: pages[p] for p in sorted(pages)[:budget]}
        budget -= len(take)
        pending.shas.append(sha)
        if options.executor is None:
            pending.renderings.append(_render_pages(local, sha, take, target))
        else:
            pending.renderings.append(options.executor.submit(_render_pages, local, sha, take, target))
    return pending


def finish_evidence(pending: PendingEvidence) -> tuple[EvidenceLinks, list[Path]]:
    """The links a plan's report uses and the images written, once its renderings are done."""
    images: dict[tuple[str, int], str] = {}
    written: list[Path] = []
    for sha, rendering in zip(pending.shas, pending.renderings, strict=True):
        done = rendering if isinstance(rendering, dict) else _result_or_nothing(rendering)
        for page, file in done.items():
            images[(sha, page)] = f"{EVIDENCE_FOLDER}/{file.name}"
            written.append(file)
    remove_stale_images(pending.folder / EVIDENCE_FOLDER, keep=set(written))
    note = None
    skipped = sum(len(pages) for pages in pending.cited.values()) - len(images)
    if skipped and pending.options.page_images:
        note = (
            f"{skipped} cited page(s) have no image (the PDF is not found here or was replaced since "
            f"extraction, or past {pending.options.max_pages} images per report): their links open the PDF "
            f"/ {skipped}个引用页无图像（未找到PDF、PDF已更换或超出图像数上限），链接指向PDF"
        )
    return EvidenceLinks(images=images, pdfs=pending.pdfs, note=note), written


def _result_or_nothing(future: Future) -> dict[int, Path]:
    """The pages a worker rendered; none when the worker died (a crash in PDFium): the document's
    links open the PDF."""
    try:
        return future.result()
    except BrokenExecutor:
        return {}


def remove_stale_images(folder: Path, keep: set[Path]) -> None:
    """Page images an earlier run left that this report no longer cites (named as this module names them)."""
    if not folder.is_dir():
        return
    for file in folder.glob("*-p*-*.png"):
        if file not in keep and _IMAGE_NAME.fullmatch(file.name):
            file.unlink()


def _local_file(path: str, root: Path | None) -> Path | None:
    if "://" in path:
        return None
    local = Path(path)
    if not local.is_absolute():
        local = (root or Path.cwd()) / local
    return local if local.is_file() else None


def _render_page(document, page_number: int, boxes: list, target: Path) -> None:
    from PIL import Image, ImageDraw

    from std_extract.parse.image_origin import image_origin

    page = document[page_number - 1]
    image = page.render(scale=SCALE).to_pil().convert("RGB")
    left, top_edge = image_origin(page)  # the image starts at the page box's corner
    page.close()
    draw = ImageDraw.Draw(image)
    for box in boxes:
        x0, top, x1, bottom = (
            (v - o) * SCALE for v, o in zip(box, (left, top_edge, left, top_edge), strict=True)
        )
        draw.rectangle((x0 - 3, top - 3, x1 + 3, bottom + 3), outline=BOX_COLOUR, width=2)
    partial = target.with_suffix(".part")  # never a half-written image under the final name
    # Each pixel to the nearest colour of the fixed web palette, not dithered: a quarter of the time
    # of choosing a 16-colour palette per page (FASTOCTREE, 43% of an image's CPU before), and the
    # PNG as small (text pages are a few greys and the box's red: 13 KB against 15 KB on average).
    image.convert("P", palette=Image.Palette.WEB, dither=Image.Dither.NONE).save(partial, format="PNG")
    partial.replace(target)


def _render_pages(pdf: Path, sha: str, pages: dict[int, list[Evidence]], folder: Path) -> dict[int, Path]:
    """The image of each of ``pages`` with its evidence boxed: kept from an earlier run when there,
    else rendered, if the file is still the one extracted.  Pages the PDF lacks are skipped."""
    targets = {page: folder / _image_name(sha, page, _boxes(cited)) for page, cited in pages.items()}
    missing = {page: path for page, path in targets.items() if not path.is_file()}
    if missing and file_sha256(pdf) == sha:
        _render(pdf, {page: (_boxes(pages[page]), path) for page, path in missing.items()}, folder)
    return {page: path for page, path in targets.items() if path.is_file()}


def _boxes(cited: list[Evidence]) -> list[tuple[float, float, float, float]]:
    return sorted({e.bbox for e in cited if e.bbox and e.bbox[2] > e.bbox[0] and e.bbox[3] > e.bbox[1]})


def _image_name(sha: str, page: int, boxes: list[tuple[float, float, float, float]]) -> str:
    digest = hashlib.sha256(repr((SCALE, boxes)).encode()).hexdigest()[:8]
    return f"{sha[:16]}-p{page}-{digest}.png"


def _render(pdf: Path, wanted: dict[int, tuple[list, Path]], folder: Path) -> None:
    import pypdfium2 as pdfium  # type: ignore[import-untyped]  # ships no stubs or py.typed

    folder.mkdir(parents=True, exist_ok=True)
    try:
        document = pdfium.PdfDocument(pdf)
    except pdfium.PdfiumError:
        return
    try:
        for page_number, (boxes, target) in wanted.items():
            if 1 <= page_number <= len(document):
                _render_page(document, page_number, boxes, target)
    finally:
        document.close()
