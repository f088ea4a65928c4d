"""Festivals, their events, and standalone events.

Dates are relative to the day the demo is loaded (``days_from_today``), so the agenda always shows
a mix of past and upcoming events. The festivals and series are the ones the 2023 report names;
the individual programme items are modest examples in their spirit.
"""

from demo.content.schema import Event, Festival, T

_PRICE_LOW = T("€ 7,50", "€7.50")
_PRICE_HIGH = T("€ 12,50", "€12.50")


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
            ],
            days_from_today=2,
            start_time="13:00",
            duration_minutes=300,
            venue="stadsgehoorzaal",
            themes=["health", "biodiversity"],
            partners=["universiteit-leiden", "gemeente-leiden"],
            is_free=False,
            price=_PRICE_HIGH,
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
            ],
            days_from_today=3,
            start_time="20:00",
            duration_minutes=90,
            venue="pieterskerk",
            themes=["heritage"],
            partners=["universiteit-leiden", "gemeente-leiden"],
            is_free=False,
            price=_PRICE_LOW,
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
            ],
            days_from_today=4,
            start_time="14:00",
            duration_minutes=120,
            venue="bibliotheek",
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
            ],
            days_from_today=5,
            start_time="19:00",
            duration_minutes=300,
            venue="naturalis",
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
            days_from_today=150,
            start_time="20:00",
            duration_minutes=90,
            venue="academiegebouw",
            themes=["heritage"],
            partners=["universiteit-leiden", "gemeente-leiden"],
            is_free=False,
            price=_PRICE_LOW,
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
            days_from_today=153,
            start_time="14:00",
            duration_minutes=90,
            venue="bibliotheek",
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
            days_from_today=158,
            start_time="20:00",
            duration_minutes=75,
            venue="pieterskerk",
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
            days_from_today=-20,
            start_time="14:00",
            duration_minutes=150,
            venue="hogeschool-leiden",
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
            days_from_today=-18,
            start_time="20:00",
            duration_minutes=90,
            venue="academiegebouw",
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
            days_from_today=-16,
            start_time="19:30",
            duration_minutes=90,
            venue="naturalis",
            themes=["health", "biodiversity"],
            partners=["naturalis", "universiteit-leiden"],
        ),
    ],
)


# --- Science Café Leiden: a lecture series from day -70 to day 110 --------------------------

SCIENCE_CAFE = Festival(
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
                "De lezingen zijn gratis en vinden plaats in de bibliotheek aan de Nieuwstraat.",
                "The talks are free and take place at the library on Nieuwstraat.",
            ),
        ),
    ],
    days_from_today=-70,
    length_days=181,
    partners=["universiteit-leiden", "naturalis", "hogeschool-leiden", "mborijnland"],
    events=[
        Event(
            key="leven-in-de-grachten",
            slug=T("leven-in-de-grachten", "life-in-the-canals"),
            title=T("Wat leeft er in de Leidse grachten?", "What lives in Leiden’s canals?"),
            introduction=T(
                "Vissen, slakken en waterplanten: een onderzoeker neemt u mee onder water.",
                "Fish, snails and water plants: a researcher takes you below the surface.",
            ),
            body=[
                (
                    "paragraph",
                    T(
                        "De grachten zijn meer dan mooi decor. Er leven veel soorten planten en "
                        "dieren. Hoe gaat het met hen, en wat kunnen we doen om ze te helpen?",
                        "The canals are more than a pretty backdrop. Many kinds of plants and "
                        "animals live there. How are they doing, and what can we do to help them?",
                    ),
                ),
                (
                    "paragraph",
                    T(
                        "Na de lezing kunt u met een loep zelf kijken naar kleine waterdiertjes.",
                        "After the talk you can use a magnifying glass to look at tiny water "
                        "creatures yourself.",
                    ),
                ),
            ],
            days_from_today=-70,
            start_time="20:00",
            duration_minutes=90,
            venue="bibliotheek",
            themes=["biodiversity"],
            partners=["naturalis"],
        ),
        Event(
            key="groen-in-de-binnenstad",
            slug=T("groen-in-de-binnenstad", "greening-the-historic-centre"),
            title=T(
                "Groen in een historische binnenstad",
                "Greening a historic city centre",
            ),
            introduction=T(
                "Hoe zag het groen in de Leidse binnenstad er vroeger uit, en wat leren we "
                "daarvan?",
                "What did green spaces in Leiden’s centre look like in the past, and what can "
                "we learn from them?",
            ),
            body=[
                (
                    "paragraph",
                    T(
                        "Oude kaarten en tuinen vertellen veel over het groen van vroeger. Een "
                        "onderzoeker laat zien hoe die kennis helpt bij plannen voor een "
                        "koelere en groenere stad.",
                        "Old maps and gardens reveal a lot about the green spaces of the past. A "
                        "researcher shows how this knowledge helps with plans for a cooler, "
                        "greener city.",
                    ),
                ),
                (
                    "paragraph",
                    T(
                        "De lezing sluit aan bij de Erfgoed Deal Leiden.",
                        "The talk is linked to the Heritage Deal Leiden.",
                    ),
                ),
            ],
            days_from_today=-12,
            start_time="20:00",
            duration_minutes=90,
            venue="bibliotheek",
            themes=["heritage", "biodiversity"],
            partners=["universiteit-leiden", "naturalis"],
        ),
        Event(
            key="slapen-stress-en-studeren",
            slug=T("slapen-stress-en-studeren", "sleep-stress-and-study"),
            title=T("Slapen, stress en studeren", "Sleep, stress and study"),
            introduction=T(
                "Waarom is goed slapen zo belangrijk als je studeert? Een lezing voor "
                "studenten en iedereen om hen heen.",
                "Why does good sleep matter so much when you are studying? A talk for students "
                "and everyone around them.",
            ),
            body=[
                (
                    "paragraph",
                    T(
                        "Veel studenten ervaren stress. Een onderzoeker vertelt wat slaap en "
                        "rust doen voor je hoofd, en geeft praktische tips.",
                        "Many students experience stress. A researcher explains what sleep and "
                        "rest do for your mind, and shares practical tips.",
                    ),
                ),
                (
                    "paragraph",
                    T(
                        "Deze lezing is in het Engels, zodat ook internationale studenten mee "
                        "kunnen doen.",
                        "This talk is in English, so international students can join in too.",
                    ),
                ),
            ],
            days_from_today=24,
            start_time="20:00",
            duration_minutes=90,
            venue="bibliotheek",
            themes=["health"],
            partners=["universiteit-leiden", "hogeschool-leiden"],
        ),
        Event(
            key="techniek-achter-je-huis",
            slug=T("de-techniek-in-je-huis", "the-technology-in-your-home"),
            title=T(
                "Warmtepomp of zonnepaneel? De techniek in je huis",
                "Heat pump or solar panel? The technology in your home",
            ),
            introduction=T(
                "Een docent installatietechniek legt uit hoe een duurzaam huis werkt.",
                "A teacher of installation engineering explains how a sustainable home works.",
            ),
            body=[
                (
                    "paragraph",
                    T(
                        "Wat doet een warmtepomp precies? En wanneer zijn zonnepanelen een goed "
                        "idee? U krijgt een heldere uitleg zonder moeilijke woorden.",
                        "What exactly does a heat pump do? And when are solar panels a good "
                        "idea? You get a clear explanation without jargon.",
                    ),
                ),
                (
                    "paragraph",
                    T(
                        "Wilt u daarna advies voor uw eigen huis? Dan kunt u terecht bij het "
                        "Energieloket op het Betaplein.",
                        "Would you like advice for your own home afterwards? You can visit the "
                        "Energieloket on Betaplein.",
                    ),
                ),
            ],
            days_from_today=110,
            start_time="20:00",
            duration_minutes=90,
            venue="bibliotheek",
            themes=["biodiversity"],
            partners=["mborijnland"],
        ),
    ],
)


FESTIVALS: list[Festival] = [
    DAYS_OF_ARTS_SCIENCE,
    LETTERLIJK_LEIDEN,
    LIFE_SCIENCE_HEALTH_WEEK,
    SCIENCE_CAFE,
]


STANDALONE_EVENTS: list[Event] = [
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
        days_from_today=35,
        start_time="19:00",
        duration_minutes=240,
        venue="stadsgehoorzaal",
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
        days_from_today=-5,
        start_time="15:00",
        duration_minutes=150,
        venue="hogeschool-leiden",
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
        days_from_today=-30,
        start_time="15:30",
        duration_minutes=120,
        venue="bibliotheek",
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
        ],
        days_from_today=9,
        start_time="15:30",
        duration_minutes=120,
        venue="bibliotheek",
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
        days_from_today=1,
        start_time="13:00",
        duration_minutes=240,
        venue="betaplein",
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
        ],
        days_from_today=21,
        start_time="15:00",
        duration_minutes=120,
        venue="naturalis",
        themes=["biodiversity"],
        partners=["universiteit-leiden", "naturalis", "hogeschool-leiden", "gemeente-leiden"],
    ),
]
