"""News about the results of Leiden Kennisstad in 2023 (dates are plausible, not official)."""

from stad.demo.content.schema import KeyFigure, News, T, dutch_only

NEWS: list[News] = [
    News(
        key="lhsc-uitgebreid",
        slug=T(
            "hogeschool-en-mborijnland-sluiten-aan-bij-lhsc",
            "hogeschool-and-mborijnland-join-lhsc",
        ),
        title=T(
            "Hogeschool Leiden en mboRijnland sluiten aan bij het Leiden Healthy Society Center",
            "Hogeschool Leiden and mboRijnland join the Leiden Healthy Society Center",
        ),
        introduction=T(
            "Het netwerk voor gezondheid en welzijn in Leiden telt nu vier partners.",
            "Leiden’s network for health and wellbeing now has four partners.",
        ),
        body=[
            (
                "paragraph",
                T(
                    "Tot nu toe werkten de universiteit en de gemeente samen in het Leiden "
                    "Healthy Society Center. Nu doen ook de hogeschool en mboRijnland mee. Zo "
                    "komen kennis uit onderzoek, beroepsonderwijs en praktijk samen.",
                    "Until now, the university and the municipality worked together in the "
                    "Leiden Healthy Society Center. Now the university of applied sciences and "
                    "mboRijnland are joining too, bringing together knowledge from research, "
                    "vocational education and practice.",
                ),
            ),
            (
                "paragraph",
                T(
                    "De vier partners leggen samen een visie en ambities vast. Ook maken ze een "
                    "actieplan voor 2024.",
                    "The four partners will agree on a shared vision and ambitions, and draw up "
                    "an action plan for 2024.",
                ),
            ),
            (
                "key_figures",
                [
                    KeyFigure("4", T("partners in het netwerk", "partners in the network")),
                    KeyFigure("2024", T("eerste actieplan", "first action plan")),
                ],
            ),
        ],
        date="2023-03-14",
        themes=["health"],
        partners=["universiteit-leiden", "hogeschool-leiden", "mborijnland", "gemeente-leiden"],
    ),
    News(
        key="leren-met-de-stad-vervolgfinanciering",
        slug=T(
            "vervolgfinanciering-voor-leren-met-de-stad",
            "follow-up-funding-for-learning-with-the-city",
        ),
        title=T(
            "Drie jaar extra voor Leren met de Stad",
            "Three more years for Learning with the City",
        ),
        introduction=T(
            "Leren met de Stad krijgt opnieuw geld uit de City Deal Kennis Maken. Ook "
            "mboRijnland doet voortaan mee.",
            "Learning with the City receives new funding from the City Deal Kennis Maken, and "
            "mboRijnland is now on board as well.",
        ),
        body=[
            (
                "paragraph",
                T(
                    "De hogeschool, de universiteit en de gemeente hebben een nieuwe subsidie "
                    "gekregen. Het is voorlopig de laatste. De partners gebruiken de komende "
                    "drie jaar om Leren met de Stad een vaste plek te geven in hun organisaties.",
                    "The university of applied sciences, the university and the municipality "
                    "have been awarded a new grant, which for now will be the last one. The "
                    "partners will use the next three years to give Learning with the City a "
                    "permanent place in their organisations.",
                ),
            ),
            (
                "paragraph",
                T(
                    "mboRijnland is toegetreden tot het consortium. Het doel is dat steeds meer "
                    "studenten, ook uit het mbo, onderzoek doen naar vragen uit de stad.",
                    "mboRijnland has joined the consortium. The aim is for more and more "
                    "students, including those in vocational education, to research questions "
                    "from the city.",
                ),
            ),
            (
                "key_figures",
                [
                    KeyFigure("3", T("jaar financiering", "years of funding")),
                    KeyFigure("4", T("partners in het consortium", "partners in the consortium")),
                ],
            ),
        ],
        date="2023-04-20",
        themes=["health", "biodiversity", "heritage"],
        partners=["hogeschool-leiden", "universiteit-leiden", "gemeente-leiden", "mborijnland"],
    ),
    News(
        key="leiden-biodiversity-network-gevormd",
        slug=T("leiden-biodiversity-network-van-start", "leiden-biodiversity-network-launched"),
        title=T(
            "Leiden Biodiversity Network van start",
            "Leiden Biodiversity Network launched",
        ),
        introduction=T(
            "Vier Leidse organisaties bundelen hun kennis over biodiversiteit.",
            "Four Leiden organisations are pooling their knowledge about biodiversity.",
        ),
        body=[
            (
                "paragraph",
                T(
                    "Universiteit Leiden, Naturalis, de Hogeschool Leiden en de gemeente vormen "
                    "samen het Leiden Biodiversity Network. Ze willen de kennis in de stad beter "
                    "zichtbaar maken en gebruiken.",
                    "Leiden University, Naturalis, Hogeschool Leiden and the municipality have "
                    "formed the Leiden Biodiversity Network. They want to make the knowledge in "
                    "the city more visible and put it to better use.",
                ),
            ),
            (
                "paragraph",
                T(
                    "Het netwerk sluit aan bij de gemeentelijke aanpak voor klimaatadaptatie en "
                    "vergroening. Zo helpt onderzoek mee aan een groenere stad.",
                    "The network ties in with the municipality’s approach to climate adaptation "
                    "and greening, so that research helps to create a greener city.",
                ),
            ),
        ],
        date="2023-05-25",
        themes=["biodiversity"],
        partners=["universiteit-leiden", "naturalis", "hogeschool-leiden", "gemeente-leiden"],
    ),
    News(
        key="vraag-het-leiden",
        slug=T("vraag-het-leiden-neemt-het-stokje-over", "ask-leiden-takes-over"),
        title=T(
            "Vraag het Leiden neemt het stokje over van Postbus71",
            "Ask Leiden takes over from Postbus71",
        ),
        introduction=T(
            "Heeft u een vraag? Leidse experts geven antwoord in korte video’s.",
            "Got a question? Leiden experts answer it in short videos.",
        ),
        body=[
            (
                "paragraph",
                T(
                    "Postbus71 begon in 2022, het jaar waarin Leiden European City of Science "
                    "was. De gemeente en Universiteit Leiden bouwen het nu verder uit tot het "
                    "videoplatform Vraag het Leiden.",
                    "Postbus71 started in 2022, the year Leiden was European City of Science. The "
                    "municipality and Leiden University are now developing it further into the "
                    "video platform Ask Leiden (Vraag het Leiden).",
                ),
            ),
            (
                "paragraph",
                T(
                    "Inwoners sturen hun vragen in. Experts uit Leiden beantwoorden ze op een "
                    "heldere en toegankelijke manier.",
                    "Residents send in their questions, and experts from Leiden answer them in a "
                    "clear and accessible way.",
                ),
            ),
        ],
        date="2023-06-15",
        themes=["heritage"],
        partners=["universiteit-leiden", "gemeente-leiden"],
    ),
    News(
        key="erfgoed-deal-toegekend",
        slug=T("erfgoed-deal-voor-leiden", "heritage-deal-for-leiden"),
        title=T(
            "Leiden krijgt een Erfgoed Deal voor een groenere binnenstad",
            "Leiden receives a Heritage Deal for a greener city centre",
        ),
        introduction=T(
            "De Rijksdienst voor het Cultureel Erfgoed heeft de Leidse aanvraag toegekend.",
            "The Cultural Heritage Agency of the Netherlands has approved Leiden’s application.",
        ),
        body=[
            (
                "paragraph",
                T(
                    "De gemeente en Erfgoed Leiden vroegen de Erfgoed Deal aan. Het project "
                    "onderzoekt hoe de historische binnenstad groener kan worden en tegelijk haar "
                    "karakter houdt.",
                    "The municipality and Erfgoed Leiden applied for the Heritage Deal. The "
                    "project explores how the historic city centre can become greener while "
                    "keeping its character.",
                ),
            ),
            (
                "paragraph",
                T(
                    "Universiteit Leiden en Naturalis onderzoeken het groen van vroeger. "
                    "Studenten mediavormgeving van mboRijnland leggen vast wat het project "
                    "oplevert.",
                    "Leiden University and Naturalis are researching the green spaces of the "
                    "past. Media design students from mboRijnland will document what the project "
                    "achieves.",
                ),
            ),
            (
                "paragraph",
                T(
                    "Het resultaat zijn ontwerpprincipes voor een binnenstad die klimaatbestendig "
                    "is en zuinig omgaat met erfgoed.",
                    "The result will be a set of design principles for a city centre that is "
                    "climate-resilient and treats its heritage with care.",
                ),
            ),
        ],
        date="2023-07-06",
        themes=["heritage", "biodiversity"],
        partners=["gemeente-leiden", "universiteit-leiden", "naturalis", "mborijnland"],
    ),
    News(
        key="el-cid-pilot",
        slug=T("mbo-studenten-lopen-mee-in-el-cid", "vocational-students-join-el-cid"),
        title=T(
            "Voor het eerst lopen mbo-studenten mee in de introductieweek",
            "Vocational students join the introduction week for the first time",
        ),
        introduction=T(
            "Dankzij een proef met de EL CID-commissie konden ook mbo-studenten meedoen.",
            "Thanks to a pilot with the EL CID committee, vocational students could take part "
            "as well.",
        ),
        body=[
            (
                "paragraph",
                T(
                    "De introductieweek EL CID is een bekende start van het studiejaar in "
                    "Leiden. Dit jaar konden voor het eerst ook mbo-studenten meelopen.",
                    "The EL CID introduction week is a well-known start to the academic year in "
                    "Leiden. This year, for the first time, vocational students could join in.",
                ),
            ),
            (
                "paragraph",
                T(
                    "Dat is een belangrijke stap voor een stad waarin mbo-studenten er net zo "
                    "bij horen. De partners willen de proef graag voortzetten.",
                    "This is an important step towards a city where vocational students belong "
                    "just as much as anyone else. The partners would like to continue the "
                    "pilot.",
                ),
            ),
        ],
        date="2023-08-24",
        themes=["health"],
        partners=["mborijnland", "gemeente-leiden"],
    ),
    News(
        key="mbo-verklaring-studentenwelzijn",
        slug=T(
            "mbo-scholen-tekenen-verklaring-studentenwelzijn",
            "vocational-schools-sign-student-wellbeing-declaration",
        ),
        title=T(
            "Leidse mbo-scholen sluiten aan bij verklaring studentenwelzijn",
            "Leiden vocational schools sign up to student wellbeing declaration",
        ),
        introduction=T(
            "mboRijnland, de LiS en ROC Mondriaan zetten zich samen in voor het welzijn van "
            "studenten.",
            "mboRijnland, LiS and ROC Mondriaan are joining forces for student wellbeing.",
        ),
        body=[
            (
                "paragraph",
                T(
                    "Met de Leidse verklaring studentenwelzijn spreken onderwijsinstellingen af "
                    "om samen aandacht te geven aan hoe het met studenten gaat. Nu doen ook de "
                    "drie mbo-scholen in de stad mee.",
                    "In the Leiden student wellbeing declaration, educational institutions agree "
                    "to work together on how students are doing. Now the city’s three vocational "
                    "schools have joined as well.",
                ),
            ),
            (
                "paragraph",
                T(
                    "Op bijeenkomsten delen studenten, hulpverleners en scholen hun kennis. De "
                    "COKE Show ging bijvoorbeeld over alcohol en drugs.",
                    "At meetings, students, care workers and schools share their knowledge. The "
                    "COKE Show, for example, was about alcohol and drugs.",
                ),
            ),
            (
                "key_figures",
                [
                    KeyFigure("3", T("mbo-scholen sloten aan", "vocational schools signed up")),
                    KeyFigure("2023", T("jaar van aansluiting", "year they signed up")),
                ],
            ),
        ],
        date="2023-09-12",
        themes=["health"],
        partners=["mborijnland", "lis", "roc-mondriaan", "gemeente-leiden"],
    ),
    News(
        key="young-in-leiden",
        slug=T("young-in-leiden-online", "young-in-leiden-goes-live"),
        title=T(
            "Nieuwe website Young in Leiden is online", "New Young in Leiden website goes live"
        ),
        introduction=T(
            "Jongeren vinden op één plek hulp, informatie en advies.",
            "Young people can now find support, information and advice in one place.",
        ),
        body=[
            (
                "paragraph",
                T(
                    "Een groep Leidse geneeskundestudenten hielp mee om de website te maken. "
                    "Young in Leiden geeft een helder overzicht van hulpverleners en laat zien "
                    "waar je terechtkunt.",
                    "A group of Leiden medical students helped to create the website. Young in "
                    "Leiden gives a clear overview of care providers and shows where you can go "
                    "for help.",
                ),
            ),
            (
                "paragraph",
                T(
                    "Zit je ergens mee? Kijk op de website welke hulp bij jou past.",
                    "Is something on your mind? Check the website to find the support that suits "
                    "you.",
                ),
            ),
        ],
        date="2023-10-05",
        themes=["health"],
        partners=["gemeente-leiden", "universiteit-leiden"],
    ),
    News(
        key="energieloket-geopend",
        slug=T("energieloket-open-op-het-betaplein", "energieloket-opens-at-betaplein"),
        title=T(
            "Energieloket open op het Betaplein",
            "Energieloket opens at Betaplein",
        ),
        introduction=T(
            "Inwoners krijgen gratis advies over een duurzamer huis van studenten en docenten "
            "van mboRijnland.",
            "Residents can get free advice on making their home more sustainable from "
            "mboRijnland students and teachers.",
        ),
        body=[
            (
                "paragraph",
                T(
                    "mboRijnland en de gemeente zijn samen gestart met het Energieloket. Het "
                    "advies is onafhankelijk en gratis. Adviseurs met kennis van bouwtechniek "
                    "helpen mee.",
                    "mboRijnland and the municipality have jointly launched the Energieloket. "
                    "The advice is independent and free, and advisers with building expertise "
                    "lend a hand.",
                ),
            ),
            (
                "paragraph",
                T(
                    "In het technieklokaal ziet u hoe een warmtepomp of zonnepaneel werkt. Voor "
                    "studenten is het loket een mooie plek om te leren.",
                    "In the technology room you can see how a heat pump or solar panel works. For "
                    "students, the advice desk is a great place to learn.",
                ),
            ),
        ],
        date="2023-10-19",
        themes=["biodiversity"],
        partners=["mborijnland", "gemeente-leiden"],
    ),
    News(
        key="pijlerplan-mbo",
        slug=T("pijlerplan-mbo-vastgesteld", "mbo-pillar-plan-adopted"),
        title=T(
            "College stelt pijlerplan mbo vast",
            "Municipal executive adopts plan for vocational education",
        ),
        introduction=T(
            "Het plan beschrijft hoe het mbo en mbo-studenten een sterkere plek krijgen in de "
            "stad.",
            "The plan sets out how vocational education and its students can gain a stronger "
            "place in the city.",
        ),
        body=[
            (
                "paragraph",
                T(
                    "In november heeft het college van burgemeester en wethouders het pijlerplan "
                    "mbo vastgesteld. Het plan laat zien hoe de samenwerking met het mbo beter "
                    "kan.",
                    "In November, the Mayor and Aldermen adopted the ‘pijlerplan mbo’, a plan for "
                    "vocational education. It shows how cooperation with vocational schools can "
                    "be improved.",
                ),
            ),
            (
                "paragraph",
                T(
                    "Sinds mboRijnland partner werd van Leiden Kennisstad, krijgt het mbo een "
                    "steeds duidelijkere plek in de kennisstad.",
                    "Since mboRijnland became a partner of Leiden City of Knowledge, vocational "
                    "education has gained an increasingly clear place in the knowledge city.",
                ),
            ),
        ],
        date="2023-11-21",
        themes=["health"],
        partners=["gemeente-leiden", "mborijnland", "lis", "roc-mondriaan"],
    ),
    News(
        key="nkn-alliantie-studentenwelzijn",
        slug=T(
            "leiden-trekker-landelijke-alliantie-studentenwelzijn",
            "leiden-leads-national-student-wellbeing-alliance",
        ),
        title=T(
            "Leiden neemt de leiding in landelijke alliantie studentenwelzijn",
            "Leiden takes the lead in national student wellbeing alliance",
        ),
        introduction=T(
            "Binnen het Netwerk Kennissteden Nederland wordt Leiden trekker van de alliantie.",
            "Within the Network of Knowledge Cities in the Netherlands, Leiden will lead the "
            "alliance.",
        ),
        body=[
            (
                "paragraph",
                T(
                    "Het Bestuurlijk Overleg van het Netwerk Kennissteden Nederland (NKN) stond "
                    "in het teken van studentenwelzijn. Daar bood Leiden zich officieel aan als "
                    "trekker van de landelijke alliantie.",
                    "The executive meeting of the Network of Knowledge Cities in the Netherlands "
                    "(NKN) focused on student wellbeing. There, Leiden formally offered to lead "
                    "the national alliance.",
                ),
            ),
            (
                "paragraph",
                T(
                    "Zo kunnen kennissteden makkelijker kennis en ervaringen over "
                    "studentenwelzijn met elkaar delen.",
                    "This makes it easier for knowledge cities to share knowledge and experience "
                    "about student wellbeing.",
                ),
            ),
        ],
        date="2023-11-30",
        themes=["health"],
        partners=["gemeente-leiden"],
    ),
    News(
        key="lef-agendas-verbonden",
        slug=T("lef-brengt-onderwijsagendas-samen", "lef-brings-education-agendas-together"),
        title=T(
            "LEF brengt de Leidse onderwijsagenda’s samen",
            "LEF brings Leiden’s education agendas together",
        ),
        introduction=T(
            "Meer overzicht voor iedereen die werkt aan het Leidse onderwijs.",
            "A clearer picture for everyone working on education in Leiden.",
        ),
        body=[
            (
                "paragraph",
                T(
                    "De Leidse onderwijstafel, het Leiden Education Fieldlab, de Leidse Educatie "
                    "Agenda en Leiden Kennisstad werken voortaan vanuit dezelfde thema’s. Dat "
                    "maakt samenwerken makkelijker.",
                    "The Leiden education table, the Leiden Education Fieldlab, the Leiden "
                    "Education Agenda and Leiden City of Knowledge now work from the same "
                    "themes. That makes working together easier.",
                ),
            ),
            (
                "paragraph",
                T(
                    "Voor elke thematafel waren er bijeenkomsten met mensen uit verschillende "
                    "sectoren. Ook de Nacht van de Leraar, dit jaar met het thema ‘Laat je "
                    "verleiden’, bouwde hierop voort.",
                    "Each theme table held meetings with people from different sectors. The "
                    "Night of the Teacher, themed ‘Let yourself be tempted’ this year, built on "
                    "this too.",
                ),
            ),
        ],
        date="2023-12-12",
        themes=["health"],
        partners=["gemeente-leiden", "hogeschool-leiden", "universiteit-leiden", "mborijnland"],
    ),
    News(
        key="kennisstad-programma-economie",
        slug=T(
            "leiden-kennisstad-onderdeel-van-programma-economie",
            "leiden-city-of-knowledge-joins-economy-programme",
        ),
        title=T(
            "Leiden Kennisstad valt vanaf 2024 onder programma Economie",
            "From 2024, Leiden City of Knowledge is part of the Economy programme",
        ),
        introduction=T(
            "De samenwerking is geen apart programma meer, maar hoort vanaf nu bij de vaste "
            "begroting.",
            "The collaboration is no longer a separate programme; it is now part of the regular "
            "municipal budget.",
        ),
        body=[
            (
                "paragraph",
                T(
                    "In 2022 heeft de gemeente de samenwerking met de kennispartners verlengd. "
                    "Toen is er ook vast geld voor gereserveerd, om nieuwe samenwerkingen te "
                    "blijven stimuleren.",
                    "In 2022 the municipality extended its collaboration with the knowledge "
                    "partners. It also set aside permanent funding to keep encouraging new joint "
                    "initiatives.",
                ),
            ),
            (
                "paragraph",
                T(
                    "Daarom is Leiden Kennisstad vanaf 2024 geen bijzonder programma meer. U "
                    "vindt de plannen en het geld voortaan in programma 3: Economie.",
                    "That is why, from 2024, Leiden City of Knowledge is no longer a special "
                    "programme. Its plans and funding can now be found under programme 3: "
                    "Economy.",
                ),
            ),
            (
                "key_figures",
                [
                    KeyFigure(
                        "2024",
                        T(
                            "eerste jaar in programma Economie",
                            "first year in the Economy programme",
                        ),
                    ),
                    KeyFigure(
                        "3", T("nummer van programma Economie", "number of the Economy programme")
                    ),
                ],
            ),
        ],
        date="2024-01-11",
        themes=["health", "biodiversity", "heritage"],
        partners=[
            "gemeente-leiden",
            "universiteit-leiden",
            "hogeschool-leiden",
            "naturalis",
            "mborijnland",
        ],
    ),
]

# The one page the demo leaves untranslated, as happens on a real site: wagtail-localize keeps an
# untranslated copy of it in the English tree, where English visitors get the Dutch text with a
# notice in English (and the translation status report lists it). Radio for Leiden's teachers is
# in Dutch, so this is the news item most likely to wait for a translation.
UNTRANSLATED_NEWS = News(
    key="radiolef",
    slug=dutch_only("radiolef-onderwijsradio-uit-leiden"),
    title=dutch_only("RadioLEF: onderwijsradio uit Leiden"),
    introduction=dutch_only(
        "Leraren, schoolleiders en studenten vertellen op RadioLEF wat ze in de Leidse klassen "
        "uitproberen."
    ),
    body=[
        (
            "paragraph",
            dutch_only(
                "Het Leiden Education Fieldlab wil laten zien wat er in het Leidse onderwijs "
                "gebeurt, in de regio en daarbuiten. Daarom maakt het LEF ook radio: korte "
                "gesprekken met mensen die voor de klas staan of er net vandaan komen."
            ),
        ),
        (
            "paragraph",
            dutch_only(
                "De afleveringen staan samen met andere verhalen op het online platform voor het "
                "onderwijs in de Leidse regio. Zo kunnen scholen van elkaar leren, ook als ze "
                "elkaar niet tegenkomen op een bijeenkomst van de thematafels."
            ),
        ),
    ],
    date="2023-12-05",
    themes=["health"],
    partners=["gemeente-leiden", "hogeschool-leiden", "mborijnland"],
)
