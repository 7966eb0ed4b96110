"""
Article segmentation tables: agencies, abbreviations, credit, dateline and boilerplate rules.

Data only: `newsevents.text` and `newsevents.article` compile these once at import.
Credit and dateline patterns are matched against one paragraph (or its start); boilerplate
patterns against one short paragraph, each a whole line of page chrome.

Rule ``meta`` read by `newsevents.article`: ``scope`` (``start``, the default: matched at the
paragraph's start; ``end``: searched in its last 200 characters; ``any``: searched in a
paragraph of at most 400 characters), ``max_chars`` (longer paragraphs skip the rule) and
``needs`` (space-separated lower-case literals, one of which every match of the rule holds:
a paragraph without any of them skips the rule, which is what keeps the segmenter fast).
A needed literal is looked for in ``str.lower()`` of the paragraph, so it holds no "s" (the
pattern matches "ſ" for it, which stays "ſ" in lower case) and no "i" before another
character ("İ" lower-cases to "i" and a combining dot). ``last`` are the ASCII characters a
paragraph the rule matches can end with (one ending with another ASCII character skips it),
``not_first`` characters it never starts with, ``max_words`` the most words it holds
(`newsevents.text.word_texts`), ``min_words`` the fewest, ``digit`` (``yes``) that it holds a
digit.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from newsevents._rules import Rule
from newsevents.rules._timex_lexicon import MONTHS, WEEKDAYS

__all__ = [
    "AGENCIES",
    "ARTICLE_LEXICON",
    "BOILERPLATE_RULES",
    "CAPTION_CUE",
    "CREDIT_RULES",
    "DATED_TITLE",
    "DATELINE_RULES",
    "EMBEDDED_TWEET",
    "FIELD_LABELS",
    "FUNCTION_WORDS",
    "HEADLINE_VERBS",
    "INITIAL_ABBREVIATIONS",
    "LEDE_AUXILIARIES",
    "LEDE_CUES",
    "LEDE_TIME_WORDS",
    "LIST_ITEM",
    "NAME_STARTERS",
    "NUMBER_ABBREVIATIONS",
    "PLACE_INITIALISMS",
    "RELATED_LABEL",
    "RELEASE_END",
    "REPORTING_VERBS",
    "SENTENCE_STARTERS",
    "STORY_AUXILIARIES",
    "STORY_REPORTING",
    "STRUCTURAL_LABELS",
    "TIME_ABBREVIATIONS",
    "TIME_FOLLOWERS",
    "TITLE_ABBREVIATIONS",
    "TITLE_SMALL_WORDS",
    "WEAK_ABBREVIATIONS",
]

# fmt: off
#: News agencies and wire services: the canonical name first, then the other spellings.
AGENCIES: Final[tuple[tuple[str, ...], ...]] = (
    ("Reuters", "Thomson Reuters"),
    ("AP", "Associated Press", "The Associated Press"),
    ("AFP", "Agence France-Presse", "Agence France Presse"),
    ("UPI", "United Press International"),
    ("Bloomberg", "Bloomberg News"),
    ("dpa", "DPA", "Deutsche Presse-Agentur"),
    ("Xinhua", "Xinhua News Agency"),
    ("Anadolu", "Anadolu Agency", "AA"),
    ("EFE",),
    ("ANSA",),
    ("Kyodo", "Kyodo News"),
    ("Yonhap", "Yonhap News Agency"),
    ("PTI", "Press Trust of India"),
    ("IANS",),
    ("TASS", "ITAR-TASS"),
    ("Interfax",),
    ("RIA Novosti", "RIA"),
    ("CNN",),
    ("BBC",),
    ("CNS", "City News Service"),
)

#: Abbreviations that never end a sentence: titles before a name ("Gen. Smith").
TITLE_ABBREVIATIONS: Final = (
    "mr", "mrs", "ms", "messrs", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt",
    "cpl", "pvt", "adm", "cmdr", "cdr", "gov", "sen", "rep", "reps", "sens", "rev", "fr", "hon",
    "pres", "supt", "insp", "det", "ofc", "atty", "sr", "jr", "st", "ft", "mt", "brig", "gens",
    "amb", "sec", "pfc", "spc", "cmdt", "dist", "dep", "asst", "assn", "dept", "univ", "ave",
    "blvd", "rd", "hwy", "vs", "v", "etc", "approx", "est", "e.g", "i.e", "cf", "al",
)

#: Abbreviations that end a sentence only before a common sentence starter ("Inc. The").
WEAK_ABBREVIATIONS: Final = (
    "inc", "co", "corp", "ltd", "llc", "bros", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs",
    "fri", "sat", "sun", "a.m", "p.m", "u.s", "u.k", "u.n", "d.c", "e.u", "ala", "ariz", "ark",
    "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la", "md",
    "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn",
    "tex", "va", "vt", "wash", "wis", "wyo", "no", "nos", "vol", "ed", "eds", "ph.d", "n.y",
    "n.j", "n.c", "s.c", "n.h", "n.m", "n.d", "s.d", "w.va", "r.i",
)

#: Abbreviations that do not end a sentence before a number ("No. 2", "Sept. 26").
NUMBER_ABBREVIATIONS: Final = (
    "no", "nos", "vol", "art", "sec", "fig", "p", "pp", "ch", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "rt", "hwy", "rte",
)

#: One-letter initials ("J. R. Smith") never end a sentence (handled in code, listed for docs).
INITIAL_ABBREVIATIONS: Final = tuple("abcdefghijklmnopqrstuvwxyz")

#: Verbs of an attribution that follows a quoted question or exclamation ('"Who?" he asked.').
REPORTING_VERBS: Final = (
    "said", "says", "asked", "asks", "added", "adds", "told", "wrote", "writes", "continued",
    "replied", "explained", "shouted", "yelled", "tweeted", "wondered", "exclaimed", "recalled",
)

#: Words that often start a sentence: after a weak abbreviation they mark a boundary.
SENTENCE_STARTERS: Final = (
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "its",
    "our", "this", "that", "these", "those", "there", "but", "and", "in", "on", "at", "for",
    "after", "before", "when", "while", "if", "as", "police", "officials", "authorities",
    "according", "no", "one", "two", "three", "some", "many", "most", "both", "all", "also",
    "meanwhile", "however", "still", "yet", "so", "then", "now", "later", "earlier", "last",
    "since", "during", "about", "more", "what", "who", "why", "how", "where",
)

#: Dotted initials of places and bodies ("D.C.", "U.S.", "N.Y."), weak abbreviations: before a
#: `NAME_STARTERS` word that opens a capitalised phrase ("Interim D.C. Police Chief Peter
#: Newsham said") they name the phrase's place and end no sentence. Times ("p.m.") are none.
PLACE_INITIALISMS: Final = (
    "u.s", "u.k", "u.n", "d.c", "e.u", "l.a", "n.y", "n.j", "n.c", "s.c", "n.h", "n.m", "n.d",
    "s.d", "r.i", "w.va",
)  # fmt: skip

#: Clock abbreviations: after them a capitalised word opens a sentence ("at 2 a.m. Officers
#: found him") unless it tells more of the time (`TIME_FOLLOWERS`).
TIME_ABBREVIATIONS: Final = ("a.m", "p.m")

#: Capitalised words that go on a clock time: its day, month, zone or a holiday ("2 a.m.
#: Sunday", "9 p.m. EST", "11 a.m. New Year's Day"), or what a time names ("the 5 p.m. Mass"),
#: in lower case.
TIME_FOLLOWERS: Final = (
    *WEEKDAYS, *MONTHS,
    "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt", "gmt", "utc",
    "bst", "cet", "hst", "akst", "akdt", "e.t", "c.t", "m.t", "p.t",
    "eastern", "central", "mountain", "pacific", "atlantic", "local",
    "today", "tonight", "tomorrow", "yesterday",
    "new", "christmas", "thanksgiving", "easter", "halloween",
    "mass", "news", "newscast", "service", "vigil",
)  # fmt: skip

#: Sentence starters that are nouns of a title or name as well ("D.C. Police Chief", "U.S.
#: Officials"): after a place's initials, followed by a capitalised word, they go on its phrase.
NAME_STARTERS: Final = ("police", "officials", "authorities")

#: Lower-case words a title-cased headline leaves small ("Man Dies in Crash on I-5").
TITLE_SMALL_WORDS: Final = (
    "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in",
    "of", "off", "on", "per", "to", "up", "via", "vs", "with", "from", "into", "onto", "over",
    "than", "that", "amid", "after", "before", "about", "is", "are", "be", "was", "if", "out",
)

#: Phrases typical of a lede, rare in a headline ("police said", "according to").
LEDE_CUES: Final = (
    "according to", "police said", "police say", "officials said", "authorities said",
    "was shot", "were shot", "was killed", "were killed", "has been", "have been", "had been",
    "was taken", "were taken", "were found", "was shot dead", "are investigating",
    "is investigating", "are searching", "is searching", "are looking for", "are asking", "is being", "are being", "was arrested", "was found", "said on",
    "said in a statement", "told reporters", "said that", "authorities said", "deputies said",
    "investigators said", "officers said", "he said", "she said",
)

#: Auxiliary verbs: ledes use them, headlines drop them ("was shot" / "shot").
LEDE_AUXILIARIES: Final = (
    "was", "were", "had", "been", "did",
)

#: Words of four letters or more that carry no topic (for overlap between paragraphs).
FUNCTION_WORDS: Final = (
    "about", "after", "again", "against", "also", "among", "been", "before", "being", "between",
    "both", "could", "does", "doing", "down", "during", "each", "from", "further", "have",
    "having", "here", "into", "just", "like", "more", "most", "much", "must", "only", "other",
    "over", "said", "says", "same", "should", "some", "such", "than", "that", "their", "them",
    "then", "there", "these", "they", "this", "those", "through", "under", "until", "very",
    "were", "what", "when", "where", "which", "while", "whom", "will", "with", "would", "your",
    "year", "years", "told", "according",
)

#: First words of labels that structure a story ("UPDATE:", "ORIGINAL STORY:"): story text.
STRUCTURAL_LABELS: Final = ("UPDATE", "UPDATED", "ORIGINAL", "EARLIER", "CORRECTION", "EDITOR", "NOTE", "INITIAL")

#: Labels of the fields of a police release ("Location: ...", "Case Number: ..."): story text.
FIELD_LABELS: Final = (
    "date", "time", "date and time", "location", "address", "offense", "offence", "offenses",
    "incident", "incident type", "case", "case number", "case numbers", "report number",
    "suspect", "suspects", "victim", "victims", "charges", "charge", "arrested", "where",
    "when", "who", "what", "age", "race", "sex", "height", "weight", "bond", "court date",
    "status", "disposition", "agency", "officer", "unit", "type", "name", "vehicle",
)

#: Words of story grammar that a headline of another story leaves out ("Both men have ...").
STORY_AUXILIARIES: Final = ("are", "have", "has")

#: Reporting words: a long line holding one is a story sentence that lost its full stop,
#: not a run of headlines or a caption.
STORY_REPORTING: Final = ("said", "says", "say", "told", "tell", "tells", "according")

#: An embedded tweet quoted in the story ("... pic.twitter.com/x — Jane Doe (@jdoe) May 2"):
#: story text, like the quotes around it.
EMBEDDED_TWEET: Final = r"pic\.twitter\.com/|[—–-]\s[^\n]{1,60}\(@\w{1,30}\)\s\L<dateline_month>"

#: A "Label: 12" line of crime statistics, or a person in a list ("Jane Doe, 23, of ...",
#: "John Roe, 52 years of age"): story text, never a headline of another story.
LIST_ITEM: Final = (
    r",\s\d{1,3}(?:,\s|\s(?:years?|yrs?)\b|\s*$)|:\s{0,3}\d[\d,.]{0,12}%?\s*$"
    r"|^(?:\w+ed|wanted)\s(?:with|as|for|by|into|to|on|in|at|from)\s"
)

#: The mark that ends a press release ("###", "# # #", "###PPB###"): several on one page make
#: it a feed of releases.
RELEASE_END: Final = r"^(?:\#\s?){3}(?:\w{1,12}(?:\s?\#){3})?$|^-\s?30\s?-$"

#: A dated title of a feed or listing ("Arrest made in robbery (Photo) - 05/13/16"): a title
#: with its date, not a run of headlines.
DATED_TITLE: Final = r"[-–—|]\s?\d{1,2}/\d{1,2}/\d{2,4}\s*$"

#: Present-tense reporting verbs of headline grammar ("Pompeo says ...").
HEADLINE_VERBS: Final = ("says", "say", "warns", "urges", "vows", "slams", "blasts", "claims")

#: Times of day and week a lede gives and a headline leaves out.
LEDE_TIME_WORDS: Final = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning",
    "afternoon", "evening", "night", "overnight", "yesterday", "today", "tonight", "week",
    "weekend", "a.m", "p.m",
)

#: Words that look like a dateline city but are labels ("UPDATE -", "BREAKING:").
NOT_PLACES: Final = (
    "UPDATE", "UPDATED", "BREAKING", "BREAKING NEWS", "WATCH", "VIDEO", "PHOTOS", "PHOTO",
    "ALERT", "EXCLUSIVE", "CORRECTION", "LIVE", "ORIGINAL", "EDITOR'S NOTE", "NOTE",
    "RELATED", "ALSO", "MORE", "READ MORE", "TRENDING", "ADVERTISEMENT", "FILE", "AP", "UPI",
    "AFP", "WARNING", "GRAPHIC", "DEVELOPING", "URGENT", "FLASH", "OPINION", "ANALYSIS",
    "COMMENTARY", "EDITORIAL", "FULL TEXT", "ABSTRACT", "SPONSORED",
)

#: Months as datelines write them.
DATELINE_MONTHS: Final = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
    "Sept", "Oct", "Nov", "Dec",
)

#: Single words that make up share bars and page chrome ("Share | Tweet | Email").
SHARE_WORDS: Final = (
    "share", "shares", "share this", "share this story", "share this article", "share on",
    "tweet", "tweets", "email", "e-mail", "print", "pin", "pin it", "pinterest", "facebook",
    "twitter", "linkedin", "reddit", "whatsapp", "google", "google+", "google plus", "pocket",
    "tumblr", "flipboard", "messenger", "sms", "text", "more", "comments", "comment", "close",
    "copy", "copy link", "link", "save", "embed", "like", "reply", "retweet", "favorite",
    "menu", "search", "home", "next", "previous", "prev", "back", "top", "back to top",
    "continue", "continue reading", "read more", "show more", "load more", "see more",
    "advertisement", "ad", "ads", "sponsored", "sponsored content", "photos", "photo", "video",
    "videos", "gallery", "a", "aa", "text size", "font size", "resize", "listen", "play",
    "pause", "mute", "unmute", "replay", "full screen", "fullscreen", "hide transcript",
    "show transcript", "transcript", "skip", "skip ad", "loading", "like loading", "like this",
    "instagram", "youtube", "snapchat", "rss", "newsletter", "newsletters", "subscribe",
    "sign in", "sign up", "log in", "login", "logout", "log out", "register", "account",
    "my account", "weather", "traffic", "sports", "news", "local", "more video", "more videos",
    "watch", "watch live", "live", "related", "trending", "popular", "most popular",
    "news releases", "press releases", "news release", "press release",
)
# fmt: on

#: Named word lists the patterns below use.
ARTICLE_LEXICON: Final[dict[str, list[str]]] = {
    "agency": sorted({name for names in AGENCIES for name in names}),
    "not_place": list(NOT_PLACES),
    "dateline_month": list(DATELINE_MONTHS),
    "share_word": list(SHARE_WORDS),
}


def _first_runs(names: Iterable[str]) -> str:
    """
    A ``first_words`` gate: the first run of ASCII letters of each of *names*, lower-cased.

    For a rule every match of which starts (after its leading marks) with one of *names*,
    matched case-insensitively and followed by no letter.
    """
    runs = set()
    for name in names:
        stop = 0
        while stop < len(name) and name[stop].isascii() and name[stop].isalpha():
            stop += 1
        runs.add(name[:stop].lower())
    return " ".join(sorted(runs))


def _starting_with(letters: str) -> str:
    """
    A ``not_first`` gate: the ASCII letters and digits but *letters* (in either case).

    For a rule every match of which starts with one of *letters* (matched case-insensitively,
    so in either case), or with a mark that is no letter or digit.
    """
    allowed = letters.lower() + letters.upper()
    return "".join(
        char
        for char in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
        if char not in allowed
    )


#: The ASCII capitals: the ASCII members of ``\p{Lu}``.
_ASCII_CAPITALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

_MONTH_DAY = r"(?:\L<dateline_month>)\.?\s\d{1,2}(?:,\s\d{4})?"
_PLACE_CAPS = r"(?!\L<not_place>\b)\p{Lu}[\p{Lu}.'’-]+(?:[ ](?:\p{Lu}[\p{Lu}.'’-]*|\p{Lu}\p{Ll}{1,3}\.)){0,4}(?<=\p{Lu}|\.)"
_PLACE_TITLE = r"\p{Lu}[\p{Ll}.'’-]+(?:[ ]\p{Lu}[\p{Ll}.'’-]+){0,3}"
_REGION = r"(?:\p{Lu}[\p{Ll}]{0,5}\.(?:[ ]?\p{Lu}[\p{Ll}]{0,2}\.)?|\p{Lu}\.\p{Lu}\.|\p{Lu}[\p{Ll}]+(?:[ ]\p{Lu}[\p{Ll}]+)?|\p{Lu}{2}(?=\s))"
_DASH = r"(?:-{2,3}|[–—―]{1,2}|-(?=\s)|(?<=[ ])-)"  # a lone hyphen only when spaced
_UPDATE_LABEL = r"(?i:updated?)(?:[ ]\([^()\n]{1,40}\)|[ ]@[^:\n]{1,40})?[ ]?[:-][ ]"
_PERSON = r"\p{Lu}[\p{L}'’.-]*(?:[ ]\p{Lu}[\p{L}'’.-]*){0,4}"

#: Credit paragraphs: a wire name, a byline, a contributor or "Reporting by" line.
#: ``source`` is the credited agency or person; ``meta["source"]`` names an implied agency.
CREDIT_RULES: Final = (
    Rule(
        id="article.credit.agency",
        pattern=r"^[(\[]?\s*(?:[-–—]\s*)?(?:By\s)?(?P<source>\L<agency>)(?:\s(?:News\s)?(?:Wire|Service|Agency|Staff))?\s*[)\]]?\.?$",
        examples=("Reuters", "(AP)", "— Associated Press", "By The Associated Press"),
        counterexamples=("Reuters said on Monday that it would cut jobs.",),
        # "By", an agency of four words at most ("Press Trust of India"), "News Wire"; a match
        # starts with a mark, "By" or an agency's name
        meta={
            "max_words": "7",
            "not_first": _starting_with(
                "b" + "".join({name[0] for names in AGENCIES for name in names})
            ),
            # a match's first run of letters is "By" or an agency's ("Agence", "ITAR")
            "first_words": _first_runs(("By", *(name for names in AGENCIES for name in names))),
        },
    ),
    Rule(
        id="article.credit.byline",
        pattern=rf"""
            ^(?i:by|written\sby|story\sby|posted\sby)\s*:?\s+
            (?P<source>{_PERSON}(?:(?:,\s|\sand\s|\s&\s)(?!(?:The\s)?\L<agency>\b){_PERSON}){{0,3}})
            (?:\s*(?:,|\||/|–|—|-|\bof\b)\s*(?:(?:The\s)?(?P<agency>\L<agency>)\b[^\n]{{0,40}}|[^\n]{{0,60}})|\s+(?i:updated|posted|published|staff|reporter|correspondent|editor|writer|email|follow|\d{{1,2}}:\d\d|[\w.+-]+@)[^\n]{{0,100}})?(?<![.!?])$
        """,
        examples=(
            "By Jane Doe",
            "By JANE DOE, Associated Press",
            "By Jane Doe and John Roe | The Daily Planet",
        ),
        counterexamples=(
            "By Tuesday, the rebels had left the city and police said it was calm.",
            "by jane doe",
            "By the time police arrived he was dead.",
        ),
        meta={"needs": "by"},
        case_sensitive=True,
    ),
    Rule(
        id="article.credit.contributed",
        pattern=r"^(?:The\s)?(?P<source>[^\n]{1,120}?)\s(?:contributed|also\scontributed)\s(?:to\s(?:this|the)\s(?:report|story|article)\b|reporting\b)[^\n]{0,80}$",
        examples=(
            "The Associated Press contributed to this report.",
            "Reuters also contributed to this report.",
        ),
        counterexamples=("Police said the gun contributed to the death.",),
        meta={"needs": "contributed"},
    ),
    Rule(
        id="article.credit.reporting",
        pattern=r"^[(\[]?\s*(?:Reporting|Writing|Additional\sreporting)\sby\s(?P<source>(?-i:\p{Lu})[\p{L}'’.-]*(?:,?\s(?:and\s|in\s|&\s)?(?-i:\p{Lu})[\p{L}'’.-]*){0,8})\s*(?:;[^\n]{0,300})?[)\]]?\.?$",
        examples=(
            "(Reporting by Jane Doe; Editing by John Roe)",
            "Reporting by Jane Doe in Ankara; writing by John Roe",
        ),
        counterexamples=(
            "Reporting by local media was sparse, the report said, and it went on for many days.",
        ),
        # a match starts with a mark, "Reporting", "Writing" or "Additional"
        meta={"source": "Reuters", "needs": "by", "not_first": _starting_with("rwa")},
    ),
    Rule(
        id="article.credit.hat_tip",
        pattern=r"^[(\[]?\s*(?:h/t|hat\stip)/?\s*:?\s*(?:to\s)?(?P<source>[^()\[\]\n]{1,60}?)\.?\s*[)\]]?\.?$",
        examples=("h/t: The Hill.", "(h/t Mediaite.)"),
        counterexamples=("He tipped his hat to the crowd.",),
        # a match starts with a mark or "h"
        meta={"needs": "h/t hat", "not_first": _starting_with("h")},
    ),
    Rule(
        id="article.credit.information",
        pattern=r"^Information\sfrom\s*:?\s(?P<source>[^,\n]{2,80}?)(?:,\s*(?:https?://)?\S{1,100})?\.?$",
        examples=("Information from: The Advocate, http://theadvocate.com",),
        counterexamples=("Information from police was scarce on Monday, and the family waited.",),
        meta={"needs": "nformat"},  # not "information": "İ" lower-cases to two characters
    ),
    Rule(
        id="article.credit.services",
        pattern=r"^[-–—\s]*(?:With|From)\s(?P<source>(?:\w+\s){0,3}?(?:wire\sservices|news\sservices|wire\sreports|staff\sreports|news\swire\sservices))\.?$",
        examples=("With News Wire Services", "From wire reports"),
        counterexamples=("With wire services down, the reports stopped coming in.",),
        # no "s": "ſ" matches it, and stays "ſ" in lower case; a match starts with a mark,
        # "With" or "From"
        meta={"needs": "report erv", "not_first": _starting_with("wf")},
    ),
    Rule(
        id="article.credit.staff",
        pattern=r"^[-–—\s]*(?:(?i:from)\s)?(?P<source>(?:The\s)?\p{Lu}[\p{L}\d'’.&-]*(?:\s(?:of\s|the\s|and\s|&\s)?\p{Lu}[\p{L}\d'’.&-]*){0,6})\s(?i:staff\sand\swire\sreports|staff\sreports?|staff|wire\sreports?|wire|news\sservices?)\.?$",
        examples=(
            "From The Trussville Tribune staff reports",
            "—Chicago Sun-Times Wire",
            "Daily Planet staff",
        ),
        counterexamples=("The gunman shot at the staff.",),
        meta={"needs": "staff wire service"},
        case_sensitive=True,
    ),
)

#: A dateline opening the lede: "ANKARA, March 17 (Reuters) -", "PUYALLUP, Wash. —".
DATELINE_RULES: Final = (
    Rule(
        id="article.dateline.place",
        pattern=rf"""
            ^(?:{_UPDATE_LABEL})?(?P<dateline>
                (?P<place>{_PLACE_CAPS})
                (?:,[ ](?P<region>{_REGION})){{0,2}}
                (?:,?[ ](?P<date>{_MONTH_DAY}))?
                (?:[ ]?\((?:(?P<source>\L<agency>)|[^()\n]{{1,40}})\))?
                [ ]?{_DASH}
            )(?=\s*\S)
        """,
        examples=(
            "ANKARA, March 17 (Reuters) - Turkey said",
            "PUYALLUP, Wash. — A man",
            "WASHINGTON (AP) — The",
            "GARDEN GROVE – A boy",
            "HOMEWOOD –Police",
        ),
        counterexamples=(
            "UPDATE - Police say",
            "The man said - later",
            "I - I did not",
            "AFL-CIO to endorse Clinton.",
        ),
        # the second character of a match is a capital or one of ".'’-" (a place in
        # capitals), or the "p" of "update"
        meta={"needs": "- – — ―", "second": _ASCII_CAPITALS + ".'-p"},
        case_sensitive=True,
    ),
    Rule(
        id="article.dateline.agency",
        pattern=rf"""
            ^(?P<dateline>
                (?:(?P<place>{_PLACE_TITLE})(?:,[ ](?P<region>{_REGION})){{0,2}}(?:,?[ ](?P<date>{_MONTH_DAY}))?
                  |(?P<date>{_MONTH_DAY}))
                [ ]?\((?P<source>\L<agency>)\)[ ]?{_DASH}
            )(?=\s*\S)
        """,
        examples=(
            "Philadelphia (AFP) – US President",
            "Dec 29 (Reuters) - U.S.",
            "New York (AFP) – Oscar",
        ),
        counterexamples=("Police (AP) said",),
        # the agency in brackets is not optional: "(" is rarer than a dash
        meta={"needs": "("},
        case_sensitive=True,
    ),
    Rule(
        id="article.dateline.alone",
        pattern=rf"""
            ^(?P<dateline>
                (?P<place>{_PLACE_CAPS})
                (?:,[ ](?P<region>{_REGION})){{0,2}}
                (?:,?[ ](?P<date>{_MONTH_DAY}))?
                (?:[ ]?\((?P<source>\L<agency>)\))?
                [ ]?(?:-{{1,3}}|[–—―]{{1,2}})
            )\s*$
        """,
        examples=("READING, Pa. -", "SEATTLE, Wash. —"),
        counterexamples=("UPDATE -",),
        # the second character of a match is a capital or one of ".'’-" (a place in capitals)
        meta={"needs": "- – — ―", "second": _ASCII_CAPITALS + ".'-"},
        case_sensitive=True,
    ),
)

#: Words of a photo caption ("pictured", "(left)", "this photo"): such a paragraph is no title.
CAPTION_CUE: Final = r"\b(?:photo|photos|pictured|shown\shere|is\sshown|are\sshown|file\simage|courtesy|mugshot|mug\sshot|view\sfull\scaption|provided\sby\s(?:family|police))\b|\((?:left|right|center|top|bottom)\)|\((?:published|posted)\s\w+day\b"

#: A label that introduces a list of other stories ("TRENDING STORIES:", "Related").
RELATED_LABEL: Final = r"(?:related|trending|more\sfrom|more\sstories|most\s(?:popular|read|viewed)|recommended|top\sstories|also\s(?:on|read)|previous\scoverage|in\sother\snews|more\snews|read\smore|popular|you\smay\salso\slike|more\svideos?)\b"

#: Page chrome: a paragraph that matches one of these is boilerplate (``meta["kind"]`` says why).
BOILERPLATE_RULES: Final = (
    Rule(
        id="article.boilerplate.share",
        pattern=r"^[\W_]*(?:\L<share_word>)(?:[\W_]{1,8}(?:\L<share_word>)){0,30}[\W\d_]*$",
        examples=(
            "Share this:",
            "Facebook | Twitter | Email",
            "Print",
            "Advertisement",
            "Copy Link Copy",
            "Hide Transcript Show Transcript",
        ),
        counterexamples=("Share prices fell sharply.", "Police shared the video on Facebook."),
        # a match's first run of letters is that of a share word: a mark, a digit or the
        # end follows each share word, and a blank, "-" or "+" its first run
        meta={
            "kind": "share",
            "max_chars": "300",
            "first_words": " ".join(
                sorted(
                    {word.replace("-", " ").replace("+", " ").split()[0] for word in SHARE_WORDS}
                )
            ),
        },
    ),
    Rule(
        id="article.boilerplate.prompt",
        pattern=r"""
            ^[\W_]*(?:
                (?:share|read)\s(?:or\sshare\s)?this\s(?:story|article|post)
              | click\s(?:here|on|the|to)\b | tap\shere\b
              | home\s?(?::|>|»|/|\|)\s?\w
              | follow\s(?:us|\S+(?:\s\S+){0,4}?)\s(?:on|:)\s
              | follow\s\S+(?:\s\S+){0,3}:\s*(?:facebook|twitter|instagram)
              | follow\s\S+(?:\s\S+){0,3}\s?:\s*$
              | tag(?:ged|s)\s*:?\s
              | like\sus\son | find\sus\son
              | join\sthe\s(?:conversation|discussion)
              | (?:stay|keep)\s(?:up\sto\sdate|connected|informed|with|on|tuned)\b[^\n]{0,120}(?:updates?|latest|details|developments|stories|story|twitter|facebook|app|information|coverage)
              | download\s(?:our|the)\s[^\n]{0,60}\bapps?\b
              | get\s(?:the\s)?(?:latest\s)?(?:breaking\s)?news\s(?:alerts|on\syour)
              | report\san\s(?:error|typo) | submit\sa\s(?:tip|news\stip|correction) | send\sus\s(?:a\stip|your)
              | (?:leave|post|add|view|show|hide|read)\s(?:a\s|your\s|all\s)?comments?
              | comments?\s(?:are|have\sbeen)\s(?:closed|disabled)
              | (?:be\sthe\sfirst\sto\scomment|what\sdo\syou\sthink\b|tell\sus\swhat\syou\sthink|have\syour\ssay)
              | (?:related|related\sarticles?|related\sstories|related\scoverage|related\scontent|more\sfrom|more\son\sthis|also\sread|see\salso|read\smore|read\sthe\sfull\sstory|recommended(?:\sfor\syou)?|trending(?:\sstories|\snow)?|most\s(?:popular|read|viewed)|you\smay\salso\slike|more\sstories|top\sstories|previous\scoverage|previously|editor'?s\spicks|also\son|watch|photos?|photo\sgallery|gallery|videos?|more\svideos?|from\sthe\sweb|around\sthe\sweb|popular\son)\s*(?::|\||\.{3}|…|>|»|$)
              | (?:also|related|read\smore|more|previous\sstory|previously|see)\s?[:|]\s
              | \[(?:previous\sstory|related|read\smore|google\smap)
              | (?:please\s)?(?:enable|turn\son)\sjavascript
              | (?:your\sbrowser|this\sbrowser)\s(?:does\snot|doesn't)
              | (?:thank\syou\sfor\s(?:registering|signing\sup|subscribing|reading))
              | (?:already\s(?:a\ssubscriber|have\san\saccount|registered))
              | (?:sign\s(?:up|in)|log\s?in|subscribe|register)\b[^\n]{0,120}(?:newsletter|account|email|free|today|access|subscription|alerts|updates|\bwith\b|below|now|here|to\s(?:continue|read|comment|get))
              | (?:create|set\sup)\s(?:an|your)\saccount
              | (?:welcome\sback|forgot\s(?:your\s)?password|just\sone\smore\sthing)
              | (?:why\sare\swe\sasking)
              | (?:sorry,\s)?this\szip\s?code | get\sdigital\saccess | \d+\sof\s\d+\s(?:premium\s|free\s)?(?:clicks|articles|stories) | premium\scontent
              | (?:you(?:'ve|\shave)\s(?:reached|read)\s(?:your|\d+))
              | (?:text\s"?\w+"?\sto\s\d{4,6})
              | (?:advertisement|sponsored\scontent|story\scontinues\sbelow|content\scontinues\sbelow|paid\spost)
              | (?:this\s(?:is\sa\s)?(?:story\sis\s)?developing(?:\sstory)?|this\sstory\s(?:will\sbe|is\sbeing|may\sbe)\supdated|check\sback\s(?:later\s)?for\s(?:updates|more)|stay\swith\s\S+\sfor|we\sare\scontinuing\sto\sfollow|(?:refresh|check)\s(?:this\spage|back)\b)
              | (?:attached\smedia\sfiles?)
              | (?:text\ssize|font\ssize)
              | (?:like\sthis:|loading\.{3})
              | (?:the\sbest\s(?:local\s)?(?:news|journalism)|support\s(?:local|our)\sjournalism)
              | (?:terms\sof\s(?:service|use)|privacy\spolicy|cookie\spolicy|user\sagreement)
              | (?:(?:close\s)?get\semail\snotifications|email\snotifications|your\snotification|there\swas\sa\sproblem\ssaving|notifications\sare)
              | (?:by\ssubmitting|by\sclicking|by\scontinuing|by\susing\sthis\ssite)
              | (?:we\shave\ssent\syou|please\s(?:check|confirm|supply|enter|log|sign)|if\syou\sdo\snot\sreceive)
              | (?:no\semail\saddress\swas\ssupplied)
              | (?:sign\sin\susing|\{\*)
              | (?:you\smust\senter\sthe\scharacters|enter\sthe\s(?:characters|code)|type\sthe\scharacters|i'?m\snot\sa\srobot|are\syou\sa\s(?:human|robot)|captcha)
              | (?:message:)
              | (?:add\sa\slocation\sto\syour\stweets)
              | (?:for\smore\s(?:\w+\s){0,3}news,\s(?:listen|watch|visit|go|click|follow))
              | (?:(?:first|last)\s(?:posted|published|updated|modified)\b) | (?:posted|published|updated|last\supdated)(?:\s(?:on|at))?\s*:
              | (?:contact\s(?:the\s)?(?:writer|reporter|author|us)|reach\s(?:the\s)?(?:writer|reporter|author)|email\s(?:the\s)?(?:writer|reporter|author)|(?:he|she)\scan\sbe\sreached)
              | (?:×\s)
              | like\s(?:the\s)?\S+(?:\s\S+){0,3}\son\sfacebook
              | before\syou\sgo\b | tune\sin\s(?:to\s)?\S
              | story\shighlights\b | what\sto\sknow\b | key\spoints\b
              | whenever\s[^\n]{1,60}\sposts\snew\scontent
              | (?:\d{1,2}/\d{1,2}/\d{2,4}\s)?related\s(?:story|stories|link|links|video|coverage|content)\s*:
              | more\s(?:stories\s|news\s|videos?\s)?(?:on|at|from)\s\S+(?:\s\S+){0,3}?\s*:?\s*$
              | more\son\sthis\sstory\b
              | (?:see\salso|also\sread|read\salso)(?:\s(?:story|stories|coverage|report|article))?(?:\s[\d/.-]{4,10})?\s*:\s*\S
              | (?:previous|previously|earlier)(?:\s(?:story|stories|coverage|report|article))?(?:\s[\d/.-]{4,10})?\s*:\s*(?!(?:\S+\s+){9,80}?\S*[.!?]["'”’)]?\s*$)\S
              | re-?enter\s(?:your\s)?(?:zip|e-?mail|password)
              | (?:slideshow|photos?|gallery|video|watch|listen|pictures|images)\s*:\s*\S
              | watch\s(?:this\s(?:story|video|report|clip)|the\s(?:video|report|full|story|clip)|our|latest|live|full|more|video|it|now|\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}['’]s\s)
              | get\s(?:the\slatest|breaking\snews|our\s|the\s\S+\sapp)
              | submit\s(?:here|a\sphoto|your\s|a\sstory)
              | have\sa\s(?:question|comment|news\stip|story\sidea)\b
              | (?:you\scan\s)?(?:contact|reach|email|e-mail|follow)\s(?!police|crime|detectives|investigators|authorities|the\s(?:sheriff|police))(?:the\s)?(?:(?-i:\p{Lu})[\p{L}'’.-]*\s?){1,4}(?:at|on|via|:)\s[^\n]{0,100}(?:@|\||twitter|facebook|\d{3}[\s.-]\d{4})
              | (?:try\s[^\n]{0,40}\bfree\b|free\strial\b)
              | (?:abstract|full\stext)\.?\s*$
              | (?:embed\b|highlights\s*$|urgent\s*$|breaking\s*$|breaking\snews\s*$|autoplay\b)
            )
        """,
        examples=(
            "Read or Share this story: http://example.com/x",
            "Follow us on Twitter",
            "Please enable Javascript to watch this video",
            "Sign up for our daily newsletter",
            "Already have an account?",
            "ALSO: Mayor says bars will close early",
            "RELATED ARTICLES",
            "This story is developing. Check back for updates.",
            "Message: hello",
            "Contact the writer: 555-0100",
            "You must enter the characters with black color",
            "You can reach Jane Doe at Facebook | Twitter | Email",
            "Previous: Boy shot in head by stray bullet while plowing field",
            "MORE ON THIS STORY: Mayor honors officers",
            "Previous Story 4/3/17: One dead after shooting",
        ),
        counterexamples=(
            "Police said the suspect followed the victim on foot.",
            "The victim's family asked people to share the story of his life.",
            "He was registered as a sex offender.",
            "Anyone with information is asked to call Crime Stoppers at 555-0100.",
            "Contact Crime Stoppers at 555-555-0100 with any tips.",
            "ORIGINAL STORY:",
            "Previous report:",
        ),
        meta={"kind": "prompt", "max_chars": "300"},
    ),
    # Two lines of the prompt rule, kept apart for speed: they can start with any word, so
    # the first letters do not narrow them, and a needed literal does. `newsevents.article`
    # treats them as the prompt rule (`_PROMPT_RULES`); the table tries them right after it.
    Rule(
        id="article.boilerplate.writer",
        pattern=r"""
            ^[\W_]*(?-i:[\w.’'-]+\s){1,4}is\sa\s(?:staff\swriter|reporter|correspondent|freelance)[^\n]{0,200}$
        """,
        examples=(
            "Jane Doe is a staff writer for the Daily Planet and can be reached at jane@example.com.",
            "John Roe is a freelance writer in Ohio.",
        ),
        counterexamples=("The reporter was hurt in the crash.",),
        # no "s" in a literal: "ſ" matches it and stays "ſ" in lower case
        meta={
            "kind": "prompt",
            "max_chars": "300",
            "needs": "taff reporter pondent freelance",
        },
    ),
    Rule(
        id="article.boilerplate.report_label",
        pattern=r"""
            ^[\W_]*(?-i:(?:\p{Lu}[\p{L}'’.-]*\s){1,3}?\p{Lu}[\p{L}.-]*['’]s\s)(?:full\s)?(?:report|story|interview)\s*:?\s*$
        """,
        examples=("Lisa Washington’s Report:", "Jane Doe's full interview"),
        counterexamples=("Lisa Washington’s report was filed on Monday.",),
        # not "story", "interview": "ſ" and "İ" fold to "s" and "i" in a match only
        meta={"kind": "prompt", "max_chars": "300", "needs": "report tory nterv"},
    ),
    Rule(
        id="article.boilerplate.cookie",
        pattern=r"\b(?:we\s(?:use|and\sour\spartners\suse)\scookies|(?:this|our)\s(?:site|website)\suses\scookies|accept\s(?:all\s)?cookies|cookie\s(?:settings|preferences|consent|policy))\b",
        examples=("We use cookies to improve your experience.", "Cookie settings"),
        counterexamples=("She baked cookies for the officers.",),
        meta={"kind": "cookie", "scope": "any", "needs": "cookie"},
    ),
    Rule(
        id="article.boilerplate.subscription",
        pattern=r"\b(?:subscribe\sto\sreceive|digital\saccess|subscription\s(?:service|offers?|options?)|current\ssubscribers|verification\s(?:email|message)|(?:sign|log)\s(?:up|in)\sfor\s(?:our|the|free|breaking)|email\sdelivered\sto\syour\sinbox|full\saccess\ssubscriber|flash\splayer|sign\sin\sor\sregister|register\sto\scontinue|continue\sreading\s(?:content|this)|enjoyed\syour\spreview|maximum\snumber\sof\s(?:free\s)?(?:stories|articles)|confirmation\semail|\{\*\s?\w+\s?\*\}|our\s(?:daily\s)?newsletters?|premium\s(?:content|clicks|access)|thank\syou\sfor\ssigning\sup|sign\sup\sfor\smore\snewsletters)\b",
        examples=(
            "Re-enter zip code or sign up for digital access.",
            "Get it in your inbox. Sign Up Thank you for signing up! Sign up for more newsletters here",
            "Current subscribers have full access to all online news content.",
            "Subscribe to receive alerts from the Police Department.",
        ),
        counterexamples=("He had signed up for the army in 2010.",),
        meta={
            "kind": "prompt",
            "scope": "any",
            "needs": "access subscri verification sign log inbox flash register continue preview maximum confirmation {* newsletter premium",
        },
    ),
    # A line of the subscription rule kept apart for speed: "block" is in most crime news
    # ("the 1000 block of Main Street"), and this pattern is cheap to search.
    Rule(
        id="article.boilerplate.ad_block",
        pattern=r"\bad[\s-]?block\w*\b",
        examples=("Please disable your ad blocker.", "AdBlock detected"),
        counterexamples=("Police closed the 1000 block of Main Street.",),
        meta={"kind": "prompt", "scope": "any", "needs": "block"},
    ),
    Rule(
        id="article.boilerplate.attachment",
        pattern=r"\battached\s(?:media\s)?files?\s*:|^(?:[\w.-]{1,80}\.(?:jpe?g|png|gif|pdf|docx?|mp[34]|mov)\b[\s,;|]{0,6}){1,20}$",
        examples=(
            "Attached Media Files: suspect.jpg",
            "suspect.jpg , car.jpg",
            "### Attached Media Files: a.pdf",
        ),
        counterexamples=(
            "The suspect photo is attached to this release.",
            "Hatlestad.jpg Another of the city's most wanted arrested (Photo)",
        ),
        meta={
            "kind": "attachment",
            "scope": "any",
            "needs": "attached .jp .png .gif .pdf .doc .mp .mov",
        },
    ),
    Rule(
        id="article.boilerplate.gallery",
        pattern=r"^[\W_]*(?:buy\sphoto\s|photo:\s[^\n]{0,80}?)?(?:image|photo|slide|picture)\s\d+\s(?:of|/)\s/?\s?\d+",
        examples=(
            "Image 1 of 11 A man stands near the scene.",
            "Photo: Jane Doe, Daily Planet Image 1 of / 32 Caption Close",
        ),
        counterexamples=("The image of the suspect was released.",),
        meta={"kind": "photo", "max_chars": "3000", "needs": "of /"},
    ),
    Rule(
        id="article.boilerplate.copyright",
        pattern=r"^[\W_]*(?:©|\(c\)\s|copyright\b|all\srights\sreserved)",
        examples=(
            "Copyright 2016 WAFB. All rights reserved.",
            "(© 2016 WWL)",
            "© 2016 KHOU-TV",
            "Copyright Associated Press / NBC 6 South Florida",
        ),
        counterexamples=("The copyright case went to court.",),
        meta={"kind": "copyright", "max_chars": "400", "needs": "© (c) copyr erved"},
    ),
    Rule(
        id="article.boilerplate.rights",
        pattern=r"all\srights\sreserved\.?[\W_]*$|this\smaterial\smay\snot\sbe\s(?:published|broadcast|rewritten|redistributed)[^\n]{0,200}$",
        examples=(
            "2016 WAFB. All rights reserved.",
            "This material may not be published, broadcast, rewritten or redistributed.",
        ),
        counterexamples=("He reserved the right to appeal.",),
        meta={"kind": "copyright", "scope": "end", "needs": "reserved material"},
    ),
    Rule(
        id="article.boilerplate.photo",
        pattern=r"""
            ^(?:photo|image|picture|video|photo\scredit|credit|caption|file\sphoto|courtesy|source)\s*(?::|\||by\b)
          | ^[\W_]*(?:photo|image|video)s?(?:\s(?:gallery|credit))?\s*$
          | ^(?:[^\n]{0,60}[\s(/,|])?(?:getty\simages|istockphoto|shutterstock|flickr|ap\sphoto|afp\sphoto|reuters\sphoto|file\sphoto|photo\scourtesy|courtesy\sphoto)\b[^\n]{0,60}$
        """,
        examples=("Photo credit: Facebook", "Photos", "Getty Images", "steakpinball, flickr"),
        counterexamples=("Police released a photo of the suspect.",),
        meta={
            "kind": "photo",
            "max_chars": "250",
            "needs": "photo image picture video credit caption courtesy source getty istockphoto shutterstock flickr",
        },
    ),
    Rule(
        id="article.boilerplate.caption",
        pattern=r"""
            [(\[]\s*(?:(?:AP|AFP|Reuters|Getty|File|Staff|Submitted|Courtesy)\s)?(?:photos?|images?|pictures?|video|source|credit|photo\scredit|file\sphoto|courtesy|screenshot|screengrab|submitted)(?:\s(?:by|courtesy(?:\sof)?|provided))?\s*[:/][^()\[\]\n]{0,150}[)\]]\s*$
          | [(\[](?:\w+\s){0,3}(?:photo|images)[/:][^()\[\]\n]{0,80}[)\]]\s*$
          | (?-i:\p{Lu}[\p{Ll}'’-]+\s\p{Lu}[\p{Ll}'’-]+\s?/\s?(?:\p{Lu}[\p{L}\d&.-]*)(?:\s\p{Lu}[\p{L}\d&.-]*){0,3})\s*$
          | \b(?:photo\s)?credit\s?:\s[^\n]{0,80}$
          | \((?:Published|Posted|Updated)\s\w+day,\s\w+\s\d{1,2},\s\d{4}\)\s*$
        """,
        examples=(
            "Two people were shot. (Photo: WJHL)",
            "(Photo: Provided/Cincinnati Police Department)",
            "Four people were shot. (Source: WECT)",
            "Deren Martinez/KTVB",
            "Smoke rises. (AP Photo/Jane Doe)",
            "A vigil. CREDIT: Rock Hill Police",
        ),
        counterexamples=(
            "Police released a photo of the suspect.",
            "He said it was a 50/50 chance.",
        ),
        meta={"kind": "photo", "scope": "end", "needs": ") ] / credit"},
    ),
    Rule(
        id="article.boilerplate.contact",
        pattern=r"^[\W_]*(?:[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}|@\w{1,30}|https?://\S{1,300}|www\.\S{1,300})[\W_]*$",
        examples=("jdoe@example.com", "@JaneDoeNews", "http://example.com/x"),
        counterexamples=("Write to jdoe@example.com for details.",),
        meta={"kind": "contact", "max_chars": "150", "needs": "@ http www."},
    ),
    Rule(
        id="article.boilerplate.contact_list",
        pattern=r"^(?:[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}|(?:https?://)?(?:www\.)?(?:twitter|facebook|instagram)\.com/\S{1,80})(?:[\s,;]{1,4}(?:or\s|and\s)?(?:[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}|\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}|@\w{1,30})){0,4}[\s.]*$",
        examples=(
            "ageggis@example.com, 561-243-6624, or @AnneBoca",
            "jdoe@example.com or 407-420-5774",
            "twitter.com/rectorsun",
        ),
        counterexamples=("jdoe@example.com said the police came.",),
        meta={"kind": "contact", "max_chars": "200", "needs": "@ .com/"},
    ),
    Rule(
        id="article.boilerplate.phone",
        pattern=r"^(?:(?:[\p{L}'’.-]+\s){0,4}?[\p{L}'’.-]+:\s?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}\s*$",
        examples=("Jane Doe: (555) 555-0100", "(555) 555-0100"),
        counterexamples=(
            "Call police at (555) 555-0100 if you have seen him.",
            "Call Crime Stoppers at 555-555-0100",
        ),
        # the number ends the line: the paragraph (stripped of blanks) ends with a digit;
        # its last four digits are a word of their own
        meta={"kind": "contact", "max_chars": "150", "last": "0123456789", "min_words": "2"},
        case_sensitive=True,
    ),
    Rule(
        id="article.boilerplate.social",
        pattern=r"^(?:on\s)?(?:twitter|facebook|instagram)\s*:",
        examples=("On Twitter:",),
        counterexamples=("On Twitter, he said he was sorry.",),
        # "agram": "ſ" folds to "s" in a match but not in str.lower
        meta={"kind": "contact", "max_chars": "150", "needs": "twitter facebook agram"},
    ),
    Rule(
        id="article.boilerplate.separator",
        pattern=r"^(?:[\W_]{1,200}|\#{2,}\w{1,12}\#{2,}|(?:\#\w{1,4}){2,6}\#*|\d{1,2}:\d{2}|\d{1,6})$",
        examples=("___", "---", "###PPB###", "#S#P#D", "0:00", "0"),
        counterexamples=("A.", "#BREAKING", "#CLT #shooting"),
        # a match starts with a mark, "#" or a digit: never with an ASCII letter
        meta={
            "kind": "separator",
            "max_chars": "200",
            "not_first": "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
        },
    ),
    Rule(
        id="article.boilerplate.timestamp",
        pattern=r"""
            ^[\W_]*(?:(?:on|published|posted|updated|last\supdated|first\sposted|date)(?:\s(?:on|at))?:?\s)?
            (?:\w{3,9}day,?\s)?
            (?:(?:\L<dateline_month>)\.?\s\d{1,2}(?:st|nd|rd|th)?,?\s\d{4}|\d{1,2}\s(?:\L<dateline_month>)\.?\s\d{4}|\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d\d-\d\d)
            (?:,?\s(?:at\s)?\d{1,2}(?::\d\d)?\s?(?:[ap]\.?m\.?)?(?:\s\p{Lu}{2,4})?)?[\W_]*$
          | ^page\s\d+\sof\s\d+$
        """,
        examples=(
            "December 2, 2013 8:41 AM",
            "on August 07, 2015 7:15 AM",
            "Published on Jun 24, 2013",
            "Page 1 of 1",
            "Updated: Monday, March 5, 2018",
            "Last updated at Monday, March 5, 2018 at 10:15 a.m. EST",
        ),
        counterexamples=("On March 5, 2018, police arrested him.",),
        # a date or a page number holds a digit, and three words ("March 5, 2018", "1/2/16")
        meta={"kind": "timestamp", "max_chars": "150", "digit": "yes", "min_words": "3"},
    ),
    # The lines of the timestamp rule that start with a label, kept apart for speed: the
    # label's first letters narrow them, where the rule above can start with any date.
    Rule(
        id="article.boilerplate.timestamp_label",
        pattern=r"""
            ^(?:updated|posted|published|last\supdated)
            (?:\s(?:at|on)\s[^\n]{0,80}?\d{4}\b[^\n]{0,60}|(?:\s(?:on|at))?\s*:?\s*)$
        """,
        examples=(
            "Posted on Monday at 8 a.m., in the Metro section, and updated on March 5, 2018",
            "Published:",
            "Last updated on",
        ),
        counterexamples=("Posted by Jane Doe", "Updated story: man charged"),
        meta={"kind": "timestamp", "max_chars": "150"},
    ),
    Rule(
        id="article.boilerplate.playlist",
        pattern=r"^\d{1,2}:\d{2}(?!\s*(?:[ap]\.?\s?m\b|[ap]\.?m\.|noon|midnight|hrs?\b|et\b|est\b|edt\b|ct\b|pt\b))\s+[\p{Lu}\d'\"‘“]",
        examples=(
            "1:05 Widow of shooting victim speaks",
            "0:27 Father of man killed speaks Pause",
            "1:34 5 Cubans turn themselves in",
            "1:55 'Cold-stunned' turtles arrive",
        ),
        counterexamples=("9:15 p.m.", "10:30 AM: Police arrive"),
        meta={"kind": "playlist", "max_chars": "250", "needs": ":"},
    ),
)
