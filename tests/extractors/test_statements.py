import time

import attrs
import pytest
import regex
from hypothesis import assume, given
from hypothesis import strategies as st

import newsevents
from newsevents import text as text_module
from newsevents._rules import compile_rules
from newsevents.article import parse_article
from newsevents.extractors.statements import (
    _ADJECTIVAL,
    _AUXILIARY_START,
    _BOUNDARY,
    _BY_AGENT,
    _CLAUSE_NEXT,
    _CLOSING_WORDS,
    _COLON_CLOSE,
    _CONTENT_END,
    _CONTENT_RIGHT,
    _CUE,
    _DATELINES,
    _MODIFIERS,
    _NEGATED,
    _NEGATION_ENDS,
    _NOT_CLAUSE,
    _NOT_CLAUSE_STARTS,
    _PHRASE_DETERMINERS,
    _QUOTE_MARK,
    _RIGHT_OPENERS,
    _RULES,
    _SPEAKER_LEFT,
    _after_dateline,
    _before_class,
    _boundary,
    _cue_at,
    _first_break,
    _left_speaker,
    _marks,
    _may_be_agent,
    _may_be_auxiliary,
    _may_close,
    _may_continue,
    _may_follow_name,
    _may_modify,
    _may_negate,
    _may_report,
    _no_speaker,
    _plain_content_start,
    _plain_speaker,
    _speaker_in,
    _statement,
    extract_statements,
)
from newsevents.model import Article, Span, Statement, StatementKind, TimeExpression, TimexType
from newsevents.rules.article import TITLE_ABBREVIATIONS
from newsevents.rules.statements import NP_TITLE_ABBREVIATIONS, STATEMENT_LEXICON, STATEMENT_RULES
from newsevents.text import kept_lower, lower_in_place
from newsevents.timex import _engine

from ..compiled import is_compiled  # noqa: TID252 - tests/ is no installed package


def statements(text: str) -> tuple[Statement, ...]:
    """
    The statements of *text*, segmented by the article stage (no times).
    """
    return extract_statements(parse_article(text))


def summary(text: str) -> list[tuple[str | None, str, str]]:
    """
    (speaker name, kind, content) of each statement of *text*.
    """
    return [
        (record.speaker.name if record.speaker else None, record.kind.value, record.content)
        for record in statements(text)
    ]


DIRECT_CASES = [
    (
        'Talks stall\n\n"We will not give up," Pompeo said.',
        [("Pompeo", "direct", "We will not give up")],
        "straight quotes, speaker after",
    ),
    (
        "Talks stall\n\n“We will not give up,” Pompeo said.",
        [("Pompeo", "direct", "We will not give up")],
        "curly quotes",
    ),
    (
        "Talks stall\n\n“We will not give up,” said Pompeo.",
        [("Pompeo", "direct", "We will not give up")],
        "inverted speaker",
    ),
    (
        "Talks stall\n\nPompeo said: “We will not give up.”",
        [("Pompeo", "direct", "We will not give up")],
        "speaker before, colon",
    ),
    (
        "Talks stall\n\nPompeo told reporters, “We will not give up.”",
        [("Pompeo", "direct", "We will not give up")],
        "told reporters, comma",
    ),
    (
        "Talks stall\n\n“We believe in talks,” Pompeo said, “and we stand with Turkey.”",
        [("Pompeo", "direct", "We believe in talks,” Pompeo said, “and we stand with Turkey")],
        "quote split by the attribution",
    ),
    (
        "Talks stall\n\n“He said ‘never’ to me,” Pompeo said.",
        [("Pompeo", "direct", "He said ‘never’ to me")],
        "single quotes nested inside",
    ),
    (
        "Talks stall\n\n“Here he comes,” she said, clapping. “The big day.”",
        [(None, "direct", "Here he comes,” she said, clapping. “The big day")],
        "split quote with a gap after the attribution",
    ),
    (
        "Talks stall\n\nMike Pompeo spoke on the “Morning Show With Friends” program.",
        [],
        "a title in quotes is no statement",
    ),
    (
        "Talks stall\n\n''We will not give up,'' said Mr. Pompeo.",
        [("Pompeo", "direct", "We will not give up")],
        "typewriter quotes",
    ),
    (
        "Talks stall\n\n“We will not give up.” ― Jane Doe",
        [("Jane Doe", "direct", "We will not give up")],
        "quote signed with a dash",
    ),
    (
        "Talks stall\n\n”We will not give up.” ― Jane Doe",
        [("Jane Doe", "direct", "We will not give up")],
        "a closing mark typed where the quote opens",
    ),
    (
        "Pat Caddell: Voters Worry About Health",
        [("Pat Caddell", "indirect", "Voters Worry About Health")],
        "Name: headline",
    ),
    (
        "Talks stall\n\n“We will win.” The network said it would send a reporter.",
        [("network", "indirect", "it would send a reporter")],
        "a quote ending a sentence is not attributed to the next one",
    ),
    (
        "Talks stall\n\nMike Pompeo spoke on Monday.\n\n“We will not give up,” he said.",
        [("Mike Pompeo", "direct", "We will not give up")],
        "pronoun takes the last named person",
    ),
    (
        "Talks stall\n\nSecretary of State Mike Pompeo spoke.\n\n“We will not give up,” Pompeo said.",
        [("Mike Pompeo", "direct", "We will not give up")],
        "surname takes the full name",
    ),
    (
        "Talks stall\n\n''We will not give up,'' Mr. Pompeo said.",
        [("Pompeo", "direct", "We will not give up")],
        "typewriter quotes: the closing mark is no word of the speaker",
    ),
    (
        "Talks stall\n\n''We will not give up,'' Mr. Pompeo said. ''We stand with Turkey.''",
        [("Pompeo", "direct", "We will not give up,'' Mr. Pompeo said. ''We stand with Turkey")],
        "typewriter quotes split by their attribution",
    ),
    (
        (
            "Talks stall\n\n“We will not give up,” Pompeo said at a rally in the old town hall of"
            " Ankara last month. “We stand with Turkey.”"
        ),
        [
            (
                "Pompeo",
                "direct",
                (
                    "We will not give up,” Pompeo said at a rally in the old town hall of Ankara"
                    " last month. “We stand with Turkey"
                ),
            )
        ],
        "a quote goes on right after a long attribution sentence",
    ),
    (
        (
            "Talks stall\n\n“We will not give up,” Pompeo said. The crowd cheered. “We stand with"
            " Turkey.”"
        ),
        [
            (
                "Pompeo",
                "direct",
                "We will not give up,” Pompeo said. The crowd cheered. “We stand with Turkey",
            )
        ],
        "no other statement between two quotes of a paragraph: one statement",
    ),
    (
        (
            "Talks stall\n\n“We will not give up,” Pompeo said. Lavrov said the talks had failed."
            " “We stand with Turkey.”"
        ),
        [
            ("Pompeo", "direct", "We will not give up"),
            ("Lavrov", "indirect", "the talks had failed"),
            ("Pompeo", "direct", "We stand with Turkey"),
        ],
        "another statement between the quotes: the second quote is a statement of its own",
    ),
    (
        "Talks stall\n\n“We will not give up,” Pompeo said.\n\n“We stand with Turkey.”",
        [
            ("Pompeo", "direct", "We will not give up"),
            ("Pompeo", "direct", "We stand with Turkey"),
        ],
        "a quote in the next paragraph is a statement of its own",
    ),
    (
        'Talks stall\n\n"The talks have failed,” said Jane Doe, a delegate.',
        [("Jane Doe", "direct", "The talks have failed")],
        "a straight opening mark closed by a curly one",
    ),
    (
        'Talks stall\n\n“The talks have failed," Jane Doe said.',
        [("Jane Doe", "direct", "The talks have failed")],
        "a curly opening mark closed by a straight one",
    ),
    (
        'Talks stall\n\n“They called it "a disgrace," and left,” Jane Doe said.',
        [("Jane Doe", "direct", 'They called it "a disgrace," and left')],
        "a straight quote nested in a curly one stays nested",
    ),
    (
        'Talks stall\n\n"They called it “a disgrace,” and left," Jane Doe said.',
        [("Jane Doe", "direct", "They called it “a disgrace,” and left")],
        "a curly quote nested in a straight one stays nested",
    ),
    (
        'Talks stall\n\n"We pray for them," said the Rev. Al Green, the pastor.',
        [("Al Green", "direct", "We pray for them")],
        "a determiner before an abbreviated title: the name is the head",
    ),
    (
        'Talks stall\n\n"The talks are over," said the spokesman. He left.',
        [("spokesman", "direct", "The talks are over")],
        "a determiner and a noun before a sentence's end",
    ),
]

REPORTED_CASES = [
    (
        (
            "Talks stall\n\nPompeo left the room, telling Fox News reporters that the talks had"
            " failed."
        ),
        [("Pompeo", "indirect", "the talks had failed")],
        "a participle with an addressee of several words",
    ),
    (
        "Talks stall\n\nPompeo told city leaders that the talks had failed.",
        [("Pompeo", "indirect", "the talks had failed")],
        "told an addressee in lower case, then that",
    ),
    (
        "Talks stall\n\nLast week, Pompeo met the envoys and said the talks had failed.",
        [("Pompeo", "indirect", "the talks had failed")],
        "a coordinated cue after an opening time phrase: the subject after the comma speaks",
    ),
    (
        (
            "Talks stall\n\nIn an interview on Monday, Jane Doe left the room and said the talks had"
            " failed."
        ),
        [("Jane Doe", "indirect", "the talks had failed")],
        "a coordinated cue after an opening prepositional phrase",
    ),
    (
        "Talks stall\n\nPompeo described the talks as a waste of time.",
        [("Pompeo", "indirect", "the talks as a waste of time")],
        "described something as: how the speaker put it",
    ),
    (
        "Talks stall\n\nPompeo declared that the talks had failed, throwing the summit into doubt.",
        [("Pompeo", "indirect", "the talks had failed")],
        "a participle of the writer's ends the reported words",
    ),
    (
        "Talks stall\n\nPompeo said he earns a modest salary, and questioned how the plan helps.",
        [("Pompeo", "indirect", "he earns a modest salary")],
        "a predicate coordinated after a comma is the speaker's next act",
    ),
    (
        "Talks stall\n\nPompeo said the war was over, and red flags flew over the city.",
        [("Pompeo", "indirect", "the war was over, and red flags flew over the city")],
        "a coordinated clause with its own subject stays in the reported words",
    ),
    (
        "Talks stall\n\nPompeo called the plan “a disgrace.”",
        [("Pompeo", "mixed", "the plan “a disgrace.”")],
        "a named speaker calls something a name",
    ),
    (
        "Talks stall\n\nRubio maintained that he had won the debate.",
        [("Rubio", "indirect", "he had won the debate")],
        "maintained that",
    ),
    (
        "Talks stall\n\nSome forecasters said the economy would slow.",
        [("forecasters", "indirect", "the economy would slow")],
        "a speaker noun of the news lexicon (forecasters)",
    ),
    (
        "Talks stall\n\nThe teachers say the plan will raise class sizes.",
        [("teachers", "indirect", "the plan will raise class sizes")],
        "a speaker noun of the news lexicon (teachers)",
    ),
    (
        "Talks stall\n\nHalf said the talks had failed.",
        [("Half", "indirect", "the talks had failed")],
        "a share of those polled",
    ),
    (
        "Talks stall\n\nA reporter asked Pompeo whether the talks had failed.",
        [("reporter", "indirect", "whether the talks had failed")],
        "asked someone whether: the question is the content",
    ),
    (
        "Talks stall\n\nPompeo asked the ministers how long the talks would last.",
        [("Pompeo", "indirect", "how long the talks would last")],
        "asked someone how",
    ),
    ("Talks stall\n\nPompeo asked for help when the talks failed.", [], "asked for help"),
    ("Talks stall\n\nPompeo asked the ministers to stay.", [], "asked someone to do"),
    (
        "Talks stall\n\nPompeo left when asked whether the talks had failed.",
        [],
        "when asked: the one who asks is not told",
    ),
    (
        "Talks stall\n\nPompeo said that the war was over.",
        [("Pompeo", "indirect", "the war was over")],
        "said that",
    ),
    (
        "Talks stall\n\nPompeo said the war was over.",
        [("Pompeo", "indirect", "the war was over")],
        "said without that",
    ),
    (
        "Talks stall\n\nPompeo told reporters the war was over.",
        [("Pompeo", "indirect", "the war was over")],
        "told reporters",
    ),
    (
        "Talks stall\n\nThe war is over, Pompeo said on Tuesday.",
        [("Pompeo", "indirect", "The war is over")],
        "attribution closes the sentence",
    ),
    (
        "Talks stall\n\nThe war is over, said Pompeo.",
        [("Pompeo", "indirect", "The war is over")],
        "inverted",
    ),
    (
        "Talks stall\n\nThe war is over, Pompeo said, saying that troops would leave.",
        [("Pompeo", "indirect", "The war is over"), ("Pompeo", "indirect", "troops would leave")],
        "participial saying that",
    ),
    (
        "Talks stall\n\nThe war is over, according to Turkish officials.",
        [("Turkish officials", "indirect", "The war is over")],
        "according to",
    ),
    (
        "Talks stall\n\nAccording to police, the war is over.",
        [("police", "indirect", "the war is over")],
        "according to first",
    ),
    (
        "Talks stall\n\nMike Pompeo, speaking at a news conference, said the war was over.",
        [("Mike Pompeo", "indirect", "the war was over")],
        "apposition between speaker and cue",
    ),
    (
        "Pompeo says US believes Russia killed soldiers",
        [("Pompeo", "indirect", "US believes Russia killed soldiers")],
        "headline form",
    ),
    (
        "Talks stall\n\nAn air strike that Ankara said was carried out by Syrian forces killed 34 soldiers.",
        [("Turkey", "indirect", "was carried out by Syrian forces")],
        "embedded in a relative clause",
    ),
    (
        "Talks stall\n\nThe Kremlin said the talks had failed.",
        [("Russia", "indirect", "the talks had failed")],
        "seat of government",
    ),
    (
        "Talks stall\n\nPompeo warned that sanctions would follow.",
        [("Pompeo", "indirect", "sanctions would follow")],
        "cue lexicon: warned",
    ),
    (
        "Talks stall\n\nPompeo has said the war is over.",
        [("Pompeo", "indirect", "the war is over")],
        "perfect tense",
    ),
    (
        "Talks stall\n\nThe latest test, North Korea said, was its biggest yet.",
        [("North Korea", "indirect", "The latest test, North Korea said, was its biggest yet")],
        "attribution inserted in the sentence",
    ),
    (
        "Talks stall\n\nMike Pompeo mocked the plan, saying it would fail.",
        [("Mike Pompeo", "indirect", "it would fail")],
        "participle takes the sentence subject",
    ),
    (
        "Talks stall\n\nJane Doe, president of the union, which represents teachers, said the strike would go on.",
        [("Jane Doe", "indirect", "the strike would go on")],
        "apposition with a relative clause",
    ),
    (
        "Talks stall\n\nThe bank said that it had fired the employees.",
        [("bank", "indirect", "it had fired the employees")],
        "determiner and common noun",
    ),
    ("Talks stall\n\nThe story was reported by the newspaper.", [], "passive agent is no speaker"),
    (
        "Talks stall\n\nPompeo said the U.S. would “stand with Turkey” in the talks.",
        [("Pompeo", "mixed", "the U.S. would “stand with Turkey” in the talks")],
        "quote inside reported speech is mixed",
    ),
    (
        "Talks stall\n\nMike Pompeo met the envoys in Ankara and said the talks would go on.",
        [("Mike Pompeo", "indirect", "the talks would go on")],
        "a cue coordinated with 'and' takes the subject of the sentence",
    ),
    (
        "Talks stall\n\nThe band played and said nothing.",
        [],
        "a coordinated cue with no content is no statement",
    ),
    (
        "Talks stall\n\nThe White House is saying that the talks will go on.",
        [("White House", "indirect", "the talks will go on")],
        "progressive cue: the speaker stands before the auxiliary",
    ),
    (
        "Talks stall\n\nThe envoys were told that the talks would go on.",
        [],
        "a passive cue is no progressive: the subject is told, not telling",
    ),
    (
        "Talks stall\n\nPompeo added: The talks are over. Nobody will come back.",
        [("Pompeo", "indirect", "The talks are over. Nobody will come back")],
        "unquoted words after a colon run to the end of the paragraph",
    ),
    (
        "Talks stall\n\nPompeo said on Tuesday:\n\nThe talks are over and nobody will come back.",
        [("Pompeo", "indirect", "The talks are over and nobody will come back")],
        "a paragraph ending with 'said:' introduces the next paragraph",
    ),
    (
        'Talks stall\n\nPompeo said:\n\n"The talks are over and nobody will come back."',
        [("Pompeo", "direct", "The talks are over and nobody will come back")],
        "the next paragraph is a quote: direct speech",
    ),
    (
        "Talks stall\n\nHe never paid the architects who said they had been cheated by him.",
        [("architects", "indirect", "they had been cheated by him")],
        "the antecedent of 'who' speaks",
    ),
    (
        "Talks stall\n\nIn the poll, 63 percent said the talks should go on.",
        [("63 percent", "indirect", "the talks should go on")],
        "a poll share speaks",
    ),
    (
        "Talks stall\n\nPompeo said the war was over, citing the withdrawal of troops.",
        [("Pompeo", "indirect", "the war was over")],
        "a participle that is no cue ends the content",
    ),
    (
        "Talks stall\n\nPompeo said the war was over, adding that troops would leave.",
        [("Pompeo", "indirect", "the war was over"), ("Pompeo", "indirect", "troops would leave")],
        "a participial cue ends the content before it and starts its own",
    ),
    (
        "Talks stall\n\nHis aides say it is too early for a run but noted that Scott won twice.",
        [
            ("aides", "indirect", "it is too early for a run"),
            ("aides", "indirect", "Scott won twice"),
        ],
        "a coordinated cue with a that-clause takes the sentence's first speaker",
    ),
    (
        "Talks stall\n\nPompeo told a crowd in Salem, Iowa on Monday that the talks had failed.",
        [("Pompeo", "indirect", "the talks had failed")],
        "told an addressee of several words with a place and a time, then that",
    ),
    (
        "Talks stall\n\nJane Doe tells Iowa voters that the talks had failed.",
        [("Jane Doe", "indirect", "the talks had failed")],
        "told a capitalised word and a noun, then that: all of it is the addressee",
    ),
    (
        "Talks stall\n\nJane Doe told reporters he knows that the talks had failed.",
        [("Jane Doe", "indirect", "he knows that the talks had failed")],
        "told, then a clause with its own that: the clause is the content",
    ),
    (
        "Talks stall\n\nJane Doe told reporters how she learned that the talks had failed.",
        [("Jane Doe", "indirect", "how she learned that the talks had failed")],
        "told, then a question word before that: the question is the content",
    ),
    (
        "Talks stall\n\nPompeo called the plan “a disgrace,” adding that the talks had failed.",
        [
            ("Pompeo", "mixed", "the plan “a disgrace,”"),
            ("Pompeo", "indirect", "the talks had failed"),
        ],
        "a participle after a closing quote: a second statement, the first ends at the quote",
    ),
    (
        "Talks stall\n\nPompeo called the plan a disgrace and said the talks had failed.",
        [
            ("Pompeo", "indirect", "the plan a disgrace"),
            ("Pompeo", "indirect", "the talks had failed"),
        ],
        "a second cue of the subject after 'and' ends the first content",
    ),
    (
        "Talks stall\n\nJane Doe said she was at home when a man approached and asked for money.",
        [("Jane Doe", "indirect", "she was at home when a man approached and asked for money")],
        "a cue after a subordinate clause in the content is its subject's: no second statement",
    ),
    (
        "Talks stall\n\nPompeo said two men who met the envoy left and said the talks had failed.",
        [("Pompeo", "indirect", "two men who met the envoy left and said the talks had failed")],
        "a cue after a relative clause in the content is its subject's",
    ),
    (
        "Talks stall\n\nPompeo said the envoy told him it was over and threatened to leave.",
        [
            ("Pompeo", "indirect", "the envoy told him it was over and threatened to leave"),
            ("envoy", "indirect", "it was over"),
        ],
        "a cue inside the content: the next one after 'and' is its subject's too",
    ),
    (
        "Talks stall\n\nJane Doe denied meeting Pompeo and claimed the talks had failed.",
        [("Jane Doe", "indirect", "meeting Pompeo and claimed the talks had failed")],
        "a cut that would leave two words is not made: they would read as no content",
    ),
    (
        "Talks stall\n\nJane Doe said she left when it failed, and said the talks were over.",
        [
            ("Jane Doe", "indirect", "she left when it failed"),
            ("Jane Doe", "indirect", "the talks were over"),
        ],
        "a comma closes the subordinate clause: the next cue is the subject's again",
    ),
    (
        "Talks stall\n\nPompeo described the talks as a failure and said the envoy left.",
        [
            ("Pompeo", "indirect", "the talks as a failure"),
            ("Pompeo", "indirect", "the envoy left"),
        ],
        "described as: 'as' opens no subordinate clause",
    ),
    (
        "Talks stall\n\nPompeo says the envoy left early and said the talks had failed.",
        [("Pompeo", "indirect", "the envoy left early and said the talks had failed")],
        "a past cue after a present one: the content's subject speaks, inside the content",
    ),
    (
        "Talks stall\n\nPompeo said the deal was struck in May and confirmed by the Senate.",
        [("Pompeo", "indirect", "the deal was struck in May and confirmed by the Senate")],
        "a passive participle after 'and' is no second cue",
    ),
    (
        "Talks stall\n\nPompeo said the rebels fought on and alleged abuses went unpunished.",
        [("Pompeo", "indirect", "the rebels fought on and alleged abuses went unpunished")],
        "a cue form that mostly modifies a noun is no second cue",
    ),
    (
        "Talks stall\n\nPolice said the driver stayed and called for help.",
        [("Police", "indirect", "the driver stayed and called for help")],
        "a coordinated cue without a clause stays inside the content",
    ),
    (
        "Talks stall\n\nThe officials agreed that the talks had failed.",
        [("officials", "indirect", "the talks had failed")],
        "a quote-only cue reports speech with a that-clause",
    ),
    ("Talks stall\n\nThe officials agreed to meet again.", [], "agreed to is no speech"),
    (
        "Talks stall\n\nJane Doe claimed during the hearing that the talks had failed.",
        [("Jane Doe", "indirect", "the talks had failed")],
        "a prepositional phrase before the that-clause is no content",
    ),
    (
        "Talks stall\n\nJane Doe said of the plan, “It will fail.”",
        [("Jane Doe", "direct", "It will fail")],
        "a prepositional phrase before the quote is no content",
    ),
    ("Talks stall\n\nJane Doe said as much in an interview.", [], "said as much says nothing"),
    (
        "Talks stall\n\nJane Doe told me the talks had failed.",
        [("Jane Doe", "indirect", "the talks had failed")],
        "told me: the addressee is no content",
    ),
    (
        "Talks stall\n\nThe mayor also said there had been no credible threats.",
        [("mayor", "indirect", "there had been no credible threats")],
        "an adverb between speaker and cue",
    ),
    (
        "Talks stall\n\nJane Doe responded by saying the talks had failed.",
        [("Jane Doe", "indirect", "the talks had failed")],
        "a gerund after a preposition: the subject speaks",
    ),
    (
        "Talks stall\n\nJane Doe left the room, saying, “The talks have failed.”",
        [("Jane Doe", "direct", "The talks have failed")],
        "a participle followed by a comma and a quote",
    ),
]

NEGATED_CASES = [
    ("Talks stall\n\nPompeo described the scene in the hall.", [], "described without as"),
    (
        "Talks stall\n\nA new group called Black Votes Matter is raising money.",
        [],
        "a thing called a name: no speech",
    ),
    ("Talks stall\n\nRubio still maintains a lead in endorsements.", [], "maintains a lead"),
    ("Talks stall\n\nQ: Have you talked to her about the talks?", [], "Q: is a label"),
    ("Talks stall\n\nContributing: Jane Doe and John Roe", [], "Contributing: is a label"),
    ("Talks stall\n\nPompeo did not say where the soldiers died.", [], "did not say"),
    ("Talks stall\n\nPompeo did not specify where the soldiers died.", [], "did not specify"),
    ("Talks stall\n\nOfficials declined to comment on the strike.", [], "declined to comment"),
    ("Talks stall\n\nPompeo didn't say whether the talks had failed.", [], "contracted negation"),
    ("Talks stall\n\nThe troops left the city on Monday.", [], "no cue"),
]


class TestDirectQuotes:
    """
    Quotes with the speaker before, after or inverted, split and nested.
    """

    @pytest.mark.parametrize(
        ("text", "expected", "why"), DIRECT_CASES, ids=[case[2] for case in DIRECT_CASES]
    )
    def test_direct(self, text: str, expected: list[tuple[str, str, str]], why: str) -> None:
        """
        Each quote is one direct statement with its speaker.
        """
        actual = summary(text)

        assert expected == actual, why


def test_np_title_abbreviations_never_end_a_sentence() -> None:
    """
    The titles an NP's head may not be are abbreviations the sentence splitter never ends at.
    """
    assert set(NP_TITLE_ABBREVIATIONS) <= set(TITLE_ABBREVIATIONS)


class TestReportedSpeech:
    """
    Reported speech in every position the issue lists.
    """

    @pytest.mark.parametrize(
        ("text", "expected", "why"), REPORTED_CASES, ids=[case[2] for case in REPORTED_CASES]
    )
    def test_reported(self, text: str, expected: list[tuple[str, str, str]], why: str) -> None:
        """
        Each attribution gives one statement with its speaker and content.
        """
        actual = summary(text)

        assert expected == actual, why


class TestNegatedSpeech:
    """
    Negated or withheld speech reports nothing.
    """

    @pytest.mark.parametrize(
        ("text", "expected", "why"), NEGATED_CASES, ids=[case[2] for case in NEGATED_CASES]
    )
    def test_negated(self, text: str, expected: list[object], why: str) -> None:
        """
        No statement comes out.
        """
        actual = summary(text)

        assert expected == actual, why


GATE_CASES = [
    ("pompeo did not ", True, "did not"),
    ("he did not immediately ", True, "one word between"),
    ("it was no longer ", True, "no longer"),
    ("not all police ", False, "two words between"),
    ("he cannot ", True, "a word ending like a negation: the pattern decides"),
    ("officials declined to ", True, "declined to"),
    ("she wouldn’t immediately ", True, "curly n't"),
    ("he never ", True, "never"),
    ("without ", True, "without"),
    ("long before ", True, "before"),
    ("pompeo ", False, "a name"),
    ("he also ", False, "an auxiliary"),
]

NEGATION_PATTERN_CASES = [
    ("Pompeo did NOT ", "upper case"),
    ("they had declined to\nreadily ", "a line break between"),
    ("nor ", "nor alone"),
    ("didn't\x1c ", "a separator Python splits at and the pattern does not"),
    ("never said so ", "two words after"),
    ("without it ", "one word after"),
    ("the fire before ", "before"),
]

NEGATION_EXAMPLES = [
    example
    for rule in STATEMENT_RULES
    if rule.id == "statement.negated"
    for example in rule.examples
]


class TestNegationGate:
    """
    _may_negate lets through every window the negation pattern can match.
    """

    @pytest.mark.parametrize(
        ("window", "expected", "why"), GATE_CASES, ids=[case[2] for case in GATE_CASES]
    )
    def test_gate(self, window: str, expected: bool, why: str) -> None:
        """
        The gate answers by the letters the pattern needs.
        """
        actual = _may_negate(window, 0, len(window))

        assert expected == actual, why

    @pytest.mark.parametrize("part", _NEGATION_ENDS, ids=_NEGATION_ENDS)
    def test_parts(self, part: str) -> None:
        """
        The gate lets through a window whose last word ends like a negation (_NEGATION_ENDS).
        """
        actual = _may_negate(f" {part} ", 0, len(part) + 2)

        assert True is actual

    @pytest.mark.parametrize(
        ("window", "why"), NEGATION_PATTERN_CASES, ids=[case[1] for case in NEGATION_PATTERN_CASES]
    )
    def test_same_as_pattern(self, window: str, why: str) -> None:
        """
        Where the gate says no, statement.negated finds nothing either.
        """
        expected = _NEGATED.search(window) is not None
        actual = expected and _may_negate(lower_in_place(window), 0, len(window))

        assert expected == actual, why

    @pytest.mark.parametrize("example", NEGATION_EXAMPLES, ids=NEGATION_EXAMPLES)
    def test_rule_examples(self, example: str) -> None:
        """
        Every example of statement.negated passes the gate.
        """
        actual = _may_negate(example.lower(), 0, len(example))

        assert True is actual


CUE_CASES = [
    ("pompeo said on tuesday", 7, "said", "said", "a cue between blanks"),
    ("he pointed out that", 3, "pointed", "pointed out", "a two-word cue"),
    ("he pointed outward", 3, "pointed", None, "the second word runs on"),
    ("called for help", 0, "called", "called for", "the longest form first"),
    ("called form", 0, "called", "called", "a shorter form when the longer runs on"),
    ("according to police", 0, "according", "according to", "according to"),
    ("according", 0, "according", None, "a first word that is no form"),
    ("unsaid words", 2, "said", None, "inside a word"),
    ("x_said", 2, "said", None, "after an underscore"),
    ("said-so", 0, "said", None, "a hyphen after"),
    ("said’s", 0, "said", None, "an apostrophe after"),
    ("saidé", 0, "said", None, "a letter beyond ASCII after"),
    ("x’said", 2, "said", None, "an apostrophe before"),
    ("saying so", 0, "saying", "saying", "the longer word found there"),
    ("he said", 3, "said", "said", "at the end of the text"),
]


class TestCueLookup:
    """
    _cue_at finds what the statement.cue pattern matches, by dict lookups.
    """

    @pytest.mark.parametrize(
        ("text", "start", "word", "expected", "why"), CUE_CASES, ids=[case[4] for case in CUE_CASES]
    )
    def test_lookup(self, text: str, start: int, word: str, expected: str | None, why: str) -> None:
        """
        The cue form at *start*, or None.
        """
        cue = _cue_at(text, start, len(text), word)

        actual = cue.form if cue is not None else None

        assert expected == actual, why

    @pytest.mark.parametrize(
        ("text", "start", "word", "expected", "why"), CUE_CASES, ids=[case[4] for case in CUE_CASES]
    )
    def test_pattern_agrees(
        self, text: str, start: int, word: str, expected: str | None, why: str
    ) -> None:
        """
        The pattern the lookup stands for finds the same form (the two stay in step).
        """
        match = _CUE.match(text, start)

        actual = match.group() if match is not None else None

        assert expected == actual, why


LEFT_SPEAKER_CASES = [
    ("Police said", Span(0, 6), "a noun at the start"),
    ("The war is over, he said", Span(17, 19), "a pronoun after a comma"),
    ("U.S. Secretary of State Mike Pompeo said", Span(0, 35), "a title and a name"),
    ("x.Pompeo said", None, "a period right before the phrase"),
    ("   said", None, "blanks only"),
    ("said", None, "nothing before the cue"),
    (
        "Officials from the ministry of the interior and the army of the country also said",
        Span(48, 71),
        "a phrase longer than the memo window",
    ),
    ("''We won,'' Mr. Pompeo said", Span(12, 22), "a closing typewriter quote is no word"),
    ("“We won,’’ the aide said", Span(11, 19), "curly single marks typed twice"),
]


class TestLeftSpeaker:
    """
    _left_speaker reads the phrase before a cue; short phrases are read once and remembered.
    """

    @pytest.mark.parametrize(
        ("text", "expected", "why"),
        LEFT_SPEAKER_CASES,
        ids=[case[2] for case in LEFT_SPEAKER_CASES],
    )
    def test_speaker(self, text: str, expected: Span | None, why: str) -> None:
        """
        The speaker phrase ending at the last word of *text*.
        """
        actual = _left_speaker(text, 0, text.rindex("said"))

        assert expected == actual, why

    @pytest.mark.parametrize(
        ("text", "expected", "why"),
        LEFT_SPEAKER_CASES,
        ids=[case[2] for case in LEFT_SPEAKER_CASES],
    )
    def test_remembered(self, text: str, expected: Span | None, why: str) -> None:
        """
        A phrase read a second time (from the memo) gives the same speaker, at its own offset.
        """
        _left_speaker(text, 0, text.rindex("said"))
        shifted = "A quote. " + text

        actual = _left_speaker(shifted, 9, shifted.rindex("said"))

        assert (expected.shift(9) if expected is not None else None) == actual, why


FOLLOW_CASES = [
    ("said Mike Pompeo", "Pompeo", True, "after a first name"),
    ("J. Smith", "Smith", True, "after an initial"),
    ("Bashar al-Assad", "Assad", True, "after a particle and a hyphen"),
    ("Shaun O'Neil", "Neil", True, "inside a name word, after an apostrophe"),
    ("(Pompeo", "Pompeo", False, "after a bracket"),
    ("Pompeo", "Pompeo", False, "at the start of the text"),
    ("said, Pompeo", "Pompeo", False, "after a comma"),
    ("12 Pompeo", "Pompeo", False, "after a number"),
    ("Ünal Ötzi", "Ötzi", True, "letters beyond ASCII"),
]


class TestMayFollowName:
    """
    _may_follow_name lets through every word a name of two words or more may end with.
    """

    @pytest.mark.parametrize(
        ("text", "word", "expected", "why"), FOLLOW_CASES, ids=[case[3] for case in FOLLOW_CASES]
    )
    def test_gate(self, text: str, word: str, expected: bool, why: str) -> None:
        """
        The gate answers by the two characters before the word.
        """
        actual = _may_follow_name(text, text.rindex(word))

        assert expected == actual, why


FINAL_RULE = next(rule for rule in STATEMENT_RULES if rule.id == "statement.adjunct.final")

CLOSE_CASES = [
    *[(example, True, f"example {example!r}") for example in FINAL_RULE.examples],
    (" in a statement.", True, "an adjunct"),
    (" Jan. 5.", True, "an abbreviated month"),
    (", according to police", True, "according to"),
    ("", True, "the end of the window"),
    (" that the war is over.", False, "a that-clause"),
    (" the war is over.", False, "a clause"),
    (" “We will", False, "a quote"),
    (" " * 30 + "on Tuesday.", True, "an adjunct after many blanks"),
    (" " * 30 + "that it was over.", False, "a clause after many blanks"),
    (" " * 20 + "wednesday.", True, "a long word cut where the first read ends"),
]


class TestClosingGate:
    """
    _may_close lets through every text the closing-adjunct pattern can match.
    """

    @pytest.mark.parametrize(
        ("after", "expected", "why"), CLOSE_CASES, ids=[case[2] for case in CLOSE_CASES]
    )
    def test_gate(self, after: str, expected: bool, why: str) -> None:
        """
        The gate answers by the first character or word after the cue.
        """
        actual = _may_close(after.lower(), 0, len(after))

        assert expected == actual, why


class TestMultiParagraphQuote:
    """
    A quote running over several paragraphs is one statement.
    """

    def test_runs_on(self) -> None:
        """
        An opening mark left open continues in the next paragraph.
        """
        text = "Talks stall\n\nPompeo said: “We will stay.\n\n“And we will win.”"
        actual = summary(text)

        assert [("Pompeo", "direct", "We will stay.\n\n“And we will win")] == actual


class TestOneRecord:
    """
    The headline's and the body's version of a statement are one record.
    """

    def test_headline_and_body_merge(self) -> None:
        """
        One record, with both mentions.
        """
        text = "Pompeo says Russia killed soldiers in Syria\n\nRussia has killed dozens of soldiers in Syria, Pompeo said."
        records = statements(text)
        actual = [(record.content, len(record.mentions)) for record in records]

        assert [("Russia has killed dozens of soldiers in Syria", 2)] == actual


class TestTime:
    """
    The time of the attribution comes from article.times; never the publication date.
    """

    def test_time_in_attribution(self) -> None:
        """
        "said on March 17" takes the TimeExpression inside the attribution.
        """
        text = "Talks stall\n\nThe war is over, Pompeo said on March 17."
        start = text.index("March 17")
        expression = TimeExpression(
            text="March 17",
            span=Span(start, start + 8),
            type=TimexType.DATE,
            value="2020-03-17",
            rule_id="test",
        )
        article = attrs.evolve(parse_article(text), times=(expression,))
        actual = [record.time for record in extract_statements(article)]

        assert [expression] == actual

    def test_time_in_content_is_not_taken(self) -> None:
        """
        A time inside the content is the event's, not the statement's.
        """
        text = "Talks stall\n\nPompeo said the war ended on March 17."
        start = text.index("March 17")
        expression = TimeExpression(
            text="March 17",
            span=Span(start, start + 8),
            type=TimexType.DATE,
            value="2020-03-17",
            rule_id="test",
        )
        article = attrs.evolve(parse_article(text), times=(expression,))
        actual = [record.time for record in extract_statements(article)]

        assert [None] == actual


ADVERSARIAL = [
    ('"' * 10_000, 1.0, "10,000 straight quote marks"),
    ("“" * 5_000 + "”" * 5_000, 1.0, "10,000 curly quote marks"),
    (('"' * 500 + "“”" * 250) * 1_000, 1.0, "1 MB of quote marks"),
    ("He said “" + "a “b ‘c " * 3_000, 1.0, "unbalanced nested quotes"),
    (
        ("Pompeo said the war is over, officials said, " * 20_000)[:1_000_000],
        30.0,
        "a 1 MB paragraph",
    ),
    ("said " * 50_000, 1.0, "a run of cues"),
    ("said, " * 17_000, 1.0, "100 KB of said-comma"),
    ("said. " * 17_000, 1.0, "100 KB of one-word sentences"),
    ("said, " * 170_000, 2.0, "1 MB of said-comma"),
    ("according to " * 30_000, 1.0, "a run of according to"),
    ('"We will win," Pompeo said. ' * 3_600, 2.0, "100 KB of short quoted statements"),
    ("Pompeo asked " * 8_000, 1.0, "100 KB of asked with no question word"),
    ("Last week, " * 9_000 + "and said it.", 1.0, "100 KB of opening time phrases"),
    ("Ann left, telling " * 6_000 + "that", 1.0, "100 KB of participles with no that"),
    ("Ann told " + "city " * 20_000 + "that it was over.", 1.0, "100 KB of addressee words"),
    ("In " + "a" * 100_000 + " and said it.", 1.0, "an opening phrase of 100 KB without a comma"),
    ("Pompeo asked them whether " * 4_000, 2.0, "100 KB of questions"),
    ("Ann asked " + "A " * 50_000 + "if", 1.0, "100 KB of capitals before a question word"),
    ("according to the U.N. " * 4_500, 1.0, "100 KB of according to an abbreviation"),
    ("the first reported " * 5_300, 1.0, "100 KB of adjectival participles"),
    (
        "Officer Jane Doe with the Austin Police said " * 2_200,
        1.0,
        "100 KB of postmodified speakers",
    ),
    ("Barkley, who said he votes, " * 3_500, 1.0, "100 KB of relative clauses"),
    ("the spokesman, Jane Doe, said " * 3_300, 1.0, "100 KB of role appositions"),
]


class TestAdversarialInput:
    """
    Pathological input finishes in linear time.
    """

    @pytest.mark.parametrize(
        ("text", "seconds", "why"), ADVERSARIAL, ids=[case[2] for case in ADVERSARIAL]
    )
    def test_fast(self, text: str, seconds: float, why: str) -> None:
        """
        Extraction finishes within its bound (CPU seconds) and every span lies in the text.
        """
        article = Article(text=text, paragraphs=parse_article(text).paragraphs)
        began = time.process_time()
        records = extract_statements(article)
        elapsed = time.process_time() - began
        inside = all(record.span.end <= len(text) for record in records)

        assert (True, True) == (elapsed < seconds, inside), f"{why}: {elapsed:.2f} s"


MARK_CASES = [
    ('He said "yes" twice.', [(8, '"'), (12, '"')], "straight marks"),
    ("“No,” she said.", [(0, "“"), (4, "”")], "curly marks"),
    ("''Yes,'' he said.", [(0, "''"), (6, "''")], "typewriter marks"),
    ("'" * 3, [(1, "''")], "three apostrophes: the last two"),
    ("'" * 4, [(2, "''")], "four apostrophes: the last two"),
    ("It's the 'word'.", [], "single quotes are no marks"),
    ("", [], "empty"),
    ('"' * 50, [(index, '"') for index in range(50)], "a run of marks"),
]


class TestQuoteMarks:
    """
    _marks finds what the statement.quote_mark pattern finds, by string finds.
    """

    @pytest.mark.parametrize(
        ("text", "expected", "why"), MARK_CASES, ids=[case[2] for case in MARK_CASES]
    )
    def test_marks(self, text: str, expected: list[tuple[int, str]], why: str) -> None:
        """
        Every mark, with where it starts, in text order.
        """
        actual = _marks(text, 0, len(text))

        assert expected == actual, why

    @pytest.mark.parametrize(
        ("text", "expected", "why"), MARK_CASES, ids=[case[2] for case in MARK_CASES]
    )
    def test_pattern_agrees(self, text: str, expected: list[tuple[int, str]], why: str) -> None:
        """
        The pattern the finds stand for finds the same marks (the two stay in step).
        """
        actual = [(match.start(), match.group()) for match in _QUOTE_MARK.finditer(text)]

        assert expected == actual, why

    def test_range_end(self) -> None:
        """
        Two apostrophes at the end of the range are a mark, whatever follows the range.
        """
        expected = [(1, "''")]

        actual = _marks("x" + "'" * 3, 0, 3)

        assert expected == actual


SPELLED_CASES = [
    ("statement.content.right", " reporters on Tuesday that the war", "match", "addressee trie"),
    ("statement.content.right", " The New York Times that", "match", "addressee, capitalised"),
    ("statement.content.told", " the Associated Press that", "match", "told an addressee"),
    ("statement.speaker.right", " a spokesman for the campaign.", "match", "speaker noun"),
    ("statement.coordinated", "He left early but also ", "search", "auxiliary, right to left"),
    ("statement.progressive", "The White House is ", "search", "progressive, right to left"),
    ("statement.boundary", "X said, and officials ", "search", "boundary, right to left"),
]


class TestSpelledLists:
    """
    The rules whose word lists are spelled out as tries match as the named lists do.
    """

    @pytest.mark.parametrize(
        ("rule_id", "text", "how", "why"), SPELLED_CASES, ids=[case[3] for case in SPELLED_CASES]
    )
    def test_same_match(self, rule_id: str, text: str, how: str, why: str) -> None:
        """
        The spelled pattern and the pattern with named lists give the same match.
        """
        (rule,) = [rule for rule in STATEMENT_RULES if rule.id == rule_id]
        original = compile_rules((rule,), STATEMENT_LEXICON).by_id(rule_id).pattern
        spelled = _RULES.by_id(rule_id).pattern
        expected = getattr(original, how)(text)
        assert expected is not None, why

        actual = getattr(spelled, how)(text)

        assert (expected.span(), expected.groupdict()) == (actual.span(), actual.groupdict()), why


class TestStatementRules:
    """
    Every statement rule matches its examples and none of its counterexamples.
    """

    @pytest.mark.parametrize("rule", STATEMENT_RULES, ids=[rule.id for rule in STATEMENT_RULES])
    def test_rule(self, rule: object) -> None:
        """
        compile_rules checks examples and counterexamples.
        """
        names = {
            name: STATEMENT_LEXICON[name]
            for name in STATEMENT_LEXICON
            if f"\\L<{name}>" in rule.pattern
        }  # type: ignore[attr-defined]
        compiled = compile_rules((rule,), names)  # type: ignore[arg-type]

        assert 1 == len(compiled)


BEFORE_CLASS_CASES = [
    ("\n", " ", "a line break is no word character"),
    ("“", " ", "an opening quote"),
    (",", " ", "a comma"),
    ("a", "a", "a letter"),
    ("É", "a", "a letter beyond ASCII"),
    ("7", "a", "a digit"),
    ("_", "a", "an underscore"),
    ("’", ".", "a curly apostrophe"),
    ("'", ".", "a straight apostrophe"),
    ("-", ".", "a hyphen"),
    ("&", ".", "an ampersand"),
    (".", ".", "a period"),
]

SPEAKER_WINDOWS = [
    " Police ",
    "Police ",
    " he also ",
    "’s officials ",
    "Mike Pompeo ",
    " the secretary, ",
    "-based analysts ",
    " ",
]


class TestSpeakerInByClass:
    """
    _speaker_in keyed by _before_class finds what _SPEAKER_LEFT finds after the character itself.
    """

    @pytest.mark.parametrize(
        ("char", "expected", "why"),
        BEFORE_CLASS_CASES,
        ids=[case[2] for case in BEFORE_CLASS_CASES],
    )
    def test_class(self, char: str, expected: str, why: str) -> None:
        """
        Each character stands for its class in the pattern's lookbehind.
        """
        actual = _before_class(char)

        assert expected == actual, why

    @pytest.mark.parametrize("window", SPEAKER_WINDOWS, ids=SPEAKER_WINDOWS)
    @pytest.mark.parametrize(
        "char",
        [case[0] for case in BEFORE_CLASS_CASES],
        ids=[case[2] for case in BEFORE_CLASS_CASES],
    )
    def test_same_as_character(self, char: str, window: str) -> None:
        """
        The cached answer for the class is the pattern's answer after the character.
        """
        match = _SPEAKER_LEFT.search(char + window, 1)
        expected = (match.start("speaker") - 1, match.end("speaker") - 1) if match else None
        actual = _speaker_in(_before_class(char), window)

        assert expected == actual


REPORT_CASES = [
    (" with four counts of murder.", False, "no quote, colon, 'that' or comma"),
    (": We are done.", True, "a colon"),
    (" that the war was over.", True, "that"),
    (" THAT the war was over.", True, "that in capitals"),
    (", the sheriff said, that", True, "a comma"),
]


class TestMayReport:
    """
    _may_report lets a quote-only cue through wherever _around_cue may find a statement.
    """

    @pytest.mark.parametrize(
        ("after", "expected", "why"), REPORT_CASES, ids=[case[2] for case in REPORT_CASES]
    )
    def test_gate(self, after: str, expected: bool, why: str) -> None:
        """
        The gate answers by a colon, "that" or a comma after the cue.
        """
        actual = _may_report(after, 0, len(after))

        assert expected == actual, why

    @pytest.mark.parametrize(
        ("text", "why"),
        [
            ("Meeting\n\nRhoades is charged with four counts of murder.", "no content"),
            ("Meeting\n\nThe mayor continued: We will rebuild the town.", "a colon"),
            ("Meeting\n\nThe delay, Smith charged, was the fault of the mayor.", "inserted"),
        ],
        ids=["no content", "a colon", "inserted"],
    )
    def test_same_statements(self, text: str, why: str) -> None:
        """
        Skipping the gated cues changes no statement (the expected figures hold without the gate).
        """
        expected = {"no content": 0, "a colon": 1, "inserted": 1}[why]
        actual = len(statements(text))

        assert expected == actual, why


AGENT_CASES = [
    ("the war is over", False, "three words"),
    ("by The Washington Post", True, "by"),
    ("By The Washington Post", True, "By in capitals"),
    ("on Thursday night in Ankara", True, "on"),
    ("from the start", True, "from"),
    ("it", True, "one word"),
    ("it ended", True, "two words"),
    ("it\nended now", True, "a line break makes no piece"),
    ("  a b", True, "blanks make empty pieces"),
]


class TestMayBeAgent:
    """
    _may_be_agent lets through every content the passive-agent pattern can match.
    """

    @pytest.mark.parametrize(
        ("content", "expected", "why"), AGENT_CASES, ids=[case[2] for case in AGENT_CASES]
    )
    def test_gate(self, content: str, expected: bool, why: str) -> None:
        """
        The gate answers by the first letters and the number of pieces between blanks.
        """
        actual = _may_be_agent(lower_in_place(content), 0, len(content))

        assert expected == actual, why

    @pytest.mark.parametrize(
        ("content", "why"),
        [(case[0], case[2]) for case in AGENT_CASES],
        ids=[case[2] for case in AGENT_CASES],
    )
    def test_same_as_pattern(self, content: str, why: str) -> None:
        """
        Where the pattern matches, the gate says yes.
        """
        expected = _BY_AGENT.match(content) is not None
        actual = expected and _may_be_agent(lower_in_place(content), 0, len(content))

        assert expected == actual, why


PLAIN_CONTENT_CASES = [
    (" that the war is over.", 6, "that and a blank"),
    (" That the war is over.", 6, "That in capitals"),
    (" that\n\nthe war is over.", 7, "that and line breaks"),
    (" thatch roofs burned.", 1, "a word that starts like that"),
    (" that, as he put it, the", -1, "that and a comma: the pattern decides"),
    (" the shooting was an accident.", 1, "the, no addressee"),
    (" the press that it was over.", -1, "an addressee"),
    (" reporters that it was over.", -1, "reporters"),
    (" on Monday that it was over.", -1, "an adjunct"),
    (" earlier that four were shot.", -1, "earlier"),
    (" to him that it was over.", -1, "to"),
    (" Ankara was behind it.", 1, "a name"),
    (" 34 people died.", -1, "a number: the pattern decides"),
    (": “We will", -1, "a colon"),
    ("  the war", -1, "two blanks"),
    (" café owners fled.", -1, "beyond ASCII"),
    (" that", 1, "that at the end"),
    (" that ", -1, "that and a blank at the end"),
    (" that\x1cx", -1, "an odd space after that"),
]


class TestPlainContentStart:
    """
    _plain_content_start finds the content where statement.content.right would, or gives -1.
    """

    @pytest.mark.parametrize(
        ("after", "expected", "why"),
        PLAIN_CONTENT_CASES,
        ids=[case[2] for case in PLAIN_CONTENT_CASES],
    )
    def test_start(self, after: str, expected: int, why: str) -> None:
        """
        Plain words give where the content starts; anything else -1.
        """
        actual = _plain_content_start(after, lower_in_place(after), 0, len(after))

        assert expected == actual, why

    @pytest.mark.parametrize(
        ("after", "why"),
        [(case[0], case[2]) for case in PLAIN_CONTENT_CASES if case[1] != -1],
        ids=[case[2] for case in PLAIN_CONTENT_CASES if case[1] != -1],
    )
    def test_same_as_pattern(self, after: str, why: str) -> None:
        """
        Where it answers, the pattern finds the content at the same place.
        """
        match = _CONTENT_RIGHT.match(after, 0, len(after))
        expected = match.start("content") if match is not None else None
        actual = _plain_content_start(after, lower_in_place(after), 0, len(after))

        assert expected == actual, why


TABLES = {
    "before_class": BEFORE_CLASS_CASES,
    "report": REPORT_CASES,
    "agent": AGENT_CASES,
    "plain_content": PLAIN_CONTENT_CASES,
    "negation_pattern": NEGATION_PATTERN_CASES,
    "direct": DIRECT_CASES,
    "reported": REPORTED_CASES,
    "negated": NEGATED_CASES,
    "adversarial": ADVERSARIAL,
}


class TestCaseTables:
    """
    The case tables of this module.
    """

    @pytest.mark.parametrize("name", sorted(TABLES))
    def test_no_duplicate(self, name: str) -> None:
        """
        Every case of a table has its own text and its own id.
        """
        cases = TABLES[name]
        expected = (len(cases), len(cases))
        actual = (len({case[0] for case in cases}), len({case[-1] for case in cases}))

        assert expected == actual


DATELINE_CASES = [
    (
        "Gunmen shoot eight\n\nSHREVEPORT (AP) — Gunmen shot eight men early Thursday, police said.",
        ("police", "Gunmen shot eight men early Thursday"),
        "place, agency in brackets, em dash",
    ),
    (
        "Turkey warns\n\nANKARA, March 17 (Reuters) - The attack was planned, Turkey said.",
        ("Turkey", "The attack was planned"),
        "place, date and agency, hyphen",
    ),
    (
        "A boy is hurt\n\nKIDRON, Ohio - The boy was hit by a stray bullet, police said.",
        ("police", "The boy was hit by a stray bullet"),
        "place and state, spaced hyphen",
    ),
    (
        "Roundup\n\nFirst item.\n\nLIVERMORE -- Officers arrested a man on Sunday, police said.",
        ("police", "Officers arrested a man on Sunday"),
        "a dateline opening a later paragraph, double hyphen",
    ),
    (
        "Talks stall\n\nThe talks - held in Geneva - have stalled again, diplomats said.",
        ("diplomats", "The talks - held in Geneva - have stalled again"),
        "a dash inside the sentence is no dateline",
    ),
]


class TestDateline:
    """
    A dateline that runs into a paragraph's first sentence is not part of the content.
    """

    @pytest.mark.parametrize(
        ("text", "expected", "why"), DATELINE_CASES, ids=[case[2] for case in DATELINE_CASES]
    )
    def test_content_starts_after_the_dateline(
        self, text: str, expected: tuple[str, str], why: str
    ) -> None:
        """
        The content is the reported words, without "CITY (Agency) —" before them.
        """
        found = [
            (record.speaker.name if record.speaker else "", record.content)
            for record in statements(text)
        ]
        assert [expected] == found, why

    @pytest.mark.parametrize(
        ("text", "expected", "why"), DATELINE_CASES, ids=[case[2] for case in DATELINE_CASES]
    )
    def test_spans_stay_on_their_text(self, text: str, expected: tuple[str, str], why: str) -> None:
        """
        The moved content span still reads the content, and the record's span covers it.
        """
        (record,) = statements(text)
        assert (record.content, True) == (
            record.content_span.slice(text),
            record.span.contains(record.content_span),
        ), why


def _after_any_dateline(text: str) -> int:
    """
    Where `_after_dateline` puts the words of *text*, trying every dateline pattern ungated.
    """
    head = text[:120]
    for pattern in _DATELINES:
        match = pattern.match(head)
        if match is not None:
            words = match.end("dateline")
            while words < len(head) and head[words].isspace():
                words += 1
            return words
    return 0


DATELINE_GATE_CASES = [
    ("ANKARA, March 17 (Reuters) - Turkey said so.", "place, date and agency"),
    ("PUYALLUP, Wash. — A man said so.", "place and region"),
    ("WASHINGTON (AP) — The man said so.", "place and agency"),
    ("U.S. — The man said so.", "a period second"),
    ("O'HARE — The man said so.", "an apostrophe second"),
    ("Philadelphia (AFP) – US President said so.", "the agency rule"),
    ("Dec 29 (Reuters) - U.S. officials said so.", "a date and an agency"),
    ("UPDATE: ANKARA (Reuters) - Turkey said so.", "an update label"),
    ("A 17-year-old boy was shot, police said.", "a blank second"),
    ("Police said the man - who was 45 - died.", "a lower-case letter second"),
    ("I - I did not, he said.", "one letter"),
    ("MÉXICO — The man said so.", "beyond ASCII second: the pattern decides"),
    ("The man (45) said so.", "a bracket, no dash"),
    ("-", "a dash alone"),
    ("", "empty"),
]


class TestDatelineGate:
    """
    The marks and second characters the dateline rules need skip no dateline.
    """

    @pytest.mark.parametrize(
        ("text", "why"), DATELINE_GATE_CASES, ids=[case[1] for case in DATELINE_GATE_CASES]
    )
    def test_same_as_ungated(self, text: str, why: str) -> None:
        """
        `_after_dateline` finds what every pattern tried on the head finds.
        """
        expected = _after_any_dateline(text)
        actual = _after_dateline(text, 0, len(text))

        assert expected == actual, why


CLAUSE_NEXT_CASES = [
    (" that Scott won", True, "that"),
    (" reporters that the", True, "an addressee and that"),
    (', "We will', True, "a straight quote"),
    (" “We will", True, "a curly quote"),
    (" ''We will", True, "two apostrophes"),
    (" THAT it was over", True, "capitals"),
    (" she would go", False, "a plain clause"),
    (" for help", False, "an adjunct"),
    ("", False, "nothing"),
]


class TestClauseNextGate:
    """
    _may_continue lets through every text the clause pattern after a coordinated cue matches.
    """

    @pytest.mark.parametrize(
        ("after", "expected", "why"), CLAUSE_NEXT_CASES, ids=[case[2] for case in CLAUSE_NEXT_CASES]
    )
    def test_gate(self, after: str, expected: bool, why: str) -> None:
        """
        The gate answers by "that" or a quote mark, and never where the pattern matches.
        """
        matched = _CLAUSE_NEXT.match(after) is not None
        actual = _may_continue(lower_in_place(after), 0, len(after))

        assert (expected, True) == (actual, actual or not matched), why


COLON_CLOSE_CASES = [
    (":", "a colon"),
    (" on Tuesday:\n", "an adjunct, a colon and a line break"),
    (" on Tuesday:\u2003", "an odd blank after the colon"),
    (": We will", "words after the colon"),
    (" that", "no colon"),
    (" in a statement: \x1c", "a separator str.strip takes and the pattern does not"),
]


class TestColonCloseGate:
    """
    A paragraph the colon-close pattern matches ends, but for blanks, with the colon.
    """

    @pytest.mark.parametrize(
        ("after", "why"), COLON_CLOSE_CASES, ids=[case[1] for case in COLON_CLOSE_CASES]
    )
    def test_gate(self, after: str, why: str) -> None:
        """
        Where the pattern matches, the gate in `_match_paragraph` passes.
        """
        matched = _COLON_CLOSE.match(after) is not None
        gate = after.rstrip().endswith(":")

        assert True is (gate or not matched), why


class TestWordListHeads:
    """
    The two-character set lookups before the word-list tests of the gates drop no word.
    """

    @pytest.mark.parametrize("word", _CLOSING_WORDS)
    def test_closing_word(self, word: str) -> None:
        """
        Every closing word lets `_may_close` through, as `str.startswith` of the tuple does.
        """
        text = f"said {word} x"
        expected = text[4:].lstrip().startswith(_CLOSING_WORDS)
        actual = _may_close(text, 4, len(text))

        assert (True, True) == (expected, actual)

    @pytest.mark.parametrize("modifier", _MODIFIERS)
    def test_modifier(self, modifier: str) -> None:
        """
        Every modifier lets `_may_modify` through.
        """
        text = f"the {modifier} "

        assert True is _may_modify(text, 0, len(text))

    @pytest.mark.parametrize("opener", _RIGHT_OPENERS)
    def test_right_opener(self, opener: str) -> None:
        """
        Every opener leaves the content after a cue to the pattern (-1), as the tuple test does.
        """
        text = f" {opener} x"

        assert -1 == _plain_content_start(text, text, 0, len(text))

    @pytest.mark.parametrize(
        ("words", "why"),
        [(_CLOSING_WORDS, "closing"), (_MODIFIERS, "modifiers"), (_RIGHT_OPENERS, "openers")],
        ids=["closing", "modifiers", "openers"],
    )
    def test_two_characters_at_least(self, words: tuple[str, ...], why: str) -> None:
        """
        Each word has the two characters its list's set of heads (or tails) is made of.
        """
        expected: list[str] = []
        actual = [word for word in words if len(word) < 2]

        assert expected == actual, why


FIRST_BREAK_CASES = [
    ("the news was not intentional; they learned", "a semicolon"),
    ("was its biggest yet, although it may", "a comma and a conjunction"),
    ("the war, he said, is over", "commas that break nothing"),
    ("the war, he said, is over, citing the memo; then", "a break after commas that do not"),
    ("the war; it is over, although", "a semicolon first"),
    ("the war, although; then", "a comma break first"),
    ("the war,although it is", "no blank after the comma"),
    ("the war,\nalthough it is", "a line break after the comma"),
    ("the talks had failed, throwing the summit into doubt", "a writer's participle"),
    ("no break at all", "nothing"),
    (",", "a lone comma"),
    ("", "empty"),
]


class TestFirstBreak:
    """
    `_first_break` of a short paragraph finds where a search of the break pattern does.
    """

    @pytest.mark.parametrize(
        ("text", "why"), FIRST_BREAK_CASES, ids=[case[1] for case in FIRST_BREAK_CASES]
    )
    @pytest.mark.parametrize("start", [0, 3])
    @pytest.mark.parametrize("cut", [0, 6])
    def test_same_as_search(self, text: str, why: str, start: int, cut: int) -> None:
        """
        The pattern tried at each comma and semicolon finds the search's first match.
        """
        start = min(start, len(text))
        end = max(start, len(text) - cut)
        match = _CONTENT_END.search(text, start, end)
        expected = None if match is None else match.start()
        actual = _first_break(text, None, start, end)

        assert expected == actual, why


def _lower_by_characters(text: str) -> str:
    """
    *text* lower-cased by `str.lower`, each character that grows kept as it is.
    """
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(char if len(char.lower()) != 1 else char.lower() for char in text)


LOWER_CASES = [
    ("Police SAID", "ASCII"),
    ("“The mayor” — Smith’s", "marks beyond ASCII that have no case"),
    ("José said", "a lower-case letter beyond ASCII"),
    ("ÉVRY said", "a capital beyond ASCII"),
    ("The İ said", "a capital that grows in lower case"),
    ("ΣΑΣ said", "a final sigma"),
    ("the \u212a sign", "the Kelvin sign, which lower-cases to ASCII"),
    ("a \ud800 surrogate", "a lone surrogate"),
    ("", "empty"),
]


class TestLower:
    """
    `lower_in_place` lower-cases character for character, as `str.lower` does per character.
    """

    @pytest.mark.parametrize(("text", "why"), LOWER_CASES, ids=[case[1] for case in LOWER_CASES])
    def test_cases(self, text: str, why: str) -> None:
        """
        The UTF-8 shortcut gives what lower-casing the whole text gives.
        """
        if "\u03a3" in text and is_compiled(text_module):
            pytest.skip(
                "compiled, str.lower maps each character alone (no final sigma); the pure run "
                "checks the context-sensitive case mapping"
            )
        expected = _lower_by_characters(text)
        actual = lower_in_place(text)

        assert expected == actual, why

    @given(st.text())
    def test_property_same_as_str_lower(self, text: str) -> None:
        """
        Any text: the same string, of the same length.

        (Compiled, `str.lower` has no final sigma: capital sigmas are left to the pure run.)
        """
        assume("\u03a3" not in text or not is_compiled(text_module))
        expected = _lower_by_characters(text)
        actual = lower_in_place(text)

        assert (expected, len(text)) == (actual, len(actual))


class TestSharedLower:
    """
    The statements stage reads the lower case the times scan kept (`newsevents.text.kept_lower`).

    It is the string `lower_in_place` makes: the scan's own lower case (`_engine._lower`) is the
    same for any text.
    """

    @pytest.mark.parametrize(("text", "why"), LOWER_CASES, ids=[case[1] for case in LOWER_CASES])
    def test_cases(self, text: str, why: str) -> None:
        """
        Curly quotes, odd letters and lone surrogates lower-case alike in both stages.
        """
        if "\u03a3" in text and is_compiled(text_module) != is_compiled(_engine):
            pytest.skip("a capital sigma maps alike only in two compiled or two pure modules")
        expected = lower_in_place(text)
        actual = _engine._lower(text)

        assert expected == actual, why

    @given(st.text())
    def test_property_same_as_times_lower(self, text: str) -> None:
        """
        Any text: the scan's lower case is `lower_in_place`'s.

        (A capital sigma maps alike only when both modules run compiled or both pure.)
        """
        assume("\u03a3" not in text or is_compiled(text_module) == is_compiled(_engine))
        expected = lower_in_place(text)
        actual = _engine._lower(text)

        assert expected == actual

    def test_scan_keeps_it(self) -> None:
        """
        After the scan of a text, its lower case is kept for that very string, no other.
        """
        text = "Police SAID on Tuesday \u2019s “Deal” İSTANBUL"
        _engine.scan(text, _engine.State(None))
        expected = (lower_in_place(text), None)

        actual = (kept_lower(text), kept_lower(text[:-1]))

        assert expected == actual


POSTMODIFIED_CASES = [
    (
        "Man shot\n\nOfficer Jane Doe with the Austin Police Department said the man was shot.",
        ("Officer Jane Doe", "Jane Doe", "Officer"),
        "titled name with an organisation: the officer speaks",
    ),
    (
        "Shot\n\n“It was terrible,” Sgt. Tim Gauerke with the Milwaukee Police Department said.",
        ("Sgt. Tim Gauerke", "Tim Gauerke", "Sgt."),
        "after a quote: the gap to the quote is the speaker phrase, not a new sentence",
    ),
    (
        "Man shot\n\nWitnesses at the scene said the man was shot.",
        ("Witnesses", "Witnesses", None),
        "a group told apart by a place",
    ),
    (
        "Talks fail\n\nA spokesman for the State Department said the talks had failed.",
        (
            "A spokesman for the State Department",
            "spokesman for the State Department",
            "spokesman for the State Department",
        ),
        "a spokesman for an organisation",
    ),
    (
        "Man shot\n\nA friend of the victims said that one was struck in the face.",
        ("A friend of the victims", "friend of the victims", None),
        "of",
    ),
]


class TestPostmodifiedSpeaker:
    """
    "X with/of/for/at/from the Y said": X speaks, not Y.
    """

    @pytest.mark.parametrize(
        ("text", "expected", "why"),
        POSTMODIFIED_CASES,
        ids=[case[2] for case in POSTMODIFIED_CASES],
    )
    def test_the_head_speaks(
        self, text: str, expected: tuple[str, str, str | None], why: str
    ) -> None:
        """
        The speaker is the phrase before the preposition, as one actor.
        """
        found = [
            (record.speaker.text, record.speaker.name, record.speaker.role)
            for record in statements(text)
            if record.speaker is not None
        ]
        assert [expected] == found, why

    def test_a_thing_called_a_name_is_no_speaker(self) -> None:
        """
        "the presence of an explosive called Semtex": "called" names a thing, it cues nothing.
        """
        text = (
            "Bomb\n\nAn official said tests found the presence of a plastic explosive called"
            " Semtex that terrorists have used."
        )
        assert ["said"] == [record.cue for record in statements(text)]

    def test_a_cue_ends_the_head(self) -> None:
        """
        '"...," said one man with a big smile': the inverted cue is not part of the speaker.
        """
        text = 'Vigil\n\n"He was a good guy," said one man with a big smile.'
        speakers = [
            record.speaker.text for record in statements(text) if record.speaker is not None
        ]
        assert all(not speaker.lower().startswith("said") for speaker in speakers)


def timed(text: str) -> list[tuple[str, str, str | None]]:
    """
    (speaker text, content, time value) of each statement of *text*, published 2019-01-04.
    """
    article = newsevents.parse(text, published="2019-01-04")
    return [
        (
            record.speaker.text if record.speaker else "",
            record.content,
            record.time.value if record.time else None,
        )
        for record in article.statements
    ]


ADJECTIVAL_CASES = [
    ("Talks\n\nIt was the first reported death of a general in Syria since 2017.", [], "ordinal"),
    ("Talks\n\nThe widely reported attack killed five people.", [], "adverb"),
    (
        "Talks\n\nThe previously announced deal collapsed, officials said.",
        [("officials", "The previously announced deal collapsed", None)],
        "the adjective inside a content; the real cue stays",
    ),
    (
        "Talks\n\nThe family reported that three soldiers were wounded.",
        [("The family", "three soldiers were wounded", None)],
        "'family' ends in -ly but is a noun",
    ),
]

SPEAKER_TIME_CASES = [
    (
        "Talks\n\nThe mayor last week said the deal collapsed.",
        [("The mayor", "the deal collapsed", "2018-W52")],
        "a time between speaker and cue is the saying's, not the speaker's",
    ),
    (
        "Talks\n\nThe opposition on Thursday called for three days of protests.",
        [("The opposition", "three days of protests", "2019-01-03")],
        "a preposition before the time goes with it",
    ),
    (
        "Talks\n\nOfficials this month said the talks had failed.",
        [("Officials", "the talks had failed", "2019-01")],
        "the speaker phrase before a time the speaker pattern cannot read",
    ),
    (
        "Talks\n\nOn Monday, the mayor said the deal collapsed.",
        [("the mayor", "the deal collapsed", "2018-12-31")],
        "a time that opens the sentence dates the saying",
    ),
    (
        "Talks\n\nThe deal collapsed last week, the mayor said.",
        [("the mayor", "The deal collapsed last week", None)],
        "a time inside the content does not date the saying",
    ),
]


class TestAdjectivalCue:
    """
    "the first reported death", "a widely reported attack": a participle that is no cue.
    """

    @pytest.mark.parametrize(
        ("text", "expected", "why"), ADJECTIVAL_CASES, ids=[case[2] for case in ADJECTIVAL_CASES]
    )
    def test_adjectival_participle(
        self, text: str, expected: list[tuple[str, str, str | None]], why: str
    ) -> None:
        """
        Only real attributions give statements.
        """
        assert expected == timed(text), why


MODIFY_CASES = [
    ("the first ", True, "an ordinal"),
    ("It was the first ", True, "an ordinal after other words"),
    ("The widely ", True, "an adverb in capitals"),
    ("a previously  \n", True, "blanks of several kinds"),
    ("the first" + " " * 40, True, "many blanks"),
    ("The official ", False, "an adjective that is no modifier"),
    ("the police ", False, "a noun"),
    ("Pompeo ", False, "a name"),
    ("", False, "nothing"),
    ("the ﬁrst ", True, "a ligature: beyond ASCII, the pattern decides"),
    ("the FIRST ", True, "capitals"),
]


class TestModifierGate:
    """
    _may_modify lets through every phrase the adjectival-cue pattern can match.
    """

    @pytest.mark.parametrize(
        ("phrase", "expected", "why"), MODIFY_CASES, ids=[case[2] for case in MODIFY_CASES]
    )
    def test_gate(self, phrase: str, expected: bool, why: str) -> None:
        """
        The gate reads the last word before the blanks.
        """
        actual = _may_modify(lower_in_place(phrase), 0, len(phrase))

        assert expected == actual, why

    @pytest.mark.parametrize(
        ("phrase", "why"),
        [(case[0], case[2]) for case in MODIFY_CASES],
        ids=[case[2] for case in MODIFY_CASES],
    )
    def test_same_as_pattern(self, phrase: str, why: str) -> None:
        """
        Where the pattern matches, the gate says yes.
        """
        expected = _ADJECTIVAL.search(phrase) is not None
        actual = expected and _may_modify(lower_in_place(phrase), 0, len(phrase))

        assert expected == actual, why


NOT_CLAUSE_EXAMPLES = [
    (example, why)
    for rule in STATEMENT_RULES
    if rule.id == "statement.content.not_clause"
    for example, why in [
        *((text, f"example {text!r}") for text in rule.examples),
        *((text, f"counterexample {text!r}") for text in rule.counterexamples),
    ]
]


class TestNotClauseGate:
    """
    The words _NOT_CLAUSE_STARTS open every text the not-a-clause pattern can match.
    """

    @pytest.mark.parametrize(
        ("content", "why"), NOT_CLAUSE_EXAMPLES, ids=[case[1] for case in NOT_CLAUSE_EXAMPLES]
    )
    def test_same_as_pattern(self, content: str, why: str) -> None:
        """
        Where the pattern matches, the text starts with one of the words.
        """
        expected = _NOT_CLAUSE.match(content) is not None
        actual = expected and content.startswith(_NOT_CLAUSE_STARTS)

        assert expected == actual, why

    @pytest.mark.parametrize("word", _NOT_CLAUSE_STARTS, ids=list(_NOT_CLAUSE_STARTS))
    def test_each_word_can_start_a_match(self, word: str) -> None:
        """
        No word is listed that the pattern cannot start with (the list is the pattern's).
        """
        follow = (
            " much"
            if word == "as"
            else " on Monday"
            if word.endswith(("ed", "en", "de", "ld", "st")) and len(word) > 3
            else ""
        )
        expected = True
        actual = _NOT_CLAUSE.match(word + follow) is not None

        assert expected == actual, word


BOUNDARY_CASES = [
    ("Officials said, the mayor said", 0, 26, (14, 15), "a comma"),
    ("Officials said, and the mayor", 0, 29, (16, 19), "a word after a comma"),
    ("the strike that Ankara", 0, 22, (11, 15), "a relative pronoun"),
    ("Mr. Smith said", 0, 10, None, "a period after an abbreviation"),
    ("It ended. Smith said", 0, 16, (8, 10), "a period and a blank"),
    ("J. Smith said", 0, 9, None, "a period after an initial"),
    ("war - Smith said", 0, 12, (3, 6), "a dash between blanks"),
    ("war-time Smith said", 0, 15, None, "a hyphen"),
    ("also Smith said", 2, 11, None, "a word that starts before the window"),
    ("so Smith said", 0, 9, (0, 2), "a word at the start"),
    ("AND Smith said", 0, 10, (0, 3), "a word in capitals"),
    ("war — Smith said", 0, 12, (4, 5), "a typographic dash"),
    ("he’s over “and Smith said", 0, 22, (11, 14), "typographic marks before a word"),
    ("“It’s over,” Smith said", 0, 19, (11, 12), "a closing quote"),
    ("café Smith said", 0, 11, None, "beyond ASCII: the pattern"),
    ("as\u00a0Smith said", 0, 9, (0, 2), "a no-break space: the pattern"),
    ("él and Smith said", 0, 13, (3, 6), "beyond ASCII before the word"),
    ("It ended.", 0, 9, None, "a period at the window's end"),
    ("", 0, 0, None, "nothing"),
    ("and", 0, 0, None, "an empty window"),
    ("even5 Smith said", 0, 12, None, "a word and a digit"),
    ("Sens. Smith said", 0, 12, None, "a plural abbreviation"),
    ("sens. Smith said", 0, 12, (4, 6), "an abbreviation in lower case is none"),
    ("at least 21,000 said", 0, 16, None, "a comma between digits is in a number"),
    ("In 2012, 47 said", 0, 12, (7, 8), "a comma before a blank and a digit"),
    ("it fell,5 said", 0, 10, (7, 8), "a comma after a letter before a digit"),
    ("about 1,500,000 said", 0, 16, None, "two commas in one number"),
    ("paid 21,", 0, 8, (7, 8), "a comma after a digit at the window's end"),
    ("paid 21,0", 0, 8, (7, 8), "the digit after it beyond the window"),
]


class TestBoundary:
    """
    _boundary finds what the clause-boundary pattern finds, right to left.
    """

    @pytest.mark.parametrize(
        ("text", "start", "end", "expected", "why"),
        BOUNDARY_CASES,
        ids=[case[4] for case in BOUNDARY_CASES],
    )
    def test_boundary(
        self, text: str, start: int, end: int, expected: tuple[int, int] | None, why: str
    ) -> None:
        """
        The last boundary in the window, as a span.
        """
        actual = _boundary(text, start, end)

        assert expected == actual, why

    @pytest.mark.parametrize(
        ("text", "start", "end", "why"),
        [(case[0], case[1], case[2], case[4]) for case in BOUNDARY_CASES],
        ids=[case[4] for case in BOUNDARY_CASES],
    )
    def test_same_as_pattern(self, text: str, start: int, end: int, why: str) -> None:
        """
        The span the pattern's reverse search finds.
        """
        match = _BOUNDARY.search(text, start, end)
        expected = None if match is None else match.span()
        actual = _boundary(text, start, end)

        assert expected == actual, why


PLAIN_SPEAKER_CASES = [
    (" ", "Orosa ", (0, 5), "a surname"),
    ("", "Orosa ", (0, 5), "a surname at the start of the text"),
    ("a", "Orosa ", None, "a surname after a word character"),
    (".", "Nate Williams ", (5, 13), "a name after a period"),
    (" ", "  Nate Williams  ", (2, 15), "blanks on both sides"),
    ("a", " Nate Williams ", (1, 14), "a blank opens the window"),
    (" ", "Lieutenant Colonel Carl John Paul Williams ", (0, 42), "six words"),
    (" ", "One Two Three Four Five Six Seven ", (-1, -1), "seven words: the pattern"),
    (" ", "the mayor ", (0, 9), "a determiner and a speaker noun"),
    (" ", "Smith also ", (-1, -1), "an auxiliary: the pattern"),
    (" ", "Smith ", (0, 5), "a name"),
    (" ", "Chesterfield police ", (0, 19), "a speaker noun after a name"),
    (" ", "Police Chief Mike Younger ", (0, 25), "speaker nouns before a name"),
    ("a", "police ", None, "a speaker noun after a word character"),
    (" ", "the White House ", (-1, -1), "a noun of two words: the pattern"),
    (" ", "The clerk ", (0, 9), "a determiner and a noun"),
    (" ", " the five defendants ", (1, 20), "a determiner, a number and a noun"),
    ("a", "the clerk ", (-1, -1), "a determiner after a word character: the pattern"),
    (" ", "the man also ", (-1, -1), "an auxiliary after the head: the pattern"),
    (" ", "the one ", (-1, -1), "a head the pattern names: the pattern"),
    (" ", "the big old red car ", (0, 19), "three words between"),
    (" ", "the big old red blue car ", (-1, -1), "four words between: the pattern"),
    (" ", "smith ", (-1, -1), "in lower case: the pattern"),
    (" ", "Smith", (-1, -1), "no blank after it: the pattern"),
    (" ", "Nate  Williams ", (-1, -1), "two blanks between words: the pattern"),
    (" ", "José Smith ", (-1, -1), "beyond ASCII: the pattern"),
    (" ", "O'Neil ", (-1, -1), "an apostrophe: the pattern"),
    (" ", "Smith\n", (-1, -1), "a line break: the pattern"),
    (" ", "Abcdefghijabcdefghijabcdefghijk ", (-1, -1), "a word of 31 letters: the pattern"),
]


class TestPhraseDeterminers:
    """
    _PHRASE_DETERMINERS are the determiners of the left-speaker pattern's second phrase.
    """

    def test_same_as_pattern_source(self) -> None:
        """
        The pattern's source spells the list and the three words after it in this order.
        """
        source = _RULES.by_id("statement.speaker.left").rule.pattern
        expected = True
        actual = (
            "(?:" + "|".join(_PHRASE_DETERMINERS) + r")\s+ (?:[\w-][\w'’-]{0,29}\s+){0,3}"
        ) in source

        assert expected == actual


class TestPlainSpeaker:
    """
    _plain_speaker answers as the left-speaker pattern does, where it answers.
    """

    @pytest.mark.parametrize(
        ("before", "window", "expected", "why"),
        PLAIN_SPEAKER_CASES,
        ids=[case[3] for case in PLAIN_SPEAKER_CASES],
    )
    def test_plain_speaker(
        self, before: str, window: str, expected: tuple[int, int] | None, why: str
    ) -> None:
        """
        The speaker's span in the window, None, or (-1, -1) where the pattern must decide.
        """
        actual = _plain_speaker(before, window)

        assert expected == actual, why

    @pytest.mark.parametrize(
        ("before", "window", "why"),
        [(case[0], case[1], case[3]) for case in PLAIN_SPEAKER_CASES],
        ids=[case[3] for case in PLAIN_SPEAKER_CASES],
    )
    def test_same_as_pattern(self, before: str, window: str, why: str) -> None:
        """
        Where it answers, the pattern finds the same speaker.
        """
        match = _SPEAKER_LEFT.search(before + window, len(before))
        pattern = (
            None
            if match is None
            else (match.start("speaker") - len(before), match.end("speaker") - len(before))
        )
        actual = _plain_speaker(before, window)
        expected = actual if actual == (-1, -1) else pattern

        assert expected == actual, why


#: Words for the windows `_no_speaker` is tested on: every letter run of the left-speaker
#: pattern as written, the speaker nouns and auxiliaries (each word, in lower case and
#: capitalised), and words the pattern names nowhere.
_NO_SPEAKER_VOCABULARY = frozenset(
    form
    for word in (
        *regex.findall(
            r"[A-Za-z]+",
            next(rule.pattern for rule in STATEMENT_RULES if rule.id == "statement.speaker.left"),
        ),
        *(part for noun in STATEMENT_LEXICON["speaker_noun"] for part in noun.split()),
        *(part for aux in STATEMENT_LEXICON["auxiliary"] for part in aux.split()),
        *("said", "charges", "were", "was", "reported", "Smith", "cops", "x", "I"),
    )
    for form in (word.lower(), word.capitalize(), word)
)


NO_SPEAKER_CASES = [
    (" additional charges may also be ", True, "lower-case words, auxiliaries after them"),
    ("Searchers were ", True, "'were' is no auxiliary: it would end the phrase"),
    ("Searchers also ", False, "a capitalised word before the auxiliary"),
    (" principals ", True, "a noun that is no speaker noun"),
    (" police ", False, "a speaker noun"),
    ("local police officials also ", False, "a speaker noun before the auxiliary"),
    (" he later ", False, "a pronoun"),
    (" the man ", False, "a determiner lets any word be the head"),
    ("The shooting was ", True, "a function word is no head after a determiner"),
    (" the big old red car also ", False, "the head up to four words after a determiner"),
    (" the big old red blue car also ", True, "five words after it: no head of that phrase"),
    (" the team leaders discussed options in this situation ", True, "far from the determiner"),
    ("the week ", True, "a word that ends no phrase after a determiner"),
    (" most of those questioned ", False, "a poll"),
    (" said fifty ", False, "a number may end a poll"),
    ("reported 5 ", False, "digits: the pattern decides"),
    ("reported\x1cit ", False, "a separator the pattern reads as a mark"),
    ("caf\u00e9 owners ", False, "beyond ASCII: the pattern decides"),
    ("   ", True, "blanks only"),
    ("officials has long ", False, "an auxiliary of two words"),
    ("cops has long also would ", True, "four words of auxiliaries, and no speaker noun"),
]


class TestNoSpeaker:
    """
    _no_speaker answers True only where the left-speaker pattern finds no speaker.
    """

    @pytest.mark.parametrize(
        ("window", "expected", "why"), NO_SPEAKER_CASES, ids=[case[2] for case in NO_SPEAKER_CASES]
    )
    def test_no_speaker(self, window: str, expected: bool, why: str) -> None:
        """
        True for windows of lower-case words no phrase can end with.
        """
        actual = _no_speaker(window)

        assert expected == actual, why

    @pytest.mark.parametrize(
        "window", [case[0] for case in NO_SPEAKER_CASES], ids=[case[2] for case in NO_SPEAKER_CASES]
    )
    @pytest.mark.parametrize("before", ["", " ", "a", "."])
    def test_same_as_pattern(self, before: str, window: str) -> None:
        """
        Where it answers True, the pattern finds nothing after any character before it.
        """
        expected = True
        actual = (
            not _no_speaker(window) or _SPEAKER_LEFT.search(before + window, len(before)) is None
        )

        assert expected == actual

    @given(
        st.lists(
            st.sampled_from(sorted(_NO_SPEAKER_VOCABULARY)),
            max_size=8,
        ),
        st.sampled_from([" ", "  ", "\n", " \t"]),
        st.sampled_from(["", " ", "a", "."]),
    )
    def test_same_as_pattern_anywhere(self, words: list[str], blank: str, before: str) -> None:
        """
        Never True where the pattern finds a speaker, in windows of its own words and others.
        """
        window = blank.join(words) + blank
        expected = True
        actual = (
            not _no_speaker(window) or _SPEAKER_LEFT.search(before + window, len(before)) is None
        )

        assert expected == actual


MAY_BE_AUXILIARY_CASES = [
    ("was carried out", True, "an auxiliary"),
    ("Had been", True, "in upper case"),
    ("planned to", True, "a longer auxiliary"),
    ("the strike", False, "no auxiliary"),
    ("w", False, "one character"),
    ("", False, "nothing"),
    ("wasn't", True, "the head only: the pattern decides"),
    ("\u017fa", True, "beyond ASCII: the pattern decides"),
]


class TestMayBeAuxiliary:
    """
    _may_be_auxiliary is False only where _AUXILIARY_START does not match.
    """

    @pytest.mark.parametrize(
        ("text", "expected", "why"),
        MAY_BE_AUXILIARY_CASES,
        ids=[case[2] for case in MAY_BE_AUXILIARY_CASES],
    )
    def test_may_be_auxiliary(self, text: str, expected: bool, why: str) -> None:
        """
        True where the text starts with the first two letters of an auxiliary.
        """
        actual = _may_be_auxiliary(text, 0, len(text))

        assert expected == actual, why

    @given(
        st.text(alphabet="wasiredhvoulcnptbk\u017f\u212a\u0130 -'WASIREDHVOULCNPTBK", max_size=8)
    )
    def test_same_as_pattern(self, text: str) -> None:
        """
        Never False where the pattern matches.
        """
        expected = True
        actual = _may_be_auxiliary(text, 0, len(text)) or _AUXILIARY_START.match(text) is None

        assert expected == actual


class TestSpeakerTime:
    """
    A time next to the speaker is the time of the saying, never part of the speaker.
    """

    @pytest.mark.parametrize(
        ("text", "expected", "why"),
        SPEAKER_TIME_CASES,
        ids=[case[2] for case in SPEAKER_TIME_CASES],
    )
    def test_time_beside_the_speaker(
        self, text: str, expected: list[tuple[str, str, str | None]], why: str
    ) -> None:
        """
        Speaker without the time; the statement's time from it.
        """
        assert expected == timed(text), why


MORE_SPEAKER_CASES = [
    (
        "Talks\n\n“We show anger,” said Harvey, who acknowledged Trump was his fourth choice.",
        [("Harvey", "We show anger", None), ("Harvey", "Trump was his fourth choice", None)],
        "a relative clause after the speaker of a quote: its words follow its cue",
    ),
    (
        "Talks\n\nBut Mr. Kim's ''execution has been challenged,'' Mr. Solomon said.",
        [("Mr. Solomon", "But Mr. Kim's ''execution has been challenged,''", None)],
        "a quote closing a sentence of reported words: the sentence is the content",
    ),
    (
        "Talks\n\nThe French, it turns out, are big fans of ''Prison Break,'' Mr. Vian said.",
        [("Mr. Vian", "Prison Break", None)],
        "a quoted title is no end of reported words: the quote alone, as before",
    ),
    (
        "Talks\n\nAfter a ''physical struggle,'' Mr. Vian said, the man was arrested.",
        [("Mr. Vian", "physical struggle", None)],
        "the sentence goes on after the attribution: the quote alone",
    ),
    (
        "Talks\n\nThe mayor said the budget would pass. “We will win,” Smith said.",
        [("The mayor", "the budget would pass", None), ("Smith", "We will win", None)],
        "a quote opening its sentence is the content alone",
    ),
    (
        "Talks\n\nHe said, “We have won,” Smith added on Monday.",
        [("", "“We have won,”", None), ("Smith", "We have won", "2018-12-31")],
        "a comma before the quote: it is a whole quote, not the end of reported words",
    ),
    (
        "Talks\n\nIt was a probe the Justice Department said was ongoing as of last month.",
        [("the Justice Department", "was ongoing as of last month", None)],
        "a relative clause without a pronoun: the speaker after the noun it modifies",
    ),
    (
        "Talks\n\nThe sailors were freed, showing what many analysts said was a sign of change.",
        [("many analysts", "was a sign of change", None)],
        "'what' opens a relative clause whose subject is the gap",
    ),
    (
        "Talks\n\nIt is a dynamic Greenberg said could drive moderates toward Democrats.",
        [("Greenberg", "could drive moderates toward Democrats", None)],
        "a name after the noun it modifies speaks",
    ),
    (
        "Talks\n\nHe was taken to a hospital with what officials say are minor injuries.",
        [("officials", "are minor injuries", None)],
        "the speaker starts after 'what', not at the place before it",
    ),
    (
        "Talks\n\nWhat he said was wrong about the budget in every way.",
        [],
        "'what' opening the sentence: the words said are the subject, nothing is reported",
    ),
    (
        "Talks\n\nThe only thing he said was that he was sorry for the delay.",
        [("", "he was sorry for the delay", None)],
        "'was that' after the cue: the words said follow (no one for 'he' to stand for)",
    ),
    (
        "Talks\n\nThe plan failed, which an FBI inquiry said was careless and costly.",
        [("FBI", "was careless and costly", None)],
        "an inquiry speaks: its agency",
    ),
    (
        "Talks\n\nOn economic issues, 42% say they are liberal on most questions.",
        [("42%", "they are liberal on most questions", None)],
        "a share of a poll speaks",
    ),
    (
        "Talks\n\nAbout 4 in 10 say they want the next president to be a liberal.",
        [("About 4 in 10", "they want the next president to be a liberal", None)],
        "a ratio speaks",
    ),
    (
        "Talks\n\nThirty-one percent of those surveyed say they would be satisfied with him.",
        [("Thirty-one percent of those surveyed", "they would be satisfied with him", None)],
        "a share 'of those surveyed'",
    ),
    (
        "Talks\n\nAt least 21,000 said they would run for office in their towns.",
        [("At least 21,000", "they would run for office in their towns", None)],
        "a qualified number speaks, its comma no clause boundary",
    ),
    (
        "Talks\n\nAgain, those surveyed said Trump was best able to handle the issue.",
        [("those surveyed", "Trump was best able to handle the issue", None)],
        "'those surveyed'",
    ),
    (
        "Talks\n\nAnother 19 percent said they would not pick either of the candidates.",
        [("Another 19 percent", "they would not pick either of the candidates", None)],
        "a determiner before a share stays in the speaker",
    ),
    (
        "Talks\n\nSection 230 says platforms are not liable for what users post.",
        [],
        "a numbered section is no poll",
    ),
    (
        "Talks\n\nAsked about it, Christie said that was a natural part of running.",
        [("Christie", "that was a natural part of running", None)],
        "'that' before a verb is the subject of what was said",
    ),
    (
        "Talks\n\nChristie said that Trump was a natural candidate.",
        [("Christie", "Trump was a natural candidate", None)],
        "'that' before a subject is a conjunction",
    ),
    (
        "Talks\n\nAnother commenter said, “We all know how she feels about the police.”",
        [("Another commenter", "We all know how she feels about the police", None)],
        "'another' and a common noun",
    ),
    (
        "Talks\n\nTwo men said the shooting began after midnight.",
        [("Two men", "the shooting began after midnight", None)],
        "a number and a common noun",
    ),
    (
        "Talks\n\nHe had for some time said the economy was weak.",
        [],
        "'some time' is no speaker",
    ),
    (
        "Talks\n\nBarkley, who said he typically votes democratic, was not persuaded.",
        [("Barkley", "he typically votes democratic", None)],
        "a relative clause set off by commas ends at its closing comma",
    ),
    (
        "Talks\n\nTrump, who suggested the fight could be left to Russia, spoke later.",
        [("Trump", "the fight could be left to Russia", None)],
        "the closing comma before an irregular past",
    ),
    (
        "Talks\n\nA year ago the president said the economy was weak.",
        [("the president", "the economy was weak", "2018")],
        "a time that opens the speaker phrase goes to the statement's time",
    ),
    (
        "Talks\n\nVice President Joseph R. Biden Jr. said the remarks made him a danger.",
        [("Vice President Joseph R. Biden Jr.", "the remarks made him a danger", None)],
        "'Jr.' ends the name with its period",
    ),
    (
        "Talks\n\n“We won,” said Joseph R. Biden Jr., the vice president.",
        [("Joseph R. Biden Jr.", "We won", None)],
        "'Jr.' before the speaker's apposition",
    ),
    (
        "Talks\n\nThe race is close, said Jane Weaver, who said voters often decide late.",
        [
            ("Jane Weaver", "The race is close", None),
            ("Jane Weaver", "voters often decide late", None),
        ],
        "the speaker's relative clause is her second statement, not her apposition",
    ),
    (
        "Talks\n\nOrganizers say that by imposing rules the city is raising the risk.",
        [("Organizers", "by imposing rules the city is raising the risk", None)],
        "'by' after 'that' opens a clause, not a passive's agent",
    ),
    (
        "Talks\n\nOfficials said that by mistake.",
        [],
        "'that by' with a short tail: 'that' is the object",
    ),
    (
        "Talks\n\nOrganizers said that, if elected, he would resign.",
        [("Organizers", "if elected, he would resign", None)],
        "a comma after 'that' is no part of the content",
    ),
    (
        "Talks\n\nOrganizers say supporters will decide late.",
        [("Organizers", "supporters will decide late", None)],
        "one says to an addressee: a plural after 'say' opens the content",
    ),
    (
        "Talks\n\nCarter however said he would welcome the talks.",
        [("Carter", "he would welcome the talks", None)],
        "'however' between the speaker and the cue",
    ),
    (
        "Talks\n\nFord itself said the deal was on.",
        [("Ford", "the deal was on", None)],
        "a reflexive between the speaker and the cue",
    ),
    (
        "Talks\n\n“It is over,” said a strategist who spoke on condition of anonymity.",
        [("a strategist", "It is over", None)],
        "a relative clause after an inverted speaker is not the speaker",
    ),
    (
        "Talks\n\n“It is over,” said a staffer who said he left on good terms.",
        [("a staffer", "It is over", None), ("a staffer", "he left on good terms", None)],
        "an inverted speaker's 'who said' clause is a second statement",
    ),
    (
        "Talks\n\nPriebus said, “Probably not.”",
        [("Priebus", "Probably not", None)],
        "a quote is a statement however short",
    ),
    (
        "Talks\n\nAsked if he was bullied, the candidate said no.",
        [("the candidate", "no", None)],
        "a bare 'no' is an answer",
    ),
    (
        "Talks\n\nThey said nothing.",
        [],
        "'nothing' is no answer",
    ),
    (
        "Talks\n\nMost of them said they had loved the work.",
        [("Most of them", "they had loved the work", None)],
        "'most of them' is a speaker",
    ),
    (
        "Talks\n\nSome 56 percent of Cuban-Americans polled said they would stay home.",
        [("Cuban-Americans", "they would stay home", None)],
        "'polled' after the speaker's group",
    ),
]


class TestMoreSpeakers:
    """
    Speaker phrases with quantifiers, times and pronoun subjects.
    """

    @pytest.mark.parametrize(
        ("text", "expected", "why"),
        MORE_SPEAKER_CASES,
        ids=[case[2] for case in MORE_SPEAKER_CASES],
    )
    def test_speaker_and_content(
        self, text: str, expected: list[tuple[str, str, str | None]], why: str
    ) -> None:
        """
        Speaker text, content and time of each statement.
        """
        assert expected == timed(text), why

    @pytest.mark.xfail(strict=True, reason="no comma closes the clause: the content runs on")
    def test_restrictive_relative_clause(self) -> None:
        """
        "An architect who said he was stiffed sued": the content ends before the main verb.
        """
        text = "Talks\n\nAn architect who said he was stiffed sued the company in May."
        assert [("An architect", "he was stiffed", None)] == timed(text)


CONFLICT_CASES = [
    (
        "Strikes\n\nHealth officials said at least 40 people were killed.",
        [("Health officials", "at least 40 people were killed", None)],
        "'at least' opens a quantity, not a prepositional phrase",
    ),
    (
        "Strikes\n\nThe U.N. said in a report released on Tuesday that 3,000 civilians had died.",
        [("The U.N.", "3,000 civilians had died", "2023-03-07")],
        "a participle after the adjunct ('released on Tuesday') is no content",
    ),
    (
        "Strikes\n\nThe Taliban claimed responsibility for the attack.",
        [],
        "claiming responsibility reports a deed",
    ),
    (
        "Strikes\n\nThe bombings claimed at least 217 lives.",
        [],
        "claiming lives is a toll",
    ),
    (
        "Strikes\n\nIsraeli Prime Minister Benjamin Netanyahu vowed to continue the offensive.",
        [("Israeli Prime Minister Benjamin Netanyahu", "to continue the offensive", None)],
        "a vow reports an infinitive",
    ),
    (
        "Strikes\n\nThe talks have stalled, said a source familiar with the matter.",
        [("a source", "The talks have stalled", None)],
        "an anonymous source after the cue",
    ),
    (
        "Strikes\n\nTwo million have fled, according to figures from the U.N. refugee agency.",
        [("the U.N.", "Two million have fled", None)],
        "an abbreviation's periods do not end the 'according to' phrase",
    ),
    (
        "Strikes\n\nA stray bullet claimed the life of a three-year-old girl.",
        [],
        "claiming a life is a death",
    ),
    (
        "Strikes\n\nThe Taliban claimed that the attack killed 40 soldiers.",
        [("The Taliban", "the attack killed 40 soldiers", None)],
        "claiming a clause reports words",
    ),
    (
        "Strikes\n\nZelenskiy, speaking in his nightly video address, said the front held.",
        [("Zelenskiy", "the front held", None)],
        "a set ('nightly') dates no saying",
    ),
    (
        "Strikes\n\nMoscow said its forces had repelled the attack, a claim Reuters could not verify.",
        [("Moscow", "its forces had repelled the attack", None)],
        "the writer's apposition ends the content",
    ),
]


class TestConflictReports:
    """
    Attributions as conflict reports word them.
    """

    @pytest.mark.parametrize(
        ("text", "expected", "why"), CONFLICT_CASES, ids=[case[2] for case in CONFLICT_CASES]
    )
    def test_conflict_report(
        self, text: str, expected: list[tuple[str, str, str | None]], why: str
    ) -> None:
        """
        Speaker text, content and time of each statement (published 2023-03-07).
        """
        article = newsevents.parse(text, published="2023-03-07")
        found = [
            (
                record.speaker.text if record.speaker else "",
                record.content,
                record.time.value if record.time else None,
            )
            for record in article.statements
        ]
        assert expected == found, why


ROLE_APPOSITION_CASES = [
    (
        "Talks\n\nThe Iranian foreign ministry spokesman, Nasser Kanaani, said Iran would respond.",
        ("Nasser Kanaani", "Iranian foreign ministry spokesman", "IRN"),
        "a role, a comma and the name: the role and its country",
    ),
    (
        "Talks\n\nHer lawyer, Jane Doe, said the case was weak.",
        ("Jane Doe", "lawyer", None),
        "a possessive goes with the determiner",
    ),
    (
        "Talks\n\nOne of them, Jane Doe, said the case was weak.",
        ("Jane Doe", None, None),
        "a pronoun is no role",
    ),
    (
        "Talks\n\nIn Paris, Jane Doe said the case was weak.",
        ("Jane Doe", None, None),
        "a place before a comma is no role",
    ),
]


class TestRoleApposition:
    """
    "The ministry spokesman, Nasser Kanaani, said": the name is an apposition to the role.
    """

    @pytest.mark.parametrize(
        ("text", "expected", "why"),
        ROLE_APPOSITION_CASES,
        ids=[case[2] for case in ROLE_APPOSITION_CASES],
    )
    def test_role_before_the_name(
        self, text: str, expected: tuple[str, str | None, str | None], why: str
    ) -> None:
        """
        The speaker's name, role and country.
        """
        found = [
            (record.speaker.name, record.speaker.role, record.speaker.country)
            for record in statements(text)
            if record.speaker is not None
        ]
        assert [expected] == found, why


TITLED_SPEAKER_CASES = [
    (
        "Shot\n\nInterim D.C. Police Chief Peter Newsham said the shooting was random.",
        [("Peter Newsham", "Interim D.C. Police Chief", None)],
        "'Interim' and a place's dotted initials stay in the role",
    ),
    (
        "Shot\n\nAssistant Police Chief Steve Dolunt said the man fled.",
        [("Steve Dolunt", "Assistant Police Chief", None)],
        "'Assistant' stays in the role",
    ),
    (
        "Shot\n\n“We will find him,” said Acting U.S. Attorney John Smith.",
        [("John Smith", "Acting U.S. Attorney", "USA")],
        "an acting U.S. attorney is a person with a role, not the group 'U.S. Attorney'",
    ),
    (
        "Shot\n\nDistrict Attorney David Soares said the boy was 14.",
        [("David Soares", "District Attorney", None)],
        "a district attorney's title before the name",
    ),
    (
        "Shot\n\nDefense attorney Bruce Sandmeyer said his client was innocent.",
        [("Bruce Sandmeyer", "Defense attorney", None)],
        "'attorney' alone is no title: the role keeps the word before it",
    ),
    (
        "Shot\n\nJ.D. Walker said the man ran. Walker said he was scared.",
        [("J.D. Walker", None, None), ("J.D. Walker", None, None)],
        "run-together initials are in the name, and the surname later names the same person",
    ),
    (
        "Bill\n\n“This is a disgusting day,” said Rep. G.K. Butterfield.",
        [("G.K. Butterfield", "Rep.", None)],
        "run-together initials after a title",
    ),
    (
        "Shot\n\nU.S. officials said the man was armed.",
        [("U.S. officials", None, "USA")],
        "a country's dotted initials open no person's name",
    ),
]


class TestTitledSpeaker:
    """
    Premodifiers of a title and run-together initials ("J.D. Walker said").
    """

    @pytest.mark.parametrize(
        ("text", "expected", "why"),
        TITLED_SPEAKER_CASES,
        ids=[case[2] for case in TITLED_SPEAKER_CASES],
    )
    def test_name_role_and_country(
        self, text: str, expected: list[tuple[str, str | None, str | None]], why: str
    ) -> None:
        """
        The speakers' names, roles and countries.
        """
        found = [
            (record.speaker.name, record.speaker.role, record.speaker.country)
            for record in statements(text)
            if record.speaker is not None
        ]
        assert expected == found, why


RECORD_CASES = [
    ("The war is over, Pompeo said on Tuesday.", "reported, with a time"),
    ('"We will not leave," said Mike Pompeo, the secretary of state.', "direct, with a role"),
    ('Officials met.\n\n"It failed," he said. Smith said the talks failed.', "a pronoun, two"),
    ("Police said it was fine.\n\nPolice said it was fine.", "a repeat: mentions"),
]


class TestStatementRecord:
    """
    The records extract_statements builds without Statement's __init__ (`_statement`).
    """

    @pytest.mark.parametrize(("text", "why"), RECORD_CASES, ids=[case[-1] for case in RECORD_CASES])
    def test_same_as_init(self, text: str, why: str) -> None:
        """
        Each record equals, hashes and reads as the one Statement's __init__ makes of its fields.
        """
        found = statements(text)
        expected = [(record, hash(record), attrs.asdict(record)) for record in found]

        rebuilt = [Statement(**attrs.asdict(record, recurse=False)) for record in found]
        actual = [(record, hash(record), attrs.asdict(record)) for record in rebuilt]

        assert (True, expected) == (bool(found), actual), why

    def test_fields(self) -> None:
        """
        `_statement` sets every field of Statement (a field added to Statement fails this).
        """
        span = Span(0, 3)
        fields = {
            "kind": StatementKind.DIRECT,
            "content": "War",
            "content_span": span,
            "span": Span(0, 9),
            "rule_id": "x",
            "speaker": None,
            "cue": "said",
            "cue_span": Span(5, 9),
            "time": None,
            "mentions": (span, Span(20, 23)),
        }
        expected = Statement(**fields)  # type: ignore[arg-type]

        actual = _statement(**fields, parts=None)  # type: ignore[arg-type]

        assert (expected, attrs.asdict(expected)) == (actual, attrs.asdict(actual))
