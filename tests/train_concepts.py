"""Train the concept model of transform/learned.py on the development sets' labels.

    python tests/train_concepts.py [--out PATH] [SET ...]
                        (default: the sets the committed model was trained on)

Each labelled measure the pipeline finds is one example: the features transform.learned
reads (the rules' own metric among them) and the concept its label gives. A multinomial
logistic regression (scikit-learn) is fitted to them and written out as plain weights,
the small ones dropped. Run it again after changing the rules of transform/meaning.py,
since the model reads their answers. Held-out sets are never trained on. Adding a
development set to the training is a choice of its own (name the sets): check the
sample's measures (tests/test_measures_sample.py) and the held-out scores after it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # corpus_score, run as a script

from corpus_score import CORPUS, matched, read_set  # noqa: E402

from transform.learned import MODEL_FILE, UNCATALOGUED, features  # noqa: E402
from transform.meaning import catalog  # noqa: E402

MIN_COUNT = 2  # a feature seen once says nothing about other writers
SMALLEST = 0.05  # weights nearer zero than this change no answer (measured on the dev sets)
C = 1.0  # the regularisation the development sets' cross-validation chose


def examples(name: str) -> list[tuple[dict, str]]:
    """(features, labelled concept) of every labelled measure of a set the pipeline finds."""
    found = []
    for passage, doc in read_set(name):
        labels, by_label, _, _ = matched(passage, doc)
        found += [(features(f), labels[n][2]["concept"]) for n, f in by_label.items()]
    return found


def fitted(rows: list[tuple[dict, str]]) -> dict:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    seen = Counter(name for feats, _ in rows for name in feats)
    kept = [({k: v for k, v in feats.items() if seen[k] >= MIN_COUNT}, c) for feats, c in rows]
    vectors = DictVectorizer()
    x = vectors.fit_transform([feats for feats, _ in kept])
    model = LogisticRegression(C=C, max_iter=5000).fit(x, [c for _, c in kept])
    if len(model.classes_) < 3:  # two classes get one row of weights, not one per class
        raise SystemExit("train_concepts: the sets name fewer than three concepts")
    weights: dict[str, list] = {}
    for column, name in enumerate(vectors.feature_names_):
        coef = model.coef_[:, column]
        row = [[k, round(float(w), 3)] for k, w in enumerate(coef) if abs(w) >= SMALLEST]
        if row:
            weights[name] = row
    return {
        "classes": [str(c) for c in model.classes_],
        "intercept": [round(float(b), 3) for b in model.intercept_],
        "weights": dict(sorted(weights.items())),
    }


def neutral() -> dict:
    """A model that never overrides the rules: the starting point of the first training,
    whose features must be read from the rules alone."""
    return {"classes": [UNCATALOGUED], "intercept": [0.0], "weights": {}}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*")
    parser.add_argument("--out", type=Path, default=MODEL_FILE)
    args = parser.parse_args(argv)
    if not MODEL_FILE.exists():
        MODEL_FILE.write_text(json.dumps(neutral()))
    names = args.sets or json.loads(MODEL_FILE.read_text()).get("trained_on")
    if not names:
        raise SystemExit("train_concepts: name the development sets to train on")
    if any(not (CORPUS / f"{name}.yml").exists() or not name.startswith("dev") for name in names):
        raise SystemExit(f"train_concepts: not all development sets: {names}")
    with ProcessPoolExecutor(2) as pool:
        rows = [row for found in pool.map(examples, names) for row in found]
    model = {"trained_on": names, **fitted(rows)}
    unknown = set(model["classes"]) - {c.code for c in catalog()} - {UNCATALOGUED}
    if unknown:
        raise SystemExit(f"train_concepts: labels name no catalogued concept: {sorted(unknown)}")
    args.out.write_text(json.dumps(model, separators=(",", ":")) + "\n")
    print(
        f"{len(rows)} measures, {len(model['classes'])} concepts, "
        f"{sum(len(w) for w in model['weights'].values())} weights -> {args.out}"
    )


if __name__ == "__main__":
    main()
