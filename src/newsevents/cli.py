"""
The ``newsevents`` command.

    newsevents extract FILE... | -   [--published DATE] [--format json|jsonl|text]
    newsevents schema
    newsevents --version

Exit codes: 0 ok; 1 unreadable input (the message names the file and the reason); 2 usage
error (one line saying why).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import IO, NoReturn

from newsevents._dates import coerce_date
from newsevents._version import __version__
from newsevents.errors import NewsEventsError
from newsevents.model import Article, Span
from newsevents.pipeline import parse
from newsevents.serialization import json_schema, to_json

__all__ = ["main"]

EXIT_OK = 0
EXIT_INPUT = 1
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    """
    An argument parser whose usage errors are one line and exit 2.
    """

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


class InputError(NewsEventsError):
    """
    An input file cannot be read (not found, not UTF-8...).
    """


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="newsevents",
        description="Read English news and print what happened in it as typed records.",
    )
    parser.add_argument("--version", action="version", version=f"newsevents {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    extract = commands.add_parser(
        "extract",
        help="parse articles and print their records",
        description="Parse each article (a plain-text file, or - for standard input) and print its records.",
    )
    extract.add_argument(
        "files", nargs="+", metavar="FILE", help="plain-text article, or - for stdin"
    )
    extract.add_argument(
        "--published",
        metavar="DATE",
        help="publication date (ISO 8601) relative dates are resolved against",
    )
    extract.add_argument(
        "--format",
        choices=("json", "jsonl", "text"),
        default="text",
        help="json: one pretty JSON document per article; jsonl: one line per article; text: for a person (default)",
    )
    commands.add_parser("schema", help="print the JSON Schema of the output")
    return parser


def _read(name: str, stdin: IO[bytes]) -> str:
    """
    Read one input as UTF-8 text; raise `InputError` naming the file and the reason.
    """
    label = "<stdin>" if name == "-" else name
    try:
        data = stdin.read() if name == "-" else Path(name).read_bytes()
    except FileNotFoundError:
        msg = f"{label}: no such file"
        raise InputError(msg) from None
    except IsADirectoryError:
        msg = f"{label}: is a directory"
        raise InputError(msg) from None
    except OSError as error:
        msg = f"{label}: cannot read: {error.strerror or error}"
        raise InputError(msg) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        msg = f"{label}: not UTF-8: invalid byte 0x{data[error.start]:02x} at byte offset {error.start}"
        raise InputError(msg) from None


def _quote(article: Article, span: Span | None) -> str:
    if span is None:
        return ""
    excerpt = " ".join(span.slice(article.text).split())
    return f'"{excerpt}" [{span.start}:{span.end}]'


def _value(obj: object) -> str:
    name = getattr(obj, "name", None)
    if hasattr(obj, "kind") and name is not None:
        extras = [str(getattr(obj, "kind").value)]  # noqa: B009 - the attribute is known to exist
        role = getattr(obj, "role", None)
        country = getattr(obj, "country", None)
        extras += [f"role={role}"] if role else []
        extras += [f"country={country}"] if country else []
        return f"{name} ({', '.join(extras)})"
    value = getattr(obj, "value", obj)
    return str(value)


def format_text(article: Article, *, name: str) -> str:
    """
    Render *article* for a person.

    Shows its parts, then each record with its fields and the source spans they were read from.
    """
    lines = [f"== {name}"]
    lines.append(f"headline:  {article.headline or '-'}")
    lines.append(f"source:    {article.source or '-'}")
    lines.append(f"dateline:  {article.dateline or '-'}")
    lines.append(f"published: {article.published.isoformat() if article.published else '-'}")
    lines.append("paragraphs:")
    for index, paragraph in enumerate(article.paragraphs):
        excerpt = " ".join(paragraph.span.slice(article.text).split())
        if len(excerpt) > 70:  # noqa: PLR2004 - display width
            excerpt = excerpt[:67] + "..."
        repeats = f" (repeats {paragraph.repeats})" if paragraph.repeats is not None else ""
        lines.append(f"  {index:>2} {paragraph.role.value:<11}{repeats} {excerpt}")
    lines.append(f"times ({len(article.times)}):")
    for time in article.times:
        mod = f" mod={time.mod.value}" if time.mod else ""
        lines.append(
            f"  - {time.type.value} {time.value}{mod}  {_quote(article, time.span)}  <{time.rule_id}>"
        )
    for title, records in (
        ("statements", article.statements),
        ("casualties", article.casualties),
        ("agreements", article.agreements),
    ):
        lines.append(f"{title} ({len(records)}):")
        for record in records:
            lines.append(f"  - {_quote(article, record.span)}  <{record.rule_id}>")
            for attribute, value in _record_fields(record):
                lines.append(f"      {attribute}: {value}")
    return "\n".join(lines)


def _record_fields(record: object) -> list[tuple[str, str]]:
    fields: list[tuple[str, str]] = []
    for attribute in getattr(record, "__attrs_attrs__", ()):
        key = attribute.name
        if key in {"span", "rule_id", "mentions"} or key.endswith("_span"):
            continue
        value = getattr(record, key)
        if value is None or value == ():
            continue
        if isinstance(value, tuple):
            shown = "; ".join(_value(item) for item in value)
        elif isinstance(value, str):
            span = getattr(record, f"{key}_span", None)
            shown = f'"{value}"' + (f" [{span.start}:{span.end}]" if span is not None else "")
        elif hasattr(value, "span"):
            shown = f"{_value(value)}  {_quote_plain(value)}"
        else:
            shown = _value(value)
        fields.append((key, shown))
    mentions = getattr(record, "mentions", ())
    if len(mentions) > 1:
        fields.append(("mentions", ", ".join(f"[{m.start}:{m.end}]" for m in mentions)))
    return fields


def _quote_plain(obj: object) -> str:
    span = getattr(obj, "span", None)
    text = getattr(obj, "text", None)
    if span is None or text is None:
        return ""
    if hasattr(obj, "low"):  # a Quantity: show its bounds
        low = getattr(obj, "low", None)
        high = getattr(obj, "high", None)
        approx = " approx" if getattr(obj, "approximate", False) else ""
        return f'"{text}" [{span.start}:{span.end}] low={low} high={high}{approx}'
    return f'"{text}" [{span.start}:{span.end}]'


def _extract(args: argparse.Namespace, stdout: IO[str], stdin: IO[bytes], stderr: IO[str]) -> int:
    try:
        published = coerce_date(args.published, name="--published")
    except NewsEventsError as error:
        stderr.write(f"newsevents: error: {error}\n")
        return EXIT_USAGE
    status = EXIT_OK
    for name in args.files:
        try:
            text = _read(name, stdin)
        except InputError as error:
            stderr.write(f"newsevents: error: {error}\n")
            status = EXIT_INPUT
            continue
        article = parse(text, published=published)
        label = "<stdin>" if name == "-" else name
        if args.format == "jsonl":
            stdout.write(to_json(article) + "\n")
        elif args.format == "json":
            stdout.write(to_json(article, indent=2) + "\n")
        else:
            stdout.write(format_text(article, name=label) + "\n")
    return status


def main(argv: Sequence[str] | None = None) -> int:
    """
    Run the command line; return the exit code.

    Args:
        argv: Arguments without the program name (``sys.argv[1:]`` when ``None``).
    """
    parser = _build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "schema":
            sys.stdout.write(json.dumps(json_schema(), indent=2) + "\n")
            return EXIT_OK
        return _extract(args, sys.stdout, sys.stdin.buffer, sys.stderr)
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, as Unix tools do.
        sys.stderr.close()
        return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
