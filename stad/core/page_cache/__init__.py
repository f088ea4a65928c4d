"""The anonymous page cache: whole responses for visitors, invalidated by what editors do.

Why this design (issue 15):

- **Django's cache framework, our own middleware.** wagtail-cache 3.0 requires Wagtail < 8, and
  Django's ``UpdateCacheMiddleware``/``FetchFromCacheMiddleware`` pair must sit after
  ``LocaleMiddleware`` (its keys use the active language), which puts sessions and CSRF in front
  of every hit. Our language is in the path (``/nl/``, ``/en/``, the API's ``?locale=``), so the
  full URL is the key and the lookup can run before any other middleware (``middleware.py``).
- **One generation for the whole site.** A publish can change the page, its parents' lists, the
  home page, the agenda and every filter combination of it, feeds, the sitemap, the API and
  search results; listing those keys exactly is fragile, and a city site publishes a few times
  an hour while it is read thousands of times. So every entry carries the *generation* it was
  built in, a token in the shared cache; anything an editor does that visitors can see replaces
  it (``invalidation.py``), and every page is built afresh on its next visit. The token and the
  entry are read together (one MGET with Redis); a rebuilt page overwrites its old entry.
- **A shared store.** The token and the pages live in the ``pages`` cache: Redis when
  ``REDIS_URL`` is set, otherwise files on disk, which every worker of the server sees. A
  per-process memory cache could not be invalidated by the process that handled the publish.
- **Compressed once.** Django's ``GZipMiddleware`` runs inside this one, so a page is gzipped
  when it is built and kept that way; browsers (which all take gzip) get the stored bytes, and
  the rare client that does not take gzip has a plain copy under its own key. Compressing on
  every hit instead (nginx ``gzip on``) would cost a hit more than the lookup itself.
- **Time passes without a publish.** Every entry lives ``PAGE_CACHE_SECONDS`` (five minutes by
  default), so an event that has started or ended leaves "upcoming" lists and the "today" and
  "this weekend" presets within that time; a CDN keeps pages as long (``s-maxage``).
"""
