"""
Temporal expression grammar: one rule per expression class, as data.

Each rule's ``meta["kind"]`` names the normaliser that turns its match into a TIMEX3 value
(`newsevents.timex`).  The recogniser joins the rules, in table order, into one alternation,
so at any position the first rule that matches wins: longer, more specific rules come first.
Named groups carry the parts the normaliser reads (``month``, ``day``, ``year``, ``num``,
``unit``...).  Qualifying words in front of an expression ("nearly", "early", "the end of")
are read by `PREMOD_RULES`, trailing ones ("or so", "and beyond") by `POSTMOD_RULES`; the
tense cues around an expression are word lists in `newsevents.rules._timex_lexicon`.
"""

from __future__ import annotations

from typing import Final

from newsevents._rules import Rule
from newsevents.rules._timex_lexicon import LEXICON

__all__ = [
    "DEFINITIONS",
    "LEXICON",
    "LIST_DAY_RULES",
    "POSTMOD_RULES",
    "PREMOD_RULES",
    "RANGE_CLOCK_RULES",
    "TIMEX_RULES",
]

#: Shared sub-grammar: a rule writes ``(?&num)`` and `_rule` inlines the fragment (inlined
#: text matches several times faster than a `regex` subroutine call).
DEFINITIONS: Final = {
    # first: it holds "(?&d_cap)", which the later entries then expand
    "d_of_date": r"""(?:\s+(?:of|on)\s+(?:(?&d_cap)(?:\L<weekday_full>|\L<month>)\b|\d|the\s+\d))""",
    "d_num": r"""(?:\d{1,3}(?:,\d{3})*(?:\.\d+)?(?:\s+[1-3](?:/|[^\S\n]?\u2044[^\S\n]?)[2-4]|\s?[\u00bd\u00bc\u00be])?(?![\d,.]\d)
               |(?:an?[\s-]+)?half[\s-]+dozen\b
               |(?:an?\s+(?=(?:hundred|thousand|dozen)\b))?\L<number>(?:(?:[\s-]+|(?<=hundred|thousand|million)\s+and\s+)\L<number>){0,3}+\b)""",
    "d_cap": r"""(?-i:(?=\p{Lu}))""",
    # "that" pointing back ("that Friday"), not a conjunction after a verb of saying or
    # knowing and its object ("told MSNBC that Friday's deal", "likely that June")
    "d_that": r"""(?:that(?<!\b(?:said|says|say|saying|told|tells|tell|telling|reported|reports
        |announced|added|noted|believes?|thinks?|knows?|knew|likely|clear|possible|unlikely|sure
        |hopes?|hoped|argued|argues|claimed|claims|insisted|wrote|writes|suggests?|suggested
        |means|meant|shows?|showed|found|learned|confirmed|confirms|warned|warns|stated|states
        |stating|explained|explains|predicted|predicts|revealed|reveals|admitted|admits
        |acknowledged|acknowledges|recalled|recalls|declared|declares)[^\S\n]{1,3}
        (?:(?-i:\p{Lu})[\w.'’-]{0,20}[^\S\n]{1,3}|(?:him|her|them|us|me|reporters|police
        |investigators|officials|supporters|the[^\S\n]{1,3}(?-i:\p{Lu})[\w.'’-]{0,20})
        [^\S\n]{1,3})?that))""",
    # a word of feeling after "that" ("that fateful night")
    "d_feeling": r"""(?:(?<=\bthat)[^\S\n]+\L<feeling>\b)?""",
    "d_year": r"""(?:(?:1[0-9]|20)\d\d(?![\d,.]\d|\s*%|\s+percent|s\b|(?<=0)['’]s\b))""",
    # the end of a year: a word boundary, or the capitalised word of the next sentence glued
    # on as scraped pages lose the space ("17 January 2018The republic")
    "d_yend": r"""(?:\b|(?=(?-i:\p{Lu}\p{Ll})))""",
    "d_ayear": r"""(?:(?<![\w'’‘])['’‘]\d\d(?![\w'’‘%]|[.,:]\d))""",
    "d_syear": r"""(?:(?:nineteen|eighteen)[\s-]+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)
                 (?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?|hundred|ten|eleven|twelve
                 |thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b
             |two[\s-]+thousand(?:(?:\s+and)?[\s-]+(?:one|two|three|four|five|six|seven|eight|nine|ten))?\b)""",
    "d_unit": r"""(?:\L<unit>\b)""",
    # minutes counted to or past the hour a clock time names: "five to 1 a.m.", "a quarter
    # past 9 p.m.", "twenty after midnight", "half past noon"; not a range ("from ten to 2")
    "d_clock_offset": r"""(?:(?<!\b(?:from|between)[^\S\n]{1,3})\b
        (?P<qmin>(?:a[^\S\n]+)?quarter|half(?=[^\S\n]+(?:past|after)\b)|twenty(?:[-\s]five)?
          |(?:five|ten)(?=[^\S\n]+(?:past|after)\b)
          |(?<=\b(?:at|around|about|approximately|roughly|nearly|almost|just|until|till|before|after|by|since)[^\S\n]{1,3})(?:five|ten)
          |(?:[1-5]?\d|\L<number>)[^\S\n]+minutes?(?=[^\S\n]+(?:past|to|till|of)\b))
        [^\S\n]+(?P<qdir>past|after|to|till|of)[^\S\n]+)""",
    "d_incident": r"""(?:(?:shooting|slaying|murder|killing|stabbing|attack|bombing|blast|explosion|ambush|massacre|assault|incident|homicide|death|fire|blaze|accident|collision)s?|gunfire|crash(?:es)?)""",
    "d_vague": r"""(?:several|a\s+few|few|a\s+couple\s+of|a\s+couple|couple(?:\s+of)?|a\s+number\s+of|a\s+handful\s+of|many(?:,?[^\S\n]{1,3}+many\b){0,3}+|some)""",
}


def _expand(pattern: str) -> str:
    for name, fragment in DEFINITIONS.items():
        pattern = pattern.replace(f"(?&{name})", fragment)
    return pattern


def _rule(  # noqa: PLR0917 - a table row reads best positionally
    rule_id: str,
    heads: str,
    kind: str,
    pattern: str,
    examples: tuple[str, ...],
    counterexamples: tuple[str, ...] = (),
    *,
    case_sensitive: bool = False,
) -> Rule:
    return Rule(
        id=rule_id,
        pattern=_expand(pattern),
        examples=examples,
        counterexamples=counterexamples,
        meta={"kind": kind, "heads": heads},
        case_sensitive=case_sensitive,
    )


#: Head words: every match of a rule contains a word of one of its ``heads`` classes (or a
#: digit, class ``digit``); the recogniser looks for heads first and tries only the rules
#: that can contain the head it found, at the head and a few words to its left.
HEADS: Final[dict[str, tuple[str, ...]]] = {
    "month": LEXICON["month"],
    "weekday": LEXICON["weekday_full"] + tuple(f"{day}s" for day in LEXICON["weekday_full"]),
    "unit": LEXICON["unit"],
    "quarter": ("quarter", "quarters", "half", "period", "q1", "q2", "q3", "q4", "h1", "h2"),
    # the plurals for "two summers ago"
    "season": (*LEXICON["season"], "springs", "summers", "autumns", "falls", "winters"),
    "pod": (
        "morning",
        "afternoon",
        "evening",
        "night",
        "mid-afternoon",
        "midafternoon",
        "midmorning",
        "tonight",
        "overnight",
    ),
    "named": ("today", "yesterday", "tomorrow"),
    # minutes a clock time counts to or past its hour ("a quarter to 10 p.m."): the clock
    # rules are tried there, not at every unit
    "clockoffset": ("minute", "minutes", "quarter", "half"),
    "clockword": ("noon", "noontime", "midnight", "midday", "mid", "clock"),
    "midword": ("midcentury",),
    "setword": (
        "daily",
        "everyday",
        "weekly",
        "monthly",
        "annually",
        "yearly",
        "hourly",
        "nightly",
        "quarterly",
        "biweekly",
        "bi-weekly",
        "bimonthly",
        "bi-monthly",
        "semiannually",
        "semi-annually",
    ),
    "vague": (
        "now",
        "current",
        "currently",
        "nowadays",
        "present",
        "presently",
        "moment",
        "moments",  # "Moments later"
        "recently",
        "lately",
        "late",
        "previously",
        "previous",
        "prior",
        "earlier",
        "formerly",
        "past",
        "future",
        "soon",
        "term",
        "date",
        "someday",
        "possible",
        "ago",
        "while",
        "awhile",
        "time",  # "for some time"
    ),
    "then": ("then", "time"),
    "holiday": (
        "christmas",
        "thanksgiving",
        "easter",
        "halloween",
        "independence",
        "labor",
        "memorial",
        "election",
        "valentine",
        "veterans",
        "bastille",
        "new",
        "super",
        "mother",
        "father",
        "st",
        "saint",
        "fourth",
        "martin",
        "mlk",
        "presidents",
        "president",
        "george",
        "washington",
        "columbus",
        "juneteenth",
        "nye",  # "NYE", New Year's Eve in a headline
        "veteran",
        "good",
        "black",
        "cinco",
        "inauguration",
        "boxing",
        "flag",
        "earth",
        "armistice",
        "canada",
        "australia",
        "anzac",
        "pearl",
        "patriot",
        "cesar",
        "may",
        "ash",
        "palm",
        "maundy",
        "holy",
        "mardi",
        "fat",
        "shrove",
        "pentecost",
        "whit",
        "ascension",
        "cyber",
    ),
    "spelled": ("nineteen", "eighteen", "thousand"),
    "solid_long": (
        "hourlong",
        "daylong",
        "nightlong",
        "weeklong",
        "monthlong",
        "yearlong",
        "decadelong",
        "hourslong",
        "dayslong",
        "weekslong",
        "monthslong",
        "yearslong",
        "decadeslong",
    ),
    "decade_word": LEXICON["decade_word"],
}

#: The named days `timex.date.holiday` reads, as written (case matters); a year right before
#: one is its year ("the 2017 St. Patrick's Day parade"), not a year of its own.
HOLIDAY_NAMES: Final = r"""Super\s+Tuesday(?![^\S\n]+(?:\d|I{1,3}\b|IV\b))|Christmas\s+Eve|Christmas(?:\s+Day)?|New\s+Year['’]?s\s+(?:Day|Eve)|New\s+Year['’]s(?=\s+(?:weekend|week|(?&d_incident))\b)|(?-i:NYE)|Thanksgiving(?:\s+Day)?|Easter\s+(?-i:Monday)|Easter(?:\s+Sunday)?|Halloween|Independence\s+Day|Labor\s+Day|Memorial\s+Day|Election\s+Day|Valentine['’]s\s+Day|Veteran(?:s['’]?|['’]s)\s+Day|Bastille\s+Day|(?:Mother|Father)['’]s\s+Day|(?:St\.?|Saint)\s+Patrick['’]s\s+Day|Fourth\s+of\s+July|Martin\s+Luther\s+King(?:,?\s+Jr\.?)?,?\s+(?:Day|[Hh]oliday)|MLK\s+(?:Day|[Hh]oliday)|President(?:s['’]?|['’]s)\s+Day|(?:George\s+)?Washington['’]s\s+(?-i:Birthday)|Columbus\s+Day|Juneteenth|(?:Good|Black)\s+Friday|Cinco\s+de\s+Mayo|Inauguration\s+Day|(?:Boxing|Flag|Earth|Armistice|Canada|Australia|Anzac|Patriot|Ascension|(?:Cesar|César)\s+Chavez|May)\s+(?-i:Day)|Pearl\s+Harbor\s+(?:Remembrance\s+)?(?-i:Day)|Ash\s+(?-i:Wednesday)|Palm\s+(?-i:Sunday)|(?:Maundy|Holy)\s+(?-i:Thursday)|Holy\s+(?-i:Saturday)|(?:Fat|Shrove)\s+(?-i:Tuesday)|Mardi\s+(?-i:Gras)|Pentecost(?:\s+(?-i:Sunday))?|Whit\s+(?-i:Sunday)|Cyber\s+(?-i:Monday)"""

#: Words an expression may begin with (besides head words and digits): the recogniser tries a
#: rule only at the head and at these words to its left.
STARTERS: Final = frozenset(
    {
        "o",  # of "o'clock", after a spelled hour ("three o'clock")
        # a weekday's abbreviation before its month ("Fri., Oct. 13", "Mon Mar 09 17:08:35")
        *(day for day in LEXICON["weekday"] if day not in LEXICON["weekday_full"]),
        "sun",  # "Sun Mar 08 20:35:45 PDT 2015" (no weekday in the lexicon: "the sun")
        "budget",  # "the current budget year"
        "\u00bd",  # a fraction written apart from its number ("5 ½ years")
        "\u00bc",
        "\u00be",
        # "the not too distant future" ("not" below)
        "too",
        "so",
        "to",
        "or",
        "and",
        "plus",
        # "five, maybe six years": a hedge between the two numbers of a range
        "maybe",
        "perhaps",
        "possibly",
        "closing",
        "waning",
        "dying",
        "opening",
        "initial",
        "handful",
        "number",  # "a number of years"
        "holiday",
        "violent",
        "deadly",
        "bloody",
        "fatal",
        "multiple",  # "multiple times a day"
        # "thousands of times a day": a count of times ("1 million times a day" is not
        # read: "million" as a starter cost about 1 % of the scan on TimeBank's figures)
        *("dozens", "hundreds", "thousands", "millions", "scores"),
        "numerous",
        "countless",
        "deadliest",  # "the deadliest weekend"
        "gun",  # "the deadliest gun-violence weekend"
        "violence",
        "shooting",
        "homicide",
        "bloodiest",
        "busiest",
        "in",  # "three in the morning": a spelled hour before it
        "not",
        "half",
        "of",
        "near",
        "short",
        "brief",  # "a brief period of time"
        "span",  # "a brief span of time"
        "amount",  # "a short amount of time"
        "relatively",
        "fairly",
        "extremely",
        "long",
        "little",  # "for a little while"
        "medium",
        "immediate",
        "distant",
        "full",
        "entire",
        "whole",
        "later",
        "earlier",
        "younger",  # "in his younger years"
        "trading",
        "business",
        "working",
        "flying",  # "2,766 flying hours"
        "flight",
        "straight",
        "consecutive",
        "additional",
        "extra",
        "end",
        "until",
        "till",  # "ten till 9 p.m."
        "after",  # "twenty after 3 p.m."
        "the",
        "a",
        "an",
        "its",
        "their",
        "his",
        "her",
        "this",
        "that",
        "these",
        "those",  # "those first few days after the shooting"
        "last",
        "next",
        "past",
        "previous",
        "current",
        "coming",
        "upcoming",
        "recent",
        "most",
        "every",
        "each",
        "other",
        "single",
        "per",
        "fiscal",
        "fy",  # "FY 2016"
        "calendar",
        "financial",
        # "this very unusual presidential year", "this campaign year", "this midterm year"
        "very",
        "unusual",
        "presidential",
        "political",
        "campaign",
        "midterm",
        "turn",  # "the turn of the century"
        "fundraising",  # "the third fundraising quarter"
        "reporting",
        "model",
        "final",
        "another",
        "several",
        "few",
        "couple",
        "many",
        "some",
        "year",
        "early",
        "late",
        "right",
        "more",
        "at",
        "as",
        "one",
        "someday",
        "soon",
        "new",
        "mid",
        "prior",
        "same",
        "comparable",
        "corresponding",
        "latest",
        "following",
        "preceding",
        "remaining",
        "time",
        "point",  # "at this point last year"
        "ensuing",
        "subsequent",
        "two",
        "latter",
        "old",
        "once",
        "twice",
        "thrice",
        "times",
        *LEXICON["number"],
        *LEXICON["ordinal"],
        *LEXICON["feeling"],
        *LEXICON["stretch_adjective"],
        *LEXICON["intensifier"],
    }
)

#: The recognition rules, most specific first.
TIMEX_RULES: Final = (
    _rule(
        "timex.time.stamp",
        "month weekday",
        "clock",
        r"""(?<![\w.])(?P<weekday>\L<weekday>|sun)[^\S\n]+(?&d_cap)(?P<month>\L<month>)[^\S\n]+(?P<day>[12]\d|3[01]|0?[1-9])[^\S\n]+
            (?P<hour>[01]\d|2[0-3]):(?P<minute>[0-5]\d):(?P<second>[0-5]\d)
            (?:[^\S\n]+(?P<tz>(?-i:[A-Z]{3,4})))?[^\S\n]+(?P<year>(?:19|20)\d\d)\b(?![.,]?\d)
          | (?<![\w.])(?:(?P<weekday>\L<weekday>)\b\.?,?[^\S\n]+)?(?&d_cap)(?P<month>\L<month>)\b\.?[^\S\n]+
            (?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b,?[^\S\n]+(?P<year>(?:19|20)\d\d)\b(?:,?[^\S\n]+|[^\S\n]+[-\u2013\u2014|@][^\S\n]+)
            (?:(?P<hour>1[0-2]|0?[1-9]):(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?[^\S\n]?(?P<ampm>[ap]\.?[^\S\n]?m\b\.?)
              |(?P<hour>[01]\d|2[0-3]):(?P<minute>[0-5]\d):(?P<second>[0-5]\d)(?:[^\S\n]+(?-i:GMT)[+-]\d{4}\b)?)
            (?:[^\S\n]+(?P<tz>(?-i:[ECMP][SD]T|GMT|UTC))\b|[^\S\n]+\((?P<tz>(?-i:[A-Z]{3,4}))\))?""",
        (
            "Mon Mar 09 17:08:35 PDT 2015",
            "( Sun Mar 08 20:35:45 PDT 2015 $__output )",
            "Posted: Sunday, November 30, 2014 8:20 AM EST Updated:",
            "DATE: April 13, 2015 9:23:14 AM CDT",
            "Tue Mar 10 2015 09:12:00 GMT-0400 (EDT)",
            "Updated: Mar 8, 2017 - 6:13 PM",
            "Updated: Wednesday, January 11, 2017 @ 2:55 PM",
        ),
        ("Mon Mar 09 2015", "on March 9, 2015 10 people", "March 9, 2015 12:30"),
    ),
    _rule(
        "timex.date.iso",
        "digit",
        "date",
        r"""\b(?P<year>[12]\d{3})-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])
            (?:(?:T|[^\S\n](?=\d\d:\d\d))(?P<hour>[01]\d|2[0-3]):(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d)(?:\.\d{1,6})?)?
               (?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?)?\b""",
        (
            "on 2020-03-17 at noon",
            "2020-03-17T08:30",
            "2015-03-09 17:08:35",
            "2015-03-09T17:08:35Z",
        ),
        ("2020-13-01",),
    ),
    _rule(
        "timex.date.slash",
        "digit weekday",
        "date",
        r"""(?:(?<![\w.])(?P<weekday>\L<weekday_full>),[^\S\n]{1,3}+)?(?<![\d/.])(?:(?P<month>1[0-2]|0?[1-9])/(?P<day>3[01]|[12]\d|0?[1-9])
            |(?P<day>3[01]|2\d|1[3-9])/(?P<month>1[0-2]|0?[1-9]))/(?P<year>\d{4}|\d{2})(?![\d/])
          | (?<![\d/.,$])(?P<month>9)/(?P<day>11)(?![\d/%]|[.,]\d)
          | (?<=(?:^|\n)[^\S\n]{0,3}[\[(]?(?:update[d]?|previous)[^\S\n]{0,3}[:(]?[^\S\n]{0,3})
            (?P<month>1[0-2]|0?[1-9])/(?P<day>3[01]|[12]\d|0?[1-9])(?![\d/%]|[.,]\d)
          | (?<![\w/.\-])(?P<month>1[0-2]|0?[1-9])-(?P<day>3[01]|[12]\d|0?[1-9])-(?P<year>(?:19|20)\d\d|\d\d)(?![\w/\-]|[.,]\d)""",
        (
            "on 3/17/2020",
            "3/17/20",
            "25/03/2020",
            "since 9/11",
            "post-9/11",
            "UPDATE (3/10):",
            "on 8-31-2015",
            "released 1-17-17",
            "Published: Tuesday, 1/5/2016 - Updated",
        ),
        ("1/2 hours", "13/17/2020", "3/17", "9/110", "1-800-555-2015", "13-31-2015"),
    ),
    _rule(
        "timex.time.clock",
        "digit clockoffset",
        "clock",
        r"""(?<!\d[:.][^\S\n])\b(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?)?\s*
            (?:(?P<ampm>[ap]\.\s?m\b\.?|[ap]m\b|o['\u2019]clock\b(?:\s+(?:this|in\s+the)\s+(?:morning|afternoon|evening)\b|\s+tonight\b)?|in\s+the\s+(?:morning|afternoon|evening))|\((?P<ampm>[ap]\.\s?m\.|[ap]m)\))
            (?:\s+(?P<tz>[ECMP][SD]T|(?-i:[ECMP]T)|GMT|UTC|local(?:\s+time|(?!\s+(?:news|newscasts?|stations?|tv|television|radio|papers?|newspapers?|media|broadcasts?|shows?)\b)))\b|\s+(?P<tz>(?-i:[ECMP]\.(?:[SD]\.)?T\.|(?:Eastern|Central|Mountain|Pacific)(?:[^\S\n]+(?:[Tt]ime|Standard[^\S\n]+Time|Daylight[^\S\n]+Time))?\b(?![^\S\n]+[A-Z]))))?
            (?:(?:,?(?![^\S\n]*+\n[^\S\n]*+\n)\s+|(?<=m\.))(?:(?-i:on|ON)\s+)?(?:(?:(?P<lrel>last|this\s+past)\s+)?(?P<weekday>\L<weekday_full>)\b(?![^\S\n]*+(?:through|thru|to|until|till|-|\u2013)[^\S\n]*+\L<weekday_full>\b)|(?P<weekday>(?-i:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun))\.(?=\s+(?-i:[A-Z][a-z]{2,8}\b\.?\s+\d))|(?P<word>today|yesterday|tomorrow)\b)(?:\s+(?P<dpod>morning|afternoon|evening|night)\b)?)?
            (?:(?:,?(?![^\S\n]*+\n[^\S\n]*+\n)\s+|(?<=m\.))(?:(?-i:on|ON)\s+)?(?:(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?(?P<month>\L<month>)\b\.?\s+(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>(?&d_year))(?&d_yend))?
              |(?P<month>1[0-2]|0?[1-9])/(?P<day>[12]\d|3[01]|0?[1-9])/(?P<year>\d\d(?:\d\d)?)\b(?!/|\.\d)
              |(?P<month>1[0-2]|0?[1-9])-(?P<day>[12]\d|3[01]|0?[1-9])-(?P<year>(?:19|20)\d\d)\b(?![\-/]|\.\d)))?
          | \b(?P<hour>1[0-2]|0?[1-9]):(?P<minute>[0-5]\d)\s+(?:on\s+)?
            (?:(?:(?P<weekday>\L<weekday_full>)|(?P<word>today|yesterday|tomorrow)|(?P<prel>this|last))\s+(?P<dpod>morning|afternoon|evening|night)|(?P<dpod>tonight))\b
          | (?<=\b(?:at|around|about|by|until|before|after|from|for|starts|begins)\s)(?P<hour>1[0-2]|[1-9])\s+(?:(?P<prel>this)\s+(?P<dpod>morning|afternoon|evening)|(?P<dpod>tonight)|(?P<prel>last)\s+(?P<dpod>night)|(?P<weekday>\L<weekday_full>)\s+(?P<dpod>morning|afternoon|evening|night))\b
          | (?<=\b(?P<lpod>morning|afternoon|evening|night|tonight)[^\S\n]{1,3}(?:at|around|about|approximately|(?:shortly|just|sometime)[^\S\n]{1,3}(?:after|before))[^\S\n]{1,3})
            (?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d)\b(?![:.]?\d|[^\S\n]*(?:[ap]\.?[^\S\n]?m\b|o['\u2019]clock))|\b(?=[^\S\n]?[,;)]|\.[^\S\n]|[^\S\n](?:on|in|at|near|outside|when|as)\b))
          | (?<=\b(?:at|around|about|approximately|(?:shortly|just|sometime)[^\S\n]{1,3}(?:after|before))[^\S\n]{1,3})
            (?P<bare>(?P<hour>1[0-2]|[1-9]):(?P<minute>[0-5]\d))\b(?![:.]?\d|[^\S\n]*+(?:[ap]\.?[^\S\n]?m|o['\u2019]clock|[-\u2013]|[ECMP][SD]T\b|GMT\b|UTC\b|local\b|hours\b|hrs\b))
          | (?=(?:1[3-9]|2[0-3]|0\d):[0-5]\d)(?<=\b(?:at|around|about|approximately|by|until|till|before|after|from|since|(?:shortly|just|sometime)[^\S\n]{1,3}(?:after|before))[^\S\n]{1,3})
            (?P<hour>1[3-9]|2[0-3]|0\d):(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?\b(?![:.]?\d|[^\S\n]*+(?:[ap]\.?[^\S\n]?m\b|[-\u2013]|[ECMP][SD]T\b|GMT\b|UTC\b|local\b))
            (?:,?\s+(?:on\s+)?(?:(?P<weekday>\L<weekday_full>)\b|(?P<word>today|yesterday|tomorrow)\b)(?:\s+(?P<dpod>morning|afternoon|evening|night)\b)?)?
          | (?<![\d:])\b(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?\s*(?P<tz>[ECMP][SD]T|GMT|UTC)\b
          | (?<![$\d.,])\b(?P<hour>[01]?\d|2[0-3])[.:](?P<minute>[0-5]\d)[^\S\n]+(?P<tz>local[^\S\n]+time)\b
            (?:,?\s+(?:on\s+(?:the\s+)?)?(?P<weekday>\L<weekday_full>)\b(?:\s+(?P<dpod>morning|afternoon|evening|night)\b)?)?
          | (?:\b(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)\s*(?P<tz>(?-i:[ECMP][SD]T|GMT|UTC)|local\s+time)
              |(?<=\b(?:at|about|around|approximately|by|until|till|before|after|from|since|between)\s)
               (?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)\s+(?:hours|hrs)\b
              |(?<=\b(?:between|from)\s)(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)
               (?=\s(?:and|to|until)\s(?:[01]\d|2[0-3])[0-5]\d\s+(?:hours|hrs)\b)
              |(?<=\b(?:between|from)\s(?:[01]\d|2[0-3])[0-5]\d(?:\s(?:hours|hrs))?\s(?:and|to|until)\s)
               (?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)\s+(?:hours|hrs)\b)
            (?:,?\s+(?:on\s+)?(?:(?P<weekday>\L<weekday_full>)\b|(?P<word>today|yesterday|tomorrow)\b)(?:\s+(?P<dpod>morning|afternoon|evening|night)\b)?)?
          | (?&d_clock_offset)\b(?P<hour>1[0-2]|0?[1-9])\s*(?P<ampm>[ap]\.\s?m\b\.?|[ap]m\b|o['\u2019]clock\b)
            (?:(?:,?(?![^\S\n]*+\n[^\S\n]*+\n)\s+|(?<=m\.))(?:(?-i:on|ON)\s+)?(?:(?:(?P<lrel>last|this\s+past)\s+)?(?P<weekday>\L<weekday_full>)\b(?![^\S\n]*+(?:through|thru|to|until|till|-|\u2013)[^\S\n]*+\L<weekday_full>\b)|(?P<word>today|yesterday|tomorrow)\b)(?:\s+(?P<dpod>morning|afternoon|evening|night)\b)?)?""",
        (
            "at 8 p.m. Tuesday",
            "resumed at 14:30 on Friday",
            "open from 9 a.m. to 5 p.m. Monday through Friday",
            "around 9:21 (a.m.), officers",
            "as of 12:51 pm, Mon. Apr. 10",
            "starting at 9 p.m. E.T.",
            "at 7 p.m. Eastern, then",
            "about 12:45 a.m. last Saturday",
            "around 7 last night",
            "10:35 a.m.",
            "4 in the morning",
            "14:30 GMT",
            "5 p.m. EST Nov. 9",
            "at 6 p.m. ET Tuesday",
            "at 1400 GMT",
            "0900 GMT Monday",
            "at 2130 local time",
            "at 0153 hours",
            "about 1:15 a.m. Sunday morning",
            "at 10:36 a.m. Aug. 26, 2015",
            "UPDATE (5:04 p.m. 5/17/16)",
            "at 6 o'clock this afternoon",
            "around 2:15 Saturday morning",
            "at 1:21 on Tuesday afternoon",
            "at 7:45 this morning",
            "at 9:30 tonight",
            "at 7 tonight",
            "at 10 this morning",
            "at 5:25 p.m. on February 16th",
            "at 2:29:40 a.m.",
            "at 11.30 local time",
            "Thursday night around 9:40",
            "Thursday night around 10,",
            "at 6 Sunday morning",
            "at 11 p.m.on July 25",
            "at 2:15 a.m.Saturday",
            "around five to 1 a.m.",
            "a quarter to 10 p.m. Friday",
            "half past 9 o'clock",
            "20 minutes past 3 p.m.",
        ),
        (
            "8 people",
            "10:35",
            "1400 hours of community service",
            "2400 GMT",
            "in 2014 local police",
        ),
    ),
    _rule(
        "timex.time.spelled",
        "clockword weekday pod",
        "clock",
        r"""(?<=\b(?:at|around|about|approximately|until|before|after)[^\S\n])(?P<hour>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[^\S\n]+(?P<weekday>\L<weekday_full>)[^\S\n]+(?P<dpod>morning|afternoon|evening|night)\b
          | (?<=\b(?:at|around|about|approximately|until|till|before|after|since|from|by)[^\S\n])(?P<hour>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[^\S\n]+(?P<ampm>in[^\S\n]+the[^\S\n]+(?:morning|afternoon|evening))\b
          | \b(?P<hour>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[^\S\n]+(?P<ampm>o['\u2019]clock)\b
            (?:[^\S\n]+(?:in[^\S\n]+the|this)[^\S\n]+(?P<dpod>morning|afternoon|evening)\b|[^\S\n]+(?:at[^\S\n]+)?(?P<dpod>tonight|night)\b)?
            (?:,?[^\S\n]+(?:on[^\S\n]+)?(?:(?P<weekday>\L<weekday_full>)\b|(?P<word>today|yesterday|tomorrow)\b)(?:[^\S\n]+(?P<dpod>morning|afternoon|evening|night)\b)?)?""",
        (
            "three o'clock Wednesday afternoon",
            "at eight o'clock in the morning",
            "about five o'clock this evening",
            "ten o'clock tonight",
            "around six Sunday morning",
            "woke up at three in the morning",
        ),
        ("the clock", "around the clock", "three clocks", "one in the morning paper"),
    ),
    _rule(
        "timex.time.named",
        "clockword clockoffset",
        "clock",
        r"""(?<!\bhigh\s)(?:\b12(?::00)?[^\S\n]+|(?&d_clock_offset))?\b(?P<word>noon(?:time)?|midnight|mid-?day)\b(?!\s+(?:basketball|madness|snacks?|sun|blue|oil)\b|(?<=(?-i:Noon|Noontime|Midnight|Midday))[^\S\n]++(?!(?:\L<weekday_full>|\L<month>|today|tomorrow|yesterday|local|on|at|and|or)\b)(?-i:\p{Lu}\p{Ll}))(?:[^\S\n]+local[^\S\n]+time\b)?
            (?:\s+(?:on\s+)?(?:(?P<weekday>\L<weekday_full>)\b|(?P<rel>today|yesterday|tomorrow)\b)(?:\s+(?P<dpod>morning|afternoon|evening|night)\b)?)?
            (?:,?\s+(?:on\s+)?(?P<month>\L<month>)\b\.?\s+(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b(?![,.]?\d|\s*%)(?:,?\s+(?P<year>(?&d_year))(?&d_yend))?)?""",
        (
            "at noon",
            "midnight Friday",
            "noon tomorrow",
            "midnight Sunday morning",
            "at midnight on Dec. 31",
            "noon Jan. 20, 2017",
            "just before 12 midnight",
            "noon local time on August 15",
            "at ten to midnight",
            "a quarter past noon",
            "a noontime shooting",
            "mid-day Tuesday",
        ),
        (
            "afternoon",
            "the film High Noon",
            "high noon comes today",
            "a midnight basketball league",
            "a police unit called the Midnight Crew",
        ),
    ),
    _rule(
        # "over July 4th weekend": the holiday's weekend, as "the Fourth of July weekend"
        "timex.date.holiday_date",
        "month",
        "holiday",
        r"""(?P<holiday>(?-i:July)\s+4(?:th)?)\s+(?:holiday\s+)?(?P<grain>week|weekend)\b(?!-)""",
        (
            "over July 4th weekend",
            "the July 4 holiday weekend",
            "a July 4th week trip",
        ),
        ("July 4th", "July 4 weekends", "July 4th week-long festival"),
    ),
    _rule(
        "timex.date.month_day",
        "month weekday",
        "date",
        r"""(?:(?:(?:this\s+coming|this\s+past|last|next|this)\s+)?(?P<weekday>\L<weekday>)\b(?:(?<=(?i:\bmon|\btues?|\bwed|\bthu(?:rs?)?|\bfri|\bsat|\bsun))\.)?
              (?:[^\S\n]+(?P<wpod>morning|afternoon|evening|night))?(?:[^\S\n]?,)?[^\S\n]+(?:the\s+)?)?
            (?&d_cap)(?P<month>\L<month>)\b(?:\.(?:[^\S\n]+|(?=\d))|\s+)
            (?:the\s+)?(?P<day>[12]\d|3[01]|0?[1-9]|(?!last\b|final\b)\L<ordinal>)(?:st|nd|rd|th)?\b(?![,.]?\d|\s*%)
            (?:(?:[^\S\n]?,)?\s+(?P<year>(?&d_year))(?&d_yend)
              # a full stop typed for the comma: "September 11th. 2012 on CNN", "Sept. 30. 2016:"
              |\.[^\S\n]++(?P<year>(?&d_year))(?=[^\S\n]*+[:,]|[^\S\n]++(?-i:on|in|at|by|and|when|after|before|to|for|from|with)\b)
              |\s+(?:of\s+)?(?P<yrel>this|last|next)\s+year\b)?""",
        (
            "said on March 17",
            "on June 16th of last year",
            "Friday, Oct. 13",
            "March 17, 2020",
            "Sept. 30",
            "March eighth",
            "this coming Sunday, March eighth",
            "Monday night, June 27th",
            "died Sept.11",
            "on June 7 , 2016",
        ),
        ("may 5", "March 17%"),
    ),
    _rule(
        "timex.date.day_month",
        "month weekday",
        "date",
        r"""(?:(?P<weekday>\L<weekday>)\b(?:(?<=(?i:\bmon|\btues?|\bwed|\bthu(?:rs?)?|\bfri|\bsat|\bsun))\.)?,?[^\S\n]+)?(?:the\s+(?=\d{1,2}(?:st|nd|rd|th)\b|\d{1,2}\s+of\s))?
            (?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?:[^\S\n]++\n?|\n)[^\S\n]*+(?:of\s+)?(?&d_cap)(?P<month>\L<month>)\b(?:(?<=(?i:\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)))\.)?
            (?:(?:[^\S\n]?,)?\s+(?P<year>(?&d_year))(?&d_yend))?""",
        (
            "on 17 March",
            "the 5th of May 2019",
            "Tuesday 3 March 2020",
            "on 4 Aug.",
            "the 7 July final",
        ),
        ("17 march",),
    ),
    _rule(
        # "stayed until the 17th", "a call at 5:17 p.m. on the 15th.": a day of the month the
        # story is in ("by the 15th of next month": of the month named); only after a
        # preposition of time and before no noun ("the 17th floor", "the 17th century", "was
        # the 17th to die" are no days)
        "timex.date.ordinal_day",
        "digit",
        "date",
        r"""(?<=\b(?:on|until|till|through|since|by|before|after|from|between|and|to)\s)the\s+(?P<day>[12]\d|3[01]|0?[1-9])(?P<ordinal>st|nd|rd|th)\b
            (?:\s+of\s+(?P<mrel>this|last|next|the|that)\s+month\b)?(?=[^\S\n]?[,.;:!?)"\u201d]|\s*\Z|[^\S\n]+(?:at|when|until|till)\b
              |[^\S\n]+(?:and|or|to|through)[^\S\n]+(?!(?:the\s+)?\d{1,2}(?:st|nd|rd|th)[^\S\n]+(?!(?:and|or|at|when|of)\b)\p{L}))
          | (?<=\b(?:morning|afternoon|evening|night|hours)\s+of\s)the\s+(?P<day>[12]\d|3[01]|0?[1-9])(?P<ordinal>st|nd|rd|th)\b(?![\s-]+(?-i:\p{Ll}))""",
        (
            "stayed until the 17th.",
            "at 5:17 p.m. on the 15th.",
            "between the 3rd and the 9th",
            "from the 2nd to the 5th",
            "by the 15th of next month",
            "since the 15th, police said",
            "in the early morning hours of the 11th,",
        ),
        (
            "on the 17th floor",
            "by the 17th century",
            "was the 17th to die",
            "between the 10th and 12th floor",
            "in the 17th, he scored",
        ),
    ),
    _rule(
        "timex.date.month_year",
        "month",
        "month",
        r"""(?&d_cap)(?P<month>\L<month>)\b\.?(?:[^\S\n]?,)?\s+(?:of\s+)?(?:(?P<year>(?&d_year))(?&d_yend)|(?P<syear>(?&d_syear))|(?P<ayear>(?&d_ayear)))""",
        ("in March 2020", "August 1988", "January nineteen ninety-seven", "May '05"),
        ("may 2020",),
    ),
    _rule(
        "timex.date.two_quarters",
        "quarter",
        "quarter",
        r"""(?:the\s+)?(?P<ord>first|last|latter|final)\s+(?P<two>two|2)\s+(?:(?:fiscal|calendar)\s+)?quarters\s+of\s+
            (?:(?:fiscal|calendar)\s+)?(?:(?P<year>(?&d_year))(?&d_yend)|(?P<yrel>this|last|next)\s+year\b)""",
        ("the first two quarters of 1990", "the last two quarters of this year"),
        ("the last two quarters", "the first three quarters of 1990"),
    ),
    _rule(
        "timex.date.quarter",
        "quarter unit",
        "quarter",
        r"""(?:(?:the|a|their|this|(?P<yrel>this|last|next)\s+year['\u2019]s|(?:the\s+)?(?P<ago>year[\s-]ago|year[\s-]earlier)|(?:the\s+)?(?P<year>(?&d_year))(?:['\u2019]s)?)\s+)?
            (?:the\s+)?
            (?:(?:fiscal|calendar)[\s-]+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|last|final|latter)
            [\s-]+(?:(?:fiscal|calendar|financial|fundraising|reporting)[\s-]+)?(?P<part>quarter|half)\b(?!s|-\w|\s+of\s+(?&d_cap)\L<month>\b)
            (?:\s+of\s+(?:(?P<year>(?&d_year))(?&d_yend)|(?:fiscal\s+)?(?P<year>(?&d_year))(?&d_yend)|(?P<yrel>this|last|next|the)\s+year\b
                |(?:the\s+)?(?:(?P<decade>1[5-9]\d0|20\d0)['’]?s|['’‘](?P<decade2>\d0)s)\b
                |the\s+(?P<ofdecade>decade)\b
                |the\s+(?:(?P<century>1\d|2[01])(?:st|nd|rd|th)|(?P<cord>\L<ordinal>))[\s-]+century\b))?
          | (?:the\s+)?(?P<ord>first|last|final)\s+(?P<months>three|3|six|6)\s+months\s+of\s+
            (?:(?P<year>(?&d_year))(?&d_yend)|(?P<yrel>this|last|next)\s+year\b)""",
        (
            "the last three months of 2015",
            "the first six months of this year",
            "the first half of the 1990s",
            "the second half of the 20th century",
            "the first half of the decade",
            "the second half of the year",
            "the third quarter",
            "fourth-quarter profit",
            "the first half of 1990",
            "this year's third quarter",
            "the fiscal first quarter",
            "the third fundraising quarter",
        ),
        ("quarterly", "a quarter of the vote"),
    ),
    _rule(
        "timex.date.quarter_code",
        "quarter",
        "quarter",
        r"""(?-i:(?P<ord>Q[1-4]|H[12]))\b(?![-\u2010\u2011]?B\b)(?:\s+(?:of\s+)?(?:FY\s*)?(?P<year>(?&d_year))(?&d_yend))?""",
        ("in Q3 2019", "H1 results", "Q4"),
        ("q3", "an H1-B visa"),
    ),
    _rule(
        "timex.date.quarter_anaphor",
        "quarter unit",
        "quarter_anaphor",
        r"""(?:the|its|that|this)\s+
            (?:(?P<rel>same|comparable|corresponding|latest|current|most\s+recent|recent|previous|prior|year[\s-]ago|year[\s-]earlier|prior[\s-]year|(?P<year>(?&d_year)))[\s-]+){1,2}
            (?P<part>quarter|period)\b(?!s)
            (?:\s+(?P<yrel>last\s+year|a\s+year\s+(?:ago|earlier))|\s+(?:in|of)\s+(?P<year>(?&d_year))(?&d_yend)(?![-.,]?\d))?
          | (?:that|this)\s+(?P<part>quarter)\b
          | the\s+(?P<part>quarter)\s+(?P<yrel>a\s+year\s+(?:ago|earlier))
          | (?P<yrel>last\s+year)['’]s\s+(?P<part>quarter|period)\b(?!s)
          | (?:the\s+same|this)\s+(?P<part>time(?:\s+period)?|point|week|weekend|month|day)\s+
            (?:(?P<yrel>last\s+year|next\s+year|a\s+year\s+(?:ago|earlier|from\s+now))\b|(?:in|of)\s+(?P<year>(?&d_year))(?&d_yend)(?![-.,]?\d))
          | (?P<yrel>last\s+year|a\s+year\s+ago)\s+at\s+(?:this|the\s+same)\s+(?P<part>time|point)\b""",
        (
            "the year-ago quarter",
            "the 1988 period",
            "the latest quarter",
            "the corresponding period last year",
            "the same period in 2015",
            "that quarter",
            "last year's quarter",
            "the same time last year",
            "this time last year",
            "at this point last year",
            "this time next year",
            "the same week in 2014",
            "last year at this time",
            "a year ago at the same time",
        ),
        ("the period", "last year's quarters"),
    ),
    _rule(
        "timex.date.decade",
        "digit decade_word",
        "decade",
        r"""(?:the\s+(?!\S{3,6}-\w))?(?P<decade>1[5-9]\d0|20\d0)(?:['’]?|(?<=\bthe\s+\d{4})[^\S\n]['’])s(?&d_yend)
          | (?:the\s+)?['’‘](?:(?<=[^\S\n]['’‘])[^\S\n])?(?P<decade2>\d0)s\b
          | the\s+(?P<decade2>[2-9]0)['’]s\b(?!\s+(?:degrees?|percent|range|mph)\b)
          | the\s+(?P<decade_word>\L<decade_word>)\b
          | (?<=\bthe[^\S\n]+(?:early|late|mid)(?:[^\S\n]+|-))(?P<decade_word>\L<decade_word>)\b
          | (?<=\b(?:1[5-9]\d0|20\d0)['’]?s[^\S\n]{1,3}(?:and|or|to|through|into)[^\S\n]{1,3})(?P<decade2>[2-9]0)s\b""",
        (
            "the 1990s",
            "mid-1990s",
            "the '80s",
            "the ' 60s through ' 90s",
            "the nineties",
            "the early nineties",
            "the mid-sixties",
            "during the 80’s",
            "the 1960s and 70s",
        ),
        ("1995", "in the 90s"),
    ),
    _rule(
        "timex.date.century",
        "unit midword",
        "century",
        r"""(?:the\s+(?!\S{3,6}-century\b))?(?P<century>1\d|2[01]|[1-9])(?:st|nd|rd|th)[\s-]+(?:(?-i:c)entury\b|(?-i:C)entury\b(?![^\S\n]+(?-i:\p{Lu})))
          | (?:the\s+(?!\S{3,14}-century\b))?(?!(?:last|final)\b)(?P<ord>\L<ordinal>)[\s-]+(?:(?-i:c)entury\b|(?-i:C)entury\b(?![^\S\n]+(?-i:\p{Lu})))
          | (?:the\s+)?(?P<turn>turn)\s+of\s+the\s+(?:(?P<century>1\d|2[01]|[1-9])(?:st|nd|rd|th)[\s-]+|(?!(?:last|final)\b)(?P<ord>\L<ordinal>)[\s-]+)?(?P<unit>century|millennium)\b
          | (?:the\s+)?(?P<dord>\L<ordinal>|last|final)\s+decade\s+of\s+the\s+(?:(?P<century>1\d|2[01]|[1-9])(?:st|nd|rd|th)|(?!(?:last|final)\b)(?P<ord>\L<ordinal>))[\s-]+century\b
          | (?<=\b(?:end|middle|start|beginning|rest|balance|remainder|close)[^\S\n]{1,3}of[^\S\n]{1,3})the\s+(?P<this>decade|century)\b
          | (?P<mid>mid(?:-|[^\S\n])?)century\b(?![\s-]+modern\b)""",
        (
            "by the end of the decade",
            "the balance of the century",
            "by midcentury",
            "until mid-century",
            "the 20th century",
            "the twenty-first century",
            "11th-century",
            "the turn of the century",
            "the turn of the 20th century",
            "the first decade of the 21st century",
        ),
        ("a century", "the last century", "21st Century Fox", "the decade", "midcentury modern"),
    ),
    _rule(
        "timex.date.ago",
        "unit",
        "ago",
        r"""(?:(?!(?<=(?:1[89]|20)\d\d[-\u2013])\d)(?P<num>(?&d_num)(?:[\s-]+and[\s-]+a[\s-]+half\b)?|(?:a[\s-]+)?half(?:\s+an?)?|an?|(?<!\b(?:year|month|week|decade)s?\s{1,3}to\s{1,3})the(?=\s+(?:day|night|week|month)\s+(?:before|after)\s|\s+(?:day|night)\s+of\s)|(?P<vague>(?&d_vague)))(?:(?:\s+(?:or|to)\s+|\s+and\s+(?<=\bbetween\s{1,3}\S{1,20}\s{1,3}and\s{1,3})|(?<=\b(?:one|two|three|four|five|six|seven|eight|nine)),\s+(?:(?:maybe|perhaps|possibly)\s+)?(?=(?:two|three|four|five|six|seven|eight|nine|ten)\s)|-to-)(?P<num2>(?&d_num)))?(?:\s+|(?<=half)-))?
            (?:(?:more|additional|full|short|long)\s+)?(?P<unit>(?&d_unit))(?:\s+|-(?=and-))
            (?:(?<=\b(?:a|an|one)\s+(?:year|month|week|day|hour)[\s-])(?P<half>and[\s-]+(?:a[\s-]+)?half)[\s-]+)?
            (?:(?P<approx>or\s+so|or\s+two|or\s+more)\s+)?
            (?P<post>ago|earlier|later|prior(?!\s+to\b)|from\s+now|hence|back|(?<!\bthe\s+\w{3,12}\s)before(?=[^\S\n]?[,.;:!?)"\u201d]|\s*\Z|[^\S\n]++(?:when|while|was|were|is|are|had|has|have|did|would|could)\b)
              |(?<!\bthe\s+\w{3,12}\s)after(?=[^\S\n]?[,.;:!?)"\u201d]|\s*\Z)
              |(?<!\bthe\s+\w{3,12}\s)(?:before|after)(?=[^\S\n]++(?:that|then)\b(?![^\S\n]++(?:happened|occurred|was|were|is|had|has|took)\b))
              |(?:before|after|prior\s+to|(?<=\bthe\s+(?:day|night)\s+)of)(?=\s+(?:the|his|her|their|its|that|this)\s+(?:[\w'’-]+\s+){0,2}?(?&d_incident)\b)
              |(?<=\bthe\s+(?:day|night)\s+)of(?=\s+(?&d_incident)\b))\b
            (?:(?<=\b(?:years?|decades?)\s+ago)[^\S\n]++this[^\S\n]++(?P<this_unit>weekend|week|month)\b)?""",
        (
            "two weeks ago",
            "a year-and-a-half ago",
            "a year earlier",
            "a week or so ago",
            "years ago",
            "ten days later",
            "ten days before the shooting",
            "two weeks after the fatal shooting",
            "40 or 50 years ago",
            "the day before the shooting",
            "the night of the shooting",
            "the night of shooting",
            "a half-hour later",
            "two days prior,",
            "days prior to the shooting",
            "five years ago this week",
            "a year before that, he was fired",
        ),
        (
            "two weeks",
            "ten days before the hearing",
            "six weeks after a massacre",
            "the day before the vote",
            "within a week of the shooting",
        ),
    ),
    _rule(
        "timex.set.frequency",
        "unit",
        "set",
        r"""(?<![\w$£€.,-])(?:once|twice|thrice|(?&d_num)(?:\s+(?:or|to)\s+(?&d_num))?\s+times|(?:(?&d_vague)|multiple|numerous|countless|(?:dozens|hundreds|thousands|millions|scores)\s+of)\s+times|(?:(?&d_num)|an?)(?:-plus)?[\s-]+(?&d_unit))
            (?:\s+(?:a|an|per|each)\s+|-per-)(?P<per>day|night|week|month|year|hour|minute|quarter)\b(?!-)
          | (?<=\b(?:on|during|over|most)\s)(?:the\s+)?(?P<weekends>weekends)\b""",
        (
            "twice a week",
            "two nights a week",
            "three times a day",
            "thousands of times a day",
            "two or three times a day",
            "24 hours a day",
            "35-plus hours a week",
            "works on weekends",
            "a 10-hour-per-week job",
            "once a year",
        ),
        ("a day a", "$5 a day", "twice the size", "three meals a day"),
    ),
    _rule(
        "timex.set.every",
        "unit weekday month season pod",
        "set",
        # "day after day" last: a first branch opening on look-behinds cost 4 % of the speed
        # (the pattern is tried at every unit, and its literal opening was a quick reject)
        r"""\b(?:(?:each\s+and\s+)?every|each)\s+(?:(?<=every\s+)other\s+|single\s+|(?:fiscal|calendar|school|academic)\s+(?=years?\b))?(?:(?P<num>(?&d_num))\s+)?
            (?:(?P<weekday>\L<weekday_full>)\b(?:\s+(?P<pod>morning|afternoon|evening|night)\b)?|(?&d_cap)(?P<month>\L<month_full>)\b|(?P<season>\L<season>)\b|(?P<unit>(?&d_unit))(?!(?<=quarter)\s+of\b)|(?P<epod>morning|afternoon|evening)\b)
          | (?<![\w-])(?<!\b(?:the|a|an|that|this|one|first|last|next)\s)(?P<unit>day|night|week|month|year)\s+after\s+(?P=unit)\b(?!-|\s+(?:one|two|three|four|five|six|seven|\d))""",
        (
            "every Tuesday",
            "every Tuesday morning",
            "every morning",
            "each year",
            "every two weeks",
            "each July",
            "every single day",
            "every fiscal year",
            "each and every day",
            "fought day after day",
            "night after night",
        ),
        ("everyone", "each of", "console each other Wednesday", "in every quarter of society"),
    ),
    _rule(
        "timex.set.adverb",
        "setword",
        "set",
        r"""\b(?P<word>daily|weekly|monthly|annually|yearly|hourly|nightly|quarterly|bi-?weekly|bi-?monthly|semi-?annually)\b
          | (?<!\bthe\s)\b(?-i:(?P<word>everyday))(?=[^\S\n]?[,.;:!?)"\u201d]|[^\S\n]*\Z|[^\S\n]+(?:with|in|at|for|to|and|or|but|on|since|until|from|after|before|when|while|because|so|through|by|without)\b)""",
        (
            "prices are set daily",
            "paid quarterly",
            "annually",
            "I talked to my dad everyday,",
            "I wake up everyday with him",
            "Living everyday through Emma Walker",
        ),
        ("annual", "everyday life", "Everyday!", "the everyday of life", "the everyday with"),
    ),
    _rule(
        "timex.set.weekdays",
        "weekday",
        "set",
        r"""(?&d_cap)(?P<weekday>\L<weekday_full>)s\b(?:\s+(?P<pod>mornings|afternoons|evenings|nights))?
          | (?&d_cap)(?P<weekday>\L<weekday_full>)\s+(?P<pod>mornings|afternoons|evenings|nights)\b
          | (?&d_cap)(?P<weekday>\L<weekday_full>)(?=\s+(?:and|or)\s+(?&d_cap)\L<weekday_full>\s+(?P<pod>mornings|afternoons|evenings|nights)\b)""",
        ("on Tuesdays", "Tuesday nights", "Monday and Tuesday nights"),
        ("Tuesday",),
    ),
    _rule(
        "timex.duration.recent",
        "unit",
        "recent",
        r"""(?:the\s+)?(?:(?P<rel>recent|coming|upcoming|most\s+recent|past\s+several|past\s+few|next\s+few|next\s+several|last\s+few|last\s+several)\s+)
            (?P<unit>days|weeks|months|quarters|years|decades|hours|centuries)\b
            (?P<pair>\s+(?:and|or)\s+(?:days|weeks|months|years|decades)\b)?
          | the\s+(?P<rel>past|last|next|following|preceding|previous|ensuing|subsequent|remaining)\s+(?P<unit>days|weeks|months|years|decades|hours|minutes|centuries)\b
            (?!(?&d_of_date))
          | (?:the\s+|(?<=\bin\s)(?=\w+\s+(?:and|or)\s))(?P<unit>days|weeks|months|years)(?P<pair>\s+(?:and|or)\s+(?:days|weeks|months|years))?\s+(?P<rel>ahead|to\s+come)\b
          | (?P<rel>subsequent|(?<!\b(?:a|the)\s)later|(?<=\b(?:in|over|during|for|from)\s)(?:previous|prior|preceding))\s+(?P<unit>days|weeks|months|years|decades)\b(?![\'\u2019])
          | (?:the|its|their|his|her)\s+(?P<rel>final|closing|waning|dying|early|first|opening|initial|later|(?<=\b(?:his|her|their)\s)younger)\s+(?P<unit>days|weeks|months|years|hours|minutes|seconds)\b
            (?!\s+(?:ago|later|earlier)\b|(?&d_of_date)|\s+of\s+(?:this|that|last|today|tonight)\b|(?<=\bearly\s+hours)\s+of\s+the\s+(?:morning|night)\b)
          | (?P<rel>its|their|his|her)\s+(?P<unit>days|years|decades)\b(?=\s+(?:as|in|at|with|on)\s)
          | (?<=\b(?-i:\p{Lu})[\w.\-]*(?:['\u2019]s|s['\u2019])\s)(?P<owner>)(?P<unit>years|decades)\b(?=\s+(?:as|in)\s)""",
        (
            "in recent days",
            "in recent weeks and months",
            "during her years as secretary",
            "his decades in public service",
            "recent years",
            "the coming months",
            "the weeks ahead",
            "the closing weeks of the campaign",
            "the early years",
            "in its early years",
            "the ensuing minutes",
            "in the preceding weeks",
            "over the last decades",
            "in subsequent years",
            "in later years",
            "in previous months",
            "the closing seconds",
            "her days as secretary",
            "Bill Clinton's years in office",
        ),
        (
            "recent moves",
            "the early hours of Thursday",
            "the last week",
            "the early hours of this",
            "the company's years in decline",
            "beat previous years",
            "in prior years' budgets",
        ),
    ),
    _rule(
        # "by that date", "on the same date": the day named last, as "that day" is
        "timex.date.that_date",
        "vague",
        "relative",
        r"""(?P<rel>that|the\s+same|that\s+same)\s+(?P<unit>date)\b(?![\s-]+(?:of|for|to|on|in|when|which|that|as|with|night)\b|-)""",
        ("by that date.", "on the same date,"),
        ("that date of birth", "the same date as", "that dated"),
    ),
    _rule(
        "timex.date.relative",
        "unit quarter",
        "relative",
        r"""(?P<rel>this)\s+(?P<unit>day)\s+(?:and|in|an|n['\u2019]?)\s+(?P<age>age)\b
          | (?P<rel>this|last|next|past|previous|current|the\s+(?:past|last|next|coming|upcoming|previous|following|current|same|latest|present|prior|preceding|ensuing|subsequent|very\s+same|very\s+next|very\s+following|full|entire|whole)|that\s+(?:very\s+)?same|that\s+very|that|this\s+(?:past|coming))(?&d_feeling)
            \s+(?:(?P<fiscal>fiscal|calendar|financial|budget|(?<=\bthis\s)(?:(?:very\s+)?unusual\s+)?(?:presidential(?:\s+election)?|political|campaign|election|midterm(?:\s+election)?))\s+(?=year\b)|(?:holiday|long|three-day)\s+(?=weekend\b))?(?P<unit>week|weekend|month|quarter|year|decade|century|day|half|(?<=\bthe\s+(?:past|last|next)\s+)(?:hour|fortnight))\b(?!-\w|[\s-]+centur|\s+and\s+a\s+half\b|\s+or\s+two\b(?![\s-]+(?:(?&d_unit)|dozen|hundred|thousand|million|more|of|other|people|men|women)\b)|(?<=(?:last|final)\s+(?:week|weekend|days?))\s+(?:of|in)\s+(?&d_cap)\L<month>\b|(?<=\bthe\s+last\s+\w+)\s+of\b|(?<=\bthe\s+(?:last|latest)\s+\w+)\s+(?:for|in)\s+which\b)
          | (?<!\b(?:the|his|her|their|its|my|our|your|these|those|whose|final|first)\s)(?<!['\u2019]s\s)(?P<rel>last|next)\s+(?P<unit>week|weekend|month|year)(?=s[^\S\n]+(?!(?:of|and|or|in|at|on|for|to|with|before|after|ago|later|earlier|are|were|was|is|have|had|has|saw|will|would|could|that|which|when|as|the)\b)\p{Ll}{3,}\b)
          | the\s+(?P<unit>day|night|week|month|year)\s+(?P<rel>before|after)(?=[^\S\n]?[,.;:!?)"\u201d]|\s*\Z|[^\S\n]+(?:had|has|have|was|were|when|and|but|in|at|by|near|outside|during)\b)
          | the\s+(?P<unit>night|week|weekend|month|year)\s+(?P<rel>before\s+last)\b(?![\s-]+(?:(?&d_unit)|time|season|\L<season>|\L<weekday_full>|(?&d_cap)\L<month>)\b)
          | the\s+(?P<unit>week|weekend|month|year)\s+(?P<rel>after\s+next)\b(?![\s-]+(?:(?&d_unit)|time|season|\L<season>|\L<weekday_full>|(?&d_cap)\L<month>)\b)
          | (?<=\b(?:much|the\s+(?:rest|remainder))\s+of\s)(?P<rel>the)\s+(?P<unit>day)\b(?![\s-]+(?:yesterday|today|tomorrow|before|after|of|on|care|cares|camps?|school|laborers?|trips?|\L<weekday_full>)\b)
          | (?<=\b(?:(?:earlier|later)\s+in|throughout|through|(?:by|until|till|before|toward|towards|near)\s+the\s+end\s+of)\s)(?P<rel>the)\s+(?P<unit>day)\b(?!-|\s+(?:care|cares|camps?|school|laborers?|trips?|\L<weekday_full>)\b)
          | (?<=\b(?:as|the\s+longer)\s)(?P<rel>the)\s+(?P<unit>day|night)(?=\s+(?:went|wore|goes|wears|dragged|drags)\s+on\b|\s+(?:progressed|progresses|unfolded|unfolds)\b)""",
        (
            "last month",
            "As the day went on, he",
            "investigating last weeks shooting",
            "as the day progressed",
            "as the night unfolded",
            "this week",
            "the previous day",
            "for at least the last hour",
            "this holiday weekend",
            "in this election year",
            "in this very unusual presidential year",
            "the current budget year",
            "the following year",
            "that day",
            "next year",
            "later that same day",
            "on that fateful day",
            "The day before, he",
            "in the upcoming week",
            "had argued the night before.",
            "a charge from the night before had been upgraded",
            "later in the day",
            "the week before last",
            "the week after next",
            "over the past fortnight",
            "the night before last",
            "throughout the day",
            "for much of the day",
            "in this day and age",
            "in this day in age",
        ),
        (
            "last-minute",
            "the past two years",
            "the last minute",
            "the day before the vote",
            "the week before last Tuesday",
            "the week after next Tuesday",
            "the past quarter century",
            "earlier in the day Saturday",
            "in his last weeks alive",
            "the last weeks of the campaign",
        ),
    ),
    _rule(
        "timex.duration.long",
        "unit solid_long",
        "duration",
        r"""(?<![\w-])(?:an?\s+)?(?:(?P<unit>(?&d_unit))(?P<adj>[^\S\n]?-[^\S\n]?long)\b(?!-)
            |(?P<unit>hours?|days?|night|weeks?|months?|years?|decades?)(?P<adj>long)\b)""",
        (
            "a decades-long battle",
            "a decades - long feud",
            "their third day-long meeting",
            "hours-long talks",
            "an hourlong show",
            "a yearlong battle",
            "a dayslong standoff",
        ),
        ("a day long", "long-term"),
    ),
    _rule(
        "timex.duration.span",
        "unit quarter",
        "duration",
        r"""(?:(?P<rel>the\s+(?:past|last|next|first|coming|following|previous|latest|most\s+recent|final|remaining|initial|ensuing|preceding|entire|whole|full|same|last\s+several|past\s+several|next\s+several|past\s+few|last\s+few|next\s+few|first\s+few)|(?:these|those|this)\s+(?:past|last)|(?:these|those)\s+(?:first|final|next)|past|last(?<!\b(?:would|will|could|can|may|might|should|must|to|won['\u2019]t|wouldn['\u2019]t|didn['\u2019]t|doesn['\u2019]t|don['\u2019]t|did|does|do|['\u2019]ll)\slast)|next|first|coming|previous|final|another|an\s+additional|the)\s+)?
            (?:(?!(?<=(?:1[89]|20)\d\d[-\u2013])\d)(?P<num>(?&d_num)(?:[\s-]+and[\s-]+a[\s-]+half\b)?|(?:a[\s-]+)?half(?:\s+an?)?|(?:a[\s-]+)?quarter(?:\s+of\s+an)?(?=[\s-]+hour\b)|(?:a[\s-]+)?quarter\s+of\s+a(?=[\s-]+century\b)|an?|(?P<vague>(?&d_vague)))(?P<plus>-plus\b)?(?:(?:\s+(?:or|to|and)\s+|(?<=\w)-\s+(?:or|to)\s+|-to-|(?<=\b(?:one|two|three|four|five|six|seven|eight|nine)),\s+(?:(?:maybe|perhaps|possibly)\s+)?(?=(?:two|three|four|five|six|seven|eight|nine|ten)\s))(?P<num2>(?&d_num))|(?<=\d)[-\u2013](?P<num2>\d{1,3})(?=[\s-])|\s+or\s+(?P<ormore>more)(?=\s))?)
            (?:[\s-]+(?:more|additional|extra|full|entire|whole|straight|consecutive|single|long|trading|business|working|flying|flight|calendar|fiscal|school|academic|(?<=[\w-]\s)(?:\L<stretch_adjective>|\L<feeling>)(?=\s+(?:hours|days|nights|weeks|months|years|decades)\b)))?
            [\s-]+(?P<unit>(?&d_unit))(?![^\S\n]-[^\S\n](?:olds?|ago)\b|-(?:old|(?:year|month|week|day)s?-old\b|ago|earlier|end\b|degree\b|by\b|to-|(?:wo)?m[ae]n\b|girls?\b|boys?\b|males?\b|females?\b)|\s+(?:olds?|ago)\b|[\s-]+birthdays?\b|(?<=-year)\s+(?:(?:wo)?m[ae]n|girls?|boys?|males?|females?)\b|(?<=\d-year)[^\S\n]+(?:(?-i:\p{Lu}[\w.]*+)[^\S\n]+){0,2}(?-i:Sen|Rep|Gov|Senator|Representative|Governor|Mayor|President|Judge|Justice|Dr|Rev)\b|(?<=\bnight)[\s-]+(?:clubs?|tables?|stands?)\b|(?<=(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven))[^\S\n]+(?:month|week))[^\S\n]+(?-i:\p{Lu}\p{Ll}+[^\S\n]+\p{Lu})|(?<=(?<![\w-])day)[\s-]+(?:care|cares|camps?|laborers?|school)\b|(?<=\b(?:one|a)[^\S\n](?:day|week))[^\S\n]+at[^\S\n]+a[^\S\n]+time\b|(?<=quarter)(?:[\s-]+of[\s-]+an?[\s-]+(?:million|billion|trillion|mile|pound|percent|point)\b|,?[^\S\n]+\(?\d+(?:\.\d+)?[^\S\n]?(?:%|percent\b)|[\s-]+(?:miles?|inch(?:es)?|pounds?|pounder|ounces?|acres?|tons?|points?|percent|cups?|notes?|turns?)\b))(?P<adj>-long|\s+long\b)?(?P<after_plus>-plus\b|[^\S\n]plus(?=[^\S\n]*+(?:[.,;:!?)]|$)|[^\S\n]+(?:on|in|at|as|of|with|behind|under|inside|since|and|but)[^\S\n]))?
            (?:[\s-]+(?P<half>and[\s-]+(?:a[\s-]+)?half)\b|(?<=\b(?:a|an|one)[\s-]+\w+)\s+(?P<ortwo>or\s+two)\b(?![\s-]+(?:(?&d_unit)|dozen|hundred|thousand|million|more|of|other|people|men|women)\b))?
          | (?P<rel>the\s+(?:past|last|next|first|coming|previous|final))\s+(?P<unit>quarter[\s-]+centur(?:y|ies))\b
          | (?P<rel>another)\s+(?P<unit>hour|week|month|year|decade)\b(?![\s-]+(?:ago|later|earlier|old)\b|-)
          | (?P<rel>the)\s+(?:extra|additional)\s+(?P<unit>hour|day|week|month|year)\b(?![\s-]+(?:ago|later|earlier|old)\b|-)
          | (?P<rel>the\s+(?:past|last|next|first|coming|previous|following|final)|this\s+(?:past|last|coming))\s+(?P<unit>hour|day|week|month|year|decade|century)(?:[\s-]+(?P<half>and[\s-]+a[\s-]+half)\b|\s+(?P<ortwo>or\s+two)\b(?![\s-]+(?:(?&d_unit)|dozen|hundred|thousand|million|more|of|other|people|men|women)\b))""",
        (
            "nearly 30 years",
            "the past six months",
            "18 months",
            "two sleepless nights",
            "a crucial two- or three-week period",
            "a five-year plan",
            "2 1/2 years",
            "2\u00bd years",
            "a half-hour",
            "half an hour",
            "two and a half hours",
            "seven-and-a-half years",
            "three decades",
            "a couple of years",
            "in the next day or two",
            "these past eight years",
            "those first few days after",
            "the next couple days",
            "a quarter-century",
            "the past quarter century",
            "a quarter-hour",
            "a year or two",
            "a quarter of an hour",
            "four-plus months",
            "eight hours plus,",
            "25 years plus on the force",
            "25 years plus and I will",
            "6-30 years",
            "an estimated 20-to-30 seconds",
            "two or more years",
            "a year-plus",
            "the past decade and a half",
            "the past year-and-a-half",
            "an hour-and-a-half",
            "for another month",
            "for the extra week of recess",
            "the additional year of school",
        ),
        (
            "one of",
            "a quarter-mile",
            "a quarter mile",
            "Club 66 night club",
            "a day care center",
            "taking it one day at a time",
            "a quarter-of-a-million people",
            "Just over a quarter, 26 percent, said yes",
            "a 22-year-woman",
            "the 14-year boy",
            "four second-degree felony counts",
            "the death of 7 month Jayden Redden",
            "a 25-year-year-old man",
            "after 82-year Iowa Sen. Chuck Grassley spoke",
        ),
    ),
    _rule(
        "timex.date.year",
        "digit",
        "year",
        r"""(?:(?P<fiscal>fiscal(?:\s+year)?|calendar|financial|model|the\s+year)[\s-]+|FY(?:[^\S\n]|-)?(?=\d))?
            (?:(?<=\b(?:mid|pre|post|early|late)-)|(?<=\bFY-?)|(?<=(?<![\d-])(?:1[89]|20)\d\d-)|(?<![\d$.,#/+-]|\b(?:No|Nos|Apt|Ste|Rm|Bldg|Hwy|Rte|Sec|Ext|ext|F\.M|[NS]\.[EW])\.\s|\b(?:Flight|Route|Highway|(?-i:Road|CR)|FM|Interstate|Suite|Room|Apartment|Unit|Building|Gate|Exit|Lot|Bus|Train|Badge|Box|HB|SB|HR|Bill|Proposition|Prop|Measure|Section|Article|Chapter|Rule|Form|Extension|Ext|Channel)\s))(?P<year>(?&d_year)|21\d\d)(?&d_yend)(?!-(?!(?:(?:1[89]|20)\d\d|\d\d?)\b(?![-/]\d))\d|-(?-i:[A-Z]{1,4})-?\d)
            (?![^\S\n]{0,3}(?:bits?|bytes?|pixels|cc|mAh)\b|[^\S\n]{1,3}(?-i:North|South|East|West)(?:\)|[^\S\n]{1,3}\d)|(?<=\b(?:[Aa]t|(?:responded|dispatched|called|sent|rushed|returned|[Cc]alls?)\sto|[Ff]ront\sof)\s\d{4})[^\S\n]{1,3}(?-i:\p{Lu}\p{Ll})|[^\S\n]{1,3}(?-i:[NSEW])\.?[^\S\n]{1,3}(?-i:\p{Lu}\p{Ll}++)(?!\.))
            (?!\s+(?:(?:first|second|third|fourth|fiscal|calendar)[\s-]+)*(?:quarter|half|period|nine\s+months)\b)
            (?!\s+(?:block|hours|hrs|GMT|UTC|local\s+time|(?-i:(?:(?:Host|Organi[sz]ing|Bid|Inaugural|Steering)\s+)?Committee)|(?-i:"""
        + HOLIDAY_NAMES
        + r"""))\b|\s*[-\u2013]\s*block\b)
            (?:(?<=\b[Tt]he\s\d{4})|(?![^\S\n]{1,3}(?:(?:(?-i:[NSEW]{1,2})\.?|(?-i:[NS]\.[EW]\.)|(?-i:(?:North|South)(?:east|west)?|East|West))[^\S\n]{1,3})?(?:(?-i:\p{Lu})[\w'’.-]{0,20}|\d{1,3}(?:st|nd|rd|th))(?:[^\S\n]{1,3}(?-i:\p{Lu})[\w'’.-]{0,20}){0,2}[^\S\n]{1,3}\L<street>\b))
            (?:\s+(?:fiscal|financial)\s+year\b(?!-))?""",
        (
            "in 1998",
            "fiscal 1998",
            "fiscal year 2014",
            "FY2016 revenue",
            "in FY 2016",
            "the 2015 fiscal year",
            "the year 2000",
            "post-1959 politics",
            "in late-2007",
            "in 1998 Congress voted",
            "a 1992 New York State Supreme Court case",
            "there was no 1998 budget",
            "between 2010-2013",
            "the 2015-16 season",
            "the collapse of 2008-9",
            "the 1989 Tiananmen Square massacre",
            "at 2015 prices",
            "several degrees of warming by 2100",
            "the year 2150",
        ),
        (
            "$1998",
            "1,998",
            "1998%",
            "the 1400 block of Main Street",
            "the 1100-block of Main St.",
            "at 1400 GMT",
            "at 1900 hours",
            "near 800 South (1990 West)",
            "at 1990 West 3500 South",
            "at 1555 Main Street",
            "of 1760 Macomber St.,",
            "at 1910 S. Pine Ave.",
            "at 1533 NW Ave. L",
            "at 1115 Mt. Vernon Avenue",
            "at 1617 Southeast 17th Street",
            "at 1606 E. 44th Street",
            "Delta Flight 1088",
            "under Section 1001",
            "strong 2048 bit keys",
            "odds of +1000",
            "at 1015 Palermo",
            "responded to 1503 Lake Grove",
            "in front of 1861 Corning",
            "case 2015-CF-0123",
            "on FM 1960",
            "on County Road 1090",
            "at 1240 Bell’s Ferry Road",
            "P.O. Box 1576",
            "Apt. 1203",
            "in Suite 1100",
            "HB 1523's authorization",
        ),
    ),
    _rule(
        "timex.date.short_year",
        "digit",
        "year",
        r"""(?:(?<=\b(?:in|since|of|from|until|till|to|through|by|before|after|during|circa)\s)
              |(?<=['’‘]\d\d,?\s(?:and|or|to|through)\s))
            (?P<ayear>(?&d_ayear))(?!\s+(?&d_unit)|\s*[-\u2013]\s*\w)""",
        ("won in '08", "in ’08 and ’12", "since ‘16", "the class of '92"),
        ("''27 companies", "Movie ’13 Hours’", "the ‘13th’", "in '08-09"),
    ),
    _rule(
        "timex.date.spelled_year",
        "spelled",
        "year",
        r"""(?:the\s+year\s+)?(?P<syear>(?&d_syear))(?!\s+\L<unit>|[\s-]+(?:and[\s-]+)?(?:\L<number>|hundred|thousand|million)\b)
            (?<!(?<!\b(?:year|in|since|by|until|till|from|of|circa|around|before|after|during)\s+)\b(?:two[\s-]+thousand|(?:nineteen|eighteen)[\s-]+hundred))""",
        (
            "in nineteen ninety-seven",
            "the year two thousand",
            "since two thousand and five",
            "by nineteen hundred",
        ),
        (
            "nineteen people",
            "two thousand people",
            "some two thousand and five hundred soldiers",
            "nineteen hundred troops",
        ),
    ),
    _rule(
        "timex.date.month",
        "month",
        "month",
        r"""(?:(?i:(?P<rel>last|next|this|this\s+past|this\s+coming|(?&d_that)))\s+)?
            (?&d_cap)(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|Sept?\.|Jan\.|Feb\.|Aug\.|Oct\.|Nov\.|Dec\.)(?!\w|\s*\d{1,2}\b)
            (?<!(?<!\b(?i:in|by|since|until|till|during|from|through|before|after|early|late|mid|of|last|next|this)[\s-])
                March(?=\s+(?i:for|of|against|on|to)\s+(?:the\s+)?(?!(?i:\L<weekday>|\L<month>)\b)\p{Lu}))
            (?!\s+(?=\p{Lu})(?i:\L<street>)\b|(?<=May)\s+Day\b)
            (?:\s+(?i:(?:of\s+)?(?P<yrel>this|last|next)|of\s+(?P<yrel>that|the\s+same|the\s+following|the\s+next|the\s+previous))\s+year\b)?
          | (?<=\b(?:IN|SINCE|UNTIL|DURING|EARLY|LATE|LAST|NEXT|THIS|BY)\s)
            (?P<month>JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\b(?![^\S\n]*\d|[^\S\n]+(?:OF|FOR|ON|TO)\b(?![^\S\n]+(?:LAST|THIS|NEXT)\b))
            (?:\s+(?i:(?:of\s+)?(?P<yrel>this|last|next))\s+(?-i:YEAR)\b)?""",
        (
            "in March",
            "KILLED IN APRIL.",
            "Last April",
            "July last year",
            "in March of last year",
            "in March for Easter",
            "in March on Monday",
        ),
        (
            "in march",
            "Mayor",
            "the annual March for Life",
            "May Day",
            "the March of the Mothers",
            "the 1963 March on Washington",
            "on July Drive",
            "HE MAY BE CHARGED",
            "THE MARCH FOR LIFE",
        ),
        case_sensitive=True,
    ),
    _rule(
        "timex.date.nth_weekday",
        "weekday",
        "nth_weekday",
        r"""(?:the\s+)?(?P<nth>first|second|third|fourth|fifth|last|final)\s+(?P<weekday>\L<weekday_full>)\s+(?:in|of)\s+
            (?:(?&d_cap)(?P<month>\L<month>)\b(?:(?<=\b(?i:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec))\.)?(?!\s*\d{1,2}\b)(?:,?\s+(?P<year>(?&d_year))(?&d_yend)(?![-.,]?\d))?
              |(?P<mrel>this|next|last)\s+month\b
              |the\s+month\b)""",
        (
            "the first Tuesday in November",
            "on the last Friday of the month",
            "the second Monday of next month",
            "the third Sunday in October 2019",
            "the final Saturday in Sept.",
        ),
        ("the first Tuesday in office", "the first Tuesday in may be", "last Friday in March 3"),
    ),
    _rule(
        "timex.date.weekday",
        "weekday",
        "weekday",
        r"""(?:(?P<rel>last|next|this|this\s+past|this\s+coming|the\s+previous|the\s+following|the\s+next|(?&d_that)|the\s+same)\s+)?
            (?P<weekday>\L<weekday_full>)\b(?:(?:\s+|-)(?P<pod>\L<part_of_day>)\b|[^\S\n]+(?P<noon>noon|midday)\b)?
            (?:[^\S\n]+(?P<wrel>this|last|next)[^\S\n]+week\b(?!['\u2019]s\b|-))?""",
        (
            "on Thursday this week",
            "reappeared Tuesday noon",
            "Tuesday night last week",
            "said on Tuesday",
            "last Friday",
            "Monday evening",
            "Friday's meeting",
            "a Saturday-night party",
        ),
        ("Tuesdays",),
    ),
    _rule(
        "timex.time.part_of_day",
        "pod",
        "part_of_day",
        r"""(?P<rel>this|last|tomorrow|yesterday|that(?:\s+very)?(?:\s+same)?|the\s+next|the\s+previous|the\s+following)(?&d_feeling)\s+(?P<pod>\L<part_of_day>)\b
          | the\s+(?P<rel>early|late)[\s-](?P<pod>morning|night)\s+hours\b(?!\s+(?:of|on)\b|[^\S\n]+(?-i:\p{Lu}))
          | (?P<rel>early|late)[\s-](?P<pod>\L<part_of_day>)\b(?!(?:\s+hours)?\s+\L<weekday_full>,?\s+\L<month>\b|(?:\s+hours)?\s+(?:of|on)\s+(?:\L<weekday_full>|\L<month>|the\s+\d{1,2}(?:st|nd|rd|th)\b(?![\s-]+(?-i:\p{Ll}))|(?:last\s+)?(?-i:(?:Christmas|Thanksgiving|Easter|Halloween|New\s+Year|Independence|Labor|Memorial|Election|Father|Mother|Valentine|Veterans?)))\b|\s+hours\s+(?:\L<weekday_full>)\b|[\s-]+(?:show|shows|host|hosts|television|tv|news[\s-]+(?:shows?|programs?|programmes?)|newscasts?|comedy|comedian|comedians|talk|programming|snacks?)\b)
            (?:[^\S\n]+(?=(?-i:\p{Lu}))(?P<pweekday>\L<weekday_full>)\b(?!['\u2019]s\b|,?[^\S\n]+(?:the[^\S\n]+)?(?:\L<month>|\d)))?
          | (?P<rel>the\s+(?:very\s+)?same)\s+(?P<pod>\L<part_of_day>)(?=[^\S\n]?[,.;:!?)]|\s*\Z|\s+of\s+(?:that|the|this)\s+(?&d_incident)\b)
          | (?P<rel>the)\s+(?P<pod>morning|afternoon|evening)(?P<of>(?=\s+(?:of|(?P<shift>after|before))\s+(?:the|his|her|their|its)\s+(?:[\w'’-]+\s+){0,2}?(?&d_incident)\b))
          | (?<=\b(?:earlier|later|in|into|during|through|throughout|from|until|till|by|since|spent|spend|spends|spending|(?:much|most|all|rest|part|remainder|middle|dead|course|end|start|beginning|(?:wee|small|early)\s+hours)\s+of)\s)(?P<rel>the)\s+(?P<pod>morning|afternoon|evening|night)\b(?!-|\s+of\b|\s+on\s+(?:\L<weekday_full>|\L<month>)\b|\s+(?:meetings?|sessions?|shifts?|rush|commutes?|shows?|briefings?|news|editions?|papers?|services?|prayers?|runs?)\b)
          | \b(?P<mid>mid)[\s-]?(?P<pod>morning|afternoon|evening)\b(?:\s+(?P<rel>yesterday|today|tomorrow)\b|[^\S\n]+(?=(?-i:\p{Lu}))(?P<pweekday>\L<weekday_full>)\b(?!['\u2019]s\b|,?[^\S\n]+(?:the[^\S\n]+)?(?:\L<month>|\d)))?
          | (?P<pod>\L<part_of_day>)\s+(?P<rel>yesterday|today|tomorrow)\b
          | (?:(?<=^)|(?<=[,;:.!?"\u201c\n]\s{0,3})|(?<=\b(?:and|but|then|early|late)\s))(?P<rel>one)\s+(?P<pod>morning|afternoon|evening)\b(?=,|\s+(?:in|last|when|after|as|that|while|during|he|she|they|we|i|you|the|his|her|their)\b)
          | (?P<rel>(?:a|one)\s+recent)\s+(?P<pod>morning|afternoon|evening|night)\b(?!-|\s+(?:shifts?|shows?|news|editions?|papers?|sessions?)\b)
          | (?<=\b(?:morning|afternoon|evening)[^\S\n]+and[^\S\n])(?P<pair>)(?P<pod>afternoon|evening|night)\b(?!-|[^\S\n]+(?:of|hours|shifts?|news|editions?|shows?|papers?)\b)
          | \b(?P<pod>tonight|overnight)\b(?:(?<=overnight)[^\S\n]+(?=(?-i:\p{Lu}))(?P<pweekday>\L<weekday_full>)\b(?!['\u2019]s\b|,?[^\S\n]+(?:the[^\S\n]+)?(?:\L<month>|\d)))?""",
        (
            "this morning",
            "last night",
            "yesterday afternoon",
            "tonight",
            "mid-afternoon yesterday",
            "by midafternoon",
            "by mid afternoon",
            "that same night",
            "was freed the same morning.",
            "The same night of that incident, deputies",
            "later in the evening",
            "One evening in the 1960s, he",
            "swarmed on a recent afternoon over",
            "and one morning, she left",
            "The morning after the shooting",
            "buy orders in the morning",
            "worked into the night",
            "made earlier in the morning on MSNBC",
            "an early-morning shooting",
            "arrested early morning Sunday",
            "shot overnight Monday",
            "a late-night party",
            "Saturday afternoon and evening",
        ),
        (
            "the morning",
            "amidmorning",
            "the same night he won",
            "a late-night talk show",
            "the early-morning news shows",
            "in the morning of March 3",
            "late in the evening on Nov. 2",
            "in the morning rush",
        ),
    ),
    _rule(
        "timex.date.named_day",
        "named",
        "named_day",
        r"""(?:the\s+day\s+(?P<rel>before|after)\s+)?\b(?<!\bhere\stoday,?\sgone\s)(?P<word>today|yesterday|tomorrow)\b(?!,?\s+gone\s+tomorrow\b)(?:\s+(?P<pod>morning|afternoon|evening|night)\b)?(?!['’]s\s+(?:youth|young|world|computers?|personal|children|kids|society|generation|students|standards|markets?|economy|technology|people|women|men|families|teenagers|consumers|cars|music|culture|politics)\b)""",
        ("said today", "yesterday", "the day after tomorrow"),
        ("todays", "yesterdays", "here today, gone tomorrow"),
    ),
    _rule(
        "timex.date.season",
        "season",
        "season",
        r"""(?:(?P<rel>this|last|next|this\s+past|this\s+coming|the|that|the\s+following|the\s+previous|the\s+coming|the\s+upcoming|the\s+past)\s+)
            (?P<season>\L<season>)\b(?!-|\s+(?-i:Olympics?|Games|Paralympics)\b|\s+(?:storms?|weather|heat|heatwave|break|camp|solstice|equinox|sales?|squash|tires|coats?|clothes|clothing|fashion|collection|blockbusters?|movies?|festival|league|internships?|interns?|analysts?|associates?|hires?|staffers?|workers?|employees?|students?|jobs?|awards?|athletic|athletics|sports|reading|programs?|classes|courses?|menus?|wardrobe|uniforms?|tournaments?)\b)(?:\s+(?:semester|term)\b)?(?:,?\s+(?:of\s+)?(?:(?P<year>(?&d_year))(?&d_yend)(?:[-\u2013/]\d{1,2}\b(?![-/.,]?\d))?|(?P<syear>(?&d_syear))|(?P<ayear>(?&d_ayear))))?
          | (?P<season>\L<season>)\b(?:\s+(?:semester|term)\b)?,?\s+(?:of\s+)?(?:(?P<year>(?&d_year))(?&d_yend)(?:[-\u2013/]\d{1,2}\b(?![-/.,]?\d))?|(?P<syear>(?&d_syear))|(?P<ayear>(?&d_ayear)))
          | (?<=\b(?:in|during|since|until|till|by|before|after|over|this|through|throughout|early|late|mid|(?:start|beginning|end|middle|rest|height|dead)\s+of)[\s-])(?P<season>(?-i:spring|summer|autumn|winter))\b(?!\s+\w+ing)
          | (?<=\b(?:to|for)\s)(?P<season>(?-i:spring|summer|autumn|winter))\b(?=[^\S\n]?[.,;:!?)"\u201d]|\s*\Z|\s+(?:and|or|when|because)\b)
          | (?<=\b(?:spring|summer|autumn|winter|the\s+fall)\s+(?:and|or|to)\s)(?P<season>(?-i:spring|summer|autumn|winter|fall))\b(?!\s+\w+ing)
          | (?P<rel>a|an(?=\s+(?:\L<intensifier>)\s))\s+(?:\L<intensifier>\s+)?(?:long,?\s+)?(?:\L<stretch_adjective>|\L<feeling>|violent|deadly)\s+(?P<season>(?-i:spring|summer|autumn|winter|fall))\b(?!\s+(?:\w+ing|day|night|evening|morning|afternoon)\b)
          | (?P<num>(?&d_num))\s+(?P<season>springs|summers|autumns|falls|winters)\s+(?:ago|back)\b""",
        (
            "last fall",
            "spring 2019",
            "the summer",
            "in winter",
            "looking forward to summer.",
            "the summer of '69",
            "a quiet summer",
            "a terribly violent summer",
            "an unusually hot summer",
            "the winter of 2004-5",
            "through the summer and fall",
            "through the fall and winter",
            "at the start of summer",
            "the fall semester of 2015",
            "fall semester 2015",
        ),
        (
            "prices fall",
            "shot in Spring, Texas",
            "the Summer Olympics",
            "plans to summer in Maine",
            "an hot summer",
        ),
    ),
    _rule(
        "timex.date.the_unit",
        "unit quarter",
        "the_unit",
        r"""(?:the\s+(?:(?:holiday|long|violent|deadly|bloody|deadliest|bloodiest|most\s+violent|busiest)\s+(?:(?:gun[\s-])?violence\s+|gun\s+|shooting\s+|homicide\s+)?(?=weekend\b))?|(?:a|another)\s+(?:\L<intensifier>\s+)?(?:violent|deadly|bloody|fatal|\L<stretch_adjective>)\s+(?=weekend\b))(?P<unit>year|month|week|weekend|quarter|fiscal\s+year)\b
            (?!-\w|\s+(?:two|nineteen|eighteen|\d)|\s+before\s+last\b|\s+after\s+next\b|(?<=\b(?:week|month|year))['\u2019]s\s+end\b|\s+of\s+(?&d_cap)\L<month>\b|(?<=\bquarter)\s+of\s+(?!(?:the\s+)?(?:year|fiscal|calendar|\d))|(?<=\b(?:week|month|year))\s+(?:before|after)\s+(?:the|his|her|their|its|a|an|you|he|she|they|we|i|it)\b)
          | (?:(?<=[\w'’.!?][^\S\n])|(?<![^\n]))(?<!\b(?:a|an|the|this|last|next|that|each|every|one|past|coming|holiday|long|violent|deadly|bloody|fatal)[^\S\n])(?-i:(?P<unit>[Ww]eekend))(?=[^\S\n]++(?:[\w'’-]+[^\S\n]++){0,2}?(?:(?&d_incident)|victims?|violence)\b)
          | (?:(?<=\b(?:in|after|during|over|from|across)[^\S\n])|(?<![^\n]))(?:violent|deadly|bloody)[^\S\n]+(?P<unit>weekend)\b(?!-)
          | (?<=\b(?:over|during|(?-i:Over|During))[^\S\n])(?-i:(?P<unit>[Ww]eekend))\b(?=[^\S\n]*+(?:[,.;:!?)]|$)|[^\S\n]++(?:in|at|on|near|after|while|as|and)\b)
          | (?<=\b(?:over|during|throughout)[^\S\n]{1,3}the(?:[^\S\n]{1,3}(?!(?:next|last|past|previous|coming|following|same|first|second|third|final|whole|entire|this|that|a|an|the)\b)(?-i:[a-z]{2,20}(?:-[a-z]{2,20})?)){1,4}[^\S\n]{1,3})(?-i:(?P<unit>weekend))\b(?=[^\S\n]*+(?:[,.;:!?)]|$)|[^\S\n]++(?:in|at|on|near|while|as|and|when|with)\b)""",
        (
            "over the bitterly cold and snowy weekend",
            "the end of the year",
            "over the weekend",
            "over the holiday weekend",
            "the deadliest gun-violence weekend",
            "a violent weekend",
            "a terribly violent weekend",
            "after another violent weekend in Chicago",
            "Six injured in violent weekend in Toledo",
            "Man Charged in Weekend Shooting Death",
            "Weekend shooting ruled accidental",
            "Teen killed in weekend hunting accident",
            "the six weekend victims",
            "blamed weekend violence on gangs",
            "Boy shot on southeast side over weekend, uncle charged",
            "2 shot during weekend in Englewood",
        ),
        (
            "the years",
            "the week of March 6",
            "the week before the convention",
            "the month after his nomination",
            "the quarter of voters who",
            "shot during weekend party",
        ),
    ),
    _rule(
        "timex.date.year_end",
        "unit",
        "year_end",
        r"""\b(?:the\s+)?(?:year|(?P<month>month))(?:[\s-]end|['\u2019]s\s+end)\b
          | \b(?P<part>week|day)['\u2019]s\s+end\b""",
        (
            "by year-end",
            "since year end",
            "at year's end",
            "by month's end",
            "month-end",
            "by week's end",
            "by day's end",
        ),
        ("a year ending",),
    ),
    _rule(
        "timex.date.holiday",
        "holiday",
        "holiday",
        # "the" with a holiday's week or weekend, as with "the weekend" ("over the Thanksgiving
        # weekend"); not with the day alone ("the Christmas before"), nor before a noun the
        # weekend modifies ("the New Year's weekend raids": the raids'); "that" after a
        # preposition or opening a sentence ("the events of that Christmas day"; not "said
        # that Christmas was hard")
        r"""(?:(?P<rel>last|next|this|(?<!\b(?!(?:of|on|in|at|since|before|after|until|during|by|for|from|over|around|through)\s)\w+\s)that)\s+|(?P<year>(?&d_year))\s+(?=(?-i:[A-Z]))|the\s+(?=(?&d_cap)(?:"""
        + HOLIDAY_NAMES
        + r""")\s+(?:holiday\s+)?week(?:end)?\b(?!-|\s+(?!(?:and|or|to|in|at|on|of|for|from|with|as|when|while|after|before|that|which|was|were|is|are|has|had|have|will|would|could|saw|brought|the|a|an|his|her|their|its)\b)(?-i:\p{Ll}))))?(?&d_cap)(?P<holiday>"""
        + HOLIDAY_NAMES
        + r""")\b
            (?!-(?:themed|style|like|related|inspired|colou?red|shaped)\b|\s+(?:islands?|seals|eggs?|bunny|bunnies|baskets?|costumes?|candy|masks?|break|breaks|holidays|vacation|recess|trees?|cards?|gifts?|presents?|lights?|decorations?|ornaments?|stockings?|cookies|carols?|songs?|music|movies?|films?|specials?|sweaters?|turkeys?|wreaths?|displays?|albums?|episodes?|editions?|issues?|catalogs?|catalogues?|bonus(?:es)?|spirit|tradition|traditions|story|stories|platters?|plates?|china|menus?|recipes?|ads?|adverts?|advertisements?|commercials?|shopping|shoppers|markets?|(?-i:Square|Plaza|Park|Street|Avenue|Road|Boulevard|Church|Hospital|Mall|Center|Centre))\b)(?:\s+(?:holiday\s+)?(?P<grain>week|weekend)s?\b(?!-)|\s+(?P<pod>morning|afternoon|evening|night)\b(?!-)|(?=\s+(?:and|or)\s+(?:the\s+)?(?&d_cap)(?:"""
        + HOLIDAY_NAMES
        + r""")\s+(?P<grain>weekend)s\b))?(?:,?\s+(?:of\s+)?(?P<year>(?&d_year))(?&d_yend)(?![-.,]?\d)|\s+(?:of\s+)?(?P<yrel>last|next|this)\s+year\b)?
          | (?<=\bthe\s)(?-i:(?P<holiday>New\s+Year))\b(?!['’]|-)
          | (?<=\b(?:over|at|through|until|till|before|after|since|around|during|(?-i:Christmas)\s+and|celebrated?|celebrating|celebrates)\s)(?-i:(?P<holiday>New\s+Year))\b(?!['’]|-|\s+(?:resolutions?|party|parties|celebrations?|festivities|fireworks|revel\w*|(?-i:[A-Z]))\b)
          | (?<=\b(?:on|until|till|before|after|by|since|through|to|of)\s)(?-i:(?P<holiday>election\s+day))\b(?!-)""",
        (
            "on Christmas Day",
            "Sunriver New Year's shooting leaves one dead",
            "on election day",
            "Christmas night",
            "last Thanksgiving",
            "Election Day",
            "the 1988 Super Tuesday",
            "as Easter week began",
            "the New Year",
            "on New Year’s Eve",
            "filed on Valentine's Day, 2011",
            "the Bastille Day attack",
            "On New Year’s Day 2012",
            "killed on Mother's Day",
            "the St. Patrick's Day parade",
            "shot on the Fourth of July",
            "closed for Martin Luther King Jr. Day",
            "on Good Friday",
            "Pittsburgh's 2017 St. Patrick's Day parade",
            "sworn in on Inauguration Day",
            "the Memorial Day holiday weekend",
            "past Inauguration Day next year",
            "busy roads over New Year",
            "the Christmas and New Year getaways",
            "the events of that Christmas day",
            "toddler shot on NYE",
        ),
        (
            "christmas",
            "Bill Nye",
            "Easter Island",
            "the Christmas Islands",
            "the new year",
            "the Lunar New Year",
            "the New Year's party",
            "celebrated the Lunar New Year",
            "at New Year parties",
            "Happy New Year",
            "his mother's day off",
            "Good Friends",
            "St. Patrick's Cathedral",
            "retaliated against Christmas trees",
            "The Christmas edition sold out",
            "a Christmas card from Putin",
            "groups such as Easter Seals sent a letter",
            "a Halloween costume",
            "before Christmas break",
            "the Thanksgiving turkey",
        ),
    ),
    _rule(
        "timex.date.new_year",
        "unit holiday",
        "new_year",
        r"""\bthe\s+new\s+year\b(?!['’]|-|\s+(?:resolutions?|party|parties|celebrations?|holiday|festivities|fireworks|revel\w*)\b)""",
        ("the first victim of the new year", "look ahead to the New Year"),
        ("the New Year's Eve party", "a new year", "the new year-round school"),
    ),
    _rule(
        "timex.date.vague",
        "vague unit pod",
        "vague",
        r"""\b(?P<word>right\s+now|(?<!\bfrom\s)(?-i:(?<=\bbetween\s)now|(?<=\b\p{Lu}{2,}[.,!?]?\s{1,3}\p{Lu}{2,}(?:[.!?][^\S\n]{1,3}|[^\S\n]))NOW(?![\w\-]|[^\S\n]*,?[^\S\n]*\p{Lu}\p{Ll}|[^\S\n]+\p{Ll}|(?<=[.!?][^\S\n]{1,3}NOW),)|now(?!\s+and\s+(?:then|again)\b)|(?<!\b(?!(?:Is|Are|Was|Were|Has|Have|Had|Will|Would|Can|Could|Must|May|And|But|Or|Not|Just|Even|Still|Only|By|For|Until|Right)\b)(?:\p{Lu}\p{Ll}++|\d++)[^\S\n])Now(?![,\w]|[^\S\n]+,|\s+(?:for|that(?=['\u2019]s\b|\s+(?:is|was|will|would|could|might|may|must|should|seems?|sounds?|makes?|means?)\b)|then|and|or|is(?!\s+(?:not\s+)?the\s+time\b)|(?:isn|wasn|aren)['\u2019]t\s+(?:that|this|it|he|she|they)|let|you|here|what|look|listen|tell|imagine|consider|remember|think|watch|comes|to|on\s+to|as\s+(?:far|for|to))\b))|current(?!\s+(?:quarter|year|month|week|period|fiscal|budget\s+year|account|accounts|affairs|events|issue|issues|dollars?|of|tv)\b)|currently|nowadays|these\s+days|at\s+present
            |(?<!\bas\s)recently|more\s+recently|(?<!-)lately|(?<=\bof\s)late(?=\s*[,.;:!?)\u2014]|\s+(?:as|and|but|or|to|in|on|about|over|that|because|with|at|for|is|are|was|were|has|have|had)\b)|the\s+past(?![\s-]+(?:\S+\s+){0,2}?(?:\L<unit>|\d+|\L<number>)\b|\s+(?:few|several|many|couple|two|three|tense|participle|perfect)\b|\s+\p{Ll}+ings\b)|(?<=\bin\s)the\s+old\s+days|(?<=\b(?:in|from|of|over)\s)(?:years|days|times)\s+(?:past|gone\s+by)|(?<=\b(?:in|over|during|throughout|of)\s)(?:past|previous|prior|earlier)\s+(?:years|decades)
            |the\s+(?:very\s+)?(?:near\s+|distant\s+|immediate\s+)?future|(?<=\bin\s)future(?!\s+(?:years|quarters|months|periods|generations|dates?)\b)
            |(?:(?<=\b(?:our|their|his|her|its|your|my)\s|\w['\u2019]s\s)|(?<![\s\S]))(?:future|(?:recent|distant)\s+past)(?=\s*+[,.;:!?)"\u201d]|\s+(?:is|was|are|were|will|would|could|may|might|and|or|but|of|in|for|at|on|with|by|from|to|into|under|after|before|than|as|if|when|while|because|so|that|away|now|here|ahead|too|looks?|lies|depends|hangs|relies|rests|remains?|seems?)\b)
            |the\s+present(?=\s*[,.;:!?)]|\s+(?:and|or)\s)|the\s+other\s+(?:day|night)\b|the\s+(?:recent|distant)\s+past|the\s+not[\s-]+(?:too|so)[\s-]+distant\s+future|future\s+(?:years|quarters|months|periods|generations|dates?)
            |the\s+(?:near|short|long|medium|immediate)\s+term(?![\s-]+(?:sentences?|care|facilit(?:y|ies)|prisoners?|inmates?|unemploy\w*|debt|loans?|interest|rates?|contracts?|goals?|plans?|strategy|effects?|impacts?|consequences|memory|relationships?|investments?|investors?|zone|solutions?|fix)\b)|a\s+later\s+date|as\s+soon\s+as\s+possible|(?:a\s+(?:short\s+|little\s+)?while|a\s+short[\s-]time|some\s+time|moments)(?=[^\S\n]{1,3}(?:later|earlier)\b|[^\S\n]{1,3}(?:after|before)[^\S\n]{1,3}(?:the|his|her|their|its|that|this)\b|[^\S\n]{1,3}before[^\S\n]*+(?:[,.;:!?)\u2014"\u201d]|$))|moments(?=[^\S\n]{1,3}(?:after|before)[^\S\n]{1,3}(?!(?:the|his|her|their|its|that|this|which|whom|what)\b)\w)
            |an?\s+(?:(?:very|relatively|fairly|extremely)\s+)?(?:short|brief)\s+(?:(?:period|span|amount)\s+of\s+time|time\s+(?:span|period|frame)(?!-))
            |(?:a\s+long|some)\s+time\s+ago|not\s+(?:that\s+|so\s+)?long\s+ago|(?<!\bnot\s)(?<!\bnot\sso\s)(?<!\bhow\s)long\s+ago
            |(?<=\b(?:for|after|took|take|takes|taking|lasted|last|lasts|wait|waited|waiting|stay|stays|stayed|staying|remain|remains|remained|linger|lingered)\s(?:quite\s)?)(?:a\s+(?:(?:long|short|little)\s+)?while|awhile|(?<=\bfor\s(?:quite\s)?)(?:some|a\s+short)\s+time(?![\s-]+(?:ago|to\s+come|later|before|after|soon)\b)))\b
            (?!-)""",
        (
            "is now closed",
            "recently",
            "in the future",
            "the near term",
            "Now officials say",
            "Now that it is over",
            "for now",
            "in the very near future",
            "At the present, no one",
            "figured it out a long time ago",
            "left some time ago",
            "Not long ago, the rebels had support",
            "He has waffled of late as to whether",
            "In years past, the party won",
            "Hurdles from years past remain",
            "the great conservatives of America's recent past.",
            "there were sell programs in past years, too",
            "less lopsided than in previous years",
            "the decision about Elian's future away from",
            "our future is bright",
            "THE FAMILY IS WAITING NOW.",
            "the police held him for a while",
            "Not so long ago, the rebels had support",
            "After a short while, they left",
            "he was gone for awhile",
            "have been trying to do something about it for quite a while",
            "waited a little while",
            "she lived there for a short time",
            "A short time after the shooting, police",
            "A short-time later, officers found him",
            "Moments later, police arrived",
            "in a short amount of time",
            "came a long way in a short period of time",
            "In a very short period of time, the land",
            "was shot twice in a short time span",
            "in a brief span of time",
        ),
        (
            "nowhere",
            "every now and then",
            "the family of late singer Prince",
            "snow",
            "Now, he says",
            "months . Now , even supporters are joining",
            "Now that is a problem",
            "Now that's the question",
            "Now isn't that refreshing.",
            "Now on to the toasts",
            "from now on",
            "a Johnny-come-lately",
            "the present situation",
            "the company's future earning power",
            "its future strategy",
            "at least for the time being",
            "once in a while",
            "the NOW president",
            "Desair Brown hosts USA NOW for May 13",
            "USA TODAY, USA NOW, Kaveh Rezaei",
            "a while back",
        ),
    ),
    _rule(
        "timex.date.year_ago_adjective",
        "unit",
        "quarter_anaphor",
        r"""\b(?P<rel>year-ago|year-earlier)\b""",
        ("year-ago levels", "year-earlier results"),
        ("a year ago levels",),
    ),
    _rule(
        "timex.date.then",
        "then",
        "then",
        # "Since that time, they have given out 80,000 locks": since then (the "since" before
        # it is checked by `_build_then`: a lookbehind would keep "that" from the starters)
        r"""(?<=\b(?:since|until|till|by|before|after|from|than)\s)then\b(?![-\u2010\u2011])
          | that\s+time\b(?!\s+(?:of|when|in|on|at|around|next|last|period)\b|[-\u2010\u2011])""",
        ("since then", "by then", "Since that time, they have"),
        (
            "and then",
            "advanced by then-Secretary of State Clinton",
            "since that time of year",
        ),
    ),
    _rule(
        "timex.duration.bare",
        "unit",
        "duration",
        r"""(?<=\b(?:in|within|took|take|takes|taken|taking|lasted|lasting|lasts|(?:could|would|will|may|might|can|to|should|must)\s+last|spent|spend|spends|spending|for|over|went|go|goes|gone|wait|waits|waited|waiting|suffered|endured|served|serving|stood)\s|\bcourse[^\S\n]{1,3}of\s)
            (?P<unit>years|months|weeks|days|decades|hours|centuries|minutes|(?<=\bwithin\s)seconds)\b
            (?:\s+(?:or|and)\s+(?:years|months|weeks|days|decades|hours|minutes)\b(?!-|\s+(?:ago|later|earlier|old)\b)|(?!\s+(?:of|ago|later|earlier|old|past|gone\s+by)\b|-|\s+(?:before|after)\b(?<!\bfor\s+\w+\s+(?:before|after))))
          | (?<=\b(?:over|in|during|through|throughout)\s)the\s+(?P<unit>years|decades|centuries)\b(?!\s+(?:of|ago|later|earlier|since|before|after|(?:that|which)\s+followed)\b|-)
          | (?<=\b(?:the|just|only|mere|barely|within|came|comes|come|died|dies|was|were|is|are|be|been|began|begins|left|and|or|until|till)\s|\b\w{2,}ed\s|^|\n|[.!?,]["\u201d\u2019]?\s|\s(?:[-\u2013\u2014]|--)\s{1,3})(?P<unit>years|months|weeks|days|decades|hours|minutes)\b(?:(?<=\bthe\s+\w+)\s+(?:and|or)\s+(?:years|months|weeks|days|decades|hours|minutes)\b)?
            (?=\s+(?:before|after|following|ahead\s+of)\s+(?!(?:that|this|which|it)\b)|\s+(?:that|which)\s+followed\b|\s+since\b|\s+leading\s+up\s+to\b)
          | (?<=\b(?-i:[A-Za-z]{2,})\s)(?<!\b(?:many|few|several|some|of|for|in|over|to|by|these|those|couple|dozen|no|any|all)\s)(?P<unit>years|months|weeks|days|hours|minutes)\b
            (?=\s+(?:before|after|ahead\s+of)\s+(?-i:the|a|an|his|her|their|its|it|he|she|they|we|voters|police|investigators|deputies|officers|officials|authorities|witnesses|news|reports|word|[A-Z][a-z]+(?:\.|[^\S\n]?['\u2019]s)?)\s+\w+|\s+into\s+(?-i:the|a|an|his|her|their|its)\s+\w+)
          | (?<=\b(?:dating|dates|dated|date|stretching|stretches|stretched|going|goes|went|reaching|reaches|tracing|traces|traced)\s+back\s)(?P<unit>years|decades|centuries)\b(?!\s+(?:of|ago|later|earlier|before|after)\b|-)
          | (?<=\bwithin\s)(?P<unit>years|months|weeks|days|decades|hours|minutes|seconds)\b(?=\s+of\s)
          | (?<=\ba\s+(?:matter|period)\s+of\s)(?P<unit>years|months|weeks|days|hours|minutes|seconds)\b
          | (?<=\b(?:felt|feels|feel|seemed|seems|seem)\s{1,3}like\s)(?P<unit>years|months|weeks|days|hours|minutes|seconds)\b
          | (?<=\b(?:hundreds|thousands)\s+of\s)(?P<unit>years|months|days|hours|centuries|decades)\b(?!\s+(?:ago|later|earlier|old|before|after|from)\b|-)
          | (?<=\b(?:(?:heels|wake)\s+of|over|during|in|after|follows|followed|following|ended|ending|ends|despite|amid|with|was|were|been|took|take|takes|taking|endured|endure|endures|enduring|suffered|faced|required|requires|needed|by|for|through|spent|spend|spends|spending|cost|costs|costing|lost|lose|loses|losing|wasted|abandon|abandons|abandoned|abandoning|undo|undoes|undid|undoing|reverse|reverses|reversed|reversing|erase|erases|erased|erasing|(?-i:[a-z]{2,}(?:ed|ing))(?<!\b(?:hundred|kindred|morning|evening|nothing|something|anything|everything|during|spring|string|thing|king|ring|wing|bring|swing|ceiling|building|wedding|shed|bed|red|sacred|naked|wicked)))\s(?:(?:him|her|them|us|me|you)\s)?)(?P<unit>years|months|weeks|days|decades|hours)\b(?=\s+of\s+(?!(?:the|this|that|last|next)\s+(?:years?|months?|weeks?|days?|decades?|hours?)\b)\w)
          | (?:(?<=(?:^|\n|[.!?]["\u201d\u2019]?[^\S\n]))(?-i:(?P<unit>Years|Decades|Months|Weeks))|(?<=(?:^|\n|[.!?]["\u201d\u2019]?[^\S\n])(?-i:But|And|Yet)[^\S\n])(?-i:(?P<unit>years|decades|months|weeks)))\b(?=[^\S\n]+of[^\S\n]+(?!(?:the|this|that|these|those|age|service)\b)\p{Ll}{3,})
          | (?<=\b[Aa]fter\s)(?P<unit>years|months|weeks|decades)\b(?=\s++(?!(?:during|morning|evening|nothing|something|anything|everything|bring|spring|string|thing|king|ring|wing|swing|sing|trading)\b)\p{Ll}{2,}ing\b)
          | (?<=\b(?:only|just|mere|barely)\s)(?P<unit>years|months|weeks|days|hours|minutes|seconds)\b(?=\s+(?:to\s+(?!be\b)\w+|left|away|remaining|remain)\b|(?<=\b(?:was|were|is|are|be|been)\s+\w+\s+\w+)[^\S\n]*+[,.;:!?])""",
        (
            "in years",
            "in months",
            "took hours",
            "suffered years under house arrest",
            "stood hours in line",
            "have had to wait hours for a bed",
            "ruled for centuries",
            "a pattern stretching back decades",
            "For weeks the",
            "over the years",
            "in the years that followed",
            "for weeks or months at a time",
            "within weeks or months of his capture",
            "the merger follows months of twists and turns",
            "spent hundreds of years fighting",
            "It felt like hours",
            "based on hundreds of hours spent",
            "But weeks of uncertainty could follow",
            "over the course of months or years",
            "It was months of head games",
            "the deal took weeks of talks",
            "In the days and weeks after publication, critics spoke",
            "heightened by years of political combat",
            "Spain braced for weeks of political uncertainty",
            "it cost him years of his boxing career",
            "the deal came in months of meetings",
            "for a period of months",
            "over years of talks",
            "mused about abandoning decades of nuclear security policy",
            "has repudiated decades of Republican support",
            "ignoring months of warnings",
            "After years of being battered",
            "After years adding coal-fired generators at breakneck speed",
            "cried for hours after the funeral",
            "in the weeks before the shooting",
            "in the days that followed",
            "Hours before he spoke",
            "It was only seconds, but it felt like hours",
            "WASHINGTON (AP) -- Months after he savaged her",
            "died just weeks before the surrender",
            "Their deaths came days after the police released figures",
            "arrested three people within minutes of the shooting",
            "backed Obama - days before Clinton dropped out",
            "opened fire minutes into a vigil",
            "Clinton spoke hours after Mr. Trump held a rally",
            "In the days following last Friday's attacks",
            "who have only weeks to make their case",
            "The vote is only days away",
        ),
        (
            "years of war",
            "in years ago",
            "over the years of war",
            "the years",
            "in days after the vote",
            "came back years later",
            "turned minutes into hours",
            "cut back hours",
        ),
    ),
)

#: Words in front of an expression that qualify it; matched ending at the expression.
PREMOD_RULES: Final = (
    Rule(
        id="timex.mod.pre",
        # "late - Friday": text split into tokens writes the hyphen apart
        pattern=r"""(?:\b(?P<det>the)\s+(?!the\b))?\b(?P<premod>\L<premod>)(?:\s+|(?<=-)|[^\S\n]-[^\S\n])\Z""",
        examples=("nearly ", "the end of ", "mid-", "the early ", "late - "),
        counterexamples=("midst ",),
    ),
)

#: A day number listed after a month and day ("April 24 and 25", "May 3 or 4", "from June 1
#: to 5"): the second day of the same month.  Matched right after the first date; a word
#: after the number other than a preposition or conjunction makes it an amount ("May 3 and
#: 4 people").
LIST_DAY_RULES: Final = (
    Rule(
        id="timex.date.list_day",
        pattern=r"""(?:[^\S\n]{1,3}(?:and|or|to|through)[^\S\n]{1,3}|,[^\S\n]{1,3}(?:and[^\S\n]{1,3})?)(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b
            (?:,?[^\S\n]{1,3}(?P<year>(?:1[0-9]|20)\d\d)\b(?![\d,.]\d))?
            (?![,.:]?\d|\s{0,3}%|-|[^\S\n]{0,3}(?:[ap]\.?[^\S\n]?m\b|o['\u2019]clock)|[^\S\n]{1,3}(?!(?:in|at|on|to|for|and|or|but|when|while|as|after|before|with|from|of|this|next|last)\b)\w)
          | [-\u2013](?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b
            (?:,?[^\S\n]{1,3}(?P<year>(?:1[0-9]|20)\d\d)\b(?![\d,.]\d))?
            (?![,.]?\d|\s{0,3}%|-|[^\S\n]{1,3}(?:percent|per\b|points?\b|votes?\b|years?\b|margin\b|majority\b|lead\b|win\b|loss\b|record\b))""",
        examples=(
            " and 25",
            " or 4.",
            " to 5 in Geneva",
            " and 25, when",
            ", 10 and 17",
            " through 29th, 2016,",
            "-20 among adults",
            "\u201328, 2016",
        ),
        counterexamples=(
            " and 4 people",
            ", 5:47 p.m.",
            ", 12 AM",
            " and 25 percent",
            " and 2.5",
            " and 25%",
            "-1 vote",
            "-20-year-old",
        ),
    ),
    # the last two digits of a second year after a year and a dash or a slash ("the 2007-09
    # financial crisis", "the 2014-15 school year"); `_list_year` checks that it comes after
    Rule(
        id="timex.date.list_year",
        pattern=r"""(?:[-\u2013/]|[^\S\n]-[^\S\n])(?P<year>\d\d|(?<=\d[-\u2013])\d)\b(?![-/.,:]?\d|[^\S\n]{0,3}%|-|[^\S\n]{1,3}(?:percent|per\b|points?\b|votes?\b|margin\b|record\b|lead\b|win\b|loss\b|vote\b))""",
        examples=(
            "-09 financial crisis",
            "\u201315 school year",
            "/99 season",
            "-15.",
            " - 08 season",
            "2008-9 recession",
        ),
        counterexamples=("-15 percent", "-15 vote", "-15-year-old", "-15.5"),
    ),
)

#: The first time of a clock range whose second has the a.m. or p.m. ("from 4:00 to 5:30
#: p.m.", "between 1 and 2 a.m.", "12-4 p.m."): matched in the text ending where the second
#: time begins.  Joined by a word or a spaced dash, the range needs a preposition before it
#: ("between 1 and 2 p.m."), so that an amount or a score is no time ("rose 3 to 5 p.m.",
#: "Pick 4 – 1 p.m.").
RANGE_CLOCK_RULES: Final = (
    Rule(
        id="timex.time.range_first",
        pattern=r"""(?<![\d.,:/$#-])
            (?:(?<=\b(?:from|between|about|around|approximately|roughly|at)[^\S\n])
               (?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d))?[^\S\n]{1,3}(?:to|and|or|until|till|through)[^\S\n]{1,3}
             | (?<=\b(?:from|between|about|around|approximately|roughly|at)[^\S\n])
               (?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d))?[^\S\n]?[-–][^\S\n]?
             | (?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d))?[-–])\Z""",
        examples=("from 4:00 to ", "between 1 and ", "open 12-", "about 3:05 to ", "at 2 or "),
        counterexamples=("rose 3 to ", "from 1998 to ", "on 3-12-", "from 4:00 to 5", "Pick 4 – "),
    ),
)

#: Words after an expression that qualify it.
POSTMOD_RULES: Final = (
    Rule(
        id="timex.mod.post",
        pattern=r"""[^\S\n]{1,3}(?P<postmod>or\s+so|or\s+later|(?-i:and\s+beyond)|or\s+earlier|or\s+more|or\s+longer|or\s+less|or\s+fewer|or\s+shorter|or\s+after|and\s+later(?![^\S\n]+(?-i:\p{Ll})))\b""",
        examples=(" or so", " and beyond", " and later.", " or less"),
        counterexamples=(" or two", " and later served"),
    ),
)
