"""Forget the search terms Wagtail recorded from visitors' searches.

Before search statistics moved to ``SearchStatistic``, every visitor's search created a
``Query`` row (``Query.get``) with daily hits. Those rows are not editors' work, and one of them
was enough for a spam phrase to be offered again; only queries with a promoted result stay.
"""

from django.db import migrations


def forget_unanswered_queries(apps, schema_editor):
    Query = apps.get_model("wagtailsearchpromotions", "Query")
    Query.objects.filter(editors_picks__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_search_statistics"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
    ]

    operations = [migrations.RunPython(forget_unanswered_queries, migrations.RunPython.noop)]
