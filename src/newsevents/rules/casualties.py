"""
Casualty rules: word lists and patterns for killed, injured, missing, displaced, detained.

Data only: `newsevents.extractors.casualties` compiles these once and applies them.
Every pattern is linear: numbers start at a word boundary and use possessive repeats, noun
phrases are bounded (at most a few modifier words), nothing nests unbounded repeats.
Casualty rules are anchored on a word (``anchor`` and ``words`` in their meta), so applying
them costs one match attempt per rule and anchor word, not a scan of the sentence.

Named groups are record fields: ``count``, ``victims``, ``perpetrator``, ``cause``,
``claimed_by``, ``location``; ``trigger`` marks the word that says what happened.
Rule ``meta`` gives the ``kind`` and, for death-toll updates, ``update="yes"`` (the figure
replaces the earlier one). The rest of the meta only saves work, never changes a match: a
``gate`` (the verb alone) that must match first, ``needs="count"``, ``subject`` (passive
rules, ``count``, ``victims`` or ``pronoun``: see `PASSIVE_GAP_WORDS`), ``object`` (active rules: see `ACTIVE_OBJECT_STOPS`),
``after`` (words one of which every match has after its anchor word), ``next`` (words one
of which is the first word after the anchor word and its blanks), ``before`` and
``before_words`` (words one of which ends one of the last ``before_words`` words before the
anchor word) and ``count_words`` (at most this many words, with blanks around them, stand
between the count and the anchor word) name cheap necessary tests the extractor makes before
it tries the pattern.
"""

from __future__ import annotations

from typing import Final

from newsevents._rules import Rule
from newsevents.rules._gazetteer import DEMONYMS

__all__ = [
    "ACTIVE_OBJECT_LEADS",
    "ACTIVE_OBJECT_STOPS",
    "ANCHOR_WORDS",
    "ATTRIBUTION_RULES",
    "CARRIED_OUT_WORDS",
    "CASUALTY_GROUPS",
    "CASUALTY_LEXICON",
    "CASUALTY_RULES",
    "CAUSE_RULES",
    "COORDINATION_RULES",
    "COUNT_GAP_WORDS",
    "COUNT_WORDS",
    "GATE_RULES",
    "GATE_WORDS",
    "INCIDENT_RULES",
    "INSTITUTION_WORDS",
    "LOCATION_RULES",
    "NOT_LONE_NAMES",
    "OTHER_CLAUSE_WORDS",
    "PASSIVE_GAP_WORDS",
    "PERPETRATOR_RULES",
    "PROCEDURE_RULES",
    "RELATIVE_RULES",
    "STATISTIC_RULES",
    "SUBJECT_RULES",
    "TIME_RULES",
    "UNREAL_AFTER_STARTS",
    "UNREAL_ENDINGS",
    "UNREAL_LEADS",
    "UNREAL_RULES",
    "WORD_RULES",
]

#: Named groups rule patterns may use.
CASUALTY_GROUPS: Final = frozenset(
    {"count", "victims", "perpetrator", "cause", "claimed_by", "location", "trigger"}
)

# fmt: off
CASUALTY_LEXICON: Final[dict[str, tuple[str, ...]]] = {
    # Number words that make up a spelled-out count ("thirty-four", "two hundred").
    "number_word": (
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen", "twenty", "thirty", "forty", "fourty", "fifty", "sixty",
        "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion", "dozen",
    ),
    # Vague amounts that stand where a number would.
    "vague_amount": (
        "dozens", "scores", "hundreds", "thousands", "millions", "tens", "several", "many",
        "numerous", "countless", "multiple", "few", "a few", "a handful", "a number",
        "a couple", "a dozen", "a score", "a hundred", "a thousand", "a million",
        "tens of thousands", "hundreds of thousands", "thousands of", "a large number",
        "a small number", "a few dozen", "several dozen", "several hundred",
        "several thousand", "a few hundred", "a few thousand", "some",
    ),
    # Words that qualify a count ("at least 34", "nearly a million").
    "qualifier": (
        "at least", "more than", "over", "nearly", "almost", "about", "around",
        "up to", "as many as", "fewer than", "less than", "an estimated", "approximately",
        "roughly", "upwards of", "at most", "close to", "well over", "no fewer than",
        "no less than", "just over", "just under", "under", "a total of", "another",
        "an additional", "at least another", "some", "only", "just", "all", "all of the",
        "a further", "a reported", "an extra", "perhaps", "possibly", "estimated",
        "some of the", "at least one of the",
    ),
    # Words before a count that make it a date, a duration or an age, not people; a month
    # makes it a day ("shot in Chapel Hill Dec. 25 has died"). Not "after" or "before": they
    # open a clause whose subject may be counted ("arrested after four people were shot").
    "count_stop": (
        "in", "since", "on", "at", "from", "until", "till", "by", "of", "than", "aged", "age",
        "ages", "number", "no", "route", "highway", "interstate", "page", "room", "apartment",
        "unit", "block", "suite", "lane", "gate", "january", "february", "march", "april",
        "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ),
    # Heads of the noun phrase that names victims.
    "victim_head": (
        "people", "persons", "person", "civilians", "civilian", "residents", "resident",
        "soldiers", "soldier", "troops", "servicemen", "servicemembers", "personnel",
        "officers", "officer", "policemen", "policeman", "policewomen", "policewoman",
        "police", "cops", "cop", "deputies", "deputy", "troopers", "trooper", "guards",
        "guard", "agents", "agent", "firefighters", "firefighter",
        "children", "child", "kids", "kid", "babies", "baby", "infants", "infant",
        "toddlers", "toddler", "boys", "boy", "girls", "girl", "teens", "teen",
        "teenagers", "teenager", "youths", "youth", "students", "student", "pupils",
        "men", "man", "women", "woman", "adults", "adult", "family members",
        "relatives", "brothers", "brother", "sisters", "sister", "sons", "son",
        "daughters", "daughter", "fathers", "father", "mothers", "mother", "husband",
        "wife", "wives", "husbands", "parents", "parent", "grandmother", "grandfather",
        "girlfriend", "boyfriend", "friends", "friend", "roommate", "neighbor",
        "neighbour", "neighbors", "neighbours", "customers", "customer", "clerk",
        "employees", "employee", "workers", "worker", "staff", "passengers", "passenger",
        "pedestrians", "pedestrian", "drivers", "driver", "motorists", "motorist",
        "bystanders", "bystander", "victims", "victim", "others", "more", "protesters",
        "protestors", "demonstrators", "migrants", "migrant", "refugees", "refugee",
        "villagers", "pilgrims", "worshippers", "worshipers", "tourists", "tourist",
        "fighters", "fighter", "militants", "militant", "rebels", "rebel", "insurgents",
        "insurgent", "jihadists", "jihadist", "militiamen", "militia members",
        "gunmen", "gunman", "attackers", "attacker", "suspects", "suspect", "members",
        "member", "supporters", "journalists", "journalist", "reporters", "reporter",
        "doctors", "doctor", "nurses", "nurse", "aid workers", "patients", "patient",
        "prisoners", "prisoner", "inmates", "inmate", "detainees", "hostages", "hostage",
        "miners", "farmers", "fishermen", "sailors", "crew members", "crew", "marines",
        "marine", "commanders", "commander", "generals", "general", "leaders", "leader",
        "individuals", "individual", "residents", "families", "households", "bodies",
        "body", "americans", "seniors", "elderly", "infantrymen", "peacekeepers",
        "peacekeeper", "contractors", "contractor", "teachers", "teacher",
        "mourners", "shoppers", "fans", "spectators", "partygoers", "revelers",
        "clubgoers", "occupants", "occupant", "homeowner", "resident", "relative",
        "cousin", "cousins", "nephew", "niece", "uncle", "aunt", "stepfather",
        "stepson", "ex-wife", "fiancee", "fiance", "acquaintance", "co-worker",
        "coworker", "soldiers and civilians", "security forces", "security personnel",
        "military personnel", "service members", "police officers",
        # People news reports killed or hurt by their office, trade or faith.
        "pilots", "pilot", "captains", "captain", "colonels", "colonel", "sergeants",
        "sergeant", "lieutenants", "lieutenant", "corporals", "corporal", "diplomats", "diplomat", "aides", "aide", "activists", "activist",
        "lawyers", "lawyer", "judges", "judge", "priests", "priest", "monks", "monk", "nuns",
        "nun", "clerics", "cleric", "imams", "imam", "bishops", "bishop", "pastors", "pastor",
        "politicians", "politician", "lawmakers", "lawmaker", "senators", "senator",
        "ministers", "minister", "mayors", "mayor", "candidates", "candidate", "businessmen",
        "businessman", "businesswoman", "engineers", "engineer", "scientists", "scientist",
        "photographers", "photographer", "cameramen", "cameraman", "volunteers", "volunteer",
        "veterans", "veteran", "citizens", "citizen", "opponents", "opponent", "critics",
        "critic", "dissidents", "dissident", "enemies", "enemy", "guests", "guest",
        "colleagues", "colleague", "classmates", "classmate", "siblings", "sibling",
        "paramedics", "paramedic", "medics", "medic", "rescuers", "rescuer", "voters",
        "hikers", "hiker", "climbers", "climber", "cyclists", "cyclist", "shepherds",
        "shepherd", "herders", "herder", "traders", "trader", "vendors", "vendor",
        "shopkeepers", "shopkeeper", "aid worker", "humanitarian workers", "officials",
        "official",
        "christians", "muslims", "jews", "hindus", "sikhs", "buddhists", "yazidis", "kurds",
        "shiites", "shias", "sunnis", "alawites", "copts", "tutsis", "hutus", "uighurs",
        "uyghurs", "arabs", "pashtuns",
    ),
    # Subject heads that are agents (who did it), not causes.
    "agent_head": (
        "forces", "troops", "army", "military", "police", "gunman", "gunmen", "shooter",
        "shooters", "militants", "militant", "rebels", "insurgents", "jihadists",
        "fighters", "attacker", "attackers", "assailant", "assailants", "suspect",
        "suspects", "government", "regime", "officer", "officers", "soldiers", "soldier",
        "man", "woman", "teen", "teenager", "boy", "girl", "group", "coalition", "militia",
        "militias", "militiamen", "bomber", "bombers", "sniper", "snipers", "deputy",
        "deputies", "trooper", "husband", "wife", "father", "mother", "son", "daughter",
        "boyfriend", "girlfriend", "driver", "robber", "robbers", "intruder", "burglar",
        "killer", "gang", "gangs", "cartel", "terrorists", "terrorist", "extremists",
        "separatists", "guards", "police officer", "state", "authorities",
    ),
    # What killed or hurt them.
    "cause": (
        "air strike", "air strikes", "airstrike", "airstrikes", "air raid", "air raids",
        "drone strike", "drone strikes", "missile strike", "missile strikes",
        "missile attack", "rocket attack", "rocket attacks", "rocket fire", "mortar fire",
        "mortar attack", "artillery fire", "shelling", "bombardment", "bombing",
        "bombings", "suicide bombing", "suicide bomber", "suicide attack", "car bomb",
        "car bombing", "roadside bomb", "bomb", "bomb blast", "blast", "explosion",
        "explosions", "improvised explosive device", "IED", "landmine", "land mine",
        "grenade", "grenade attack", "shooting", "shootings", "mass shooting",
        "drive-by shooting", "drive-by", "gunfire", "shootout", "gun battle",
        "stabbing", "knife attack", "attack", "attacks", "ambush", "raid", "massacre",
        "clashes", "riot", "riots", "crash", "plane crash",
        "car crash", "collision", "accident", "fire", "blaze", "flood", "floods",
        "flooding", "earthquake", "quake", "tsunami", "landslide", "landslides",
        "mudslide", "avalanche", "storm", "hurricane", "typhoon", "cyclone", "tornado",
        "heatwave", "heat wave", "drought", "famine", "stampede", "collapse",
        "building collapse", "flu", "influenza", "coronavirus", "COVID-19", "covid",
        "virus", "cholera", "ebola", "measles", "malaria", "outbreak", "epidemic",
        "pandemic", "overdose", "overdoses", "poisoning", "gas attack",
        "chemical attack", "hanging", "execution", "executions", "strike", "strikes",
        "gunshot", "gunshot wound", "gunshot wounds", "beating", "assault",
        "home invasion", "robbery", "armed robbery", "carjacking", "road rage",
    ),
    # Who the words of an attribution belong to, when they are not capitalised names.
    "source_noun": (
        "police", "officials", "official", "authorities", "officers", "witnesses",
        "witness", "deputies", "investigators", "detectives", "prosecutors", "the coroner",
        "coroner", "medical examiner", "the medical examiner", "spokesman", "spokeswoman",
        "spokesperson", "sources", "source", "activists", "residents", "doctors",
        "medics", "paramedics", "hospital officials", "the military", "military",
        "the army", "army", "the ministry", "ministry", "the government", "government",
        "the sheriff", "sheriff", "sheriff's office", "the department", "department",
        "the agency", "agency", "the group", "group", "officers", "a statement",
        "statement", "reports", "media", "state media", "the monitor", "monitor",
        "observatory", "rescuers", "rescue workers", "emergency services", "troopers",
        "firefighters", "fire officials", "the state", "relatives", "family",
        "family members", "neighbors", "neighbours", "the governor", "governor",
        "the mayor", "mayor", "chief", "the chief", "police chief", "lieutenant",
        "sergeant", "captain", "commander", "the commander", "ministry officials",
        "health officials", "police officials", "security sources", "local officials",
        "resident", "survivors", "survivor",
    ),
    "speech_verb": (
        "said", "says", "say", "told", "tells", "reported", "reports", "report",
        "confirmed", "confirms", "confirm", "announced", "announces", "stated",
        "states", "added", "claimed", "claims", "believes", "believe", "estimated",
        "estimates", "estimate", "alleged", "alleges", "noted", "noting", "saying",
        "wrote", "writes",
    ),
    # Words that cannot be the modifiers of a victim phrase.
    "np_stop": (
        "were", "was", "are", "is", "have", "has", "had", "been", "be", "being", "and",
        "or", "but", "in", "on", "at", "of", "by", "to", "from", "with", "after",
        "before", "during", "when", "while", "as", "that", "which", "who", "said",
        "says", "killed", "dead", "died", "injured", "wounded", "hurt", "shot",
        "missing", "displaced", "arrested", "detained", "the", "a", "an", "for", "than",
        "into", "near", "including", "among", "not", "no", "also", "reportedly",
        "allegedly", "others", "people", "it", "he", "she", "they",
        "his", "her", "their", "its",
    ),
    # Adverbs a headline in title case puts between its subject and its verb ("Teen
    # Accidentally Shot"): no last word of a name.
    "headline_adverb": (
        "fatally", "accidentally", "critically", "seriously", "mortally", "gravely", "badly",
        "apparently", "later", "then", "now", "still", "finally",
    ),
    # Victim heads that name one person.
    "singular_head": (
        "person", "civilian", "resident", "soldier", "serviceman", "officer", "policeman",
        "policewoman", "cop", "deputy", "trooper", "guard", "agent", "firefighter", "child",
        "kid", "baby", "infant", "toddler", "boy", "girl", "teen", "teenager", "youth",
        "student", "pupil", "man", "woman", "adult", "brother", "sister", "son", "daughter",
        "father", "mother", "husband", "wife", "parent", "grandmother", "grandfather",
        "girlfriend", "boyfriend", "friend", "roommate", "neighbor", "neighbour", "customer",
        "clerk", "employee", "worker", "passenger", "pedestrian", "driver", "motorist",
        "bystander", "victim", "protester", "migrant", "refugee", "tourist", "fighter",
        "militant", "rebel", "insurgent", "gunman", "attacker", "suspect", "member",
        "journalist", "reporter", "doctor", "nurse", "patient", "prisoner", "inmate",
        "hostage", "marine", "commander", "general", "leader", "individual", "body",
        "peacekeeper", "contractor", "teacher", "occupant", "homeowner", "relative",
        "cousin", "nephew", "niece", "uncle", "aunt", "stepfather", "stepson", "ex-wife",
        "fiancee", "fiance", "acquaintance", "co-worker", "coworker", "pilot", "captain",
        "colonel", "sergeant", "lieutenant", "corporal", "diplomat", "aide",
        "activist", "lawyer", "judge", "priest", "monk", "nun", "cleric", "imam", "bishop",
        "pastor", "politician", "lawmaker", "senator", "minister", "mayor", "candidate",
        "businessman", "businesswoman", "engineer", "scientist", "photographer", "cameraman",
        "volunteer", "veteran", "citizen", "opponent", "critic", "dissident", "guest",
        "colleague", "classmate", "sibling", "paramedic", "medic", "rescuer", "hiker",
        "climber", "cyclist", "shepherd", "herder", "trader", "vendor", "shopkeeper",
        "aid worker",
    ),
    # Lower-case words that may stand before a place name: "in northwest Nigeria".
    "place_modifier": (
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
        "north-east", "north-west", "south-east", "south-west", "northern", "southern",
        "eastern", "western", "northeastern", "northwestern", "southeastern", "southwestern",
        "north-eastern", "north-western", "south-eastern", "south-western", "central",
        "downtown", "far",
    ),
    # Lower-case words that may end a place name: "in Zamfara state", "in Idlib province".
    "place_type": (
        "state", "province", "region", "district", "county", "city", "town", "village",
        "governorate", "prefecture", "municipality", "township", "parish", "borough",
        "area", "neighborhood", "neighbourhood", "suburb", "territory", "department",
    ),
    # Nouns that name the incident a casualty report is about: the sentence that names it
    # with a time tells when it happened ("a shooting at the factory on Friday night").
    "incident": (
        "shooting", "shootings", "attack", "attacks", "blast", "explosion", "bombing",
        "bombings", "stabbing", "strike", "airstrike", "air strike", "raid", "ambush", "crash",
        "incident", "gunfire", "shots fired", "drive-by", "homicide", "killing", "slaying",
        "murder", "massacre", "clashes", "gunfight", "shootout", "gun battle", "collision",
        "carjacking", "robbery", "home invasion", "standoff", "rampage",
    ),
    # Words of a later, procedural event whose time is not the incident's: "was arrested
    # on Monday", "was ordered held without bond Monday", "funeral services on Saturday".
    "procedure": (
        "arrested", "arrest", "charged", "arraigned", "arraignment", "booked", "indicted",
        "sentenced", "convicted", "pleaded", "pled", "appeared", "appear", "appears",
        "in court", "court appearance", "hearing", "held without bond", "ordered held",
        "jailed", "extradited", "surrendered", "funeral", "funerals", "vigil", "vigils",
        "memorial", "remembered", "buried", "burial", "laid to rest", "mourned", "bail",
        "bond", "trial", "autopsy", "discharged",
    ),
    # Things a verb of harm may be said of, as the subject of a passive: "his car was struck",
    # "the bill was killed", "more missions are executed", "profits were hurt". Matched in lower
    # case only: "Van", "House" or "Bush" before "was" may be a name.
    "thing": (
        "car", "cars", "vehicle", "vehicles", "truck", "trucks", "suv", "van", "bus", "taxi",
        "house", "houses", "home", "homes", "building", "buildings", "residence",
        "apartment", "window", "windows", "windshield", "wall", "walls", "door", "doors",
        "tire", "tires", "business", "store", "shop", "restaurant", "property",
        "economy", "market", "markets", "shares", "stocks", "sales", "profits", "revenue",
        "earnings", "crops", "plan", "plans", "bill", "bills", "deal", "deals", "project",
        "projects", "proposal", "proposals", "mission", "missions", "order", "orders",
        "warrant", "warrants", "contract", "contracts", "program", "programs", "programme",
        "trade", "trades", "strategy", "legislation", "measure", "measures", "reputation",
    ),
    # The people and offices a crime word names when it stands before one: "homicide
    # detectives", "the Homicide Unit" tell of who investigates, not of a death.
    "crime_office": (
        "unit", "units", "division", "bureau", "squad", "section", "office", "task force",
        "detective", "detectives", "investigator", "investigators", "sergeant", "lieutenant",
        "captain", "commander", "team",
    ),
    "month_or_day": (
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "christmas", "easter",
        "thanksgiving", "halloween", "new year", "new year's", "ramadan",
    ),
}
# fmt: on
#: Peoples as victims: "two Iraqis", "the Palestinians were killed" (the plural demonyms of
#: the actors' gazetteer; "Poles" is as often the utility kind, and a possessive no people).
CASUALTY_LEXICON["victim_head"] = (
    *CASUALTY_LEXICON["victim_head"],
    *sorted(
        {
            form.lower()
            for _code, first, *forms in DEMONYMS
            for form in forms
            if form.endswith("s") and form != first and form not in {"Poles", "Myanmar's"}
        }
        - set(CASUALTY_LEXICON["victim_head"])
    ),
)
#: The words a count may end with (derived: the last words of the number words, the vague
#: amounts and the multipliers of `_CORE`). A count read backwards (`_COUNT_BACK`) is tried
#: only where one of them, or a digit, ends at the place it would end.
CASUALTY_LEXICON["count_end"] = tuple(
    sorted(
        {
            phrase.split()[-1]
            for phrase in (
                *CASUALTY_LEXICON["number_word"],
                *CASUALTY_LEXICON["vague_amount"],
                "hundred",
                "thousand",
                "million",
                "billion",
            )
        }
    )
)


# --- shared pattern fragments (structure, not word lists) ---------------------------------

#: A year, not a count of people, unless a victim phrase in lower case follows it: "the 2013
#: house party murders", "2017 Man dead", "the killings of 2015" (but "2000 people died").
_YEAR = r"""
    (?: 19 | 20 ) \d\d (?! \d | \.\d )
    (?! \s+ (?-i: (?= \p{Ll} ) ) (?: [\p{L}-]+ \s+ ){0,2} \L<victim_head> \b )
"""
#: A count: an optional qualifier, then digits, number words or a vague amount, and an
#: optional range end ("10 to 15"). Starts at a word boundary (read backwards too: "one" in
#: "someone" is no count); possessive digit runs.
_CORE = r"""
    (?: (?<![\d.,]) \d{1,3} (?: ,\d{3} )++ (?!\d)
      | (?<![\d.,]) (?! {_YEAR} ) \d++ (?: \.\d++ )?+
      | \b (?: an? \s+ )? \L<number_word> (?: (?: \s+ and \s+ | [\s-]+ ) \L<number_word> ){0,5}
      | \b \L<vague_amount>
    )
    (?: \s+ (?: hundred | thousand | million | billion ) )?
    (?! [\p{L}\d] | - \p{L} )
""".replace("{_YEAR}", _YEAR)
#: What may stand before a count: a qualifier or "between".
_COUNT_LEAD = r"(?: \b \L<qualifier> \s+ | \b between \s+ )?"
#: What joins the two ends of a range ("10 to 15", "two or three"), its end not a stop word.
_RANGE_JOINT = r"\s* (?: - | – | to | or | and ) \s* (?! \L<np_stop> \b )"
#: What may not follow a count of people: a unit, a percentage, a time of day.
_NOT_PEOPLE_AFTER = r"""
    (?! \s* (?: % | percent | per \s+ cent | years? \b | months? \b | weeks? \b | days? \b
         | hours? \b | minutes? \b | times \b | miles? \b | feet \b | yards? \b | km \b
         | kilometers? \b | kilometres? \b | a\.m\. | p\.m\. | am \b | pm \b | dollars? \b
         | \$ | rounds \b | shots \b | bullets \b | o'clock \b ) )
"""
_COUNT_ANY = rf"""
    (?P<count> {_COUNT_LEAD} {_CORE} (?: {_RANGE_JOINT} {_CORE} )? )
    {_NOT_PEOPLE_AFTER}
"""
#: `_COUNT_ANY` for patterns read right to left (``(?r)``): the same counts, written with the
#: range's first number optional instead of its end. Read backwards, the written form meets
#: the optional range end first, matches it, finds no joint before it, and matches the same
#: number again as the count; this form reads the last number once and then looks for a
#: joint before it. (tests/extractors/test_casualty_counts.py: the same matches.)
#: `_CORE` for patterns read right to left: a run of number words written with its last word
#: required instead of its first (read backwards, the last word is read once).
_CORE_BACK = _CORE.replace(
    r"\L<number_word> (?: (?: \s+ and \s+ | [\s-]+ ) \L<number_word> ){0,5}",
    r"(?: \L<number_word> (?: \s+ and \s+ | [\s-]+ ) ){0,5} \L<number_word>",
)
_COUNT_ANY_BACK = rf"""
    (?P<count> {_COUNT_LEAD} (?: {_CORE_BACK} {_RANGE_JOINT} )? {_CORE_BACK} )
    {_NOT_PEOPLE_AFTER}
"""
if _CORE_BACK == _CORE:  # pragma: no cover (a table error)
    msg = "_CORE_BACK: the run of number words was not found in _CORE"
    raise ValueError(msg)
#: A count that is not the object of a preposition ("in 2014", "of 20").
_COUNT = rf"(?<! \b \L<count_stop> \.? \s+ ) {_COUNT_ANY}"
#: `_COUNT` for patterns read right to left (see `_COUNT_ANY_BACK`). The look-behind at its
#: end, read first, is a cheap necessary test: every count ends with a digit or a word of
#: ``count_end`` (a reading back that tries a count after each modifier of a victim phrase
#: fails at once where no count ends).
_COUNT_BACK = rf"(?<! \b \L<count_stop> \.? \s+ ) {_COUNT_ANY_BACK} (?<= \d | \b \L<count_end> )"
#: A victim noun phrase: up to three modifier words, then a victim head word.
_VICTIMS = r"""
    (?P<victims>
        (?: (?! \L<np_stop> \b ) [\p{L}\d'’.-]++ \s+ ){0,3}?
        \L<victim_head> \b
    )
"""
#: A victim noun phrase read forwards, where nothing after it fixes its end: a head followed
#: by another ("more demonstrators", "police officers") is a modifier. (Read backwards from
#: a verb, the end is fixed: the look-ahead would only cost time.)
_VICTIM_NP = r"""
    (?: (?! \L<np_stop> \b ) [\p{L}\d'’.-]++ \s+ ){0,3}?
    \L<victim_head> \b (?! \s+ \L<victim_head> \b )
"""
_VICTIMS_AHEAD = rf"(?P<victims> {_VICTIM_NP} )"
#: Coordinated victim phrases: "men, women and children".
_VICTIMS_LIST = rf"""
    (?P<victims> {_VICTIM_NP}
        (?: (?: \s* , \s+ {_VICTIM_NP} ){{0,4}} \s* ,? \s+ (?: and | or ) \s+ {_VICTIM_NP} )? )
"""
#: Determiners that may stand before a victim phrase but are not part of it (a whole word,
#: read backwards too: "her" in "mother" is none).
_DET = (
    r"(?: \b (?: the | these | those | his | her | their | its | our | two \s+ of \s+ the ) \s+ )"
)
#: An age in apposition: ", 25,", ", a 25-year-old student,".
_AGE = r"(?: \s* , \s* (?: a \s+ )? \d{1,3} (?: -year-old )? (?: \s+ [\p{L}-]+ ){0,3}? \s* , )"
#: Verbs whose past form is as often active as passive: "Smith, 25, shot his wife".
_ACTIVE_TOO = r"(?: shot | stabbed | hit | struck | beat | wounded | injured | hurt | killed )"
#: Auxiliaries a subject with a postmodifier must have before its participle.
_AUX_AHEAD = r"""
    (?= \s+ (?: (?: who | that ) \s+ )?
        (?: was | were | is | are | has | have | had | remains | remained | got ) \b )
"""
#: `_AUX_AHEAD`, or a verb of dying that needs no auxiliary, after an apposition: "A great
#: man, John Smith, passed away". (Not after an of-phrase: "the son of a police officer
#: died" may be read either way.)
_AUX_OR_DYING_AHEAD = r"""
    (?: {_AUX_AHEAD} | (?= \s+ (?: died | dies | perished | succumbed | passed \s+ away | passes \s+ away ) \b ) )
""".replace("{_AUX_AHEAD}", _AUX_AHEAD)
#: A person's name: two to four capitalised words, with an optional ", 25," age; or one
#: capitalised word with the age ("Tamerlan, 26, died"). A name ends with no stop word or
#: adverb and starts with no stop word: "Teen Dies After Being Shot", "Year-Old Fatally Shot",
#: "Fatally Shot In Home" are headlines in title case.
_NAME = rf"""
    (?: (?P<victims> \b (?! \L<np_stop> \s ) (?-i: \p{{Lu}} [\p{{L}}'’.-]+ (?: \s+ \p{{Lu}} [\p{{L}}'’.-]+ ){{1,3}} ) )
        (?<! \s (?: \L<np_stop> | \L<headline_adverb> ) ) {_AGE}?
      | (?P<victims> (?-i: \p{{Lu}} \p{{Ll}}{{2,}} ) ) {_AGE} (?! \s+ {_ACTIVE_TOO} \b ) )
"""
#: A count standing alone after "the": "the three", "the 12" (no qualifier, no range).
_BARE_COUNT = r"(?P<count> \L<number_word> (?: - \L<number_word> )? | \d{1,4} ) \b"
#: Words that may follow a count that ends a victim phrase: "the killing of seven in two days".
_AFTER_COUNT = (
    r"(?: in | on | at | during | since | last | this | over | near | across | and | by )"
)
#: The of-phrase of a nominalised verb that names its victims: a count that ends the phrase
#: or has victims after it, "a"/"one" and victims, or after a singular noun victims (bare or
#: after a possessive): "police killings of black men" is no one incident.
_OF_VICTIMS = rf"""
    (?: {_COUNT_ANY} (?: \s+ {_VICTIMS_LIST} | (?= \s* [,.;:!?] | \s+ {_AFTER_COUNT} \b ) )
      | (?P<count> an? | one ) \s+ {_VICTIMS_AHEAD} (?! \s* ,? \s+ and \b )
      | (?<! s \s+ of \s+ ) (?! (?= (?-i: \p{{Lu}} ) ) \L<singular_head> \s+ (?-i: \p{{Lu}} ) )
        (?: (?: his | her | their | our ) \s+ )? {_VICTIMS_LIST}
      | the \s+ {_BARE_COUNT} (?= \s* [,.;:!?"”] | \s+ {_AFTER_COUNT} \b ) )
"""
#: Words that may follow a count standing alone as an object: "killing the three on the spot".
_AFTER_OBJECT = r"""
    (?: on | in | at | instantly | immediately | outright | and | inside | near | during
      | when | as | while | before | after )
"""
#: A form of *be* (read backwards too: a whole word).
_BE = r"\b (?: were | was | are | is | been | be )"
#: Participles coordinated before the one a rule reads: "were mutilated, injured and ...",
#: "were abducted and killed".
_COORDINATED = r"""
    (?: (?: mutilated | maimed | injured | wounded | hurt | burned | burnt | beaten | shot | stabbed
          | tortured | raped | abducted | kidnapped | attacked | assaulted | traumatised
          | traumatized | robbed ) (?: \s* , \s+ (?: and \s+ )? | \s+ and \s+ ) ){0,2}
"""
#: Auxiliaries and adverbs between a subject and a passive participle.
_AUX = r"""
    (?: (?: were | was | are | is | have \s+ been | has \s+ been | had \s+ been | been | being
          | got | get | have | has | had | remain | remains | remained | reportedly | allegedly
          | also | all | both | later | since | apparently | eventually | each | then | now
          | now \s+ been | believed \s+ to \s+ have \s+ been | said \s+ to \s+ have \s+ been
          | confirmed | feared ) \s+ ){0,3}
"""
_KILLED_PARTICIPLE = r"""
    (?P<trigger>
        shot \s+ and \s+ killed | shot \s* , \s* killed | shot \s+ dead | shot \s+ to \s+ death
      | stabbed \s+ to \s+ death | beaten \s+ to \s+ death | burned \s+ to \s+ death | burnt \s+ to \s+ death
      | hacked \s+ to \s+ death | crushed \s+ to \s+ death | bludgeoned \s+ to \s+ death
      | fatally \s+ (?: shot | stabbed | wounded | injured | struck | hit | beaten )
      | gunned | killed | slain | murdered | massacred | executed | assassinated
      | beheaded | lynched | found \s+ dead | pronounced \s+ dead | declared \s+ dead
      | confirmed \s+ dead | dead | died | die | dies | perished | drowned | passed \s+ away | passes \s+ away
      | succumbed
      | (?: suffered | sustained ) \s+ fatal \s+ (?: (?: gunshot | stab ) \s+ )? (?: wounds | injuries )
      | lost \s+ (?: their | his | her ) \s+ lives? | killed \s+ in \s+ action
    )
"""
_KILLED_ACTIVE = r"""
    (?P<trigger>
        shot \s+ and \s+ killed | shot \s+ dead | fatally \s+ (?: shot | stabbed | wounded )
      | gunned \s+ down | kill(?: ed | s | ing )? | murder(?: ed | s | ing ) | massacr(?: ed | es | ing )
      | slaughter(?: ed | s | ing ) | execut(?: ed | es | ing ) | assassinat(?: ed | es | ing )
      | behead(?: ed | s | ing ) | decapitat(?: ed | es | ing )
    ) \b
"""
_INJURED_PARTICIPLE = r"""
    (?P<trigger>
        injured | wounded | hurt | hospitali[sz]ed
      | shot | stabbed | beaten | struck | hit
      | treated \s+ for \s+ (?: injuries | wounds | gunshot \s+ wounds )
      | (?: suffered | sustained ) \s+ (?: (?: mostly | mainly | largely | only | relatively | very
            | serious | minor | critical | severe | light | slight | life-threatening
            | non-life-threatening | multiple | head | burn | gunshot | stab | shrapnel ) \s+ ){0,2}
        (?: injuries | wounds | burns )
      | in \s+ (?: critical | serious | stable | fair | good | grave ) \s+ condition
    )
"""
_INJURED_ACTIVE = r"""
    (?P<trigger> injur(?: ed | es | ing ) | wound(?: ed | s | ing ) | hurt(?: s | ing )? ) \b
"""
_MISSING = r"(?P<trigger> missing | unaccounted | disappeared )"
_DISPLACED_PARTICIPLE = r"""
    (?P<trigger>
        displaced | uprooted | made \s+ homeless | left \s+ homeless | evacuated
      | forced \s+ (?: from | out \s+ of ) \s+ their \s+ homes | forced \s+ to \s+ flee
      | fled (?: \s+ their \s+ homes )? | forced \s+ to \s+ leave \s+ their \s+ homes
    )
"""
_DISPLACED_ACTIVE = r"(?P<trigger> displac(?: ed | es | ing ) | uproot(?: ed | s | ing ) ) \b"
_DETAINED_PARTICIPLE = r"""
    (?P<trigger>
        arrested | detained | abducted | kidnapped | kidnaped | captured | taken \s+ hostage
      | taken \s+ into \s+ custody | taken \s+ captive | jailed | imprisoned | held \s+ hostage
      | rounded | apprehended
    )
"""
_DETAINED_ACTIVE = r"""
    (?P<trigger>
        arrest(?: ed | s | ing ) | detain(?: ed | s | ing ) | abduct(?: ed | s | ing )
      | kidnap(?: ped | s | ping | ed | ing ) | captur(?: ed | es | ing ) | round(?: ed | s | ing ) \s+ up
    ) \b
"""

#: A person's name after "of" (a title and a name, or two to four capitalised words): "the
#: death of Dr. John Miller", "the fatal shooting of Mary Ann Jones". One capitalised word
#: alone may be a place or a thing, a possessive names someone else ("John Smith's son"), and
#: a name that goes on with a victim or agent head is a modifier ("Lake County deputy").
_OF_NAME = r"""
            (?P<victims> (?-i:
                (?: (?: Dr | Mr | Mrs | Ms | Sgt | Lt | Capt | Col | Gen | Rev | Officer | Deputy
                      | Trooper | Judge | Father | Sister | Sergeant | Lieutenant | Captain
                      | Colonel | General | Cpl | Corporal | Sen | Senator | Mayor | Bishop
                      | Imam | Pastor ) \.? \s+ )?
                (?i: (?! \L<victim_head> \b ) )
                \p{Lu} [\p{L}-]*+ (?: ['’] (?! s \b ) \p{L}++ )?+ (?: \. (?= \s+ \p{Lu} ) )?+
                (?: \s+ (?i: (?! \L<victim_head> \b ) )
                    \p{Lu} [\p{L}-]*+ (?: ['’] (?! s \b ) \p{L}++ )?+ (?: \. (?= \s+ \p{Lu} ) )?+ ){1,3}
                (?! ['’] s? \b | \s+ \p{Lu} )
                (?<! \b (?: School | College | University | Academy | County | City | Church
                       | Hospital | Center | Centre | Street | Avenue | Park | Department ) ) ) )
            (?<! \b \L<victim_head> ) (?! \s+ (?: \L<victim_head> | \L<agent_head> ) \b )
"""


# Rules are anchored on a word, so a sentence costs one match attempt per rule and word:
# ``anchor=start`` rules are matched forward from the start of one of their ``words``;
# ``anchor=end`` rules are written in reverse mode (``(?r)``) and matched back from the end of
# one of their ``words``. ``words`` names a list in `ANCHOR_WORDS`. ``needs=count`` rules are
# only tried where a digit or a word of `COUNT_WORDS` stands shortly before the anchor.
# ``after`` lists words one of which every match has after the anchor word ("left 12 dead"):
# such rules are only tried where one of them follows in the sentence.


#: A relative or personal pronoun and a verb of harm before a count: the count is the verb's
#: object, not the subject of a passive after it ("a man who shot three men was arrested").
_HARMED_BY = r"""
    (?<! \b (?: who | that | he | she | they ) \s+
         (?: (?: allegedly | reportedly | then | also | later | had ) \s+ )?
         (?: shot | killed | wounded | injured | stabbed | murdered | shot \s+ and \s+ killed ) \s+ )
"""


def _passive(participle: str) -> str:
    """Count, optional victims, then a participle: "34 soldiers were killed", "one dead"."""
    return rf"""(?r)
        {_HARMED_BY} {_COUNT_BACK} \s+ (?: of \s+ (?: the \s+ | them \s+ | whom \s+ )? )? (?: {_VICTIMS} \s+ )?
        (?: (?: who | that ) \s+ )? {_AUX} {_COORDINATED} {participle} \b
    """


#: An of-phrase of up to five words after the head of a subject, before a comma or an
#: auxiliary: "a local commander of Syria's National Defense Forces". It ends with no stop
#: word ("the cousin of two of the wounded") and takes no relative clause ("the occupants of
#: a car who shot at").
_OF_PHRASE = rf"""
    \s+ of \s+ (?: (?<! [\p{{L}}\d'’.-] ) (?! of \b ) [\p{{L}}\d'’.-]+ \s+ ){{0,4}}+
    (?<! [\p{{L}}\d'’.-] ) (?! \L<np_stop> \b ) [\p{{L}}\d'’.-]+
    (?= \s* , | {_AUX_AHEAD} ) (?! \s+ (?: who | that ) \b )
"""
#: An apposition between commas after the head of a subject, before an auxiliary: ", a
#: pro-Assad militia,", ", Qassem Soleimani,".
_APPOSITION = rf"""
    \s* , \s+ (?: (?-i: an? | the ) \s+ (?: [\p{{L}}\d'’-]+ \s+ ){{0,3}} [\p{{L}}\d'’-]+
              | (?-i: \p{{Lu}} [\p{{L}}'’.-]+ (?: \s+ \p{{Lu}} [\p{{L}}'’.-]+ ){{0,3}} ) ) \s* ,
    {_AUX_OR_DYING_AHEAD}
"""


#: A victim phrase with no determiner or count, a plural head and at most one modifier before
#: it: "civilians were killed", "Witnesses said Palestinian children were wounded". (A count
#: before it is the passive rule's, a determiner the determined phrase's; a weekday or a month
#: is no modifier: "On Monday civilians were killed".)
_BARE_VICTIMS = r"""
    (?<! (?: \d | \b \L<number_word> | \b \L<vague_amount> | \b \L<qualifier> ) \s+ )
    \b (?P<victims> (?: (?! (?: \L<np_stop> | \L<month_or_day> | \L<number_word> | \L<vague_amount> )
                          \b ) [\p{L}'’-]++ \s+ )?+
        (?! (?: \L<singular_head> | more | others | police | staff | crew | personnel | elderly ) \b )
        \L<victim_head> )
    # An auxiliary or a verb of dying follows: "gunmen shot six people" is active.
    (?= \s+ (?: (?: who | that ) \s+ )?
        (?: were | are | have | had | been | remain | remained | got | reportedly | allegedly
          | also | all | later | apparently | died | dies | perished | drowned | passed \s+ away | passes \s+ away ) \b )
"""


#: A capitalised phrase of one person with no determiner that starts the sentence, as
#: headlines write it: "Teen shot to death in Roswell", "Boy killed with machete", "Man, 18,
#: killed" (an age may follow it).
_HEADLINE_ONE = rf"""
    ^ (?P<victims> (?= (?-i: \p{{Lu}} ) )
        (?: (?! \L<np_stop> \b ) [\p{{L}}\d'’-]++ \s+ ){{0,2}}? \L<singular_head> \b ) {_AGE}?
"""


#: Capitalised words that are no name alone before "was", "were", "has" or "had" in
#: `_passive_np` ("It was", "Police have"), lower-cased; the extractor's gate reads them too.
NOT_LONE_NAMES: Final = (
    "it", "this", "that", "there", "these", "those", "he", "she", "they", "we", "i", "you",
    "who", "what", "which", "one", "police",
)  # fmt: skip


def _passive_np(participle: str, *, headline: bool = False) -> str:
    """
    A determined victim phrase or a name, then a participle: "the soldiers were killed".

    With *headline*, also `_HEADLINE_ONE` ("Boy killed with machete"); not for injuries,
    whose headline often tells of a shot that killed ("Boy, 13, shot near base has died").
    """
    lead = f"| {_HEADLINE_ONE}" if headline else ""
    return rf"""(?r)
        (?: (?<! \b \L<count_stop> \s+ ) \b (?P<count> an? | one | another ) \s+ {_VICTIMS}
          | {_DET} {_VICTIMS} | {_NAME}
          | \b (?! (?: {"|".join(NOT_LONE_NAMES)} ) \b | \L<victim_head> \b )
            (?P<victims> (?-i: \p{{Lu}} \p{{Ll}}{{2,}} ) ) (?= \s+ (?: was | were | has | had ) \b )
          | {_BARE_VICTIMS} {lead} )
        (?: \s* [,(] \s* who \s+ | \s+ (?: (?: who | that ) \s+ )? ) {_AUX} {participle} \b
    """


def _passive_post(participle: str) -> str:
    """A postmodified victim phrase, an auxiliary, a participle: "a commander of X, a Y, was killed"."""
    return rf"""(?r)
        (?: (?<! \b \L<count_stop> \s+ ) \b (?P<count> an? | one | another ) \s+ {_VICTIMS}
          | (?<! \b of \s+ ) {_DET} {_VICTIMS} )
        (?: {_OF_PHRASE} (?: {_APPOSITION} )? | {_APPOSITION} )
        \s+ (?: (?: who | that ) \s+ )? {_AUX} {participle} \b
    """


#: Verbs of dying that take no object, and verbs whose object is the harm ("suffered fatal
#: wounds"), so that a pronoun before them with no auxiliary is their subject: "he died",
#: "she later passed away", "he suffered fatal wounds" (but "he killed" is active).
_INTRANSITIVE = r"""
    (?= (?: died | dies | perished | drowned | succumbed | passed \s+ away | passes \s+ away
          | suffered | sustained ) \b )
"""


def _pronoun(participle: str) -> str:
    """A personal pronoun, then a passive participle: "he was killed", or "he died"."""
    return rf"""(?r)
        (?: \b (?P<victims> he | she | they | we ) \s+ (?: (?: was | were | had \s+ been | has \s+ been
            | have \s+ been | is | are ) \s+ ) (?: \w+ \s+ )?
            (?: (?: believed | said | thought | reported | feared ) \s+ to \s+ have \s+ )?
          | \b (?P<victims> he | she ) \s+
            (?: (?: later | then | eventually | reportedly | allegedly | also | apparently ) \s+ )?
            {_INTRANSITIVE}
          | \b (?P<victims> those | others | many | some ) \s+
          | \b (?P<count> an? ) \s+ (?P<victims> (?-i: \p{{Lu}} \p{{Ll}}+ ) ) \s+ )
        {participle} \b
    """


#: What may not follow a bare count after an active verb: a participle that makes the count
#: its subject, as in a headline's list ("1 Killed 2 Injured In Shooting").
_NOT_HARMED_AFTER = r"""
    (?! \s+ (?: injured | wounded | hurt | dead | killed | shot | stabbed | missing ) \b )
"""


def _active(verb: str) -> str:
    """A verb then its object: "killed at least 34 Turkish soldiers", "killing two"."""
    return rf"""
        \b {verb} \s+
        (?: {_COUNT} (?: \s+ (?: of \s+ (?: the \s+ )? )? {_VICTIMS_AHEAD} | {_NOT_HARMED_AFTER} )
          | (?P<count> an? | one | another ) \s+ {_VICTIMS} | {_DET} {_VICTIMS} | {_NAME} | {_VICTIMS}
          | the \s+ {_BARE_COUNT} (?= \s* [,.;:!?"”] | \s+ {_AFTER_OBJECT} \b ) )
    """


#: The auxiliaries `_bare` starts with (the ``before`` words of its rules).
_BARE_AUXILIARIES = "was were been being is are got get"


def _bare(participle: str) -> str:
    """A passive participle after a form of *be*, with no subject read: "was killed"."""
    return rf"""(?r)
        \b (?: {" | ".join(_BARE_AUXILIARIES.split())} ) \s+
        (?: (?: also | reportedly | allegedly | later | then | all | both | apparently
               | fatally | critically | seriously | badly | slightly | gravely | mortally
               | accidentally | eventually ) \s+ ){{0,2}}
        {participle} \b
    """


def _reflexive(verb: str, *, to_death: str = "") -> str:
    """
    A subject, then *verb* and "himself" or "herself": "a 4-year-old boy shot himself".

    With *to_death*, also those verbs, the pronoun and "to death": "who shot himself to death".
    """
    death = (
        rf"| (?: {to_death} ) \s+ (?P<count> himself | herself ) \s+ to \s+ death"
        if to_death
        else ""
    )
    return rf"""(?r)
        (?: (?: \b (?: an? | one ) \s+ {_VICTIMS} | {_DET} {_VICTIMS} | {_NAME}
              | \b (?P<victims> he | she )
              | \b (?! (?: it | this | that | there | who | police ) \b )
                (?P<victims> (?-i: \p{{Lu}} \p{{Ll}}{{2,}} ) ) ) \s+ )?
        (?: (?: accidentally | apparently | allegedly | reportedly | then | later | had | has
              | intentionally | eventually | ultimately | also ) \s+ ){{0,2}}
        (?P<trigger> (?: {verb} ) \s+ (?P<count> himself | herself ) {death} ) \b
    """


def _put_toll(what: str) -> str:
    """
    "put the number of *what* at N": "officials put the number of missing at more than 50".
    """
    return rf"""
        \b (?P<trigger> put(?: s | ting )? | plac(?: ed | es | ing ) ) \s+ the \s+
        (?: (?: overall | total | official | final | latest | new | preliminary ) \s+ )?
        (?: {what} ) \b
        (?: \s+ (?! at \b ) [\p{{L}}'’-]+ ){{0,6}}? \s+ at \s+ {_COUNT_ANY}
    """


#: The verb a family of rules ends (``anchor=end``) or starts (``anchor=start``) with, alone.
#: A rule's ``gate`` names one: where the gate does not match at an anchor word, no rule of
#: the family can, so the extractor tries them only where it does (a cheap necessary test).
GATE_RULES: Final = (
    Rule(
        id="casualty.gate.killed_participle",
        pattern=rf"(?r) {_KILLED_PARTICIPLE} \b",
        examples=("was shot dead",),
        counterexamples=("was shot",),
    ),
    Rule(
        id="casualty.gate.injured_participle",
        pattern=rf"(?r) {_INJURED_PARTICIPLE} \b",
        examples=("were wounded",),
        counterexamples=("was killed",),
    ),
    Rule(
        id="casualty.gate.missing_participle",
        pattern=rf"(?r) {_MISSING} \b",
        examples=("are missing",),
        counterexamples=("was killed",),
    ),
    Rule(
        id="casualty.gate.displaced_participle",
        pattern=rf"(?r) {_DISPLACED_PARTICIPLE} \b",
        examples=("were displaced",),
        counterexamples=("was killed",),
    ),
    Rule(
        id="casualty.gate.detained_participle",
        pattern=rf"(?r) {_DETAINED_PARTICIPLE} \b",
        examples=("was arrested",),
        counterexamples=("was killed",),
    ),
    Rule(
        id="casualty.gate.killed_verb",
        pattern=rf"\b {_KILLED_ACTIVE} \s+",
        examples=("killed two",),
        counterexamples=("shot two",),
    ),
    Rule(
        id="casualty.gate.injured_verb",
        pattern=rf"\b {_INJURED_ACTIVE} \s+",
        examples=("wounding three",),
        counterexamples=("killed three",),
    ),
    Rule(
        id="casualty.gate.shot_verb",
        pattern=r"\b (?P<trigger> shot ) \s+",
        examples=("shot two",),
        counterexamples=("shoot two",),
    ),
    Rule(
        id="casualty.gate.displaced_verb",
        pattern=rf"\b {_DISPLACED_ACTIVE} \s+",
        examples=("displaced thousands",),
        counterexamples=("killed thousands",),
    ),
    Rule(
        id="casualty.gate.detained_verb",
        pattern=rf"\b {_DETAINED_ACTIVE} \s+",
        examples=("arrested two",),
        counterexamples=("killed two",),
    ),
)

#: Words that can start or make up a count (the cheap test for ``needs=count`` rules).
COUNT_WORDS: Final = frozenset(
    word
    for phrase in (*CASUALTY_LEXICON["number_word"], *CASUALTY_LEXICON["vague_amount"])
    for word in phrase.split()
    if word not in {"a", "an", "of", "number", "large", "small"}
)


def _literal_words(*fragments: str) -> frozenset[str]:
    r"""
    Every word of two letters or more written literally in the pattern *fragments*, lower case.

    Escapes (``\s``, ``\b``) and group syntax are no words; apostrophes and hyphens are kept
    ("n't", "life-threatening").
    """
    words: set[str] = set()
    for fragment in fragments:
        chars: list[str] = []
        escaped = False
        for char in fragment:
            if escaped or char == "\\":
                escaped = not escaped
                chars.append(" ")
            else:
                chars.append(char.lower() if char.isalpha() or char in "'-" else " ")
        words.update(word for word in "".join(chars).split() if len(word) > 1)
    return frozenset(words)


#: Words that may stand between the subject of a passive rule (``subject`` in its meta) and its
#: anchor word: the auxiliaries, "who" and "that", and the words of the participles. Reading
#: back from the anchor over these, the extractor must meet a word that can end the subject
#: (a victim head, a capitalised word, a comma, or for ``subject=count`` a count) before it
#: tries the rule: a cheap necessary test.
PASSIVE_GAP_WORDS: Final = _literal_words(
    _AUX,
    "who that",
    _KILLED_PARTICIPLE,
    _INJURED_PARTICIPLE,
    _MISSING,
    _DISPLACED_PARTICIPLE,
    _DETAINED_PARTICIPLE,
)

#: What may also stand between the count of a ``subject=count`` rule and its anchor word:
#: the participles coordinated before the rule's ("were mutilated, injured").
COUNT_GAP_WORDS: Final = PASSIVE_GAP_WORDS | _literal_words(_COORDINATED)

#: The last words of the names of institutions, places, things and days, in lower case: a
#: capitalised victim phrase that ends with one ("Elm Grove High School", "Mercy Hospital",
#: "Main Street", "Monday") names no person.
INSTITUTION_WORDS: Final = frozenset(
    {
        "school", "college", "university", "academy", "hospital", "clinic", "center", "centre",
        "church", "mosque", "temple", "synagogue", "department", "office", "agency", "county",
        "city", "town", "township", "village", "state", "province", "district", "street",
        "avenue", "road", "boulevard", "drive", "lane", "highway", "park", "company", "club",
        "bar", "restaurant", "market", "mall", "hotel", "station", "airport", "apartments",
        "complex", "court", "house", "news", "times", "post", "police", "sheriff", "springs",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "june", "july", "august", "september",
        "october", "november", "december",
    }
)  # fmt: skip

#: The words each gate (by rule id) is written with. Where an ``anchor=end`` gate cannot match
#: its anchor word alone ("shot" is killed only as "fatally shot"), the extractor tries it only
#: where the word before the anchor ends with one of these: a cheap necessary test.
GATE_WORDS: Final = {rule.id: tuple(sorted(_literal_words(rule.pattern))) for rule in GATE_RULES}

#: Lower-case words that cannot start the object of an active rule (``object`` in its meta):
#: words of ``np_stop`` that no count, determiner, "an"/"one"/"another" or victim head starts
#: with. Where the object would be one of them, followed by a blank or clause punctuation,
#: the extractor does not try the rule.
ACTIVE_OBJECT_STOPS: Final = (
    frozenset(CASUALTY_LEXICON["np_stop"])
    - {
        phrase.lower().split()[0]
        for name in ("qualifier", "vague_amount", "number_word", "victim_head")
        for phrase in CASUALTY_LEXICON[name]
    }
    - _literal_words(_DET, "between a an one another")
)

#: Lower-case words that start the object of an active rule where it is no bare victim
#: phrase: the first words of counts, "between", "a", "an", "one", "another" and the
#: determiners. Where the object starts with another lower-case word, it is a victim phrase:
#: a victim head starts one of its first four words (three modifiers, then the head), or the
#: extractor does not try the rule.
ACTIVE_OBJECT_LEADS: Final = frozenset(
    {
        phrase.lower().split()[0]
        for name in ("qualifier", "vague_amount", "number_word")
        for phrase in CASUALTY_LEXICON[name]
    }
    | _literal_words(_DET, "between an one another")
    | {"a"}
)


# fmt: off
#: The words rules are anchored on (see ``anchor`` and ``words`` in each rule's meta).
ANCHOR_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "killed_end": (
        "killed", "dead", "death", "died", "die", "dies", "perished", "drowned", "slain",
        "murdered", "massacred", "executed", "assassinated", "beheaded", "lynched", "gunned",
        "shot", "stabbed", "wounded", "injured", "struck", "hit", "beaten", "lives", "life",
        "action", "away", "succumbed", "wounds", "injuries",
    ),
    "killed_start": (
        "shot", "fatally", "gunned", "kill", "killed", "kills", "killing", "murdered",
        "murders", "murdering", "massacred", "massacres", "massacring", "slaughtered",
        "slaughters", "slaughtering", "executed", "executes", "executing", "assassinated",
        "assassinates", "assassinating", "beheaded", "beheads", "beheading", "decapitated",
        "decapitates", "decapitating",
    ),
    "killed_noun": (
        "death", "deaths", "killing", "murder", "homicide", "fatalities", "assassination",
        "massacre", "slaying", "fatally", "died", "perished", "succumbed", "deceased", "away", "killings",
        "murders", "homicides", "assassinations", "massacres", "genocide", "slaughter", "exterminated", "extermination",
        "drowning", "beheading", "decapitated", "decapitating",
    ),
    "toll": ("death", "casualty", "fatality"),
    "fatal": ("fatal",),
    "claim": ("claimed", "claims", "claiming", "claim", "cost", "took"),
    "bodies_end": ("bodies", "corpses"),
    "bodies_start": ("bodies",),
    "deaths_end": ("deaths", "fatalities", "dead", "killings", "murders", "homicides"),
    "deaths_start": ("deaths", "killings", "murders"),
    "maiming_of": ("maiming", "wounding", "injuring"),
    "death_of": ("death", "killing", "slaying", "murder", "assassination", "execution"),
    "killing_of": (
        "killing", "killings", "slaying", "slayings", "murder", "murders", "massacre",
        "massacres", "slaughter", "execution", "executions", "assassination", "assassinations",
        "beheading", "beheadings",
    ),
    "left": ("left",),
    "attributive": ("slain", "deceased"),
    "late": ("late",),
    "reflexive": ("himself", "herself"),
    "reflexive_death": ("himself", "herself", "death"),
    "put": ("put", "puts", "putting", "placed", "places", "placing"),
    "injured_end": (
        "injured", "wounded", "hurt", "hospitalized", "hospitalised", "shot", "stabbed",
        "beaten", "struck", "hit", "injuries", "wounds", "condition", "burns",
    ),
    "injured_start": (
        "injured", "injures", "injuring", "wounded", "wounds", "wounding", "hurt", "hurts",
        "hurting",
    ),
    "shot_start": ("shot",),
    "injured_noun": ("injuries", "wounds", "wound", "maiming", "maimed", "mutilated"),
    "missing_end": ("missing", "unaccounted", "disappeared"),
    "displaced_end": ("displaced", "uprooted", "homeless", "evacuated", "homes", "flee", "fled"),
    "displaced_start": ("displaced", "displaces", "displacing", "uprooted", "uproots", "uprooting"),
    "forced": ("forced", "forcing", "forces", "force", "drove", "driven", "driving"),
    "detained_end": (
        "arrested", "detained", "abducted", "kidnapped", "kidnaped", "captured", "hostage",
        "custody", "captive", "jailed", "imprisoned", "rounded", "apprehended",
    ),
    "detained_start": (
        "arrested", "arrests", "arresting", "detained", "detains", "detaining", "abducted",
        "abducts", "abducting", "kidnapped", "kidnaps", "kidnapping", "kidnaped",
        "kidnaping", "captured", "captures", "capturing", "rounded", "rounds", "rounding",
    ),
}
# fmt: on


def _anchored(anchor: str, words: str, kind: str, **extra: str) -> dict[str, str]:
    return {"anchor": anchor, "words": words, "kind": kind, **extra}


CASUALTY_RULES: Final = (
    # --- killed ---------------------------------------------------------------------------
    Rule(
        id="casualty.killed.toll",
        pattern=r"""
            \b (?: death | casualty | fatality ) \s+ tolls? \b
            (?: \s+ [\p{L}'’,-]+ ){0,6}? \s+
            (?P<trigger> rose | rises | risen | climbed | climbs | jumped | reached | reaches
              | increased | stood | stands | stand | hit | is | was | at | to | of | soared
              | mounted | surpassed | topped | grew | now ) \b
            (?: \s+ (?: to | at | over | past | above ) )? \s+ {COUNT}
        """.replace("{COUNT}", _COUNT),
        examples=(
            "the death toll rose to 40",
            "The death toll from the quake has climbed to at least 2,000",
            "bringing the death toll to 12",
        ),
        counterexamples=("the death toll is unclear",),
        meta=_anchored("start", "toll", "killed", update="yes", after="toll"),
    ),
    # "Local officials put the number of dead at 12", "put the death toll at more than 50":
    # the figure is a toll (it replaces an earlier one). One rule per kind.
    Rule(
        id="casualty.killed.put_toll",
        pattern=_put_toll(
            r"""number \s+ of \s+ (?: the \s+ )? (?: dead | deaths | fatalities | victims
                  | (?: people | those | persons ) \s+ (?: killed | dead ) )
              | (?: death | casualty | fatality ) \s+ (?: tolls? | count | figure ) | toll"""
        ),
        examples=(
            "put the number of dead at 12",
            "Officials put the death toll from the blast at more than 50",
            "placed the number of people killed at 300",
        ),
        counterexamples=("put the number of injured at 12", "put the death toll at risk"),
        meta=_anchored("start", "put", "killed", update="yes", after="number toll count figure"),
    ),
    Rule(
        id="casualty.killed.claimed_lives",
        pattern=r"""
            \b (?P<trigger> claim(?: ed | s | ing )? | cost | took ) \s+
            (?: (?: the \s+ )? {COUNT} \s+ lives \b
              | the \s+ lives \s+ of \s+ {COUNT_ANY} (?: \s+ {VICTIMS} )? )
        """.replace("{COUNT_ANY}", _COUNT_ANY)
        .replace("{COUNT}", _COUNT)
        .replace("{VICTIMS}", _VICTIMS),
        examples=("the flu has claimed 12 lives", "claimed the lives of 30 people"),
        counterexamples=("claimed responsibility",),
        meta=_anchored("start", "claim", "killed", after="lives"),
    ),
    Rule(
        id="casualty.killed.bodies",
        pattern=rf"""(?r)
            {_COUNT_BACK} \s+ (?: [\p{{L}}-]+ \s+ )? (?P<trigger> bodies | corpses ) \b
        """,
        examples=("12 bodies were found", "three charred bodies"),
        counterexamples=("bodies were found",),
        meta=_anchored("end", "bodies_end", "killed", needs="count", count_words="1"),
    ),
    Rule(
        id="casualty.killed.bodies_of",
        pattern=rf"""
            \b (?P<trigger> bodies ) \s+ of \s+ {_COUNT_ANY} (?: \s+ {_VICTIMS} )?
        """,
        examples=("the bodies of three children",),
        counterexamples=("the bodies of the victims",),
        meta=_anchored("start", "bodies_start", "killed"),
    ),
    Rule(
        id="casualty.killed.deaths",
        pattern=rf"""(?r)
            {_COUNT_BACK} \s+ (?: [\p{{L}}-]+ \s+ )? (?: (?! {_BE} \b ) [\p{{L}}-]+ \s+ )?
            (?P<trigger> deaths | fatalities | dead | killings | murders | homicides ) \b
        """,
        examples=("34 deaths", "5 flu-related deaths", "two people dead"),
        # "nine people were dead" is the passive rule's: it reads the victims.
        counterexamples=(
            "the death of his father",
            "nine people were dead",
            "the 2013 house party murders",
        ),
        meta=_anchored("end", "deaths_end", "killed", needs="count", count_words="2"),
    ),
    Rule(
        id="casualty.killed.deaths_of",
        pattern=rf"""
            \b (?P<trigger> deaths | killings | murders ) \s+ of \s+ {_COUNT_ANY} (?: \s+ {_VICTIMS} )?
        """,
        examples=("the deaths of two children",),
        counterexamples=("the deaths of the victims", "the killings of 2015."),
        meta=_anchored("start", "deaths_start", "killed"),
    ),
    # "the slaying of seven more demonstrators", "the killing of three civilians", "the murder
    # of a journalist": the nominalised verb and its of-phrase name the victims. A bare count
    # must end the phrase ("the killing of seven in two days"): "the slaughter of 100 cattle"
    # names no people. Without a count, a victim head (bare or after a possessive) is needed:
    # "the killing of the deal", "the execution of the plan" are no deaths.
    Rule(
        id="casualty.killed.killing_of",
        pattern=rf"""
            (?<! \b (?: no | any | not | without | prevent | preventing | stop | halt | end ) \s+ )
            \b (?P<trigger> killings? | slayings? | murders? | massacres? | slaughter | executions?
              | assassinations? | beheadings? ) \b
            (?: \s+ and \s+ (?: maiming | wounding | injuring ) )? \s+ of \s+
            {_OF_VICTIMS}
        """,
        examples=(
            "the slaying of seven more demonstrators",
            "the killing of three civilians",
            "the murder of a journalist",
            "the killing of seven in two days",
            "the massacre of villagers",
            "the slaughter and maiming of men, women and children",
            "the killing of his wife",
            "the massacre of Armenian Christians",
        ),
        counterexamples=(
            "the killing of the deal",
            "the execution of the plan",
            "the slaughter of 100 cattle",
            "no killing of civilians",
            "police killings of black men",
            "the deaths of the victims",
            "the killing of Officer John Smith",
        ),
        meta=_anchored("start", "killing_of", "killed", after="of", next="of and"),
    ),
    # "the death of Dr. John Miller", "the killing of Mary Ann Jones": a nominalised verb
    # whose of-phrase is a person's name (a title and a name, or two to four capitalised
    # words) names its victim. One capitalised word alone may be a place or a thing ("the
    # death of Stalin" is a name, "the killing of Hope" not one), and a possessive names
    # someone else ("the murder of John Smith's son" is the son's).
    Rule(
        id="casualty.killed.death_of_name",
        pattern=r"""
            (?<! \b (?: no | any | not | without | prevent | preventing | stop | halt | end ) \s+ )
            \b (?P<trigger> death | killing | slaying | murder | assassination | execution ) \s+ of \s+
            {OF_NAME}
        """.replace("{OF_NAME}", _OF_NAME),
        examples=(
            "the death of Dr. Paul Ferrand",
            "the killing of Mary Ann Jones",
            "in the murder of Sgt. Tom Riley",
            "the death of Dr. Paul Ferrand,'' FBI agent Ann Lee said",
        ),
        counterexamples=(
            "the death of the plan",
            "the murder of John Smith's son",
            "no killing of John Smith",
            "the death of Turkish soldiers",
            "the murder of Elm Grove High School",
            "Death Of Lakeview Teen",
            "Death of Toddler Plead Not Guilty",
            "the killing of Lake County deputy Sam Cole",
        ),
        meta=_anchored("start", "death_of", "killed", after="of", next="of"),
    ),
    Rule(
        id="casualty.injured.maiming_of",
        pattern=rf"""
            (?<! \b (?: no | any | not | without | prevent | preventing | stop | halt | end ) \s+ )
            \b (?P<trigger> maiming | wounding | injuring ) \s+ of \s+ {_OF_VICTIMS}
        """,
        examples=(
            "the maiming of men, women and children",
            "the wounding of 12 protesters",
            "the wounding of three on Friday",
        ),
        counterexamples=("the wounding of his pride", "no maiming of civilians"),
        meta=_anchored("start", "maiming_of", "injured", after="of", next="of"),
    ),
    Rule(
        id="casualty.killed.left",
        pattern=rf"""
            \b (?P<trigger> left ) \s+
            (?: {_COUNT} \s+ (?: {_VICTIMS} \s+ )? | (?P<count> an? | one ) \s+ {_VICTIMS} \s+ ) dead \b
        """,
        examples=("left 12 dead", "left one man dead", "left a woman dead"),
        counterexamples=("left 12 injured",),
        meta=_anchored("start", "left", "killed", after="dead"),
    ),
    # "a 4-year-old boy accidentally shot and killed himself": the subject is the victim, one
    # person (the count is the reflexive pronoun's). "shot himself" alone is
    # ``casualty.injured.reflexive``: a wound, or the shot of a killing told elsewhere.
    Rule(
        id="casualty.killed.reflexive",
        pattern=_reflexive(
            r"shot \s+ and \s+ killed | fatally \s+ (?: shot | stabbed ) | killed",
            to_death=r"shot | stabbed | beat | burned | burnt | hanged",
        ),
        examples=(
            "a 4-year-old boy accidentally shot and killed himself",
            "the suspect then fatally shot himself",
            "he killed himself",
            "Jones fatally shot himself",
            "the shooter, who shot himself to death",
        ),
        counterexamples=("he hurt himself", "he shot himself"),
        # The verb before "himself" ("shot and killed himself"), or "himself to" before "death".
        meta=_anchored(
            "end",
            "reflexive_death",
            "killed",
            before="killed shot stabbed himself herself",
            before_words="2",
        ),
    ),
    Rule(
        id="casualty.killed.active",
        pattern=_active(_KILLED_ACTIVE),
        examples=(
            "Russia has killed dozens of Turkish military personnel",
            "killing at least 34",
            "an air strike killed at least 34 Turkish soldiers",
            "shot and killed his wife",
            "IED kills Russian major general",
            "killed a man",
            "killing the three on the spot",
            "militants beheaded two journalists",
            "decapitating the patient",
        ),
        counterexamples=(
            "killed in 2014",
            "killed 20 years ago",
            "killed the 2014 bill",
            "1 Killed 2 Injured In Shooting",
        ),
        meta=_anchored("start", "killed_start", "killed", gate="killed_verb", object="words"),
    ),
    # "the slain officer", "a deceased man", "1.8 million deceased voters", "One of the slain
    # Russian generals": an adjective of death before a victim phrase or a name tells of the
    # dead. Before the passive rules, which read "One of the slain" as one slain, and the noun
    # rule, which reads "the deceased" with no victims ("two officers were slain" stays theirs:
    # no victim phrase follows).
    Rule(
        id="casualty.killed.attributive",
        pattern=r"""
            (?: (?<= \b (?P<count> an? | one ) \s+ ) | )
            \b (?P<trigger> slain | deceased ) \s+ (?: {OF_NAME} | {VICTIMS} )
        """.replace("{OF_NAME}", _OF_NAME).replace("{VICTIMS}", _VICTIMS_AHEAD),
        examples=(
            "the slain officer",
            "a deceased man",
            "1.8 million deceased voters",
            "One of the slain Russian generals",
            "the slain Officer Tom Lee",
        ),
        counterexamples=("the deceased was identified", "officers slain in the attack"),
        meta=_anchored("start", "attributive", "killed"),
    ),
    Rule(
        id="casualty.killed.passive",
        pattern=_passive(_KILLED_PARTICIPLE),
        examples=(
            "34 Turkish soldiers were killed",
            "Two men were shot dead",
            "One dead, six injured",
            "three people died",
            "5 others have been killed",
            "12 people killed in blast",
            "three villagers were abducted and killed",
            "Two soldiers sustained fatal injuries",
            "2000 people died",
        ),
        counterexamples=(
            "in 2014 killed a man",
            "a man was killed",
            "the man who killed two people was killed",
        ),
        meta=_anchored(
            "end", "killed_end", "killed", needs="count", gate="killed_participle", subject="count"
        ),
    ),
    # Before ``passive_np``: "the son of a police officer was killed" names the son.
    Rule(
        id="casualty.killed.passive_post",
        pattern=_passive_post(_KILLED_PARTICIPLE),
        examples=(
            "A local commander of Syria’s National Defense Forces, a pro-Assad militia, was also reportedly killed",
            "the son of a police officer was killed",
            "One victim, a 27-year-old woman, was pronounced dead",
            "A great man, John Smith, passed away",
        ),
        counterexamples=(
            "the cousin of two of the dead",
            "one of the victims, a man, was killed",
            "the son of a police officer died",
        ),
        meta=_anchored(
            "end", "killed_end", "killed", gate="killed_participle", subject="postmodified"
        ),
    ),
    Rule(
        id="casualty.killed.passive_np",
        pattern=_passive_np(_KILLED_PARTICIPLE, headline=True),
        examples=(
            "the Turkish soldiers were killed",
            "a man was shot and killed",
            "John Smith, 25, was shot dead",
            "Terrance Carroll died",
            "Days later, Tamerlan was killed",
            "Tamerlan, 26, died after a gunfight",
            "his uncle, who was killed in 1994",
            "Richard Lowe (who died in 2010)",
            "The victim reportedly succumbed",
            "Serviceman Anton Erygin suffered fatal wounds",
        ),
        counterexamples=(
            "the soldiers were wounded",
            "It was killed",
            "Tamerlan died",
            "Boy, 13, shot",
        ),
        meta=_anchored("end", "killed_end", "killed", gate="killed_participle", subject="victims"),
    ),
    Rule(
        id="casualty.killed.pronoun",
        pattern=_pronoun(_KILLED_PARTICIPLE),
        examples=(
            "he was killed",
            "She was later pronounced dead",
            "he died",
            "she later passed away",
            "He is believed to have died",
            "he succumbed",
            "He suffered fatal wounds",
        ),
        counterexamples=("he killed", "he shot dead", "he suffered"),
        meta=_anchored("end", "killed_end", "killed", gate="killed_participle", subject="pronoun"),
    ),
    Rule(
        id="casualty.killed.bare",
        pattern=_bare(_KILLED_PARTICIPLE),
        examples=("who was killed", "were shot dead"),
        counterexamples=("he killed",),
        # The auxiliary, two adverbs and two words of the participle ("shot and killed").
        meta=_anchored(
            "end",
            "killed_end",
            "killed",
            gate="killed_participle",
            before=_BARE_AUXILIARIES,
            before_words="5",
        ),
    ),
    # "her late husband", "the late Tom Jones": after a determiner or a possessive, a victim
    # phrase or a name ("in his late teens" is an age, "the late shift" no person). A
    # capitalised word that is no name starts no victim phrase: in "the late Donalson's nine
    # children" the children did not die.
    Rule(
        id="casualty.killed.late",
        pattern=r"""
            (?<= (?: \b (?: the | his | her | their | our | my | your ) | ['’] s ) \s+ )
            \b (?P<trigger> late ) \s+ (?! (?: teens? | teenagers? ) \b )
            (?: {OF_NAME} | (?= (?-i: \p{Ll} ) ) {VICTIMS} )
        """.replace("{OF_NAME}", _OF_NAME).replace("{VICTIMS}", _VICTIMS_AHEAD),
        examples=(
            "her late husband",
            "the late Tom Jones",
            "in memory of the late Dr. Ann Cole",
            "Smith's late wife",
        ),
        counterexamples=(
            "in his late teens",
            "late Sunday",
            "the late shift",
            "a late arrival",
            "the late Donalson's nine children",
        ),
        meta=_anchored(
            "start",
            "late",
            "killed",
            before="the his her their our my your 's ’s",
            before_words="1",
        ),
    ),
    Rule(
        id="casualty.killed.noun",
        pattern=r"""(?r)
            (?<! \b (?: no | any | not | without | further | more | prevent | preventing ) \s+ )
            (?<! \b attempted \s+ (?: [\w-]+ \s+ ){0,2} )
            \b (?P<trigger> deaths? | killing | murder | homicide | fatalities
              | assassination | massacre | slaying | fatally | died | perished | succumbed | deceased
              | passed \s+ away | passes \s+ away | passing \s+ away | genocide | slaughter | exterminated | extermination | drowning
              | beheading | decapitat(?: ed | ing ) ) \b
            | (?<= \p{Ll} \s+ )
              (?<! \b (?: and | or | of | on | for | with | against | about | in | to | from | by
                       | no | any | not | without | more | further | prevent | preventing ) \s+ )
              (?<! \b attempted \s+ (?: [\w-]+ \s+ ){0,2} )
              \b (?P<trigger> killings | murders | homicides | assassinations | massacres ) \b
        """,
        examples=(
            "the man died",
            "the death of Turkish soldiers",
            "the killings",
            "charged with murder",
            "a homicide on Elm Street",
            "who later succumbed",
        ),
        counterexamples=(
            "no deaths were reported",
            "attacks and assassinations",
            "charged with attempted first-degree murder",
            "four counts of attempted murder",
            "the attempted murders of five teenagers",
        ),
        meta=_anchored("end", "killed_noun", "killed"),
    ),
    Rule(
        id="casualty.killed.fatal",
        # Its of-phrase names the victims: "the fatal shooting of Tom Lee", "the fatal
        # stabbing of a 19-year-old man", "the fatal poisoning of two children".
        pattern=r"""
            \b (?P<trigger> fatal \s+ (?: shootings? | stabbings? | wounds? | injuries | gunshot \s+ wounds?
                 | attacks? | crash | accident | poisoning | overdoses? | beating | car \s+ crash ) ) \b
            (?: \s+ of \s+ (?: (?: an? \s+ )? \d{1,3} \s* - \s* year \s* - \s* old \s+ (?= (?-i: \p{Lu} ) ) )?+
                (?: {OF_NAME} | {OF_VICTIMS} ) )?
        """.replace("{OF_NAME}", _OF_NAME).replace("{OF_VICTIMS}", _OF_VICTIMS),
        examples=(
            "a fatal shooting",
            "suffered fatal wounds",
            "the fatal shooting of Tom Lee",
            "the fatal shooting of 17-year-old Tom Lee",
            "the fatal stabbing of a 19-year-old man",
        ),
        counterexamples=("a fatal flaw",),
        meta=_anchored("start", "fatal", "killed"),
    ),
    # --- injured --------------------------------------------------------------------------
    Rule(
        id="casualty.injured.active",
        pattern=_active(_INJURED_ACTIVE),
        examples=("wounding three others", "injured 12 people"),
        counterexamples=("injured in 2014",),
        meta=_anchored("start", "injured_start", "injured", gate="injured_verb", object="words"),
    ),
    # "shot" with a person as its object is a shot that hit: "a man who shot two people",
    # "shot a man in the leg", "shot his 3-year-old daughter". The object is a count with a
    # victim phrase, "a"/"one"/"another" with one, a determined victim phrase or a name; not a
    # bare count ("shot 3 times", "shot 40 percent") nor a pronoun (often the one killed).
    # One shot dead is a death: "shot the man dead", "shot a woman, who died".
    Rule(
        id="casualty.injured.shot",
        pattern=rf"""
            \b (?P<trigger> (?-i: shot ) ) \s+
            (?: {_COUNT} \s+ (?: of \s+ (?: the \s+ )? )? {_VICTIMS_AHEAD}
              | (?P<count> an? | one | another ) \s+ {_VICTIMS_AHEAD}
              | {_DET} {_VICTIMS_AHEAD} | {_NAME} )
            (?! \s+ (?: dead | to \s+ death ) \b
              | \s* ,? \s+ who \s+ (?: (?: later | then | eventually | also | had ) \s+ )?
                (?: died | dies | succumbed | was \s+ (?: killed | pronounced \s+ dead ) ) \b )
        """,
        examples=(
            "a man who shot two people",
            "shot a man in the leg",
            "His son, 6, shot his 3-year-old daughter in the hand",
            "the gunman shot 15 people at a nightclub",
            "police said she beat one person and shot two others",
        ),
        counterexamples=(
            "he was shot 3 times",
            "shot 40 percent from the field",
            "shot him in the chest",
            "shot the man dead",
            "shot a woman, who later died",
            "shot and killed two people",
            "shot at a dozen people",
            "shot a video of the crowd",
            "Father Shot Three Sons",
        ),
        meta=_anchored("start", "shot_start", "injured", gate="shot_verb", object="words"),
    ),
    Rule(
        id="casualty.injured.passive",
        pattern=_passive(_INJURED_PARTICIPLE),
        examples=(
            "six others injured",
            "Three other Russian military personnel were wounded",
            "2 people were hospitalized",
            "two men were shot",
            "13 people had suffered mostly minor injuries",
            "some 130 more were mutilated, injured",
        ),
        counterexamples=("in 2014 injured", "the gunman, who shot four people, was wounded"),
        meta=_anchored(
            "end",
            "injured_end",
            "injured",
            needs="count",
            gate="injured_participle",
            subject="count",
        ),
    ),
    Rule(
        id="casualty.injured.passive_post",
        pattern=_passive_post(_INJURED_PARTICIPLE),
        examples=(
            "Another victim, a woman, was also injured",
            "a member of the local council was shot",
        ),
        counterexamples=(
            "the cousin of two of the wounded",
            "the occupants of a car who shot",
            "the suspect, a male, shot",
        ),
        meta=_anchored(
            "end", "injured_end", "injured", gate="injured_participle", subject="postmodified"
        ),
    ),
    Rule(
        id="casualty.injured.passive_np",
        pattern=_passive_np(_INJURED_PARTICIPLE),
        examples=(
            "a woman was injured",
            "the officers were wounded",
            "John Smith, 25, was shot",
            "Another person was shot",
        ),
        counterexamples=("the officers were arrested",),
        meta=_anchored(
            "end", "injured_end", "injured", gate="injured_participle", subject="victims"
        ),
    ),
    # A headline's one person with no determiner ("Boy, 3, wounded in accidental shooting",
    # "Toddler shot in head"): after ``passive_np``, and where the article reports a killing
    # the shot that killed ("Boy, 13, shot near base has died"; `_fold_shot_into_killed`).
    Rule(
        id="casualty.injured.headline",
        pattern=rf"""(?r)
            {_HEADLINE_ONE} \s+ {_AUX} {_INJURED_PARTICIPLE} \b
        """,
        examples=(
            "Boy, 3, wounded in accidental shooting",
            "Toddler shot in head in intensive care",
            "Teenage boy shot in Durham",
        ),
        counterexamples=(
            "Police said the boy was shot",
            "A man was shot",
        ),
        # ``lead``: the match starts the sentence (the extractor tries it only there).
        meta=_anchored(
            "end",
            "injured_end",
            "injured",
            gate="injured_participle",
            subject="victims",
            lead="yes",
        ),
    ),
    Rule(
        id="casualty.injured.pronoun",
        pattern=_pronoun(_INJURED_PARTICIPLE),
        examples=("he was shot", "she is in critical condition", "she suffered serious injuries"),
        counterexamples=("he shot",),
        meta=_anchored(
            "end", "injured_end", "injured", gate="injured_participle", subject="pronoun"
        ),
    ),
    Rule(
        id="casualty.injured.bare",
        pattern=_bare(_INJURED_PARTICIPLE),
        examples=("who was wounded", "was seriously injured"),
        counterexamples=("he injured",),
        # The auxiliary, two adverbs and three words of the participle ("treated for gunshot").
        meta=_anchored(
            "end",
            "injured_end",
            "injured",
            gate="injured_participle",
            before=_BARE_AUXILIARIES,
            before_words="6",
        ),
    ),
    Rule(
        id="casualty.injured.noun",
        pattern=r"""(?r)
            (?<! \b (?: no | any | not | without | no \s+ serious | no \s+ other | fatal
                      | fatal \s+ gunshot | deadly | mortal ) \s+ )
            # What someone died of is the death's cause, not one more injury: "died from his
            # injuries", "succumbed to her wounds".
            (?<! \b (?: died | dies | dying | succumbed | succumbs | succumbing ) \s+ (?: of | from | to )
                 \s+ (?: (?: his | her | their | the | multiple | several | serious | severe
                           | critical | gunshot | stab ) \s+ ){0,2} )
            \b (?P<trigger> injuries | gunshot \s+ wounds? | wounds | maiming | maimed | mutilated ) \b
        """,
        examples=("suffered serious injuries", "a gunshot wound"),
        counterexamples=(
            "no injuries were reported",
            "he died from his injuries",
            "succumbed to her gunshot wounds",
        ),
        meta=_anchored("end", "injured_noun", "injured"),
    ),
    Rule(
        id="casualty.injured.reflexive",
        pattern=_reflexive(r"shot | stabbed | wounded | injured"),
        examples=("the 2-year-old girl apparently shot herself", "Smith shot himself in the leg"),
        counterexamples=("he killed himself",),
        meta=_anchored("end", "reflexive", "injured"),
    ),
    Rule(
        id="casualty.injured.put_toll",
        pattern=_put_toll(
            r"""number \s+ of \s+ (?: the \s+ )? (?: injured | wounded | injuries
                  | (?: people | those | persons ) \s+ (?: injured | wounded | hurt ) )"""
        ),
        examples=("put the number of injured at nearly 5,000",),
        counterexamples=("put the number of dead at 12",),
        meta=_anchored("start", "put", "injured", after="number"),
    ),
    # --- missing --------------------------------------------------------------------------
    Rule(
        id="casualty.missing.put_toll",
        pattern=_put_toll(
            r"""number \s+ of \s+ (?: the \s+ )? (?: missing
                  | (?: people | those | persons ) \s+ (?: missing | unaccounted \s+ for ) )"""
        ),
        examples=("Local officials put the number of missing at more than 50",),
        counterexamples=("put the number of dead at 12",),
        meta=_anchored("start", "put", "missing", after="number"),
    ),
    Rule(
        id="casualty.missing.passive",
        pattern=_passive(_MISSING),
        examples=("12 people are missing", "at least 30 remain unaccounted for"),
        counterexamples=("missing the point",),
        meta=_anchored(
            "end",
            "missing_end",
            "missing",
            needs="count",
            gate="missing_participle",
            subject="count",
        ),
    ),
    Rule(
        id="casualty.missing.passive_np",
        pattern=_passive_np(_MISSING),
        examples=("a woman is missing", "the fishermen remain missing"),
        counterexamples=("missing the point",),
        meta=_anchored(
            "end", "missing_end", "missing", gate="missing_participle", subject="victims"
        ),
    ),
    # --- displaced ------------------------------------------------------------------------
    Rule(
        id="casualty.displaced.forced",
        pattern=rf"""
            \b (?P<trigger> forc(?: ed | ing | es )? | drove | driven | driving ) \s+
            {_COUNT} (?: \s+ {_VICTIMS} )? \s+
            (?: (?: from | out \s+ of ) \s+ (?: their | his | her ) \s+ homes? \b | to \s+ flee \b )
        """,
        examples=("forced 2,000 people from their homes", "forcing thousands to flee"),
        counterexamples=("forced them from their homes",),
        meta=_anchored("start", "forced", "displaced", after="home flee"),
    ),
    Rule(
        id="casualty.displaced.active",
        pattern=_active(_DISPLACED_ACTIVE),
        examples=("displaced nearly a million people",),
        counterexamples=("displaced in 2014",),
        meta=_anchored(
            "start", "displaced_start", "displaced", gate="displaced_verb", object="words"
        ),
    ),
    Rule(
        id="casualty.displaced.passive",
        pattern=_passive(_DISPLACED_PARTICIPLE),
        examples=("2,000 people were displaced", "thousands fled their homes"),
        counterexamples=("he fled",),
        meta=_anchored(
            "end",
            "displaced_end",
            "displaced",
            needs="count",
            gate="displaced_participle",
            subject="count",
        ),
    ),
    # --- detained -------------------------------------------------------------------------
    Rule(
        id="casualty.detained.active",
        pattern=_active(_DETAINED_ACTIVE),
        examples=(
            "abducted 20 schoolgirls",
            "police arrested two men",
            "detaining dozens of protesters",
        ),
        counterexamples=("arrested in 2014",),
        meta=_anchored("start", "detained_start", "detained", gate="detained_verb", object="words"),
    ),
    Rule(
        id="casualty.detained.passive",
        pattern=_passive(_DETAINED_PARTICIPLE),
        examples=("12 protesters were arrested", "two men were taken into custody"),
        counterexamples=("the arrest", "a man who shot three men was arrested"),
        meta=_anchored(
            "end",
            "detained_end",
            "detained",
            needs="count",
            gate="detained_participle",
            subject="count",
        ),
    ),
    Rule(
        id="casualty.detained.passive_np",
        pattern=_passive_np(_DETAINED_PARTICIPLE, headline=True),
        examples=("a man was arrested", "Eugene Rudd was taken into custody"),
        counterexamples=("the arrest",),
        meta=_anchored(
            "end", "detained_end", "detained", gate="detained_participle", subject="victims"
        ),
    ),
    Rule(
        id="casualty.detained.pronoun",
        pattern=_pronoun(_DETAINED_PARTICIPLE),
        examples=("he was arrested",),
        counterexamples=("he arrested",),
        meta=_anchored(
            "end", "detained_end", "detained", gate="detained_participle", subject="pronoun"
        ),
    ),
)

#: Words before a verb that make it unreal, negated or hypothetical: "threatened to kill",
#: "no one was injured". Matched back from the start of the casualty words.
#: What makes the words after it unreal ("would", "threatened", "no one"): ``casualty.unreal.before``
#: ends with one of these, then at most three other words.
_UNREAL_LEAD = r"""
    would | could | might | may | will | can | not | never | n't | cannot
  | threatening | threatened | threatens | wants | trying | tried | attempted
  | attempting | advocated | advocating | no \s+ one | nobody | none | no
  | charged \s+ with | charges? \s+ of | accused \s+ of | convicted \s+ of
  | guilty \s+ of | suspicion \s+ of | crimes? \s+ of
"""

#: No preposition and at most a determiner and two modifiers before the place it stands: a
#: thing there is the object of the preposition, not a subject ("a man in the car was").
_NOT_AFTER_PREPOSITION = r"""
    (?<! \b (?: in | inside | of | from | near | at | on | into | outside | behind | under
              | with ) \s+
         (?: (?: the | a | an | his | her | their | its | our | my ) \s+ )?
         (?: [\p{L}'’-]++ \s+ ){0,2} )
"""

#: Units of times and durations a number after a verb counts ("shot two times", "died three
#: months ago"): no object of the verb.
_DURATION = r"""
    (?: times | seconds? | minutes? | hours? | days? | nights? | weeks? | months? | years?
      | decades? )
"""

#: "at" after a verb of harm that makes it an aim, not a hit: "Police were shot at by a
#: gunman", "who was shot at 41 times", "he was shot at, but" (the particle ends the phrase,
#: or an agent, a source, another clause or a number of times follows). Not a place or a
#: time: "shot at a party", "shot at 3 a.m.", "shot at least twice".
_AT_NO_HIT = r"""
    at (?: \s*+ (?: [.,;:!?)"”] | \Z )
         | \s++ (?: by | from | but | or | in | while | when | during | repeatedly
                  | (?: \d++ | \L<number_word> | multiple | several | numerous | many ) \s++ times
                  | (?: (?: a \s++ )? few | a \s++ couple \s++ of | a \s++ dozen ) \s++ times ) \b )
"""

# ``casualty.unreal.before``: an infinitive ("threatened to"), a lead that undoes the verb
# ("no one was", "would have", "charged with"), or a thing as the subject of the verb ("his car
# was struck", "the bill was killed", but "a man in the car was").
UNREAL_RULES: Final = (
    Rule(
        id="casualty.unreal.before",
        pattern=rf"""(?r)
            (?: \b to \s+ (?: be \s+ )?
              | \b (?: {_UNREAL_LEAD} ) \s+
                (?: (?: one | other | others | was | were | is | are | been | have | has | had | be
                      | seriously | critically | also | people | person | else ) \s+ ){{0,3}}
              | {_NOT_AFTER_PREPOSITION}
                \b (?-i: \L<thing> ) \s+
                (?: (?: was | were | is | are | been | have | has | had | got | also ) \s+ ){{1,3}} )
            \Z
        """,
        examples=(
            "threatened to ",
            "No one was ",
            "nobody was ",
            "would have ",
            "His car was ",
            "more missions are ",
        ),
        counterexamples=(
            "police said the man was ",
            "is believed to have ",
            "a man in the car was ",
            "the driver of a parked car was ",
            "suspect Tom Van was ",
            "the car ",
        ),
    ),
    Rule(
        id="casualty.unreal.after",
        pattern=r"""
            (?<! \s ) \s++ (?: (?: penalty | sentence | sentences | row | threats? | squads? | certificates? | wish
                  | knell | metal | trap | flawed | blow | spiral | camps? | star | valley | march
                  | rattle | spree \s+ killer | bed | wrong | ill | attractive | mistaken
                  | attempts? | plots? | bid
                  # The first word of a killing: "Five Shot Dead" is no one shot (but "shot
                  # himself dead center" is).
                  | (?<= \b (?: shot | stabbed ) \s++ ) dead ) \b
              | (?<= \b (?: homicide | murder ) \s++ ) \L<crime_office> \b
              | {AT_NO_HIT} )
        """.replace("{AT_NO_HIT}", _AT_NO_HIT),
        examples=(" penalty", " flawed", " at by a gunman", " at 41 times", " at, but"),
        counterexamples=(
            " in Syria",
            " at a party",
            " at least twice",
            " at 3 a.m.",
            " detectives",  # "killed detectives": an office after a homicide only
        ),
    ),
    Rule(
        id="casualty.unreal.object",
        pattern=r"""
            (?<! \s ) \s++ (?: and \s++ (?: killed | wounded | injured ) \s++ )?
            (?: (?: him | her | them | himself | herself | themselves | his | their | its | a
                  | an | the | my | our | \L<victim_head>
                  | (?: (?: at \s++ least | more \s++ than | as \s++ many \s++ as ) \s++ )?
                    (?: \d | \L<number_word> \b ) (?! [\d,]*+ \s++ {DURATION} \b ) ) \b
              | (?<= (?-i: \b \p{Ll} \p{L}* ) \s+ ) (?! \L<month_or_day> \b )
                (?-i: \p{Lu} \p{Ll}++ ) \b (?! [.'’] )
              | at \s++ (?: (?: a \s++ dozen | dozens | several | \d++ | \L<number_word> )
                             \s++ (?: of \s++ )? (?: [\w-]++ \s++ ){0,2}? \L<victim_head>
                           | (?: the \s++ )? (?: police | officers | deputies | troopers ) ) \b )
        """.replace("{DURATION}", _DURATION),
        # A second verb may come first: "the man who shot and killed him" is the shooter; a
        # headline leaves out the determiner: "Officer shot suspect". A count is the object
        # too ("a man who allegedly shot two people"), not one of times or of a duration
        # ("who died three months ago"). A name is one after a verb in lower case, not a day
        # or a month ("a man shot Saturday night") nor a title-case headline's next word ("Man
        # Shot In Leg"). "Shot at" a number of people, or at the police, is fired at them;
        # "at a" is more often a place ("shot at a party", "injured at a teen function").
        examples=(
            " his daughter",
            " himself",
            " and killed him",
            " suspect",
            " two people",
            " at least four people",
            "shot Wilson in the chest",
            " at a dozen people",
            " at two police officers",
        ),
        counterexamples=(
            " in hospital",
            " two times",
            " three months ago",
            " 2 days later",
            " at least twice",
            " at least 3 times",
            "shot Saturday night",
            "Man Shot In Leg",
            "Teen Shot Jones Street",
        ),
    ),
)

#: What the text before a verb ends with where `UNREAL_RULES` ``casualty.unreal.before`` can
#: match (its words; the extractor tries the rule only where the text ends with one of these
#: and a blank).
UNREAL_ENDINGS: Final = tuple(
    sorted(_literal_words(UNREAL_RULES[0].pattern.replace(_NOT_AFTER_PREPOSITION, "")))
)
#: The words of the lead of ``casualty.unreal.before`` ("to", "would", "no one", a thing): one of the four
#: words before the verb ends with one of these where the rule matches.
UNREAL_LEADS: Final = tuple(
    sorted(_literal_words(_UNREAL_LEAD, "to") | set(CASUALTY_LEXICON["thing"]))
)
#: How the word after a verb starts where ``casualty.unreal.after`` can match: the first three
#: letters of its words (each of them is written out to at least three letters), or "at"
#: (`_AT_NO_HIT`, whose later words are never the first).
UNREAL_AFTER_STARTS: Final = tuple(
    sorted(
        {word[:3] for word in _literal_words(UNREAL_RULES[1].pattern.replace(_AT_NO_HIT, ""))}
        | {phrase[:3] for phrase in CASUALTY_LEXICON["crime_office"]}
        | {"at"}
    )
)

_SOURCE = r"""
    (?P<claimed_by>
        (?: (?: the | a | an ) \s+ )?
        (?: (?-i: \p{Lu} [\p{L}\d'’.&-]* ) (?: \s+ | \s+ (?: of | for | de ) \s+ ) ){0,6}
        (?: (?: (?<! [\p{L}\d'’.-] ) (?! \L<np_stop> \b ) (?-i: [\p{Ll}-]+ ) \s+ ){0,2} \L<source_noun>
            \s+ (?: in | of | from ) \s+ (?: the \s+ )?
            (?-i: \p{Lu} [\p{L}\d'’.&-]* ) (?: \s+ (?-i: \p{Lu} [\p{L}\d'’.&-]* ) ){0,2}
          | (?-i: \p{Lu} [\p{L}\d'’.&-]* )
          | (?: (?<! [\p{L}\d'’.-] ) (?! \L<np_stop> \b ) (?-i: [\p{Ll}-]+ ) \s+ ){0,2} \L<source_noun> )
    )
"""
#: Who says so: "Ankara said", "police said", "according to the CDC", "said Pompeo".
#: Both are anchored on the speech verb.
ATTRIBUTION_RULES: Final = (
    Rule(
        id="casualty.claimed_by.subject",
        pattern=rf"""(?r)
            {_SOURCE}
            # a relative clause between: "A resident, who asked not to be named, said"
            (?: \s* , \s* who \s+ [^,;:"“”()\[\]]{{1,80}}? , )?
            \s+ (?: (?: also | later | had | has | have | previously | earlier ) \s+ )?
            (?P<trigger> \L<speech_verb> ) \b
        """,
        examples=(
            "Ankara said",
            "U.S. Secretary of State Mike Pompeo said",
            "police said",
            "Pompeo says",
            "The health ministry in Gaza said",
            "local police said",
            "A resident, who asked not to be named, said",
        ),
        counterexamples=("the man said", "the man's uncle said"),
    ),
    Rule(
        id="casualty.claimed_by.inverted",
        pattern=rf"""
            \b (?: (?P<trigger> according \s+ to ) \s+ {_SOURCE}
                 | (?P<trigger> said | says ) \s+ {_SOURCE}
                   # the source ends the clause: "said Pompeo." but not "said McNeal was shot"
                   (?= \s* (?: [,;:!?"”’)] | \. \s* \Z | \Z
                              | (?: on | in | at | of | during | late | early | who ) \b ) ) )
        """,
        examples=(
            "according to the CDC",
            "said Pompeo",
            "said Mike Pompeo, the secretary of state",
            "said Sgt. Ed Piago of the Los Angeles police.",
            "according to police",
        ),
        # "told" takes the listener: "Officials told Reuters" is the officials' claim.
        counterexamples=("said that", "told Reuters", "said McNeal was shot"),
    ),
)

#: A relative pronoun right before an attribution: "who witnesses said was armed" tells of
#: its clause only. Matched back from the attribution's start.
RELATIVE_RULES: Final = (
    Rule(
        id="casualty.claimed_by.relative",
        pattern=r"(?r) \b (?: who | whom | which | that ) \Z",
        examples=("the man, who",),
        counterexamples=("two people were killed,",),
    ),
)

#: Perpetrators named in a by-phrase: "carried out by the Syrian government forces".
PERPETRATOR_RULES: Final = (
    Rule(
        id="casualty.perpetrator.by",
        pattern=r"""
            \b (?: by | at \s+ the \s+ hands \s+ of ) \s+
            (?P<perpetrator>
                (?: (?: the | a | an | his | her | their | two | three | several ) \s+ )?
                (?: (?: (?-i: \p{Lu} [\p{L}'’.-]* ) | [\p{L}'’-]+ ) \s+ ){0,3}? \L<agent_head> \b
              | (?-i: \p{Lu} [\p{L}'’.-]+ (?: \s+ \p{Lu} [\p{L}'’.-]+ ){0,3} )
            )
        """,
        examples=("by the Syrian government forces", "by a gunman", "by Russia"),
        counterexamples=("by the river",),
    ),
    Rule(
        id="casualty.perpetrator.carried_out",
        pattern=r"""(?r)
            \b (?P<trigger> carried \s+ out | conducted | launched | fired | committed | claimed
                 | staged | perpetrated ) \s+ \Z
        """,
        examples=("was carried out ",),
        counterexamples=("was seen ",),
    ),
)

#: The subject right before an active verb: "Russia has", "the gunman", "an air strike".
SUBJECT_RULES: Final = (
    Rule(
        id="casualty.perpetrator.subject",
        pattern=r"""
            (?r)
            (?: ^ | (?<= [\s,;:“"(] ) )
            # not the object of a preposition: "the bombings in Kenya and Tanzania claimed"
            (?<! \b (?: in | of | from | at | near | across | inside | outside ) \s+
                 (?: (?-i: \p{Lu} [\p{L}'’.-]* ) \s+ (?: (?: and | or ) \s+ )? ){0,4} )
            (?P<perpetrator>
                (?: (?: the | a | an | his | her | their ) \s+ )?
                (?: (?-i: \p{Lu} [\p{L}'’.-]* ) (?: \s+ | -backed \s+ ) ){0,4}
                (?: (?-i: \p{Lu} [\p{L}'’.-]* )
                  | (?: (?! \L<np_stop> \b ) [\p{L}-]+ \s+ ){0,2} (?: \L<agent_head> | \L<cause> ) )
            )
            (?: \s+ (?: has | have | had | allegedly | reportedly | also | then | later | who | that
                      | apparently | previously | repeatedly | deliberately | accidentally ) ){0,3}
            \s+ \Z
        """,
        examples=(
            "Russia has ",
            "the gunman ",
            "an air strike ",
            "by the Syrian government forces ",
        ),
        counterexamples=("said ", "the bombings in Kenya and Tanzania ", "in San Francisco "),
    ),
)

#: Single-word tests on phrases already read: is the head a cause, an agent, one person?
WORD_RULES: Final = (
    Rule(
        id="casualty.word.cause",
        pattern=r"\b \L<cause> \Z",
        examples=("an air strike", "The shooting"),
        counterexamples=("the gunman",),
    ),
    Rule(
        id="casualty.word.agent",
        pattern=r"\b \L<agent_head> \Z",
        examples=("the Syrian government forces", "a gunman"),
        counterexamples=("the blast",),
    ),
    Rule(
        id="casualty.word.head",
        pattern=r"""
            \b (?: \L<victim_head> | \L<agent_head> | \L<source_noun> )
            (?: \s+ (?: in | of | from ) \s+ [^\n]*+ )? \Z
        """,
        examples=("Tulsa man", "Pittsburgh police", "Hezbollah fighters", "the ministry in Gaza"),
        counterexamples=("MOM WAS", "the Pasco County Sheriff’s Office"),
    ),
    Rule(
        id="casualty.word.singular",
        pattern=r"\L<singular_head>",
        examples=("man",),
        counterexamples=("",),
    ),
    # A person's name: a title and a name, or two to four capitalised words ("Dr. Ann Cole",
    # "Mary Ann Jones"); what a "he" or "she" killed later in the sentence may refer to.
    Rule(
        id="casualty.word.name",
        pattern=r"""
            (?-i: \b
                (?: (?: Dr | Mr | Mrs | Ms | Sgt | Lt | Capt | Officer | Deputy | Rev ) \.? \s+ )?
                \p{Lu} [\p{L}-]*+ (?: ['’] (?! s \b ) \p{L}++ )?+ (?: \. (?= \s+ \p{Lu} ) )?+
                (?: \s+ \p{Lu} [\p{L}-]*+ (?: ['’] (?! s \b ) \p{L}++ )?+
                    (?: \. (?= \s+ \p{Lu} ) )?+ ){1,3} )
        """,
        examples=("Dr. Ann Cole", "Mary Ann Jones", "Tom O'Riley"),
        counterexamples=("the man", "Smith"),
    ),
)

#: A time right after a speech verb is the time of the telling, not of the event.
TIME_RULES: Final = (
    Rule(
        id="casualty.time.speech",
        pattern=r"(?r) \b \L<speech_verb> \s+ (?: on \s+ | late \s+ | early \s+ )? \Z",
        examples=("Pompeo said on ", "police said "),
        counterexamples=("killed on ",),
    ),
    # A time before a conjunction that puts the casualty words in a clause of another time
    # ("agreed on March 5 ... after a recent escalation displaced nearly a million people") is
    # not the event's time. Matched back from the casualty words: the conjunction, then no
    # clause punctuation up to them. "when" and "while" tell the same time and do not count.
    Rule(
        id="casualty.time.other_clause",
        pattern=r"""(?r)
            \b (?: after | before | until | till | since | because | although | though | whereas )
            \b [^,;:()\[\]—–"“”]*? \Z
        """,
        examples=(
            "agreed on March 5 to halt hostilities after a recent escalation of violence ",
            "arrested on Friday because he ",
        ),
        counterexamples=(
            "after the game, ",
            "when gunmen ",
            "an air strike that Ankara said was carried out by the Syrian government forces ",
        ),
    ),
)

#: The words of ``casualty.time.other_clause`` (its conjunctions): one of them stands between
#: the time and the casualty words where the rule matches (a cheap necessary test first).
OTHER_CLAUSE_WORDS: Final = tuple(sorted(_literal_words(TIME_RULES[1].pattern)))
#: The words of ``casualty.perpetrator.carried_out``: the last word before a by-phrase it
#: matches before ends with one of them.
CARRIED_OUT_WORDS: Final = tuple(sorted(_literal_words(PERPETRATOR_RULES[1].pattern)))

#: A time told of a later, procedural event (an arrest, a charge, a court date, a funeral):
#: not the incident's. Matched back from the time's start; at most three words between, none
#: of them a casualty or cause word ("arrested after the shooting Saturday" is the shooting's).
PROCEDURE_RULES: Final = (
    Rule(
        id="casualty.time.procedure",
        pattern=r"""(?r)
            \b \L<procedure>
            (?: \s+ (?! (?: \L<incident> | killed | shot | died | dead | wounded | injured
                          | after | before | since | when ) \b ) [\p{L}'’-]+ ){0,3}
            \s+ \Z
        """,
        examples=(
            "was arrested on ",
            "was ordered held without bond ",
            "was remembered in funeral services on ",
            "police arrested two men ",
        ),
        counterexamples=(
            "was shot on ",
            "was arrested after the shooting ",
            "police said ",
            "arrested a man who was shot ",
        ),
    ),
)

#: A noun that names the incident ("shooting", "attack", "blast"); and, matched from a time's
#: end, the incident noun the time modifies ("charged in the Dec. 21, 1988, bombing",
#: "arrested in Sunday night's fatal shooting"): that time is the incident's.
#: The joint between two coordinated victim phrases: "and", a comma, ", and".
_CONJOINED = r"(?: \s* , \s* (?: and \s+ )? | \s+ and \s+ )"
#: A conjunct with its own count: a count or "a"/"an"/"one", and a victim phrase.
#: A possessive counts one of a singular head ("his mother and 10 others died": 11), as "a" does.
_CONJUNCT = rf"(?: {_COUNT_ANY} | \b (?P<count> an? | one | his | her | their ) ) \s+"

#: Coordinated victim phrases that each have a count tell of their sum: "four workers and two
#: soldiers were killed" (6), "injuring four men and two women" (6), "a woman and a child were
#: shot" (2). The extractor reads, from a mention's count, the conjuncts before it
#: (``before``, matched back from the count) and, from the end of its victims, those after it
#: (``after``), up to three on each side.
COORDINATION_RULES: Final = (
    Rule(
        id="casualty.coordinated.before",
        pattern=rf"(?r) {_CONJUNCT} {_VICTIMS} {_CONJOINED}",
        examples=("four bus workers and ", "Three men, ", "A woman and ", "His mother and "),
        counterexamples=("were killed and ", "one hundred and ", "Cuban exile leaders and "),
    ),
    Rule(
        id="casualty.coordinated.after",
        pattern=rf"{_CONJOINED} {_CONJUNCT} {_VICTIMS_AHEAD}",
        examples=(" and two women", ", three police officers", " and a child", " and his wife"),
        counterexamples=(" and wounded three", " and two dogs"),
    ),
)

INCIDENT_RULES: Final = (
    Rule(
        id="casualty.time.incident",
        pattern=r"\b \L<incident> \b",
        examples=("a shooting at the NC Music Factory", "Police responded to shots fired"),
        counterexamples=("a shoot", "attacker"),
    ),
    Rule(
        id="casualty.time.incident_after",
        pattern=r"""
            (?: ['’]s )? ,? (?: \s{1,3} (?! \L<incident> \b ) [\p{L}-]{1,30} ){0,2} \s{1,3} \L<incident> \b
        """,
        examples=("'s fatal shooting", ", bombing of Pan Am Flight 103", " shooting"),
        counterexamples=(" at the hospital",),
    ),
)

#: A cumulative or statistical scope: a count told "so far this year", "since Jan. 1" or "in
#: those shootings" sums many events and is none of them (`extract_casualties` reads no casualty
#: from it). Read in the count's clause, or anywhere before the count in its sentence.
STATISTIC_RULES: Final = (
    Rule(
        id="casualty.statistic.scope",
        pattern=r"""
            \b (?: so \s+ far \s+ (?: this \s+ (?:year|month) | in \s+ (?:\d{4}|the \s+ year) )
                | (?:this|the|last) \s+ year['’]s \s+ (?:total|tally|toll)
                | (?:since|from) \s+ (?: jan(?:uary|\.)? \s+ 1 (?:st)? \b
                                      | the \s+ (?:start|beginning) \s+ of \s+ (?:the|this) \s+ year )
                | (?:year|to) \s+ to \s+ date
                | in \s+ (?:those|these) \s+ (?:shootings|incidents|attacks) ) \b
        """,
        examples=(
            "have been killed in Chicago so far this year",
            "children killed so far in 2016",
            "this year's total",
            "Since January 1, 2014, there have been",
            "have been injured in those shootings",
            "homicides year to date",
        ),
        counterexamples=(
            "so far, police have no suspect",
            "earlier this year",
            "in the shooting",
            "since Jan. 12",
        ),
    ),
)


#: The cause of death or injury, anchored on a word of the cause list.
CAUSE_RULES: Final = (
    Rule(
        id="casualty.cause.word",
        pattern=r"\b (?P<cause> \L<cause> ) \b",
        examples=("an air strike", "the shooting", "the flu"),
        counterexamples=("the striker",),
    ),
)

#: A place as written, anchored on its preposition.
LOCATION_RULES: Final = (
    Rule(
        id="casualty.location.place",
        pattern=r"""
            \b (?P<location>
                (?: in | near | at | on | outside | inside | across ) \s+
                (?: the \s+ )?
                (?: (?: \d{1,5} | \p{L}+ ) \s+ block \s+ of \s+ )?
                (?: \L<place_modifier> \s+ )?
                (?! \L<month_or_day> \b )
                (?-i: \p{Lu} [\p{L}.-]* )
                (?: (?: \s+ | \s+ (?: of | de | el | al | al- ) \s+ | - | ['’]s \s+ )
                    (?! \L<month_or_day> \b ) (?-i: \p{Lu} [\p{L}.-]* ) ){0,4}
                # a place type ends it ("Zamfara state."); else no lower-case word follows
                (?: \s+ \L<place_type> (?! [\p{L}-] )
                  | (?! [\p{L}.-] | \s+ (?! \L<np_stop> \b ) (?-i: \p{Ll} ) ) )
            )
        """,
        examples=(
            "in Syria",
            "on Edwards Street",
            "in the 2600 block of South Harwood Street",
            "in northwest Nigeria's Zamfara state",
            "in Idlib province",
        ),
        counterexamples=("on Monday", "in February", "on the Turkish army"),
    ),
)
