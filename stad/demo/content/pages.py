"""The home page, the index pages and the standard pages (about, accessibility, privacy)."""

from stad.demo.content.schema import KeyFigure, Quote, StandardPage, T

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
    # Built like the statements in the Dutch government's register (digitoegankelijk.nl):
    # status with its dates, what does not comply yet, measures, contact and complaints.
    StandardPage(
        key="accessibility",
        slug=T("toegankelijkheid", "accessibility"),
        title=T("Toegankelijkheidsverklaring", "Accessibility statement"),
        introduction=T(
            "De gemeente Leiden wil dat iedereen deze website kan gebruiken, ook mensen met een "
            "beperking. Hier leest u hoe toegankelijk de website is en wat u kunt doen als iets "
            "niet werkt.",
            "The Municipality of Leiden wants everyone to be able to use this website, including "
            "people with a disability. Here you can read how accessible the website is and what "
            "you can do if something does not work.",
        ),
        body=[
            ("heading", T("Status", "Compliance status")),
            (
                "paragraph",
                T(
                    "Deze website voldoet gedeeltelijk aan de toegankelijkheidseisen: WCAG 2.1 op "
                    "niveau A en AA, zoals het Tijdelijk besluit digitale toegankelijkheid "
                    "overheid vraagt.",
                    "This website is partially compliant with the accessibility requirements: "
                    "WCAG 2.1 at levels A and AA, as the Dutch Temporary Decree on Digital "
                    "Accessibility for Government requires.",
                ),
            ),
            (
                "paragraph",
                T(
                    "Datum van deze verklaring: 29 november 2026. Laatste controle: 29 november "
                    "2026, met automatische tests (axe-core) van elk soort pagina in beide talen "
                    "en met tests die de website alleen met het toetsenbord bedienen. Een "
                    "onderzoek door een onafhankelijke deskundige is nog niet gedaan.",
                    "Date of this statement: 29 November 2026. Last checked: 29 November 2026, "
                    "with automated tests (axe-core) of every type of page in both languages and "
                    "with tests that operate the website by keyboard alone. An audit by an "
                    "independent expert has not been carried out yet.",
                ),
            ),
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
            ("heading", T("Wat nog niet voldoet", "What does not comply yet")),
            (
                "paragraph",
                T(
                    "Pdf-documenten uit het archief van de gemeente, zoals oudere jaarstukken, "
                    "zijn niet getagd. Een schermlezer kan ze niet goed voorlezen. Wilt u een "
                    "document in een andere vorm? Vraag erom, dan sturen we het u.",
                    "PDF documents from the municipal archive, such as older annual reports, are "
                    "not tagged. A screen reader cannot read them out properly. Would you like a "
                    "document in another format? Ask us and we will send it to you.",
                ),
            ),
            (
                "paragraph",
                T(
                    "Online activiteiten worden uitgezonden via websites van partners. Daar zijn "
                    "livestreams niet altijd ondertiteld. Die websites vallen buiten deze "
                    "verklaring.",
                    "Online events are streamed on partners’ websites. Live streams there do not "
                    "always have captions. Those websites are not covered by this statement.",
                ),
            ),
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
                    "Automatische tests vinden niet alles. Of teksten begrijpelijk zijn en of "
                    "beschrijvingen van afbeeldingen kloppen, is nog niet door mensen met een "
                    "beperking getest.",
                    "Automated tests do not find everything. Whether texts are easy to understand "
                    "and whether image descriptions are accurate has not yet been tested with "
                    "people with a disability.",
                ),
            ),
            ("heading", T("Wat we eraan doen", "What we are doing about it")),
            (
                "paragraph",
                T(
                    "Bij elke wijziging aan de website testen we automatisch of elk soort pagina "
                    "in beide talen toegankelijk blijft. Redacteuren moeten bij elke afbeelding "
                    "een beschrijving geven of aangeven dat die alleen decoratief is.",
                    "Every change to the website is tested automatically to check that every "
                    "type of page stays accessible in both languages. Editors must describe "
                    "every image or mark it as decorative.",
                ),
            ),
            (
                "paragraph",
                T(
                    "In 2027 laten we de website onderzoeken door een onafhankelijke deskundige. "
                    "We vragen partners om toegankelijke versies van hun documenten en om "
                    "ondertiteling bij hun livestreams.",
                    "In 2027 we will have the website audited by an independent expert. We are "
                    "asking partners for accessible versions of their documents and for captions "
                    "on their live streams.",
                ),
            ),
            ("heading", T("Contact en een probleem melden", "Contact and reporting a problem")),
            (
                "paragraph",
                T(
                    "Loopt u tegen iets aan, of heeft u een vraag? Mail naar "
                    "toegankelijkheid@example.nl. Vertel op welke pagina het was en wat er "
                    "misging. U krijgt binnen vijf werkdagen antwoord. Binnen twee weken lossen "
                    "we het probleem op, of we bieden u de informatie op een andere manier aan.",
                    "Have you run into a problem, or do you have a question? Email "
                    "toegankelijkheid@example.nl. Tell us which page it was and what went wrong. "
                    "You will get a reply within five working days. Within two weeks we will fix "
                    "the problem, or offer you the information in another way.",
                ),
            ),
            ("heading", T("Niet tevreden?", "Not satisfied?")),
            (
                "paragraph",
                T(
                    "Bent u niet tevreden over hoe we uw melding hebben behandeld? Dien dan een "
                    "klacht in bij de gemeente Leiden, ook via toegankelijkheid@example.nl. Bent u "
                    "na die klachtprocedure nog steeds niet tevreden, dan kunt u zich wenden tot "
                    "de Nationale ombudsman (www.nationaleombudsman.nl).",
                    "Are you not satisfied with how we handled your report? Then submit a "
                    "complaint to the Municipality of Leiden, also via "
                    "toegankelijkheid@example.nl. If you are still not satisfied after that "
                    "complaints procedure, you can turn to the National Ombudsman (Nationale "
                    "ombudsman, www.nationaleombudsman.nl).",
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
