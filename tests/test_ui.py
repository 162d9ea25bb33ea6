"""The Dagster UI, as `pcc-warehouse ui` starts it (webserver and daemon, `dagster dev`):
it serves the asset graph, the checks and the CLI's runs, and a report's partition added
and launched through its GraphQL API (as the UI's buttons do) loads the report.

Runs submitted to the webserver go to the instance's run queue (QueuedRunCoordinator, the
default); only the daemon dequeues and launches them, so `dagster-webserver` alone leaves
them QUEUED for ever. `dagster dev` starts both.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import time
import urllib.request
from contextlib import contextmanager

import duckdb
import pytest
from conftest import SAMPLE, cli_path
from dagster import DagsterRunStatus
from dagster_graphql import DagsterGraphQLClient
from sinks import free_port

LOCATION = "pipelines.definitions"  # the code location workspace.yaml names
REPOSITORY = {"repositoryLocationName": LOCATION, "repositoryName": "__repository__"}
REPOSITORIES = "{ repositoriesOrError { ... on RepositoryConnection { nodes { name } } } }"


def graphql(port: int, query: str, **variables) -> dict:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/graphql",
        json.dumps({"query": query, "variables": variables}).encode(),
        {"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        body = json.loads(response.read())
    assert "errors" not in body, body["errors"]
    return body["data"]


@contextmanager
def running_ui(env: dict):
    """`pcc-warehouse ui -h 127.0.0.1 -p PORT` on a free port, once its code location has
    loaded: -h is dagster dev's host, not a help option."""
    port = free_port()
    server = subprocess.Popen(
        [cli_path(), "ui", "-h", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, **env},
        start_new_session=True,
    )
    try:
        wait_for_repository(port)
        yield port
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=60)


def wait_for_repository(port: int) -> None:
    deadline = time.monotonic() + 180
    while True:
        try:
            if graphql(port, REPOSITORIES)["repositoriesOrError"].get("nodes"):
                return
        except OSError:
            pass
        assert time.monotonic() < deadline, "the Dagster UI did not start"
        time.sleep(1)


@pytest.fixture
def ui(workdir):
    """The UI after `pcc-warehouse ingest` has loaded the sample."""
    assert subprocess.run([cli_path(), "ingest"], capture_output=True).returncode == 0
    with running_ui({"PCC_WAREHOUSE_DB": str(workdir / "data" / "warehouse.duckdb")}) as port:
        yield port


@pytest.fixture
def webserver(workdir):
    """The UI on an empty warehouse and inbox."""
    (workdir / "inbox").mkdir()
    env = {
        "PCC_WAREHOUSE_DB": str(workdir / "warehouse.duckdb"),
        "PCC_INBOX": str(workdir / "inbox"),
    }
    with running_ui(env) as port:
        yield port


def test_ui_shows_the_asset_graph_checks_and_the_ingest_run(ui):
    nodes = graphql(
        ui,
        "{ assetNodes { assetKey { path } dependencyKeys { path } "
        "assetChecksOrError { ... on AssetChecks { checks { name } } } } }",
    )["assetNodes"]
    graph = {"/".join(n["assetKey"]["path"]): n for n in nodes}
    assert set(graph) == {
        "reports/raw_document",
        "reports/extracted_document",
        "warehouse/dim_document",
        "warehouse/dim_area",
        "warehouse/dim_period",
        "warehouse/dim_programme",
        "warehouse/dim_metric",
        "warehouse/fact_measure",
        "warehouse/fact_claim",
        "warehouse/fact_claim_term",
    }
    assert graph["reports/extracted_document"]["dependencyKeys"] == [
        {"path": ["reports", "raw_document"]}
    ]
    assert graph["warehouse/fact_measure"]["dependencyKeys"] == [
        {"path": ["reports", "extracted_document"]}
    ]
    checks = graph["warehouse/fact_measure"]["assetChecksOrError"]["checks"]
    assert sorted(c["name"] for c in checks) == [
        "across_reports",
        "arithmetic",
        "plausibility",
        "structure",
    ]
    runs = graphql(ui, "{ runsOrError { ... on Runs { results { status tags { key value } } } } }")
    [run] = runs["runsOrError"]["results"]  # the command line's batch run
    assert run["status"] == "SUCCESS"
    assert {"key": "source", "value": "pcc-warehouse ingest"} in run["tags"]
    partitions = graphql(
        ui,
        '{ assetNodeOrError(assetKey: {path: ["warehouse", "fact_measure"]}) '
        "{ ... on AssetNode { materializedPartitions: partitionKeysByDimension "
        "{ partitionKeys } } } }",
    )["assetNodeOrError"]["materializedPartitions"]
    assert partitions == [{"partitionKeys": ["wirral-2018-19"]}]


def stop_inbox_sensor(port: int) -> None:
    """Switch the inbox sensor off (the UI's toggle), so only our launch loads the report."""
    sensor = graphql(
        port,
        "query($s: SensorSelector!) { sensorOrError(sensorSelector: $s) { ... on Sensor { id } } }",
        s={**REPOSITORY, "sensorName": "inbox_sensor"},
    )["sensorOrError"]
    stopped = graphql(
        port,
        "mutation($id: String) { stopSensor(id: $id) "
        "{ ... on StopSensorMutationResult { instigationState { status } } } }",
        id=sensor["id"],
    )
    assert stopped["stopSensor"]["instigationState"]["status"] == "STOPPED"


def add_partition(port: int, key: str) -> None:
    added = graphql(
        port,
        "mutation($r: RepositorySelector!, $key: String!) { addDynamicPartition("
        'repositorySelector: $r, partitionsDefName: "reports", partitionKey: $key) '
        "{ __typename } }",
        r=REPOSITORY,
        key=key,
    )
    assert added["addDynamicPartition"]["__typename"] == "AddDynamicPartitionSuccess"


def test_a_partition_launched_through_graphql_loads_the_report(workdir, webserver):
    stop_inbox_sensor(webserver)
    (workdir / "inbox" / "wirral-2018-19").mkdir()  # filed under its key, as ingest files it
    shutil.copyfile(SAMPLE, workdir / "inbox" / "wirral-2018-19" / "wirral-2018-19.pdf")
    add_partition(webserver, "wirral-2018-19")

    client = DagsterGraphQLClient("127.0.0.1", port_number=webserver)
    run_id = client.submit_job_execution(
        "ingest_report",
        repository_location_name=LOCATION,
        repository_name="__repository__",
        tags={"dagster/partition": "wirral-2018-19"},
    )
    deadline = time.monotonic() + 600
    while (status := client.get_run_status(run_id)) not in (
        DagsterRunStatus.SUCCESS,
        DagsterRunStatus.FAILURE,
        DagsterRunStatus.CANCELED,
    ):
        assert time.monotonic() < deadline, f"run {run_id} still {status}"
        time.sleep(2)

    assert status == DagsterRunStatus.SUCCESS
    with duckdb.connect(str(workdir / "warehouse.duckdb"), read_only=True) as con:
        assert con.execute(
            "SELECT document_key, file_name, count(*) FROM dim_document "
            "JOIN dim_programme USING (document_key) GROUP BY ALL"
        ).fetchall() == [("wirral-2018-19", "wirral-2018-19.pdf", 13)]
