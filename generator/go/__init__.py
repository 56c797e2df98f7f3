"""The Go SDK generator: `python -m generator.go.generate` renders clients/go."""
