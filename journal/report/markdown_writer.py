"""The summary as Markdown. Her entries are Markdown too: they are kept as written below
the document's own headings, made safe inside it (`_md_body`)."""

from __future__ import annotations

import re
from collections.abc import Generator
from contextlib import closing

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
from journal.report.words import words


def _md_inline(text: str) -> str:
    """Her words on one line, safe inside a Markdown heading, list item or table cell."""
    text = " ".join(text.split())
    for ch in "\\`*_[]#|<>":
        text = text.replace(ch, "\\" + ch)
    return text


def to_markdown(report: Report) -> str:
    with closing(markdown_pieces(report)) as pieces:
        return "".join(pieces)


def markdown_pieces(report: Report) -> Generator[str, None, None]:
    """The summary as Markdown, a piece at a time: the entries are read in batches as
    they are written (EntryStream), so a caller that writes each piece holds one batch.
    A caller that may stop early closes it, which ends the read (`EntryStream.entries`)."""
    c = report.cover
    w = words(report.options.lang)
    out = [f"# {c.title}", ""]
    if c.name:
        out.append(f"**{w['name']}:** {_md_inline(c.name)}  ")
    out += [f"**{w['period']}:** {c.period}  ", f"**{w['made_on']}:** {c.made_on}  ",
            f"**{c.confidential.upper()}**", ""]
    pending = "\n".join(out)  # held back, so the document ends in exactly one newline
    for section in report.sections:
        lines = [f"## {_md_inline(section.title)}", ""]
        for block in section.blocks:
            if isinstance(block, EntryStream):
                with block.entries() as entries:
                    for entry in entries:
                        yield pending + "\n"
                        pending = "\n".join([*lines, *_md_block(entry)])
                        lines = []
            else:
                lines += _md_block(block)
        if lines:
            yield pending + "\n"
            pending = "\n".join(lines)
    yield pending.rstrip() + "\n"


def _md_block(block: Block) -> list[str]:
    match block:
        case Paragraph(text=text, subtle=subtle):
            return [f"*{_md_inline(text)}*" if subtle else _md_inline(text), ""]
        case Subheading(text=text):
            return [f"### {_md_inline(text)}", ""]
        case Table(header=header, rows=rows):
            lines = ["| " + " | ".join(_md_inline(h) for h in header) + " |",
                     "|" + "---|" * len(header)]
            lines += ["| " + " | ".join(_md_inline(v) for v in row) + " |" for row in rows]
            return [*lines, ""]
        case BulletList(items=items):
            return [*(f"- {_md_inline(i)}" for i in items), ""]
        case Chart():
            return []  # the table above holds the numbers; charts are for the PDF
        case EntryStream():
            with block.entries() as entries:
                return [line for entry in entries for line in _md_block(entry)]
        case EntryBlock(heading=heading, meta=meta, body=body):
            lines = [f"### {_md_inline(heading)}", ""]
            if meta:
                lines += [f"*{_md_inline(' · '.join(meta))}*", ""]
            return [*lines, *_md_body(body), ""]
    raise TypeError(f"unknown block {block!r}")


# Her own Markdown, as both writers read it.
ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+|$)(.*)$")  # a heading; see atx_text


def atx_text(m: re.Match[str]) -> str:
    """The text of a heading line without a closing run of "#". (Two steps rather than
    one regex, which took quadratic time on a long line of spaces.)"""
    text = m.group(2).rstrip(" \t")
    stripped = text.rstrip("#")
    if not stripped or stripped[-1] in " \t":
        text = stripped
    return text.strip()


SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
CODE_SPAN = re.compile(r"(`+)(?:.|\n)*?(?<!`)\1(?!`)")


def _md_body(body: str) -> list[str]:
    """Her entry as she wrote it (Markdown), made safe inside the document: her headings
    (also underlined ones) sit below ours as "####", a code fence she left open is
    closed, and "<" is escaped so no HTML she typed or imported reaches a reader."""
    out: list[str] = []
    fence = ""
    for line in body.replace("\r\n", "\n").strip("\n").split("\n"):
        opening = FENCE.match(line)
        if fence:
            out.append(line)
            if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(
                    fence) and not line.strip().strip(fence[0]):
                fence = ""
            continue
        if opening:
            fence = opening.group(1)
            out.append(line)
            continue
        heading = ATX.match(line)
        if heading:
            out.append("#### " + _escape_html(atx_text(heading)))
            continue
        prev = out[-1] if out else ""
        if SETEXT.match(line) and prev.strip() and not ATX.match(prev) and not re.match(
                r"^ {0,3}([-*+>]|\d+[.)])( |$)", prev):
            out[-1] = "#### " + prev.strip()
            continue
        out.append(_escape_html(line))
    if fence:
        out.append(fence)
    return out


def _escape_html(line: str) -> str:
    """`<` escaped outside inline code, so a Markdown reader shows it as text."""
    parts, last = [], 0
    for m in CODE_SPAN.finditer(line):
        parts += [line[last:m.start()].replace("<", "\\<"), m.group(0)]
        last = m.end()
    parts.append(line[last:].replace("<", "\\<"))
    return "".join(parts)
