"""Round trip for measures: render reports whose sentences carry random figures, in the
template's own wording and reworded, extract and transform them, and get every figure
back with its metric, value, unit, qualifier, area and period, and nothing else. (The
wording of other people is scored in tests/test_corpus.py; here, the layout round trip.)"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from pdfgen import DISTRICTS, Programme, Report, render_report

from extract import extract_document
from transform.star import to_star

# Ruled tables only: telling rows apart in unruled ones is extraction's job (and its own
# round-trip tests); here the wording is under test.
LAYOUTS = [{}, {"landscape": False, "font": "Times-Roman", "page_numbers": True}]


@dataclass
class Years:
    this: str  # "2021-22"
    previous: str
    start: int  # 2021


@dataclass
class Stated:
    """A sentence and the facts it must give: (metric, value, unit, qualifier, area, period)."""

    text: str
    facts: list[tuple]


def n(v: int) -> str:
    return f"{v:,}"


# Each template takes (district key, district name, years, figures) and returns a Stated;
# the first of each pair is the sample's wording, the second a rewording.
def hate_marac(d, name, y, a, b):
    facts = [
        ("hate_crime", a, "count", "exact", d, y.previous),
        ("hate_crime", b, "count", "exact", d, y.this),
    ]
    return [
        Stated(
            f"The number of referrals to the Hate MARAC increased from {n(a)} in the previous "
            f"year to {n(b)}.",
            facts,
        ),
        Stated(f"Hate MARAC referrals rose to {n(b)}, up from {n(a)} the year before.", facts),
    ]


def asb_incidents(d, name, y, a, b):
    c = abs(a - b)
    facts = [
        ("asb_incidents", a, "count", "exact", d, y.previous),
        ("asb_incidents", b, "count", "exact", d, y.this),
        ("asb_incidents_change", c, "count", "exact", d, y.this),
    ]
    return [
        Stated(
            f"This was a drop from {n(a)} ASB incidents to {n(b)} incidents in successive years "
            f"or {n(c)} less ASB incidents in the last year.",
            facts,
        ),
        Stated(
            f"Anti-social behaviour incidents fell from {n(a)} to {n(b)}, that is {n(c)} fewer "
            f"ASB incidents than last year.",
            facts,
        ),
    ]


def youth_justice(d, name, y, a, b, c):
    facts = [
        ("interventions", a, "count", "exact", d, y.this),
        ("people_supported", b + c, "count", "exact", d, y.this),
        ("parents_carers", c, "count", "exact", d, y.this),
        ("children_young_people", b, "count", "exact", d, y.this),
    ]
    return [
        Stated(
            f"Over the year the Youth Justice Service delivered {n(a)} interventions to "
            f"{n(b + c)} people. This comprised {n(c)} parents and {n(b)} children or young "
            f"people.",
            facts,
        ),
        Stated(
            f"The Youth Offending Team worked with {n(b + c)} people ({n(c)} parents and "
            f"{n(b)} children), delivering {n(a)} interventions.",
            [facts[1], facts[2], facts[3], facts[0]],
        ),
    ]


def reoffending(d, name, y, p, q):
    older = f"{y.start - 2}-{(y.start - 1) % 100:02d}"
    span = f"April {y.start - 2} to March {y.start - 1}"
    facts = [
        ("reoffending", p, "percent", "exact", d, older),
        ("reoffending", q, "percent", "exact", "england", older),
    ]
    in_the_uk = [facts[0], (*facts[1][:4], "united_kingdom", older)]  # by its alias, UK
    return [
        Stated(
            f"The binary re-offending rate in {name} for {span} after 12 months is {p}%. "
            f"This compares with a rate of {q}% across England.",
            facts,
        ),
        Stated(
            f"For {span}, the binary re-offending rate was {p}%, against {q}% across the UK.",
            in_the_uk,
        ),
    ]


def target_hardening(d, name, y, a):
    return [  # properties target-hardened are homes; addresses are named from their noun
        Stated(
            f"{n(a)} addresses were target-hardened including lock changes and CCTV.",
            [("address", a, "count", "exact", d, y.this)],
        ),
        Stated(
            f"Target hardening was completed at {n(a)} properties this year.",
            [("target_hardening", a, "count", "exact", d, y.this)],
        ),
    ]


def offenders(d, name, y, a):
    facts = [("offenders_managed", a, "count", "average", d, y.this)]
    return [
        Stated(
            f"On average a monthly total of {n(a)} prolific offenders have been supervised in "
            f"the community.",
            facts,
        ),
        Stated(f"An average of {n(a)} prolific offenders were supervised each month.", facts),
    ]


def waste(d, name, y, a):
    facts = [("fly_tipping_tonnes", a, "tonnes", "exact", d, y.this)]
    return [
        Stated(f"{n(a)} tonnes of waste were cleared during a series of clean up days.", facts),
        Stated(f"Clean up days cleared {n(a)} tonnes of fly-tipped waste from grot spots.", facts),
    ]


def volunteers_safer(d, name, y, a, b):
    facts = [
        ("feel_safe_count", a, "count", "exact", d, y.this),
        ("volunteer_hours", b, "hours", "more_than", d, y.this),
    ]
    return [
        Stated(
            f"{n(a)} Clients felt safer at the end of the support. Volunteers have given over "
            f"{n(b)}hrs of their time.",
            facts,
        ),
        Stated(
            f"By the end of their support {n(a)} clients said they felt safer, and volunteers "
            f"gave more than {n(b)} hours of their time.",
            facts,
        ),
    ]


def crime_change(d, name, y, p):
    return [
        Stated(
            f"There was a {p}% rise in crimes recorded by the Police.",
            [("recorded_crime_change_percent", p, "percent", "exact", d, y.this)],
        ),
        Stated(
            f"Recorded crime fell by {p}% over the year.",
            [("recorded_crime_change_percent", p, "percent", "exact", d, y.this)],
        ),
    ]


def prevent(d, name, y, a):
    facts = [("people_trained", a, "count", "more_than", d, y.this)]
    return [
        Stated(f"The numbers trained in Prevent overall now exceeds {n(a)}.", facts),
        Stated(f"More than {n(a)} people have now been trained in Prevent.", facts),
    ]


def uncatalogued(d, name, y, a):
    facts = [("tree", a, "count", "exact", d, y.this)]
    return [
        Stated(f"Officers planted {n(a)} trees with residents.", facts),
        Stated(f"Partners planted {n(a)} trees in hot-spot locations.", facts),
    ]


COUNTS = st.integers(2, 20000)
PERCENTS = st.integers(1, 999).map(lambda v: v / 10)
# (template, strategies for its figures, the Activity it belongs to)
TEMPLATES = [
    (hate_marac, [COUNTS, COUNTS], "Deliver challenging racism workshops."),
    (asb_incidents, [COUNTS, COUNTS], "Anti Social Behaviour"),
    (
        youth_justice,
        [COUNTS, st.integers(2, 900), st.integers(2, 900)],
        "Contribution to Youth Offending Team staffing costs",
    ),
    (reoffending, [PERCENTS, PERCENTS], "Youth Offending"),
    (target_hardening, [COUNTS], "Target Hardening to protect victims"),
    (offenders, [st.integers(2, 900)], "Integrated Offender Management"),
    (waste, [st.integers(2, 900)], "Community clean up"),
    (volunteers_safer, [COUNTS, COUNTS], "Family Safety Unit"),
    (crime_change, [PERCENTS], None),
    (prevent, [COUNTS], "Prevent Training"),
    (uncatalogued, [COUNTS], "Community engagement"),
]


@st.composite
def reports_with_figures(draw):
    start = draw(st.integers(2016, 2030))
    y = Years(f"{start}-{(start + 1) % 100:02d}", f"{start - 1}-{start % 100:02d}", start)
    name = draw(st.sampled_from(DISTRICTS))
    d = name.lower().replace(" ", "_")
    chosen = draw(
        st.lists(st.sampled_from(range(len(TEMPLATES))), min_size=2, max_size=6, unique=True)
    )
    overview, programmes, expected = [f"{name} partners continue to work together."], [], []
    for template, strategies, activity in [TEMPLATES[i] for i in chosen]:
        figures = [draw(s) for s in strategies]
        stated = template(d, name, y, *figures)[draw(st.integers(0, 1))]
        if activity is None:
            overview.append(stated.text)
            expected += [(None, *f) for f in stated.facts]
        else:
            programmes.append(Programme([activity], ["Reduced harm."], [stated.text]))
            expected += [(len(programmes), *f) for f in stated.facts]
    if not programmes:
        programmes.append(Programme(["Partnership working"], ["Safer streets."], ["Delivered."]))
    report = Report(name, f"{start}/{(start + 1) % 100:02d}", overview, programmes)
    return report, expected


def facts_of(path) -> list[tuple]:
    facts = to_star(extract_document(path), "r").tables["fact_measure"]
    return [
        (
            int(f.programme_key.split(":")[-1]) if isinstance(f.programme_key, str) else None,
            f.metric_key,
            round(f.value, 1),
            f.unit,
            f.qualifier,
            f.area_key,
            f.period_key,
        )
        for f in facts.itertuples()
    ]


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    phases=[Phase.explicit, Phase.reuse, Phase.generate],  # shrinking re-renders PDFs: slow
)
@given(case=reports_with_figures(), layout=st.sampled_from(range(len(LAYOUTS))))
def test_every_figure_comes_back(tmp_path_factory, case, layout):
    report, expected = case
    path = render_report(report, tmp_path_factory.mktemp("m") / "r.pdf", **LAYOUTS[layout])
    want = [(row, m, round(v, 1), u, q, a, p) for row, m, v, u, q, a, p in expected]
    assert Counter(facts_of(path)) == Counter(want)


def test_both_wordings_of_every_template(tmp_path):
    """Every template in both wordings in one report: no example left to chance."""
    y = Years("2021-22", "2020-21", 2021)
    programmes, expected = [], []
    for template, strategies, activity in TEMPLATES:
        figures = [1234, 567, 89][: len(strategies)]
        if strategies[0] is PERCENTS:
            figures = [12.5, 40.9][: len(strategies)]
        for stated in template("knowsley", "Knowsley", y, *figures):
            programmes.append(
                Programme([activity or "Partnership"], ["Less crime."], [stated.text])
            )
            expected += [(len(programmes), *f) for f in stated.facts]
    report = Report("Knowsley", "2021/22", ["Knowsley partners work together."], programmes)
    path = render_report(report, tmp_path / "both.pdf")
    want = [(row, m, round(v, 1), u, q, a, p) for row, m, v, u, q, a, p in expected]
    assert Counter(facts_of(path)) == Counter(want)
