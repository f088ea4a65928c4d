"""Festivals, their events, and standalone events.

Dates are relative to the day the demo is loaded (see ``When``), so the agenda always shows a mix
of past and upcoming events, something in the coming seven days and something this weekend. The
festivals and series are the ones the 2023 report names; the individual programme items are
modest examples in their spirit.

Between them the events show every fact an event can carry: a recurring series with a cancelled
date, a postponed and a sold-out date, an all-day date, online-only and hybrid events, each spoken
language, free and paid entry, every audience and every accessibility feature.
"""

from stad.demo.content.schema import Event, Festival, T, When

# Links for tickets and streams point at example.org: the demo must not send anyone to a real
# ticket shop.
DEMO_LINKS = "https://example.org/stad-van-ontdekkingen"


# --- Days of Arts & Science: day 2 to day 5 -------------------------------------------------

DAYS_OF_ARTS_SCIENCE = Festival(
    key="days-of-arts-science",
    slug=T("days-of-arts-science", "days-of-arts-science"),
    title=T("Days of Arts & Science", "Days of Arts & Science"),
    introduction=T(
        "Vier dagen waarin kunst en wetenschap elkaar ontmoeten, op bijzondere plekken in de stad.",
        "Four days in which art and science meet, at special places around the city.",
    ),
    body=[
        ("heading", T("Kunst en wetenschap samen", "Art and science together")),
        (
            "paragraph",
            T(
                "Leiden is al eeuwen een stad van kennis en cultuur. Tijdens de Days of Arts & "
                "Science ziet u hoe die twee elkaar versterken.",
                "For centuries Leiden has been a city of knowledge and culture. During the Days "
                "of Arts & Science you can see how the two strengthen each other.",
            ),
        ),
        (
            "paragraph",
            T(
                "Op het programma staan onder meer het congres Brave New World en de Nacht van "
                "Ontdekkingen. Veel activiteiten zijn gratis, voor enkele betaalt u een kleine "
                "bijdrage.",
                "The programme includes the Brave New World conference and the Night of "
                "Discoveries. Many activities are free; a few ask for a small fee.",
            ),
        ),
    ],
    days_from_today=2,
    length_days=4,
    partners=["universiteit-leiden", "naturalis", "hogeschool-leiden", "gemeente-leiden"],
    events=[
        Event(
            key="brave-new-world",
            slug=T("brave-new-world", "brave-new-world"),
            title=T("Brave New World", "Brave New World"),
            introduction=T(
                "Een middag vol sprekers die vooruitkijken: hoe ziet onze wereld er straks uit?",
                "An afternoon of speakers looking ahead: what will our world look like in the "
                "years to come?",
            ),
            body=[
                (
                    "paragraph",
                    T(
                        "Onderzoekers, kunstenaars en denkers delen hun ideeën over de toekomst. "
                        "Na elke lezing is er ruimte voor vragen uit de zaal.",
                        "Researchers, artists and thinkers share their ideas about the future. "
                        "After each talk there is time for questions from the audience.",
                    ),
                ),
                ("heading", T("Praktisch", "Practical information")),
                (
                    "paragraph",
                    T(
                        "De voertaal is Engels. Koop uw kaartje vooraf, want vol is vol.",
                        "The conference is in English. Please buy your ticket in advance, as "
                        "places are limited.",
                    ),
                ),
                (
                    "paragraph",
                    T(
                        "Kunt u er niet bij zijn? Alle lezingen zijn gratis live te volgen via "
                        "de livestream.",
                        "Can’t be there in person? You can follow every talk live and free of "
                        "charge on the livestream.",
                    ),
                ),
            ],
            dates=[When(days_from_today=2, start_time="13:00", duration_minutes=300)],
            venue="stadsgehoorzaal",
            online_url=f"{DEMO_LINKS}/live/brave-new-world",
            spoken_language="en",
            audiences=["everyone", "students", "researchers", "professionals"],
            access=["wheelchair", "hearing-loop"],
            price="12.50",
            price_note=T("Studenten € 5", "Students €5"),
            ticket_url=f"{DEMO_LINKS}/tickets/brave-new-world",
            themes=["health", "biodiversity"],
            partners=["universiteit-leiden", "gemeente-leiden"],
        ),
        Event(
            key="wetenschap-op-het-podium",
            slug=T("wetenschap-op-het-podium", "science-on-stage"),
            title=T("Wetenschap op het podium", "Science on stage"),
            introduction=T(
                "Muziek en verhalen over Leidse ontdekkingen, in de sfeer van de Pieterskerk.",
                "Music and stories about Leiden discoveries, in the atmosphere of the Pieterskerk.",
            ),
            body=[
                (
                    "paragraph",
                    T(
                        "Onderzoekers vertellen kort over een ontdekking uit de geschiedenis van "
                        "de stad. Musici reageren daarop met een passend stuk.",
                        "Researchers give short talks about a discovery from the city’s past. "
                        "Musicians respond to each story with a fitting piece.",
                    ),
                ),
                (
                    "paragraph",
                    T(
                        "Een avond voor iedereen die houdt van geschiedenis, wetenschap en muziek.",
                        "An evening for anyone who enjoys history, science and music.",
                    ),
                ),
                (
                    "paragraph",
                    T(
                        "De avondvoorstelling is uitverkocht. Daarom is er de volgende dag een "
                        "extra voorstelling in de middag.",
                        "The evening performance is sold out, so an extra afternoon performance "
                        "has been added the next day.",
                    ),
                ),
            ],
            dates=[
                When(days_from_today=3, start_time="20:00", status="sold_out"),
                When(days_from_today=4, start_time="16:00"),
            ],
            venue="pieterskerk",
            audiences=["everyone"],
            access=["wheelchair"],
            price="7.50",
            ticket_url=f"{DEMO_LINKS}/tickets/wetenschap-op-het-podium",
            themes=["heritage"],
            partners=["universiteit-leiden", "gemeente-leiden"],
        ),
        Event(
            key="ontdekkersmiddag",
            slug=T("ontdekkersmiddag-voor-kinderen", "discovery-afternoon-for-children"),
            title=T("Ontdekkersmiddag voor kinderen", "Discovery afternoon for children"),
            introduction=T(
                "Kinderen van 6 tot 12 jaar doen zelf proefjes en bekijken insecten van dichtbij.",
                "Children aged 6 to 12 do their own experiments and take a close look at insects.",
            ),
            body=[
                (
                    "paragraph",
                    T(
                        "Studenten helpen de kinderen bij korte proefjes. Ze gaan ook met een "
                        "loep op zoek naar kleine beestjes.",
                        "Students help the children with short experiments. They also go "
                        "looking for tiny creatures with a magnifying glass.",
                    ),
                ),
                (
                    "paragraph",
                    T(
                        "Ouders en verzorgers zijn van harte welkom. Aanmelden is niet nodig.",
                        "Parents and carers are very welcome. No need to sign up.",
                    ),
                ),
                ("heading", T("Een rustig eerste uur", "A quiet first hour")),
                (
                    "paragraph",
                    T(
                        "Het eerste uur, van 13.00 tot 14.00 uur, is prikkelarm: met minder licht "
                        "en geluid en minder kinderen tegelijk. Fijn voor kinderen die snel "
                        "overprikkeld raken.",
                        "The first hour, from 1 pm to 2 pm, is a low-stimulus session, with "
                        "softer light, less noise and fewer children at a time. Ideal for "
                        "children who are easily overstimulated.",
                    ),
                ),
            ],
            dates=[When(days_from_today=4, start_time="13:00", duration_minutes=180)],
            venue="bibliotheek",
            audiences=["families", "pupils"],
            access=["wheelchair", "low-stimulus"],
            themes=["biodiversity"],
            partners=["naturalis", "hogeschool-leiden"],
        ),
        Event(
            key="nacht-van-ontdekkingen",
            slug=T("nacht-van-ontdekkingen", "night-of-discoveries"),
            title=T("Nacht van Ontdekkingen", "Night of Discoveries"),
            introduction=T(
                "Een avond en nacht vol korte lezingen, proeven en rondleidingen bij Naturalis.",
                "An evening and night full of short talks, experiments and tours at Naturalis.",
            ),
            body=[
                (
                    "paragraph",
                    T(
                        "Wetenschappers van Leidse kennisinstellingen laten zien waar zij aan "
                        "werken. U kunt vrij rondlopen en zelf kiezen wat u wilt zien.",
                        "Scientists from Leiden’s knowledge institutions show what they are "
                        "working on. You can wander around freely and choose what you want to "
                        "see.",
                    ),
                ),
                ("heading", T("Voor wie?", "Who is it for?")),
                (
                    "paragraph",
                    T(
                        "Voor iedereen vanaf 16 jaar die nieuwsgierig is. Kennis van wetenschap "
                        "is niet nodig.",
                        "For anyone aged 16 and over with a curious mind. No scientific "
                        "background needed.",
                    ),
                ),
                (
                    "paragraph",
                    T(
                        "De meeste onderzoekers vertellen in het Nederlands en het Engels, dus ook "
                        "internationale bezoekers kunnen alles volgen.",
                        "Most researchers speak in both Dutch and English, so international "
                        "visitors can follow everything too.",
                    ),
                ),
            ],
            dates=[When(days_from_today=5, start_time="19:00", duration_minutes=300)],
            venue="naturalis",
            spoken_language="nl_en",
            audiences=["everyone", "students", "researchers"],
            access=["wheelchair", "hearing-loop"],
            themes=["biodiversity", "health", "heritage"],
            partners=["naturalis", "universiteit-leiden", "hogeschool-leiden", "gemeente-leiden"],
        ),
    ],
)


# --- Letterlijk Leiden: day 150 to day 159 --------------------------------------------------

LETTERLIJK_LEIDEN = Festival(
    key="letterlijk-leiden",
    slug=T("letterlijk-leiden", "letterlijk-leiden"),
    title=T("Letterlijk Leiden", "Letterlijk Leiden literature festival"),
    introduction=T(
        "Het letterenfestival van Leiden: tien dagen boeken, verhalen en gesprekken.",
        "Leiden’s literature festival: ten days of books, stories and conversations.",
    ),
    body=[
        (
            "paragraph",
            T(
                "Leiden is een stad van woorden. Tijdens Letterlijk Leiden komen schrijvers, "
                "lezers en onderzoekers samen op mooie plekken in de binnenstad.",
                "Leiden is a city of words. During Letterlijk Leiden, writers, readers and "
                "researchers come together at beautiful places in the city centre.",
            ),
        ),
        (
            "paragraph",
            T(
                "Er is iets voor jong en oud, in het Nederlands en soms in het Engels.",
                "There is something for all ages, in Dutch and sometimes in English.",
            ),
        ),
    ],
    days_from_today=150,
    length_days=10,
    partners=["gemeente-leiden", "universiteit-leiden"],
    events=[
        Event(
            key="schrijvers-en-onderzoekers",
            slug=T(
                "schrijvers-en-onderzoekers-in-gesprek", "writers-and-researchers-in-conversation"
            ),
            title=T(
                "Schrijvers en onderzoekers in gesprek", "Writers and researchers in conversation"
            ),
            introduction=T(
                "Een schrijver en een taalonderzoeker praten over de kracht van verhalen.",
                "A writer and a language researcher talk about the power of stories.",
            ),
            body=[
                (
                    "paragraph",
                    T(
                        "Waarom onthouden we verhalen beter dan feiten? En hoe verandert onze "
                        "taal? Een gesprek in een van de historische zalen van het "
                        "Academiegebouw.",
                        "Why do we remember stories better than facts? And how is our language "
                        "changing? A conversation in the historic setting of the Academy "
                        "Building.",
                    ),
                ),
                (
                    "paragraph",
                    T(
                        "Het gesprek is in het Nederlands.",
                        "The conversation is in Dutch.",
                    ),
                ),
            ],
            dates=[When(days_from_today=150, start_time="20:00")],
            venue="academiegebouw",
            audiences=["everyone", "students", "researchers"],
            price="7.50",
            ticket_url=f"{DEMO_LINKS}/tickets/schrijvers-en-onderzoekers",
            themes=["heritage"],
            partners=["universiteit-leiden", "gemeente-leiden"],
        ),
        Event(
            key="verhalen-over-de-stad",
            slug=T("verhalen-over-de-stad", "stories-about-the-city"),
            title=T("Verhalen over de stad", "Stories about the city"),
            introduction=T(
                "Een voorleesmiddag voor gezinnen met verhalen over het Leiden van vroeger.",
                "A family storytelling afternoon with tales of Leiden in times gone by.",
            ),
            body=[
                (
                    "paragraph",
                    T(
                        "Voorlezers nemen kinderen en hun ouders mee naar het Leiden van lang "
                        "geleden. Daarna tekenen de kinderen hun eigen stadsverhaal.",
                        "Storytellers take children and their parents back to the Leiden of long "
                        "ago. Afterwards the children draw their own story about the city.",
                    ),
                ),
                (
                    "paragraph",
                    T(
                        "Geschikt voor kinderen van 4 tot 10 jaar.",
                        "Suitable for children aged 4 to 10.",
                    ),
                ),
            ],
            dates=[When(days_from_today=153, start_time="14:00")],
            venue="bibliotheek",
            audiences=["families"],
            access=["wheelchair"],
            themes=["heritage"],
            partners=["gemeente-leiden"],
        ),
        Event(
            key="poezie-in-de-pieterskerk",
            slug=T("poezie-in-de-pieterskerk", "poetry-in-the-pieterskerk"),
            title=T("Poëzie in de Pieterskerk", "Poetry in the Pieterskerk"),
            introduction=T(
                "Dichters lezen voor onder de hoge gewelven van de Pieterskerk.",
                "Poets read their work beneath the high vaults of the Pieterskerk.",
            ),
            body=[
                (
                    "paragraph",
                    T(
                        "Dichters uit Leiden en omgeving lezen nieuw werk voor. Tussendoor is er "
                        "live muziek.",
                        "Poets from Leiden and the surrounding area read new work, with live "
                        "music in between.",
                    ),
                ),
                (
                    "paragraph",
                    T(
                        "Een deel van de gedichten wordt ook in het Engels voorgelezen.",
                        "Some of the poems are also read in English.",
                    ),
                ),
            ],
            dates=[When(days_from_today=158, start_time="20:00", duration_minutes=75)],
            venue="pieterskerk",
            spoken_language="nl_en",
            audiences=["everyone"],
            access=["wheelchair", "hearing-loop"],
            themes=["heritage"],
            partners=["gemeente-leiden"],
        ),
    ],
)


# --- Leiden Life Science & Health Week: day -20 to day -16 ----------------------------------

LIFE_SCIENCE_HEALTH_WEEK = Festival(
    key="life-science-health-week",
    slug=T("life-science-health-week", "life-science-health-week"),
    title=T("Leiden Life Science & Health Week", "Leiden Life Science & Health Week"),
    introduction=T(
        "Een week over gezondheid en levenswetenschappen, voor bewoners, scholieren en "
        "professionals.",
        "A week about health and the life sciences, for residents, pupils and professionals.",
    ),
    body=[
        (
            "paragraph",
            T(
                "Leiden heeft veel kennis over gezondheid. Tijdens deze week maakt u kennis met "
                "de mensen achter het onderzoek en met de beroepen in de life sciences.",
                "Leiden is home to a great deal of expertise on health. During this week you "
                "can meet the people behind the research and discover careers in the life "
                "sciences.",
            ),
        ),
        (
            "paragraph",
            T(
                "Hogeschool, universiteit en mbo-scholen werken samen aan het programma.",
                "The university of applied sciences, the university and vocational schools "
                "put the programme together.",
            ),
        ),
    ],
    days_from_today=-20,
    length_days=5,
    partners=[
        "universiteit-leiden",
        "hogeschool-leiden",
        "mborijnland",
        "lis",
        "gemeente-leiden",
    ],
    events=[
        Event(
            key="werken-in-het-lab",
            slug=T("werken-in-het-lab", "working-in-the-lab"),
            title=T("Open middag: werken in het lab", "Open afternoon: working in the lab"),
            introduction=T(
                "Ontdek welke beroepen er zijn in de life sciences, van instrumentmaker tot "
                "analist.",
                "Discover the jobs available in the life sciences, from instrument maker to lab "
                "technician.",
            ),
            body=[
                (
                    "paragraph",
                    T(
                        "Studenten en docenten laten zien hoe een lab werkt. U kunt zelf een "
                        "korte proef doen en vragen stellen over de opleidingen.",
                        "Students and teachers show you how a lab works. You can try a short "
                        "experiment yourself and ask about the courses.",
                    ),
                ),
                (
                    "paragraph",
                    T(
                        "Speciaal voor scholieren, hun ouders en iedereen die wil overstappen "
                        "naar een ander vak.",
                        "Especially for pupils, their parents and anyone thinking about a "
                        "career change.",
                    ),
                ),
            ],
            dates=[When(days_from_today=-20, start_time="14:00", duration_minutes=150)],
            venue="hogeschool-leiden",
            audiences=["pupils", "families", "everyone"],
            access=["wheelchair"],
            themes=["health"],
            partners=["hogeschool-leiden", "mborijnland", "lis"],
        ),
        Event(
            key="hoe-blijft-de-stad-gezond",
            slug=T("hoe-blijft-de-stad-gezond", "how-does-the-city-stay-healthy"),
            title=T("Lezing: hoe blijft de stad gezond?", "Lecture: how does a city stay healthy?"),
            introduction=T(
                "Wat bepaalt of mensen in een wijk gezond blijven? Een lezing met ruimte voor "
                "gesprek.",
                "What determines whether people in a neighbourhood stay healthy? A lecture "
                "with time for discussion.",
            ),
            body=[
                (
                    "paragraph",
                    T(
                        "Gezondheid gaat over meer dan de dokter. Ook wonen, werk, groen en "
                        "contact met anderen spelen mee. Een onderzoeker legt uit wat we daarover "
                        "weten.",
                        "Health is about more than seeing a doctor. Housing, work, green spaces "
                        "and social contact all play a part. A researcher explains what we "
                        "know.",
                    ),
                ),
                (
                    "paragraph",
                    T(
                        "Daarna praten we met de zaal over wat dit betekent voor Leiden.",
                        "Afterwards we discuss with the audience what this means for Leiden.",
                    ),
                ),
            ],
            dates=[When(days_from_today=-18, start_time="20:00")],
            venue="academiegebouw",
            audiences=["everyone", "researchers", "professionals"],
            access=["hearing-loop"],
            themes=["health"],
            partners=["universiteit-leiden", "gemeente-leiden"],
        ),
        Event(
            key="groen-en-gezondheid",
            slug=T("groen-en-gezondheid", "green-spaces-and-health"),
            title=T("Groen en gezondheid", "Green spaces and health"),
            introduction=T(
                "Maakt een groene buurt ons gezonder? Een avond over natuur dichtbij huis.",
                "Does a green neighbourhood make us healthier? An evening about nature close "
                "to home.",
            ),
            body=[
                (
                    "paragraph",
                    T(
                        "Bomen, struiken en planten geven schaduw en verkoeling. Ze zijn ook "
                        "belangrijk voor insecten en vogels. Onderzoekers vertellen hoe natuur en "
                        "gezondheid samenhangen.",
                        "Trees, shrubs and plants provide shade and keep things cool. They also "
                        "matter for insects and birds. Researchers explain how nature and health "
                        "are linked.",
                    ),
                ),
                (
                    "paragraph",
                    T(
                        "Na afloop kunt u nog even door het museum lopen.",
                        "Afterwards you are welcome to stroll through the museum.",
                    ),
                ),
            ],
            dates=[When(days_from_today=-16, start_time="19:30")],
            venue="naturalis",
            audiences=["everyone"],
            access=["wheelchair"],
            themes=["health", "biodiversity"],
            partners=["naturalis", "universiteit-leiden"],
        ),
    ],
)


# --- Science Café Leiden: one recurring event, every fourth Wednesday ------------------------

# Counted from the coming Sunday, so every date is a Wednesday: two or three have passed, one
# falls this week or just before it, and the rest lie ahead. One evening is cancelled.
_SCIENCE_CAFE_WEDNESDAYS = [-60, -32, -4, 24, 52, 80, 108]
_SCIENCE_CAFE_CANCELLED = 52

SCIENCE_CAFE = Event(
    key="science-cafe",
    slug=T("science-cafe-leiden", "science-cafe-leiden"),
    title=T("Science Café Leiden", "Science Café Leiden"),
    introduction=T(
        "Een reeks lezingen waarin onderzoekers in gewone taal vertellen over hun werk.",
        "A series of talks in which researchers explain their work in everyday language.",
    ),
    body=[
        (
            "paragraph",
            T(
                "Het Science Café brengt wetenschap naar de stad. Elke lezing duurt ongeveer "
                "anderhalf uur, inclusief tijd voor uw vragen.",
                "Science Café brings science to the city. Each talk lasts about an hour and a "
                "half, including time for your questions.",
            ),
        ),
        (
            "paragraph",
            T(
                "Het café is ongeveer eens per maand op woensdagavond. De lezingen zijn gratis "
                "en vinden plaats in de bibliotheek aan de Nieuwstraat.",
                "The café meets about once a month on a Wednesday evening. The talks are free "
                "and take place at the library on Nieuwstraat.",
            ),
        ),
        ("heading", T("Dit seizoen", "This season")),
        (
            "paragraph",
            T(
                "Wat leeft er in de Leidse grachten? Vissen, slakken en waterplanten: een "
                "onderzoeker neemt u mee onder water. Na de lezing kunt u met een loep zelf "
                "kijken naar kleine waterdiertjes.",
                "What lives in Leiden’s canals? Fish, snails and water plants: a researcher "
                "takes you below the surface. After the talk you can use a magnifying glass to "
                "look at tiny water creatures yourself.",
            ),
        ),
        (
            "paragraph",
            T(
                "Groen in een historische binnenstad. Oude kaarten en tuinen vertellen veel over "
                "het groen van vroeger. Een onderzoeker laat zien hoe die kennis helpt bij "
                "plannen voor een koelere en groenere stad, in het kader van de Erfgoed Deal "
                "Leiden.",
                "Greening a historic city centre. Old maps and gardens reveal a lot about the "
                "green spaces of the past. A researcher shows how this knowledge helps with "
                "plans for a cooler, greener city, as part of the Heritage Deal Leiden.",
            ),
        ),
        (
            "paragraph",
            T(
                "Slapen, stress en studeren. Veel studenten ervaren stress. Een onderzoeker "
                "vertelt wat slaap en rust doen voor je hoofd, en geeft praktische tips. Deze "
                "lezing is in het Engels, zodat ook internationale studenten mee kunnen doen.",
                "Sleep, stress and study. Many students experience stress. A researcher explains "
                "what sleep and rest do for your mind, and shares practical tips. This talk is "
                "in English, so international students can join in too.",
            ),
        ),
        (
            "paragraph",
            T(
                "Warmtepomp of zonnepaneel? Een docent installatietechniek van mboRijnland legt "
                "zonder moeilijke woorden uit hoe een duurzaam huis werkt. Wilt u daarna advies "
                "voor uw eigen huis? Dan kunt u terecht bij het Energieloket op het Betaplein.",
                "Heat pump or solar panel? A teacher of installation engineering from "
                "mboRijnland explains, without jargon, how a sustainable home works. Would you "
                "like advice for your own home afterwards? You can visit the Energieloket on "
                "Betaplein.",
            ),
        ),
        (
            "paragraph",
            T(
                "Gaat een avond niet door, dan ziet u dat meteen in de lijst met data.",
                "If an evening is cancelled, you will see it straight away in the list of dates.",
            ),
        ),
    ],
    dates=[
        When(
            days_from_sunday=day,
            start_time="20:00",
            status="cancelled" if day == _SCIENCE_CAFE_CANCELLED else "scheduled",
        )
        for day in _SCIENCE_CAFE_WEDNESDAYS
    ],
    venue="bibliotheek",
    spoken_language="nl_en",
    audiences=["everyone", "students"],
    access=["wheelchair", "hearing-loop"],
    themes=["biodiversity", "heritage", "health"],
    partners=["universiteit-leiden", "naturalis", "hogeschool-leiden", "mborijnland"],
)


FESTIVALS: list[Festival] = [
    DAYS_OF_ARTS_SCIENCE,
    LETTERLIJK_LEIDEN,
    LIFE_SCIENCE_HEALTH_WEEK,
]


STANDALONE_EVENTS: list[Event] = [
    SCIENCE_CAFE,
    Event(
        key="nacht-van-de-leraar",
        slug=T("nacht-van-de-leraar", "night-of-the-teacher"),
        title=T("Nacht van de Leraar", "Night of the Teacher"),
        introduction=T(
            "Een feestelijke avond voor iedereen die lesgeeft in Leiden en omgeving.",
            "A festive evening for everyone who teaches in Leiden and the surrounding area.",
        ),
        body=[
            (
                "paragraph",
                T(
                    "Elk jaar zet het Leiden Education Fieldlab het mooie beroep van leraar in "
                    "de schijnwerpers. In 2023 was het thema ‘Laat je verleiden’.",
                    "Every year the Leiden Education Fieldlab puts the wonderful profession of "
                    "teaching in the spotlight. In 2023 the theme was ‘Let yourself be tempted’.",
                ),
            ),
            ("heading", T("Wat kunt u verwachten?", "What to expect")),
            (
                "paragraph",
                T(
                    "Workshops, korte lezingen en tijd om collega’s uit andere scholen te "
                    "ontmoeten. Van basisschool tot universiteit: iedereen is welkom.",
                    "Workshops, short talks and time to meet colleagues from other schools. "
                    "From primary school to university, everyone is welcome.",
                ),
            ),
        ],
        dates=[When(days_from_today=35, start_time="19:00", duration_minutes=240)],
        venue="stadsgehoorzaal",
        audiences=["professionals"],
        access=["wheelchair", "hearing-loop"],
        ticket_url=f"{DEMO_LINKS}/aanmelden/nacht-van-de-leraar",
        registration_required=True,
        themes=["health"],
        partners=["gemeente-leiden", "hogeschool-leiden", "universiteit-leiden", "mborijnland"],
    ),
    Event(
        key="presenteren-met-de-stad",
        slug=T("presenteren-met-de-stad", "presenting-with-the-city"),
        title=T("Presenteren met de Stad", "Presenting with the City"),
        introduction=T(
            "Studenten van Leren met de Stad laten zien wat hun onderzoek de stad oplevert.",
            "Students from Learning with the City show what their research means for the city.",
        ),
        body=[
            (
                "paragraph",
                T(
                    "Studenten van hogeschool, universiteit en mbo presenteren hun onderzoek naar "
                    "vragen uit Leiden. U kunt met hen in gesprek bij hun poster of presentatie.",
                    "Students from the university of applied sciences, the university and "
                    "vocational schools present their research on questions from Leiden. You "
                    "can talk with them at their poster or presentation.",
                ),
            ),
            (
                "paragraph",
                T(
                    "Alle projecten zijn daarna ook te vinden op de interactieve kaart van Leren "
                    "met de Stad.",
                    "Afterwards, all the projects can also be found on the Learning with the "
                    "City interactive map.",
                ),
            ),
        ],
        dates=[When(days_from_today=-5, start_time="15:00", duration_minutes=150)],
        venue="hogeschool-leiden",
        audiences=["everyone", "students", "researchers", "professionals"],
        access=["wheelchair"],
        themes=["health", "biodiversity", "heritage"],
        partners=["hogeschool-leiden", "universiteit-leiden", "mborijnland", "gemeente-leiden"],
    ),
    Event(
        key="kenniscafe-overgewicht-peuters",
        slug=T("kenniscafe-overgewicht-bij-peuters", "knowledge-cafe-toddler-overweight"),
        title=T(
            "Kenniscafé: tegengaan van overgewicht bij peuters",
            "Knowledge café: preventing overweight in toddlers",
        ),
        introduction=T(
            "Onderzoekers en professionals delen wat helpt om overgewicht bij jonge kinderen "
            "te voorkomen.",
            "Researchers and professionals share what helps to prevent overweight in young "
            "children.",
        ),
        body=[
            (
                "paragraph",
                T(
                    "Een gezonde start begint vroeg. In dit kenniscafé van het Leiden Healthy "
                    "Society Center wisselen onderzoekers, de gemeente en zorgverleners "
                    "ervaringen uit.",
                    "A healthy start begins early. At this Leiden Healthy Society Center "
                    "knowledge café, researchers, the municipality and care providers exchange "
                    "experiences.",
                ),
            ),
            (
                "paragraph",
                T(
                    "Bedoeld voor professionals in zorg en welzijn, zoals consultatiebureaus, "
                    "kinderopvang en zelfstandige zorgverleners.",
                    "Intended for professionals in care and welfare, such as child health "
                    "clinics, childcare and independent care providers.",
                ),
            ),
        ],
        dates=[When(days_from_today=-30, start_time="15:30", duration_minutes=120)],
        venue="bibliotheek",
        audiences=["professionals", "researchers"],
        access=["wheelchair"],
        registration_required=True,
        themes=["health"],
        partners=["universiteit-leiden", "hogeschool-leiden", "mborijnland", "gemeente-leiden"],
    ),
    Event(
        key="kenniscafe-vitaal-ouder-worden",
        slug=T("kenniscafe-vitaal-ouder-worden", "knowledge-cafe-healthy-ageing"),
        title=T("Kenniscafé: vitaal ouder worden", "Knowledge café: healthy ageing"),
        introduction=T(
            "Hoe blijven ouderen in Leiden fit en betrokken? Praat mee met onderzoekers en "
            "professionals.",
            "How can older people in Leiden stay fit and involved? Join the conversation with "
            "researchers and professionals.",
        ),
        body=[
            (
                "paragraph",
                T(
                    "Bewegen, gezond eten en contact met anderen helpen om vitaal ouder te "
                    "worden. In dit kenniscafé delen deelnemers wat in de praktijk werkt.",
                    "Exercise, healthy food and social contact all help people stay well as they "
                    "age. At this knowledge café, participants share what works in practice.",
                ),
            ),
            ("heading", T("Aanmelden", "Registration")),
            (
                "paragraph",
                T(
                    "Deelname is gratis. Meld u vooraf aan, want er is beperkt plaats.",
                    "Taking part is free. Please register in advance, as places are limited.",
                ),
            ),
            (
                "paragraph",
                T(
                    "Let op: dit kenniscafé is verplaatst naar een week later. Bent u al "
                    "aangemeld? Dan blijft uw aanmelding gewoon geldig.",
                    "Please note: this knowledge café has been moved to a week later. If you "
                    "have already registered, your registration remains valid.",
                ),
            ),
        ],
        dates=[
            When(
                days_from_today=9,
                start_time="15:30",
                duration_minutes=120,
                status="postponed",
                moved_from_days=2,
            )
        ],
        venue="bibliotheek",
        audiences=["everyone", "professionals", "researchers"],
        access=["wheelchair", "hearing-loop"],
        ticket_url=f"{DEMO_LINKS}/aanmelden/kenniscafe-vitaal-ouder-worden",
        registration_required=True,
        themes=["health"],
        partners=["universiteit-leiden", "hogeschool-leiden", "mborijnland", "gemeente-leiden"],
    ),
    Event(
        key="energieloket-open-middag",
        slug=T("open-middag-energieloket", "energieloket-open-afternoon"),
        title=T("Open middag Energieloket", "Energieloket open afternoon"),
        introduction=T(
            "Loop binnen voor gratis advies over een duurzamer huis en bekijk het technieklokaal.",
            "Drop in for free advice on making your home more sustainable and visit the "
            "technology room.",
        ),
        body=[
            (
                "paragraph",
                T(
                    "Studenten en docenten installatietechniek van mboRijnland beantwoorden uw "
                    "vragen. Denk aan isoleren, een warmtepomp of zonnepanelen.",
                    "Students and teachers of installation engineering from mboRijnland answer "
                    "your questions, for example about insulation, heat pumps or solar panels.",
                ),
            ),
            (
                "paragraph",
                T(
                    "Neem als het kan een energierekening of foto’s van uw huis mee. Dan is het "
                    "advies meer op maat.",
                    "If you can, bring an energy bill or photos of your home. That way the advice "
                    "can be more tailored to you.",
                ),
            ),
        ],
        dates=[When(days_from_today=1, start_time="13:00", duration_minutes=240)],
        venue="betaplein",
        audiences=["everyone"],
        themes=["biodiversity"],
        partners=["mborijnland", "gemeente-leiden"],
    ),
    Event(
        key="leiden-biodiversity-network-bijeenkomst",
        slug=T(
            "netwerkbijeenkomst-leiden-biodiversity-network",
            "leiden-biodiversity-network-meeting",
        ),
        title=T(
            "Netwerkbijeenkomst Leiden Biodiversity Network",
            "Leiden Biodiversity Network meeting",
        ),
        introduction=T(
            "Partners van het netwerk verkennen samen subsidiekansen en nieuwe samenwerkingen.",
            "Network partners explore funding opportunities and new collaborations together.",
        ),
        body=[
            (
                "paragraph",
                T(
                    "Het netwerk werkt aan een gezamenlijk verhaal over biodiversiteit in Leiden. "
                    "Tijdens deze bijeenkomst kijken we welke subsidies daarbij passen en welke "
                    "partners uit de regio kunnen aansluiten.",
                    "The network is working on a shared story about biodiversity in Leiden. At "
                    "this meeting we look at which grants fit that story and which partners from "
                    "the region could join.",
                ),
            ),
            (
                "paragraph",
                T(
                    "Voor onderzoekers, beleidsmakers en organisaties die met groen en natuur in "
                    "de stad werken.",
                    "For researchers, policy makers and organisations that work with greenery "
                    "and nature in the city.",
                ),
            ),
            (
                "paragraph",
                T(
                    "Internationale onderzoekers zijn van harte welkom: we spreken Nederlands en "
                    "Engels door elkaar.",
                    "International researchers are very welcome: we speak both Dutch and English.",
                ),
            ),
        ],
        dates=[When(days_from_today=21, start_time="15:00", duration_minutes=120)],
        venue="naturalis",
        spoken_language="nl_en",
        audiences=["researchers", "professionals"],
        access=["wheelchair"],
        registration_required=True,
        themes=["biodiversity"],
        partners=["universiteit-leiden", "naturalis", "hogeschool-leiden", "gemeente-leiden"],
    ),
    Event(
        key="vraag-het-leiden-live",
        slug=T("vraag-het-leiden-live", "ask-leiden-live"),
        title=T("Vraag het Leiden live", "Ask Leiden live"),
        introduction=T(
            "Leidse onderzoekers beantwoorden live uw vragen, in een online uitzending met "
            "gebarentolk.",
            "Leiden researchers answer your questions live, in an online broadcast with a sign "
            "language interpreter.",
        ),
        body=[
            (
                "paragraph",
                T(
                    "Op het videoplatform Vraag het Leiden beantwoorden onderzoekers vragen van "
                    "Leidenaars. In deze uitzending doen ze dat live. Stel uw vraag vooraf of "
                    "tijdens de uitzending in de chat.",
                    "On the Ask Leiden video platform, researchers answer questions from the "
                    "people of Leiden. In this broadcast they do it live. Send in your question "
                    "beforehand or ask it in the chat during the broadcast.",
                ),
            ),
            (
                "paragraph",
                T(
                    "Vraag het Leiden is voortgekomen uit Postbus71, dat begon in het jaar dat "
                    "Leiden European City of Science was.",
                    "Ask Leiden grew out of Postbus71, which started in the year Leiden was "
                    "European City of Science.",
                ),
            ),
            ("heading", T("Kijken en meedoen", "Watching and taking part")),
            (
                "paragraph",
                T(
                    "U kijkt gratis mee via de link op deze pagina; aanmelden is niet nodig. "
                    "Een tolk Nederlandse Gebarentaal is de hele uitzending in beeld.",
                    "You can watch free of charge via the link on this page; there is no need "
                    "to sign up. A Sign Language of the Netherlands (NGT) interpreter is on "
                    "screen throughout the broadcast.",
                ),
            ),
        ],
        dates=[When(days_from_today=6, start_time="19:30", duration_minutes=60)],
        online_url=f"{DEMO_LINKS}/live/vraag-het-leiden",
        audiences=["everyone", "pupils"],
        access=["sign-language"],
        themes=["heritage", "health"],
        partners=["universiteit-leiden", "gemeente-leiden"],
    ),
    Event(
        key="welkom-internationale-studenten",
        slug=T("welkom-in-leiden-internationale-studenten", "welcome-to-leiden-international"),
        title=T(
            "Welkom in Leiden: avond voor internationale studenten en onderzoekers",
            "Welcome to Leiden: an evening for international students and researchers",
        ),
        introduction=T(
            "Nieuw in Leiden? Maak kennis met de stad, met elkaar en met de mensen die u verder "
            "helpen.",
            "New to Leiden? Get to know the city, each other and the people who can help you "
            "find your way.",
        ),
        body=[
            (
                "paragraph",
                T(
                    "Leiden trekt studenten en onderzoekers uit de hele wereld. Op deze avond "
                    "ontmoet u andere nieuwkomers en hoort u hoe de stad, de kennisinstellingen "
                    "en studentenorganisaties u kunnen helpen.",
                    "Leiden attracts students and researchers from all over the world. At this "
                    "evening you meet other newcomers and hear how the city, the knowledge "
                    "institutions and student organisations can support you.",
                ),
            ),
            (
                "paragraph",
                T(
                    "Geneeskundestudenten laten de website Young in Leiden zien: een overzicht "
                    "van hulpverleners, informatie en advies voor jonge mensen in de stad. "
                    "Studenten van het mbo, de hogeschool en de universiteit zijn allemaal "
                    "welkom.",
                    "Medical students present the Young in Leiden website: an overview of "
                    "support services, information and advice for young people in the city. "
                    "Students from vocational schools, the university of applied sciences and "
                    "the university are all welcome.",
                ),
            ),
            (
                "paragraph",
                T(
                    "De avond is in het Engels. Deelname is gratis, maar meld u wel vooraf aan.",
                    "The evening is in English. It is free, but please register in advance.",
                ),
            ),
        ],
        dates=[When(days_from_today=12, start_time="19:00", duration_minutes=150)],
        venue="academiegebouw",
        spoken_language="en",
        audiences=["students", "researchers"],
        ticket_url=f"{DEMO_LINKS}/aanmelden/welkom-in-leiden",
        registration_required=True,
        themes=["health"],
        partners=["universiteit-leiden", "hogeschool-leiden", "mborijnland", "gemeente-leiden"],
    ),
    Event(
        key="open-tuinendag",
        slug=T("open-tuinendag-binnenstad", "open-gardens-day-city-centre"),
        title=T(
            "Open tuinendag: groen in de historische binnenstad",
            "Open gardens day: green spaces in the historic city centre",
        ),
        introduction=T(
            "Een hele zondag lang zijn tuinen en groene plekken in de binnenstad open. Wandel "
            "in uw eigen tempo.",
            "For a whole Sunday, gardens and green spaces in the city centre are open. Walk "
            "the route at your own pace.",
        ),
        body=[
            (
                "paragraph",
                T(
                    "Hoe maak je een historische binnenstad groener zonder haar karakter te "
                    "verliezen? Die vraag staat centraal in de Erfgoed Deal Leiden.",
                    "How can a historic city centre become greener without losing its "
                    "character? That question is at the heart of the Heritage Deal Leiden.",
                ),
            ),
            (
                "paragraph",
                T(
                    "Haal een wandelkaart op bij de Pieterskerk en bezoek de tuinen wanneer het u "
                    "uitkomt. Onderzoekers van de Universiteit Leiden en Naturalis vertellen "
                    "onderweg wat het groen van vroeger ons leert. Studenten mediavormgeving van "
                    "mboRijnland leggen de dag vast.",
                    "Pick up a walking map at the Pieterskerk and visit the gardens whenever "
                    "suits you. Along the way, researchers from Leiden University and Naturalis "
                    "explain what the green spaces of the past can teach us. Media design "
                    "students from mboRijnland record the day.",
                ),
            ),
            (
                "paragraph",
                T(
                    "De kaart is er in het Nederlands en het Engels. Niet elke tuin is zonder "
                    "drempels te bereiken; op de kaart ziet u welke wel.",
                    "The map is available in Dutch and English. Not every garden is step-free; "
                    "the map shows which ones are.",
                ),
            ),
        ],
        # Always on the coming Sunday, so the agenda's "this weekend" is never empty.
        dates=[When(days_from_sunday=0, all_day=True)],
        venue="pieterskerk",
        spoken_language="nl_en",
        audiences=["everyone", "families"],
        themes=["heritage", "biodiversity"],
        partners=["gemeente-leiden", "universiteit-leiden", "naturalis", "mborijnland"],
    ),
    Event(
        key="nachtwandeling-naturalis",
        slug=T("nachtwandeling-zonder-woorden", "night-walk-without-words"),
        title=T(
            "Nachtwandeling zonder woorden in Naturalis",
            "A night walk without words at Naturalis",
        ),
        introduction=T(
            "Met een zaklamp door het donkere museum, langs uilen, vleermuizen en andere dieren "
            "van de nacht.",
            "Explore the darkened museum by torchlight, past owls, bats and other creatures of "
            "the night.",
        ),
        body=[
            (
                "paragraph",
                T(
                    "Tijdens deze wandeling wordt niet gesproken. Licht, geluiden en beelden "
                    "wijzen de weg, dus iedereen kan meedoen, welke taal u ook spreekt.",
                    "Nobody speaks during this walk. Light, sounds and images show the way, so "
                    "everyone can take part, whatever language they speak.",
                ),
            ),
            (
                "paragraph",
                T(
                    "Geschikt voor kinderen vanaf 6 jaar, onder begeleiding van een volwassene. "
                    "De route is zonder drempels.",
                    "Suitable for children aged 6 and over with an adult. The route is step-free.",
                ),
            ),
        ],
        dates=[When(days_from_sunday=-1, start_time="20:30", duration_minutes=75)],
        venue="naturalis",
        spoken_language="none",
        audiences=["families", "everyone"],
        access=["wheelchair"],
        price="9.00",
        price_note=T("Kinderen tot 12 jaar € 4,50", "Children under 12 €4.50"),
        ticket_url=f"{DEMO_LINKS}/tickets/nachtwandeling",
        themes=["biodiversity"],
        partners=["naturalis"],
    ),
]
