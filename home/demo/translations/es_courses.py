"""Demo content: es_courses (see the package docstring for the shape)."""

TRANSLATIONS = {
    "vocational-train-the-trainers": {
        "title": "Formación profesional de formadores",
        "summary": "Un curso semipresencial basado en competencias para el personal que forma a sus colegas en su propia institución. Las lecciones en línea, a su propio ritmo, sobre el diseño, la impartición y la evaluación de la formación preparan un taller presencial; después, cada participante se compromete a impartir un módulo a sus colegas en una formación de réplica.",
        "audience": "Personal de las instituciones socias que diseña o imparte formación para sus colegas, por ejemplo en los servicios de migración, consulares, de salud o de fronteras, y que está en condiciones de transmitir lo que aprende.",
        "learning_outcomes": "<ul><li>Convertir una necesidad de formación en objetivos de aprendizaje basados en competencias.</li><li>Planificar una sesión semipresencial que combine el aprendizaje autónomo con la práctica presencial.</li><li>Facilitar una sesión para personas adultas con métodos activos.</li><li>Evaluar una actividad formativa y planificar una formación de réplica para sus colegas.</li></ul>",
        "pages": {
            "designing-training": {
                "title": "Diseñar formación basada en competencias",
                "summary": "Cómo pasar de una necesidad de formación a objetivos claros y observables, y cómo planificar un curso semipresencial en torno a ellos.",
            },
            "from-needs-to-objectives": {
                "title": "De las necesidades de formación a los objetivos de aprendizaje",
                "body": [
                    ("heading", {"text": "Qué significa la formación basada en competencias", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Una competencia es la capacidad de realizar una tarea con el nivel que exige el puesto. Combina conocimientos, habilidades y actitudes: quien entrevista a una persona solicitante necesita conocer la ley, formular preguntas abiertas y mantener el respeto bajo presión. La formación basada en competencias parte de esas tareas y se pregunta qué deben ser capaces de <em>hacer</em> las personas al final, no solo qué deben saber.</p><p>Este curso sigue esa lógica a través de tres competencias que toda persona formadora necesita: diseñar una actividad formativa, impartirla y evaluarla. Forma parte de la estrategia de desarrollo de capacidades que el programa adoptó en 2020, que contempla tres niveles a la vez: la persona que aprende, la organización que debe aprovechar lo aprendido y el entorno más amplio de leyes, políticas y recursos que hace posible el cambio.</p>",
                    ),
                    ("heading", {"text": "Empezar con un análisis de necesidades de formación", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Antes de escribir una sola diapositiva, averigüe cuál es la brecha y si la formación puede cerrarla. Un breve análisis de necesidades responde a cuatro preguntas:</p><ol><li>¿Qué tareas le resultan difíciles al personal y cómo lo sabemos?</li><li>¿El problema es realmente una falta de competencias, o una falta de herramientas, tiempo, procedimientos o personal?</li><li>¿Qué hacen ya bien las personas participantes, sobre lo que la formación pueda construir?</li><li>¿Qué tendrán que hacer las jefaturas para que las nuevas competencias se utilicen después?</li></ol><p>Suelen bastar unas entrevistas con las jefaturas, la revisión de algunos expedientes, una breve encuesta y un grupo focal con las futuras personas participantes.</p>",
                    ),
                    ("heading", {"text": "Redactar objetivos observables", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Un buen objetivo de aprendizaje nombra una acción que se puede observar, las condiciones en que se realiza y, cuando es útil, el nivel esperado. Compare <em>las personas participantes comprenderán las técnicas de entrevista</em> con <em>las personas participantes realizarán una entrevista de diez minutos a una persona solicitante con preguntas abiertas y resumirán con exactitud sus respuestas</em>. El segundo le indica qué practicar y cómo comprobar el éxito.</p>",
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "¿Qué objetivo de aprendizaje está redactado con un enfoque basado en competencias?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": "Las personas participantes conocerán los nuevos procedimientos consulares.",
                                    "is_correct": False,
                                    "feedback": "Conocer no se puede observar. Pregúntese qué harán las personas participantes con los procedimientos.",
                                },
                                {
                                    "text": "Las personas participantes cumplimentarán sin errores un formulario de registro de una persona nacional en el extranjero, siguiendo el nuevo procedimiento.",
                                    "is_correct": True,
                                    "feedback": "Correcto. El objetivo nombra una acción observable, sus condiciones y un nivel esperado.",
                                },
                                {
                                    "text": "La persona formadora presentará los nuevos procedimientos en detalle.",
                                    "is_correct": False,
                                    "feedback": "Esto describe lo que hace quien forma, no lo que las personas participantes serán capaces de hacer.",
                                },
                            ],
                        },
                    ),
                    (
                        "key_takeaway",
                        {
                            "text": "<p>Diseñe hacia atrás: de la <strong>tarea</strong> que las personas deben realizar al objetivo, y de ahí a la actividad que permite practicarla.</p>"
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "Elija una tarea de su institución que a los colegas recién incorporados les resulte difícil. Escriba para ella un objetivo que alguien pudiera observar.",
                            "guidance": "<ul><li>Empiece con un verbo como realizar, cumplimentar, explicar o decidir.</li><li>Añada las condiciones: con qué herramientas, en qué situación.</li><li>Pregúntese si la formación por sí sola puede cerrar la brecha.</li></ul>",
                        },
                    ),
                ],
            },
            "planning-a-blended-course": {
                "title": "Planificar un curso semipresencial",
                "body": [
                    ("heading", {"text": "¿Por qué combinar modalidades?", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>La formación semipresencial combina el aprendizaje en línea a su propio ritmo con sesiones presenciales (o en línea en directo). Cada parte hace lo que mejor sabe hacer. Las lecciones en línea transmiten la información que todo el mundo necesita, al ritmo de cada persona y en el momento que mejor se ajusta a su trabajo. El tiempo presencial se reserva entonces para lo que requiere a otras personas: la práctica, la retroalimentación, el debate de casos difíciles y la creación de una red de colegas.</p><p>Este curso es también semipresencial. Las personas participantes trabajan primero las lecciones en línea y después se reúnen en un taller en el que diseñan e imparten una sesión breve y reciben la retroalimentación de sus pares y de personas expertas.</p>",
                    ),
                    (
                        "image",
                        {
                            "image": "cover-session-design",
                            "alt": "Cronología de una jornada de formación dividida en bloques, que muestra en secuencia la exposición, la práctica, las pausas y los análisis posteriores.",
                            "caption": "Planifique la jornada como una secuencia de actividades, con tiempo para analizar cada práctica.",
                        },
                    ),
                    ("heading", {"text": "Elaborar el plan de sesión", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Un plan de sesión convierte los objetivos en un horario. Para cada objetivo, elija una actividad que permita practicarlo, calcule el tiempo, incluidas las instrucciones y el análisis posterior, y anote los materiales que necesita. Después compruebe el equilibrio: una sesión en la que la persona formadora habla más de un tercio del tiempo rara vez desarrolla competencias.</p><ul><li><strong>En línea, antes:</strong> lecturas breves, vídeos y cuestionarios que preparan a las personas participantes.</li><li><strong>En conjunto:</strong> trabajo con casos, juegos de rol, simulaciones, retroalimentación entre pares.</li><li><strong>En línea, después:</strong> una tarea para aplicar en el trabajo y un breve intercambio de seguimiento.</li></ul>",
                    ),
                    (
                        "document",
                        {
                            "document": "session-plan-checklist",
                            "title": "Lista de comprobación del plan de sesión",
                            "description": "Seis preguntas para revisar un plan de sesión antes de impartirlo: participantes, objetivos, actividades, tiempos, logística y evidencias de aprendizaje.",
                        },
                    ),
                    (
                        "case_study",
                        {
                            "title": "Un curso en línea semanal para defensores públicos",
                            "country": "BR",
                            "institution": "Defensoría Pública de la Unión (DPU)",
                            "practice": "<p>En 2022 se impartió un curso en línea sobre asilo para defensoras y defensores públicos en cinco módulos semanales, de marzo a abril. Cada semana combinaba materiales de estudio autónomo con una sesión de preguntas y respuestas en directo, en la que las personas participantes podían plantear a especialistas preguntas de sus propios casos.</p>",
                            "outcome": "<p>El ritmo semanal se ajustaba a la carga de trabajo de la defensoría, y las sesiones en directo mantuvieron unido al grupo y vincularon los materiales con casos reales. El formato muestra cómo un diseño semipresencial puede funcionar incluso cuando las personas participantes nunca coinciden en una misma sala.</p>",
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "¿Qué actividades conviene reservar para la parte presencial de un curso semipresencial? Seleccione todas las respuestas correctas.",
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "Un juego de rol de una entrevista difícil, seguido de retroalimentación.",
                                    "is_correct": True,
                                    "feedback": "Sí. La práctica con retroalimentación necesita a otras personas y es el principal valor de reunirse.",
                                },
                                {
                                    "text": "La lectura del texto de un reglamento.",
                                    "is_correct": False,
                                    "feedback": "La lectura puede hacerse en línea, al ritmo de cada persona, antes de la sesión.",
                                },
                                {
                                    "text": "El debate de casos reales que las personas participantes traen de su trabajo.",
                                    "is_correct": True,
                                    "feedback": "Sí. El debate de casos reales se beneficia de la experiencia del grupo.",
                                },
                                {
                                    "text": "Ver una presentación grabada.",
                                    "is_correct": False,
                                    "feedback": "Es mejor ver una grabación en línea con antelación, para dedicar el tiempo del encuentro a la práctica.",
                                },
                            ],
                        },
                    ),
                    (
                        "key_takeaway",
                        {
                            "text": "<p>Dedique el tiempo en línea a la <strong>información</strong> y el tiempo del encuentro a la <strong>práctica y la retroalimentación</strong>.</p>"
                        },
                    ),
                ],
            },
            "delivering-and-evaluating": {
                "title": "Impartir, evaluar y transmitir",
                "summary": "Facilitar el aprendizaje de personas adultas, evaluar una actividad formativa y preparar la formación de réplica en la que impartirá un módulo a sus colegas. Termina con la evaluación del curso.",
            },
            "facilitating-adult-learners": {
                "title": "Facilitar el aprendizaje de personas adultas",
                "body": [
                    ("heading", {"text": "Cómo aprenden las personas adultas en el trabajo", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>El personal que acude a una sesión de formación llega con años de experiencia, una bandeja de entrada llena y una idea clara de lo que le resulta útil. Aprende mejor cuando la sesión:</p><ul><li>se relaciona con los problemas que encuentra en su trabajo diario;</li><li>le permite aprovechar su propia experiencia y aprender de sus colegas;</li><li>le da tiempo para practicar y equivocarse sin riesgo;</li><li>muestra pronto en qué le ayudará la nueva competencia.</li></ul><p>El papel de quien forma pasa de conferenciante a facilitador: preparar actividades, formular buenas preguntas, controlar el tiempo y extraer conclusiones de lo que produce el grupo.</p>",
                    ),
                    (
                        "video",
                        {
                            "title": "De participante a formador",
                            "url": "https://videos.example.org/relais/facilitating-adult-learners",
                            "duration": "6 min",
                            "transcript": "<p><strong>Entrevistador:</strong> Usted se formó como formador y después enseñó a sus colegas. ¿Qué le sorprendió?</p><p><strong>Funcionario de una autoridad migratoria:</strong> Lo poco que necesitaba hablar. Para mi primera sesión preparé cuarenta diapositivas. A los veinte minutos, la sala estaba en silencio. En el taller, nuestra experta nos había enseñado a empezar con un caso, así que cambié el plan a la hora de comer. Por la tarde, mis colegas trabajaron en parejas sobre un expediente real, y las preguntas surgieron solas.</p><p><strong>Entrevistador:</strong> ¿Qué fue lo más difícil de facilitar?</p><p><strong>Funcionario:</strong> Los colegas de mayor rango. Algunos no querían hacer juegos de rol delante de su personal. Aprendí a darles otro papel, como el de observador con una lista de comprobación, para que participaran sin quedar en evidencia.</p><p><strong>Entrevistador:</strong> ¿Qué consejo daría a alguien que empieza a formar?</p><p><strong>Funcionario:</strong> Prepare las preguntas que va a hacer con más cuidado que las diapositivas que va a mostrar. Y reserve siempre diez minutos al final para que cada persona diga qué hará de otra manera el lunes.</p>",
                        },
                    ),
                    ("heading", {"text": "Técnicas que funcionan", "level": "h2"}),
                    (
                        "paragraph",
                        "<ul><li><strong>Empezar con un caso</strong> tomado del trabajo de las personas participantes y luego presentar las normas o el método que ayudan a resolverlo.</li><li><strong>Pensar, compartir en pareja, poner en común:</strong> un minuto a solas, unos minutos en parejas y después una breve ronda en grupo. Habla todo el mundo, no solo quien tiene más seguridad.</li><li><strong>Juego de rol con observadores</strong> que usan una breve lista de comprobación y dan retroalimentación.</li><li><strong>Cerrar con la acción:</strong> cada participante nombra algo que va a aplicar.</li></ul>",
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "Durante su sesión, personal directivo se niega a participar en un juego de rol delante de sus equipos. ¿Cuál es la respuesta más constructiva?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": "Insistir en que todo el mundo debe interpretar un papel.",
                                    "is_correct": False,
                                    "feedback": "Insistir puede costarle la cooperación del grupo durante el resto de la sesión.",
                                },
                                {
                                    "text": "Darles otro papel activo, como el de observador con una lista de comprobación.",
                                    "is_correct": True,
                                    "feedback": "Correcto. Siguen implicados y su experiencia enriquece la retroalimentación, sin quedar en evidencia.",
                                },
                                {
                                    "text": "Abandonar el juego de rol y hacer una presentación en su lugar.",
                                    "is_correct": False,
                                    "feedback": "Sustituir la práctica por una exposición elimina la actividad que desarrolla la competencia.",
                                },
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "Recuerde la mejor sesión de formación a la que haya asistido. ¿Qué hizo la persona formadora para que funcionara en su caso?",
                            "guidance": "<ul><li>Piense en los diez primeros y en los diez últimos minutos.</li><li>Anote una técnica que podría utilizar en su propia formación de réplica.</li></ul>",
                        },
                    ),
                    (
                        "key_takeaway",
                        {
                            "text": "<p>Prepare las <strong>preguntas y las actividades</strong> con más cuidado que las diapositivas: las personas adultas aprenden haciendo e intercambiando con sus pares.</p>"
                        },
                    ),
                ],
            },
            "evaluating-and-replicating": {
                "title": "Evaluar la formación y preparar su réplica",
                "body": [
                    ("heading", {"text": "Cuatro niveles de evaluación", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>La evaluación le indica si la formación funcionó y cómo mejorarla. Un modelo muy utilizado distingue cuatro niveles:</p><ol><li><strong>Reacción:</strong> ¿les pareció la formación pertinente y motivadora a las personas participantes?</li><li><strong>Aprendizaje:</strong> ¿adquirieron los conocimientos y las habilidades fijados en los objetivos?</li><li><strong>Comportamiento:</strong> ¿utilizan lo aprendido en su trabajo, semanas o meses después?</li><li><strong>Resultados:</strong> ¿ha mejorado como consecuencia el trabajo de la institución?</li></ol><p>La mayoría de quienes forman se quedan en el primer nivel, con un formulario que se reparte al final de la jornada. El formulario de fin de actividad del propio programa va un paso más allá al preguntar si las personas participantes esperan que la actividad cambie realmente su forma de trabajar. Para saber si fue así, planifique un seguimiento: una breve llamada, una encuesta o una revisión de los resultados del trabajo unos meses después.</p>",
                    ),
                    (
                        "image",
                        {
                            "image": "evaluation-levels",
                            "alt": "Gráfico de cuatro barras ascendentes rotuladas reacción, aprendizaje, comportamiento y resultados, los cuatro niveles de evaluación de la formación.",
                            "caption": "Cada nivel es más difícil de medir que el anterior y dice más sobre el impacto.",
                        },
                    ),
                    (
                        "document",
                        {
                            "document": "evaluation-form-template",
                            "title": "Formulario de evaluación de fin de actividad (plantilla)",
                            "description": "Un formulario de una página para adaptar a sus propias sesiones, con afirmaciones que valorar y una pregunta abierta sobre lo que las personas participantes harán de otra manera.",
                        },
                    ),
                    ("heading", {"text": "La formación de réplica: transmitir lo aprendido", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Este curso forma multiplicadores. Cuando lo termine, enseñará lo aprendido a colegas de su propia institución, de modo que la inversión llegue a muchas más personas que el primer grupo. El curso se ha impartido en Brasil, Camerún, Costa Rica, El Salvador, Kirguistán y Uganda a unas ochenta personas participantes, que después formaron a sus colegas.</p>",
                    ),
                    (
                        "image",
                        {
                            "image": "cascade-diagram",
                            "alt": "Diagrama en cascada: una persona formadora en la parte superior conectada con tres multiplicadores, cada uno conectado con tres colegas, nueve en total.",
                            "caption": "Una persona formadora, tres multiplicadores, nueve colegas: una cascada multiplica el alcance si cada paso está preparado.",
                        },
                    ),
                    (
                        "case_study",
                        {
                            "title": "Cada participante imparte un módulo",
                            "country": "CR",
                            "institution": "Dirección General de Migración y Extranjería (DGME) y Ministerio de Salud",
                            "practice": "<p>En Costa Rica, personal de la autoridad migratoria y del Ministerio de Salud siguió el curso en el marco de una Acción sobre migración y salud. Al final, cada participante eligió un módulo y se comprometió a impartirlo a sus colegas en una formación de réplica, con una fecha, un grupo destinatario y un plan de sesión.</p>",
                            "outcome": "<p>Un compromiso público con fecha hizo más probable que las sesiones de réplica se celebraran realmente. Como cada participante asumió un módulo, las instituciones ganaron un grupo de formadores que, en conjunto, cubría todo el curso.</p>",
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "Tres meses después de su formación de réplica, llama a las personas participantes para preguntarles si ahora utilizan el nuevo procedimiento. ¿Qué nivel de evaluación es este?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": "Reacción",
                                    "is_correct": False,
                                    "feedback": "La reacción se mide al final de la sesión, preguntando a las personas participantes cómo la vivieron.",
                                },
                                {
                                    "text": "Aprendizaje",
                                    "is_correct": False,
                                    "feedback": "El aprendizaje se comprueba mediante pruebas o ejercicios durante la formación o justo después.",
                                },
                                {
                                    "text": "Comportamiento",
                                    "is_correct": True,
                                    "feedback": "Correcto. Está comprobando si lo aprendido se aplica en el trabajo.",
                                },
                                {
                                    "text": "Resultados",
                                    "is_correct": False,
                                    "feedback": "Los resultados se refieren al desempeño de la institución, como menos errores en los expedientes, no al uso individual.",
                                },
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "¿Qué módulo de este curso impartirá a sus colegas, a quién y cuándo?",
                            "guidance": "<ul><li>Anote la fecha y el grupo al que formará.</li><li>Anote quién debe dar su visto bueno en su institución y pídaselo esta semana.</li><li>Planifique cómo sabrá, tres meses después, si ha servido de algo.</li></ul>",
                        },
                    ),
                    (
                        "key_takeaway",
                        {
                            "text": "<p>Una formación de réplica tiene más probabilidades de celebrarse cuando cuenta con <strong>una fecha, un grupo y un plan</strong> antes de que termine el curso.</p>"
                        },
                    ),
                ],
            },
            "course-assessment": {
                "title": "Evaluación del curso",
                "intro": "<p>Seis preguntas sobre el diseño, la impartición y la evaluación de la formación. Necesita un 70 % para aprobar y dispone de tres intentos.</p>",
                "questions": [
                    {
                        "question": "¿De qué parte la formación basada en competencias?",
                        "kind": "single",
                        "points": 1,
                        "explanation": "La formación basada en competencias parte de las tareas que las personas deben realizar en el trabajo y del nivel esperado, y de ahí retrocede hasta los objetivos y las actividades.",
                        "options": [
                            {
                                "text": "De las tareas que las personas deben realizar y del nivel que exige el puesto.",
                                "is_correct": True,
                            },
                            {"text": "De los temas favoritos de la persona formadora.", "is_correct": False},
                            {
                                "text": "Del número de horas disponibles en el aula de formación.",
                                "is_correct": False,
                            },
                        ],
                    },
                    {
                        "question": "¿Qué preguntas forman parte de un análisis de necesidades de formación? Seleccione todas las respuestas correctas.",
                        "kind": "multiple",
                        "points": 2,
                        "explanation": "Un análisis de necesidades pregunta qué tareas resultan difíciles, si la causa es realmente una falta de competencias, qué hacen ya bien las personas participantes y qué deben hacer después las jefaturas.",
                        "options": [
                            {
                                "text": "¿El problema es una falta de competencias, o de herramientas, tiempo o procedimientos?",
                                "is_correct": True,
                            },
                            {"text": "¿Qué hacen ya bien las personas participantes?", "is_correct": True},
                            {"text": "¿Qué hotel acogerá el taller?", "is_correct": False},
                            {
                                "text": "¿Qué tendrán que hacer las jefaturas para que se utilicen las nuevas competencias?",
                                "is_correct": True,
                            },
                        ],
                    },
                    {
                        "question": "En un curso semipresencial, ¿para qué se aprovecha mejor el tiempo del encuentro?",
                        "kind": "single",
                        "points": 1,
                        "explanation": "La información puede transmitirse en línea, al ritmo de cada persona; el tiempo del encuentro es más valioso para la práctica, la retroalimentación y el debate.",
                        "options": [
                            {"text": "Leer reglamentos en voz alta.", "is_correct": False},
                            {
                                "text": "La práctica, la retroalimentación y el debate de casos reales.",
                                "is_correct": True,
                            },
                            {"text": "Largas presentaciones de la persona formadora.", "is_correct": False},
                        ],
                    },
                    {
                        "question": "¿Qué nivel de evaluación pregunta si las personas participantes utilizan lo aprendido en su trabajo?",
                        "kind": "single",
                        "points": 1,
                        "explanation": "El nivel de comportamiento examina la aplicación en el trabajo, normalmente semanas o meses después de la formación.",
                        "options": [
                            {"text": "Reacción", "is_correct": False},
                            {"text": "Aprendizaje", "is_correct": False},
                            {"text": "Comportamiento", "is_correct": True},
                            {"text": "Resultados", "is_correct": False},
                        ],
                    },
                    {
                        "question": "¿A qué se comprometió cada participante en Costa Rica?",
                        "kind": "single",
                        "points": 1,
                        "explanation": "Cada participante eligió un módulo del curso y se comprometió a impartirlo a sus colegas en una formación de réplica.",
                        "options": [
                            {"text": "A redactar un informe sobre el curso.", "is_correct": False},
                            {
                                "text": "A impartir un módulo de su elección a sus colegas en una formación de réplica.",
                                "is_correct": True,
                            },
                            {
                                "text": "A volver a hacer el curso al año siguiente.",
                                "is_correct": False,
                            },
                        ],
                    },
                    {
                        "question": "¿Qué técnicas ayudan a las personas adultas a participar activamente? Seleccione todas las respuestas correctas.",
                        "kind": "multiple",
                        "points": 2,
                        "explanation": "Empezar con un caso real, «pensar, compartir en pareja, poner en común» y los juegos de rol con observadores hacen que las personas participantes sean activas; una larga exposición, no.",
                        "options": [
                            {
                                "text": "Empezar con un caso tomado del trabajo de las personas participantes.",
                                "is_correct": True,
                            },
                            {"text": "Pensar, compartir en pareja, poner en común.", "is_correct": True},
                            {"text": "Una exposición de dos horas sin preguntas.", "is_correct": False},
                            {
                                "text": "Un juego de rol con observadores que usan una lista de comprobación.",
                                "is_correct": True,
                            },
                        ],
                    },
                ],
            },
        },
    },
}
