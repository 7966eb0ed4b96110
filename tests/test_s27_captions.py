"""
Photo captions that copy a story paragraph: the caption is the copy, the story stays.

A caption above the lede that repeats it with a credit ("... police said. View Full Caption
Jane Roe/Site") made the lede the copy, so both were left out and the day of the shooting
was lost; a caption further down that copies a body paragraph ("Provided by family") did the
same to the body paragraph. The pages below are invented.
"""

from __future__ import annotations

import pytest

from newsevents import parse
from newsevents.article import parse_article
from newsevents.model import ParagraphRole

LEDE = (
    "A shooting in Austin killed one teen and wounded five people on Friday afternoon, police said."
)
CAPTION_ABOVE = (
    f"{LEDE} View Full Caption NSNews/Erica Roe\n\n"
    f"CHICAGO — {LEDE}\n\n"
    "At 1:38 p.m., the six victims were on Lake Street when an SUV drove up and someone inside"
    " fired shots, police said.\n\n"
    "One victim was taken to Loyola Hospital and pronounced dead, police said.\n"
)
BODY = (
    "Mark Dale of the 900 block of West 36th Street was pronounced dead at the scene after being"
    " shot in the chest at 11:35 a.m., police said."
)
CAPTION_BELOW = (
    "A 16-year-old boy was killed in an accidental shooting in Bridgeport on Friday morning.\n\n"
    f"{BODY}\n\n"
    "The teen was shown the shotgun by a lifelong friend and a cousin when it went off.\n\n"
    "Outside the family's bungalow, the boy was remembered as a happy youth.\n\n"
    f"Mark Dale Provided by family {BODY}\n\n"
    "He turned 16 in February and spent most of his time with friends.\n"
)


@pytest.mark.parametrize(
    ("text", "story", "caption"),
    [
        pytest.param(CAPTION_ABOVE, 1, 0, id="caption-above-the-lede"),
        pytest.param(CAPTION_BELOW, 1, 4, id="caption-below-a-body-paragraph"),
    ],
)
def test_caption_is_the_copy(text: str, story: int, caption: int) -> None:
    """
    The story paragraph is content; the caption is boilerplate that repeats it.
    """
    paragraphs = parse_article(text).paragraphs
    assert paragraphs[story].role in {ParagraphRole.LEDE, ParagraphRole.BODY}
    assert paragraphs[story].repeats is None
    assert paragraphs[caption].role is ParagraphRole.BOILERPLATE
    assert paragraphs[caption].repeats == story


def test_the_lede_keeps_its_day() -> None:
    """
    The day in the lede a caption copies is read.
    """
    article = parse(CAPTION_ABOVE, published="2017-04-08")
    assert ("Friday afternoon", "2017-04-07TAF") in [(t.text, t.value) for t in article.times]


def test_a_repeated_lede_without_a_caption_is_still_the_copy() -> None:
    """
    Of a lede and a plain paragraph restating it, the restatement is still the copy.
    """
    text = (
        f"{LEDE}\n\n"
        "At 1:38 p.m., the six victims were on Lake Street when an SUV drove up, police said.\n\n"
        f"{LEDE}\n\n"
        "One victim was taken to Loyola Hospital and pronounced dead, police said.\n"
    )
    paragraphs = parse_article(text).paragraphs
    assert paragraphs[0].role is ParagraphRole.LEDE
    assert paragraphs[2].role is ParagraphRole.BOILERPLATE
    assert paragraphs[2].repeats == 0
