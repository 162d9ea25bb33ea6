"""How far a second labeller agrees with the first on what each figure measures, and how
the pipeline's metric codes do against each and against the figures both agree on.

    python tests/agreement.py [NAME ...]     (default: every set labelled twice)

A second labeller, blind to the first labels, was given each passage of a set with its
measures' spans, values, units and roles and the conventions of tests/corpus/README.md,
and chose each figure's concept (tests/corpus/second/NAME.yml). The second labeller's
concepts, scored against the first as if they were a pipeline's codes, are how far the
corpus' own meaning labels can be trusted: the ceiling for the pairwise targets.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field

import yaml
from corpus_score import (
    CORPUS,
    matched,
    names_it,
    pairwise,
    read_set,
    same_quantity,
    truth_of,
)

SECOND = CORPUS / "second"


@dataclass
class Agreement:
    # (passage, first label's quantity, second label's, the pipeline's code or None,
    # whether the pipeline's metric names the first label's concept)
    rows: list[tuple] = field(default_factory=list)

    def chosen(self, agreed_only: bool) -> list[tuple]:
        """All rows, or those whose two labels name the same quantity."""
        return [r for r in self.rows if not agreed_only or same_quantity(r[1], r[2])]

    def meaning(self, agreed_only: bool = False) -> float:
        """The share of figures whose metric names the first label's concept."""
        rows = self.chosen(agreed_only)
        return sum(r[4] for r in rows) / len(rows)

    @property
    def share(self) -> float:
        """Figures whose two labels name the same quantity."""
        return len(self.chosen(True)) / len(self.rows)

    def second_against_first(self) -> tuple[float, float]:
        return pairwise([(r[1], r[2], r[0]) for r in self.rows], same_quantity)

    def pipeline_against(self, which: int, agreed_only: bool = False) -> tuple[float, float]:
        rows = self.chosen(agreed_only)
        return pairwise([(r[which], r[3], r[0]) for r in rows], lambda a, b: a == b)


def second_labels(name: str) -> dict[str, list[dict]]:
    entries = yaml.safe_load((SECOND / f"{name}.yml").read_text())
    return {e["id"]: e["figures"] for e in entries}


def agreement(names: list[str]) -> Agreement:
    result = Agreement()
    for name in names:
        second = second_labels(name)
        for passage, doc in read_set(name):
            labels, by_label, _, _ = matched(passage, doc)
            measures = [
                (n, label) for n, (_, _, label) in enumerate(labels) if label.get("measure")
            ]
            for (n, label), other in zip(measures, second.get(passage["id"], []), strict=True):
                assert other["text"] == label["text"], (passage["id"], other["text"])
                f = by_label.get(n)
                code = f.meaning["metric"].code if f else None
                named = f is not None and names_it(label, f)
                result.rows.append(
                    (passage["id"], truth_of(label), truth_of(label, other), code, named)
                )
    return result


def report(names: list[str], a: Agreement) -> str:
    agreed = len(a.chosen(True))
    lines = [
        f"{' '.join(names)}: {len(a.rows)} figures; the second labeller names the same"
        f" quantity as the first for {a.share:.3f}",
        "  pairwise recall, precision against the first labels:",
        f"    second labeller  {both(a.second_against_first())}",
        f"    pipeline         {both(a.pipeline_against(1))}",
        f"  pipeline against the second labels  {both(a.pipeline_against(2))}",
        f"  pipeline on the {agreed} figures both agree on  {both(a.pipeline_against(1, True))}",
        f"  meaning: {a.meaning():.3f} of all figures, {a.meaning(True):.3f} of those",
    ]
    return "\n".join(lines)


def both(scores: tuple[float, float]) -> str:
    return f"{scores[0]:.3f} {scores[1]:.3f}"


def labelled_twice() -> list[str]:
    return sorted(p.stem for p in SECOND.glob("*.yml"))


if __name__ == "__main__":
    names = sys.argv[1:] or labelled_twice()
    for group in ([n for n in names if n.startswith("dev")], [n for n in names if "held" in n]):
        if group:
            print(report(group, agreement(group)))
