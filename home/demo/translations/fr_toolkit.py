"""Demo content: fr_toolkit (see the package docstring for the shape)."""

TRANSLATIONS = {
    "adult-learning-principles": {
        "title": "Les principes de l'apprentissage des adultes",
        "summary": (
            "Comment apprennent des agents expérimentés, et comment faire de leur expérience le moteur de vos sessions : "
            "pertinence, autonomie, cycle d'apprentissage et transfert vers le travail quotidien."
        ),
        "learning_outcomes": (
            "<ul><li>Expliquer les principaux principes de l'apprentissage des adultes et pourquoi ils comptent lorsque vous formez des pairs</li>"
            "<li>Utiliser l'expérience des participants comme matière, au moyen d'activités et de débriefings structurés</li>"
            "<li>Concevoir des sessions qui aident les participants à appliquer au travail ce qu'ils apprennent</li></ul>"
        ),
        "units": {
            "how-adults-learn": {
                "title": "Comment les adultes apprennent au travail",
                "body": [
                    ("heading", {"text": "Les adultes arrivent avec un travail à accomplir", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Lorsque vous formez des agents d'une administration partenaire, vos participants ne sont pas des "
                        "étudiants qui attendent d'être remplis de savoir. Ce sont des gardes-frontières, des agents consulaires, "
                        "des conseillers politiques et des gestionnaires de données qui portent déjà des responsabilités, et qui "
                        "jugeront votre session à l'aune d'une seule question : cela m'aidera-t-il à mieux faire mon travail la "
                        "semaine prochaine ? La recherche sur l'apprentissage des adultes, souvent résumée sous le nom "
                        "d'<em>andragogie</em>, propose quelques principes pratiques qui vous aident à bien répondre à cette question.</p>",
                    ),
                    ("heading", {"text": "Cinq principes à retenir", "level": "h3"}),
                    (
                        "paragraph",
                        "<ul>"
                        "<li><strong>La pertinence.</strong> Les adultes s'investissent lorsqu'ils voient le lien entre un sujet et "
                        "une tâche à laquelle ils font face. Ouvrez sur un problème tiré de leur propre lieu de travail, et non sur une définition.</li>"
                        "<li><strong>L'expérience.</strong> Chaque participant apporte des années de pratique. Traitez-les comme la "
                        "matière de la session : leurs cas, leurs formulaires, leurs procédures.</li>"
                        "<li><strong>L'autonomie.</strong> Les adultes veulent avoir leur mot à dire sur ce qu'ils apprennent et sur la "
                        "manière de l'apprendre. Proposez des choix, par exemple le cas à analyser ou la question à explorer en premier, "
                        "et fixez ensemble les règles de fonctionnement.</li>"
                        "<li><strong>L'apprentissage centré sur les problèmes.</strong> Organisez le contenu autour de problèmes à résoudre "
                        "plutôt que de chapitres d'une discipline. « Comment partager les données d'arrivée avec le ministère de la "
                        "Santé ? » en apprend plus que « La protection des données : vue d'ensemble ».</li>"
                        "<li><strong>Le respect et la sécurité.</strong> Des agents de haut rang peuvent hésiter à reconnaître ce qu'ils "
                        "ignorent, surtout devant des collègues ou des subordonnés. Concevez des activités dans lesquelles chacun peut "
                        "essayer, se tromper et recommencer sans perdre la face.</li>"
                        "</ul>"
                        "<p>Aucun de ces principes n'est indépendant de la culture. Dans certaines administrations, les participants "
                        "attendent de l'expert qu'il fasse un exposé, et une invitation à « partager votre expérience » à neuf heures "
                        "du matin est accueillie par le silence. Cela ne veut pas dire que les principes échouent, mais qu'il faut les "
                        "introduire progressivement. Commencez par un court apport, puis une question à traiter en binôme, puis une "
                        "tâche en petits groupes. Dès l'après-midi, la plupart des groupes s'expriment plus librement qu'ils ne "
                        "l'auraient fait en plénière au début.</p>",
                    ),
                    (
                        "image",
                        {
                            "image": "workshop-circle",
                            "alt": "Schéma de participants assis autour d'une table commune sans personne en bout de table, évoquant une discussion entre égaux.",
                            "caption": "Réunir les participants autour d'une même table montre que l'expérience de chacun compte.",
                        },
                    ),
                    ("heading", {"text": "Ce que cela signifie pour votre rôle", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Pour beaucoup d'experts, il s'agit de passer du rôle de présentateur à celui d'animateur. Vous restez la "
                        "personne qui détient le savoir spécialisé, c'est d'ailleurs pour cela que le partenaire a fait appel à vous, "
                        "mais votre tâche principale dans la salle est d'aider les participants à relier ce savoir à leur propre "
                        "contexte. Concrètement, cela signifie :</p>"
                        "<ul>"
                        "<li>ne pas parler plus de quinze à vingt minutes avant que les participants fassent quelque chose ;</li>"
                        "<li>demander avant d'expliquer : que faites-vous aujourd'hui quand cela se produit ?</li>"
                        "<li>présenter la pratique de votre propre administration comme une option à comparer, et non comme un modèle à copier ;</li>"
                        "<li>terminer chaque séquence par une question concrète sur la mise en application.</li>"
                        "</ul>"
                        "<p>Ce n'est pas une perte d'autorité. Les participants font volontiers confiance aux experts qui prennent "
                        "leur pratique au sérieux, et ils retiennent bien mieux les solutions qu'ils ont contribué à construire que "
                        "celles qu'on leur a montrées.</p>",
                    ),
                    (
                        "case_study",
                        {
                            "title": "Partir des questions des participants à Bichkek",
                            "country": "KG",
                            "institution": "Secrétariat du Conseil des migrations",
                            "practice": (
                                "<p>L'Action Kirghizistan IV a appuyé le Secrétariat du Conseil des migrations sur la migration de "
                                "travail, avec des experts de France et de Pologne. Pour un atelier sur l'information des travailleurs "
                                "en partance, les experts avaient préparé une présentation des approches européennes. Le premier matin, "
                                "ils l'ont mise de côté pendant une heure et ont demandé aux participants de lister les questions que "
                                "les travailleurs en partance leur posent le plus souvent, puis de les classer selon la difficulté d'y répondre.</p>"
                                "<p>Les experts n'ont ensuite présenté que les parties de leur matériel qui répondaient aux questions "
                                "les mieux classées, et gardé le reste comme lecture complémentaire.</p>"
                            ),
                            "outcome": (
                                "<p>Les participants ont trouvé la session construite autour de leur travail plutôt qu'autour des "
                                "diapositives des experts, et la liste de questions classées a servi de point de départ à des "
                                "activités ultérieures de l'Action.</p>"
                            ),
                        },
                    ),
                    (
                        "key_takeaway",
                        {
                            "text": "<p>Partez des problèmes que les participants rencontrent au travail, utilisez leur expérience comme matière, et gardez vos propres apports courts et comparatifs.</p>"
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "Pensez à la dernière formation que vous avez donnée. Lesquels des cinq principes votre conception respectait-elle, et lesquels a-t-elle négligés ?",
                            "guidance": "<ul><li>Regardez les trente premières minutes : qui parlait ?</li><li>Trouvez un moment où les participants auraient pu utiliser leurs propres cas.</li><li>Notez un changement que vous feriez la prochaine fois.</li></ul>",
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "Un groupe d'agents de haut rang reste silencieux lorsque vous l'invitez à partager son expérience au début d'un atelier. Quelle est la réponse la plus utile ?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": "Passer à l'exposé pour le reste de la journée, puisque le groupe le préfère manifestement.",
                                    "is_correct": False,
                                    "feedback": "Le silence du début est fréquent et traduit rarement une préférence arrêtée ; renoncer à la participation gaspille l'expérience du groupe.",
                                },
                                {
                                    "text": "Faire un court apport, puis poser une question ciblée à traiter en binôme avant de revenir au groupe entier.",
                                    "is_correct": True,
                                    "feedback": "Exact : le binôme rassure davantage que la plénière, et une question ciblée est plus facile à traiter qu'une invitation ouverte.",
                                },
                                {
                                    "text": "Interpeller nommément la personne la plus haut placée pour qu'elle réponde en premier.",
                                    "is_correct": False,
                                    "feedback": "Cela risque de mettre quelqu'un en difficulté devant ses collègues, et les plus jeunes seront alors encore moins enclins à parler.",
                                },
                                {
                                    "text": "Rappeler au groupe que la participation active est exigée par le programme.",
                                    "is_correct": False,
                                    "feedback": "La pression suscite rarement l'ouverture ; des tâches bien conçues, si.",
                                },
                            ],
                        },
                    ),
                ],
            },
            "experience-as-a-resource": {
                "title": "Transformer l'expérience en apprentissage",
                "body": [
                    ("heading", {"text": "Le cycle d'apprentissage", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>L'expérience seule ne produit pas d'apprentissage ; c'est la réflexion sur l'expérience qui le produit. "
                        "Le cycle de l'apprentissage expérientiel de David Kolb, très utilisé par les formateurs, décrit quatre "
                        "moments par lesquels passe une bonne session, souvent plus d'une fois :</p>"
                        "<ol>"
                        "<li><strong>L'expérience concrète :</strong> les participants font quelque chose ou s'en souviennent, par "
                        "exemple traiter une demande fictive, gérer un appel difficile ou lire un dossier anonymisé.</li>"
                        "<li><strong>L'observation réfléchie :</strong> ils reviennent sur ce qui s'est passé. Qu'est-ce qui a bien "
                        "fonctionné ? Qu'est-ce qui les a surpris ?</li>"
                        "<li><strong>La conceptualisation abstraite :</strong> ils relient l'observation à un principe, une règle ou "
                        "un modèle. C'est là que votre apport spécialisé trouve le mieux sa place.</li>"
                        "<li><strong>L'expérimentation active :</strong> ils essaient l'idée sur un nouveau cas ou prévoient comment "
                        "ils l'utiliseront au travail.</li>"
                        "</ol>"
                        "<p>Beaucoup de présentations d'experts sautent directement au troisième moment. Le cycle vous rappelle "
                        "de construire les trois autres autour de lui.</p>",
                    ),
                    ("heading", {"text": "Des techniques qui s'appuient sur l'expérience", "level": "h2"}),
                    (
                        "paragraph",
                        "<ul>"
                        "<li><strong>Les cliniques de cas.</strong> Un participant présente un problème réel en cinq minutes ; ses "
                        "collègues posent des questions, puis proposent des options. La personne qui présente choisit ce qu'elle va essayer.</li>"
                        "<li><strong>La cartographie des processus.</strong> De petits groupes dessinent le parcours d'un dossier, "
                        "d'un enregistrement ou d'une personne au sein de leur institution. Les lacunes et les doublons deviennent "
                        "visibles sans que personne soit mis en cause.</li>"
                        "<li><strong>La comparaison entre pairs.</strong> Lorsque les participants viennent de plusieurs institutions "
                        "ou pays, demandez à chacun d'expliquer comment il traite la même situation. Les différences lancent la discussion.</li>"
                        "<li><strong>Les débriefings structurés.</strong> Après chaque activité, posez trois questions dans l'ordre : "
                        "que s'est-il passé, qu'est-ce que cela signifie, et qu'allez-vous faire maintenant ?</li>"
                        "</ul>"
                        "<p>Soyez prudent avec les cas réels. Convenez dès le départ que les données personnelles restent hors de "
                        "la salle, et que les cas sont discutés pour apprendre, non pour juger des collègues.</p>",
                    ),
                    ("heading", {"text": "Quand l'expérience fait obstacle", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>L'expérience peut aussi protéger des habitudes qui ne fonctionnent plus. Un participant qui dit « nous "
                        "avons toujours fait comme ça » vous donne une information utile : la pratique actuelle a ses raisons. "
                        "Demandez lesquelles avant de proposer un changement. Une nouvelle procédure ne réussit souvent que si elle "
                        "résout aussi le problème que l'ancienne résolvait.</p>"
                        "<p>Enfin, n'oubliez pas que l'expérience est inégalement répartie dans un groupe. Le personnel plus récent "
                        "connaît parfois mieux les derniers systèmes que ses aînés, tandis que le personnel expérimenté connaît "
                        "l'historique et les règles informelles. Les mélanger en petits groupes permet à chacun d'apprendre de l'autre.</p>",
                    ),
                    (
                        "video",
                        {
                            "title": "Laisser les participants s'enseigner mutuellement",
                            "url": "https://videos.example.org/relais/experience-as-a-resource",
                            "duration": "6 min",
                            "transcript": (
                                "<p><strong>Intervieweur :</strong> Vous avez formé des agents dans plusieurs pays partenaires. Qu'est-ce qui a changé dans votre manière de travailler ?</p>"
                                "<p><strong>Experte :</strong> Au début, j'apportais beaucoup trop de diapositives. Je pensais que mon travail consistait à montrer comment ma propre administration fait les choses. Aujourd'hui, je passe plus de temps à préparer des questions que des diapositives.</p>"
                                "<p><strong>Intervieweur :</strong> Quel genre de questions ?</p>"
                                "<p><strong>Experte :</strong> Des questions simples, qui ouvrent sur la pratique des personnes. « Racontez-moi ce qui se passe quand un dossier arrive sur votre bureau. » Quand cinq personnes décrivent la même étape de cinq manières différentes, vous avez trouvé le vrai sujet de l'atelier.</p>"
                                "<p><strong>Intervieweur :</strong> Cela ne prend-il pas beaucoup de temps ?</p>"
                                "<p><strong>Experte :</strong> Cela prend du temps, mais on en gagne ensuite. Une fois que les gens ont décrit leur propre processus, mon apport tombe sur quelque chose de concret. Ils voient exactement où une idée trouverait sa place, ou pourquoi elle ne la trouverait pas.</p>"
                                "<p><strong>Intervieweur :</strong> Et quand les participants ne sont pas d'accord entre eux ?</p>"
                                "<p><strong>Experte :</strong> C'est en général le meilleur moment de la journée. Je demande aux deux parties d'expliquer les raisons de leur pratique, et nous les notons. Bien souvent, le désaccord révèle une lacune dans les consignes que l'institution peut combler elle-même, sans aucun modèle extérieur.</p>"
                            ),
                        },
                    ),
                    (
                        "case_study",
                        {
                            "title": "Cartographier le parcours d'un enregistrement",
                            "country": "UG",
                            "institution": "Direction de la citoyenneté et du contrôle de l'immigration",
                            "practice": (
                                "<p>L'Action Ouganda III portait sur la gestion des données, avec des experts d'Italie et de Malte. "
                                "Plutôt que d'ouvrir par une présentation sur les normes de données, les experts ont demandé à des "
                                "équipes mixtes d'agents de retracer un enregistrement, du moment où les informations d'un voyageur "
                                "sont saisies jusqu'à celui où elles apparaissent dans un rapport, à l'aide de cartes fixées au mur. "
                                "Chaque équipe réunissait des personnes de différents services, afin que chaque étape soit décrite "
                                "par quelqu'un qui l'accomplit réellement.</p>"
                            ),
                            "outcome": (
                                "<p>Les cartes ont montré où une même information était saisie plusieurs fois et où les relais "
                                "dépendaient d'agents en particulier. Les experts ont construit leurs apports suivants autour de ces "
                                "points, et les participants partageaient une même vision du problème avant de discuter des solutions.</p>"
                            ),
                        },
                    ),
                    (
                        "key_takeaway",
                        {
                            "text": "<p>Passez par l'expérience, la réflexion, le concept et l'application. Votre expertise est la plus utile à la troisième étape, une fois que les participants ont quelque chose de concret à quoi la rattacher.</p>"
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "Quel cas réel tiré du travail quotidien de vos partenaires pourrait ouvrir votre prochaine session ? Qu'est-ce que les participants devraient en faire ?",
                            "guidance": "<ul><li>Choisissez un cas courant, et non exceptionnel.</li><li>Vérifiez qu'il peut être discuté sans données personnelles.</li><li>Décidez des questions de débriefing que vous poserez.</li></ul>",
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "Lesquelles de ces activités font de l'expérience des participants le point de départ de l'apprentissage ? Cochez toutes les réponses qui conviennent.",
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "Une clinique de cas dans laquelle un participant présente un problème réel tiré de son travail",
                                    "is_correct": True,
                                    "feedback": "Oui : le cas vient du participant, et ses collègues l'aident à l'analyser.",
                                },
                                {
                                    "text": "La cartographie du parcours d'un dossier dans l'institution des participants",
                                    "is_correct": True,
                                    "feedback": "Oui : les participants décrivent leur propre pratique et découvrent eux-mêmes les lacunes.",
                                },
                                {
                                    "text": "Une présentation de 45 minutes de la procédure nationale de l'expert",
                                    "is_correct": False,
                                    "feedback": "Cet apport peut être utile, mais il part de l'expérience de l'expert plutôt que de celle des participants.",
                                },
                                {
                                    "text": "Un débriefing structuré qui demande ce qui s'est passé, ce que cela signifie et ce qu'il faut faire ensuite",
                                    "is_correct": True,
                                    "feedback": "Oui : le débriefing transforme ce que les participants viennent de faire en apprentissage applicable.",
                                },
                            ],
                        },
                    ),
                ],
            },
            "from-training-to-practice": {
                "title": "De la salle de formation à la pratique quotidienne",
                "body": [
                    (
                        "heading",
                        {"text": "Pourquoi l'apprentissage reste souvent dans la salle", "level": "h2"},
                    ),
                    (
                        "paragraph",
                        "<p>Des participants peuvent quitter un atelier enthousiastes et ne rien changer au travail. La recherche "
                        "sur le transfert des apprentissages distingue trois groupes de facteurs : l'apprenant (motivation et "
                        "confiance), la conception de la formation (sa proximité avec les tâches réelles) et le lieu de travail "
                        "(les responsables et les procédures permettent-ils le changement ?). En tant qu'expert, vous agissez "
                        "directement sur le deuxième, et sur les deux autres plus que vous ne le pensez.</p>",
                    ),
                    ("heading", {"text": "Concevoir pour le transfert", "level": "h3"}),
                    (
                        "paragraph",
                        "<ul>"
                        "<li><strong>S'exercer sur des tâches réelles.</strong> Plus un exercice est proche de ce que font les "
                        "participants, plus il est facile de le reproduire au travail. Utilisez si possible les formulaires et "
                        "modèles de l'institution.</li>"
                        "<li><strong>Terminer par un plan d'action.</strong> Demandez à chaque participant de noter une ou deux "
                        "choses précises qu'il fera dans le mois qui vient, avec une date et une personne à informer.</li>"
                        "<li><strong>Associer les responsables.</strong> Invitez un haut responsable à ouvrir ou à clore la session "
                        "et à entendre les plans d'action. Sa présence signale que le changement est attendu et permis.</li>"
                        "<li><strong>Prévoir un suivi.</strong> Un bref appel ou un message quelques semaines plus tard demande ce "
                        "que les participants ont essayé et ce qui les a freinés.</li>"
                        "<li><strong>Faire des participants des formateurs.</strong> Enseigner un sujet à des collègues est l'un "
                        "des moyens les plus efficaces de le consolider.</li>"
                        "</ul>",
                    ),
                    ("heading", {"text": "La motivation n'est pas seulement personnelle", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Les adultes sont mus par des ressorts internes, comme la compétence, la reconnaissance et le souhait de "
                        "bien servir le public, davantage que par des certificats. Mais la motivation s'étiole lorsque le lieu de "
                        "travail ne laisse aucune place pour appliquer ce qui a été appris. Lorsque vous participez à une analyse "
                        "des besoins de formation ou à une mission d'évaluation, demandez tôt : qui décide si une nouvelle pratique "
                        "peut être adoptée ? Si la réponse est un directeur qui ne viendra pas, trouvez un moyen de l'informer.</p>"
                        "<p>Soyez réaliste sur ce qu'une seule activité peut accomplir. Une Action type comprend six ou sept "
                        "activités sur plusieurs mois ou années, et le transfert se fait au fil de cette série plutôt qu'en une "
                        "seule journée. Coordonnez-vous avec l'équipe de l'Action pour que chaque activité s'appuie sur les "
                        "engagements pris lors de la précédente, et pour que l'expert suivant sache ce que les participants ont "
                        "promis d'essayer.</p>",
                    ),
                    (
                        "document",
                        {
                            "document": "evaluation-form-template",
                            "title": "Formulaire d'évaluation de fin d'activité (modèle)",
                            "description": "Un court formulaire dont la dernière question demande aux participants ce qu'ils feront différemment le mois prochain : une incitation simple au transfert, que vous pouvez adapter.",
                        },
                    ),
                    (
                        "case_study",
                        {
                            "title": "Des formations démultipliées au Costa Rica",
                            "country": "CR",
                            "institution": "Direction générale des migrations et des étrangers (DGME) et ministère de la Santé",
                            "practice": (
                                "<p>L'Action Costa Rica IV, menée d'octobre 2020 à mars 2024 sur la migration et la santé, a travaillé "
                                "avec l'autorité migratoire et le ministère de la Santé. Des agents ont suivi le programme de formation "
                                "professionnelle de formateurs : une phase en ligne à suivre à son rythme, puis des sessions en "
                                "présentiel. Chaque stagiaire a choisi un module et s'est engagé à l'enseigner à des collègues de sa "
                                "propre institution, dans ce qui a pris le nom de formation démultipliée.</p>"
                                "<p>Les experts, venus du Mexique, d'Espagne et des États-Unis, ont aidé les stagiaires à adapter le "
                                "matériel et à répéter leurs sessions avant de les animer.</p>"
                            ),
                            "outcome": (
                                "<p>L'engagement d'enseigner a donné aux stagiaires une raison concrète de maîtriser leur module, et a "
                                "porté le contenu bien au-delà des personnes présentes au cours initial. Les institutions ont aussi "
                                "gagné un groupe de formateurs internes pour les activités suivantes.</p>"
                            ),
                        },
                    ),
                    (
                        "key_takeaway",
                        {
                            "text": "<p>Le transfert se conçoit, il ne s'espère pas : s'exercer sur des tâches réelles, terminer par un plan d'action, associer les responsables et prévoir un suivi.</p>"
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "Qu'est-ce qui pourrait empêcher les participants d'appliquer ce qu'ils apprendront lors de votre prochaine session, et que pouvez-vous faire avant, pendant ou après pour réduire cet obstacle ?",
                            "guidance": "<ul><li>Pensez au temps, à l'autorité et aux procédures, et pas seulement aux connaissances.</li><li>Identifiez une personne de l'institution partenaire qui peut soutenir le changement.</li><li>Convenez avec l'équipe de l'Action de la manière dont le suivi se fera.</li></ul>",
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "Quelle étape renforce le plus directement le transfert des apprentissages vers le lieu de travail ?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": "Remettre une attestation de présence",
                                    "is_correct": False,
                                    "feedback": "Les attestations sont appréciées, mais elles n'aident personne à appliquer une nouvelle pratique.",
                                },
                                {
                                    "text": "Terminer par des plans d'action individuels partagés avec un responsable",
                                    "is_correct": True,
                                    "feedback": "Exact : un engagement précis, rendu visible à une personne qui a autorité, rend l'application bien plus probable.",
                                },
                                {
                                    "text": "Ajouter du contenu pour que les participants aient tout au même endroit",
                                    "is_correct": False,
                                    "feedback": "Plus de contenu signifie en général moins de temps de pratique, ce qui affaiblit le transfert.",
                                },
                                {
                                    "text": "Envoyer les diapositives par courriel après la session",
                                    "is_correct": False,
                                    "feedback": "Les diapositives aident à se souvenir, mais à elles seules elles changent rarement la pratique.",
                                },
                            ],
                        },
                    ),
                ],
            },
        },
    },
    "designing-a-training-session": {
        "title": "Concevoir une session de formation",
        "summary": (
            "Comment transformer une demande de formation en une session qui fonctionne : analyser les besoins, rédiger "
            "des objectifs observables, structurer la journée de façon réaliste et choisir des activités et des supports adaptés."
        ),
        "learning_outcomes": (
            "<ul><li>Utiliser une analyse légère des besoins de formation pour identifier l'écart réel de performance</li>"
            "<li>Rédiger des objectifs pédagogiques qui peuvent être observés et vérifiés</li>"
            "<li>Structurer une session et une journée avec un minutage réaliste pour l'interprétation et les débriefings</li>"
            "<li>Choisir des activités et des supports adaptés à chaque objectif</li></ul>"
        ),
        "units": {
            "from-needs-to-objectives": {
                "title": "Des besoins de formation aux objectifs pédagogiques",
                "body": [
                    ("heading", {"text": "Partir de l'écart, pas du sujet", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Les demandes d'assistance arrivent souvent formulées comme des sujets : « une formation sur la "
                        "protection des données », « un atelier sur les statistiques de la migration de travail ». Un sujet vous "
                        "dit de quoi parler, pas ce que les participants doivent être capables de faire. Avant de concevoir quoi "
                        "que ce soit, identifiez l'écart entre la performance actuelle et la performance souhaitée, et vérifiez "
                        "qu'une formation peut le combler.</p>"
                        "<p>Une analyse des besoins de formation n'a pas besoin d'être lourde. Selon le temps et l'accès dont vous "
                        "disposez, vous pouvez combiner :</p>"
                        "<ul>"
                        "<li>un court questionnaire adressé aux futurs participants sur leurs tâches et leurs difficultés ;</li>"
                        "<li>des entretiens avec deux ou trois responsables sur ce qu'ils aimeraient voir fait autrement ;</li>"
                        "<li>un examen des procédures, formulaires ou lignes directrices qu'utilisent les participants ;</li>"
                        "<li>un groupe de discussion réunissant personnel expérimenté et personnel plus récent.</li>"
                        "</ul>"
                        "<p>Certains écarts ne relèvent pas de la formation. Si les agents connaissent la procédure mais manquent "
                        "d'équipement, ou si une règle en contredit une autre, un atelier n'y changera rien. Dites-le à l'équipe de "
                        "l'Action : ce constat peut orienter une autre activité.</p>",
                    ),
                    ("heading", {"text": "Rédiger des objectifs qui guident la conception", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Un objectif pédagogique décrit ce que les participants seront capables de faire à la fin de la session, "
                        "d'une manière qui peut être observée. Il comporte trois parties : un verbe d'action, un contenu et, si c'est "
                        "utile, une condition ou un niveau attendu.</p>"
                        "<ul>"
                        "<li>Faible : « Les participants comprendront l'analyse des risques. »</li>"
                        "<li>Mieux : « Les participants seront capables d'évaluer le niveau de risque de trois passages de frontière "
                        "fictifs à l'aide de la matrice de l'agence et de justifier chaque évaluation. »</li>"
                        "</ul>"
                        "<p>Des verbes comme <em>identifier, comparer, rédiger, appliquer, expliquer</em> ou <em>décider</em> sont "
                        "utiles, parce qu'on peut les voir se réaliser. Des verbes comme <em>comprendre</em> ou <em>être sensibilisé "
                        "à</em> ne sont pas faux, mais ils ne vous disent ni quelle activité concevoir, ni comment vérifier la réussite.</p>"
                        "<p>Limitez leur nombre. Trois ou quatre objectifs pour une session d'une journée suffisent en général, car "
                        "chacun demande du temps de pratique et de retour. Communiquez le projet d'objectifs au partenaire avant "
                        "l'activité : s'accorder sur eux est le moyen le plus simple de vous assurer que vous résolvez bien le "
                        "problème du partenaire.</p>",
                    ),
                    (
                        "video",
                        {
                            "title": "Ce qu'une analyse des besoins nous a appris",
                            "url": "https://videos.example.org/relais/from-needs-to-objectives",
                            "duration": "5 min",
                            "transcript": (
                                "<p><strong>Intervieweur :</strong> Pourquoi tenez-vous à une analyse des besoins, même pour un atelier court ?</p>"
                                "<p><strong>Formatrice :</strong> Parce que la demande et le besoin coïncident rarement. Un jour, on m'a demandé un cours de droit international pour de jeunes diplomates. En parlant avec leurs responsables, nous avons compris que la vraie difficulté était de rédiger des notes d'information claires sous la pression du temps. Le droit en faisait partie, mais la compétence qui leur manquait, c'était la synthèse.</p>"
                                "<p><strong>Intervieweur :</strong> Qu'est-ce que cela a changé à l'atelier ?</p>"
                                "<p><strong>Formatrice :</strong> Tout. Nous avons gardé quelques apports juridiques, mais l'essentiel de la journée est devenu des exercices de rédaction sur des dossiers réalistes, suivis d'une relecture entre pairs. Les objectifs sont passés de « connaître les conventions » à « rédiger une note d'une page qu'un ministre peut utiliser ».</p>"
                                "<p><strong>Intervieweur :</strong> Et s'il n'y a pas le temps de faire des entretiens ?</p>"
                                "<p><strong>Formatrice :</strong> Alors envoyez cinq questions par courriel et appelez deux personnes. Même ce peu vous dit qui vient, ce que ces personnes font déjà bien et ce qui les inquiète. C'est l'assurance la moins chère que vous puissiez prendre pour un atelier.</p>"
                            ),
                        },
                    ),
                    (
                        "case_study",
                        {
                            "title": "Partir d'un diagnostic partagé",
                            "country": "CM",
                            "institution": "Ministère des Relations extérieures et Institut des relations internationales du Cameroun",
                            "practice": (
                                "<p>L'Action Cameroun II, menée de septembre 2022 à juin 2023, portait sur les capacités de formation. "
                                "Des experts du Cameroun, de France et du Mali ont travaillé avec le ministère des Relations extérieures "
                                "et l'Institut des relations internationales du Cameroun. Plutôt que de livrer un cours clés en main, "
                                "l'équipe a commencé par examiner ce qui était déjà enseigné sur la migration et les domaines dans "
                                "lesquels le personnel et les formateurs se sentaient moins préparés.</p>"
                                "<p>Des entretiens et un examen des programmes existants ont permis de s'accorder sur une courte liste "
                                "de compétences prioritaires avant de concevoir la moindre session.</p>"
                            ),
                            "outcome": (
                                "<p>Un diagnostic partagé a aidé les partenaires à s'approprier les objectifs. La présence d'un expert "
                                "camerounais dans l'équipe a facilité la lecture des constats au regard des pratiques institutionnelles locales.</p>"
                            ),
                        },
                    ),
                    (
                        "key_takeaway",
                        {
                            "text": "<p>Transformez le sujet demandé en objectifs observables, fondés sur ce que les participants doivent faire autrement. Si la formation ne peut pas combler l'écart, dites-le.</p>"
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "Prenez un sujet sur lequel on vous demande souvent de former. Reformulez-le en deux objectifs qui décrivent ce que les participants seront capables de faire.",
                            "guidance": "<ul><li>Utilisez un verbe observable.</li><li>Ajoutez une condition : avec quel outil, quel cas ou quel niveau attendu ?</li><li>Demandez-vous comment vous le vérifieriez à la fin.</li></ul>",
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "Lequel de ces objectifs pédagogiques est le plus utile pour un atelier d'une journée ?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": "Les participants comprendront l'approche de l'UE en matière de retour.",
                                    "is_correct": False,
                                    "feedback": "La compréhension ne s'observe pas directement, et l'objectif ne donne aucune indication pour les activités.",
                                },
                                {
                                    "text": "Les participants seront sensibilisés à l'importance de la qualité des données.",
                                    "is_correct": False,
                                    "feedback": "La sensibilisation est un but louable, mais on ne peut ni concevoir une pratique ni vérifier la réussite à partir d'elle.",
                                },
                                {
                                    "text": "Les participants seront capables de repérer et de corriger les erreurs de cinq enregistrements d'arrivée fictifs à l'aide du dictionnaire national des données.",
                                    "is_correct": True,
                                    "feedback": "Exact : il nomme une action observable, un contenu et une condition ; il vous dit donc quoi pratiquer et comment vérifier.",
                                },
                                {
                                    "text": "L'expert présentera le cadre de qualité des données.",
                                    "is_correct": False,
                                    "feedback": "Cet énoncé décrit ce que fait le formateur, et non ce que les participants seront capables de faire.",
                                },
                            ],
                        },
                    ),
                ],
            },
            "structuring-the-session": {
                "title": "Structurer la session et la journée",
                "body": [
                    ("heading", {"text": "Une structure qui fonctionne", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>La plupart des sessions efficaces suivent une structure reconnaissable, qu'elles durent quatre-vingt-dix "
                        "minutes ou une journée entière :</p>"
                        "<ol>"
                        "<li><strong>Ouverture</strong> (environ un dixième du temps) : objectifs, présentations liées au sujet, "
                        "attentes et aspects pratiques.</li>"
                        "<li><strong>Activation :</strong> une courte tâche qui fait émerger ce que les participants savent ou font déjà.</li>"
                        "<li><strong>Apport :</strong> le nouveau contenu, par séquences de quinze à vingt minutes.</li>"
                        "<li><strong>Pratique :</strong> les participants appliquent le contenu à un cas ou à une tâche et reçoivent un retour.</li>"
                        "<li><strong>Consolidation :</strong> un débriefing, une synthèse tirée des participants, les questions en suspens.</li>"
                        "<li><strong>Clôture :</strong> plans d'action, évaluation et prochaines étapes de l'Action.</li>"
                        "</ol>"
                        "<p>Au cours d'une journée, apports et pratique se répètent par cycles. Une règle empirique utile : les "
                        "participants devraient passer au moins la moitié du temps à faire autre chose qu'écouter.</p>",
                    ),
                    (
                        "image",
                        {
                            "image": "cover-session-design",
                            "alt": "Chronologie d'une journée de formation découpée en blocs : une ouverture, des périodes alternées d'apport et de pratique séparées par des pauses, et une clôture.",
                            "caption": "Planifiez la journée en cycles d'apport et de pratique, en y intégrant pauses et débriefings.",
                        },
                    ),
                    ("heading", {"text": "Prévoir un minutage réaliste", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Les plans sous-estiment presque toujours le temps nécessaire. Prévoyez du temps pour :</p>"
                        "<ul>"
                        "<li><strong>L'interprétation.</strong> L'interprétation consécutive double à peu près la durée de tout "
                        "apport oral, et même l'interprétation simultanée ralentit la discussion.</li>"
                        "<li><strong>Les déplacements.</strong> Former des groupes, trouver les salles et revenir prend cinq à dix "
                        "minutes à chaque fois.</li>"
                        "<li><strong>Les débriefings.</strong> Une tâche de groupe sans débriefing perd une grande partie de sa "
                        "valeur. Prévoyez le débriefing comme une partie de l'activité, et non comme un supplément facultatif.</li>"
                        "<li><strong>Le protocole.</strong> Les ouvertures officielles, les photos et les discours des hauts "
                        "responsables comptent pour les partenaires. Inscrivez-les dans le plan au lieu de les laisser empiéter "
                        "sur la première session.</li>"
                        "</ul>"
                        "<p>Placez les tâches exigeantes le matin et après la pause de l'après-midi, et évitez les longs apports "
                        "juste après le déjeuner. Gardez une liste de coupes : les activités que vous pouvez raccourcir ou supprimer "
                        "si le temps manque, décidées à l'avance pour ne pas improviser sous la pression.</p>",
                    ),
                    ("heading", {"text": "Groupes mixtes et multinationaux", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Les Actions régionales réunissent des personnes aux mandats, aux langues et aux niveaux hiérarchiques "
                        "différents. Prévoyez certaines activités en groupes de pairs (des personnes qui font le même travail) et "
                        "d'autres en groupes mixtes (des personnes d'institutions ou de pays différents). Les pairs vont plus loin "
                        "dans le détail technique ; les groupes mixtes apprennent des contrastes. Rendez visible la logique de "
                        "composition des groupes, pour que les participants comprennent pourquoi on les fait changer de place.</p>"
                        "<p>Enfin, communiquez tôt l'ordre du jour au partenaire et demandez ce qui pourrait ne pas fonctionner : "
                        "une session qui tombe à l'heure de la prière, un jour férié ou le seul créneau libre d'un haut responsable.</p>",
                    ),
                    (
                        "case_study",
                        {
                            "title": "Un atelier, trois pays, dix partenaires",
                            "country": "AR",
                            "institution": "Partenariat régional du Gran Chaco (gouvernements locaux et nationaux, réseaux de la société civile et universités)",
                            "practice": (
                                "<p>L'Action régionale Gran Chaco, de février 2022 à mars 2024, portait sur le changement climatique, "
                                "la dégradation de l'environnement et la mobilité humaine. Elle réunissait dix partenaires d'Argentine, "
                                "de Bolivie et du Paraguay, des gouvernements locaux et nationaux aux réseaux de la société civile et "
                                "aux universités, avec des experts du Brésil, du Paraguay, d'Espagne, des États-Unis et du Royaume-Uni.</p>"
                                "<p>Avec un groupe aussi varié, les sessions d'atelier alternaient entre des groupes par pays, qui "
                                "travaillaient sur leur propre situation, et des groupes thématiques mêlant pays et types "
                                "d'organisation. Chaque séquence se terminait par une courte plénière au cours de laquelle chaque "
                                "groupe présentait un seul constat.</p>"
                            ),
                            "outcome": (
                                "<p>L'alternance des groupes a permis aux participants d'approfondir leur propre contexte tout en "
                                "apprenant de voisins confrontés à des pressions semblables, et les restitutions courtes ont permis "
                                "de maîtriser le temps de plénière.</p>"
                            ),
                        },
                    ),
                    (
                        "key_takeaway",
                        {
                            "text": "<p>Suivez une structure claire, alternez apports et pratique, et prévoyez largement le temps de l'interprétation, des déplacements, des débriefings et du protocole.</p>"
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "Reprenez un ordre du jour que vous avez récemment animé. Quelle part du temps les participants ont-ils passée à écouter, et où le programme a-t-il pris du retard ?",
                            "guidance": "<ul><li>Qualifiez chaque séquence : apport, pratique, débriefing ou autre.</li><li>Notez la cause de chaque retard.</li><li>Décidez de ce qui figurerait sur votre liste de coupes la prochaine fois.</li></ul>",
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "Vous travaillerez avec une interprétation consécutive. Quels ajustements de votre plan sont judicieux ? Cochez toutes les réponses qui conviennent.",
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "Réduire environ de moitié les apports oraux prévus",
                                    "is_correct": True,
                                    "feedback": "Oui : l'interprétation consécutive prend à peu près autant de temps que le discours original.",
                                },
                                {
                                    "text": "Préparer les interprètes à l'avance et leur transmettre les termes clés",
                                    "is_correct": True,
                                    "feedback": "Oui : des interprètes qui connaissent la terminologie travaillent plus vite et plus précisément.",
                                },
                                {
                                    "text": "Supprimer les débriefings pour gagner du temps",
                                    "is_correct": False,
                                    "feedback": "C'est dans les débriefings que l'apprentissage se consolide ; réduisez plutôt les apports ou les activités secondaires.",
                                },
                                {
                                    "text": "Préparer une liste des activités à raccourcir si nécessaire",
                                    "is_correct": True,
                                    "feedback": "Oui : décider à l'avance de ce qu'on supprimera protège les objectifs essentiels.",
                                },
                            ],
                        },
                    ),
                ],
            },
            "choosing-activities-and-materials": {
                "title": "Choisir les activités et les supports",
                "body": [
                    ("heading", {"text": "Adapter l'activité à l'objectif", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Chaque objectif appelle un type d'activité. Si les participants doivent <em>connaître</em> des faits, "
                        "un court apport suivi d'un quiz peut suffire. S'ils doivent <em>appliquer</em> une procédure, ils doivent "
                        "s'y exercer sur des cas. S'ils doivent <em>décider</em> ou <em>négocier</em> sous pression, il leur faut "
                        "une simulation ou un jeu de rôle.</p>"
                        "<ul>"
                        "<li><strong>Court apport avec questions :</strong> pour les nouveaux concepts, règles et cadres.</li>"
                        "<li><strong>Analyse de cas :</strong> pour appliquer des règles à des situations et comparer des options.</li>"
                        "<li><strong>Jeu de rôle :</strong> pour les entretiens, les conversations difficiles et les réunions interservices.</li>"
                        "<li><strong>Exercice de simulation :</strong> pour des réponses coordonnées dans la durée, comme un incident "
                        "à la frontière ou l'arrivée soudaine d'un grand nombre de personnes.</li>"
                        "<li><strong>Atelier de rédaction :</strong> pour produire des documents réels, comme une procédure, un "
                        "formulaire d'orientation ou une partie d'une stratégie.</li>"
                        "<li><strong>Visite d'étude :</strong> pour voir une pratique dans son contexte, suivie d'une discussion "
                        "structurée sur ce qui pourrait être adapté chez soi.</li>"
                        "</ul>",
                    ),
                    ("heading", {"text": "Concevoir une bonne simulation", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Les simulations sont puissantes, et faciles à rater. Gardez le scénario proche de la réalité des "
                        "participants, donnez à chacun un rôle qui correspond à son poste, distribuez l'information par étapes et "
                        "limitez la durée totale. Le débriefing compte davantage que l'exercice lui-même : demandez ce que chaque "
                        "groupe a décidé, sur la base de quelles informations, et ce qu'il changerait dans ses propres procédures.</p>"
                        "<p>Les jeux de rôle demandent le même soin. Certains participants sont mal à l'aise à l'idée de jouer "
                        "devant des collègues, surtout devant leurs supérieurs. Proposez des rôles d'observateur, laissez de petits "
                        "groupes répéter à l'écart de la plénière, et précisez que le but est de s'exercer à une conversation, non "
                        "de donner une représentation.</p>",
                    ),
                    ("heading", {"text": "Des supports qui durent", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Les supports doivent rester utiles aux participants après votre départ. Privilégiez :</p>"
                        "<ul>"
                        "<li>de courts documents dans la langue de travail, dont la terminologie a été vérifiée avec le partenaire ;</li>"
                        "<li>des modèles et des listes de contrôle que les participants peuvent adapter, plutôt que de longs rapports ;</li>"
                        "<li>des diapositives avec peu de mots et des schémas clairs, plus faciles à interpréter et à traduire ;</li>"
                        "<li>des fichiers qui s'ouvrent sur du matériel ordinaire et s'impriment bien en noir et blanc.</li>"
                        "</ul>"
                        "<p>Envoyez tôt les supports à traduire (deux à trois semaines avant l'activité est un minimum raisonnable) "
                        "et laissez au partenaire le temps de les relire. Demandez aussi quels documents les participants utilisent "
                        "réellement dans leur travail quotidien : un exercice construit sur un formulaire familier vaut plus qu'un "
                        "cas soigné venu d'ailleurs.</p>",
                    ),
                    (
                        "document",
                        {
                            "document": "session-plan-checklist",
                            "title": "Liste de contrôle du plan de session",
                            "description": "Six questions pour vérifier un plan de session avant de l'animer, de l'identité des participants à la manière dont vous saurez que les objectifs ont été atteints.",
                        },
                    ),
                    (
                        "case_study",
                        {
                            "title": "Un cours sur les frontières conçu pour être réutilisé",
                            "country": "ZM",
                            "institution": "Secrétariat du COMESA",
                            "practice": (
                                "<p>Dans le cadre de l'Action régionale COMESA, lancée en novembre 2020, des experts du Royaume-Uni et "
                                "du Nigeria ont travaillé avec le Secrétariat du COMESA sur un cours de formation pour les agents aux "
                                "frontières. Le cours portait sur le maintien d'une circulation sûre des personnes et des marchandises "
                                "aux frontières pendant une crise sanitaire. Des exercices pratiques demandaient aux participants "
                                "d'appliquer le dépistage, la séparation des flux et l'échange quotidien d'informations à des "
                                "situations réalistes de poste frontière.</p>"
                            ),
                            "outcome": (
                                "<p>Le cours a été conçu comme une ressource qui reste dans l'institution plutôt que comme un "
                                "événement ponctuel. Lorsqu'une épidémie de choléra a touché la région en 2022-2023, le cours s'est "
                                "de nouveau révélé utile.</p>"
                            ),
                        },
                    ),
                    (
                        "key_takeaway",
                        {
                            "text": "<p>Choisissez les activités à partir de l'objectif : faites pratiquer aux participants ce qu'ils doivent faire, et laissez des supports qui fonctionnent encore après votre départ.</p>"
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "Pour chaque objectif de votre prochaine session, quelle activité permettra aux participants de s'y exercer, et qu'emporteront-ils avec eux ?",
                            "guidance": "<ul><li>Vérifiez qu'aucun objectif ne repose uniquement sur votre apport.</li><li>Demandez au partenaire quels documents les participants utilisent réellement.</li><li>Prévoyez du temps pour la traduction et la relecture.</li></ul>",
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "Votre objectif est que des agents de trois services coordonnent leur réponse à l'arrivée soudaine d'un grand nombre de personnes à un poste frontière. Quelle activité convient le mieux ?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": "Une présentation des modèles de coordination dans les États membres de l'UE",
                                    "is_correct": False,
                                    "feedback": "Un contexte utile, mais les participants ne s'exerceront pas à se coordonner.",
                                },
                                {
                                    "text": "Un exercice de simulation par étapes, avec des rôles correspondant à chaque service, suivi d'un débriefing",
                                    "is_correct": True,
                                    "feedback": "Exact : se coordonner à mesure que l'information évolue est précisément ce qu'une simulation permet de pratiquer.",
                                },
                                {
                                    "text": "Un quiz sur le mandat légal de chaque service",
                                    "is_correct": False,
                                    "feedback": "Connaître les mandats aide, mais l'objectif porte sur l'action commune, pas sur la mémorisation de règles.",
                                },
                                {
                                    "text": "La lecture individuelle du plan d'urgence",
                                    "is_correct": False,
                                    "feedback": "La lecture est une bonne préparation, mais elle n'exerce pas l'interaction entre les services.",
                                },
                            ],
                        },
                    ),
                ],
            },
        },
    },
    "facilitating-online-and-blended-training": {
        "title": "Animer des formations en ligne et hybrides",
        "summary": (
            "Comment concevoir des programmes hybrides et animer des sessions en direct en ligne et des cours à suivre à son "
            "rythme pour des agents qui se connectent depuis des bureaux très occupés et avec des connexions fragiles."
        ),
        "learning_outcomes": (
            "<ul><li>Concevoir un programme hybride qui donne à chaque format un rôle clair</li>"
            "<li>Animer des sessions en direct en ligne stimulantes, y compris avec des connexions fragiles</li>"
            "<li>Accompagner les apprenants en autonomie pour qu'ils terminent un cours et appliquent ce qu'ils apprennent</li></ul>"
        ),
        "units": {
            "designing-blended-learning": {
                "title": "Concevoir un programme hybride",
                "body": [
                    ("heading", {"text": "Pourquoi l'hybride ?", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Depuis 2020, les formats en ligne font partie ordinaire du renforcement des capacités. Ils ne sont pas "
                        "une copie bon marché d'un atelier : ils font bien d'autres choses. L'apprentissage en ligne à son rythme "
                        "permet aux participants d'étudier selon leur propre cadence et de revenir plus tard sur le contenu. Les "
                        "sessions en direct en ligne relient des personnes éloignées à faible coût. Les rencontres en présentiel "
                        "créent la confiance, permettent une pratique complexe et construisent des réseaux. Un programme hybride "
                        "les combine pour que chacun fasse ce qu'il fait le mieux.</p>",
                    ),
                    ("heading", {"text": "Un schéma courant", "level": "h3"}),
                    (
                        "paragraph",
                        "<ol>"
                        "<li><strong>Préparation en autonomie :</strong> de courts modules présentent les concepts, le vocabulaire "
                        "et des exemples, avec des quiz d'autoévaluation.</li>"
                        "<li><strong>Sessions en direct en ligne :</strong> les participants discutent des questions, lèvent les "
                        "difficultés et partagent la manière dont les concepts s'appliquent dans leur institution.</li>"
                        "<li><strong>Atelier en présentiel :</strong> le temps passé ensemble est consacré à la pratique, à la "
                        "simulation et à la planification plutôt qu'à l'explication des notions de base.</li>"
                        "<li><strong>Suivi en ligne :</strong> les participants rendent compte de ce qu'ils ont appliqué, et leurs pairs commentent.</li>"
                        "</ol>"
                        "<p>Le programme de formation professionnelle de formateurs a suivi cette logique : une phase "
                        "d'apprentissage en ligne à son rythme venait d'abord, puis des sessions en présentiel, afin que le temps "
                        "passé en salle serve à s'exercer à concevoir, animer et évaluer une formation.</p>",
                    ),
                    ("heading", {"text": "Des questions de conception à régler tôt", "level": "h3"}),
                    (
                        "paragraph",
                        "<ul>"
                        "<li><strong>L'accès.</strong> De quels appareils et de quelles connexions les participants disposent-ils "
                        "au travail et chez eux ? Peuvent-ils lire des vidéos pendant les heures de bureau ?</li>"
                        "<li><strong>Le temps.</strong> Les responsables libéreront-ils le personnel pour l'étude en autonomie, ou "
                        "faudra-t-il la faire après le travail ? Convenez des heures avec le partenaire.</li>"
                        "<li><strong>La langue.</strong> Les supports, les sous-titres et les sessions en direct sont-ils "
                        "disponibles dans la langue de travail ?</li>"
                        "<li><strong>Le rythme.</strong> Un rythme hebdomadaire, avec un module et une session en direct, aide à tenir sur la durée.</li>"
                        "<li><strong>L'accompagnement.</strong> Qui répond aux questions entre les sessions, et dans quel délai ?</li>"
                        "</ul>"
                        "<p>Gardez des unités en ligne courtes. Des unités de vingt à trente minutes trouvent leur place dans une "
                        "journée de travail, alors que les longs cours enregistrés sont rarement suivis jusqu'au bout. Et décidez "
                        "dès le départ comment les parties en ligne et en présentiel se répondront : un atelier qui ignore ce que "
                        "les participants ont étudié en ligne leur signifie que la partie en ligne ne comptait pas.</p>"
                        "<p>Enfin, prévoyez le cas de celles et ceux qui prennent du retard. Dans la plupart des groupes, quelques "
                        "participants manquent les premières semaines pour cause de congé ou de travail urgent. Décidez à l'avance "
                        "s'ils peuvent rattraper à leur rythme, rejoindre un groupe suivant ou venir à l'atelier avec un court "
                        "résumé préparé à leur intention.</p>",
                    ),
                    (
                        "video",
                        {
                            "title": "Un rythme hebdomadaire pour les apprenants en ligne",
                            "url": "https://videos.example.org/relais/designing-blended-learning",
                            "duration": "5 min",
                            "transcript": (
                                "<p><strong>Intervieweur :</strong> Qu'est-ce qui fait qu'un cours en ligne fonctionne pour des agents très occupés ?</p>"
                                "<p><strong>Coordinatrice du cours :</strong> Le rythme, avant tout. Les gens jonglent avec leurs dossiers, et un cours sans structure glisse tout en bas de la liste. Un nouveau module chaque semaine, avec une session en direct à la même heure chaque semaine, leur donne une routine.</p>"
                                "<p><strong>Intervieweur :</strong> Que se passe-t-il pendant la session en direct ?</p>"
                                "<p><strong>Coordinatrice du cours :</strong> Très peu d'exposé. Les participants ont déjà fait la lecture et le quiz ; nous consacrons donc l'heure à leurs questions et à des cas venus de leurs bureaux. Souvent, le moment le plus utile, c'est quand quelqu'un explique comment il a géré une situation et qu'un collègue d'une autre ville répond : nous, nous faisons autrement.</p>"
                                "<p><strong>Intervieweur :</strong> Comment savez-vous qui prend du retard ?</p>"
                                "<p><strong>Coordinatrice du cours :</strong> La plateforme montre qui a ouvert chaque module. Après la première semaine, j'envoie un message amical à ceux qui n'ont pas commencé. Il ne s'agit pas de contrôle : les gens apprécient de savoir que quelqu'un y fait attention.</p>"
                                "<p><strong>Intervieweur :</strong> Un conseil pour les experts qui débutent dans ce domaine ?</p>"
                                "<p><strong>Coordinatrice du cours :</strong> Préparez moins de contenu que vous ne le pensez, et plus de questions. Et testez tout sur une connexion lente avant l'ouverture du cours.</p>"
                            ),
                        },
                    ),
                    (
                        "case_study",
                        {
                            "title": "Un cours en ligne pour les défenseurs publics",
                            "country": "BR",
                            "institution": "Défenseur public fédéral (DPU)",
                            "practice": (
                                "<p>L'Action Brésil III, menée de novembre 2020 à juillet 2022, a appuyé le Défenseur public fédéral "
                                "sur l'asile et l'accès en ligne à l'aide juridique. L'une de ses réalisations a été un cours en ligne "
                                "pour les défenseurs publics, proposé en cinq modules hebdomadaires en mars et avril 2022. Chaque "
                                "semaine, les participants suivaient un module en autonomie, puis rejoignaient une séance de "
                                "questions-réponses en direct avec les experts.</p>"
                            ),
                            "outcome": (
                                "<p>Le rythme hebdomadaire a donné un tempo commun à des défenseurs travaillant aux quatre coins d'un "
                                "très grand pays, et les séances en direct leur ont permis d'apporter des questions tirées de leurs "
                                "dossiers en cours. Le format a montré qu'un cours en ligne court et structuré peut atteindre des "
                                "personnes qui n'auraient pas toutes pu se déplacer pour un même atelier.</p>"
                            ),
                        },
                    ),
                    (
                        "key_takeaway",
                        {
                            "text": "<p>Combinez les formats à dessein : l'étude en autonomie pour les concepts, les sessions en direct pour les questions et le présentiel pour la pratique. Réglez d'abord l'accès, le temps et le rythme avec le partenaire.</p>"
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "Quelles parties d'un atelier que vous animez habituellement pourraient passer en préparation en autonomie, afin que le temps passé ensemble serve à la pratique ?",
                            "guidance": "<ul><li>Listez les contenus qui relèvent surtout de l'explication.</li><li>Demandez-vous si les participants peuvent y accéder avant l'atelier.</li><li>Réfléchissez à la manière dont vous vérifierez qu'ils l'ont fait.</li></ul>",
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "Quelles questions devez-vous régler avec le partenaire avant de lancer un programme hybride ? Cochez toutes les réponses qui conviennent.",
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "Si le personnel peut étudier pendant les heures de travail",
                                    "is_correct": True,
                                    "feedback": "Oui : sans temps convenu, l'étude en autonomie est évincée par le travail quotidien.",
                                },
                                {
                                    "text": "De quels appareils et de quelles connexions disposent les participants",
                                    "is_correct": True,
                                    "feedback": "Oui : des choix comme la durée des vidéos dépendent de l'accès.",
                                },
                                {
                                    "text": "Quelle couleur de fond utiliser pour les diapositives",
                                    "is_correct": False,
                                    "feedback": "Les détails de présentation comptent peu à côté de l'accès, du temps et de la langue.",
                                },
                                {
                                    "text": "Qui répondra aux questions entre les sessions en direct",
                                    "is_correct": True,
                                    "feedback": "Oui : les apprenants qui bloquent et ne trouvent pas d'aide ont tendance à abandonner.",
                                },
                            ],
                        },
                    ),
                ],
            },
            "facilitating-live-online-sessions": {
                "title": "Animer des sessions en direct en ligne",
                "body": [
                    ("heading", {"text": "L'attention fonctionne autrement en ligne", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Dans une salle, les personnes qui décrochent sont au moins toujours présentes ; en ligne, elles ouvrent "
                        "leur messagerie. Les sessions en direct en ligne demandent donc plus de structure, plus de variété et des "
                        "apports plus courts qu'en présentiel. Un objectif utile : donner aux participants quelque chose à faire "
                        "(répondre, voter, écrire ou discuter) au moins toutes les dix minutes.</p>",
                    ),
                    ("heading", {"text": "Avant la session", "level": "h3"}),
                    (
                        "paragraph",
                        "<ul>"
                        "<li>Testez la plateforme avec le matériel du partenaire, idéalement depuis ses bureaux.</li>"
                        "<li>Répartissez les rôles : un animateur qui mène la session ; un producteur qui gère la technique, fait "
                        "entrer les participants et surveille la messagerie instantanée ; et, si nécessaire, des interprètes avec "
                        "leurs propres canaux.</li>"
                        "<li>Envoyez un ordre du jour court et un guide d'une page sur les outils que les participants utiliseront.</li>"
                        "<li>Préparez un plan B : ce que vous ferez si la vidéo ne fonctionne pas, ou si la moitié du groupe ne peut "
                        "pas rejoindre les sous-groupes.</li>"
                        "</ul>",
                    ),
                    ("heading", {"text": "Pendant la session", "level": "h3"}),
                    (
                        "paragraph",
                        "<ul>"
                        "<li><strong>Ouvrir avec chaleur et sens pratique.</strong> Vérifiez le son, expliquez comment poser des "
                        "questions et commencez par une tâche rapide que tout le monde peut faire, comme un sondage ou un mot dans "
                        "la messagerie instantanée.</li>"
                        "<li><strong>Nommer les personnes, en les prévenant.</strong> Invitez des personnes ou des bureaux précis à "
                        "contribuer : « Dans un instant, je demanderai aux collègues des postes du nord… ».</li>"
                        "<li><strong>Donner une tâche claire aux sous-groupes.</strong> Mettez les consignes par écrit, fixez une "
                        "limite de temps et demandez une production à rapporter.</li>"
                        "<li><strong>Lire la messagerie à voix haute.</strong> Cela montre aux participants plus discrets que les "
                        "questions de leurs collègues sont entendues, et cela aide les interprètes.</li>"
                        "<li><strong>Respecter le temps.</strong> Des sessions de soixante à quatre-vingt-dix minutes, avec une courte "
                        "pause dans les plus longues, entretiennent l'énergie.</li>"
                        "</ul>",
                    ),
                    (
                        "image",
                        {
                            "image": "cover-online",
                            "alt": "Une mosaïque d'écrans vidéo lors d'une session en ligne, certains montrant le visage des participants, d'autres seulement leur nom, comme lorsque les caméras sont coupées.",
                            "caption": "Attendez-vous à un mélange de caméras allumées et éteintes, et donnez à chaque participant un moyen de contribuer.",
                        },
                    ),
                    ("heading", {"text": "Faible bande passante et inclusion", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Beaucoup de participants se connectent depuis des bureaux aux connexions instables, ou depuis un "
                        "téléphone. Laissez les gens couper la vidéo, proposez si possible un accès par téléphone, partagez les "
                        "diapositives à l'avance et enregistrez la session si le partenaire est d'accord. Tout le monde n'est pas à "
                        "l'aise pour parler en ligne dans une seconde langue : traitez la messagerie et les questions écrites comme "
                        "des canaux égaux à la parole. Après la session, envoyez un court résumé avec les points principaux et les "
                        "réponses aux questions que vous n'avez pas pu traiter en direct ; pour les participants qui ont décroché à "
                        "cause de la connexion, c'est cela, la session.</p>",
                    ),
                    (
                        "case_study",
                        {
                            "title": "Des webinaires sur la gestion des frontières pour un large public",
                            "country": "DO",
                            "institution": "Institut national des migrations (INM)",
                            "practice": (
                                "<p>En République dominicaine, le travail avec l'Institut national des migrations a comporté une série "
                                "de webinaires sur la gestion des frontières destinés à plus de 100 agents. Atteindre autant de "
                                "personnes en présentiel aurait supposé des déplacements répétés et des absences de leur poste. Les "
                                "webinaires associaient de courts apports d'experts, les questions des participants et de rapides "
                                "sondages pour vérifier la compréhension des points clés.</p>"
                            ),
                            "outcome": (
                                "<p>Des agents situés en différents endroits ont pu suivre le même contenu au même moment et poser "
                                "directement leurs questions aux experts. Pour un large public, le format offrait une première étape "
                                "pratique sur laquelle des activités plus intensives pouvaient s'appuyer.</p>"
                            ),
                        },
                    ),
                    (
                        "key_takeaway",
                        {
                            "text": "<p>En ligne, donnez aux participants quelque chose à faire toutes les quelques minutes, séparez les rôles d'animateur et de producteur, et pensez dès le départ aux connexions fragiles.</p>"
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "Pensez à une session en direct en ligne qui a retenu votre attention. Qu'a fait l'animateur que vous pourriez réutiliser ?",
                            "guidance": "<ul><li>Notez à quelle fréquence on vous a demandé d'agir.</li><li>Notez comment la messagerie et les sous-groupes ont été utilisés.</li><li>Choisissez une technique à essayer lors de votre prochaine session.</li></ul>",
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "La moitié des participants ne peuvent pas rejoindre les sous-groupes parce qu'ils sont connectés par téléphone. Quelle est la meilleure réaction immédiate ?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": "Annuler la tâche de groupe et poursuivre votre présentation",
                                    "is_correct": False,
                                    "feedback": "Vous renoncez ainsi à toute pratique, alors qu'il existe des moyens simples de garder la tâche.",
                                },
                                {
                                    "text": "Mener la tâche en plénière avec un document partagé, en invitant à répondre dans la messagerie ou à voix haute",
                                    "is_correct": True,
                                    "feedback": "Exact : chacun peut encore contribuer, et l'objectif de la tâche est préservé.",
                                },
                                {
                                    "text": "Demander aux participants connectés par téléphone d'attendre le retour des autres",
                                    "is_correct": False,
                                    "feedback": "Cela exclut une partie du groupe et signale que leur participation compte moins.",
                                },
                                {
                                    "text": "Terminer la session plus tôt et la reprogrammer",
                                    "is_correct": False,
                                    "feedback": "Reprogrammer est coûteux et inutile lorsqu'une adaptation simple est possible.",
                                },
                            ],
                        },
                    ),
                ],
            },
            "supporting-self-paced-learners": {
                "title": "Accompagner les apprenants en autonomie",
                "body": [
                    ("heading", {"text": "En autonomie ne veut pas dire seul", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Les cours à suivre à son rythme offrent de la souplesse aux agents, mais beaucoup d'apprenants "
                        "s'arrêtent lorsqu'ils ont l'impression que personne ne suit leur progression. Une bonne conception en "
                        "autonomie associe un contenu clair et court à un accompagnement humain léger, et traite l'apprenant comme "
                        "un professionnel au temps compté.</p>",
                    ),
                    ("heading", {"text": "Un contenu qui s'étudie seul", "level": "h3"}),
                    (
                        "paragraph",
                        "<ul>"
                        "<li><strong>Des unités courtes</strong>, avec un objectif clair en haut et un résumé à la fin.</li>"
                        "<li><strong>Des formats variés :</strong> textes brefs, schémas, courtes vidéos avec transcription, études "
                        "de cas et questions d'entraînement.</li>"
                        "<li><strong>Des retours qui enseignent.</strong> Lorsqu'un apprenant choisit une réponse dans un quiz, "
                        "expliquez pourquoi elle est juste ou fausse au lieu d'afficher seulement un score.</li>"
                        "<li><strong>Des pistes de réflexion</strong> qui demandent aux apprenants de relier le contenu à leur propre institution.</li>"
                        "<li><strong>L'accessibilité :</strong> une transcription pour chaque vidéo, un texte de remplacement pour "
                        "les images, un texte lisible et des pages qui fonctionnent sur téléphone.</li>"
                        "</ul>",
                    ),
                    ("heading", {"text": "Un accompagnement léger qui fait la différence", "level": "h3"}),
                    (
                        "paragraph",
                        "<ul>"
                        "<li>Un message de bienvenue qui indique la durée du cours et comment obtenir de l'aide.</li>"
                        "<li>Un contact nommé qui répond aux questions dans un délai convenu.</li>"
                        "<li>Des rappels à des moments fixés, surtout après la première semaine.</li>"
                        "<li>Une session en direct facultative ou un espace de discussion où les apprenants rencontrent leurs pairs.</li>"
                        "<li>Une reconnaissance à l'issue du cours à laquelle l'institution partenaire attache de la valeur, comme un "
                        "certificat versé au dossier administratif.</li>"
                        "</ul>"
                        "<p>Lorsqu'un cours sert plusieurs Actions, décidez qui gère l'accès. Accorder l'accès sur demande, par "
                        "l'intermédiaire d'administrateurs, permet de savoir qui apprend et rend le suivi possible, au prix d'une "
                        "courte attente pour les apprenants ; un accès ouvert est plus simple, mais vous apprend peu de chose sur "
                        "les personnes qui utilisent le cours.</p>"
                        "<p>Utilisez les données de progression que fournit la plateforme, mais lisez-les avec prudence. Un "
                        "apprenant qui n'a pas ouvert de module depuis deux semaines est peut-être en mission ou remplace un "
                        "collègue ; un court message personnel demandant comment les choses se passent fonctionne mieux qu'un "
                        "avertissement automatique.</p>"
                        "<p>Enfin, associez les responsables. Un apprenant dont le supérieur s'intéresse au cours a bien plus de "
                        "chances de le terminer, et de s'en servir. Si vos partenaires suivent un cours en autonomie avant un "
                        "atelier, ouvrez l'atelier par une activité qui s'appuie sur ce cours, pour que leur effort se révèle "
                        "visiblement utile.</p>",
                    ),
                    (
                        "document",
                        {
                            "document": "session-plan-checklist",
                            "title": "Liste de contrôle du plan de session",
                            "description": "Les mêmes six questions servent à planifier une unité en autonomie : qui sont les apprenants, ce qu'ils doivent être capables de faire, et comment vous le saurez.",
                        },
                    ),
                    (
                        "case_study",
                        {
                            "title": "Un cours d'intégration en autonomie utilisé par plusieurs Actions",
                            "country": "AT",
                            "institution": "Université de formation continue de Krems",
                            "practice": (
                                "<p>Le cours en ligne « Une approche globale de l'intégration des migrants et des réfugiés » a été "
                                "rédigé avec l'Université de formation continue de Krems pour les décideurs politiques qui conçoivent "
                                "des stratégies d'intégration. Il présente des pratiques de neuf États membres de l'UE en 18 modules "
                                "et environ 20 heures d'étude, en anglais et en espagnol. Les modules associent des entretiens vidéo "
                                "avec des responsables publics, des quiz, des lectures de fond et des questions d'autoréflexion. Les "
                                "administrateurs accordaient l'accès sur demande, et les participants s'inscrivaient par "
                                "l'intermédiaire des Actions.</p>"
                            ),
                            "outcome": (
                                "<p>Environ 200 participants se sont inscrits de cette manière. Comme l'inscription était liée aux "
                                "Actions, les apprenants arrivaient en général avec une tâche politique concrète en tête, et le cours "
                                "pouvait être repris lors des ateliers et des échanges de leur Action.</p>"
                            ),
                        },
                    ),
                    (
                        "key_takeaway",
                        {
                            "text": "<p>Les apprenants en autonomie ont besoin d'unités courtes et variées, de retours qui expliquent, et d'une personne qui remarque leur progression et répond à leurs questions.</p>"
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "Si vos partenaires suivaient un cours en autonomie avant votre atelier, comment sauriez-vous qui l'a terminé, et comment vous appuieriez-vous dessus ?",
                            "guidance": "<ul><li>Convenez avec l'équipe de l'Action de qui suit la progression.</li><li>Prévoyez une activité d'ouverture qui utilise le cours.</li><li>Réfléchissez à ce que vous proposerez à celles et ceux qui ne l'ont pas terminé.</li></ul>",
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "Quelles caractéristiques aident les agents à terminer un cours en autonomie ? Cochez toutes les réponses qui conviennent.",
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "Des unités d'environ vingt à trente minutes, chacune avec un objectif clair",
                                    "is_correct": True,
                                    "feedback": "Oui : des unités courtes trouvent leur place dans une journée de travail et montrent aux apprenants où ils vont.",
                                },
                                {
                                    "text": "Des retours de quiz qui expliquent pourquoi chaque réponse est juste ou fausse",
                                    "is_correct": True,
                                    "feedback": "Oui : des retours explicatifs font d'un quiz une étape d'apprentissage.",
                                },
                                {
                                    "text": "Un seul cours enregistré de deux heures par module",
                                    "is_correct": False,
                                    "feedback": "Les longs enregistrements sont rarement suivis jusqu'au bout, surtout avec des connexions fragiles.",
                                },
                                {
                                    "text": "Un contact nommé qui répond aux questions dans un délai convenu",
                                    "is_correct": True,
                                    "feedback": "Oui : savoir que quelqu'un répondra maintient l'engagement des apprenants.",
                                },
                            ],
                        },
                    ),
                ],
            },
        },
    },
    "evaluating-training": {
        "title": "Évaluer une formation",
        "summary": (
            "Comment savoir si une formation a fonctionné et tirer parti de la réponse : les quatre niveaux d'évaluation, "
            "des outils pratiques pour recueillir des éléments probants dans les administrations partenaires, et des "
            "comptes rendus francs qui améliorent l'activité suivante."
        ),
        "learning_outcomes": (
            "<ul><li>Distinguer réaction, apprentissage, comportement et résultats, et relier chacun à vos objectifs</li>"
            "<li>Choisir et adapter des outils d'évaluation aux contextes des partenaires</li>"
            "<li>Analyser les résultats, en rendre compte avec franchise et s'en servir pour améliorer les activités suivantes</li></ul>"
        ),
        "units": {
            "what-to-evaluate": {
                "title": "Que faut-il évaluer, et pourquoi",
                "body": [
                    (
                        "heading",
                        {
                            "text": "L'évaluation sert l'apprentissage, pas seulement le compte rendu",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        "<p>L'évaluation est souvent réduite à un formulaire à remplir en fin de journée. Bien menée, elle répond à "
                        "des questions qui comptent pour vous, pour le partenaire et pour le programme. Les participants ont-ils "
                        "appris ce dont ils avaient besoin ? S'en servent-ils ? L'institution travaille-t-elle autrement en "
                        "conséquence ? Et que devrait faire différemment l'activité suivante ?</p>",
                    ),
                    ("heading", {"text": "Quatre niveaux", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Le modèle à quatre niveaux de Donald Kirkpatrick reste le cadre le plus utilisé pour évaluer une formation :</p>"
                        "<ol>"
                        "<li><strong>Réaction :</strong> comment les participants ont vécu la formation, notamment sa pertinence, "
                        "sa clarté et son rythme.</li>"
                        "<li><strong>Apprentissage :</strong> les connaissances et les compétences acquises, mises en évidence par "
                        "des tests, des exercices ou l'observation.</li>"
                        "<li><strong>Comportement :</strong> s'ils appliquent au travail ce qu'ils ont appris, des semaines ou des mois plus tard.</li>"
                        "<li><strong>Résultats :</strong> les changements dans la performance de l'institution qui peuvent être "
                        "reliés à la formation, comme un traitement plus rapide, de meilleures données ou de nouvelles procédures.</li>"
                        "</ol>"
                        "<p>Chaque niveau est plus difficile et plus coûteux à mesurer que le précédent, et chacun dépend de ceux "
                        "qui le précèdent. Une forte satisfaction ne prouve pas l'apprentissage, et l'apprentissage ne garantit pas "
                        "l'application. De mauvaises réactions, en revanche, annoncent en général de faibles résultats.</p>",
                    ),
                    (
                        "image",
                        {
                            "image": "evaluation-levels",
                            "alt": "Diagramme de quatre barres croissantes de gauche à droite, représentant les quatre niveaux d'évaluation d'une formation : réaction, apprentissage, comportement et résultats.",
                            "caption": "Chaque niveau s'appuie sur le précédent et demande plus d'efforts pour être mesuré.",
                        },
                    ),
                    (
                        "heading",
                        {"text": "Planifier l'évaluation en même temps que la formation", "level": "h3"},
                    ),
                    (
                        "paragraph",
                        "<p>Décidez dès le départ de ce que vous mesurerez et comment, et reliez-le à vos objectifs. Si un objectif "
                        "est que les participants sachent rédiger une note d'orientation, l'élément probant est une note rédigée, "
                        "non un score de satisfaction. Convenez avec le partenaire et l'équipe de l'Action des niveaux qui comptent "
                        "le plus pour cette activité et de ce qui peut réalistement être recueilli. Pour un atelier isolé, la "
                        "réaction et l'apprentissage peuvent suffire ; pour une Action comportant plusieurs activités dans la durée, "
                        "le comportement et les résultats deviennent essentiels.</p>"
                        "<p>Le jugement des participants eux-mêmes compte toujours. Sur l'ensemble de la troisième phase du "
                        "programme, 92 % des participants ont déclaré que leur participation avait réellement changé leur manière "
                        "de faire leur travail. Des chiffres de ce type sont précieux, et ils deviennent plus convaincants lorsqu'ils "
                        "s'accompagnent d'éléments montrant ce qui a effectivement changé dans la pratique.</p>",
                    ),
                    ("heading", {"text": "Proportionnalité et éthique", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Ne recueillez que ce que vous utiliserez. Gardez des questionnaires courts, expliquez pourquoi vous "
                        "posez les questions, protégez l'anonymat lorsque la sincérité des réponses en dépend, et partagez les "
                        "résultats avec les personnes qui les ont fournis.</p>",
                    ),
                    (
                        "case_study",
                        {
                            "title": "Regarder au-delà du formulaire de fin de cours",
                            "country": "SV",
                            "institution": "Ministère des Affaires étrangères",
                            "practice": (
                                "<p>L'Action Salvador II, lancée en mars 2022, travaille avec le ministère des Affaires étrangères sur "
                                "les services consulaires destinés aux Salvadoriens de l'étranger. Le Salvador a aussi été l'un des six "
                                "pays, avec le Brésil, le Cameroun, le Costa Rica, le Kirghizistan et l'Ouganda, où le programme de "
                                "formation professionnelle de formateurs a touché environ 80 participants au total. Son but n'était pas "
                                "seulement que les participants apprennent à concevoir, animer et évaluer une formation, mais qu'ils "
                                "forment ensuite des collègues dans leur propre institution.</p>"
                                "<p>Évaluer les seules réactions aurait manqué ce but. Les questions qui comptaient se situaient au "
                                "niveau du comportement : les stagiaires ont-ils ensuite animé des sessions, et comment se sont-elles déroulées ?</p>"
                            ),
                            "outcome": (
                                "<p>Centrer l'évaluation sur le comportement attendu a maintenu l'attention sur ce qui comptait pour "
                                "les institutions, et a aidé à repérer le soutien dont les nouveaux formateurs pourraient avoir besoin, "
                                "comme du temps réservé pour préparer leurs sessions.</p>"
                            ),
                        },
                    ),
                    (
                        "key_takeaway",
                        {
                            "text": "<p>Reliez l'évaluation à vos objectifs et planifiez-la dès le départ. La réaction et l'apprentissage sont faciles à mesurer ; le comportement et les résultats vous disent si la formation a fait une différence.</p>"
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "Pour votre prochaine activité, quels éléments vous convaincraient, vous et le partenaire, que les participants utilisent ce qu'ils ont appris trois mois plus tard ?",
                            "guidance": "<ul><li>Décrivez le comportement que vous vous attendez à observer.</li><li>Identifiez qui pourrait l'observer.</li><li>Demandez-vous ce qu'il est réaliste de recueillir.</li></ul>",
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "Trois mois après un atelier sur la qualité des données, des responsables indiquent que les agents vérifient désormais les enregistrements à l'aide de la nouvelle liste de contrôle. À quel niveau d'évaluation cet élément se rapporte-t-il ?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": "Réaction",
                                    "is_correct": False,
                                    "feedback": "La réaction porte sur le ressenti des participants à l'égard de la formation, mesuré en général à la fin de celle-ci.",
                                },
                                {
                                    "text": "Apprentissage",
                                    "is_correct": False,
                                    "feedback": "L'apprentissage se montre par des tests ou des exercices pendant la formation ou juste après, et non par la pratique ultérieure.",
                                },
                                {
                                    "text": "Comportement",
                                    "is_correct": True,
                                    "feedback": "Exact : l'élément porte sur ce que font les agents au travail après la formation.",
                                },
                                {
                                    "text": "Résultats",
                                    "is_correct": False,
                                    "feedback": "Les résultats seraient des effets sur l'institution, comme une baisse mesurable des erreurs dans les données.",
                                },
                            ],
                        },
                    ),
                ],
            },
            "collecting-evidence": {
                "title": "Des outils pour recueillir des éléments probants",
                "body": [
                    ("heading", {"text": "Choisir des outils adaptés au niveau", "level": "h2"}),
                    (
                        "paragraph",
                        "<ul>"
                        "<li><strong>Les formulaires de fin d'activité</strong> (réaction) : de courtes échelles de notation et une "
                        "ou deux questions ouvertes. Interrogez sur la pertinence et l'usage prévu, pas seulement sur le lieu et la restauration.</li>"
                        "<li><strong>Les tests avant et après</strong> (apprentissage) : la même courte série de questions, ou la même "
                        "tâche pratique, au début et à la fin. La différence montre l'apprentissage, et le test initial vous indique "
                        "aussi sur quoi insister.</li>"
                        "<li><strong>L'observation</strong> (apprentissage et comportement) : une grille utilisée pendant les "
                        "exercices, ou un collègue qui observe plus tard une tâche réelle.</li>"
                        "<li><strong>Les productions de travail</strong> (apprentissage et comportement) : projets, plans, "
                        "formulaires remplis ou procédures produits pendant ou après la formation.</li>"
                        "<li><strong>Les entretiens ou questionnaires de suivi</strong> (comportement) : quelques semaines ou mois "
                        "plus tard, demandez ce que les participants ont essayé, ce qui a fonctionné et ce qui les a freinés.</li>"
                        "<li><strong>Les groupes de discussion</strong> (comportement et résultats) : une discussion structurée avec "
                        "les participants ou leurs responsables sur les changements de pratique.</li>"
                        "<li><strong>Les données institutionnelles</strong> (résultats) : délais de traitement, taux d'erreur ou "
                        "nombre d'orientations, lorsque le partenaire les recueille et accepte de les partager.</li>"
                        "</ul>",
                    ),
                    ("heading", {"text": "Mieux rédiger les questions", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>De bonnes questions d'évaluation sont courtes, neutres et précises. Évitez les questions qui en posent "
                        "deux à la fois (« La formation était-elle pertinente et bien organisée ? ») et les questions orientées "
                        "(« Dans quelle mesure la formation a-t-elle amélioré votre travail ? »). Incluez au moins une question sur "
                        "l'usage futur, comme « Que ferez-vous différemment le mois prochain ? ». Les questions ouvertes fournissent "
                        "l'information la plus riche, mais limitez-en le nombre, car on les saute dans les longs formulaires.</p>",
                    ),
                    (
                        "document",
                        {
                            "document": "evaluation-form-template",
                            "title": "Formulaire d'évaluation de fin d'activité (modèle)",
                            "description": "Un court formulaire avec quatre affirmations à noter et une question ouverte sur ce que les participants feront différemment. Adaptez la formulation à vos objectifs.",
                        },
                    ),
                    ("heading", {"text": "Conseils pratiques dans les contextes partenaires", "level": "h3"}),
                    (
                        "paragraph",
                        "<ul>"
                        "<li>Traduisez les formulaires et testez-les d'abord avec un ou deux participants.</li>"
                        "<li>Proposez une version papier et une version numérique lorsque les connexions sont peu fiables.</li>"
                        "<li>Récupérez les formulaires avant la cérémonie de clôture, et non après.</li>"
                        "<li>Expliquez qu'un retour sincère aide l'activité suivante et que les réponses sont anonymes.</li>"
                        "<li>Lorsque la hiérarchie est forte, évitez les questions sur le soutien des responsables qui pourraient "
                        "permettre d'identifier la personne qui répond.</li>"
                        "</ul>"
                        "<p>Des méthodes peu coûteuses peuvent être étonnamment riches d'enseignements. Un exercice de deux minutes "
                        "en fin de journée, au cours duquel chaque participant écrit une chose qu'il appliquera et une question qui "
                        "reste en suspens, vous donne à la fois des éléments sur l'apprentissage et de la matière pour le suivi.</p>",
                    ),
                    (
                        "case_study",
                        {
                            "title": "Utiliser les tâches de travail comme éléments probants",
                            "country": "UG",
                            "institution": "Direction de la citoyenneté et du contrôle de l'immigration",
                            "practice": (
                                "<p>L'Action Ouganda III s'est déroulée de février à novembre 2023 avec la Direction de la citoyenneté "
                                "et du contrôle de l'immigration ; elle portait sur la gestion des données, avec des experts d'Italie "
                                "et de Malte. Dans une Action relativement courte, l'évaluation devait rester simple. Des exercices "
                                "pratiques sur des enregistrements fictifs servaient à la fois de formation et d'éléments probants : "
                                "les participants s'attaquaient au même type de tâche au début et à la fin d'un atelier, si bien que "
                                "les progrès étaient visibles pour eux comme pour les experts.</p>"
                                "<p>Les activités suivantes s'ouvraient par un court tour de table au cours duquel les participants "
                                "disaient ce qu'ils avaient changé dans leur traitement quotidien des données depuis la session précédente.</p>"
                            ),
                            "outcome": (
                                "<p>Utiliser des tâches de travail comme outils d'évaluation a limité la charge pour les participants "
                                "et produit des éléments directement liés aux objectifs de l'Action. Les tours de table d'ouverture ont "
                                "donné aux experts des signaux précoces sur les obstacles, qu'ils ont pu traiter lors des sessions suivantes.</p>"
                            ),
                        },
                    ),
                    (
                        "key_takeaway",
                        {
                            "text": "<p>Adaptez l'outil au niveau que vous voulez évaluer, gardez des questions courtes et neutres, et utilisez chaque fois que possible le travail des participants comme élément probant.</p>"
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "Reprenez un formulaire d'évaluation que vous avez utilisé. Quelles questions ont produit des informations sur lesquelles vous avez agi, et lesquelles pourriez-vous supprimer ?",
                            "guidance": "<ul><li>Repérez les questions doubles ou orientées.</li><li>Vérifiez qu'au moins une question porte sur l'usage futur.</li><li>Demandez-vous ce que vous ajouteriez pour mesurer l'apprentissage, et pas seulement la satisfaction.</li></ul>",
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "Lesquelles de ces questions sont bien conçues pour un formulaire de fin d'activité ? Cochez toutes les réponses qui conviennent.",
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "« Que ferez-vous différemment dans votre travail le mois prochain ? »",
                                    "is_correct": True,
                                    "feedback": "Oui : elle est ouverte et centrée sur l'application.",
                                },
                                {
                                    "text": "« La formation était-elle pertinente et bien organisée ? »",
                                    "is_correct": False,
                                    "feedback": "Elle pose deux questions à la fois : la réponse ne peut donc pas être interprétée.",
                                },
                                {
                                    "text": "« Dans quelle mesure cette excellente formation a-t-elle amélioré votre travail ? »",
                                    "is_correct": False,
                                    "feedback": "La formulation est orientée et tient l'amélioration pour acquise.",
                                },
                                {
                                    "text": "« Le contenu était pertinent pour mon travail » (noté de 1 à 5)",
                                    "is_correct": True,
                                    "feedback": "Oui : une affirmation unique et neutre, sur une échelle claire.",
                                },
                            ],
                        },
                    ),
                ],
            },
            "using-evaluation-results": {
                "title": "Tirer les leçons des résultats de l'évaluation",
                "body": [
                    ("heading", {"text": "Des données aux décisions", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>L'évaluation n'est utile que si quelqu'un agit en conséquence. Après chaque activité, passez une heure "
                        "avec vos co-formateurs à examiner les éléments recueillis tant qu'ils sont frais. Cherchez des tendances "
                        "plutôt que des commentaires isolés : si un tiers des participants a trouvé le même exercice confus, "
                        "modifiez-le ; si une personne n'a pas aimé le lieu, notez-le et passez à autre chose.</p>"
                        "<p>Lorsque c'est possible, associez à cet examen un homologue de l'institution partenaire. Il lira les "
                        "commentaires dans leur contexte, remarquera lorsqu'une plainte reflète une contrainte locale plutôt qu'un "
                        "défaut de conception, et portera les conclusions dans la planification propre de l'institution.</p>",
                    ),
                    ("heading", {"text": "Les questions à poser à vos résultats", "level": "h3"}),
                    (
                        "paragraph",
                        "<ul>"
                        "<li>Quels objectifs ont été atteints, partiellement atteints ou non atteints, et sur quels éléments repose ce constat ?</li>"
                        "<li>Où les participants ont-ils eu des difficultés, et la cause tenait-elle au contenu, à la méthode, au temps ou à la langue ?</li>"
                        "<li>Qu'ont dit les participants qu'ils appliqueraient, et quels obstacles ont-ils anticipés ?</li>"
                        "<li>Que devrait faire différemment l'activité suivante de l'Action ?</li>"
                        "</ul>",
                    ),
                    ("heading", {"text": "Rendre compte honnêtement", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Les rapports destinés aux partenaires et au programme doivent être concis et francs. Présentez ce qui a "
                        "bien fonctionné, éléments à l'appui, et ce qui n'a pas fonctionné, avec les ajustements que vous proposez. "
                        "Soyez prudent dans vos affirmations sur les résultats : de nombreux facteurs influent sur la performance "
                        "d'une institution, et la formation n'en est en général qu'un parmi d'autres. Écrivez « a contribué à » "
                        "plutôt que « a entraîné », sauf si vous disposez d'éléments solides. Citez les participants avec "
                        "parcimonie, et seulement avec leur accord.</p>"
                        "<p>Communiquez d'abord les résultats à l'institution partenaire, sous une forme qui lui soit utile : un "
                        "court résumé, les principaux constats et des recommandations sur lesquelles elle peut agir. Lorsque "
                        "l'évaluation est perçue comme un exercice d'apprentissage partagé plutôt que comme une inspection, les "
                        "partenaires sont plus disposés à donner des informations sincères la fois suivante.</p>",
                    ),
                    (
                        "video",
                        {
                            "title": "Ce que nous disent les formulaires d'évaluation",
                            "url": "https://videos.example.org/relais/using-evaluation-results",
                            "duration": "5 min",
                            "transcript": (
                                "<p><strong>Intervieweur :</strong> Vous lisez un très grand nombre de formulaires d'évaluation. Que regardez-vous en premier ?</p>"
                                "<p><strong>Responsable d'Action :</strong> Les réponses ouvertes à « que ferez-vous différemment ? ». Les notes me disent si les gens se sont sentis à l'aise. Les réponses ouvertes me disent si la formation a rejoint leur travail. Si elles sont vagues, du genre « appliquer les connaissances », la session était probablement trop générale.</p>"
                                "<p><strong>Intervieweur :</strong> Que faites-vous des retours négatifs ?</p>"
                                "<p><strong>Responsable d'Action :</strong> D'abord, je remercie la personne qui les a écrits. Ensuite, je vérifie s'il s'agit d'une tendance. Une fois, plusieurs participants ont écrit que les études de cas leur semblaient étrangères. Les experts les ont réécrites à partir des scénarios du partenaire lui-même, et l'atelier suivant a été jugé bien plus utile.</p>"
                                "<p><strong>Intervieweur :</strong> Comment savez-vous si une formation a changé quelque chose dans l'institution ?</p>"
                                "<p><strong>Responsable d'Action :</strong> On le sait rarement avec certitude, et il faut être honnête à ce sujet. Mais on peut recueillir de bons signaux : une procédure adoptée, des supports réutilisés, des collègues formés par d'anciens participants. Quand un cours est repris lors d'une nouvelle urgence, cela en dit long sur sa valeur.</p>"
                            ),
                        },
                    ),
                    ("heading", {"text": "Boucler la boucle", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Dites aux participants ce que vous avez changé grâce à leurs retours. C'est une marque de respect, et "
                        "cela rend les retours futurs plus francs. Au fil d'une Action comportant plusieurs activités, tenez un "
                        "simple registre des enseignements tirés et des ajustements, pour que chaque expert s'appuie sur "
                        "l'expérience du précédent. Dans un programme qui a déployé des centaines d'experts en quinze ans, de petits "
                        "registres de ce type finissent par constituer une précieuse mémoire institutionnelle.</p>",
                    ),
                    (
                        "case_study",
                        {
                            "title": "Des bilans communs au fil d'une Action pluriannuelle",
                            "country": "KG",
                            "institution": "Secrétariat du Conseil des migrations",
                            "practice": (
                                "<p>L'Action Kirghizistan IV s'est déroulée de juin 2021 à janvier 2024 : une longue Action sur la "
                                "migration de travail avec le Secrétariat du Conseil des migrations et des experts de France et de "
                                "Pologne. Sur une telle période, le personnel change, les priorités évoluent et plusieurs experts "
                                "peuvent intervenir. Après chaque activité, les experts et le Secrétariat examinaient ensemble les "
                                "retours des participants et convenaient de ce que l'activité suivante devait conserver, modifier ou ajouter.</p>"
                            ),
                            "outcome": (
                                "<p>Traiter l'évaluation comme un bilan commun, plutôt que comme un rapport envoyé ailleurs, a maintenu "
                                "le lien entre les activités et avec l'évolution des priorités du partenaire. Cela a aussi permis au "
                                "Secrétariat, et pas seulement aux experts, de garder les enseignements de chaque étape.</p>"
                            ),
                        },
                    ),
                    (
                        "key_takeaway",
                        {
                            "text": "<p>Examinez rapidement les éléments recueillis, cherchez des tendances, rendez compte avec franchise en écrivant « a contribué à » plutôt que « a entraîné », et dites aux participants ce qui a changé grâce à leurs retours.</p>"
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "Pensez à un retour que vous avez reçu sur une formation que vous avez animée. Qu'avez-vous changé en conséquence, et l'avez-vous dit aux participants ?",
                            "guidance": "<ul><li>Distinguez les tendances des commentaires isolés.</li><li>Réfléchissez à la manière dont vous avez partagé les résultats avec le partenaire.</li><li>Notez un moyen de boucler la boucle la prochaine fois.</li></ul>",
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "Un ministère partenaire a adopté une nouvelle procédure après votre série d'ateliers. Comment devez-vous le présenter dans votre rapport ?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": "La formation a entraîné l'adoption de la nouvelle procédure par le ministère.",
                                    "is_correct": False,
                                    "feedback": "De nombreux facteurs façonnent les décisions institutionnelles ; revendiquer une causalité exclusive est rarement justifié.",
                                },
                                {
                                    "text": "La formation a contribué à l'adoption de la procédure, comme le montrent les projets rédigés pendant les ateliers et le témoignage du ministère lui-même.",
                                    "is_correct": True,
                                    "feedback": "Exact : l'affirmation est mesurée et appuyée sur des éléments probants.",
                                },
                                {
                                    "text": "Ne pas le mentionner, puisque les résultats ne peuvent jamais être reliés à une formation.",
                                    "is_correct": False,
                                    "feedback": "Les résultats peuvent être reliés à une formation avec prudence ; les omettre fait perdre une information importante.",
                                },
                                {
                                    "text": "Le présenter comme un résultat de l'ensemble du programme, sans autre élément.",
                                    "is_correct": False,
                                    "feedback": "Des affirmations sans éléments probants affaiblissent la crédibilité de tout le rapport.",
                                },
                            ],
                        },
                    ),
                ],
            },
        },
    },
}
