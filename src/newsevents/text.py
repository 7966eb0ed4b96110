"""
Plain-text helpers that keep offsets: lines, blocks, paragraphs, sentences, words.

Every function returns `Span`s into the string it was given, never into a cleaned copy, so
CRLF line ends, tabs, non-breaking spaces and odd spacing cost nothing downstream.
Everything runs in time linear in the input.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Final, TypeVar

import regex
from attrs import frozen

from newsevents._rules import FLAGS, compile_pattern
from newsevents.model import Span, _set_end, _set_start
from newsevents.rules.article import (
    NAME_STARTERS,
    NUMBER_ABBREVIATIONS,
    PLACE_INITIALISMS,
    REPORTING_VERBS,
    SENTENCE_STARTERS,
    TIME_ABBREVIATIONS,
    TIME_FOLLOWERS,
    TITLE_ABBREVIATIONS,
    WEAK_ABBREVIATIONS,
)

__all__ = [
    "SHARED_CHARS",
    "SHARED_TEXTS",
    "NormalizedText",
    "ascii_letters",
    "count_words",
    "ends_sentence",
    "first_word",
    "hold_texts",
    "is_sentence_like",
    "iter_blocks",
    "iter_lines",
    "iter_words",
    "keep_lower",
    "kept_lower",
    "letter_words",
    "lower_letters",
    "make_span",
    "normalize",
    "split_paragraphs",
    "split_sentences",
    "strip_span",
    "word_offsets",
    "word_texts",
]

# These patterns hold no letters, so they are compiled without case folding (much faster).
_CASELESS: Final = FLAGS & ~regex.IGNORECASE
_LINE = compile_pattern(
    r"[^\r\n\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85]*(?:\r\n|[\r\n\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85]|$)",
    flags=_CASELESS,
)
_NON_SPACE = compile_pattern(r"\S", flags=_CASELESS)
_WORD = compile_pattern(r"\w+(?:['’]\w+)?", flags=_CASELESS)
_SPACES = compile_pattern(r"\s+", flags=_CASELESS)

# A sentence-ending run: terminal marks, then closing quotes and brackets that stay with it.
_TERMINAL = compile_pattern(r"""(?:\.[ ]\.[ ]\.|[.!?…]+)["'”’»)\]]*""", flags=_CASELESS)
# A sentence end with its closing marks, at the end of a paragraph or before whitespace.
_SENTENCE_END = compile_pattern(r"""(?:[.!?…]|\.\s?\.\s?\.)["'”’»)\]]*\s*$""", flags=_CASELESS)
#: The characters of a run of terminal marks and the closing marks after them.
_CLOSING_RUN: Final = ".!?…\"'”’»)]"
#: The closing marks `_SENTENCE_END` lets follow a sentence end, and the terminal marks.
_CLOSERS_RUN: Final = "\"'”’»)]"
#: Citation marks closing a paragraph ("[15]", "[4][5][6]", "[citation needed]"), and how
#: far before its end they are looked for.
_CITATIONS: Final = compile_pattern(r"(?:\[(?:\d{1,3}|citation needed|[a-z])\]){1,8}+$")
_CITATIONS_READ: Final = 64
_TERMINALS: Final = ".!?…"
#: The characters a stripped line ends with when `_SENTENCE_END` finds a sentence end in it.
_END_CHARS: Final = frozenset(".!?…\"'”’»)]")

#: `word_texts`: bytes with the ASCII word characters (those of ``\w``) and the apostrophe kept,
#: every other byte a blank; the second table also keeps `_APOSTROPHE_MARK`, which stands in
#: for "’".
_WORD_BYTES: Final = bytes(
    byte if chr(byte).isascii() and (chr(byte).isalnum() or chr(byte) in "_'") else ord(" ")
    for byte in range(256)
)
_APOSTROPHE_MARK: Final = "\x7f"
_MARKED_WORD_BYTES: Final = bytes(
    ord(_APOSTROPHE_MARK) if byte == ord(_APOSTROPHE_MARK) else blank
    for byte, blank in enumerate(_WORD_BYTES)
)
#: Typographic marks common in news that are no word characters: blanks to `word_texts`.
_MARKS: Final = "“”‘—–…©•×\xa0"

#: Bytes with the ASCII lower-case letters kept and every other byte a blank.
_LETTERS_ONLY: Final = bytes(
    byte if ord("a") <= byte <= ord("z") else ord(" ") for byte in range(256)
)


def ascii_letters(lowered: str) -> bytes:
    """
    *lowered* one byte a character: ASCII lower-case letters kept, everything else a blank.

    One pass of C string methods; ``.split()`` of the result gives the runs of letters, a
    superset of the text's ASCII words that a set intersection with a lexicon filters fast,
    and offsets into the result are offsets into *lowered*.

    >>> ascii_letters("it's 3 café").split()
    [b'it', b's', b'caf']
    """
    return lowered.encode("ascii", "replace").translate(_LETTERS_ONLY)


#: Bytes with the ASCII letters kept in lower case and every other byte a blank.
_LOWER_LETTERS: Final = bytes(
    byte | 0x20 if chr(byte).isascii() and chr(byte).isalpha() else ord(" ") for byte in range(256)
)
#: The one character outside ASCII whose lower case is an ASCII letter (KELVIN SIGN -> "k").
_KELVIN: Final = "\u212a"


def lower_letters(text: str) -> bytes | None:
    """
    ``ascii_letters`` of *text* in lower case, read from *text* without a lower-case copy.

    Every character keeps its place (ASCII letters in lower case, anything else a blank), as
    in ``ascii_letters(lower)`` of a same-length lower-case copy *lower*, but for the Kelvin
    sign, the one character outside ASCII whose lower case is an ASCII letter ("k"): where
    *text* has one, ``None``.

    >>> lower_letters("Two KILLED in Café"), lower_letters("5 \u212a")
    (b'two killed in caf ', None)
    """
    if _KELVIN in text:
        return None
    return text.encode("ascii", "replace").translate(_LOWER_LETTERS)


#: How many texts the caches the stages share (`letter_words`, `keep_lower`) may be asked to
#: hold, and how many characters those texts may have together: `parse_many` reads a group of
#: articles one stage at a time (`newsevents.pipeline.parse_batch`), and each stage finds every
#: article of the group.
SHARED_TEXTS: Final = 32
SHARED_CHARS: Final = 400_000

_V = TypeVar("_V")

#: `letter_words`' last texts and their answers, by the text's identity.
_LETTERS_KEPT: Final[dict[int, tuple[str, tuple[bytes, tuple[bytes, ...]] | None]]] = {}

#: The last texts `keep_lower` was given and their lower case, by the text's identity.
_LOWERS_KEPT: Final[dict[int, tuple[str, str]]] = {}

#: How many texts the shared caches hold at present (`hold_texts`).
_HOLD: Final = [1]


def hold_texts(count: int) -> None:
    """
    Let the caches the stages share hold the last *count* texts (1 to `SHARED_TEXTS`).

    The oldest texts past *count* are let go at once.

    `newsevents.pipeline.parse_batch` raises it to its group's size while it reads the group
    and sets it back to one after. One `parse` needs one text, and keeping 32 read each stage
    of a one-by-one run 12–20 % slower in two noisy runs (likely the memory an article frees,
    reused only 32 articles later, out of the processor's caches).
    Threads share the setting: one thread's batch lets another's `parse` keep more, no harm.
    """
    _HOLD[0] = min(max(1, count), SHARED_TEXTS)
    _trim(_LETTERS_KEPT)
    _trim(_LOWERS_KEPT)


def _keep(kept: dict[int, tuple[str, _V]], text: str, value: _V) -> None:
    """
    Keep *value* for *text* in *kept*, newest last, and let go of the oldest past `hold_texts`.

    A text is known by identity: one that is kept cannot be freed, so its address is not
    reused while it is.
    """
    key = id(text)
    kept.pop(key, None)  # a text kept again becomes the newest
    kept[key] = (text, value)
    _trim(kept)


def _trim(kept: dict[int, tuple[str, _V]]) -> None:
    """
    Let go of the oldest texts of *kept* past the number `hold_texts` set.

    Threads may share a cache: one that finds another trimming it leaves the rest to it.
    """
    try:
        while len(kept) > _HOLD[0]:
            del kept[next(iter(kept))]
    except (KeyError, RuntimeError, StopIteration):  # another thread trims it
        return


def letter_words(text: str) -> tuple[bytes, tuple[bytes, ...]] | None:
    """
    ``ascii_letters`` of *text* in lower case, and its runs of letters in text order.

    The extractors each look their lexicons up among the same article's words: the runs are
    split once, and hashed once (a `bytes` keeps its hash), and each lexicon is a set
    intersection with them.
    The answers for the last texts are kept (one, or a group's: `hold_texts`), each known by
    identity, so the stages of one `parse`, or of a group read stage by stage, share them.

    The letters are `lower_letters`': a text holding the Kelvin sign gives ``None``, and
    callers lower-case it themselves.

    >>> letters, words = letter_words("Two KILLED in Café")
    >>> letters, words
    (b'two killed in caf ', (b'two', b'killed', b'in', b'caf'))
    >>> letter_words("5 \u212a") is None
    True
    """
    kept = _LETTERS_KEPT.get(id(text))
    if kept is not None and kept[0] is text:
        return kept[1]
    letters = lower_letters(text)
    answer = None if letters is None else (letters, tuple(letters.split()))
    _keep(_LETTERS_KEPT, text, answer)
    return answer


#: Deleted from UTF-8 bytes, these leave the characters beyond ASCII.
_ASCII_BYTES: Final = bytes(range(128))


def lower_in_place(text: str) -> str:
    """
    *text* in lower case, character for character: offsets into it are offsets into *text*.

    A letter whose lower case is two characters ("İ") stays as it is. Text beyond ASCII
    whose other characters do not change in lower case (news: curly quotes and dashes, "é")
    is lower-cased as UTF-8 bytes, where only ASCII letters change: cheaper than looking
    every character's case up. The statements and casualties stages share it; the times
    scan makes the same string its own way (`newsevents.timex._engine._lower`).

    >>> lower_in_place("“The İ” said É")
    '“the İ” said é'
    """
    if not text.isascii():
        encoded = text.encode("utf-8", "surrogatepass")
        others = encoded.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")
        if others == others.lower():  # no character beyond ASCII changes
            return encoded.lower().decode("utf-8", "surrogatepass")
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(char if len(char.lower()) != 1 else char.lower() for char in text)


def keep_lower(text: str, lowered: str) -> None:
    """
    Keep *lowered*, the lower case of *text* a stage made, for the stages after it.

    *lowered* is *text* lower-cased character for character, of the same length (a letter
    that lowers to two kept as it is): the times scan lower-cases the article's text, and
    the statements stage, which needs the same string, reads it back (`kept_lower`) instead
    of lower-casing the text again. The last texts are kept (one, or a group's: `hold_texts`),
    each known by identity (a string does not change, and one kept cannot be freed and its
    address reused).
    """
    _keep(_LOWERS_KEPT, text, lowered)


def kept_lower(text: str) -> str | None:
    """
    The lower case `keep_lower` kept for this very *text* (by identity), or ``None``.

    >>> text = "Police said on Tuesday"
    >>> keep_lower(text, text.lower())
    >>> kept_lower(text), kept_lower("Another text")
    ('police said on tuesday', None)
    """
    kept = _LOWERS_KEPT.get(id(text))
    if kept is not None and kept[0] is text:
        return kept[1]
    return None


_TITLE_ABBREVIATIONS: Final = frozenset(TITLE_ABBREVIATIONS)
_WEAK_ABBREVIATIONS: Final = frozenset(WEAK_ABBREVIATIONS)
_NUMBER_ABBREVIATIONS: Final = frozenset(NUMBER_ABBREVIATIONS)
_STARTERS: Final = frozenset(SENTENCE_STARTERS)
_PLACE_INITIALISMS: Final = frozenset(PLACE_INITIALISMS)
_NAME_STARTERS: Final = frozenset(NAME_STARTERS)
_TIME_ABBREVIATIONS: Final = frozenset(TIME_ABBREVIATIONS)
_TIME_FOLLOWERS: Final = frozenset(TIME_FOLLOWERS)
_OPENERS: Final = frozenset("\"'“‘«([¿¡")
_CLOSERS: Final = frozenset("\"'”’»)]")
_DASHES: Final = frozenset("-–—―")
_REPORTING_VERBS: Final = frozenset(REPORTING_VERBS)
_WRAP_MIN: Final = 40
_WRAP_MAX: Final = 100
_TOKEN_LOOKBACK: Final = 24
_CONTEXT_AFTER: Final = 64  # `_attributes` reads 60 characters after the marks, `_next_word` 24
_MEMO_CHARS: Final = 2000  # paragraphs this long keep the verdicts of repeated contexts
_MEMO_SIZE: Final = 4096


def make_span(start: int, end: int) -> Span:
    """
    ``Span(start, end)`` at about half the cost, for compiled code that makes many spans.

    `Span`'s own ``__init__`` is interpreted code; this sets its two slots directly. A span
    `Span` refuses (a negative start, an end before the start) is left to it, to raise the
    same error.

    >>> make_span(2, 5) == Span(2, 5)
    True
    """
    if start < 0 or end < start:
        return Span(start, end)  # raises
    span: Span = _NEW_OBJECT(_SPAN)
    _SET_START(span, start)
    _SET_END(span, end)
    return span


#: `object.__new__`, `Span` and its slot setters, as `make_span` calls them: constants of this
#: module, which compiled code keeps in C variables (an imported name is a lookup in the
#: module's globals at each call).
_NEW_OBJECT: Final = object.__new__
_SPAN: Final = Span
_SET_START: Final = _set_start
_SET_END: Final = _set_end


def strip_span(text: str, start: int, end: int) -> Span | None:
    r"""
    The span of ``text[start:end]`` without leading and trailing whitespace, or ``None``.

    >>> strip_span("  Hi there \r\n", 0, 13)
    Span(start=2, end=10)
    """
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return None
    return make_span(start, end)  # sentence spans: a hundred an article


def iter_lines(text: str, span: Span | None = None) -> Iterator[Span]:
    r"""
    Yield the span of every line of *text* (or of *span* in it), without its line break.

    ``\r\n``, ``\r``, ``\n`` and the Unicode line and paragraph separators all end a line.

    >>> list(iter_lines("a\r\nbc\n"))
    [Span(start=0, end=1), Span(start=3, end=5)]
    """
    start, end = (0, len(text)) if span is None else (span.start, span.end)
    for match in _LINE.finditer(text, start, end):
        line_end = match.end()
        while (
            line_end > match.start()
            and text[line_end - 1] in "\r\n\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85"
        ):
            line_end -= 1
        if match.start() == match.end():
            break
        yield Span(match.start(), line_end)


def iter_blocks(text: str) -> Iterator[Span]:
    r"""
    Yield every block of *text* between blank lines, stripped of surrounding whitespace.

    A line holding only spaces or tabs counts as blank.

    >>> [span.slice("One\ntwo\n \t\r\nThree") for span in iter_blocks("One\ntwo\n \t\r\nThree")]
    ['One\ntwo', 'Three']
    """
    block_start: int | None = None
    block_end = 0
    for line in iter_lines(text):
        if _NON_SPACE.search(text, line.start, line.end) is None:
            if block_start is not None:
                span = strip_span(text, block_start, block_end)
                if span is not None:
                    yield span
                block_start = None
            continue
        if block_start is None:
            block_start = line.start
        block_end = line.end
    if block_start is not None:
        span = strip_span(text, block_start, block_end)
        if span is not None:
            yield span


def _is_hard_wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    """
    Whether the lines of a block are one paragraph wrapped at a fixed width.
    """
    if len(lines) < 3:  # noqa: PLR2004 - two lines are judged by their join
        return False
    body = lines[:-1]
    lengths = [end - start for start, end in body]
    if max(lengths) > _WRAP_MAX or sum(lengths) / len(lengths) < _WRAP_MIN:
        return False
    open_ends = sum(
        1
        for start, end in body
        if text[end - 1] not in _END_CHARS or _SENTENCE_END.search(text, start, end) is None
    )
    return open_ends * 2 >= len(body)


def _continues(text: str, previous: tuple[int, int], line: tuple[int, int]) -> bool:
    """
    Whether *line* carries on the sentence of *previous* (a wrapped line, not a new paragraph).
    """
    last = text[previous[1] - 1]
    first = text[line[0]]
    if last in ";,":
        return True
    if last == ":" or (
        last in _END_CHARS and _SENTENCE_END.search(text, previous[0], previous[1]) is not None
    ):
        return False
    return first.islower() or (last.isalpha() and last.islower() and first.isdigit())


def _block_lines(text: str) -> list[list[tuple[int, int]]]:
    """
    The stripped non-blank lines of every block between blank lines, as offset pairs.

    The same split as `iter_blocks` and `iter_lines` (``str.splitlines`` breaks lines at
    exactly the characters `iter_lines` does), without a `Span` per line.
    """
    pairs, bounds = _line_table(text)
    return [pairs[start:end] for start, end in itertools.pairwise(bounds)]


def _line_table(text: str) -> tuple[list[tuple[int, int]], list[int]]:
    """
    The stripped non-blank lines of *text* as offset pairs, and where each block starts.

    The lines of block *i* (`_block_lines`) are ``pairs[bounds[i]:bounds[i + 1]]``; no block
    is empty.
    """
    if "\x1f" in text:  # blank to str.isspace but not to a regex: take the careful path
        blocks = []
        for block in iter_blocks(text):
            found = [
                (span.start, span.end)
                for line in iter_lines(text, block)
                if (span := strip_span(text, line.start, line.end)) is not None
            ]
            if found:
                blocks.append(found)
        return (
            list(itertools.chain.from_iterable(blocks)),
            list(itertools.accumulate(map(len, blocks), initial=0)),
        )
    # One compiled loop over the lines: a blank line (`str.isspace`) between two others
    # starts a new block. (A pipeline of `map` and `itertools.compress` over all the lines
    # at once, no statement a line, cost three times the instructions compiled: each line
    # passed through a dozen iterator calls, and a news article has a few dozen lines.)
    pairs: list[tuple[int, int]] = []
    bounds = [0]
    offset = 0
    gap = False
    for line in text.splitlines(keepends=True):
        size = len(line)
        if line.isspace():
            gap = True
        else:
            if gap and pairs:
                bounds.append(len(pairs))
            gap = False
            left = line.lstrip()
            first = offset + size - len(left)
            pairs.append((first, first + len(left.rstrip())))
        offset += size
    if pairs:
        bounds.append(len(pairs))
    return pairs, bounds


def split_paragraphs(text: str) -> list[Span]:
    r"""
    Split *text* into paragraphs.

    Blocks between blank lines; each line of a block is its own paragraph unless the block is
    hard-wrapped or a line carries on the one before.

    >>> text = "Title\nBy Jane Doe\n\nThe first line\nwraps here.\n"
    >>> [span.slice(text) for span in split_paragraphs(text)]
    ['Title', 'By Jane Doe', 'The first line\nwraps here.']
    """
    pairs, bounds = _line_table(text)
    if len(bounds) == len(pairs) + 1:  # every block is one line: each is a paragraph
        paragraphs = pairs
    else:
        paragraphs = []
        for start, end in itertools.pairwise(bounds):
            if end - start == 1:
                paragraphs.append(pairs[start])
                continue
            lines = pairs[start:end]
            if _is_hard_wrapped(text, lines):
                paragraphs.append((lines[0][0], lines[-1][1]))
                continue
            first = lines[0][0]
            previous = lines[0]
            for line in lines[1:]:
                if not _continues(text, previous, line):
                    paragraphs.append((first, previous[1]))
                    first = line[0]
                previous = line
            paragraphs.append((first, previous[1]))
    return [make_span(start, end) for start, end in _join_wrapped(text, paragraphs)]


def _join_wrapped(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """
    Join paragraphs that are one sentence broken across blank lines (scraped transcripts).

    A paragraph that does not end a sentence joins the next when the next goes on in lower
    case, or when both are long lines in capitals (a broadcast script).
    """
    joined: list[tuple[int, int]] = []
    for span in paragraphs:
        # A paragraph shorter than `_WRAP_MIN` // 2 that ends in no comma or dash is never
        # carried on (`_wrapped_across`): most short lines are settled here, with no call.
        if (
            joined
            and (
                joined[-1][1] - joined[-1][0] >= _WRAP_MIN // 2 or text[joined[-1][1] - 1] in ",-–—"
            )
            and _wrapped_across(text, joined[-1], span)
        ):
            joined[-1] = (joined[-1][0], span[1])
        else:
            joined.append(span)
    return joined


def _wrapped_across(text: str, previous: tuple[int, int], span: tuple[int, int]) -> bool:
    """
    Whether *span* carries on the unfinished sentence of *previous*.
    """
    previous_start, previous_end = previous
    last = text[previous_end - 1]
    if last in ",-–—" and text[span[0]].islower():
        return True
    if last in '.!?:;…"”’)]' or not last.isalnum():
        return False
    if _SENTENCE_END.search(text, max(previous_start, previous_end - 8), previous_end) is not None:
        return False
    first = text[span[0]]
    size = previous_end - previous_start
    if first.islower():
        return last.islower() and size >= _WRAP_MIN // 2
    tail = text[max(previous_start, previous_end - _WRAP_MAX) : previous_end]
    head = text[span[0] : min(span[1], span[0] + _WRAP_MAX)]
    return (
        size >= _WRAP_MIN
        and tail.upper() == tail
        and head.upper() == head
        and any(char.isalpha() for char in head)
    )


def _token_before(text: str, position: int, floor: int) -> str:
    """
    The word (letters, digits and inner dots) that ends at *position*, lower-cased.
    """
    limit = max(floor, position - _TOKEN_LOOKBACK)
    # Most words before a mark are letters and digits after a space: the walk back stops at
    # the space (or at the limit), so the run after the last space is the word.
    word = text[limit:position].rpartition(" ")[2]
    if word.isalnum():
        return word.lower()
    start = position
    while start > limit and (text[start - 1].isalnum() or text[start - 1] in ".'’-"):
        start -= 1
    return text[start:position].lstrip(".'’-").lower()


def _next_word(text: str, position: int, end: int) -> str:
    """
    The word starting at *position* (after opening quotes), as written.
    """
    while position < end and text[position] in _OPENERS:
        position += 1
    stop = position
    limit = min(end, position + _TOKEN_LOOKBACK)
    while stop < limit and (text[stop].isalnum() or text[stop] in ".'’-"):
        stop += 1
    return text[position:stop].rstrip(".'’-")


def _attributes(text: str, position: int, end: int) -> bool:
    """
    Whether a reporting verb follows within three words ("Trump asked", "the senator said").
    """
    words = text[position : min(end, position + 60)].split(maxsplit=4)[:4]
    return any(word.strip(".,;:").lower() in _REPORTING_VERBS for word in words[:4])


def _is_boundary(  # noqa: PLR0917 - a hot private helper, positional on purpose
    text: str, mark_start: int, mark_end: int, next_start: int, floor: int, end: int
) -> bool:
    """
    Whether the terminal marks at ``[mark_start, mark_end)`` end a sentence.
    """
    marks = text[mark_start:mark_end]
    first = text[next_start]
    if first in _DASHES:
        return False  # "DECATUR, Ill. — ...": a dateline, or a dash that goes on
    if marks == "." and "A" <= first <= "Z":
        # The common case, a full stop before a capital: the tests below, where the word
        # after is read only for a weak abbreviation (it starts with that capital).
        token = _token_before(text, mark_start, floor).rsplit("-", 1)[-1]
        if not token:
            return True
        if (len(token) == 1 and token.isalpha()) or token in _TITLE_ABBREVIATIONS:
            return False
        if token in _WEAK_ABBREVIATIONS or (
            "." in token and all(len(part) <= 2 for part in token.split("."))  # noqa: PLR2004
        ):
            return _starts_sentence(text, token, _next_word(text, next_start, end), next_start, end)
        return True
    nxt = _next_word(text, next_start, end)
    if (
        marks[-1] in _CLOSERS
        and marks.rstrip("\"'”’»)]")[-1:] in {"?", "!"}
        and _attributes(text, next_start, end)
    ):
        return False  # '"So, who?" Trump asked.'
    if not nxt:
        first = text[next_start] if next_start < end else ""
        return first in _OPENERS or not first.isalnum()
    if not marks.startswith(".") or marks.startswith("..."):
        return nxt[0].isupper() or nxt[0].isdigit() or text[next_start] in _OPENERS
    if not (nxt[0].isupper() or nxt[0].isdigit() or text[next_start] in _OPENERS):
        return False
    if any(char in _CLOSERS for char in marks):
        return True
    token = _token_before(text, mark_start, floor).rsplit("-", 1)[-1]
    if not token:
        return True
    if len(token) == 1 and token.isalpha():
        return False  # an initial: "J. R. Smith"
    if token in _TITLE_ABBREVIATIONS:
        return False
    if nxt[0].isdigit() and token in _NUMBER_ABBREVIATIONS:
        return False
    if token in _WEAK_ABBREVIATIONS or (
        "." in token and all(len(part) <= 2 for part in token.split("."))  # noqa: PLR2004
    ):
        return _starts_sentence(text, token, nxt, next_start, end)
    return True


def _starts_sentence(text: str, token: str, word: str, start: int, end: int) -> bool:
    """
    Whether *word* (at *start*, as written) opens a sentence after the weak abbreviation *token*.

    It does if it is a common sentence starter, but for a noun of a title after a place's
    initials, a capitalised word after it: "Interim D.C. Police Chief Peter Newsham" goes on,
    "in Washington, D.C. Police said" ends at "D.C.". After a clock time any capitalised
    word does ("at 2 a.m. Officers found"), but for one that tells more of the time ("2 a.m.
    Sunday", "9 p.m. EST").

    >>> text = "D.C. Police Chief Peter Newsham. D.C. Police said. D.C. The end."
    >>> [_starts_sentence(text, "d.c", word, text.find(word), len(text)) for word in ("Police", "The")]
    [False, True]
    >>> _starts_sentence(text, "d.c", "Police", text.find("Police said"), len(text))
    True
    """
    lowered = word.lower()
    if token in _TIME_ABBREVIATIONS and word[:1].isupper():
        # the word without a possessive ("New Year's"), and before a full stop glued to the
        # next sentence ("2 a.m. Saturday.Police responded")
        head = lowered.split("'", 1)[0].split("’", 1)[0]
        return head not in _TIME_FOLLOWERS and head.split(".", 1)[0] not in _TIME_FOLLOWERS
    if lowered not in _STARTERS:
        return False
    if lowered not in _NAME_STARTERS or token not in _PLACE_INITIALISMS:
        return True
    # the word after the starter: "Chief" (a title goes on) or "said" (a sentence)
    words = text[start : min(end, start + _TOKEN_LOOKBACK * 2)].split(maxsplit=2)
    return len(words) < 2 or not words[1][:1].isupper()  # noqa: PLR2004


def _find_or_end(text: str, char: str, start: int, end: int) -> int:
    """
    Where *char* first occurs in ``text[start:end]``, or *end* if it does not.
    """
    found = text.find(char, start, end)
    return end if found < 0 else found


def _terminal_end(text: str, position: int, end: int) -> int:
    """
    The end of the match of `_TERMINAL` at *position* (a terminal mark), within *end*.

    The pattern's first branch (``. . .``) when it matches, else the run of terminal marks;
    then the closing marks after it.
    """
    # Most full stops have no second one two characters on: no method call for them.
    if (
        position + 5 <= end
        and text[position + 2] == "."
        and text.startswith(". . .", position, end)
    ):
        stop = position + 5
    else:
        stop = position + 1
        while stop < end and text[stop] in _TERMINALS:
            stop += 1
    while stop < end and text[stop] in _CLOSERS_RUN:
        stop += 1
    return stop


def ends_sentence(text: str, period: int) -> bool:
    """
    Whether the full stop at *period* ends a sentence, as `split_sentences` decides.

    The period of a title ("Sen. Ted Cruz") or of initials before a lower-case word ("the
    U.S. on Tuesday") does not; one before a common sentence starter does.

    >>> text = "Sen. Ted Cruz went to the U.S. on Tuesday. He left."
    >>> [ends_sentence(text, text.find(word) - 2) for word in ("Ted", "on Tuesday", "He")]
    [False, False, True]
    >>> text = 'He lost a \u201cstellar leader.\u201d By Friday, more came.'
    >>> ends_sentence(text, text.find("By") - 3)
    True
    """
    end = len(text)
    mark_end = period + 1
    if mark_end < end and text[mark_end] in _CLOSERS_RUN:
        # 'a "stellar leader." By Friday': the quote closes the sentence with its full stop
        mark_end = _terminal_end(text, period, end)
    next_start = mark_end
    while next_start < end and text[next_start].isspace():
        next_start += 1
    if next_start >= end:
        return True
    if next_start == mark_end:
        mark_end = next_start = period + 1  # glued on ("leader.”By"): read as before
    return _is_boundary(text, period, mark_end, next_start, 0, end)


def split_sentences(text: str, span: Span | None = None) -> list[Span]:
    """
    Split *text* (or *span* of it) into sentence spans.

    Abbreviations (U.S., Gen., Sept., Mr., No. 2) and initials (J. R.) do not end a sentence;
    closing quotes and brackets stay with the sentence they close.

    >>> text = 'U.S. Gen. J. R. Smith said: "We left." He went home on Sept. 26. It rained.'
    >>> [s.slice(text) for s in split_sentences(text)]
    ['U.S. Gen. J. R. Smith said: "We left."', 'He went home on Sept. 26.', 'It rained.']
    """
    start, end = (0, len(text)) if span is None else (span.start, span.end)
    # With no terminal mark before its closing run of marks and quotes, no match of
    # `_TERMINAL` can end a sentence: each ends at the end or before another mark.
    body = text[start:end].rstrip(_CLOSING_RUN)
    if "." not in body and "!" not in body and "?" not in body and "…" not in body:
        whole = strip_span(text, start, end)
        return [] if whole is None else [whole]
    sentences: list[Span] = []
    sentence_start = start
    # A long paragraph may repeat one context many times ("U.S. U.S. ..."): the verdicts
    # are kept by context, so each costs a few slices, not a word-by-word look.
    verdicts: dict[tuple[str, int, int], bool] | None = {} if end - start > _MEMO_CHARS else None
    # The matches of `_TERMINAL`, left to right (`_terminal_end`): every match starts at a
    # terminal mark and every mark starts one, so the next starts at the nearest mark, found
    # with ``str.find`` (each mark's next place is looked for again only once passed).
    dot = bang = question = ellipsis = start - 1
    position = start
    while True:
        if dot < position:
            dot = _find_or_end(text, ".", position, end)
        if bang < position:
            bang = _find_or_end(text, "!", position, end)
        if question < position:
            question = _find_or_end(text, "?", position, end)
        if ellipsis < position:
            ellipsis = _find_or_end(text, "…", position, end)
        # (Compared one by one: ``min`` of four would box them for a call.)
        mark_start = dot if dot < bang else bang  # noqa: FURB136
        if question < mark_start:  # noqa: PLR1730
            mark_start = question
        if ellipsis < mark_start:  # noqa: PLR1730
            mark_start = ellipsis
        if mark_start >= end:
            break
        mark_end = position = _terminal_end(text, mark_start, end)
        if mark_end >= end:
            break
        next_start = mark_end
        if text[next_start].isspace():
            next_start += 1
            while next_start < end and text[next_start].isspace():
                next_start += 1
            if next_start >= end:
                break
        elif not (
            text[mark_start] in ".!?"
            and text[next_start].isupper()
            and text[mark_start - 1 : mark_start].islower()
        ):
            continue  # "3.5", "example.com"; only "injured.Police" counts when glued
        elif mark_end + 1 < end and text[mark_end + 1].isupper():
            continue  # "U.S" or an all-capitals word: not a glued sentence start
        if verdicts is None or text[next_start] in _OPENERS:
            boundary = _is_boundary(text, mark_start, mark_end, next_start, sentence_start, end)
        else:
            # Everything `_is_boundary` reads: the token before the marks (at most
            # `_TOKEN_LOOKBACK` characters, not before the sentence start), the marks with
            # the spaces after them, and the words after (`_attributes` reads 60 characters,
            # `_next_word` 24, neither past *end*; a run of opening quotes, which
            # `_next_word` skips whatever its length, is not kept by context). One slice
            # holds them, with where the marks and the words after start in it.
            low = max(sentence_start, mark_start - _TOKEN_LOOKBACK)
            high = min(end, next_start + _CONTEXT_AFTER)
            context = (text[low:high], mark_start - low, next_start - low)
            found = verdicts.get(context)
            if found is None:
                if len(verdicts) >= _MEMO_SIZE:
                    verdicts.clear()
                found = verdicts[context] = _is_boundary(
                    text, mark_start, mark_end, next_start, sentence_start, end
                )
            boundary = found
        if boundary:
            piece = strip_span(text, sentence_start, mark_end)
            if piece is not None:
                sentences.append(piece)
            sentence_start = next_start
    piece = strip_span(text, sentence_start, end)
    if piece is not None:
        sentences.append(piece)
    return sentences


def is_sentence_like(text: str, span: Span | None = None) -> bool:
    """
    Whether *text* (or *span* of it) ends like a sentence: a terminal mark, maybe closed.

    >>> is_sentence_like('He left."'), is_sentence_like("Man dies in crash")
    (True, False)
    """
    start, end = (0, len(text)) if span is None else (span.start, span.end)
    if text[end - 1 : end] == "]" and end > start:
        # a sentence closed by citation marks, as on encyclopedia pages ("... in 2004.[15]")
        cited = _CITATIONS.search(text, max(start, end - _CITATIONS_READ), end)
        if cited is not None and cited.start() > start:
            end = cited.start()
    tail = text[max(start, end - 8) : end]
    last = tail[-1:]
    if not last or last.isspace():  # ``\s*`` may take blanks (every ``\s`` is a str blank)
        return _SENTENCE_END.search(text, max(start, end - 8), end) is not None
    # A sentence end is then a terminal mark followed only by closing marks, all within the
    # last 8 characters.
    body = tail.rstrip(_CLOSERS_RUN)
    return body != "" and body[-1] in _TERMINALS


def iter_words(text: str, span: Span | None = None) -> Iterator[Span]:
    """
    Yield the span of every word (letters and digits, with an inner apostrophe).

    >>> [w.slice("Pompeo's aide, 34.") for w in iter_words("Pompeo's aide, 34.")]
    ["Pompeo's", 'aide', '34']
    """
    start, end = (0, len(text)) if span is None else (span.start, span.end)
    for match in _WORD.finditer(text, start, end):
        yield Span(match.start(), match.end())


def word_offsets(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """
    The ``(start, end)`` offsets of every word in ``text[start:end]`` (plain tuples, for speed).

    >>> word_offsets("Two men, 34.")
    [(0, 3), (4, 7), (9, 11)]
    """
    return [
        match.span() for match in _WORD.finditer(text, start, len(text) if end is None else end)
    ]


def count_words(text: str, start: int = 0, end: int | None = None, *, limit: int) -> int:
    """
    The number of words `word_texts` finds in ``text[start:end]``, or *limit* if there are more.

    The words past *limit* are not looked for, so the cost is that of the first *limit* words.

    >>> count_words("Two men, 34.", limit=10), count_words("Two men, 34.", limit=2)
    (3, 2)
    """
    found = _WORD.finditer(text, start, len(text) if end is None else end)
    return sum(1 for _match in itertools.islice(found, limit))


def first_word(text: str, start: int = 0, end: int | None = None) -> str:
    """
    The first word `word_texts` finds in ``text[start:end]``, or ``""`` if there is none.

    >>> first_word("  Two men, 34."), first_word("...")
    ('Two', '')
    """
    match = _WORD.search(text, start, len(text) if end is None else end)
    return "" if match is None else match.group()


def word_texts(text: str, start: int = 0, end: int | None = None) -> list[str]:
    """
    Every word of ``text[start:end]``, as written (the words `word_offsets` finds, as strings).

    Text in ASCII, but for the common typographic marks (`_MARKS`), is split with string
    methods: every character that is no word character becomes a blank, and the runs left
    are the words; a run holding an apostrophe goes through the word pattern, which splits
    "rock'n'roll" as it does. Other text goes through the pattern whole.

    >>> word_texts("Two men, 34.")
    ['Two', 'men', '34']
    >>> word_texts("“Rock’n’roll,” it's 'said'")
    ['Rock’n', 'roll', "it's", 'said']
    """
    stop = len(text) if end is None else end
    segment = text[start:stop]
    if segment.isascii():
        runs = segment.encode("ascii").translate(_WORD_BYTES).decode("ascii")
    elif _APOSTROPHE_MARK not in segment:
        for mark in _MARKS:
            if mark in segment:
                segment = segment.replace(mark, " ")
        segment = segment.replace("’", _APOSTROPHE_MARK)
        if not segment.isascii():
            return _WORD.findall(text, start, stop)
        runs = segment.encode("ascii").translate(_MARKED_WORD_BYTES).decode("ascii")
    else:
        return _WORD.findall(text, start, stop)
    straight = runs.find("'")
    curly = runs.find(_APOSTROPHE_MARK)
    if straight < 0 and curly < 0:
        return runs.split()
    # Only the runs holding an apostrophe go through the pattern; the runs between them are
    # split in one go. *done* is where the runs not yet taken start.
    words: list[str] = []
    done = 0
    while straight >= 0 or curly >= 0:
        apostrophe = curly if straight < 0 or 0 <= curly < straight else straight
        run_start = runs.rfind(" ", done, apostrophe) + 1 or done
        run_end = runs.find(" ", apostrophe)
        if run_end < 0:
            run_end = len(runs)
        words += runs[done:run_start].split()
        words += _WORD.findall(runs[run_start:run_end].replace(_APOSTROPHE_MARK, "’"))
        done = run_end
        if straight >= 0:
            straight = runs.find("'", done)
        if curly >= 0:
            curly = runs.find(_APOSTROPHE_MARK, done)
    words += runs[done:].split()
    return words


@frozen
class NormalizedText:
    """
    Text with runs of whitespace collapsed to one space, and the map back to the original.

    ``offsets[i]`` is the offset in the original of character ``i`` of ``text``;
    ``offsets[len(text)]`` is the original's end.
    """

    text: str
    offsets: tuple[int, ...]

    def to_original(self, span: Span) -> Span:
        r"""
        Map a span of the normalised text back to the original string.

        >>> normalize("a \r\n\tb").to_original(Span(0, 3))
        Span(start=0, end=6)
        """
        start = self.offsets[span.start]
        end = self.offsets[span.end - 1] + 1 if span.end > span.start else start
        return Span(start, end)


def normalize(text: str) -> NormalizedText:
    r"""
    Collapse whitespace runs (CRLF, tabs, non-breaking spaces) to one space and strip the ends.

    >>> normalize("  Pompeo\u00a0said\r\n ").text
    'Pompeo said'
    """
    pieces: list[str] = []
    offsets: list[int] = []
    position = 0
    stripped = strip_span(text, 0, len(text))
    if stripped is None:
        return NormalizedText("", (len(text),))
    for match in _SPACES.finditer(text, stripped.start, stripped.end):
        pieces.append(text[position if pieces else stripped.start : match.start()])
        offsets.extend(range(position if offsets else stripped.start, match.start()))
        pieces.append(" ")
        offsets.append(match.start())
        position = match.end()
    first = position if pieces else stripped.start
    pieces.append(text[first : stripped.end])
    offsets.extend(range(first, stripped.end))
    offsets.append(stripped.end)
    return NormalizedText("".join(pieces), tuple(offsets))
