"""
Rule tables: compiled once, checked at import, and every rule's examples tested.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

import newsevents
from newsevents._rules import (
    FLAGS,
    SHARED_TRIE_GROUP,
    CompiledRule,
    Rule,
    RuleError,
    RuleSet,
    atom_end,
    call_shared_tries,
    class_end,
    compile_pattern,
    compile_rules,
    group_end,
    group_numbers,
    spell_out_lists,
    word_trie,
)
from newsevents.extractors import casualties


def _rule_sets() -> list[tuple[str, CompiledRule]]:
    found: dict[str, CompiledRule] = {}
    for info in pkgutil.walk_packages(newsevents.__path__, "newsevents."):
        if info.name.endswith(("cli", "distributed")):
            continue
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if isinstance(value, RuleSet):
                for compiled in value:
                    found.setdefault(compiled.rule.id, compiled)
    return sorted(found.items())


RULES = _rule_sets()
EXAMPLES = [(rule_id, c, text) for rule_id, c in RULES for text in c.rule.examples]
COUNTEREXAMPLES = [(rule_id, c, text) for rule_id, c in RULES for text in c.rule.counterexamples]


class TestEveryRule:
    """
    Each rule in every table matches its examples and none of its counterexamples.
    """

    def test_tables_found(self) -> None:
        """
        The walk finds the package's rule tables (guards against a silent no-op).
        """
        assert len(RULES) >= 20

    @pytest.mark.parametrize(
        ("rule_id", "compiled", "text"), EXAMPLES, ids=[f"{r}:{t[:30]}" for r, _, t in EXAMPLES]
    )
    def test_example_matches(self, rule_id: str, compiled: CompiledRule, text: str) -> None:
        """
        The rule finds a match in its documented example.
        """
        assert compiled.pattern.search(text) is not None, rule_id

    @pytest.mark.parametrize(
        ("rule_id", "compiled", "text"),
        COUNTEREXAMPLES,
        ids=[f"{r}:{t[:30]}" for r, _, t in COUNTEREXAMPLES],
    )
    def test_counterexample_does_not_match(
        self, rule_id: str, compiled: CompiledRule, text: str
    ) -> None:
        """
        The rule finds no match in its documented counterexample.
        """
        assert compiled.pattern.search(text) is None, rule_id


BAD_TABLES = [
    (
        (Rule(id="x.a", pattern="a"), Rule(id="x.a", pattern="b")),
        "duplicate rule id",
        "duplicate id",
    ),
    ((Rule(id="y.a", pattern="a"),), "does not start with", "wrong prefix"),
    ((Rule(id="x.a", pattern="(a"),), "does not compile", "bad pattern"),
    ((Rule(id="x.a", pattern="(?P<nope>a)"),), "unknown groups", "unknown group"),
    ((Rule(id="x.a", pattern="a", examples=("b",)),), "does not match its example", "example"),
    (
        (Rule(id="x.a", pattern="a", counterexamples=("a",)),),
        "matches its counterexample",
        "counterexample",
    ),
]


class TestCompileRules:
    """
    `compile_rules` fails fast on an inconsistent table.
    """

    @pytest.mark.parametrize(
        ("rules", "message", "why"), BAD_TABLES, ids=[c[2] for c in BAD_TABLES]
    )
    def test_rejects(self, rules: tuple[Rule, ...], message: str, why: str) -> None:
        """
        Each inconsistency raises RuleError saying what is wrong.
        """
        with pytest.raises(RuleError, match=message):
            compile_rules(rules, groups={"count"}, prefix="x.")

    def test_lexicon_lists_only_where_used(self) -> None:
        """
        One lexicon serves a table: lists a pattern does not use are left out.
        """
        pattern = compile_pattern(r"\L<month> \s \d+", {"month": ["March"], "weekday": ["Monday"]})

        assert ["March 5"] == pattern.findall("on March 5")

    def test_case_sensitive_rule(self) -> None:
        """
        A case-sensitive rule does not match lower case.
        """
        (compiled,) = compile_rules([Rule(id="x.a", pattern="Reuters", case_sensitive=True)])

        assert (True, False) == (
            compiled.pattern.search("Reuters") is not None,
            compiled.pattern.search("reuters") is not None,
        )

    def test_meta_lookup(self) -> None:
        """
        `Rule.get` reads meta, with a default for missing keys.
        """
        rule = Rule(id="x.a", pattern="a", meta={"kind": "killed"})

        assert ("killed", "none") == (rule.get("kind"), rule.get("status", "none"))


#: (words, text, why): a trie finds what the named list finds, forwards and backwards.
TRIE_CASES = [
    (["son", "sons", "sister"], "His sons and a sister; a son.", "a word ending inside another"),
    (["air strike", "air strikes", "air raid"], "Air strikes, an air raid.", "shared first words"),
    (["co-worker", "ex-wife", "wife"], "his ex-wife and a co-worker", "hyphens escaped"),
    (["Police Chief", "Chief"], "the police chief and the Chief", "capitals in the list"),
    (["a"], "A cat and a dog", "one letter"),
    (["new year", "new year's"], "New Year's Day, the new year", "apostrophe"),
]


class TestGroupNumbers:
    """
    `group_numbers`: the numbers hot code reads a match's groups by, in place of the names.
    """

    @pytest.mark.parametrize(
        ("pattern", "text", "name"),
        [
            (r"(?P<a>x)(?P<b>y)?", "x", "b"),
            (r"(?P<a>x)(?P<b>y)?", "xy", "b"),
            (r"(?r)(?P<speaker>\w+)\s*\Z", "said the mayor ", "speaker"),
            (r"(?:(?P<a>x)|(?P<a>y))z", "yz", "a"),
        ],
    )
    def test_number_reads_what_name_reads(self, pattern: str, text: str, name: str) -> None:
        """A group read by its number is the group read by its name (set or not)."""
        compiled = compile_pattern(pattern)
        (number,) = group_numbers([compiled], name)
        match = compiled.search(text)
        assert match is not None
        assert match.span(number) == match.span(name)
        assert match.group(number) == match.group(name)

    def test_numbers_must_agree(self) -> None:
        """Patterns read by one piece of code must number a name alike."""
        with pytest.raises(RuleError, match="numbered"):
            group_numbers(
                [compile_pattern(r"(?P<a>x)(?P<b>y)"), compile_pattern(r"(?P<b>y)(?P<a>x)")], "a"
            )

    def test_missing_group(self) -> None:
        """A name no group has fails at import, not at the first match."""
        with pytest.raises(RuleError, match="no group 'c'"):
            group_numbers([compile_pattern(r"(?P<a>x)")], "c")

    def test_no_pattern(self) -> None:
        """No pattern: no numbers to give."""
        with pytest.raises(RuleError, match="no pattern"):
            group_numbers([], "a")


class TestWordTrie:
    """
    `word_trie` and `spell_out_lists`: a named list written out letter by letter.
    """

    @pytest.mark.parametrize(("words", "text", "why"), TRIE_CASES, ids=[c[2] for c in TRIE_CASES])
    @pytest.mark.parametrize("reverse", [False, True], ids=["forwards", "backwards"])
    def test_same_matches_as_named_list(
        self, words: list[str], text: str, why: str, reverse: bool
    ) -> None:
        """
        Wherever the named list matches, the trie matches the same text (longest first).
        """
        flag = "(?r)" if reverse else ""
        named = compile_pattern(flag + r"\b\L<words>\b", {"words": words})
        trie = compile_pattern(flag + r"\b" + word_trie(words, reverse=reverse) + r"\b")

        assert named.findall(text) == trie.findall(text)

    @given(
        words=st.lists(st.text("abc -'", min_size=1, max_size=6), min_size=1, max_size=8),
        text=st.text("abcABC -'.", max_size=40),
        reverse=st.booleans(),
    )
    def test_property_same_matches(self, words: list[str], text: str, reverse: bool) -> None:
        """
        For any small list and text the trie and the named list find the same matches.
        """
        flag = "(?r)" if reverse else ""
        named = compile_pattern(flag + r"\L<words>", {"words": words})
        trie = compile_pattern(flag + word_trie(words, reverse=reverse))

        assert named.findall(text) == trie.findall(text)

    def test_refuses_word_changing_length(self) -> None:
        """
        A word whose lower case is longer ("İ" -> "i̇") cannot be held: RuleError names it.
        """
        with pytest.raises(RuleError, match="İstanbul"):
            word_trie(["İstanbul"])

    def test_spell_out_chosen_lists(self) -> None:
        """
        Only the lists named are written out; the rest stay named lists.
        """
        rule = Rule(id="x.a", pattern=r"\L<kin> \s \L<verb>")

        spelled = spell_out_lists(rule, {"kin": ["son"], "verb": ["died"]}, names={"kin"})

        assert r"(?:son) \s \L<verb>" == spelled.pattern

    def test_case_sensitive_rule_unchanged(self) -> None:
        """
        A case-sensitive rule keeps its lists: a trie holds lower case only.
        """
        rule = Rule(id="x.a", pattern=r"\L<agency>", case_sensitive=True)

        assert rule == spell_out_lists(rule, {"agency": ["Reuters"]})

    def test_compile_rules_spell_lists(self) -> None:
        """
        `compile_rules(spell_lists=True)` compiles the trie and keeps the rule as written.
        """
        rule = Rule(id="x.a", pattern=r"\b\L<kin>\b", examples=["his sons"])

        (compiled,) = compile_rules([rule], {"kin": ["son", "sons"]}, spell_lists=True)

        assert (rule, r"\b(?:son(?:s)?)\b", ["sons"]) == (
            compiled.rule,
            compiled.pattern.pattern.removeprefix("(?-f)"),
            compiled.pattern.findall("his sons"),
        )


#: A list long enough that its trie is shared (over 200 characters).
VICTIMS = [
    f"{word}{ending}"
    for word in [
        "soldier",
        "civilian",
        "officer",
        "worker",
        "pilgrim",
        "student",
        "guard",
        "journalist",
        "farmer",
        "miner",
        "teacher",
    ]
    for ending in ("", "s")
] + ["policeman", "policemen", "child", "children", "woman", "women", "man", "men"]

#: (pattern with ``{T}`` where the trie stands, text, why): the pattern with its tries
#: called finds the same matches, with the same groups, as the pattern spelled out.
SHARED_CASES = [
    (r"\b{T}\s+and\s+{T}\b", "Two soldiers and nurses died; a man and women.", "two lists"),
    (
        r"(?P<first>{T})\s+(?:and|or)\s+(?P<second>{T})(?P<after>\s+died)?",
        "miners or farmers died, a guard and policemen",
        "groups keep their numbers",
    ),
    (
        r"(?r)(?P<victim>{T})\s+(?:were|was)\s+killed(?:\s+with\s+{T})?",
        "The teachers were killed with students; a nurse was killed.",
        "read right to left",
    ),
    (
        r"(?<!\b{T}\s)\bkilled\s+(?P<n>\d+)\s+{T}(?:\s+and\s+{T})?",
        "guards killed 3 women and men, and killed 4 men, soldiers killed 5 miners",
        "beside a look-behind",
    ),
    (
        r"\bkilled\s+(?P<n>\d+)\s+{T}(?=\s+and\s+{T})",
        "killed 3 women and men, killed 4 men, killed 5 miners and guards",
        "in a look-ahead",
    ),
    (
        r"(?r)(?<=\b{T}\s+were\s)killed\s+(?:with\s+{T})?",
        "the teachers were killed with students; the cars were killed ",
        "in a look-behind read right to left",
    ),
    (r"(?:{T}\s+){{2,}}{T}", "woman child man pilgrim and nurse", "repeated"),
]


class TestSharedTries:
    """
    `call_shared_tries`: a long trie that stands more than once is defined once and called.
    """

    @pytest.mark.parametrize(
        ("template", "text", "why"), SHARED_CASES, ids=[c[2] for c in SHARED_CASES]
    )
    def test_same_matches_and_groups(self, template: str, text: str, why: str) -> None:
        """
        The shared pattern matches what the spelled-out one does, group by group.
        """
        source = template.format(T=word_trie(VICTIMS, reverse="(?r)" in template))
        inline = compile_pattern(source)
        shared = shared_compile(source)

        assert "(?&_trie0)" in shared.pattern
        assert len(shared.pattern) < len(inline.pattern)
        assert [(m.span(), m.groups()) for m in inline.finditer(text)] == [
            (m.span(), m.groups()[: inline.groups]) for m in shared.finditer(text)
        ]
        assert inline.groupindex.items() <= shared.groupindex.items()

    def test_scoped_flags_keep_their_copy(self) -> None:
        """
        A trie inside ``(?-i:...)`` stays there.

        A called group takes the flags of its definition: called, the case-sensitive place
        would ignore case.
        """
        trie = word_trie(VICTIMS)
        source = rf"{trie}\s(?-i:{trie})\s{trie}"
        shared = shared_compile(source)

        assert (2, 1, True, False) == (
            shared.pattern.count("(?&_trie0)"),
            shared.pattern.count(f"(?-i:{trie})"),
            shared.search("SOLDIERS guards MEN") is not None,
            shared.search("SOLDIERS GUARDS MEN") is not None,
        )

    @pytest.mark.parametrize(
        ("source", "text"),
        [
            (r"\d(?<=\b{T}\s\d)\s{T}\s{T}", "women 3 men guards"),
            (r"(?r)\d(?=\s{T}\s)\s{T}\s{T}", "women 3 men guards"),
        ],
        ids=["look-behind read left to right", "look-ahead read right to left"],
    )
    def test_look_around_against_the_pattern_keeps_its_copy(self, source: str, text: str) -> None:
        """
        A trie in a look-around read against the pattern's direction stays there.

        `regex` reads a group called there wrongly: with the call, the pattern finds nothing.
        """
        trie = word_trie(VICTIMS, reverse="(?r)" in source)
        shared = shared_compile(source.format(T=trie))
        match = shared.search(text)

        assert (2, 2, "3 men guards") == (
            shared.pattern.count("(?&_trie0)"),
            shared.pattern.count(trie),  # in the look-around and in the definition
            match and match.group(),
        )

    def test_single_or_short_trie_stays(self) -> None:
        """
        A trie that stands once, or is short, is not worth a group: the pattern is unchanged.
        """
        long_trie, short_trie = word_trie(VICTIMS), word_trie(["son", "sons"])
        source = rf"{long_trie}\s+{short_trie}\s+{short_trie}"

        assert source == call_shared_tries(source, min_copies=2)

    @pytest.mark.parametrize(("copies", "shared"), [(7, False), (8, True)])
    def test_by_default_only_many_copies(self, copies: int, shared: bool) -> None:
        """
        By default a trie is called only where it stands 8 times or more.

        A call matches slower than the trie in place; rules that hold a list that often are
        long alternations, rarely matched.
        """
        source = "|".join([word_trie(VICTIMS)] * copies)

        assert shared == ("(?&_trie0)" in call_shared_tries(source))

    @given(
        words=st.lists(st.text("abc -'", min_size=1, max_size=6), min_size=1, max_size=8),
        text=st.text("abcABC -'.", max_size=40),
    )
    def test_property_same_matches(self, words: list[str], text: str) -> None:
        """
        For any list and text, calling the trie finds what spelling it out finds.
        """
        trie = word_trie(words)
        source = rf"(?P<a>{trie})(?:\s+(?P<b>{trie}))?"
        inline = compile_pattern(source)
        shared = shared_compile(source, min_size=0)

        assert [(m.span(), m.group("a", "b")) for m in inline.finditer(text)] == [
            (m.span(), m.group("a", "b")) for m in shared.finditer(text)
        ]

    def test_casualty_rules_share_their_lists(self) -> None:
        """
        No compiled casualty rule spells out one long list twice where it could call it.

        The tables compile in seconds, not tens of seconds.
        """
        tables = [value for value in vars(casualties).values() if isinstance(value, RuleSet)]
        patterns = [compiled.pattern.pattern for table in tables for compiled in table]

        assert sum(SHARED_TRIE_GROUP in pattern for pattern in patterns) >= 3
        assert patterns == [
            "(?-f)" + call_shared_tries(pattern.removeprefix("(?-f)")) for pattern in patterns
        ]


def shared_compile(source: str, *, min_size: int = 200) -> regex.Pattern[str]:
    """
    *source* compiled as `compile_pattern` does, each trie of two copies or more shared.
    """
    return regex.compile(
        f"(?-f){call_shared_tries(source, min_size=min_size, min_copies=2)}", FLAGS
    )


#: (function, pattern, start, end, why): where the group, set or atom at *start* ends.
BRACKETS = [
    (group_end, r"a(b)c", 1, 4, "a plain group"),
    (group_end, r"(a(b)c)d", 0, 7, "nested groups"),
    (group_end, r"(a[)]b)", 0, 7, "a bracket in a set"),
    (group_end, r"(a\)b)c", 0, 6, "an escaped bracket"),
    (class_end, r"[]a]b", 0, 4, "a leading ] is a member"),
    (class_end, r"[^]a]b", 0, 5, "a leading ] after ^"),
    (class_end, r"[a[bc]d]e", 0, 8, "a nested set"),
    (class_end, r"[a\]b]c", 0, 6, "an escaped ]"),
    (class_end, r"[abc", 0, 4, "unclosed: the end of the pattern"),
    (atom_end, r"\d+", 0, 2, "an escape is one atom"),
    (atom_end, r"[)]x", 0, 3, "a set is one atom"),
    (atom_end, r"x[a]", 0, 1, "a plain character"),
]


class TestBrackets:
    """
    `group_end`, `class_end` and `atom_end`, which rules rewriting patterns read them with.
    """

    @pytest.mark.parametrize(
        ("find", "pattern", "start", "end", "why"), BRACKETS, ids=[c[4] for c in BRACKETS]
    )
    def test_end(
        self, find: Callable[[str, int], int], pattern: str, start: int, end: int, why: str
    ) -> None:
        """
        The end is just after the bracket that closes the one at *start*.
        """
        assert end == find(pattern, start)

    def test_unbalanced_group(self) -> None:
        """
        A group that never closes is a `RuleError` naming the pattern.
        """
        with pytest.raises(RuleError, match="unbalanced group"):
            group_end("(a(b)", 0)
