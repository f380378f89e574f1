"""Tests of what only the app kennisnetwerken adds (the group base is tested in tests/groepen/)."""
