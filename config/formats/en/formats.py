"""What English-language screens read as a date: the admin's own day-month-year.

The admin shows and picks dates as ``10-02-2027`` in both languages (``WAGTAIL_DATE_FORMAT``).
Our models' fields parse that themselves (``stad.core.dutch_dates``), but Wagtail's listing and
report filters parse with the active language's input formats, and Django's English ones read
``10-02-2027`` as nothing and ``10/02/2027`` as 2 October. How English pages write dates is left
to Django: only the input formats are set here (the settings' ``FORMAT_MODULE_PATH``).
"""

from stad.core.dutch_dates import DATE_INPUT_FORMATS, DATETIME_INPUT_FORMATS, TIME_INPUT_FORMATS

__all__ = ["DATE_INPUT_FORMATS", "DATETIME_INPUT_FORMATS", "TIME_INPUT_FORMATS"]
