"""The Dagster code location: `dagster dev` loads this through workspace.yaml.

Each pipelines module declares its own objects; this file only merges them.
"""

import dagster as dg

from pipelines.assets import extracted_document, raw_document, star_schema
from pipelines.checks import arithmetic_check
from pipelines.resources import PccConfig
from pipelines.settings import Settings

defs = dg.Definitions(
    assets=[raw_document, extracted_document, star_schema],
    asset_checks=[arithmetic_check],
    resources={"pcc": PccConfig.from_settings(Settings.from_env())},
)
