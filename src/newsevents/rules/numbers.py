r"""
Numbers and vague amounts: word lists, qualifiers and the patterns that find a count.

Data only: `newsevents.quantities` compiles `QUANTITY_RULES` once with `QUANTITY_LEXICON` and
applies them; the values of the words (``"dozen"`` is 12) and the meaning of each qualifier
(``"more than"`` is a strict lower bound) are the tables below.

Two pattern fragments are exported for other rule tables (they hold no named groups, only
``\L<qty_...>`` lists, so they embed anywhere; pass `QUANTITY_LEXICON` to the compiler):

* `NUMBER` -- one number as written: digits with separators and multipliers ("1,200",
  "1.2 million", "10k"), number words ("one hundred and twenty", "a dozen"), or both
  ("3 hundred");
* `COUNT` -- a whole count phrase: an optional qualifier, then a range, a number or a vague
  amount, then an optional trailing qualifier ("at least 34", "between 10 and 15",
  "nearly a million", "dozens", "500 or more").

Every fragment is linear: numbers start at a word boundary, the number itself is an atomic
group, and every inner repeat is bounded.
"""

from __future__ import annotations

from typing import Final

from newsevents._rules import Rule

__all__ = [
    "ANCHOR",
    "COUNT",
    "DURING_WORDS",
    "FILLER_WORDS",
    "MONTHS",
    "NOT_COUNT_AFTER",
    "NOT_COUNT_BEFORE",
    "NOT_STREET_WORDS",
    "NUMBER",
    "ONE_DETERMINERS",
    "QUALIFIERS",
    "QUANTITY_GROUPS",
    "QUANTITY_LEXICON",
    "QUANTITY_RULES",
    "SCALES",
    "SUFFIX_MULTIPLIERS",
    "SUFFIX_QUALIFIERS",
    "TIME_UNITS",
    "VAGUE_AMOUNTS",
    "WORD_VALUES",
    "YEAR_CUES",
]

# --- values -------------------------------------------------------------------------------

# fmt: off
#: Number words below a hundred and their values (units, teens, tens).
WORD_VALUES: Final[tuple[tuple[str, int], ...]] = (
    ("zero", 0), ("nought", 0), ("naught", 0), ("nil", 0),
    ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6),
    ("seven", 7), ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12),
    ("thirteen", 13), ("fourteen", 14), ("fifteen", 15), ("sixteen", 16),
    ("seventeen", 17), ("eighteen", 18), ("nineteen", 19),
    ("twenty", 20), ("thirty", 30), ("forty", 40), ("fourty", 40), ("fifty", 50),
    ("sixty", 60), ("seventy", 70), ("eighty", 80), ("ninety", 90),
)

#: Words that multiply what comes before them ("three hundred", "two dozen", "13 lakh").
SCALES: Final[tuple[tuple[str, int], ...]] = (
    ("dozen", 12), ("dozens", 12), ("doz", 12), ("dozs", 12), ("dz", 12), ("dzs", 12),
    ("hundred", 100), ("thousand", 1_000), ("lakh", 100_000), ("lakhs", 100_000),
    ("million", 1_000_000), ("crore", 10_000_000), ("crores", 10_000_000),
    ("billion", 1_000_000_000), ("trillion", 1_000_000_000_000),
)

#: Abbreviated multipliers written after digits ("10k", "1.2m", "3bn", "10 bln").
#: ``attached`` ones must touch the digits ("1.2m"); the others may follow a space.
SUFFIX_MULTIPLIERS: Final[tuple[tuple[str, int, bool], ...]] = (
    ("k", 1_000, False), ("m", 1_000_000, True), ("mm", 1_000_000, True),
    ("mn", 1_000_000, False), ("mln", 1_000_000, False), ("mil", 1_000_000, True),
    ("b", 1_000_000_000, True), ("bn", 1_000_000_000, False), ("bln", 1_000_000_000, False),
    ("tn", 1_000_000_000_000, False), ("tln", 1_000_000_000_000, False),
)

#: Vague amounts: phrase, low, high (inclusive, ``None`` = open), whether "of" must follow.
#: All are approximate. The floor is the least the words can honestly mean, and for a plural
#: unit ("dozens", "hundreds") it is one unit, which is also ACLED's single figure.
#: docs/quantities.md explains every row.
VAGUE_AMOUNTS: Final[tuple[tuple[str, int | None, int | None, bool], ...]] = (
    ("a couple", 2, None, False), ("a couple of", 2, None, False),
    ("a few", 2, None, False), ("few", None, None, False),
    ("several", 3, None, False), ("a handful", 2, None, False),
    ("a number", 2, None, True), ("a small number", 2, None, True),
    ("a large number", 2, None, True), ("a score", 20, 20, True),
    ("many", 2, None, False), ("numerous", 2, None, False), ("multiple", 2, None, False),
    ("countless", 2, None, False),
    ("tens", 10, None, True), ("dozens", 12, None, False), ("scores", 20, None, True),
    ("hundreds", 100, None, False), ("thousands", 1_000, None, False),
    ("tens of thousands", 10_000, None, False),
    ("hundreds of thousands", 100_000, None, False),
    ("millions", 1_000_000, None, False), ("tens of millions", 10_000_000, None, False),
    ("hundreds of millions", 100_000_000, None, False), ("billions", 1_000_000_000, None, False),
    ("dozens and dozens", 24, None, False), ("hundreds and hundreds", 200, None, False),
    ("thousands and thousands", 2_000, None, False),
    ("thousands upon thousands", 2_000, None, False),
    # A vague multiplier times a unit: the floor is the multiplier's floor times the unit.
    ("a couple dozen", 24, None, False), ("a couple of dozen", 24, None, False),
    ("a few dozen", 24, None, False), ("several dozen", 36, None, False),
    ("a couple hundred", 200, None, False), ("a couple of hundred", 200, None, False),
    ("a few hundred", 200, None, False), ("several hundred", 300, None, False),
    ("many hundreds", 200, None, False),
    ("a couple thousand", 2_000, None, False), ("a couple of thousand", 2_000, None, False),
    ("a few thousand", 2_000, None, False), ("several thousand", 3_000, None, False),
    ("many thousands", 2_000, None, False),
    ("a few million", 2_000_000, None, False), ("several million", 3_000_000, None, False),
    ("several tens of thousands", 30_000, None, False),
    ("several hundred thousand", 300_000, None, False),
    ("a few hundred thousand", 200_000, None, False),
)

#: Qualifiers written before a count, and what they do to its bounds:
#: ``min`` N..open; ``more`` N+1..open; ``max`` open..N; ``less`` open..N-1;
#: ``nearly`` open..N, approximate; ``approx`` N..N, approximate; ``exact`` N..N.
QUALIFIERS: Final[tuple[tuple[str, str], ...]] = (
    # at least N
    ("at least", "min"), ("no fewer than", "min"), ("no less than", "min"),
    ("not fewer than", "min"), ("not less than", "min"), ("a minimum of", "min"),
    ("minimum of", "min"), ("at minimum", "min"), ("at the very least", "min"),
    ("greater than or equal to", "min"), ("more than or equal to", "min"),
    ("larger than or equal to", "min"), ("bigger than or equal to", "min"),
    ("higher than or equal to", "min"), ("greater or equal than", "min"),
    ("greater or equal to", "min"), ("bigger or equal than", "min"),
    ("larger or equal than", "min"), ("higher or equal than", "min"),
    ("more or equal than", "min"), ("at least or equal to", "min"),
    ("equal to or more than", "min"), ("equal to or greater than", "min"),
    ("equal or more than", "min"), ("equal or greater than", "min"),
    (">=", "min"), ("≥", "min"),
    # more than N
    ("more than", "more"), ("over", "more"), ("above", "more"), ("greater than", "more"),
    ("larger than", "more"), ("bigger than", "more"), ("higher than", "more"),
    ("in excess of", "more"), ("upwards of", "more"), ("upward of", "more"),
    ("well over", "more"), ("well above", "more"), ("well in excess of", "more"),
    ("just over", "more"), ("just above", "more"), ("slightly more than", "more"),
    ("a little over", "more"), ("a little more than", "more"), ("far more than", "more"),
    ("many more than", "more"), ("much more than", "more"), ("more then", "more"),
    ("exceed", "more"), ("exceeds", "more"), ("exceeded", "more"), ("exceeding", "more"),
    ("surpass", "more"), ("surpasses", "more"), ("surpassed", "more"),
    ("surpassing", "more"), ("topping", "more"), ("north of", "more"), (">", "more"),
    # at most N
    ("up to", "max"), ("at most", "max"), ("no more than", "max"), ("not more than", "max"),
    ("as many as", "max"), ("as much as", "max"), ("a maximum of", "max"),
    ("maximum of", "max"), ("at the most", "max"), ("as high as", "max"),
    ("less than or equal to", "max"), ("fewer than or equal to", "max"),
    ("smaller than or equal to", "max"), ("lower than or equal to", "max"),
    ("less or equal than", "max"), ("less or equal to", "max"),
    ("smaller or equal than", "max"), ("lower or equal than", "max"),
    ("equal to or less than", "max"), ("equal to or fewer than", "max"),
    ("equal or less than", "max"), ("equal to or lower than", "max"),
    ("<=", "max"), ("< =", "max"), ("≤", "max"),
    # fewer than N
    ("fewer than", "less"), ("less than", "less"), ("under", "less"), ("below", "less"),
    ("lower than", "less"), ("smaller than", "less"), ("not quite", "less"),
    ("well under", "less"), ("well below", "less"), ("fewer then", "less"),
    ("less then", "less"), ("<", "less"),
    # nearly N
    ("nearly", "nearly"), ("almost", "nearly"), ("close to", "nearly"),
    ("just under", "nearly"), ("just below", "nearly"), ("just shy of", "nearly"),
    ("just short of", "nearly"), ("approaching", "nearly"), ("getting on for", "nearly"),
    ("the best part of", "nearly"), ("the better part of", "nearly"),
    # about N
    ("about", "approx"), ("around", "approx"), ("some", "approx"),
    ("approximately", "approx"), ("approx.", "approx"), ("roughly", "approx"),
    ("an estimated", "approx"), ("estimated", "approx"), ("circa", "approx"),
    ("ca.", "approx"), ("more or less", "approx"),
    ("perhaps", "approx"), ("possibly", "approx"), ("maybe", "approx"),
    ("an approximate", "approx"), ("approximate", "approx"), ("round about", "approx"),
    ("in the region of", "approx"), ("in the neighbourhood of", "approx"),
    ("in the neighborhood of", "approx"), ("on the order of", "approx"),
    ("something like", "approx"), ("the equivalent of", "approx"), ("~", "approx"),
    # exactly N
    ("exactly", "exact"), ("precisely", "exact"), ("equal to", "exact"),
    ("equals", "exact"), ("equals to", "exact"), ("equaling to", "exact"),
    ("equalling to", "exact"), ("equaling", "exact"), ("equalling", "exact"),
    ("a total of", "exact"), ("fully", "exact"),
)

#: Qualifiers written after a count: ``min`` "500 or more", ``max`` "500 or less",
#: ``equal`` "more than 500 or equal" (turns "more"/"less" into "min"/"max"),
#: ``approx`` "a dozen or so".
SUFFIX_QUALIFIERS: Final[tuple[tuple[str, str], ...]] = (
    ("or more", "min"), ("or greater", "min"), ("or higher", "min"), ("or above", "min"),
    ("or over", "min"), ("and more", "min"), ("and above", "min"), ("and over", "min"),
    ("and up", "min"), ("and upwards", "min"), ("or more than", "min"),
    ("or greater than", "min"), ("plus", "min"), ("+", "min"),
    ("or less", "max"), ("or fewer", "max"), ("or lower", "max"), ("or below", "max"),
    ("or under", "max"), ("and less", "max"), ("and fewer", "max"), ("and below", "max"),
    ("and under", "max"), ("or less than", "max"), ("or fewer than", "max"),
    ("at most", "max"), ("at the most", "max"), ("max", "max"), ("tops", "max"),
    ("at least", "min"), ("at the least", "min"), ("minimum", "min"),
    ("or equal", "equal"), ("or equal to", "equal"),
    ("or so", "approx"), ("or thereabouts", "approx"), ("-odd", "approx"), ("-plus", "min"),
)

#: Qualifiers that mean "during" before a time unit ("over 3 years", "under two hours" of
#: work are a span of time, not a bound); the number then reads bare.
DURING_WORDS: Final[tuple[str, ...]] = ("over", "in under", "under")

#: Units of time, for `DURING_WORDS`.
TIME_UNITS: Final[tuple[str, ...]] = (
    "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "night",
    "nights", "week", "weeks", "month", "months", "year", "years", "decade", "decades",
    "century", "centuries",
)

#: Words after which "one" is a pronoun, not a count ("the one you mentioned").
ONE_DETERMINERS: Final[tuple[str, ...]] = (
    "the", "this", "that", "which", "each", "every", "any", "no", "another", "only",
    "little", "big", "small", "new", "old", "last", "first", "right", "wrong", "other",
    "same", "such", "what", "whichever", "no-one",
)

#: Words before a four-digit number that make it a year, not a count ("in 2019").
YEAR_CUES: Final[tuple[str, ...]] = (
    "in", "since", "by", "until", "till", "from", "during", "before", "after", "of", "year",
    "early", "late", "mid", "summer", "winter", "spring", "autumn", "fall", "circa",
    "throughout", "through", "between", "copyright", "©",
)

#: Month names: a number of at most 31 after one is a day ("Nov. 2"), a four-digit one a
#: year ("July 2016").
MONTHS: Final[tuple[str, ...]] = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
)

#: Words before a bare number that make it a name or an address, not a count
#: ("Route 9", "Room 12", "No. 5").
NOT_COUNT_BEFORE: Final[tuple[str, ...]] = (
    "route", "highway", "interstate", "road", "rd", "street", "st", "avenue", "ave", "lane",
    "apartment", "apt", "suite", "room", "unit", "page", "no", "number", "channel", "gate",
    "platform", "flight", "exit", "chapter", "section", "article", "resolution", "district",
    "ward", "precinct", "floor", "level", "building", "block", "lot", "pier", "bus", "line",
    "grade", "model", "episode", "season", "week", "day", "act", "verse",
)

#: Words after a bare number that make it an address or a name ("the 300 block of").
NOT_COUNT_AFTER: Final[tuple[str, ...]] = ("block",)

#: The last word of a street name: a number before a capitalised name that ends in one is a
#: house number ("890 Belmont Ave.", "64 Mohawk Trail").
STREET_TYPES: Final[tuple[str, ...]] = (
    "Street", "St", "Avenue", "Ave", "Road", "Rd", "Drive", "Dr", "Lane", "Ln", "Boulevard",
    "Blvd", "Trail", "Court", "Ct", "Way", "Place", "Pl", "Highway", "Hwy", "Parkway", "Pkwy",
    "Circle", "Cir", "Terrace", "Ter", "Square", "Sq", "Pike", "Alley", "Crescent", "Close",
    "Row", "Plaza",
)

#: Capitalised words that are no part of a street name (a headline in title case:
#: "3 Killed In Drive-By", "2 Dead In Market Square").
NOT_STREET_WORDS: Final[tuple[str, ...]] = (
    "In", "At", "On", "Of", "Near", "And", "The", "By", "After", "As", "Dead", "Killed", "Shot",
    "Hurt", "Injured", "Wounded", "Die", "Dies", "Died", "People", "Men", "Women", "Children",
    "Killings", "Deaths", "Arrested", "Missing",
)
# fmt: on

#: Named groups quantity patterns may use.
QUANTITY_GROUPS: Final = frozenset(
    {"qual", "num", "suffix", "low", "high", "vague", "qual2", "num2"}
)


#: Number words from twenty up are tens ("twenty-one" joins a tens word and a unit).
_TENS_FROM: Final = 20


def _words(pairs: tuple[tuple[str, int], ...]) -> tuple[str, ...]:
    return tuple(word for word, _ in pairs)


#: The named lists the fragments and rules use (``\\L<qty_unit>`` ...).
QUANTITY_LEXICON: Final[dict[str, tuple[str, ...]]] = {
    "qty_unit": tuple(word for word, value in WORD_VALUES if value < _TENS_FROM),
    "qty_tens": tuple(word for word, value in WORD_VALUES if value >= _TENS_FROM),
    "qty_scale": _words(SCALES),
    "qty_scale_one": (
        "dozen",
        "hundred",
        "thousand",
        "lakh",
        "million",
        "crore",
        "billion",
        "trillion",
    ),
    "qty_suffix_attached": tuple(word for word, _, attached in SUFFIX_MULTIPLIERS if attached),
    "qty_suffix_spaced": tuple(word for word, _, attached in SUFFIX_MULTIPLIERS if not attached),
    "qty_vague": tuple(phrase for phrase, _, _, needs_of in VAGUE_AMOUNTS if not needs_of),
    "qty_vague_of": tuple(phrase for phrase, _, _, needs_of in VAGUE_AMOUNTS if needs_of),
    "qty_qual": tuple(word for word, _ in QUALIFIERS if word[0].isalpha()),
    "qty_qual_sym": tuple(word for word, _ in QUALIFIERS if not word[0].isalpha()),
    "qty_suffix_qual": tuple(word for word, _ in SUFFIX_QUALIFIERS if word[0].isalpha()),
    "qty_suffix_qual_sym": tuple(word for word, _ in SUFFIX_QUALIFIERS if not word[0].isalpha()),
}

# --- fragments ----------------------------------------------------------------------------

#: Digits: grouped by commas or thin/no-break spaces ("1,234,567", "40 000"), or a plain run
#: of at most 15; an optional decimal part; an optional multiplier ("10k", "1.2m", "3 bn",
#: "200 M" with a capital).
#: Not part of a word, a decimal, a date ("5/17"), a time ("5:30"), an identifier ("F-16"),
#: a percentage, a clock time ("10 p.m."), a decade ("the 30's") or a compound adjective
#: ("10-year-old").
DIGITS: Final = r"""
    (?<! \w ) (?<! \. ) (?<! \+ )
    (?-i: (?: (?<! \p{L}- ) | (?<= \d \p{L}{1,3} - ) ) (?<! \d [/:] )
      (?> \d{1,3} (?: , \d{3} ){1,5} (?! ,?\d ) | \d{1,3} (?: [\u00a0\u202f\u2009] \d{3} ){1,5} (?! \d )
        | \d{1,15} (?! \d ) )
      (?: \. \d{1,6} )?+
      (?! \d | \.\d | [/:]\d | ,\d{3} ) )
    (?: \L<qty_suffix_attached> (?! \w ) | \s{0,2} \L<qty_suffix_spaced> (?! \w ) | \s (?-i: M ) (?! [\w.] ) )?
    (?! \w | -(?! odd \b | plus \b ) \p{L} | \s{0,2} (?: % | percent \b | per \s? cent \b )
      | \s{0,2} (?: [ap] \.? \s? m \b | o'clock \b | [ap] \.? \s? m \. ) | ['’] s \b )
"""

#: After a number word: not inside a word or a compound adjective ("seven-year-old").
_WORD_END: Final = r"(?! \w | -(?! odd \b | plus \b ) \p{L} )"
#: After a unit word, a hyphen may also lead to the next digit read out ("three-nought-four").
_UNIT_END: Final = r"(?! \w | -(?! odd \b | plus \b | \L<qty_unit> \b ) \p{L} )"

#: One number word token: "twenty-one", "seven".
_TENS_UNIT: Final = r"\L<qty_tens> (?: \s{0,3} - \s{0,3} \L<qty_unit> (?! \w ) )?"

#: The first token of a number.
_LEAD: Final = rf"""
    (?: {DIGITS}
      | (?<! \w ) {_TENS_UNIT} {_WORD_END}
      | (?<! \w ) \L<qty_unit> {_UNIT_END}
      | (?<! \w ) an? (?= \s{{1,3}} \L<qty_scale_one> \b )
      | (?<! \w ) (?: half | quarter ) (?: \s{{1,3}} (?: of \s{{1,3}} )? an? )? (?= \s{{1,3}} \L<qty_scale_one> \b )
      | (?<! \w ) \L<qty_scale_one> (?= \s{{1,3}} \L<qty_scale_one> \b )
    )
"""

#: A later token: a scale, a number word, or digits after a scale ("4 thousand 3 hundred").
_TAIL: Final = rf"""
    (?: \L<qty_scale> {_WORD_END}
      | {_TENS_UNIT} {_WORD_END}
      | \L<qty_unit> {_UNIT_END}
      | (?= \d ) (?<= \L<qty_scale> \s{{1,4}} (?: and \s{{1,4}} )? ) {DIGITS}
    )
"""


def _number(*, joins_and: bool = True) -> str:
    """
    The pattern of one number; *joins_and* lets "and" follow a scale ("one hundred and six").
    """
    join = r"(?: (?= and \s ) (?<= \L<qty_scale> \s{1,4} ) and \s{1,4} )?" if joins_and else ""
    return rf"(?> {_LEAD} (?: \s{{1,4}} {join} {_TAIL} ){{0,24}} )"


#: One number as written, digits or words or both; atomic, so it never backtracks.
NUMBER: Final = _number()
#: A number that does not join "and" (the low end of "between X and Y").
_NUMBER_NO_AND: Final = _number(joins_and=False)

#: A vague amount ("dozens", "tens of thousands", "a number of"), not a question ("how
#: many"); "tens", "scores" and
#: "a number" need the "of" after them, or the end of the text read (a count group cut
#: before its "of").
VAGUE: Final = r"""
    (?<! \w ) (?<! \b how \s{1,3} ) (?: \L<qty_vague> | \L<qty_vague_of> (?= \s{1,3} of \b | \s{0,3} \Z ) ) (?! \w | -\w )
"""

#: A qualifier before a count, with the space after it.
_QUAL: Final = r"""
    (?: (?<! \w ) \L<qty_qual> \s{1,3} | (?<! [<>=~] ) \L<qty_qual_sym> \s{0,3} )
"""

#: Words between a qualifier and its number that leave the bounds alone
#: ("at least another 4", "up to a further 10").
FILLER_WORDS: Final = (
    r"(?: another | an \s{1,3} additional | a \s{1,3} further | an \s{1,3} extra )"
)
_FILLER: Final = rf"(?: {FILLER_WORDS} \s{{1,3}} )?"

#: A qualifier after a count, with the space before it; not when a number follows
#: ("200 or greater than 190" is two figures).
_SUFFIX_QUAL: Final = r"""
    (?: \s{1,3} \L<qty_suffix_qual> (?! \w ) | \s{0,1} \L<qty_suffix_qual_sym> (?! \w ) )
    (?! \s{0,3} (?: \d | than \b | to \b | \L<qty_unit> \b | \L<qty_tens> \b ) )
"""

#: The words between the two ends of a range.
_RANGE_TO: Final = r"\s{1,3} (?: to | through | thru | until | till | or ) \s{1,3}"
_RANGE_DASH: Final = r"\s{0,3} [-–—~] \s{0,3}"

#: A whole count phrase, for other rule tables to embed (no named groups).
COUNT: Final = rf"""
    (?: {_QUAL} {_FILLER} )?
    (?: between \s{{1,3}} {_NUMBER_NO_AND} \s{{1,3}} and \s{{1,3}} {NUMBER}
      | from \s{{1,3}} {NUMBER} {_RANGE_TO} {NUMBER}
      | (?= \d ) {NUMBER} {_RANGE_DASH} (?= \d ) {NUMBER}
      | {NUMBER} (?: {_RANGE_TO} {NUMBER} )?
      | {VAGUE}
    )
    (?: {_SUFFIX_QUAL} )?
"""

# --- rules --------------------------------------------------------------------------------

#: The quantity rules, most specific first; overlapping matches go to the longest.
#: Every place a count phrase can start, for a quick first pass over the text. The group
#: that matched says what starts there: a ``digit``, a number word (``lead``), a ``vague``
#: amount, ``between`` or ``from`` (a range), or a qualifier (``qual``), which starts a count
#: only when one of the others follows it.
ANCHOR: Final = r"""
    (?= \w | (?-i: [<>≥≤~] ) )
    (?: (?P<digit> (?<! \d ) \d )
    | (?<! \w ) (?:
          (?P<between> between ) | (?P<from> from )
        | (?P<qual> \L<qty_qual> )
        | (?P<vague> \L<qty_vague> | \L<qty_vague_of> )
        | (?P<lead> \L<qty_unit> | \L<qty_tens> | \L<qty_scale_one>
            | (?: an? | half | quarter ) (?= \s{1,3} (?: of \s{1,3} )? (?: an? \s{1,3} )? \L<qty_scale_one> \b ) )
      ) (?! \w )
    | (?P<sign> (?<! [<>=~] ) \L<qty_qual_sym> ) )
"""

#: Where a count phrase can start: at a word start, or at a comparison sign ("x>10").
_START: Final = r"(?: (?= \w ) (?<! \w ) | (?= (?-i: [<>≥≤~] ) ) )"

QUANTITY_RULES: Final = (
    Rule(
        id="quantity.range.between",
        pattern=rf"""
            {_START} (?: (?P<qual> {_QUAL} ) {_FILLER} )?
            (?<! \w ) between \s{{1,3}} (?P<low> {_NUMBER_NO_AND} ) \s{{1,3}} and \s{{1,3}} (?P<high> {NUMBER} )
        """,
        examples=("between 10 and 15 people", "between two hundred and three hundred"),
        counterexamples=("between the two sides", "10 and 15"),
    ),
    Rule(
        id="quantity.range.from",
        pattern=rf"""
            {_START} (?<! \w ) from \s{{1,3}} (?P<low> {NUMBER} ) {_RANGE_TO} (?P<high> {NUMBER} )
        """,
        examples=("rose from 20 to 30", "from one thousand to one thousand and five hundred"),
        counterexamples=("from 20 people", "from Monday to Friday"),
    ),
    Rule(
        id="quantity.range.dash",
        pattern=rf"""
            {_START} (?: (?P<qual> {_QUAL} ) {_FILLER} )?
            (?<! \d [-–—~/] ) (?= \d ) (?P<low> {NUMBER} ) {_RANGE_DASH} (?= \d ) (?P<high> {NUMBER} )
            (?! [-–—~/] \d )
        """,
        examples=("10-15 people", "1000 – 5000", "20~100", "5k-20k"),
        counterexamples=("twenty-one", "COVID-19", "10-year-old"),
    ),
    Rule(
        id="quantity.range.to",
        pattern=rf"""
            {_START} (?: (?P<qual> {_QUAL} ) {_FILLER} )?
            (?P<low> {NUMBER} ) {_RANGE_TO} (?P<high> {NUMBER} )
        """,
        examples=("10 to 15 people", "two or three", "20 through 100"),
        counterexamples=("10 people to 15", "one of two"),
    ),
    Rule(
        id="quantity.bound.pair",
        pattern=rf"""
            {_START} (?P<qual> {_QUAL} ) {_FILLER} (?P<num> {NUMBER} )
            (?: \s{{0,3}} , \s{{0,3}} (?: (?: and | but ) \s{{1,3}} )? | \s{{1,3}} (?: and | but ) \s{{1,3}} )
            (?P<qual2> {_QUAL} ) {_FILLER} (?P<num2> {NUMBER} ) (?P<suffix> {_SUFFIX_QUAL} )?
        """,
        examples=(
            "more than 10 and less than 20",
            "at most 100 and at least 20",
            "higher or equal than one hundred, lower or equal than three hundred",
        ),
        counterexamples=("more than 10 or less than 20", "more than 10 and 20"),
    ),
    Rule(
        id="quantity.vague",
        pattern=rf"""
            {_START} (?: (?P<qual> {_QUAL} ) {_FILLER} )? (?P<vague> {VAGUE} ) (?P<suffix> {_SUFFIX_QUAL} )?
        """,
        examples=("dozens of soldiers", "tens of thousands", "at least several", "a number of"),
        counterexamples=("a number is", "dozenses", "the tens digit"),
    ),
    Rule(
        id="quantity.number",
        pattern=rf"""
            {_START} (?: (?P<qual> {_QUAL} ) {_FILLER} )? (?P<num> {NUMBER} ) (?P<suffix> {_SUFFIX_QUAL} )?
        """,
        examples=(
            "34",
            "at least 34",
            "1,200",
            "1.2 million",
            "thirty-four",
            "a dozen",
            "500 or more",
        ),
        counterexamples=("May 4th", "the 1990s", "20%", "F-16", "someone", "a man", "5:30"),
    ),
)
