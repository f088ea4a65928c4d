"""Places in Leiden where the demo events take place. Coordinates are approximate."""

from stad.demo.content.schema import T, Venue

VENUES: list[Venue] = [
    Venue(
        key="naturalis",
        name=T("Naturalis Biodiversity Center", "Naturalis Biodiversity Center"),
        street="Darwinweg 2",
        postcode="2333 CR",
        city="Leiden",
        latitude=52.1650,
        longitude=4.4733,
        accessibility=T(
            "De ingang is zonder drempels en met liften bereikt u alle verdiepingen.",
            "The entrance is step-free and lifts take you to every floor.",
        ),
        access=["wheelchair", "hearing-loop"],
    ),
    Venue(
        key="betaplein",
        name=T(
            "mboRijnland Betaplein (Energieloket)",
            "mboRijnland Betaplein (home of the Energieloket)",
        ),
        street="Betaplein 18",
        postcode="2321 KS",
        city="Leiden",
        latitude=52.1455,
        longitude=4.4935,
        accessibility=T(
            "De ingang aan het plein is gelijkvloers; een lift gaat naar de lokalen boven.",
            "The entrance on the square is level; a lift goes up to the classrooms.",
        ),
        access=["wheelchair"],
    ),
    Venue(
        key="pieterskerk",
        name=T("Pieterskerk", "Pieterskerk (St Peter’s Church)"),
        street="Kloksteeg 16",
        postcode="2311 SL",
        city="Leiden",
        latitude=52.1572,
        longitude=4.4876,
        accessibility=T(
            "Oude kerk met een vlakke vloer; de zij-ingang heeft een hellingbaan. "
            "Er is een toegankelijk toilet.",
            "An old church with a level floor; the side entrance has a ramp. "
            "There is an accessible toilet.",
        ),
        access=["wheelchair"],
    ),
    Venue(
        key="stadsgehoorzaal",
        name=T("Stadsgehoorzaal Leiden", "Stadsgehoorzaal Leiden (concert hall)"),
        street="Breestraat 60",
        postcode="2311 CS",
        city="Leiden",
        latitude=52.1588,
        longitude=4.4887,
        accessibility=T(
            "Rolstoelplaatsen in de zaal; een lift gaat naar alle verdiepingen. "
            "Geef bij het kopen van een kaartje door dat u een rolstoelplaats wilt.",
            "Wheelchair spaces in the hall and a lift to every floor. "
            "Ask for a wheelchair space when you buy your ticket.",
        ),
        access=["wheelchair", "hearing-loop"],
    ),
    Venue(
        key="academiegebouw",
        name=T("Academiegebouw", "Academy Building"),
        street="Rapenburg 73",
        postcode="2311 GJ",
        city="Leiden",
        latitude=52.1571,
        longitude=4.4843,
        accessibility=T(
            "Dit is een historisch gebouw. Neem vooraf contact op over toegang zonder drempels.",
            "This is a historic building. Please contact the venue in advance about step-free "
            "access.",
        ),
    ),
    Venue(
        key="bibliotheek",
        name=T("BplusC Bibliotheek Nieuwstraat", "BplusC Library Nieuwstraat"),
        street="Nieuwstraat 4",
        postcode="2312 KC",
        city="Leiden",
        latitude=52.1592,
        longitude=4.4918,
        accessibility=T(
            "De ingang is zonder drempels; een lift gaat naar de zaal op de eerste verdieping.",
            "The entrance is step-free; a lift goes to the hall on the first floor.",
        ),
        access=["wheelchair", "hearing-loop"],
    ),
    Venue(
        key="hogeschool-leiden",
        name=T("Hogeschool Leiden", "Leiden University of Applied Sciences"),
        street="Zernikedreef 11",
        postcode="2333 CK",
        city="Leiden",
        latitude=52.1668,
        longitude=4.4791,
        accessibility=T(
            "Automatische deuren zonder drempel en liften naar alle verdiepingen.",
            "Automatic step-free doors and lifts to every floor.",
        ),
        access=["wheelchair"],
    ),
]
