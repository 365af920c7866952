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
                    (
                        "heading",
                        {"text": "Empezar con un análisis de necesidades de formación", "level": "h2"},
                    ),
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
    "safe-mobility-health-crisis": {
        "title": "Movilidad segura de personas y mercancías durante una crisis sanitaria",
        "summary": "Un curso de formación para el personal de fronteras, elaborado con la Secretaría del COMESA, sobre cómo mantener en movimiento a personas y mercancías de forma segura cuando golpea una epidemia: cribado y derivación, protección del personal, información a las personas viajeras y cooperación transfronteriza. Escrito durante la COVID-19, volvió a utilizarse cuando el cólera se extendió por la región en 2022-2023.",
        "audience": "Personal de inmigración, aduanas, policía y sanidad portuaria y fronteriza que trabaja en fronteras terrestres, aeropuertos y puertos de los Estados miembros del COMESA, así como las jefaturas que planifican su trabajo.",
        "learning_outcomes": "<ul><li>Explicar por qué el comercio y los desplazamientos esenciales deben continuar de forma segura durante una crisis sanitaria.</li><li>Aplicar con las autoridades sanitarias los pasos acordados de cribado y derivación, respetando los derechos de las personas viajeras.</li><li>Protegerse y proteger a sus colegas, y ofrecer información clara a las personas viajeras.</li><li>Adaptar las medidas a la forma en que se propaga una enfermedad concreta, tomando el cólera como ejemplo.</li></ul>",
        "pages": {
            "borders-in-a-health-crisis": {
                "title": "Las fronteras ante una crisis sanitaria",
                "summary": "Por qué cerrar las fronteras rara vez es la solución, y cómo los servicios de fronteras y de salud pueden cribar y derivar a las personas viajeras de forma ordenada y respetuosa con los derechos.",
            },
            "keeping-borders-open-safely": {
                "title": "Mantener las fronteras abiertas de forma segura",
                "body": [
                    ("heading", {"text": "Qué ocurre cuando se cierran las fronteras", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Cuando empieza una epidemia, cerrar la frontera puede parecer la opción más segura. La experiencia de la región durante la COVID-19 mostró su coste. Los camiones hicieron cola durante días en los pasos fronterizos, los alimentos y los medicamentos llegaron con retraso y los pequeños comerciantes, muchos de ellos mujeres que cruzan a diario, perdieron sus ingresos. Los conductores que esperaban en colas abarrotadas corrían un mayor riesgo de infección, no menor. Y cuando se cerraron los pasos oficiales, algunas personas recurrieron a rutas informales donde no se hacía ningún cribado.</p><p>Para una comunidad económica regional como el COMESA, cuyos Estados miembros dependen del comercio transfronterizo para obtener alimentos, combustible y suministros médicos, la cuestión no es, por tanto, si mantener abiertas las fronteras, sino cómo mantenerlas abiertas de forma segura.</p>",
                    ),
                    (
                        "image",
                        {
                            "image": "cover-comesa",
                            "alt": "Ilustración de un paso fronterizo con una barrera levantada, una caseta de control y una carretera que lo atraviesa.",
                            "caption": "Un puesto fronterizo es a la vez un punto de control y una vía vital para el comercio: una crisis sanitaria pone a prueba ambas funciones a la vez.",
                        },
                    ),
                    ("heading", {"text": "Principios para una movilidad segura", "level": "h2"}),
                    (
                        "paragraph",
                        "<ul><li><strong>Dar prioridad a los flujos esenciales:</strong> los alimentos, los medicamentos, el combustible y la ayuda humanitaria siguen circulando, con procedimientos simplificados si es necesario.</li><li><strong>Separar cuando sea posible:</strong> mantener separados los flujos de carga y de pasajeros y reducir las aglomeraciones en las zonas de espera.</li><li><strong>Prepararse antes de la crisis:</strong> acordar de antemano con las autoridades sanitarias las funciones, los pasos del cribado y las vías de derivación.</li><li><strong>Coordinarse a ambos lados de la frontera:</strong> los puestos vecinos intercambian información a diario y armonizan sus medidas, para que las personas viajeras no se encuentren con normas contradictorias.</li><li><strong>Proteger al personal y respetar los derechos:</strong> el personal necesita equipos e instrucciones; las personas viajeras necesitan dignidad, información y no discriminación.</li></ul>",
                    ),
                    (
                        "document",
                        {
                            "document": "health-crisis-border-factsheet",
                            "title": "Ficha informativa: mantener las fronteras abiertas de forma segura durante una crisis sanitaria",
                            "description": "Un resumen de una página de las principales medidas, para imprimir y tener en el puesto fronterizo.",
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "¿Qué consecuencia del cierre de los pasos fronterizos oficiales puede aumentar los riesgos sanitarios?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": "Las personas viajeras recurren a rutas informales donde no se hace ningún cribado.",
                                    "is_correct": True,
                                    "feedback": "Correcto. Cerrar los pasos oficiales puede desplazar los movimientos fuera de la vista, donde las autoridades sanitarias no llegan.",
                                },
                                {
                                    "text": "El personal de fronteras tiene más tiempo para formarse.",
                                    "is_correct": False,
                                    "feedback": "Puede ocurrir, pero no es un riesgo sanitario. Piense adónde va la gente cuando la ruta oficial está cerrada.",
                                },
                                {
                                    "text": "Hay que comprobar menos documentos.",
                                    "is_correct": False,
                                    "feedback": "Menos controles en los puestos oficiales no significa menos movimiento; puede que simplemente se desplace a otro lugar.",
                                },
                            ],
                        },
                    ),
                    (
                        "key_takeaway",
                        {
                            "text": "<p>El objetivo es una movilidad <strong>segura</strong>, no la ausencia de movilidad: los bienes esenciales y las personas siguen circulando con medidas sanitarias acordadas.</p>"
                        },
                    ),
                ],
            },
            "screening-and-referral": {
                "title": "Cribado, derivación y derechos de las personas viajeras",
                "body": [
                    ("heading", {"text": "Quién hace qué en la frontera", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>El personal de fronteras no es personal clínico, y no se le debe pedir que actúe como tal. En una crisis sanitaria, su función es asegurarse de que cada persona viajera pase por los pasos sanitarios acordados, detectar signos visibles de enfermedad que den lugar a una derivación y pasar el relevo al personal de sanidad portuaria y fronteriza, que evalúa y decide. Unas funciones claras protegen tanto al personal como a las personas viajeras.</p><p>Una secuencia de cribado sencilla, acordada con las autoridades sanitarias antes de una crisis, podría ser la siguiente:</p><ol><li>Información para todas las personas viajeras sobre los síntomas y las medidas preventivas, en los idiomas que se hablan en el paso fronterizo.</li><li>Una breve declaración de salud o unas preguntas, según lo que exija la autoridad sanitaria.</li><li>Observación de síntomas visibles y control de temperatura cuando la autoridad sanitaria lo solicite.</li><li>Derivación de las personas con síntomas al personal de sanidad fronteriza, en un espacio separado y privado.</li><li>Registro de las derivaciones, para poder rastrear los contactos si es necesario.</li></ol>",
                    ),
                    ("heading", {"text": "Derechos y dignidad", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Las medidas sanitarias deben aplicarse a todas las personas por igual. Señalar a personas viajeras por su nacionalidad, su origen étnico o su aspecto es discriminatorio y, además, ineficaz, porque las enfermedades no eligen pasaportes. La información personal de salud corresponde solo a quien la necesita y debe guardarse de forma segura. Las personas con síntomas no deben ser devueltas a una situación de peligro; las personas refugiadas y solicitantes de asilo conservan su derecho a pedir protección, y los niños y niñas no acompañados necesitan una atención específica.</p><p>Los conductores de camiones merecen una atención especial. Cruzan muchas fronteras en un solo viaje y pueden enfrentarse a pruebas repetidas y a normas de cuarentena que varían de un país a otro. Acordar el reconocimiento mutuo de los certificados sanitarios entre Estados vecinos ahorra tiempo y reduce las aglomeraciones.</p>",
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "Una persona viajera presenta signos visibles de enfermedad en su puesto. ¿Qué debe hacer? Seleccione todas las respuestas correctas.",
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "Derivar a la persona al personal de sanidad fronteriza, en un espacio privado.",
                                    "is_correct": True,
                                    "feedback": "Sí. El personal sanitario evalúa y decide; la privacidad protege la dignidad de la persona.",
                                },
                                {
                                    "text": "Registrar la derivación según lo acordado con la autoridad sanitaria.",
                                    "is_correct": True,
                                    "feedback": "Sí. Los registros permiten rastrear los contactos si es necesario.",
                                },
                                {
                                    "text": "Devolver a la persona al otro lado de la frontera sin más trámites.",
                                    "is_correct": False,
                                    "feedback": "Devolver a alguien puede exponerle a un peligro y vulnerar su derecho a pedir protección. Siga la vía de derivación.",
                                },
                                {
                                    "text": "Informar a las demás personas de la cola sobre el estado de salud de esa persona.",
                                    "is_correct": False,
                                    "feedback": "La información de salud es confidencial. Compártala solo con el personal sanitario que la necesita.",
                                },
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "Hoy, en su puesto fronterizo, ¿a quién llamaría si una persona viajera mostrara signos de una enfermedad infecciosa grave, y dónde esperaría esa persona?",
                            "guidance": "<ul><li>Si no está seguro, averígüelo esta semana y anote la respuesta.</li><li>Compruebe si sus colegas de otros turnos conocen la misma respuesta.</li></ul>",
                        },
                    ),
                    (
                        "key_takeaway",
                        {
                            "text": "<p>El personal de fronteras <strong>observa, informa y deriva</strong>; el personal sanitario evalúa y decide. Las medidas se aplican a todas las personas por igual y respetan la confidencialidad.</p>"
                        },
                    ),
                ],
            },
            "protection-and-preparedness": {
                "title": "Protección, comunicación y preparación",
                "summary": "Cómo proteger al personal, informar a las personas viajeras y trabajar con los puestos vecinos, y cómo el curso volvió a utilizarse durante el brote de cólera de 2022-2023. Termina con la evaluación del curso.",
            },
            "protecting-officers-and-informing-travellers": {
                "title": "Proteger al personal e informar a las personas viajeras",
                "body": [
                    ("heading", {"text": "Proteger a quienes permanecen en su puesto", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>El personal de fronteras sigue trabajando cuando otras personas se quedan en casa. Para hacerlo de forma segura, necesita equipos de protección adecuados a la enfermedad y formación para usarlos, instalaciones para lavarse las manos con agua limpia y jabón, una rotación de turnos que limite el cansancio e instrucciones escritas claras que se actualicen cuando cambien las recomendaciones. Las jefaturas también deben estar atentas al estrés: las jornadas largas, el miedo al contagio y la tensión de las personas viajeras pasan factura.</p>",
                    ),
                    (
                        "video",
                        {
                            "title": "Lecciones de un puesto fronterizo durante una epidemia",
                            "url": "https://videos.example.org/relais/protecting-officers-and-informing-travellers",
                            "duration": "5 min",
                            "transcript": "<p><strong>Entrevistador:</strong> ¿Qué necesitaba más el personal de su puesto fronterizo cuando empezó la epidemia?</p><p><strong>Oficial superior de inmigración:</strong> Instrucciones claras. En las primeras semanas recibíamos mensajes de tres ministerios, y no siempre coincidían. El personal no sabía si debía tomar la temperatura, quién podía entrar ni qué hacer con un conductor enfermo. En cuanto tuvimos un único procedimiento escrito, firmado conjuntamente con la autoridad sanitaria, la tensión bajó.</p><p><strong>Entrevistador:</strong> ¿Cómo protegieron a su personal?</p><p><strong>Oficial:</strong> Acortamos los turnos, instalamos puntos de lavado de manos y nos aseguramos de que las mascarillas y los guantes estuvieran allí antes de cada turno, no prometidos para más adelante. También nos reuníamos cada mañana diez minutos para compartir lo que había pasado.</p><p><strong>Entrevistador:</strong> ¿Y las personas viajeras?</p><p><strong>Oficial:</strong> La mayoría de la gente acepta las medidas que entiende. Colocamos carteles en los idiomas que se hablan en el paso fronterizo y formamos al personal para explicar cada paso con pocas palabras y con calma. Las colas no se acortaron, pero hubo muchas menos discusiones.</p>",
                        },
                    ),
                    ("heading", {"text": "Comunicarse con las personas viajeras", "level": "h2"}),
                    (
                        "paragraph",
                        "<ul><li>Explique qué va a pasar, por qué y cuánto tiempo llevará.</li><li>Use un lenguaje sencillo y los idiomas que habla la gente; use imágenes para quienes no saben leer.</li><li>Dé el mismo mensaje en todos los puestos: acuerde los mensajes clave con los puestos vecinos y las autoridades sanitarias.</li><li>Indique a las personas adónde acudir si enferman después de cruzar.</li></ul>",
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "¿Qué medidas protegen al personal de fronteras durante una epidemia? Seleccione todas las respuestas correctas.",
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "Equipos de protección disponibles antes de cada turno.",
                                    "is_correct": True,
                                    "feedback": "Sí. Un equipo prometido para más adelante no protege a nadie hoy.",
                                },
                                {
                                    "text": "Una rotación de turnos que limite el cansancio.",
                                    "is_correct": True,
                                    "feedback": "Sí. El personal cansado comete más errores, también en materia de higiene.",
                                },
                                {
                                    "text": "Un único procedimiento escrito acordado con la autoridad sanitaria.",
                                    "is_correct": True,
                                    "feedback": "Sí. Unas instrucciones claras y coherentes reducen la confusión y el riesgo.",
                                },
                                {
                                    "text": "Turnos más largos para reducir el número de personas en el puesto.",
                                    "is_correct": False,
                                    "feedback": "Los turnos más largos aumentan el cansancio y el estrés; la rotación funciona mejor.",
                                },
                            ],
                        },
                    ),
                    (
                        "key_takeaway",
                        {
                            "text": "<p><strong>Un único procedimiento claro</strong>, equipos a mano y explicaciones serenas reducen a la vez el riesgo y los conflictos en la frontera.</p>"
                        },
                    ),
                ],
            },
            "from-covid-to-cholera": {
                "title": "Volver a utilizar el curso: el brote de cólera de 2022-2023",
                "body": [
                    ("heading", {"text": "Un curso pensado para la próxima crisis", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Este curso se elaboró a partir de finales de 2020, en plena pandemia de COVID-19, en el marco de una Acción sobre migración, salud y gestión de fronteras con la Secretaría del COMESA, con personas expertas del Reino Unido y de Nigeria. Sus autores decidieron enseñar principios y procedimientos aplicables a muchas enfermedades, no solo a un virus. Esa decisión demostró su valor cuando el cólera se extendió por varios países de la región en 2022 y 2023 y el curso volvió a utilizarse para preparar al personal de fronteras.</p>",
                    ),
                    ("heading", {"text": "Adaptar las medidas a la enfermedad", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Unas buenas medidas fronterizas siguen la forma en que se propaga la enfermedad. La COVID-19 se transmite sobre todo por el aire entre personas, de modo que la distancia, las mascarillas y la ventilación eran fundamentales. El cólera se transmite sobre todo por el agua y los alimentos contaminados, así que las prioridades cambian:</p><ul><li>agua potable, aseos y puntos de lavado de manos en los puestos fronterizos y en las zonas de espera;</li><li>higiene de los alimentos que se venden a las personas viajeras y a los conductores cerca del paso;</li><li>información sobre los síntomas, sobre la importancia de beber líquidos y sobre dónde recibir tratamiento rápidamente;</li><li>derivación sin demora a los servicios de salud de las personas con diarrea grave.</li></ul><p>Las orientaciones sanitarias internacionales desaconsejan en general cerrar las fronteras o restringir el comercio a causa del cólera; invertir en agua, saneamiento e información resulta mucho más eficaz.</p>",
                    ),
                    (
                        "case_study",
                        {
                            "title": "Un curso regional que sirvió dos veces",
                            "country": "ZM",
                            "institution": "Secretaría del COMESA, con los organismos de fronteras de los Estados miembros",
                            "practice": "<p>La Secretaría del COMESA, con sede en Lusaka, solicitó apoyo para formar al personal de fronteras en la circulación segura de personas y mercancías durante una crisis sanitaria. Un equipo de especialistas preparó un curso sobre la coordinación con las autoridades sanitarias, el cribado y la derivación, la protección del personal, la comunicación y la cooperación transfronteriza, diseñado para adaptarse a distintas enfermedades.</p>",
                            "outcome": "<p>Cuando se declaró el cólera en la región en 2022-2023, los materiales del curso ayudaron de nuevo a preparar al personal de fronteras para el brote. Como el curso enseñaba principios y no normas para una sola enfermedad, los materiales pudieron reutilizarse en lugar de reescribirse.</p>",
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "Durante un brote de cólera, ¿qué medida merece la máxima prioridad en un puesto fronterizo?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": "Mascarilla obligatoria para todas las personas viajeras.",
                                    "is_correct": False,
                                    "feedback": "Las mascarillas son importantes para las enfermedades que se transmiten por el aire; el cólera se transmite sobre todo por el agua y los alimentos contaminados.",
                                },
                                {
                                    "text": "Agua potable, aseos y puntos de lavado de manos para las personas viajeras y el personal.",
                                    "is_correct": True,
                                    "feedback": "Correcto. El agua y el saneamiento interrumpen la principal vía de transmisión del cólera.",
                                },
                                {
                                    "text": "Cerrar la frontera a todo el comercio.",
                                    "is_correct": False,
                                    "feedback": "Cerrar el comercio perjudica el suministro de alimentos y medicamentos y, en general, no se recomienda ante el cólera.",
                                },
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "¿Qué partes de los procedimientos de COVID-19 de su puesto mantendría para el próximo brote, y cuáles cambiaría según la enfermedad?",
                            "guidance": "<ul><li>Separe lo que es general (funciones, derivación, comunicación) de lo que es propio de una enfermedad.</li><li>Anote quién debe aprobar los cambios en el procedimiento.</li></ul>",
                        },
                    ),
                    (
                        "key_takeaway",
                        {
                            "text": "<p>Enseñe <strong>principios que sobrevivan a una enfermedad</strong> y después adapte las medidas a la forma en que se propaga cada una.</p>"
                        },
                    ),
                ],
            },
            "course-assessment": {
                "title": "Evaluación del curso",
                "intro": "<p>Cinco preguntas sobre la movilidad segura durante una crisis sanitaria. Necesita un 70 % para aprobar y dispone de tres intentos.</p>",
                "questions": [
                    {
                        "question": "¿Por qué puede aumentar los riesgos sanitarios el cierre de los pasos fronterizos oficiales?",
                        "kind": "single",
                        "points": 1,
                        "explanation": "Cerrar los pasos oficiales puede desplazar los movimientos hacia rutas informales, donde ni el cribado ni la información sanitaria llegan a las personas viajeras.",
                        "options": [
                            {
                                "text": "Los movimientos se desplazan a rutas informales sin cribado.",
                                "is_correct": True,
                            },
                            {
                                "text": "El personal pierde sus equipos de protección.",
                                "is_correct": False,
                            },
                            {"text": "Las autoridades sanitarias dejan de trabajar.", "is_correct": False},
                        ],
                    },
                    {
                        "question": "¿Cuál es la función del personal de fronteras cuando una persona viajera muestra signos de enfermedad?",
                        "kind": "single",
                        "points": 1,
                        "explanation": "El personal de fronteras observa, informa y deriva; el personal de sanidad fronteriza evalúa a la persona y decide los siguientes pasos.",
                        "options": [
                            {
                                "text": "Diagnosticar la enfermedad y decidir el tratamiento.",
                                "is_correct": False,
                            },
                            {
                                "text": "Derivar a la persona al personal de sanidad fronteriza según el procedimiento acordado.",
                                "is_correct": True,
                            },
                            {
                                "text": "Denegar la entrada a la persona de inmediato.",
                                "is_correct": False,
                            },
                        ],
                    },
                    {
                        "question": "¿Qué principios favorecen una movilidad segura durante una crisis sanitaria? Seleccione todas las respuestas correctas.",
                        "kind": "multiple",
                        "points": 2,
                        "explanation": "Dar prioridad a los bienes esenciales, acordar los procedimientos de antemano y coordinarse con los puestos vecinos permiten mantener las fronteras abiertas de forma segura; el cribado según la nacionalidad es discriminatorio e ineficaz.",
                        "options": [
                            {
                                "text": "Los bienes esenciales, como los alimentos y los medicamentos, siguen circulando.",
                                "is_correct": True,
                            },
                            {
                                "text": "Los pasos del cribado se acuerdan con las autoridades sanitarias antes de una crisis.",
                                "is_correct": True,
                            },
                            {
                                "text": "Las personas viajeras se criban según su nacionalidad.",
                                "is_correct": False,
                            },
                            {
                                "text": "Los puestos fronterizos vecinos intercambian información y armonizan sus medidas.",
                                "is_correct": True,
                            },
                        ],
                    },
                    {
                        "question": "¿Cómo se transmite principalmente el cólera?",
                        "kind": "single",
                        "points": 1,
                        "explanation": "El cólera se transmite sobre todo por el agua y los alimentos contaminados; por eso el agua, el saneamiento y la higiene son lo primero en los puestos fronterizos.",
                        "options": [
                            {"text": "Por el aire, entre personas.", "is_correct": False},
                            {"text": "Por el agua y los alimentos contaminados.", "is_correct": True},
                            {"text": "Por picaduras de insectos.", "is_correct": False},
                        ],
                    },
                    {
                        "question": "¿Por qué pudo volver a utilizarse el curso durante el brote de cólera de 2022-2023?",
                        "kind": "single",
                        "points": 1,
                        "explanation": "El curso enseñaba principios y procedimientos aplicables a muchas enfermedades, de modo que pudo adaptarse en lugar de reescribirse.",
                        "options": [
                            {"text": "Se había escrito solo para el cólera.", "is_correct": False},
                            {
                                "text": "Enseñaba principios y procedimientos adaptables a distintas enfermedades.",
                                "is_correct": True,
                            },
                            {
                                "text": "No exigía ningún cambio en los procedimientos fronterizos.",
                                "is_correct": False,
                            },
                        ],
                    },
                ],
            },
        },
    },
}
