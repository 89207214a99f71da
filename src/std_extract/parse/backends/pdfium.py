"""The PDFium backend (pypdfium2): characters from the text page, strokes from the path objects.

PDFium reads a page about thirty times faster than pdfminer's layout analysis under pdfplumber,
and decodes fonts pdfminer cannot (whole pages of some embedded CJK fonts, the ³ of some CID
fonts).  Its own boxes differ from pdfminer's (a char's "loose" box spans the font's ascent and
descent scaled to one em), so each char's box is rebuilt the way pdfminer builds it, from the
char's origin, text matrix, font size and the font's descent; the rules in ``chars`` and the
tolerances after them then see the same boxes from either backend.  Strokes are sorted into
lines, rectangles and curves by the same shape rules as pdfminer's ``paint_path``.
"""

from __future__ import annotations

import ctypes
import unicodedata
from dataclasses import dataclass, field

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from std_extract.parse.backends.base import Char, CharTable, PageContent, PageGeometry, Shape

NAME = "pypdfium2"
SKIPPED_CODES = frozenset({10, 13, 0xFFFE, 0xFFFF})  # line breaks, PDFium's "no character" markers
GENERATED_CODES = frozenset({0x20})  # what PDFium generates besides breaks: spaces
HYPHEN_MARK = 0x02  # PDFium's code for a hyphen that ends a line ("wastes-" / "Identification")
SKIPPED_NOTE = "text objects PDFium's text page left out"
UNMAPPED_NOTE = "characters PDFium found no Unicode for"
MAX_FORM_DEPTH = 8  # forms nested deeper than this are not walked (a loop guard)
IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)  # a matrix that moves nothing
BLANK_WIDTH = 0.01  # a text object narrower or flatter than this (points) prints nothing: PDFium skips it


class PdfiumBackend:
    """An opened PDF read by PDFium.  ``document`` may be shared: :meth:`close` leaves it open
    when the caller owns it."""

    name = NAME

    def __init__(self, document: pdfium.PdfDocument):
        self.document = document

    @property
    def page_count(self) -> int:
        return len(self.document)

    def read_page(self, number: int) -> PageContent:
        page = self.document[number - 1]
        try:
            return read_page(page, number)
        finally:
            page.close()

    def page_text(self, number: int) -> str:
        """The page's text as PDFium reads it (cheap: used to check what another reader missed)."""
        page = self.document[number - 1]
        try:
            textpage = page.get_textpage()
            try:
                return textpage.get_text_range()
            finally:
                textpage.close()
        finally:
            page.close()

    def close(self) -> None:
        self.document.close()


def read_page(page: pdfium.PdfPage, number: int) -> PageContent:
    """One opened page as :class:`PageContent` in pdfplumber's coordinates.

    Those are kept exactly, with pdfplumber's reading of a MediaBox that does not start at
    (0, 0) (GB 2762-2022's starts at (-46.8, -28.6)): x as in the PDF, top = page height - y.
    """
    left, bottom, right, top = page.get_mediabox()
    width, height = right - left, top - bottom
    textpage = page.get_textpage()
    try:
        read = TextPageRead()
        chars = page_chars(textpage, 0.0, height, read)
    finally:
        textpage.close()
    content = PageContent(number, width, height, chars, PageGeometry(bbox=(0.0, 0.0, width, height)))
    walk = _Walk(content, read.objects)
    walk.objects(_objects(ctypes.cast(page.raw, ctypes.c_void_p).value or 0), IDENTITY, 0)
    content.chars = chars.extended(walk.blanks)
    if walk.skipped:
        content.notes.append(f"{SKIPPED_NOTE}: {walk.skipped}")
    if read.unmapped:
        content.notes.append(f"{UNMAPPED_NOTE}: {read.unmapped}")
    return content


# --- characters -----------------------------------------------------------------------------------


def _bound(function, restype, *argtypes):
    """``function`` of the PDFium library called through a plain prototype: handles and buffers
    pass as ints, which saves ctypes' argument conversion on calls made once per character, and
    a pointer comes back as a plain int (a dict key)."""
    address = ctypes.cast(function, ctypes.c_void_p).value
    assert address is not None  # a symbol of the loaded library
    return ctypes.CFUNCTYPE(restype, *argtypes)(address)


_POINTER, _INT = ctypes.c_void_p, ctypes.c_int
_TEXT_OBJECT = _bound(pdfium_c.FPDFText_GetTextObject, _POINTER, _POINTER, _INT)
_UNICODE = _bound(pdfium_c.FPDFText_GetUnicode, ctypes.c_uint, _POINTER, _INT)
_ORIGIN = _bound(pdfium_c.FPDFText_GetCharOrigin, _INT, _POINTER, _INT, _POINTER, _POINTER)
_MAP_ERROR = _bound(pdfium_c.FPDFText_HasUnicodeMapError, _INT, _POINTER, _INT)
_IS_GENERATED = _bound(pdfium_c.FPDFText_IsGenerated, _INT, _POINTER, _INT)
_MATRIX = _bound(pdfium_c.FPDFText_GetMatrix, _INT, _POINTER, _INT, _POINTER)
_FONT_SIZE = _bound(pdfium_c.FPDFText_GetFontSize, ctypes.c_double, _POINTER, _INT)
_FONT = _bound(pdfium_c.FPDFTextObj_GetFont, _POINTER, _POINTER)
_PAGE_COUNT = _bound(pdfium_c.FPDFPage_CountObjects, _INT, _POINTER)
_PAGE_OBJECT = _bound(pdfium_c.FPDFPage_GetObject, _POINTER, _POINTER, _INT)
_FORM_COUNT = _bound(pdfium_c.FPDFFormObj_CountObjects, _INT, _POINTER)
_FORM_OBJECT = _bound(pdfium_c.FPDFFormObj_GetObject, _POINTER, _POINTER, ctypes.c_ulong)
_OBJECT_TYPE = _bound(pdfium_c.FPDFPageObj_GetType, _INT, _POINTER)
_BOUNDS = _bound(pdfium_c.FPDFPageObj_GetBounds, _INT, _POINTER, _POINTER, _POINTER, _POINTER, _POINTER)
_OBJECT_MATRIX = _bound(pdfium_c.FPDFPageObj_GetMatrix, _INT, _POINTER, _POINTER)
_COUNT_SEGMENTS = _bound(pdfium_c.FPDFPath_CountSegments, _INT, _POINTER)
_SEGMENT = _bound(pdfium_c.FPDFPath_GetPathSegment, _POINTER, _POINTER, _INT)
_SEGMENT_TYPE = _bound(pdfium_c.FPDFPathSegment_GetType, _INT, _POINTER)
_SEGMENT_POINT = _bound(pdfium_c.FPDFPathSegment_GetPoint, _INT, _POINTER, _POINTER, _POINTER)
_SEGMENT_CLOSE = _bound(pdfium_c.FPDFPathSegment_GetClose, _INT, _POINTER)
_DRAW_MODE = _bound(pdfium_c.FPDFPath_GetDrawMode, _INT, _POINTER, _POINTER, _POINTER)


@dataclass(frozen=True, slots=True)
class _TextObject:
    """What every char of one text object shares: font, size and the text matrix (PDFium gives
    each char its object's matrix).  ``widths`` caches advances per code point, in ems."""

    font: str
    descent: float  # per point of font size (negative: below the baseline)
    size: float  # the font size of Tf, before the matrix
    a: float
    b: float
    c: float
    d: float
    handle: object
    widths: dict[int, float | None]

    @property
    def upright(self) -> bool:
        return self.a * self.d > 0 and self.b * self.c <= 0

    def advance(self, code: int) -> float | None:
        if code not in self.widths:
            width = ctypes.c_float()
            ok = self.handle and pdfium_c.FPDFFont_GetGlyphWidth(self.handle, code, 1.0, ctypes.byref(width))
            self.widths[code] = width.value if ok else None
        return self.widths[code]


class _TextObjects:
    """The :class:`_TextObject` of each char of one text page, each built once.

    Some files put every char in a text object of its own (GB 2760-2024: 220,000 of them), so
    objects that share font, size and matrix share one ``_TextObject`` too.
    """

    def __init__(self, address: int):
        self.address = address
        self.by_handle: dict[int, _TextObject] = {}  # text object handle -> its char data
        self.fonts: dict[int, tuple] = {}  # font handle -> (name, descent, widths, font)
        self.shared: dict[tuple, _TextObject] = {}  # (font, size, matrix) -> its char data
        self.matrix = (ctypes.c_float * 6)()  # FS_MATRIX's layout: a, b, c, d, e, f
        self.matrix_at = ctypes.addressof(self.matrix)

    def of(self, handle: int, index: int) -> _TextObject:
        """The text object ``handle`` that holds char ``index``."""
        obj = self.by_handle.get(handle)
        if obj is None:
            obj = self.by_handle[handle] = self._read(handle, index)
        return obj

    def _read(self, handle: int, index: int) -> _TextObject:
        m = self.matrix
        a, b, c, d = (
            (m[0], m[1], m[2], m[3]) if _MATRIX(self.address, index, self.matrix_at) else IDENTITY[:4]
        )
        size = _FONT_SIZE(self.address, index)
        key = (_FONT(handle) or 0) if handle else 0
        shape = (key, size, a, b, c, d)
        obj = self.shared.get(shape)
        if obj is not None:
            return obj
        if key not in self.fonts:
            font = ctypes.cast(key, pdfium_c.FPDF_FONT) if key else None
            self.fonts[key] = (*_font_info(font), {}, font)
        name, descent, widths, font = self.fonts[key]
        # A negative font size turns the glyphs over, as a negative matrix does: GB 7718 sets its
        # text at -117 pt with a matrix PDFium reports as (-0.12, 0, 0, -0.12).  The sign moves
        # onto the matrix (the box is the same), so upright text has a > 0 as pdfminer's has.
        if size < 0:
            a, b, c, d = -a, -b, -c, -d
        obj = self.shared[shape] = _TextObject(name, descent, abs(size), a, b, c, d, font, widths)
        return obj


def _font_info(font) -> tuple[str, float]:
    """(base font name, descent per point of font size) as pdfminer reads them.

    A font without a base name is a Type3 font (the only kind the PDF spec lets go without
    one): pdfminer takes its descent from the font descriptor's Descent, which Type3 fonts
    hardly ever carry, so 0; PDFium takes it from the FontBBox (Word's exported Noto Serif CJK
    fonts of the enterprise standards: -0.174).
    """
    if not font:
        return "", 0.0
    buffer = ctypes.create_string_buffer(256)
    length = pdfium_c.FPDFFont_GetBaseFontName(font, buffer, len(buffer))
    name = buffer.value.decode("latin-1", "replace") if length else ""
    if not name:
        return name, 0.0
    descent = ctypes.c_float()
    pdfium_c.FPDFFont_GetDescent(font, 1.0, ctypes.byref(descent))
    return name, descent.value


@dataclass(slots=True)
class TextPageRead:
    """What reading a text page tells besides its chars."""

    objects: set[int] = field(default_factory=set)  # the text objects the text page holds
    # Chars whose code the font maps to no Unicode: PDFium prints the code itself there.  HJ
    # 751-2015's SimHei subset lists its ToUnicode entries from 0x65 on in a block declared
    # "0 beginbfchar"; pdfminer reads them, PDFium does not ("质量保证" reads "质量ef").
    unmapped: int = 0


def page_chars(
    textpage: pdfium.PdfTextPage, left: float, top: float, read: TextPageRead | None = None
) -> CharTable:
    """The printed characters of a text page (PDFium's generated spaces and breaks left out).

    Per char only the code point, the text object and the origin are asked of PDFium (three
    calls); font, size and matrix are its text object's (cached), and the boxes of the whole
    page are computed at once (:func:`_boxes`).
    """
    raw = textpage.raw
    address = ctypes.cast(raw, ctypes.c_void_p).value or 0
    objects = _TextObjects(address)
    origin = (ctypes.c_double * 2)()
    origin_x = ctypes.addressof(origin)
    origin_y = origin_x + ctypes.sizeof(ctypes.c_double)
    texts: list[str] = []
    owners: list[_TextObject] = []
    xs: list[float] = []
    ys: list[float] = []
    advances: list[float] = []
    last = None  # (text object, origin) of the char appended last
    unmapped = 0
    for index in range(pdfium_c.FPDFText_CountChars(raw)):
        code = _UNICODE(address, index)
        if code in SKIPPED_CODES or (code in GENERATED_CODES and _IS_GENERATED(address, index) == 1):
            continue  # PDFium's own spaces and breaks: layout measures gaps itself
        key = _TEXT_OBJECT(address, index) or 0
        obj = objects.of(key, index)
        _ORIGIN(address, index, origin_x, origin_y)
        unmapped += _MAP_ERROR(address, index)
        x, y = origin
        text = "\ufffd" if code == 0 else "-" if code == HYPHEN_MARK else chr(code)
        here = (key, x, y)
        if here == last:  # a piece of one character: a ligature's letter, a UTF-16 half
            texts[-1], advances[-1] = _joined(texts[-1] + text, raw, index, obj)
            continue
        advance = (obj.widths[code] if code in obj.widths else obj.advance(code)) if code else None
        if advance is None:
            advance = _loose_advance(raw, index, obj)
        texts.append(text)
        owners.append(obj)
        xs.append(x)
        ys.append(y)
        advances.append(advance)
        last = here
    if read is not None:
        read.objects.update(objects.by_handle)
        read.unmapped += unmapped
    return _boxes(texts, owners, xs, ys, advances, left, top)


# PDFium splits a ligature into its letters (its text page normalises Unicode), each piece at the
# ligature's origin; pdfminer keeps the ligature ("Speciﬁcation").  NFKC gives the letters.
LIGATURES = {unicodedata.normalize("NFKC", chr(c)): chr(c) for c in range(0xFB00, 0xFB07)}


def _joined(text: str, raw, index: int, obj: _TextObject) -> tuple[str, float]:
    """The text and advance of one char read in pieces, across the whole glyph's advance."""
    if len(text) == 2 and "\ud800" <= text[0] <= "\udbff" and "\udc00" <= text[1] <= "\udfff":
        # PDFium hands a code point above U+FFFF over as two UTF-16 halves (GB 2763's E-BZ font
        # draws its dot leader as U+1001BA)
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le")
    text = LIGATURES.get(text, text)
    advance = obj.advance(ord(text)) if len(text) == 1 else None
    return text, advance or _loose_advance(raw, index, obj)


def _loose_advance(raw, index: int, obj: _TextObject) -> float:
    """The advance from PDFium's loose box, where the font cannot map the code point back."""
    loose = pdfium_c.FS_RECTF()
    pdfium_c.FPDFText_GetLooseCharBox(raw, index, ctypes.byref(loose))
    scale = obj.size * abs(obj.a)
    return (loose.right - loose.left) / scale if scale else 0.0


def _boxes(
    texts: list[str],
    owners: list[_TextObject],
    xs: list[float],
    ys: list[float],
    advances: list[float],
    left: float,
    top: float,
) -> CharTable:
    """pdfminer's box of each char (``LTChar``): the corners (0, descent) and (advance, descent
    + 1) of the em square, scaled by the font size and mapped by the text matrix; all chars of
    a page in one numpy pass, the same arithmetic in the same order as pdfminer's."""
    if not texts:
        return CharTable.from_dicts([])
    distinct = {id(obj): obj for obj in owners}
    row = {key: i for i, key in enumerate(distinct)}
    params = np.array([(o.a, o.b, o.c, o.d, o.size, o.descent) for o in distinct.values()])
    index = [row[id(obj)] for obj in owners]
    a, b, c, d, size, descent = params[index].T
    ox, oy = np.array(xs), np.array(ys)
    low, high = descent * size, (descent + 1.0) * size
    width = np.array(advances) * size
    x0, y0 = ox + c * low, oy + d * low
    x1, y1 = ox + a * width + c * high, oy + b * width + d * high
    x0, x1 = np.minimum(x0, x1), np.maximum(x0, x1)
    y0, y1 = np.minimum(y0, y1), np.maximum(y0, y1)
    # PDFium keeps positions in single precision: glyphs the PDF sets at one x (the first chars of
    # two stacked lines) come out a few millionths apart and would sort by that.  Rounded to a
    # thousandth of a point they tie again, as pdfminer's doubles do.
    tops = np.round(top - y1, 3)
    numbers = {
        "x0": np.round(x0 - left, 3),
        "x1": np.round(x1 - left, 3),
        "top": tops,
        "bottom": np.round(top - y0, 3),
        "doctop": tops,
        "y0": y0,
        "y1": y1,
        "size": y1 - y0,
    }
    matrix = np.column_stack((a, b, c, d, ox, oy))
    fonts = [obj.font for obj in distinct.values()]
    upright = [obj.upright for obj in distinct.values()]
    return CharTable(texts, [fonts[i] for i in index], [upright[i] for i in index], numbers, matrix)


# --- strokes --------------------------------------------------------------------------------------


def _objects(holder: int, form: bool = False):
    """The handles (ints) of the objects of a page or of a form object."""
    count, get = (_FORM_COUNT, _FORM_OBJECT) if form else (_PAGE_COUNT, _PAGE_OBJECT)
    return (get(holder, i) for i in range(count(holder)))


class _Bounds:
    """Reusable out-parameters of FPDFPageObj_GetBounds (left, bottom, right, top)."""

    def __init__(self) -> None:
        self.values = (ctypes.c_float * 4)()
        at = ctypes.addressof(self.values)
        step = ctypes.sizeof(ctypes.c_float)
        self.refs = [at + i * step for i in range(4)]

    def of(self, obj: int) -> tuple[float, float, float, float] | None:
        if not _BOUNDS(obj, *self.refs):
            return None
        return tuple(self.values)  # type: ignore[return-value]


class _Walk:
    """One walk over a page's objects: path objects as lines, rects and curves, text objects
    that print nothing as spaces, image boxes; into forms too, each object's matrix composed
    with its form's.  Counts the inked text objects on the page that PDFium's text page left
    out, for ``pages.py`` (which reads such a page with pdfplumber: 8 pages of the 61 real
    standards, against 45 before blank runs of spaces were told from ink)."""

    def __init__(self, content: PageContent, read: set[int]):
        self.content, self.read, self.bounds, self.skipped = content, read, _Bounds(), 0
        self.blanks: list[Char] = []  # spaces of text objects that print nothing (_blank_text)

    def objects(self, objects, parent, depth: int) -> None:
        top = self.content.height
        for obj in objects:
            kind = _OBJECT_TYPE(obj)
            if kind == pdfium_c.FPDF_PAGEOBJ_TEXT:
                self._text(obj, parent, top)
            elif kind == pdfium_c.FPDF_PAGEOBJ_PATH:
                ctm = _multiply(_object_matrix(obj), parent)
                for shape in _path_shapes(obj, ctm, 0.0, top):
                    getattr(self.content.geometry, shape["object_type"] + "s").append(shape)
            elif kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
                box = self.bounds.of(obj)
                if box is not None:
                    self.content.images.append(_page_box(box, parent, top))
            elif kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth < MAX_FORM_DEPTH:
                ctm = _multiply(_object_matrix(obj), parent)
                self.objects(_objects(obj, form=True), ctm, depth + 1)

    def _text(self, obj, parent, top: float) -> None:
        if obj in self.read:
            return
        box = self.bounds.of(obj)
        if box is None:
            return
        if box[2] - box[0] >= BLANK_WIDTH and box[3] - box[1] >= BLANK_WIDTH:
            self.skipped += 1
            return
        self.blanks += _blank_text(obj, parent, top, box)


def _page_box(box, ctm, top: float) -> tuple[float, float, float, float]:
    """A (left, bottom, right, top) box of a form's space as (x0, top, x1, bottom) on the page."""
    a, b, c, d, e, f = ctm
    xs, ys = [], []
    for x, y in ((box[0], box[1]), (box[2], box[3]), (box[0], box[3]), (box[2], box[1])):
        xs.append(a * x + c * y + e)
        ys.append(b * x + d * y + f)
    return (min(xs), top - max(ys), max(xs), top - min(ys))


def _blank_text(obj, parent, top: float, box: tuple[float, float, float, float]) -> list[Char]:
    """Spaces for a text object that draws only blanks.

    PDFium's text page leaves out a text object whose glyphs have no ink: its box has no width
    (reportlab draws each space of "纺织品 甲醛" as such an object) or no height (a run of spaces
    set with TJ offsets: DB32/T 1580's table row "互混率/%  …  ≤", HJ 702's cover).  PDFium then
    reads no space there, or one of its own.  pdfminer reads the spaces, and layout takes a drawn
    space as a word break, so they are put back: zero width, on the object's baseline, one at its
    origin and, for a run, one at its far end (what lies between is one gap to layout).
    """
    size = ctypes.c_float()
    handle = ctypes.cast(obj, pdfium_c.FPDF_PAGEOBJECT)
    if not pdfium_c.FPDFTextObj_GetFontSize(handle, ctypes.byref(size)) or size.value == 0:
        return []
    a, b, c, d, e, f = _multiply(_object_matrix(obj), parent)
    name, descent = _font_info(pdfium_c.FPDFTextObj_GetFont(handle))
    low, high = descent * size.value, (descent + 1.0) * size.value  # the sign of size flips the box
    y0, y1 = sorted((f + d * low, f + d * high))
    x0, _top, x1, _bottom = _page_box(box, parent, top)
    xs = [e] if x1 - x0 < BLANK_WIDTH else sorted({e, x0 if abs(e - x0) > abs(e - x1) else x1})
    return [
        {
            "text": " ",
            "fontname": name,
            "size": y1 - y0,
            "x0": x,
            "x1": x,
            "top": top - y1,
            "bottom": top - y0,
            "doctop": top - y1,
            "y0": y0,
            "y1": y1,
            "upright": True,
            "matrix": (abs(a), b, c, abs(d), x, f),
        }
        for x in xs
    ]


def _object_matrix(obj: int) -> tuple[float, ...]:
    matrix = (ctypes.c_float * 6)()  # FS_MATRIX's layout: a, b, c, d, e, f
    if not _OBJECT_MATRIX(obj, ctypes.addressof(matrix)):
        return IDENTITY
    return tuple(matrix)


def _multiply(m, n) -> tuple[float, ...]:
    """m then n (PDF's row-vector convention, as pdfminer's ``mult_matrix``)."""
    a, b, c, d, e, f = m
    a1, b1, c1, d1, e1, f1 = n
    return (
        a * a1 + b * c1, a * b1 + b * d1,
        c * a1 + d * c1, c * b1 + d * d1,
        e * a1 + f * c1 + e1, e * b1 + f * d1 + f1,
    )  # fmt: skip


def _path_shapes(obj, ctm, left: float, top: float) -> list[Shape]:
    """The subpaths of one path object, each a line, rect or curve (pdfminer's ``paint_path``), with
    pdfminer's ``fill`` and ``stroke`` (whether the path is painted inside, and along its outline)."""
    fill, stroke = _draw_mode(obj)
    shapes: list[Shape] = []
    for ops, pts in _subpaths(obj, ctm):
        shape = _classify(ops, pts, left, top)
        if shape is not None:
            shape["fill"], shape["stroke"] = fill, stroke
            shapes.append(shape)
    return shapes


def _draw_mode(obj) -> tuple[bool, bool]:
    """Whether a path object is filled and whether it is stroked (both True when PDFium cannot say,
    which keeps every edge a rule, as before this was read)."""
    mode, stroked = ctypes.c_int(), ctypes.c_int()
    if not _DRAW_MODE(obj, ctypes.addressof(mode), ctypes.addressof(stroked)):
        return True, True
    return mode.value != 0, bool(stroked.value)


def _subpaths(obj, ctm) -> list[tuple[str, list[tuple[float, float]]]]:
    """Operators ("m", "l", "c", "h") and end points of each subpath, in page coordinates."""
    a, b, c, d, e, f = ctm
    subpaths: list[tuple[str, list[tuple[float, float]]]] = []
    ops, pts = "", list[tuple[float, float]]()
    xy = (ctypes.c_float * 2)()
    at_x = ctypes.addressof(xy)
    at_y = at_x + ctypes.sizeof(ctypes.c_float)
    handle = obj
    bezier = 0
    for i in range(_COUNT_SEGMENTS(handle)):
        segment = _SEGMENT(handle, i)
        kind = _SEGMENT_TYPE(segment)
        _SEGMENT_POINT(segment, at_x, at_y)
        x, y = xy
        point = (a * x + c * y + e, b * x + d * y + f)
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
            if ops:
                subpaths.append((ops, pts))
            ops, pts, bezier = "m", [point], 0
        elif kind == pdfium_c.FPDF_SEGMENT_BEZIERTO:
            bezier += 1
            if bezier % 3:
                continue  # control points: pdfminer keeps only a curve's end point
            ops += "c"
            pts.append(point)
        else:
            ops += "l"
            pts.append(point)
        if _SEGMENT_CLOSE(segment) and ops:
            ops += "h"
            pts.append(pts[0])
    if ops:
        subpaths.append((ops, pts))
    return subpaths


def _classify(shape: str, pts: list[tuple[float, float]], left: float, top: float) -> Shape | None:
    # Drop a redundant "l" on a path closed with "h" (as pdfminer does)
    if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:
        shape = shape[:-2] + "h"
        pts = pts[:-2] + pts[-1:]
    if shape in ("mlh", "ml"):
        return _shape("line", pts[:2], left, top)
    if shape in ("mlllh", "mllll"):
        (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = pts
        closed = pts[0] == pts[4]
        square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (
            y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0
        )
        if closed and square:
            return _shape("rect", [pts[0], pts[2]], left, top)
    return _shape("curve", pts, left, top) if len(pts) > 1 else None


def _shape(kind: str, pts: list[tuple[float, float]], left: float, top: float) -> Shape:
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    shape: Shape = {
        "object_type": kind,
        "x0": x0 - left,
        "x1": x1 - left,
        "y0": y0,
        "y1": y1,
        "top": top - y1,
        "bottom": top - y0,
        "doctop": top - y1,
        "width": x1 - x0,
        "height": y1 - y0,
    }
    if kind != "rect":
        shape["pts"] = [(x - left, top - y) for x, y in pts]
    return shape
