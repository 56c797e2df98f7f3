"""The contract suite: Schemathesis checks the spec against the sandbox or a live deployment."""
