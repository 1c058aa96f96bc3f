"""Every delete in Haven asks first, so every control that deletes is named "Delete…",
and every question it asks says the same two things: what goes, for good, and "This
cannot be undone." (the sixth trial found bare "Delete" links on Support, Next session
and the crossing log, and a question without that line)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _tr_text(node: ast.AST) -> str | None:
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr == "tr" and node.args
            and isinstance(node.args[0], ast.Constant)):
        return node.args[0].value
    return None


def _trees() -> list[tuple[str, ast.AST]]:
    return [(str(p.relative_to(ROOT)), ast.parse(p.read_text(encoding="utf-8")))
            for p in sorted((ROOT / "ui").rglob("*.py"))]


def test_delete_without_dots_is_only_the_answer_in_the_question():
    """A bare "Delete" is the box's yes-button; anywhere else (a button, a link) the
    control opens the question, and says so with "…"."""
    answers, elsewhere, with_dots = 0, [], 0
    for where, tree in _trees():
        as_answer = {id(k.value) for n in ast.walk(tree) if isinstance(n, ast.Call)
                     for k in n.keywords if k.arg == "yes_text"}
        for node in ast.walk(tree):
            text = _tr_text(node)
            if text == "Delete":
                if id(node) in as_answer:
                    answers += 1
                else:
                    elsewhere.append((where, node.lineno))
            with_dots += text == "Delete…"
    assert answers >= 8 and with_dots >= 8  # the scan sees the app's deletes
    assert elsewhere == []


def test_every_delete_question_says_it_cannot_be_undone():
    asked, wrong = 0, []
    for where, tree in _trees():
        for func in (n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)):
            calls = [n for n in ast.walk(func) if isinstance(n, ast.Call)
                     and isinstance(n.func, ast.Attribute)
                     and n.func.attr in ("confirm", "confirm_with_option")
                     and any(k.arg == "yes_text" and _tr_text(k.value) == "Delete"
                             for k in n.keywords)]
            if not calls:
                continue
            asked += 1
            texts = [t for n in ast.walk(func) if (t := _tr_text(n))]
            if not any(t.endswith("This cannot be undone.") for t in texts):
                wrong.append((where, func.name))
    assert asked >= 8
    assert wrong == []
