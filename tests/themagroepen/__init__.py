"""Tests of what only the app themagroepen adds (the group base is tested in tests/groepen/)."""
