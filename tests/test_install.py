"""`pip install .` works like any package: a wheel built from the source tree, installed
into a fresh venv, runs `pcc-warehouse ingest` from another directory on the bundled
sample (its PDF, GX context, YAML catalogs, district list and SQL are package data).

The fresh venv borrows this test venv's dependencies (a .pth line naming its
site-packages) and gets only the built wheel (--no-deps): fast, and no registry needed.
The editable install's import hook is not in that venv: the wheel's own files are used.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

from conftest import REPO, query

NOT_SOURCES = [".git", ".venv", "data", "build", "*.egg-info", ".*_cache", ".dagster_home", "out"]


def test_the_wheel_installs_and_ingests_the_sample_from_anywhere(tmp_path):
    # Built from a copy: setuptools writes build/ and *.egg-info beside the sources.
    source = tmp_path / "source"
    shutil.copytree(REPO, source, ignore=shutil.ignore_patterns(*NOT_SOURCES))
    wheels = tmp_path / "wheels"
    pip = [sys.executable, "-m", "pip"]
    subprocess.run([*pip, "wheel", "-q", "--no-deps", "-w", wheels, source], check=True)
    [wheel] = wheels.glob("pcc_warehouse-*.whl")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", venv], check=True)
    site = Path(
        subprocess.check_output(
            [
                venv / "bin" / "python",
                "-c",
                "import sysconfig; print(sysconfig.get_paths()['purelib'])",
            ],
            text=True,
        ).strip()
    )
    (site / "borrowed_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [*pip, "--python", venv / "bin" / "python", "install", "-q", "--no-deps", wheel],
        check=True,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PCC_")}
    env["DAGSTER_HOME"] = str(elsewhere / "dagster_home")

    result = subprocess.run(
        [venv / "bin" / "pcc-warehouse", "ingest"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )

    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    assert result.stdout.splitlines()[0].startswith(
        "wirral-2018-19.pdf: area Wirral, period 2018/19, 4 pages, 13 programmes, 59 measures,"
    )
    where = subprocess.check_output(
        [venv / "bin" / "python", "-c", "import pipelines, pcc_samples; print(pipelines.__file__)"],
        text=True,
        cwd=elsewhere,
    )
    assert where.startswith(str(site))  # the wheel's code, not the source tree's
    db = elsewhere / "data" / "warehouse.duckdb"
    assert query(db, "SELECT area_code FROM dim_area WHERE area_key = 'wirral'") == [("E08000015",)]
