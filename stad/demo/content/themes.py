"""The three themes of the Leiden Kennisstad collaboration agreement."""

from stad.demo.content.schema import KeyFigure, T, Theme

THEMES: list[Theme] = [
    Theme(
        key="health",
        slug=T("gezondheid-en-welzijn", "health-and-wellbeing"),
        title=T("Gezondheid & Welzijn", "Health & Wellbeing"),
        introduction=T(
            "Hoe blijven Leidenaren gezond, van peuter tot oudere? Kennisinstellingen, de "
            "gemeente en zorgprofessionals zoeken samen naar antwoorden.",
            "How can people in Leiden stay healthy, from toddlers to older residents? "
            "Knowledge institutions, the municipality and care professionals look for answers "
            "together.",
        ),
        body=[
            ("heading", T("Gezond in elke levensfase", "Healthy at every stage of life")),
            (
                "paragraph",
                T(
                    "In het Leiden Healthy Society Center brengen de universiteit, de hogeschool, "
                    "mboRijnland en de gemeente kennis en vragen over gezondheid bij elkaar. "
                    "In kenniscafés delen onderzoekers en mensen uit de praktijk wat werkt.",
                    "In the Leiden Healthy Society Center, the university, the university of "
                    "applied sciences, mboRijnland and the municipality pool their knowledge and "
                    "questions about health. At knowledge cafés, researchers and practitioners "
                    "share what works.",
                ),
            ),
            ("heading", T("Aandacht voor studenten", "Looking after students")),
            (
                "paragraph",
                T(
                    "Ook het welzijn van studenten telt. Sinds 2023 doen ook de mbo-scholen in de "
                    "stad mee met de Leidse verklaring studentenwelzijn. De website Young in "
                    "Leiden wijst jongeren de weg naar hulp.",
                    "Student wellbeing matters too. Since 2023 the city's vocational schools have "
                    "also backed the Leiden student wellbeing declaration. The Young in Leiden "
                    "website helps young people find support.",
                ),
            ),
            (
                "key_figures",
                [
                    KeyFigure(
                        "4",
                        T(
                            "partners in het Leiden Healthy Society Center",
                            "partners in the Leiden Healthy Society Center",
                        ),
                    ),
                    KeyFigure(
                        "3",
                        T(
                            "mbo-scholen tekenden in 2023 de verklaring studentenwelzijn",
                            "vocational schools signed the student wellbeing declaration in 2023",
                        ),
                    ),
                ],
            ),
        ],
    ),
    Theme(
        key="biodiversity",
        slug=T("biodiversiteit-en-duurzaamheid", "biodiversity-and-sustainability"),
        title=T("Biodiversiteit & Duurzaamheid", "Biodiversity & Sustainability"),
        introduction=T(
            "Een groene stad met veel soorten planten en dieren, en huizen die minder energie "
            "gebruiken. Daar werken onderzoekers, studenten en de gemeente samen aan.",
            "A green city full of plant and animal life, with homes that use less energy. "
            "Researchers, students and the municipality are working on this together.",
        ),
        body=[
            ("heading", T("Kennis over natuur in de stad", "Knowledge about urban nature")),
            (
                "paragraph",
                T(
                    "Leiden heeft veel kennis over biodiversiteit in huis. In het Leiden "
                    "Biodiversity Network maken de universiteit, Naturalis, de hogeschool en de "
                    "gemeente die kennis zichtbaar en bruikbaar voor een groenere stad.",
                    "Leiden is home to a great deal of expertise on biodiversity. In the Leiden "
                    "Biodiversity Network, the university, Naturalis, the university of applied "
                    "sciences and the municipality make this knowledge visible and put it to "
                    "work for a greener city.",
                ),
            ),
            ("heading", T("Samen je huis verduurzamen", "Making your home more sustainable")),
            (
                "paragraph",
                T(
                    "Bij het Energieloket op het Betaplein krijgen inwoners gratis advies van "
                    "studenten en docenten installatietechniek van mboRijnland. In het "
                    "technieklokaal zie je bijvoorbeeld een warmtepomp en zonnepanelen van "
                    "dichtbij.",
                    "At the Energieloket on Betaplein, residents get free advice from mboRijnland "
                    "students and teachers of installation engineering. In the technology room "
                    "you can take a close look at equipment such as a heat pump and solar panels.",
                ),
            ),
        ],
    ),
    Theme(
        key="heritage",
        slug=T("cultureel-erfgoed", "cultural-heritage"),
        title=T("Cultureel Erfgoed", "Cultural Heritage"),
        introduction=T(
            "Kennis en cultuur horen al eeuwen bij Leiden. We zorgen goed voor dat erfgoed en "
            "laten het meegroeien met de stad van nu.",
            "Knowledge and culture have been part of Leiden for centuries. We take good care of "
            "this heritage and help it grow along with the city of today.",
        ),
        body=[
            ("heading", T("Een groene historische binnenstad", "A green historic city centre")),
            (
                "paragraph",
                T(
                    "Met de Erfgoed Deal onderzoeken we hoe de oude binnenstad groener kan worden "
                    "zonder dat het historische karakter verloren gaat. Universiteit Leiden en "
                    "Naturalis kijken daarvoor naar het groen van vroeger.",
                    "Through the Heritage Deal we are exploring how the old city centre can become "
                    "greener without losing its historic character. Leiden University and "
                    "Naturalis are studying the green spaces of the past to help.",
                ),
            ),
            ("heading", T("Kennis en cultuur beleven", "Experiencing knowledge and culture")),
            (
                "paragraph",
                T(
                    "Festivals, lezingen en musea laten zien wat Leiden bijzonder maakt. Via een "
                    "subsidieregeling voor kennis en cultuur steunt de gemeente initiatieven "
                    "zoals het Taalmuseum en Things That Talk.",
                    "Festivals, lectures and museums show what makes Leiden special. Through a "
                    "grant scheme for knowledge and culture, the municipality supports "
                    "initiatives such as the Taalmuseum (Language Museum) and Things That Talk.",
                ),
            ),
        ],
    ),
]
