"""
Expressions found by the session 46 reading of news the rules were not written on.

Each case is ``(text, reference, expected, why)``; the sentences are invented.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

WORDS: list[Case] = [
    # a day right after a thing someone said or decided, and theirs, is the day it was said,
    # whatever the tense of the verb that governs the noun
    (
        "The vote could undercut the chairman's assertion Tuesday night that the race is over.",
        "2016-05-05",  # a Thursday
        (("Tuesday night", "2016-05-03TNI"),),
        "could-undercut-an-assertion-made-tuesday",
    ),
    (
        "Lawyers will try to overturn the court's ruling on Monday before the deadline.",
        "2016-05-05",
        (("Monday", "2016-05-02"),),
        "will-overturn-a-ruling-of-monday",
    ),
    (
        "Her remarks Friday may cost her votes in the suburbs.",
        "2016-05-05",
        (("Friday", "2016-04-29"),),
        "her-remarks-friday-may-cost",
    ),
    # controls: no owner, or a future verb of its own, keeps the day ahead
    (
        "The governor will make an announcement Tuesday about the budget.",
        "2016-05-05",
        (("Tuesday", "2016-05-10"),),
        "an-announcement-to-be-made",
    ),
    (
        "The senator's statement Monday will settle the question.",
        "2016-05-05",
        (("Monday", "2016-05-09"),),
        "a-statement-that-will-settle",
    ),
    (
        "The council could vote Tuesday on the plan.",
        "2016-05-05",
        (("Tuesday", "2016-05-10"),),
        "could-vote-tuesday",
    ),
    # the end of the year, told in the past in the year's first half, is the year before's
    (
        "By the end of the year, the senator had climbed to 35 percent in the polls.",
        "2016-06-05",
        (("the end of the year", "2015"),),
        "had-climbed-by-the-end-of-the-year-in-june",
    ),
    (
        "The company sold most of its shares at the end of the year.",
        "2016-03-16",
        (("the end of the year", "2015"),),
        "sold-at-the-end-of-the-year-in-march",
    ),
    # controls: said late in the year, or of the future, it is the year it was said in
    (
        "The company sold most of its shares at the end of the year.",
        "2016-11-16",
        (("the end of the year", "2016"),),
        "sold-at-the-end-of-the-year-in-november",
    ),
    (
        "The company expects to sell its shares by the end of the year.",
        "2016-03-16",
        (("the end of the year", "2016"),),
        "will-sell-by-the-end-of-the-year",
    ),
    # a curly apostrophe reads as a straight one: in a negation before "in" (a length lived
    # through), in "this year’s", in a negated modal before "last"
    (
        "She’ll wear the dress she hasn’t worn in six months.",
        "2016-03-16",
        (("six months", "P6M"),),
        "curly-hasnt-worn-in-six-months",
    ),
    (
        "Profits rose 4 percent in this year’s third quarter.",
        "2016-11-16",
        (("this year’s third quarter", "2016-Q3"),),
        "curly-this-years-third-quarter",
    ),
    # control: a future with no negation before "in" still counts ahead
    (
        "She’ll wear the dress in six months.",
        "2016-03-16",
        (("six months", "2016-09"),),
        "will-wear-it-in-six-months",
    ),
    # a clock time dated by a month and day after it goes back as the date alone does
    (
        "He left the bar just after 2 a.m. on May 14.",
        "2017-02-16",
        (("2 a.m. on May 14", "2016-05-14T02:00"),),
        "left-the-bar-at-2-am-on-may-14",
    ),
    (
        "He left the bar on May 14.",
        "2017-02-16",
        (("May 14", "2016-05-14"),),
        "left-the-bar-on-may-14",
    ),
    # controls: ahead when the sentence looks ahead
    (
        "He will leave the bar at 2 a.m. on May 14.",
        "2017-02-16",
        (("2 a.m. on May 14", "2017-05-14T02:00"),),
        "will-leave-at-2-am-on-may-14",
    ),
    (
        "The hearing is set for 9 a.m. on May 14.",
        "2017-02-16",
        (("9 a.m. on May 14", "2017-05-14T09:00"),),
        "a-hearing-set-for-9-am-on-may-14",
    ),
    # "the" belongs to a holiday's week or weekend, as to "the weekend"
    (
        "Five people were shot over the Thanksgiving weekend.",
        "2014-12-02",
        (("the Thanksgiving weekend", "2014-W48-WE"),),
        "over-the-thanksgiving-weekend",
    ),
    (
        "Three were hurt over the Memorial Day holiday weekend in Chicago.",
        "2015-06-02",
        (("the Memorial Day holiday weekend", "2015-W21-WE"),),
        "over-the-memorial-day-holiday-weekend",
    ),
    # controls: not to the day alone, nor when the weekend modifies a noun after it
    (
        "Of the 121 people detained in the New Year's weekend raids, 77 were released.",
        "2016-01-13",
        (("New Year's weekend", "2015-W53-WE"),),
        "the-new-years-weekend-raids",
    ),
    (
        "He spent the Christmas before in Rome.",
        "2015-01-10",
        (("Christmas", "2014-12-25"),),
        "the-christmas-before",
    ),
    # a bare length of something lived through after a verb: "was months of", "took weeks of"
    (
        "It was months of head games, his mother said.",
        "2017-02-25",
        (("months", "PXM"),),
        "it-was-months-of-head-games",
    ),
    (
        "The deal took weeks of talks.",
        "2017-02-25",
        (("weeks", "PXW"),),
        "took-weeks-of-talks",
    ),
    # a death is an incident a day counts from, as a shooting is
    (
        "He was shot Friday. Two men came to his house the day after his death.",
        "2015-09-20",
        (("Friday", "2015-09-18"), ("the day", "2015-09-19")),
        "the-day-after-his-death",
    ),
    (
        "She was stabbed Friday. The night of her death, a neighbour heard shouting.",
        "2015-09-20",
        (("Friday", "2015-09-18"), ("The night", "2015-09-18TNI")),
        "the-night-of-her-death",
    ),
    # a tournament or a championship is an event held on a set day, as a game or a race is
    (
        "The club is rushing to get ready for a golf tournament in March.",
        "2015-12-01",
        (("March", "2016-03"),),
        "a-tournament-in-march-said-in-december",
    ),
    # control: told in the past, the one gone
    (
        "The club hosted a golf tournament in March.",
        "2015-12-01",
        (("March", "2015-03"),),
        "hosted-a-tournament-in-march",
    ),
    # a newsletter's feature, as "CRIME OF THE WEEK" is
    ("STAT OF THE WEEK: $43 million in subsidies.", "2015-12-11", (), "stat-of-the-week"),
    # a denial in the past before "until" reads the same with a curly apostrophe
    (
        "Officers weren\u2019t called again until Monday.",
        "2015-12-23",  # a Wednesday
        (("Monday", "2015-12-21"),),
        "curly-werent-called-until-monday",
    ),
    # a thing not needed before a time is no past span up to it
    (
        "They said he didn't need to come out until January.",
        "2015-12-23",
        (("January", "2016-01"),),
        "didnt-need-to-come-out-until-january",
    ),
    # control: a denied past event up to a time
    (
        "He didn't arrive until January.",
        "2015-12-23",
        (("January", "2015-01"),),
        "didnt-arrive-until-january",
    ),
    # a no-break space reads as a space; the time keeps the text as written
    (
        "Heading into Tuesday\u2019s\u00a0New Hampshire primary, she leads.",
        "2016-02-08",  # a Monday
        (("Tuesday", "2016-02-09"),),
        "nbsp-tuesdays-primary",
    ),
    (
        "He could face up\u00a0to 40\u202fyears in prison.",
        "2016-02-08",
        (("up\u00a0to 40\u202fyears", "P40Y"),),
        "nbsp-up-to-40-years",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(WORDS))
def test_session_46_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each sentence's times, and their values, are the ones a TimeBank annotator would write.
    """
    assert _found(text, reference) == expected
