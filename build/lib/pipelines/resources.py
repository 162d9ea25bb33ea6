"""The one Dagster resource: where the warehouse and the inbox are."""

from __future__ import annotations

from pathlib import Path

import dagster as dg

from pipelines.settings import Settings


class PccConfig(dg.ConfigurableResource):
    warehouse: str
    inbox: str

    @classmethod
    def from_settings(cls, settings: Settings) -> PccConfig:
        return cls(warehouse=str(settings.warehouse), inbox=str(settings.inbox))

    @property
    def warehouse_path(self) -> Path:
        return Path(self.warehouse)

    @property
    def inbox_path(self) -> Path:
        return Path(self.inbox)
