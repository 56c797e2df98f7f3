# Generated from openapi/minimax.yaml by generator/ — do not edit.
"""Contains methods for accessing the API"""
