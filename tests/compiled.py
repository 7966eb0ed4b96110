"""
Whether a module of newsevents runs compiled (mypyc, see hatch_build.py).

A test that swaps a module's global (a constant or a function) sees the swap only in the pure
module: compiled code reads its constants and calls its functions directly. Such tests are
marked `pure_only`; CI runs the suite on the compiled wheel and again on the pure sources.
"""

from __future__ import annotations

from types import ModuleType

import pytest

from newsevents._version import compiled_modules


def is_compiled(module: ModuleType) -> bool:
    """
    Whether *module* was loaded from a C extension and not from its ``.py`` source.
    """
    return module.__name__ in compiled_modules()


def pure_only(module: ModuleType) -> pytest.MarkDecorator:
    """
    Skip the test when *module* is compiled: it swaps a global that compiled code does not read.
    """
    return pytest.mark.skipif(
        is_compiled(module),
        reason=f"{module.__name__} is compiled; the pure run (PYTHONPATH=src) checks this",
    )
