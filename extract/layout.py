"""From pdfplumber words to lines and paragraphs: pure functions on word dicts.

Paragraph breaks are not in the PDF; they are recovered from the layout: a vertical
gap larger than the line pitch, a change from bold to regular, a list number, or an
indented first line.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from extract.model import Box, Paragraph, Word

LIST_MARKER = re.compile(r"^(\d{1,2}[.)]|[•▪●◦‣–-]|\([a-z0-9]{1,3}\))$")
LIST_NUMBER = re.compile(r"^\(?(\d{1,2})[.)]$")
SOFT_HYPHEN = "\u00ad"


@dataclass
class Line:
    words: list[dict]
    page: int
    # For the last line of a cell on a page, when the row goes on over the page: the
    # room left below it, down to the lowest line the table reaches on any page.
    room: float | None = None
    # The rows of one table of figures share an id: each row is its own line of one
    # paragraph, never run into the prose around it (extract/datatables.py).
    table: int | None = None
    # The first line of a column of text after the first (a page in newspaper columns):
    # the paragraph above may run on into it, as over a page break.
    new_column: bool = False

    @property
    def top(self) -> float:
        return min(w["top"] for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w["bottom"] for w in self.words)

    @property
    def x0(self) -> float:
        return self.words[0]["x0"]

    @property
    def x1(self) -> float:
        return self.words[-1]["x1"]

    @property
    def size(self) -> float:
        return max(w["size"] for w in self.words)

    @property
    def bold(self) -> bool:
        return all(is_bold(w["fontname"]) for w in self.words)

    @property
    def text(self) -> str:
        return " ".join(w["text"] for w in self.words)


def is_bold(fontname: str) -> bool:
    return bool(re.search(r"bold|black|heavy|semibold", fontname, re.IGNORECASE))


def group_lines(words: list[dict], page: int) -> list[Line]:
    """Words of one column or block, grouped into lines top to bottom."""
    lines: list[Line] = []
    for word in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        last = lines[-1] if lines else None
        if last and abs(word["top"] - last.words[0]["top"]) < word["size"] * 0.5:
            last.words.append(word)
        else:
            lines.append(Line([word], page))
    for line in lines:
        line.words.sort(key=lambda w: w["x0"])
    return lines


def line_pitch(blocks: list[list[Line]]) -> float | None:
    """The distance between the tops of two lines of one paragraph.

    The smallest top-to-top distance seen at least twice across the blocks; paragraph
    gaps are larger, so they never win.
    """
    diffs = Counter()
    for lines in blocks:
        for prev, nxt in zip(lines, lines[1:]):
            if prev.page == nxt.page and nxt.top - prev.top > prev.size * 0.5:
                diffs[round(nxt.top - prev.top, 1)] += 1
    common = [d for d, n in diffs.items() if n >= 2] or list(diffs)
    return min(common) if common else None


def starts_paragraph(
    prev: Line, line: Line, pitch: float | None, right: float | None, opener: Line | None = None
) -> bool:
    """Whether line starts a paragraph after prev; opener is the first line of the
    paragraph prev is in."""
    if prev.bold != line.bold:  # a bold title, even when a page break follows it
        return True
    if prev.page != line.page:
        return not continues_across_page(prev, line, right, pitch, opener)
    if starts_item(opener or prev, prev, line):
        return True
    if line.x0 > prev.x0 + line.size and not hangs_from(prev, line):  # indented first line
        return True
    # A pitch measured wider than 1.5 lines came from paragraph gaps (every paragraph
    # one line long), not from lines of one paragraph.
    leading = min(pitch or prev.size * 1.2, prev.size * 1.5)
    return line.top - prev.top > leading + prev.size * 0.2


def hangs_from(prev: Line, line: Line) -> bool:
    """Whether the line goes on a list item on its hanging indent: it starts where the
    item's text starts, after its number."""
    first = prev.words[0]["text"]
    return (
        LIST_MARKER.match(first) is not None
        and len(prev.words) > 1
        and abs(line.x0 - prev.words[1]["x0"]) < line.size * 0.3
    )


def starts_item(opener: Line, prev: Line, line: Line) -> bool:
    """Whether the line opens a list item: a marker with text after it ("69." alone ends
    a sentence). A number is an item's after a line ending a sentence, as 1, or as the
    number after the item above; mid-sentence it is a figure ("Years 10 and / 11. A ...")."""
    first = line.words[0]["text"]
    if not LIST_MARKER.match(first) or len(line.words) < 2:
        return False
    number = LIST_NUMBER.match(first)
    if not number or ends_sentence(prev) or number.group(1) == "1":
        return True
    above = LIST_NUMBER.match(opener.words[0]["text"])
    return above is not None and int(above.group(1)) + 1 == int(number.group(1))


def split_paragraphs(
    lines: list[Line], pitch: float | None, right: float | None = None
) -> list[list[Line]]:
    groups: list[list[Line]] = []
    for line in lines:
        if groups and goes_on(groups[-1], line, pitch, right):
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


def goes_on(group: list[Line], line: Line, pitch: float | None, right: float | None) -> bool:
    """Whether the line belongs to the paragraph of the group: a table's rows to their
    table, prose to prose that it does not start anew from."""
    prev = group[-1]
    if prev.table or line.table:
        return prev.table == line.table
    if line.new_column:
        return continues_across_page(prev, line, None, pitch, group[0])
    return not starts_paragraph(prev, line, pitch, right, group[0])


def continues_across_page(
    prev: Line,
    next_line: Line,
    right: float | None = None,
    pitch: float | None = None,
    opener: Line | None = None,
) -> bool:
    """Whether a paragraph cut by a page break goes on at the top of the next page.

    It goes on when the last line was cut mid-sentence, or, knowing the column's right
    edge, when the next word could not have fitted on that line and the line does not
    end a sentence. It does not when the next line would have fitted below it on the
    page (the room left, in a table row that goes on): the paragraph ended there. A
    full line ending a sentence before a capital is undecidable from the page; it is
    read as a paragraph end.
    """
    first = next_line.words[0]
    if starts_item(opener or prev, prev, next_line):
        return False
    lower = first["text"][:1].islower()
    if lower and not ends_sentence(prev):
        return True  # a sentence cut in two: whatever the line's length
    if pitch and prev.room is not None and prev.room > pitch - 0.5:
        return False  # its next line would have fitted on the page
    mid_sentence = not ends_sentence(prev) or lower
    if right is not None:
        return mid_sentence and is_full(prev, first, right)
    return mid_sentence


def ends_sentence(line: Line) -> bool:
    return line.text.rstrip().endswith((".", "!", "?", ":", ";"))


def is_full(line: Line, next_word: dict, right: float) -> bool:
    """Whether the next word could not have fitted at the end of the line.

    The space is measured on the line itself (fonts differ: Courier's is 0.6 em)."""
    gaps = [b["x0"] - a["x1"] for a, b in zip(line.words, line.words[1:]) if b["x0"] > a["x1"]]
    space = min(gaps, default=line.size * 0.6)
    return line.x1 + space + (next_word["x1"] - next_word["x0"]) > right - 1.0


def word_key(text: str) -> str:
    return text.strip(".,;:!?()[]'\"‘’“”").lower()


@dataclass(frozen=True)
class Vocabulary:
    """The words a document prints whole (not cut at a line end), the parts of its
    hyphenated compounds ("anti", "social" from "anti-social"), and whether it is
    hyphenated (words cut at line ends that it prints whole elsewhere)."""

    words: frozenset[str] = frozenset()
    parts: frozenset[str] = frozenset()
    hyphenates: bool = False


def vocabulary(blocks: list[list[Line]]) -> Vocabulary:
    words, breaks = set(), []
    for lines in blocks:
        for prev, line in zip([None, *lines], lines):
            cut = prev is not None and prev.words[-1]["text"].endswith("-")
            if cut:
                breaks.append((prev.words[-1]["text"], line.words[0]["text"]))
            for n, w in enumerate(line.words):
                at_end = n == len(line.words) - 1 and w["text"].endswith(("-", SOFT_HYPHEN))
                if not at_end and not (n == 0 and cut):
                    words.add(word_key(w["text"]))
    parts = {part for w in words if "-" in w for part in w.split("-") if part}
    soft = sum(word_key(a[:-1] + b) in words and word_key(a + b) not in words for a, b in breaks)
    hard = sum(word_key(a + b) in words for a, b in breaks)
    return Vocabulary(frozenset(words), frozenset(parts), soft >= 2 and soft > hard)


def line_glue(text: str, word: str, soft_hyphen: bool) -> str:
    """What joins the last line of a paragraph to the first word of the next line.

    A soft hyphen (already dropped) rejoins the word; a word or compound broken after
    a hyphen ("re-" / "offending", "12-" / "month", "Newton-le-" / "Willows") is
    rejoined with its hyphen; otherwise a space.
    """
    if soft_hyphen:
        return ""
    if text.endswith("-") and text[-2:-1].isalnum():
        return ""
    return " "


def soft_break(left: str, right: str, seen: Vocabulary) -> bool:
    """Whether a hyphen at a line end was only a hyphenation point, to be dropped.

    PDFs draw an automatic or optional hyphen as a plain "-", so the document's own
    words tell. Printed whole with the hyphen elsewhere ("anti-social"), it is kept;
    printed whole without ("prevention"), dropped. Printed whole neither way: in a
    document that is not hyphenated (no word it cuts is printed whole elsewhere) the
    hyphen is a compound's ("12-" / "month"), kept; in a hyphenated one it is kept only
    when both sides are words or compound parts the document prints ("face-" /
    "to-face"), a figure, or a capitalised name ("Newton-le-" / "Willows").
    """
    if word_key(left + right) in seen.words:
        return False
    if word_key(left[:-1] + right) in seen.words:
        return True
    head, tail = word_key(left[:-1]).split("-")[-1], word_key(right).split("-")[0]
    if not seen.hyphenates or not head or not tail:
        return False
    if head[-1].isdigit() or not right[:1].islower():
        return False
    known = seen.words | seen.parts
    return not (head in known and tail in known)


def to_paragraph(lines: list[Line], words_seen: Vocabulary | None = None) -> Paragraph:
    words_seen = words_seen or Vocabulary()
    text, words, soft_hyphen = "", [], False
    for line in lines:
        for i, w in enumerate(line.words):
            word = w["text"].replace(SOFT_HYPHEN, "")
            if not word:
                continue
            if text and i == 0 and line.table:
                text += "\n"  # a table's next row
            elif text:
                glue = line_glue(text, word, soft_hyphen) if i == 0 else " "
                last = words[-1]
                if (
                    i == 0
                    and not glue
                    and not soft_hyphen
                    and soft_break(last.text, word, words_seen)
                ):
                    text = text[:-1]
                    words[-1] = replace(last, text=last.text[:-1])
                text += glue
            box = Box(line.page, w["x0"], w["top"], w["x1"], w["bottom"])
            words.append(Word(word, len(text), box))
            text += word
            soft_hyphen = w["text"].endswith(SOFT_HYPHEN)
    return Paragraph(text=text, words=words, bold=all(line.bold for line in lines))


def paragraphs(
    lines: list[Line],
    pitch: float | None,
    right: float | None = None,
    words_seen: Vocabulary | None = None,
) -> list[Paragraph]:
    groups = split_paragraphs(lines, pitch, right)
    return [to_paragraph(group, words_seen) for group in groups]


def right_edge(lines: list[Line]) -> float | None:
    """Where the longest lines of a column or text block end."""
    return max((line.x1 for line in lines), default=None)


# Between a table's columns: wider than an em. Word stretches a justified line's spaces less.
COLUMN_GAP = 1.0


def column_gaps(line: Line) -> list[int]:
    """Where the line's words are parted by a column's white gap: after word i. Not
    after a list's bullet or number, which a tab sets off."""
    words = line.words
    return [
        i
        for i, (a, b) in enumerate(zip(words, words[1:]))
        if b["x0"] - a["x1"] > line.size * COLUMN_GAP
        and not (i == 0 and LIST_MARKER.match(a["text"]))
    ]


def split_cells(line: Line) -> list[list[dict]]:
    bounds = [0, *(i + 1 for i in column_gaps(line)), len(line.words)]
    return [line.words[a:b] for a, b in zip(bounds, bounds[1:])]
