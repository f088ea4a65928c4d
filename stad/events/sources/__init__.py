"""Agenda sources: partners' iCalendar and schema.org feeds imported as drafts for review.

An app of its own inside the events layer (label ``event_sources``), so that ``EventPage`` stays
as it is: which page came from which feed, and what the feed said last time, are rows here.
"""
