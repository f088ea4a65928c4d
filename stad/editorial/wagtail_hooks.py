from wagtail import hooks

from stad.editorial.dashboard import ThisWeeksEventsPanel


@hooks.register("construct_homepage_panels")
def this_weeks_events(request, panels):
    panels.append(ThisWeeksEventsPanel())
