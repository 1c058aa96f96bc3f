"""The summary as data: its options, the cover, sections and the blocks both writers
render (a paragraph, a subheading, a table, a list, a chart, an entry, and the stream
of entries read as they are written)."""

from __future__ import annotations

from array import array
from collections.abc import Callable, Generator
from contextlib import closing
from dataclasses import dataclass, field
from datetime import date

from journal.checkin_models import MetricSeries


@dataclass(frozen=True)
class ReportOptions:
    start: date
    end: date
    # None: the usual sections (sections.DEFAULT_SECTIONS); her path and timeline only
    # when named here
    sections: tuple[str, ...] | None = None
    lang: str = "en"
    name: str = ""  # her name or initials on the cover, if she wants
    all_entries: bool = False  # every entry in the period, not only the shared ones
    entry_ids: frozenset[int] | None = None  # exactly these (ticked in the preview)
    include_moods: bool = True
    include_tags: bool = True
    names_as_roles: bool = False  # support people's names become "Trusted person 1"...
    made_on: date | None = None  # today


@dataclass(frozen=True)
class Cover:
    title: str
    name: str
    period: str
    made_on: str
    confidential: str


@dataclass(frozen=True)
class Paragraph:
    text: str
    subtle: bool = False


@dataclass(frozen=True)
class Subheading:
    text: str


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class BulletList:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Chart:
    """A check-in chart: drawn by the UI; `key` names its image (see to_html)."""

    key: str
    title: str
    series: MetricSeries
    maximum: float


@dataclass(frozen=True)
class EntryBlock:
    entry_id: int
    heading: str  # date and title
    meta: tuple[str, ...]  # mood and tags, when she includes them
    body: str


@dataclass(frozen=True)
class EntryStream:
    """The journal entries of a summary, not held but read when written: `ids` (8 bytes
    each) in the summary's order, and `read()` giving their blocks a batch at a time. So
    a summary of years of long entries holds one batch of them at a time, however many
    there are (the writers iterate `entries()`; see sections.ENTRY_BATCH)."""

    ids: array[int]
    read: Callable[[], Generator[EntryBlock, None, None]]

    def entries(self) -> closing[Generator[EntryBlock, None, None]]:
        """Its entries, read as they are iterated, for a `with`: the read ends with it,
        also when writing fails halfway. A paused read holds a reader connection of the
        vault's until it is collected (later still when the failure is kept), and a
        lock waits for that connection."""
        return closing(self.read())


Block = Paragraph | Subheading | Table | BulletList | Chart | EntryBlock | EntryStream


@dataclass
class Section:
    key: str
    title: str
    blocks: list[Block] = field(default_factory=list)


@dataclass
class Report:
    options: ReportOptions
    cover: Cover
    sections: list[Section]

    def charts(self) -> list[Chart]:
        return [b for s in self.sections for b in s.blocks if isinstance(b, Chart)]

    def entry_ids(self) -> list[int]:
        ids: list[int] = []
        for s in self.sections:
            for b in s.blocks:
                if isinstance(b, EntryBlock):
                    ids.append(b.entry_id)
                elif isinstance(b, EntryStream):
                    ids.extend(b.ids)
        return ids


@dataclass(frozen=True)
class EntryChoice:
    """An entry she can tick in the preview."""

    id: int
    entry_date: date
    title: str
    shared: bool
