"""The therapist summary on paper: the report's HTML in a QTextDocument with the
check-in charts drawn in it as lines and dots, cut into pages with page numbers, painted
on any paged device: a QPdfWriter (export), a QPrinter (print, and the paginated preview).

The PDF is made in memory; `journal.report.encrypt_pdf` protects it before anything
is written, and `journal.report.write_file` writes it under a temporary name first.
"""

from __future__ import annotations

import os

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
    QObject,
    QPointF,
    QRect,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QPyTextObject,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from journal.checkins import segments
from journal.report import Chart, Report, encrypt_pdf, to_html, words

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
MARGINS_MM = QMarginsF(18, 16, 18, 14)
PDF_DPI = 300
CHART_SIZE = (620, 180)  # in 1/96 inch, as the document lays it out
OBJECT_CHARACTER = "\ufffc"  # where a chart object sits in the text
METRIC_COLOURS = {"mood": "#C0704F", "anxiety": "#7E79B8", "safety": "#5E9A78",
                  "sleep_hours": "#4F8DB5"}
INK = QColor("#2b2b2b")
GRID = QColor("#e4d8cf")


def ensure_app() -> None:
    """An application for fonts and painting (offscreen when there is no display), for
    the command line. A QApplication, not only a QGuiApplication: in a process that
    later shows widgets (the tests run both in one) a QGuiApplication could not serve
    them, and there can be only one."""
    if QGuiApplication.instance() is None:
        from PySide6.QtWidgets import QApplication

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        ensure_app.app = QApplication([])  # type: ignore[attr-defined]


def _short_date(day, lang: str) -> str:
    from ui import dates

    return dates.day_month(day, lang)


def paint_chart(p: QPainter, chart: Chart, lang: str) -> None:
    """One measure over the period, in a CHART_SIZE box at the painter's origin: a dot
    per day and the rolling average as a line that breaks where the days are empty.
    White background, for paper."""
    w, h = CHART_SIZE
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.fillRect(QRectF(0, 0, w, h), QColor("white"))
    colour = QColor(METRIC_COLOURS.get(chart.key, "#C0704F"))
    font = QFont("Noto Sans")
    font.setPixelSize(11)
    p.setFont(font)
    left, right, top, bottom = 30.0, 8.0, 20.0, 20.0
    plot = QRectF(left, top, w - left - right, h - top - bottom)
    title = QFont(font)
    title.setBold(True)
    title.setPixelSize(12)
    p.setFont(title)
    p.setPen(INK)
    p.drawText(QRectF(0, 0, w, top - 4), Qt.AlignmentFlag.AlignLeft
               | Qt.AlignmentFlag.AlignVCenter, chart.title)
    p.setFont(font)
    top_value = chart.maximum or 10.0
    for fraction in (0.0, 0.5, 1.0):
        y = plot.bottom() - fraction * plot.height()
        p.setPen(QPen(GRID, 0.8))
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        p.setPen(QColor("#6b6b6b"))
        tick = top_value * fraction
        p.drawText(QRectF(0, y - 7, left - 5, 14), Qt.AlignmentFlag.AlignRight
                   | Qt.AlignmentFlag.AlignVCenter, f"{tick:g}")
    days = chart.series.days
    count = len(days)

    def point(index: int, value: float) -> QPointF:
        x = plot.left() + (index + 0.5) / count * plot.width()
        return QPointF(x, plot.bottom() - min(value, top_value) / top_value * plot.height())

    labels = [0, count // 2, count - 1] if count > 2 else list(range(count))
    p.setPen(QColor("#6b6b6b"))
    for index in labels:
        x = min(max(point(index, 0).x(), plot.left() + 40), plot.right() - 40)
        p.drawText(QRectF(x - 40, plot.bottom() + 3, 80, 14), Qt.AlignmentFlag.AlignHCenter,
                   _short_date(days[index], lang))
    light = QColor(colour)
    light.setAlpha(110)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(light)
    radius = 2.6 if count <= 60 else 1.6
    for index, value in enumerate(chart.series.values):
        if value is not None:
            p.drawEllipse(point(index, value), radius, radius)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(QPen(colour, 2.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                  Qt.PenJoinStyle.RoundJoin))
    for run in segments(chart.series.rolling):
        path = QPainterPath(point(*run[0]))
        for index, value in run[1:]:
            path.lineTo(point(index, value))
        p.drawPath(path) if len(run) > 1 else p.drawPoint(point(*run[0]))
    p.restore()


CHART_OBJECT = QTextFormat.ObjectTypes.UserObject + 1
CHART_KEY = QTextFormat.Property.UserProperty + 1


class _ChartObject(QPyTextObject):
    """Draws a chart in the text where the HTML had its image, as lines and dots
    (vector), painted by paint_chart at paint time. An image would be JPEG-encoded by
    the PDF writer in one long call that holds Python's GIL (about 60 ms a chart), so
    that the GUI thread waits while a worker thread makes the preview; this way each
    drawing call is short, and the charts stay sharp at any zoom."""

    def __init__(self, charts: dict[str, Chart], lang: str, parent: QObject) -> None:
        super().__init__(parent)
        self._charts = charts
        self._lang = lang

    def intrinsicSize(self, doc: QTextDocument, pos: int, fmt: QTextFormat) -> QSizeF:
        # As QTextDocument does for an image: sizes in 1/96 inch, scaled to the device.
        device = doc.documentLayout().paintDevice()
        scale = device.logicalDpiY() / 96 if device is not None else 1.0
        return QSizeF(CHART_SIZE[0] * scale, CHART_SIZE[1] * scale)

    def drawObject(self, painter: QPainter, rect: QRectF | QRect, doc: QTextDocument,
                   pos: int, fmt: QTextFormat) -> None:
        chart = self._charts.get(str(fmt.property(CHART_KEY)))
        if chart is None:
            return
        painter.save()
        painter.translate(rect.topLeft())
        painter.scale(rect.width() / CHART_SIZE[0], rect.height() / CHART_SIZE[1])
        paint_chart(painter, chart, self._lang)
        painter.restore()


def summary_document(report: Report, device: QPagedPaintDevice | None = None
                     ) -> QTextDocument:
    """The report as a QTextDocument with its charts, laid out for `device` (or the
    screen)."""
    doc = QTextDocument()
    if device is not None:
        doc.documentLayout().setPaintDevice(device)
    charts = {chart.key: chart for chart in report.charts()}
    urls = {key: f"chart-{key}.png" for key in charts}
    doc.setHtml(to_html(report, chart_urls=urls, chart_size=CHART_SIZE))
    # Each chart's image becomes a chart object of the same size (see _ChartObject).
    handler = _ChartObject(charts, report.options.lang, doc)
    doc.documentLayout().registerHandler(CHART_OBJECT, handler)
    keys = {url: key for key, url in urls.items()}
    found = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.isImageFormat() and fmt.toImageFormat().name() in keys:
                found.append((fragment.position(), keys[fmt.toImageFormat().name()]))
            it += 1
        block = block.next()
    for position, key in found:  # one character each: the positions stay valid
        cursor = QTextCursor(doc)
        cursor.setPosition(position)
        cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
        chart_format = QTextCharFormat()
        chart_format.setObjectType(CHART_OBJECT)
        chart_format.setProperty(CHART_KEY, key)
        cursor.insertText(OBJECT_CHARACTER, chart_format)
    return doc


def _lay_out_in_steps(doc: QTextDocument, step: int = 40) -> None:
    """Lay the document out a few blocks at a time (the layout is lazy and goes as far
    as the block asked for). Each call is short, so when this runs on a worker thread
    the GUI thread gets its turn in between instead of waiting for one long call."""
    layout = doc.documentLayout()
    block = doc.begin()
    while block.isValid():
        layout.blockBoundingRect(block)
        for _ in range(step):
            if not block.isValid():
                break
            block = block.next()
    layout.blockBoundingRect(doc.lastBlock())


def paint_report(report: Report, device: QPagedPaintDevice) -> int:
    """Paint the summary on `device`, page after page, with "Page n of m" and
    "confidential" at the foot of each page. Returns the number of pages."""
    dpi = device.logicalDpiY()
    doc = summary_document(report, device)
    rect = device.pageLayout().paintRectPixels(round(dpi))
    width, height = float(rect.width()), float(rect.height())
    footer = dpi * 0.35
    page_height = height - footer
    doc.setPageSize(QSizeF(width, page_height))
    _lay_out_in_steps(doc)
    pages = doc.pageCount()
    w = words(report.options.lang)
    painter = QPainter(device)
    try:
        foot = QFont("Noto Sans")
        foot.setPointSizeF(8)
        for index in range(pages):
            if index:
                device.newPage()
            painter.save()
            painter.translate(0, -index * page_height)
            doc.drawContents(painter, QRectF(0, index * page_height, width, page_height))
            painter.restore()
            painter.setFont(foot)
            painter.setPen(QColor("#6b6b6b"))
            box = QRectF(0, height - footer, width, footer)
            painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                             w["page"].format(n=index + 1, total=pages))
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                             w["confidential"])
    finally:
        painter.end()
    return pages


def pdf_bytes(report: Report, *, page_size: str = "A4", password: str | None = None
              ) -> bytes:
    """The summary as PDF bytes, made in memory; AES-256 protected if `password`."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setTitle(words(report.options.lang)["title"])
    writer.setCreator("")
    writer.setPageLayout(QPageLayout(QPageSize(PAGE_SIZES[page_size]),
                                     QPageLayout.Orientation.Portrait, MARGINS_MM,
                                     QPageLayout.Unit.Millimeter))
    paint_report(report, writer)
    del writer  # finishes the PDF
    buffer.close()
    result = bytes(data.data())
    return encrypt_pdf(result, password) if password else result
