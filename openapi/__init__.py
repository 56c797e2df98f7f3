"""The MiniMax OpenAPI spec (minimax.yaml) and the helpers that load and check it."""
