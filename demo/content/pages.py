"""The home page, the index pages and the standard pages (about, accessibility, privacy)."""

from demo.content.schema import KeyFigure, Quote, StandardPage, T

HOME = {
    "title": T("Leiden, stad van ontdekkingen", "Leiden, city of discoveries"),
    "introduction": T(
        "Al eeuwenlang draait Leiden om kennis en cultuur. Samen met onze kennispartners zetten "
        "we die kennis in voor de stad en voor iedereen die hier woont, werkt of studeert.",
        "For centuries, Leiden has been all about knowledge and culture. Together with our "
        "knowledge partners, we put that knowledge to work for the city and for everyone who "
        "lives, works or studies here.",
    ),
    "body": [
        (
            "heading",
            T("Vier kennispartners en de gemeente", "Four knowledge partners and the city"),
        ),
        (
            "paragraph",
            T(
                "De gemeente Leiden werkt samen met Universiteit Leiden, de Hogeschool Leiden, "
                "Naturalis Biodiversity Center en mboRijnland. Samen heet dat Leiden Kennisstad.",
                "The Municipality of Leiden works together with Leiden University, Hogeschool "
                "Leiden, Naturalis Biodiversity Center and mboRijnland. Together, this is known "
                "as Leiden City of Knowledge.",
            ),
        ),
        (
            "paragraph",
            T(
                "Nieuwsgierige mensen uit de hele wereld komen hier studeren, onderzoeken en "
                "creëren. Ze werken aan grote vragen van nu en later, in Leiden en daarbuiten.",
                "Curious people from all over the world come here to study, research and create. "
                "They work on the big questions of today and tomorrow, in Leiden and beyond.",
            ),
        ),
        (
            "key_figures",
            [
                KeyFigure("4", T("kennispartners", "knowledge partners")),
                KeyFigure("3", T("thema’s", "themes")),
                KeyFigure("4", T("vlaggenschepen", "flagship programmes")),
                KeyFigure("2022", T("samenwerking vernieuwd", "collaboration renewed")),
            ],
        ),
        ("heading", T("Twee doelen", "Two goals")),
        (
            "paragraph",
            T(
                "Het eerste doel: kennisinstellingen en kennisbedrijven groeien en bloeien in "
                "Leiden. Het tweede doel: de stad, de regio en alle inwoners hebben zoveel "
                "mogelijk voordeel van die kennis.",
                "The first goal: knowledge institutions and knowledge-based companies grow and "
                "thrive in Leiden. The second goal: the city, the region and all its residents "
                "benefit as much as possible from that knowledge.",
            ),
        ),
        (
            "quote",
            Quote(
                text=T(
                    "Kennis die in Leiden ontstaat, moet ook Leiden verder helpen.",
                    "Knowledge created in Leiden should also help Leiden move forward.",
                ),
                attribution=T("Leiden Kennisstad", "Leiden City of Knowledge"),
            ),
        ),
        ("heading", T("Ontdek meer", "Discover more")),
        (
            "paragraph",
            T(
                "Bekijk de programma’s en netwerken, lees het nieuws of kom naar een lezing, "
                "festival of kenniscafé in de agenda.",
                "Explore the programmes and networks, read the news, or come along to a lecture, "
                "festival or knowledge café in the events calendar.",
            ),
        ),
    ],
}


INDEXES = {
    "programmes": {
        "slug": T("programmas", "programmes"),
        "title": T("Programma’s en netwerken", "Programmes and networks"),
        "introduction": T(
            "De vier vlaggenschepen van Leiden Kennisstad en de netwerken waarin kennispartners "
            "en gemeente samenwerken.",
            "The four flagships of Leiden City of Knowledge and the networks in which the "
            "knowledge partners and the municipality work together.",
        ),
    },
    "themes": {
        "slug": T("themas", "themes"),
        "title": T("Thema’s", "Themes"),
        "introduction": T(
            "Op drie thema’s werken we extra nauw samen: gezondheid en welzijn, biodiversiteit "
            "en duurzaamheid, en cultureel erfgoed.",
            "We work especially closely on three themes: health and wellbeing, biodiversity and "
            "sustainability, and cultural heritage.",
        ),
    },
    "agenda": {
        "slug": T("agenda", "events"),
        "title": T("Agenda", "Events"),
        "introduction": T(
            "Lezingen, festivals en bijeenkomsten waar u kennis kunt maken met wetenschap in "
            "Leiden. De meeste zijn gratis.",
            "Lectures, festivals and meetings where you can get to know science in Leiden. Most "
            "of them are free.",
        ),
    },
    "news": {
        "slug": T("nieuws", "news"),
        "title": T("Nieuws", "News"),
        "introduction": T(
            "Wat er gebeurt in Leiden Kennisstad: nieuwe samenwerkingen, resultaten en plannen.",
            "What is happening in Leiden City of Knowledge: new partnerships, results and plans.",
        ),
    },
}


STANDARD_PAGES: list[StandardPage] = [
    StandardPage(
        key="about",
        slug=T("over-ons", "about"),
        title=T("Over Leiden Kennisstad", "About Leiden City of Knowledge"),
        introduction=T(
            "Leiden Kennisstad is de samenwerking tussen de gemeente en de kennisinstellingen in "
            "de stad. Samen zorgen we dat kennis de stad en haar inwoners verder helpt.",
            "Leiden City of Knowledge is the partnership between the municipality and the "
            "city’s knowledge institutions. Together we make sure knowledge helps the city and "
            "its residents move forward.",
        ),
        body=[
            ("heading", T("Een vernieuwde samenwerking", "A renewed partnership")),
            (
                "paragraph",
                T(
                    "In november 2022 bevestigden de gemeente, Universiteit Leiden, de Hogeschool "
                    "Leiden en Naturalis Biodiversity Center opnieuw hun samenwerking. Sindsdien "
                    "is ook mboRijnland partner.",
                    "In November 2022 the municipality, Leiden University, Hogeschool Leiden and "
                    "Naturalis Biodiversity Center renewed their partnership. mboRijnland has "
                    "been a partner ever since.",
                ),
            ),
            ("heading", T("Onze twee doelen", "Our two goals")),
            (
                "paragraph",
                T(
                    "We willen dat kennisinstellingen en kennisbedrijven optimaal kunnen groeien "
                    "in Leiden. En we willen dat de stad, de regio en de inwoners zo veel mogelijk "
                    "profiteren van de kennis die hier aanwezig is.",
                    "We want knowledge institutions and knowledge-based companies to thrive in "
                    "Leiden. And we want the city, the region and its residents to benefit as "
                    "much as possible from the knowledge that is available here.",
                ),
            ),
            ("heading", T("Drie thema’s", "Three themes")),
            (
                "paragraph",
                T(
                    "We werken extra nauw samen op gezondheid en welzijn, op biodiversiteit en "
                    "duurzaamheid, en op cultureel erfgoed. Daarnaast zetten we vier succesvolle "
                    "vlaggenschepen voort.",
                    "We work especially closely on health and wellbeing, on biodiversity and "
                    "sustainability, and on cultural heritage. We also continue four successful "
                    "flagship programmes.",
                ),
            ),
            ("heading", T("Hoe we werken", "How we work")),
            (
                "paragraph",
                T(
                    "We verbinden de plannen van de gemeente met de onderzoeks- en "
                    "onderwijsplannen van de partners. Studenten en onderzoekers gebruiken de "
                    "stad als proeftuin voor echte vraagstukken. En de stad is een rijke plek om "
                    "te leren, voor alle Leidenaren.",
                    "We link the municipality’s plans to the partners’ research and education "
                    "plans. Students and researchers use the city as a living lab for real-world "
                    "challenges. And the city is a rich place to learn, for everyone in Leiden.",
                ),
            ),
            ("heading", T("Extra aandacht", "Special attention")),
            (
                "paragraph",
                T(
                    "We letten in het bijzonder op het welzijn van studenten. We vinden het mbo "
                    "net zo belangrijk als hbo en universiteit. En we willen dat talent uit "
                    "binnen- en buitenland zich hier thuis voelt en mee kan doen.",
                    "We pay particular attention to student wellbeing. We see vocational "
                    "education as just as important as higher education. And we want talent from "
                    "the Netherlands and abroad to feel at home here and take part.",
                ),
            ),
            (
                "key_figures",
                [
                    KeyFigure("2", T("hoofddoelen", "main goals")),
                    KeyFigure("3", T("thema’s", "themes")),
                    KeyFigure("4", T("vlaggenschepen", "flagships")),
                    KeyFigure("3", T("werkwijzen", "ways of working")),
                ],
            ),
        ],
    ),
    StandardPage(
        key="accessibility",
        slug=T("toegankelijkheid", "accessibility"),
        title=T("Toegankelijkheidsverklaring", "Accessibility statement"),
        introduction=T(
            "We willen dat iedereen deze website kan gebruiken. Dit is een voorbeeldverklaring "
            "voor de demoversie van de website.",
            "We want everyone to be able to use this website. This is a sample statement for the "
            "demo version of the website.",
        ),
        body=[
            ("heading", T("Demoverklaring", "Demo statement")),
            (
                "paragraph",
                T(
                    "Deze website is een demonstratie. De verklaring volgt de opbouw van "
                    "verklaringen van Nederlandse overheden, maar staat niet in het officiële "
                    "register.",
                    "This website is a demonstration. The statement follows the structure used by "
                    "Dutch government bodies, but it is not listed in the official register.",
                ),
            ),
            ("heading", T("Status", "Compliance status")),
            (
                "paragraph",
                T(
                    "Deze website voldoet gedeeltelijk aan de toegankelijkheidseisen van WCAG 2.1 "
                    "op niveau AA. We testen de website op dit moment.",
                    "This website is partially compliant with the WCAG 2.1 accessibility "
                    "requirements at level AA. We are currently testing the website.",
                ),
            ),
            ("heading", T("Wat nog niet voldoet", "What does not comply yet")),
            (
                "paragraph",
                T(
                    "De afbeeldingen zijn automatisch gemaakt voor deze demo. Ze hebben een korte, "
                    "vereenvoudigde tekst als alternatief.",
                    "The images were generated automatically for this demo. Their text "
                    "alternatives are short and simplified.",
                ),
            ),
            (
                "paragraph",
                T(
                    "Sommige pdf-documenten van partners zijn mogelijk niet goed leesbaar met "
                    "hulpsoftware, zoals een schermlezer.",
                    "Some PDF documents from partners may not be easy to read with assistive "
                    "technology, such as a screen reader.",
                ),
            ),
            ("heading", T("Wat we eraan doen", "What we are doing about it")),
            (
                "paragraph",
                T(
                    "We laten de website onderzoeken door een deskundige. Gevonden problemen "
                    "lossen we zo snel mogelijk op. We vragen partners om toegankelijke versies "
                    "van hun documenten.",
                    "We are having the website checked by an expert and will fix any problems we "
                    "find as soon as possible. We are asking partners for accessible versions of "
                    "their documents.",
                ),
            ),
            ("heading", T("Contact", "Contact us")),
            (
                "paragraph",
                T(
                    "Loopt u tegen iets aan? Of heeft u een vraag? Mail naar "
                    "toegankelijkheid@example.nl. We reageren binnen vijf werkdagen.",
                    "Have you run into a problem, or do you have a question? Email "
                    "toegankelijkheid@example.nl. We will reply within five working days.",
                ),
            ),
            (
                "paragraph",
                T(
                    "Deze verklaring is opgesteld op 28 november 2026.",
                    "This statement was drawn up on 28 November 2026.",
                ),
            ),
        ],
    ),
    StandardPage(
        key="privacy",
        slug=T("privacy", "privacy"),
        title=T("Privacyverklaring", "Privacy statement"),
        introduction=T(
            "Op deze website volgen we u niet. Hieronder leest u wat dat betekent.",
            "This website does not track you. Below you can read what that means.",
        ),
        body=[
            ("heading", T("Geen cookies voor bezoekers", "No cookies for visitors")),
            (
                "paragraph",
                T(
                    "Als bezoeker krijgt u geen cookies. Alleen redacteuren die inloggen in het "
                    "beheergedeelte krijgen functionele cookies om veilig ingelogd te blijven.",
                    "As a visitor, you receive no cookies. Only editors who log in to the admin "
                    "area get functional cookies that keep them securely logged in.",
                ),
            ),
            ("heading", T("Geen trackers", "No trackers")),
            (
                "paragraph",
                T(
                    "We gebruiken geen statistieken, advertenties of knoppen van sociale media die "
                    "u volgen.",
                    "We do not use analytics, adverts or social media buttons that follow you "
                    "around.",
                ),
            ),
            ("heading", T("Niets van derden", "Nothing from third parties")),
            (
                "paragraph",
                T(
                    "Lettertypen, afbeeldingen en scripts komen allemaal van deze website zelf. "
                    "Er wordt niets geladen van andere partijen.",
                    "Fonts, images and scripts all come from this website itself. Nothing is "
                    "loaded from other parties.",
                ),
            ),
            ("heading", T("Vragen", "Questions")),
            (
                "paragraph",
                T(
                    "Dit is een demowebsite. Heeft u een vraag over privacy? Mail dan naar "
                    "privacy@example.nl.",
                    "This is a demo website. Do you have a question about privacy? Email "
                    "privacy@example.nl.",
                ),
            ),
        ],
    ),
]
