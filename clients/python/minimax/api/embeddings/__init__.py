# Generated from openapi/minimax.yaml by generator/ — do not edit.
"""Contains endpoint functions for accessing the API"""
