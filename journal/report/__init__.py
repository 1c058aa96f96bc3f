"""The therapist summary: built as data from the stores, rendered to Markdown and HTML.

No Qt here. The UI and the command line print the HTML to PDF (ui/report_pdf.py) with
the check-in charts as images; `to_html(..., chart_urls=...)` names the images.

A summary is a cover and a list of sections; a section is a title and blocks (a
paragraph, a table, a list, a chart, an entry). The package is split by job:

- blocks.py: the options and the data tree;
- sections.py: building each section from its store, in one fixed order;
- words.py: the summary's own words per language (resources/report/words.json);
- markdown_writer.py and html_writer.py: the two renderers, which know blocks only;
- files.py: writing a file whole (the Markdown as it is made), protecting a PDF.

Callers import from here.
"""

from __future__ import annotations

from journal.report.blocks import (
    Block,
    BulletList,
    Chart,
    Cover,
    EntryBlock,
    EntryChoice,
    EntryStream,
    Paragraph,
    Report,
    ReportOptions,
    Section,
    Subheading,
    Table,
)
from journal.report.files import encrypt_pdf, write_file, write_markdown
from journal.report.html_writer import markdown_html, to_html
from journal.report.markdown_writer import markdown_pieces, to_markdown
from journal.report.sections import (
    BUILDERS,
    DEFAULT_SECTIONS,
    OPT_IN,
    SECTIONS,
    build_report,
    entry_choices,
    last_month,
    last_week,
    name_replacer,
    since_last_session,
    support_roles,
)
from journal.report.words import LANGUAGES, format_date, words

__all__ = [
    "BUILDERS", "DEFAULT_SECTIONS", "LANGUAGES", "OPT_IN", "SECTIONS", "Block",
    "BulletList", "Chart", "Cover", "EntryBlock", "EntryChoice", "EntryStream", "Paragraph",
    "Report", "ReportOptions", "Section", "Subheading", "Table", "build_report",
    "encrypt_pdf", "entry_choices", "format_date", "last_month", "last_week",
    "markdown_html", "markdown_pieces", "name_replacer", "since_last_session",
    "support_roles", "to_html", "to_markdown", "words", "write_file", "write_markdown",
]
