"""The Dagster code location: `dagster dev` loads this through workspace.yaml."""

import dagster as dg

from pipelines.assets import arithmetic_check, extracted_document, raw_document, star_schema
from pipelines.resources import PccConfig
from pipelines.settings import Settings

defs = dg.Definitions(
    assets=[raw_document, extracted_document, star_schema],
    asset_checks=[arithmetic_check],
    resources={"pcc": PccConfig.from_settings(Settings.from_env())},
)
