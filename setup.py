"""Package list for setuptools; everything else is in pyproject.toml.

The top-level ``resources/`` folder (style sheet, translations, label layouts, DTD, demo
catalogue) goes into the wheel as the package ``kreislauf_resources``, which
``app/resource_files.py`` finds after ``pip install``. A mapped folder needs ``package_dir``,
which pyproject.toml's automatic package discovery cannot combine with ``find``.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["app", "app.*", "server", "server.*"]),
              "kreislauf_resources"],
    package_dir={"kreislauf_resources": "resources"},
)
