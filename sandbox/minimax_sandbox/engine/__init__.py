"""Pure, deterministic model engines of the sandbox: tokens, chat, tool arguments, embeddings."""
