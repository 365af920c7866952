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
                    ("heading", {"text": "Las personas adultas llegan con un trabajo que hacer", "level": "h2"}),
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
                    ("heading", {"text": "Por qué el aprendizaje a menudo se queda en el aula", "level": "h2"}),
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
}
