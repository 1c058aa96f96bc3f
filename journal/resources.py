"""Read-only data files shipped in the `resources` package (prompts, demo content)."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any


def load_json(*parts: str) -> Any:
    path = resources.files("resources")
    for part in parts:
        path = path.joinpath(part)
    return json.loads(path.read_text(encoding="utf-8"))
