"""OpenSearch with Dutch and English analysis: ``BACKEND: stad.search.backends.opensearch``.

modelsearch's ``opensearch3`` backend is the one for the 3.x Python client, which serves
OpenSearch 2 and 3 servers alike.
"""

from modelsearch.backends.opensearch3 import OpenSearch3SearchBackend

from .cluster import language_aware

SearchBackend = language_aware(OpenSearch3SearchBackend)
