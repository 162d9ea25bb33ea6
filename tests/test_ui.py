"""The Dagster UI: `pcc-warehouse ui` serves the asset graph, checks and the CLI's runs."""

import json
import os
import socket
import subprocess
import time
import urllib.request

import pytest
from conftest import cli_path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def graphql(port: int, query: str) -> dict:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/graphql",
        json.dumps({"query": query}).encode(),
        {"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())["data"]


@pytest.fixture
def ui(workdir):
    assert subprocess.run([cli_path(), "ingest"], capture_output=True).returncode == 0
    port = free_port()
    server = subprocess.Popen(
        [cli_path(), "ui", "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "PCC_WAREHOUSE_DB": str(workdir / "data" / "warehouse.duckdb")},
        start_new_session=True,
    )
    deadline = time.monotonic() + 120
    while True:
        try:
            graphql(port, "{ version }")
            break
        except OSError:
            assert time.monotonic() < deadline, "the Dagster UI did not start"
            time.sleep(1)
    yield port
    os.killpg(server.pid, 15)
    server.wait(timeout=60)


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
    }
    assert graph["reports/extracted_document"]["dependencyKeys"] == [
        {"path": ["reports", "raw_document"]}
    ]
    assert graph["warehouse/fact_measure"]["dependencyKeys"] == [
        {"path": ["reports", "extracted_document"]}
    ]
    checks = graph["warehouse/fact_measure"]["assetChecksOrError"]["checks"]
    assert "arithmetic" in [c["name"] for c in checks]
    runs = graphql(ui, "{ runsOrError { ... on Runs { results { status tags { key value } } } } }")
    [run] = runs["runsOrError"]["results"]
    assert run["status"] == "SUCCESS"
    assert {"key": "dagster/partition", "value": "wirral-2018-19"} in run["tags"]
