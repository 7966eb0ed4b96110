"""
The public API: names, signatures, and typed errors for bad arguments.
"""

from __future__ import annotations

import datetime as dt
import gc
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

import newsevents
from newsevents import pipeline
from newsevents.article import parse_article

PUBLISHED = [
    ("2020-03-18", dt.date(2020, 3, 18), "ISO date string"),
    (
        "2020-03-18T23:10:00+01:00",
        dt.date(2020, 3, 18),
        "ISO datetime string: its own calendar date",
    ),
    (dt.date(2020, 3, 18), dt.date(2020, 3, 18), "date"),
    (dt.datetime(2020, 3, 18, 9, 30), dt.date(2020, 3, 18), "datetime"),
    (None, None, "no date"),
]


class TestParseArguments:
    """
    `parse()` accepts dates in the documented forms and refuses the rest by name.
    """

    @pytest.mark.parametrize(
        ("published", "expected", "why"), PUBLISHED, ids=[c[2] for c in PUBLISHED]
    )
    def test_published_forms(self, published: object, expected: dt.date | None, why: str) -> None:
        """
        Every accepted form of `published` becomes the calendar date.
        """
        assert expected == newsevents.parse("x", published=published).published  # type: ignore[arg-type]

    @pytest.mark.parametrize(
        ("published", "error", "message"),
        [
            ("2020-02-30", newsevents.InvalidDateError, "2020-02-30"),
            ("March 18", newsevents.InvalidDateError, "March 18"),
            (20200318, newsevents.InvalidArgumentError, "20200318"),
            (["2020-03-18"], newsevents.InvalidArgumentError, "list"),
        ],
        ids=["impossible date", "not ISO", "int", "list"],
    )
    def test_bad_published(self, published: object, error: type[Exception], message: str) -> None:
        """
        A bad `published` raises a typed error that names the value.
        """
        with pytest.raises(error, match=message):
            newsevents.parse("x", published=published)  # type: ignore[arg-type]

    @pytest.mark.parametrize(
        ("text", "message"),
        [(b"bytes", "decode"), (None, "NoneType"), (42, "int")],
        ids=["bytes", "None", "int"],
    )
    def test_bad_text(self, text: object, message: str) -> None:
        """
        Non-string text raises InvalidArgumentError; bytes are told to decode.
        """
        with pytest.raises(newsevents.InvalidArgumentError, match=message):
            newsevents.parse(text)  # type: ignore[arg-type]

    def test_errors_share_a_base(self) -> None:
        """
        Every error the API raises is a NewsEventsError, and argument errors are TypeErrors.
        """
        assert issubclass(newsevents.InvalidArgumentError, newsevents.NewsEventsError)
        assert issubclass(newsevents.InvalidArgumentError, TypeError)
        assert issubclass(newsevents.InvalidDateError, ValueError)


class TestExports:
    """
    The names design.md promises are exported, and `__all__` is sorted.
    """

    @pytest.mark.parametrize(
        "name",
        [
            "parse",
            "parse_many",
            "find_times",
            "resolve_time",
            "parse_quantity",
            "to_json",
            "from_json",
            "json_schema",
            "NewsEventsError",
            "Article",
            "TimeExpression",
            "Quantity",
            "Actor",
            "Statement",
            "Casualty",
            "Agreement",
            "Span",
        ],
    )
    def test_exported(self, name: str) -> None:
        """
        The public name is importable from the package.
        """
        assert name in newsevents.__all__
        assert getattr(newsevents, name) is not None

    def test_all_sorted(self) -> None:
        """
        `__all__` is sorted, so diffs stay readable.
        """
        assert sorted(newsevents.__all__) == newsevents.__all__

    def test_every_name_in_all_is_there(self) -> None:
        """
        Each name of `__all__` reads from the package and is listed by `dir`.
        """
        missing = [
            name
            for name in newsevents.__all__
            if getattr(newsevents, name, None) is None or name not in dir(newsevents)
        ]

        assert [] == missing

    def test_unknown_name(self) -> None:
        """
        A name the package does not have is an `AttributeError` naming it.
        """
        with pytest.raises(AttributeError, match="'no_such_name'"):
            newsevents.no_such_name  # noqa: B018

    def test_times_without_the_extractors(self) -> None:
        """
        ``import newsevents`` and `find_times` leave the extractors' rule tables uncompiled.

        The casualty rules take seconds to compile; a reader of dates does not pay for them.
        `parse` brings them in the first time it is asked for, and is the pipeline's.
        """
        script = (
            "import sys, newsevents\n"
            "value = newsevents.find_times('last month', '2020-03-18')[0].value\n"
            "heavy = sorted(m for m in sys.modules if m.startswith('newsevents.extractors'))\n"
            "from newsevents import parse\n"
            "import newsevents.pipeline\n"
            "print(value, heavy, parse is newsevents.pipeline.parse)\n"
        )
        completed = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, check=True
        )

        assert "2020-02 [] True" == completed.stdout.strip()


class TestBudget:
    """
    `parse(budget=...)` stops cleanly with a typed error instead of running on.
    """

    def test_exhausted_budget_raises(self) -> None:
        """
        A budget too small for any work raises TimeBudgetExceededError naming the stage.
        """
        with pytest.raises(newsevents.TimeBudgetExceededError, match="stage"):
            newsevents.parse(
                "Truce agreed\n\nThe rebels agreed a truce on Monday. " * 2_000, budget=1e-9
            )

    def test_ample_budget_changes_nothing(self) -> None:
        """
        Within its budget, parse gives the same article as without one.
        """
        text = "Truce agreed\n\nThe rebels agreed a truce on Monday, officials said."

        assert newsevents.parse(text, published="2020-03-18") == newsevents.parse(
            text, published="2020-03-18", budget=60
        )

    @pytest.mark.parametrize(
        "budget", [0, -1, "5", True], ids=["zero", "negative", "string", "bool"]
    )
    def test_bad_budget(self, budget: object) -> None:
        """
        A budget that is not a positive number is refused by name.
        """
        with pytest.raises(newsevents.InvalidArgumentError, match="budget"):
            newsevents.parse("x", budget=budget)  # type: ignore[arg-type]


#: A text long enough for `parse` to pause the garbage collector (`pipeline._PAUSE_CHARS`).
_LONG = "Police said it was fine.\n\n" * 5_000


class TestCollectorPause:
    """
    `parse` pauses the cyclic garbage collector while it reads a long text, and only then.
    """

    @pytest.fixture(autouse=True)
    def _collector_restored(self) -> Iterator[None]:
        """
        Whatever a test does, the collector runs again after it.
        """
        yield
        gc.enable()

    @pytest.mark.parametrize(
        ("text", "expected"),
        [(_LONG, False), ("Police said it was fine.", True)],
        ids=["long text: paused", "short text: left alone"],
    )
    def test_paused_while_reading(
        self, monkeypatch: pytest.MonkeyPatch, text: str, expected: bool
    ) -> None:
        """
        While a long text is read the collector is off; a short one leaves it alone.
        """
        seen: list[bool] = []

        def spy(text: str, **kwargs: Any) -> newsevents.Article:
            seen.append(gc.isenabled())
            return parse_article(text, **kwargs)

        monkeypatch.setattr(pipeline, "parse_article", spy)
        newsevents.parse(text)
        assert [expected] == seen

    @pytest.mark.parametrize(("before"), [True, False], ids=["was on", "was off"])
    def test_state_restored(self, before: bool) -> None:
        """
        After a long text the collector is as it was: on if it ran, off if the caller stopped it.
        """
        if not before:
            gc.disable()
        newsevents.parse(_LONG)
        assert before == gc.isenabled()

    def test_restored_after_error(self) -> None:
        """
        A parse that stops on its budget still turns the collector back on.
        """
        with pytest.raises(newsevents.TimeBudgetExceededError):
            newsevents.parse(_LONG, budget=1e-9)
        assert gc.isenabled()

    def test_restored_after_threads(self) -> None:
        """
        Long texts read on eight threads at once leave the collector on when all are done.
        """
        with ThreadPoolExecutor(max_workers=8) as pool:
            articles = list(pool.map(newsevents.parse, [_LONG] * 8))
        assert (True, 1) == (gc.isenabled(), len({len(a.statements) for a in articles}))

    def test_reading_makes_no_cycles(self) -> None:
        """
        A parse makes no garbage that only the collector frees: pausing it delays nothing.
        """
        gc.collect()
        gc.disable()
        newsevents.parse(_LONG + "Rebels agreed a truce on Monday, officials said.")
        assert 0 == gc.collect()
