"""The site's apps, in one package so that no app shadows a distribution on PyPI.

A top-level ``events`` package hid the ``events`` distribution that opensearch-py imports; under
``stad`` every app keeps its label (``home``, ``events``, …), its tables and its migrations.
"""
