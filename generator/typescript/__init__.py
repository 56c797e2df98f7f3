"""The TypeScript SDK generator: renders `clients/typescript` (@minimax/sdk) from the spec."""
