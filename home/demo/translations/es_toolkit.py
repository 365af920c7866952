"""Demo content: es_toolkit (see the package docstring for the shape)."""

TRANSLATIONS = {
    "adult-learning-principles": {
        "title": "Principios del aprendizaje de personas adultas",
        "summary": (
            "Cómo aprende el personal con experiencia y cómo convertir esa experiencia en el motor de sus sesiones: "
            "pertinencia, autonomía, el ciclo de aprendizaje y la transferencia al trabajo diario."
        ),
        "learning_outcomes": (
            "<ul><li>Explicar los principales principios del aprendizaje de personas adultas y por qué importan cuando forma a sus pares</li>"
            "<li>Utilizar la experiencia de las personas participantes como material, mediante actividades y análisis estructurados</li>"
            "<li>Diseñar sesiones que ayuden a las personas participantes a aplicar en el trabajo lo que aprenden</li></ul>"
        ),
        "units": {
            "how-adults-learn": {
                "title": "Cómo aprenden las personas adultas en el trabajo",
                "body": [
                    (
                        "heading",
                        {"text": "Las personas adultas llegan con un trabajo que hacer", "level": "h2"},
                    ),
                    (
                        "paragraph",
                        "<p>Cuando forma a personal de una administración socia, quienes participan no son estudiantes que esperan "
                        "ser llenados de conocimiento. Son agentes de fronteras, personal consular, asesores de políticas y "
                        "responsables de datos que ya tienen responsabilidades, y que juzgarán su sesión por una sola pregunta: "
                        "¿me ayudará esto a hacer mejor mi trabajo la semana que viene? La investigación sobre el aprendizaje de "
                        "personas adultas, a menudo resumida con el nombre de <em>andragogía</em>, ofrece unos pocos principios "
                        "prácticos que le ayudan a responder bien a esa pregunta.</p>",
                    ),
                    ("heading", {"text": "Cinco principios que conviene recordar", "level": "h3"}),
                    (
                        "paragraph",
                        "<ul>"
                        "<li><strong>Pertinencia.</strong> Las personas adultas se esfuerzan cuando ven la relación entre un tema y "
                        "una tarea a la que se enfrentan. Empiece con un problema de su propio lugar de trabajo, no con una definición.</li>"
                        "<li><strong>Experiencia.</strong> Cada participante aporta años de práctica. Trátelos como material de la "
                        "sesión: sus casos, sus formularios, sus procedimientos.</li>"
                        "<li><strong>Autonomía.</strong> Las personas adultas quieren opinar sobre qué aprenden y cómo. Ofrezca "
                        "opciones, como qué caso analizar o qué pregunta explorar primero, y acuerden juntos las normas de trabajo.</li>"
                        "<li><strong>Aprendizaje centrado en problemas.</strong> Organice el contenido en torno a problemas que "
                        "resolver y no en capítulos de una materia. «¿Cómo compartimos los datos de llegada con el Ministerio de "
                        "Salud?» enseña más que «Protección de datos: panorama general».</li>"
                        "<li><strong>Respeto y seguridad.</strong> Los altos cargos pueden ser reacios a admitir lo que no saben, "
                        "sobre todo delante de colegas o subordinados. Diseñe actividades en las que se pueda probar, equivocarse "
                        "y volver a intentarlo sin quedar en evidencia.</li>"
                        "</ul>"
                        "<p>Ninguno de estos principios es ajeno a la cultura. En algunas administraciones, las personas "
                        "participantes esperan que el experto dé una clase magistral, y una invitación a «compartir su "
                        "experiencia» a las nueve de la mañana se recibe con silencio. Eso no significa que los principios fallen, "
                        "sino que hay que introducirlos poco a poco. Empiece con una breve exposición, luego una pregunta para "
                        "trabajar en parejas y después una tarea en grupos pequeños. Por la tarde, la mayoría de los grupos hablan "
                        "con más libertad de la que habrían mostrado en un plenario al principio.</p>",
                    ),
                    (
                        "image",
                        {
                            "image": "workshop-circle",
                            "alt": "Diagrama de participantes sentados alrededor de una mesa común sin nadie en la cabecera, que sugiere un debate entre iguales.",
                            "caption": "Sentar a las personas alrededor de una misma mesa indica que la experiencia de todas cuenta.",
                        },
                    ),
                    ("heading", {"text": "Qué significa esto para su papel", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Para muchas personas expertas, el cambio consiste en pasar de presentar a facilitar. Usted sigue siendo "
                        "quien tiene el conocimiento especializado, y por eso la institución socia pidió su apoyo, pero su tarea "
                        "principal en la sala es ayudar a las personas participantes a relacionar ese conocimiento con su propio "
                        "contexto. En la práctica, esto significa:</p>"
                        "<ul>"
                        "<li>no hablar más de quince a veinte minutos antes de que las personas participantes hagan algo;</li>"
                        "<li>preguntar antes de explicar: ¿qué hacen hoy cuando ocurre esto?</li>"
                        "<li>presentar la práctica de su propia administración como una opción que comparar, no como un modelo que copiar;</li>"
                        "<li>terminar cada bloque con una pregunta concreta sobre la aplicación.</li>"
                        "</ul>"
                        "<p>Esto no supone una pérdida de autoridad. Las personas participantes suelen confiar en quienes se toman "
                        "en serio su práctica, y recuerdan mucho mejor las soluciones que ayudaron a construir que las que se les mostraron.</p>",
                    ),
                    (
                        "case_study",
                        {
                            "title": "Partir de las preguntas de las personas participantes en Biskek",
                            "country": "KG",
                            "institution": "Secretaría del Consejo de Migración",
                            "practice": (
                                "<p>La Acción Kirguistán IV apoyó a la Secretaría del Consejo de Migración en materia de migración "
                                "laboral, con personas expertas de Francia y Polonia. Para un taller sobre la información a "
                                "trabajadores que van a emigrar, el equipo experto había preparado una presentación sobre enfoques "
                                "europeos. La primera mañana la dejó de lado durante una hora y pidió a las personas participantes "
                                "que enumeraran las preguntas que esos trabajadores les plantean con más frecuencia y que las "
                                "ordenaran según lo difícil que resultaba responderlas.</p>"
                                "<p>Después, el equipo presentó solo las partes de su material que respondían a las preguntas mejor "
                                "situadas y dejó el resto como lectura complementaria.</p>"
                            ),
                            "outcome": (
                                "<p>Las personas participantes sintieron que la sesión se había construido en torno a su trabajo y no "
                                "a las diapositivas del equipo experto, y la lista ordenada de preguntas se reutilizó como punto de "
                                "partida en actividades posteriores de la Acción.</p>"
                            ),
                        },
                    ),
                    (
                        "key_takeaway",
                        {
                            "text": "<p>Parta de los problemas que las personas participantes encuentran en su trabajo, utilice su experiencia como material y mantenga sus propias exposiciones breves y comparativas.</p>"
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "Piense en la última formación que impartió. ¿Qué principios de los cinco respetaba su diseño y cuáles pasó por alto?",
                            "guidance": "<ul><li>Fíjese en los primeros treinta minutos: ¿quién hablaba?</li><li>Encuentre un momento en que las personas participantes podrían haber utilizado sus propios casos.</li><li>Anote un cambio que haría la próxima vez.</li></ul>",
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "Un grupo de altos cargos permanece en silencio cuando le invita a compartir su experiencia al comienzo de un taller. ¿Cuál es la respuesta más útil?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": "Pasar a la clase magistral el resto del día, ya que el grupo claramente lo prefiere.",
                                    "is_correct": False,
                                    "feedback": "El silencio al principio es habitual y rara vez refleja una preferencia firme; renunciar a la participación desaprovecha la experiencia del grupo.",
                                },
                                {
                                    "text": "Hacer una breve exposición y después plantear una pregunta concreta para trabajar en parejas antes de volver al grupo completo.",
                                    "is_correct": True,
                                    "feedback": "Correcto: las parejas dan más seguridad que el plenario, y una pregunta concreta es más fácil de responder que una invitación abierta.",
                                },
                                {
                                    "text": "Pedir por su nombre a la persona de mayor rango que responda primero.",
                                    "is_correct": False,
                                    "feedback": "Esto puede poner a alguien en un aprieto delante de sus colegas, y las personas de menor rango estarán aún menos dispuestas a hablar.",
                                },
                                {
                                    "text": "Recordar al grupo que el programa exige una participación activa.",
                                    "is_correct": False,
                                    "feedback": "La presión rara vez genera apertura; las tareas bien diseñadas, sí.",
                                },
                            ],
                        },
                    ),
                ],
            },
            "experience-as-a-resource": {
                "title": "Convertir la experiencia en aprendizaje",
                "body": [
                    ("heading", {"text": "El ciclo de aprendizaje", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>La experiencia por sí sola no produce aprendizaje; lo produce la reflexión sobre ella. El ciclo de "
                        "aprendizaje experiencial de David Kolb, muy utilizado en formación, describe cuatro momentos por los que "
                        "pasa una buena sesión, a menudo más de una vez:</p>"
                        "<ol>"
                        "<li><strong>Experiencia concreta:</strong> las personas participantes hacen o recuerdan algo, como tramitar "
                        "una solicitud ficticia, atender una llamada difícil o leer un expediente anonimizado.</li>"
                        "<li><strong>Observación reflexiva:</strong> repasan lo que ocurrió. ¿Qué salió bien? ¿Qué les sorprendió?</li>"
                        "<li><strong>Conceptualización abstracta:</strong> relacionan la observación con un principio, una norma o "
                        "un modelo. Aquí es donde mejor encaja su aportación especializada.</li>"
                        "<li><strong>Experimentación activa:</strong> prueban la idea en un caso nuevo o planifican cómo la usarán "
                        "en el trabajo.</li>"
                        "</ol>"
                        "<p>Muchas presentaciones de personas expertas saltan directamente al tercer momento. El ciclo le recuerda "
                        "que debe construir los otros tres a su alrededor.</p>",
                    ),
                    ("heading", {"text": "Técnicas que aprovechan la experiencia", "level": "h2"}),
                    (
                        "paragraph",
                        "<ul>"
                        "<li><strong>Clínicas de casos.</strong> Una persona participante presenta un problema real en cinco "
                        "minutos; sus colegas hacen preguntas y después proponen opciones. Quien presenta elige qué probar.</li>"
                        "<li><strong>Mapeo de procesos.</strong> Grupos pequeños dibujan cómo circula un expediente, un registro o "
                        "una persona por su institución. Las lagunas y las duplicaciones se hacen visibles sin culpar a nadie.</li>"
                        "<li><strong>Comparación entre pares.</strong> Cuando las personas participantes proceden de varias "
                        "instituciones o países, pida a cada una que explique cómo gestiona la misma situación. Las diferencias "
                        "desencadenan el debate.</li>"
                        "<li><strong>Análisis estructurados.</strong> Después de cada actividad, formule tres preguntas en orden: "
                        "¿qué pasó?, ¿qué significa?, ¿qué va a hacer ahora?</li>"
                        "</ul>"
                        "<p>Tenga cuidado con los casos reales. Acuerden desde el principio que los datos personales se quedan "
                        "fuera de la sala y que los casos se comentan para aprender, no para juzgar a colegas.</p>",
                    ),
                    ("heading", {"text": "Cuando la experiencia es un obstáculo", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>La experiencia también puede proteger hábitos que ya no funcionan. Quien dice «siempre lo hemos hecho "
                        "así» le está dando una información útil: la práctica actual tiene sus razones. Pregunte cuáles son antes "
                        "de proponer un cambio. Un nuevo procedimiento a menudo solo tiene éxito si también resuelve el problema "
                        "que resolvía el anterior.</p>"
                        "<p>Por último, recuerde que la experiencia se reparte de forma desigual en un grupo. El personal más "
                        "reciente puede conocer mejor los sistemas nuevos que sus superiores, mientras que el personal veterano "
                        "conoce la historia y las reglas informales. Mezclarlos en grupos pequeños permite que cada cual aprenda del otro.</p>",
                    ),
                    (
                        "video",
                        {
                            "title": "Dejar que las personas participantes se enseñen entre sí",
                            "url": "https://videos.example.org/relais/experience-as-a-resource",
                            "duration": "6 min",
                            "transcript": (
                                "<p><strong>Entrevistador:</strong> Usted ha formado a personal de varios países socios. ¿Qué ha cambiado en su forma de trabajar?</p>"
                                "<p><strong>Experta:</strong> Al principio llevaba demasiadas diapositivas. Creía que mi trabajo era mostrar cómo hace las cosas mi propia administración. Ahora dedico más tiempo a preparar preguntas que diapositivas.</p>"
                                "<p><strong>Entrevistador:</strong> ¿Qué tipo de preguntas?</p>"
                                "<p><strong>Experta:</strong> Preguntas sencillas que abren la práctica de las personas. «Cuénteme qué pasa cuando un expediente llega a su mesa». Cuando cinco personas describen el mismo paso de cinco maneras distintas, ha encontrado el verdadero tema del taller.</p>"
                                "<p><strong>Entrevistador:</strong> ¿Eso no lleva mucho tiempo?</p>"
                                "<p><strong>Experta:</strong> Lleva tiempo, pero luego se ahorra. Una vez que las personas han descrito su propio proceso, mi aportación cae sobre algo concreto. Ven exactamente dónde encajaría una idea, o por qué no encajaría.</p>"
                                "<p><strong>Entrevistador:</strong> ¿Y cuando las personas participantes no están de acuerdo entre sí?</p>"
                                "<p><strong>Experta:</strong> Suele ser el mejor momento del día. Pido a ambas partes que expliquen las razones de su práctica y las anotamos. Muy a menudo, el desacuerdo revela una laguna en las directrices que la institución puede cerrar por sí misma, sin ningún modelo externo.</p>"
                            ),
                        },
                    ),
                    (
                        "case_study",
                        {
                            "title": "Trazar el recorrido de un registro",
                            "country": "UG",
                            "institution": "Dirección de Ciudadanía y Control de la Inmigración",
                            "practice": (
                                "<p>La Acción Uganda III se centró en la gestión de datos, con personas expertas de Italia y Malta. En "
                                "lugar de empezar con una presentación sobre normas de datos, el equipo experto pidió a equipos mixtos "
                                "de agentes que siguieran el recorrido de un registro, desde el momento en que se capturaban los datos "
                                "de una persona viajera hasta que aparecían en un informe, con tarjetas en una pared. Cada equipo "
                                "incluía personas de distintas unidades, para que cada paso lo describiera alguien que realmente lo realiza.</p>"
                            ),
                            "outcome": (
                                "<p>Los mapas mostraron dónde se introducía la misma información más de una vez y dónde los traspasos "
                                "dependían de agentes concretos. El equipo experto construyó sus aportaciones posteriores en torno a "
                                "esos puntos, y las personas participantes compartían una misma visión del problema antes de debatir soluciones.</p>"
                            ),
                        },
                    ),
                    (
                        "key_takeaway",
                        {
                            "text": "<p>Recorra la experiencia, la reflexión, el concepto y la aplicación. Su conocimiento experto es más útil en el tercer paso, cuando las personas participantes tienen algo concreto a lo que vincularlo.</p>"
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "¿Qué caso real del trabajo diario de sus socios podría abrir su próxima sesión? ¿Qué tendrían que hacer con él las personas participantes?",
                            "guidance": "<ul><li>Elija un caso habitual, no excepcional.</li><li>Compruebe que puede comentarse sin datos personales.</li><li>Decida qué preguntas de análisis formulará.</li></ul>",
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "¿Cuáles de estas actividades hacen de la experiencia de las personas participantes el punto de partida del aprendizaje? Seleccione todas las respuestas correctas.",
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "Una clínica de casos en la que una persona participante presenta un problema real de su trabajo",
                                    "is_correct": True,
                                    "feedback": "Sí: el caso procede de la persona participante, y sus colegas ayudan a analizarlo.",
                                },
                                {
                                    "text": "Trazar cómo circula un expediente por la institución de las personas participantes",
                                    "is_correct": True,
                                    "feedback": "Sí: las personas participantes describen su propia práctica y descubren por sí mismas las lagunas.",
                                },
                                {
                                    "text": "Una presentación de 45 minutos sobre el procedimiento nacional de la persona experta",
                                    "is_correct": False,
                                    "feedback": "Puede ser una aportación útil, pero parte de la experiencia de la persona experta y no de la de quienes participan.",
                                },
                                {
                                    "text": "Un análisis estructurado que pregunta qué pasó, qué significa y qué hacer a continuación",
                                    "is_correct": True,
                                    "feedback": "Sí: el análisis convierte lo que las personas participantes acaban de hacer en un aprendizaje que pueden aplicar.",
                                },
                            ],
                        },
                    ),
                ],
            },
            "from-training-to-practice": {
                "title": "Del aula a la práctica diaria",
                "body": [
                    (
                        "heading",
                        {"text": "Por qué el aprendizaje a menudo se queda en el aula", "level": "h2"},
                    ),
                    (
                        "paragraph",
                        "<p>Las personas participantes pueden salir de un taller con entusiasmo y, aun así, no cambiar nada en su "
                        "trabajo. La investigación sobre la transferencia de la formación señala tres grupos de factores: la "
                        "persona que aprende (motivación y confianza), el diseño de la formación (su cercanía a las tareas reales) "
                        "y el lugar de trabajo (si las jefaturas y los procedimientos permiten el cambio). Como persona experta, "
                        "usted influye directamente en el segundo, y en los otros dos más de lo que cree.</p>",
                    ),
                    ("heading", {"text": "Diseñar para la transferencia", "level": "h3"}),
                    (
                        "paragraph",
                        "<ul>"
                        "<li><strong>Practicar con tareas reales.</strong> Cuanto más se parezca un ejercicio a algo que las "
                        "personas participantes hacen, más fácil será repetirlo en el trabajo. Utilice, siempre que pueda, los "
                        "formularios y plantillas de la propia institución.</li>"
                        "<li><strong>Terminar con un plan de acción.</strong> Pida a cada participante que anote una o dos cosas "
                        "concretas que hará el mes siguiente, con una fecha y una persona a quien contárselo.</li>"
                        "<li><strong>Implicar a las jefaturas.</strong> Invite a un alto cargo a abrir o cerrar la sesión y a "
                        "escuchar los planes de acción. Su presencia indica que el cambio se espera y está permitido.</li>"
                        "<li><strong>Planificar un seguimiento.</strong> Una breve llamada o un mensaje unas semanas después "
                        "pregunta qué probaron las personas participantes y qué se lo impidió.</li>"
                        "<li><strong>Convertir a las personas participantes en formadoras.</strong> Enseñar un tema a colegas es "
                        "una de las formas más eficaces de consolidarlo.</li>"
                        "</ul>",
                    ),
                    ("heading", {"text": "La motivación no es solo personal", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>A las personas adultas las mueven impulsos internos, como la competencia, el reconocimiento y el deseo "
                        "de servir bien al público, más que los certificados. Pero la motivación se apaga cuando el lugar de "
                        "trabajo no deja margen para aplicar lo aprendido. Cuando participe en un análisis de necesidades de "
                        "formación o en una misión de evaluación, pregunte pronto: ¿quién decide si se puede adoptar una nueva "
                        "práctica? Si la respuesta es un director que no asistirá, busque la manera de informarle.</p>"
                        "<p>Sea realista sobre lo que puede lograr una sola actividad. Una Acción típica incluye seis o siete "
                        "actividades a lo largo de meses o años, y la transferencia se produce a lo largo de esa serie más que en "
                        "un solo día. Coordínese con el equipo de la Acción para que cada actividad se apoye en los compromisos "
                        "asumidos en la anterior, y para que la siguiente persona experta sepa qué prometieron probar las "
                        "personas participantes.</p>",
                    ),
                    (
                        "document",
                        {
                            "document": "evaluation-form-template",
                            "title": "Formulario de evaluación de fin de actividad (plantilla)",
                            "description": "Un formulario breve cuya última pregunta pide a las personas participantes qué harán de otra manera el mes siguiente: un estímulo sencillo para la transferencia que puede adaptar.",
                        },
                    ),
                    (
                        "case_study",
                        {
                            "title": "Formaciones de réplica en Costa Rica",
                            "country": "CR",
                            "institution": "Dirección General de Migración y Extranjería (DGME) y Ministerio de Salud",
                            "practice": (
                                "<p>La Acción Costa Rica IV, desarrollada de octubre de 2020 a marzo de 2024 sobre migración y salud, "
                                "trabajó con la autoridad migratoria y el Ministerio de Salud. Parte del personal participó en el "
                                "programa de formación profesional de formadores: una fase en línea a su propio ritmo seguida de "
                                "sesiones presenciales. Cada participante eligió un módulo y se comprometió a impartirlo a colegas de "
                                "su propia institución, en lo que pasó a llamarse formación de réplica.</p>"
                                "<p>Las personas expertas, de México, España y Estados Unidos, ayudaron a adaptar el material y a "
                                "ensayar las sesiones antes de impartirlas.</p>"
                            ),
                            "outcome": (
                                "<p>El compromiso de enseñar dio a las personas participantes una razón concreta para dominar su "
                                "módulo y llevó el contenido mucho más allá de quienes asistieron al curso original. Las instituciones "
                                "ganaron además un grupo de formadores internos para actividades posteriores.</p>"
                            ),
                        },
                    ),
                    (
                        "key_takeaway",
                        {
                            "text": "<p>La transferencia se diseña, no se espera: practique con tareas reales, termine con un plan de acción, implique a las jefaturas y planifique un seguimiento.</p>"
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "¿Qué podría impedir que las personas participantes apliquen lo que aprendan en su próxima sesión, y qué puede hacer antes, durante o después para reducir ese obstáculo?",
                            "guidance": "<ul><li>Piense en el tiempo, la autoridad y los procedimientos, no solo en los conocimientos.</li><li>Identifique a una persona de la institución socia que pueda apoyar el cambio.</li><li>Acuerde con el equipo de la Acción cómo se hará el seguimiento.</li></ul>",
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "¿Qué paso refuerza más directamente la transferencia del aprendizaje al lugar de trabajo?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": "Entregar un certificado de asistencia",
                                    "is_correct": False,
                                    "feedback": "Los certificados se agradecen, pero no ayudan a nadie a aplicar una nueva práctica.",
                                },
                                {
                                    "text": "Terminar con planes de acción individuales compartidos con una jefatura",
                                    "is_correct": True,
                                    "feedback": "Correcto: un compromiso concreto, visible para alguien con autoridad, hace mucho más probable la aplicación.",
                                },
                                {
                                    "text": "Añadir más contenido para que las personas participantes lo tengan todo en un mismo lugar",
                                    "is_correct": False,
                                    "feedback": "Más contenido suele significar menos tiempo de práctica, lo que debilita la transferencia.",
                                },
                                {
                                    "text": "Enviar las diapositivas por correo electrónico después de la sesión",
                                    "is_correct": False,
                                    "feedback": "Las diapositivas ayudan a recordar, pero por sí solas rara vez cambian la práctica.",
                                },
                            ],
                        },
                    ),
                ],
            },
        },
    },
    "designing-a-training-session": {
        "title": "Diseñar una sesión de formación",
        "summary": (
            "Cómo convertir una solicitud de formación en una sesión que funcione: analizar las necesidades, redactar "
            "objetivos observables, estructurar la jornada de forma realista y elegir actividades y materiales adecuados."
        ),
        "learning_outcomes": (
            "<ul><li>Utilizar un análisis ligero de necesidades de formación para identificar la brecha real de desempeño</li>"
            "<li>Redactar objetivos de aprendizaje que puedan observarse y comprobarse</li>"
            "<li>Estructurar una sesión y una jornada con tiempos realistas para la interpretación y los análisis posteriores</li>"
            "<li>Seleccionar actividades y materiales adecuados a cada objetivo</li></ul>"
        ),
        "units": {
            "from-needs-to-objectives": {
                "title": "De las necesidades de formación a los objetivos de aprendizaje",
                "body": [
                    ("heading", {"text": "Empezar por la brecha, no por el tema", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Las solicitudes de asistencia suelen llegar formuladas como temas: «formación sobre protección de "
                        "datos», «un taller sobre estadísticas de migración laboral». Un tema le dice de qué hablar, no lo que las "
                        "personas participantes necesitan ser capaces de hacer. Antes de diseñar nada, averigüe cuál es la brecha "
                        "entre el desempeño actual y el deseado, y si la formación puede cerrarla.</p>"
                        "<p>Un análisis de necesidades de formación no tiene por qué ser pesado. Según el tiempo y el acceso de que "
                        "disponga, puede combinar:</p>"
                        "<ul>"
                        "<li>un breve cuestionario a las futuras personas participantes sobre sus tareas y dificultades;</li>"
                        "<li>entrevistas con dos o tres jefaturas sobre lo que les gustaría que se hiciera de otra manera;</li>"
                        "<li>una revisión de los procedimientos, formularios o directrices que utilizan las personas participantes;</li>"
                        "<li>un grupo focal que reúna a personal con experiencia y a personal más reciente.</li>"
                        "</ul>"
                        "<p>Algunas brechas no son de formación. Si el personal conoce el procedimiento pero le falta el equipo, o "
                        "si una norma contradice a otra, un taller no lo resolverá. Dígaselo al equipo de la Acción: la "
                        "constatación puede dar forma a otra actividad.</p>",
                    ),
                    ("heading", {"text": "Redactar objetivos que orienten el diseño", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Un objetivo de aprendizaje describe lo que las personas participantes serán capaces de hacer al final de "
                        "la sesión, de forma que pueda observarse. Tiene tres partes: un verbo de acción, un contenido y, cuando es "
                        "útil, una condición o un nivel esperado.</p>"
                        "<ul>"
                        "<li>Débil: «Las personas participantes comprenderán el análisis de riesgos».</li>"
                        "<li>Mejor: «Las personas participantes serán capaces de valorar el nivel de riesgo de tres pasos "
                        "fronterizos de ejemplo con la matriz del organismo y de justificar cada valoración».</li>"
                        "</ul>"
                        "<p>Verbos como <em>identificar, comparar, redactar, aplicar, explicar</em> o <em>decidir</em> son útiles "
                        "porque se puede ver cómo ocurren. Verbos como <em>comprender</em> o <em>conocer</em> no son incorrectos, "
                        "pero no le dicen ni qué actividad diseñar ni cómo comprobar el éxito.</p>"
                        "<p>Mantenga un número reducido. Tres o cuatro objetivos para una sesión de un día suelen ser suficientes, "
                        "porque cada uno necesita tiempo de práctica y de retroalimentación. Comparta el borrador de objetivos con "
                        "la institución socia antes de la actividad: acordarlos es la forma más sencilla de asegurarse de que está "
                        "resolviendo su problema.</p>",
                    ),
                    (
                        "video",
                        {
                            "title": "Lo que nos enseñó un análisis de necesidades",
                            "url": "https://videos.example.org/relais/from-needs-to-objectives",
                            "duration": "5 min",
                            "transcript": (
                                "<p><strong>Entrevistador:</strong> ¿Por qué insiste en hacer un análisis de necesidades incluso para un taller corto?</p>"
                                "<p><strong>Formadora:</strong> Porque la solicitud y la necesidad rara vez coinciden. Una vez me pidieron un curso de derecho internacional para diplomáticos recién incorporados. Al hablar con sus jefaturas, la verdadera dificultad era redactar notas informativas claras bajo presión de tiempo. El derecho formaba parte de ello, pero la competencia que les faltaba era la síntesis.</p>"
                                "<p><strong>Entrevistador:</strong> ¿Cómo cambió eso el taller?</p>"
                                "<p><strong>Formadora:</strong> Por completo. Mantuvimos algunas aportaciones jurídicas, pero la mayor parte del día se convirtió en ejercicios de redacción con expedientes realistas, seguidos de una revisión entre pares. Los objetivos pasaron de «conocer los convenios» a «redactar una nota de una página que un ministro pueda utilizar».</p>"
                                "<p><strong>Entrevistador:</strong> ¿Y si no hay tiempo para entrevistas?</p>"
                                "<p><strong>Formadora:</strong> Entonces envíe cinco preguntas por correo electrónico y llame a dos personas. Incluso eso tan poco le dice quién viene, qué hace ya bien y qué le preocupa. Es el seguro más barato que puede contratar para un taller.</p>"
                            ),
                        },
                    ),
                    (
                        "case_study",
                        {
                            "title": "Partir de un diagnóstico compartido",
                            "country": "CM",
                            "institution": "Ministerio de Relaciones Exteriores e Instituto de Relaciones Internacionales de Camerún",
                            "practice": (
                                "<p>La Acción Camerún II, desarrollada de septiembre de 2022 a junio de 2023, se centró en las "
                                "capacidades de formación. Personas expertas de Camerún, Francia y Malí trabajaron con el Ministerio "
                                "de Relaciones Exteriores y el Instituto de Relaciones Internacionales de Camerún. En lugar de ofrecer "
                                "un curso ya hecho, el equipo empezó por examinar lo que ya se enseñaba sobre migración y en qué "
                                "ámbitos el personal y el profesorado se sentían menos preparados.</p>"
                                "<p>Las entrevistas y una revisión de los planes de estudio existentes sirvieron para acordar una "
                                "breve lista de competencias prioritarias antes de diseñar ninguna sesión.</p>"
                            ),
                            "outcome": (
                                "<p>Un diagnóstico compartido ayudó a las instituciones socias a apropiarse de los objetivos. Contar "
                                "con una persona experta de Camerún en el equipo facilitó la lectura de los resultados a la luz de "
                                "la práctica institucional local.</p>"
                            ),
                        },
                    ),
                    (
                        "key_takeaway",
                        {
                            "text": "<p>Convierta el tema solicitado en objetivos observables basados en lo que las personas participantes deben hacer de otra manera. Si la formación no puede cerrar la brecha, dígalo.</p>"
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "Tome un tema sobre el que a menudo le piden formación. Reformúlelo como dos objetivos que describan lo que las personas participantes serán capaces de hacer.",
                            "guidance": "<ul><li>Utilice un verbo observable.</li><li>Añada una condición: ¿con qué herramienta, caso o nivel esperado?</li><li>Pregúntese cómo lo comprobaría al final.</li></ul>",
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "¿Cuál de estos es el objetivo de aprendizaje más útil para un taller de un día?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": "Las personas participantes comprenderán el enfoque de la UE en materia de retorno.",
                                    "is_correct": False,
                                    "feedback": "La comprensión no se puede observar directamente, y el objetivo no orienta las actividades.",
                                },
                                {
                                    "text": "Las personas participantes serán conscientes de la importancia de la calidad de los datos.",
                                    "is_correct": False,
                                    "feedback": "La concienciación es un fin valioso, pero no permite diseñar la práctica ni comprobar el éxito.",
                                },
                                {
                                    "text": "Las personas participantes serán capaces de detectar y corregir los errores de cinco registros de llegada de ejemplo con el diccionario nacional de datos.",
                                    "is_correct": True,
                                    "feedback": "Correcto: nombra una acción observable, un contenido y una condición, así que le indica qué practicar y cómo comprobarlo.",
                                },
                                {
                                    "text": "La persona experta presentará el marco de calidad de los datos.",
                                    "is_correct": False,
                                    "feedback": "Esto describe lo que hace quien forma, no lo que las personas participantes serán capaces de hacer.",
                                },
                            ],
                        },
                    ),
                ],
            },
            "structuring-the-session": {
                "title": "Estructurar la sesión y la jornada",
                "body": [
                    ("heading", {"text": "Una estructura que funciona", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>La mayoría de las sesiones eficaces siguen una estructura reconocible, duren noventa minutos o una "
                        "jornada completa:</p>"
                        "<ol>"
                        "<li><strong>Apertura</strong> (alrededor de una décima parte del tiempo): objetivos, presentaciones "
                        "vinculadas al tema, expectativas y aspectos prácticos.</li>"
                        "<li><strong>Activación:</strong> una tarea breve que saca a la luz lo que las personas participantes ya "
                        "saben o hacen.</li>"
                        "<li><strong>Exposición:</strong> el contenido nuevo, en bloques de quince a veinte minutos.</li>"
                        "<li><strong>Práctica:</strong> las personas participantes aplican el contenido a un caso o una tarea y "
                        "reciben retroalimentación.</li>"
                        "<li><strong>Consolidación:</strong> un análisis posterior, una síntesis extraída de las personas "
                        "participantes y las preguntas pendientes.</li>"
                        "<li><strong>Cierre:</strong> planes de acción, evaluación y próximos pasos de la Acción.</li>"
                        "</ol>"
                        "<p>A lo largo de una jornada, la exposición y la práctica se repiten en ciclos. Una regla práctica útil es "
                        "que las personas participantes dediquen al menos la mitad del tiempo a hacer algo distinto de escuchar.</p>",
                    ),
                    (
                        "image",
                        {
                            "image": "cover-session-design",
                            "alt": "Cronología de una jornada de formación dividida en bloques: una apertura, periodos alternos de exposición y práctica separados por pausas, y un cierre.",
                            "caption": "Planifique la jornada como ciclos de exposición y práctica, con pausas y análisis posteriores incluidos.",
                        },
                    ),
                    ("heading", {"text": "Calcular los tiempos con realismo", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Los diseños casi siempre subestiman el tiempo. Tenga en cuenta:</p>"
                        "<ul>"
                        "<li><strong>La interpretación.</strong> La interpretación consecutiva duplica aproximadamente la duración "
                        "de cualquier exposición oral, e incluso la simultánea ralentiza el debate.</li>"
                        "<li><strong>Los desplazamientos.</strong> Formar grupos, encontrar las salas y volver lleva entre cinco y "
                        "diez minutos cada vez.</li>"
                        "<li><strong>Los análisis posteriores.</strong> Una tarea en grupo sin análisis posterior pierde gran parte "
                        "de su valor. Planifique el análisis como parte de la actividad, no como un extra opcional.</li>"
                        "<li><strong>El protocolo.</strong> Las inauguraciones oficiales, las fotografías y los discursos de altos "
                        "cargos son importantes para las instituciones socias. Inclúyalos en el plan en lugar de dejar que se "
                        "coman la primera sesión.</li>"
                        "</ul>"
                        "<p>Coloque las tareas exigentes por la mañana y después de la pausa de la tarde, y evite las exposiciones "
                        "largas justo después de comer. Tenga una lista de recortes: las actividades que puede acortar o suprimir "
                        "si falta tiempo, decididas de antemano para no improvisar bajo presión.</p>",
                    ),
                    ("heading", {"text": "Grupos mixtos y de varios países", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Las Acciones regionales reúnen a personas con mandatos, idiomas y niveles jerárquicos distintos. "
                        "Planifique algunas actividades en grupos de pares (personas que hacen el mismo trabajo) y otras en grupos "
                        "mixtos (personas de distintas instituciones o países). Los pares profundizan más en el detalle técnico; "
                        "los grupos mixtos aprenden de los contrastes. Haga visible la lógica de los agrupamientos, para que las "
                        "personas participantes entiendan por qué se les cambia de grupo.</p>"
                        "<p>Por último, comparta pronto la agenda con la institución socia y pregunte qué podría no funcionar: una "
                        "sesión que coincide con la hora del rezo, un día festivo o el único hueco libre de un alto cargo.</p>",
                    ),
                    (
                        "case_study",
                        {
                            "title": "Un taller, tres países, diez socios",
                            "country": "AR",
                            "institution": "Alianza regional del Gran Chaco (gobiernos locales y nacionales, redes de la sociedad civil y universidades)",
                            "practice": (
                                "<p>La Acción regional del Gran Chaco, de febrero de 2022 a marzo de 2024, abordó el cambio climático, "
                                "la degradación ambiental y la movilidad humana. Reunió a diez socios de Argentina, Bolivia y Paraguay, "
                                "desde gobiernos locales y nacionales hasta redes de la sociedad civil y universidades, con personas "
                                "expertas de Brasil, Paraguay, España, Estados Unidos y el Reino Unido.</p>"
                                "<p>Con un grupo tan diverso, las sesiones del taller alternaban entre grupos por país, que trabajaban "
                                "sobre su propia situación, y grupos temáticos que mezclaban países y tipos de organización. Cada "
                                "bloque terminaba con un breve plenario en el que cada grupo presentaba una única conclusión.</p>"
                            ),
                            "outcome": (
                                "<p>Alternar los grupos permitió a las personas participantes profundizar en su propio contexto y, al "
                                "mismo tiempo, aprender de vecinos que afrontan presiones similares, y las puestas en común breves "
                                "mantuvieron bajo control el tiempo de plenario.</p>"
                            ),
                        },
                    ),
                    (
                        "key_takeaway",
                        {
                            "text": "<p>Siga una estructura clara, alterne exposición y práctica, y reserve tiempo de sobra para la interpretación, los desplazamientos, los análisis posteriores y el protocolo.</p>"
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "Revise una agenda que haya impartido recientemente. ¿Qué parte del tiempo pasaron escuchando las personas participantes y dónde se retrasó el programa?",
                            "guidance": "<ul><li>Marque cada bloque como exposición, práctica, análisis posterior u otro.</li><li>Anote la causa de cada retraso.</li><li>Decida qué incluiría en su lista de recortes la próxima vez.</li></ul>",
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "Va a trabajar con interpretación consecutiva. ¿Qué ajustes de su plan tienen sentido? Seleccione todas las respuestas correctas.",
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "Reducir aproximadamente a la mitad la exposición oral prevista",
                                    "is_correct": True,
                                    "feedback": "Sí: la interpretación consecutiva dura más o menos lo mismo que el discurso original.",
                                },
                                {
                                    "text": "Informar previamente a los intérpretes y compartir con ellos los términos clave",
                                    "is_correct": True,
                                    "feedback": "Sí: los intérpretes que conocen la terminología trabajan más rápido y con más precisión.",
                                },
                                {
                                    "text": "Suprimir los análisis posteriores para ganar tiempo",
                                    "is_correct": False,
                                    "feedback": "Es en los análisis posteriores donde se consolida el aprendizaje; recorte mejor la exposición o las actividades secundarias.",
                                },
                                {
                                    "text": "Preparar una lista de actividades que acortar si es necesario",
                                    "is_correct": True,
                                    "feedback": "Sí: decidir de antemano qué suprimir protege los objetivos esenciales.",
                                },
                            ],
                        },
                    ),
                ],
            },
            "choosing-activities-and-materials": {
                "title": "Elegir actividades y materiales",
                "body": [
                    ("heading", {"text": "Ajustar la actividad al objetivo", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Cada objetivo sugiere un tipo de actividad. Si las personas participantes deben <em>conocer</em> datos, "
                        "puede bastar una breve exposición con un cuestionario. Si deben <em>aplicar</em> un procedimiento, "
                        "necesitan practicarlo con casos. Si deben <em>decidir</em> o <em>negociar</em> bajo presión, necesitan "
                        "una simulación o un juego de rol.</p>"
                        "<ul>"
                        "<li><strong>Exposición breve con preguntas:</strong> para conceptos, normas y marcos nuevos.</li>"
                        "<li><strong>Análisis de casos:</strong> para aplicar normas a situaciones y comparar opciones.</li>"
                        "<li><strong>Juego de rol:</strong> para entrevistas, conversaciones difíciles y reuniones entre organismos.</li>"
                        "<li><strong>Ejercicio de simulación:</strong> para respuestas coordinadas a lo largo del tiempo, como un "
                        "incidente fronterizo o la llegada repentina de un gran número de personas.</li>"
                        "<li><strong>Taller de redacción:</strong> para elaborar productos reales, como un procedimiento, un "
                        "formulario de derivación o un apartado de una estrategia.</li>"
                        "<li><strong>Visita de estudio:</strong> para ver una práctica en su contexto, seguida de un debate "
                        "estructurado sobre lo que podría adaptarse en el propio país.</li>"
                        "</ul>",
                    ),
                    ("heading", {"text": "Diseñar una buena simulación", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Las simulaciones son potentes y fáciles de hacer mal. Mantenga el escenario cerca de la realidad de las "
                        "personas participantes, dé a cada una un papel que corresponda a su puesto, entregue la información por "
                        "etapas y limite la duración total. El análisis posterior importa más que el propio ejercicio: pregunte qué "
                        "decidió cada grupo, con qué información y qué cambiaría en sus propios procedimientos.</p>"
                        "<p>Los juegos de rol requieren un cuidado similar. A algunas personas les incomoda actuar delante de "
                        "colegas, sobre todo delante de sus superiores. Ofrezca papeles de observación, deje que los grupos "
                        "pequeños ensayen lejos del plenario y deje claro que el objetivo es practicar una conversación, no dar "
                        "una actuación.</p>",
                    ),
                    ("heading", {"text": "Materiales que perduran", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Los materiales deben seguir siendo útiles para las personas participantes cuando usted se haya ido. Prefiera:</p>"
                        "<ul>"
                        "<li>documentos breves en el idioma de trabajo, con la terminología revisada junto a la institución socia;</li>"
                        "<li>plantillas y listas de comprobación que las personas participantes puedan adaptar, en lugar de informes largos;</li>"
                        "<li>diapositivas con pocas palabras y diagramas claros, más fáciles de interpretar y traducir;</li>"
                        "<li>archivos que se abran en equipos corrientes y se impriman bien en blanco y negro.</li>"
                        "</ul>"
                        "<p>Envíe pronto los materiales a traducir (dos o tres semanas antes de la actividad es un mínimo razonable) "
                        "y deje tiempo para que la institución socia los revise. Pregunte también qué documentos utilizan realmente "
                        "las personas participantes en su trabajo diario: un ejercicio basado en un formulario conocido vale más "
                        "que un caso pulido traído de fuera.</p>",
                    ),
                    (
                        "document",
                        {
                            "document": "session-plan-checklist",
                            "title": "Lista de comprobación del plan de sesión",
                            "description": "Seis preguntas para revisar un plan de sesión antes de impartirlo, desde quiénes son las personas participantes hasta cómo sabrá que se alcanzaron los objetivos.",
                        },
                    ),
                    (
                        "case_study",
                        {
                            "title": "Un curso sobre fronteras pensado para reutilizarse",
                            "country": "ZM",
                            "institution": "Secretaría del COMESA",
                            "practice": (
                                "<p>En el marco de la Acción regional del COMESA, iniciada en noviembre de 2020, personas expertas del "
                                "Reino Unido y de Nigeria trabajaron con la Secretaría del COMESA en un curso de formación para el "
                                "personal de fronteras. El curso trataba de cómo mantener la circulación segura de personas y "
                                "mercancías a través de las fronteras durante una crisis sanitaria. Los ejercicios prácticos pedían "
                                "a las personas participantes aplicar el cribado, la separación de flujos y el intercambio diario de "
                                "información a situaciones realistas de un puesto fronterizo.</p>"
                            ),
                            "outcome": (
                                "<p>El curso se diseñó como un recurso que permanece en la institución y no como un evento puntual. "
                                "Cuando un brote de cólera afectó a la región en 2022-2023, el curso volvió a resultar útil.</p>"
                            ),
                        },
                    ),
                    (
                        "key_takeaway",
                        {
                            "text": "<p>Elija las actividades a partir del objetivo: deje que las personas participantes practiquen lo que deben hacer y deje materiales que sigan funcionando cuando usted se haya ido.</p>"
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "Para cada objetivo de su próxima sesión, ¿qué actividad permitirá a las personas participantes practicarlo y qué se llevarán consigo?",
                            "guidance": "<ul><li>Compruebe que ningún objetivo depende solo de su exposición.</li><li>Pregunte a la institución socia qué documentos utilizan realmente las personas participantes.</li><li>Prevea tiempo para la traducción y la revisión.</li></ul>",
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "Su objetivo es que personal de tres organismos coordine su respuesta a la llegada repentina de un gran número de personas a un puesto fronterizo. ¿Qué actividad encaja mejor?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": "Una presentación sobre modelos de coordinación en los Estados miembros de la UE",
                                    "is_correct": False,
                                    "feedback": "Es un contexto útil, pero las personas participantes no practicarán la coordinación.",
                                },
                                {
                                    "text": "Un ejercicio de simulación por etapas, con papeles que correspondan a cada organismo, seguido de un análisis posterior",
                                    "is_correct": True,
                                    "feedback": "Correcto: coordinarse a medida que cambia la información es justo lo que una simulación permite practicar.",
                                },
                                {
                                    "text": "Un cuestionario sobre el mandato legal de cada organismo",
                                    "is_correct": False,
                                    "feedback": "Conocer los mandatos ayuda, pero el objetivo trata de actuar juntos, no de recordar normas.",
                                },
                                {
                                    "text": "La lectura individual del plan de contingencia",
                                    "is_correct": False,
                                    "feedback": "La lectura es una buena preparación, pero no ejercita la interacción entre organismos.",
                                },
                            ],
                        },
                    ),
                ],
            },
        },
    },
    "facilitating-online-and-blended-training": {
        "title": "Facilitar formación en línea y semipresencial",
        "summary": (
            "Cómo diseñar programas semipresenciales y facilitar sesiones en línea en directo y cursos a su propio ritmo para "
            "personal que puede conectarse desde oficinas muy ocupadas y con conexiones débiles."
        ),
        "learning_outcomes": (
            "<ul><li>Diseñar un programa semipresencial que dé a cada formato un papel claro</li>"
            "<li>Facilitar sesiones en línea en directo que mantengan el interés, también con conexiones débiles</li>"
            "<li>Acompañar a quienes aprenden a su propio ritmo para que terminen un curso y apliquen lo aprendido</li></ul>"
        ),
        "units": {
            "designing-blended-learning": {
                "title": "Diseñar un programa semipresencial",
                "body": [
                    ("heading", {"text": "¿Por qué combinar modalidades?", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Desde 2020, los formatos en línea se han convertido en una parte habitual del desarrollo de "
                        "capacidades. No son una copia barata de un taller: hacen bien otras cosas. El aprendizaje en línea a su "
                        "propio ritmo permite a las personas participantes estudiar con su propia cadencia y volver al material más "
                        "adelante. Las sesiones en línea en directo conectan a personas muy alejadas a bajo coste. Los encuentros "
                        "presenciales generan confianza, permiten una práctica compleja y crean redes. Un programa semipresencial "
                        "los combina para que cada uno haga lo que mejor sabe hacer.</p>",
                    ),
                    ("heading", {"text": "Un esquema habitual", "level": "h3"}),
                    (
                        "paragraph",
                        "<ol>"
                        "<li><strong>Preparación a su propio ritmo:</strong> módulos breves presentan conceptos, vocabulario y "
                        "ejemplos, con cuestionarios de autoevaluación.</li>"
                        "<li><strong>Sesiones en línea en directo:</strong> las personas participantes debaten preguntas, resuelven "
                        "dificultades y comparten cómo se aplican los conceptos en su institución.</li>"
                        "<li><strong>Taller presencial:</strong> el tiempo juntos se dedica a la práctica, la simulación y la "
                        "planificación en lugar de a explicar lo básico.</li>"
                        "<li><strong>Seguimiento en línea:</strong> las personas participantes cuentan qué aplicaron y sus pares lo comentan.</li>"
                        "</ol>"
                        "<p>El programa de formación profesional de formadores siguió esta lógica: primero venía una fase de "
                        "aprendizaje en línea a su propio ritmo y después sesiones presenciales, de modo que el tiempo en el aula "
                        "pudiera dedicarse a practicar cómo diseñar, impartir y evaluar la formación.</p>",
                    ),
                    ("heading", {"text": "Cuestiones de diseño que conviene resolver pronto", "level": "h3"}),
                    (
                        "paragraph",
                        "<ul>"
                        "<li><strong>Acceso.</strong> ¿De qué dispositivos y conexiones disponen las personas participantes en el "
                        "trabajo y en casa? ¿Pueden reproducir vídeos en horario de oficina?</li>"
                        "<li><strong>Tiempo.</strong> ¿Liberarán las jefaturas al personal para el estudio autónomo, o tendrá que "
                        "hacerse después del trabajo? Acuerde las horas con la institución socia.</li>"
                        "<li><strong>Idioma.</strong> ¿Están los materiales, los subtítulos y las sesiones en directo disponibles en "
                        "el idioma de trabajo?</li>"
                        "<li><strong>Ritmo.</strong> Un esquema semanal, con un módulo y una sesión en directo, ayuda a mantener la constancia.</li>"
                        "<li><strong>Apoyo.</strong> ¿Quién responde a las preguntas entre sesiones y con qué rapidez?</li>"
                        "</ul>"
                        "<p>Mantenga breves las unidades en línea. Las unidades de veinte a treinta minutos caben en una jornada "
                        "de trabajo, mientras que las clases grabadas largas rara vez se terminan. Y decida desde el principio cómo "
                        "se harán referencia mutua las partes en línea y presencial: un taller que ignora lo que las personas "
                        "participantes estudiaron en línea les dice que esa parte no importaba.</p>"
                        "<p>Por último, prevea qué hacer con quienes se retrasan. En la mayoría de los grupos, algunas personas se "
                        "pierden las primeras semanas por vacaciones o trabajo urgente. Decida de antemano si pueden ponerse al día "
                        "a su ritmo, unirse a un grupo posterior o acudir al taller con un breve resumen preparado para ellas.</p>",
                    ),
                    (
                        "video",
                        {
                            "title": "Un ritmo semanal para quienes aprenden en línea",
                            "url": "https://videos.example.org/relais/designing-blended-learning",
                            "duration": "5 min",
                            "transcript": (
                                "<p><strong>Entrevistador:</strong> ¿Qué hace que un curso en línea funcione para personal muy ocupado?</p>"
                                "<p><strong>Coordinadora del curso:</strong> El ritmo, ante todo. La gente hace malabares con sus expedientes, y un curso sin estructura acaba al final de la lista. Un módulo nuevo cada semana, con una sesión en directo a la misma hora cada semana, les da una rutina.</p>"
                                "<p><strong>Entrevistador:</strong> ¿Qué ocurre en la sesión en directo?</p>"
                                "<p><strong>Coordinadora del curso:</strong> Muy poca exposición. Las personas participantes ya han hecho la lectura y el cuestionario, así que dedicamos la hora a sus preguntas y a casos de sus oficinas. A menudo, el momento más útil es cuando alguien explica cómo resolvió una situación y un colega de otra ciudad dice: nosotros lo hacemos de otra manera.</p>"
                                "<p><strong>Entrevistador:</strong> ¿Cómo sabe quién se está quedando atrás?</p>"
                                "<p><strong>Coordinadora del curso:</strong> La plataforma muestra quién ha abierto cada módulo. Después de la primera semana envío un mensaje amable a quien no ha empezado. No se trata de control: la gente agradece saber que alguien se da cuenta.</p>"
                                "<p><strong>Entrevistador:</strong> ¿Algún consejo para las personas expertas que empiezan con esto?</p>"
                                "<p><strong>Coordinadora del curso:</strong> Preparen menos contenido del que creen y más preguntas. Y prueben todo con una conexión lenta antes de abrir el curso.</p>"
                            ),
                        },
                    ),
                    (
                        "case_study",
                        {
                            "title": "Un curso en línea para defensores públicos",
                            "country": "BR",
                            "institution": "Defensoría Pública de la Unión (DPU)",
                            "practice": (
                                "<p>La Acción Brasil III, desarrollada de noviembre de 2020 a julio de 2022, apoyó a la Defensoría "
                                "Pública de la Unión en materia de asilo y acceso en línea a la asistencia jurídica. Uno de sus "
                                "productos fue un curso en línea para defensoras y defensores públicos, impartido en cinco módulos "
                                "semanales en marzo y abril de 2022. Cada semana, las personas participantes trabajaban un módulo por "
                                "su cuenta y después se unían a una sesión de preguntas y respuestas en directo con el equipo experto.</p>"
                            ),
                            "outcome": (
                                "<p>El esquema semanal dio un ritmo común a profesionales de la defensoría repartidos por un país muy "
                                "extenso, y las sesiones en directo les permitieron plantear preguntas de sus casos en curso. El "
                                "formato mostró que un curso en línea breve y estructurado puede llegar a personas que no habrían "
                                "podido desplazarse todas a un mismo taller.</p>"
                            ),
                        },
                    ),
                    (
                        "key_takeaway",
                        {
                            "text": "<p>Combine con intención: estudio a su propio ritmo para los conceptos, sesiones en directo para las preguntas y tiempo presencial para la práctica. Resuelva primero con la institución socia el acceso, el tiempo y el ritmo.</p>"
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "¿Qué partes de un taller que suele impartir podrían pasar a una preparación a su propio ritmo, para dedicar el tiempo juntos a la práctica?",
                            "guidance": "<ul><li>Enumere los contenidos que son sobre todo explicación.</li><li>Valore si las personas participantes pueden acceder a ellos antes del taller.</li><li>Piense en cómo comprobará que lo han hecho.</li></ul>",
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "¿Qué cuestiones debe resolver con la institución socia antes de poner en marcha un programa semipresencial? Seleccione todas las respuestas correctas.",
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "Si el personal puede estudiar en horario laboral",
                                    "is_correct": True,
                                    "feedback": "Sí: sin un tiempo acordado, el trabajo diario desplaza el estudio autónomo.",
                                },
                                {
                                    "text": "De qué dispositivos y conexiones disponen las personas participantes",
                                    "is_correct": True,
                                    "feedback": "Sí: decisiones como la duración de los vídeos dependen del acceso.",
                                },
                                {
                                    "text": "Qué color de fondo deben tener las diapositivas",
                                    "is_correct": False,
                                    "feedback": "Los detalles de presentación importan poco frente al acceso, el tiempo y el idioma.",
                                },
                                {
                                    "text": "Quién responderá a las preguntas entre las sesiones en directo",
                                    "is_correct": True,
                                    "feedback": "Sí: quienes se atascan y no encuentran ayuda tienden a abandonar.",
                                },
                            ],
                        },
                    ),
                ],
            },
            "facilitating-live-online-sessions": {
                "title": "Facilitar sesiones en línea en directo",
                "body": [
                    ("heading", {"text": "La atención funciona de otra manera en línea", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>En una sala, quien pierde la concentración al menos sigue presente; en línea, abre el correo. Por eso, "
                        "las sesiones en línea en directo necesitan más estructura, más variedad y exposiciones más breves que las "
                        "presenciales. Un objetivo útil es dar a las personas participantes algo que hacer (responder, votar, "
                        "escribir o debatir) al menos cada diez minutos.</p>",
                    ),
                    ("heading", {"text": "Antes de la sesión", "level": "h3"}),
                    (
                        "paragraph",
                        "<ul>"
                        "<li>Pruebe la plataforma con los equipos de la institución socia, idealmente desde sus oficinas.</li>"
                        "<li>Reparta los papeles: una persona que facilita y dirige; otra que produce, gestiona la tecnología, da "
                        "acceso a las personas y vigila el chat; y, si es necesario, intérpretes con sus propios canales.</li>"
                        "<li>Envíe una agenda breve y una guía de una página sobre las herramientas que se utilizarán.</li>"
                        "<li>Prepare un plan B: qué hará si falla el vídeo o si la mitad del grupo no puede entrar en las salas de grupos.</li>"
                        "</ul>",
                    ),
                    ("heading", {"text": "Durante la sesión", "level": "h3"}),
                    (
                        "paragraph",
                        "<ul>"
                        "<li><strong>Abra con cercanía y sentido práctico.</strong> Compruebe el sonido, explique cómo hacer "
                        "preguntas y empiece con una tarea rápida que todo el mundo pueda hacer, como una encuesta o una palabra en el chat.</li>"
                        "<li><strong>Use nombres, avisando antes.</strong> Invite a personas u oficinas concretas a intervenir: «Dentro "
                        "de un momento preguntaré a los colegas de los puestos del norte…».</li>"
                        "<li><strong>Dé a las salas de grupos una tarea clara.</strong> Ponga las instrucciones por escrito, fije un "
                        "límite de tiempo y pida un producto que traer de vuelta.</li>"
                        "<li><strong>Lea el chat en voz alta.</strong> Muestra a las personas más calladas que las preguntas de sus "
                        "colegas se escuchan, y ayuda a los intérpretes.</li>"
                        "<li><strong>Respete el tiempo.</strong> Las sesiones de sesenta a noventa minutos, con una breve pausa en "
                        "las más largas, mantienen la energía.</li>"
                        "</ul>",
                    ),
                    (
                        "image",
                        {
                            "image": "cover-online",
                            "alt": "Una cuadrícula de pantallas de vídeo en una sesión en línea, algunas con la cara de las personas participantes y otras solo con su nombre, como cuando las cámaras están apagadas.",
                            "caption": "Cuente con una mezcla de cámaras encendidas y apagadas, y dé a cada participante una forma de intervenir.",
                        },
                    ),
                    ("heading", {"text": "Poco ancho de banda e inclusión", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Muchas personas se conectan desde oficinas con conexiones inestables o desde un teléfono. Permita apagar "
                        "el vídeo, ofrezca acceso telefónico si es posible, comparta las diapositivas con antelación y grabe la "
                        "sesión si la institución socia está de acuerdo. No todo el mundo se siente cómodo hablando en línea en "
                        "una segunda lengua, así que trate el chat y las preguntas escritas como canales equivalentes a la palabra. "
                        "Después de la sesión, envíe un breve resumen con los puntos principales y las respuestas a las preguntas "
                        "que no pudo atender en directo; para quienes se desconectaron por problemas de conexión, ese resumen es la sesión.</p>",
                    ),
                    (
                        "case_study",
                        {
                            "title": "Seminarios web sobre gestión de fronteras para un público amplio",
                            "country": "DO",
                            "institution": "Instituto Nacional de Migración (INM)",
                            "practice": (
                                "<p>En la República Dominicana, el trabajo con el Instituto Nacional de Migración incluyó una serie "
                                "de seminarios web sobre gestión de fronteras para más de 100 funcionarios. Llegar a tantas personas "
                                "de forma presencial habría supuesto viajes repetidos y ausencias de sus puestos. Los seminarios web "
                                "combinaban breves exposiciones de especialistas con las preguntas de las personas participantes y "
                                "encuestas rápidas para comprobar la comprensión de los puntos clave.</p>"
                            ),
                            "outcome": (
                                "<p>Personal situado en distintos lugares pudo seguir el mismo contenido al mismo tiempo y plantear "
                                "sus preguntas directamente al equipo experto. Para un público amplio, el formato ofreció un primer "
                                "paso práctico sobre el que podían construirse actividades más intensivas.</p>"
                            ),
                        },
                    ),
                    (
                        "key_takeaway",
                        {
                            "text": "<p>En línea, dé a las personas participantes algo que hacer cada pocos minutos, separe los papeles de facilitación y producción, y diseñe para conexiones débiles desde el principio.</p>"
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "Piense en una sesión en línea en directo a la que asistió y que mantuvo su atención. ¿Qué hizo la persona facilitadora que usted podría reutilizar?",
                            "guidance": "<ul><li>Anote con qué frecuencia le pidieron hacer algo.</li><li>Anote cómo se utilizaron el chat y las salas de grupos.</li><li>Elija una técnica para probarla en su próxima sesión.</li></ul>",
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "La mitad de las personas participantes no puede entrar en las salas de grupos porque está conectada por teléfono. ¿Cuál es la mejor respuesta inmediata?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": "Cancelar la tarea en grupo y continuar con su presentación",
                                    "is_correct": False,
                                    "feedback": "Así se renuncia por completo a la práctica, aunque hay formas sencillas de mantener la tarea.",
                                },
                                {
                                    "text": "Realizar la tarea en plenario con un documento compartido, invitando a responder en el chat o de viva voz",
                                    "is_correct": True,
                                    "feedback": "Correcto: todo el mundo puede seguir participando y se mantiene el propósito de la tarea.",
                                },
                                {
                                    "text": "Pedir a quienes están conectados por teléfono que esperen a que vuelvan los demás",
                                    "is_correct": False,
                                    "feedback": "Esto excluye a parte del grupo e indica que su participación importa menos.",
                                },
                                {
                                    "text": "Terminar antes la sesión y reprogramarla",
                                    "is_correct": False,
                                    "feedback": "Reprogramar es costoso e innecesario cuando existe una adaptación sencilla.",
                                },
                            ],
                        },
                    ),
                ],
            },
            "supporting-self-paced-learners": {
                "title": "Acompañar a quienes aprenden a su propio ritmo",
                "body": [
                    ("heading", {"text": "A su propio ritmo no significa en solitario", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Los cursos a su propio ritmo dan flexibilidad al personal, pero muchas personas abandonan cuando sienten "
                        "que nadie sigue su avance. Un buen diseño de este tipo combina contenidos claros y breves con un apoyo "
                        "humano ligero, y trata a quien aprende como a un profesional con poco tiempo.</p>",
                    ),
                    ("heading", {"text": "Contenidos que se pueden estudiar sin ayuda", "level": "h3"}),
                    (
                        "paragraph",
                        "<ul>"
                        "<li><strong>Unidades breves</strong>, con un objetivo claro al principio y un resumen al final.</li>"
                        "<li><strong>Formatos variados:</strong> textos breves, diagramas, vídeos cortos con transcripción, "
                        "estudios de caso y preguntas de práctica.</li>"
                        "<li><strong>Retroalimentación que enseña.</strong> Cuando alguien elige una respuesta en un cuestionario, "
                        "explique por qué es correcta o incorrecta en lugar de mostrar solo una puntuación.</li>"
                        "<li><strong>Preguntas de reflexión</strong> que pidan relacionar el contenido con la propia institución.</li>"
                        "<li><strong>Accesibilidad:</strong> una transcripción para cada vídeo, texto alternativo para las imágenes, "
                        "texto legible y páginas que funcionen en un teléfono.</li>"
                        "</ul>",
                    ),
                    ("heading", {"text": "Un apoyo ligero que marca la diferencia", "level": "h3"}),
                    (
                        "paragraph",
                        "<ul>"
                        "<li>Un mensaje de bienvenida que explique cuánto dura el curso y cómo obtener ayuda.</li>"
                        "<li>Una persona de contacto identificada que responda a las preguntas en un plazo acordado.</li>"
                        "<li>Recordatorios en momentos fijados, sobre todo después de la primera semana.</li>"
                        "<li>Una sesión en directo opcional o un espacio de debate en el que encontrarse con sus pares.</li>"
                        "<li>Un reconocimiento al terminar que la institución socia valore, como un certificado que conste en el "
                        "expediente personal.</li>"
                        "</ul>"
                        "<p>Cuando un curso sirve a varias Acciones, decida quién gestiona el acceso. Conceder el acceso a petición, "
                        "a través de personas administradoras, permite saber quién está aprendiendo y hace posible el seguimiento, "
                        "a cambio de una breve espera; el acceso abierto es más sencillo, pero le dice poco sobre quién utiliza el curso.</p>"
                        "<p>Utilice los datos de progreso que le da la plataforma, pero léalos con cuidado. Alguien que lleva dos "
                        "semanas sin abrir un módulo puede estar de misión o cubriendo a un colega; un breve mensaje personal "
                        "preguntando qué tal va funciona mejor que un aviso automático.</p>"
                        "<p>Por último, implique a las jefaturas. Quien tiene una jefatura que pregunta por el curso tiene muchas "
                        "más probabilidades de terminarlo, y de aplicarlo. Si las instituciones socias siguen un curso a su propio "
                        "ritmo antes de un taller, abra el taller con una actividad que se apoye en él, para que el esfuerzo "
                        "realizado se vea claramente recompensado.</p>",
                    ),
                    (
                        "document",
                        {
                            "document": "session-plan-checklist",
                            "title": "Lista de comprobación del plan de sesión",
                            "description": "Las mismas seis preguntas sirven para planificar una unidad a su propio ritmo: quiénes aprenden, qué deben ser capaces de hacer y cómo lo sabrá.",
                        },
                    ),
                    (
                        "case_study",
                        {
                            "title": "Un curso de integración a su propio ritmo utilizado por varias Acciones",
                            "country": "AT",
                            "institution": "Universidad de Formación Continua de Krems",
                            "practice": (
                                "<p>El curso en línea «Un enfoque integral de la integración de personas migrantes y refugiadas» se "
                                "elaboró con la Universidad de Formación Continua de Krems para responsables de políticas que diseñan "
                                "estrategias de integración. Presenta prácticas de nueve Estados miembros de la UE en 18 módulos y "
                                "unas 20 horas de estudio, en inglés y en español. Los módulos combinan entrevistas en vídeo con "
                                "responsables públicos, cuestionarios, lecturas de referencia y preguntas de autorreflexión. Las "
                                "personas administradoras concedían el acceso a petición, y las personas participantes se inscribían "
                                "a través de las Acciones.</p>"
                            ),
                            "outcome": (
                                "<p>Unas 200 personas se inscribieron de esta forma. Como la inscripción estaba vinculada a las "
                                "Acciones, solían llegar con una tarea política concreta en mente, y el curso podía retomarse en los "
                                "talleres e intercambios de su Acción.</p>"
                            ),
                        },
                    ),
                    (
                        "key_takeaway",
                        {
                            "text": "<p>Quienes aprenden a su propio ritmo necesitan unidades breves y variadas, una retroalimentación que explique y una persona que se fije en su avance y responda a sus preguntas.</p>"
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "Si las instituciones socias siguieran un curso a su propio ritmo antes de su taller, ¿cómo sabría quién lo ha terminado y cómo lo aprovecharía?",
                            "guidance": "<ul><li>Acuerde con el equipo de la Acción quién hace el seguimiento del progreso.</li><li>Planifique una actividad de apertura que utilice el curso.</li><li>Piense qué ofrecer a quienes no lo terminaron.</li></ul>",
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "¿Qué características ayudan al personal a terminar un curso a su propio ritmo? Seleccione todas las respuestas correctas.",
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "Unidades de unos veinte a treinta minutos, cada una con un objetivo claro",
                                    "is_correct": True,
                                    "feedback": "Sí: las unidades breves caben en una jornada de trabajo y muestran hacia dónde se avanza.",
                                },
                                {
                                    "text": "Una retroalimentación en los cuestionarios que explique por qué cada respuesta es correcta o incorrecta",
                                    "is_correct": True,
                                    "feedback": "Sí: una retroalimentación explicativa convierte un cuestionario en un paso de aprendizaje.",
                                },
                                {
                                    "text": "Una única clase grabada de dos horas por módulo",
                                    "is_correct": False,
                                    "feedback": "Las grabaciones largas rara vez se terminan, sobre todo con conexiones débiles.",
                                },
                                {
                                    "text": "Una persona de contacto identificada que responda a las preguntas en un plazo acordado",
                                    "is_correct": True,
                                    "feedback": "Sí: saber que alguien responderá mantiene el compromiso de quienes aprenden.",
                                },
                            ],
                        },
                    ),
                ],
            },
        },
    },
    "evaluating-training": {
        "title": "Evaluar la formación",
        "summary": (
            "Cómo averiguar si una formación funcionó y aprovechar la respuesta: los cuatro niveles de evaluación, "
            "herramientas prácticas para reunir evidencias en las administraciones socias e informes francos que mejoran "
            "la siguiente actividad."
        ),
        "learning_outcomes": (
            "<ul><li>Distinguir reacción, aprendizaje, comportamiento y resultados, y vincular cada uno a sus objetivos</li>"
            "<li>Elegir y adaptar herramientas de evaluación a los contextos de las instituciones socias</li>"
            "<li>Analizar los resultados, informar de ellos con franqueza y utilizarlos para mejorar las actividades siguientes</li></ul>"
        ),
        "units": {
            "what-to-evaluate": {
                "title": "Qué evaluar y por qué",
                "body": [
                    (
                        "heading",
                        {"text": "La evaluación sirve al aprendizaje, no solo a los informes", "level": "h2"},
                    ),
                    (
                        "paragraph",
                        "<p>La evaluación suele tratarse como un formulario que se rellena al final del día. Bien hecha, responde a "
                        "preguntas que importan a usted, a la institución socia y al programa. ¿Aprendieron las personas "
                        "participantes lo que necesitaban? ¿Lo están utilizando? ¿Trabaja la institución de otra manera como "
                        "resultado? ¿Y qué debería hacer de otra manera la siguiente actividad?</p>",
                    ),
                    ("heading", {"text": "Cuatro niveles", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>El modelo de cuatro niveles de Donald Kirkpatrick sigue siendo el marco más utilizado para evaluar la formación:</p>"
                        "<ol>"
                        "<li><strong>Reacción:</strong> cómo vivieron la formación las personas participantes, incluidas su "
                        "pertinencia, su claridad y su ritmo.</li>"
                        "<li><strong>Aprendizaje:</strong> qué conocimientos y habilidades adquirieron, demostrados mediante "
                        "pruebas, ejercicios u observación.</li>"
                        "<li><strong>Comportamiento:</strong> si aplican en el trabajo lo aprendido, semanas o meses después.</li>"
                        "<li><strong>Resultados:</strong> qué cambios en el desempeño de la institución pueden vincularse a la "
                        "formación, como una tramitación más rápida, mejores datos o nuevos procedimientos.</li>"
                        "</ol>"
                        "<p>Cada nivel es más difícil y costoso de medir que el anterior, y cada uno depende de los inferiores. Una "
                        "satisfacción alta no demuestra aprendizaje, y el aprendizaje no garantiza la aplicación. En cambio, unas "
                        "reacciones negativas suelen anticipar resultados débiles.</p>",
                    ),
                    (
                        "image",
                        {
                            "image": "evaluation-levels",
                            "alt": "Gráfico de cuatro barras que crecen de izquierda a derecha y representan los cuatro niveles de evaluación de la formación: reacción, aprendizaje, comportamiento y resultados.",
                            "caption": "Cada nivel se apoya en el anterior y requiere más esfuerzo para medirse.",
                        },
                    ),
                    (
                        "heading",
                        {"text": "Planificar la evaluación al planificar la formación", "level": "h3"},
                    ),
                    (
                        "paragraph",
                        "<p>Decida desde el principio qué medirá y cómo, y vincúlelo a sus objetivos. Si un objetivo es que las "
                        "personas participantes sepan redactar una nota de derivación, la evidencia es una nota redactada, no una "
                        "puntuación de satisfacción. Acuerde con la institución socia y el equipo de la Acción qué niveles importan "
                        "más en esta actividad y qué se puede reunir de forma realista. Para un único taller, la reacción y el "
                        "aprendizaje pueden bastar; para una Acción con varias actividades a lo largo del tiempo, el comportamiento "
                        "y los resultados se vuelven esenciales.</p>"
                        "<p>El juicio de las propias personas participantes sigue contando. En el conjunto de la tercera fase del "
                        "programa, el 92 % de las personas participantes afirmó que su participación había supuesto una diferencia "
                        "real en su forma de hacer su trabajo. Las cifras de este tipo son valiosas, y resultan más convincentes "
                        "cuando se acompañan de evidencias de lo que realmente cambió en la práctica.</p>",
                    ),
                    ("heading", {"text": "Proporcionalidad y ética", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Reúna solo lo que vaya a utilizar. Mantenga breves los cuestionarios, explique por qué pregunta, proteja "
                        "el anonimato cuando la sinceridad de las respuestas importe y comparta los resultados con quienes los "
                        "proporcionaron.</p>",
                    ),
                    (
                        "case_study",
                        {
                            "title": "Mirar más allá del formulario de fin de curso",
                            "country": "SV",
                            "institution": "Ministerio de Relaciones Exteriores",
                            "practice": (
                                "<p>La Acción El Salvador II, iniciada en marzo de 2022, trabaja con el Ministerio de Relaciones "
                                "Exteriores en los servicios consulares para la población salvadoreña en el exterior. El Salvador fue "
                                "también uno de los seis países, junto con Brasil, Camerún, Costa Rica, Kirguistán y Uganda, en los que "
                                "el programa de formación profesional de formadores llegó a unas 80 personas participantes en total. "
                                "Su propósito no era solo que aprendieran a diseñar, impartir y evaluar formación, sino que después "
                                "formaran a colegas en sus propias instituciones.</p>"
                                "<p>Evaluar solo las reacciones habría pasado por alto ese propósito. Las preguntas que importaban "
                                "estaban en el nivel del comportamiento: ¿impartieron después sesiones las personas formadas, y cómo "
                                "fueron esas sesiones?</p>"
                            ),
                            "outcome": (
                                "<p>Plantear la evaluación en torno al comportamiento esperado mantuvo la atención en lo que importaba "
                                "a las instituciones y ayudó a identificar el apoyo que podían necesitar las nuevas personas "
                                "formadoras, como tiempo reservado para preparar sus sesiones.</p>"
                            ),
                        },
                    ),
                    (
                        "key_takeaway",
                        {
                            "text": "<p>Vincule la evaluación a sus objetivos y planifíquela desde el principio. La reacción y el aprendizaje son fáciles de medir; el comportamiento y los resultados le dicen si la formación marcó una diferencia.</p>"
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "Para su próxima actividad, ¿qué evidencias le convencerían a usted, y a la institución socia, de que las personas participantes utilizan lo aprendido tres meses después?",
                            "guidance": "<ul><li>Describa el comportamiento que espera ver.</li><li>Identifique quién podría observarlo.</li><li>Valore qué es realista reunir.</li></ul>",
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "Tres meses después de un taller sobre calidad de los datos, las jefaturas informan de que el personal revisa ahora los registros con la nueva lista de comprobación. ¿A qué nivel de evaluación corresponde esta evidencia?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": "Reacción",
                                    "is_correct": False,
                                    "feedback": "La reacción se refiere a cómo vivieron la formación las personas participantes, y suele medirse al final.",
                                },
                                {
                                    "text": "Aprendizaje",
                                    "is_correct": False,
                                    "feedback": "El aprendizaje se demuestra con pruebas o ejercicios durante la formación o justo después, no con la práctica posterior.",
                                },
                                {
                                    "text": "Comportamiento",
                                    "is_correct": True,
                                    "feedback": "Correcto: la evidencia se refiere a lo que hace el personal en el trabajo después de la formación.",
                                },
                                {
                                    "text": "Resultados",
                                    "is_correct": False,
                                    "feedback": "Los resultados serían efectos en la institución, como una reducción medible de los errores en los datos.",
                                },
                            ],
                        },
                    ),
                ],
            },
            "collecting-evidence": {
                "title": "Herramientas para reunir evidencias",
                "body": [
                    ("heading", {"text": "Elegir herramientas adecuadas al nivel", "level": "h2"}),
                    (
                        "paragraph",
                        "<ul>"
                        "<li><strong>Formularios de fin de actividad</strong> (reacción): escalas de valoración breves y una o dos "
                        "preguntas abiertas. Pregunte por la pertinencia y el uso previsto, no solo por el lugar y el catering.</li>"
                        "<li><strong>Pruebas previas y posteriores</strong> (aprendizaje): la misma breve serie de preguntas, o la "
                        "misma tarea práctica, al principio y al final. La diferencia muestra el aprendizaje, y la prueba previa "
                        "también le indica en qué centrarse.</li>"
                        "<li><strong>Observación</strong> (aprendizaje y comportamiento): una lista de comprobación utilizada durante "
                        "los ejercicios, o un colega que observa más adelante una tarea real.</li>"
                        "<li><strong>Productos de trabajo</strong> (aprendizaje y comportamiento): borradores, planes, formularios "
                        "cumplimentados o procedimientos elaborados durante o después de la formación.</li>"
                        "<li><strong>Entrevistas o encuestas de seguimiento</strong> (comportamiento): unas semanas o meses después, "
                        "pregunte qué probaron las personas participantes, qué funcionó y qué se lo impidió.</li>"
                        "<li><strong>Grupos focales</strong> (comportamiento y resultados): un debate estructurado con las personas "
                        "participantes o sus jefaturas sobre los cambios en la práctica.</li>"
                        "<li><strong>Datos institucionales</strong> (resultados): plazos de tramitación, tasas de error o número de "
                        "derivaciones, cuando la institución socia los recoge y está dispuesta a compartirlos.</li>"
                        "</ul>",
                    ),
                    ("heading", {"text": "Redactar mejores preguntas", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Las buenas preguntas de evaluación son breves, neutras y concretas. Evite las preguntas que preguntan "
                        "dos cosas a la vez («¿Fue la formación pertinente y estuvo bien organizada?») y las preguntas sesgadas "
                        "(«¿Cuánto mejoró la formación su trabajo?»). Incluya al menos una pregunta sobre el uso futuro, como «¿Qué "
                        "hará de otra manera el mes que viene?». Las preguntas abiertas aportan la información más rica, pero "
                        "limite su número, porque en los formularios largos la gente se las salta.</p>",
                    ),
                    (
                        "document",
                        {
                            "document": "evaluation-form-template",
                            "title": "Formulario de evaluación de fin de actividad (plantilla)",
                            "description": "Un formulario breve con cuatro afirmaciones que valorar y una pregunta abierta sobre lo que las personas participantes harán de otra manera. Adapte la redacción a sus objetivos.",
                        },
                    ),
                    (
                        "heading",
                        {
                            "text": "Consejos prácticos en los contextos de las instituciones socias",
                            "level": "h3",
                        },
                    ),
                    (
                        "paragraph",
                        "<ul>"
                        "<li>Traduzca los formularios y pruébelos primero con una o dos personas participantes.</li>"
                        "<li>Ofrezca versiones en papel y digitales cuando las conexiones no sean fiables.</li>"
                        "<li>Recoja los formularios antes de la ceremonia de clausura, no después.</li>"
                        "<li>Explique que una opinión sincera ayuda a la siguiente actividad y que las respuestas son anónimas.</li>"
                        "<li>Donde la jerarquía pese mucho, evite preguntas sobre el apoyo de las jefaturas que permitan identificar "
                        "a quien responde.</li>"
                        "</ul>"
                        "<p>Los métodos de bajo coste pueden ser sorprendentemente informativos. Un ejercicio de dos minutos al final "
                        "del día, en el que cada participante escribe una cosa que aplicará y una pregunta que le queda, le da a la "
                        "vez evidencias de aprendizaje y material para el seguimiento.</p>",
                    ),
                    (
                        "case_study",
                        {
                            "title": "Utilizar las tareas de trabajo como evidencia",
                            "country": "UG",
                            "institution": "Dirección de Ciudadanía y Control de la Inmigración",
                            "practice": (
                                "<p>La Acción Uganda III se desarrolló de febrero a noviembre de 2023 con la Dirección de Ciudadanía y "
                                "Control de la Inmigración, centrada en la gestión de datos, con personas expertas de Italia y Malta. "
                                "En una Acción relativamente corta, la evaluación debía ser sencilla. Los ejercicios prácticos con "
                                "registros de ejemplo servían a la vez de formación y de evidencia: las personas participantes "
                                "abordaban el mismo tipo de tarea al principio y al final de un taller, de modo que el progreso era "
                                "visible para ellas y para el equipo experto.</p>"
                                "<p>Las actividades posteriores empezaban con una breve ronda en la que cada participante contaba qué "
                                "había cambiado en su manejo diario de los datos desde la sesión anterior.</p>"
                            ),
                            "outcome": (
                                "<p>Utilizar tareas de trabajo como herramientas de evaluación mantuvo baja la carga para las personas "
                                "participantes y produjo evidencias vinculadas directamente a los objetivos de la Acción. Las rondas "
                                "de apertura dieron al equipo experto señales tempranas sobre los obstáculos, que pudo abordar en las "
                                "sesiones siguientes.</p>"
                            ),
                        },
                    ),
                    (
                        "key_takeaway",
                        {
                            "text": "<p>Ajuste la herramienta al nivel que quiere evaluar, mantenga las preguntas breves y neutras, y utilice siempre que pueda el trabajo de las propias personas participantes como evidencia.</p>"
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "Revise un formulario de evaluación que haya utilizado. ¿Qué preguntas produjeron información sobre la que actuó y cuáles podría suprimir?",
                            "guidance": "<ul><li>Busque preguntas dobles o sesgadas.</li><li>Asegúrese de que al menos una pregunta trate del uso futuro.</li><li>Piense qué añadiría para medir el aprendizaje, no solo la satisfacción.</li></ul>",
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "¿Cuáles de estas preguntas están bien diseñadas para un formulario de fin de actividad? Seleccione todas las respuestas correctas.",
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "«¿Qué hará de otra manera en su trabajo el mes que viene?»",
                                    "is_correct": True,
                                    "feedback": "Sí: es abierta y se centra en la aplicación.",
                                },
                                {
                                    "text": "«¿Fue la formación pertinente y estuvo bien organizada?»",
                                    "is_correct": False,
                                    "feedback": "Pregunta dos cosas a la vez, así que la respuesta no puede interpretarse.",
                                },
                                {
                                    "text": "«¿Cuánto mejoró su trabajo esta excelente formación?»",
                                    "is_correct": False,
                                    "feedback": "La redacción es sesgada y da por hecha la mejora.",
                                },
                                {
                                    "text": "«El contenido era pertinente para mi trabajo» (valorado de 1 a 5)",
                                    "is_correct": True,
                                    "feedback": "Sí: una afirmación única y neutra en una escala clara.",
                                },
                            ],
                        },
                    ),
                ],
            },
            "using-evaluation-results": {
                "title": "Aprender de los resultados de la evaluación",
                "body": [
                    ("heading", {"text": "De los datos a las decisiones", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>La evaluación solo es útil si alguien actúa en consecuencia. Después de cada actividad, dedique una hora "
                        "con sus cofacilitadores a revisar las evidencias mientras están frescas. Busque patrones más que "
                        "comentarios aislados: si un tercio de las personas participantes encontró confuso el mismo ejercicio, "
                        "cámbielo; si a una persona no le gustó el lugar, anótelo y siga adelante.</p>"
                        "<p>Siempre que pueda, implique en esta revisión a una contraparte de la institución socia. Leerá los "
                        "comentarios en su contexto, advertirá cuándo una queja refleja una limitación local y no un fallo de "
                        "diseño, y llevará las conclusiones a la planificación de la propia institución.</p>",
                    ),
                    ("heading", {"text": "Preguntas que hacer a sus resultados", "level": "h3"}),
                    (
                        "paragraph",
                        "<ul>"
                        "<li>¿Qué objetivos se alcanzaron, se alcanzaron en parte o no se alcanzaron, y cuál es la evidencia?</li>"
                        "<li>¿Dónde tuvieron dificultades las personas participantes, y la causa fue el contenido, el método, el tiempo o el idioma?</li>"
                        "<li>¿Qué dijeron las personas participantes que aplicarían y qué obstáculos previeron?</li>"
                        "<li>¿Qué debería hacer de otra manera la siguiente actividad de la Acción?</li>"
                        "</ul>",
                    ),
                    ("heading", {"text": "Informar con honestidad", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Los informes para las instituciones socias y para el programa deben ser concisos y francos. Presente lo "
                        "que salió bien, con evidencias, y lo que no, con los ajustes que propone. Tenga cuidado con las "
                        "afirmaciones sobre resultados: muchos factores influyen en el desempeño de una institución, y la formación "
                        "suele ser solo uno de ellos. Escriba «contribuyó a» en lugar de «provocó», salvo que disponga de evidencias "
                        "sólidas. Cite a las personas participantes con moderación, y solo con su permiso.</p>"
                        "<p>Comparta primero los resultados con la institución socia, en una forma que le resulte útil: un breve "
                        "resumen, las principales conclusiones y recomendaciones sobre las que pueda actuar. Cuando la evaluación se "
                        "percibe como un ejercicio de aprendizaje compartido y no como una inspección, las instituciones socias "
                        "están más dispuestas a dar información sincera la próxima vez.</p>",
                    ),
                    (
                        "video",
                        {
                            "title": "Lo que nos dicen los formularios de evaluación",
                            "url": "https://videos.example.org/relais/using-evaluation-results",
                            "duration": "5 min",
                            "transcript": (
                                "<p><strong>Entrevistador:</strong> Usted lee muchísimos formularios de evaluación. ¿Qué mira primero?</p>"
                                "<p><strong>Responsable de Acción:</strong> Las respuestas abiertas a «¿qué hará de otra manera?». Las puntuaciones me dicen si la gente se sintió cómoda. Las respuestas abiertas me dicen si la formación conectó con su trabajo. Si son vagas, como «aplicar los conocimientos», la sesión probablemente fue demasiado general.</p>"
                                "<p><strong>Entrevistador:</strong> ¿Qué hace con los comentarios negativos?</p>"
                                "<p><strong>Responsable de Acción:</strong> Primero doy las gracias a quien los escribió. Después compruebo si es un patrón. Una vez, varias personas escribieron que los estudios de caso les resultaban ajenos. El equipo experto los reescribió con escenarios de la propia institución socia, y el siguiente taller se valoró como mucho más útil.</p>"
                                "<p><strong>Entrevistador:</strong> ¿Cómo sabe si la formación cambió algo en la institución?</p>"
                                "<p><strong>Responsable de Acción:</strong> Rara vez se sabe con certeza, y hay que ser honesto al respecto. Pero se pueden reunir buenas señales: un procedimiento adoptado, materiales reutilizados, colegas formados por antiguas personas participantes. Cuando un curso se retoma ante una nueva emergencia, eso dice algo importante sobre su valor.</p>"
                            ),
                        },
                    ),
                    ("heading", {"text": "Cerrar el círculo", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Diga a las personas participantes qué cambió gracias a sus comentarios. Es una muestra de respeto y "
                        "hace que los comentarios futuros sean más francos. A lo largo de una Acción con varias actividades, lleve "
                        "un registro sencillo de las lecciones aprendidas y los ajustes, para que cada persona experta se apoye en la "
                        "experiencia de la anterior. En un programa que desplegó a cientos de personas expertas a lo largo de quince "
                        "años, los pequeños registros de este tipo suman una valiosa memoria institucional.</p>",
                    ),
                    (
                        "case_study",
                        {
                            "title": "Revisiones conjuntas a lo largo de una Acción plurianual",
                            "country": "KG",
                            "institution": "Secretaría del Consejo de Migración",
                            "practice": (
                                "<p>La Acción Kirguistán IV se desarrolló de junio de 2021 a enero de 2024: una Acción larga sobre "
                                "migración laboral con la Secretaría del Consejo de Migración y personas expertas de Francia y Polonia. "
                                "En un periodo así, el personal cambia, las prioridades evolucionan y pueden intervenir varias personas "
                                "expertas. Después de cada actividad, el equipo experto y la Secretaría revisaban juntos los comentarios "
                                "de las personas participantes y acordaban qué debía mantener, cambiar o añadir la siguiente actividad.</p>"
                            ),
                            "outcome": (
                                "<p>Tratar la evaluación como una revisión conjunta, y no como un informe enviado a otra parte, mantuvo "
                                "las actividades conectadas entre sí y con las prioridades cambiantes de la institución socia. También "
                                "hizo que la Secretaría, y no solo el equipo experto, conservara las lecciones de cada etapa.</p>"
                            ),
                        },
                    ),
                    (
                        "key_takeaway",
                        {
                            "text": "<p>Revise las evidencias con rapidez, busque patrones, informe con franqueza escribiendo «contribuyó a» en lugar de «provocó», y diga a las personas participantes qué cambió gracias a sus comentarios.</p>"
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "Piense en algún comentario que recibió sobre una formación que impartió. ¿Qué cambió gracias a él, y se lo dijo a las personas participantes?",
                            "guidance": "<ul><li>Distinga los patrones de los comentarios aislados.</li><li>Piense cómo compartió los resultados con la institución socia.</li><li>Anote una forma de cerrar el círculo la próxima vez.</li></ul>",
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "Un ministerio socio adoptó un nuevo procedimiento después de su serie de talleres. ¿Cómo debe describirlo en su informe?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": "La formación provocó que el ministerio adoptara el nuevo procedimiento.",
                                    "is_correct": False,
                                    "feedback": "Muchos factores influyen en las decisiones institucionales; atribuir una causalidad exclusiva rara vez está justificado.",
                                },
                                {
                                    "text": "La formación contribuyó a la adopción del procedimiento, como muestran los borradores elaborados en los talleres y el propio testimonio del ministerio.",
                                    "is_correct": True,
                                    "feedback": "Correcto: la afirmación es proporcionada y está respaldada por evidencias.",
                                },
                                {
                                    "text": "Omitirlo, ya que los resultados nunca pueden vincularse a la formación.",
                                    "is_correct": False,
                                    "feedback": "Los resultados pueden vincularse a la formación con cuidado; omitirlos hace perder información importante.",
                                },
                                {
                                    "text": "Presentarlo como un resultado de todo el programa, sin más evidencias.",
                                    "is_correct": False,
                                    "feedback": "Las afirmaciones sin evidencias restan credibilidad a todo el informe.",
                                },
                            ],
                        },
                    ),
                ],
            },
        },
    },
}
