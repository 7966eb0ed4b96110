"""
Statement rules: the cue lexicon and the patterns that find speaker, cue and content.

Data only: `newsevents.extractors.statements` compiles `STATEMENT_RULES` once with
`STATEMENT_LEXICON` and applies them around each cue it finds.
Every pattern is applied to a bounded window (at most a few hundred characters) around a cue,
and uses bounded repeats only, so the work per cue is constant and a text is read in linear
time.

Named groups: ``speaker``, ``cue``, ``content``, ``apposition``, ``addressee``.
"""

from __future__ import annotations

from typing import Final

from newsevents._rules import Rule

__all__ = [
    "BOUNDARY_ABBREVIATIONS",
    "BOUNDARY_WORDS",
    "CUES",
    "FUNCTION",
    "NEXT_CUES",
    "NOT_COLON_SPEAKERS",
    "NOT_HEADS",
    "NOT_NAMES",
    "NOT_TOLD_WORDS",
    "NP",
    "NP_FUNCTION_WORDS",
    "NP_NOT_HEAD_WORDS",
    "NP_NOT_NAME_WORDS",
    "OTHER_CUES",
    "PAST_CUES",
    "QUOTE_ONLY_CUES",
    "SPEECH_CUES",
    "STATEMENT_LEXICON",
    "STATEMENT_RULES",
]

# fmt: off

#: Words that make "Word: ..." a title or a label, not a speaker and what they said.
NOT_COLON_SPEAKERS: Final[tuple[str, ...]] = (
    "over", "of", "the", "in", "on", "for", "to", "and", "with", "at", "by", "from", "a", "an",
    "latest", "correction", "corrections", "update", "updated", "updates", "exclusive", "breaking",
    "watch", "read", "related", "editor's", "editor’s", "note", "photos", "photo", "video",
    "opinion", "analysis", "live", "transcript", "timeline", "explainer", "q&a", "factbox",
    "q", "contributing", "email", "e-mail",
)

#: Speech and writing verbs: ``(lemma, forms...)``, all tenses that report speech.
#: Forms that are mostly nouns ("report", "claims", "note") are left out of the finite forms.
CUES: Final[tuple[tuple[str, ...], ...]] = (
    ("say", "say", "says", "said", "saying"),
    ("tell", "tell", "tells", "told", "telling"),
    ("add", "adds", "added", "adding"),
    ("warn", "warn", "warns", "warned", "warning"),
    ("announce", "announce", "announces", "announced", "announcing"),
    ("claim", "claimed", "claiming"),
    ("deny", "denies", "denied", "denying"),
    ("insist", "insist", "insists", "insisted", "insisting"),
    ("state", "stated", "stating"),
    ("note", "noted", "noting"),
    ("argue", "argue", "argues", "argued", "arguing"),
    ("accuse", "accuses", "accused", "accusing"),
    ("urge", "urges", "urged", "urging"),
    ("write", "writes", "wrote", "writing"),
    ("report", "reported", "reporting"),
    ("confirm", "confirms", "confirmed", "confirming"),
    ("explain", "explains", "explained", "explaining"),
    ("stress", "stressed", "stressing"),
    ("emphasize", "emphasized", "emphasised", "emphasizing", "emphasising", "emphasizes"),
    ("reiterate", "reiterated", "reiterating"),
    ("acknowledge", "acknowledges", "acknowledged", "acknowledging"),
    ("admit", "admits", "admitted", "admitting"),
    ("assert", "asserts", "asserted", "asserting"),
    ("declare", "declares", "declared", "declaring"),
    ("predict", "predicts", "predicted", "predicting"),
    ("promise", "promises", "promised", "promising"),
    ("pledge", "pledged", "pledging"),
    ("vow", "vows", "vowed", "vowing"),
    ("suggest", "suggests", "suggested", "suggesting"),
    ("tweet", "tweeted", "tweeting"),
    ("post", "posted"),
    ("reply", "replies", "replied", "replying"),
    ("respond", "responded", "responding"),
    ("ask", "asks", "asked", "asking"),
    ("recall", "recalls", "recalled", "recalling"),
    ("remark", "remarked"),
    ("comment", "commented"),
    ("observe", "observed"),
    ("point out", "pointed out", "points out", "pointing out"),
    ("complain", "complains", "complained", "complaining"),
    ("concede", "concedes", "conceded", "conceding"),
    ("contend", "contends", "contended", "contending"),
    ("maintain", "maintains", "maintained"),
    ("allege", "alleges", "alleged", "alleging"),
    ("disclose", "disclosed"),
    ("reveal", "reveals", "revealed", "revealing"),
    ("testify", "testified", "testifying"),
    ("caution", "cautioned", "cautioning"),
    ("charge", "charged"),
    ("boast", "boasted", "boasts", "boasting"),
    ("joke", "joked", "joking"),
    ("quip", "quipped"),
    ("exclaim", "exclaimed"),
    ("shout", "shouted"),
    ("yell", "yelled"),
    ("blast", "blasted"),
    ("counter", "countered"),
    ("retort", "retorted"),
    ("continue", "continued"),
    ("conclude", "concluded"),
    ("agree", "agreed"),
    ("mention", "mentioned"),
    ("describe", "described"),
    ("announce", "announced"),
    ("predict", "forecast"),
    ("call", "called"),
    ("call for", "called for", "calls for", "calling for", "call for"),
    ("call on", "called on", "calls on", "calling on"),
    ("demand", "demanded", "demanding"),
    ("threaten", "threatened", "threatening"),
    ("acknowledge", "conceded"),
    ("according to", "according to"),
)

#: Cues that report speech only with a quote or a colon ("Caddell continued: ...").
QUOTE_ONLY_CUES: Final[tuple[str, ...]] = (
    "continue", "conclude", "agree", "mention", "describe", "demand", "threaten", "blast",
    "shout", "yell", "exclaim", "quip", "joke", "boast", "charge", "counter", "retort", "remark",
    "observe", "comment", "post", "ask", "reply", "respond", "recall", "maintain",
)

#: Lemmas whose attributions count as speech or writing (the rest are beliefs, polls...).
SPEECH_CUES: Final[frozenset[str]] = frozenset(lemma for lemma, *_forms in CUES if lemma != "according to")

#: Words that cue attributions that are not speech or writing (for the benchmark split).
OTHER_CUES: Final[frozenset[str]] = frozenset((
    "according to", "believe", "believes", "believed", "think", "thinks", "thought", "feel", "feels",
    "felt", "want", "wants", "wanted", "hope", "hopes", "hoped", "fear", "fears", "feared", "expect",
    "expects", "expected", "know", "knows", "knew", "show", "shows", "showed", "shown", "found", "find",
    "finds", "seem", "seems", "seemed", "plan", "plans", "planned", "worry", "worries", "worried",
    "see", "sees", "saw", "consider", "considers", "considered", "estimate", "estimates", "estimated",
    "in", "for", "suggests",
))

#: Words after which a speaker phrase starts (clause boundaries inside a sentence).
BOUNDARY_WORDS: Final[tuple[str, ...]] = (
    "and", "but", "or", "while", "as", "because", "when", "although", "though", "that", "after",
    "since", "where", "which", "who", "whom", "if", "before", "until", "so", "yet", "whereas",
    "than", "once", "even",
)

#: Abbreviations whose period ends no sentence, so no clause ("Mr. Smith said"), case-sensitive.
BOUNDARY_ABBREVIATIONS: Final[tuple[str, ...]] = (
    "Mr", "Mrs", "Ms", "Dr", "Sen", "Gov", "Rep", "Gen", "Lt", "Col", "Sgt", "Jr", "Sr", "St",
    "Capt", "Adm", "Prof", "Rev", "Maj", "Cmdr", "Gens", "Reps", "Sens",
)

#: Words that may stand between a speaker and the cue ("Pompeo also said", "has long said").
AUXILIARIES: Final[tuple[str, ...]] = (
    "has", "had", "have", "also", "later", "previously", "again", "repeatedly", "once", "then",
    "recently", "reportedly", "publicly", "privately", "frequently", "often", "long", "has long",
    "initially", "first", "separately", "earlier", "subsequently", "further", "simply", "flatly",
    "quickly", "immediately", "explicitly", "falsely", "correctly", "openly", "would", "will",
    "could", "might", "may", "should", "just", "only",
    "still", "already", "now", "recently", "allegedly", "angrily", "bluntly", "specifically",
    "directly", "privately", "famously", "however", "himself", "herself", "itself", "themselves",
)

#: Who a speaker tells ("told reporters", "told CNN").
ADDRESSEES: Final[tuple[str, ...]] = (
    "reporters", "journalists", "the press", "the media", "supporters", "the crowd", "a crowd",
    "an audience", "the audience", "lawmakers", "senators", "the committee", "the court",
    "the jury", "voters", "a rally", "the rally", "him", "her", "them", "me",
    "the Associated Press", "The Associated Press", "the AP", "Reuters", "AFP", "CNN", "NBC",
    "NBC News", "CBS", "CBS News", "ABC", "ABC News", "Fox News", "MSNBC", "NPR", "Politico",
    "The New York Times", "the New York Times", "The Washington Post", "the Washington Post",
    "The Wall Street Journal", "the Wall Street Journal", "USA Today", "USA TODAY", "Bloomberg",
    "Breitbart News", "The Hill", "the Huffington Post", "The Huffington Post", "HuffPost",
    "the BBC", "Al Jazeera", "a news conference", "a press conference", "the newspaper",
    "the paper", "the network", "the station", "the magazine", "the outlet",
)

#: Nouns that head a speaker phrase without a capital ("officials", "a spokesman").
SPEAKER_NOUNS: Final[tuple[str, ...]] = (
    "official", "officials", "spokesman", "spokeswoman", "spokesperson", "spokesmen", "source",
    "sources", "police", "authorities", "witness", "witnesses", "resident", "residents", "analyst",
    "analysts", "expert", "experts", "diplomat", "diplomats", "lawmaker", "lawmakers", "aide",
    "aides", "adviser", "advisers", "advisor", "advisors", "statement", "report", "reports",
    "campaign", "government", "ministry", "department", "administration", "agency", "military",
    "army", "rebels", "militants", "activists", "protesters", "leader", "leaders", "minister",
    "president", "secretary", "senator", "governor", "mayor", "candidate", "nominee", "chairman",
    "chairwoman", "director", "chief", "commander", "officer", "prosecutor", "prosecutors",
    "lawyer", "lawyers", "attorney", "attorneys", "doctor", "doctors", "researchers", "study",
    "poll", "polls", "survey", "statement", "memo", "letter", "committee", "court", "judge",
    "strategist", "strategists", "pollster", "pollsters", "operative", "operatives", "supporter",
    "supporters", "critic", "critics", "voter", "voters", "people", "members", "member", "staffer",
    "staffers", "surrogate", "surrogates", "ally", "allies", "investigators", "Republicans",
    "Democrats", "group", "organization", "company", "party", "team", "office", "White House",
    "Pentagon", "Kremlin", "House", "Senate", "Congress", "newspaper", "network", "website",
    "article", "book", "documents", "records", "data", "figures", "tweet", "post", "ad",
    "advertisement", "speech", "interview", "host", "anchor", "reporter", "journalist", "columnist",
    "editor", "writer", "author", "founder", "executive", "CEO", "chair", "speaker", "Speaker",
    "man", "woman", "father", "mother", "son", "daughter", "wife", "husband", "friend", "friends",
    "manager", "managers", "chairman", "representative", "representatives", "delegates", "delegate",
    "economist", "economists", "scientists", "professor", "historian", "observers", "insiders",
    "insider", "donor", "donors", "others", "some", "many", "both", "everyone", "nobody",
    "percent", "respondents", "majority",
    # people who speak in the news, by trade, role or side
    "candidates", "opponent", "opponents", "organizations", "organisations",
    "employee", "employees", "executives", "commentator", "commentators", "advocate", "advocates",
    "activist", "user", "users", "trader", "traders", "specialist", "specialists", "speakers",
    "senators", "governors", "mayors", "media", "groups", "parties", "outlets", "person",
    "persons", "guy", "star", "worker", "workers", "teacher", "teachers", "student", "students",
    "citizens", "neighbors", "neighbours", "officers", "soldiers", "protester", "demonstrators",
    "participants", "attendees", "organizers", "organisers", "volunteers", "consultant",
    "consultants", "fans", "parents", "victims", "survivors", "families", "relatives",
    "colleagues", "partners", "farmers", "owner", "owners", "veterans", "forecasters",
    "technologists", "politician", "politicians", "conservatives", "liberals", "progressives",
    "moderates", "evangelicals", "independents", "academics", "scholar", "scholars",
    "researcher", "scientist", "physicians", "nurses", "historians", "legislator", "legislators",
    "regulators", "investor", "investors", "bankers", "pundit", "pundits", "blogger", "bloggers",
    "readers", "viewers", "listeners", "callers", "minority", "half", "third", "majorities",
    # inquiries and bodies that find and rule ("an FBI inquiry said", "appeals courts said");
    # not "investigation": "Preliminary investigation suggests" would make "Preliminary" a name
    "inquiry", "probe", "review", "audit", "analysis",
    "courts", "panel", "commission", "lawsuit", "complaint", "indictment", "ruling",
)

#: Short adjuncts between a cue and its content ("said on Tuesday", "told reporters in Ankara").
ADJUNCT: Final = r"""
    (?: (?:on|last|this|late|early|earlier|later)\s+ )?
    (?: Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|
        (?:January|February|March|April|May|June|July|August|September|October|November|December
          |Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s+\d{1,2}(?:,?\s+\d{4})?|
        week|month|year|night|morning|evening|afternoon|weekend|earlier|later|recently|again|also|
        in\s+(?:a|an|his|her|their|its|the)\s+(?:\w+\s+){0,2}?(?:statement|interview|speech|tweet|post|letter|memo|email|e-mail|op-ed|report|press\s+release|conference\s+call|call|video|message|appearance|broadcast|filing|testimony|column|essay|book|debate|address|remarks|podcast|briefing)
            (?:\s+(?:on|with|to|at|in|from)\s+(?:the\s+)?(?:[\p{Lu}][\w.'’&-]*\s?){1,4})?|
        at\s+(?:a|an|the|his|her)\s+(?:\w+\s+){0,2}?(?:news\s+conference|press\s+conference|rally|briefing|hearing|event|meeting|summit|forum|town\s+hall|speech|campaign\s+stop|fundraiser|debate)
            (?:\s+(?:in|on|at)\s+(?:[\p{Lu}][\w.'’-]*\s?){1,3})?|
        on\s+(?:Twitter|Facebook|Instagram|CNN|MSNBC|Fox(?:\s+News)?|NBC|CBS|ABC|NPR|television|TV|the\s+radio|radio)|
        (?:morning|afternoon|evening|night)|
        in\s+(?:[\p{Lu}][\w.'’-]*\s?){1,3}
    )
"""

# fmt: on

#: Participles that continue an attribution (", saying that ...").
PARTICIPLE: Final = r"""(?:saying|adding|noting|arguing|warning|insisting|claiming|stressing|explaining|telling|asserting|declaring|suggesting|accusing|urging|predicting|promising|vowing|denying|acknowledging|writing|emphasizing|emphasising|calling|citing|referring)"""

#: Verbs after "and" or "but" that close an attribution: the speaker's further deeds ("..., he
#: said, and added that", "..., she said, but declined to elaborate"), not reported words.
SPEAKER_VERB: Final = r"""(?:added|noted|warned|said|declined|refused|would\s+not|wouldn['’]t|did\s+not|didn['’]t|gave\s+no|offered\s+no|provided\s+no)"""

#: Participles after a comma that end reported words: the writer's comment, not the speaker's
#: (", throwing a wrench in ...", ", prompting ...").
WRITER_PARTICIPLE: Final = r"""(?:throwing|prompting|sparking|drawing|signaling|signalling|making|leaving|raising|pointing|offering|dismissing|defending|blaming|criticizing|criticising|touting|highlighting|echoing|reflecting|referencing|breaking|setting|putting|marking|triggering|fueling|fuelling|capping|ending|reversing|contradicting|rejecting)"""

#: Function words that never end a speaker phrase.
NP_FUNCTION_WORDS: Final = (
    "by", "of", "to", "in", "on", "at", "for", "with", "from", "that", "which", "who", "is",
    "was", "were", "are", "has", "had", "have", "be", "been", "not", "also", "and", "but", "or",
    "as", "if", "when", "after", "before", "while", "the", "a", "an", "then", "so",
)  # fmt: skip
#: The same words as an alternation, in that order (`NP` reads it in two lookaheads).
FUNCTION: Final = "(?:" + "|".join(NP_FUNCTION_WORDS) + ")"
#: Words that end no phrase after a determiner ("the time", "a while"), as an alternation.
NP_NOT_HEAD_WORDS: Final = (
    "time", "times", "day", "days", "week", "weeks", "month", "months", "year", "years", "while",
    "point", "way",
)  # fmt: skip
NOT_HEADS: Final = "(?:" + "|".join(NP_NOT_HEAD_WORDS) + ")"
#: Abbreviated titles a determiner may stand before ("said the Rev. Al Green"): an NP's head
#: is none of them before its period (the name after it is the head). The titles among
#: `newsevents.rules.article.TITLE_ABBREVIATIONS`, which never end a sentence.
NP_TITLE_ABBREVIATIONS: Final = (
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl",
    "pvt", "adm", "cmdr", "cdr", "gov", "sen", "rep", "rev", "fr", "hon", "pres", "supt",
    "insp", "det", "ofc", "atty", "brig", "amb", "sec", "pfc", "spc", "cmdt", "dep", "asst",
)  # fmt: skip
_TITLE_ABBREVIATION: Final = "(?:" + "|".join(NP_TITLE_ABBREVIATIONS) + ")"
#: Capitalised words that are no name ("Latest", "Watch"), but the function words.
NP_NOT_NAME_WORDS: Final = ("latest", "update", "breaking", "watch", "read", "photo", "video")
NOT_NAMES: Final = "|".join(NP_NOT_NAME_WORDS)

#: How many a poll or a count says something ("42% say", "nearly eight in 10 voters said",
#: "at least 21,000 said", "all but two said", "those surveyed said"): a share, a ratio or a
#: qualified number, with "of" and the people it counts; or "those" with who they are.
_POLL: Final = r"""
    (?: (?:about|nearly|almost|roughly|only|just|over|under|fewer\s+than|less\s+than|more\s+than|at\s+least|as\s+many\s+as)\s+ )?
    (?: (?:\d{1,3}(?:[.,]\d{1,3})?|NUMBER) (?:\s?%|\s+percent)
      | (?:\d{1,2}|NUMBER) (?:\s+|-) (?:in|out\s+of) (?:\s+|-) (?:\d{1,2}|NUMBER)
      | (?<= (?:about|nearly|almost|roughly|over|than|least|as\s+many\s+as)\s+ ) \d{1,3}(?:,\d{3}){1,2}
      | all\s+but\s+(?:NUMBER|\d{1,3}|a\s+few|a\s+handful) )
    (?: \s+ (?:of|among) \s+ (?:those|them|us|all|the|these) (?:\s+[\w'’-]{1,30}+){0,3} )?
  | those\s+ (?: surveyed|polled|questioned|interviewed|asked|(?:over|under|aged)\s+\d{1,2}
              | (?:close|closest)\s+to\s+(?:him|her|them|the\s+[\w'’-]{1,30}+)
              | familiar\s+with\s+(?:the|his|her|their)\s+[\w'’-]{1,30}+ )
""".replace(
    "NUMBER",
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty"
    r"|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?",
)

#: A speaker noun phrase (bounded): names and titles, common nouns, pronouns, possessives.
NP: Final = (
    (
        r"""
    (?: (?-i:he|she|they|we|I|it|He|She|They|We|It)
      | (?:the|a|an|his|her|their|its|another|each|every|one|both|several|many|some|other|two|three|four|five|most|all|half)\s+ (?:[\w-][\w'’-]{0,29}+\s+){0,3} (?!FUNCTION\b|NOT_HEADS\b|TITLE_ABBREVIATION\.) [\w-][\w'’-]{1,29}+
      | (?: (?:the|a|an|his|her|their|its|one|two|three|several|some|many|other|most|both|another|these|those|this)\s+ )?
        (?: (?:[\w.&-][\w.'’&-]{0,29}+)\s+ ){0,5}  # no word opens with a quote mark ('' Mr. X)
        (?: (?-i: (?:\p{Lu}\.){2,4} | (?!(?i:FUNCTION|NOT_NAMES)\b|(?:Jr|Sr)\.) [\p{Lu}][\w'’&-]{0,30}+ (?:\.[\w'’&-]{1,30}+){0,2} (?:\s(?:Jr|Sr)\.)? ) | \L<speaker_noun> )
        (?: \s(?:of|for|at|from|with|in|on)\s(?:the\s)?(?:(?-i:[\p{Lu}][\w.'’&-]{0,30}+)\s?){1,5} )?
        (?: \s(?:polled|surveyed|questioned|interviewed) )?  # "56 percent of Cuban-Americans polled"
        (?: \s?\([^()]{1,25}\) )?
      | POLL
    )
"""
    )
    .replace("NOT_HEADS", NOT_HEADS)
    .replace("TITLE_ABBREVIATION", _TITLE_ABBREVIATION)
    .replace("NOT_NAMES", NOT_NAMES)
    .replace("FUNCTION", FUNCTION)
    .replace("POLL", _POLL)
)

#: The same phrase for patterns matched right to left (no possessive repeats there).
NP_REVERSE: Final = NP.replace("}+", "}")

#: Adverbs and ordinals that turn a participle after a determiner into an adjective ("the
#: first reported death", "a widely reported attack", "the previously announced deal").
CUE_MODIFIERS: Final = (
    "first", "second", "third", "last", "latest", "only", "most", "much", "often", "oft",
    "widely", "previously", "initially", "originally", "newly", "recently", "officially",
    "publicly", "falsely", "erroneously", "commonly", "frequently", "repeatedly", "allegedly",
    "reportedly", "supposedly", "purportedly", "long", "earlier", "already", "also", "since",
    "once", "twice", "never", "as", "yet", "just", "formally", "informally", "privately",
)  # fmt: skip

#: Verbs that make a "that" after a cue the subject of what was said, not a conjunction
#: ("Christie said that was a natural part of it").
THAT_SUBJECT_VERBS: Final = (
    "is", "was", "were", "are", "would", "will", "could", "should", "might", "may", "must",
    "can", "has", "had", "does", "did", "isn't", "wasn't", "won't", "wouldn't", "doesn't",
    "didn't", "hasn't", "means", "meant", "makes", "made", "seems", "seemed", "sounds",
    "remains", "shows", "showed", "happened", "happens", "spoke", "went", "came", "took", "gave",
    "met", "became", "got",
)  # fmt: skip

#: Cue forms in the past tense: a second cue after "and" ends the first one's content only
#: after one of these ("Merrill says Machado promised to help and said ..." shifts tense: the
#: second cue is Machado's, inside the content).
PAST_CUES: Final[tuple[str, ...]] = tuple(
    sorted(
        form
        for _lemma, *forms in CUES
        for form in forms
        if form.split()[0].endswith("ed") or form.split()[0] in {"said", "told", "wrote"}
    )
)

#: The past cue forms that are no adjective or passive participle in a content ("and said
#: ...", "and argued ..."): a second cue of the subject ends the first one's content. Left
#: out: forms that mostly modify a noun ("alleged fraud", "continued risks", "reported cases",
#: "stated goals", "charged atmosphere", "posted notices"), and the forms of two words
#: ("called" is the first word of "called on").
NEXT_CUES: Final[tuple[str, ...]] = tuple(
    sorted(
        {form for form in PAST_CUES if " " not in form}
        - {"alleged", "continued", "reported", "stated", "charged", "posted"}
    )
)

#: Words that are no part of the person or group told ("told voters in Ohio that"): a
#: pronoun or verb opens a clause ("told he knows that"), a question word a question ("told
#: reporters how"), a story noun what is told ("told the story that").
NOT_TOLD_WORDS: Final[tuple[str, ...]] = (
    "he", "she", "it", "they", "we", "i", "you", "there", "this", "is", "was", "were", "are", "has",
    "had", "have", "be", "been", "being", "would", "will", "could", "should", "may", "might",
    "did", "does", "do", "can", "and", "or", "but", "not", "to", "that", "who", "which", "if",
    "whether", "how", "what", "why", "when", "where", "story", "stories", "tale", "tales",
    "joke", "jokes",
)  # fmt: skip

#: Named word lists the patterns use.
STATEMENT_LEXICON: Final[dict[str, list[str]]] = {
    "cue": sorted({form for _lemma, *forms in CUES for form in forms}),
    "boundary": list(BOUNDARY_WORDS),
    "auxiliary": list(AUXILIARIES),
    "addressee": list(ADDRESSEES),
    "speaker_noun": list(SPEAKER_NOUNS),
    "cue_modifier": list(CUE_MODIFIERS),
    "next_cue": list(NEXT_CUES),
    "not_told": list(NOT_TOLD_WORDS),
}


#: The rules, by role; ids are ``statement.<kind>.<construction>``.
STATEMENT_RULES: Final = (
    Rule(
        id="statement.conjunction_end",
        pattern=r"(?r)[\s,;:—–-]*(?:\b(?:and|but|while|as|although|though|because|so)\b)?[\s,;:—–-]*\Z",
        examples=("the politics would be more intense — and ",),
        counterexamples=(),
    ),
    Rule(
        id="statement.coordinated",
        pattern=r"(?r)(?<![\w’'-])(?:and|but)\s+(?:\L<auxiliary>\s+){0,2}\Z",
        examples=("Merrill says Machado promised to help and ", "He left early but also "),
        counterexamples=("Merrill ", "the band "),
    ),
    Rule(
        id="statement.coordinated.clause",
        pattern=r"""
            \G (?: \s+ (?:to\s+)? \L<addressee> )? (?: \s*[,:] )? \s+ (?: that\b | [“"] | '' )
        """,
        examples=(" that Scott won", " reporters that the", ', "We will'),
        counterexamples=(" for help", " the life of a girl"),
    ),
    Rule(
        id="statement.gerund",
        pattern=r"(?r)(?<![\w’'-])(?:by|after|from|for|while|in|on|upon|since)\s+\Z",
        examples=("responded by ", "aside from "),
        counterexamples=("he was ", "standby "),
    ),
    Rule(
        id="statement.progressive",
        pattern=r"(?r)(?<![\w’'-])(?:is|are|was|were|been|am|['’]s|['’]re)\s+(?:\L<auxiliary>\s+){0,2}\Z",
        examples=("The White House is ", "Donald Trump was also "),
        counterexamples=("Donald Trump ", "the crisis "),
    ),
    Rule(
        id="statement.cue.adjectival",
        pattern=r"""
            (?r)(?<![\w’'-])(?:the|a|an|its|their|his|her|this|that|these|those)
            (?:\s+\L<cue_modifier>){1,2}\s+\Z
        """,
        examples=("the first ", "It was the first ", "The widely ", "a previously "),
        counterexamples=("The official ", "the police ", "the family ", "the ally "),
        meta={
            "why": "a participle after a determiner and an adverb or ordinal modifies a noun"
            " ('the first reported death', 'the widely reported attack'): it cues nothing"
        },
    ),
    Rule(
        id="statement.colon_close",
        pattern=(
            r"""
            \G (?: (?:\s*+,)? \s++ ADJUNCT ){0,2} \s* : \s* \Z
        """.replace("ADJUNCT", ADJUNCT)
        ),
        examples=(":", " on Tuesday:\n"),
        counterexamples=(": We will", " that"),
    ),
    Rule(
        id="statement.relative",
        pattern=r"(?r)(?<![\w’'-])(?:who|which)\s+(?:\L<auxiliary>\s+){0,3}\Z",
        examples=("an architect who ", "the company, which has long "),
        counterexamples=("an architect ", "somewhich "),
    ),
    Rule(
        id="statement.speaker.postmodified",
        pattern=r"(?r)(?<![\w’'-])(?:of|for|with|at|from)\s+(?:the\s+)?\Z",
        examples=("Officer Jane Doe with the ", "A spokesman for ", "Workers at "),
        counterexamples=("Officer Jane Doe ", "the ratio ", "without "),
        meta={
            "why": "a person or group told apart by the organisation or place after it:"
            " the speaker is the whole phrase, not the organisation"
        },
    ),
    Rule(
        id="statement.passive_agent",
        pattern=r"\G(?:by\s|(?:on|in|at|from|to)\s+(?:[\w'’.-]{1,30}+\s+){0,3}[\w'’.-]{1,30}+\Z|\S{1,40}+(?:\s+\S{1,40}+)?\Z)",
        examples=("by The Washington Post", "on Thursday", "it"),
        counterexamples=("that the war is over",),
    ),
    Rule(
        id="statement.speaker.subject",
        pattern=(
            r"""
            \G (?: (?:last|earlier|later|on|in|at|during|after|before|since|when|years?|days?
                      |weeks?|months?|hours?|this|yesterday|today|tonight) \b
                    [^,;:“”"\n]{0,60}+ , \s+ )?  # "Last week, the campaign called on A and said"
            (?: (?:but|and|meanwhile|however|still|yet|instead|later|earlier|then) \s*,?\s+ )?
            (?P<speaker> NP ) \s
        """.replace("NP", NP)
        ),
        examples=(
            "Rival Hillary Clinton had mocked the complaint",
            "Last week, the Clinton campaign also called on",
            "In an interview on Monday, Pompeo met",
        ),
        counterexamples=(", saying",),
    ),
    Rule(
        id="statement.adjunct.inserted",
        pattern=(
            r"""
            \G (?: (?:\s*+,)? \s++ ADJUNCT ){0,2} \s* , \s+
            (?! PARTICIPLE\b | according\b | (?:and|but)\s+(?:PARTICIPLE|SPEAKER_VERB)\b | [“"‘] | '' )
        """.replace("ADJUNCT", ADJUNCT)
            .replace("PARTICIPLE", PARTICIPLE)
            .replace("SPEAKER_VERB", SPEAKER_VERB)
        ),
        # "The plan is dead, he said, and the party will move on": the clause after "and" is
        # reported too (PolNeAR's annotators read the sentence round the attribution); "and
        # added", "but declined to elaborate" are the speaker's deeds, which `_FINAL` closes
        examples=(
            ", was its biggest yet",
            " on Monday, local officials should",
            ", and the party will move on",
            " Tuesday, but it was too late",
        ),
        counterexamples=(", saying that", " that it was over", ", and added", ", but declined to"),
    ),
    Rule(
        id="statement.speaker.colon",
        pattern=r"""
            \G [“"]?
            (?P<speaker> (?-i: \p{Lu}[\w.'’-]{0,30}+ (?: \s\p{Lu}[\w.'’-]{0,30}+ ){0,3} ) )
            \s? (?P<cue>:) \s+ (?=[\p{Lu}“"‘'])
        """,
        examples=("Pat Caddell: Democrat Voters Worried", "WALLACE: Let’s start"),
        counterexamples=("2:45 p.m.", "The senator said: we"),
    ),
    Rule(
        id="statement.speaker.signed",
        pattern=r"""
            \G \s{0,3} (?P<cue>[―—–]) \s{0,3}
            (?P<speaker> (?-i: \p{Lu}[\w.'’-]{0,30}+ (?: \s\p{Lu}[\w.'’-]{0,30}+ ){0,3} ) )
        """,
        examples=(" ― Sonya Herridge", "— Pamela Padilla"),
        counterexamples=(" ― and then",),
    ),
    Rule(
        id="statement.content.not_clause",
        pattern=r"""
            \G (?: of|in|on|at(?!\s+(?:least|most)\b)|for|from|into|during|with|by|through
                 | and|but|or|nor|me|us|is|are|was|were|be|been|could|would|can|will|should|may
                 | might|must|has|have|had|as\s+much
                 | (?:released|issued|published|posted|made|given|held|broadcast|aired|seen)
                   (?=\s+(?:on|in|at|by|last|this|earlier|late|early|yesterday|today
                          |Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b) )
            (?![\w’'-])
        """,
        examples=(
            "during the divorce that he",
            "as much",
            "of rape or murder",
            "me this week",
            "released on Tuesday that",
            "published Wednesday that",
        ),
        counterexamples=(
            "at least 40 people were killed",
            "released the prisoners",
            "the war is over",
            "when he wins, taxes fall",
            "interest rates",
            "US believes",
            "May is the month",
        ),
        case_sensitive=True,  # "US believes", "IS fighters", "May was warm" are clauses
    ),
    Rule(
        id="statement.content.question",
        pattern=r"""
            \G (?: \s+ (?!(?:about|for|to|on|in|at|by|with|from|of|and|but|that|when|where)\b)
                    [\w.'’-]{1,30}+ ){0,5}
            \s+ (?P<content> (?:if|whether|how|what|why|who|whom|which) (?![\w’'-]) )
        """,
        examples=(" Sanders whether", " the students if", " reporters how", " what"),
        counterexamples=(
            " for help when",
            " about the plan, and what",
            " the network to donate",
            " whatever",
        ),
    ),
    Rule(
        id="statement.content.that",
        pattern=r"(?<![\w’'-])that\s+(?=\S)|(?=[“\"]|'')",
        examples=("during the divorce that he had", "of Clinton, “If she"),
        counterexamples=("thatch roofs",),
    ),
    Rule(
        id="statement.content.end",
        pattern=(
            r"""
            ; | ,\s(?: (?:although|though|whereas|even\sas|even\sthough)\b
                    | (?:PARTICIPLE|according\sto)\b  # "said A, citing B": the writer's, or a new cue
                    | WRITER\b  # "declared A, throwing a wrench in B": the writer's
                    | (?:a|an)\s(?:claim|assertion|allegation|charge|account|figure|toll|number|version)
                      \s(?:that\s)?(?:Reuters|AFP|AP|the\s\w+|it|we|which|that|could|not|independently)\b
                    | (?:and|but)\s(?:also\s|then\s|later\s|still\s)?(?:has\s|had\s)?[a-z]{2,20}ed\b
                    )
        """.replace("PARTICIPLE", PARTICIPLE).replace("WRITER", WRITER_PARTICIPLE)
        ),
        examples=(
            "the news was not intentional; they learned",
            "was its biggest yet, although it may",
            "the war was over, citing the withdrawal",
            "the war was over, according to the memo",
            "the talks had failed, throwing the summit into doubt",
            "he makes a modest salary, and questioned how",
            "she would vote for him, but has delayed her endorsement",
            "its forces had repelled the attack, a claim Reuters could not verify",
        ),
        counterexamples=(
            "the war, he said, is over",
            "the war was over and citing",
            "the war was over, and red flags flew",
        ),
    ),
    Rule(
        id="statement.content.next_cue",
        pattern=(
            r"""
            (?<= [,.] (?:[”"]|'') ) \s+ PARTICIPLE \b  # 'called it “messy,” adding ...'
            | \s (?:and|but) \s (?: [a-z]{2,15}ly\s | also\s | then\s | later\s )?
              \L<next_cue> (?![\w’'-]) (?! \s+ (?:by|for) \b )  # "called it messy and said ..."
        """.replace("PARTICIPLE", PARTICIPLE)
        ),
        examples=(
            "called the plan “a disgrace,” adding that",
            "the plan was a disgrace and said",
            "the plan was a disgrace but later argued",
            "he had a plan and specifically mentioned",
        ),
        counterexamples=(
            "the plan was a disgrace and alleged fraud",
            "the plan was nominated and confirmed by the Senate",
            "the driver stayed and called for help",
            "called the plan “a disgrace” to the party",
            "the plan and saying",
        ),
        meta={
            "why": "a second cue of the same subject ends the first one's content: the"
            " words after it are its own statement ('called the plan a disgrace and said ...');"
            " not 'called for' ('the driver stayed and called for help' is what was said)"
        },
    ),
    Rule(
        id="statement.content.subordinate",
        pattern=r"(?<![\w’'-])(?:when|after|before|so|because|while|until|if|once|since|where|then|who|which|whom)(?![\w’'-])",
        examples=(
            "an armed man approached when",
            "police showed up days before",
            "two men who handed them a gun",
        ),
        counterexamples=("the plan was a disgrace", "whenever", "described it as ominous"),
        meta={
            "why": "a subordinate clause in the content before 'and said' makes its subject the"
            " likelier one to speak ('a man approached her when ... and asked'): no cut there"
            " unless a comma closes it; not 'as' ('described it as ominous and said')"
        },
    ),
    Rule(
        id="statement.cue",
        pattern=r"(?<![\w’'-])(?P<cue>\L<cue>)(?![\w’'-])",
        examples=("pompeo said on tuesday", "according to police", "ankara pointed out"),
        counterexamples=("the saidwell", "sayings", "SAID"),
        case_sensitive=True,  # run on lower-cased text: much faster than a caseless list
    ),
    Rule(
        id="statement.cue.edge",
        pattern=r"[\w’'-]",
        examples=("a", "’", "'", "-", "é", "_", "3"),
        counterexamples=(" ", ",", "“", "."),
        case_sensitive=True,  # what may not stand next to a cue (its lookarounds)
    ),
    Rule(
        id="statement.negated",
        pattern=r"""
            (?r)  # matched right to left, from the cue: one attempt per cue
            (?: \b(?:not|never|no\s+longer|nor)
              | n[’']t
              | \b(?:declined|declining|refused|refusing|failed|fails|unwilling|reluctant)\s+to
              | \b(?:did|does|do)\s+not
              | \bwithout
              | \bbefore
            )
            (?:\s+\w+){0,1} \s* \Z
        """,
        examples=(
            "Pompeo did not ",
            "officials declined to ",
            "she wouldn't immediately ",
            "without ",
        ),
        counterexamples=("Pompeo ", "he also "),
    ),
    Rule(
        id="statement.boundary",
        pattern=r"""
            (?r) (?: (?<!\d),|,(?!\d)|[;:\[—–"“”]|\s-\s|\b\L<boundary>\b
                 | (?<! \b\p{Lu} | \b(?-i:ABBREVIATIONS) ) [.!?]\s )
        """.replace("ABBREVIATIONS", "|".join(BOUNDARY_ABBREVIATIONS)),
        examples=("X said, and officials said", "the strike that Ankara"),
        counterexamples=("Pompeo",),
    ),
    Rule(
        id="statement.speaker.left",
        pattern=(
            r"""
            (?r)  # matched right to left, from the cue: one attempt per cue
            (?<![\w.'’&-]) (?P<speaker> NP )
            (?: \s+ \L<auxiliary> ){0,3}
            \s* \Z
        """.replace("NP", NP_REVERSE)
        ),
        examples=(
            "U.S. Secretary of State Mike Pompeo ",
            "he also ",
            "Turkish officials ",
            "a spokesman for the State Department ",
        ),
        counterexamples=("", "the war is over, "),
    ),
    Rule(
        id="statement.speaker.apposition",
        pattern=(
            r"""
            (?r)  # matched right to left, from the cue: one attempt per cue
            (?<![\w.'’&-]) (?P<speaker> NP )
            \s*,\s* (?P<apposition> [^;:“”"]{2,180}? ) \s*,
            (?: \s+ \L<auxiliary> ){0,3}
            \s* \Z
        """.replace("NP", NP_REVERSE)
        ),
        examples=(
            "Mike Pompeo, the secretary of state, ",
            "Pompeo, speaking at a news conference, ",
        ),
        counterexamples=("Pompeo ",),
    ),
    Rule(
        id="statement.speaker.apposition.long",
        pattern=(
            r"""
            (?r)  # matched right to left, from the cue: one attempt per cue
            (?<![\w.'’&-]) (?P<speaker> NP )
            \s*,\s* (?P<apposition> [^;:“”"]{2,180} ) \s*,
            (?: \s+ \L<auxiliary> ){0,3}
            \s* \Z
        """.replace("NP", NP_REVERSE)
        ),
        examples=(),
        counterexamples=("Pompeo ",),
    ),
    Rule(
        id="statement.speaker.right",
        pattern=(
            r"""
            \G \s+ (?P<speaker> NP
              (?: \s+ (?:familiar\s+with|close\s+to|briefed\s+on|involved\s+in|with\s+(?:direct\s+)?knowledge\s+of)
                  \s+ (?:the\s+|his\s+|her\s+|their\s+|its\s+)? [\w'’-]{1,30}+ (?:\s+[\w'’-]{1,30}+)? )? )
            (?: \s*,\s*  # not a clause of the speaker's own words ("said Weaver, who said ...")
                (?! \s* (?:who|which) \s+ (?:\L<auxiliary> \s+){0,2} \L<cue> \b )
                (?P<apposition> [^,;:“”"]{2,100}? )
              | \s+ who \s+ (?! (?:\L<auxiliary> \s+){0,2} \L<cue> \b )  # "a strategist who spoke on ..."
                (?P<relative> [^,;:“”"\n.!?]{1,150}+ ) )?
            (?: \s+ ADJUNCT ){0,2}
            \s* (?: (?<!\b\p{Lu})[.!?]|,\s|\Z|(?= who \s+ (?:\L<auxiliary> \s+){0,2} \L<cue> \b ) )
        """.replace("NP", NP).replace("ADJUNCT", ADJUNCT)
        ),
        examples=(
            " Pompeo.",
            " Mike Pompeo, the secretary of state.",
            " a spokesman for the campaign on Monday.",
            " a source familiar with the matter.",
            " two people briefed on the talks.",
            " a strategist who spoke on condition of anonymity.",
        ),
        counterexamples=(" that the war was over.",),
    ),
    Rule(
        id="statement.content.right",
        pattern=(
            r"""
            \G
            (?: \s+ (?:to\s+)? (?P<addressee> \L<addressee> ) )?
            (?: (?:\s*+,)? \s++ ADJUNCT ){0,3}
            (?:\s*+[,:])? \s++ (?:that,?+\s++|(?=[“"]|''))?
            (?P<content> [^\s] )
        """.replace("ADJUNCT", ADJUNCT)
        ),
        examples=(
            " that Russia had killed",
            " reporters on Tuesday that",
            " on March 17 it was over",
            ": “We believe",
        ),
        counterexamples=(".",),
    ),
    Rule(
        id="statement.content.told",
        pattern=(
            r"""
            \G \s+
            (?P<addressee>
                (?: (?!\L<not_told>\b) \w[\w'’.-]{0,29}+ ,?\s ){0,9}  # "told a crowd in Iowa that"
                (?!\L<not_told>\b) \w[\w'’.-]{0,29}+ (?=,?\s+that\s)
              | \L<addressee>
              | (?:the\s)? (?-i:[\p{Lu}][\w.'’&-]*) (?:\s(?:(?-i:[\p{Lu}][\w.'’&-]*)|host|anchor|correspondent|reporter|columnist|editor|of|the|and)){0,7}
              | (?:[\w'’-]{1,30}+\s){0,3} [\w'’-]{1,30}+ (?=\s+that\s) )  # "told city leaders that"
            (?: (?:\s*+,)? \s++ ADJUNCT ){0,3}
            (?:\s*+[,:])? \s++ (?:that,?+\s++|(?=[“"]|''))?
            (?P<content> [^\s] )
        """.replace("ADJUNCT", ADJUNCT)
        ),
        examples=(
            " city leaders that the",
            " reporters that",
            " Breitbart News Daily host Alex Marlow on Thursday how",
            " CNN: “We",
        ),
        counterexamples=(" .",),
    ),
    Rule(
        id="statement.adjunct.final",
        pattern=(
            r"""
            \G (?: (?:\s*+,)? \s++ ADJUNCT ){0,3} \s*
            (?: [.!?;] | \Z | ,\s+(?=PARTICIPLE\b)
              | ,?\s+(?:according\s+to|and\s+(?:PARTICIPLE|SPEAKER_VERB)) \b
              | ,\s+(?=(?:and|but)\s+SPEAKER_VERB\b) )
        """.replace("ADJUNCT", ADJUNCT)
            .replace("PARTICIPLE", PARTICIPLE)
            .replace("SPEAKER_VERB", SPEAKER_VERB)
        ),
        examples=(
            " on March 17.",
            ".",
            " Friday in a statement.",
            " on March 17, saying that",
            ", but declined to elaborate",
            ", and refused to say more",
        ),
        counterexamples=(" that the war is over.",),
    ),
    Rule(
        id="statement.according_to",
        pattern=r"""
            (?<![\w]) (?P<cue> according \s+ to ) \s+
            (?P<speaker> (?: [^,;:.!?“”"] | \.(?=[^\s“”"]) | (?<=\b\p{Lu})\.(?=[\s“”"]|\Z) ){2,120}? )
            \s* (?=[,;:!?]|\Z|(?<!\b\p{Lu})\.|\.[^\S\n]*\n)
        """,
        examples=(
            "according to police.",
            "According to the Syrian Observatory, 34 died",
            "according to U.S. officials.",
            "according to figures from the U.N. refugee agency.",
        ),
        counterexamples=("accordingly to",),
    ),
    # "statement.according_to" in two pieces: its opening, and the test its speaker makes of a
    # period after one letter (an initial); the extractor reads the speaker between by hand
    Rule(
        id="statement.according_to.cue",
        pattern=r"""
            (?<![\w]) (?P<cue> according \s+ to ) \s+
        """,
        examples=("according to police", "According to\nthe Syrian Observatory"),
        counterexamples=("accordingly to", "according to"),
    ),
    Rule(
        id="statement.according_to.initial",
        pattern=r"(?<=\b\p{Lu})\.",
        examples=("U.", "A. Smith"),
        counterexamples=("Mr.", "3.", "U .S"),
    ),
    Rule(
        id="statement.embedded.auxiliary",
        pattern=r"(?:was|were|is|are|had|has|have|would|will|could|did|wanted|planned|included)\b",
        examples=("was carried out by the Syrian government forces",),
        counterexamples=("the strike",),
    ),
    Rule(
        id="statement.embedded.cleft",
        pattern=r"(?:is|was|are|were)\s+that\b",
        examples=("was that he went by Junior",),
        counterexamples=("was carried out by the Syrian government forces", "was thatched"),
    ),
    Rule(
        id="statement.embedded.end",
        pattern=r"""
            [,;:.!?“”"] | \s(?:killed|wounded|injured|hit|struck|left|came|began|ended|led|caused|destroyed|prompted|sparked|drew)\b
        """,
        examples=("was carried out by the Syrian government forces killed 34",),
        counterexamples=("was carried out by the Syrian government forces",),
    ),
    Rule(
        id="statement.quote_mark",
        pattern=r"''(?!')|[\"“”]",
        examples=('"We believe"', "“We believe”", "''We believe,'' he said"),
        counterexamples=("‘single’",),
    ),
    Rule(
        id="statement.participial",
        pattern=r"""
            , (?:[”"]|'')? \s+ (?P<cue> saying|adding|noting|arguing|warning|insisting|claiming|stressing|explaining|telling\s+(?:(?:[\w.'’-]{1,30}+\s+){1,3}?[\w.'’-]{1,30}+(?=,?\s+that\b)|\w+)|asserting|declaring|suggesting|accusing|urging|predicting|promising|vowing|denying|acknowledging|writing|emphasizing|emphasising|calling )
            ,?\s+ (?:that\s+)? (?=\S)  # ", saying, “...”" too
        """,
        examples=(
            "said on March 17, saying that Washington continued",
            "called it “messy,” adding that it",
        ),
        counterexamples=("a saying that",),
    ),
)
