"""Trends: mood, anxiety, feeling safe and sleep over a week, a month, three months or
a year, with a rolling average; how often each self-care item helped; the triggers met
most often.

Each day's value is a dot; the rolling average is a line that breaks where she did not
check in for longer than its window. Nothing counts streaks or missed days.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QEvent, QLocale, QMargins, QPointF, Qt, Slot
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from journal.checkins import PERIODS, CheckinStore, segments
from journal.models import CHART_METRICS, MetricSeries, Trends
from journal.vault import Vault
from ui.checkin_page import metric_name, selfcare_name
from ui.hub import Hub
from ui.settings import Settings
from ui.widgets import label

# One colour per measure, readable on cream and on charcoal.
METRIC_COLOURS = {"mood": "#C0704F", "anxiety": "#7E79B8", "safety": "#5E9A78",
                  "sleep_hours": "#4F8DB5"}
BAR_COLOUR = "#C0704F"
TRIGGER_COLOUR = "#8E7CA8"
CHART_HEIGHT = 230


def _msecs(day: date) -> float:
    """Local noon of a day as the chart's x (ms since the epoch)."""
    return datetime.combine(day, time(12)).timestamp() * 1000


class MetricChart(QChartView):
    """One measure: a dot per day, the rolling average as a line that breaks at gaps."""

    def __init__(self, metric: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.metric = metric
        self.daily_series: QScatterSeries | None = None
        self.rolling_series: list[QLineSeries] = []
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(CHART_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setChart(QChart())
        self.setAccessibleName(metric_name(metric))

    def show_series(self, series: MetricSeries, pal: QPalette) -> None:
        chart = QChart()
        chart.setLocalizeNumbers(True)
        chart.setLocale(QLocale())
        chart.legend().hide()
        chart.setTitle(metric_name(self.metric))
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(10)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        style_chart(chart, pal)
        colour = QColor(METRIC_COLOURS[self.metric])

        dots = QScatterSeries()
        dots.setMarkerSize(7 if len(series.days) <= 90 else 4)
        faded = QColor(colour)
        faded.setAlpha(150)
        dots.setColor(faded)
        dots.setBorderColor(faded)
        xs = [_msecs(day) for day in series.days]
        # One replace() per series: far quicker than a signal per appended point.
        dots.replace([QPointF(x, v) for x, v in zip(xs, series.values, strict=True)
                      if v is not None])
        chart.addSeries(dots)
        self.daily_series = dots
        self.rolling_series = []
        for run in segments(series.rolling):
            line = QLineSeries()
            line.setPen(QPen(colour, 2.6))
            line.replace([QPointF(xs[index], value) for index, value in run])
            if len(run) == 1:
                line.setPointsVisible(True)
            chart.addSeries(line)
            self.rolling_series.append(line)

        x_axis = QDateTimeAxis()
        x_axis.setFormat("d MMM" if len(series.days) <= 90 else "MMM")
        x_axis.setTickCount({7: 7, 30: 6, 90: 7}.get(len(series.days), 7))
        x_axis.setRange(QDateTime(datetime.combine(series.days[0], time(0))),
                        QDateTime(datetime.combine(series.days[-1], time(23, 59))))
        y_axis = QValueAxis()
        top = 10.0
        if self.metric == "sleep_hours":
            present = [v for v in series.values if v is not None]
            top = max(10.0, max(present, default=0.0) + 1)
        y_axis.setRange(0, top)
        y_axis.setTickCount(6)
        y_axis.setLabelFormat("%.0f")
        for axis, side in ((x_axis, Qt.AlignmentFlag.AlignBottom),
                           (y_axis, Qt.AlignmentFlag.AlignLeft)):
            style_axis(axis, pal)
            chart.addAxis(axis, side)
            for s in (dots, *self.rolling_series):
                s.attachAxis(axis)
        old = self.chart()
        self.setChart(chart)
        old.deleteLater()


def style_chart(chart: QChart, pal: QPalette) -> None:
    chart.setBackgroundBrush(QBrush(pal.color(QPalette.ColorRole.Base)))
    chart.setBackgroundPen(QPen(pal.color(QPalette.ColorRole.Mid)))
    chart.setPlotAreaBackgroundVisible(False)
    chart.setTitleBrush(QBrush(pal.color(QPalette.ColorRole.Text)))
    font = QFont(chart.titleFont())
    font.setBold(True)
    chart.setTitleFont(font)


def style_axis(axis: QValueAxis | QDateTimeAxis | QBarCategoryAxis, pal: QPalette) -> None:
    text = pal.color(QPalette.ColorRole.Text)
    grid = pal.color(QPalette.ColorRole.Mid)
    axis.setLabelsBrush(QBrush(text))
    axis.setLinePen(QPen(grid))
    axis.setGridLinePen(QPen(grid, 1, Qt.PenStyle.DotLine))


class BarChart(QChartView):
    """Horizontal bars with names, most first at the top."""

    def __init__(self, name: str, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = name
        self.colour = colour
        self.bars: list[tuple[str, int]] = []
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setChart(QChart())
        self.setAccessibleName(name)

    def show_bars(self, bars: list[tuple[str, int]], pal: QPalette) -> None:
        self.bars = bars
        chart = QChart()
        chart.legend().hide()
        chart.setTitle(self.title)
        chart.setLocalizeNumbers(True)
        chart.setLocale(QLocale())
        chart.setMargins(QMargins(4, 4, 12, 4))
        chart.setBackgroundRoundness(10)
        style_chart(chart, pal)
        bar_set = QBarSet(self.title)
        bar_set.setColor(QColor(self.colour))
        bar_set.setBorderColor(QColor(self.colour))
        shown = list(reversed(bars))  # the largest at the top
        bar_set.append([float(n) for _name, n in shown])
        series = QHorizontalBarSeries()
        series.append(bar_set)
        series.setBarWidth(0.6)
        series.setLabelsVisible(True)
        bar_set.setLabelColor(pal.color(QPalette.ColorRole.Text))
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        names = QBarCategoryAxis()
        names.append([name for name, _n in shown] or [" "])
        counts = QValueAxis()
        top = max((n for _name, n in bars), default=1)
        counts.setRange(0, top * 1.15 + 0.5)
        counts.setLabelFormat("%.0f")
        counts.setTickCount(min(6, top + 2))
        for axis, side in ((names, Qt.AlignmentFlag.AlignLeft),
                           (counts, Qt.AlignmentFlag.AlignBottom)):
            style_axis(axis, pal)
            chart.addAxis(axis, side)
            series.attachAxis(axis)
        counts.setGridLineVisible(False)
        self.setMinimumHeight(90 + 30 * max(1, len(bars)))
        self.setMaximumHeight(self.minimumHeight())
        old = self.chart()
        self.setChart(chart)
        old.deleteLater()


class TrendsPage(QWidget):
    def __init__(self, vault: Vault, hub: Hub, settings: Settings,
                 parent: QWidget | None = None, *,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.setObjectName("trendsPage")
        self._vault = vault
        self._settings = settings
        self._today = today
        self._store = CheckinStore(vault)
        self.period = 30
        self.trends: Trends | None = None

        content = QWidget(self)
        content.setObjectName("screen")
        title = label(self.tr("Trends"), "pageTitle", parent=content)
        intro = label(self.tr("How your check-ins have been going. Days without a check-in "
                              "are simply left open."), "subtle", parent=content)
        periods = QHBoxLayout()
        periods.setSpacing(6)
        self.period_group = QButtonGroup(self)
        self.period_buttons: dict[int, QPushButton] = {}
        names = {7: self.tr("7 days"), 30: self.tr("30 days"), 90: self.tr("90 days"),
                 365: self.tr("A year")}
        for days in PERIODS:
            b = QPushButton(names[days], content)
            b.setObjectName("periodButton")
            b.setCheckable(True)
            b.setAccessibleName(self.tr("Show %1").replace("%1", names[days]))
            self.period_group.addButton(b, days)
            self.period_buttons[days] = b
            periods.addWidget(b)
        periods.addStretch(1)
        self.period_buttons[self.period].setChecked(True)
        self.summary_label = label("", "subtle", parent=content)
        self.legend_label = label("", "hint", parent=content)

        self.charts = {m: MetricChart(m, content) for m in CHART_METRICS}
        grid = QGridLayout()
        grid.setSpacing(12)
        for n, metric in enumerate(CHART_METRICS):
            grid.addWidget(self.charts[metric], n // 2, n % 2)
        self.selfcare_chart = BarChart(self.tr("What helped (days)"), BAR_COLOUR, content)
        self.trigger_chart = BarChart(self.tr("Triggers met most often"), TRIGGER_COLOUR,
                                      content)
        bars = QHBoxLayout()
        bars.setSpacing(12)
        bars.addWidget(self.selfcare_chart, 1, Qt.AlignmentFlag.AlignTop)
        bars.addWidget(self.trigger_chart, 1, Qt.AlignmentFlag.AlignTop)

        column = QVBoxLayout(content)
        column.setContentsMargins(32, 24, 32, 24)
        column.setSpacing(10)
        column.addWidget(title)
        column.addWidget(intro)
        column.addLayout(periods)
        column.addWidget(self.summary_label)
        column.addLayout(grid)
        column.addWidget(self.legend_label)
        column.addLayout(bars)
        column.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.setStyleSheet(
            "QPushButton#periodButton:checked { background: palette(highlight);"
            " color: palette(highlighted-text); border-color: palette(highlight); }")
        self.period_group.idClicked.connect(self.show_period)
        # No refresh here: showEvent refreshes, and a page made hidden would do it twice.

    # -- public ----------------------------------------------------------------------

    @Slot(int)
    def show_period(self, days: int) -> None:
        self.period = days
        self.period_buttons[days].setChecked(True)
        self.refresh()

    def refresh(self) -> None:
        if not self._vault.is_open:
            return
        trends = self._store.trends(self._today(), self.period)
        self.trends = trends
        pal = self.palette()
        for metric, chart in self.charts.items():
            chart.show_series(trends.series[metric], pal)
        items = {i.id: selfcare_name(i) for i in self._store.selfcare_items()}
        triggers = {t.id: t.name for t in self._store.triggers()}
        self.selfcare_chart.show_bars(
            [(items[i], n) for i, n in trends.selfcare if i in items], pal)
        self.trigger_chart.show_bars(
            [(triggers[i], n) for i, n in trends.triggers if i in triggers], pal)
        if trends.checkin_days:
            self.summary_label.setText(self.tr("Check-ins on %n day(s) in this period.", "",
                                               trends.checkin_days))
        else:
            self.summary_label.setText(self.tr("No check-ins in this period yet. The charts "
                                               "fill in as you check in."))
        window = trends.series[CHART_METRICS[0]].window
        self.legend_label.setText(self.tr("Dots: each day. Line: the average of the last "
                                          "%n day(s).", "", window))

    # -- events ----------------------------------------------------------------------

    def showEvent(self, event: object) -> None:  # type: ignore[override]
        self.refresh()  # check-ins may have changed on the other pages
        super().showEvent(event)  # type: ignore[arg-type]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and self.trends is not None:
            self.refresh()  # light or dark
        super().changeEvent(event)
