"""Generates the Python client in clients/python from the spec (see README.md)."""
