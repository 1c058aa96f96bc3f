"""The summary as one HTML document (printed to PDF by the GUI). Her entries' Markdown
becomes HTML from escaped text (`markdown_html`): only our own tags, nothing loaded."""

from __future__ import annotations

import html
import re
from collections.abc import Mapping

from journal.report.blocks import (
    Block,
    BulletList,
    Chart,
    EntryBlock,
    EntryStream,
    Paragraph,
    Report,
    Subheading,
    Table,
)
from journal.report.markdown_writer import ATX, CODE_SPAN, FENCE, SETEXT, atx_text
from journal.report.words import words

_CSS = """
body { font-family: 'Noto Sans', 'DejaVu Sans', sans-serif; font-size: 10.5pt;
       color: #2b2b2b; }
h1 { font-size: 20pt; font-weight: 600; color: #7a3e26; margin-bottom: 4px; }
h2 { font-size: 14pt; font-weight: 600; color: #7a3e26; margin-top: 22px;
     margin-bottom: 6px; }
h3 { font-size: 11.5pt; font-weight: 600; margin-top: 14px; margin-bottom: 4px; }
p.heading { font-size: 10.5pt; font-weight: 600; color: #5b4a42; margin-top: 10px;
            margin-bottom: 2px; }
blockquote { margin-left: 16px; }
.quote { color: #5b4a42; font-style: italic; }
code, pre { font-family: 'DejaVu Sans Mono', monospace; font-size: 9.5pt; }
p { margin-top: 4px; margin-bottom: 6px; }
.subtle { color: #6b6b6b; font-style: italic; }
.meta { color: #6b6b6b; font-size: 9.5pt; }
.confidential { color: #a33a2a; font-weight: 600; letter-spacing: 1px; }
.cover td { padding: 2px 12px 2px 0; }
table.data { border-collapse: collapse; margin-top: 4px; margin-bottom: 8px; }
table.data th { background-color: #f1e7e0; text-align: left; padding: 4px 8px; }
table.data td { border-bottom: 1px solid #e4d8cf; padding: 4px 8px; }
"""


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


_BULLET = re.compile(r"^ {0,3}[-*+][ \t]+(.*)$")
_NUMBERED = re.compile(r"^ {0,3}(\d{1,9})[.)][ \t]+(.*)$")
_QUOTE = re.compile(r"^ {0,3}> ?(.*)$")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
# Emphasis never spans its own marker (a "*" inside "*...*"), so every pattern scans
# only up to the next marker: linear time, whatever she pasted in.
_INLINE = [
    (re.compile(r"\*\*\*([^\s*](?:[^*]*[^\s*])?)\*\*\*"), r"<b><i>\1</i></b>"),
    (re.compile(r"\*\*([^\s*](?:(?:[^*]|\*(?!\*))*?[^\s*])?)\*\*"), r"<b>\1</b>"),
    (re.compile(r"(?<!\w)__([^\s_](?:(?:[^_]|_(?!_))*?[^\s_])?)__(?!\w)"), r"<b>\1</b>"),
    (re.compile(r"\*([^\s*](?:[^*]*[^\s*])?)\*"), r"<i>\1</i>"),
    (re.compile(r"(?<!\w)_([^\s_](?:[^_]*[^\s_])?)_(?!\w)"), r"<i>\1</i>"),
    (re.compile(r"~~([^\s~](?:(?:[^~]|~(?!~))*?[^\s~])?)~~"), r"<s>\1</s>"),
]
_LINK = re.compile(r"!?\[([^\[\]]*)\]\(([^()\s]*)(?:\s+&quot;[^()]*?&quot;)?\)")
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")


def _inline(text: str) -> str:
    """One piece of her text as HTML: escaped first, then **bold**, *italic*, ~~struck~~
    and `code` become our own tags. A link shows its text and address; an image its
    description only: nothing is ever loaded."""
    # A NUL has no meaning in a document, and the placeholders below are made of them:
    # one in her text (pasted, imported) would be taken for one.
    text = html.escape(text.replace("\x00", ""), quote=True)
    held: list[str] = []

    def hold(fragment: str) -> str:
        held.append(fragment)
        return f"\x00{len(held) - 1}\x00"

    text = CODE_SPAN.sub(lambda m: hold("<code>" + m.group(0).strip("`").strip()
                                         + "</code>"), text)
    text = _ESCAPED.sub(lambda m: hold(m.group(1)), text)

    def link(m: re.Match[str]) -> str:
        label_, url = m.group(1), m.group(2)
        if m.group(0).startswith("!") or not url:
            return label_
        return f"{label_} ({hold(url)})" if label_ and label_ != url else hold(url)

    text = _LINK.sub(link, text)
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    return re.sub("\x00(\\d+)\x00", lambda m: held[int(m.group(1))], text)


def markdown_html(body: str, *, depth: int = 0) -> str:
    """Her entry (Markdown) as HTML for the document: paragraphs (a single line break
    kept), her headings in bold below ours, lists, quotes, rules and code. Every
    character of hers is escaped; only our own tags are made, so no HTML she typed or
    imported (a <script>, an <img>) ever reaches the page."""
    cls = " class=\"quote\"" if depth else ""
    out: list[str] = []
    para: list[str] = []
    items: list[str] = []
    list_tag = ""
    quote: list[str] = []
    code: list[str] | None = None
    fence = ""

    def flush() -> None:
        nonlocal list_tag
        if para:
            out.append(f"<p{cls}>" + "<br>".join(_inline(x.strip()) for x in para) + "</p>")
            para.clear()
        if items:
            out.append(f"<{list_tag}{cls}>" + "".join(f"<li>{_inline(i)}</li>" for i in items)
                       + f"</{list_tag}>")
            items.clear()
            list_tag = ""
        if quote:
            inner = ("<p class=\"quote\">" + "<br>".join(_inline(q) for q in quote
                                                         if q.strip()) + "</p>"
                     if depth >= 3 else markdown_html("\n".join(quote), depth=depth + 1))
            out.append(f"<blockquote>{inner}</blockquote>")
            quote.clear()

    for line in body.replace("\r\n", "\n").split("\n"):
        if code is not None:
            if FENCE.match(line) and line.strip().strip(fence[0]) == "" and len(
                    line.strip()) >= len(fence):
                out.append("<pre>" + html.escape("\n".join(code)) + "</pre>")
                code = None
            else:
                code.append(line)
            continue
        opening = FENCE.match(line)
        if opening:
            flush()
            fence, code = opening.group(1), []
            continue
        if quote and (m := _QUOTE.match(line)):
            quote.append(m.group(1))
            continue
        if not line.strip():
            flush()
            continue
        if para and SETEXT.match(line):
            heading = " ".join(x.strip() for x in para)
            para.clear()
            out.append(f"<p class=\"heading\">{_inline(heading)}</p>")
            continue
        if (m := ATX.match(line)) is not None:
            flush()
            out.append(f"<p class=\"heading\">{_inline(atx_text(m))}</p>")
        elif _RULE.match(line):
            flush()
            out.append("<hr>")
        elif (m := _QUOTE.match(line)) is not None:
            flush()
            quote.append(m.group(1))
        elif (m := _BULLET.match(line)) or (m := _NUMBERED.match(line)):
            tag = "ul" if m.re is _BULLET else "ol"
            if para or (items and tag != list_tag):
                flush()
            list_tag = tag
            items.append(m.group(m.lastindex or 1))
        elif items and line.startswith((" ", "\t")):
            items[-1] += " " + line.strip()  # a list item that goes on
        else:
            if items:
                flush()
            para.append(line)
    if code is not None:  # a fence she never closed: her text, as written
        out.append("<pre>" + html.escape("\n".join(code)) + "</pre>")
    flush()
    return "".join(out)


def to_html(report: Report, *, chart_urls: Mapping[str, str] | None = None,
            chart_size: tuple[int, int] = (620, 190)) -> str:
    """The summary as one HTML document. `chart_urls` maps a chart's key to the image
    the caller provides (e.g. a QTextDocument resource); without it there are no charts."""
    c = report.cover
    w = words(report.options.lang)
    out = [f"<html lang=\"{_esc(report.options.lang)}\"><head><meta charset=\"utf-8\">",
           f"<title>{_esc(c.title)}</title><style>{_CSS}</style></head><body>",
           f"<h1>{_esc(c.title)}</h1>", "<table class=\"cover\">"]
    if c.name:
        out.append(f"<tr><td><b>{_esc(w['name'])}</b></td><td>{_esc(c.name)}</td></tr>")
    out += [f"<tr><td><b>{_esc(w['period'])}</b></td><td>{_esc(c.period)}</td></tr>",
            f"<tr><td><b>{_esc(w['made_on'])}</b></td><td>{_esc(c.made_on)}</td></tr>",
            "</table>",
            f"<p class=\"confidential\">{_esc(c.confidential.upper())}</p>"]
    for section in report.sections:
        out.append(f"<h2>{_esc(section.title)}</h2>")
        for block in section.blocks:
            out.append(_html_block(block, chart_urls or {}, chart_size))
    out.append("</body></html>")
    return "\n".join(out)


def _html_block(block: Block, chart_urls: Mapping[str, str],
                size: tuple[int, int]) -> str:
    match block:
        case Paragraph(text=text, subtle=subtle):
            return f"<p class=\"subtle\">{_esc(text)}</p>" if subtle else f"<p>{_esc(text)}</p>"
        case Subheading(text=text):
            return f"<h3>{_esc(text)}</h3>"
        case Table(header=header, rows=rows):
            head = "".join(f"<th>{_esc(h)}</th>" for h in header)
            body = "".join("<tr>" + "".join(f"<td>{_esc(v)}</td>" for v in row) + "</tr>"
                           for row in rows)
            return (f"<table class=\"data\" cellspacing=\"0\"><tr>{head}</tr>{body}"
                    "</table>")
        case BulletList(items=items):
            return "<ul>" + "".join(f"<li>{_esc(i)}</li>" for i in items) + "</ul>"
        case Chart(key=key, title=title):
            url = chart_urls.get(key)
            if url is None:
                return ""
            return (f"<p><img src=\"{_esc(url)}\" width=\"{size[0]}\" height=\"{size[1]}\""
                    f" alt=\"{_esc(title)}\"></p>")
        case EntryStream():  # the PDF lays out the whole document at once anyway
            with block.entries() as entries:
                return "".join(_html_block(entry, chart_urls, size) for entry in entries)
        case EntryBlock(heading=heading, meta=meta, body=body):
            parts = [f"<h3>{_esc(heading)}</h3>"]
            if meta:
                parts.append(f"<p class=\"meta\">{_esc(' · '.join(meta))}</p>")
            parts.append(markdown_html(body))
            return "".join(parts)
    raise TypeError(f"unknown block {block!r}")
