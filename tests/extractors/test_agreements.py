"""
Tests for `newsevents.extractors.agreements` and its rule table.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

import newsevents
from newsevents._rules import compile_pattern
from newsevents.extractors import agreements as agreement_module
from newsevents.extractors.agreements import extract_agreements, find_agreements
from newsevents.model import Agreement, TimeExpression
from newsevents.rules.agreements import (
    AGREEMENT_LEXICON,
    CLAUSE_RULES,
    CUE_RULES,
    KIND_RULES,
    PHRASE_RULES,
)

ALL_RULES = (*CUE_RULES, *KIND_RULES, *PHRASE_RULES, *CLAUSE_RULES)
SEED = Path(__file__).resolve().parents[2] / "examples" / "pompeo-reuters.txt"


def _compile(pattern: str, *, case_sensitive: bool) -> regex.Pattern[str]:
    names = {part.split(">", 1)[0] for part in pattern.split("\\L<")[1:]}
    flags = regex.VERBOSE | regex.VERSION1 | (0 if case_sensitive else regex.IGNORECASE)
    return compile_pattern(pattern, {name: AGREEMENT_LEXICON[name] for name in names}, flags=flags)


def _one(text: str) -> Agreement | None:
    agreements = find_agreements(text)
    return agreements[0] if agreements else None


def _summary(text: str) -> tuple[str, str] | None:
    agreement = _one(text)
    return None if agreement is None else (agreement.kind.value, agreement.status.value)


# --- the rule table tests itself ------------------------------------------------------------

EXAMPLES = [(rule.id, example, True) for rule in ALL_RULES for example in rule.examples] + [
    (rule.id, example, False) for rule in ALL_RULES for example in rule.counterexamples
]


class TestRuleTable:
    """
    Every rule matches its examples and none of its counterexamples; ids are unique.
    """

    @pytest.mark.parametrize(
        ("rule_id", "text", "expected"), EXAMPLES, ids=[f"{r}:{t[:30]}" for r, t, _ in EXAMPLES]
    )
    def test_examples(self, rule_id: str, text: str, expected: bool) -> None:
        """
        A rule finds its examples and not its counterexamples.
        """
        rule = next(rule for rule in ALL_RULES if rule.id == rule_id)
        pattern = _compile(rule.pattern, case_sensitive=rule.case_sensitive)

        assert expected == (pattern.search(text) is not None)

    def test_ids_unique(self) -> None:
        """
        No two rules share an id (ids appear in output).
        """
        ids = [rule.id for rule in ALL_RULES]

        assert len(ids) == len(set(ids))

    def test_cue_rules_have_status(self) -> None:
        """
        Every cue rule says which status it gives and which words gate it.
        """
        missing = [rule.id for rule in CUE_RULES if not rule.get("status") or not rule.get("needs")]

        assert [] == missing


# --- cues and status -------------------------------------------------------------------------

STATUS_CASES = [
    ("Israel and Hamas agreed to a truce.", ("ceasefire", "agreed"), "agreed to"),
    ("The two sides agreed on a prisoner exchange.", ("exchange", "agreed"), "agreed on"),
    ("Kenya agreed with Somalia to reopen the border.", ("other", "agreed"), "agreed with"),
    ("Rebels agree truce", ("ceasefire", "agreed"), "headline: agree + noun"),
    ("Ghana and Togo signed a trade pact on Friday.", ("trade", "signed"), "signed"),
    ("The two ministers signed a memorandum of understanding.", ("memorandum", "signed"), "MoU"),
    ("Serbia and Kosovo reached a deal on license plates.", ("other", "agreed"), "reached a deal"),
    ("Washington struck a trade deal with Tokyo.", ("trade", "agreed"), "struck a deal"),
    ("Egypt brokered a truce between Israel and Hamas.", ("ceasefire", "agreed"), "brokered"),
    ("The rebels accepted a ceasefire.", ("ceasefire", "agreed"), "accepted"),
    ("The militia declared a unilateral truce.", ("ceasefire", "agreed"), "declared a truce"),
    ("Parliament ratified the peace treaty.", ("peace", "ratified"), "ratified"),
    ("France proposed a ceasefire in Libya.", ("ceasefire", "proposed"), "proposed"),
    ("Qatar offered to mediate a prisoner swap.", ("exchange", "proposed"), "offered to"),
    ("The UN called for a truce in Yemen.", ("ceasefire", "proposed"), "called for"),
    ("Both sides are negotiating a peace deal.", ("peace", "proposed"), "negotiating"),
    ("The truce is holding.", ("ceasefire", "holding"), "is holding"),
    ("The ceasefire has largely held.", ("ceasefire", "holding"), "has largely held"),
    ("Rebels violated the ceasefire on Sunday.", ("ceasefire", "violated"), "violated"),
    ("Militants broke the truce within hours.", ("ceasefire", "violated"), "broke"),
    ("They accused Moscow of a breach of the accord.", ("other", "violated"), "breach of"),
    ("The truce collapsed in June.", ("ceasefire", "collapsed"), "collapsed"),
    ("The ceasefire ended in May.", ("ceasefire", "collapsed"), "ended"),
    ("Iran rejected the peace plan.", ("peace", "rejected"), "rejected"),
    ("Washington pulled out of the nuclear deal.", ("other", "rejected"), "pulled out of"),
    ("Kiev refused to sign the accord.", ("other", "rejected"), "refused to sign"),
    ("The two sides failed to agree on a ceasefire.", ("ceasefire", "proposed"), "negated agree"),
    ("The rebels agreed to stop fighting.", ("ceasefire", "agreed"), "stop fighting = ceasefire"),
    ("The army agreed to halt hostilities.", ("ceasefire", "agreed"), "halt hostilities"),
    ("Kyiv and Moscow exchanged 200 prisoners.", ("exchange", "agreed"), "an exchange made"),
    ("Syria pledged to release all detainees.", ("other", "proposed"), "pledge to cooperate"),
    ("Iran is ready to resume talks on a nuclear deal.", ("other", "proposed"), "ready to"),
    ("Syria said it would release all detainees.", ("other", "proposed"), "said it would"),
    ("Cuba expressed its willingness to resume talks.", ("other", "proposed"), "willingness to"),
    (
        "Beijing and Washington are expected to sign the first phase of a trade deal.",
        ("trade", "proposed"),
        "hedged signing is a proposal",
    ),
    (
        "Hamas accepted an Egyptian proposal for a truce.",
        ("ceasefire", "agreed"),
        "accepted proposal",
    ),
    (
        "A Russian-brokered truce between Armenia and Azerbaijan collapsed within hours.",
        ("ceasefire", "collapsed"),
        "status word in the same sentence",
    ),
    (
        "SOCADEF extended its ceasefire, demanding that Yaounde respects the global ceasefire.",
        ("ceasefire", "agreed"),
        "a cue outside the main clause tells of another agreement",
    ),
]
assert len({case[0] for case in STATUS_CASES}) == len(STATUS_CASES), (
    "duplicate case in STATUS_CASES"
)


class TestStatus:
    """
    Each cue gives its status, and kind words give the kind.
    """

    @pytest.mark.parametrize(
        ("text", "expected", "why"), STATUS_CASES, ids=[why for _, _, why in STATUS_CASES]
    )
    def test_status(self, text: str, expected: tuple[str, str], why: str) -> None:
        """
        The first agreement has the expected kind and status.
        """
        del why

        assert expected == _summary(text)


NONE_CASES = [
    ("Analysts agree that the war will drag on.", "opinion: analysts agree that"),
    ("Most viewers either agree with him or with her.", "opinion: agree with him"),
    ("Washington continued to offer support to its ally Turkey.", "offer support is no deal"),
    ("He signed a bill into law.", "a bill is not an agreement"),
    ("The talks were held in Geneva.", "held talks"),
    ("It was a sign of the times.", "sign noun"),
    ("The broker sold shares on Monday.", "broker noun"),
    ("I agree with the assessment.", "first-person opinion"),
    ("Moscow did not offer to mediate.", "denied offer"),
    ("They may not be willing to do that.", "denied willingness"),
    ("Police released 20 prisoners.", "a release is no exchange"),
    ("The rebels vowed to fight on.", "a vow to fight is a threat"),
    ("Iran said it would retaliate.", "said it would + hostile verb"),
    ("France said it would withdraw its ambassador.", "recalling an envoy is no offer"),
    ("Critics oppose his promise to build a wall.", "a campaign promise is no offer"),
    ("", "empty text"),
]
assert len({case[0] for case in NONE_CASES}) == len(NONE_CASES), "duplicate case in NONE_CASES"


class TestNoAgreement:
    """
    Sentences that mention the cue words without an agreement give none.
    """

    @pytest.mark.parametrize(("text", "why"), NONE_CASES, ids=[why for _, why in NONE_CASES])
    def test_none(self, text: str, why: str) -> None:
        """
        No agreement is extracted.
        """
        del why

        assert () == find_agreements(text)


# --- parties and mediators -------------------------------------------------------------------

PARTY_CASES = [
    ("Turkey and Russia agreed to a ceasefire.", ["Turkey", "Russia"], "coordinated subject"),
    (
        "Turkey and Russia, which back opposing sides in Syria's war, agreed to a truce.",
        ["Turkey", "Russia"],
        "relative clause skipped",
    ),
    ("Kenya agreed with Somalia to reopen the border.", ["Kenya", "Somalia"], "X agreed with Y"),
    ("Talks produced a deal between Sudan and Chad.", ["Sudan", "Chad"], "a deal between X and Y"),
    ("Iran, Iraq and Syria signed an accord.", ["Iran", "Iraq", "Syria"], "list of three"),
    ("Egypt brokered a truce between Israel and Hamas.", ["Israel", "Hamas"], "broker is no party"),
    ("Pakistan, a key ally, has agreed to the plan.", ["Pakistan"], "apposition skipped"),
    ("On Thursday, Peru and Chile signed a trade pact.", ["Peru", "Chile"], "leading adverbial"),
    ("Syria says it is willing to withdraw its troops.", ["Syria"], "pronoun is the speaker"),
    (
        "Moscow said it remained committed to a ceasefire agreed with Ankara in 2018.",
        ["Turkey"],
        "a participle after the deal noun has no subject",
    ),
    ("A truce agreed with Kyiv in May collapsed.", ["Ukraine"], "reduced relative, new sentence"),
    ("The deal signed by Israel and Jordan holds.", ["Israel", "Jordan"], "signed by X and Y"),
    (
        "The accord, signed in Doha in February by the United States and the Taliban, is fragile.",
        ["United States", "Taliban"],
        "signed, adjuncts, then by",
    ),
    (
        "The deal signed by the U.S. and Britain in 2020 holds.",
        ["United States", "United Kingdom"],
        "an abbreviation's periods inside the parties",
    ),
    (
        "The ceasefire between Armenia and Azerbaijan collapsed within hours.",
        ["Armenia", "Azerbaijan"],
        "between X and Y in the subject",
    ),
    (
        "Fighting between Armenia and Azerbaijan ended with a ceasefire.",
        ["Armenia", "Azerbaijan"],
        "the sides of a fight in the subject",
    ),
]
assert len({case[0] for case in PARTY_CASES}) == len(PARTY_CASES), "duplicate case in PARTY_CASES"


class TestParties:
    """
    Parties come from the subject, "with X" and "between X and Y"; mediators apart.
    """

    @pytest.mark.parametrize(
        ("text", "expected", "why"), PARTY_CASES, ids=[why for _, _, why in PARTY_CASES]
    )
    def test_parties(self, text: str, expected: list[str], why: str) -> None:
        """
        The parties' names, in text order.
        """
        del why
        agreement = _one(text)

        assert expected == ([party.name for party in agreement.parties] if agreement else None)


MEDIATOR_CASES = [
    ("Israel and Hamas agreed to a truce brokered by Egypt.", ["Egypt"], "brokered by"),
    ("Egypt brokered a truce between Israel and Hamas.", ["Egypt"], "active broker"),
    ("Israel and Hamas agreed to a truce mediated by Egypt and Qatar.", ["Egypt", "Qatar"], "two"),
    ("Turkey and Russia agreed to a ceasefire.", [], "none"),
    ("A truce was brokered by Egypt and the U.S.", ["Egypt", "United States"], "abbreviation last"),
]
assert len({case[0] for case in MEDIATOR_CASES}) == len(MEDIATOR_CASES), (
    "duplicate case in MEDIATOR_CASES"
)


class TestMediators:
    """
    Mediators are kept apart from parties.
    """

    @pytest.mark.parametrize(
        ("text", "expected", "why"), MEDIATOR_CASES, ids=[why for _, _, why in MEDIATOR_CASES]
    )
    def test_mediators(self, text: str, expected: list[str], why: str) -> None:
        """
        The mediators' names, in text order.
        """
        del why
        agreement = _one(text)

        assert expected == ([actor.name for actor in agreement.mediators] if agreement else None)


COUNTRY_CASES = [
    ("Turkey and Russia agreed to a ceasefire.", ["TUR", "RUS"], "country codes"),
    ("Britain and France signed a defence pact.", ["GBR", "FRA"], "Britain"),
]
assert len({case[0] for case in COUNTRY_CASES}) == len(COUNTRY_CASES), (
    "duplicate case in COUNTRY_CASES"
)


class TestPartyCountries:
    """
    State parties carry ISO 3166 alpha-3 codes.
    """

    @pytest.mark.parametrize(
        ("text", "expected", "why"), COUNTRY_CASES, ids=[why for _, _, why in COUNTRY_CASES]
    )
    def test_codes(self, text: str, expected: list[str], why: str) -> None:
        """
        Each party's ``country``.
        """
        del why
        agreement = _one(text)

        assert expected == ([party.country for party in agreement.parties] if agreement else None)


# --- terms, location, updates ----------------------------------------------------------------

TERMS_CASES = [
    (
        "Turkey and Russia agreed on March 5 to halt hostilities in the northwest after clashes.",
        "to halt hostilities in the northwest",
        "leading date dropped, subordinate clause cut",
    ),
    (
        "Jordan and Britain have agreed to undertake joint exercises, a Jordanian official said.",
        "to undertake joint exercises",
        "attribution cut",
    ),
    ("Ghana and Togo signed a trade pact.", "a trade pact", "object"),
]
assert len({case[0] for case in TERMS_CASES}) == len(TERMS_CASES), "duplicate case in TERMS_CASES"


class TestTerms:
    """
    Terms are the complement of the cue, up to the next subordinate clause.
    """

    @pytest.mark.parametrize(
        ("text", "expected", "why"), TERMS_CASES, ids=[why for _, _, why in TERMS_CASES]
    )
    def test_terms(self, text: str, expected: str, why: str) -> None:
        """
        The terms text, and its span points at it.
        """
        del why
        agreement = _one(text)
        assert agreement is not None
        assert agreement.terms_span is not None

        assert (expected, expected) == (agreement.terms, agreement.terms_span.slice(text))


LOCATION_CASES = [
    ("Rebels agreed to a truce in Idlib province.", ("Idlib province", None), "named place"),
    (
        "Turkey and Russia, which back opposing sides in Syria's war, agreed to halt hostilities in the country's northwest.",
        ("the country's northwest", "SYR"),
        "the country resolved",
    ),
    (
        "Turkey and Russia agreed to halt hostilities in northern Syria.",
        ("northern Syria", "SYR"),
        "country named in the place",
    ),
    (
        "Russia and Ukraine agreed to a truce in the country's east.",
        ("the country's east", None),
        "the country with only parties before it",
    ),
    ("Rebels agreed to a truce.", (None, None), "no place"),
    ("Rebels agreed to a truce in March.", (None, None), "a month is no place"),
]
assert len({case[0] for case in LOCATION_CASES}) == len(LOCATION_CASES), (
    "duplicate case in LOCATION_CASES"
)


class TestLocation:
    """
    The location is the first place phrase in the terms, as written, with its country.
    """

    @pytest.mark.parametrize(
        ("text", "expected", "why"), LOCATION_CASES, ids=[why for _, _, why in LOCATION_CASES]
    )
    def test_location(self, text: str, expected: tuple[str | None, str | None], why: str) -> None:
        """
        The location as written, equal to its span's text, and the country it names or means.
        """
        del why
        agreement = _one(text)
        assert agreement is not None
        span = agreement.location_span

        assert (expected, expected[0]) == (
            (agreement.location, agreement.location_country),
            span.slice(text) if span is not None else None,
        )


UPDATE_CASES = [
    (
        "Turkey and Russia agreed to a ceasefire. The ceasefire has largely held since then.",
        (1, "holding", 1),
        "later sentence updates status",
    ),
    (
        "Israel and Hamas agreed to a truce. The truce collapsed two days later.",
        (1, "collapsed", 1),
        "collapse",
    ),
    (
        "Rebels agree truce\n\nThe rebels agreed on Monday to a truce in the north.",
        (1, "agreed", 1),
        "headline and body are one record",
    ),
    (
        "Ghana and Togo signed a trade pact. Iran and Iraq agreed to a ceasefire.",
        (2, "agreed", 0),
        "two agreements stay two",
    ),
    (
        "Israel and Hamas agreed to a truce. The two sides agreed on Tuesday to extend the truce.",
        (1, "agreed", 1),
        "the two sides refers back",
    ),
    (
        "Israel and Hamas agreed to a truce. The ceasefire was violated within hours.",
        (1, "violated", 1),
        "violation told later",
    ),
]
assert len({case[0] for case in UPDATE_CASES}) == len(UPDATE_CASES), (
    "duplicate case in UPDATE_CASES"
)


class TestUpdates:
    """
    A later sentence about the same agreement updates it instead of adding a record.
    """

    @pytest.mark.parametrize(
        ("text", "expected", "why"), UPDATE_CASES, ids=[why for _, _, why in UPDATE_CASES]
    )
    def test_update(self, text: str, expected: tuple[int, str, int], why: str) -> None:
        """
        (number of records, status of the last, mentions of the first).
        """
        del why
        agreements = find_agreements(text)

        assert expected == (
            len(agreements),
            agreements[-1].status.value,
            len(agreements[0].mentions),
        )


# --- time (from the temporal engine) --------------------------------------------------------

TIME_CASES = [
    ("Turkey and Russia agreed on March 5 to halt hostilities.", "2020-03-05", "on March 5"),
    ("Rebels signed a truce on Monday.", "2020-03-16", "weekday before publication"),
    ("Rebels signed a truce.", None, "no time"),
]
assert len({case[0] for case in TIME_CASES}) == len(TIME_CASES), "duplicate case in TIME_CASES"


class TestTime:
    """
    The agreement's time is the temporal expression in its clause, resolved by the pipeline.
    """

    @pytest.mark.parametrize(
        ("text", "expected", "why"),
        TIME_CASES,
        ids=["on March 5", "weekday before publication", "no time"],
    )
    def test_time(self, text: str, expected: str | None, why: str) -> None:
        """
        The TIMEX3 value of the agreement's time (published 2020-03-18).
        """
        del why
        article = newsevents.parse(text, published="2020-03-18")
        agreement = article.agreements[0]

        assert expected == (agreement.time.value if agreement.time else None)


# --- the seed ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def agreements() -> tuple[Agreement, ...]:
    """
    The agreements of the seed article.
    """
    return newsevents.parse(SEED.read_text(), published="2020-03-18").agreements


class TestSeed:
    """
    The seed article gives one agreement: Turkey and Russia's ceasefire, still holding.
    """

    def test_one_record(self, agreements: tuple[Agreement, ...]) -> None:
        """
        The later "has largely held" sentence does not add a record.
        """
        assert 1 == len(agreements)

    def test_fields(self, agreements: tuple[Agreement, ...]) -> None:
        """
        Parties, kind, status, terms and location as a careful reader has them.
        """
        agreement = agreements[0]
        actual = (
            [party.name for party in agreement.parties],
            agreement.kind.value,
            agreement.status.value,
            "halt hostilities" in (agreement.terms or ""),
            "northwest" in (agreement.location or ""),
            len(agreement.mentions),
        )

        assert (["Turkey", "Russia"], "ceasefire", "holding", True, True, 1) == actual

    def test_time(self, agreements: tuple[Agreement, ...]) -> None:
        """
        "agreed on March 5" is 2020-03-05.
        """
        time_expression = agreements[0].time

        assert "2020-03-05" == (time_expression.value if time_expression else None)


# --- robustness ---------------------------------------------------------------------------------

ADVERSARIAL = [
    (" and ".join(["Turkey"] * 5000) + " agreed to a truce.", "and-chain of 5000 subjects"),
    ("agreed " * 15000, "15000 cues"),
    ("A" * 100_000, "100 KB of capitals"),
    ("9" * 100_000, "100 KB of digits"),
    ('"' * 100_000, "100 KB of quotes"),
    ("the ceasefire " * 7000, "7000 agreement nouns"),
    ("Egypt, " * 14000 + "agreed to a deal.", "comma list of 14000"),
    ("signed a deal between " + "Iran and " * 10000, "between-chain"),
    ("Iran agreed to a truce. " * 2000, "2000 agreement sentences"),
]
assert len({case[0] for case in ADVERSARIAL}) == len(ADVERSARIAL), "duplicate case in ADVERSARIAL"


class TestAdversarial:
    """
    Hostile inputs finish fast: every pattern runs in linear time.
    """

    @pytest.mark.parametrize(("text", "why"), ADVERSARIAL, ids=[why for _, why in ADVERSARIAL])
    def test_fast(self, text: str, why: str) -> None:
        """
        Extraction over about 100 KB takes seconds at most, not minutes.
        """
        del why
        article = newsevents.parse(text)
        started = time.process_time()
        extract_agreements(article)
        elapsed = time.process_time() - started

        assert elapsed < 3.0  # seconds, generous for loaded CI machines

    def test_clause_time_found_by_bisection(self) -> None:
        """
        A clause's time is looked up among the article's few near it, not all of them.

        One read of every time per clause made 1 MB of dated agreement sentences take half a
        minute (`_time` is called once a clause).
        """

        class Counting(list[TimeExpression]):
            """
            A list that counts the items read from it, by index or by iteration.
            """

            reads = 0

            def __getitem__(self, index: Any) -> Any:
                Counting.reads += 1
                return super().__getitem__(index)

            def __iter__(self) -> Iterator[TimeExpression]:
                for item in super().__iter__():
                    Counting.reads += 1
                    yield item

        text = "Iran agreed on March 5 to a truce.\n\n" * 2_000
        times = Counting(newsevents.parse(text, published="2020-03-18").times)
        last = times[-1]
        Counting.reads = 0

        found = agreement_module._time(
            times, last.span.start - 20, last.span.end + 10, last.span.start
        )

        assert (found, True) == (last, Counting.reads < 40)

    def test_spans_inside_text(self) -> None:
        """
        Every span of every record lies inside the text.
        """
        text = SEED.read_text()
        article = newsevents.parse(text, published="2020-03-18")
        outside = [span for span in article.iter_spans() if span.end > len(text)]

        assert [] == outside


#: Gate words as ``str.split`` leaves them, punctuation attached, and whether a sentence
#: made of them has a ``needs`` gate word (`_runnable`'s first test).
GATE_WORDS = [
    ("the truce.", True, "a suffix after the word"),
    ("a “deal", True, "a curly quote before it"),
    ("the accord's", True, "a possessive"),
    ("ceasefires,", True, "an inflection and a comma"),
    ("(truce)", False, "punctuation on both sides is not one of the spellings"),
    ("the weather was fine", False, "no gate word"),
]

#: Pieces `test_hits_cover_runnable` builds sentences from: gate words and their neighbours
#: in every spelling the tables know, words that hold a gate word inside them, and marks.
_GATE_PIECES = [
    *sorted(agreement_module._NEEDS_INDEX)[::37],
    *sorted(agreement_module._ALSO_INDEX)[::53],
    "said",
    "unaided",
    "dealer",
    "İstanbul",
    "—",
    "-",
    "/",
    "“",
    "’s",
    "(",
    ")",
    "3",
]


class TestGateWords:
    """
    The gate words that let a sentence be read, and how they are kept.
    """

    @pytest.mark.parametrize(
        ("text", "expected", "why"), GATE_WORDS, ids=[w for *_, w in GATE_WORDS]
    )
    def test_gate(self, text: str, expected: bool, why: str) -> None:
        """
        A text holding a gate word, as written, passes the ``needs`` gate.
        """
        del why
        actual = bool(agreement_module._NEEDS_INDEX.keys() & agreement_module._words(text))

        assert expected == actual

    @pytest.mark.parametrize(
        ("text", "expected", "why"),
        [row for row in GATE_WORDS if row[1]],
        ids=[w for _, expected, w in GATE_WORDS if expected],
    )
    def test_gate_hit(self, text: str, expected: bool, why: str) -> None:
        """
        A text with a ``needs`` gate word has a gate hit, the article-wide pre-test.
        """
        del why
        actual = bool(agreement_module._gate_hits(text))

        assert expected == actual

    @given(
        st.lists(st.sampled_from(_GATE_PIECES), max_size=8),
        st.lists(st.sampled_from(["", " ", "  ", "\n"]), min_size=8, max_size=8),
    )
    def test_hits_cover_runnable(self, pieces: list[str], gaps: list[str]) -> None:
        """
        `_gate_hits` is a necessary test for `_runnable`.

        It never drops a sentence that has rules to run: one of its hits lies inside it.
        """
        text = "".join(piece + gap for piece, gap in zip(pieces, gaps, strict=False))
        head = "Officials met. "
        article_text = head + text
        hits = agreement_module._gate_hits(article_text)
        runnable = bool(agreement_module._runnable(text))
        covered = any(len(head) <= hit < len(article_text) for hit in hits)

        assert covered or not runnable

    def test_untracked(self) -> None:
        """
        The gate-word tables are invisible to the cyclic garbage collector.

        They hold tens of thousands of spellings, which every full collection would read.
        """
        gc.collect()
        actual = [
            gc.is_tracked(agreement_module._NEEDS_INDEX),
            gc.is_tracked(agreement_module._ALSO_INDEX),
        ]

        assert [False, False] == actual
