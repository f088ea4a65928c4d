"""Elasticsearch 9 with Dutch and English analysis: ``BACKEND: search.backends.elasticsearch``."""

from modelsearch.backends.elasticsearch9 import Elasticsearch9SearchBackend

from .cluster import language_aware

SearchBackend = language_aware(Elasticsearch9SearchBackend)
