"""Demo content of the site, in Albanian (sq), Serbian in Latin script (sr-latn) and English (en).

Plain data, no Django imports. The format is described in CONTENT_FORMAT.md next to this file:
ENTRIES (at the end) lists every page and snippet, each naming its model, its parent page and its
field values. Every visitor-facing text is written with t(sq, sr_latn, en); image(), document(),
page() and snippet() name other demo objects by key. Facts come from the shared facts file; people
appear only by role, never by name.
"""


def t(sq, sr_latn, en):
    """One text in the three site languages."""
    return {"sq": sq, "sr-latn": sr_latn, "en": en}


def image(key):
    """The demo picture `key` of IMAGES."""
    return {"$image": key}


def page(key):
    """The Albanian demo page `key` (an entry of ENTRIES)."""
    return {"$page": key}


def snippet(key):
    """The Albanian demo snippet `key` (an entry of ENTRIES)."""
    return {"$snippet": key}


def days_from_today(days, time):
    """A moment `days` days after the day the content is loaded, at `time` (HH:MM, Kosovo time)."""
    return {"$days_from_today": days, "time": time}


def items(*values):
    """A ListBlock's value as stored: one item per value."""
    return [{"type": "item", "value": value} for value in values]


def document(key):
    """The demo file `key` of DOCUMENTS."""
    return {"$document": key}


def edition(language, file_name, title, subtitle, pages):
    """A PDF file of DOCUMENTS in `language`: its title, the line under it, and its pages, each
    a list of paragraphs (one that starts with "# " is a heading)."""
    return {
        "title": title,
        "language": language,
        "file_name": file_name,
        "subtitle": subtitle,
        "pages": pages,
    }


def editions(key, title, subtitle, pages):
    """A publication's PDF file in each language, as DOCUMENTS entries `key`-<language>, from
    t() texts: the title, the line under it and every paragraph of `pages`."""
    return {
        f"{key}-{language}": edition(
            language,
            f"{key}-{language}.pdf",
            title[language],
            subtitle[language],
            [[paragraph[language] for paragraph in page] for page in pages],
        )
        for language in title
    }


# ---------------------------------------------------------------------------------------------
# Images (generated placeholders; alt text is given where each image is used)
# ---------------------------------------------------------------------------------------------

IMAGES = {
    # Logos, one per partner
    "logo-kec": {"title": "KEC logo", "kind": "logo", "motif": "network", "label": "KEC"},
    "logo-sbashk": {"title": "SBASHK logo", "kind": "logo", "motif": "network", "label": "SBASHK"},
    "logo-kahcr": {"title": "KAHCR logo", "kind": "logo", "motif": "network", "label": "KAHCR"},
    "logo-issa": {"title": "ISSA logo", "kind": "logo", "motif": "network", "label": "ISSA"},
    "logo-ecmi": {"title": "ECMI Kosovo logo", "kind": "logo", "motif": "network", "label": "ECMI"},
    "logo-mesti": {"title": "MESTI logo", "kind": "logo", "motif": "network", "label": "MESTI"},
    "logo-mashti": {
        "title": "MESTI logo in Albanian (MASHTI)",
        "kind": "logo",
        "motif": "network",
        "label": "MASHTI",
        "variant_of": "logo-mesti",
    },
    "logo-monti": {
        "title": "MESTI logo in Serbian (MONTI)",
        "kind": "logo",
        "motif": "network",
        "label": "MONTI",
        "variant_of": "logo-mesti",
    },
    "logo-eu": {"title": "European Union logo", "kind": "logo", "motif": "network", "label": "EU"},
    "logo-be": {
        "title": "European Union logo in Albanian (BE)",
        "kind": "logo",
        "motif": "network",
        "label": "BE",
        "variant_of": "logo-eu",
    },
    "logo-unicef": {
        "title": "UNICEF Kosovo logo",
        "kind": "logo",
        "motif": "network",
        "label": "UNICEF",
    },
    # Photos
    "photo-children-to-school": {
        "title": "Children walking to school",
        "kind": "photo",
        "motif": "children",
    },
    "photo-classroom": {
        "title": "Primary school classroom",
        "kind": "photo",
        "motif": "classroom",
    },
    "photo-books": {
        "title": "Books and notebooks on a school desk",
        "kind": "photo",
        "motif": "books",
    },
    "photo-closing-panel": {
        "title": "Panel at the closing event of the 2024 Week",
        "kind": "photo",
        "motif": "meeting",
    },
    "photo-training": {
        "title": "Training session for teachers and activists",
        "kind": "photo",
        "motif": "meeting",
    },
    "photo-network-meeting": {
        "title": "Network partners around a table",
        "kind": "photo",
        "motif": "network",
    },
    "photo-municipal-map": {
        "title": "Map of Kosovo municipalities",
        "kind": "photo",
        "motif": "map",
    },
}


# ---------------------------------------------------------------------------------------------
# Texts used more than once
# ---------------------------------------------------------------------------------------------

PRISHTINA = t("Prishtinë", "Priština", "Pristina")

ACROSS_KOSOVO = t("Anembanë Kosovës", "Širom Kosova", "Across Kosovo")

SCHOOLS_ACROSS_KOSOVO = t(
    "Shkolla dhe komuna anembanë Kosovës",
    "Škole i opštine širom Kosova",
    "Schools and municipalities across Kosovo",
)

HOTEL_HALL = t(
    "Sallë konferencash në një hotel në qendër të Prishtinës",
    "Konferencijska sala u hotelu u centru Prištine",
    "Hotel conference hall, central Pristina",
)

NETWORK_REPRESENTATIVE = t("Përfaqësues i rrjetit", "Predstavnik mreže", "Network representative")


# ---------------------------------------------------------------------------------------------
# Home page
# ---------------------------------------------------------------------------------------------

HOME = {
    "key": "home",
    "model": "home.HomePage",
    "parent": None,
    "title": t("Ballina", "Početna", "Home"),
    "slug": t("sq", "sr-latn", "en"),
    "hero_heading": t(
        "Çdo fëmijë në kopsht dhe në shkollë",
        "Svako dete u vrtiću i u školi",
        "Every child in preschool and in school",
    ),
    "hero_intro": t(
        "Jemi një rrjet organizatash të shoqërisë civile të Kosovës që punojnë që fëmijët të "
        "regjistrohen në arsimin parashkollor dhe të obligueshëm, dhe që të mos e braktisin shkollën.",
        "Mi smo mreža organizacija civilnog društva sa Kosova koje rade na tome da se deca upišu "
        "u predškolsko i obavezno obrazovanje i da ne napuštaju školu.",
        "We are a network of Kosovo civil-society organisations working to get children into "
        "preschool and compulsory education, and to keep them there.",
    ),
    "hero_image": image("photo-children-to-school"),
    "hero_image_alt": t(
        "Fëmijë me çanta shkollore duke ecur drejt shkollës",
        "Deca sa školskim torbama idu ka školi",
        "Children with school bags walking towards school",
    ),
    "body": [
        {
            "type": "heading",
            "value": {"text": t("Kush jemi", "Ko smo", "Who we are"), "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": t(
                "<p>Rrjetin e themeluan Qendra për Arsim e Kosovës (KEC), Sindikata e Bashkuar e "
                "Arsimit, Shkencës dhe Kulturës (SBASHK) dhe Shoqata Kosovare për të Drejtat e "
                "Njeriut dhe të Fëmijëve (KAHCR), në kuadër të një projekti të financuar nga "
                "Bashkimi Evropian në vitet 2007–2008. Anëtarët e tij punojnë me prindërit, "
                "shkollat dhe autoritetet lokale e qendrore, që fëmijët nga familjet me të ardhura "
                "të ulëta, fëmijët me aftësi të kufizuara dhe fëmijët e komuniteteve pakicë të "
                "kenë të njëjtat mundësi në arsim si të gjithë të tjerët.</p>"
                "<p>Çdo vit, së bashku me partnerët tanë, organizojmë Javën Kosovare për "
                "Parandalimin e Braktisjes së Shkollës.</p>",
                "<p>Mrežu su osnovali Kosovski obrazovni centar (KEC), Sindikat obrazovanja, nauke "
                "i kulture Kosova (SBASHK) i Kosovsko udruženje za ljudska i dečja prava (KAHCR), u "
                "okviru projekta koji je Evropska unija finansirala 2007–2008. godine. Njeni članovi "
                "rade sa roditeljima, školama i lokalnim i centralnim vlastima kako bi deca iz "
                "porodica sa niskim primanjima, deca sa invaliditetom i deca iz manjinskih zajednica "
                "imala iste mogućnosti u obrazovanju kao i svi ostali.</p>"
                "<p>Svake godine, zajedno sa partnerima, organizujemo Kosovsku nedelju za "
                "prevenciju napuštanja škole.</p>",
                "<p>The network was founded by the Kosovo Education Center (KEC), the Union of "
                "Education, Science and Culture of Kosovo (SBASHK) and the Kosovo Association for "
                "Human and Child Rights (KAHCR), within a project funded by the European Union in "
                "2007–2008. Its members work with parents, schools, and local and central "
                "authorities so that children from low-income families, children with disabilities "
                "and children from minority communities have the same chances in education as "
                "everyone else.</p>"
                "<p>Every year, together with our partners, we hold the Kosovar Week for "
                "Prevention of School Dropout.</p>",
            ),
        },
        {
            "type": "call_to_action",
            "value": {
                "heading": t(
                    "Java Kosovare për Parandalimin e Braktisjes së Shkollës",
                    "Kosovska nedelja za prevenciju napuštanja škole",
                    "Kosovar Week for Prevention of School Dropout",
                ),
                "text": t(
                    "Shihni programin e edicionit të ri dhe si mund të përfshihet shkolla juaj.",
                    "Pogledajte program novog izdanja i kako vaša škola može da se uključi.",
                    "See the programme of the new edition and how your school can take part.",
                ),
                "page": page("events"),
                "url": "",
                "button_label": t("Shiko ngjarjet", "Pogledajte događaje", "See events"),
            },
        },
        {
            "type": "call_to_action",
            "value": {
                "heading": t(
                    "Si u përmbyll Java e vitit 2024",
                    "Kako je završena Nedelja 2024. godine",
                    "How the 2024 Week ended",
                ),
                "text": t(
                    "Lexoni mesazhet e ngjarjes përmbyllëse në Prishtinë.",
                    "Pročitajte poruke završnog događaja u Prištini.",
                    "Read the messages of the closing event in Pristina.",
                ),
                "page": page("week-2024-closing"),
                "url": "",
                "button_label": t("Lexo më shumë", "Saznajte više", "Read more"),
            },
        },
    ],
}


# ---------------------------------------------------------------------------------------------
# Standard pages: about, contact
# ---------------------------------------------------------------------------------------------

STANDARD_PAGES = [
    {
        "key": "about",
        "model": "home.StandardPage",
        "parent": "home",
        "title": t("Rreth nesh", "O nama", "About us"),
        "slug": t("rreth-nesh", "o-nama", "about-us"),
        "intro": t(
            "Një rrjet organizatash të shoqërisë civile që punon që çdo fëmijë të shkojë në kopsht "
            "dhe në shkollë, dhe të mbetet aty.",
            "Mreža organizacija civilnog društva koja radi na tome da svako dete ide u vrtić i u "
            "školu, i da tamo i ostane.",
            "A network of civil-society organisations working so that every child goes to preschool "
            "and school, and stays there.",
        ),
        "body": [
            {
                "type": "heading",
                "value": {"text": t("Kush jemi", "Ko smo", "Who we are"), "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": t(
                    "<p>Jemi një rrjet organizatash të shoqërisë civile të Kosovës që punojnë për "
                    "qasjen e fëmijëve në arsimin parashkollor dhe të obligueshëm, dhe për mbajtjen e "
                    "tyre në shkollë. Vëmendje të veçantë u kushtojmë fëmijëve nga familjet me të "
                    "ardhura të ulëta, fëmijëve me aftësi të kufizuara dhe fëmijëve të komuniteteve "
                    "pakicë.</p>"
                    "<p>Anëtarët themelues të rrjetit janë tre: një organizatë arsimore, një "
                    "sindikatë e mësimdhënësve dhe një organizatë për të drejtat e njeriut dhe të "
                    "fëmijëve.</p>",
                    "<p>Mi smo mreža organizacija civilnog društva sa Kosova koje rade na pristupu "
                    "dece predškolskom i obaveznom obrazovanju i na njihovom zadržavanju u školi. "
                    "Posebnu pažnju posvećujemo deci iz porodica sa niskim primanjima, deci sa "
                    "invaliditetom i deci iz manjinskih zajednica.</p>"
                    "<p>Mrežu su osnovale tri organizacije: obrazovna organizacija, sindikat "
                    "nastavnika i organizacija za ljudska i dečja prava.</p>",
                    "<p>We are a network of Kosovo civil-society organisations working for children's "
                    "access to preschool and compulsory education, and for keeping them in school. "
                    "We pay particular attention to children from low-income families, children with "
                    "disabilities and children from minority communities.</p>"
                    "<p>The network has three founding members: an education organisation, a "
                    "teachers' union and an organisation for human and child rights.</p>",
                ),
            },
            {
                "type": "table",
                "value": {
                    "caption": t(
                        "Anëtarët themelues të rrjetit",
                        "Osnivači mreže",
                        "The network's founding members",
                    ),
                    "has_header_row": True,
                    "rows": items(
                        items(
                            t("Organizata", "Organizacija", "Organisation"),
                            t("Lloji", "Vrsta", "Type"),
                            t("Roli", "Uloga", "Role"),
                        ),
                        items(
                            t(
                                "Qendra për Arsim e Kosovës (KEC)",
                                "Kosovski obrazovni centar (KEC)",
                                "Kosovo Education Center (KEC)",
                            ),
                            t(
                                "Organizatë joqeveritare vendore",
                                "Lokalna nevladina organizacija",
                                "Local NGO",
                            ),
                            t(
                                "Ekspertizë në ndërtimin e një rrjeti të qëndrueshëm të "
                                "organizatave arsimore",
                                "Stručno znanje u izgradnji održive mreže obrazovnih organizacija",
                                "Expertise in building a sustainable network of education "
                                "organisations",
                            ),
                        ),
                        items(
                            t(
                                "Sindikata e Bashkuar e Arsimit, Shkencës dhe Kulturës (SBASHK)",
                                "Sindikat obrazovanja, nauke i kulture Kosova (SBASHK)",
                                "Union of Education, Science and Culture of Kosovo (SBASHK)",
                            ),
                            t(
                                "Sindikatë e mësimdhënësve",
                                "Sindikat nastavnika",
                                "Teachers' trade union",
                            ),
                            t(
                                "Përfituese kryesore e projektit për ngritjen e kapaciteteve",
                                "Glavni korisnik projekta jačanja kapaciteta",
                                "Main beneficiary of the capacity-building project",
                            ),
                        ),
                        items(
                            t(
                                "Shoqata Kosovare për të Drejtat e Njeriut dhe të Fëmijëve (KAHCR)",
                                "Kosovsko udruženje za ljudska i dečja prava (KAHCR)",
                                "Kosovo Association for Human and Child Rights (KAHCR)",
                            ),
                            t(
                                "Organizatë joqeveritare vendore",
                                "Lokalna nevladina organizacija",
                                "Local NGO",
                            ),
                            t(
                                "Përfituese kryesore e projektit për ngritjen e kapaciteteve",
                                "Glavni korisnik projekta jačanja kapaciteta",
                                "Main beneficiary of the capacity-building project",
                            ),
                        ),
                    ),
                },
            },
            {
                "type": "heading",
                "value": {"text": t("Si filloi", "Kako je počelo", "How it began"), "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": t(
                    "<p>Rrjeti lindi nga një projekt i financuar nga Bashkimi Evropian, i zbatuar nga "
                    "6 shkurti 2007 deri më 6 gusht 2008. Projekti synonte të mobilizonte burimet "
                    "lokale që më shumë fëmijë nga grupet e pafavorizuara të ndjekin arsimin "
                    "parashkollor dhe fillor, duke i bërë organizatat e shoqërisë civile më të afta "
                    "për të punuar me prindërit, shkollat dhe autoritetet lokale e qendrore.</p>"
                    "<p>SBASHK-u dhe KAHCR-i ishin përfituesit kryesorë të projektit, ndërsa KEC-i "
                    "dhe Shoqata Ndërkombëtare Hap pas Hapi (ISSA) sollën ekspertizën e tyre. Gjatë "
                    "projektit u themelua rrjeti dhe u hartua strategjia e tij afatshkurtër.</p>",
                    "<p>Mreža je nastala iz projekta koji je finansirala Evropska unija, a koji je "
                    "sproveden od 6. februara 2007. do 6. avgusta 2008. godine. Cilj projekta bio je "
                    "da se mobilišu lokalni resursi kako bi više dece iz ugroženih grupa pohađalo "
                    "predškolsko i osnovno obrazovanje, tako što će organizacije civilnog društva "
                    "postati sposobnije za rad sa roditeljima, školama i lokalnim i centralnim "
                    "vlastima.</p>"
                    "<p>SBASHK i KAHCR bili su glavni korisnici projekta, dok su KEC i Međunarodno "
                    "udruženje Korak po korak (ISSA) doprineli svojim stručnim znanjem. Tokom "
                    "projekta osnovana je mreža i izrađena njena kratkoročna strategija.</p>",
                    "<p>The network grew out of a project funded by the European Union and carried "
                    "out from 6 February 2007 to 6 August 2008. The project set out to mobilise local "
                    "resources so that more children from disadvantaged groups would attend preschool "
                    "and primary education, by making civil-society organisations better able to work "
                    "with parents, schools, and local and central authorities.</p>"
                    "<p>SBASHK and KAHCR were the project's main beneficiaries, while KEC and the "
                    "International Step by Step Association (ISSA) contributed their expertise. "
                    "During the project the network was founded and its short-term strategy was "
                    "drafted.</p>",
                ),
            },
            {
                "type": "quote",
                "value": {
                    "text": t(
                        "Qëllimi ynë është i thjeshtë: që më shumë fëmijë nga grupet e pafavorizuara "
                        "të shkojnë në kopsht e në shkollë, dhe të mbeten aty.",
                        "Naš cilj je jednostavan: da više dece iz ugroženih grupa ide u vrtić i u "
                        "školu, i da tamo i ostane.",
                        "Our aim is simple: that more children from disadvantaged groups go to "
                        "preschool and school, and stay there.",
                    ),
                    "attribution": t(
                        "Anëtarët themelues të rrjetit",
                        "Osnivači mreže",
                        "The network's founding members",
                    ),
                },
            },
            {
                "type": "heading",
                "value": {"text": t("Çfarë bëjmë", "Šta radimo", "What we do"), "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": t(
                    "<p>Puna jonë ka disa drejtime kryesore:</p>"
                    "<ul>"
                    "<li>avokim dhe analizë politikash me autoritetet qendrore dhe lokale;</li>"
                    "<li>hartimi i politikave për pjesëmarrjen dhe mbajtjen e fëmijëve në "
                    "arsim;</li>"
                    "<li>trajnimi i anëtarëve të organizatave tona për të drejtat e fëmijëve, punën "
                    "kundër paragjykimeve dhe avokimin në nivel lokal;</li>"
                    "<li>Java Kosovare për Parandalimin e Braktisjes së Shkollës, që organizohet çdo "
                    "vit;</li>"
                    "<li>mbështetja e planeve komunale të veprimit kundër braktisjes dhe "
                    "shndërrimi i tyre në akte normative komunale.</li>"
                    "</ul>",
                    "<p>Naš rad ima nekoliko glavnih pravaca:</p>"
                    "<ul>"
                    "<li>zagovaranje i analiza politika sa centralnim i lokalnim vlastima;</li>"
                    "<li>izrada politika za učešće i zadržavanje dece u obrazovanju;</li>"
                    "<li>obuka članova naših organizacija o pravima deteta, radu protiv predrasuda i "
                    "zagovaranju na lokalnom nivou;</li>"
                    "<li>Kosovska nedelja za prevenciju napuštanja škole, koja se organizuje svake "
                    "godine;</li>"
                    "<li>podrška opštinskim akcionim planovima protiv napuštanja škole i njihovo "
                    "pretvaranje u opštinske normativne akte.</li>"
                    "</ul>",
                    "<p>Our work has a few main strands:</p>"
                    "<ul>"
                    "<li>advocacy and policy analysis with central and local authorities;</li>"
                    "<li>drafting policies on children's participation and retention in "
                    "education;</li>"
                    "<li>training our member organisations' people in children's rights, anti-bias "
                    "work and local advocacy;</li>"
                    "<li>the Kosovar Week for Prevention of School Dropout, held every year;</li>"
                    "<li>supporting Municipal Action Plans against dropout and turning them into "
                    "normative municipal acts.</li>"
                    "</ul>",
                ),
            },
            {
                "type": "call_to_action",
                "value": {
                    "heading": t(
                        "Projekti nga i cili nisi gjithçka",
                        "Projekat od kog je sve počelo",
                        "The project where it all started",
                    ),
                    "text": t(
                        "Lexoni më shumë për qëllimet, aktivitetet dhe rezultatet e projektit "
                        "2007–2008.",
                        "Saznajte više o ciljevima, aktivnostima i rezultatima projekta 2007–2008.",
                        "Read more about the aims, activities and results of the 2007–2008 project.",
                    ),
                    "page": page("project"),
                    "url": "",
                    "button_label": t("Rreth projektit", "O projektu", "About the project"),
                },
            },
        ],
    },
    {
        "key": "contact",
        "model": "home.StandardPage",
        "parent": "home",
        "title": t("Kontakti", "Kontakt", "Contact"),
        "slug": t("kontakti", "kontakt", "contact"),
        "intro": t(
            "Na shkruani për çdo pyetje rreth rrjetit, punës sonë ose Javës për Parandalimin e "
            "Braktisjes së Shkollës.",
            "Pišite nam za sva pitanja o mreži, našem radu ili Nedelji za prevenciju napuštanja "
            "škole.",
            "Write to us with any question about the network, our work or the Week for Prevention "
            "of School Dropout.",
        ),
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": t("Si të na kontaktoni", "Kako da nas kontaktirate", "How to reach us"),
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": t(
                    "<p>Mund të na shkruani në adresën info@example.org. Zakonisht përgjigjemi "
                    "brenda disa ditëve të punës.</p>"
                    "<p>Mund të na shkruani në shqip, në serbisht ose në anglisht.</p>",
                    "<p>Možete nam pisati na adresu info@example.org. Obično odgovaramo u roku od "
                    "nekoliko radnih dana.</p>"
                    "<p>Možete nam pisati na albanskom, srpskom ili engleskom jeziku.</p>",
                    "<p>You can write to us at info@example.org. We usually reply within a few "
                    "working days.</p>"
                    "<p>You can write to us in Albanian, Serbian or English.</p>",
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": t(
                        "Për shkollat dhe komunat",
                        "Za škole i opštine",
                        "For schools and municipalities",
                    ),
                    "level": "h3",
                },
            },
            {
                "type": "paragraph",
                "value": t(
                    "<p>Nëse shkolla ose komuna juaj dëshiron të marrë pjesë në Javë ose në "
                    "trajnimet për protokollin shtetëror kundër braktisjes, na tregoni në mesazh:</p>"
                    "<ul>"
                    "<li>emrin e shkollës ose të institucionit;</li>"
                    "<li>komunën;</li>"
                    "<li>rolin e personit kontaktues.</li>"
                    "</ul>",
                    "<p>Ako vaša škola ili opština želi da učestvuje u Nedelji ili u obukama o "
                    "državnom protokolu protiv napuštanja škole, u poruci navedite:</p>"
                    "<ul>"
                    "<li>naziv škole ili ustanove;</li>"
                    "<li>opštinu;</li>"
                    "<li>ulogu kontakt osobe.</li>"
                    "</ul>",
                    "<p>If your school or municipality would like to take part in the Week or in "
                    "training on the state protocol against dropout, please tell us in your "
                    "message:</p>"
                    "<ul>"
                    "<li>the name of the school or institution;</li>"
                    "<li>the municipality;</li>"
                    "<li>the role of the contact person.</li>"
                    "</ul>",
                ),
            },
        ],
    },
]


# ---------------------------------------------------------------------------------------------
# Index pages
# ---------------------------------------------------------------------------------------------

NEWS_INDEX = {
    "key": "news",
    "model": "news.NewsIndexPage",
    "parent": "home",
    "title": t("Lajmet", "Vesti", "News"),
    "slug": t("lajme", "vesti", "news"),
    "intro": t(
        "Të rejat nga rrjeti dhe partnerët tanë në punën për parandalimin e braktisjes së shkollës.",
        "Novosti iz mreže i od naših partnera u radu na prevenciji napuštanja škole.",
        "News from the network and our partners in the work to prevent school dropout.",
    ),
}

PARTNER_INDEX = {
    "key": "partners",
    "model": "partners.PartnerIndexPage",
    "parent": "home",
    "title": t("Partnerët", "Partneri", "Partners"),
    "slug": t("partneret", "partneri", "partners"),
    "intro": t(
        "Organizatat anëtare, partnerët ekspertë, institucionet dhe donatorët me të cilët punojmë.",
        "Organizacije članice, stručni partneri, institucije i donatori sa kojima sarađujemo.",
        "The member organisations, expert partners, institutions and donors we work with.",
    ),
}

EVENT_INDEX = {
    "key": "events",
    "model": "events.EventIndexPage",
    "parent": "home",
    "title": t("Ngjarjet", "Događaji", "Events"),
    "slug": t("ngjarjet", "dogadjaji", "events"),
    "intro": t(
        "Edicionet e Javës Kosovare për Parandalimin e Braktisjes së Shkollës, takimet dhe "
        "trajnimet e rrjetit.",
        "Izdanja Kosovske nedelje za prevenciju napuštanja škole, sastanci i obuke mreže.",
        "Editions of the Kosovar Week for Prevention of School Dropout, and the network's meetings "
        "and training sessions.",
    ),
}


# ---------------------------------------------------------------------------------------------
# News categories and articles
# ---------------------------------------------------------------------------------------------

NEWS_CATEGORIES = [
    {
        "key": "category-network",
        "model": "news.NewsCategory",
        "slug": "network",
        "name": t("Lajme të rrjetit", "Vesti iz mreže", "Network news"),
    },
    {
        "key": "category-advocacy",
        "model": "news.NewsCategory",
        "slug": "advocacy",
        "name": t("Avokim dhe politika", "Zagovaranje i politike", "Advocacy and policy"),
    },
    {
        "key": "category-events",
        "model": "news.NewsCategory",
        "slug": "events",
        "name": t("Ngjarje", "Događaji", "Events"),
    },
    {
        "key": "category-training",
        "model": "news.NewsCategory",
        "slug": "training",
        "name": t("Trajnime", "Obuke", "Training"),
    },
]

NEWS = [
    {
        "key": "project-launch-2007",
        "model": "news.NewsPage",
        "parent": "news",
        "title": t(
            "Nis projekti për pjesëmarrjen e fëmijëve nga grupet e pafavorizuara në arsim",
            "Počinje projekat za učešće dece iz ugroženih grupa u obrazovanju",
            "Project on the participation of children from disadvantaged groups gets under way",
        ),
        "slug": t(
            "nis-projekti-per-pjesemarrjen-e-femijeve-ne-arsim",
            "pocinje-projekat-za-ucesce-dece-u-obrazovanju",
            "project-on-participation-of-children-gets-under-way",
        ),
        "date": "2007-02-20",
        "intro": t(
            "Me financim nga Bashkimi Evropian, SBASHK-u dhe KAHCR-i, me ekspertizën e KEC-it dhe të "
            "ISSA-s, nisin një projekt tetëmbëdhjetëmujor për fuqizimin e organizatave që punojnë me "
            "prindërit dhe shkollat.",
            "Uz finansiranje Evropske unije, SBASHK i KAHCR, uz stručnu podršku KEC-a i ISSA-e, "
            "započinju osamnaestomesečni projekat jačanja organizacija koje rade sa roditeljima i "
            "školama.",
            "With European Union funding, SBASHK and KAHCR, backed by the expertise of KEC and ISSA, "
            "are starting an 18-month project to strengthen organisations that work with parents and "
            "schools.",
        ),
        "listing_image": image("photo-children-to-school"),
        "listing_image_alt": t(
            "Fëmijë duke ecur drejt shkollës",
            "Deca na putu do škole",
            "Children on their way to school",
        ),
        "categories": [{"category": snippet("category-network")}],
        "related_partners": [
            {"partner": page("sbashk")},
            {"partner": page("kahcr")},
            {"partner": page("kec")},
            {"partner": page("issa")},
            {"partner": page("eu")},
        ],
        "related_event": None,
        "funders": [{"partner": page("eu")}],
        "body": [
            {
                "type": "paragraph",
                "value": t(
                    "<p>Projekti zbatohet nga 6 shkurti 2007 deri më 6 gusht 2008. Qëllimi i tij "
                    "është që më shumë fëmijë nga familjet me të ardhura të ulëta, fëmijë me aftësi "
                    "të kufizuara dhe fëmijë të komuniteteve pakicë të ndjekin arsimin parashkollor "
                    "dhe fillor.</p>"
                    "<p>Për ta arritur këtë, projekti synon të mobilizojë burimet lokale dhe t'i "
                    "bëjë organizatat e shoqërisë civile më të afta për të punuar me prindërit, "
                    "shkollat dhe autoritetet lokale e qendrore.</p>",
                    "<p>Projekat se sprovodi od 6. februara 2007. do 6. avgusta 2008. godine. Cilj "
                    "mu je da više dece iz porodica sa niskim primanjima, dece sa invaliditetom i "
                    "dece iz manjinskih zajednica pohađa predškolsko i osnovno obrazovanje.</p>"
                    "<p>Da bi se to postiglo, projekat nastoji da mobiliše lokalne resurse i da "
                    "osposobi organizacije civilnog društva za bolju saradnju sa roditeljima, "
                    "školama i lokalnim i centralnim vlastima.</p>",
                    "<p>The project runs from 6 February 2007 to 6 August 2008. Its aim is that more "
                    "children from low-income families, children with disabilities and children from "
                    "minority communities attend preschool and primary education.</p>"
                    "<p>To get there, the project sets out to mobilise local resources and to make "
                    "civil-society organisations better able to work with parents, schools, and local "
                    "and central authorities.</p>",
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": t("Kush merr pjesë", "Ko učestvuje", "Who takes part"),
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": t(
                    "<ul>"
                    "<li>SBASHK-u dhe KAHCR-i, si përfitues kryesorë të projektit;</li>"
                    "<li>KEC-i, me përvojën e tij në ndërtimin e rrjeteve të qëndrueshme të "
                    "organizatave arsimore;</li>"
                    "<li>ISSA, me ekspertizë në zhvillimin organizativ dhe në fëmijërinë e "
                    "hershme.</li>"
                    "</ul>",
                    "<ul>"
                    "<li>SBASHK i KAHCR, kao glavni korisnici projekta;</li>"
                    "<li>KEC, sa iskustvom u izgradnji održivih mreža obrazovnih organizacija;</li>"
                    "<li>ISSA, sa stručnim znanjem u oblasti organizacionog razvoja i ranog "
                    "detinjstva.</li>"
                    "</ul>",
                    "<ul>"
                    "<li>SBASHK and KAHCR, the project's main beneficiaries;</li>"
                    "<li>KEC, bringing its experience in building sustainable networks of education "
                    "organisations;</li>"
                    "<li>ISSA, bringing expertise in organisational development and early "
                    "childhood.</li>"
                    "</ul>",
                ),
            },
        ],
    },
    {
        "key": "training-members-2007",
        "model": "news.NewsPage",
        "parent": "news",
        "title": t(
            "Anëtarët e SBASHK-ut dhe KAHCR-it trajnohen për të drejtat e fëmijëve",
            "Članovi SBASHK-a i KAHCR-a na obuci o pravima deteta",
            "SBASHK and KAHCR members train in children's rights",
        ),
        "slug": t(
            "anetaret-e-sbashk-ut-dhe-kahcr-it-trajnohen",
            "clanovi-sbashk-a-i-kahcr-a-na-obuci",
            "sbashk-and-kahcr-members-train-in-childrens-rights",
        ),
        "date": "2007-10-15",
        "intro": t(
            "Projekti parasheh trajnimin e 500 anëtarëve të dy organizatave për të drejtat e "
            "fëmijëve, punën kundër paragjykimeve dhe avokimin në nivel lokal.",
            "Projektom je predviđena obuka 500 članova dve organizacije o pravima deteta, radu protiv "
            "predrasuda i zagovaranju na lokalnom nivou.",
            "The project plans to train 500 members of the two organisations in children's rights, "
            "anti-bias work and local advocacy.",
        ),
        "listing_image": image("photo-training"),
        "listing_image_alt": t(
            "Pjesëmarrës në një trajnim, ulur rreth tryezave",
            "Učesnici obuke sede oko stolova",
            "Training participants seated around tables",
        ),
        "categories": [{"category": snippet("category-training")}],
        "related_partners": [
            {"partner": page("sbashk")},
            {"partner": page("kahcr")},
            {"partner": page("kec")},
        ],
        "related_event": None,
        "body": [
            {
                "type": "paragraph",
                "value": t(
                    "<p>Trajnimet u drejtohen mësimdhënësve dhe aktivistëve që i njohin nga afër "
                    "fëmijët dhe familjet në komunitetet e tyre. Ata janë shpesh të parët që vërejnë "
                    "kur një fëmijë nuk regjistrohet në shkollë ose fillon të mungojë.</p>"
                    "<p>Pjesëmarrësit mësojnë si t'i njohin pengesat që i mbajnë fëmijët larg "
                    "arsimit dhe si t'i ngrenë këto çështje në shkollë dhe në komunë.</p>",
                    "<p>Obuke su namenjene nastavnicima i aktivistima koji dobro poznaju decu i "
                    "porodice u svojim zajednicama. Oni često prvi primete da dete nije upisano u "
                    "školu ili da počinje da izostaje.</p>"
                    "<p>Učesnici uče kako da prepoznaju prepreke koje decu drže daleko od "
                    "obrazovanja i kako da ta pitanja pokrenu u školi i u opštini.</p>",
                    "<p>The training is aimed at teachers and activists who know the children and "
                    "families in their communities well. They are often the first to notice when a "
                    "child is not enrolled in school or starts to miss classes.</p>"
                    "<p>Participants learn how to recognise the barriers that keep children away from "
                    "education and how to raise these issues with the school and the "
                    "municipality.</p>",
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": t("Temat e trajnimit", "Teme obuke", "Training topics"),
                    "level": "h3",
                },
            },
            {
                "type": "paragraph",
                "value": t(
                    "<ul><li>të drejtat e fëmijëve;</li><li>puna kundër paragjykimeve;</li>"
                    "<li>avokimi në nivel lokal.</li></ul>",
                    "<ul><li>prava deteta;</li><li>rad protiv predrasuda;</li>"
                    "<li>zagovaranje na lokalnom nivou.</li></ul>",
                    "<ul><li>children's rights;</li><li>anti-bias work;</li>"
                    "<li>local advocacy.</li></ul>",
                ),
            },
        ],
    },
    {
        "key": "network-founded-2008",
        "model": "news.NewsPage",
        "parent": "news",
        "title": t(
            "Themelohet rrjeti i organizatave të shoqërisë civile për pjesëmarrje në arsim",
            "Osnovana mreža organizacija civilnog društva za učešće u obrazovanju",
            "A network of civil-society organisations for participation in education is founded",
        ),
        "slug": t(
            "themelohet-rrjeti-per-pjesemarrje-ne-arsim",
            "osnovana-mreza-za-ucesce-u-obrazovanju",
            "network-for-participation-in-education-founded",
        ),
        "date": "2008-04-22",
        "intro": t(
            "KEC, SBASHK dhe KAHCR bashkojnë forcat në një rrjet strategjik dhe hartojnë strategjinë "
            "e tij afatshkurtër.",
            "KEC, SBASHK i KAHCR udružuju snage u stratešku mrežu i izrađuju njenu kratkoročnu "
            "strategiju.",
            "KEC, SBASHK and KAHCR join forces in a strategic network and draft its short-term "
            "strategy.",
        ),
        "listing_image": image("photo-network-meeting"),
        "listing_image_alt": t(
            "Përfaqësues të organizatave partnere rreth një tryeze pune",
            "Predstavnici partnerskih organizacija za radnim stolom",
            "Representatives of the partner organisations around a work table",
        ),
        "categories": [{"category": snippet("category-network")}],
        "related_partners": [
            {"partner": page("kec")},
            {"partner": page("sbashk")},
            {"partner": page("kahcr")},
        ],
        "related_event": None,
        "body": [
            {
                "type": "paragraph",
                "value": t(
                    "<p>Themelimi i rrjetit është një nga hapat kryesorë të projektit të financuar "
                    "nga Bashkimi Evropian. Rrjeti bashkon një organizatë arsimore, një sindikatë të "
                    "mësimdhënësve dhe një organizatë për të drejtat e njeriut dhe të fëmijëve.</p>"
                    "<p>Secili anëtar sjell përvojën e vet: KEC-i njohuritë për ndërtimin e rrjeteve, "
                    "SBASHK-u zërin e mësimdhënësve, ndërsa KAHCR-i punën për të drejtat e "
                    "fëmijëve.</p>",
                    "<p>Osnivanje mreže jedan je od glavnih koraka projekta koji finansira Evropska "
                    "unija. Mreža okuplja obrazovnu organizaciju, sindikat nastavnika i organizaciju "
                    "za ljudska i dečja prava.</p>"
                    "<p>Svaki član donosi svoje iskustvo: KEC znanje o izgradnji mreža, SBASHK glas "
                    "nastavnika, a KAHCR rad na pravima deteta.</p>",
                    "<p>Founding the network is one of the main steps of the EU-funded project. The "
                    "network brings together an education organisation, a teachers' union and an "
                    "organisation for human and child rights.</p>"
                    "<p>Each member brings its own experience: KEC its know-how in building networks, "
                    "SBASHK the voice of teachers, and KAHCR its work for children's rights.</p>",
                ),
            },
            {
                "type": "quote",
                "value": {
                    "text": t(
                        "Një rrjet i fortë mund të bëjë atë që asnjë organizatë nuk e bën dot e "
                        "vetme: ta mbajë pjesëmarrjen e fëmijëve në arsim në rendin e ditës së "
                        "institucioneve.",
                        "Jaka mreža može da uradi ono što nijedna organizacija ne može sama: da "
                        "učešće dece u obrazovanju drži na dnevnom redu institucija.",
                        "A strong network can do what no organisation can do alone: keep children's "
                        "participation in education on the institutions' agenda.",
                    ),
                    "attribution": t(
                        "Përfaqësues i KEC-it", "Predstavnik KEC-a", "KEC representative"
                    ),
                },
            },
        ],
    },
    {
        "key": "project-results-2008",
        "model": "news.NewsPage",
        "parent": "news",
        "title": t(
            "Përfundon projekti: politika për pjesëmarrjen dhe mbajtjen e fëmijëve në shkollë",
            "Završen projekat: politike za učešće i zadržavanje dece u školi",
            "Project ends with policies for participation and retention in school",
        ),
        "slug": t(
            "perfundon-projekti-politika-per-pjesemarrjen-dhe-mbajtjen",
            "zavrsen-projekat-politike-za-ucesce-i-zadrzavanje",
            "project-ends-with-participation-and-retention-policies",
        ),
        "date": "2008-08-11",
        "intro": t(
            "Pas tetëmbëdhjetë muajsh pune, partnerët kanë formuluar, së bashku me autoritetet "
            "qendrore dhe lokale, politika për pjesëmarrjen dhe mbajtjen e fëmijëve në arsimin "
            "fillor.",
            "Nakon osamnaest meseci rada, partneri su zajedno sa centralnim i lokalnim vlastima "
            "formulisali politike za učešće i zadržavanje dece u osnovnom obrazovanju.",
            "After eighteen months of work, the partners have formulated, together with central and "
            "local authorities, policies for children's participation and retention in primary "
            "education.",
        ),
        "listing_image": image("photo-books"),
        "listing_image_alt": t(
            "Libra dhe fletore mbi një bankë shkollore",
            "Knjige i sveske na školskoj klupi",
            "Books and notebooks on a school desk",
        ),
        "categories": [
            {"category": snippet("category-advocacy")},
            {"category": snippet("category-network")},
        ],
        "related_partners": [
            {"partner": page("kec")},
            {"partner": page("sbashk")},
            {"partner": page("kahcr")},
            {"partner": page("issa")},
            {"partner": page("eu")},
        ],
        "related_event": None,
        "funders": [{"partner": page("eu")}],
        "body": [
            {
                "type": "heading",
                "value": {
                    "text": t(
                        "Çfarë mbetet pas projektit",
                        "Šta ostaje posle projekta",
                        "What the project leaves behind",
                    ),
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": t(
                    "<ul>"
                    "<li>një rrjet strategjik i tre partnerëve vendorë: KEC, SBASHK dhe KAHCR;</li>"
                    "<li>politika për pjesëmarrjen dhe mbajtjen në arsimin fillor, të formuluara me "
                    "autoritetet qendrore dhe lokale;</li>"
                    "<li>anëtarë të SBASHK-ut dhe KAHCR-it që mund të ndikojnë në pjesëmarrjen në "
                    "arsim në komunitetet e tyre.</li>"
                    "</ul>",
                    "<ul>"
                    "<li>strateška mreža tri lokalna partnera: KEC, SBASHK i KAHCR;</li>"
                    "<li>politike za učešće i zadržavanje u osnovnom obrazovanju, formulisane sa "
                    "centralnim i lokalnim vlastima;</li>"
                    "<li>članovi SBASHK-a i KAHCR-a koji mogu da utiču na učešće u obrazovanju u "
                    "svojim zajednicama.</li>"
                    "</ul>",
                    "<ul>"
                    "<li>a strategic network of three local partners: KEC, SBASHK and KAHCR;</li>"
                    "<li>participation and retention policies for primary education, formulated with "
                    "central and local authorities;</li>"
                    "<li>SBASHK and KAHCR members who can influence participation in education in "
                    "their own communities.</li>"
                    "</ul>",
                ),
            },
            {
                "type": "paragraph",
                "value": t(
                    "<p>Partnerët falënderojnë Bashkimin Evropian për mbështetjen dhe ISSA-n për "
                    "ekspertizën në zhvillimin organizativ. Puna e rrjetit vazhdon.</p>",
                    "<p>Partneri zahvaljuju Evropskoj uniji na podršci i ISSA-i na stručnoj pomoći u "
                    "organizacionom razvoju. Rad mreže se nastavlja.</p>",
                    "<p>The partners thank the European Union for its support and ISSA for its "
                    "expertise in organisational development. The network's work goes on.</p>",
                ),
            },
        ],
    },
    {
        "key": "week-2024-announced",
        "model": "news.NewsPage",
        "parent": "news",
        "title": t(
            "Edicioni i tretë i Javës Kosovare për Parandalimin e Braktisjes së Shkollës fillon më "
            "25 nëntor",
            "Treće izdanje Kosovske nedelje za prevenciju napuštanja škole počinje 25. novembra",
            "Third Kosovar Week for Prevention of School Dropout starts on 25 November",
        ),
        "slug": t(
            "java-e-trete-per-parandalimin-e-braktisjes-fillon-me-25-nentor",
            "treca-nedelja-za-prevenciju-napustanja-skole-pocinje-25-novembra",
            "third-week-for-prevention-of-school-dropout-starts-25-november",
        ),
        "date": "2024-11-18",
        "intro": t(
            "Edicioni i tretë i Javës zhvillohet nga 25 deri më 29 nëntor 2024, me mbështetjen e "
            "qendrës ECMI Kosova dhe në partneritet me Ministrinë e Arsimit, Shkencës, "
            "Teknologjisë dhe Inovacionit (MASHTI).",
            "Treće izdanje Nedelje održava se od 25. do 29. novembra 2024. godine, uz podršku "
            "centra ECMI Kosovo i u partnerstvu sa Ministarstvom obrazovanja, nauke, tehnologije "
            "i inovacija (MONTI).",
            "The third edition of the Week runs from 25 to 29 November 2024, with the support of "
            "ECMI Kosovo and in partnership with the Ministry of Education, Science, Technology and "
            "Innovation (MESTI).",
        ),
        "listing_image": image("photo-classroom"),
        "listing_image_alt": t(
            "Klasë e një shkolle fillore me banka dhe dërrasë të zezë",
            "Učionica osnovne škole sa klupama i tablom",
            "Primary school classroom with desks and a blackboard",
        ),
        "categories": [{"category": snippet("category-events")}],
        "related_partners": [
            {"partner": page("kec")},
            {"partner": page("ecmi")},
            {"partner": page("mesti")},
            {"partner": page("unicef")},
            {"partner": page("eu")},
        ],
        "funders": [{"partner": page("unicef"), "through": page("eu")}],
        "related_event": page("week-2024"),
        "body": [
            {
                "type": "paragraph",
                "value": t(
                    "<p>Java ka një qëllim të qartë: që çdo profesionist i arsimit të jetë i "
                    "vetëdijshëm për rolin e vet në parandalimin e braktisjes së shkollës dhe të "
                    "veprojë në përputhje me protokollin shtetëror për ndërhyrje të hershme dhe të "
                    "përshtatshme për nxënësit në rrezik të lartë braktisjeje, në të gjitha nivelet e "
                    "arsimit parauniversitar.</p>"
                    "<p>Java organizohet në kuadër të projektit „Mbështetja e qasjes së vazhdueshme "
                    "dhe mbajtjes në arsimin publik në 15 komuna të Kosovës“, të financuar nga "
                    "UNICEF-i përmes Zyrës së BE-së në Kosovë.</p>",
                    "<p>Nedelja ima jasan cilj: da svaki obrazovni radnik bude svestan svoje uloge u "
                    "prevenciji napuštanja škole i da postupa u skladu sa državnim protokolom za "
                    "blagovremenu i odgovarajuću intervenciju za učenike u visokom riziku od "
                    "napuštanja škole, na svim nivoima preduniverzitetskog obrazovanja.</p>"
                    "<p>Nedelja se organizuje u okviru projekta „Podrška kontinuiranom pristupu i "
                    "zadržavanju u javnom obrazovanju u 15 opština na Kosovu“, koji finansira UNICEF "
                    "preko Kancelarije EU na Kosovu.</p>",
                    "<p>The Week has a clear purpose: that every education professional is aware of "
                    "their role in preventing dropout and acts in line with the state protocol for "
                    "timely, appropriate intervention for pupils at high risk of dropping out, at "
                    "every level of pre-university education.</p>"
                    "<p>The Week is organised within the project “Supporting continuous access and "
                    "retention in public education in 15 municipalities of Kosovo”, funded by UNICEF "
                    "through the EU Office in Kosovo.</p>",
                ),
            },
            {
                "type": "paragraph",
                "value": t(
                    "<p>Ftojmë shkollat, mësimdhënësit dhe drejtoritë komunale të arsimit të "
                    "përfshihen dhe të ndajnë përvojat e tyre gjatë javës. Ngjarja përmbyllëse "
                    "mbahet në Prishtinë të mërkurën, më 27 nëntor.</p>",
                    "<p>Pozivamo škole, nastavnike i opštinske direkcije za obrazovanje da se "
                    "uključe i podele svoja iskustva tokom nedelje. Završni događaj održaće se u "
                    "Prištini u sredu, 27. novembra.</p>",
                    "<p>We invite schools, teachers and municipal education directorates to take part "
                    "and share their experience during the week. The closing event takes place in "
                    "Pristina on Wednesday 27 November.</p>",
                ),
            },
        ],
    },
    {
        "key": "closing-2024-report",
        "model": "news.NewsPage",
        "parent": "news",
        "title": t(
            "Parandalimi i braktisjes së shkollës të bëhet prioritet më i lartë shtetëror",
            "Prevencija napuštanja škole treba da postane veći državni prioritet",
            "Make dropout prevention a higher state priority",
        ),
        "slug": t(
            "parandalimi-i-braktisjes-prioritet-me-i-larte-shteteror",
            "prevencija-napustanja-skole-veci-drzavni-prioritet",
            "make-dropout-prevention-a-higher-state-priority",
        ),
        "date": "2024-11-27",
        "intro": t(
            "Në Prishtinë u përmbyll edicioni i tretë i Javës Kosovare për Parandalimin e Braktisjes "
            "së Shkollës, me pjesëmarrjen e përfaqësuesve të lartë të institucioneve.",
            "U Prištini je zatvoreno treće izdanje Kosovske nedelje za prevenciju napuštanja škole, "
            "uz učešće visokih predstavnika institucija.",
            "The third Kosovar Week for Prevention of School Dropout closed in Pristina, with senior "
            "officials taking part.",
        ),
        "listing_image": image("photo-closing-panel"),
        "listing_image_alt": t(
            "Panelistë në skenë gjatë ngjarjes përmbyllëse",
            "Panelisti na bini tokom završnog događaja",
            "Panellists on stage during the closing event",
        ),
        "listing_image_caption": t(
            "Paneli i ngjarjes përmbyllëse të Javës, në Prishtinë, më 27 nëntor 2024.",
            "Panel završnog događaja Nedelje, u Prištini, 27. novembra 2024.",
            "The panel of the Week's closing event, in Pristina, on 27 November 2024.",
        ),
        "categories": [
            {"category": snippet("category-events")},
            {"category": snippet("category-advocacy")},
        ],
        "related_partners": [
            {"partner": page("kec")},
            {"partner": page("ecmi")},
            {"partner": page("mesti")},
            {"partner": page("unicef")},
            {"partner": page("eu")},
        ],
        "funders": [{"partner": page("unicef"), "through": page("eu")}],
        "related_event": page("week-2024-closing"),
        "body": [
            {
                "type": "paragraph",
                "value": t(
                    "<p>Në ngjarjen përmbyllëse, të mërkurën më 27 nëntor 2024, morën pjesë "
                    "zëvendësministri i Arsimit, zëvendësministri i Drejtësisë, këshilltari i "
                    "Kryeministrit për çështje të komuniteteve dhe drejtori i Zyrës për Qeverisje të "
                    "Mirë, së bashku me organizatat partnere.</p>",
                    "<p>Završnom događaju, u sredu 27. novembra 2024. godine, prisustvovali su "
                    "zamenik ministra obrazovanja, zamenik ministra pravde, savetnik premijera za "
                    "pitanja zajednica i direktor Kancelarije za dobro upravljanje, zajedno sa "
                    "partnerskim organizacijama.</p>",
                    "<p>The closing event on Wednesday 27 November 2024 was attended by the Deputy "
                    "Minister of Education, the Deputy Minister of Justice, the Prime Minister's "
                    "Advisor on Community Issues and the Director of the Office for Good Governance, "
                    "together with the partner organisations.</p>",
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": t("Mesazhet e ngjarjes", "Poruke događaja", "The event's messages"),
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": t(
                    "<ul>"
                    "<li>Parandalimi i braktisjes së shkollës duhet të bëhet prioritet më i lartë "
                    "shtetëror.</li>"
                    "<li>Planet komunale të veprimit kundër braktisjes duhet të vazhdojnë të "
                    "mbështeten.</li>"
                    "<li>Këto plane duhet të shndërrohen në akte normative komunale, që të jenë të "
                    "qëndrueshme.</li>"
                    "</ul>",
                    "<ul>"
                    "<li>Prevencija napuštanja škole treba da postane veći državni prioritet.</li>"
                    "<li>Opštinski akcioni planovi protiv napuštanja škole treba i dalje da dobijaju "
                    "podršku.</li>"
                    "<li>Te planove treba pretvoriti u opštinske normativne akte kako bi bili "
                    "trajni.</li>"
                    "</ul>",
                    "<ul>"
                    "<li>Preventing school dropout must become a higher state priority.</li>"
                    "<li>Municipal Action Plans (MAPs) against dropout must continue to be "
                    "supported.</li>"
                    "<li>MAPs should be turned into normative municipal acts, so that they "
                    "last.</li>"
                    "</ul>",
                ),
            },
            {
                "type": "paragraph",
                "value": t(
                    "<p>Java u organizua me mbështetjen e qendrës ECMI Kosova, në partneritet me "
                    "MASHTI-në, në kuadër të projektit të financuar nga UNICEF-i përmes Zyrës së "
                    "BE-së në Kosovë.</p>",
                    "<p>Nedelja je organizovana uz podršku centra ECMI Kosovo, u partnerstvu sa "
                    "MONTI-jem, u okviru projekta koji finansira UNICEF preko Kancelarije EU na "
                    "Kosovu.</p>",
                    "<p>The Week was organised with the support of ECMI Kosovo, in partnership with "
                    "MESTI, within the project funded by UNICEF through the EU Office in Kosovo.</p>",
                ),
            },
        ],
    },
    {
        "key": "protocol-call-2025",
        "model": "news.NewsPage",
        "parent": "news",
        "title": t(
            "Thirrje shkollave: zbatoni protokollin shtetëror për parandalimin e braktisjes",
            "Poziv školama: primenjujte državni protokol za prevenciju napuštanja škole",
            "A call to schools: use the state protocol on dropout prevention",
        ),
        "slug": t(
            "thirrje-shkollave-zbatoni-protokollin-shteteror",
            "poziv-skolama-primenjujte-drzavni-protokol",
            "call-to-schools-use-the-state-protocol",
        ),
        "date": "2025-09-15",
        "intro": t(
            "Në fillim të vitit të ri shkollor, rrjeti u bën thirrje drejtorëve, mësimdhënësve, "
            "pedagogëve dhe psikologëve të shkollave që ta zbatojnë protokollin që në shenjat e para "
            "të rrezikut.",
            "Na početku nove školske godine mreža poziva direktore, nastavnike i stručne saradnike "
            "u školama da protokol primene već na prve znake rizika.",
            "As the new school year begins, the network calls on head teachers, teachers and school "
            "support staff to apply the protocol at the first signs of risk.",
        ),
        "listing_image": image("photo-classroom"),
        "listing_image_alt": t(
            "Klasë e zbrazët para fillimit të mësimit",
            "Prazna učionica pre početka nastave",
            "An empty classroom before lessons begin",
        ),
        "categories": [
            {"category": snippet("category-advocacy")},
            {"category": snippet("category-training")},
        ],
        "related_partners": [
            {"partner": page("kec")},
            {"partner": page("sbashk")},
            {"partner": page("kahcr")},
            {"partner": page("mesti")},
        ],
        "related_event": None,
        "body": [
            {
                "type": "paragraph",
                "value": t(
                    "<p>Protokolli shtetëror përcakton si duhet të veprojë shkolla, me kohë dhe në "
                    "mënyrë të përshtatshme, kur një nxënës është në rrezik të lartë ta braktisë "
                    "shkollën. Ai vlen për të gjitha nivelet e arsimit parauniversitar.</p>"
                    "<p>Ky është edhe qëllimi i Javës Kosovare për Parandalimin e Braktisjes së "
                    "Shkollës: që çdo profesionist i arsimit ta njohë rolin e vet.</p>",
                    "<p>Državni protokol utvrđuje kako škola treba da postupi, blagovremeno i na "
                    "odgovarajući način, kada je učenik u visokom riziku od napuštanja škole. On važi "
                    "za sve nivoe preduniverzitetskog obrazovanja.</p>"
                    "<p>To je i cilj Kosovske nedelje za prevenciju napuštanja škole: da svaki "
                    "obrazovni radnik zna koja je njegova uloga.</p>",
                    "<p>The state protocol sets out how a school should act, in good time and in the "
                    "right way, when a pupil is at high risk of dropping out. It applies at every "
                    "level of pre-university education.</p>"
                    "<p>This is also the aim of the Kosovar Week for Prevention of School Dropout: "
                    "that every education professional knows their role.</p>",
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": t(
                        "Çfarë mund të bëjë shkolla juaj",
                        "Šta vaša škola može da uradi",
                        "What your school can do",
                    ),
                    "level": "h3",
                },
            },
            {
                "type": "paragraph",
                "value": t(
                    "<ul>"
                    "<li>Ndiqni rregullisht mungesat dhe reagoni herët kur ato shtohen.</li>"
                    "<li>Bisedoni me prindërit sapo të shfaqen shenjat e para të rrezikut.</li>"
                    "<li>Ndiqni hapat e protokollit dhe bashkëpunoni me drejtorinë komunale të "
                    "arsimit.</li>"
                    "</ul>",
                    "<ul>"
                    "<li>Redovno pratite izostanke i reagujte rano kada se povećaju.</li>"
                    "<li>Razgovarajte sa roditeljima čim se pojave prvi znaci rizika.</li>"
                    "<li>Sledite korake protokola i sarađujte sa opštinskom direkcijom za "
                    "obrazovanje.</li>"
                    "</ul>",
                    "<ul>"
                    "<li>Keep track of absences and act early when they increase.</li>"
                    "<li>Talk with parents as soon as the first signs of risk appear.</li>"
                    "<li>Follow the steps of the protocol and work with the municipal education "
                    "directorate.</li>"
                    "</ul>",
                ),
            },
        ],
    },
    {
        "key": "maps-municipal-acts-2026",
        "model": "news.NewsPage",
        "parent": "news",
        "title": t(
            "Planet komunale kundër braktisjes të bëhen akte komunale",
            "Opštinski akcioni planovi protiv napuštanja škole treba da postanu opštinski akti",
            "Municipal Action Plans against dropout should become municipal acts",
        ),
        "slug": t(
            "planet-komunale-kunder-braktisjes-te-behen-akte-komunale",
            "opstinski-akcioni-planovi-treba-da-postanu-opstinski-akti",
            "municipal-action-plans-should-become-municipal-acts",
        ),
        "date": "2026-04-14",
        "intro": t(
            "Rrjeti vazhdon punën me komunat që planet e veprimit kundër braktisjes së shkollës të "
            "mos mbeten vetëm dokumente projektesh, por të miratohen si akte normative komunale.",
            "Mreža nastavlja rad sa opštinama kako akcioni planovi protiv napuštanja škole ne bi "
            "ostali samo projektni dokumenti, već bili usvojeni kao opštinski normativni akti.",
            "The network keeps working with municipalities so that action plans against dropout do "
            "not remain project documents but are adopted as normative municipal acts.",
        ),
        "listing_image": image("photo-municipal-map"),
        "listing_image_alt": t(
            "Hartë e komunave të Kosovës",
            "Mapa opština na Kosovu",
            "Map of Kosovo's municipalities",
        ),
        "categories": [{"category": snippet("category-advocacy")}],
        "related_partners": [
            {"partner": page("kec")},
            {"partner": page("sbashk")},
            {"partner": page("kahcr")},
        ],
        "related_event": None,
        "body": [
            {
                "type": "paragraph",
                "value": t(
                    "<p>Planet komunale të veprimit i japin komunës një kornizë për punën e "
                    "përbashkët të shkollave, prindërve dhe institucioneve kundër braktisjes. Por një "
                    "plan që lidhet vetëm me një projekt rrezikon të harrohet kur projekti "
                    "përfundon.</p>"
                    "<p>Prandaj, një nga mesazhet e ngjarjes përmbyllëse të Javës në vitin 2024 ishte "
                    "që këto plane të shndërrohen në akte normative komunale.</p>",
                    "<p>Opštinski akcioni planovi daju opštini okvir za zajednički rad škola, "
                    "roditelja i institucija protiv napuštanja škole. Ali plan koji je vezan samo za "
                    "jedan projekat rizikuje da bude zaboravljen kada se projekat završi.</p>"
                    "<p>Zato je jedna od poruka završnog događaja Nedelje 2024. godine bila da se ovi "
                    "planovi pretvore u opštinske normativne akte.</p>",
                    "<p>Municipal Action Plans give a municipality a framework in which schools, "
                    "parents and institutions work together against dropout. But a plan tied to a "
                    "single project risks being forgotten when the project ends.</p>"
                    "<p>That is why one of the messages of the closing event of the 2024 Week was to "
                    "turn these plans into normative municipal acts.</p>",
                ),
            },
            {
                "type": "quote",
                "value": {
                    "text": t(
                        "Kur plani bëhet akt komunal, ai nuk varet më nga një projekt apo nga një "
                        "mandat. Ai bëhet detyrim i komunës ndaj fëmijëve të saj.",
                        "Kada plan postane opštinski akt, on više ne zavisi od jednog projekta ili "
                        "jednog mandata. On postaje obaveza opštine prema njenoj deci.",
                        "Once a plan becomes a municipal act, it no longer depends on one project or "
                        "one term of office. It becomes the municipality's commitment to its "
                        "children.",
                    ),
                    "attribution": NETWORK_REPRESENTATIVE,
                },
            },
            {
                "type": "paragraph",
                "value": t(
                    "<p>Anëtarët e rrjetit u ofrojnë komunave përvojën e tyre dhe janë të gatshëm të "
                    "ndihmojnë në hartimin e akteve.</p>",
                    "<p>Članovi mreže nude opštinama svoje iskustvo i spremni su da pomognu u izradi "
                    "akata.</p>",
                    "<p>The network's members offer municipalities their experience and are ready to "
                    "help draft the acts.</p>",
                ),
            },
        ],
    },
    {
        "key": "week-2026-announced",
        "model": "news.NewsPage",
        "parent": "news",
        "title": t(
            "Java Kosovare për Parandalimin e Braktisjes së Shkollës 2026 fillon së shpejti",
            "Kosovska nedelja za prevenciju napuštanja škole 2026 počinje uskoro",
            "The 2026 Kosovar Week for Prevention of School Dropout starts soon",
        ),
        "slug": t(
            "java-per-parandalimin-e-braktisjes-2026-fillon-se-shpejti",
            "nedelja-za-prevenciju-napustanja-skole-2026-pocinje-uskoro",
            "2026-week-for-prevention-of-school-dropout-starts-soon",
        ),
        "date": "2026-11-16",
        "intro": t(
            "Edicioni i vitit 2026 i Javës po afron. Ftojmë shkollat, mësimdhënësit dhe drejtoritë "
            "komunale të arsimit të përfshihen.",
            "Izdanje Nedelje za 2026. godinu se približava. Pozivamo škole, nastavnike i opštinske "
            "direkcije za obrazovanje da se uključe.",
            "The 2026 edition of the Week is approaching. We invite schools, teachers and municipal "
            "education directorates to take part.",
        ),
        "listing_image": image("photo-children-to-school"),
        "listing_image_alt": t(
            "Nxënës duke hyrë në oborrin e shkollës",
            "Učenici ulaze u školsko dvorište",
            "Pupils entering the schoolyard",
        ),
        "categories": [{"category": snippet("category-events")}],
        "related_partners": [
            {"partner": page("kec")},
            {"partner": page("sbashk")},
            {"partner": page("kahcr")},
            {"partner": page("mesti")},
        ],
        "related_event": page("week-2026"),
        "body": [
            {
                "type": "paragraph",
                "value": t(
                    "<p>Edhe këtë vit, Java i kushtohet rolit të çdo profesionisti të arsimit në "
                    "parandalimin e braktisjes së shkollës dhe zbatimit të protokollit shtetëror për "
                    "nxënësit në rrezik të lartë braktisjeje.</p>"
                    "<p>Gjatë javës, shkollat mund të organizojnë aktivitete të vogla: një takim të "
                    "stafit për protokollin, një bisedë me prindërit ose një orë mësimi për "
                    "rëndësinë e shkollimit.</p>",
                    "<p>I ove godine Nedelja je posvećena ulozi svakog obrazovnog radnika u "
                    "prevenciji napuštanja škole i primeni državnog protokola za učenike u visokom "
                    "riziku od napuštanja škole.</p>"
                    "<p>Tokom nedelje škole mogu da organizuju male aktivnosti: sastanak kolektiva o "
                    "protokolu, razgovor sa roditeljima ili čas o važnosti školovanja.</p>",
                    "<p>This year again, the Week is about the role of every education professional "
                    "in preventing dropout and about applying the state protocol for pupils at high "
                    "risk of dropping out.</p>"
                    "<p>During the week, schools can organise small activities: a staff meeting on the "
                    "protocol, a conversation with parents or a lesson on why school matters.</p>",
                ),
            },
            {
                "type": "call_to_action",
                "value": {
                    "heading": t("Java 2026", "Nedelja 2026", "The 2026 Week"),
                    "text": t(
                        "Shihni detajet e edicionit të këtij viti.",
                        "Pogledajte detalje ovogodišnjeg izdanja.",
                        "See the details of this year's edition.",
                    ),
                    "page": page("week-2026"),
                    "url": "",
                    "button_label": t("Shiko ngjarjen", "Pogledajte događaj", "See the event"),
                },
            },
        ],
    },
    {
        "key": "protocol-training-2026",
        "model": "news.NewsPage",
        "parent": "news",
        "title": t(
            "Trajnim për stafin e shkollave për protokollin shtetëror kundër braktisjes",
            "Obuka za školsko osoblje o državnom protokolu protiv napuštanja škole",
            "Training for school staff on the state protocol against dropout",
        ),
        "slug": t(
            "trajnim-per-stafin-e-shkollave-per-protokollin-shteteror",
            "obuka-za-skolsko-osoblje-o-drzavnom-protokolu",
            "training-for-school-staff-on-the-state-protocol",
        ),
        "date": "2026-11-20",
        "intro": t(
            "Pas Javës 2026, rrjeti organizon në Prishtinë një trajnim për drejtorë, mësimdhënës, "
            "pedagogë dhe psikologë të shkollave.",
            "Posle Nedelje 2026, mreža u Prištini organizuje obuku za direktore, nastavnike i "
            "stručne saradnike u školama.",
            "After the 2026 Week, the network is holding a training session in Pristina for head "
            "teachers, teachers and school support staff.",
        ),
        "listing_image": image("photo-training"),
        "listing_image_alt": t(
            "Mësimdhënës në një sesion trajnimi",
            "Nastavnici na obuci",
            "Teachers at a training session",
        ),
        "categories": [{"category": snippet("category-training")}],
        "related_partners": [
            {"partner": page("kec")},
            {"partner": page("sbashk")},
            {"partner": page("kahcr")},
        ],
        "related_event": page("network-meeting-2026"),
        "body": [
            {
                "type": "paragraph",
                "value": t(
                    "<p>Trajnimi zgjat tri orë dhe përqendrohet në zbatimin praktik të protokollit: "
                    "si të njihen shenjat e hershme të rrezikut, kush vepron dhe kur, si dhe si të "
                    "përfshihen prindërit.</p>"
                    "<p>Anëtarët e SBASHK-ut dhe KAHCR-it do të ndajnë përvojat e tyre nga puna në "
                    "shkolla dhe në komunitete.</p>",
                    "<p>Obuka traje tri sata i usredsređena je na praktičnu primenu protokola: kako "
                    "prepoznati rane znake rizika, ko postupa i kada, i kako uključiti "
                    "roditelje.</p>"
                    "<p>Članovi SBASHK-a i KAHCR-a podeliće svoja iskustva iz rada u školama i "
                    "zajednicama.</p>",
                    "<p>The three-hour session focuses on putting the protocol into practice: how to "
                    "recognise early signs of risk, who acts and when, and how to involve "
                    "parents.</p>"
                    "<p>Members of SBASHK and KAHCR will share their experience from work in schools "
                    "and communities.</p>",
                ),
            },
            {
                "type": "paragraph",
                "value": t(
                    "<p>Numri i vendeve është i kufizuar. Shkollat që dëshirojnë të marrin pjesë "
                    "mund të na shkruajnë në info@example.org.</p>",
                    "<p>Broj mesta je ograničen. Škole koje žele da učestvuju mogu nam pisati na "
                    "info@example.org.</p>",
                    "<p>Places are limited. Schools that would like to take part can write to us at "
                    "info@example.org.</p>",
                ),
            },
        ],
    },
]


# ---------------------------------------------------------------------------------------------
# Partners
# ---------------------------------------------------------------------------------------------

PARTNERS = [
    {
        "key": "kec",
        "model": "partners.PartnerPage",
        "parent": "partners",
        "title": t(
            "Qendra për Arsim e Kosovës",
            "Kosovski obrazovni centar",
            "Kosovo Education Center",
        ),
        "slug": t("kec", "kec", "kec"),
        "acronym": t("KEC", "KEC", "KEC"),
        "kind": "member",
        "website": "",
        "email": "",
        "city": PRISHTINA,
        "summary": t(
            "Organizatë joqeveritare vendore dhe anëtare themeluese e rrjetit, me ekspertizë në "
            "ndërtimin e rrjeteve të qëndrueshme të organizatave arsimore.",
            "Lokalna nevladina organizacija i jedan od osnivača mreže, sa stručnim znanjem u "
            "izgradnji održivih mreža obrazovnih organizacija.",
            "A local NGO and founding member of the network, with expertise in building sustainable "
            "networks of education organisations.",
        ),
        "logo": image("logo-kec"),
        "body": [
            {
                "type": "paragraph",
                "value": t(
                    "<p>Në projektin e viteve 2007–2008, KEC-i solli ekspertizën e tij në ndërtimin e "
                    "rrjeteve dhe mbështeti SBASHK-un dhe KAHCR-in në forcimin e kapaciteteve "
                    "organizative.</p>"
                    "<p>Sot KEC-i organizon, së bashku me partnerët, Javën Kosovare për "
                    "Parandalimin e Braktisjes së Shkollës.</p>",
                    "<p>U projektu 2007–2008. KEC je doprineo svojim znanjem o izgradnji mreža i "
                    "podržao SBASHK i KAHCR u jačanju organizacionih kapaciteta.</p>"
                    "<p>Danas KEC, zajedno sa partnerima, organizuje Kosovsku nedelju za prevenciju "
                    "napuštanja škole.</p>",
                    "<p>In the 2007–2008 project, KEC brought its expertise in network building and "
                    "supported SBASHK and KAHCR in strengthening their organisational capacity.</p>"
                    "<p>Today KEC organises, together with its partners, the Kosovar Week for "
                    "Prevention of School Dropout.</p>",
                ),
            },
        ],
    },
    {
        "key": "sbashk",
        "model": "partners.PartnerPage",
        "parent": "partners",
        "title": t(
            "Sindikata e Bashkuar e Arsimit, Shkencës dhe Kulturës",
            "Sindikat obrazovanja, nauke i kulture Kosova",
            "Union of Education, Science and Culture of Kosovo",
        ),
        "slug": t("sbashk", "sbashk", "sbashk"),
        "acronym": t("SBASHK", "SBASHK", "SBASHK"),
        "kind": "member",
        "website": "",
        "email": "",
        "city": PRISHTINA,
        "summary": t(
            "Sindikata e mësimdhënësve dhe anëtare themeluese e rrjetit; përfituese kryesore e "
            "projektit për ngritjen e kapaciteteve në vitet 2007–2008.",
            "Sindikat nastavnika i jedan od osnivača mreže; glavni korisnik projekta jačanja "
            "kapaciteta 2007–2008.",
            "The teachers' trade union and a founding member of the network; a main beneficiary of "
            "the 2007–2008 capacity-building project.",
        ),
        "logo": image("logo-sbashk"),
        "body": [
            {
                "type": "paragraph",
                "value": t(
                    "<p>Si sindikatë e punonjësve të arsimit, SBASHK-u sjell në rrjet zërin e "
                    "mësimdhënësve, të cilët janë shpesh të parët që vërejnë kur një nxënës rrezikon "
                    "ta braktisë shkollën.</p>"
                    "<p>Gjatë projektit, anëtarët e SBASHK-ut u trajnuan për të drejtat e fëmijëve, "
                    "punën kundër paragjykimeve dhe avokimin në nivel lokal.</p>",
                    "<p>Kao sindikat obrazovnih radnika, SBASHK u mrežu unosi glas nastavnika, koji "
                    "često prvi primete da je učenik u riziku da napusti školu.</p>"
                    "<p>Tokom projekta članovi SBASHK-a prošli su obuku o pravima deteta, radu protiv "
                    "predrasuda i zagovaranju na lokalnom nivou.</p>",
                    "<p>As the union of education workers, SBASHK brings the voice of teachers into "
                    "the network: they are often the first to notice when a pupil is at risk of "
                    "dropping out.</p>"
                    "<p>During the project, SBASHK members were trained in children's rights, "
                    "anti-bias work and local advocacy.</p>",
                ),
            },
        ],
    },
    {
        "key": "kahcr",
        "model": "partners.PartnerPage",
        "parent": "partners",
        "title": t(
            "Shoqata Kosovare për të Drejtat e Njeriut dhe të Fëmijëve",
            "Kosovsko udruženje za ljudska i dečja prava",
            "Kosovo Association for Human and Child Rights",
        ),
        "slug": t("kahcr", "kahcr", "kahcr"),
        "acronym": t("KAHCR", "KAHCR", "KAHCR"),
        "kind": "member",
        "website": "",
        "email": "",
        "city": PRISHTINA,
        "summary": t(
            "Organizatë joqeveritare vendore për të drejtat e njeriut dhe të fëmijëve, anëtare "
            "themeluese e rrjetit dhe përfituese kryesore e projektit 2007–2008.",
            "Lokalna nevladina organizacija za ljudska i dečja prava, jedan od osnivača mreže i "
            "glavni korisnik projekta 2007–2008.",
            "A local NGO for human and child rights, a founding member of the network and a main "
            "beneficiary of the 2007–2008 project.",
        ),
        "logo": image("logo-kahcr"),
        "body": [
            {
                "type": "paragraph",
                "value": t(
                    "<p>KAHCR-i sjell në rrjet përvojën e tij në mbrojtjen e të drejtave të "
                    "fëmijëve.</p>"
                    "<p>Anëtarët e tij, të trajnuar gjatë projektit, punojnë për të ndikuar në "
                    "pjesëmarrjen e fëmijëve në arsim në nivel lokal.</p>",
                    "<p>KAHCR u mrežu unosi svoje iskustvo u zaštiti prava deteta.</p>"
                    "<p>Njegovi članovi, obučeni tokom projekta, rade na tome da utiču na učešće "
                    "dece u obrazovanju na lokalnom nivou.</p>",
                    "<p>KAHCR brings to the network its experience in protecting children's "
                    "rights.</p>"
                    "<p>Its members, trained during the project, work to influence children's "
                    "participation in education at local level.</p>",
                ),
            },
        ],
    },
    {
        "key": "issa",
        "model": "partners.PartnerPage",
        "parent": "partners",
        "title": t(
            "Shoqata Ndërkombëtare Hap pas Hapi",
            "Međunarodno udruženje Korak po korak",
            "International Step by Step Association",
        ),
        "slug": t("issa", "issa", "issa"),
        "acronym": t("ISSA", "ISSA", "ISSA"),
        "kind": "expert",
        "website": "",
        "email": "",
        "city": t("Lejden", "Lajden", "Leiden"),
        "summary": t(
            "Rrjet ndërkombëtar me ekspertizë në zhvillimin organizativ dhe në fëmijërinë e "
            "hershme; partner ekspert i projektit 2007–2008.",
            "Međunarodna mreža sa stručnim znanjem u oblasti organizacionog razvoja i ranog "
            "detinjstva; stručni partner projekta 2007–2008.",
            "An international network with expertise in organisational development and early "
            "childhood; expert partner of the 2007–2008 project.",
        ),
        "logo": image("logo-issa"),
        "body": [
            {
                "type": "paragraph",
                "value": t(
                    "<p>ISSA kontribuoi në projekt me njohuri për zhvillimin organizativ dhe për "
                    "fëmijërinë e hershme. Kjo u ndihmoi partnerëve vendorë të forcojnë menaxhimin e "
                    "tyre dhe t'i kushtojnë vëmendje të veçantë arsimit parashkollor.</p>",
                    "<p>Udruženje ISSA doprinelo je projektu znanjem o organizacionom razvoju i ranom "
                    "detinjstvu. To je pomoglo lokalnim partnerima da ojačaju upravljanje i da "
                    "posebnu pažnju posvete predškolskom obrazovanju.</p>",
                    "<p>ISSA contributed its knowledge of organisational development and early "
                    "childhood to the project. This helped the local partners strengthen their "
                    "management and give particular attention to preschool education.</p>",
                ),
            },
        ],
    },
    {
        "key": "ecmi",
        "model": "partners.PartnerPage",
        "parent": "partners",
        "title": t(
            "Qendra Evropiane për Çështjet e Pakicave Kosova",
            "Evropski centar za manjinska pitanja Kosovo",
            "European Centre for Minority Issues Kosovo",
        ),
        "slug": t("ecmi-kosove", "ecmi-kosovo", "ecmi-kosovo"),
        "acronym": t("ECMI Kosova", "ECMI Kosovo", "ECMI Kosovo"),
        "kind": "expert",
        "website": "",
        "email": "",
        "city": PRISHTINA,
        "summary": t(
            "Qendër kërkimore dhe avokuese që mbështet Javën Kosovare për Parandalimin e "
            "Braktisjes së Shkollës.",
            "Istraživački i zagovarački centar koji podržava Kosovsku nedelju za prevenciju "
            "napuštanja škole.",
            "A research and advocacy centre that supports the Kosovar Week for Prevention of School "
            "Dropout.",
        ),
        "logo": image("logo-ecmi"),
        "body": [
            {
                "type": "paragraph",
                "value": t(
                    "<p>ECMI Kosova mbështet organizimin e Javës në kuadër të projektit „Mbështetja e "
                    "qasjes së vazhdueshme dhe mbajtjes në arsimin publik në 15 komuna të Kosovës“, "
                    "të financuar nga UNICEF-i përmes Zyrës së BE-së në Kosovë.</p>",
                    "<p>ECMI Kosovo podržava organizaciju Nedelje u okviru projekta „Podrška "
                    "kontinuiranom pristupu i zadržavanju u javnom obrazovanju u 15 opština na "
                    "Kosovu“, koji finansira UNICEF preko Kancelarije EU na Kosovu.</p>",
                    "<p>ECMI Kosovo supports the organisation of the Week within the project "
                    "“Supporting continuous access and retention in public education in 15 "
                    "municipalities of Kosovo”, funded by UNICEF through the EU Office in "
                    "Kosovo.</p>",
                ),
            },
        ],
    },
    {
        "key": "mesti",
        "model": "partners.PartnerPage",
        "parent": "partners",
        "title": t(
            "Ministria e Arsimit, Shkencës, Teknologjisë dhe Inovacionit",
            "Ministarstvo obrazovanja, nauke, tehnologije i inovacija",
            "Ministry of Education, Science, Technology and Innovation",
        ),
        "slug": t("mashti", "monti", "mesti"),
        "acronym": t("MASHTI", "MONTI", "MESTI"),
        "kind": "authority",
        "website": "",
        "email": "",
        "city": PRISHTINA,
        "summary": t(
            "Autoriteti publik përgjegjës për arsimin dhe partner i Javës Kosovare për "
            "Parandalimin e Braktisjes së Shkollës.",
            "Javni organ nadležan za obrazovanje i partner Kosovske nedelje za prevenciju "
            "napuštanja škole.",
            "The public authority responsible for education and a partner of the Kosovar Week for "
            "Prevention of School Dropout.",
        ),
        "logo": t(image("logo-mashti"), image("logo-monti"), image("logo-mesti")),
        "body": [
            {
                "type": "paragraph",
                "value": t(
                    "<p>Ministria është partnere e Javës. Qëllimi i përbashkët është që çdo "
                    "profesionist i arsimit ta njohë rolin e vet në parandalimin e braktisjes dhe të "
                    "veprojë sipas protokollit shtetëror për ndërhyrje të hershme dhe të përshtatshme "
                    "për nxënësit në rrezik të lartë braktisjeje.</p>"
                    "<p>Në ngjarjen përmbyllëse të Javës në vitin 2024 mori pjesë zëvendësministri i "
                    "Arsimit.</p>",
                    "<p>Ministarstvo je partner Nedelje. Zajednički cilj je da svaki obrazovni radnik "
                    "zna svoju ulogu u prevenciji napuštanja škole i da postupa prema državnom "
                    "protokolu za blagovremenu i odgovarajuću intervenciju za učenike u visokom "
                    "riziku od napuštanja škole.</p>"
                    "<p>Završnom događaju Nedelje 2024. godine prisustvovao je zamenik ministra "
                    "obrazovanja.</p>",
                    "<p>The Ministry is a partner of the Week. The shared goal is that every education "
                    "professional knows their role in preventing dropout and acts according to the "
                    "state protocol for timely, appropriate intervention for pupils at high risk of "
                    "dropping out.</p>"
                    "<p>The Deputy Minister of Education took part in the closing event of the 2024 "
                    "Week.</p>",
                ),
            },
        ],
    },
    {
        "key": "eu",
        "model": "partners.PartnerPage",
        "parent": "partners",
        "title": t(
            "Bashkimi Evropian (Zyra e BE-së në Kosovë)",
            "Evropska unija (Kancelarija EU na Kosovu)",
            "European Union (EU Office in Kosovo)",
        ),
        "slug": t("bashkimi-evropian", "evropska-unija", "european-union"),
        "acronym": t("BE", "EU", "EU"),
        "kind": "donor",
        "is_european_union": True,
        "website": "",
        "email": "",
        "city": PRISHTINA,
        "summary": t(
            "Financoi projektin e viteve 2007–2008 nga i cili lindi rrjeti; përmes Zyrës së BE-së "
            "në Kosovë kalon edhe financimi i UNICEF-it për projektin kundër braktisjes së shkollës.",
            "Finansirala je projekat 2007–2008 iz kog je nastala mreža; preko Kancelarije EU na "
            "Kosovu ide i UNICEF-ovo finansiranje projekta protiv napuštanja škole.",
            "Funded the 2007–2008 project from which the network grew; UNICEF's funding for the "
            "project against school dropout also goes through the EU Office in Kosovo.",
        ),
        "logo": t(image("logo-be"), image("logo-eu"), image("logo-eu")),
        "body": [
            {
                "type": "paragraph",
                "value": t(
                    "<p>Bashkimi Evropian financoi projektin për pjesëmarrjen e fëmijëve nga grupet e "
                    "pafavorizuara në arsimin parashkollor dhe fillor, të zbatuar nga shkurti 2007 "
                    "deri në gusht 2008.</p>"
                    "<p>Java Kosovare për Parandalimin e Braktisjes së Shkollës organizohet në kuadër "
                    "të një projekti të financuar nga UNICEF-i përmes Zyrës së BE-së në Kosovë.</p>",
                    "<p>Evropska unija je finansirala projekat za učešće dece iz ugroženih grupa u "
                    "predškolskom i osnovnom obrazovanju, sproveden od februara 2007. do avgusta "
                    "2008. godine.</p>"
                    "<p>Kosovska nedelja za prevenciju napuštanja škole organizuje se u okviru "
                    "projekta koji finansira UNICEF preko Kancelarije EU na Kosovu.</p>",
                    "<p>The European Union funded the project on the participation of children from "
                    "disadvantaged groups in preschool and primary education, carried out from "
                    "February 2007 to August 2008.</p>"
                    "<p>The Kosovar Week for Prevention of School Dropout is organised within a "
                    "project funded by UNICEF through the EU Office in Kosovo.</p>",
                ),
            },
        ],
    },
    {
        "key": "unicef",
        "model": "partners.PartnerPage",
        "parent": "partners",
        "title": t("UNICEF Kosova", "UNICEF Kosovo", "UNICEF Kosovo"),
        "slug": t("unicef-kosova", "unicef-kosovo", "unicef-kosovo"),
        "acronym": t("UNICEF", "UNICEF", "UNICEF"),
        "kind": "donor",
        "website": "",
        "email": "",
        "city": PRISHTINA,
        "summary": t(
            "Agjenci e Kombeve të Bashkuara që financon projektin „Mbështetja e qasjes së "
            "vazhdueshme dhe mbajtjes në arsimin publik në 15 komuna të Kosovës“.",
            "Agencija Ujedinjenih nacija koja finansira projekat „Podrška kontinuiranom pristupu i "
            "zadržavanju u javnom obrazovanju u 15 opština na Kosovu“.",
            "The United Nations agency that funds the project “Supporting continuous access and "
            "retention in public education in 15 municipalities of Kosovo”.",
        ),
        "logo": image("logo-unicef"),
        "body": [
            {
                "type": "paragraph",
                "value": t(
                    "<p>Projekti financohet nga UNICEF-i përmes Zyrës së BE-së në Kosovë. Në kuadër "
                    "të tij organizohet edhe Java Kosovare për Parandalimin e Braktisjes së "
                    "Shkollës, me mbështetjen e qendrës ECMI Kosova dhe në partneritet me "
                    "MASHTI-në.</p>",
                    "<p>Projekat finansira UNICEF preko Kancelarije EU na Kosovu. U njegovom okviru "
                    "organizuje se i Kosovska nedelja za prevenciju napuštanja škole, uz podršku "
                    "centra ECMI Kosovo i u partnerstvu sa MONTI-jem.</p>",
                    "<p>The project is funded by UNICEF through the EU Office in Kosovo. The Kosovar "
                    "Week for Prevention of School Dropout is organised within it, with the support "
                    "of ECMI Kosovo and in partnership with MESTI.</p>",
                ),
            },
        ],
    },
]


# ---------------------------------------------------------------------------------------------
# Project 2007-2008
# ---------------------------------------------------------------------------------------------

PROJECT = {
    "key": "project",
    "model": "partners.ProjectPage",
    "parent": "partners",
    "title": t(
        "Pjesëmarrja e fëmijëve nga grupet e pafavorizuara në arsimin parashkollor dhe fillor",
        "Učešće dece iz ugroženih grupa u predškolskom i osnovnom obrazovanju",
        "Participation of children from disadvantaged groups in preschool and primary education",
    ),
    "slug": t(
        "pjesemarrja-e-femijeve-nga-grupet-e-pafavorizuara",
        "ucesce-dece-iz-ugrozenih-grupa",
        "participation-of-children-from-disadvantaged-groups",
    ),
    "start_date": "2007-02-06",
    "end_date": "2008-08-06",
    "intro": t(
        "Projekt i financuar nga Bashkimi Evropian që forcoi organizatat e shoqërisë civile për të "
        "punuar me prindërit, shkollat dhe autoritetet, dhe nga i cili lindi rrjeti ynë.",
        "Projekat koji je finansirala Evropska unija, koji je ojačao organizacije civilnog društva "
        "za rad sa roditeljima, školama i vlastima i iz kog je nastala naša mreža.",
        "A European Union-funded project that strengthened civil-society organisations to work with "
        "parents, schools and authorities, and from which our network grew.",
    ),
    "funders": [{"partner": page("eu")}],
    "partners": [
        {"partner": page("sbashk"), "role": "beneficiary"},
        {"partner": page("kahcr"), "role": "beneficiary"},
        {"partner": page("kec"), "role": "expertise"},
        {"partner": page("issa"), "role": "expertise"},
    ],
    "aims": [
        {
            "type": "paragraph",
            "value": t(
                "<p>Projekti synoi të mobilizonte burimet lokale që më shumë fëmijë nga grupet e "
                "pafavorizuara të merrnin pjesë në arsimin parashkollor dhe fillor:</p>"
                "<ul>"
                "<li>fëmijë nga familjet me të ardhura të ulëta;</li>"
                "<li>fëmijë me aftësi të kufizuara;</li>"
                "<li>fëmijë të komuniteteve pakicë.</li>"
                "</ul>"
                "<p>Rruga për ta arritur këtë ishte forcimi i organizatave të shoqërisë civile, që "
                "të punojnë më mirë me prindërit, shkollat dhe autoritetet lokale e qendrore.</p>",
                "<p>Cilj projekta bio je da se mobilišu lokalni resursi kako bi više dece iz "
                "ugroženih grupa učestvovalo u predškolskom i osnovnom obrazovanju:</p>"
                "<ul>"
                "<li>dece iz porodica sa niskim primanjima;</li>"
                "<li>dece sa invaliditetom;</li>"
                "<li>dece iz manjinskih zajednica.</li>"
                "</ul>"
                "<p>Put do toga bio je jačanje organizacija civilnog društva, kako bi bolje "
                "sarađivale sa roditeljima, školama i lokalnim i centralnim vlastima.</p>",
                "<p>The project set out to mobilise local resources so that more children from "
                "disadvantaged groups take part in preschool and primary education:</p>"
                "<ul>"
                "<li>children from low-income families;</li>"
                "<li>children with disabilities;</li>"
                "<li>children from minority communities.</li>"
                "</ul>"
                "<p>The way to get there was to strengthen civil-society organisations so that they "
                "work better with parents, schools, and local and central authorities.</p>",
            ),
        },
    ],
    "activities": [
        {
            "type": "paragraph",
            "value": t(
                "<p>Aktivitetet kryesore të projektit ishin:</p>"
                "<ul>"
                "<li>ngritja e kapaciteteve organizative dhe e menaxhimit të shoqatave partnere;</li>"
                "<li>trajnime për ndryshimin organizativ, planifikimin pjesëmarrës (PCM), "
                "monitorimin dhe vlerësimin;</li>"
                "<li>konsulencë sipas nevojave të partnerëve;</li>"
                "<li>themelimi i një rrjeti të organizatave të shoqërisë civile për pjesëmarrje në "
                "arsim dhe hartimi i strategjisë së tij afatshkurtër;</li>"
                "<li>avokim dhe analizë politikash me autoritetet qendrore dhe lokale;</li>"
                "<li>hartimi i politikave për pjesëmarrjen dhe mbajtjen e fëmijëve në arsim;</li>"
                "<li>trajnimi i 500 anëtarëve të SBASHK-ut dhe KAHCR-it për të drejtat e fëmijëve, "
                "punën kundër paragjykimeve dhe avokimin në nivel lokal.</li>"
                "</ul>",
                "<p>Glavne aktivnosti projekta bile su:</p>"
                "<ul>"
                "<li>jačanje organizacionih kapaciteta i upravljanja partnerskih udruženja;</li>"
                "<li>obuke o organizacionim promenama, participativnom planiranju (PCM), praćenju i "
                "evaluaciji;</li>"
                "<li>savetovanje u skladu sa potrebama partnera;</li>"
                "<li>osnivanje mreže organizacija civilnog društva za učešće u obrazovanju i izrada "
                "njene kratkoročne strategije;</li>"
                "<li>zagovaranje i analiza politika sa centralnim i lokalnim vlastima;</li>"
                "<li>izrada politika za učešće i zadržavanje dece u obrazovanju;</li>"
                "<li>obuka 500 članova SBASHK-a i KAHCR-a o pravima deteta, radu protiv predrasuda "
                "i zagovaranju na lokalnom nivou.</li>"
                "</ul>",
                "<p>The project's main activities were:</p>"
                "<ul>"
                "<li>building the organisational capacity and management of the partner "
                "associations;</li>"
                "<li>training in organisational change, participatory planning (PCM), monitoring "
                "and evaluation;</li>"
                "<li>consulting tailored to the partners' needs;</li>"
                "<li>founding a network of civil-society organisations for participation in "
                "education and drafting its short-term strategy;</li>"
                "<li>advocacy and policy analysis with central and local authorities;</li>"
                "<li>drafting policies on children's participation and retention in education;</li>"
                "<li>training 500 members of SBASHK and KAHCR in children's rights, anti-bias work "
                "and local advocacy.</li>"
                "</ul>",
            ),
        },
    ],
    "results": [
        {
            "type": "paragraph",
            "value": t(
                "<p>Në përfundim të projektit:</p>"
                "<ul>"
                "<li>u krijua një rrjet strategjik i tre partnerëve vendorë: KEC, SBASHK dhe "
                "KAHCR;</li>"
                "<li>u formuluan, me autoritetet qendrore dhe lokale, politika për pjesëmarrjen dhe "
                "mbajtjen e fëmijëve në arsimin fillor;</li>"
                "<li>anëtarët e SBASHK-ut dhe KAHCR-it u bënë të aftë të ndikojnë në pjesëmarrjen "
                "në arsim në nivel lokal.</li>"
                "</ul>",
                "<p>Na kraju projekta:</p>"
                "<ul>"
                "<li>stvorena je strateška mreža tri lokalna partnera: KEC, SBASHK i KAHCR;</li>"
                "<li>sa centralnim i lokalnim vlastima formulisane su politike za učešće i "
                "zadržavanje dece u osnovnom obrazovanju;</li>"
                "<li>članovi SBASHK-a i KAHCR-a osposobljeni su da utiču na učešće u obrazovanju na "
                "lokalnom nivou.</li>"
                "</ul>",
                "<p>By the end of the project:</p>"
                "<ul>"
                "<li>a strategic network of three local partners, KEC, SBASHK and KAHCR, was in "
                "place;</li>"
                "<li>participation and retention policies for primary education had been formulated "
                "with central and local authorities;</li>"
                "<li>SBASHK and KAHCR members were able to influence participation in education at "
                "local level.</li>"
                "</ul>",
            ),
        },
        {
            "type": "call_to_action",
            "value": {
                "heading": t(
                    "Rrjeti që lindi nga projekti",
                    "Mreža nastala iz projekta",
                    "The network that grew out of the project",
                ),
                "text": t(
                    "Njihuni me organizatat anëtare dhe partnerët tanë.",
                    "Upoznajte organizacije članice i naše partnere.",
                    "Meet the member organisations and our partners.",
                ),
                "page": page("partners"),
                "url": "",
                "button_label": t("Partnerët", "Partneri", "Partners"),
            },
        },
    ],
}


# ---------------------------------------------------------------------------------------------
# Event series and events
# ---------------------------------------------------------------------------------------------

EVENT_SERIES = [
    {
        "key": "dropout-week",
        "model": "events.EventSeries",
        "slug": "dropout-week",
        "name": t(
            "Java Kosovare për Parandalimin e Braktisjes së Shkollës",
            "Kosovska nedelja za prevenciju napuštanja škole",
            "Kosovar Week for Prevention of School Dropout",
        ),
        "description": t(
            "Javë vjetore që synon ta bëjë çdo profesionist të arsimit të vetëdijshëm për rolin e "
            "vet në parandalimin e braktisjes dhe ta përafrojë punën e tij me protokollin shtetëror "
            "për nxënësit në rrezik të lartë braktisjeje, në të gjitha nivelet e arsimit "
            "parauniversitar.",
            "Godišnja nedelja čiji je cilj da svaki obrazovni radnik postane svestan svoje uloge u "
            "prevenciji napuštanja škole i da svoj rad uskladi sa državnim protokolom za učenike u "
            "visokom riziku od napuštanja škole, na svim nivoima preduniverzitetskog obrazovanja.",
            "A yearly week that aims to make every education professional aware of their role in "
            "preventing dropout, and aligned with the state protocol for pupils at high risk of "
            "dropping out, at every level of pre-university education.",
        ),
    },
]

EVENTS = [
    {
        "key": "week-2022",
        "model": "events.EventPage",
        "parent": "events",
        "title": t(
            "Java Kosovare për Parandalimin e Braktisjes së Shkollës 2022",
            "Kosovska nedelja za prevenciju napuštanja škole 2022",
            "Kosovar Week for Prevention of School Dropout 2022",
        ),
        "slug": t(
            "java-per-parandalimin-e-braktisjes-2022",
            "nedelja-za-prevenciju-napustanja-skole-2022",
            "week-for-prevention-of-school-dropout-2022",
        ),
        "series": snippet("dropout-week"),
        "start": "2022-11-21T00:00",
        "end": "2022-11-25T23:59",
        "all_day": True,
        "venue": SCHOOLS_ACROSS_KOSOVO,
        "city": ACROSS_KOSOVO,
        "online_link": "",
        "registration_link": "",
        "organisers": [
            {"partner": page("kec")},
            {"partner": page("sbashk")},
            {"partner": page("kahcr")},
        ],
        "supporters": [{"partner": page("mesti")}],
        "intro": t(
            "Edicioni i parë i Javës Kosovare për Parandalimin e Braktisjes së Shkollës.",
            "Prvo izdanje Kosovske nedelje za prevenciju napuštanja škole.",
            "The first edition of the Kosovar Week for Prevention of School Dropout.",
        ),
        "listing_image": image("photo-books"),
        "listing_image_alt": t(
            "Libra dhe fletore të hapura mbi një bankë",
            "Otvorene knjige i sveske na klupi",
            "Open books and notebooks on a desk",
        ),
        "body": [
            {
                "type": "paragraph",
                "value": t(
                    "<p>Në nëntor të vitit 2022 u mbajt edicioni i parë i Javës. Ai e vuri "
                    "parandalimin e braktisjes së shkollës në qendër të vëmendjes së shkollave, "
                    "mësimdhënësve dhe institucioneve arsimore.</p>"
                    "<p>Që nga ky vit, Java mbahet çdo vit.</p>",
                    "<p>U novembru 2022. godine održano je prvo izdanje Nedelje. Ono je prevenciju "
                    "napuštanja škole stavilo u središte pažnje škola, nastavnika i obrazovnih "
                    "institucija.</p>"
                    "<p>Od tada se Nedelja održava svake godine.</p>",
                    "<p>The first edition of the Week was held in November 2022. It put the "
                    "prevention of school dropout at the centre of attention of schools, teachers and "
                    "education institutions.</p>"
                    "<p>Since then, the Week has been held every year.</p>",
                ),
            },
            {
                "type": "call_to_action",
                "value": {
                    "heading": t("Edicioni i dytë", "Drugo izdanje", "The second edition"),
                    "text": t(
                        "Shihni Javën e vitit 2023.",
                        "Pogledajte Nedelju 2023. godine.",
                        "See the 2023 Week.",
                    ),
                    "page": page("week-2023"),
                    "url": "",
                    "button_label": t("Java 2023", "Nedelja 2023", "The 2023 Week"),
                },
            },
        ],
    },
    {
        "key": "week-2023",
        "model": "events.EventPage",
        "parent": "events",
        "title": t(
            "Java Kosovare për Parandalimin e Braktisjes së Shkollës 2023",
            "Kosovska nedelja za prevenciju napuštanja škole 2023",
            "Kosovar Week for Prevention of School Dropout 2023",
        ),
        "slug": t(
            "java-per-parandalimin-e-braktisjes-2023",
            "nedelja-za-prevenciju-napustanja-skole-2023",
            "week-for-prevention-of-school-dropout-2023",
        ),
        "series": snippet("dropout-week"),
        "start": "2023-11-20T00:00",
        "end": "2023-11-24T23:59",
        "all_day": True,
        "venue": SCHOOLS_ACROSS_KOSOVO,
        "city": ACROSS_KOSOVO,
        "online_link": "",
        "registration_link": "",
        "organisers": [
            {"partner": page("kec")},
            {"partner": page("sbashk")},
            {"partner": page("kahcr")},
        ],
        "supporters": [{"partner": page("mesti")}],
        "intro": t(
            "Edicioni i dytë i Javës Kosovare për Parandalimin e Braktisjes së Shkollës.",
            "Drugo izdanje Kosovske nedelje za prevenciju napuštanja škole.",
            "The second edition of the Kosovar Week for Prevention of School Dropout.",
        ),
        "listing_image": image("photo-classroom"),
        "listing_image_alt": t(
            "Klasë shkolle me banka të rregulluara në rreshta",
            "Školska učionica sa klupama poređanim u redove",
            "School classroom with desks in rows",
        ),
        "body": [
            {
                "type": "paragraph",
                "value": t(
                    "<p>Edicioni i dytë i Javës u mbajt në nëntor të vitit 2023. Ai vazhdoi punën e "
                    "nisur një vit më parë: t'u kujtonte të gjithë profesionistëve të arsimit se "
                    "secili prej tyre ka një rol në mbajtjen e fëmijëve në shkollë.</p>",
                    "<p>Drugo izdanje Nedelje održano je u novembru 2023. godine. Nastavilo je rad "
                    "započet godinu dana ranije: da podseti sve obrazovne radnike da svako od njih "
                    "ima ulogu u zadržavanju dece u školi.</p>",
                    "<p>The second edition of the Week was held in November 2023. It continued the "
                    "work begun a year earlier: reminding all education professionals that each of "
                    "them has a role in keeping children in school.</p>",
                ),
            },
            {
                "type": "call_to_action",
                "value": {
                    "heading": t("Edicioni i tretë", "Treće izdanje", "The third edition"),
                    "text": t(
                        "Shihni Javën e vitit 2024 dhe mesazhet e saj.",
                        "Pogledajte Nedelju 2024. godine i njene poruke.",
                        "See the 2024 Week and its messages.",
                    ),
                    "page": page("week-2024"),
                    "url": "",
                    "button_label": t("Java 2024", "Nedelja 2024", "The 2024 Week"),
                },
            },
        ],
    },
    {
        "key": "week-2024",
        "model": "events.EventPage",
        "parent": "events",
        "title": t(
            "Java Kosovare për Parandalimin e Braktisjes së Shkollës 2024",
            "Kosovska nedelja za prevenciju napuštanja škole 2024",
            "Kosovar Week for Prevention of School Dropout 2024",
        ),
        "slug": t(
            "java-per-parandalimin-e-braktisjes-2024",
            "nedelja-za-prevenciju-napustanja-skole-2024",
            "week-for-prevention-of-school-dropout-2024",
        ),
        "series": snippet("dropout-week"),
        "start": "2024-11-25T00:00",
        "end": "2024-11-29T23:59",
        "all_day": True,
        "venue": SCHOOLS_ACROSS_KOSOVO,
        "city": ACROSS_KOSOVO,
        "online_link": "",
        "registration_link": "",
        "organisers": [
            {"partner": page("kec")},
            {"partner": page("sbashk")},
            {"partner": page("kahcr")},
        ],
        "supporters": [{"partner": page("ecmi")}, {"partner": page("mesti")}],
        "funders": [{"partner": page("unicef"), "through": page("eu")}],
        "intro": t(
            "Edicioni i tretë i Javës, i organizuar me mbështetjen e qendrës ECMI Kosova dhe në "
            "partneritet me MASHTI-në.",
            "Treće izdanje Nedelje, organizovano uz podršku centra ECMI Kosovo i u partnerstvu sa "
            "MONTI-jem.",
            "The third edition of the Week, organised with the support of ECMI Kosovo and in "
            "partnership with MESTI.",
        ),
        "listing_image": image("photo-children-to-school"),
        "listing_image_alt": t(
            "Fëmijë me çanta shkollore para shkollës",
            "Deca sa školskim torbama ispred škole",
            "Children with school bags in front of a school",
        ),
        "body": [
            {
                "type": "paragraph",
                "value": t(
                    "<p>Qëllimi i Javës ishte që çdo profesionist i arsimit të jetë i vetëdijshëm për "
                    "rolin e vet në parandalimin e braktisjes dhe të veprojë në përputhje me "
                    "protokollin shtetëror për ndërhyrje të hershme dhe të përshtatshme për nxënësit "
                    "në rrezik të lartë braktisjeje, në të gjitha nivelet e arsimit "
                    "parauniversitar.</p>"
                    "<p>Java u organizua në kuadër të projektit „Mbështetja e qasjes së vazhdueshme "
                    "dhe mbajtjes në arsimin publik në 15 komuna të Kosovës“, të financuar nga "
                    "UNICEF-i përmes Zyrës së BE-së në Kosovë.</p>",
                    "<p>Cilj Nedelje bio je da svaki obrazovni radnik bude svestan svoje uloge u "
                    "prevenciji napuštanja škole i da postupa u skladu sa državnim protokolom za "
                    "blagovremenu i odgovarajuću intervenciju za učenike u visokom riziku od "
                    "napuštanja škole, na svim nivoima preduniverzitetskog obrazovanja.</p>"
                    "<p>Nedelja je organizovana u okviru projekta „Podrška kontinuiranom pristupu i "
                    "zadržavanju u javnom obrazovanju u 15 opština na Kosovu“, koji finansira UNICEF "
                    "preko Kancelarije EU na Kosovu.</p>",
                    "<p>The Week's purpose was that every education professional is aware of their "
                    "role in preventing dropout and acts in line with the state protocol for timely, "
                    "appropriate intervention for pupils at high risk of dropping out, at every level "
                    "of pre-university education.</p>"
                    "<p>The Week was organised within the project “Supporting continuous access and "
                    "retention in public education in 15 municipalities of Kosovo”, funded by UNICEF "
                    "through the EU Office in Kosovo.</p>",
                ),
            },
            {
                "type": "call_to_action",
                "value": {
                    "heading": t(
                        "Ngjarja përmbyllëse, 27 nëntor 2024",
                        "Završni događaj, 27. novembar 2024.",
                        "Closing event, 27 November 2024",
                    ),
                    "text": t(
                        "Kush mori pjesë dhe cilat ishin mesazhet e saj.",
                        "Ko je učestvovao i koje su bile njegove poruke.",
                        "Who took part and what its messages were.",
                    ),
                    "page": page("week-2024-closing"),
                    "url": "",
                    "button_label": t("Ngjarja përmbyllëse", "Završni događaj", "Closing event"),
                },
            },
        ],
    },
    {
        "key": "week-2024-closing",
        "model": "events.EventPage",
        "parent": "events",
        "title": t(
            "Ngjarja përmbyllëse e Javës 2024",
            "Završni događaj Nedelje 2024",
            "Closing event of the 2024 Week",
        ),
        "slug": t(
            "ngjarja-permbyllese-e-javes-2024",
            "zavrsni-dogadjaj-nedelje-2024",
            "closing-event-of-the-2024-week",
        ),
        "series": snippet("dropout-week"),
        "start": "2024-11-27T10:00",
        "end": "2024-11-27T13:00",
        "all_day": False,
        "venue": HOTEL_HALL,
        "city": PRISHTINA,
        "online_link": "",
        "registration_link": "",
        "organisers": [{"partner": page("kec")}],
        "supporters": [{"partner": page("ecmi")}, {"partner": page("mesti")}],
        "funders": [{"partner": page("unicef"), "through": page("eu")}],
        "intro": t(
            "Ngjarja që përmbylli edicionin e tretë të Javës, me përfaqësues të lartë të "
            "institucioneve dhe me mesazhe të qarta për parandalimin e braktisjes.",
            "Događaj kojim je zatvoreno treće izdanje Nedelje, uz visoke predstavnike institucija i "
            "jasne poruke o prevenciji napuštanja škole.",
            "The event that closed the third edition of the Week, with senior officials and "
            "clear messages on dropout prevention.",
        ),
        "listing_image": image("photo-closing-panel"),
        "listing_image_alt": t(
            "Panel me folës në ngjarjen përmbyllëse",
            "Panel sa govornicima na završnom događaju",
            "A panel of speakers at the closing event",
        ),
        "body": [
            {
                "type": "paragraph",
                "value": t(
                    "<p>Në ngjarjen përmbyllëse morën pjesë zëvendësministri i Arsimit, "
                    "zëvendësministri i Drejtësisë, këshilltari i Kryeministrit për çështje të "
                    "komuniteteve dhe drejtori i Zyrës për Qeverisje të Mirë.</p>",
                    "<p>Završnom događaju prisustvovali su zamenik ministra obrazovanja, zamenik "
                    "ministra pravde, savetnik premijera za pitanja zajednica i direktor Kancelarije "
                    "za dobro upravljanje.</p>",
                    "<p>The closing event was attended by the Deputy Minister of Education, the "
                    "Deputy Minister of Justice, the Prime Minister's Advisor on Community Issues and "
                    "the Director of the Office for Good Governance.</p>",
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": t(
                        "Mesazhet e ngjarjes përmbyllëse",
                        "Poruke završnog događaja",
                        "Messages of the closing event",
                    ),
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": t(
                    "<ol>"
                    "<li>Parandalimi i braktisjes së shkollës të bëhet prioritet më i lartë "
                    "shtetëror.</li>"
                    "<li>Të vazhdojë mbështetja për planet komunale të veprimit kundër "
                    "braktisjes.</li>"
                    "<li>Planet komunale të veprimit të shndërrohen në akte normative komunale, që të "
                    "jenë të qëndrueshme.</li>"
                    "</ol>",
                    "<ol>"
                    "<li>Prevencija napuštanja škole treba da postane veći državni prioritet.</li>"
                    "<li>Podrška opštinskim akcionim planovima protiv napuštanja škole treba da se "
                    "nastavi.</li>"
                    "<li>Opštinske akcione planove treba pretvoriti u opštinske normativne akte kako "
                    "bi bili trajni.</li>"
                    "</ol>",
                    "<ol>"
                    "<li>Make dropout prevention a higher state priority.</li>"
                    "<li>Keep supporting the Municipal Action Plans (MAPs) against dropout.</li>"
                    "<li>Turn MAPs into normative municipal acts so that they last.</li>"
                    "</ol>",
                ),
            },
            {
                "type": "figure",
                "value": {
                    "image": {
                        "image": image("photo-network-meeting"),
                        "alt_text": t(
                            "Pjesëmarrës duke biseduar rreth një tryeze pas panelit",
                            "Učesnici razgovaraju za stolom posle panela",
                            "Participants talking around a table after the panel",
                        ),
                        "decorative": False,
                    },
                    "caption": t(
                        "Bisedat vazhduan edhe pas pjesës zyrtare të ngjarjes.",
                        "Razgovori su nastavljeni i posle zvaničnog dela događaja.",
                        "Conversations went on after the official part of the event.",
                    ),
                },
            },
        ],
    },
    {
        "key": "week-2026",
        "model": "events.EventPage",
        "parent": "events",
        "title": t(
            "Java Kosovare për Parandalimin e Braktisjes së Shkollës 2026",
            "Kosovska nedelja za prevenciju napuštanja škole 2026",
            "Kosovar Week for Prevention of School Dropout 2026",
        ),
        "slug": t(
            "java-per-parandalimin-e-braktisjes-2026",
            "nedelja-za-prevenciju-napustanja-skole-2026",
            "week-for-prevention-of-school-dropout-2026",
        ),
        "series": snippet("dropout-week"),
        "start": days_from_today(5, "00:00"),
        "end": days_from_today(9, "23:59"),
        "all_day": True,
        "venue": SCHOOLS_ACROSS_KOSOVO,
        "city": ACROSS_KOSOVO,
        "online_link": "",
        "registration_link": "",
        "organisers": [
            {"partner": page("kec")},
            {"partner": page("sbashk")},
            {"partner": page("kahcr")},
        ],
        "supporters": [{"partner": page("mesti")}],
        "intro": t(
            "Edicioni i vitit 2026 i Javës: një javë për rolin e çdo profesionisti të arsimit në "
            "mbajtjen e fëmijëve në shkollë.",
            "Izdanje Nedelje za 2026. godinu: nedelja posvećena ulozi svakog obrazovnog radnika u "
            "zadržavanju dece u školi.",
            "The 2026 edition of the Week: a week about the role of every education professional in "
            "keeping children in school.",
        ),
        "listing_image": image("photo-classroom"),
        "listing_image_alt": t(
            "Klasë me nxënës në bankat e tyre",
            "Učionica sa učenicima u klupama",
            "A classroom with pupils at their desks",
        ),
        "body": [
            {
                "type": "paragraph",
                "value": t(
                    "<p>Edhe këtë vit, Java u kushtohet të gjithë atyre që punojnë në arsimin "
                    "parauniversitar: drejtorëve, mësimdhënësve, edukatorëve dhe stafit mbështetës. "
                    "Qëllimi mbetet i njëjtë: që secili ta njohë rolin e vet në parandalimin e "
                    "braktisjes dhe ta zbatojë protokollin shtetëror me kohë.</p>",
                    "<p>I ove godine Nedelja je posvećena svima koji rade u preduniverzitetskom "
                    "obrazovanju: direktorima, nastavnicima, vaspitačima i stručnim saradnicima. Cilj "
                    "ostaje isti: da svako zna svoju ulogu u prevenciji napuštanja škole i da "
                    "blagovremeno primeni državni protokol.</p>",
                    "<p>This year again, the Week is for everyone working in pre-university "
                    "education: head teachers, teachers, preschool teachers and support staff. The "
                    "aim stays the same: that everyone knows their role in preventing dropout and "
                    "applies the state protocol in good time.</p>",
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": t("Si të përfshiheni", "Kako da se uključite", "How to take part"),
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": t(
                    "<ul>"
                    "<li>Organizoni një takim të stafit për hapat e protokollit.</li>"
                    "<li>Ftoni prindërit në një bisedë për rëndësinë e shkollimit.</li>"
                    "<li>Ndani me ne përvojën e shkollës suaj në info@example.org.</li>"
                    "</ul>",
                    "<ul>"
                    "<li>Organizujte sastanak kolektiva o koracima protokola.</li>"
                    "<li>Pozovite roditelje na razgovor o važnosti školovanja.</li>"
                    "<li>Podelite sa nama iskustvo vaše škole na info@example.org.</li>"
                    "</ul>",
                    "<ul>"
                    "<li>Hold a staff meeting on the steps of the protocol.</li>"
                    "<li>Invite parents to a conversation about why school matters.</li>"
                    "<li>Share your school's experience with us at info@example.org.</li>"
                    "</ul>",
                ),
            },
        ],
    },
    {
        "key": "network-meeting-2026",
        "model": "events.EventPage",
        "parent": "events",
        "title": t(
            "Trajnim për stafin e shkollave: protokolli shtetëror për parandalimin e braktisjes",
            "Obuka za školsko osoblje: državni protokol za prevenciju napuštanja škole",
            "Training for school staff: the state protocol on dropout prevention",
        ),
        "slug": t(
            "trajnim-per-stafin-e-shkollave-protokolli-shteteror",
            "obuka-za-skolsko-osoblje-drzavni-protokol",
            "training-for-school-staff-state-protocol",
        ),
        "series": None,
        "start": days_from_today(21, "10:00"),
        "end": days_from_today(21, "13:00"),
        "all_day": False,
        "venue": HOTEL_HALL,
        "city": PRISHTINA,
        "online_link": "",
        "registration_link": "",
        "organisers": [
            {"partner": page("kec")},
            {"partner": page("sbashk")},
            {"partner": page("kahcr")},
        ],
        "supporters": [],
        "intro": t(
            "Një trajnim treorësh për drejtorë, mësimdhënës dhe staf mbështetës të shkollave për "
            "zbatimin praktik të protokollit shtetëror.",
            "Trosatna obuka za direktore, nastavnike i stručne saradnike u školama o praktičnoj "
            "primeni državnog protokola.",
            "A three-hour training session for head teachers, teachers and school support staff on "
            "putting the state protocol into practice.",
        ),
        "listing_image": image("photo-training"),
        "listing_image_alt": t(
            "Mësimdhënës duke ndjekur një prezantim",
            "Nastavnici prate prezentaciju",
            "Teachers following a presentation",
        ),
        "body": [
            {
                "type": "paragraph",
                "value": t(
                    "<p>Trajnimi u drejtohet atyre që në shkollë janë të parët që vërejnë shenjat e "
                    "rrezikut. Së bashku do të kalojmë hapat e protokollit shtetëror për ndërhyrje të "
                    "hershme dhe të përshtatshme për nxënësit në rrezik të lartë braktisjeje.</p>",
                    "<p>Obuka je namenjena onima koji u školi prvi primete znake rizika. Zajedno ćemo "
                    "proći korake državnog protokola za blagovremenu i odgovarajuću intervenciju za "
                    "učenike u visokom riziku od napuštanja škole.</p>",
                    "<p>The session is for the people in a school who are the first to notice signs "
                    "of risk. Together we will go through the steps of the state protocol for timely, "
                    "appropriate intervention for pupils at high risk of dropping out.</p>",
                ),
            },
            {
                "type": "heading",
                "value": {"text": t("Programi", "Program", "Programme"), "level": "h3"},
            },
            {
                "type": "paragraph",
                "value": t(
                    "<ul>"
                    "<li>si të njihen shenjat e hershme të rrezikut;</li>"
                    "<li>kush vepron dhe kur, sipas protokollit;</li>"
                    "<li>si të përfshihen prindërit dhe komuna;</li>"
                    "<li>përvoja nga anëtarët e SBASHK-ut dhe KAHCR-it.</li>"
                    "</ul>"
                    "<p>Për pjesëmarrje, na shkruani në info@example.org.</p>",
                    "<ul>"
                    "<li>kako prepoznati rane znake rizika;</li>"
                    "<li>ko postupa i kada, prema protokolu;</li>"
                    "<li>kako uključiti roditelje i opštinu;</li>"
                    "<li>iskustva članova SBASHK-a i KAHCR-a.</li>"
                    "</ul>"
                    "<p>Za učešće nam pišite na info@example.org.</p>",
                    "<ul>"
                    "<li>how to recognise early signs of risk;</li>"
                    "<li>who acts and when, under the protocol;</li>"
                    "<li>how to involve parents and the municipality;</li>"
                    "<li>experience from SBASHK and KAHCR members.</li>"
                    "</ul>"
                    "<p>To take part, write to us at info@example.org.</p>",
                ),
            },
        ],
    },
]


# ---------------------------------------------------------------------------------------------
# Event highlights (posted by partners after an event)
# ---------------------------------------------------------------------------------------------

HIGHLIGHTS = [
    {
        "key": "closing-2024-messages",
        "model": "events.EventHighlightPage",
        "parent": "week-2024-closing",
        "posted_by": page("sbashk"),
        "title": t(
            "Mesazhet nga përmbyllja e Javës 2024",
            "Poruke sa zatvaranja Nedelje 2024",
            "Messages from the close of the 2024 Week",
        ),
        "slug": t(
            "mesazhet-nga-permbyllja-e-javes-2024",
            "poruke-sa-zatvaranja-nedelje-2024",
            "messages-from-the-close-of-the-2024-week",
        ),
        "date": "2024-11-28",
        "summary": t(
            "Parandalimi i braktisjes si prioritet shtetëror, mbështetje e vazhdueshme për planet "
            "komunale të veprimit dhe shndërrimi i tyre në akte komunale.",
            "Prevencija napuštanja škole kao državni prioritet, stalna podrška opštinskim akcionim "
            "planovima i njihovo pretvaranje u opštinske akte.",
            "Dropout prevention as a state priority, continued support for Municipal Action Plans, "
            "and turning them into municipal acts.",
        ),
        "photos": [
            {
                "image": image("photo-closing-panel"),
                "alt_text": t(
                    "Përfaqësues të institucioneve në panelin e ngjarjes përmbyllëse",
                    "Predstavnici institucija na panelu završnog događaja",
                    "Officials on the panel of the closing event",
                ),
                "caption": t(
                    "Paneli i ngjarjes përmbyllëse në Prishtinë, 27 nëntor 2024.",
                    "Panel završnog događaja u Prištini, 27. novembra 2024.",
                    "The closing event panel in Pristina, 27 November 2024.",
                ),
            },
            {
                "image": image("photo-network-meeting"),
                "alt_text": t(
                    "Përfaqësues të organizatave partnere duke diskutuar",
                    "Predstavnici partnerskih organizacija u razgovoru",
                    "Representatives of partner organisations in discussion",
                ),
                "caption": t(
                    "Organizatat partnere diskutojnë për hapat e ardhshëm.",
                    "Partnerske organizacije razgovaraju o sledećim koracima.",
                    "Partner organisations discuss the next steps.",
                ),
            },
        ],
        "quotes": [
            {
                "type": "quote",
                "value": {
                    "text": t(
                        "Mësimdhënësit janë shpesh të parët që vërejnë se një nxënës ka filluar të "
                        "mungojë. Protokolli u tregon qartë çfarë duhet të bëjnë më pas.",
                        "Nastavnici često prvi primete da učenik počinje da izostaje. Protokol im jasno "
                        "pokazuje šta treba da urade posle toga.",
                        "Teachers are often the first to notice that a pupil has started to miss school. "
                        "The protocol shows them clearly what to do next.",
                    ),
                    "attribution": t(
                        "Përfaqësues i SBASHK-ut", "Predstavnik SBASHK-a", "SBASHK representative"
                    ),
                },
            },
            {
                "type": "quote",
                "value": {
                    "text": t(
                        "Planet komunale të veprimit duhet të jetojnë më gjatë se projektet që i "
                        "nisën. Prandaj duhet të bëhen akte komunale.",
                        "Opštinski akcioni planovi treba da traju duže od projekata kojima su započeti. "
                        "Zato treba da postanu opštinski akti.",
                        "Municipal Action Plans must outlive the projects that started them. That is why "
                        "they should become municipal acts.",
                    ),
                    "attribution": t(
                        "Nga mesazhet përmbyllëse të Javës",
                        "Iz završnih poruka Nedelje",
                        "From the closing messages of the Week",
                    ),
                },
            },
        ],
        "body": [
            {
                "type": "paragraph",
                "value": t(
                    "<p>Ngjarja përmbyllëse e edicionit të tretë të Javës bashkoi në një sallë "
                    "zëvendësministrin e Arsimit, zëvendësministrin e Drejtësisë, këshilltarin e "
                    "Kryeministrit për çështje të komuniteteve dhe drejtorin e Zyrës për Qeverisje të "
                    "Mirë.</p>"
                    "<p>Për SBASHK-un, mesazhi kryesor është i qartë: parandalimi i braktisjes së "
                    "shkollës duhet të bëhet prioritet më i lartë shtetëror, dhe planet komunale të "
                    "veprimit duhet të mbështeten e të shndërrohen në akte normative komunale.</p>",
                    "<p>Završni događaj trećeg izdanja Nedelje okupio je u jednoj sali zamenika "
                    "ministra obrazovanja, zamenika ministra pravde, savetnika premijera za pitanja "
                    "zajednica i direktora Kancelarije za dobro upravljanje.</p>"
                    "<p>Za SBASHK je glavna poruka jasna: prevencija napuštanja škole treba da postane "
                    "veći državni prioritet, a opštinske akcione planove treba podržavati i pretvoriti "
                    "u opštinske normativne akte.</p>",
                    "<p>The closing event of the third edition of the Week brought together in one "
                    "room the Deputy Minister of Education, the Deputy Minister of Justice, the Prime "
                    "Minister's Advisor on Community Issues and the Director of the Office for Good "
                    "Governance.</p>"
                    "<p>For SBASHK the main message is clear: dropout prevention must become a higher "
                    "state priority, and Municipal Action Plans must be supported and turned into "
                    "normative municipal acts.</p>",
                ),
            },
        ],
    },
    {
        "key": "week-2024-in-schools",
        "model": "events.EventHighlightPage",
        "parent": "week-2024",
        "posted_by": page("kahcr"),
        "title": t(
            "Java 2024 në klasa dhe në dhomat e mësimdhënësve",
            "Nedelja 2024 u učionicama i zbornicama",
            "The 2024 Week in classrooms and staff rooms",
        ),
        "slug": t(
            "java-2024-ne-klasa-dhe-ne-dhomat-e-mesimdhenesve",
            "nedelja-2024-u-ucionicama-i-zbornicama",
            "the-2024-week-in-classrooms-and-staff-rooms",
        ),
        "date": "2024-12-02",
        "summary": t(
            "Një javë për t'u kujtuar të gjithë profesionistëve të arsimit se mbajtja e fëmijëve në "
            "shkollë është punë e përbashkët.",
            "Nedelja koja je podsetila sve obrazovne radnike da je zadržavanje dece u školi "
            "zajednički posao.",
            "A week to remind every education professional that keeping children in school is a "
            "shared job.",
        ),
        "photos": [
            {
                "image": image("photo-classroom"),
                "alt_text": t(
                    "Klasë shkolle gjatë Javës për Parandalimin e Braktisjes",
                    "Školska učionica tokom Nedelje za prevenciju napuštanja škole",
                    "A school classroom during the Week for Prevention of School Dropout",
                ),
                "caption": t(
                    "Java arriti në klasat e shkollave anembanë Kosovës.",
                    "Nedelja je stigla do učionica širom Kosova.",
                    "The Week reached classrooms across Kosovo.",
                ),
            },
            {
                "image": image("photo-books"),
                "alt_text": t(
                    "Fletore dhe libra mbi bankën e një nxënësi",
                    "Sveske i knjige na klupi jednog učenika",
                    "Notebooks and books on a pupil's desk",
                ),
                "caption": t(
                    "Çdo bankë e zbrazët është një pyetje për të gjithë shkollën.",
                    "Svaka prazna klupa pitanje je za celu školu.",
                    "Every empty desk is a question for the whole school.",
                ),
            },
        ],
        "quotes": [
            {
                "type": "quote",
                "value": {
                    "text": t(
                        "Kur një fëmijë kthehet në klasë, kjo është meritë e shumë njerëzve: e "
                        "mësimdhënësit, e prindërve, e shkollës dhe e komunës.",
                        "Kada se dete vrati u učionicu, to je zasluga mnogih: nastavnika, roditelja, "
                        "škole i opštine.",
                        "When a child comes back to class, many people share the credit: the teacher, "
                        "the parents, the school and the municipality.",
                    ),
                    "attribution": t("Anëtar i KAHCR-it", "Član KAHCR-a", "KAHCR member"),
                },
            },
        ],
        "body": [
            {
                "type": "paragraph",
                "value": t(
                    "<p>Për KAHCR-in, Java e vitit 2024 ishte një rast për të kujtuar se e drejta e "
                    "fëmijës për arsim nuk mbaron me regjistrimin në shkollë. Ajo kërkon që "
                    "mësimdhënësit, shkollat dhe komunat të veprojnë me kohë kur një nxënës është në "
                    "rrezik ta braktisë shkollën.</p>"
                    "<p>Protokolli shtetëror u jep atyre një rrugë të përbashkët për ta bërë këtë, në "
                    "të gjitha nivelet e arsimit parauniversitar.</p>",
                    "<p>Za KAHCR je Nedelja 2024. godine bila prilika da podseti da se pravo deteta "
                    "na obrazovanje ne završava upisom u školu. Ono zahteva da nastavnici, škole i "
                    "opštine blagovremeno reaguju kada je učenik u riziku da napusti školu.</p>"
                    "<p>Državni protokol im daje zajednički put da to učine, na svim nivoima "
                    "preduniverzitetskog obrazovanja.</p>",
                    "<p>For KAHCR, the 2024 Week was a chance to point out that a child's right to "
                    "education does not end with enrolment. It requires teachers, schools and "
                    "municipalities to act in good time when a pupil is at risk of dropping out.</p>"
                    "<p>The state protocol gives them a shared way to do this, at every level of "
                    "pre-university education.</p>",
                ),
            },
        ],
    },
]


# ---------------------------------------------------------------------------------------------
# Publications and their files
# ---------------------------------------------------------------------------------------------

PUBLICATION_INDEX = {
    "key": "publications",
    "model": "publications.PublicationIndexPage",
    "parent": "home",
    "title": t("Publikimet", "Publikacije", "Publications"),
    "slug": t("publikime", "publikacije", "publications"),
    "intro": t(
        "Studimet, materialet e trajnimit, raportet dhe buletinet e rrjetit dhe të partnerëve "
        "tanë, për t'i lexuar dhe shkarkuar.",
        "Studije, materijali za obuku, izveštaji i bilteni mreže i naših partnera, za čitanje i "
        "preuzimanje.",
        "Studies, training materials, reports and newsletters of the network and our partners, to "
        "read and download.",
    ),
}

# The titles of the publications, which their files carry too.
STUDY_2007_TITLE = t(
    "Pengesat për pjesëmarrjen e fëmijëve nga grupet e pafavorizuara në arsim",
    "Prepreke učešću dece iz ugroženih grupa u obrazovanju",
    "Barriers to the participation of children from disadvantaged groups in education",
)
RIGHTS_TRAINING_TITLE = t(
    "Të drejtat e fëmijëve, puna kundër paragjykimeve dhe avokimi lokal: material trajnimi",
    "Prava deteta, rad protiv predrasuda i zagovaranje na lokalnom nivou: materijal za obuku",
    "Children's rights, anti-bias work and local advocacy: training material",
)
PLANNING_HANDBOOK_TITLE = t(
    "Planifikimi pjesëmarrës, monitorimi dhe vlerësimi: doracak për organizatat partnere",
    "Participativno planiranje, praćenje i evaluacija: priručnik za partnerske organizacije",
    "Participatory planning, monitoring and evaluation: a handbook for partner organisations",
)
STRATEGY_TITLE = t(
    "Strategjia afatshkurtër e rrjetit për pjesëmarrjen në arsim",
    "Kratkoročna strategija mreže za učešće u obrazovanju",
    "The network's short-term strategy for participation in education",
)
POLICIES_2008_TITLE = t(
    "Propozim-politikat për pjesëmarrjen dhe mbajtjen e fëmijëve në arsimin fillor",
    "Predlog politika za učešće i zadržavanje dece u osnovnom obrazovanju",
    "Proposed policies on children's participation and retention in primary education",
)
PROTOCOL_IN_BRIEF_TITLE = t(
    "Protokolli shtetëror për nxënësit në rrezik braktisjeje, shkurtimisht",
    "Državni protokol za učenike u riziku od napuštanja škole, ukratko",
    "The state protocol for pupils at risk of dropping out, in brief",
)
WEEK_2024_REPORT_TITLE = t(
    "Raporti i Javës Kosovare për Parandalimin e Braktisjes së Shkollës 2024",
    "Izveštaj o Kosovskoj nedelji za prevenciju napuštanja škole 2024",
    "Report on the Kosovar Week for Prevention of School Dropout 2024",
)
PROTOCOL_BRIEF_TITLE = t(
    "Protokolli shtetëror në çdo shkollë: përmbledhje politikash",
    "Državni protokol u svakoj školi: sažetak praktične politike",
    "The state protocol in every school: a policy brief",
)
MAPS_GUIDE_TITLE = t(
    "Udhëzues për planet komunale të veprimit kundër braktisjes së shkollës",
    "Vodič za opštinske akcione planove protiv napuštanja škole",
    "A guide to Municipal Action Plans against school dropout",
)
NEWSLETTER_2025_TITLE = t(
    "Buletini i rrjetit – vera 2025",
    "Bilten mreže – leto 2025",
    "Network newsletter – summer 2025",
)

# A line under each file's title: who wrote it, where and when.
KEC_ISSA_2007 = t(
    "KEC dhe ISSA · Prishtinë, 2007",
    "KEC i ISSA · Priština, 2007.",
    "KEC and ISSA · Pristina, 2007",
)
MEMBERS_2008 = "KEC, SBASHK, KAHCR · Prishtinë, 2008"


DOCUMENTS = {
    **editions(
        "barriers-study-2007",
        STUDY_2007_TITLE,
        KEC_ISSA_2007,
        [
            [
                t("# Hyrje", "# Uvod", "# Introduction"),
                t(
                    "Ky studim u hartua në muajt e parë të projektit për pjesëmarrjen e fëmijëve "
                    "nga grupet e pafavorizuara, të financuar nga Bashkimi Evropian. Ai mbledh atë "
                    "që organizatat partnere dëgjuan nga prindërit, mësimdhënësit dhe autoritetet "
                    "lokale. Qëllimi i tij është të tregojë ku ndalet rruga e një fëmije drejt "
                    "kopshtit dhe shkollës.",
                    "Ova studija izrađena je u prvim mesecima projekta za učešće dece iz ugroženih "
                    "grupa, koji je finansirala Evropska unija. Ona sabira ono što su partnerske "
                    "organizacije čule od roditelja, nastavnika i lokalnih vlasti. Cilj joj je da "
                    "pokaže gde se zaustavlja put deteta do vrtića i škole.",
                    "This study was written in the first months of the project on the "
                    "participation of children from disadvantaged groups, funded by the European "
                    "Union. It gathers what the partner organisations heard from parents, teachers "
                    "and local authorities. Its aim is to show where a child's way to kindergarten "
                    "and school comes to a stop.",
                ),
                t(
                    "Studimi ndalet te tri grupe fëmijësh: fëmijët e familjeve me të ardhura të "
                    "ulëta, fëmijët me aftësi të kufizuara dhe fëmijët e komuniteteve pakicë. Për "
                    "secilin grup ai përshkruan pengesat që familjet përmendën më shpesh. Pengesat "
                    "shpesh mbivendosen, sepse i njëjti fëmijë mund t'u përkasë më shumë se një "
                    "grupi.",
                    "Studija se bavi trima grupama dece: decom iz porodica sa niskim primanjima, "
                    "decom sa invaliditetom i decom iz manjinskih zajednica. Za svaku grupu opisuje "
                    "prepreke koje su porodice najčešće navodile. Prepreke se često preklapaju, jer "
                    "isto dete može pripadati većem broju grupa.",
                    "The study looks at three groups of children: children from low-income "
                    "families, children with disabilities and children from minority communities. "
                    "For each group it describes the obstacles that families named most often. The "
                    "obstacles often overlap, since the same child may belong to more than one "
                    "group.",
                ),
            ],
            [
                t("# Çfarë gjetëm", "# Šta smo utvrdili", "# What we found"),
                t(
                    "Kostot e vogla, por të përditshme, si transporti, veshja dhe mjetet shkollore, "
                    "i mbajnë shumë familje larg kopshtit. Për fëmijët me aftësi të kufizuara, "
                    "shkollat shpesh nuk kanë as qasje fizike, as mbështetje në klasë. Fëmijët e "
                    "komuniteteve pakicë përballen më shpesh me paragjykime dhe me mungesë "
                    "informacioni për regjistrimin.",
                    "Mali, ali svakodnevni troškovi, poput prevoza, odeće i školskog pribora, mnoge "
                    "porodice drže daleko od vrtića. Za decu sa invaliditetom škole često nemaju ni "
                    "fizički pristup ni podršku u učionici. Deca iz manjinskih zajednica češće se "
                    "suočavaju sa predrasudama i sa nedostatkom informacija o upisu.",
                    "Small but daily costs, such as transport, clothing and school supplies, keep "
                    "many families away from kindergarten. For children with disabilities, schools "
                    "often lack both physical access and support in the classroom. Children from "
                    "minority communities more often face prejudice and a lack of information about "
                    "enrolment.",
                ),
                t(
                    "Mësimdhënësit dhe drejtorët e shkollave treguan se shpesh e vërejnë mungesën e "
                    "një fëmije, por nuk dinë kujt t'i drejtohen. Prindërit, nga ana e tyre, rrallë "
                    "ftohen të marrin pjesë në jetën e shkollës. Kjo shkëputje mes familjes dhe "
                    "shkollës është pengesa që u përmend më shpesh.",
                    "Nastavnici i direktori škola rekli su da često primete izostanak deteta, ali "
                    "ne znaju kome da se obrate. Roditelji su, sa svoje strane, retko pozvani da "
                    "učestvuju u životu škole. Ovaj raskorak između porodice i škole prepreka je "
                    "koja je najčešće pominjana.",
                    "Teachers and head teachers said they often notice a child's absence but do not "
                    "know whom to turn to. Parents, for their part, are rarely invited to take part "
                    "in the life of the school. This gap between family and school was the obstacle "
                    "named most often.",
                ),
            ],
            [
                t("# Rekomandime", "# Preporuke", "# Recommendations"),
                t(
                    "Studimi u propozon autoriteteve qendrore dhe lokale tri hapa: të ulen kostot e "
                    "pjesëmarrjes për familjet më të varfra, të bëhen shkollat të qasshme për të "
                    "gjithë fëmijët dhe të krijohet një lidhje e rregullt mes shkollës, prindërve "
                    "dhe organizatave të shoqërisë civile. Këto rekomandime u bënë baza e "
                    "politikave që partnerët hartuan gjatë projektit.",
                    "Studija centralnim i lokalnim vlastima predlaže tri koraka: da se smanje "
                    "troškovi učešća za najsiromašnije porodice, da škole postanu pristupačne za "
                    "svu decu i da se uspostavi redovna veza između škole, roditelja i organizacija "
                    "civilnog društva. Ove preporuke postale su osnova politika koje su partneri "
                    "izradili tokom projekta.",
                    "The study proposes three steps to central and local authorities: lower the "
                    "cost of taking part for the poorest families, make schools accessible to all "
                    "children, and build a regular link between the school, parents and "
                    "civil-society organisations. These recommendations became the basis of the "
                    "policies the partners drafted during the project.",
                ),
            ],
        ],
    ),
    **editions(
        "rights-training-2007",
        RIGHTS_TRAINING_TITLE,
        KEC_ISSA_2007,
        [
            [
                t(
                    "# Si ta përdorni këtë material",
                    "# Kako da koristite ovaj materijal",
                    "# How to use this material",
                ),
                t(
                    "Ky material u përgatit për trajnimin e 500 anëtarëve të SBASHK-ut dhe "
                    "KAHCR-it, mësimdhënës dhe aktivistë që punojnë çdo ditë me fëmijët dhe "
                    "familjet e tyre. Secili modul zgjat një ditë dhe e ndërthur shpjegimin e "
                    "shkurtër me punën në grupe. Trajnerët mund t'i përshtatin ushtrimet sipas "
                    "komunës dhe përvojës së pjesëmarrësve.",
                    "Ovaj materijal pripremljen je za obuku 500 članova SBASHK-a i KAHCR-a, "
                    "nastavnika i aktivista koji svakodnevno rade sa decom i njihovim porodicama. "
                    "Svaki modul traje jedan dan i kombinuje kratko objašnjenje sa radom u grupama. "
                    "Treneri mogu da prilagode vežbe opštini i iskustvu učesnika.",
                    "This material was prepared to train 500 members of SBASHK and KAHCR, teachers "
                    "and activists who work every day with children and their families. Each "
                    "module takes one day and mixes a short explanation with group work. Trainers "
                    "may adapt the exercises to the municipality and to the participants' "
                    "experience.",
                ),
            ],
            [
                t(
                    "# Modulet 1 dhe 2: të drejtat e fëmijëve dhe paragjykimet",
                    "# Moduli 1 i 2: prava deteta i predrasude",
                    "# Modules 1 and 2: children's rights and bias",
                ),
                t(
                    "Moduli i parë shpjegon të drejtën e çdo fëmije për arsim dhe çfarë do të thotë "
                    "ajo për shkollën dhe komunën. Moduli i dytë i fton pjesëmarrësit të shqyrtojnë "
                    "paragjykimet e veta ndaj fëmijëve të varfër, fëmijëve me aftësi të kufizuara "
                    "dhe fëmijëve të komuniteteve pakicë. Ushtrimet mbështeten në raste nga klasat e "
                    "vetë pjesëmarrësve.",
                    "Prvi modul objašnjava pravo svakog deteta na obrazovanje i šta ono znači za "
                    "školu i opštinu. Drugi modul poziva učesnike da preispitaju sopstvene "
                    "predrasude prema siromašnoj deci, deci sa invaliditetom i deci iz manjinskih "
                    "zajednica. Vežbe se oslanjaju na primere iz učionica samih učesnika.",
                    "The first module explains every child's right to education and what it means "
                    "for the school and the municipality. The second invites participants to "
                    "examine their own biases towards poor children, children with disabilities and "
                    "children from minority communities. The exercises draw on cases from the "
                    "participants' own classrooms.",
                ),
            ],
            [
                t(
                    "# Moduli 3: avokimi në komunë",
                    "# Modul 3: zagovaranje u opštini",
                    "# Module 3: advocacy in the municipality",
                ),
                t(
                    "Moduli i tretë mëson si përgatitet një kërkesë e qartë për autoritetet lokale: "
                    "cili është problemi, kë prek dhe çfarë zgjidhjeje propozojmë. Pjesëmarrësit "
                    "hartojnë në grupe një plan të vogël avokimi për komunën e tyre. Në fund të "
                    "trajnimit, çdo grup e paraqet planin e vet dhe merr komente nga të tjerët.",
                    "Treći modul uči kako se priprema jasan zahtev lokalnim vlastima: koji je "
                    "problem, koga pogađa i koje rešenje predlažemo. Učesnici u grupama izrađuju "
                    "mali plan zagovaranja za svoju opštinu. Na kraju obuke svaka grupa predstavlja "
                    "svoj plan i dobija komentare od ostalih.",
                    "The third module teaches how to prepare a clear request to local authorities: "
                    "what the problem is, whom it affects and what solution we propose. In groups, "
                    "participants draft a small advocacy plan for their municipality. At the end of "
                    "the training each group presents its plan and hears comments from the others.",
                ),
            ],
        ],
    ),
    # The handbook exists in Albanian and English: the Serbian page offers both.
    "planning-handbook-2007-sq": edition(
        "sq",
        "planning-handbook-2007-sq.pdf",
        PLANNING_HANDBOOK_TITLE["sq"],
        KEC_ISSA_2007["sq"],
        [
            [
                "# Pse planifikim pjesëmarrës",
                "Një organizatë e shoqërisë civile planifikon më mirë kur në planifikim marrin "
                "pjesë ata për të cilët punon: fëmijët, prindërit, mësimdhënësit dhe komuna. "
                "Planifikimi pjesëmarrës (PCM) e ndan punën në hapa të qartë, nga analiza e "
                "problemit deri te zgjedhja e aktiviteteve. Ky doracak i ndjek këta hapa me "
                "shembuj nga puna e SBASHK-ut dhe KAHCR-it.",
            ],
            [
                "# Nga problemet te objektivat",
                "Hapi i parë është pema e problemeve: në mes vendoset problemi kryesor, poshtë tij "
                "shkaqet dhe sipër pasojat. Pastaj çdo problem kthehet në një objektiv dhe çdo "
                "shkak në një mjet për ta arritur atë. Grupi zgjedh bashkërisht objektivat ku mund "
                "të bëjë ndryshimin më të madh me burimet që ka.",
            ],
            [
                "# Monitorimi dhe vlerësimi",
                "Monitorimi ndjek çdo muaj nëse aktivitetet po zhvillohen siç u planifikuan; "
                "vlerësimi pyet në fund nëse ato sollën ndryshimin e pritur. Për secilin objektiv "
                "caktohen që në fillim treguesit, burimet e të dhënave dhe personi përgjegjës. "
                "Kështu organizata mëson nga puna e vet dhe ua raporton rezultatet partnerëve dhe "
                "donatorëve me saktësi.",
            ],
        ],
    ),
    "planning-handbook-2007-en": edition(
        "en",
        "planning-handbook-2007-en.pdf",
        PLANNING_HANDBOOK_TITLE["en"],
        KEC_ISSA_2007["en"],
        [
            [
                "# Why participatory planning",
                "A civil-society organisation plans better when the people it works for take part "
                "in planning: children, parents, teachers and the municipality. Participatory "
                "planning (PCM) divides the work into clear steps, from analysing the problem to "
                "choosing the activities. This handbook follows those steps with examples from the "
                "work of SBASHK and KAHCR.",
            ],
            [
                "# From problems to objectives",
                "The first step is the problem tree: the core problem goes in the middle, its "
                "causes below and its effects above. Each problem is then turned into an "
                "objective, and each cause into a means of reaching it. Together, the group "
                "chooses the objectives where it can make the biggest difference with the "
                "resources it has.",
            ],
            [
                "# Monitoring and evaluation",
                "Monitoring checks every month whether activities are going as planned; evaluation "
                "asks at the end whether they brought the change expected. For each objective, the "
                "indicators, the sources of data and the person responsible are set from the "
                "start. In this way the organisation learns from its own work and reports its "
                "results accurately to partners and donors.",
            ],
        ],
    ),
    # Two working documents of 2008, written in Albanian only.
    "strategy-2008-sq": edition(
        "sq",
        "strategy-2008-sq.pdf",
        STRATEGY_TITLE["sq"],
        MEMBERS_2008,
        [
            [
                "# Pse një rrjet",
                "Rrjeti u themelua gjatë projektit për pjesëmarrjen e fëmijëve nga grupet e "
                "pafavorizuara, me mbështetjen e Bashkimit Evropian. Tri organizatat themeluese "
                "sjellin përvoja të ndryshme: KEC-i njohuritë për arsimin dhe për ndërtimin e "
                "rrjeteve, SBASHK-u zërin e mësimdhënësve dhe KAHCR-i punën për të drejtat e "
                "fëmijëve. Bashkë ato mund të arrijnë më shumë se secila veç e veç.",
            ],
            [
                "# Qëllimet afatshkurtra",
                "Strategjia vendos tri qëllime: të forcohet bashkëpunimi mes anëtarëve, të dëgjohet "
                "zëri i rrjetit te autoritetet qendrore dhe lokale dhe të mbështeten anëtarët e "
                "SBASHK-ut dhe KAHCR-it që veprojnë në komunat e tyre. Çdo qëllim ka aktivitetet, "
                "afatet dhe organizatën e vet përgjegjëse.",
                "Rrjeti takohet rregullisht dhe anëtarët ndajnë informacionin për fëmijët që mbesin "
                "jashtë shkollës. Vendimet merren me konsensus, dhe secili anëtar e ruan pavarësinë "
                "e vet.",
            ],
            [
                "# Hapat e ardhshëm",
                "Pas përfundimit të projektit, rrjeti synon ta vazhdojë punën për pjesëmarrjen dhe "
                "mbajtjen e fëmijëve në arsim me burime të reja. Strategjia do të rishikohet pas "
                "vitit të parë, mbi bazën e asaj që anëtarët mësuan gjatë zbatimit të saj.",
            ],
        ],
    ),
    "policies-2008-sq": edition(
        "sq",
        "policies-2008-sq.pdf",
        POLICIES_2008_TITLE["sq"],
        MEMBERS_2008,
        [
            [
                "# Qëllimi i dokumentit",
                "Ky dokument përmbledh politikat për pjesëmarrjen dhe mbajtjen e fëmijëve në "
                "arsimin fillor, të formuluara gjatë projektit të financuar nga Bashkimi Evropian. "
                "Ato u diskutuan në takime me përfaqësues të autoriteteve qendrore dhe lokale, të "
                "shkollave dhe të prindërve. Propozimet mbështeten në studimin për pengesat e "
                "pjesëmarrjes, të hartuar në vitin 2007.",
            ],
            [
                "# Politikat e propozuara",
                "Së pari, çdo komunë të ketë një listë të fëmijëve në moshë shkollore që nuk janë "
                "regjistruar, të përditësuar çdo vit bashkë me shkollat. Së dyti, shkolla t'i "
                "njoftojë prindërit dhe komunën sapo një nxënës fillon të mungojë shpesh. Së "
                "treti, fëmijët nga familjet me të ardhura të ulëta të kenë mbështetje për "
                "transportin dhe mjetet shkollore.",
            ],
            [
                "# Roli i shoqërisë civile",
                "Organizatat e shoqërisë civile, si SBASHK-u dhe KAHCR-i, mund t'i ndihmojnë "
                "shkollat dhe komunat të arrijnë te familjet që institucionet i arrijnë me "
                "vështirësi. Anëtarët e tyre, të trajnuar për avokimin lokal, janë të gatshëm të "
                "marrin pjesë në grupet punuese komunale. Partnerët u bëjnë thirrje autoriteteve "
                "që këto politika të bëhen pjesë e planeve të tyre vjetore.",
            ],
        ],
    ),
    **editions(
        "protocol-in-brief-2024",
        PROTOCOL_IN_BRIEF_TITLE,
        t(
            "KEC · Prishtinë, nëntor 2024",
            "KEC · Priština, novembar 2024.",
            "KEC · Pristina, November 2024",
        ),
        [
            [
                t("# Pse kjo përmbledhje", "# Zašto ovaj sažetak", "# Why this summary"),
                t(
                    "Protokolli shtetëror përcakton si duhet të veprojë çdo nivel i arsimit "
                    "parauniversitar kur një nxënës është në rrezik të lartë braktisjeje. Kjo "
                    "përmbledhje u përgatit për Javën Kosovare për Parandalimin e Braktisjes së "
                    "Shkollës 2024, që çdo profesionist i arsimit ta njohë rolin e vet. Ajo nuk e "
                    "zëvendëson tekstin e protokollit, por ndihmon që ai të lexohet dhe të zbatohet.",
                    "Državni protokol određuje kako svaki nivo preduniverzitetskog obrazovanja "
                    "treba da postupi kada je učenik u visokom riziku od napuštanja škole. Ovaj "
                    "sažetak pripremljen je za Kosovsku nedelju za prevenciju napuštanja škole 2024, "
                    "kako bi svaki obrazovni radnik upoznao svoju ulogu. On ne zamenjuje tekst "
                    "protokola, već pomaže da se protokol čita i primenjuje.",
                    "The state protocol sets out how every level of pre-university education should "
                    "act when a pupil is at high risk of dropping out. This summary was prepared for "
                    "the Kosovar Week for Prevention of School Dropout 2024, so that every education "
                    "professional knows their role. It does not replace the text of the protocol, "
                    "but helps it to be read and applied.",
                ),
            ],
            [
                t("# Shenjat e para", "# Prvi znaci", "# The first signs"),
                t(
                    "Mungesat e shpeshta, rënia e papritur e notave dhe tërheqja nga shokët janë "
                    "shenja që mësimdhënësi i vëren i pari. Protokolli kërkon që këto shenja të mos "
                    "anashkalohen, por të shënohen dhe t'i raportohen drejtorit të shkollës. Sa më "
                    "herët të vërehet rreziku, aq më shumë mundësi ka shkolla ta mbajë nxënësin.",
                    "Česti izostanci, nagli pad ocena i povlačenje od drugova znaci su koje "
                    "nastavnik prvi primećuje. Protokol zahteva da se ovi znaci ne zanemaruju, već "
                    "da se zabeleže i prijave direktoru škole. Što se rizik ranije uoči, škola ima "
                    "više mogućnosti da zadrži učenika.",
                    "Frequent absences, a sudden drop in marks and withdrawal from classmates are "
                    "signs that the teacher notices first. The protocol asks that these signs are "
                    "not ignored but recorded and reported to the head teacher. The earlier the risk "
                    "is noticed, the better the school's chances of keeping the pupil.",
                ),
            ],
            [
                t("# Ndërhyrja", "# Intervencija", "# Intervening"),
                t(
                    "Pasi të vërehet rreziku, shkolla bisedon me nxënësin dhe me prindërit dhe "
                    "harton bashkë me ta një plan mbështetjeje. Kur nevojat e nxënësit i tejkalojnë "
                    "mundësitë e shkollës, në punë përfshihen komuna dhe shërbimet e tjera. Çdo hap "
                    "shënohet, që ndërhyrja të ndiqet deri në fund dhe që shkolla të mësojë prej "
                    "saj.",
                    "Kada se rizik uoči, škola razgovara sa učenikom i roditeljima i zajedno sa "
                    "njima izrađuje plan podrške. Kada potrebe učenika prevazilaze mogućnosti "
                    "škole, uključuju se opština i druge službe. Svaki korak se beleži, kako bi se "
                    "intervencija pratila do kraja i kako bi škola iz nje učila.",
                    "Once the risk is noticed, the school talks with the pupil and the parents and "
                    "draws up a support plan with them. When the pupil's needs go beyond what the "
                    "school can do, the municipality and other services are involved. Every step is "
                    "recorded, so that the intervention is followed through and the school learns "
                    "from it.",
                ),
            ],
        ],
    ),
    **editions(
        "week-2024-report",
        WEEK_2024_REPORT_TITLE,
        t(
            "KEC, SBASHK, KAHCR · Prishtinë, dhjetor 2024",
            "KEC, SBASHK, KAHCR · Priština, decembar 2024.",
            "KEC, SBASHK, KAHCR · Pristina, December 2024",
        ),
        [
            [
                t("# Hyrje", "# Uvod", "# Introduction"),
                t(
                    "Java Kosovare për Parandalimin e Braktisjes së Shkollës u mbajt në vitin 2024 "
                    "për herë të tretë, pas edicioneve të viteve 2022 dhe 2023. Ajo u organizua me "
                    "mbështetjen e qendrës ECMI Kosova dhe në partneritet me MASHTI-në, në kuadër "
                    "të projektit „Mbështetja e qasjes së vazhdueshme dhe mbajtjes në arsimin publik "
                    "në 15 komuna të Kosovës“. Projekti financohet nga UNICEF-i përmes Zyrës së "
                    "BE-së në Kosovë.",
                    "Kosovska nedelja za prevenciju napuštanja škole održana je 2024. godine treći "
                    "put, posle izdanja iz 2022. i 2023. godine. Organizovana je uz podršku centra "
                    "ECMI Kosovo i u partnerstvu sa MONTI-jem, u okviru projekta „Podrška "
                    "kontinuiranom pristupu i zadržavanju u javnom obrazovanju u 15 opština na "
                    "Kosovu“. Projekat finansira UNICEF preko Kancelarije EU na Kosovu.",
                    "The Kosovar Week for Prevention of School Dropout took place in 2024 for the "
                    "third time, after the 2022 and 2023 editions. It was organised with the support "
                    "of ECMI Kosovo and in partnership with MESTI, within the project “Supporting "
                    "continuous access and retention in public education in 15 municipalities of "
                    "Kosovo”. The project is funded by UNICEF through the EU Office in Kosovo.",
                ),
            ],
            [
                t("# Qëllimi i Javës", "# Cilj Nedelje", "# The purpose of the Week"),
                t(
                    "Qëllimi i Javës ishte që çdo profesionist i arsimit ta kuptojë rolin e vet në "
                    "parandalimin e braktisjes dhe të veprojë në përputhje me protokollin shtetëror "
                    "për ndërhyrje të hershme dhe të përshtatshme. Në shkolla anembanë Kosovës, "
                    "mësimdhënësit, drejtorët dhe prindërit folën për shenjat e para të rrezikut dhe "
                    "për hapat që kërkon protokolli. Organizatat e rrjetit i ndihmuan shkollat t'i "
                    "përgatitnin këto takime.",
                    "Cilj Nedelje bio je da svaki obrazovni radnik razume svoju ulogu u prevenciji "
                    "napuštanja škole i da postupa u skladu sa državnim protokolom za blagovremenu i "
                    "odgovarajuću intervenciju. U školama širom Kosova nastavnici, direktori i "
                    "roditelji razgovarali su o prvim znacima rizika i o koracima koje protokol "
                    "zahteva. Organizacije mreže pomogle su školama da pripreme ove susrete.",
                    "The purpose of the Week was that every education professional understands "
                    "their role in preventing dropout and acts in line with the state protocol for "
                    "timely, appropriate intervention. In schools across Kosovo, teachers, head "
                    "teachers and parents talked about the first signs of risk and the steps the "
                    "protocol asks for. The network's organisations helped the schools prepare "
                    "these meetings.",
                ),
            ],
            [
                t(
                    "# Ngjarja përmbyllëse, 27 nëntor 2024",
                    "# Završni događaj, 27. novembar 2024.",
                    "# The closing event, 27 November 2024",
                ),
                t(
                    "Java u përmbyll të mërkurën, më 27 nëntor 2024, në Prishtinë. Në ngjarjen "
                    "përmbyllëse morën pjesë zëvendësministri i Arsimit, zëvendësministri i "
                    "Drejtësisë, këshilltari i Kryeministrit për çështje të komuniteteve dhe "
                    "drejtori i Zyrës për Qeverisje të Mirë.",
                    "Nedelja je zatvorena u sredu, 27. novembra 2024, u Prištini. Završnom događaju "
                    "prisustvovali su zamenik ministra obrazovanja, zamenik ministra pravde, "
                    "savetnik premijera za pitanja zajednica i direktor Kancelarije za dobro "
                    "upravljanje.",
                    "The Week closed on Wednesday 27 November 2024 in Pristina. The closing event "
                    "was attended by the Deputy Minister of Education, the Deputy Minister of "
                    "Justice, the Prime Minister's Advisor on Community Issues and the Director of "
                    "the Office for Good Governance.",
                ),
                t(
                    "Ngjarja u përmbyll me tri mesazhe. Së pari, parandalimi i braktisjes së "
                    "shkollës të bëhet prioritet më i lartë shtetëror. Së dyti, të vazhdojë "
                    "mbështetja për planet komunale të veprimit kundër braktisjes. Së treti, këto "
                    "plane të shndërrohen në akte normative komunale, që të jenë të qëndrueshme.",
                    "Događaj je zatvoren sa tri poruke. Prvo, prevencija napuštanja škole treba da "
                    "postane veći državni prioritet. Drugo, podrška opštinskim akcionim planovima "
                    "protiv napuštanja škole treba da se nastavi. Treće, ove planove treba "
                    "pretvoriti u opštinske normativne akte kako bi bili trajni.",
                    "The event closed with three messages. First, make dropout prevention a higher "
                    "state priority. Second, keep supporting the Municipal Action Plans (MAPs) "
                    "against dropout. Third, turn these plans into normative municipal acts so that "
                    "they last.",
                ),
            ],
            [
                t("# Hapat e ardhshëm", "# Sledeći koraci", "# Next steps"),
                t(
                    "Gjatë vitit të ardhshëm shkollor, rrjeti do t'i ndjekë këto mesazhe me komunat "
                    "dhe me MASHTI-në. Organizatat anëtare do t'i ndihmojnë shkollat ta zbatojnë "
                    "protokollin që në shenjat e para të rrezikut, dhe komunat t'i kthejnë planet e "
                    "tyre në akte. Shkolla që e vëren mungesën e tretë radhazi të një nxënësi ka "
                    "ende kohë ta mbajë atë në bankën e vet.",
                    "Tokom naredne školske godine mreža će ove poruke pratiti sa opštinama i sa "
                    "MONTI-jem. Organizacije članice pomoći će školama da protokol primenjuju već "
                    "na prve znake rizika, a opštinama da svoje planove pretvore u akte. Škola koja "
                    "primeti treći uzastopni izostanak učenika još ima vremena da ga zadrži u "
                    "školskoj klupi.",
                    "Over the next school year the network will follow up these messages with the "
                    "municipalities and with MESTI. Member organisations will help schools apply "
                    "the protocol at the first signs of risk, and municipalities turn their plans "
                    "into acts. A school that notices a pupil's third absence in a row still has "
                    "time to keep that pupil at their desk.",
                ),
            ],
        ],
    ),
    **editions(
        "maps-guide-2025",
        MAPS_GUIDE_TITLE,
        t(
            "KEC, KAHCR · Prishtinë, mars 2025",
            "KEC, KAHCR · Priština, mart 2025.",
            "KEC, KAHCR · Pristina, March 2025",
        ),
        [
            [
                t(
                    "# Çfarë është plani komunal i veprimit",
                    "# Šta je opštinski akcioni plan",
                    "# What a Municipal Action Plan is",
                ),
                t(
                    "Plani komunal i veprimit kundër braktisjes është dokumenti me të cilin një "
                    "komunë vendos si do t'i gjejë, t'i mbështesë dhe t'i mbajë në shkollë fëmijët "
                    "në rrezik. Ai bashkon drejtorinë komunale të arsimit, shkollat, shërbimet "
                    "sociale, prindërit dhe organizatat e shoqërisë civile. Një plan i mirë ka "
                    "qëllime të qarta, persona përgjegjës të caktuar dhe buxhet.",
                    "Opštinski akcioni plan protiv napuštanja škole dokument je kojim opština "
                    "određuje kako će pronaći decu u riziku, pružiti im podršku i zadržati ih u "
                    "školi. On okuplja opštinsku direkciju za obrazovanje, škole, socijalne službe, "
                    "roditelje i organizacije civilnog društva. Dobar plan ima jasne ciljeve, "
                    "određene odgovorne osobe i budžet.",
                    "A Municipal Action Plan against dropout is the document in which a municipality "
                    "decides how it will find children at risk, support them and keep them in "
                    "school. It brings together the municipal education directorate, schools, "
                    "social services, parents and civil-society organisations. A good plan has "
                    "clear aims, named people in charge and a budget.",
                ),
            ],
            [
                t(
                    "# Hartimi dhe zbatimi",
                    "# Izrada i sprovođenje",
                    "# Drafting and carrying out the plan",
                ),
                t(
                    "Hartimi fillon nga të dhënat: sa nxënës mungojnë shpesh, në cilat shkolla dhe "
                    "pse. Mbi këtë bazë, grupi punues komunal zgjedh masat, si mbështetja për "
                    "transportin, mësimi shtesë ose bisedat me familjet. Zbatimi ndiqet çdo "
                    "tremujor, dhe plani përshtatet kur masat nuk japin rezultat.",
                    "Izrada počinje od podataka: koliko učenika često izostaje, u kojim školama i "
                    "zašto. Na toj osnovi opštinska radna grupa bira mere, kao što su podrška za "
                    "prevoz, dodatna nastava ili razgovori sa porodicama. Sprovođenje se prati "
                    "svakog tromesečja, a plan se prilagođava kada mere ne daju rezultat.",
                    "Drafting starts from the data: how many pupils are often absent, in which "
                    "schools and why. On that basis the municipal working group chooses the "
                    "measures, such as help with transport, extra lessons or talks with families. "
                    "Progress is reviewed every quarter, and the plan is adjusted when measures do "
                    "not work.",
                ),
            ],
            [
                t(
                    "# Nga plani te akti komunal",
                    "# Od plana do opštinskog akta",
                    "# From plan to municipal act",
                ),
                t(
                    "Një nga mesazhet e ngjarjes përmbyllëse të Javës 2024 ishte që planet komunale "
                    "të veprimit të shndërrohen në akte normative komunale, që të jenë të "
                    "qëndrueshme. Një plan i miratuar si akt nuk varet nga një projekt i vetëm, dhe "
                    "buxheti i tij planifikohet çdo vit. Ky udhëzues u tregon komunave hapat për ta "
                    "bërë këtë kalim.",
                    "Jedna od poruka završnog događaja Nedelje 2024 bila je da opštinske akcione "
                    "planove treba pretvoriti u opštinske normativne akte kako bi bili trajni. Plan "
                    "usvojen kao akt ne zavisi od jednog projekta, a njegov budžet planira se svake "
                    "godine. Ovaj vodič pokazuje opštinama korake za taj prelaz.",
                    "One of the messages of the closing event of the 2024 Week was to turn Municipal "
                    "Action Plans into normative municipal acts so that they last. A plan adopted as "
                    "an act does not depend on a single project, and its budget is planned every "
                    "year. This guide shows municipalities the steps to make that change.",
                ),
            ],
        ],
    ),
    **editions(
        "newsletter-2025",
        NEWSLETTER_2025_TITLE,
        t(
            "KEC · Prishtinë, qershor 2025",
            "KEC · Priština, jun 2025.",
            "KEC · Pristina, June 2025",
        ),
        [
            [
                t("# Fjala hyrëse", "# Uvodna reč", "# Opening words"),
                t(
                    "Gjysma e parë e vitit 2025 ishte koha për t'i kthyer mesazhet e Javës 2024 në "
                    "punë të përditshme. Organizatat e rrjetit u takuan me komuna dhe shkolla për "
                    "të parë si po zbatohet protokolli shtetëror. Ky buletin ndan me ju çfarë "
                    "mësuam dhe çfarë na pret në vjeshtë.",
                    "Prva polovina 2025. godine bila je vreme da poruke Nedelje 2024 pretvorimo u "
                    "svakodnevni rad. Organizacije mreže sastajale su se sa opštinama i školama "
                    "kako bi videle kako se primenjuje državni protokol. Ovaj bilten deli sa vama "
                    "šta smo naučili i šta nas čeka na jesen.",
                    "The first half of 2025 was the time to turn the messages of the 2024 Week into "
                    "everyday work. The network's organisations met municipalities and schools to "
                    "see how the state protocol is being applied. This newsletter shares what we "
                    "learned and what lies ahead in the autumn.",
                ),
            ],
            [
                t("# Me komunat", "# Sa opštinama", "# With the municipalities"),
                t(
                    "Disa komuna filluan t'i rishikojnë planet e tyre të veprimit kundër "
                    "braktisjes, dhe rrjeti i ndihmoi me udhëzuesin e ri për planet komunale. "
                    "Bisedat treguan se planet funksionojnë më mirë kur shkollat dhe shërbimet "
                    "sociale takohen rregullisht. Shembujt më të mirë do t'i ndajmë në buletinin e "
                    "ardhshëm.",
                    "Nekoliko opština počelo je da preispituje svoje akcione planove protiv "
                    "napuštanja škole, a mreža im je pomogla novim vodičem za opštinske planove. "
                    "Razgovori su pokazali da planovi bolje funkcionišu kada se škole i socijalne "
                    "službe redovno sastaju. Najbolje primere podelićemo u sledećem biltenu.",
                    "Several municipalities began reviewing their action plans against dropout, and "
                    "the network helped them with its new guide to municipal plans. The talks showed "
                    "that plans work better when schools and social services meet regularly. We "
                    "will share the best examples in the next newsletter.",
                ),
            ],
            [
                t("# Në vjeshtë", "# Na jesen", "# In the autumn"),
                t(
                    "Me fillimin e vitit të ri shkollor, rrjeti do t'u bëjë thirrje shkollave ta "
                    "zbatojnë protokollin që në shenjat e para të rrezikut. Organizatat anëtare po "
                    "përgatitin gjithashtu edicionin e ardhshëm të Javës. Mësimdhënësit, prindërit "
                    "dhe organizatat që duan të marrin pjesë mund të na shkruajnë përmes faqes së "
                    "kontaktit.",
                    "Sa početkom nove školske godine mreža će pozvati škole da protokol primenjuju "
                    "već na prve znake rizika. Organizacije članice pripremaju i sledeće izdanje "
                    "Nedelje. Nastavnici, roditelji i organizacije koji žele da učestvuju mogu da "
                    "nam pišu preko stranice za kontakt.",
                    "As the new school year begins, the network will call on schools to apply the "
                    "protocol at the first signs of risk. Member organisations are also preparing "
                    "the next edition of the Week. Teachers, parents and organisations who want to "
                    "take part can write to us through the contact page.",
                ),
            ],
        ],
    ),
    **editions(
        "protocol-brief-2025",
        PROTOCOL_BRIEF_TITLE,
        t(
            "KEC, SBASHK, KAHCR · Prishtinë, shtator 2025",
            "KEC, SBASHK, KAHCR · Priština, septembar 2025.",
            "KEC, SBASHK, KAHCR · Pristina, September 2025",
        ),
        [
            [
                t("# Çështja", "# Problem", "# The issue"),
                t(
                    "Protokolli shtetëror u jep shkollave një rrugë të qartë për të ndërhyrë kur një "
                    "nxënës është në rrezik të lartë braktisjeje. Megjithatë, gjatë edicioneve të "
                    "Javës, organizatat e rrjetit panë se shkollat e njohin dhe e zbatojnë atë në "
                    "mënyra shumë të ndryshme. Aty ku protokolli nuk zbatohet, nxënësit në rrezik "
                    "shpesh vërehen kur tashmë është vonë.",
                    "Državni protokol daje školama jasan put za intervenciju kada je učenik u "
                    "visokom riziku od napuštanja škole. Ipak, tokom izdanja Nedelje organizacije "
                    "mreže videle su da ga škole poznaju i primenjuju na veoma različite načine. "
                    "Tamo gde se protokol ne primenjuje, učenici u riziku često se uoče tek kada je "
                    "već kasno.",
                    "The state protocol gives schools a clear path for intervening when a pupil is "
                    "at high risk of dropping out. Yet during the editions of the Week, the "
                    "network's organisations saw that schools know and apply it in very different "
                    "ways. Where the protocol is not applied, pupils at risk are often noticed only "
                    "when it is already late.",
                ),
            ],
            [
                t("# Çfarë e pengon zbatimin", "# Šta otežava primenu", "# What holds it back"),
                t(
                    "Shumë mësimdhënës nuk janë trajnuar për protokollin dhe nuk e dinë kujt duhet "
                    "t'ia raportojnë rrezikun. Në disa shkolla, detyrat ndahen mes disa personave "
                    "pa u caktuar qartë se kush e ndjek rastin. Komunat, nga ana e tyre, nuk kanë "
                    "gjithmonë burime për t'i mbështetur shkollat kur nevojat e nxënësit i "
                    "tejkalojnë mundësitë e shkollës.",
                    "Mnogi nastavnici nisu obučeni za protokol i ne znaju kome treba da prijave "
                    "rizik. U nekim školama zadaci su podeljeni između više osoba, a da nije jasno "
                    "određeno ko prati slučaj. Opštine, sa svoje strane, nemaju uvek sredstva da "
                    "podrže škole kada potrebe učenika prevazilaze mogućnosti škole.",
                    "Many teachers have not been trained in the protocol and do not know whom to "
                    "report a risk to. In some schools the tasks are shared among several people "
                    "without it being clear who follows the case. Municipalities, for their part, "
                    "do not always have the means to support schools when a pupil's needs go beyond "
                    "what the school can offer.",
                ),
            ],
            [
                t("# Rekomandime", "# Preporuke", "# Recommendations"),
                t(
                    "Rrjeti u rekomandon institucioneve tri hapa. MASHTI-ja të sigurojë që çdo "
                    "mësimdhënës të trajnohet për protokollin gjatë vitit të parë të punës. Çdo "
                    "shkollë të caktojë një person përgjegjës për ndjekjen e rasteve. Komunat ta "
                    "lidhin zbatimin e protokollit me planet e tyre të veprimit kundër braktisjes "
                    "dhe t'i shndërrojnë këto plane në akte normative komunale.",
                    "Mreža institucijama preporučuje tri koraka. MONTI treba da obezbedi da svaki "
                    "nastavnik bude obučen za protokol tokom prve godine rada. Svaka škola treba da "
                    "odredi osobu odgovornu za praćenje slučajeva. Opštine treba da povežu primenu "
                    "protokola sa svojim akcionim planovima protiv napuštanja škole i da te planove "
                    "pretvore u opštinske normativne akte.",
                    "The network recommends three steps to the institutions. MESTI should make sure "
                    "every teacher is trained in the protocol in their first year of work. Every "
                    "school should name one person responsible for following cases. Municipalities "
                    "should link the protocol to their action plans against dropout and turn these "
                    "plans into normative municipal acts.",
                ),
            ],
        ],
    ),
}


def all_editions(key):
    """A publication's `document` with a file of its own in each language (see DOCUMENTS)."""
    return t(document(f"{key}-sq"), document(f"{key}-sr-latn"), document(f"{key}-en"))


PUBLICATIONS = [
    {
        "key": "barriers-study-2007",
        "model": "publications.PublicationPage",
        "parent": "publications",
        "title": STUDY_2007_TITLE,
        "slug": t(
            "pengesat-per-pjesemarrjen-e-femijeve",
            "prepreke-ucescu-dece",
            "barriers-to-participation",
        ),
        "kind": "study",
        "date": "2007-09-28",
        "summary": t(
            "Analizë e arsyeve pse fëmijët e familjeve me të ardhura të ulëta, fëmijët me aftësi "
            "të kufizuara dhe fëmijët e komuniteteve pakicë mbesin jashtë arsimit parashkollor dhe "
            "fillor, e hartuar në fillim të projektit 2007–2008.",
            "Analiza razloga zbog kojih deca iz porodica sa niskim primanjima, deca sa "
            "invaliditetom i deca iz manjinskih zajednica ostaju van predškolskog i osnovnog "
            "obrazovanja, izrađena na početku projekta 2007–2008.",
            "An analysis of why children from low-income families, children with disabilities and "
            "children from minority communities stay out of preschool and primary education, "
            "written at the start of the 2007–2008 project.",
        ),
        "document": all_editions("barriers-study-2007"),
        "authors": [{"partner": page("kec")}, {"partner": page("issa")}],
        "related_pages": [
            {"related_page": page("project")},
            {"related_page": page("project-launch-2007")},
        ],
    },
    {
        "key": "planning-handbook-2007",
        "model": "publications.PublicationPage",
        "parent": "publications",
        "title": PLANNING_HANDBOOK_TITLE,
        "slug": t(
            "planifikimi-pjesemarres-doracak",
            "participativno-planiranje-prirucnik",
            "participatory-planning-handbook",
        ),
        "kind": "training-material",
        "date": "2007-11-05",
        "summary": t(
            "Doracaku i trajnimeve për ndryshimin organizativ, planifikimin pjesëmarrës (PCM), "
            "monitorimin dhe vlerësimin, për SBASHK-un dhe KAHCR-in. Në shqip dhe në anglisht.",
            "Priručnik sa obuka o organizacionim promenama, participativnom planiranju (PCM), "
            "praćenju i evaluaciji, za SBASHK i KAHCR. Na albanskom i engleskom jeziku.",
            "The handbook of the training in organisational change, participatory planning (PCM), "
            "monitoring and evaluation, for SBASHK and KAHCR. In Albanian and English.",
        ),
        # No Serbian edition: the Serbian page offers the Albanian and English files.
        "document": t(
            document("planning-handbook-2007-sq"),
            document("planning-handbook-2007-sq"),
            document("planning-handbook-2007-en"),
        ),
        "authors": [{"partner": page("kec")}, {"partner": page("issa")}],
        "related_pages": [{"related_page": page("project")}],
    },
    {
        "key": "rights-training-2007",
        "model": "publications.PublicationPage",
        "parent": "publications",
        "title": RIGHTS_TRAINING_TITLE,
        "slug": t(
            "te-drejtat-e-femijeve-material-trajnimi",
            "prava-deteta-materijal-za-obuku",
            "childrens-rights-training-material",
        ),
        "kind": "training-material",
        "date": "2007-10-01",
        "summary": t(
            "Materiali me të cilin u trajnuan 500 anëtarë të SBASHK-ut dhe KAHCR-it: tri module për "
            "të drejtat e fëmijëve, për punën kundër paragjykimeve dhe për avokimin në komunë.",
            "Materijal po kome je obučeno 500 članova SBASHK-a i KAHCR-a: tri modula o pravima "
            "deteta, radu protiv predrasuda i zagovaranju u opštini.",
            "The material used to train 500 members of SBASHK and KAHCR: three modules on "
            "children's rights, anti-bias work and advocacy in the municipality.",
        ),
        "document": all_editions("rights-training-2007"),
        "authors": [{"partner": page("kec")}, {"partner": page("issa")}],
        "related_pages": [
            {"related_page": page("project")},
            {"related_page": page("training-members-2007")},
        ],
    },
    {
        "key": "strategy-2008",
        "model": "publications.PublicationPage",
        "parent": "publications",
        "title": STRATEGY_TITLE,
        "slug": t(
            "strategjia-afatshkurter-e-rrjetit",
            "kratkorocna-strategija-mreze",
            "network-short-term-strategy",
        ),
        "kind": "action-plan",
        "date": "2008-06-10",
        "summary": t(
            "Strategjia e parë e rrjetit të themeluar nga KEC-i, SBASHK-u dhe KAHCR-i: qëllimet, "
            "rolet e anëtarëve dhe hapat e ardhshëm. Vetëm në shqip.",
            "Prva strategija mreže koju su osnovali KEC, SBASHK i KAHCR: ciljevi, uloge članica i "
            "sledeći koraci. Samo na albanskom jeziku.",
            "The first strategy of the network founded by KEC, SBASHK and KAHCR: its aims, its "
            "members' roles and the next steps. In Albanian only.",
        ),
        "document": document("strategy-2008-sq"),
        "authors": [
            {"partner": page("kec")},
            {"partner": page("sbashk")},
            {"partner": page("kahcr")},
        ],
        "related_pages": [
            {"related_page": page("project")},
            {"related_page": page("network-founded-2008")},
        ],
    },
    {
        "key": "policies-2008",
        "model": "publications.PublicationPage",
        "parent": "publications",
        "title": POLICIES_2008_TITLE,
        "slug": t(
            "propozim-politikat-per-pjesemarrjen-dhe-mbajtjen",
            "predlog-politika-za-ucesce-i-zadrzavanje",
            "proposed-participation-and-retention-policies",
        ),
        "kind": "policy-brief",
        "date": "2008-07-15",
        "summary": t(
            "Politikat që partnerët e projektit 2007–2008 formuluan bashkë me autoritetet qendrore "
            "dhe lokale, që më shumë fëmijë të regjistrohen dhe të mbeten në shkollën fillore. "
            "Vetëm në shqip.",
            "Politike koje su partneri projekta 2007–2008 formulisali zajedno sa centralnim i "
            "lokalnim vlastima, kako bi se više dece upisalo i ostalo u osnovnoj školi. Samo na "
            "albanskom jeziku.",
            "The policies that the partners of the 2007–2008 project formulated with central and "
            "local authorities, so that more children enrol and stay in primary school. In "
            "Albanian only.",
        ),
        "document": document("policies-2008-sq"),
        "authors": [
            {"partner": page("sbashk")},
            {"partner": page("kahcr")},
            {"partner": page("kec")},
        ],
        "related_pages": [
            {"related_page": page("project")},
            {"related_page": page("project-results-2008")},
        ],
    },
    {
        "key": "protocol-in-brief-2024",
        "model": "publications.PublicationPage",
        "parent": "publications",
        "title": PROTOCOL_IN_BRIEF_TITLE,
        "slug": t(
            "protokolli-shteteror-shkurtimisht",
            "drzavni-protokol-ukratko",
            "state-protocol-in-brief",
        ),
        "kind": "protocol",
        "date": "2024-11-18",
        "summary": t(
            "Përmbledhje për mësimdhënësit dhe drejtorët e shkollave: kur dhe si ndërhyhet, me "
            "kohë dhe në mënyrë të përshtatshme, për nxënësit në rrezik të lartë braktisjeje. E "
            "përgatitur për edicionin e tretë të Javës.",
            "Sažetak za nastavnike i direktore škola: kada i kako se interveniše, blagovremeno i "
            "na odgovarajući način, kod učenika u visokom riziku od napuštanja škole. Pripremljen "
            "za treće izdanje Nedelje.",
            "A summary for teachers and head teachers: when and how to intervene, timely and "
            "appropriately, for pupils at high risk of dropping out. Prepared for the third "
            "edition of the Week.",
        ),
        "document": all_editions("protocol-in-brief-2024"),
        "authors": [{"partner": page("kec")}],
        "related_pages": [
            {"related_page": page("week-2024")},
            {"related_page": page("week-2024-announced")},
        ],
    },
    {
        "key": "week-2024-report",
        "model": "publications.PublicationPage",
        "parent": "publications",
        "title": WEEK_2024_REPORT_TITLE,
        "slug": t(
            "raporti-i-javes-2024",
            "izvestaj-o-nedelji-2024",
            "report-on-the-2024-week",
        ),
        "kind": "report",
        "date": "2024-12-16",
        "summary": t(
            "Çfarë ndodhi gjatë edicionit të tretë të Javës, kush mori pjesë në ngjarjen "
            "përmbyllëse më 27 nëntor 2024 dhe cilat ishin tri mesazhet e saj për institucionet.",
            "Šta se dešavalo tokom trećeg izdanja Nedelje, ko je učestvovao na završnom događaju "
            "27. novembra 2024. i koje su bile njegove tri poruke institucijama.",
            "What happened during the third edition of the Week, who took part in the closing "
            "event on 27 November 2024, and its three messages to the institutions.",
        ),
        "document": all_editions("week-2024-report"),
        "authors": [
            {"partner": page("kec")},
            {"partner": page("sbashk")},
            {"partner": page("kahcr")},
        ],
        "related_pages": [
            {"related_page": page("week-2024")},
            {"related_page": page("week-2024-closing")},
            {"related_page": page("closing-2024-report")},
        ],
    },
    {
        "key": "maps-guide-2025",
        "model": "publications.PublicationPage",
        "parent": "publications",
        "title": MAPS_GUIDE_TITLE,
        "slug": t(
            "udhezues-per-planet-komunale-te-veprimit",
            "vodic-za-opstinske-akcione-planove",
            "guide-to-municipal-action-plans",
        ),
        "kind": "action-plan",
        "date": "2025-03-10",
        "summary": t(
            "Si e harton, e zbaton dhe e ndjek një komunë planin e vet të veprimit kundër "
            "braktisjes, dhe si ky plan mund të bëhet akt normativ komunal që të jetë i "
            "qëndrueshëm.",
            "Kako opština izrađuje, sprovodi i prati svoj akcioni plan protiv napuštanja škole i "
            "kako taj plan može da postane opštinski normativni akt kako bi bio trajan.",
            "How a municipality drafts, carries out and monitors its action plan against dropout, "
            "and how the plan can become a normative municipal act so that it lasts.",
        ),
        "document": all_editions("maps-guide-2025"),
        "authors": [{"partner": page("kec")}, {"partner": page("kahcr")}],
        "related_pages": [
            {"related_page": page("week-2024-closing")},
            {"related_page": page("maps-municipal-acts-2026")},
        ],
    },
    {
        "key": "newsletter-2025",
        "model": "publications.PublicationPage",
        "parent": "publications",
        "title": NEWSLETTER_2025_TITLE,
        "slug": t(
            "buletini-i-rrjetit-vera-2025",
            "bilten-mreze-leto-2025",
            "network-newsletter-summer-2025",
        ),
        "kind": "newsletter",
        "date": "2025-06-30",
        "summary": t(
            "Të rejat e rrjetit pas edicionit të tretë të Javës: puna me komunat për planet e "
            "veprimit, përgatitjet për vitin e ri shkollor dhe si të bashkoheni me ne.",
            "Novosti mreže posle trećeg izdanja Nedelje: rad sa opštinama na akcionim planovima, "
            "pripreme za novu školsku godinu i kako da nam se pridružite.",
            "News from the network after the third edition of the Week: work with municipalities "
            "on their action plans, preparations for the new school year, and how to join us.",
        ),
        "document": all_editions("newsletter-2025"),
        "authors": [{"partner": page("kec")}],
        "related_pages": [
            {"related_page": page("week-2024")},
            {"related_page": page("closing-2024-report")},
        ],
    },
    {
        "key": "protocol-brief-2025",
        "model": "publications.PublicationPage",
        "parent": "publications",
        "title": PROTOCOL_BRIEF_TITLE,
        "slug": t(
            "protokolli-shteteror-ne-cdo-shkolle",
            "drzavni-protokol-u-svakoj-skoli",
            "state-protocol-in-every-school",
        ),
        "kind": "policy-brief",
        "date": "2025-09-01",
        "summary": t(
            "Pse protokolli shtetëror për ndërhyrje të hershme dhe të përshtatshme për nxënësit në "
            "rrezik të lartë braktisjeje ende nuk zbatohet njësoj në të gjitha shkollat, dhe "
            "çfarë duhet të bëjnë institucionet.",
            "Zašto se državni protokol za blagovremenu i odgovarajuću intervenciju kod učenika u "
            "visokom riziku od napuštanja škole još ne primenjuje jednako u svim školama i šta "
            "institucije treba da preduzmu.",
            "Why the state protocol for timely, appropriate intervention for pupils at high risk "
            "of dropping out is not yet applied alike in every school, and what the institutions "
            "should do.",
        ),
        "document": all_editions("protocol-brief-2025"),
        "authors": [
            {"partner": page("kec")},
            {"partner": page("sbashk")},
            {"partner": page("kahcr")},
        ],
        "related_pages": [
            {"related_page": page("protocol-call-2025")},
            {"related_page": page("week-2024-closing")},
        ],
    },
]


# ---------------------------------------------------------------------------------------------
# Footer
# ---------------------------------------------------------------------------------------------

FOOTER = {
    "key": "footer",
    "model": "core.Footer",
    "about": t(
        "Rrjet organizatash të shoqërisë civile të Kosovës për pjesëmarrjen dhe mbajtjen e "
        "fëmijëve në arsimin parashkollor dhe të obligueshëm.",
        "Mreža organizacija civilnog društva sa Kosova za učešće i zadržavanje dece u predškolskom "
        "i obaveznom obrazovanju.",
        "A network of Kosovo civil-society organisations for children's participation and "
        "retention in preschool and compulsory education.",
    ),
    "address": t("Prishtinë, Kosovë", "Priština, Kosovo", "Pristina, Kosovo"),
    "email": "info@example.org",
    "phone": "",
    "links": [
        {"type": "item", "value": {"page": page("about"), "label": ""}},
        {"type": "item", "value": {"page": page("contact"), "label": ""}},
        {"type": "item", "value": {"page": page("partners"), "label": ""}},
    ],
}


# The main menu, in order; a label only where the page title is too long for a menu.
MENU = {
    "key": "menu",
    "model": "core.NavigationMenu",
    "items": [
        {"type": "item", "value": {"page": page("about"), "label": ""}},
        {"type": "item", "value": {"page": page("news"), "label": ""}},
        {"type": "item", "value": {"page": page("events"), "label": ""}},
        {"type": "item", "value": {"page": page("partners"), "label": ""}},
        {
            "type": "item",
            "value": {
                "page": page("project"),
                "label": t("Projekti 2007–2008", "Projekat 2007–2008", "Project 2007–2008"),
            },
        },
        {"type": "item", "value": {"page": page("publications"), "label": ""}},
        {"type": "item", "value": {"page": page("contact"), "label": ""}},
    ],
}


# ---------------------------------------------------------------------------------------------
# Everything above, in the order the loader creates it (page ids follow this order): an entry
# may name an earlier entry in its fields, and any page in its StreamFields.
# ---------------------------------------------------------------------------------------------

ENTRIES = [
    *NEWS_CATEGORIES,
    *EVENT_SERIES,
    HOME,
    *STANDARD_PAGES,
    NEWS_INDEX,
    PARTNER_INDEX,
    EVENT_INDEX,
    PUBLICATION_INDEX,
    *PARTNERS,
    PROJECT,
    *EVENTS,
    *HIGHLIGHTS,
    *NEWS,
    *PUBLICATIONS,
    MENU,
    FOOTER,
]
