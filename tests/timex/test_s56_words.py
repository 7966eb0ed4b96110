"""
Expressions found by the session 56 reading of news the rules were not written on.

Each case is ``(text, reference, expected, why)``; the sentences are invented.
"""

from __future__ import annotations

import pytest

from .cases import Case, Found
from .cases import found as _found
from .cases import params as _params

WORDS: list[Case] = [
    # a day of a month named by its ordinal alone: the month of the day named last, else the
    # reference's (the one before when the words point back past the reference's day)
    (
        "She checked in on April 15 and stayed until the 17th.",
        "2016-11-10",
        (("April 15", "2016-04-15"), ("the 17th", "2016-04-17")),
        "ordinal-day-in-the-month-named",
    ),
    (
        "The call was made at 5:17 p.m. on the 3rd.",
        "2016-11-10",
        (("5:17 p.m.", "2016-11-10T17:17"), ("the 3rd", "2016-11-03")),
        "ordinal-day-in-the-reference-month",
    ),
    (
        "He said it happened on the 28th.",
        "2016-01-05",
        (("the 28th", "2015-12-28"),),
        "ordinal-day-past-of-the-month-before",
    ),
    (
        "Talks ran between the 13th and the 19th, officials said.",
        "2016-11-25",
        (("the 13th", "2016-11-13"), ("the 19th", "2016-11-19")),
        "ordinal-days-of-a-range",
    ),
    (
        "Payment is due by the 15th of next month.",
        "2016-12-10",
        (("the 15th of next month", "2017-01-15"),),
        "ordinal-day-of-next-month",
    ),
    (
        "He arrived on August 4 and left on the 6th.",
        None,
        (("August 4", "XXXX-08-04"), ("the 6th", "XXXX-08-06")),
        "no-reference-ordinal-day-after-a-month-day",
    ),
    (
        "He left on the 6th.",
        None,
        (("the 6th", "XXXX-XX-06"),),
        "no-reference-ordinal-day-alone",
    ),
    # after a part of the day and "of": a day even before a name ("the early morning hours
    # of the 11th Macleod and Haggerty had been drinking")
    (
        "on April 10th and into the early morning hours of the 11th Macleod had been drinking",
        "2014-04-20",
        (
            ("April 10th", "2014-04-10"),
            ("the early morning hours of the 11th", "2014-04-11TMO"),
        ),
        "ordinal-day-after-hours-of",
    ),
    ("the night of the 11th grade dance", "2014-04-20", (), "ordinal-grade"),
    # controls: an ordinal before a noun, after no preposition of time, or a floor range
    ("He lives on the 17th floor.", "2016-11-10", (), "ordinal-floor"),
    ("He was the 17th to die this year.", "2016-11-10", (("this year", "2016"),), "ordinal-rank"),
    ("Shots rang out between the 10th and 12th floor.", "2016-11-10", (), "ordinal-floor-range"),
    ("She scored in the 17th, and won.", "2016-11-10", (), "ordinal-after-in"),
    # "one day" opening its clause, or before a month or a year: a day of the story
    (
        "That all changed one day in June 2014, she said.",
        "2016-09-03",
        (("one day", "2014-06-XX"), ("June 2014", "2014-06")),
        "one-day-in-a-month-and-year",
    ),
    (
        "One day in June, he called. One morning in December, she left.",
        "2016-07-31",
        (
            ("One day", "2016-06-XX"),
            ("June", "2016-06"),
            ("One morning", "2015-12-XXTMO"),
            ("December", "2015-12"),
        ),
        "one-day-in-a-month-named-alone",
    ),
    (
        "One day, he called her.",
        "2016-09-03",
        (("One day", "XXXX-XX-XX"),),
        "one-day-opening-a-sentence",
    ),
    (
        "He was walking into the house one day when he flashed it.",
        "2016-06-28",
        (("one day", "XXXX-XX-XX"),),
        "one-day-when",
    ),
    ("It was a day long meeting.", "2016-06-28", (("day long", "P1D"),), "a-day-long-meeting"),
    # controls: lengths, "one day after" counting from an event, and someday
    ("He spent one day in jail.", "2016-09-03", (("one day", "P1D"),), "one-day-in-jail"),
    ("It lasted one day, he said.", "2016-09-03", (("one day", "P1D"),), "one-day-lasted"),
    (
        "He was charged Saturday, one day after the boy was shot.",
        "2016-09-03",
        (("Saturday", "2016-09-03"), ("one day", "P1D")),
        "one-day-after-an-event",
    ),
    (
        "Islam will one day be the largest religion.",
        "2016-09-03",
        (("one day", "FUTURE_REF"),),
        "one-day-someday",
    ),
    # bare "previous months" after a preposition: some months before
    (
        "Prices had risen in previous months.",
        "2016-04-12",
        (("previous months", "PXM"),),
        "in-previous-months",
    ),
    ("It beat previous years.", "2016-04-12", (), "previous-years-no-preposition"),
    # a part of the day after a month named after the last day: of that month, which day
    # unknown, as "the following day" reads it
    (
        (
            "In a post Friday, he said it. He refused at the convention in July."
            " At a breakfast the following morning, he said no."
        ),
        "2016-09-26",
        (
            ("Friday", "2016-09-23"),
            ("July", "2016-07"),
            ("the following morning", "2016-07-XXTMO"),
        ),
        "following-morning-after-a-month-named-last",
    ),
    (
        "She was shot Friday. He got there that night.",
        "2016-09-26",
        (("Friday", "2016-09-23"), ("that night", "2016-09-23TNI")),
        "that-night-after-a-day-named-last",
    ),
    # "Remember in November" opening its sentence, in an election year: the vote to come
    (
        'Cruz tweeted: "Remember in November."',
        "2016-03-10",
        (("November", "2016-11"),),
        "remember-in-november",
    ),
    ("I remember in November we lost.", "2016-03-10", (("November", "2015-11"),), "i-remember"),
    # "the same period last year" after a week: that week a year back, not its quarter
    (
        "Shootings this week doubled over the same period last year.",
        "2015-06-14",
        (("this week", "2015-W24"), ("the same period last year", "2014-W24")),
        "same-period-last-year-after-a-week",
    ),
    (
        "Shootings this week doubled over the same period last year.",
        "2016-01-02",
        (("this week", "2015-W53"), ("the same period last year", "2014-W52")),
        "same-period-last-year-after-week-53",
    ),
    (
        "Sales rose on Tuesday over the same period last year.",
        "2015-06-14",
        (("Tuesday", "2015-06-09"), ("the same period last year", "2014-Q2")),
        "same-period-last-year-after-a-day",
    ),
    # a weekend gathering in a sentence of an incident: the weekend it happened
    (
        "He was shot at a weekend party.",
        "2015-11-16",
        (("weekend", "2015-W46-WE"),),
        "shot-at-a-weekend-party",
    ),
    (
        "He took a weekend trip in May.",
        "2015-11-16",
        (("a weekend", "P2D"), ("May", "2015-05")),
        "weekend-trip-no-incident",
    ),
    # text split into tokens: a unit of two words with a spaced hyphen is the unit (this
    # raised a KeyError before), and an adjectival length leaves the noun its article
    (
        "Wages fell over the past quarter - century , he said .",
        "2016-01-01",
        (("the past quarter - century", "P25Y"),),
        "tokenised-quarter-century",
    ),
    (
        "The four - day battle became a victory .",
        None,
        (("four - day", "P4D"),),
        "tokenised-adjectival-length",
    ),
    # how far along a pregnancy is, as an age, is no length
    ("She was seven-months pregnant.", "2016-01-06", (), "months-pregnant"),
    ("She was 32 to 34 weeks pregnant.", "2016-01-06", (), "weeks-pregnant-range"),
    ("She was pregnant for nine months.", "2016-01-06", (("nine months", "P9M"),), "pregnant-for"),
    # a month's day after an election noun and "on", in a sentence telling no past: the
    # coming vote
    (
        "He hopes to win the election on Nov. 8.",
        "2016-05-16",
        (("Nov. 8", "2016-11-08"),),
        "election-on-nov-8-ahead",
    ),
    ("He won the election on Nov. 8.", "2016-05-16", (("Nov. 8", "2015-11-08"),), "won-on-nov-8"),
    # "the day" right before a weekday is that weekday's: the weekday dates it
    (
        "Earlier in the day Saturday, he had been with his sons.",
        "2016-11-06",
        (("Saturday", "2016-11-05"),),
        "earlier-in-the-day-saturday",
    ),
    ("Later in the day, he left.", "2016-11-06", (("the day", "2016-11-06"),), "later-in-the-day"),
    # "the week before last": two back; "the past fortnight": two weeks up to now
    (
        "He lost the week before last.",
        "2016-11-10",
        (("the week before last", "2016-W43"),),
        "week-before-last",
    ),
    (
        "He lost the night before last.",
        "2016-11-10",
        (("the night before last", "2016-11-08TNI"),),
        "night-before-last",
    ),
    (
        "He lost the weekend before last.",
        "2016-11-06",
        (("the weekend before last", "2016-W42-WE"),),
        "weekend-before-last-said-on-sunday",
    ),
    (
        "He won the year before last.",
        "2016-11-10",
        (("the year before last", "2014"),),
        "year-before-last",
    ),
    (
        "He lost the week before last year.",
        "2016-11-10",
        (("last year", "2015"),),
        "week-before-last-year",
    ),
    (
        "Over the past fortnight, prices fell.",
        "2016-11-10",
        (("the past fortnight", "P2W"),),
        "past-fortnight",
    ),
    # a qualifier right after a quotation closed with no space keeps its expression
    (
        'to be undertaken forthwith."Early today Mr Whitelaw gave an order.',
        "1972-07-21",
        (("Early today", "1972-07-21"),),
        "qualifier-after-glued-quotation",
    ),
    # a spelled count before "a minute", after "at" or "of": a rate, no length
    ("Bombs exploded roughly at one a minute.", "2016-11-10", (), "at-one-a-minute"),
    ("They died at a rate of two a day.", "2016-11-10", (), "rate-of-two-a-day"),
    ("He left a day ago.", "2016-11-10", (("a day ago", "2016-11-09"),), "a-day-ago"),
    # text split into tokens: a quoted programme with spaces inside its quotes, a qualifier
    # with a spaced hyphen
    (
        "He said on \u201c Fox News Sunday \u201d that he would run .",
        "2016-07-03",
        (),
        "tokenised-programme",
    ),
    (
        "The late - Friday release came .",
        None,
        (("late - Friday", "XXXX-WXX-5"),),
        "tokenised-late-friday",
    ),
    # a day long gone remembered by an anniversary is no day the story goes on from
    (
        (
            "A truck hit the crowd on Thursday. It came on the anniversary of the storming of"
            " the Bastille on July 14, 1789. Music played for most of the night."
        ),
        "2016-07-15",
        (
            ("Thursday", "2016-07-14"),
            ("July 14, 1789", "1789-07-14"),
            ("the night", "2016-07-14TNI"),
        ),
        "anniversary-date-is-no-anchor",
    ),
    (
        "On July 14, 1789, the Bastille was stormed. That night, crowds gathered.",
        "2016-07-15",
        (("July 14, 1789", "1789-07-14"), ("That night", "1789-07-14TNI")),
        "a-date-long-gone-told-is-the-anchor",
    ),
    # a weekday of what followed an incident told after it, in the same sentence, on the
    # reference's weekday: the day after, in a story updated after its date
    (
        (
            "Deputies searched a neighborhood Wednesday and found a gun they believe was used"
            " to shoot a boy Tuesday night. On Wednesday, deputies were working."
        ),
        "2015-11-24",
        (
            ("Wednesday", "2015-11-25"),
            ("Tuesday night", "2015-11-24TNI"),
            ("Wednesday", "2015-11-25"),
        ),
        "follow-up-before-the-incident-it-follows",
    ),
    (
        (
            "A suspect in a home invasion that ended in a shootout that left one man dead"
            " remained at large early Wednesday. The men entered a house shortly before 2 a.m."
            " Tuesday."
        ),
        "2017-02-07",
        (("early Wednesday", "2017-02-08"), ("2 a.m. Tuesday", "2017-02-07T02:00")),
        "follow-up-before-the-incident-told-next",
    ),
    (
        (
            "The man who was shot in the foot Saturday says he was not at fault."
            " \u201cThis wasn\u2019t my gun,\u201d he said Thursday."
        ),
        "2016-03-31",
        (("Saturday", "2016-03-26"), ("Thursday", "2016-03-31")),
        "incident-day-is-no-follow-up",
    ),
    (
        "Police announced charges Sunday for a boy who allegedly killed a teen Friday morning.",
        "2016-06-03",
        (("Sunday", "2016-05-29"), ("Friday morning", "2016-06-03TMO")),
        "follow-up-more-than-a-day-after-stays-past",
    ),
    (
        "He was arrested Wednesday after a fight Tuesday.",
        "2015-11-24",
        (("Wednesday", "2015-11-18"), ("Tuesday", "2015-11-24")),
        "no-incident-word-no-move",
    ),
    # a bare season after "to" or "for" closing its clause, and one looked forward to
    (
        "\u201cWe\u2019re looking forward to summer,\u201d he said.",
        "2016-05-06",
        (("summer", "2016-SU"),),
        "looking-forward-to-summer",
    ),
    ("He plans to summer in Maine.", "2016-05-06", (), "to-summer-a-verb"),
    ("It happens in summer.", "2016-05-06", (("summer", "XXXX-SU"),), "in-summer-every-year"),
    # a year written right before a month and day is theirs
    (
        "SANTA CRUZ COUNTY HOMICIDES 2016 Jan. 5: a man shot his sister-in-law.",
        "2017-01-10",
        (("2016", "2016"), ("Jan. 5", "2016-01-05")),
        "year-right-before-month-day",
    ),
    (
        "The score was 2016 to nothing on March 3.",
        "2017-01-10",
        (("2016", "2016"), ("March 3", "2017-03-03")),
        "year-not-right-before",
    ),
    (
        "It ended a decades - long feud .",
        None,
        (("decades - long", "PXY"),),
        "tokenised-decades-long",
    ),
    # with no reference, "the same time last year" after a month's day keeps the day
    (
        "There were 150 cases as of Oct. 7, against 120 at the same time last year.",
        None,
        (("Oct. 7", "XXXX-10-07"), ("the same time last year", "XXXX-10-07")),
        "no-reference-same-time-last-year",
    ),
    # the words of a web address are no text; a holiday's edition is a product
    (
        "Read it at http://www.vcstar.com/story/news/2017/01/22/two-shot-sunday-morning/9692/ here.",
        "2017-01-23",
        (),
        "web-address",
    ),
    ("The Christmas edition sold out.", "2017-01-23", (), "christmas-edition"),
    ("See archive.today/Rin1g for the page.", "2017-01-23", (), "archive-today-address"),
    (
        "He left today/tomorrow.",
        "2017-01-23",
        (("today", "2017-01-23"), ("tomorrow", "2017-01-24")),
        "slashed-days-no-address",
    ),
    # a weekday opening an update's stamp is on or after the page's day
    (
        "A man was shot at 4:16 a.m. Saturday.\n\nSunday 4:45 p.m. UPDATE: He was identified.",
        "2016-10-15",
        (
            ("4:16 a.m. Saturday", "2016-10-15T04:16"),
            ("Sunday", "2016-10-16"),
            ("4:45 p.m.", "2016-10-16T16:45"),
        ),
        "update-stamp-weekday",
    ),
    # a morning hour after a midnight written as the end of the day before is the next
    # morning
    (
        (
            "Husband Shoots Wife Overnight In Goldsboro\n\nShortly after midnight, deputies"
            " were sent to the home. She was not expected home until after 8:00 am."
        ),
        "2017-01-20",
        (
            ("Overnight", "2017-01-19TNI"),
            ("midnight", "2017-01-19T24:00"),
            ("8:00 am", "2017-01-20T08:00"),
        ),
        "morning-after-midnight",
    ),
    # text split into tokens: a year range with a spaced hyphen; not a table's count
    (
        "more than Barack Obama enjoyed in 2007 - 08 .",
        None,
        (("2007", "2007"), ("08", "2008")),
        "tokenised-year-range",
    ),
    ("This Zip Code 2015 \u2013 22", "2016-01-17", (("2015", "2015"),), "table-count-after-year"),
    # a part of the day after "the end of", "the start of"
    (
        "By the end of the night, 20 were dead.",
        "2016-08-19",
        (("the end of the night", "2016-08-19TNI"),),
        "the-end-of-the-night",
    ),
    # "the year" in January after the year just closed was named: that year
    (
        "Mergers hit a record last year. Deals for the year totaled $4 trillion.",
        "2016-01-07",
        (("last year", "2015"), ("the year", "2015")),
        "the-year-in-january-after-last-year",
    ),
    (
        "Mergers hit a record last year. Deals for the year will total $5 trillion.",
        "2016-01-07",
        (("last year", "2015"), ("the year", "2016")),
        "the-year-ahead-in-january",
    ),
    # "the fall" in a past sentence of a paragraph told of an earlier year: that year's
    (
        (
            "The Democrats understood this in 2008. Obama was battle-hardened by the time he"
            " went up against John McCain in the fall."
        ),
        "2015-12-23",
        (("2008", "2008"), ("the fall", "2008-FA")),
        "the-fall-of-a-past-year-told",
    ),
    (
        "He ran in 2008. He will run again in the fall.",
        "2015-12-23",
        (("2008", "2008"), ("the fall", "2016-FA")),
        "the-fall-ahead",
    ),
    # "the same time last year" after a year named before the reference's: that year back
    (
        "Sales rose in 2012 over the same time last year.",
        "2013-11-08",
        (("2012", "2012"), ("the same time last year", "2012")),
        "same-time-last-year-after-a-past-year",
    ),
    # a month's day opening its sentence before a clause in the future: ahead
    (
        "On Dec. 1, the agency will begin enforcing the rule.",
        "2016-07-06",
        (("Dec. 1", "2016-12-01"),),
        "opening-day-before-will",
    ),
    (
        "On Dec. 1, the rule took effect.",
        "2016-07-06",
        (("Dec. 1", "2015-12-01"),),
        "opening-day-past",
    ),
    # a bare plural before "after news": some days
    (
        "They erased the archive days after news of her email use became public.",
        "2016-09-23",
        (("days", "PXD"),),
        "days-after-news",
    ),
    # a fire is an incident: "weekend apartment fire", "the morning of the fire"
    (
        "Families displaced by weekend apartment fire",
        "2014-11-24",
        (("weekend", "2014-W47-WE"),),
        "weekend-fire",
    ),
    (
        "Toward the end of the day, police left.",
        "2016-11-10",
        (("the end of the day", "2016-11-10"),),
        "toward-the-end-of-the-day",
    ),
    ("At the end of the day, it is about jobs.", "2016-11-10", (), "at-the-end-of-the-day-idiom"),
    # a capitalised "Overnight" opening a newsletter's name in a link list; not a headline's
    # night, nor a sentence's
    (
        "attacks on GOP bill Overnight Finance : Ryan seeks manufacturing muscle for tax reform",
        None,
        (),
        "overnight-newsletter",
    ),
    (
        "Husband Accidentally Shoots Wife Overnight In Goldsboro",
        "2017-01-20",
        (("Overnight", "2017-01-19TNI"),),
        "overnight-in-a-headline",
    ),
    (
        "Overnight Israel struck targets in Gaza, officials said.",
        "2017-01-20",
        (("Overnight", "2017-01-19TNI"),),
        "overnight-opening-a-sentence",
    ),
    # a payment made each month is a figure, no set
    ("They got monthly stipends.", "2016-04-12", (), "monthly-stipends"),
]


@pytest.mark.parametrize(("text", "reference", "expected"), _params(WORDS))
def test_session_56_words(text: str, reference: str | None, expected: Found) -> None:
    """
    Each sentence's times, and their values, are the ones a TimeBank annotator would write.
    """
    assert _found(text, reference) == expected
