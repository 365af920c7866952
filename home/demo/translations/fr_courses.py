"""Demo content: fr_courses (see the package docstring for the shape)."""

TRANSLATIONS = {
    "vocational-train-the-trainers": {
        "title": "Formation professionnelle de formateurs",
        "summary": "Un cours hybride, fondé sur les compétences, pour les agents qui forment leurs collègues au sein de leur propre institution. Des leçons en ligne à suivre à son rythme sur la conception, l'animation et l'évaluation d'une formation préparent un atelier en présentiel ; chaque participant s'engage ensuite à enseigner un module à ses collègues lors d'une formation démultipliée.",
        "audience": "Agents et personnel des institutions partenaires qui conçoivent ou animent des formations pour leurs collègues, par exemple dans les services de migration, consulaires, de santé ou de contrôle aux frontières, et qui sont prêts à transmettre ce qu'ils apprennent.",
        "learning_outcomes": "<ul><li>Traduire un besoin de formation en objectifs pédagogiques fondés sur les compétences.</li><li>Planifier une session hybride qui associe apprentissage en autonomie et mise en pratique en présentiel.</li><li>Animer une session pour des apprenants adultes à l'aide de méthodes actives.</li><li>Évaluer une action de formation et planifier une formation démultipliée pour ses collègues.</li></ul>",
        "pages": {
            "designing-training": {
                "title": "Concevoir une formation fondée sur les compétences",
                "summary": "Comment passer d'un besoin de formation à des objectifs clairs et observables, et comment construire un cours hybride autour de ces objectifs.",
            },
            "from-needs-to-objectives": {
                "title": "Des besoins de formation aux objectifs pédagogiques",
                "body": [
                    (
                        "heading",
                        {"text": "Ce que signifie une formation fondée sur les compétences", "level": "h2"},
                    ),
                    (
                        "paragraph",
                        "<p>Une compétence est la capacité d'accomplir une tâche au niveau qu'exige le poste. Elle associe des connaissances, des savoir-faire et des attitudes : un agent qui mène un entretien avec un demandeur doit connaître la loi, savoir poser des questions ouvertes et rester respectueux sous la pression. Une formation fondée sur les compétences part de ces tâches et se demande ce que les personnes doivent être capables de <em>faire</em> à la fin, et pas seulement ce qu'elles doivent savoir.</p><p>Ce cours suit cette logique à travers trois compétences dont tout formateur a besoin : concevoir une action de formation, l'animer et l'évaluer. Il s'inscrit dans la stratégie de renforcement des capacités adoptée par le programme en 2020, qui considère trois niveaux à la fois : la personne qui apprend, l'organisation qui doit mettre à profit ce qui a été appris, et l'environnement plus large des lois, des politiques et des ressources qui rend le changement possible.</p>",
                    ),
                    (
                        "heading",
                        {"text": "Commencer par une analyse des besoins de formation", "level": "h2"},
                    ),
                    (
                        "paragraph",
                        "<p>Avant d'écrire la moindre diapositive, identifiez l'écart à combler et vérifiez qu'une formation peut le combler. Une courte analyse des besoins répond à quatre questions :</p><ol><li>Quelles tâches le personnel trouve-t-il difficiles, et comment le sait-on ?</li><li>Le problème vient-il vraiment d'un manque de compétences, ou d'un manque d'outils, de temps, de procédures ou de personnel ?</li><li>Que font déjà bien les participants, sur quoi la formation peut-elle s'appuyer ?</li><li>Que devront faire les responsables pour que les nouvelles compétences soient ensuite utilisées ?</li></ol><p>Des entretiens avec les responsables, l'examen de quelques dossiers, un court questionnaire et un groupe de discussion avec les futurs participants suffisent en général.</p>",
                    ),
                    ("heading", {"text": "Rédiger des objectifs observables", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Un bon objectif pédagogique nomme une action observable, les conditions dans lesquelles elle se déroule et, si c'est utile, le niveau attendu. Comparez <em>les participants comprendront les techniques d'entretien</em> et <em>les participants mèneront un entretien de dix minutes avec un demandeur en posant des questions ouvertes, et en résumeront fidèlement les réponses</em>. Le second vous dit ce qu'il faut pratiquer et comment vérifier la réussite.</p>",
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "Quel objectif pédagogique est rédigé selon une approche par compétences ?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": "Les participants seront sensibilisés aux nouvelles procédures consulaires.",
                                    "is_correct": False,
                                    "feedback": "La sensibilisation ne s'observe pas. Demandez-vous ce que les participants feront des procédures.",
                                },
                                {
                                    "text": "Les participants rempliront sans erreur un formulaire d'enregistrement pour un ressortissant à l'étranger, selon la nouvelle procédure.",
                                    "is_correct": True,
                                    "feedback": "Exact. L'objectif nomme une action observable, ses conditions et un niveau attendu.",
                                },
                                {
                                    "text": "Le formateur présentera les nouvelles procédures en détail.",
                                    "is_correct": False,
                                    "feedback": "Cet énoncé décrit ce que fait le formateur, et non ce que les apprenants seront capables de faire.",
                                },
                            ],
                        },
                    ),
                    (
                        "key_takeaway",
                        {
                            "text": "<p>Concevez à rebours : de la <strong>tâche</strong> que les personnes doivent accomplir à l'objectif, puis à l'activité qui permet de s'y exercer.</p>"
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "Choisissez une tâche de votre institution que les collègues nouvellement arrivés trouvent difficile. Rédigez pour elle un objectif que quelqu'un pourrait observer.",
                            "guidance": "<ul><li>Commencez par un verbe comme mener, remplir, expliquer ou décider.</li><li>Ajoutez les conditions : avec quels outils, dans quelle situation.</li><li>Demandez-vous si la formation peut, à elle seule, combler l'écart.</li></ul>",
                        },
                    ),
                ],
            },
            "planning-a-blended-course": {
                "title": "Planifier un cours hybride",
                "body": [
                    ("heading", {"text": "Pourquoi l'hybride ?", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>La formation hybride associe un apprentissage en ligne, à son rythme, et des sessions en présentiel (ou en direct en ligne). Chaque partie fait ce qu'elle fait le mieux. Les leçons en ligne transmettent les informations dont tout le monde a besoin, au rythme de chacun et au moment qui convient à son travail. Le temps en présentiel est alors réservé à ce qui exige la présence d'autres personnes : la pratique, les retours, la discussion de cas difficiles et la constitution d'un réseau de collègues.</p><p>Ce cours est lui-même hybride. Les participants suivent d'abord les leçons en ligne, puis se retrouvent pour un atelier au cours duquel ils conçoivent et animent une courte session et reçoivent les retours de leurs pairs et d'experts.</p>",
                    ),
                    (
                        "image",
                        {
                            "image": "cover-session-design",
                            "alt": "Chronologie d'une journée de formation découpée en blocs, montrant successivement les apports, la pratique, les pauses et les débriefings.",
                            "caption": "Planifiez la journée comme une suite d'activités, en prévoyant un temps de débriefing après chaque mise en pratique.",
                        },
                    ),
                    ("heading", {"text": "Construire le plan de session", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Un plan de session transforme les objectifs en emploi du temps. Pour chaque objectif, choisissez une activité qui permet de s'y exercer, estimez le temps nécessaire, consignes et débriefing compris, et notez le matériel dont vous aurez besoin. Vérifiez ensuite l'équilibre : une session où le formateur parle plus d'un tiers du temps développe rarement des compétences.</p><ul><li><strong>En ligne, avant :</strong> courtes lectures, vidéos et quiz qui préparent les participants.</li><li><strong>Ensemble :</strong> travail sur des cas, jeux de rôle, simulations, retours entre pairs.</li><li><strong>En ligne, après :</strong> une tâche à appliquer au travail et un court échange de suivi.</li></ul>",
                    ),
                    (
                        "document",
                        {
                            "document": "session-plan-checklist",
                            "title": "Liste de contrôle du plan de session",
                            "description": "Six questions pour vérifier un plan de session avant de l'animer : participants, objectifs, activités, minutage, logistique et preuves d'apprentissage.",
                        },
                    ),
                    (
                        "case_study",
                        {
                            "title": "Un cours en ligne hebdomadaire pour les défenseurs publics",
                            "country": "BR",
                            "institution": "Défenseur public fédéral (DPU)",
                            "practice": "<p>En 2022, un cours en ligne sur l'asile a été proposé aux défenseurs publics en cinq modules hebdomadaires, de mars à avril. Chaque semaine associait des supports à suivre en autonomie et une séance de questions-réponses en direct, où les participants pouvaient soumettre aux experts des questions tirées de leurs propres dossiers.</p>",
                            "outcome": "<p>Le rythme hebdomadaire s'accordait avec la charge de travail des défenseurs, et les séances en direct ont maintenu la cohésion du groupe tout en reliant les supports à des cas réels. Ce format montre qu'une conception hybride peut fonctionner même lorsque les participants ne se retrouvent jamais dans une même salle.</p>",
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "Quelles activités vaut-il mieux réserver à la partie en présentiel d'un cours hybride ? Cochez toutes les réponses qui conviennent.",
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "Un jeu de rôle d'entretien difficile, suivi de retours.",
                                    "is_correct": True,
                                    "feedback": "Oui. La pratique accompagnée de retours exige la présence d'autres personnes ; c'est le principal intérêt de se réunir.",
                                },
                                {
                                    "text": "La lecture du texte d'un règlement.",
                                    "is_correct": False,
                                    "feedback": "La lecture peut se faire en ligne, au rythme de chacun, avant la session.",
                                },
                                {
                                    "text": "La discussion de cas réels que les participants apportent de leur travail.",
                                    "is_correct": True,
                                    "feedback": "Oui. La discussion de cas réels profite de l'expérience du groupe.",
                                },
                                {
                                    "text": "Le visionnage d'une présentation enregistrée.",
                                    "is_correct": False,
                                    "feedback": "Mieux vaut regarder un enregistrement en ligne au préalable, afin de consacrer le temps de rencontre à la pratique.",
                                },
                            ],
                        },
                    ),
                    (
                        "key_takeaway",
                        {
                            "text": "<p>Consacrez le temps en ligne à l'<strong>information</strong> et le temps de rencontre à la <strong>pratique et aux retours</strong>.</p>"
                        },
                    ),
                ],
            },
            "delivering-and-evaluating": {
                "title": "Animer, évaluer et transmettre",
                "summary": "Animer une formation pour des adultes, évaluer une action de formation et préparer la formation démultipliée au cours de laquelle vous enseignerez un module à vos collègues. Se termine par l'évaluation du cours.",
            },
            "facilitating-adult-learners": {
                "title": "Animer une formation pour des adultes",
                "body": [
                    ("heading", {"text": "Comment les adultes apprennent au travail", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Les agents qui viennent à une session de formation arrivent avec des années d'expérience, une boîte de réception pleine et une idée précise de ce qui leur est utile. Ils apprennent le mieux lorsque la session :</p><ul><li>se rattache aux problèmes qu'ils rencontrent dans leur travail quotidien ;</li><li>leur permet de mobiliser leur propre expérience et d'apprendre de leurs collègues ;</li><li>leur laisse le temps de s'exercer et de se tromper sans risque ;</li><li>montre rapidement en quoi la nouvelle compétence les aidera.</li></ul><p>Le rôle du formateur passe de celui de conférencier à celui d'animateur : mettre en place les activités, poser de bonnes questions, gérer le temps et tirer des enseignements de ce que produit le groupe.</p>",
                    ),
                    (
                        "video",
                        {
                            "title": "De participant à formateur",
                            "url": "https://videos.example.org/relais/facilitating-adult-learners",
                            "duration": "6 min",
                            "transcript": "<p><strong>Intervieweur :</strong> Vous avez été formé comme formateur, puis vous avez vous-même formé des collègues. Qu'est-ce qui vous a surpris ?</p><p><strong>Agent d'une autorité migratoire :</strong> Le peu de temps de parole dont j'avais besoin. Pour ma première session, j'avais préparé quarante diapositives. Au bout de vingt minutes, la salle était silencieuse. Pendant l'atelier, notre expert nous avait montré comment commencer plutôt par un cas ; j'ai donc modifié mon plan à l'heure du déjeuner. L'après-midi, les collègues ont travaillé en binômes sur un vrai dossier, et les questions sont venues toutes seules.</p><p><strong>Intervieweur :</strong> Qu'est-ce qui a été le plus difficile dans l'animation ?</p><p><strong>Agent :</strong> Les collègues les plus haut placés. Certains ne voulaient pas faire de jeux de rôle devant leurs équipes. J'ai appris à leur confier un autre rôle, par exemple celui d'observateur muni d'une grille, pour qu'ils participent sans perdre la face.</p><p><strong>Intervieweur :</strong> Quel conseil donneriez-vous à un nouveau formateur ?</p><p><strong>Agent :</strong> Préparez les questions que vous poserez avec plus de soin que les diapositives que vous montrerez. Et gardez toujours dix minutes à la fin pour que chacun dise ce qu'il fera différemment lundi.</p>",
                        },
                    ),
                    ("heading", {"text": "Des techniques qui fonctionnent", "level": "h2"}),
                    (
                        "paragraph",
                        "<ul><li><strong>Commencer par un cas</strong> tiré du travail des participants, puis introduire les règles ou la méthode qui aident à le résoudre.</li><li><strong>Réfléchir, échanger à deux, partager :</strong> une minute seul, quelques minutes en binôme, puis un bref tour de table. Tout le monde s'exprime, et pas seulement les plus assurés.</li><li><strong>Jeu de rôle avec des observateurs</strong> qui utilisent une courte grille et font un retour.</li><li><strong>Conclure par l'action :</strong> chaque participant nomme une chose qu'il mettra en pratique.</li></ul>",
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "Pendant votre session, des agents de haut rang refusent de participer à un jeu de rôle devant leurs équipes. Quelle est la réponse la plus constructive ?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": "Insister pour que chacun joue un rôle.",
                                    "is_correct": False,
                                    "feedback": "Insister peut vous coûter la coopération du groupe pour le reste de la session.",
                                },
                                {
                                    "text": "Leur confier un autre rôle actif, par exemple celui d'observateur muni d'une grille.",
                                    "is_correct": True,
                                    "feedback": "Exact. Ils restent impliqués et leur expérience enrichit les retours, sans qu'ils perdent la face.",
                                },
                                {
                                    "text": "Abandonner le jeu de rôle et faire une présentation à la place.",
                                    "is_correct": False,
                                    "feedback": "Remplacer la pratique par un exposé supprime l'activité qui développe la compétence.",
                                },
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "Rappelez-vous la meilleure session de formation à laquelle vous ayez participé. Qu'a fait le formateur pour qu'elle fonctionne pour vous ?",
                            "guidance": "<ul><li>Pensez aux dix premières et aux dix dernières minutes.</li><li>Notez une technique que vous pourriez utiliser dans votre propre formation démultipliée.</li></ul>",
                        },
                    ),
                    (
                        "key_takeaway",
                        {
                            "text": "<p>Préparez les <strong>questions et les activités</strong> avec plus de soin que les diapositives : les adultes apprennent en faisant et en échangeant avec leurs pairs.</p>"
                        },
                    ),
                ],
            },
            "evaluating-and-replicating": {
                "title": "Évaluer une formation et préparer votre formation démultipliée",
                "body": [
                    ("heading", {"text": "Quatre niveaux d'évaluation", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>L'évaluation vous dit si une formation a fonctionné et comment l'améliorer. Un modèle largement utilisé distingue quatre niveaux :</p><ol><li><strong>Réaction :</strong> les participants ont-ils trouvé la formation pertinente et stimulante ?</li><li><strong>Apprentissage :</strong> ont-ils acquis les connaissances et les compétences définies dans les objectifs ?</li><li><strong>Comportement :</strong> utilisent-ils ce qu'ils ont appris dans leur travail, des semaines ou des mois plus tard ?</li><li><strong>Résultats :</strong> le travail de l'institution s'est-il amélioré en conséquence ?</li></ol><p>La plupart des formateurs s'arrêtent au premier niveau, avec un questionnaire distribué en fin de journée. Le formulaire de fin d'activité du programme va un peu plus loin en demandant aux participants s'ils pensent que l'activité changera réellement leur façon de travailler. Pour savoir si c'est le cas, prévoyez un suivi : un bref appel, un questionnaire ou un examen des résultats du travail quelques mois plus tard.</p>",
                    ),
                    (
                        "image",
                        {
                            "image": "evaluation-levels",
                            "alt": "Diagramme à quatre barres croissantes intitulées réaction, apprentissage, comportement et résultats : les quatre niveaux d'évaluation d'une formation.",
                            "caption": "Chaque niveau est plus difficile à mesurer que le précédent, et en dit davantage sur l'impact.",
                        },
                    ),
                    (
                        "document",
                        {
                            "document": "evaluation-form-template",
                            "title": "Formulaire d'évaluation de fin d'activité (modèle)",
                            "description": "Un formulaire d'une page à adapter à vos propres sessions, avec des affirmations à noter et une question ouverte sur ce que les participants feront différemment.",
                        },
                    ),
                    ("heading", {"text": "La formation démultipliée : transmettre", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Ce cours forme des multiplicateurs. Une fois le cours terminé, vous enseignerez ce que vous avez appris à des collègues de votre propre institution, afin que l'investissement atteigne bien plus de personnes que le premier groupe. Le cours a été déployé au Brésil, au Cameroun, au Costa Rica, au Salvador, au Kirghizistan et en Ouganda auprès d'environ quatre-vingts participants, qui ont ensuite formé leurs collègues.</p>",
                    ),
                    (
                        "image",
                        {
                            "image": "cascade-diagram",
                            "alt": "Schéma en cascade : un formateur en haut relié à trois multiplicateurs, chacun relié à trois collègues, soit neuf au total.",
                            "caption": "Un formateur, trois multiplicateurs, neuf collègues : une cascade multiplie la portée si chaque étape est préparée.",
                        },
                    ),
                    (
                        "case_study",
                        {
                            "title": "Chaque stagiaire enseigne un module",
                            "country": "CR",
                            "institution": "Direction générale des migrations et des étrangers (DGME) et ministère de la Santé",
                            "practice": "<p>Au Costa Rica, des agents de l'autorité migratoire et du ministère de la Santé ont suivi le cours dans le cadre d'une Action sur la migration et la santé. À la fin, chaque stagiaire a choisi un module et s'est engagé à l'enseigner à ses collègues lors d'une formation démultipliée, avec une date, un public cible et un plan de session.</p>",
                            "outcome": "<p>Un engagement public assorti d'une date a rendu plus probable la tenue effective des sessions démultipliées. Comme chaque stagiaire a pris en charge un module, les institutions ont gagné un groupe de formateurs qui, ensemble, couvraient l'ensemble du cours.</p>",
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "Trois mois après votre formation démultipliée, vous appelez les participants pour leur demander s'ils utilisent désormais la nouvelle procédure. De quel niveau d'évaluation s'agit-il ?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": "Réaction",
                                    "is_correct": False,
                                    "feedback": "La réaction se mesure à la fin de la session, en demandant aux participants comment ils l'ont vécue.",
                                },
                                {
                                    "text": "Apprentissage",
                                    "is_correct": False,
                                    "feedback": "L'apprentissage se vérifie par des tests ou des exercices pendant la formation ou juste après.",
                                },
                                {
                                    "text": "Comportement",
                                    "is_correct": True,
                                    "feedback": "Exact. Vous vérifiez si ce qui a été appris est appliqué au travail.",
                                },
                                {
                                    "text": "Résultats",
                                    "is_correct": False,
                                    "feedback": "Les résultats concernent la performance de l'institution, par exemple moins d'erreurs dans les dossiers, et non l'usage individuel.",
                                },
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "Quel module de ce cours enseignerez-vous à vos collègues, à qui, et quand ?",
                            "guidance": "<ul><li>Notez la date et le groupe que vous formerez.</li><li>Notez qui, dans votre institution, doit donner son accord, et sollicitez ces personnes cette semaine.</li><li>Prévoyez comment vous saurez, trois mois plus tard, si cela a fait une différence.</li></ul>",
                        },
                    ),
                    (
                        "key_takeaway",
                        {
                            "text": "<p>Une formation démultipliée a plus de chances d'avoir lieu lorsqu'elle a <strong>une date, un groupe et un plan</strong> avant la fin du cours.</p>"
                        },
                    ),
                ],
            },
            "course-assessment": {
                "title": "Évaluation du cours",
                "intro": "<p>Six questions sur la conception, l'animation et l'évaluation d'une formation. Il faut obtenir 70 % pour réussir, et vous disposez de trois tentatives.</p>",
                "questions": [
                    {
                        "question": "De quoi part une formation fondée sur les compétences ?",
                        "kind": "single",
                        "points": 1,
                        "explanation": "Une formation fondée sur les compétences part des tâches que les personnes doivent accomplir au travail et du niveau attendu, puis remonte vers les objectifs et les activités.",
                        "options": [
                            {
                                "text": "Des tâches que les personnes doivent accomplir et du niveau qu'exige le poste.",
                                "is_correct": True,
                            },
                            {"text": "Des sujets préférés du formateur.", "is_correct": False},
                            {
                                "text": "Du nombre d'heures disponibles dans la salle de formation.",
                                "is_correct": False,
                            },
                        ],
                    },
                    {
                        "question": "Quelles questions ont leur place dans une analyse des besoins de formation ? Cochez toutes les réponses qui conviennent.",
                        "kind": "multiple",
                        "points": 2,
                        "explanation": "Une analyse des besoins demande quelles tâches sont difficiles, si la cause est vraiment un manque de compétences, ce que les participants font déjà bien et ce que les responsables devront faire ensuite.",
                        "options": [
                            {
                                "text": "Le problème vient-il d'un manque de compétences, ou d'outils, de temps ou de procédures ?",
                                "is_correct": True,
                            },
                            {"text": "Que font déjà bien les participants ?", "is_correct": True},
                            {"text": "Quel hôtel accueillera l'atelier ?", "is_correct": False},
                            {
                                "text": "Que devront faire les responsables pour que les nouvelles compétences soient utilisées ?",
                                "is_correct": True,
                            },
                        ],
                    },
                    {
                        "question": "Dans un cours hybride, à quoi le temps de rencontre sert-il le mieux ?",
                        "kind": "single",
                        "points": 1,
                        "explanation": "L'information peut être transmise en ligne, au rythme de chacun ; le temps de rencontre est le plus précieux pour la pratique, les retours et la discussion.",
                        "options": [
                            {"text": "Lire des règlements à voix haute.", "is_correct": False},
                            {
                                "text": "La pratique, les retours et la discussion de cas réels.",
                                "is_correct": True,
                            },
                            {"text": "De longues présentations du formateur.", "is_correct": False},
                        ],
                    },
                    {
                        "question": "Quel niveau d'évaluation cherche à savoir si les participants utilisent ce qu'ils ont appris dans leur travail ?",
                        "kind": "single",
                        "points": 1,
                        "explanation": "Le niveau du comportement porte sur l'application au travail, en général des semaines ou des mois après la formation.",
                        "options": [
                            {"text": "Réaction", "is_correct": False},
                            {"text": "Apprentissage", "is_correct": False},
                            {"text": "Comportement", "is_correct": True},
                            {"text": "Résultats", "is_correct": False},
                        ],
                    },
                    {
                        "question": "À quoi chaque stagiaire s'est-il engagé au Costa Rica ?",
                        "kind": "single",
                        "points": 1,
                        "explanation": "Chaque stagiaire a choisi un module du cours et s'est engagé à l'enseigner à ses collègues lors d'une formation démultipliée.",
                        "options": [
                            {"text": "Rédiger un rapport sur le cours.", "is_correct": False},
                            {
                                "text": "Enseigner un module de son choix à ses collègues lors d'une formation démultipliée.",
                                "is_correct": True,
                            },
                            {
                                "text": "Suivre de nouveau le cours l'année suivante.",
                                "is_correct": False,
                            },
                        ],
                    },
                    {
                        "question": "Quelles techniques aident les apprenants adultes à participer activement ? Cochez toutes les réponses qui conviennent.",
                        "kind": "multiple",
                        "points": 2,
                        "explanation": "Commencer par un cas réel, la technique « réfléchir, échanger à deux, partager » et les jeux de rôle avec observateurs rendent tous les participants actifs ; un long exposé, non.",
                        "options": [
                            {
                                "text": "Commencer par un cas tiré du travail des participants.",
                                "is_correct": True,
                            },
                            {"text": "Réfléchir, échanger à deux, partager.", "is_correct": True},
                            {"text": "Un exposé de deux heures sans questions.", "is_correct": False},
                            {
                                "text": "Un jeu de rôle avec des observateurs munis d'une grille.",
                                "is_correct": True,
                            },
                        ],
                    },
                ],
            },
        },
    },
    "safe-mobility-health-crisis": {
        "title": "La mobilité sûre des personnes et des marchandises pendant une crise sanitaire",
        "summary": "Un cours de formation pour les agents aux frontières, élaboré avec le Secrétariat du COMESA, sur la manière de maintenir la circulation des personnes et des marchandises en toute sécurité lorsqu'une épidémie survient : dépistage et orientation, protection des agents, information des voyageurs et coopération transfrontalière. Rédigé pendant la COVID-19, il a de nouveau servi lorsque le choléra s'est propagé dans la région en 2022-2023.",
        "audience": "Agents de l'immigration, des douanes, de la police et des services sanitaires aux frontières qui travaillent aux frontières terrestres, dans les aéroports et dans les ports des États membres du COMESA, ainsi que les responsables qui planifient leur travail.",
        "learning_outcomes": "<ul><li>Expliquer pourquoi les échanges et les déplacements essentiels doivent se poursuivre en toute sécurité pendant une crise sanitaire.</li><li>Appliquer avec les autorités sanitaires les étapes convenues de dépistage et d'orientation, dans le respect des droits des voyageurs.</li><li>Se protéger et protéger ses collègues, et donner aux voyageurs des informations claires.</li><li>Adapter les mesures au mode de propagation d'une maladie donnée, en prenant l'exemple du choléra.</li></ul>",
        "pages": {
            "borders-in-a-health-crisis": {
                "title": "Les frontières face à une crise sanitaire",
                "summary": "Pourquoi fermer les frontières est rarement la solution, et comment les services des frontières et de santé peuvent dépister et orienter les voyageurs de manière ordonnée et respectueuse des droits.",
            },
            "keeping-borders-open-safely": {
                "title": "Garder les frontières ouvertes en toute sécurité",
                "body": [
                    ("heading", {"text": "Ce qui se passe quand les frontières ferment", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Au début d'une épidémie, fermer la frontière peut sembler le choix le plus sûr. L'expérience de la région pendant la COVID-19 en a montré le coût. Des camions ont attendu des jours aux points de passage, la nourriture et les médicaments sont arrivés en retard, et les petits commerçants, dont beaucoup de femmes qui traversent chaque jour, ont perdu leurs revenus. Les chauffeurs qui attendaient dans des files bondées couraient un risque d'infection plus grand, et non plus faible. Et lorsque les points de passage officiels ont fermé, certaines personnes se sont tournées vers des itinéraires informels où aucun dépistage n'avait lieu.</p><p>Pour une communauté économique régionale comme le COMESA, dont les États membres dépendent du commerce transfrontalier pour la nourriture, le carburant et les fournitures médicales, la question n'est donc pas de savoir s'il faut garder les frontières ouvertes, mais comment les garder ouvertes en toute sécurité.</p>",
                    ),
                    (
                        "image",
                        {
                            "image": "cover-comesa",
                            "alt": "Illustration d'un point de passage frontalier avec une barrière levée, une guérite de contrôle et une route qui le traverse.",
                            "caption": "Un poste frontière est à la fois un point de contrôle et une artère vitale pour le commerce : une crise sanitaire met les deux rôles à l'épreuve en même temps.",
                        },
                    ),
                    ("heading", {"text": "Principes d'une mobilité sûre", "level": "h2"}),
                    (
                        "paragraph",
                        "<ul><li><strong>Donner la priorité aux flux essentiels :</strong> la nourriture, les médicaments, le carburant et l'aide humanitaire continuent de circuler, avec des procédures simplifiées si nécessaire.</li><li><strong>Séparer lorsque c'est possible :</strong> distinguer les flux de marchandises et de passagers, et réduire l'affluence dans les zones d'attente.</li><li><strong>Se préparer avant la crise :</strong> convenir à l'avance avec les autorités sanitaires des rôles, des étapes de dépistage et des circuits d'orientation.</li><li><strong>Se coordonner de part et d'autre de la frontière :</strong> les postes voisins échangent des informations chaque jour et harmonisent leurs mesures, afin que les voyageurs ne se heurtent pas à des règles contradictoires.</li><li><strong>Protéger le personnel et respecter les droits :</strong> les agents ont besoin d'équipements et de consignes ; les voyageurs ont besoin de dignité, d'information et de non-discrimination.</li></ul>",
                    ),
                    (
                        "document",
                        {
                            "document": "health-crisis-border-factsheet",
                            "title": "Fiche pratique : garder les frontières ouvertes en toute sécurité pendant une crise sanitaire",
                            "description": "Un résumé d'une page des principales mesures, à imprimer et à garder au poste frontière.",
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "Quelle conséquence de la fermeture des points de passage officiels peut accroître les risques sanitaires ?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": "Les voyageurs se tournent vers des itinéraires informels où aucun dépistage n'a lieu.",
                                    "is_correct": True,
                                    "feedback": "Exact. Fermer les points de passage officiels peut rendre les déplacements invisibles, hors de portée des autorités sanitaires.",
                                },
                                {
                                    "text": "Les agents aux frontières ont plus de temps pour se former.",
                                    "is_correct": False,
                                    "feedback": "Cela peut arriver, mais ce n'est pas un risque sanitaire. Pensez à l'endroit où vont les personnes lorsque l'itinéraire officiel est fermé.",
                                },
                                {
                                    "text": "Il y a moins de documents à contrôler.",
                                    "is_correct": False,
                                    "feedback": "Moins de contrôles aux postes officiels ne signifie pas moins de déplacements ; ceux-ci peuvent simplement se reporter ailleurs.",
                                },
                            ],
                        },
                    ),
                    (
                        "key_takeaway",
                        {
                            "text": "<p>L'objectif est une mobilité <strong>sûre</strong>, pas l'absence de mobilité : les biens essentiels et les personnes continuent de circuler selon des mesures sanitaires convenues.</p>"
                        },
                    ),
                ],
            },
            "screening-and-referral": {
                "title": "Dépistage, orientation et droits des voyageurs",
                "body": [
                    ("heading", {"text": "Qui fait quoi à la frontière", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Les agents aux frontières ne sont pas des soignants, et on ne doit pas leur demander d'agir comme tels. Pendant une crise sanitaire, leur rôle est de veiller à ce que chaque voyageur passe par les étapes sanitaires convenues, de repérer les signes visibles de maladie qui déclenchent une orientation, et de passer le relais au personnel sanitaire aux frontières, qui évalue et décide. Des rôles clairs protègent à la fois les agents et les voyageurs.</p><p>Une séquence de dépistage simple, convenue avec les autorités sanitaires avant une crise, pourrait ressembler à ceci :</p><ol><li>Une information pour tous les voyageurs sur les symptômes et les mesures de prévention, dans les langues parlées au point de passage.</li><li>Une courte déclaration de santé ou quelques questions, selon ce qu'exige l'autorité sanitaire.</li><li>L'observation des symptômes visibles, et la prise de température lorsque l'autorité sanitaire la demande.</li><li>L'orientation des personnes présentant des symptômes vers le personnel sanitaire aux frontières, dans un espace séparé et à l'abri des regards.</li><li>L'enregistrement des orientations, afin que les contacts puissent être retrouvés si nécessaire.</li></ol>",
                    ),
                    ("heading", {"text": "Droits et dignité", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Les mesures sanitaires doivent s'appliquer à tous de la même manière. Cibler des voyageurs en fonction de leur nationalité, de leur origine ethnique ou de leur apparence est discriminatoire et, de plus, inefficace, car les maladies ne choisissent pas les passeports. Les informations de santé personnelles ne concernent que ceux qui en ont besoin et doivent être conservées en sécurité. Les personnes présentant des symptômes ne doivent pas être refoulées vers un danger ; les réfugiés et les demandeurs d'asile conservent leur droit de demander une protection, et les enfants non accompagnés ont besoin d'une prise en charge spécifique.</p><p>Les chauffeurs routiers méritent une attention particulière. Ils franchissent de nombreuses frontières au cours d'un même trajet et peuvent être soumis à des tests répétés et à des règles de quarantaine qui varient d'un pays à l'autre. La reconnaissance mutuelle des certificats sanitaires entre États voisins fait gagner du temps et réduit l'affluence.</p>",
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "À votre poste, un voyageur présente des signes visibles de maladie. Que devez-vous faire ? Cochez toutes les réponses qui conviennent.",
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "Orienter le voyageur vers le personnel sanitaire aux frontières, dans un espace à l'abri des regards.",
                                    "is_correct": True,
                                    "feedback": "Oui. Le personnel de santé évalue et décide ; la confidentialité protège la dignité du voyageur.",
                                },
                                {
                                    "text": "Enregistrer l'orientation comme convenu avec l'autorité sanitaire.",
                                    "is_correct": True,
                                    "feedback": "Oui. Les registres permettent de retrouver les contacts si nécessaire.",
                                },
                                {
                                    "text": "Renvoyer le voyageur de l'autre côté de la frontière sans autre démarche.",
                                    "is_correct": False,
                                    "feedback": "Refouler une personne peut l'exposer à un danger et porter atteinte à son droit de demander une protection. Suivez le circuit d'orientation.",
                                },
                                {
                                    "text": "Informer les autres voyageurs de la file de l'état de santé de la personne.",
                                    "is_correct": False,
                                    "feedback": "Les informations de santé sont confidentielles. Ne les partagez qu'avec le personnel de santé qui en a besoin.",
                                },
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "Aujourd'hui, à votre poste frontière, qui appelleriez-vous si un voyageur présentait des signes d'une maladie infectieuse grave, et où ce voyageur attendrait-il ?",
                            "guidance": "<ul><li>Si vous n'en êtes pas sûr, renseignez-vous cette semaine et notez la réponse.</li><li>Vérifiez que vos collègues des autres équipes connaissent la même réponse.</li></ul>",
                        },
                    ),
                    (
                        "key_takeaway",
                        {
                            "text": "<p>Les agents <strong>observent, informent et orientent</strong> ; le personnel de santé évalue et décide. Les mesures s'appliquent à tous de la même manière et respectent la confidentialité.</p>"
                        },
                    ),
                ],
            },
            "protection-and-preparedness": {
                "title": "Protection, communication et préparation",
                "summary": "Comment protéger les agents, informer les voyageurs et travailler avec les postes voisins, et comment le cours a de nouveau servi pendant l'épidémie de choléra de 2022-2023. Se termine par l'évaluation du cours.",
            },
            "protecting-officers-and-informing-travellers": {
                "title": "Protéger les agents et informer les voyageurs",
                "body": [
                    ("heading", {"text": "Protéger celles et ceux qui restent à leur poste", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Les agents aux frontières continuent de travailler quand d'autres restent chez eux. Pour le faire en toute sécurité, ils ont besoin d'équipements de protection adaptés à la maladie et d'une formation à leur utilisation, de points de lavage des mains avec de l'eau propre et du savon, d'une rotation des équipes qui limite la fatigue, et de consignes écrites claires, mises à jour lorsque les recommandations changent. Les responsables doivent aussi être attentifs au stress : les longues heures, la peur de l'infection et les voyageurs tendus laissent des traces.</p>",
                    ),
                    (
                        "video",
                        {
                            "title": "Les leçons d'un poste frontière pendant une épidémie",
                            "url": "https://videos.example.org/relais/protecting-officers-and-informing-travellers",
                            "duration": "5 min",
                            "transcript": "<p><strong>Intervieweur :</strong> De quoi les agents de votre poste frontière avaient-ils le plus besoin au début de l'épidémie ?</p><p><strong>Agente principale de l'immigration :</strong> De consignes claires. Les premières semaines, nous recevions des messages de trois ministères, qui ne concordaient pas toujours. Les agents ne savaient pas s'ils devaient prendre la température, qui pouvait entrer, ni que faire d'un chauffeur malade. Dès que nous avons eu une procédure écrite unique, signée conjointement avec l'autorité sanitaire, la tension est retombée.</p><p><strong>Intervieweur :</strong> Comment avez-vous protégé votre personnel ?</p><p><strong>Agente :</strong> Nous avons raccourci les services, installé des points de lavage des mains et veillé à ce que les masques et les gants soient là avant chaque prise de service, et pas promis pour plus tard. Nous nous réunissions aussi chaque matin pendant dix minutes pour partager ce qui s'était passé.</p><p><strong>Intervieweur :</strong> Et les voyageurs ?</p><p><strong>Agente :</strong> La plupart des gens acceptent les mesures qu'ils comprennent. Nous avons affiché des posters dans les langues parlées au point de passage et formé les agents à expliquer chaque étape en quelques mots, calmement. Les files ne sont pas devenues plus courtes, mais les disputes sont devenues plus rares.</p>",
                        },
                    ),
                    ("heading", {"text": "Communiquer avec les voyageurs", "level": "h2"}),
                    (
                        "paragraph",
                        "<ul><li>Expliquer ce qui va se passer, pourquoi, et combien de temps cela prendra.</li><li>Utiliser un langage simple et les langues que parlent les personnes ; utiliser des images pour celles qui ne savent pas lire.</li><li>Donner le même message à chaque poste : convenir des messages clés avec les postes voisins et les autorités sanitaires.</li><li>Indiquer aux personnes où se rendre si elles tombent malades après avoir passé la frontière.</li></ul>",
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "Quelles mesures protègent les agents aux frontières pendant une épidémie ? Cochez toutes les réponses qui conviennent.",
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "Des équipements de protection disponibles avant chaque prise de service.",
                                    "is_correct": True,
                                    "feedback": "Oui. Un équipement promis pour plus tard ne protège personne aujourd'hui.",
                                },
                                {
                                    "text": "Une rotation des équipes qui limite la fatigue.",
                                    "is_correct": True,
                                    "feedback": "Oui. Des agents fatigués commettent plus d'erreurs, y compris en matière d'hygiène.",
                                },
                                {
                                    "text": "Une procédure écrite unique, convenue avec l'autorité sanitaire.",
                                    "is_correct": True,
                                    "feedback": "Oui. Des consignes claires et cohérentes réduisent la confusion et les risques.",
                                },
                                {
                                    "text": "Des services plus longs pour réduire le nombre de personnes au poste.",
                                    "is_correct": False,
                                    "feedback": "Des services plus longs accroissent la fatigue et le stress ; la rotation fonctionne mieux.",
                                },
                            ],
                        },
                    ),
                    (
                        "key_takeaway",
                        {
                            "text": "<p><strong>Une procédure claire et unique</strong>, des équipements à portée de main et des explications calmes réduisent à la fois les risques et les conflits à la frontière.</p>"
                        },
                    ),
                ],
            },
            "from-covid-to-cholera": {
                "title": "Réutiliser le cours : l'épidémie de choléra de 2022-2023",
                "body": [
                    ("heading", {"text": "Un cours conçu pour la crise suivante", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Ce cours a été élaboré à partir de la fin de l'année 2020, en pleine pandémie de COVID-19, dans le cadre d'une Action sur la migration, la santé et la gestion des frontières menée avec le Secrétariat du COMESA, avec des experts du Royaume-Uni et du Nigeria. Ses auteurs ont choisi d'enseigner des principes et des procédures valables pour de nombreuses maladies, et pas seulement pour un virus. Ce choix a montré sa valeur lorsque le choléra s'est propagé dans plusieurs pays de la région en 2022 et 2023 et que le cours a de nouveau servi à préparer le personnel des frontières.</p>",
                    ),
                    ("heading", {"text": "Adapter les mesures à la maladie", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>De bonnes mesures aux frontières suivent le mode de propagation de la maladie. La COVID-19 se transmet surtout par l'air, d'une personne à l'autre : la distanciation, les masques et l'aération étaient donc essentiels. Le choléra se transmet surtout par l'eau et les aliments contaminés, et les priorités changent :</p><ul><li>de l'eau potable, des toilettes et des points de lavage des mains aux postes frontières et dans les zones d'attente ;</li><li>l'hygiène des aliments vendus aux voyageurs et aux chauffeurs près du point de passage ;</li><li>une information sur les symptômes, sur l'importance de boire et sur les lieux où se faire soigner rapidement ;</li><li>l'orientation sans délai des personnes souffrant de diarrhée sévère vers les services de santé.</li></ul><p>Les recommandations sanitaires internationales déconseillent en général de fermer les frontières ou de restreindre les échanges en raison du choléra ; investir dans l'eau, l'assainissement et l'information est bien plus efficace.</p>",
                    ),
                    (
                        "case_study",
                        {
                            "title": "Un cours régional qui a servi deux fois",
                            "country": "ZM",
                            "institution": "Secrétariat du COMESA, avec les services des frontières des États membres",
                            "practice": "<p>Le Secrétariat du COMESA, basé à Lusaka, a demandé un appui pour former les agents aux frontières à la circulation sûre des personnes et des marchandises pendant une crise sanitaire. Des experts ont préparé un cours portant sur la coordination avec les autorités sanitaires, le dépistage et l'orientation, la protection du personnel, la communication et la coopération transfrontalière, conçu pour être adapté à différentes maladies.</p>",
                            "outcome": "<p>Lorsque le choléra s'est déclaré dans la région en 2022-2023, les supports du cours ont de nouveau aidé à préparer le personnel des frontières à l'épidémie. Comme le cours enseignait des principes plutôt que des règles propres à une maladie, les supports ont pu être réutilisés au lieu d'être réécrits.</p>",
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "Pendant une épidémie de choléra, quelle mesure mérite la plus haute priorité à un poste frontière ?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": "Le port obligatoire du masque pour tous les voyageurs.",
                                    "is_correct": False,
                                    "feedback": "Les masques comptent pour les maladies transmises par l'air ; le choléra se transmet surtout par l'eau et les aliments contaminés.",
                                },
                                {
                                    "text": "De l'eau potable, des toilettes et des points de lavage des mains pour les voyageurs et le personnel.",
                                    "is_correct": True,
                                    "feedback": "Exact. L'eau et l'assainissement interrompent la principale voie de transmission du choléra.",
                                },
                                {
                                    "text": "La fermeture de la frontière à tout échange commercial.",
                                    "is_correct": False,
                                    "feedback": "Fermer les échanges nuit à l'approvisionnement en nourriture et en médicaments, et n'est en général pas recommandé pour le choléra.",
                                },
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "Quelles parties des procédures COVID-19 de votre poste garderiez-vous pour la prochaine épidémie, et lesquelles changeriez-vous selon la maladie ?",
                            "guidance": "<ul><li>Distinguez ce qui est général (rôles, orientation, communication) de ce qui est propre à une maladie.</li><li>Notez qui doit approuver les modifications de la procédure.</li></ul>",
                        },
                    ),
                    (
                        "key_takeaway",
                        {
                            "text": "<p>Enseignez des <strong>principes qui survivent à une maladie</strong>, puis adaptez les mesures au mode de propagation de chacune.</p>"
                        },
                    ),
                ],
            },
            "course-assessment": {
                "title": "Évaluation du cours",
                "intro": "<p>Cinq questions sur la mobilité sûre pendant une crise sanitaire. Il faut obtenir 70 % pour réussir, et vous disposez de trois tentatives.</p>",
                "questions": [
                    {
                        "question": "Pourquoi la fermeture des points de passage officiels peut-elle accroître les risques sanitaires ?",
                        "kind": "single",
                        "points": 1,
                        "explanation": "Fermer les points de passage officiels peut reporter les déplacements vers des itinéraires informels, où ni dépistage ni information sanitaire n'atteignent les voyageurs.",
                        "options": [
                            {
                                "text": "Les déplacements se reportent vers des itinéraires informels, sans dépistage.",
                                "is_correct": True,
                            },
                            {
                                "text": "Les agents perdent leurs équipements de protection.",
                                "is_correct": False,
                            },
                            {"text": "Les autorités sanitaires cessent de travailler.", "is_correct": False},
                        ],
                    },
                    {
                        "question": "Quel est le rôle de l'agent aux frontières lorsqu'un voyageur présente des signes de maladie ?",
                        "kind": "single",
                        "points": 1,
                        "explanation": "Les agents observent, informent et orientent ; le personnel sanitaire aux frontières évalue le voyageur et décide de la suite.",
                        "options": [
                            {
                                "text": "Diagnostiquer la maladie et décider du traitement.",
                                "is_correct": False,
                            },
                            {
                                "text": "Orienter le voyageur vers le personnel sanitaire aux frontières selon la procédure convenue.",
                                "is_correct": True,
                            },
                            {
                                "text": "Refuser immédiatement l'entrée au voyageur.",
                                "is_correct": False,
                            },
                        ],
                    },
                    {
                        "question": "Quels principes favorisent une mobilité sûre pendant une crise sanitaire ? Cochez toutes les réponses qui conviennent.",
                        "kind": "multiple",
                        "points": 2,
                        "explanation": "Donner la priorité aux biens essentiels, convenir des procédures à l'avance et se coordonner avec les postes voisins permettent tous de garder les frontières ouvertes en toute sécurité ; un dépistage selon la nationalité est discriminatoire et inefficace.",
                        "options": [
                            {
                                "text": "Les biens essentiels, comme la nourriture et les médicaments, continuent de circuler.",
                                "is_correct": True,
                            },
                            {
                                "text": "Les étapes de dépistage sont convenues avec les autorités sanitaires avant une crise.",
                                "is_correct": True,
                            },
                            {
                                "text": "Les voyageurs sont dépistés selon leur nationalité.",
                                "is_correct": False,
                            },
                            {
                                "text": "Les postes frontières voisins échangent des informations et harmonisent leurs mesures.",
                                "is_correct": True,
                            },
                        ],
                    },
                    {
                        "question": "Comment le choléra se transmet-il principalement ?",
                        "kind": "single",
                        "points": 1,
                        "explanation": "Le choléra se transmet surtout par l'eau et les aliments contaminés ; c'est pourquoi l'eau, l'assainissement et l'hygiène passent en premier aux postes frontières.",
                        "options": [
                            {"text": "Par l'air, d'une personne à l'autre.", "is_correct": False},
                            {"text": "Par l'eau et les aliments contaminés.", "is_correct": True},
                            {"text": "Par les piqûres d'insectes.", "is_correct": False},
                        ],
                    },
                    {
                        "question": "Pourquoi le cours a-t-il pu être réutilisé pendant l'épidémie de choléra de 2022-2023 ?",
                        "kind": "single",
                        "points": 1,
                        "explanation": "Le cours enseignait des principes et des procédures valables pour de nombreuses maladies ; il a donc pu être adapté au lieu d'être réécrit.",
                        "options": [
                            {"text": "Il avait été écrit uniquement pour le choléra.", "is_correct": False},
                            {
                                "text": "Il enseignait des principes et des procédures adaptables à différentes maladies.",
                                "is_correct": True,
                            },
                            {
                                "text": "Il n'exigeait aucune modification des procédures aux frontières.",
                                "is_correct": False,
                            },
                        ],
                    },
                ],
            },
        },
    },
}
