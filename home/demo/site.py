"""Home page and "About" page of the demo site, with French and Spanish versions."""

HOME = {
    "title": "Learning together across public administrations",
    "intro": (
        "<p>Relais brings together the self-paced <strong>Digital Toolkit for Experts</strong> and the courses "
        "run for partner institutions through the programme's Actions. Learn at your own pace, finish a course, "
        "and pass on what you learned to colleagues in your own institution.</p>"
    ),
}

ABOUT = {
    "slug": "about",
    "title": "About the programme",
    "body": [
        (
            "paragraph",
            (
                "<p>Between 2009 and 2024 the programme answered 188 requests for assistance from partner "
                "administrations with 138 demand-driven Actions in more than 100 countries. Some 465 experts from "
                "public administrations, a third of them from outside the EU, worked side by side with their peers, "
                "and about 15,000 people took part in workshops, study visits, round-tables and training.</p>"
            ),
        ),
        ("heading", {"text": "Peer to peer", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Every Action starts from a request by a public institution and is designed with it. Experts are "
                "civil servants who do the same work at home; they share practice rather than hand over ready-made "
                "answers. In the third phase alone, 61 Actions organised 248 activities for more than 5,000 "
                "participants, and 92% of them said that taking part made a real difference to the way they do "
                "their jobs.</p>"
            ),
        ),
        (
            "key_takeaway",
            {
                "text": (
                    "<p>Trainees who finish a course that trains multipliers go on to teach their colleagues: Relais "
                    "records that cascade so that each Action can show how far it reached.</p>"
                )
            },
        ),
        ("heading", {"text": "Themes", "level": "h2"}),
        (
            "paragraph",
            (
                "<ul><li>Irregular migration and trafficking in human beings</li><li>Legal migration and mobility</li>"
                "<li>International protection and asylum policy</li><li>Migration and development</li>"
                "<li>Horizontal interventions: data, health, training capacities, consular affairs, climate "
                "and environment</li></ul>"
            ),
        ),
    ],
}

SITE_TRANSLATIONS = {
    "fr": {
        "home": {
            "title": "Apprendre ensemble entre administrations publiques",
            "intro": (
                "<p>Relais réunit la <strong>boîte à outils numérique pour les experts</strong>, à suivre à votre "
                "rythme, et les cours organisés pour les institutions partenaires dans le cadre des Actions du "
                "programme. Apprenez, terminez un cours, puis transmettez ce que vous avez appris à vos "
                "collègues.</p>"
            ),
        },
        "about": {
            "title": "À propos du programme",
            "body": [
                (
                    "paragraph",
                    (
                        "<p>De 2009 à 2024, le programme a répondu à 188 demandes d’assistance d’administrations "
                        "partenaires par 138 Actions dans plus de 100 pays. Quelque 465 experts issus "
                        "d’administrations publiques ont travaillé aux côtés de leurs homologues, et environ "
                        "15 000 personnes ont participé à des ateliers, des visites d’étude et des formations.</p>"
                    ),
                ),
                ("heading", {"text": "D’égal à égal", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Chaque Action part de la demande d’une institution publique et se construit avec elle. "
                        "Pendant la troisième phase, 92 % des participants ont déclaré que leur participation avait "
                        "réellement changé leur façon de travailler.</p>"
                    ),
                ),
                (
                    "key_takeaway",
                    {
                        "text": (
                            "<p>Les personnes formées deviennent formatrices à leur tour : Relais suit cette cascade pour "
                            "montrer la portée réelle de chaque Action.</p>"
                        )
                    },
                ),
            ],
        },
    },
    "es": {
        "home": {
            "title": "Aprender juntos entre administraciones públicas",
            "intro": (
                "<p>Relais reúne la <strong>caja de herramientas digital para personas expertas</strong>, que se "
                "sigue a su propio ritmo, y los cursos organizados para las instituciones socias en el marco de "
                "las Acciones del programa. Aprenda, termine un curso y comparta lo aprendido con sus "
                "colegas.</p>"
            ),
        },
        "about": {
            "title": "Sobre el programa",
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Entre 2009 y 2024, el programa respondió a 188 solicitudes de asistencia de "
                        "administraciones socias con 138 Acciones en más de 100 países. Unas 465 personas expertas de "
                        "administraciones públicas trabajaron junto a sus homólogas, y cerca de 15 000 personas "
                        "participaron en talleres, visitas de estudio y formaciones.</p>"
                    ),
                ),
                ("heading", {"text": "Entre pares", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Cada Acción nace de la solicitud de una institución pública y se diseña con ella. En la "
                        "tercera fase, el 92 % de las personas participantes afirmó que su participación había "
                        "cambiado de verdad su forma de trabajar.</p>"
                    ),
                ),
                (
                    "key_takeaway",
                    {
                        "text": (
                            "<p>Quienes terminan un curso se convierten en multiplicadores: Relais registra esa cascada "
                            "para mostrar el alcance real de cada Acción.</p>"
                        )
                    },
                ),
            ],
        },
    },
}
