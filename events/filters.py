"""Agenda filters (placeholder)."""


class AgendaFilters:
    def __init__(self, params, agenda, dates, showing_past):
        self.dates = dates
        self.active = False

    def results(self):
        return self.dates

    def feed_name(self):
        return ""
