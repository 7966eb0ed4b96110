"""
Expressions found by the session 64 reading of news the rules were not written on.

Each case is ``(text, reference, expected, why)``; the sentences are invented. The cases of
`PARSED` are whole pages read by `parse`, whose paragraphs are scanned one by one.
"""

from __future__ import annotations

import pytest

from newsevents import find_times, parse

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

WORDS: list[Case] = []

PARSED: list[Case] = [
    # a video's caption above the story, closed by its stamp: the stamp dates the story
    (
        (
            "Teen hurt when rifle goes off in garage\n\n"
            "A 15-year-old boy was flown to a trauma center after his cousin's rifle went off"
            " in a garage, troopers said. (Published Sunday, June 7, 2015)\n\n"
            "More videos (1 of 6)\n\n"
            "UP NEXT\n\n"
            "A 15-year-old boy was hurt when a rifle went off in a garage, troopers said.\n\n"
            "The boy was hit at a home on Mill Road at about 4:15 p.m., troopers said."
        ),
        "2015-06-08",
        (("Sunday, June 7, 2015", "2015-06-07"), ("about 4:15 p.m.", "2015-06-07T16:15")),
        "caption-stamp-above-the-story",
    ),
    (
        (
            "Teen hurt when rifle goes off in garage\n\n"
            "More videos (Published Sunday, June 7, 2015) of the week's news from the"
            " county and the towns around it\n\n"
            "UP NEXT\n\n"
            "A 15-year-old boy was hurt when a rifle went off in a garage, troopers said.\n\n"
            "The boy was hit at a home on Mill Road at about 4:15 p.m., troopers said."
        ),
        "2015-06-08",
        (("about 4:15 p.m.", "2015-06-08T16:15"),),
        "caption-stamp-not-closing-its-paragraph-is-unread",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(WORDS))
def test_session_64_words(text: str, reference: str | None, expected: Found) -> None:
    """Each sentence's expressions, their texts and values, in order."""
    assert _found(find_times(text, reference=reference)) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), _params(PARSED))
def test_session_64_pages(text: str, reference: str | None, expected: Found) -> None:
    """
    A page's times, read by `parse` paragraph by paragraph, take the values of the whole page.
    """
    found = tuple((time.text, time.value) for time in parse(text, published=reference).times)
    assert found == expected
