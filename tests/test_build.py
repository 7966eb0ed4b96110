"""
The modules the wheel compiles (hatch_build.py) are loaded compiled when the build had to.
"""

from __future__ import annotations

import ast
import importlib
import os
from pathlib import Path

import pytest

from newsevents._version import build

from .compiled import is_compiled

#: The build hook, read as text: it imports hatchling, which only the build has.
HOOK = Path(__file__).resolve().parents[1] / "hatch_build.py"


def listed_modules() -> list[str]:
    """
    The dotted names of the modules hatch_build.py compiles (its ``COMPILED`` tuple).
    """
    for node in ast.parse(HOOK.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and ast.unparse(node.targets[0]) == "COMPILED":
            paths: tuple[str, ...] = ast.literal_eval(node.value)
            return [path.removesuffix(".py").replace("/", ".") for path in paths]
    return []


#: What the environment says the installed package must be: compiled ("1"), pure ("0"), or
#: either ("auto" or unset: compiled where a C compiler was found).
MODE = os.environ.get("NEWSEVENTS_COMPILE", "auto")


class TestCompiledModules:
    """
    Compiled as built: CI installs with NEWSEVENTS_COMPILE=1, then runs the sources with 0.
    """

    def test_lists_the_hot_modules(self) -> None:
        """
        The hook compiles the segmenter, the time engine and the statement extractor, at least.
        """
        names = listed_modules()

        assert {
            "newsevents.article",
            "newsevents.timex._engine",
            "newsevents.extractors.statements",
        } <= set(names)

    @pytest.mark.skipif(MODE not in {"0", "1"}, reason="NEWSEVENTS_COMPILE says neither way")
    @pytest.mark.parametrize("name", listed_modules())
    def test_loaded_as_built(self, name: str) -> None:
        """
        Each listed module is loaded compiled exactly when the build had to compile it.
        """
        module = importlib.import_module(name)

        assert (MODE == "1") == is_compiled(module), module.__file__

    @pytest.mark.skipif(MODE not in {"0", "1"}, reason="NEWSEVENTS_COMPILE says neither way")
    def test_build_says_so(self) -> None:
        """
        `build` (shown by ``newsevents --version``) names the compiled modules, or pure Python.
        """
        expected = (
            f"compiled with mypyc, {len(listed_modules())} modules"
            if MODE == "1"
            else "pure Python"
        )

        assert expected == build()
