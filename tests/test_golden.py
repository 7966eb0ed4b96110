"""
Golden files: whole articles and everything newsevents extracts from them.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

import newsevents

GOLDEN = Path(__file__).parent / "golden"
ARTICLES = sorted(GOLDEN.glob("*.txt"))
PUBLISHED = {"pompeo-reuters": "2020-03-18"}


def render(path: Path) -> dict[str, Any]:
    """
    What the golden JSON holds for the article at *path*.
    """
    published = PUBLISHED.get(path.stem)
    article = newsevents.parse(path.read_text(encoding="utf-8"), published=published)
    data = json.loads(newsevents.to_json(article))
    del data["newsevents"]  # the library version changes without the output changing
    del data["text"]  # the .txt beside it
    return {"published": published, "article": data}


class TestGolden:
    """
    Each golden article parses to exactly its recorded output.
    """

    @pytest.mark.parametrize("path", ARTICLES, ids=[p.stem for p in ARTICLES])
    def test_matches_golden(self, path: Path) -> None:
        """
        The parse output equals the reviewed golden JSON (``UPDATE_GOLDEN=1`` rewrites it).
        """
        actual = render(path)
        golden = path.with_suffix(".json")
        if os.environ.get("UPDATE_GOLDEN"):
            golden.write_text(
                json.dumps(actual, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
            )
        expected = json.loads(golden.read_text(encoding="utf-8"))

        assert expected == actual
