"""Which packages the distribution holds: every app and every subpackage, found on disk.

The folder site/ is the Django project, imported as "kennisplatform" (Python's standard library
owns the name "site"). pyproject.toml cannot rename a folder while discovering packages, so
the discovery happens here: the apps at the top level as they are, site/ and its subpackages
under the name kennisplatform. Everything else (metadata, dependencies, package data) is in
pyproject.toml. `pip wheel . --no-deps` builds a complete wheel; tests/site/test_pakket.py
checks it.
"""

import warnings

from setuptools import find_packages, setup

# The folders templates/, static/, demo/ and teksten/ inside the apps hold data, not Python
# packages; pyproject.toml ships them as package data. setuptools warns for every such folder
# ("Package would be ignored", hundreds of lines on every install); the wheel is complete
# without them being packages (tests/site/test_productie.py checks its contents).
warnings.filterwarnings("ignore", message=r"(?s).*Package would be ignored")

PROJECT = "kennisplatform"
# Folders with Python code that are no part of the installed platform.
NIET_INSTALLEREN = ["site", "tests", "bench", "scripts", "deploy", "node_modules", "build"]

setup(
    package_dir={PROJECT: "site"},
    packages=[
        *find_packages(
            where=".",
            exclude=[patroon for map_ in NIET_INSTALLEREN for patroon in (map_, f"{map_}.*")],
        ),
        PROJECT,
        *(f"{PROJECT}.{deel}" for deel in find_packages(where="site")),
    ],
)
