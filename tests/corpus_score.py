"""Score the figure passes against the hand-labelled corpus (tests/corpus/*.yml).

`python -m tests.corpus_score [dev|heldout|slips] [-v]` prints the scores (and, with -v,
every disagreement); tests/test_corpus.py asserts the targets. Each passage is read as
a report would read it (transform.measures.read_text), with its own district and year.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import combinations
from pathlib import Path

import yaml
from spacy.tokens import Doc

from expectations.claims import evaluate
from transform.claims import Claim
from transform.figures import Figure
from transform.measures import read_docs
from transform.nlp import parse
from transform.places import Area, areas_in, financial_year

CORPUS = Path(__file__).with_name("corpus")
KINDS = {"difference": "change_difference", "part_whole": "part_whole"}
KINDS |= {"percent_change": "percent_change", "rate": "rate"}


# libyaml's loader, where PyYAML has it: the corpus is megabytes, four times faster read so
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def passages(name: str) -> list[dict]:
    """A set's passages, read once a process (several test files read them): not to change."""
    return yaml.load((CORPUS / f"{name}.yml").read_text(encoding="utf-8"), Loader=LOADER)


@lru_cache(maxsize=2)
def parsed(name: str) -> list[Doc]:
    """A set's passages parsed in one batch, twice as fast as one by one; kept for the
    tests of the set that follow (they run a set at a time), and only read after."""
    return parse([p["text"] for p in passages(name)])


def read_set(name: str) -> list[tuple[dict, Doc]]:
    """Each passage of a set with its parse."""
    return list(zip(passages(name), parsed(name), strict=True))


def span_of(text: str, label: str, occurrence: int = 1) -> tuple[int, int]:
    at = -1
    for _ in range(occurrence):
        at = text.index(label, at + 1)
    return at, at + len(label)


def labelled_spans(passage: dict) -> list[tuple[int, int, dict]]:
    seen: dict[str, int] = {}
    found = []
    for label in passage.get("figures") or []:
        n = label.get("occurrence") or seen.get(label["text"], 0) + 1
        seen[label["text"]] = n
        start, end = span_of(passage["text"], label["text"], n)
        found.append((start, end, label))
    return found


def figure_span(f: Figure) -> tuple[int, int]:
    offset = f.sentence.start_char
    return offset + f.start, offset + f.end


@dataclass
class Scores:
    labelled: int = 0
    found: int = 0
    matched: int = 0
    value_ok: int = 0
    unit_ok: int = 0
    qualifier_ok: int = 0
    role_ok: int = 0
    meaning_ok: int = 0
    claims_labelled: int = 0
    claims_found: int = 0
    claims_checked: int = 0  # labelled claims recognised with the right figures
    false_errors: int = 0  # error-severity claims failing on correct arithmetic
    false_warnings: int = 0  # warning-severity claims (shares, rates ...) failing on it
    slips: int = 0
    slips_caught: int = 0
    pairs: list = field(default_factory=list)  # (label concept key, predicted code)
    misses: list = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.labelled if self.labelled else 1.0

    def share(self, n: int) -> float:
        return n / self.matched if self.matched else 1.0

    @property
    def claim_recall(self) -> float:
        return self.claims_checked / self.claims_labelled if self.claims_labelled else 1.0

    def pairwise(self) -> tuple[float, float]:
        """Figures of the same quantity (concept, unit, role) in different passages share a
        metric code (recall); figures sharing a code are of the same quantity (precision).
        Two figures labelled `other` are of the same quantity when their unit and role
        agree and their `about` lemmas meet (DVDS disclosures in two reports)."""
        return pairwise(self.pairs, lambda a, b: a == b)


def pairwise(pairs: list[tuple], same) -> tuple[float, float]:
    """Pairwise recall and precision of (truth, code, passage) triples, `same` telling
    whether two codes name one quantity."""
    same_truth = same_code = both = 0
    for (ta, ca, pa), (tb, cb, pb) in combinations(pairs, 2):
        if pa == pb:
            continue
        truth, code = same_quantity(ta, tb), ca is not None and same(ca, cb)
        same_truth += truth
        same_code += code
        both += truth and code
    return (both / same_truth if same_truth else 1.0, both / same_code if same_code else 1.0)


def truth_of(label: dict, concept: dict | None = None) -> tuple:
    """The quantity a label names (concept, unit, role, about), its concept taken from
    another labelling of the same figure when given."""
    concept = concept or label
    about = tuple(a.lower() for a in concept.get("about") or [])
    return (concept["concept"], label["unit"], label["role"], about)


def same_quantity(a: tuple, b: tuple) -> bool:
    """Whether two labels (concept, unit, role, about) name the same quantity."""
    if a[:3] != b[:3]:
        return False
    return a[0] != "other" or bool(set(a[3]) & set(b[3]))


def names_it(label: dict, figure: Figure) -> bool:
    metric = figure.meaning["metric"]
    if label["concept"] != "other":
        return metric.concept == label["concept"]
    about = [a.lower().replace("-", " ") for a in label.get("about") or []]
    name = metric.name.lower().replace("-", " ")  # "flip-flop" names "flip flop"
    return any(a in name for a in about)


def score(name: str, verbose: bool = False) -> Scores:
    s = Scores()
    for passage, doc in read_set(name):
        score_passage(passage, doc, s, verbose)
    return s


def home_area(name: str) -> Area:
    """The place a passage is from, as the pipeline knows it (a county's or force area's
    passage is about that place, not a district of its name), else a district."""
    known = [a for s, e, a in areas_in(name) if s == 0 and e == len(name)]
    return known[0] if known else Area(name, "district")


def read(passage: dict, docs: list[Doc]):
    """The passes over a passage's parse (or a run of passages read as one report's), with
    the first passage's district and year."""
    home = home_area(passage["area"])
    period = financial_year(int(str(passage["period"])[:4]))
    return read_docs(docs, home, period)


def matched(passage: dict, doc: Doc):
    """The passage's labels, the pipeline's measures matched to them (label index ->
    figure), the measures matching none, and the claims found."""
    sentences, claims = read(passage, [doc])
    figures = [f for sentence in sentences for f in sentence if f.measure]
    labels = labelled_spans(passage)
    by_label: dict[int, Figure] = {}
    unmatched = []
    for f in figures:
        start, end = figure_span(f)
        hits = [n for n, (a, b, lab) in enumerate(labels) if a < end and start < b]
        measures = [n for n in hits if labels[n][2].get("measure")]
        if measures and measures[0] not in by_label:
            by_label[measures[0]] = f
        else:
            unmatched.append(f)
    return labels, by_label, unmatched, claims


def score_passage(passage: dict, doc: Doc, s: Scores, verbose: bool) -> None:
    labels, by_label, unmatched, claims = matched(passage, doc)
    s.found += len(by_label) + len(unmatched)
    s.matched += len(by_label)
    if verbose:
        for f in unmatched:
            s.misses.append((passage["id"], "not a measure", f.text, passage["text"]))
    for n, (_, _, label) in enumerate(labels):
        if not label.get("measure"):
            continue
        s.labelled += 1
        f = by_label.get(n)
        if f is None:
            if verbose:
                s.misses.append((passage["id"], "missed", label["text"], passage["text"]))
            continue
        check_figure(label, f, s, passage, verbose)
    check_claims(passage, labels, by_label, claims, s, verbose)


def check_figure(label: dict, f: Figure, s: Scores, passage: dict, verbose: bool) -> None:
    ok = {
        "value": abs(f.value - float(label["value"])) < 1e-6 * max(1, abs(f.value)),
        "unit": f.unit == label["unit"],
        "qualifier": f.qualifier == label["qualifier"],
        "role": f.role == label["role"] and f.direction == label.get("direction"),
        "meaning": names_it(label, f),
    }
    s.value_ok += ok["value"]
    s.unit_ok += ok["unit"]
    s.qualifier_ok += ok["qualifier"]
    s.role_ok += ok["role"]
    s.meaning_ok += ok["meaning"]
    s.pairs.append((truth_of(label), f.meaning["metric"].code, passage["id"]))
    if verbose:
        for what, good in ok.items():
            if not good:
                got = {
                    "value": f.value,
                    "unit": f.unit,
                    "qualifier": f.qualifier,
                    "role": (f.role, f.direction),
                    "meaning": f.meaning["metric"].code,
                }[what]
                want = label.get("concept") if what == "meaning" else label.get(what)
                if what == "role":
                    want = (label["role"], label.get("direction"))
                s.misses.append(
                    (passage["id"], f"{what}: {got} != {want}", f.text, passage["text"])
                )


def check_claims(passage, labels, by_label, claims: list[Claim], s: Scores, verbose) -> None:
    figure_of = {}
    for n, (_, _, label) in enumerate(labels):
        if n in by_label:
            key = label["text"] + (f"#{label['occurrence']}" if label.get("occurrence") else "")
            figure_of[key] = by_label[n]
            figure_of.setdefault(label["text"], by_label[n])
    s.claims_found += len(claims)
    for claim in claims:
        stated = claim.stated
        result = evaluate(
            claim.kind,
            stated.value,
            terms_of(claim),
            stated.direction,
            stated.unit,
            stated.qualifier,
        )
        wrong = not result["low"] <= claim.stated.value <= result["high"]
        error = claim.kind in ("part_whole", "change_difference")
        slip = passage.get("slip")
        if slip:
            involved = [claim.stated] + [f for _, f in claim.terms]
            if wrong and error and figure_of.get(slip) in involved:
                s.slips_caught += 1
        elif wrong:
            s.false_errors += error
            s.false_warnings += not error
            if verbose:
                what = f"false {'error' if error else 'warning'} {claim.kind}"
                s.misses.append((passage["id"], what, claim.stated.text, passage["text"]))
    if passage.get("slip"):
        s.slips += 1
    for label in passage.get("claims") or []:
        kind = KINDS.get(label["kind"])
        if kind is None:
            continue
        s.claims_labelled += 1
        if any(same_claim(kind, label, c, figure_of) for c in claims):
            s.claims_checked += 1
        elif verbose:
            s.misses.append(
                (passage["id"], f"claim missed {label['kind']}", str(label), passage["text"])
            )


def terms_of(claim: Claim) -> list[tuple[str, float]]:
    return [(role, f.value) for role, f in claim.terms]


def same_claim(kind: str, label: dict, claim: Claim, figure_of: dict) -> bool:
    if claim.kind != kind:
        return False
    if kind == "part_whole":
        stated, terms = label["whole"], [("part", p) for p in label["parts"]]
    elif kind == "rate":
        stated, terms = label["rate"], [("count", label["count"]), ("base", label["base"])]
    else:
        stated, terms = label["change"], [("from", label["from"]), ("to", label["to"])]
    if figure_of.get(stated) is not claim.stated:
        return False
    wanted = sorted((role, id(figure_of.get(text))) for role, text in terms)
    return wanted == sorted((role, id(f)) for role, f in claim.terms)


def report(name: str, s: Scores) -> str:
    recall, precision = s.pairwise()
    lines = [
        f"{name}: measures recall {s.recall:.3f} precision {s.precision:.3f}"
        f" ({s.matched} of {s.labelled} labelled, {s.found} found)",
        f"  value {s.share(s.value_ok):.3f} unit {s.share(s.unit_ok):.3f}"
        f" qualifier {s.share(s.qualifier_ok):.3f} role {s.share(s.role_ok):.3f}",
        f"  meaning {s.share(s.meaning_ok):.3f}; same code for the same quantity:"
        f" pairwise recall {recall:.3f} precision {precision:.3f}",
        f"  claims recognised {s.claims_checked} of {s.claims_labelled} ({s.claim_recall:.3f}),"
        f" {s.claims_found} found, {s.false_errors} false errors"
        f" ({s.false_warnings} false warnings)"
        + (f", slips caught {s.slips_caught} of {s.slips}" if s.slips else ""),
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    names = [a for a in sys.argv[1:] if not a.startswith("-")] or ["dev"]
    verbose = "-v" in sys.argv
    for corpus in names:
        result = score(corpus, verbose)
        for miss in result.misses:
            print(" | ".join(str(x) for x in miss))
        print(report(corpus, result))
