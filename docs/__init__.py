"""The API reference site, rendered from openapi/minimax.yaml (see docs/README.md)."""
