r"""
Word lists for the temporal engine: months, weekdays, numbers, units, seasons, modifiers.

Data only (dateutil style): tuples of synonyms turned into lower-case lookup dicts once.
The lists feed the `\\L<name>` named lists of `newsevents.rules.timex` and the normaliser.
"""

from __future__ import annotations

from typing import Final

# fmt: off
_MONTHS: Final = (
    (("january", "jan"), 1), (("february", "feb"), 2), (("march", "mar"), 3),
    (("april", "apr"), 4), (("may",), 5), (("june", "jun"), 6), (("july", "jul"), 7),
    (("august", "aug"), 8), (("september", "sept", "sep"), 9), (("october", "oct"), 10),
    (("november", "nov"), 11), (("december", "dec"), 12),
)

_WEEKDAYS: Final = (
    (("monday", "mon"), 1), (("tuesday", "tues", "tue"), 2), (("wednesday", "wed"), 3),
    (("thursday", "thurs", "thur", "thu"), 4), (("friday", "fri"), 5),
    (("saturday", "sat"), 6), (("sunday",), 7),
)

#: Number words and their values ("a"/"an" are handled by the grammar).
_NUMBERS: Final = (
    ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6),
    ("seven", 7), ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12),
    ("thirteen", 13), ("fourteen", 14), ("fifteen", 15), ("sixteen", 16),
    ("seventeen", 17), ("eighteen", 18), ("nineteen", 19), ("twenty", 20), ("thirty", 30),
    ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70), ("eighty", 80),
    ("ninety", 90), ("hundred", 100), ("thousand", 1000), ("dozen", 12),
)

_ORDINALS: Final = (
    (("first", "1st"), 1), (("second", "2nd"), 2), (("third", "3rd"), 3),
    (("fourth", "4th"), 4), (("fifth", "5th"), 5), (("sixth", "6th"), 6),
    (("seventh", "7th"), 7), (("eighth", "8th"), 8), (("ninth", "9th"), 9),
    (("tenth", "10th"), 10), (("eleventh", "11th"), 11), (("twelfth", "12th"), 12),
    (("thirteenth", "13th"), 13), (("fourteenth", "14th"), 14), (("fifteenth", "15th"), 15),
    (("sixteenth", "16th"), 16), (("seventeenth", "17th"), 17), (("eighteenth", "18th"), 18),
    (("nineteenth", "19th"), 19), (("twentieth", "20th"), 20), (("twenty-first", "21st"), 21),
    (("last", "final"), -1),
)

#: Calendar units: every spelling -> (TIMEX3 unit code, multiplier).
#: Decades and centuries have no ISO 8601 designator, so they count in years (P30Y).
_UNITS: Final = (
    (("second", "seconds", "sec", "secs"), ("S", 1)),
    (("minute", "minutes", "min", "mins"), ("MIN", 1)),
    (("hour", "hours", "hr", "hrs"), ("H", 1)),
    (("day", "days"), ("D", 1)),
    (("night", "nights"), ("D", 1)),
    (("week", "weeks"), ("W", 1)),
    (("fortnight", "fortnights"), ("W", 2)),
    (("weekend", "weekends"), ("WE", 1)),
    (("month", "months"), ("M", 1)),
    (("quarter", "quarters"), ("Q", 1)),
    (("year", "years"), ("Y", 1)),
    (("decade", "decades"), ("Y", 10)),
    (("century", "centuries"), ("Y", 100)),
    (("quarter-century", "quarter century", "quarter-centuries", "quarter centuries"), ("Y", 25)),
    (("millennium", "millennia", "millenniums"), ("Y", 1000)),
)

_SEASONS: Final = (
    (("spring", "springtime"), "SP"), (("summer", "summertime"), "SU"), (("fall", "autumn"), "FA"),
    (("winter", "wintertime"), "WI"),
)

_PARTS_OF_DAY: Final = (
    (("morning",), "MO"), (("afternoon", "mid-afternoon"), "AF"), (("evening",), "EV"),
    (("night", "overnight"), "NI"),
)

_DECADE_WORDS: Final = (
    ("twenties", 2), ("thirties", 3), ("forties", 4), ("fifties", 5), ("sixties", 6),
    ("seventies", 7), ("eighties", 8), ("nineties", 9),
)

#: Words that qualify the expression that follows -> TIMEX3 mod.
_PREMODS: Final = (
    (("early", "early-", "earlier", "earlier in", "early in", "the beginning of", "beginning of",
      "the start of", "start of", "the first part of", "the early part of", "the dawn of",
      # "late on Monday" as "late Monday"; "the early hours of Sunday" as "early Sunday"
      "early on", "early hours of", "wee hours of", "small hours of", "the small hours of",
      "the wee hours of", "the early hours of", "the first week of", "the first week in",
      "the first weekend of", "the first weekend in", "the first days of", "the first half of",
      # "the pre-dawn hours Tuesday", "the wee hours Sunday": the small hours of that day
      "the pre-dawn hours of", "the predawn hours of", "pre-dawn hours of", "predawn hours of",
      "the pre-dawn hours", "the predawn hours", "the wee hours", "the small hours"),
     "START"),
    (("late", "late-", "later", "later in", "late in", "the end of", "end of", "the close of",
      "the latter part of", "the last part of", "the late part of", "late on",
      "the last week of", "the final week of", "the last days of", "the final days of",
      "the last weekend of", "the last weekend in", "the final weekend of", "the last week in",
      "the second half of", "the latter half of"), "END"),
    (("mid", "mid-", "the middle of", "middle of", "the mid"), "MID"),
    (("around", "roughly", "approximately", "approx.", "some", "circa", "an estimated", "about"),
     "APPROX"),
    (("nearly", "almost", "less than", "just under", "fewer than", "not quite", "under"),
     "LESS_THAN"),
    (("more than", "over", "just over", "well over", "longer than", "upwards of", "upward of",
      "in excess of", "a little over", "a little more than", "a bit over", "a bit more than"),
     "MORE_THAN"),
    (("at least", "no less than", "a minimum of", "not less than"), "EQUAL_OR_MORE"),
    (("at most", "no more than", "up to", "not more than", "a maximum of", "as many as",
      "as much as"),
     "EQUAL_OR_LESS"),
    (("a mere", "a full", "a whole", "an entire"), ""),
    (("pre-",), "BEFORE"),
    (("post-",), "AFTER"),
)
# fmt: on


MONTHS: Final[dict[str, int]] = {word: value for words, value in _MONTHS for word in words}
WEEKDAYS: Final[dict[str, int]] = {word: value for words, value in _WEEKDAYS for word in words}
NUMBERS: Final[dict[str, int]] = dict(_NUMBERS)
ORDINALS: Final[dict[str, int]] = {word: value for words, value in _ORDINALS for word in words}
UNITS: Final[dict[str, tuple[str, int]]] = {
    word: value for words, value in _UNITS for word in words
}
SEASONS: Final[dict[str, str]] = {word: value for words, value in _SEASONS for word in words}
PARTS_OF_DAY: Final[dict[str, str]] = {
    word: value for words, value in _PARTS_OF_DAY for word in words
}
DECADE_WORDS: Final[dict[str, int]] = dict(_DECADE_WORDS)
PREMODS: Final[dict[str, str]] = {word: value for words, value in _PREMODS for word in words}
#: The last word of every premodifier (a cheap test before the premodifier pattern runs).
PREMOD_LAST_WORDS: Final = frozenset(word.split()[-1].rstrip("-") for word in PREMODS)

# fmt: off
#: Tense cues read word by word around an expression (see ``timex._engine._Context.tense``).
FUTURE_CUES: Final = frozenset({
    "will", "shall", "would", "might", "gonna", "upcoming", "next", "tomorrow",
    "expected", "scheduled", "slated", "due", "until", "till", "ahead", "pending",
    "looming", "impending",
})
#: Verbs in the simple present that, governing a day or date, report a scheduled event
#: ("meets Monday", "the talks open Tuesday"): they point forward like a future tense.
#: ("says" is not one: news reports speech in the present about the past.)
SCHEDULE_VERBS: Final = frozenset({
    # base forms only where they are rarely nouns or adjectives ("the vote", "open", "the end")
    "meet", "begin", "resume", "convene", "reconvene", "arrive", "depart", "testify", "expire",
    "meets", "begins", "starts", "opens", "resumes", "convenes", "reconvenes", "arrives",
    "departs", "leaves", "visits", "travels", "returns", "votes", "expires", "ends", "closes",
    "launches", "testifies", "kicks", "debuts", "premieres", "takes", "faces", "holds",
    "hosts", "plays", "turns",
    # "appears in court again on Thursday" (not "appears to", which `_cue` skips)
    "appears",
    # "when the candidate attends a conference on Friday", "the rule goes into effect Dec. 1"
    "headlines", "attends", "goes",
})
#: Words right before a weekday or date that make it the day next to it: "the day before
#: Tuesday's hearing" is Monday (read as "the day before" / "the day after").
DAY_SHIFT_WORDS: Final = {"before": -1, "after": 1}
#: A verb before "to" that makes the infinitive after it point forward ("plans to meet").
TO_CUES: Final = frozenset({
    "agree", "agrees", "agreed", "agreement", "plan", "plans", "planned", "planning", "intend",
    "intends", "intended", "expect", "expects", "expected", "hope", "hopes", "aim", "aims",
    "decided", "decides", "voted", "votes", "promised", "promises", "offered", "offers",
    "proposed", "proposes", "proposal", "seek", "seeks", "want", "wants", "tries",
    "is", "are", "was", "were", "set", "due", "ready", "prepared", "likely", "scheduled",
    "slated", "able", "going", "asked", "order", "ordered", "bid", "need", "needs",
    # "was supposed to start Saturday", "was about to leave for college in August"
    "supposed", "about",
    # "urged voters to turn out Tuesday", "vowed to return in March", "on track to graduate
    # in June", "poised to win Tuesday's primary", "eligible to vote in the primary on Tuesday"
    "urged", "urges", "urging", "vowed", "vows", "pledged", "pledges", "poised", "eligible",
    "track", "hoping", "expecting", "vowing", "vow", "pledging", "promising", "intending",
})
#: Verbs that take an object before "to": "urged them to vote Tuesday", "asked voters to".
OBJECT_TO_CUES: Final = frozenset({
    "urged", "urges", "urging", "asked", "asks", "encouraged", "encourages", "told", "tells",
    "wants", "wanted", "expects", "invited", "invites", "called", "calls",
})
#: Objects those verbs take before "to".
TO_OBJECTS: Final = frozenset({
    "them", "him", "her", "us", "me", "you", "voters", "supporters", "residents", "people",
    "everyone", "members", "delegates", "americans", "democrats", "republicans",
})
#: Past tenses that are no participle of a passive, so past wherever they stand ("the case is
#: heard in May" looks ahead: "heard", "found", "kept" are left out); the short and irregular
#: forms `_ed_form` does not catch.
PAST_WORDS: Final = frozenset(
    {"said", "was", "were", "had", "did", "told", "made", "met", "came", "went", "took", "gave",
     "began", "held", "saw", "sent", "won", "lost", "fell", "rose", "paid", "sold", "bought",
     "became", "struck", "ran", "spoke", "wrote", "led", "grew", "shot", "broke", "left", "hit",
     "died", "fled", "fought", "stood", "threw", "drove", "flew", "knew", "chose", "drew",
     "withdrew", "woke", "swore", "stole", "wore", "forgot", "strode", "sang", "swam", "drank",
     "rang", "sprang", "shrank", "arose", "awoke", "forbade", "forgave", "foresaw", "oversaw",
     "undertook", "mistook", "overthrew", "underwent", "befell", "ate", "blew", "strove",
     "outgrew", "overcame", "overran", "hid", "rode", "froze", "sank", "shook", "tore",
     "overtook", "happened", "occurred"}
)
#: Words that set a sentence in the past: `PAST_WORDS`, past tenses that are also
#: participles ("found", "kept"), negated past auxiliaries and words of time gone.
PAST_CUES: Final = PAST_WORDS | {
    "says", "ago", "last", "yesterday", "earlier", "since", "found", "kept", "brought",
    "thought", "got", "didn't", "wasn't", "weren't", "hadn't",
    "caught", "felt", "built", "spent", "sought", "taught", "meant", "sat", "dealt",
}
PASSIVE_AUXILIARIES: Final = frozenset({"be", "been", "being"})
#: Irregular past participles that are no past tense too ("slain", "stolen"): like a verb in
#: "-ed" they put a day after them in the past ("the officers slain in an attack this
#: weekend"), unless a passive or a determiner makes the clause before decide ("will be
#: taken", "the stolen car"). Left out: participles used mostly as adjectives ("frozen
#: slush", "a broken window", "sworn statements", "fallen officers") and "given", "seen",
#: "known", "done", "gone" (a preposition, a state or a noun as often as a deed).
PAST_PARTICIPLES: Final = frozenset({
    "slain", "stolen", "beaten", "taken", "thrown", "driven", "bitten", "shaken", "ridden",
    "chosen", "forgotten", "undertaken", "overtaken", "withdrawn", "shown", "blown", "eaten",
    "risen", "overthrown", "woken",
})
#: Verbs of arranging, going and appearing whose present progressive tells a plan: a day
#: after one lies ahead ("is hosting a fundraiser on Friday", "are heading to Iowa Tuesday").
ARRANGING_VERBS: Final = frozenset({
    "hosting", "holding", "organizing", "organising", "headlining", "staging", "throwing",
    "convening", "sponsoring", "promising", "visiting", "traveling", "travelling", "heading",
    "flying", "leaving", "meeting", "speaking", "attending", "addressing", "unveiling",
    "launching", "returning", "appearing", "debating", "hitting",
    # "I'm moving out of here in July", "is retiring in June", "are opening a store in May"
    "moving", "relocating", "retiring", "graduating", "opening", "starting", "running",
    "marrying",
    # "who is facing the prospect of a humiliating loss in his own state on Tuesday"
    "facing",
})
#: Modals of obligation and possibility: they point forward ("must respond by Friday", "may
#: be arraigned Monday") unless a perfect follows ("may have left Friday").
MODAL_CUES: Final = frozenset({
    "must", "should", "may", "can", "cannot", "can't", "won't", "shouldn't", "mustn't",
})
#: Nouns of incidents that are reported once they happened: a day right next to one is past
#: ("the gun scare on Monday", "a Wednesday night shooting", "the win Tuesday").
INCIDENT_NOUNS: Final = frozenset({
    "shooting", "shootings", "stabbing", "killing", "killings", "slaying", "murder", "homicide",
    "attack", "attacks", "assault", "bombing", "blast", "explosion", "crash", "collision",
    "robbery", "burglary", "carjacking", "shootout", "standoff", "scare", "incident",
    "accident", "win", "victory", "defeat", "loss", "collapse", "outbreak", "ambush", "raid",
    "gunfight", "shoot-out", "drive-by", "massacre", "murders", "homicides", "stabbings",
    "slayings", "wins", "victories", "gunfire",
})
#: Events held on a day set beforehand: a possessive day before one looks ahead with a future
#: verb before it ("will win Tuesday's primary"), where a done thing does not ("would get
#: around Wednesday's ruling").
SCHEDULED_NOUNS: Final = frozenset({
    "primary", "primaries", "caucus", "caucuses", "debate", "debates", "vote", "votes",
    "voting", "election", "elections", "runoff", "runoffs", "referendum", "meeting",
    "meetings", "summit", "summits", "talks", "game", "games", "match", "matches", "final",
    "finals", "race", "races", "hearing", "hearings", "trial", "trials", "sentencing",
    "arraignment", "rally", "rallies", "contest", "contests", "showdown", "parade", "parades",
    "march", "vigil", "vigils", "funeral", "service", "services", "memorial", "ceremony",
    "ceremonies", "deadline", "encounter", "session", "sessions", "convention", "conventions",
    "confab", "conclave",
    "conference", "conferences", "forum", "event", "events", "festival", "concert", "opener",
    "kickoff", "launch", "inauguration", "speech", "address", "interview", "broadcast", "show",
    "tournament", "tournaments", "championship", "championships", "playoff", "playoffs",
    "marathon", "gala",
})
#: Gatherings held over a weekend: "a weekend party" told in the past is the weekend it was
#: held, as "a weekend shooting" is (with the events of `SCHEDULED_NOUNS`).
WEEKEND_GATHERINGS: Final = frozenset({
    "party", "parties", "campout", "camping", "trip", "trips", "getaway", "retreat", "outing",
    "gathering", "cookout", "barbecue", "celebration", "reunion", "visit", "sleepover",
})
#: Verbs that move an event to a new day: "moved to Friday", "postponed to", "rescheduled for".
RESCHEDULE_VERBS: Final = frozenset({
    "moved", "postponed", "pushed", "delayed", "rescheduled", "adjourned", "deferred",
    "shifted", "bumped",
})
#: Particles between a verb of moving and its preposition ("pushed back to Friday").
RESCHEDULE_PARTICLES: Final = frozenset({"back", "up", "forward", "off"})
#: Present forms of "be" that, right before a day or month, make it a coming one ("the funeral
#: is Saturday", "services are on Friday", "the trial is in March").
PRESENT_COPULAS: Final = frozenset({"is", "are"})
#: Verbs of planning: what is planned lies ahead, even in the past tense ("Protesters planned
#: a rally on Saturday"), unless the plan itself is past ("as previously planned").
PLAN_CUES: Final = frozenset({"planned", "plans", "planning", "intends", "intended"})
PAST_PLAN_WORDS: Final = frozenset({"previously", "originally", "had", "already", "long"})
#: Words before a word in "-ed" that make it an adjective, not a verb in the past tense
#: ("a still unspecified date", "the proposed merger").
DETERMINERS: Final = frozenset({
    "a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these", "those",
})
ADVERBS_BEFORE_ADJECTIVES: Final = frozenset({"still", "yet", "as", "so", "not", "newly", "long"})

#: Words after "daily", "quarterly"... that leave it an adverb ("meets daily in Paris").
FUNCTION_WORDS: Final = frozenset(
    {"in", "to", "and", "or", "for", "through", "since", "at", "by", "from", "until", "with",
     "on", "as", "over", "after", "before", "during", "but", "is", "was", "were", "are", "the", "a"}
)
#: Nouns that make "daily", "weekly"... describe a figure rather than a recurrence.
FIGURE_NOUNS: Final = frozenset(
    {"volume", "turnover", "dividend", "dividends", "share", "shares", "trading", "results",
     "loss", "losses", "profit", "profits", "earnings", "net", "sales", "average", "newspaper",
     "paper", "edition", "limit", "limits", "rate", "rates", "payments", "payment", "figures",
     "income", "benefit", "benefits", "rent", "salary", "salaries", "wage", "wages", "fee", "fees",
     "premium", "premiums", "bill", "bills", "budget", "budgets", "allowance", "allowances", "stipend", "stipends",
     "pension", "pensions", "check",
     "checks", "revenue", "revenues", "cost", "costs", "contributions", "installments", "users",
     "visitors", "viewers", "readers", "subscribers", "pay", "workers", "employees", "jobs",
     "increase", "increases", "decrease", "decline", "gain", "gains", "growth", "demand",
     "output", "production", "consumption", "inflation", "deficit", "surplus"}
)
#: Words before "a year" that make it a rate ("$5 million a year", "twice a day").
AMOUNT_WORDS: Final = frozenset(
    {"million", "billion", "trillion", "thousand", "hundred", "percent", "times", "once", "twice",
     "dollars", "cents", "bucks", "dollar", "cent", "buck", "euro", "euros"}
)
#: The governing word right before a date, read by ``_Context.near_direction``: deadlines
#: ("by May") ask for the nearest date; skipped words are looked through; the verb decides.
DEADLINE_WORDS: Final = frozenset({"by", "until", "till", "through", "to", "before", "thru"})
SKIP_WORDS: Final = frozenset(
    {"on", "in", "at", "of", "the", "for", "from", "as", "early", "late", "mid", "around",
     "about", "during", "starting", "beginning", "effective", "and", "or", "a", "an", "its"}
)
FUTURE_WORDS: Final = frozenset(
    {"will", "would", "shall", "'ll", "expected", "scheduled", "due", "slated", "set", "planned"}
)
# fmt: on

#: Makes of vehicles: a year right before one is a model year ("his 1993 Honda Accord", "a
#: silver 2002 GMC Yukon"), no time; written as in text (capitalised).
VEHICLE_MAKES: Final = frozenset(
    {
        "Acura",
        "Audi",
        "BMW",
        "Buick",
        "Cadillac",
        "Chevrolet",
        "Chevy",
        "Chrysler",
        "Dodge",
        "Fiat",
        "Ford",
        "GMC",
        "Harley-Davidson",
        "Honda",
        "Hummer",
        "Hyundai",
        "Infiniti",
        "Infinity",  # a common misspelling of the make
        "Isuzu",
        "Jaguar",
        "Jeep",
        "Kawasaki",
        "Kia",
        "Lexus",
        "Lincoln",
        "Mazda",
        "Mercedes",
        "Mercedes-Benz",
        "Mercury",
        "Mitsubishi",
        "Nissan",
        "Oldsmobile",
        "Plymouth",
        "Pontiac",
        "Porsche",
        "Saab",
        "Saturn",
        "Scion",
        "Subaru",
        "Suzuki",
        "Tesla",
        "Toyota",
        "Volkswagen",
        "Volvo",
        "Yamaha",
        # aircraft, trucks and buses ("a 1968 Boeing 727", "a 2008 Thomas Saf-T-Liner")
        "Airbus",
        "Beechcraft",
        "Boeing",
        "Bombardier",
        "Cessna",
        "Embraer",
        "Freightliner",
        "Gulfstream",
        "Kenworth",
        "Learjet",
        "Peterbilt",
        "Piper",
        "Thomas",
    }
)
#: Words before a year that make it a time even before a make ("in 2002 Ford cut jobs").
YEAR_PREPOSITIONS: Final = frozenset(
    {
        "in",
        "since",
        "by",
        "until",
        "till",
        "during",
        "from",
        "before",
        "after",
        "through",
        "of",
        "to",
        "between",
        "and",
        "early",
        "late",
        "mid",
        "fiscal",
    }
)

#: Words of feeling between "that" and a day or a part of it ("that fateful night"): such a
#: phrase recalls a day told of before.
FEELING_WORDS: Final = (
    "fateful",
    "horrific",
    "horrible",
    "terrible",
    "tragic",
    "awful",
    "frightening",
    "terrifying",
    "deadly",
    "bloody",
    "chaotic",
    "vicious",
    "violent",
    "brutal",
    "fatal",
    "dreadful",
    "harrowing",
    "horrendous",
)

#: Street types: a four-digit number before a capitalised name and one of them is a house
#: number ("at 1555 Main Street", "1802 Seventh Ave."), common in police reports.
STREET_TYPES: Final = (
    "street",
    "st",
    "avenue",
    "ave",
    "road",
    "rd",
    "boulevard",
    "blvd",
    "drive",
    "dr",
    "lane",
    "ln",
    "way",
    "highway",
    "hwy",
    "place",
    "pl",
    "court",
    "ct",
    "parkway",
    "pkwy",
    "circle",
    "cir",
    "terrace",
    "pike",
    "trail",
    "square",
    "plaza",
    "alley",
)

# fmt: off
#: Networks and papers whose programmes and editions have temporal names: a capitalised "This
#: Week", "This Morning" or "Today" right after one ("ABC's This Week", "CBS This Morning",
#: "USA TODAY") is a title, not a time.
BROADCASTERS: Final = frozenset({
    "abc", "cbs", "nbc", "cnn", "fox", "pbs", "msnbc", "cnbc", "npr", "bbc", "voa", "usa",
    "c-span", "hln", "itv", "cbc",
})
#: Nouns that make a capitalised temporal name before them a programme ("the Today show",
#: "This Week host George Stephanopoulos").
PROGRAMME_NOUNS: Final = frozenset({
    "show", "program", "programme", "broadcast", "host", "co-host", "anchor", "co-anchor",
    "segment",
})
#: Capitalised words that continue a weekday and part of day as a programme's name ("Saturday
#: Night Live") unless they are temporal themselves ("Saturday Night EST").
PROGRAMME_STOP_WORDS: Final = frozenset({
    "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "local",
})
# fmt: on

#: Named lists for the rule patterns (`\\L<name>`).
#: Adjectives of a stretch of time between a count and its plural unit ("two sleepless
#: nights", "three remarkable weeks", "several sleepy months").
STRETCH_ADJECTIVES: Final = (
    "short", "solid", "sleepless", "remarkable", "grueling", "gruelling", "tumultuous", "hard", "tough",
    "difficult", "painful", "agonizing", "agonising", "anxious", "tense", "busy", "hectic",
    "eventful", "frantic", "brutal", "turbulent", "rocky", "harrowing", "excruciating",
    "whirlwind", "sleepy", "frenzied", "tortuous", "torturous", "nightmarish", "glorious",
    "wonderful", "magical", "dramatic", "emotional", "exhausting", "intense", "stressful",
    "cold", "hot", "warm", "dry", "rainy", "snowy", "bitter", "quiet", "lonely", "happy",
)  # fmt: skip


#: Adverbs before such an adjective ("a terribly violent weekend").
INTENSIFIERS: Final = (
    "very", "terribly", "particularly", "especially", "extremely", "unusually", "incredibly",
    "relatively", "fairly", "pretty", "really", "so",
)  # fmt: skip


LEXICON: Final[dict[str, tuple[str, ...]]] = {
    "month": tuple(MONTHS),
    "month_full": tuple(words[0] for words, _ in _MONTHS),
    "weekday": tuple(WEEKDAYS),
    "weekday_full": tuple(words[0] for words, _ in _WEEKDAYS),
    "number": tuple(NUMBERS),
    "ordinal": tuple(ORDINALS),
    "unit": tuple(UNITS),
    "season": tuple(SEASONS),
    "part_of_day": tuple(PARTS_OF_DAY),
    "decade_word": tuple(DECADE_WORDS),
    "premod": tuple(PREMODS),
    "street": STREET_TYPES,
    "feeling": FEELING_WORDS,
    "stretch_adjective": STRETCH_ADJECTIVES,
    "intensifier": INTENSIFIERS,
}
