"""From pdfplumber words to lines and paragraphs: pure functions on word dicts.

Paragraph breaks are not in the PDF; they are recovered from the layout: a vertical
gap larger than the line pitch, a change from bold to regular, a list number, or an
indented first line.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from extract.model import Box, Paragraph, Word

LIST_MARKER = re.compile(r"^(\d{1,2}[.)]|[•▪●◦‣–-]|\([a-z0-9]{1,3}\))$")
SOFT_HYPHEN = "\u00ad"


@dataclass
class Line:
    words: list[dict]
    page: int

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


def starts_paragraph(prev: Line, line: Line, pitch: float | None, right: float | None) -> bool:
    if prev.bold != line.bold:  # a bold title, even when a page break follows it
        return True
    if prev.page != line.page:
        return not continues_across_page(prev, line, right)
    # A list item has its text after the marker; "69." alone ends a sentence ("... to 69.").
    if LIST_MARKER.match(line.words[0]["text"]) and len(line.words) > 1:
        return True
    if line.x0 > prev.x0 + line.size:  # indented first line
        return True
    # A pitch measured wider than 1.5 lines came from paragraph gaps (every paragraph
    # one line long), not from lines of one paragraph.
    leading = min(pitch or prev.size * 1.2, prev.size * 1.5)
    return line.top - prev.top > leading + prev.size * 0.2


def split_paragraphs(
    lines: list[Line], pitch: float | None, right: float | None = None
) -> list[list[Line]]:
    groups: list[list[Line]] = []
    for line in lines:
        if groups and not starts_paragraph(groups[-1][-1], line, pitch, right):
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


def continues_across_page(prev: Line, next_line: Line, right: float | None = None) -> bool:
    """Whether a paragraph cut by a page break goes on at the top of the next page.

    It goes on when the last line was cut mid-sentence, or, knowing the column's right
    edge, when the next word could not have fitted on that line and the line does not
    end a sentence. A full line ending a sentence before a capital is undecidable from
    the page; it is read as a paragraph end.
    """
    first = next_line.words[0]
    if LIST_MARKER.match(first["text"]) and len(next_line.words) > 1:
        return False
    lower = first["text"][:1].islower()
    if lower and not ends_sentence(prev):
        return True  # a sentence cut in two: whatever the line's length
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


def line_glue(text: str, word: str, soft_hyphen: bool) -> str:
    """What joins the last line of a paragraph to the first word of the next line.

    A soft hyphen (already dropped) rejoins the word; a hard hyphen before a
    lower-case word ("re-" / "offending") is kept and rejoined; otherwise a space.
    """
    if soft_hyphen:
        return ""
    if text.endswith("-") and text[-2:-1].isalpha() and word[:1].islower():
        return ""
    return " "


def to_paragraph(lines: list[Line]) -> Paragraph:
    text, words, soft_hyphen = "", [], False
    for line in lines:
        for i, w in enumerate(line.words):
            word = w["text"].replace(SOFT_HYPHEN, "")
            if not word:
                continue
            if text:
                text += line_glue(text, word, soft_hyphen) if i == 0 else " "
            box = Box(line.page, w["x0"], w["top"], w["x1"], w["bottom"])
            words.append(Word(word, len(text), box))
            text += word
            soft_hyphen = w["text"].endswith(SOFT_HYPHEN)
    return Paragraph(text=text, words=words, bold=all(line.bold for line in lines))


def paragraphs(
    lines: list[Line], pitch: float | None, right: float | None = None
) -> list[Paragraph]:
    return [to_paragraph(group) for group in split_paragraphs(lines, pitch, right)]


def right_edge(lines: list[Line]) -> float | None:
    """Where the longest lines of a column or text block end."""
    return max((line.x1 for line in lines), default=None)
