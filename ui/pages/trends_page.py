"""Trends: mood, anxiety, feeling safe and sleep over a week, a month, three months or
a year, with a rolling average; how often each self-care item helped; the triggers met
most often.

Each day's value is a dot; the rolling average is a line that breaks where she did not
check in for longer than its window. Nothing counts streaks or missed days.
"""

from __future__ import annotations

import math
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
from PySide6.QtCore import (
    QDateTime,
    QEvent,
    QLocale,
    QMargins,
    QPointF,
    Qt,
    QTime,
    QTimer,
    Slot,
)
from PySide6.QtGui import QBrush, QColor, QCursor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from journal.checkin_models import CHART_METRICS, MetricSeries, SelfCareItem, Trends, Trigger
from journal.checkins import PERIODS, CheckinStore, segments
from journal.errors import VaultLocked
from journal.vault import Vault
from ui import dates, messages, workers
from ui.hub import Hub
from ui.pages.checkin_form import metric_name, selfcare_name
from ui.pages.refresh import ReloadOnChange
from ui.settings import Settings
from ui.widgets import label, scrolling_page

# One colour per measure, readable on cream and on charcoal.
METRIC_COLOURS = {"mood": "#C0704F", "anxiety": "#7E79B8", "safety": "#5E9A78",
                  "sleep_hours": "#4F8DB5"}
BAR_COLOUR = "#C0704F"
TRIGGER_COLOUR = "#8E7CA8"
CHART_HEIGHT = 230


def _msecs(day: date) -> float:
    """Local noon of a day as the chart's x (ms since the epoch)."""
    return datetime.combine(day, time(12)).timestamp() * 1000


def nice_axis(top: float, max_ticks: int = 6) -> tuple[float, int]:
    """An axis from 0 that reaches `top` in whole, evenly spaced steps of 1, 2, 5, 10,
    20, 50 …: (its end, how many ticks). 0 2 4 6 8 10, never 0 2 3 5 7 9."""
    step = 1
    while math.ceil(top / step) > max_ticks - 1:
        step = step * 5 // 2 if str(step)[0] == "2" else step * 2
    steps = max(1, math.ceil(top / step))
    return float(steps * step), steps + 1


class MetricChart(QChartView):
    """One measure: a dot per day, the rolling average as a line that breaks at gaps.

    The chart, its series and axes are made once and filled again on each refresh: a new
    QChart per refresh cost more than everything else on the page."""

    def __init__(self, metric: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.metric_key = metric
        self.colour = QColor(METRIC_COLOURS[metric])
        self.rolling_series: list[QLineSeries] = []  # the lines drawn now, one per run
        self._lines: list[QLineSeries] = []  # every line made so far (spares hidden)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(CHART_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(metric_name(metric))
        # The chart is filled before it is set on the view: far cheaper the first time
        # than filling a chart that is shown already.
        chart = QChart()
        chart.setLocalizeNumbers(True)
        chart.legend().hide()
        chart.setTitle(metric_name(metric))
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(10)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.daily_series = QScatterSeries()
        self.daily_series.setMarkerSize(7)
        faded = QColor(self.colour)
        faded.setAlpha(150)
        self.daily_series.setColor(faded)
        self.daily_series.setBorderColor(faded)
        chart.addSeries(self.daily_series)
        self.x_axis = QDateTimeAxis()
        self.y_axis = QValueAxis()
        self.y_axis.setTickCount(6)
        self.y_axis.setLabelFormat("%.0f")
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self.daily_series.attachAxis(self.x_axis)
        self.daily_series.attachAxis(self.y_axis)
        self._chart = chart  # set on the view once filled
        self._shown: tuple[MetricSeries, QPalette, str] | None = None

    def show_series(self, series: MetricSeries, pal: QPalette) -> None:
        shown = (series, QPalette(pal), QLocale().name())
        if shown == self._shown:
            return  # nothing changed since (e.g. back from another page)
        self._shown = shown
        chart = self._chart
        chart.setLocale(QLocale())
        style_chart(chart, pal)
        dots = self.daily_series
        size = 7 if len(series.days) <= 90 else 4
        if dots.markerSize() != size:  # each call makes every marker again
            dots.setMarkerSize(size)
        xs = [_msecs(day) for day in series.days]
        # One replace() per series: far quicker than a signal per appended point.
        dots.replace([QPointF(x, v) for x, v in zip(xs, series.values, strict=True)
                      if v is not None])
        runs = segments(series.rolling)
        while len(self._lines) < len(runs):
            line = QLineSeries()
            line.setPen(QPen(self.colour, 2.6))
            chart.addSeries(line)
            line.attachAxis(self.x_axis)
            line.attachAxis(self.y_axis)
            self._lines.append(line)
        for line, run in zip(self._lines, runs, strict=False):
            line.replace([QPointF(xs[index], value) for index, value in run])
            line.setPointsVisible(len(run) == 1)
            line.setVisible(True)
        for spare in self._lines[len(runs):]:
            spare.clear()
            spare.setVisible(False)
        self.rolling_series = self._lines[:len(runs)]

        x_axis, y_axis = self.x_axis, self.y_axis
        x_axis.setFormat("d MMM" if len(series.days) <= 90 else "MMM")
        x_axis.setTickCount({7: 7, 30: 6, 90: 7}.get(len(series.days), 7))
        x_axis.setRange(QDateTime(dates.qdate(series.days[0]), QTime(0, 0)),
                        QDateTime(dates.qdate(series.days[-1]), QTime(23, 59)))
        top = 10.0
        if self.metric_key == "sleep_hours":
            present = [v for v in series.values if v is not None]
            top = max(10.0, max(present, default=0.0) + 1)
        top, ticks = nice_axis(top)
        y_axis.setRange(0, top)
        y_axis.setTickCount(ticks)
        style_axis(x_axis, pal)
        style_axis(y_axis, pal)
        if self.chart() is not chart:
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
    """Horizontal bars with names, most first at the top (made once, filled again on
    each refresh)."""

    def __init__(self, name: str, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = name
        self.colour = colour
        self.bars: list[tuple[str, int]] = []
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        chart = QChart()
        chart.legend().hide()
        chart.setTitle(name)
        chart.setLocalizeNumbers(True)
        chart.setMargins(QMargins(4, 4, 12, 4))
        chart.setBackgroundRoundness(10)
        self.bar_set = QBarSet(name)
        self.bar_set.setColor(QColor(colour))
        self.bar_set.setBorderColor(QColor(colour))
        self.series = QHorizontalBarSeries()
        self.series.append(self.bar_set)
        self.series.setBarWidth(0.6)
        self.series.setLabelsVisible(True)
        self.series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(self.series)
        self.names = QBarCategoryAxis()
        self.counts = QValueAxis()
        self.counts.setLabelFormat("%.0f")
        for axis, side in ((self.names, Qt.AlignmentFlag.AlignLeft),
                           (self.counts, Qt.AlignmentFlag.AlignBottom)):
            chart.addAxis(axis, side)
            self.series.attachAxis(axis)
        self.counts.setGridLineVisible(False)
        # A long name is shortened on the axis; pointing at its bar shows it whole.
        self.series.hovered.connect(self._on_hovered)
        self._chart = chart  # set on the view once filled, as MetricChart
        self._shown: tuple[list[tuple[str, int]], QPalette, str] | None = None
        self.setAccessibleName(name)

    def show_bars(self, bars: list[tuple[str, int]], pal: QPalette) -> None:
        shown = (list(bars), QPalette(pal), QLocale().name())
        if shown == self._shown:
            return  # nothing changed since
        self._shown = shown
        self.bars = bars
        chart = self._chart
        chart.setLocale(QLocale())
        style_chart(chart, pal)
        rows = list(reversed(bars))  # the largest at the top
        self.bar_set.remove(0, self.bar_set.count())
        self.bar_set.append([float(n) for _name, n in rows])
        self.bar_set.setLabelColor(pal.color(QPalette.ColorRole.Text))
        self.names.setCategories([name for name, _n in rows] or [" "])
        top = max((n for _name, n in bars), default=1)
        end, ticks = nice_axis(top * 1.15 + 0.5)  # room for the count after the bar
        self.counts.setRange(0, end)
        self.counts.setTickCount(ticks)
        self.setToolTip("")
        self.setAccessibleDescription("; ".join(f"{name}: {n}" for name, n in bars))
        for axis in (self.names, self.counts):
            style_axis(axis, pal)
        self.counts.setGridLineVisible(False)
        self.setMinimumHeight(90 + 30 * max(1, len(bars)))
        self.setMaximumHeight(self.minimumHeight())
        if self.chart() is not chart:
            old = self.chart()
            self.setChart(chart)
            old.deleteLater()


    def tooltip_for(self, index: int) -> str:
        """The full name and count of the bar at `index` (counted from the bottom)."""
        shown = list(reversed(self.bars))
        if not 0 <= index < len(shown):
            return ""
        name, n = shown[index]
        return f"{name}: {n}"

    @Slot(bool, int, QBarSet)
    def _on_hovered(self, status: bool, index: int, _bar_set: QBarSet) -> None:
        text = self.tooltip_for(index) if status else ""
        self.setToolTip(text)
        if text:
            QToolTip.showText(QCursor.pos(), text, self)


class TrendsPage(QWidget):
    def __init__(self, vault: Vault, hub: Hub, settings: Settings,
                 parent: QWidget | None = None, *,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.setObjectName("trendsPage")
        self._vault = vault
        self._settings = settings
        self._today = today
        self.period = 30
        self.trends: Trends | None = None
        # Read on a worker (the first read after unlock decrypts its pages: tens of ms),
        # then the charts filled one per turn of the event loop: all six at once kept
        # the GUI thread busy for 60-170 ms at a year of check-ins (bench/RESULTS.md).
        self._reads = workers.NewestWins(self)
        self._fills: list[Callable[[], None]] = []
        self._fill_timer = QTimer(self)
        self._fill_timer.setSingleShot(True)
        self._fill_timer.setInterval(0)
        self._fill_timer.timeout.connect(self._fill_next)

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
        # One above the other, each as wide as the page: long names get the room.
        bars = QVBoxLayout()
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

        scrolling_page(self, content)
        # The checked period's look is in the app's style sheet (base.qss): a page's own
        # sheet would make every widget of the page be styled again.
        self.period_group.idClicked.connect(self.show_period)
        # Check-ins, self-care items and triggers are written on the check-in page.
        ReloadOnChange(hub, self, self.refresh, ("checkin",), first_show=True,
                       today=self._today)

    # -- public ----------------------------------------------------------------------

    @Slot(int)
    def show_period(self, days: int) -> None:
        self.period = days
        self.period_buttons[days].setChecked(True)
        self.refresh()

    @property
    def filling(self) -> bool:
        """Whether the figures are still being read, or some charts still wait for them
        (a turn or a few of the event loop)."""
        return self._reads.busy or bool(self._fills)

    def refresh(self) -> None:
        """Read the figures of the period shown again, on a worker; the newest read wins."""
        if not self._vault.is_open:
            return
        vault, end, days = self._vault, self._today(), self.period

        def read() -> tuple[Trends, list[SelfCareItem], list[Trigger]]:
            # On a reader connection: her saves and the GUI thread's queries go on.
            with vault.reading() as snapshot:
                store = CheckinStore(snapshot)
                return store.trends(end, days), store.selfcare_items(), store.triggers()

        self._reads.submit(read, self._on_read, self._on_read_failed)

    # -- events ----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and self.trends is not None:
            self.refresh()  # light or dark
        super().changeEvent(event)

    # -- private slots ---------------------------------------------------------------

    def _on_read(self, read: tuple[Trends, list[SelfCareItem], list[Trigger]]) -> None:
        trends, selfcare_items, trigger_list = read
        self.trends = trends
        pal = self.palette()
        items = {i.id: selfcare_name(i) for i in selfcare_items}
        triggers = {t.id: t.name for t in trigger_list}
        selfcare = [(items[i], n) for i, n in trends.selfcare if i in items]
        met = [(triggers[i], n) for i, n in trends.triggers if i in triggers]
        # What a fill still waiting would show is older: these replace it.
        self._fills = [
            *(lambda c=chart, m=metric: c.show_series(trends.series[m], pal)
              for metric, chart in self.charts.items()),
            lambda: self.selfcare_chart.show_bars(selfcare, pal),
            lambda: self.trigger_chart.show_bars(met, pal)]
        self._fill_next()
        if trends.checkin_days:
            self.summary_label.setText(self.tr("Check-ins on %n days in this period.", "",
                                               trends.checkin_days))
        else:
            self.summary_label.setText(self.tr("No check-ins in this period yet. The charts "
                                               "fill in as you check in."))
        window = trends.series[CHART_METRICS[0]].window
        self.legend_label.setText(self.tr("Dots: each day. Line: the average of the last "
                                          "%n days.", "", window))

    def _on_read_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, VaultLocked):  # locked meanwhile: nothing to show
            messages.error(self, self.tr("Trends"), messages.error_text(exc))

    @Slot()
    def _fill_next(self) -> None:
        """One chart now, the next on the next turn of the event loop."""
        if self._fills:
            self._fills.pop(0)()
        if self._fills:
            self._fill_timer.start()
