"""A button's `clicked` (and an action's `triggered`) passes `checked` to a slot that can
take it: a slot with a parameter that has a default gets False there, not its default.
"Add what happened" skipped putting the cursor in the form that way (the sixth trial)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SIGNALS = {"clicked", "triggered"}


def connections() -> list[tuple[str, int, str]]:
    """(file, line, slot name) of every `….clicked.connect(….name)` under ui/."""
    found = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "connect" and node.args
                    and isinstance(node.func.value, ast.Attribute)
                    and node.func.value.attr in SIGNALS):
                slot = node.args[0]
                name = (slot.attr if isinstance(slot, ast.Attribute)
                        else slot.id if isinstance(slot, ast.Name) else None)
                if name:
                    found.append((str(path.relative_to(ROOT)), node.lineno, name))
    return found


def defaults_by_name() -> dict[str, set[str]]:
    """For each function name under ui/, the parameters with a default it has anywhere."""
    found: dict[str, set[str]] = {}
    for path in (ROOT / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                positional = node.args.posonlyargs + node.args.args
                with_default = positional[len(positional) - len(node.args.defaults):]
                found.setdefault(node.name, set()).update(
                    a.arg for a in with_default if a.arg != "checked")
    return found


def test_no_clicked_slot_has_a_default_that_checked_would_replace():
    found = connections()
    assert len(found) > 50  # the scan sees the app's buttons
    defaults = defaults_by_name()
    wrong = [(where, line, name, sorted(defaults[name])) for where, line, name in found
             if defaults.get(name)]
    assert wrong == []
