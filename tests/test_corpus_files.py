"""Checks on the hand-labelled figure corpus in tests/corpus/.

Re-implements the validator described in tests/corpus/README.md ("Checking"):
YAML parses; ids unique across all files; every figure's text occurs often
enough for its occurrence; figures in order of appearance; every digit is
covered by a labelled figure; codes, units, qualifiers, roles and ``why``
values come from the README lists; claims refer to labelled measures; claim
arithmetic holds (except in slips.yml, where exactly one claim fails and it
involves the slip figure).
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
from corpus_score import passages

CORPUS = Path(__file__).parent / "corpus"
README = CORPUS / "README.md"
FILES = sorted(CORPUS.glob("*.yml"))
SLIPS = "slips.yml"

UNITS = {
    "count",
    "percent",
    "percentage_points",
    "gbp",
    "hours",
    "days",
    "weeks",
    "months",
    "minutes",
    "seconds",
    "tonnes",
    "kg",
    "rank",
    "per_1000_population",
    "per_100000_population",
}
UNIT_PER = re.compile(r"^per_[a-z0-9_]+$")
QUALIFIERS = {"exact", "more_than", "less_than", "approximately", "average"}
ROLES = {"level", "change", "percent_change"}
DIRECTIONS = {"increase", "decrease"}
SECTIONS = {"overview", "activity", "expected_outcome", "outcome"}
WHYS = {
    "date",
    "year",
    "financial_year",
    "age",
    "school_year",
    "phone",
    "rate_base",
    "label",
    "list_number",
    "compound",
    "time_window",
    "frequency",
    "address",
    "postcode",
    "legislation",
    "other",
}
CLAIM_FIELDS = {
    "part_whole": ("whole", "parts"),
    "difference": ("from", "to", "change"),
    "percent_change": ("from", "to", "change"),
    "rate": ("count", "base", "rate"),
}
NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100,
}  # fmt: skip


def _readme_concepts() -> set[str]:
    text = README.read_text(encoding="utf-8")
    block = text.split("## Concept codes", 1)[1].split("Judgement calls", 1)[0]
    codes = {c.strip() for c in re.split(r"[,\n]", block)}
    codes = {re.sub(r"\s*\(.*$", "", c).strip().rstrip(".") for c in codes}
    return {c for c in codes if re.fullmatch(r"[a-z_]+", c)}


CONCEPTS = _readme_concepts()


def _load(path: Path) -> list[dict]:
    data = passages(path.stem)
    assert isinstance(data, list), f"{path.name}: top level must be a list"
    return data


PASSAGES = [(p.name, item) for p in FILES for item in _load(p)]


def _pid(entry: tuple[str, dict]) -> str:
    return f"{entry[0]}:{entry[1].get('id')}"


def _find_all(text: str, sub: str) -> list[int]:
    """Start offsets of every (possibly overlapping) occurrence of sub."""
    out, i = [], text.find(sub)
    while i != -1:
        out.append(i)
        i = text.find(sub, i + 1)
    return out


def _span(passage: dict, fig: dict) -> tuple[int, int]:
    starts = _find_all(passage["text"], str(fig["text"]))
    occ = fig.get("occurrence", 1)
    assert len(starts) >= occ, (
        f"{passage['id']}: {fig['text']!r} occurs {len(starts)}x, occurrence {occ}"
    )
    start, end = starts[occ - 1], starts[occ - 1] + len(str(fig["text"]))
    text, label = passage["text"], str(fig["text"])  # a number word, not "one" in "done"
    before = label[0].isalpha() and start > 0 and text[start - 1].isalpha()
    after = label[-1].isalpha() and end < len(text) and text[end].isalpha()
    assert not (before or after), f"{passage['id']}: {label!r} #{occ} is inside a word"
    return start, end


def _ref_key(ref: str) -> tuple[str, int]:
    ref = str(ref)
    m = re.fullmatch(r"(.*)#(\d+)", ref)
    return (m.group(1), int(m.group(2))) if m else (ref, 1)


def _figure_index(passage: dict) -> dict[tuple[str, int], dict]:
    return {(str(f["text"]), f.get("occurrence", 1)): f for f in passage.get("figures") or []}


def _decimals(text: str) -> int:
    m = re.search(r"\d[\d,]*(?:\.(\d+))?", text)
    if not m:
        return 0  # number words
    return len(m.group(1) or "")


def _value(fig: dict) -> Decimal:
    return Decimal(str(fig["value"]))


def _rate_base(unit: str) -> Decimal | None:
    """1000 for per_1000_population; 1 for per_<noun> (per_reoffender)."""
    m = re.fullmatch(r"per_(\d+)_\w+", unit)
    if m:
        return Decimal(m.group(1))
    return Decimal(1) if UNIT_PER.match(unit) else None


def _claim_figures(passage: dict, claim: dict) -> dict[str, list[dict]]:
    idx = _figure_index(passage)
    out: dict[str, list[dict]] = {}
    for field in CLAIM_FIELDS[claim["kind"]]:
        refs = claim[field] if field == "parts" else [claim[field]]
        figs = []
        for ref in refs:
            key = _ref_key(ref)
            assert key in idx, f"{passage['id']}: claim refers to unknown {ref!r}"
            assert idx[key].get("measure") is True, (
                f"{passage['id']}: claim refers to non-measure {ref!r}"
            )
            figs.append(idx[key])
        out[field] = figs
    return out


def _claim_holds(passage: dict, claim: dict) -> bool:
    f = _claim_figures(passage, claim)
    kind = claim["kind"]
    if kind == "part_whole":
        return sum(_value(x) for x in f["parts"]) == _value(f["whole"][0])
    if kind == "difference":
        a, b, c = f["from"][0], f["to"][0], f["change"][0]
        return abs(_value(b) - _value(a)) == _value(c)
    if kind == "percent_change":
        a, b, c = f["from"][0], f["to"][0], f["change"][0]
        if _value(a) == 0:
            return False
        pct = abs(_value(b) - _value(a)) / _value(a) * 100
        tol = Decimal(5) / Decimal(10) ** (_decimals(str(c["text"])) + 1)
        return abs(pct - _value(c)) <= tol
    if kind == "rate":
        n, base, r = f["count"][0], f["base"][0], f["rate"][0]
        per = _rate_base(r["unit"])
        assert per is not None, f"{passage['id']}: rate unit {r['unit']!r} has no base"
        rate = _value(n) / _value(base) * per
        tol = Decimal(5) / Decimal(10) ** (_decimals(str(r["text"])) + 1)
        return abs(rate - _value(r)) <= tol
    raise AssertionError(f"{passage['id']}: unknown claim kind {kind!r}")


def test_files_present_and_parse():
    names = {p.name for p in FILES}
    assert {"dev.yml", "heldout.yml", SLIPS} <= names
    for p in FILES:
        assert _load(p), f"{p.name} is empty"


def test_readme_lists_match_test():
    text = README.read_text(encoding="utf-8")
    assert len(CONCEPTS) > 40 and "other" in CONCEPTS
    for word in UNITS | QUALIFIERS | ROLES | WHYS | SECTIONS:
        assert f"`{word}`" in text or word in text, word
    table = re.findall(r"^\| `([\w.]+\.yml)` \|", text, flags=re.M)
    assert sorted(table) == sorted(p.name for p in FILES), "README file table"


def test_ids_unique_across_files():
    seen: dict[str, str] = {}
    for name, item in PASSAGES:
        pid = item.get("id")
        assert pid, f"{name}: passage without id"
        assert pid not in seen, f"{pid} in {seen.get(pid)} and {name}"
        seen[pid] = name


@pytest.mark.parametrize("entry", PASSAGES, ids=_pid)
def test_passage(entry):
    name, p = entry
    pid = p["id"]
    for key in ("text", "area", "period", "section"):
        assert p.get(key) not in (None, ""), f"{pid}: missing {key}"
    assert p["section"] in SECTIONS, f"{pid}: section {p['section']!r}"
    text = p["text"]
    figures = p.get("figures") or []
    covered = [False] * len(text)
    last_start = -1
    for fig in figures:
        start, end = _span(p, fig)
        assert start > last_start, f"{pid}: {fig['text']!r} out of order"
        last_start = start
        for i in range(start, end):
            covered[i] = True
        if fig.get("measure") is True:
            for key in ("value", "unit", "qualifier", "concept", "role"):
                assert key in fig, f"{pid}: {fig['text']!r} lacks {key}"
            assert fig["unit"] in UNITS or UNIT_PER.match(fig["unit"]), (
                f"{pid}: unit {fig['unit']!r}"
            )
            assert fig["qualifier"] in QUALIFIERS, f"{pid}: {fig['qualifier']!r}"
            assert fig["role"] in ROLES, f"{pid}: role {fig['role']!r}"
            assert fig["concept"] in CONCEPTS, f"{pid}: concept {fig['concept']!r}"
            assert isinstance(fig["value"], (int, float)), f"{pid}: value"
            assert fig["value"] >= 0, f"{pid}: values are unsigned"
            if fig["role"] != "level":
                assert fig.get("direction") in DIRECTIONS, f"{pid}: direction"
            if fig["concept"] == "other":
                about = fig.get("about")
                assert isinstance(about, list) and 1 <= len(about) <= 3, (
                    f"{pid}: {fig['text']!r} needs about: [1-3 lemmas]"
                )
                assert all(a == str(a).lower() for a in about), f"{pid}: about"
        elif fig.get("measure") is False:
            assert fig.get("why") in WHYS, f"{pid}: why {fig.get('why')!r}"
        else:
            raise AssertionError(f"{pid}: {fig['text']!r} measure must be bool")
    for i, ch in enumerate(text):
        if ch.isdigit():
            assert covered[i], f"{pid}: digit at {i} ({text[max(0, i - 8) : i + 8]!r}) not labelled"

    claims = p.get("claims") or []
    for claim in claims:
        assert claim.get("kind") in CLAIM_FIELDS, f"{pid}: claim kind"
        _claim_figures(p, claim)
    if name == SLIPS:
        slip = p.get("slip")
        assert slip, f"{pid}: slip passage without slip"
        failing = [c for c in claims if not _claim_holds(p, c)]
        assert len(failing) == 1, f"{pid}: {len(failing)} failing claims"
        c = failing[0]
        refs = [c[k] for k in CLAIM_FIELDS[c["kind"]] if k != "parts"]
        refs += list(c.get("parts") or [])
        assert str(slip) in {_ref_key(r)[0] for r in refs}, f"{pid}: slip not in claim"
    else:
        assert "slip" not in p, f"{pid}: slip outside slips.yml"
        for claim in claims:
            assert _claim_holds(p, claim), f"{pid}: claim fails: {claim}"
