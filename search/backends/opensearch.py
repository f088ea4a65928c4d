"""OpenSearch 2 with Dutch and English analysis: ``BACKEND: search.backends.opensearch``."""

from modelsearch.backends.opensearch2 import OpenSearch2SearchBackend

from .cluster import language_aware

SearchBackend = language_aware(OpenSearch2SearchBackend)
