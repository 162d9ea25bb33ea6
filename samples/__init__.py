"""The bundled sample report, installed with the package as `pcc_samples` (package data)."""
