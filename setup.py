"""For `scrapyd-deploy` only, which builds its egg with `python setup.py bdist_egg`.

Everything (metadata, packages, the `scrapy` entry point scrapyd reads the settings module from)
lives in pyproject.toml; without this file scrapyd-deploy would write its own, packaging every
folder here under the name 'project'.
"""

from setuptools import setup

setup()
