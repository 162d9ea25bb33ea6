"""The one Dagster resource: where the warehouse and the inbox are, where alerts go."""

from __future__ import annotations

from pathlib import Path

import dagster as dg

from pipelines.settings import Settings


class PccConfig(dg.ConfigurableResource):
    warehouse: str
    inbox: str
    alert_webhook_url: str | None = None

    @classmethod
    def from_settings(cls, settings: Settings) -> PccConfig:
        return cls(
            warehouse=str(settings.warehouse),
            inbox=str(settings.inbox),
            alert_webhook_url=settings.alert_webhook_url,
        )

    @property
    def warehouse_path(self) -> Path:
        return Path(self.warehouse)

    @property
    def inbox_path(self) -> Path:
        return Path(self.inbox)
