"""Demo Actions ("where we work"): the Actions of /work/shared/domain/FACTS.md with their partner
institutions and activities.

Names, regions, partners, thematic areas and the dates FACTS gives are carried over; the dates it
marks as unknown, the activities and their head counts are invented but kept plausible and modest.

Each Action is a dict; `partners` are (institution, ISO country code) pairs and `activities` are
(activity type, date, place, women, men, other or not stated) tuples, types from
lms.models.actions.ActivityType.
"""

ACTIONS = [
    {
        "name": "Costa Rica IV",
        "slug": "costa-rica-iv",
        "countries": ["CR"],
        "region": "lac",
        "thematic_area": "HO",
        "specific_areas": "Migration and health",
        "action_type": "demand-driven",
        "phase": "mieux-plus",
        "status": "completed",
        "start_month": "2020-10-01",
        "end_month": "2024-03-01",
        "summary": (
            "The migration authority and the Ministry of Health worked together on the health of "
            "migrants, from border reception to access to care. Peers from Mexico, Spain and the United "
            "States shared their practice, and the Vocational Train the Trainers course prepared staff "
            "who each committed to teach one module to their colleagues."
        ),
        "partners": [
            ("Dirección General de Migración y Extranjería (DGME)", "CR"),
            ("Ministerio de Salud", "CR"),
        ],
        "activities": [
            ("assessment-mission", "2020-12-07", "San José (online)", 6, 4, 0),
            ("needs-assessment", "2021-04-20", "San José", 9, 7, 0),
            ("workshop", "2021-09-14", "San José", 14, 10, 1),
            ("study-visit", "2022-05-23", "Madrid", 4, 3, 0),
            ("training-of-trainers", "2023-02-06", "San José", 11, 8, 0),
            ("workshop", "2023-10-10", "Liberia", 16, 12, 0),
            ("round-table", "2024-02-27", "San José", 10, 9, 1),
        ],
    },
    {
        "name": "Brazil III",
        "slug": "brazil-iii",
        "countries": ["BR"],
        "region": "lac",
        "thematic_area": "IPA",
        "specific_areas": "Asylum; online access to legal aid",
        "action_type": "demand-driven",
        "phase": "mieux-plus",
        "status": "completed",
        "start_month": "2020-11-01",
        "end_month": "2022-07-01",
        "summary": (
            "The Federal Public Defenders' Office strengthened the legal assistance it gives asylum "
            "seekers and opened an online route to it. Public defenders followed a five-week e-course "
            "on asylum law with weekly live questions and answers."
        ),
        "partners": [
            ("Defensoria Pública da União (DPU)", "BR"),
        ],
        "activities": [
            ("assessment-mission", "2021-02-09", "Brasília (online)", 5, 4, 0),
            ("needs-assessment", "2021-06-15", "Brasília (online)", 12, 9, 0),
            ("webinar", "2021-10-19", "Online", 38, 27, 2),
            ("online-course", "2022-03-07", "Online", 41, 33, 1),
            ("workshop", "2022-05-24", "Brasília", 15, 11, 0),
            ("round-table", "2022-06-28", "Brasília", 9, 8, 0),
        ],
    },
    {
        "name": "El Salvador II",
        "slug": "el-salvador-ii",
        "countries": ["SV"],
        "region": "lac",
        "thematic_area": "HO",
        "specific_areas": "Consular affairs",
        "action_type": "demand-driven",
        "phase": "mieux-plus",
        "status": "ongoing",
        "start_month": "2022-03-01",
        "end_month": None,
        "summary": (
            "The Ministry of Foreign Affairs is improving the services its consulates give to "
            "Salvadorans living abroad. Consular staff are trained to pass what they learn on to the "
            "colleagues in their missions."
        ),
        "partners": [
            (
                "Ministerio de Relaciones Exteriores, Viceministerio para los Salvadoreños en el Exterior",
                "SV",
            ),
        ],
        "activities": [
            ("assessment-mission", "2022-05-16", "San Salvador", 5, 5, 0),
            ("focus-group", "2022-09-13", "San Salvador", 8, 6, 0),
            ("workshop", "2023-01-24", "San Salvador", 17, 13, 0),
            ("training-of-trainers", "2023-06-19", "San Salvador", 10, 7, 0),
            ("webinar", "2023-11-08", "Online", 29, 22, 1),
            ("study-visit", "2024-02-12", "Madrid", 3, 3, 0),
        ],
    },
    {
        "name": "Gran Chaco",
        "slug": "gran-chaco",
        "countries": ["AR", "BO", "PY"],
        "region": "lac",
        "thematic_area": "HO",
        "specific_areas": "Climate change and environmental degradation",
        "action_type": "regional",
        "phase": "mieux-plus",
        "status": "completed",
        "start_month": "2022-02-01",
        "end_month": "2024-03-01",
        "summary": (
            "A regional Action across Argentina, Bolivia and Paraguay on how droughts, floods and "
            "deforestation in the Gran Chaco move people. Ten partners, from local and national "
            "governments to civil-society networks and universities, built a shared picture and "
            "common responses."
        ),
        "partners": [
            ("Dirección Nacional de Migraciones", "AR"),
            ("Government of the Province of Salta", "AR"),
            ("Government of the Province of Formosa", "AR"),
            ("Universidad Nacional de Salta", "AR"),
            ("Gran Chaco civil-society network", "AR"),
            ("Dirección General de Migración", "BO"),
            ("Government of the Department of Tarija", "BO"),
            ("Dirección General de Migraciones", "PY"),
            ("Governorate of Boquerón", "PY"),
            ("Universidad Nacional de Asunción", "PY"),
        ],
        "activities": [
            ("assessment-mission", "2022-04-25", "Asunción", 6, 7, 0),
            ("focus-group", "2022-08-17", "Tartagal", 11, 9, 1),
            ("workshop", "2022-11-22", "Filadelfia", 18, 15, 0),
            ("round-table", "2023-04-18", "Tarija", 12, 11, 0),
            ("study-visit", "2023-07-10", "Madrid", 4, 5, 0),
            ("workshop", "2023-10-24", "Salta", 20, 16, 1),
            ("round-table", "2024-03-05", "Asunción", 14, 12, 0),
        ],
    },
    {
        "name": "Ecuador II",
        "slug": "ecuador-ii",
        "countries": ["EC"],
        "region": "lac",
        "thematic_area": "HO",
        "specific_areas": "Environmental migration",
        "action_type": "demand-driven",
        "phase": "mieux-plus",
        "status": "completed",
        "start_month": "2021-06-01",
        "end_month": "2023-05-01",
        "summary": (
            "Local governments prepared for people who leave their homes because of environmental "
            "change. Municipal staff mapped the areas most at risk and drafted local plans that take "
            "mobility into account."
        ),
        "partners": [
            ("Asociación de Municipalidades Ecuatorianas (AME)", "EC"),
            ("Ministerio de Relaciones Exteriores y Movilidad Humana", "EC"),
        ],
        "activities": [
            ("assessment-mission", "2021-08-10", "Quito", 5, 4, 0),
            ("needs-assessment", "2021-11-16", "Quito (online)", 10, 8, 0),
            ("workshop", "2022-03-22", "Cuenca", 15, 12, 0),
            ("study-visit", "2022-09-05", "Lisbon", 3, 4, 0),
            ("workshop", "2023-01-17", "Portoviejo", 13, 14, 1),
            ("round-table", "2023-04-25", "Quito", 9, 10, 0),
        ],
    },
    {
        "name": "Cameroon II",
        "slug": "cameroon-ii",
        "countries": ["CM"],
        "region": "wca",
        "thematic_area": "HO",
        "specific_areas": "Training capacities",
        "action_type": "demand-driven",
        "phase": "mieux-plus",
        "status": "completed",
        "start_month": "2022-09-01",
        "end_month": "2023-06-01",
        "summary": (
            "The Ministry of External Relations and the Cameroonian Institute of International Relations "
            "built their own capacity to train staff on migration. Experts from Cameroon, France and Mali "
            "helped design a curriculum and prepare a first group of in-house trainers."
        ),
        "partners": [
            ("Ministère des Relations Extérieures (MINREX)", "CM"),
            ("Institut des Relations Internationales du Cameroun (IRIC)", "CM"),
        ],
        "activities": [
            ("assessment-mission", "2022-10-11", "Yaoundé", 4, 6, 0),
            ("needs-assessment", "2022-11-29", "Yaoundé", 9, 12, 0),
            ("workshop", "2023-01-31", "Yaoundé", 13, 17, 0),
            ("training-of-trainers", "2023-03-20", "Yaoundé", 8, 11, 0),
            ("simulation", "2023-05-09", "Douala", 10, 14, 0),
            ("round-table", "2023-06-13", "Yaoundé", 7, 9, 0),
        ],
    },
    {
        "name": "Uganda III",
        "slug": "uganda-iii",
        "countries": ["UG"],
        "region": "esa",
        "thematic_area": "HO",
        "specific_areas": "Data management",
        "action_type": "demand-driven",
        "phase": "mieux-plus",
        "status": "completed",
        "start_month": "2023-02-01",
        "end_month": "2023-11-01",
        "summary": (
            "The Directorate of Citizenship and Immigration Control improved how it collects, checks "
            "and uses migration data. Peers from Italy and Malta worked with its staff over a short, "
            "focused Action."
        ),
        "partners": [
            ("Directorate of Citizenship and Immigration Control (DCIC)", "UG"),
        ],
        "activities": [
            ("assessment-mission", "2023-03-07", "Kampala", 4, 5, 0),
            ("workshop", "2023-05-16", "Kampala", 12, 15, 0),
            ("study-visit", "2023-07-03", "Valletta", 3, 3, 0),
            ("workshop", "2023-09-12", "Entebbe", 11, 13, 1),
            ("round-table", "2023-11-07", "Kampala", 8, 10, 0),
        ],
    },
    {
        "name": "COMESA",
        "slug": "comesa",
        "countries": ["ZM"],
        "region": "esa",
        "thematic_area": "HO",
        "specific_areas": "Migration and health; border management",
        "action_type": "regional",
        "phase": "mieux-plus",
        "status": "ongoing",
        "start_month": "2020-11-01",
        "end_month": None,
        "summary": (
            "With the COMESA Secretariat, experts from the United Kingdom and Nigeria wrote a training "
            "course for border officials on keeping people and goods moving safely during a health "
            "crisis. The course proved useful again when cholera broke out in the region in 2022 and 2023."
        ),
        "partners": [
            ("COMESA Secretariat", "ZM"),
        ],
        "activities": [
            ("assessment-mission", "2021-01-26", "Lusaka (online)", 5, 6, 0),
            ("needs-assessment", "2021-04-13", "Online", 14, 18, 0),
            ("online-course", "2021-10-04", "Online", 27, 35, 1),
            ("training-of-trainers", "2022-03-15", "Lusaka", 9, 12, 0),
            ("simulation", "2022-11-08", "Chirundu", 11, 16, 0),
            ("webinar", "2023-03-21", "Online", 24, 31, 2),
        ],
    },
    {
        "name": "Kyrgyzstan IV",
        "slug": "kyrgyzstan-iv",
        "countries": ["KG"],
        "region": "asia",
        "thematic_area": "LM",
        "specific_areas": "Labour migration",
        "action_type": "demand-driven",
        "phase": "mieux-plus",
        "status": "completed",
        "start_month": "2021-06-01",
        "end_month": "2024-01-01",
        "summary": (
            "The Secretariat of the Council for Migration worked on policy for citizens who go abroad to "
            "work and for those who come back. Experts from France and Poland shared how their "
            "administrations inform, protect and reintegrate labour migrants."
        ),
        "partners": [
            ("Secretariat of the Council for Migration", "KG"),
        ],
        "activities": [
            ("assessment-mission", "2021-09-21", "Bishkek", 5, 6, 0),
            ("workshop", "2022-02-15", "Bishkek", 12, 14, 0),
            ("study-visit", "2022-06-13", "Warsaw", 4, 4, 0),
            ("training-of-trainers", "2022-11-01", "Bishkek", 9, 10, 0),
            ("workshop", "2023-04-11", "Osh", 13, 15, 0),
            ("round-table", "2023-12-05", "Bishkek", 10, 11, 0),
        ],
    },
    {
        "name": "Ukraine II",
        "slug": "ukraine-ii",
        "countries": ["UA"],
        "region": "eun",
        "thematic_area": "IPA",
        "specific_areas": "Integration of refugees and people under subsidiary protection",
        "action_type": "demand-driven",
        "phase": "mieux-plus",
        "status": "ongoing",
        "start_month": "2021-10-01",
        "end_month": None,
        "summary": (
            "The State Migration Service is developing how it supports the integration of refugees and "
            "people under subsidiary protection. Peers from Italy, Lithuania and Poland share their "
            "integration programmes, partly online."
        ),
        "partners": [
            ("State Migration Service of Ukraine", "UA"),
        ],
        "activities": [
            ("assessment-mission", "2021-11-23", "Kyiv", 6, 4, 0),
            ("workshop", "2022-01-25", "Kyiv", 14, 9, 0),
            ("webinar", "2022-10-18", "Online", 31, 17, 1),
            ("study-visit", "2023-05-15", "Vilnius", 5, 2, 0),
            ("webinar", "2023-11-14", "Online", 26, 15, 0),
        ],
    },
    {
        "name": "Moldova",
        "slug": "moldova",
        "countries": ["MD"],
        "region": "eun",
        "thematic_area": "IMT",
        "specific_areas": "Border management and security",
        "action_type": "demand-driven",
        "phase": "mieux-plus",
        "status": "completed",
        "start_month": "2021-03-01",
        "end_month": "2022-12-01",
        "summary": (
            "Border officials in Moldova worked on risk analysis and on cooperation between the "
            "agencies present at the border. The Action ended with a joint exercise at a crossing point."
        ),
        "partners": [
            ("General Inspectorate of Border Police", "MD"),
        ],
        "activities": [
            ("assessment-mission", "2021-05-18", "Chișinău", 3, 7, 0),
            ("needs-assessment", "2021-09-28", "Chișinău", 6, 11, 0),
            ("workshop", "2022-02-22", "Chișinău", 9, 16, 0),
            ("study-visit", "2022-06-20", "Tallinn", 2, 4, 0),
            ("simulation", "2022-10-11", "Leușeni", 7, 15, 0),
            ("round-table", "2022-12-06", "Chișinău", 6, 9, 0),
        ],
    },
    {
        "name": "Benin",
        "slug": "benin",
        "countries": ["BJ"],
        "region": "wca",
        "thematic_area": "MD",
        "specific_areas": "Environment-induced migration",
        "action_type": "demand-driven",
        "phase": "mieux-plus",
        "status": "completed",
        "start_month": "2022-04-01",
        "end_month": "2023-09-01",
        "summary": (
            "Benin looked at how coastal erosion, floods and drought lead people to move, and how "
            "development planning can respond. Officials from several ministries learnt to bring "
            "environmental and migration data together."
        ),
        "partners": [
            ("Ministère du Cadre de Vie et du Développement Durable", "BJ"),
        ],
        "activities": [
            ("assessment-mission", "2022-06-14", "Cotonou", 4, 6, 0),
            ("focus-group", "2022-10-04", "Grand-Popo", 9, 10, 0),
            ("workshop", "2023-01-24", "Cotonou", 12, 15, 0),
            ("study-visit", "2023-05-08", "Dakar", 3, 4, 0),
            ("round-table", "2023-08-29", "Porto-Novo", 10, 11, 1),
        ],
    },
    {
        "name": "Dominican Republic",
        "slug": "dominican-republic",
        "countries": ["DO"],
        "region": "lac",
        "thematic_area": "IMT",
        "specific_areas": "Border management",
        "action_type": "demand-driven",
        "phase": "mieux-plus",
        "status": "completed",
        "start_month": "2021-09-01",
        "end_month": "2022-11-01",
        "summary": (
            "With the National Migration Institute, a series of webinars on border management reached "
            "more than a hundred officials. The sessions covered identity checks, protection needs at "
            "the border and cooperation between agencies."
        ),
        "partners": [
            ("Instituto Nacional de Migración (INM)", "DO"),
        ],
        "activities": [
            ("needs-assessment", "2021-10-19", "Santo Domingo (online)", 7, 8, 0),
            ("webinar", "2022-02-08", "Online", 19, 24, 0),
            ("webinar", "2022-04-05", "Online", 17, 22, 1),
            ("webinar", "2022-06-14", "Online", 16, 21, 0),
            ("workshop", "2022-09-20", "Dajabón", 8, 13, 0),
            ("round-table", "2022-11-15", "Santo Domingo", 7, 9, 0),
        ],
    },
]
