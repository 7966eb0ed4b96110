"""
Wheel build hook: compile the hot modules of newsevents to C extensions with mypyc.

The library is pure, typed Python; mypyc (part of mypy) turns the modules where parsing spends
its time into C extensions, which read news about 1.2-1.5 times as fast (docs/performance.md).
The same ``.py`` sources ship beside the extensions, and Python imports the extension first.

Compiling needs a C compiler and the Python headers. Where they are missing, or compiling fails
for any other reason, the hook warns and the wheel is built pure, so ``pip install`` still
works everywhere. Set ``NEWSEVENTS_COMPILE`` to choose:

- ``auto`` (the default): compile when possible, else build pure with a warning;
- ``0``: build pure (no compiler is run);
- ``1``: compile, and fail the build when compiling fails (CI uses this).

Editable installs (``pip install -e .``) are always pure: the sources are imported in place.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

#: The modules compiled, relative to ``src``. Each must stay compilable: no closures called
#: from their own function, no int stored in a float variable, no conditional definitions,
#: no attrs classes with ``field(...)`` defaults (a plain class with ``__slots__`` compiles
#: to a native class).
COMPILED = (
    "newsevents/_walk.py",
    "newsevents/text.py",
    "newsevents/article.py",
    "newsevents/_quantities.py",
    "newsevents/actors.py",
    "newsevents/timex/_calendar.py",
    "newsevents/timex/_engine.py",
    "newsevents/extractors/statements.py",
    "newsevents/extractors/casualties.py",
    "newsevents/extractors/agreements.py",
)

#: The name of the shared library holding the compiled code (``newsevents__mypyc``).
GROUP = "newsevents"

#: mypy settings for the compile: the type checking itself is CI's job (``mypy --strict``).
MYPY_CONFIG = """\
[mypy]
ignore_missing_imports = True
follow_imports = silent
"""


class CompileHook(BuildHookInterface):  # type: ignore[type-arg]
    """
    Compile `COMPILED` into the wheel; fall back to a pure wheel unless told to fail.
    """

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        """
        Add the compiled extensions to *build_data* (a standard wheel only).
        """
        mode = os.environ.get("NEWSEVENTS_COMPILE", "auto").strip().lower()
        if mode not in {"auto", "0", "1"}:
            message = f"NEWSEVENTS_COMPILE must be auto, 0 or 1, not {mode!r}"
            raise ValueError(message)
        if self.target_name != "wheel" or version == "editable" or mode == "0":
            return
        work = Path(tempfile.mkdtemp(prefix="newsevents-mypyc-"))
        try:
            built = _compile(Path(self.root) / "src", work)
        except Exception as error:  # any failure means a pure wheel
            if mode == "1":
                raise
            self.app.display_warning(
                f"newsevents: compiling with mypyc failed ({type(error).__name__}: {error});"
                " building the pure-Python wheel, which gives the same results more slowly"
            )
            shutil.rmtree(work, ignore_errors=True)
            return
        self._work = work
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        for source, target in built.items():
            build_data["force_include"][str(source)] = target
        self.app.display_info(f"newsevents: mypyc built {', '.join(sorted(built.values()))}")

    def finalize(
        self,
        version: str,  # noqa: ARG002 - the hook interface's signature
        build_data: dict[str, Any],  # noqa: ARG002
        artifact_path: str,  # noqa: ARG002
    ) -> None:
        """
        Remove the compile's scratch folder once the wheel is written.
        """
        work = getattr(self, "_work", None)
        if work is not None:
            shutil.rmtree(work, ignore_errors=True)


def _compile(src: Path, work: Path) -> dict[Path, str]:
    """
    Compile a copy of the package in *work*; map each extension file to its place in the wheel.
    """
    from mypyc.build import mypycify  # noqa: PLC0415 - a build dependency, needed only here
    from setuptools import Distribution  # noqa: PLC0415

    shutil.copytree(src / "newsevents", work / "newsevents")
    (work / "mypy.ini").write_text(MYPY_CONFIG, encoding="utf-8")
    here = Path.cwd()
    os.chdir(work)
    try:
        extensions = mypycify(
            ["--config-file", "mypy.ini", *COMPILED],
            opt_level="3",
            multi_file=True,
            group_name=GROUP,
        )
        distribution = Distribution({"name": "newsevents", "ext_modules": extensions})
        command: Any = distribution.get_command_obj("build_ext")
        command.inplace = True
        command.parallel = os.cpu_count() or 1
        command.ensure_finalized()
        command.run()
    finally:
        os.chdir(here)
    suffixes = (".so", ".pyd")
    built = {
        path: path.relative_to(work).as_posix()
        for path in work.rglob("*")
        if path.suffix in suffixes and "build" not in path.relative_to(work).parts
    }
    expected = len(COMPILED) + 1  # and the shared library
    if len(built) != expected:
        message = f"expected {expected} extension files, found {sorted(map(str, built))}"
        raise RuntimeError(message)
    return built
