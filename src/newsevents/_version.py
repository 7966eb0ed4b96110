"""
The installed version of newsevents, and whether its hot modules run compiled.
"""

import sys
from importlib.metadata import PackageNotFoundError, version

__all__ = ["__version__", "build", "compiled_modules"]

try:
    __version__: str = version("newsevents")
except PackageNotFoundError:  # pragma: no cover - running from a bare source tree
    __version__ = "0+unknown"

#: The file endings of a module loaded from a C extension.
_EXTENSIONS = (".so", ".pyd")


def compiled_modules() -> tuple[str, ...]:
    """
    The loaded modules of newsevents that run compiled (mypyc), by dotted name, sorted.

    The wheel compiles them where a C compiler was found (``hatch_build.py``); an editable or
    pure install has none.
    """
    return tuple(
        sorted(
            name
            for name, module in list(sys.modules.items())
            if (name == "newsevents" or name.startswith("newsevents."))
            and str(getattr(module, "__file__", "")).endswith(_EXTENSIONS)
        )
    )


def build() -> str:
    """
    How this install runs: ``"compiled with mypyc, N modules"`` or ``"pure Python"``.
    """
    count = len(compiled_modules())
    return f"compiled with mypyc, {count} modules" if count else "pure Python"
