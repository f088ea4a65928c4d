from django.utils.translation import gettext as _
from wagtail import hooks

from stad.core.models import NewsIndexPage
from stad.core.sections import HOOK_NAME, HomePageSection


@hooks.register(HOOK_NAME)
def latest_news(home_page):
    news_index = NewsIndexPage.objects.live().child_of(home_page).first()
    if not news_index:
        return None
    return HomePageSection(
        order=30,
        heading=_("Latest news"),
        items=list(news_index.get_news_items()[:3]),
        more_link=news_index,
        more_text=_("All news"),
    )
