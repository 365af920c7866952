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
                    ("heading", {"text": "Ce que signifie une formation fondée sur les compétences", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Une compétence est la capacité d'accomplir une tâche au niveau qu'exige le poste. Elle associe des connaissances, des savoir-faire et des attitudes : un agent qui mène un entretien avec un demandeur doit connaître la loi, savoir poser des questions ouvertes et rester respectueux sous la pression. Une formation fondée sur les compétences part de ces tâches et se demande ce que les personnes doivent être capables de <em>faire</em> à la fin, et pas seulement ce qu'elles doivent savoir.</p><p>Ce cours suit cette logique à travers trois compétences dont tout formateur a besoin : concevoir une action de formation, l'animer et l'évaluer. Il s'inscrit dans la stratégie de renforcement des capacités adoptée par le programme en 2020, qui considère trois niveaux à la fois : la personne qui apprend, l'organisation qui doit mettre à profit ce qui a été appris, et l'environnement plus large des lois, des politiques et des ressources qui rend le changement possible.</p>",
                    ),
                    ("heading", {"text": "Commencer par une analyse des besoins de formation", "level": "h2"}),
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
                        "<p>Ce cours forme des démultiplicateurs. Une fois le cours terminé, vous enseignerez ce que vous avez appris à des collègues de votre propre institution, afin que l'investissement atteigne bien plus de personnes que le premier groupe. Le cours a été déployé au Brésil, au Cameroun, au Costa Rica, au Salvador, au Kirghizistan et en Ouganda auprès d'environ quatre-vingts participants, qui ont ensuite formé leurs collègues.</p>",
                    ),
                    (
                        "image",
                        {
                            "image": "cascade-diagram",
                            "alt": "Schéma en cascade : un formateur en haut relié à trois démultiplicateurs, chacun relié à trois collègues, soit neuf au total.",
                            "caption": "Un formateur, trois démultiplicateurs, neuf collègues : une cascade multiplie la portée si chaque étape est préparée.",
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
}
