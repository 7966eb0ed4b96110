"""
Rule tables: compiled once, checked at import, and every rule's examples tested.
"""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import newsevents
from newsevents._rules import CompiledRule, Rule, RuleError, RuleSet, compile_pattern, compile_rules


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
