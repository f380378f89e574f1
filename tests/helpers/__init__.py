"""Helper functions for the tests (no fixtures: those live in the conftest.py files)."""
