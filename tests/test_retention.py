"""Retention: with PCC_KEEP_EVALUATIONS=3, six loads of one report leave the artifacts of
its last three evaluations (GX validation results, Data Docs pages, Dagster run storage),
while fact_check_result keeps all six evaluations."""

from __future__ import annotations

import json

import dagster as dg
from conftest import SAMPLE, WAREHOUSE, ingest_here, query

from pipelines.resources import PccConfig
from pipelines.settings import Settings, ensure_dagster_home


def test_six_loads_with_a_retention_of_three_leave_three_sets_of_artifacts(workdir, monkeypatch):
    monkeypatch.setenv("PCC_KEEP_EVALUATIONS", "3")
    ensure_dagster_home()
    assert ingest_here(SAMPLE, workdir) == 0  # the first load, filed in the inbox
    from pipelines.definitions import defs

    instance = dg.DagsterInstance.get()
    settings = Settings.from_env(workdir / WAREHOUSE)
    for _ in range(5):  # five more loads of the same partition (reruns from the UI)
        assert dg.materialize(
            [*defs.assets, *defs.asset_checks],
            partition_key="wirral-2018-19",
            instance=instance,
            resources={"pcc": PccConfig.from_settings(settings)},
        ).success

    gx = workdir / "data" / "gx"
    runs = [r.run_id for r in instance.get_runs()]
    assert len(runs) == 6
    listing = json.loads((gx / "retention" / "wirral-2018-19.json").read_text())
    assert [e["run_id"] for e in listing] == runs[:3][::-1]  # the last three, oldest first
    results = sorted(p.relative_to(gx / "validations") for p in gx.glob("validations/**/*.json"))
    pages = sorted(
        p.relative_to(gx / "data_docs" / "validations")
        for p in gx.glob("data_docs/validations/**/*.html")
    )
    per_evaluation = len(listing[0]["validations"])
    assert per_evaluation >= 5
    assert len(results) == len(pages) == 3 * per_evaluation
    assert [r.with_suffix("") for r in results] == [p.with_suffix("") for p in pages]
    index = (gx / "data_docs" / "index.html").read_text()
    assert sum(str(p.parent) in index for p in pages) == len(pages)
    storage = {p.name for p in (workdir / "dagster_home" / "storage").iterdir()}
    assert {r for r in runs if r in storage} == set(runs[:3])
    db = workdir / WAREHOUSE
    assert query(
        db, "SELECT count(DISTINCT evaluation_id), count(DISTINCT run_id) FROM fact_check_result"
    ) == [(6, 6)]
