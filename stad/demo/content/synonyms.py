"""Abbreviations and names that visitors search for, with what the pages call them."""

SYNONYMS: list[tuple[str, ...]] = [
    ("LBSP", "Leiden Bio Science Park", "Bio Science Park"),
    ("LEF", "Leiden Education Fieldlab"),
    ("LHSC", "Leiden Healthy Society Center"),
    ("ECoS", "European City of Science"),
    ("mbo", "middelbaar beroepsonderwijs", "vocational education"),
]
