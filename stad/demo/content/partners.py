"""The knowledge partners of Leiden Kennisstad and the other organisations named in the report."""

from stad.demo.content.schema import Partner, T

PARTNERS: list[Partner] = [
    Partner(
        key="universiteit-leiden",
        name=T("Universiteit Leiden", "Leiden University"),
        description=T(
            "De universiteit doet onderzoek en geeft onderwijs in veel vakgebieden. "
            "Studenten en onderzoekers uit Nederland en het buitenland werken hier ook aan "
            "vragen uit de stad.",
            "The university carries out research and teaches in a wide range of fields. "
            "Students and researchers from the Netherlands and abroad also work on questions "
            "that come from the city itself.",
        ),
        website="https://www.universiteitleiden.nl/",
    ),
    Partner(
        key="hogeschool-leiden",
        name=T("Hogeschool Leiden", "Leiden University of Applied Sciences"),
        description=T(
            "Hogeschool Leiden leidt studenten op voor een beroep, onder meer in de zorg, het "
            "onderwijs en het sociaal werk. Praktijkgericht onderzoek doet de hogeschool vaak "
            "samen met organisaties in de regio.",
            "Hogeschool Leiden prepares students for a profession, for example in healthcare, "
            "education and social work. It often does its applied research together with "
            "organisations in the region.",
        ),
        website="https://www.hsleiden.nl/",
    ),
    Partner(
        key="naturalis",
        name=T("Naturalis Biodiversity Center", "Naturalis Biodiversity Center"),
        description=T(
            "Naturalis is een onderzoeksinstituut voor biodiversiteit met een museum dat "
            "iedereen kan bezoeken. Onderzoekers bestuderen hier de natuur van vroeger en nu.",
            "Naturalis is a research institute for biodiversity with a museum that is open to "
            "everyone. Its researchers study nature, both past and present.",
        ),
        website="https://www.naturalis.nl/",
    ),
    Partner(
        key="mborijnland",
        name=T("mboRijnland", "mboRijnland"),
        description=T(
            "mboRijnland is een mbo-school met locaties in Leiden en de regio. Sinds de "
            "vernieuwde samenwerking is de school ook partner van Leiden Kennisstad.",
            "mboRijnland is a school for secondary vocational education (mbo) with locations "
            "in Leiden and the surrounding region. Since the collaboration was renewed, it has "
            "also been a partner of Leiden City of Knowledge.",
        ),
        website="https://www.mborijnland.nl/",
    ),
    Partner(
        key="lis",
        name=T("Leidse instrumentmakers School (LiS)", "Leiden Instrument Makers School (LiS)"),
        description=T(
            "De LiS is een mbo-school in Leiden. Studenten leren er precieze instrumenten "
            "ontwerpen en maken, bijvoorbeeld voor onderzoek en industrie.",
            "LiS is a vocational (mbo) school in Leiden. Its students learn to design and build "
            "precision instruments, for example for research and industry.",
        ),
        website="https://www.lis.nl/",
    ),
    Partner(
        key="roc-mondriaan",
        name=T("ROC Mondriaan", "ROC Mondriaan"),
        description=T(
            "ROC Mondriaan is een mbo-school met opleidingen in verschillende vakgebieden. De "
            "school heeft ook een locatie in Leiden.",
            "ROC Mondriaan is a vocational (mbo) school with courses in many different fields. "
            "One of its locations is in Leiden.",
        ),
        website="https://www.rocmondriaan.nl/",
    ),
    Partner(
        key="gemeente-leiden",
        name=T("Gemeente Leiden", "Municipality of Leiden"),
        description=T(
            "De gemeente werkt nauw samen met de kennisinstellingen. Zo komt hun kennis ten "
            "goede aan de stad en aan alle Leidenaren.",
            "The municipality works closely with the knowledge institutions, so that their "
            "expertise benefits the city and everyone who lives here.",
        ),
        website="https://www.leiden.nl/",
    ),
]
