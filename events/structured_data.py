"""schema.org Event data for event pages (placeholder contract, filled in by the JSON-LD work)."""


def event_json_ld(page, request):
    """A list of schema.org Event dicts, one per date of ``page``."""
    return []
