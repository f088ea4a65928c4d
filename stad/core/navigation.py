"""The pages right under a home page: the menu, the footer's standard pages, the news feed
links and the home page's sections all come from them, read in one query.

Kept on the home page object, which lives as long as its request: routing keeps the home page
of the request (``localization.current_home``) and hands the same object to its template.
"""

from stad.core.visibility import public

CHILDREN_ATTRIBUTE = "_live_public_children"


def live_public_children(home):
    """The live, public pages right under ``home``, in the editors' order, each as its own
    type with only the fields every page has loaded (titles and addresses are all a link
    needs; a type's own fields are read when asked for)."""
    children = getattr(home, CHILDREN_ATTRIBUTE, None)
    if children is None:
        children = list(public(home.get_children().live()).specific(defer=True))
        setattr(home, CHILDREN_ATTRIBUTE, children)
    return children


def children_of_type(home, model):
    """The live, public pages of type ``model`` right under ``home``."""
    return [page for page in live_public_children(home) if isinstance(page, model)]


def first_child_of_type(home, model):
    """The first live, public page of type ``model`` right under ``home``, or None."""
    return next(iter(children_of_type(home, model)), None)
