"""
Sphinx configuration for the newsevents documentation.
"""

from __future__ import annotations

from importlib.metadata import version as _version

project = "newsevents"
author = "newsevents developers"
copyright = "2026, newsevents developers"
release = _version("newsevents")
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
]
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "undoc-members": False}
napoleon_google_docstring = True
napoleon_numpy_docstring = False

# No network here: intersphinx cannot fetch inventories, so references to the standard
# library and to attrs/cattrs/regex types are not resolved (nitpicky would flag them).
nitpick_ignore_regex = [
    ("py:class", r"(dt|datetime|typing|collections\.abc|regex|re|cattrs|attrs|argparse|enum)\..*"),
    (
        "py:class",
        r"(Span|Actor|TimeExpression|Quantity|Paragraph|Statement|Casualty|Agreement|Article|Record|Extractor|Rule|CompiledRule|RuleSet|_T|T)",
    ),
    (
        "py:class",
        r"(str|int|bool|object|None|Any|IO|Sequence|Iterable|Iterator|Mapping|Collection|Callable|TypeAlias|NoReturn)",
    ),
    ("py:obj", r".*"),
    ("py:class", r"dask\..*"),
    ("py:class", r"newsevents\..*"),
]

html_theme = "furo"
html_title = f"newsevents {release}"
