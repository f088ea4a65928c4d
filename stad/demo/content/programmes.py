"""The four flagship programmes and the partner networks of Leiden Kennisstad."""

from stad.demo.content.schema import KeyFigure, Programme, Quote, T

FLAGSHIPS: list[Programme] = [
    Programme(
        key="leren-met-de-stad",
        slug=T("leren-met-de-stad", "learning-with-the-city"),
        title=T("Leren met de Stad", "Learning with the City"),
        introduction=T(
            "Studenten doen onderzoek naar echte vragen uit Leiden. Zo leren zij in de praktijk "
            "en krijgt de stad nieuwe ideeën.",
            "Students research real questions from Leiden. They learn in practice, and the city "
            "gains fresh ideas.",
        ),
        body=[
            ("heading", T("De stad als leeromgeving", "The city as a place to learn")),
            (
                "paragraph",
                T(
                    "Bij Leren met de Stad werken studenten aan een vraag van de gemeente of van "
                    "een organisatie in de stad. Denk aan vragen over gezondheid, groen of de "
                    "buurt. De antwoorden helpen de stad verder.",
                    "In Learning with the City, students work on a question from the municipality "
                    "or from an organisation in the city. These can be questions about health, "
                    "green spaces or neighbourhood life. Their findings help the city move "
                    "forward.",
                ),
            ),
            ("heading", T("Drie jaar om door te groeien", "Three years to grow")),
            (
                "paragraph",
                T(
                    "In 2023 kregen de hogeschool, de universiteit en de gemeente opnieuw geld "
                    "uit de City Deal Kennis Maken. Het is voorlopig de laatste subsidie. De "
                    "partners hebben nu drie jaar om van het initiatief een vast programma te "
                    "maken binnen hun eigen organisaties.",
                    "In 2023 the university of applied sciences, the university and the "
                    "municipality again received funding from the City Deal Kennis Maken. For "
                    "now, this is the final grant. The partners have three years to turn the "
                    "initiative into a permanent programme within their own organisations.",
                ),
            ),
            (
                "key_figures",
                [
                    KeyFigure("3", T("jaar vervolgfinanciering", "years of follow-up funding")),
                    KeyFigure(
                        "4",
                        T(
                            "partners, sinds mboRijnland in 2023 aansloot",
                            "partners since mboRijnland joined in 2023",
                        ),
                    ),
                    KeyFigure("2023", T("start van de nieuwe fase", "start of the new phase")),
                ],
            ),
            ("heading", T("Wat er al is gebeurd", "What has happened so far")),
            (
                "paragraph",
                T(
                    "Er zijn kennisallianties opgezet en docenten krijgen intervisie en steun. "
                    "Ook zijn er een coördinatiegroep en een onderwijsadviesraad. Resultaten "
                    "van studenten zijn te zien tijdens Presenteren met de Stad en op een "
                    "interactieve kaart.",
                    "Knowledge alliances have been set up, and teachers receive peer review "
                    "sessions and support. There is also a coordination group and an education "
                    "advisory board. Students’ results are shown at Presenting with the City and "
                    "on an interactive map.",
                ),
            ),
        ],
        themes=["health", "biodiversity", "heritage"],
        partners=["hogeschool-leiden", "universiteit-leiden", "gemeente-leiden", "mborijnland"],
    ),
    Programme(
        key="leiden-education-fieldlab",
        slug=T("leiden-education-fieldlab", "leiden-education-fieldlab"),
        title=T("Leiden Education Fieldlab (LEF)", "Leiden Education Fieldlab (LEF)"),
        introduction=T(
            "Het LEF is de plek waar het Leidse onderwijs samenwerkt en vernieuwt, in een "
            "gebouw en online.",
            "LEF is where education in Leiden comes together to collaborate and innovate, both "
            "in a physical space and online.",
        ),
        body=[
            ("heading", T("Samen werken aan goed onderwijs", "Working together on good education")),
            (
                "paragraph",
                T(
                    "Leraren, schoolleiders en onderzoekers uit alle sectoren ontmoeten elkaar "
                    "bij het LEF. Ze delen ideeën en starten samen nieuwe projecten.",
                    "Teachers, school leaders and researchers from every sector meet at LEF. They "
                    "share ideas and start new projects together.",
                ),
            ),
            ("heading", T("Meer overzicht", "A clearer picture")),
            (
                "paragraph",
                T(
                    "In 2023 werd het Leidse onderwijsveld overzichtelijker. De onderwijstafel, "
                    "het LEF, de Leidse Educatie Agenda (LEA) en Leiden Kennisstad werken nu met "
                    "dezelfde thema’s. Per thema kwamen mensen uit verschillende sectoren bij "
                    "elkaar.",
                    "In 2023 the education landscape in Leiden became easier to navigate. The "
                    "Leiden education table, LEF, the Leiden Education Agenda (LEA) and Leiden "
                    "City of Knowledge now share the same themes. For each theme, people from "
                    "different sectors came together.",
                ),
            ),
            (
                "key_figures",
                [
                    KeyFigure(
                        "3",
                        T(
                            "agenda’s verbonden met de onderwijstafel",
                            "agendas linked to the education table",
                        ),
                    ),
                    KeyFigure(
                        "2023",
                        T(
                            "jaar waarin de agenda’s werden gekoppeld",
                            "year the agendas were linked",
                        ),
                    ),
                ],
            ),
            (
                "quote",
                Quote(
                    text=T("Laat je verleiden", "Let yourself be tempted"),
                    attribution=T(
                        "Thema van de Nacht van de Leraar 2023",
                        "Theme of the 2023 Night of the Teacher",
                    ),
                ),
            ),
            (
                "paragraph",
                T(
                    "Ook buiten Leiden laat het LEF van zich horen. Bijvoorbeeld bij het "
                    "ministerie van OCW, binnen het landelijke netwerk Operation Education en op "
                    "RadioLEF.",
                    "LEF is visible beyond Leiden as well, for example in meetings with the "
                    "Ministry of Education, Culture and Science, in the national Operation "
                    "Education community and through RadioLEF.",
                ),
            ),
        ],
        themes=["health"],
        partners=["gemeente-leiden", "hogeschool-leiden", "universiteit-leiden", "mborijnland"],
        website="https://www.onderwijsindeleidseregio.nl/",
    ),
    Programme(
        key="leiden-bio-science-park",
        slug=T("leiden-bio-science-park", "leiden-bio-science-park"),
        title=T("Leiden Bio Science Park", "Leiden Bio Science Park"),
        introduction=T(
            "Op het Leiden Bio Science Park werken onderwijs, onderzoek en bedrijven dicht bij "
            "elkaar aan kennis over gezondheid en leven.",
            "At Leiden Bio Science Park, education, research and companies work side by side on "
            "knowledge about health and life sciences.",
        ),
        body=[
            (
                "heading",
                T("Een vlaggenschip van de kennisstad", "A flagship of the knowledge city"),
            ),
            (
                "paragraph",
                T(
                    "Het Leiden Bio Science Park is een van de vier vlaggenschepen van Leiden "
                    "Kennisstad. De gemeente blijft zich inzetten voor dit gebied.",
                    "Leiden Bio Science Park is one of the four flagships of Leiden City of "
                    "Knowledge. The municipality remains committed to this area.",
                ),
            ),
            ("heading", T("Een goede plek om te werken", "A good place to work")),
            (
                "paragraph",
                T(
                    "De gemeente wil dat kennisinstellingen en kennisbedrijven goed kunnen "
                    "groeien in Leiden. Daarom werkt zij aan een aantrekkelijk klimaat om je hier "
                    "te vestigen en aan de zichtbaarheid van Leiden in binnen- en buitenland.",
                    "The municipality wants knowledge institutions and knowledge-based companies "
                    "to thrive in Leiden. That is why it works on making the city an attractive "
                    "place to settle, and on raising Leiden’s profile in the Netherlands and "
                    "abroad.",
                ),
            ),
            ("heading", T("Kennis benutten", "Putting knowledge to use")),
            (
                "paragraph",
                T(
                    "De gemeente stimuleert samenwerking, vernieuwing in onderwijs en onderzoek, "
                    "en het gebruik van nieuwe kennis in de praktijk. Zo heeft ook de stad er "
                    "voordeel van.",
                    "The municipality encourages collaboration, innovation in education and "
                    "research, and the practical use of new knowledge. That way, the city "
                    "benefits too.",
                ),
            ),
            (
                "key_figures",
                [
                    KeyFigure(
                        "4",
                        T(
                            "vlaggenschepen van Leiden Kennisstad",
                            "flagships of Leiden City of Knowledge",
                        ),
                    ),
                    KeyFigure(
                        "2022",
                        T("samenwerking Leiden Kennisstad vernieuwd", "collaboration renewed"),
                    ),
                ],
            ),
        ],
        themes=["health"],
        partners=["universiteit-leiden", "hogeschool-leiden", "gemeente-leiden"],
        website="https://leidenbiosciencepark.nl/",
    ),
    Programme(
        key="european-city-of-science",
        slug=T("nalatenschap-european-city-of-science", "legacy-european-city-of-science"),
        title=T(
            "De nalatenschap van European City of Science",
            "The legacy of European City of Science",
        ),
        introduction=T(
            "In 2022 was Leiden European City of Science. Wat toen begon, loopt door in nieuwe "
            "plannen, festivals en Vraag het Leiden.",
            "In 2022 Leiden was European City of Science. What started then lives on in new "
            "plans, festivals and Ask Leiden.",
        ),
        body=[
            ("heading", T("Van Postbus71 naar Vraag het Leiden", "From Postbus71 to Ask Leiden")),
            (
                "paragraph",
                T(
                    "Tijdens het wetenschapsjaar ontstond Postbus71. Samen met Universiteit "
                    "Leiden heeft de gemeente dit verder ontwikkeld tot Vraag het Leiden. Op dat "
                    "videoplatform beantwoorden Leidse experts op een toegankelijke manier vragen "
                    "van inwoners.",
                    "Postbus71 was created during the science year. Together with Leiden "
                    "University, the municipality developed it further into Ask Leiden (Vraag "
                    "het Leiden). On this video platform, Leiden experts answer residents’ "
                    "questions in an accessible way.",
                ),
            ),
            ("heading", T("Stad van ontdekkingen", "City of discoveries")),
            (
                "paragraph",
                T(
                    "De gemeente steunt initiatieven die laten zien hoe kennis en cultuur in "
                    "Leiden samengaan. Voorbeelden zijn de Leiden Life Science & Health Week, "
                    "de Days of Arts & Science, het letterenfestival Letterlijk Leiden en de "
                    "lezingen van het Science Café Leiden.",
                    "The municipality supports initiatives that show Leiden’s blend of knowledge "
                    "and culture. Examples include the Leiden Life Science & Health Week, the "
                    "Days of Arts & Science, the Letterlijk Leiden literature festival and the "
                    "Science Café Leiden lectures.",
                ),
            ),
            (
                "paragraph",
                T(
                    "Met een aparte subsidieregeling voor kennis en cultuur kregen ook het "
                    "Taalmuseum en Things That Talk steun.",
                    "A separate grant scheme for knowledge and culture also supported the "
                    "Taalmuseum (Language Museum) and Things That Talk.",
                ),
            ),
            (
                "key_figures",
                [
                    KeyFigure(
                        "2022",
                        T("Leiden European City of Science", "Leiden European City of Science"),
                    ),
                    KeyFigure(
                        "4",
                        T(
                            "festivals en reeksen die de gemeente in 2023 steunde",
                            "festivals and series the municipality supported in 2023",
                        ),
                    ),
                ],
            ),
        ],
        themes=["heritage"],
        partners=["universiteit-leiden", "gemeente-leiden"],
    ),
]


NETWORKS: list[Programme] = [
    Programme(
        key="lhsc",
        slug=T("leiden-healthy-society-center", "leiden-healthy-society-center"),
        title=T("Leiden Healthy Society Center (LHSC)", "Leiden Healthy Society Center (LHSC)"),
        introduction=T(
            "Een netwerk dat mensen, ideeën en onderzoek rond een gezond leven in Leiden bij "
            "elkaar brengt.",
            "A network that brings together people, ideas and research on healthy living in "
            "Leiden.",
        ),
        body=[
            ("heading", T("Gezond leven, je hele leven", "Healthy living, all through life")),
            (
                "paragraph",
                T(
                    "Het LHSC wil dat alle Leidenaren gezond blijven en zich goed voelen, op elke "
                    "leeftijd. Het netwerk helpt partijen elkaar te vinden en samen "
                    "nieuwe plannen te maken.",
                    "The LHSC aims to improve the health and wellbeing of everyone in Leiden, at "
                    "every age. The network helps organisations find each other and make new "
                    "plans together.",
                ),
            ),
            ("heading", T("Sterker met vier partners", "Stronger with four partners")),
            (
                "paragraph",
                T(
                    "In 2023 sloten de Hogeschool Leiden en mboRijnland zich aan bij de "
                    "universiteit en de gemeente. Samen legden zij een visie en ambities vast en "
                    "maakten zij een actieplan voor 2024.",
                    "In 2023 Hogeschool Leiden and mboRijnland joined the university and the "
                    "municipality. Together they agreed on a vision and ambitions and drew up an "
                    "action plan for 2024.",
                ),
            ),
            (
                "key_figures",
                [
                    KeyFigure("4", T("partners in het netwerk", "partners in the network")),
                    KeyFigure(
                        "2", T("eerste kenniscafés in 2023", "first knowledge cafés in 2023")
                    ),
                    KeyFigure(
                        "2024", T("jaar van het eerste actieplan", "year of the first action plan")
                    ),
                ],
            ),
            ("heading", T("Kenniscafés", "Knowledge cafés")),
            (
                "paragraph",
                T(
                    "De eerste kenniscafés gingen over overgewicht bij peuters en over vitaal "
                    "ouder worden. Onderzoekers, beleidsmakers, zorgverleners en mensen uit het "
                    "welzijnswerk deelden er wat zij in de praktijk zien.",
                    "The first knowledge cafés were about preventing overweight in toddlers and "
                    "about staying healthy as you grow older. Researchers, policy makers, care "
                    "providers and welfare workers shared what they see in their daily work.",
                ),
            ),
        ],
        themes=["health"],
        partners=["universiteit-leiden", "hogeschool-leiden", "mborijnland", "gemeente-leiden"],
    ),
    Programme(
        key="leiden-biodiversity-network",
        slug=T("leiden-biodiversity-network", "leiden-biodiversity-network"),
        title=T("Leiden Biodiversity Network", "Leiden Biodiversity Network"),
        introduction=T(
            "Kennis over biodiversiteit bundelen en gebruiken voor een groenere stad.",
            "Bringing together knowledge about biodiversity and using it for a greener city.",
        ),
        body=[
            ("heading", T("Wat het netwerk wil", "What the network wants to achieve")),
            (
                "paragraph",
                T(
                    "In Leiden is veel kennis over biodiversiteit aanwezig. Het netwerk maakt die "
                    "kennis beter zichtbaar en zet haar in voor de stad zelf.",
                    "Leiden has a wealth of knowledge about biodiversity. The network makes this "
                    "knowledge easier to see and puts it to use for the city itself.",
                ),
            ),
            (
                "paragraph",
                T(
                    "Het netwerk werkt nauw samen met de nieuwe aanpak van de gemeente voor "
                    "klimaatadaptatie en vergroening. Zo komt onderzoek direct terecht in plannen "
                    "voor de stad.",
                    "The network works closely with the municipality’s new approach to climate "
                    "adaptation and greening. This way, research feeds straight into plans for the "
                    "city.",
                ),
            ),
            (
                "key_figures",
                [
                    KeyFigure("4", T("partners in het netwerk", "partners in the network")),
                    KeyFigure("2023", T("jaar van oprichting", "year the network was formed")),
                ],
            ),
            ("heading", T("De volgende stappen", "Next steps")),
            (
                "paragraph",
                T(
                    "Na een aantal netwerkbijeenkomsten wordt gewerkt aan een logo en een "
                    "biodiversiteitsverhaal voor Leiden. Binnenkort verkennen de partners samen "
                    "kansen voor subsidie en zoeken ze nieuwe partners in de regio en in het land.",
                    "After several network meetings, work is underway on a logo and a "
                    "biodiversity story for Leiden. Soon the partners will explore funding "
                    "opportunities together and look for new partners in the region and across "
                    "the country.",
                ),
            ),
        ],
        themes=["biodiversity"],
        partners=["universiteit-leiden", "naturalis", "hogeschool-leiden", "gemeente-leiden"],
    ),
    Programme(
        key="energieloket",
        slug=T("energieloket", "energy-advice-desk"),
        title=T("Energieloket", "Energieloket energy advice desk"),
        introduction=T(
            "Gratis en onafhankelijk advies over een duurzamer huis, gegeven door studenten en "
            "docenten van mboRijnland.",
            "Free, independent advice on making your home more sustainable, given by students "
            "and teachers from mboRijnland.",
        ),
        body=[
            ("heading", T("Advies op maat", "Advice that fits your home")),
            (
                "paragraph",
                T(
                    "In het gebouw van mboRijnland aan het Betaplein helpen studenten en docenten "
                    "installatietechniek inwoners op weg. Adviseurs met kennis van bouwtechniek "
                    "denken mee, zodat u zelf aan de slag kunt.",
                    "At mboRijnland’s Betaplein location, students and teachers of installation "
                    "engineering help residents get started. Advisers with building expertise "
                    "join in, so that you can take the next steps yourself.",
                ),
            ),
            ("heading", T("Zien hoe het werkt", "See how it works")),
            (
                "paragraph",
                T(
                    "In het technieklokaal kunt u nieuwe techniek bekijken, zoals warmtepompen "
                    "en zonnepanelen.",
                    "In the technology room you can look at new equipment, such as heat pumps "
                    "and solar panels.",
                ),
            ),
            (
                "quote",
                Quote(
                    text=T(
                        "Inwoners krijgen hulp bij de energietransitie en studenten een "
                        "prachtige plek om te leren.",
                        "Residents get help with the energy transition, and students get a "
                        "wonderful place to learn.",
                    ),
                    attribution=T(
                        "Gemeente Leiden over het Energieloket",
                        "Municipality of Leiden on the Energieloket",
                    ),
                ),
            ),
            (
                "key_figures",
                [
                    KeyFigure(
                        "2",
                        T(
                            "partners: mboRijnland en de gemeente",
                            "partners: mboRijnland and the municipality",
                        ),
                    ),
                    KeyFigure("2023", T("start van het Energieloket", "the Energieloket opened")),
                ],
            ),
            (
                "paragraph",
                T(
                    "In 2023 zijn de eerste gesprekken gestart om het Energieloket uit te breiden "
                    "met meer partners die werken aan de energietransitie.",
                    "In 2023, first talks began about expanding the Energieloket with more "
                    "partners who work on the energy transition.",
                ),
            ),
        ],
        themes=["biodiversity"],
        partners=["mborijnland", "gemeente-leiden"],
    ),
    Programme(
        key="erfgoed-deal-leiden",
        slug=T("erfgoed-deal-leiden", "heritage-deal-leiden"),
        title=T("Erfgoed Deal Leiden", "Heritage Deal Leiden"),
        introduction=T(
            "Hoe maak je een historische binnenstad groener zonder haar karakter te verliezen?",
            "How do you make a historic city centre greener without losing its character?",
        ),
        body=[
            ("heading", T("De vraag", "The question")),
            (
                "paragraph",
                T(
                    "De gemeente en Erfgoed Leiden kregen in 2023 een Erfgoed Deal van de "
                    "Rijksdienst voor het Cultureel Erfgoed. Centraal staat de vraag hoe meer "
                    "groen en een waardevolle oude stad samengaan.",
                    "In 2023 the municipality and Erfgoed Leiden were awarded a Heritage Deal by "
                    "the Cultural Heritage Agency of the Netherlands. The central question is how "
                    "more greenery and a valuable historic city can go hand in hand.",
                ),
            ),
            ("heading", T("Wat het oplevert", "What it will deliver")),
            (
                "paragraph",
                T(
                    "Het project levert ontwerpprincipes op voor een binnenstad die past bij het "
                    "klimaat en het erfgoed. Daarmee kan de gemeente plannen voor meer groen "
                    "beoordelen. Ook kunnen inwoners er ideeën uit halen voor hun eigen tuin of "
                    "gevel.",
                    "The project will produce design principles for a city centre that respects "
                    "both the climate and its heritage. The municipality can use them to assess "
                    "greening plans. Residents can also draw ideas from them for their own garden "
                    "or façade.",
                ),
            ),
            ("heading", T("Wie doen er mee?", "Who is involved?")),
            (
                "paragraph",
                T(
                    "Universiteit Leiden en Naturalis onderzoeken het groen van vroeger in de "
                    "binnenstad. Ze kijken ook hoe goed groen helpt tegen hitte, de natuur "
                    "versterkt en de stad prettiger maakt. Studenten mediavormgeving van "
                    "mboRijnland leggen het project vast.",
                    "Leiden University and Naturalis are researching the historic green spaces "
                    "of the city centre. They also look at how well greenery reduces heat, "
                    "supports nature and makes the city more pleasant. Media design students from "
                    "mboRijnland are documenting the project.",
                ),
            ),
            (
                "key_figures",
                [
                    KeyFigure("2023", T("Erfgoed Deal toegekend", "Heritage Deal awarded")),
                    KeyFigure(
                        "3",
                        T(
                            "kennisinstellingen doen mee",
                            "knowledge institutions take part",
                        ),
                    ),
                ],
            ),
        ],
        themes=["heritage", "biodiversity"],
        partners=["gemeente-leiden", "universiteit-leiden", "naturalis", "mborijnland"],
    ),
    Programme(
        key="alliantie-studentenwelzijn",
        slug=T("alliantie-studentenwelzijn", "student-wellbeing-alliance"),
        title=T("Alliantie Studentenwelzijn", "Student Wellbeing Alliance"),
        introduction=T(
            "Samen zorgen voor studenten die goed in hun vel zitten, in Leiden en in heel "
            "Nederland.",
            "Working together so that students feel good, in Leiden and across the Netherlands.",
        ),
        body=[
            (
                "paragraph",
                T(
                    "In 2023 sloten mboRijnland, de LiS en ROC Mondriaan zich aan bij de Leidse "
                    "verklaring studentenwelzijn. Zo staan mbo-studenten er niet meer buiten.",
                    "In 2023 mboRijnland, LiS and ROC Mondriaan signed up to the Leiden student "
                    "wellbeing declaration. This means vocational students are now fully "
                    "included.",
                ),
            ),
            (
                "paragraph",
                T(
                    "Op bijeenkomsten wisselden studenten, hulpverleners en onderwijsinstellingen "
                    "kennis uit. De COKE Show ging bijvoorbeeld over alcohol en drugs.",
                    "At several meetings, students, care workers and educational institutions "
                    "exchanged knowledge. The COKE Show, for example, focused on alcohol and "
                    "drugs.",
                ),
            ),
            ("heading", T("Young in Leiden", "Young in Leiden")),
            (
                "paragraph",
                T(
                    "Een groep Leidse geneeskundestudenten hielp mee aan de website Young in "
                    "Leiden. Daar vinden jongeren hulpverleners, informatie en advies, en waar ze "
                    "terechtkunnen.",
                    "A group of Leiden medical students helped build the Young in Leiden website. "
                    "It gives young people a clear overview of care providers, information and "
                    "advice, and where to go for help.",
                ),
            ),
            ("heading", T("Landelijk", "Nationally")),
            (
                "paragraph",
                T(
                    "Binnen het Netwerk Kennissteden Nederland (NKN) is Leiden trekker van de "
                    "landelijke alliantie studentenwelzijn. Zo leren kennissteden van elkaar.",
                    "Within the Network of Knowledge Cities in the Netherlands (NKN), Leiden "
                    "leads the national student wellbeing alliance. This helps knowledge cities "
                    "learn from one another.",
                ),
            ),
            (
                "key_figures",
                [
                    KeyFigure(
                        "3",
                        T(
                            "mbo-scholen sloten zich in 2023 aan",
                            "vocational schools signed up in 2023",
                        ),
                    ),
                    KeyFigure("2023", T("lancering Young in Leiden", "Young in Leiden launched")),
                ],
            ),
        ],
        themes=["health"],
        partners=[
            "gemeente-leiden",
            "universiteit-leiden",
            "hogeschool-leiden",
            "mborijnland",
            "lis",
            "roc-mondriaan",
        ],
    ),
]
