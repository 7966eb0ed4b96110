"""
Agreement rules: cue patterns, kind words, status words and the word lists they use.

Data only: `newsevents.extractors.agreements` compiles these tables once at import.

Every cue rule has a ``status`` group (the cue, which becomes ``Agreement.status_span``) and
``meta``:

* ``status``: the `AgreementStatus` value the cue gives;
* ``role``: how the extractor reads the clause around the cue:
  ``act`` (the subject before the cue are the parties, the complement after it the terms),
  ``passive`` (an agreement noun before the cue; "by X" names parties or mediators),
  ``update`` (an agreement noun is the subject: "the truce has held"),
  ``mention`` (an agreement noun with its parties but no verb: "a deal between X and Y");
* ``weak``: ``"1"`` when the cue only counts if nothing stronger is said in the sentence;
* ``mediator``: ``"1"`` when the subject of an active cue is a mediator ("Egypt brokered");
* ``needs`` and ``also``: base words (``|``-separated, regular inflections implied, only the
  plural for ``word!``); the rule only
  runs on a sentence with one of its ``needs`` words and, if given, one of its ``also`` words.

Status precedence inside one sentence follows `STATUS_RANK`; across sentences the later
sentence wins.
"""

from __future__ import annotations

from typing import Final

from newsevents._rules import Rule

__all__ = [
    "AGREEMENT_LEXICON",
    "CLAUSE_RULES",
    "CUE_RULES",
    "KIND_RULES",
    "PHRASE_RULES",
    "STATUS_RANK",
]

# fmt: off
AGREEMENT_LEXICON: Final[dict[str, tuple[str, ...]]] = {
    # Nouns that name an agreement by themselves.
    "deal_noun": (
        "agreement", "agreements", "deal", "deals", "accord", "accords", "pact", "pacts",
        "treaty", "treaties", "truce", "truces", "ceasefire", "ceasefires", "cease-fire",
        "cease-fires", "cease fire", "armistice", "memorandum", "memoranda",
        "memorandum of understanding", "mou", "mous", "cessation of hostilities",
        "peace plan", "peace settlement", "trade-off",
    ),
    # Nouns that name an agreement only as the object of a verb of agreeing.
    "deal_weak": (
        "understanding", "settlement", "consensus", "arrangement", "compromise",
        "contract", "contracts", "framework", "roadmap", "road map", "protocol",
        "extension", "exchange", "swap", "partnership", "alliance",
    ),
    # What can be accepted, proposed or rejected besides an agreement.
    "proposal_noun": (
        "proposal", "proposals", "offer", "offers", "terms", "initiative",
        "concessions", "concession", "peace plan", "mediation",
    ),
    # People whose "agree" is an opinion, not an agreement.
    "opinion_holder": (
        "analyst", "analysts", "expert", "experts", "observer", "observers", "critic", "critics",
        "economist", "economists", "scholar", "scholars", "historian", "historians",
        "scientist", "scientists", "commentator", "commentators", "viewer", "viewers",
        "voter", "voters", "reader", "readers", "people", "most", "many", "everyone",
        "everybody", "nobody", "few", "i", "you", "pundits", "researchers", "studies",
        "polls", "americans", "investors", "traders", "strategists",
    ),
    # Verbs that follow "ready/willing to" or "pledged to" and make a threat, not an offer.
    "hostile_verb": (
        "fight", "attack", "retaliate", "strike", "kill", "respond", "defend", "invade",
        "punish", "destroy", "crush", "use", "launch", "bomb", "shoot", "die", "resist",
        "impose", "sanction", "expel", "take",
    ),
    # Verbs a pledge or promise to do makes an offer of cooperation with (not a threat).
    "cooperative_verb": (
        "provide", "give", "grant", "release", "free", "withdraw", "pull", "cooperate",
        "help", "resume", "negotiate", "allow", "open", "reopen", "lift", "ease", "return",
        "hand", "pay", "reduce", "cut", "halt", "stop", "cease", "respect", "implement",
        "abide", "honour", "honor", "restore", "normalise", "normalize", "recognise",
        "recognize", "sign", "ratify", "join", "accept", "end", "hold", "share", "exchange",
        "swap", "extend", "send", "supply", "fund", "finance", "invest", "buy", "sell",
        "purchase", "rebuild", "lend", "forgive", "pardon", "demobilise", "demobilize",
        "disarm", "mediate", "facilitate",
    ),
    # Verbs "said it would ..." makes an offer with (a subset: no "withdraw its ambassador").
    "intent_verb": (
        "release", "free", "resume", "cooperate", "provide", "give", "grant", "allow", "lift",
        "ease", "return", "hand", "respect", "implement", "honour", "honor", "sign", "ratify",
        "accept", "join", "negotiate", "help", "restore", "normalise", "normalize", "reopen",
        "halt", "stop", "cease", "abide", "recognise", "recognize", "extend", "send", "supply",
        "exchange", "swap", "mediate", "facilitate",
    ),
    # Plural heads that, with "the" or "both", refer back to parties already named.
    "anaphoric_head": (
        "sides", "parties", "countries", "nations", "leaders", "governments", "neighbours",
        "neighbors", "rivals", "foes", "adversaries", "states", "groups", "camps",
        "delegations", "factions", "allies", "powers", "capitals", "presidents", "ministers",
    ),
    "compass": (
        "north", "south", "east", "west", "northwest", "northeast", "southwest", "southeast",
        "north-west", "north-east", "south-west", "south-east", "centre", "center", "interior",
        "border", "borders", "capital",
    ),
    "month": (
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday",
    ),
}
# fmt: on

#: Status precedence inside one sentence ("rejected the proposal for a truce" is rejected).
STATUS_RANK: Final[dict[str, int]] = {
    "proposed": 0,
    "agreed": 1,
    "signed": 2,
    "ratified": 3,
    "holding": 4,
    "rejected": 5,
    "violated": 6,
    "collapsed": 7,
}

# --- pattern fragments (grammar, not word lists) ------------------------------------------

_DET = r"(?:(?:a|an|the|this|that|its|their|his|her|our|any|new|fresh|another|\w+['’]s)\s+)?"
_MODS = r"(?:[\w'’-]+\s+){0,6}?"
_DEAL = _DET + _MODS + r"\L<deal_noun>\b"
_DEAL_ANY = _DET + _MODS + r"(?:\L<deal_noun>|\L<deal_weak>)\b"
_OBJ = _DET + _MODS + r"(?:\L<deal_noun>|\L<proposal_noun>)\b"
_CEASE = (
    r"(?:halt|stop|end|cease|suspend|freeze|pause)(?:s|ed|ped|ing|ping)?\s+"
    r"(?:the\s+|all\s+|their\s+|its\s+)?(?:hostilities|fighting|attacks|military\s+operations|combat|offensive|clashes)"
)

_ST = "status"
_NEEDS = "needs"
#: Base words (the extractor adds regular inflections; ``word!`` only plurals), one of which every sentence an
#: agreement-noun rule fires on contains; the ``needs`` of a rule gate it cheaply.
_STRONG: Final = "agreement!|deal!|accord!|pact!|treaty!|truce!|ceasefire!|cease|armistice!|memorandum!|memoranda!|mou!|cessation!"
_MID_DEAL: Final = _STRONG + "|settlement!|understanding!|consensus!|compromise"
_ANY_DEAL: Final = (
    _STRONG + "|understanding!|settlement!|consensus!|arrangement!|compromise|contract|framework!"
    "|roadmap!|road!|protocol!|extension!|exchange|swap|partnership!|alliance!"
)

CUE_RULES: Final = (
    # --- agreed -------------------------------------------------------------------------
    Rule(
        id="agreement.status.agree",
        pattern=r"""
            \b(?P<status> agree[sd]? | agreeing )\b
            (?<! \b\L<opinion_holder>\s+(?:\w+\s+){0,2}agree\w* )
            (?<! \b(?:would|might|could|may|must|should)\s+agree\w* )
            (?! \s+with\s+(?:him|her|them|you|me|us|it|this|that|everything|much|most|some|
                          (?:the|this|that|his|her|their)\s+(?:view|idea|notion|assessment|analysis|argument|sentiment|premise|criticism|statement|opinion|president|candidate)
                          )\b (?!\s+(?:on|to)\b) )
            (?= \s*[.;,]? \s*$
              | \s*[.;] | \s*,\s+(?:officials|sources|diplomats|a\s+\w+|the\s+\w+)
              | \s+(?:[\w'’-]+\s+){0,4}?(?:to|on|upon|with|that|in\s+principle|terms)\b
              | \s+(?:a|an|the|its|their|new|fresh)\s | \s+\L<deal_noun>\b )
        """,
        examples=(
            "Turkey and Russia agreed on March 5 to halt hostilities",
            "The two sides agreed to a truce",
            "Jordan and Britain have agreed to undertake joint exercises",
            "Rebels agree truce",
            "the two leaders agreed a ceasefire",
        ),
        counterexamples=(
            "analysts agree that the war will last",
            "Most viewers either agree with him or with her",
            "he may agree to talks",
            "They disagreed on everything",
        ),
        meta={_NEEDS: "agree", _ST: "agreed", "role": "act"},
    ),
    Rule(
        id="agreement.status.reach",
        pattern=rf"""
            \b(?P<status> reach(?:es|ed|ing)? | strike[sd]? | striking | struck | clinch(?:es|ed|ing)?
              | seal(?:s|ed|ing)? | conclude[sd]? | concluding | finali[sz](?:e|es|ed|ing)
              | forge[sd]? | forging | secure[sd]? | securing | hammer(?:s|ed|ing)?\s+out
              | work(?:s|ed|ing)?\s+out | announce[sd]? | announcing | unveil(?:s|ed|ing)?
              | declare[sd]? | declaring | approve[sd]? | approving | endorse[sd]? | endorsing
              | adopt(?:s|ed|ing)? | renew(?:s|ed|ing)?
              | extend(?:s|ed|ing)? | enter(?:s|ed|ing)?\s+into )
            \s+ {_DEAL_ANY}
        """,
        examples=(
            "reached a deal",
            "struck a peace treaty",
            "reached a consensus to exchange information",
            "declared a unilateral truce",
        ),
        counterexamples=("reached the border", "announced new taxes"),
        meta={
            "also": "reach|strike|struck|clinch|seal|conclude|finalize|finalise|forge|secure|hammer|work|worked|announce|unveil|declare|approve|endorse|agree|adopt|renew|extend|enter",
            _NEEDS: _ANY_DEAL,
            _ST: "agreed",
            "role": "act",
        },
    ),
    Rule(
        id="agreement.status.broker",
        pattern=rf"""
            (?<!-) \b(?P<status> broker(?:s|ed|ing)? | mediate[sd]? | mediating )\s+ {_DEAL_ANY}
        """,
        examples=("Egypt brokered a truce between Israel and Hamas",),
        counterexamples=("the broker sold shares",),
        meta={_NEEDS: "broker|mediate", _ST: "agreed", "role": "act", "mediator": "1"},
    ),
    Rule(
        id="agreement.status.brokered_by",
        pattern=r"""
            \b(?:\L<deal_noun>|\L<deal_weak>)\b (?:\s*,)? \s+ (?:(?:which|that)\s+)? (?:(?:was|were|is|are|has\s+been|had\s+been|being)\s+)?
            (?:\w+ly\s+)?
            (?P<status> brokered | mediated | negotiated | agreed | reached | struck | clinched
              | sealed | concluded | announced | declared | signed | ratified )
            \s+ (?= by | between | with | in | on | at | last | earlier | this | after | two
                   | three | a | an | \d | under | \w+day )
        """,
        examples=(
            "a ceasefire brokered by Egypt",
            "the truce agreed in March",
            "a UN-brokered deal signed by both sides",
        ),
        counterexamples=("a ceasefire that Egypt wants",),
        meta={
            "also": "broker|mediate|negotiate|agree|reach|struck|clinch|seal|conclude|announce|declare|sign|ratify",
            _NEEDS: _ANY_DEAL,
            _ST: "agreed",
            "role": "passive",
        },
    ),
    Rule(
        id="agreement.status.prefix_brokered",
        pattern=r"""
            \b(?P<mediators> (?:U\.?N\.?|[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}) )
            -(?P<status> brokered | mediated | sponsored )
            \s+ (?:[\w'’-]+\s+){0,3}? (?:\L<deal_noun>|\L<deal_weak>)\b
        """,
        examples=("as part of a UN-brokered deal", "a Russia-brokered ceasefire"),
        counterexamples=("a state-sponsored attack",),
        meta={_NEEDS: "broker|mediate|sponsor", _ST: "agreed", "role": "passive"},
        case_sensitive=True,
    ),
    Rule(
        id="agreement.status.accept",
        pattern=r"""
            (?<! \b(?:not|n't|never|refused\s+to|declined\s+to)\s+ )
            \b(?P<status> accept(?:s|ed|ing)? | embrace[sd]? | embracing )
            \s+ (?:[\w'’-]+\s+){0,3}? (?:\L<deal_noun>|\L<proposal_noun>|\L<deal_weak>)\b
        """,
        examples=("Russia accepted the proposal for a truce", "accepted a ceasefire"),
        counterexamples=("accepted demands from rebels", "will not accept the deal"),
        meta={
            "also": _ANY_DEAL + "|proposal|offer|terms|initiative|concession|mediate",
            _NEEDS: "accept|embrace",
            _ST: "agreed",
            "role": "act",
        },
    ),
    # --- signed and ratified ------------------------------------------------------------
    Rule(
        id="agreement.status.sign",
        pattern=rf"""
            \b(?P<status> sign(?:s|ed|ing)? (?:\s+(?:on\s+to|onto|off\s+on|up\s+to))? )
            \s+ (?:(?:on|with)\s+)? {_DEAL_ANY}
        """,
        examples=("signed a peace deal", "The two ministers signed a memorandum of understanding"),
        counterexamples=("signed a bill into law", "a sign of the times"),
        meta={"also": _ANY_DEAL, _NEEDS: "sign|signature", _ST: "signed", "role": "act"},
    ),
    Rule(
        id="agreement.status.sign_passive",
        pattern=r"""
            \b\L<deal_noun>\b (?:\s*,)? \s+ (?:(?:which|that)\s+)? (?:(?:was|were|is|are|has\s+been|had\s+been|being)\s+)?
            (?P<status> signed ) \b
        """,
        examples=("The accord, signed in Doha in February", "the treaty was signed"),
        counterexamples=("the bill was signed",),
        meta={_NEEDS: "sign", _ST: "signed", "role": "passive"},
    ),
    Rule(
        id="agreement.status.ratify",
        pattern=r"""
            \b(?P<status> ratif(?:y|ies|ied|ying) | ratification )\b
        """,
        examples=("parliament ratified the treaty", "voted for ratification of the treaty"),
        counterexamples=("gratify",),
        meta={_NEEDS: "ratify", _ST: "ratified", "role": "act"},
    ),
    # --- proposed -----------------------------------------------------------------------
    Rule(
        id="agreement.status.propose",
        pattern=rf"""
            \b(?P<status> propose[sd]? | proposing | offer(?:s|ed|ing)? | call(?:s|ed|ing)?\s+for
              | urge[sd]?\s+(?:a|an|the) | urging\s+(?:a|an|the) | push(?:es|ed|ing)?\s+for
              | press(?:es|ed|ing)?\s+for | seek(?:s|ing)? | sought | work(?:s|ed|ing)?\s+(?:on|toward|towards)
              | negotiat(?:e|es|ed|ing) (?:\s+(?:on|over|for|with\s+\w+(?:\s+\w+)?\s+(?:on|over|for)))?
              | talks\s+(?:on|over|about|for|toward|towards|aimed\s+at)
              | draft(?:s|ed|ing)? | mull(?:s|ed|ing)? )
            \s+ {_OBJ}
        """,
        examples=(
            "Egypt proposed a ceasefire",
            "called for a truce",
            "offered concessions",
            "negotiating a trade deal",
        ),
        counterexamples=("offered support to its ally", "called for calm"),
        meta={
            "also": "propose|offer|call|urge|push|press|seek|sought|work|negotiate|talks|draft|mull",
            _NEEDS: _MID_DEAL + "|proposal!|offer|terms|initiative|concession|mediation!",
            _ST: "proposed",
            "role": "act",
        },
    ),
    Rule(
        id="agreement.status.proposal",
        pattern=r"""
            \b(?P<status> proposals? | offer | plans? | calls? | push | bid ) \s+ (?:for|of) \s+
            (?:[\w'’-]+\s+){0,3}? (?:\L<deal_noun>|talks|negotiations)\b
        """,
        examples=("Saddam Hussein's proposal for a cease-fire", "calls for a truce"),
        counterexamples=("calls for calm",),
        meta={
            "also": "proposal|offer|plan|call|push|bid",
            _NEEDS: _STRONG + "|talks|negotiation",
            _ST: "proposed",
            "role": "act",
            "weak": "1",
        },
    ),
    Rule(
        id="agreement.status.offer_to",
        pattern=r"""
            \b(?P<status> offer(?:s|ed|ing)? | propose[sd]? | commit(?:s|ted)?\s+(?:itself|themselves|himself|herself)
              | (?:is|are|was|were|be|been)\s+(?:\w+ly\s+)?(?:willing|committed) )
            \s+ to \s+ (?! \L<hostile_verb>\b | be\b | the\b | a\b | an\b | its\b | their\b )
            (?= [a-z] )
        """,
        examples=(
            "Libya has offered to hand over two suspects",
            "it is willing to withdraw its troops",
            "is committed to opening up the economy",
        ),
        counterexamples=("ready to fight", "continued to offer support to its ally"),
        meta={
            _NEEDS: "offer|propose|willing!|committed!|commit!|commits!",
            _ST: "proposed",
            "role": "act",
        },
        case_sensitive=True,
    ),
    Rule(
        id="agreement.status.pledge",
        pattern=r"""
            \b(?P<status> pledge[sd]? | pledging | promise[sd]? | promising | undert(?:ake|akes|ook)
              | (?:is|are|was|were|be|been)\s+(?:\w+ly\s+)?(?:ready|prepared) )
            \s+ to \s+ (?:\w+ly\s+)? (?:\L<cooperative_verb>)\b
        """,
        examples=("Syria pledged to release all prisoners", "Iran is ready to resume talks"),
        counterexamples=(
            "they pledged to fight on",
            "he vowed to release them",
            "a promise to build a wall",
        ),
        meta={
            _NEEDS: "pledge|promise|promising|undertake|undertook|ready!|prepared!",
            _ST: "proposed",
            "role": "act",
        },
    ),
    Rule(
        id="agreement.status.intent",
        pattern=r"""
            \b(?P<status> (?:express(?:es|ed)?|signal(?:s|led|ed)?|indicat(?:es|ed)|voic(?:es|ed)|reaffirm(?:s|ed)?)
                \s+ (?:its\s+|their\s+|his\s+|her\s+)? (?:willingness|readiness|intention|intent) \s+ to
              | (?:said|says|announced|announces|stated)\s+(?:that\s+)?(?:it|they|he|she)\s+(?:would|will) )
            \s+ (?:\w+ly\s+)? (?:\L<intent_verb>)\b
        """,
        examples=(
            "Syria said it would release the prisoners",
            "Iran expressed its willingness to resume talks",
        ),
        counterexamples=(
            "Iran said it would retaliate",
            "France said it would withdraw its ambassador",
        ),
        meta={
            _NEEDS: "release|free|resume|cooperate|provide|give|grant|allow|lift|ease|return|hand"
            "|respect|implement|honour|honor|sign|ratify|accept|join|negotiate|help|restore"
            "|normalise|normalize|reopen|halt|stop|cease|abide|recognise|recognize|extend|send"
            "|supply|exchange|swap|mediate|facilitate",
            "also": "said|says|announced|announces|stated|willingness|readiness|intention|intent",
            _ST: "proposed",
            "role": "act",
        },
    ),
    Rule(
        id="agreement.status.aid_pledge",
        pattern=r"""
            \b(?P<status> will | pledge[sd]?(?:\s+to)? | promise[sd]?(?:\s+to)? | offer(?:s|ed)?(?:\s+to)? )
            \s+ (?:\w+\s+)? (?:give | provide | grant | donate | lend | extend | send | deliver)
            \s+ (?:[\w'’$,.-]+\s+){0,8}? (?:aid | grants? | loans? | assistance | credits? | funds | funding | relief | supplies)\b
        """,
        examples=("Finland will give Tanzania a grant of 580 million shillings",),
        counterexamples=("Finland gave Tanzania a grant",),
        meta={
            "also": "will|pledge|promise|offer",
            _NEEDS: "aid|grant|loan|assistance|credit|fund|funding|relief|supply|supplies",
            _ST: "proposed",
            "role": "act",
        },
    ),
    Rule(
        id="agreement.status.exchange",
        pattern=r"""
            \b(?P<status> exchang(?:e|es|ed|ing) | swap(?:s|ped|ping)? | trad(?:e|es|ed|ing) )
            \s+ (?:[\w,'’-]+\s+){0,4}? (?:prisoners|detainees|captives|hostages|pows|bodies|remains)\b
        """,
        examples=("Ukraine and Russia exchanged 200 prisoners on Sunday",),
        counterexamples=("Police released 20 prisoners",),
        meta={
            "needs": "exchange|swap|trade",
            "also": "prisoners!|detainees!|captives!|hostages!|pows!|bodies!|remains!",
            _ST: "agreed",
            "role": "act",
        },
    ),
    # --- holding ------------------------------------------------------------------------
    Rule(
        id="agreement.status.holding",
        pattern=r"""
            \b(?:\L<deal_noun>)\b [^.;!?]{0,60}?
            \b(?P<status> (?:has|have|had)\s+(?:\w+ly\s+)?(?:held|been\s+holding|been\s+respected|been\s+observed|survived)
              | (?:is|are|was|were)\s+(?:still\s+)?(?:\w+ly\s+)?(?:holding|being\s+(?:respected|observed|implemented))
              | (?:is|are|was|were|remains?|remained)\s+(?:still\s+)?(?:\w+ly\s+)?(?:in\s+(?:force|effect|place)|intact)
              | held\s+(?:up|firm) | largely\s+held | took\s+effect | came\s+into\s+(?:force|effect)
              | (?:goes|went|has\s+gone)\s+into\s+effect | holds )\b
        """,
        examples=("The ceasefire has largely held since then.", "the truce is holding"),
        counterexamples=("the talks were held in Geneva",),
        meta={
            "also": "hold|held|holds|holding|respect|observe|implement|force|effect|place|intact|survive|took|came|went|gone|goes",
            _NEEDS: _STRONG,
            _ST: "holding",
            "role": "update",
        },
    ),
    Rule(
        id="agreement.status.respect",
        pattern=rf"""
            \b(?P<status> respect(?:s|ed|ing)? | observ(?:e|es|ed|ing) | honou?r(?:s|ed|ing)?
              | uph(?:old|olds|eld|olding) | abid(?:e|es|ed|ing)\s+by | adher(?:e|es|ed|ing)\s+to
              | compl(?:y|ies|ied|ying)\s+with | implement(?:s|ed|ing)? )
            \s+ {_DEAL}
        """,
        examples=("both sides are respecting the truce",),
        counterexamples=("respect the elders",),
        meta={
            "also": "respect|observe|honor|honour|uphold|upheld|abide|adhere|comply|complied|implement",
            _NEEDS: _STRONG,
            _ST: "holding",
            "role": "act",
        },
    ),
    # --- violated -----------------------------------------------------------------------
    Rule(
        id="agreement.status.violate",
        pattern=rf"""
            \b(?P<status> violat(?:e|es|ed|ing) | breach(?:es|ed|ing)? | broke | break(?:s|ing)?
              | flout(?:s|ed|ing)? | undermin(?:e|es|ed|ing) )
            \s+ {_DEAL}
        """,
        examples=("Russia violated the ceasefire", "rebels broke the truce"),
        counterexamples=("broke the record",),
        meta={
            "also": "violate|breach|broke|break|flout|undermine",
            _NEEDS: _STRONG,
            _ST: "violated",
            "role": "act",
        },
    ),
    Rule(
        id="agreement.status.violation",
        pattern=rf"""
            \b(?P<status> violations? | breach(?:es)? | infringements? )\s+of\s+ {_DEAL}
            | \b\L<deal_noun>\b [^.;!?]{{0,40}}? \b(?P<status> (?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?(?:violated|breached|broken) )
        """,
        examples=("repeated violations of the truce", "the ceasefire was repeatedly violated"),
        counterexamples=("a violation of the law",),
        meta={
            "also": "violation|violate|breach|broken|infringement",
            _NEEDS: _STRONG,
            _ST: "violated",
            "role": "update",
        },
    ),
    # --- collapsed ----------------------------------------------------------------------
    Rule(
        id="agreement.status.collapse",
        pattern=r"""
            \b\L<deal_noun>\b [^.;!?]{0,50}?
            \b(?P<status> collaps(?:e|es|ed|ing) | broke\s+down | broken\s+down | breaks\s+down
              | fell\s+apart | fallen\s+apart | falls\s+apart | fell\s+through | unravell?(?:ed|ing)
              | crumbled | expired? | expires | lapsed | (?:has|had)\s+ended | ended ) \b
            (?! \s+(?:the|a|an|\w+['’]s|years?|decades?|months?|weeks?|fighting|hostilities|war|conflict|violence|up)\b )
        """,
        examples=("the truce collapsed within days", "The ceasefire ended in June"),
        counterexamples=("a deal that ended the war",),
        meta={
            "also": "collapse|broke|broken|breaks|fell|fallen|falls|unravel|unravelled|crumble|expire|lapse|end",
            _NEEDS: _STRONG,
            _ST: "collapsed",
            "role": "update",
        },
    ),
    Rule(
        id="agreement.status.end",
        pattern=rf"""
            \b(?P<status> end(?:s|ed|ing)? | call(?:s|ed|ing)?\s+off | terminat(?:e|es|ed|ing)
              | suspend(?:s|ed|ing)? | scrap(?:s|ped|ping)? | tore\s+up | tear(?:s|ing)?\s+up
              | abandon(?:s|ed|ing)? | cancel(?:s|led|ed|ling|ing)? )
            \s+ {_DEAL}
        """,
        examples=("Hamas called off the truce", "the president scrapped the deal"),
        counterexamples=("ended the war",),
        meta={
            "also": "end|call|terminate|suspend|scrap|tore|tear|abandon|cancel",
            _NEEDS: _STRONG,
            _ST: "collapsed",
            "role": "act",
        },
    ),
    # --- rejected -----------------------------------------------------------------------
    Rule(
        id="agreement.status.reject",
        pattern=r"""
            \b(?P<status> reject(?:s|ed|ing)? | refus(?:e|es|ed|ing) | dismiss(?:es|ed|ing)?
              | spurn(?:s|ed|ing)? | repudiat(?:e|es|ed|ing) | renege[sd]?\s+on | reneging\s+on
              | (?:pull|pulls|pulled|pulling)\s+(?:[\w'’.-]+\s+){0,3}?out\s+of
              | withdr(?:aw|aws|ew|awn|awing)\s+(?:[\w'’.-]+\s+){0,3}?from
              | walk(?:s|ed|ing)?\s+away\s+from | quit(?:s|ting)? | exit(?:s|ed|ing)? | veto(?:es|ed|ing)?
              | repeal(?:s|ed|ing)? | revok(?:e|es|ed|ing) | revocation )
            \s+ (?:[\w'’-]+\s+){0,4}? (?:\L<deal_noun>|proposals?|offers?|plan|peace\s+plan|initiative|terms)\b
        """,
        examples=(
            "Iran rejected Iraq's proposal for a cease-fire",
            "Washington pulled out of the nuclear deal",
            "Putin's decision to withdraw from the treaty",
        ),
        counterexamples=("rejected an ultimatum", "pulled out of the race"),
        meta={
            "also": _STRONG + "|proposal|offer|plan|initiative|terms",
            _NEEDS: "reject|refuse|dismiss|spurn|repudiate|renege|pull|withdraw|withdrew|walk|quit|exit|veto|repeal|revoke|revocation",
            _ST: "rejected",
            "role": "act",
        },
    ),
    Rule(
        id="agreement.status.refuse_to_agree",
        pattern=r"""
            \b(?P<status> refus(?:e|es|ed|ing) | declin(?:e|es|ed|ing) ) \s+ to \s+
            (?: sign | agree | accept | ratify | join ) \b
        """,
        examples=("Kiev refused to sign the deal",),
        counterexamples=("refused to comment",),
        meta={_NEEDS: "refuse|decline", _ST: "rejected", "role": "act"},
    ),
    # --- mentions with parties ---------------------------------------------------------
    Rule(
        id="agreement.status.mention_between",
        pattern=r"""
            \b(?P<status> \L<deal_noun> ) \s+ (?:[\w'’-]+\s+){0,2}? (?:between|among) \s+ (?=\S)
        """,
        examples=("the August 13 peace accord between Macedonian and Albanian parties",),
        counterexamples=("talks between the two sides",),
        meta={
            "also": "between|among",
            _NEEDS: _STRONG,
            _ST: "agreed",
            "role": "mention",
            "weak": "1",
        },
    ),
    Rule(
        id="agreement.status.mention_with",
        pattern=r"""
            \b(?:an?|the|its|their|his|her)\s+(?:[\w'’-]+\s+){0,2}?
            (?P<status> agreement|deal|accord|pact|treaty|truce|ceasefire|cease-fire )
            \s+ with \s+ (?:the\s+)? (?=[A-Z])
        """,
        examples=("an agreement with Ukraine",),
        counterexamples=("an agreement with them",),
        meta={"also": "with", _NEEDS: _STRONG, _ST: "agreed", "role": "mention", "weak": "1"},
        case_sensitive=True,
    ),
    Rule(
        id="agreement.status.mention_named",
        pattern=r"""
            (?P<status> \b(?:Treaty|Accords?|Agreement|Pact|Convention|Protocol)\s+of\s+[A-Z][\w'’-]+
              | \b[A-Z][\w'’-]+\s+(?:Accords?|Agreement|Treaty|Pact|Protocol|Armistice) )\b
        """,
        examples=("since the Treaty of Westphalia in 1648", "the Minsk Agreement"),
        counterexamples=("the treaty of friendship",),
        meta={
            "also": "of|treaty|accord|accords|agreement|pact|protocol|armistice",
            _NEEDS: "treaty!|accord!|agreement!|pact!|convention!|protocol!|armistice!",
            _ST: "agreed",
            "role": "mention",
            "weak": "1",
        },
        case_sensitive=True,
    ),
)

#: Kinds, tried in this order; the earliest match after the cue decides.
KIND_RULES: Final = (
    Rule(
        id="agreement.kind.exchange",
        pattern=r"""
            \b(?: (?:prisoners?|detainees?|hostages?|captives?|pows?)['’]?\s+(?:exchange|swap|release|deal)
              | (?:exchang\w*|swapp?\w*)\s+(?:of\s+)?(?:[\w,-]+\s+){0,2}?(?:prisoners|detainees|hostages|captives|bodies|pows) )\b
        """,
        examples=("a prisoner exchange", "the swap of 300 prisoners"),
        meta={"kind": "exchange"},
    ),
    Rule(
        id="agreement.kind.ceasefire",
        pattern=rf"""
            \b(?: cease-?\s?fires? | truces? | armistice | cessation\s+of\s+hostilities | {_CEASE}
              | lay\s+down\s+(?:their\s+|its\s+)?(?:arms|weapons) | humanitarian\s+pause
              | de-?escalation\s+zones? | stop\s+shooting | silence\s+the\s+guns )\b
        """,
        examples=("to halt hostilities", "a cease-fire", "stop fighting", "a truce"),
        counterexamples=("a halt to imports",),
        meta={"kind": "ceasefire"},
    ),
    Rule(
        id="agreement.kind.memorandum",
        pattern=r"""\b(?: memorand(?:um|a) | mous? )\b""",
        examples=("a memorandum of understanding",),
        meta={"kind": "memorandum"},
    ),
    Rule(
        id="agreement.kind.peace",
        pattern=r"""\b(?: peace | normali[sz]ation | reconciliation | end\s+the\s+war )\b""",
        examples=("a peace deal",),
        meta={"kind": "peace"},
    ),
    Rule(
        id="agreement.kind.trade",
        pattern=r"""
            \b(?: (?:free[-\s])?trade | tariffs? | commerce | commercial | economic | investment
              | customs\s+union | market\s+access | exports? | imports? | purchases? )\b
        """,
        examples=("a new free-trade pact", "tariff cuts"),
        meta={"kind": "trade"},
    ),
)

#: Phrases inside a clause: parties after the cue, mediators, places, relative clauses.
PHRASE_RULES: Final = (
    Rule(
        id="agreement.parties.with",
        pattern=r"""
            ^ \s* (?:[\w'’-]+\s+){0,5}? with \s+ (?P<parties> (?:[^,;.()]|\.(?=[^\s,;.()])|(?<=\b[A-Z])\.(?![^\s,;.()])){1,80}? )
            (?= \s+(?:to|on|over|for|in|that|after|before|amid|which|who|under|as|last|this|early|late|earlier)\b | \s*(?:[,;()]|(?<!\b[A-Z])\.(?![^\s,;.()])) | (?<!\b[A-Z])\.?\s*$ )
        """,
        examples=(" with Ukraine to secure its territory", " a deal with Iran on its nuclear work"),
        meta={"role": "with"},
    ),
    Rule(
        id="agreement.parties.between",
        pattern=r"""
            \b(?:between|among) \s+ (?P<parties> (?:[^,;.()]|\.(?=[^\s,;.()])|(?<=\b[A-Z])\.(?![^\s,;.()])){1,100}? )
            (?= \s+(?:to|on|over|for|in|that|after|before|amid|which|who|under|as|last|this|was|were|is|has|had)\b | \s*(?:[,;()]|(?<!\b[A-Z])\.(?![^\s,;.()])) | (?<!\b[A-Z])\.?\s*$ )
        """,
        examples=("a deal between Israel and the Palestinians",),
        meta={"role": "between"},
    ),
    Rule(
        id="agreement.mediators.by",
        pattern=r"""
            \b(?:brokered|mediated|sponsored|facilitated|negotiated)\s+by \s+ (?P<mediators> (?:[^,;.()]|\.(?=[^\s,;.()])|(?<=\b[A-Z])\.(?![^\s,;.()])){1,80}? )
            (?= \s+(?:to|on|over|for|in|that|after|before|amid|which|who|under|as|last|this|and\s+signed)\b | \s*(?:[,;()]|(?<!\b[A-Z])\.(?![^\s,;.()])) | (?<!\b[A-Z])\.?\s*$ )
            | \b(?:with\s+the\s+mediation\s+of|under\s+the\s+auspices\s+of|mediated\s+by)\s+ (?P<mediators> (?:[^,;.()]|\.(?=[^\s,;.()])|(?<=\b[A-Z])\.(?![^\s,;.()])){1,80}? )
            (?= \s+(?:to|on|over|for|in|that|after|before|amid)\b | \s*(?:[,;()]|(?<!\b[A-Z])\.(?![^\s,;.()])) | (?<!\b[A-Z])\.?\s*$ )
        """,
        examples=("a truce brokered by Egypt and Qatar",),
        meta={"role": "mediators"},
    ),
    Rule(
        id="agreement.parties.by",
        pattern=r"""
            ^ \s* (?:(?:was|were|is|are|has\s+been|had\s+been)\s+)? (?:\w+ly\s+)?
            (?:signed|agreed|reached|struck|ratified|concluded|sealed|approved)
            (?:\s+(?:in|on|at|last|this)\s+[\w'’-]{1,30}+(?:\s+\d{1,4})?){0,2}
            \s+by \s+ (?P<parties> (?:[^,;.()]|\.(?=[^\s,;.()])|(?<=\b[A-Z])\.(?![^\s,;.()])){1,80}? )
            (?= \s+(?:to|on|over|for|in|that|after|before|amid|which|who|under|as|last|this)\b | \s*(?:[,;()]|(?<!\b[A-Z])\.(?![^\s,;.()])) | (?<!\b[A-Z])\.?\s*$ )
        """,
        examples=(
            " ratified by 196 nations after the war",
            "signed in Doha in February by the United States and the Taliban,",
        ),
        meta={"role": "by"},
    ),
    Rule(
        id="agreement.location.in",
        pattern=r"""
            \b(?:in|across|along|throughout|inside|around|near) \s+
            (?P<location>
                the\s+(?:country|region|province|area|enclave|territory|state|city|town|north|south|east|west|northwest|northeast|southwest|southeast)
                    (?:['’]s\s+\L<compass>)?
              | (?:(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)(?:ern|-?[Ww]est|-?[Ee]ast|[Ww]est|[Ee]ast)*\s+)?
                (?!(?i:\L<month>)\b) (?:the\s+)? [A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of))*?
                (?:\s+[A-Z][\w'’.-]*)? (?:['’]s\s+\L<compass>(?:ern\s+\w+)?)?
                (?:\s+(?:province|region|district|governorate|state|county|city|town|area|border|enclave|valley|strait|sea))?
            ) (?![\w'’])
        """,
        examples=("in the country's northwest", "in Idlib province", "in northern Syria"),
        meta={"role": "location"},
        case_sensitive=True,
    ),
)

#: Clause grammar: boundaries, subjects, time phrases.
CLAUSE_RULES: Final = (
    Rule(
        id="agreement.clause.sentence_end",
        pattern=r"""
            (?<= [a-z0-9)\]%] [.!?] ["”’]? ) \s+ (?= ["“‘]? [A-Z] )
            | (?<= [.!?] ["”’] ) \s+ (?= [A-Z] )
        """,
        examples=("The talks ended. The truce held.",),
        counterexamples=("U.S. officials agreed",),
        case_sensitive=True,
    ),
    Rule(
        id="agreement.clause.subject_start",
        pattern=r"""
            [;:—–\[] | ["“”] | \b(?:that|said|says|saying|but|while|whereas|because|after|before|although|though|when|where|as|and\s+then)\s
            | ,\s+(?:and|but|while|as|after|when|so|or|yet)\s
        """,
        examples=("he said that Turkey agreed",),
    ),
    Rule(
        id="agreement.clause.leading_adverbial",
        pattern=r"""
            ^ \s* (?: (?:on|in|last|this|earlier|later|after|before|since|following|meanwhile|however|also|separately|under|at|by|with|despite|late|early|yesterday|today|in\s+\w+)\b
                      [^,]{0,50} , \s+ )+
        """,
        examples=("On Thursday, Iran agreed",),
    ),
    Rule(
        id="agreement.clause.trailing_aux",
        pattern=r"""
            (?r)
            (?: \s+ (?: have | has | had | also | now | finally | reportedly | jointly | formally
                | officially | tentatively | quickly | would | will | could | may | might | did | do
                | does | not | never | already | today | yesterday | recently | earlier | later
                | again | eventually | initially | previously | originally | flatly | \w+ly
                | (?:fail|refus|declin|want|hop|plan|aim|seek|expect|vow|pledg|promis|decid|mov|continu|tr|agre|s[ae]em|appear|need|wish|intend)\w*\s+to
                | (?:is|are|was|were|be|been)\s+(?:expected|likely|due|set|poised|ready|willing|prepared|about|unable|able|going)\s+to
                | (?:is|are|was|were|be|been)\s+(?:guilty|accused|suspected|capable)\s+of
                | (?:is|are|was|were|be|been)
                | on\s+(?:\L<month>)(?:\s+\d{1,2})? | last\s+\w+ | this\s+\w+ | in\s+(?:\L<month>|\d{4}) ) ){1,6}
            \s* $
        """,
        examples=("Russia has now",),
    ),
    Rule(
        id="agreement.clause.parenthetical",
        pattern=r"""
            (?r)
            , \s+ (?:which|who|whose|where|whom|a|an|the|one|both|each|long|now|already|itself|themselves|its|their|his|her|then|once|still|together|along|backed|led|home|including)\b
            [^,]{1,160}? , \s* $
        """,
        examples=("Turkey and Russia, which back opposing sides in Syria's war,",),
    ),
    Rule(
        id="agreement.clause.terms_end",
        pattern=r"""
            [,;:] \s* (?:officials?|sources?|diplomats?|according|the\s+\w+\s+(?:said|announced|reported)|a\s+\w+\s+(?:said|official))\b
            | (?<=\s) (?:after|before|because|amid|despite|following|while|whereas|although|though|since|as\s+part|as\s+well|but|which|who|when|even|until|ahead\s+of|in\s+a\s+bid|officials\s+said|according\s+to|if|unless|provided|once)\b
            | [;:—–(] | ,\s+(?:and|but|while|as|after|when|which|who|saying|according|officials?|sources?|the\s+\w+\s+said)\b
            | (?:,\s{0,3})?["“”] | (?<=\s)and\s+\w+ing\b | ,\s+\w+ing\b
            | ,\s+(?:[\w.'’-]+\s+){1,5}?(?:said|says|told|announced|reported|confirmed|added|stated)\b
        """,
        examples=("to halt hostilities in the northwest after a recent escalation",),
    ),
    Rule(
        id="agreement.clause.leading_time",
        pattern=r"""
            ^ \s* (?: on\s+(?:\L<month>|the\s+\d{1,2}\w*)(?:\s+\d{1,2}\w*)?(?:,?\s+\d{4})? | last\s+\w+ | this\s+\w+ | today | yesterday | earlier
                    | in\s+(?:\L<month>|\d{4})(?:\s+\d{4})? | early | late | also | now | finally | formally | in\s+principle
                    | (?:on|upon)(?=\s+(?:a|an|the|this|that|its|their|new|terms)\b) ) \b \s*
        """,
        examples=(" on March 5 to halt",),
    ),
    Rule(
        id="agreement.clause.negation",
        pattern=r"""
            \b(?: not | n't | never | no\s+longer | fail(?:s|ed|ing)?\s+to | unable\s+to | yet\s+to
                | refus(?:e|es|ed|ing)\s+to | declin(?:e|es|ed|ing)\s+to | without | no | if | whether | hopes?\s+to | plans?\s+to
                | expected\s+to | likely\s+to | efforts?\s+to | offer(?:s|ed|ing)?\s+to | (?<!agreed\s|agree\s|agrees\s)to | propos(?:e|es|ed|ing)\s+to | attempts?\s+to | bids?\s+to | push\s+to
                | aimed\s+at | seeking\s+to | working\s+to | urge[sd]?\s+\w+(?:\s+and\s+\w+)?\s+to | would | could | may | might | aims?\s+to | wants?\s+to | seeks?\s+to | trying\s+to | tries\s+to ) \b \s* (?:\w+\s+)? $
            | n't \s* $
        """,
        examples=("did not ", "failed to "),
        counterexamples=("Ghana and Togo ", "Norway "),
    ),
    Rule(
        id="agreement.clause.definite",
        pattern=r"""
            (?: ^ | \b(?:the|this|that|its|their|such)\s+ (?:[\w'’-]+\s+){0,3}? ) \L<deal_noun>\b
        """,
        examples=("The ceasefire", "the two-week truce"),
    ),
    Rule(
        id="agreement.clause.accused",
        pattern=r"""
            (?r) \b(?:accus\w*|blam\w*|charg\w*|condemn\w*|critici[sz]\w*|fault\w*)
            \s+ (?P<parties> [^,;.]{1,80}? ) \s+ (?:of|for|with) \s* $
        """,
        examples=("Armenia accused Azerbaijan of ",),
    ),
    Rule(
        id="agreement.clause.anaphoric",
        pattern=r"""^ \s* (?:[Tt]he|[Bb]oth|[Aa]ll)\s+ (?:two\s+|three\s+|warring\s+|rival\s+|opposing\s+)? (?:[a-z][\w-]*\s+)? \L<anaphoric_head> \s* $""",
        examples=("the two sides", "both governments", "The warring parties"),
        counterexamples=("the Palestinians", "The United Nations"),
        case_sensitive=True,
    ),
    Rule(
        id="agreement.clause.pronoun",
        pattern=r"""^ \s* (?:it|they|he|she|we|which|who|that|this|these|those|both|each|them|i|you)\s* $""",
        examples=("they",),
    ),
    Rule(
        id="agreement.clause.conjunction",
        pattern=r""",\s*(?:and\s+|&\s+)? | (?<=\S)\s{1,3}(?:and|&)\s+""",
        examples=("Iran, Iraq and Syria",),
    ),
    Rule(
        id="agreement.clause.determiner",
        pattern=r"""^ \s* (?: (?:the|both|all|a|an|senior|top|high-ranking|rebel)\s+
                | (?:senior\s+|top\s+)?(?:leaders?|officials?|representatives?|members?|delegates?|delegations?|negotiators?|envoys?|heads?|ministers?)\s+(?:of|from)\s+ )+""",
        examples=("the United States",),
    ),
    Rule(
        id="agreement.clause.the_country",
        pattern=r"""\bthe\s+country\b""",
        examples=("in the country's northwest",),
    ),
)
