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
                    ("heading", {"text": "Pourquoi l'apprentissage reste souvent dans la salle", "level": "h2"}),
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
}
