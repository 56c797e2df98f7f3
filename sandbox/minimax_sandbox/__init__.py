"""The MiniMax sandbox: a local, stateful server that implements `openapi/minimax.yaml`."""
