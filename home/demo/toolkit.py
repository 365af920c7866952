"""Demo content: the Digital Toolkit for Experts (five self-paced modules).

Written in our own words from shared/domain/FACTS.md; see home/demo/__init__.py for the format.
The fourth module, on working across cultures, is also given in French and Spanish.
"""

TOOLKIT_INDEX = {
    "slug": "toolkit",
    "title": "Digital Toolkit for Experts",
    "intro": (
        "<p>Open, self-paced modules for experts who train colleagues in partner administrations. "
        "Each module takes between one and two hours and combines short readings, case studies from "
        "Actions, videos with full transcripts, reflection prompts and practice questions with feedback.</p>"
        "<p>Take the modules in any order. If you are about to be deployed, start with the fourth: "
        "working effectively across cultures.</p>"
    ),
}

TOOLKIT_MODULES = [
    # ------------------------------------------------------------------ 1
    {
        "slug": "adult-learning-principles",
        "title": "Adult learning principles",
        "summary": (
            "How experienced officials learn, and how to turn their experience into the engine of your "
            "sessions: relevance, self-direction, the learning cycle and transfer to daily work."
        ),
        "estimated_hours": "1.5",
        "learning_outcomes": (
            "<ul><li>Explain the main principles of how adults learn and why they matter when you train peers</li>"
            "<li>Use participants' experience as material through activities and structured debriefs</li>"
            "<li>Design sessions that help participants apply what they learn at work</li></ul>"
        ),
        "cover": "cover-adult-learning",
        "units": [
            {
                "slug": "how-adults-learn",
                "title": "How adults learn at work",
                "estimated_minutes": 25,
                "body": [
                    ("heading", {"text": "Adults arrive with a job to do", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>When you train officials in a partner administration, your participants are not students "
                        "waiting to be filled with knowledge. They are border officers, consular staff, policy advisers "
                        "and data managers who already carry responsibility, and who will judge your session by one "
                        "question: will this help me do my work better next week? Adult learning research, often summed "
                        "up under the name <em>andragogy</em>, offers a handful of practical principles that help you "
                        "answer that question well.</p>",
                    ),
                    ("heading", {"text": "Five principles worth remembering", "level": "h3"}),
                    (
                        "paragraph",
                        "<ul>"
                        "<li><strong>Relevance.</strong> Adults invest effort when they can see how a topic connects to a "
                        "task they face. Open with a problem from their own workplace, not with a definition.</li>"
                        "<li><strong>Experience.</strong> Every participant brings years of practice. Treat it as material "
                        "for the session: their cases, their forms, their procedures.</li>"
                        "<li><strong>Self-direction.</strong> Adults want a say in what and how they learn. Offer choices, "
                        "such as which case to analyse or which question to explore first, and agree ground rules together.</li>"
                        "<li><strong>Problem-centred learning.</strong> Organise content around problems to be solved rather "
                        "than chapters of a subject. “How do we share arrival data with the health ministry?” teaches more "
                        "than “Data protection: an overview”.</li>"
                        "<li><strong>Respect and safety.</strong> Senior officials may be reluctant to admit what they do not "
                        "know, especially in front of colleagues or juniors. Design activities in which people can try, get "
                        "it wrong and try again without losing face.</li>"
                        "</ul>"
                        "<p>None of these principles is culture-free. In some administrations participants expect the expert "
                        "to lecture, and an invitation to “share your experience” at nine in the morning is met with silence. "
                        "That does not mean the principles fail; it means you introduce them gradually. Start with a short "
                        "input, then a question for pairs, then a small-group task. By the afternoon most groups talk more "
                        "freely than they would have in a plenary at the start.</p>",
                    ),
                    (
                        "image",
                        {
                            "image": "workshop-circle",
                            "alt": "Diagram of participants seated around a shared table with no one at its head, suggesting a discussion among equals.",
                            "caption": "Seating people around one table signals that everyone's experience counts.",
                        },
                    ),
                    ("heading", {"text": "What this means for your role", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>For many experts the shift is from presenter to facilitator. You remain the person with "
                        "specialist knowledge, which is why the partner asked for you, but your main job in the room is to "
                        "help participants connect that knowledge to their own context. In practice this means:</p>"
                        "<ul>"
                        "<li>talking for no more than fifteen to twenty minutes before participants do something;</li>"
                        "<li>asking before telling: what do you do today when this happens?</li>"
                        "<li>presenting your own administration's practice as one option to compare, not a model to copy;</li>"
                        "<li>ending each block with a concrete question about application.</li>"
                        "</ul>"
                        "<p>This is not a loss of authority. Participants tend to trust experts who take their practice "
                        "seriously, and they remember solutions they helped to build far better than solutions they were shown.</p>",
                    ),
                    (
                        "case_study",
                        {
                            "title": "Starting from participants' own questions in Bishkek",
                            "country": "KG",
                            "institution": "Secretariat of the Council for Migration",
                            "practice": (
                                "<p>Kyrgyzstan IV supported the Secretariat of the Council for Migration on labour migration, "
                                "with experts from France and Poland. For a workshop on information for departing workers, the "
                                "experts had prepared a presentation on European approaches. On the first morning they set it "
                                "aside for an hour and asked participants to list the questions that departing workers most often "
                                "bring to them, then to rank those questions by how hard they were to answer.</p>"
                                "<p>The experts then presented only the parts of their material that spoke to the top-ranked "
                                "questions and kept the rest as background reading.</p>"
                            ),
                            "outcome": (
                                "<p>Participants found the session built around their work rather than around the experts' "
                                "slides, and the ranked list of questions was reused as a starting point in later activities "
                                "of the Action.</p>"
                            ),
                        },
                    ),
                    (
                        "key_takeaway",
                        {
                            "text": "<p>Start from the problems participants face at work, use their experience as material, and keep your own input short and comparative.</p>"
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "Think of the last training you gave. Which of the five principles did your design respect, and which did it overlook?",
                            "guidance": "<ul><li>Look at the first thirty minutes: who was talking?</li><li>Find one moment where participants could have used their own cases.</li><li>Note one change you would make next time.</li></ul>",
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "A group of senior officials stays silent when you invite them to share their experience at the start of a workshop. What is the most useful response?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": "Switch to lecturing for the rest of the day, since the group clearly prefers it.",
                                    "is_correct": False,
                                    "feedback": "Silence at the start is common and rarely a settled preference; abandoning participation wastes the group's experience.",
                                },
                                {
                                    "text": "Give a short input, then ask a focused question for pairs before returning to the whole group.",
                                    "is_correct": True,
                                    "feedback": "Right: pairs feel safer than a plenary, and a focused question is easier to answer than an open invitation.",
                                },
                                {
                                    "text": "Call on the most senior person by name to answer first.",
                                    "is_correct": False,
                                    "feedback": "This may put someone on the spot in front of colleagues, and juniors may then be even less likely to speak.",
                                },
                                {
                                    "text": "Remind the group that active participation is required by the programme.",
                                    "is_correct": False,
                                    "feedback": "Pressure rarely creates openness; well-designed tasks do.",
                                },
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "experience-as-a-resource",
                "title": "Turning experience into learning",
                "estimated_minutes": 30,
                "body": [
                    ("heading", {"text": "The learning cycle", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Experience alone does not produce learning; reflecting on it does. David Kolb's experiential "
                        "learning cycle, widely used by trainers, describes four moments that a good session moves through, "
                        "often more than once:</p>"
                        "<ol>"
                        "<li><strong>Concrete experience:</strong> participants do or recall something, such as processing a "
                        "mock application, handling a difficult call or reading an anonymised file.</li>"
                        "<li><strong>Reflective observation:</strong> they look back at what happened. What went well? What "
                        "surprised them?</li>"
                        "<li><strong>Abstract conceptualisation:</strong> they connect the observation to a principle, a rule "
                        "or a model. This is where your specialist input fits best.</li>"
                        "<li><strong>Active experimentation:</strong> they try the idea on a new case or plan how they will use "
                        "it at work.</li>"
                        "</ol>"
                        "<p>Many expert presentations jump straight to the third moment. The cycle reminds you to build the "
                        "other three around it.</p>",
                    ),
                    ("heading", {"text": "Techniques that draw on experience", "level": "h2"}),
                    (
                        "paragraph",
                        "<ul>"
                        "<li><strong>Case clinics.</strong> A participant presents a real problem in five minutes; colleagues "
                        "ask questions, then suggest options. The presenter chooses what to try.</li>"
                        "<li><strong>Process mapping.</strong> Small groups draw how a file, a record or a person moves through "
                        "their institution. Gaps and duplications become visible without anyone being blamed.</li>"
                        "<li><strong>Peer comparison.</strong> When participants come from several institutions or countries, "
                        "ask each to explain how they handle the same situation. Differences spark discussion.</li>"
                        "<li><strong>Structured debriefs.</strong> After each activity ask three questions in order: what "
                        "happened, what does it mean, and what will you do now?</li>"
                        "</ul>"
                        "<p>Be careful with real cases. Agree at the outset that personal data stays out of the room, and that "
                        "cases are discussed in order to learn, not to judge colleagues.</p>",
                    ),
                    ("heading", {"text": "When experience gets in the way", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Experience can also protect habits that no longer work. A participant who says “we have always "
                        "done it this way” is giving you useful information: the current practice has reasons behind it. Ask "
                        "what those reasons are before proposing change. A new procedure often succeeds only when it also "
                        "solves the problem that the old one was solving.</p>"
                        "<p>Finally, remember that experience is unevenly spread in a group. Newer staff may know the latest "
                        "systems better than their seniors, while senior staff know the history and the informal rules. Mixing "
                        "them in small groups lets each learn from the other.</p>",
                    ),
                    (
                        "video",
                        {
                            "title": "Letting participants teach each other",
                            "url": "https://videos.example.org/relais/experience-as-a-resource",
                            "duration": "6 min",
                            "transcript": (
                                "<p><strong>Interviewer:</strong> You have trained officials in several partner countries. What changed in the way you work?</p>"
                                "<p><strong>Expert:</strong> At first I brought far too many slides. I thought my job was to show how my own administration does things. Now I spend more time preparing questions than slides.</p>"
                                "<p><strong>Interviewer:</strong> What kind of questions?</p>"
                                "<p><strong>Expert:</strong> Simple ones that open up people's practice. “Walk me through what happens when a file arrives on your desk.” When five people describe the same step in five different ways, you have found the real topic of the workshop.</p>"
                                "<p><strong>Interviewer:</strong> Does that not take a lot of time?</p>"
                                "<p><strong>Expert:</strong> It takes time, but it saves time later. Once people have described their own process, my input lands on something concrete. They can see exactly where an idea would fit, or why it would not.</p>"
                                "<p><strong>Interviewer:</strong> And when participants disagree with each other?</p>"
                                "<p><strong>Expert:</strong> That is usually the best moment of the day. I ask both sides to explain the reasons behind their practice, and we write them up. Quite often the disagreement reveals a gap in the guidance that the institution can close by itself, without any outside model.</p>"
                            ),
                        },
                    ),
                    (
                        "case_study",
                        {
                            "title": "Mapping the journey of a record",
                            "country": "UG",
                            "institution": "Directorate of Citizenship and Immigration Control",
                            "practice": (
                                "<p>Uganda III focused on data management, with experts from Italy and Malta. Rather than opening "
                                "with a presentation on data standards, the experts asked mixed teams of officers to trace one "
                                "record, from the moment a traveller's details were captured to the moment they appeared in a "
                                "report, using cards on a wall. Each team included people from different units, so that every step "
                                "was described by someone who actually performs it.</p>"
                            ),
                            "outcome": (
                                "<p>The maps showed where the same information was entered more than once and where handovers "
                                "depended on individual officers. The experts built their later input around these points, and "
                                "participants shared a picture of the problem before discussing solutions.</p>"
                            ),
                        },
                    ),
                    (
                        "key_takeaway",
                        {
                            "text": "<p>Move through experience, reflection, concept and application. Your expertise is most useful in the third step, once participants have something concrete to attach it to.</p>"
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "Which real case from your partners' daily work could open your next session? What would participants need to do with it?",
                            "guidance": "<ul><li>Choose a case that is common, not exceptional.</li><li>Check that it can be discussed without personal data.</li><li>Decide which debrief questions you will ask.</li></ul>",
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "Which of these activities make participants' experience the starting point of learning? Select all that apply.",
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "A case clinic in which a participant presents a real problem from work",
                                    "is_correct": True,
                                    "feedback": "Yes: the case comes from the participant, and colleagues help to analyse it.",
                                },
                                {
                                    "text": "Mapping how a file moves through the participants' own institution",
                                    "is_correct": True,
                                    "feedback": "Yes: participants describe their own practice and discover the gaps themselves.",
                                },
                                {
                                    "text": "A 45-minute presentation of the expert's national procedure",
                                    "is_correct": False,
                                    "feedback": "This may be useful input, but it starts from the expert's experience rather than the participants'.",
                                },
                                {
                                    "text": "A structured debrief asking what happened, what it means and what to do next",
                                    "is_correct": True,
                                    "feedback": "Yes: the debrief turns what participants have just done into learning they can apply.",
                                },
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "from-training-to-practice",
                "title": "From the training room to daily practice",
                "estimated_minutes": 30,
                "body": [
                    ("heading", {"text": "Why learning often stays in the room", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Participants may leave a workshop enthusiastic and still change nothing at work. Research on "
                        "training transfer points to three groups of factors: the learner (motivation and confidence), the "
                        "design of the training (how close it is to real tasks) and the workplace (whether supervisors and "
                        "procedures allow change). As an expert you influence the second directly, and the other two more "
                        "than you might think.</p>",
                    ),
                    ("heading", {"text": "Design for transfer", "level": "h3"}),
                    (
                        "paragraph",
                        "<ul>"
                        "<li><strong>Practise on real tasks.</strong> The closer an exercise is to something participants do, "
                        "the easier it is to repeat at work. Use the institution's own forms and templates where you can.</li>"
                        "<li><strong>Finish with an action plan.</strong> Ask each participant to write down one or two specific "
                        "things they will do in the next month, with a date and a person to tell.</li>"
                        "<li><strong>Involve supervisors.</strong> Invite a senior official to open or close the session and to "
                        "hear the action plans. Their presence signals that change is expected and allowed.</li>"
                        "<li><strong>Plan a follow-up.</strong> A short call or message a few weeks later asks what participants "
                        "tried and what got in the way.</li>"
                        "<li><strong>Turn participants into trainers.</strong> Teaching a topic to colleagues is one of the "
                        "strongest ways to consolidate it.</li>"
                        "</ul>",
                    ),
                    ("heading", {"text": "Motivation is not only personal", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Adults are moved by internal drivers, such as competence, recognition and the wish to serve the "
                        "public well, more than by certificates. But motivation fades when the workplace leaves no room to "
                        "apply what was learned. When you take part in a training needs assessment or an assessment mission, "
                        "ask early: who decides whether a new practice can be adopted? If the answer is a director who will "
                        "not attend, find a way to brief them.</p>"
                        "<p>Be realistic about what one activity can achieve. A typical Action runs six or seven activities over "
                        "months or years, and transfer happens across that series rather than in a single day. Coordinate with "
                        "the Action team so that each activity builds on the commitments made in the previous one, and so that "
                        "the next expert knows what participants promised to try.</p>",
                    ),
                    (
                        "document",
                        {
                            "document": "evaluation-form-template",
                            "title": "End-of-activity evaluation form (template)",
                            "description": "A short form whose final question asks participants what they will do differently next month: a simple prompt for transfer that you can adapt.",
                        },
                    ),
                    (
                        "case_study",
                        {
                            "title": "Replica trainings in Costa Rica",
                            "country": "CR",
                            "institution": "Dirección General de Migración y Extranjería (DGME) and Ministry of Health",
                            "practice": (
                                "<p>Costa Rica IV, which ran from October 2020 to March 2024 on migration and health, worked with "
                                "the migration authority and the Ministry of Health. Staff took part in the Vocational Train the "
                                "Trainers programme: a self-paced online phase followed by face-to-face sessions. Each trainee chose "
                                "one module and committed to teaching it to colleagues in their own institution, in what became known "
                                "as a replica training.</p>"
                                "<p>The experts, from Mexico, Spain and the USA, helped trainees adapt the material and rehearse "
                                "their sessions before delivering them.</p>"
                            ),
                            "outcome": (
                                "<p>The commitment to teach gave trainees a concrete reason to master their module, and it carried "
                                "the content well beyond the people who attended the original course. The institutions also gained "
                                "a group of internal trainers for later activities.</p>"
                            ),
                        },
                    ),
                    (
                        "key_takeaway",
                        {
                            "text": "<p>Transfer is designed, not hoped for: practise on real tasks, end with an action plan, involve supervisors and plan a follow-up.</p>"
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "What could stop participants from applying what they learn in your next session, and what can you do before, during or after it to reduce that obstacle?",
                            "guidance": "<ul><li>Think about time, authority and procedures, not only knowledge.</li><li>Identify one person in the partner institution who can support change.</li><li>Agree with the Action team how follow-up will happen.</li></ul>",
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "Which step most directly strengthens the transfer of learning to the workplace?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": "Handing out a certificate of attendance",
                                    "is_correct": False,
                                    "feedback": "Certificates are appreciated, but they do not help anyone apply a new practice.",
                                },
                                {
                                    "text": "Ending with individual action plans shared with a supervisor",
                                    "is_correct": True,
                                    "feedback": "Right: a specific commitment, made visible to someone with authority, makes application much more likely.",
                                },
                                {
                                    "text": "Adding more content so that participants have everything in one place",
                                    "is_correct": False,
                                    "feedback": "More content usually means less practice time, which weakens transfer.",
                                },
                                {
                                    "text": "Sending the slides by email after the session",
                                    "is_correct": False,
                                    "feedback": "Slides help people remember, but on their own they rarely change practice.",
                                },
                            ],
                        },
                    ),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ 2
    {
        "slug": "designing-a-training-session",
        "title": "Designing a training session",
        "summary": (
            "How to turn a request for training into a session that works: analysing needs, writing observable "
            "objectives, structuring the day realistically and choosing activities and materials that fit."
        ),
        "estimated_hours": "2.0",
        "learning_outcomes": (
            "<ul><li>Use a light training needs assessment to identify the real performance gap</li>"
            "<li>Write learning objectives that can be observed and checked</li>"
            "<li>Structure a session and a day with realistic timing for interpretation and debriefs</li>"
            "<li>Select activities and materials that match each objective</li></ul>"
        ),
        "cover": "cover-session-design",
        "units": [
            {
                "slug": "from-needs-to-objectives",
                "title": "From training needs to learning objectives",
                "estimated_minutes": 30,
                "body": [
                    ("heading", {"text": "Start with the gap, not the topic", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Requests for assistance often arrive phrased as topics: “training on data protection”, “a workshop "
                        "on labour migration statistics”. A topic tells you what to talk about, not what participants need to "
                        "be able to do. Before you design anything, find out what the gap is between current and desired "
                        "performance, and whether training can close it.</p>"
                        "<p>A training needs assessment does not have to be heavy. Depending on time and access, you can combine:</p>"
                        "<ul>"
                        "<li>a short questionnaire to prospective participants about their tasks and difficulties;</li>"
                        "<li>interviews with two or three supervisors about what they would like to see done differently;</li>"
                        "<li>a review of the procedures, forms or guidelines that participants use;</li>"
                        "<li>a focus group mixing experienced and newer staff.</li>"
                        "</ul>"
                        "<p>Some gaps are not training gaps. If officers know the procedure but lack the equipment, or if one "
                        "rule contradicts another, a workshop will not fix it. Say so to the Action team; the finding may shape "
                        "a different activity.</p>",
                    ),
                    ("heading", {"text": "Writing objectives that guide the design", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>A learning objective describes what participants will be able to do at the end of the session, in a "
                        "way that can be observed. It has three parts: an action verb, a content and, where useful, a condition "
                        "or standard.</p>"
                        "<ul>"
                        "<li>Weak: “Participants will understand risk analysis.”</li>"
                        "<li>Better: “Participants will be able to rate the risk level of three sample border crossings using "
                        "the agency's matrix and justify each rating.”</li>"
                        "</ul>"
                        "<p>Verbs such as <em>identify, compare, draft, apply, explain</em> or <em>decide</em> are useful because "
                        "you can see them happen. Verbs such as <em>understand</em> or <em>be aware of</em> are not wrong, but "
                        "they tell you neither what activity to design nor how to check success.</p>"
                        "<p>Keep the number small. Three or four objectives for a one-day session is usually plenty, because each "
                        "one needs time for practice and feedback. Share the draft objectives with the partner before the "
                        "activity: agreeing on them is the simplest way to make sure you are solving the partner's problem.</p>",
                    ),
                    (
                        "video",
                        {
                            "title": "What a needs assessment told us",
                            "url": "https://videos.example.org/relais/from-needs-to-objectives",
                            "duration": "5 min",
                            "transcript": (
                                "<p><strong>Interviewer:</strong> Why do you insist on a needs assessment even for a short workshop?</p>"
                                "<p><strong>Trainer:</strong> Because the request and the need are rarely the same. Once I was asked for a course on international law for new diplomats. When we spoke to their supervisors, the real difficulty was writing clear briefing notes under time pressure. The law was part of it, but the skill they lacked was synthesis.</p>"
                                "<p><strong>Interviewer:</strong> How did that change the workshop?</p>"
                                "<p><strong>Trainer:</strong> Completely. We kept some legal input, but most of the day became drafting exercises with realistic files, followed by peer review. The objectives moved from “know the conventions” to “draft a one-page note that a minister can use”.</p>"
                                "<p><strong>Interviewer:</strong> And if there is no time for interviews?</p>"
                                "<p><strong>Trainer:</strong> Then send five questions by email and call two people. Even that little tells you who is coming, what they already do well and what worries them. It is the cheapest insurance you can buy for a workshop.</p>"
                            ),
                        },
                    ),
                    (
                        "case_study",
                        {
                            "title": "Starting from a shared diagnosis",
                            "country": "CM",
                            "institution": "Ministry of External Relations and the Cameroonian Institute of International Relations",
                            "practice": (
                                "<p>Cameroon II, which ran from September 2022 to June 2023, focused on training capacities. Experts "
                                "from Cameroon, France and Mali worked with the Ministry of External Relations and the Cameroonian "
                                "Institute of International Relations. Rather than delivering a ready-made course, the team began by "
                                "looking at what was already taught on migration and where staff and trainers felt less prepared.</p>"
                                "<p>Interviews and a review of existing curricula were used to agree on a short list of priority skills "
                                "before any session was designed.</p>"
                            ),
                            "outcome": (
                                "<p>A shared diagnosis helped the partners take ownership of the objectives. Having an expert from "
                                "Cameroon in the team made it easier to read the findings against local institutional practice.</p>"
                            ),
                        },
                    ),
                    (
                        "key_takeaway",
                        {
                            "text": "<p>Turn the requested topic into observable objectives based on what participants need to do differently. If training cannot close the gap, say so.</p>"
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "Take a topic you are often asked to train on. Rewrite it as two objectives that describe what participants will be able to do.",
                            "guidance": "<ul><li>Use a verb you can observe.</li><li>Add a condition: with which tool, case or standard?</li><li>Ask yourself how you would check it at the end.</li></ul>",
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "Which of these is the most useful learning objective for a one-day workshop?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": "Participants will understand the EU approach to return.",
                                    "is_correct": False,
                                    "feedback": "Understanding cannot be observed directly, and the objective gives no guidance for activities.",
                                },
                                {
                                    "text": "Participants will be aware of the importance of data quality.",
                                    "is_correct": False,
                                    "feedback": "Awareness is a worthy aim, but you cannot design practice or check success against it.",
                                },
                                {
                                    "text": "Participants will be able to find and correct errors in five sample arrival records using the national data dictionary.",
                                    "is_correct": True,
                                    "feedback": "Right: it names an observable action, a content and a condition, so it tells you what to practise and how to check.",
                                },
                                {
                                    "text": "The expert will present the data-quality framework.",
                                    "is_correct": False,
                                    "feedback": "This describes what the trainer does, not what participants will be able to do.",
                                },
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "structuring-the-session",
                "title": "Structuring the session and the day",
                "estimated_minutes": 25,
                "body": [
                    ("heading", {"text": "A shape that works", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Most effective sessions follow a recognisable shape, whether they last ninety minutes or a full day:</p>"
                        "<ol>"
                        "<li><strong>Opening</strong> (about a tenth of the time): objectives, introductions linked to the topic, "
                        "expectations and practical arrangements.</li>"
                        "<li><strong>Activation:</strong> a short task that brings out what participants already know or do.</li>"
                        "<li><strong>Input:</strong> the new content, in blocks of fifteen to twenty minutes.</li>"
                        "<li><strong>Practice:</strong> participants apply the content to a case or task and receive feedback.</li>"
                        "<li><strong>Consolidation:</strong> a debrief, a summary drawn from participants, open questions.</li>"
                        "<li><strong>Closing:</strong> action plans, evaluation and the next steps in the Action.</li>"
                        "</ol>"
                        "<p>Within a day, input and practice repeat in cycles. A useful rule of thumb is that participants "
                        "should spend at least half of the time doing something other than listening.</p>",
                    ),
                    (
                        "image",
                        {
                            "image": "cover-session-design",
                            "alt": "Timeline of a training day divided into blocks: an opening, alternating periods of input and practice separated by breaks, and a closing.",
                            "caption": "Plan the day as cycles of input and practice, with breaks and debriefs built in.",
                        },
                    ),
                    ("heading", {"text": "Timing realistically", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Designs nearly always underestimate time. Allow for:</p>"
                        "<ul>"
                        "<li><strong>Interpretation.</strong> Consecutive interpretation roughly doubles the time of any spoken "
                        "input, and even simultaneous interpretation slows discussion down.</li>"
                        "<li><strong>Movement.</strong> Forming groups, finding rooms and coming back takes five to ten minutes "
                        "each time.</li>"
                        "<li><strong>Debriefs.</strong> A group task without a debrief loses much of its value. Plan the debrief "
                        "as part of the activity, not as an optional extra.</li>"
                        "<li><strong>Protocol.</strong> Official openings, photographs and speeches by senior officials matter to "
                        "partners. Put them in the plan instead of letting them eat into the first session.</li>"
                        "</ul>"
                        "<p>Place demanding tasks in the morning and after the afternoon break, and avoid long inputs straight "
                        "after lunch. Keep a cut list: the activities you can shorten or drop if time runs short, decided in "
                        "advance so that you do not improvise under pressure.</p>",
                    ),
                    ("heading", {"text": "Mixed and multi-country groups", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Regional Actions bring together people with different mandates, languages and levels of seniority. "
                        "Plan some activities in peer groups (people doing the same job) and others in mixed groups (people from "
                        "different institutions or countries). Peers go deeper into technical detail; mixed groups learn from "
                        "contrasts. Make the grouping logic visible, so that participants understand why they are moved around.</p>"
                        "<p>Finally, share the agenda with the partner early and ask what might not work: a session that clashes "
                        "with prayer times, a public holiday, or a senior official's only free slot.</p>",
                    ),
                    (
                        "case_study",
                        {
                            "title": "One workshop, three countries, ten partners",
                            "country": "AR",
                            "institution": "Gran Chaco regional partnership (local and national governments, civil-society networks and universities)",
                            "practice": (
                                "<p>The Gran Chaco regional Action, from February 2022 to March 2024, dealt with climate change, "
                                "environmental degradation and human mobility. It brought together ten partners from Argentina, "
                                "Bolivia and Paraguay, ranging from local and national governments to civil-society networks and "
                                "universities, with experts from Brazil, Paraguay, Spain, the USA and the UK.</p>"
                                "<p>With such a varied group, workshop sessions alternated between country groups, which worked on "
                                "their own situation, and thematic groups that mixed countries and types of organisation. Each block "
                                "ended with a short plenary in which every group reported a single finding.</p>"
                            ),
                            "outcome": (
                                "<p>Alternating groups let participants go into detail on their own context while learning from "
                                "neighbours facing similar pressures, and short report-backs kept plenary time under control.</p>"
                            ),
                        },
                    ),
                    (
                        "key_takeaway",
                        {
                            "text": "<p>Follow a clear shape, alternate input with practice, and budget time generously for interpretation, movement, debriefs and protocol.</p>"
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "Look at a recent agenda you delivered. What share of the time did participants spend listening, and where did the schedule slip?",
                            "guidance": "<ul><li>Mark each block as input, practice, debrief or other.</li><li>Note what caused any delay.</li><li>Decide what would go on your cut list next time.</li></ul>",
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "You will work with consecutive interpretation. Which adjustments to your plan make sense? Select all that apply.",
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "Roughly halve the amount of spoken input you had planned",
                                    "is_correct": True,
                                    "feedback": "Yes: consecutive interpretation takes about as long as the original speech.",
                                },
                                {
                                    "text": "Brief the interpreters beforehand and share key terms",
                                    "is_correct": True,
                                    "feedback": "Yes: interpreters who know the terminology work faster and more accurately.",
                                },
                                {
                                    "text": "Remove the debriefs to save time",
                                    "is_correct": False,
                                    "feedback": "Debriefs are where learning is consolidated; cut input or secondary activities instead.",
                                },
                                {
                                    "text": "Prepare a cut list of activities to shorten if needed",
                                    "is_correct": True,
                                    "feedback": "Yes: deciding in advance what to drop keeps the core objectives safe.",
                                },
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "choosing-activities-and-materials",
                "title": "Choosing activities and materials",
                "estimated_minutes": 30,
                "body": [
                    ("heading", {"text": "Match the activity to the objective", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Each objective suggests a type of activity. If participants must <em>know</em> facts, a short input "
                        "with a quiz may be enough. If they must <em>apply</em> a procedure, they need to practise it on cases. "
                        "If they must <em>decide</em> or <em>negotiate</em> under pressure, they need a simulation or a role play.</p>"
                        "<ul>"
                        "<li><strong>Short input with questions:</strong> for new concepts, rules and frameworks.</li>"
                        "<li><strong>Case analysis:</strong> for applying rules to situations and comparing options.</li>"
                        "<li><strong>Role play:</strong> for interviews, difficult conversations and inter-agency meetings.</li>"
                        "<li><strong>Simulation exercise:</strong> for coordinated responses over time, such as a border incident "
                        "or a sudden large arrival of people.</li>"
                        "<li><strong>Drafting workshop:</strong> for producing real outputs, such as a procedure, a referral form "
                        "or a section of a strategy.</li>"
                        "<li><strong>Study visit:</strong> for seeing a practice in its setting, followed by a structured "
                        "discussion of what could be adapted at home.</li>"
                        "</ul>",
                    ),
                    ("heading", {"text": "Designing a good simulation", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Simulations are powerful and easy to get wrong. Keep the scenario close to the participants' reality, "
                        "give each person a role that matches their job, release information in stages and keep the total time "
                        "modest. The debrief matters more than the exercise itself: ask what each group decided, on what "
                        "information, and what they would change in their own procedures.</p>"
                        "<p>Role plays need similar care. Some participants find acting in front of colleagues uncomfortable, "
                        "particularly in front of superiors. Offer observer roles, let small groups rehearse away from the "
                        "plenary, and make clear that the aim is to practise a conversation, not to give a performance.</p>",
                    ),
                    ("heading", {"text": "Materials that travel", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Materials should keep working for participants after you leave. Prefer:</p>"
                        "<ul>"
                        "<li>short handouts in the working language, checked with the partner for terminology;</li>"
                        "<li>templates and checklists that participants can adapt, rather than long reports;</li>"
                        "<li>slides with few words and clear diagrams, which are easier to interpret and translate;</li>"
                        "<li>files that open on ordinary equipment and print well in black and white.</li>"
                        "</ul>"
                        "<p>Send materials for translation early (two to three weeks before the activity is a reasonable minimum) "
                        "and leave time for the partner to review them. Ask, too, which documents participants actually use in "
                        "their daily work: an exercise built on a familiar form is worth more than a polished case from elsewhere.</p>",
                    ),
                    (
                        "document",
                        {
                            "document": "session-plan-checklist",
                            "title": "Session plan checklist",
                            "description": "Six questions to check a session plan before delivery, from who the participants are to how you will know that the objectives were met.",
                        },
                    ),
                    (
                        "case_study",
                        {
                            "title": "A border course built to be reused",
                            "country": "ZM",
                            "institution": "COMESA Secretariat",
                            "practice": (
                                "<p>Within the COMESA regional Action, which began in November 2020, experts from the UK and "
                                "Nigeria worked with the COMESA Secretariat on a training course for border officials. The course "
                                "dealt with keeping people and goods moving safely across borders during a health crisis. "
                                "Practical exercises asked participants to apply screening, the separation of flows and daily "
                                "information sharing to realistic border-post situations.</p>"
                            ),
                            "outcome": (
                                "<p>The course was designed as a resource that stays with the institution rather than a one-off "
                                "event. When a cholera outbreak affected the region in 2022–23, the course proved useful again.</p>"
                            ),
                        },
                    ),
                    (
                        "key_takeaway",
                        {
                            "text": "<p>Choose activities from the objective: let participants practise what they must do, and leave materials that still work after you have gone.</p>"
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "For each objective of your next session, which activity will let participants practise it, and what will they take away?",
                            "guidance": "<ul><li>Check that no objective is served only by your input.</li><li>Ask the partner which documents participants actually use.</li><li>Plan time for translation and review.</li></ul>",
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "Your objective is that officials from three agencies coordinate their response to a sudden large arrival at a border post. Which activity fits best?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": "A presentation on coordination models in EU member states",
                                    "is_correct": False,
                                    "feedback": "Useful background, but participants will not practise coordinating.",
                                },
                                {
                                    "text": "A staged simulation exercise with roles matching each agency, followed by a debrief",
                                    "is_correct": True,
                                    "feedback": "Right: coordinating as information changes is exactly what a simulation lets people practise.",
                                },
                                {
                                    "text": "A quiz on the legal mandate of each agency",
                                    "is_correct": False,
                                    "feedback": "Knowing mandates helps, but the objective is about acting together, not recalling rules.",
                                },
                                {
                                    "text": "Individual reading of the contingency plan",
                                    "is_correct": False,
                                    "feedback": "Reading is good preparation, yet it does not exercise the interaction between agencies.",
                                },
                            ],
                        },
                    ),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ 3
    {
        "slug": "facilitating-online-and-blended-training",
        "title": "Facilitating online and blended training",
        "summary": (
            "How to design blended programmes and to facilitate live online sessions and self-paced courses for "
            "officials who may join from busy offices and over weak connections."
        ),
        "estimated_hours": "1.5",
        "learning_outcomes": (
            "<ul><li>Design a blended programme that gives each format a clear role</li>"
            "<li>Facilitate engaging live online sessions, including over weak connections</li>"
            "<li>Support self-paced learners so that they finish a course and apply what they learn</li></ul>"
        ),
        "cover": "cover-online",
        "units": [
            {
                "slug": "designing-blended-learning",
                "title": "Designing a blended programme",
                "estimated_minutes": 25,
                "body": [
                    ("heading", {"text": "Why blend?", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Since 2020 online formats have become an ordinary part of capacity development. They are not a "
                        "cheaper copy of a workshop; they do different things well. Self-paced e-learning lets participants "
                        "study at their own rhythm and come back to the material later. Live online sessions connect people "
                        "across long distances at low cost. Face-to-face meetings build trust, allow complex practice and create "
                        "networks. A blended programme combines them so that each does what it does best.</p>",
                    ),
                    ("heading", {"text": "A common pattern", "level": "h3"}),
                    (
                        "paragraph",
                        "<ol>"
                        "<li><strong>Self-paced preparation:</strong> short modules introduce concepts, vocabulary and examples, "
                        "with quizzes for self-checking.</li>"
                        "<li><strong>Live online sessions:</strong> participants discuss questions, clear up difficulties and "
                        "share how the concepts apply in their institution.</li>"
                        "<li><strong>Face-to-face workshop:</strong> time together is spent on practice, simulation and planning "
                        "rather than on explaining the basics.</li>"
                        "<li><strong>Online follow-up:</strong> participants report on what they applied, and peers comment.</li>"
                        "</ol>"
                        "<p>The Vocational Train the Trainers programme followed this logic: a self-paced e-learning phase came "
                        "first, and face-to-face sessions followed, so that time in the room could be spent practising how to "
                        "design, deliver and evaluate training.</p>",
                    ),
                    ("heading", {"text": "Design questions to settle early", "level": "h3"}),
                    (
                        "paragraph",
                        "<ul>"
                        "<li><strong>Access.</strong> What devices and connections do participants have at work and at home? Can "
                        "they play video during office hours?</li>"
                        "<li><strong>Time.</strong> Will supervisors release staff for self-study, or must it happen after work? "
                        "Agree the hours with the partner.</li>"
                        "<li><strong>Language.</strong> Are materials, subtitles and live sessions available in the working language?</li>"
                        "<li><strong>Rhythm.</strong> A weekly pattern, with one module and one live session, helps people keep going.</li>"
                        "<li><strong>Support.</strong> Who answers questions between sessions, and how quickly?</li>"
                        "</ul>"
                        "<p>Keep online units short. Units of twenty to thirty minutes fit into a working day, whereas long "
                        "recorded lectures are rarely finished. And decide at the outset how the online and face-to-face parts "
                        "will refer to each other: a workshop that ignores what participants studied online tells them the "
                        "online part did not matter.</p>"
                        "<p>Finally, plan for the people who fall behind. In most groups a few participants miss the first "
                        "weeks because of leave or urgent work. Decide in advance whether they can catch up at their own pace, "
                        "join a later group, or come to the workshop with a short summary prepared for them.</p>",
                    ),
                    (
                        "video",
                        {
                            "title": "A weekly rhythm for online learners",
                            "url": "https://videos.example.org/relais/designing-blended-learning",
                            "duration": "5 min",
                            "transcript": (
                                "<p><strong>Interviewer:</strong> What makes an online course work for busy officials?</p>"
                                "<p><strong>Course coordinator:</strong> Rhythm, above all. People are juggling casework, and a course with no structure slides to the bottom of the list. A new module each week, with a live session at the same time each week, gives them a routine.</p>"
                                "<p><strong>Interviewer:</strong> What happens in the live session?</p>"
                                "<p><strong>Course coordinator:</strong> Very little lecturing. Participants have already done the reading and the quiz, so we use the hour for their questions and for cases from their offices. Often the most useful moment is when someone explains how they handled a situation and a colleague from another city says: we do it differently.</p>"
                                "<p><strong>Interviewer:</strong> How do you know who is falling behind?</p>"
                                "<p><strong>Course coordinator:</strong> The platform shows who has opened each module. After the first week I send a friendly message to anyone who has not started. It is not about control; people appreciate knowing that someone notices.</p>"
                                "<p><strong>Interviewer:</strong> Any advice for experts who are new to this?</p>"
                                "<p><strong>Course coordinator:</strong> Prepare less content than you think and more questions. And test everything on a slow connection before the course opens.</p>"
                            ),
                        },
                    ),
                    (
                        "case_study",
                        {
                            "title": "An e-course for public defenders",
                            "country": "BR",
                            "institution": "Federal Public Defenders' Office (DPU)",
                            "practice": (
                                "<p>Brazil III, which ran from November 2020 to July 2022, supported the Federal Public Defenders' "
                                "Office on asylum and online access to legal aid. One of its products was an e-course for public "
                                "defenders, delivered in five weekly modules in March and April 2022. Each week participants worked "
                                "through a module on their own and then joined a live question-and-answer session with the experts.</p>"
                            ),
                            "outcome": (
                                "<p>The weekly pattern gave defenders working across a very large country a shared rhythm, and the "
                                "live sessions let them bring questions from their current cases. The format showed that a short, "
                                "structured online course can reach people who could not all have travelled to one workshop.</p>"
                            ),
                        },
                    ),
                    (
                        "key_takeaway",
                        {
                            "text": "<p>Blend on purpose: self-paced study for concepts, live sessions for questions and face-to-face time for practice. Settle access, time and rhythm with the partner first.</p>"
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "Which parts of a workshop you usually deliver could move to self-paced preparation, so that time together is used for practice?",
                            "guidance": "<ul><li>List the content that is mainly explanation.</li><li>Consider whether participants can reach it before the workshop.</li><li>Think about how you will check that they have done it.</li></ul>",
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "Which questions should you settle with the partner before launching a blended programme? Select all that apply.",
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "Whether staff can study during working hours",
                                    "is_correct": True,
                                    "feedback": "Yes: without agreed time, self-study is squeezed out by daily work.",
                                },
                                {
                                    "text": "What devices and connections participants have",
                                    "is_correct": True,
                                    "feedback": "Yes: choices such as the length of videos depend on access.",
                                },
                                {
                                    "text": "Which background colour the slides should use",
                                    "is_correct": False,
                                    "feedback": "Presentation details matter little compared with access, time and language.",
                                },
                                {
                                    "text": "Who will answer questions between live sessions",
                                    "is_correct": True,
                                    "feedback": "Yes: learners who get stuck and find no help tend to drop out.",
                                },
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "facilitating-live-online-sessions",
                "title": "Facilitating live online sessions",
                "estimated_minutes": 25,
                "body": [
                    ("heading", {"text": "Attention works differently online", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>In a room, people who lose focus are at least still present; online, they open their email. Live "
                        "online sessions therefore need more structure, more variety and shorter inputs than face-to-face ones. "
                        "A useful target is to give participants something to do (answer, vote, write or discuss) at least every "
                        "ten minutes.</p>",
                    ),
                    ("heading", {"text": "Before the session", "level": "h3"}),
                    (
                        "paragraph",
                        "<ul>"
                        "<li>Test the platform with the partner's equipment, ideally from their offices.</li>"
                        "<li>Split the roles: a facilitator who leads; a producer who manages the technology, admits people and "
                        "watches the chat; and, where needed, interpreters with their own channels.</li>"
                        "<li>Send a short agenda and a one-page guide to the tools participants will use.</li>"
                        "<li>Prepare a plan B: what you will do if video fails, or if half the group cannot join breakout rooms.</li>"
                        "</ul>",
                    ),
                    ("heading", {"text": "During the session", "level": "h3"}),
                    (
                        "paragraph",
                        "<ul>"
                        "<li><strong>Open warmly and practically.</strong> Check the sound, explain how to ask questions and start "
                        "with a quick task everyone can do, such as a poll or a word in the chat.</li>"
                        "<li><strong>Use names, with notice.</strong> Invite specific people or offices to contribute: “In a "
                        "moment I will ask the colleagues from the northern posts…”.</li>"
                        "<li><strong>Give breakout rooms a clear task.</strong> Put the instructions in writing, set a time limit "
                        "and ask for a product to bring back.</li>"
                        "<li><strong>Read the chat aloud.</strong> It shows quieter participants that their colleagues' questions "
                        "are heard, and it helps interpreters.</li>"
                        "<li><strong>Respect time.</strong> Sessions of sixty to ninety minutes, with a short break in longer ones, "
                        "keep energy up.</li>"
                        "</ul>",
                    ),
                    (
                        "image",
                        {
                            "image": "cover-online",
                            "alt": "A grid of video screens in an online session, some showing participants' faces and others showing only their names, as when cameras are switched off.",
                            "caption": "Expect a mix of cameras on and off, and give every participant a way to contribute.",
                        },
                    ),
                    ("heading", {"text": "Low bandwidth and inclusion", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Many participants join from offices with unstable connections, or from a phone. Let people switch off "
                        "video, offer a dial-in where possible, share slides in advance and record the session if the partner "
                        "agrees. Not everyone is comfortable speaking in a second language online, so treat the chat and written "
                        "questions as channels equal to speaking. After the session, send a short summary with the main points "
                        "and answers to questions you could not take live; for participants who dropped out because of the "
                        "connection, it is the session.</p>",
                    ),
                    (
                        "case_study",
                        {
                            "title": "Webinars on border management for a large audience",
                            "country": "DO",
                            "institution": "National Migration Institute (INM)",
                            "practice": (
                                "<p>In the Dominican Republic, work with the National Migration Institute included a series of "
                                "webinars on border management for more than 100 officials. Reaching that many people face to face "
                                "would have meant repeated travel and time away from their posts. The webinars combined short expert "
                                "inputs with participants' questions and quick polls to check understanding of key points.</p>"
                            ),
                            "outcome": (
                                "<p>Officials in different locations could follow the same content at the same time and put their "
                                "questions directly to the experts. For a large audience the format offered a practical first step "
                                "on which more intensive activities could build.</p>"
                            ),
                        },
                    ),
                    (
                        "key_takeaway",
                        {
                            "text": "<p>Online, give participants something to do every few minutes, separate the roles of facilitator and producer, and design for weak connections from the start.</p>"
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "Think of a live online session you attended that held your attention. What did the facilitator do that you could reuse?",
                            "guidance": "<ul><li>Note how often you were asked to act.</li><li>Note how the chat and breakout rooms were used.</li><li>Pick one technique to try in your next session.</li></ul>",
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "Half of the participants cannot join breakout rooms because they are connected by phone. What is the best immediate response?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": "Cancel the group task and continue with your presentation",
                                    "is_correct": False,
                                    "feedback": "This drops practice altogether, although there are simple ways to keep the task.",
                                },
                                {
                                    "text": "Run the task in plenary with a shared document, inviting answers in the chat or by voice",
                                    "is_correct": True,
                                    "feedback": "Right: everyone can still contribute, and the purpose of the task is kept.",
                                },
                                {
                                    "text": "Ask the phone participants to wait until the others come back",
                                    "is_correct": False,
                                    "feedback": "This excludes part of the group and signals that their participation matters less.",
                                },
                                {
                                    "text": "End the session early and reschedule it",
                                    "is_correct": False,
                                    "feedback": "Rescheduling is costly and unnecessary when a simple adaptation is available.",
                                },
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "supporting-self-paced-learners",
                "title": "Supporting self-paced learners",
                "estimated_minutes": 25,
                "body": [
                    ("heading", {"text": "Self-paced does not mean alone", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Self-paced courses give officials flexibility, but many learners stop when they feel that nobody is "
                        "following their progress. Good self-paced design combines clear, short content with light human "
                        "support, and it treats the learner as a professional with limited time.</p>",
                    ),
                    ("heading", {"text": "Content that can be studied alone", "level": "h3"}),
                    (
                        "paragraph",
                        "<ul>"
                        "<li><strong>Short units</strong> with a clear objective at the top and a summary at the end.</li>"
                        "<li><strong>Varied formats:</strong> brief texts, diagrams, short videos with transcripts, case studies "
                        "and practice questions.</li>"
                        "<li><strong>Feedback that teaches.</strong> When a learner picks an answer in a quiz, explain why it is "
                        "right or wrong instead of only showing a score.</li>"
                        "<li><strong>Reflection prompts</strong> that ask learners to relate the content to their own institution.</li>"
                        "<li><strong>Accessibility:</strong> a transcript for every video, alternative text for images, readable "
                        "text and pages that work on a phone.</li>"
                        "</ul>",
                    ),
                    ("heading", {"text": "Light-touch support that makes a difference", "level": "h3"}),
                    (
                        "paragraph",
                        "<ul>"
                        "<li>A welcome message explaining how long the course takes and how to get help.</li>"
                        "<li>A named contact who answers questions within an agreed time.</li>"
                        "<li>Reminders at set moments, especially after the first week.</li>"
                        "<li>An optional live session or discussion space in which learners meet peers.</li>"
                        "<li>Recognition on completion that the partner institution values, such as a certificate noted in "
                        "staff records.</li>"
                        "</ul>"
                        "<p>When a course serves several Actions, decide who manages access. Granting access on request through "
                        "administrators keeps track of who is learning and makes follow-up possible, at the cost of a short wait "
                        "for learners; open access is simpler but tells you little about who is using the course.</p>"
                        "<p>Use the progress data the platform gives you, but read it with care. A learner who has not opened a "
                        "module for two weeks may be on mission or covering for a colleague; a short personal message asking "
                        "how things are going works better than an automated warning.</p>"
                        "<p>Finally, involve supervisors. A learner whose manager asks about the course is far more likely to "
                        "finish it, and to use it. If your partners take a self-paced course before a workshop, open the workshop "
                        "with an activity that builds on it, so that the effort they made is visibly worthwhile.</p>",
                    ),
                    (
                        "document",
                        {
                            "document": "session-plan-checklist",
                            "title": "Session plan checklist",
                            "description": "The same six questions work for planning a self-paced unit: who the learners are, what they should be able to do, and how you will know.",
                        },
                    ),
                    (
                        "case_study",
                        {
                            "title": "A self-paced integration course used across Actions",
                            "country": "AT",
                            "institution": "University for Continuing Education Krems",
                            "practice": (
                                "<p>The online course “A holistic approach to the integration of migrants and refugees” was written "
                                "with the University for Continuing Education Krems for policy makers who design integration "
                                "strategies. It presents practices from nine EU member states in 18 modules and about 20 hours of "
                                "study, in English and Spanish. Modules combine video interviews with officials, quizzes, background "
                                "reading and self-reflection questions. Administrators granted access on request, and participants "
                                "enrolled through Actions.</p>"
                            ),
                            "outcome": (
                                "<p>About 200 participants enrolled in this way. Because enrolment was linked to Actions, learners "
                                "usually came with a concrete policy task in mind, and the course could be picked up again in the "
                                "workshops and exchanges of their Action.</p>"
                            ),
                        },
                    ),
                    (
                        "key_takeaway",
                        {
                            "text": "<p>Self-paced learners need short, varied units with feedback that explains, and a person who notices their progress and answers their questions.</p>"
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "If your partners took a self-paced course before your workshop, how would you know who had completed it, and how would you build on it?",
                            "guidance": "<ul><li>Agree with the Action team who monitors progress.</li><li>Plan an opening activity that uses the course.</li><li>Consider what to offer those who did not finish.</li></ul>",
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "Which features help officials complete a self-paced course? Select all that apply.",
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "Units of about twenty to thirty minutes, each with a clear objective",
                                    "is_correct": True,
                                    "feedback": "Yes: short units fit into a working day and show learners where they are going.",
                                },
                                {
                                    "text": "Quiz feedback that explains why each answer is right or wrong",
                                    "is_correct": True,
                                    "feedback": "Yes: explanatory feedback turns a quiz into a learning step.",
                                },
                                {
                                    "text": "A single two-hour recorded lecture per module",
                                    "is_correct": False,
                                    "feedback": "Long recordings are rarely finished, especially over weak connections.",
                                },
                                {
                                    "text": "A named contact who answers questions within an agreed time",
                                    "is_correct": True,
                                    "feedback": "Yes: knowing that someone will respond keeps learners engaged.",
                                },
                            ],
                        },
                    ),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ 4
    {
        "slug": "working-across-cultures",
        "title": "Working effectively across cultures",
        "summary": (
            "Cultural agility for experts deployed to partner administrations: how culture shapes institutions and "
            "training rooms, how to communicate across languages and styles, and how to prepare, adapt and keep "
            "learning during a deployment."
        ),
        "estimated_hours": "2.0",
        "learning_outcomes": (
            "<ul><li>Describe how national, institutional and professional cultures shape the way partners work and learn</li>"
            "<li>Adapt your communication to interpreters, different levels of directness and hierarchy</li>"
            "<li>Prepare a cultural briefing and adjust your approach during a deployment</li>"
            "<li>Reflect on your own assumptions as an expert from another administration</li></ul>"
        ),
        "cover": "cover-cultures",
        "units": [
            {
                "slug": "culture-and-the-expert-role",
                "title": "Culture and the role of the expert",
                "estimated_minutes": 30,
                "body": [
                    ("heading", {"text": "Why cultural agility matters for peer experts", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Experts in the programme are practitioners: civil servants from the administrations of EU member "
                        "states and, increasingly, from partner countries, who share what works in their own institutions. That "
                        "peer-to-peer character is a strength, because partners hear from people who do the same job. It also "
                        "creates a risk. When we know a job well, we tend to treat our way of doing it as the normal way. "
                        "Cultural agility is the ability to notice that reflex, to read a different context accurately and to "
                        "adjust how we work without losing what we came to offer.</p>",
                    ),
                    ("heading", {"text": "Three layers of culture", "level": "h3"}),
                    (
                        "paragraph",
                        "<ul>"
                        "<li><strong>National and social culture:</strong> shared expectations about hierarchy, time, "
                        "directness, relationships and the way disagreement is expressed.</li>"
                        "<li><strong>Institutional culture:</strong> how a particular ministry or agency makes decisions, who must "
                        "be consulted, how written and oral commitments are treated, and what the institution is proud of.</li>"
                        "<li><strong>Professional culture:</strong> the habits of border officers, diplomats, lawyers, "
                        "statisticians or health staff, which often cross national lines.</li>"
                        "</ul>"
                        "<p>Misunderstandings rarely come from one layer alone. A workshop may stall not because of a national "
                        "trait but because a department that was not consulted feels bypassed.</p>",
                    ),
                    (
                        "image",
                        {
                            "image": "cover-cultures",
                            "alt": "Diagram of two groups of people on either side of a gap, joined by several bridges, standing for the different ways two working cultures can connect.",
                            "caption": "Cultural agility means building several bridges, through language, relationships and shared tasks, rather than expecting one side to cross alone.",
                        },
                    ),
                    ("heading", {"text": "Dimensions to notice, not boxes to fill", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Researchers have described cultural dimensions such as power distance, individualism and "
                        "collectivism, attitudes to uncertainty, and the difference between high-context and low-context "
                        "communication. These ideas help you ask better questions. They become harmful when they turn into "
                        "stereotypes about individuals: the person in front of you may not resemble the average of their "
                        "country at all. Use dimensions as hypotheses to test, never as conclusions.</p>"
                        "<p>Questions worth asking early include:</p>"
                        "<ul>"
                        "<li>Who speaks first in a meeting, and who closes it?</li>"
                        "<li>How is disagreement shown: openly, through questions, through silence, or later in private?</li>"
                        "<li>Is a decision final when it is agreed in the room, or only when a senior official signs it?</li>"
                        "<li>How much time goes into relationships before the work begins, and is that time seen as part of the work?</li>"
                        "</ul>",
                    ),
                    ("heading", {"text": "You bring a culture too", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Your own administration's culture travels with you: the pace you expect, the level of detail you "
                        "consider normal, the jokes you make. Partners will read you through their own lens. Being explicit "
                        "about your intentions (“I will ask a lot of questions; it is how I learn, not a test”) prevents many "
                        "misunderstandings. So does humility about your own system, which has its own weaknesses and workarounds "
                        "that partners may one day see for themselves.</p>",
                    ),
                    (
                        "case_study",
                        {
                            "title": "Respecting the decision path",
                            "country": "KG",
                            "institution": "Secretariat of the Council for Migration",
                            "practice": (
                                "<p>Kyrgyzstan IV supported the Secretariat of the Council for Migration on labour migration from "
                                "June 2021 to January 2024, with experts from France and Poland. Early in an Action of this kind, "
                                "experts can be tempted to agree next steps with the technical staff they see every day. Here the "
                                "team took time to understand how proposals travelled from technical staff to the Secretariat's "
                                "leadership, and planned short briefings for senior officials alongside the technical workshops.</p>"
                            ),
                            "outcome": (
                                "<p>Following the institution's own decision path gave the outputs of the workshops a clear route to "
                                "endorsement. It also showed respect for the partner's way of working, which helped build trust over "
                                "a long Action.</p>"
                            ),
                        },
                    ),
                    (
                        "key_takeaway",
                        {
                            "text": "<p>Culture works at national, institutional and professional levels. Use cultural dimensions as questions to test, not as labels for people, and remember that you bring a culture too.</p>"
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "Which habits of your own administration might seem unusual to a partner institution? How would you explain them?",
                            "guidance": "<ul><li>Think about pace, punctuality, written records and directness.</li><li>Recall a time when someone misread your intentions.</li><li>Write one sentence you could use to make your intentions explicit.</li></ul>",
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "A colleague tells you that people in your partner country “never disagree openly”. How should you use this information?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": "Assume that silence in your workshops means agreement",
                                    "is_correct": False,
                                    "feedback": "Silence can mean many things, including disagreement, fatigue or difficulty with the language.",
                                },
                                {
                                    "text": "Treat it as a hypothesis and create safe channels through which disagreement can be voiced",
                                    "is_correct": True,
                                    "feedback": "Right: you test the observation without stereotyping, and small groups or anonymous cards let concerns surface.",
                                },
                                {
                                    "text": "Ignore it, since cultural generalisations are always wrong",
                                    "is_correct": False,
                                    "feedback": "Generalisations can be useful starting points; the risk lies in applying them rigidly to individuals.",
                                },
                                {
                                    "text": "Tell participants at the start that you expect open disagreement",
                                    "is_correct": False,
                                    "feedback": "Demanding a style that people find uncomfortable rarely works; offering several ways to contribute does.",
                                },
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "communicating-across-languages-and-styles",
                "title": "Communicating across languages and styles",
                "estimated_minutes": 30,
                "body": [
                    ("heading", {"text": "Plain language is a courtesy", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Most deployments involve working in a second language, yours, your partners' or both, or through "
                        "interpreters. Even when everyone speaks the same language, vocabulary differs: an administrative term "
                        "used in Madrid may mean something else in Mexico City or San José. Plain language is not "
                        "simplification; it is how you make sure that your expertise actually arrives.</p>"
                        "<ul>"
                        "<li>Use short sentences and one idea at a time.</li>"
                        "<li>Avoid idioms, acronyms and jokes that depend on wordplay.</li>"
                        "<li>Define key terms, and ask how partners name the same thing.</li>"
                        "<li>Write key points on slides or flipcharts so that people can read as well as listen.</li>"
                        "<li>Check understanding with open questions, such as “How would this work in your office?”, rather than "
                        "“Is that clear?”, which almost always gets a yes.</li>"
                        "</ul>",
                    ),
                    ("heading", {"text": "Working well with interpreters", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Interpreters are part of the training team. Brief them beforehand on the objectives and share your "
                        "slides, a glossary and any case material. During the session, speak to the participants, not to the "
                        "interpreter; pause at natural points; and keep numbers and names on screen. Agree on a signal for when "
                        "you are going too fast. In consecutive mode, keep each segment short. Afterwards, ask the interpreters "
                        "what seemed unclear: they often notice confusion before you do.</p>",
                    ),
                    ("heading", {"text": "Direct and indirect styles", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>In some settings a clear “no” is considered efficient; in others it is rude, and refusal is expressed "
                        "through delay, a question or a suggestion to consult someone else. Neither style is better. If you come "
                        "from a direct culture, listen for hesitation and conditional answers, such as “it may be difficult” or "
                        "“we will study it”, and make room to discuss concerns in smaller groups. If you come from an indirect "
                        "culture, remember that directness from colleagues is usually not meant as disrespect.</p>",
                    ),
                    ("heading", {"text": "Giving and receiving feedback", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Criticising senior officials in front of their staff can cause a loss of face that no later apology "
                        "repairs. Give individual feedback in private, frame it around the task rather than the person, and "
                        "begin with what works. When you ask for feedback on your own sessions, offer anonymous options as well "
                        "as open discussion, and thank people for critical comments so that others feel free to make them.</p>",
                    ),
                    (
                        "video",
                        {
                            "title": "Same language, different words",
                            "url": "https://videos.example.org/relais/communicating-across-languages-and-styles",
                            "duration": "6 min",
                            "transcript": (
                                "<p><strong>Interviewer:</strong> You share a language with your partners in Latin America. Does that make communication easy?</p>"
                                "<p><strong>Expert:</strong> Easier, but not easy. The first time I used my usual word for a residence permit, people nodded politely. Later I realised they used a different term, and mine sounded old-fashioned and very European. Nobody corrected me; they simply adjusted for me.</p>"
                                "<p><strong>Interviewer:</strong> What did you change?</p>"
                                "<p><strong>Expert:</strong> Now, on the first morning, we build a short glossary together. I ask: what do you call this document, this procedure, this office? It takes twenty minutes and pays off all week. It also tells participants that their vocabulary is the reference, not mine.</p>"
                                "<p><strong>Interviewer:</strong> And beyond vocabulary?</p>"
                                "<p><strong>Expert:</strong> Tone. In my administration we can be quite blunt in meetings. I learned to slow down, to ask more questions before giving an opinion, and to leave room for people to raise concerns after the session, over coffee. Some of the most important comments I have ever received came that way, not in the plenary.</p>"
                            ),
                        },
                    ),
                    (
                        "case_study",
                        {
                            "title": "A shared vocabulary for migration and health",
                            "country": "CR",
                            "institution": "Dirección General de Migración y Extranjería (DGME) and Ministry of Health",
                            "practice": (
                                "<p>Costa Rica IV brought together the migration authority and the Ministry of Health, with experts "
                                "from Mexico, Spain and the USA. Two professional cultures met in the same room: migration officials "
                                "and health staff use different terms for similar realities, and the experts brought their own "
                                "national vocabularies as well. Early sessions set aside time to agree on the terms the partners "
                                "would use in their joint materials.</p>"
                            ),
                            "outcome": (
                                "<p>A shared vocabulary reduced misunderstandings between the two institutions and made the training "
                                "materials easier to reuse in replica trainings, in which trainees taught colleagues in their own "
                                "institutions.</p>"
                            ),
                        },
                    ),
                    (
                        "key_takeaway",
                        {
                            "text": "<p>Speak plainly, check understanding with open questions, treat interpreters as members of the team and listen for indirect signs of disagreement.</p>"
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "Recall a moment when you were misunderstood at work abroad or in a second language. What signal did you miss, and what would you do differently?",
                            "guidance": "<ul><li>Describe what was said and what was meant.</li><li>Consider whether the issue was language, style or context.</li><li>Identify a habit that would help you catch such moments earlier.</li></ul>",
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "You are presenting through consecutive interpretation. Which practices help? Select all that apply.",
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "Sharing slides and a glossary with the interpreter before the session",
                                    "is_correct": True,
                                    "feedback": "Yes: preparation lets the interpreter render technical terms accurately.",
                                },
                                {
                                    "text": "Speaking in short segments and pausing at natural points",
                                    "is_correct": True,
                                    "feedback": "Yes: short segments are easier to interpret faithfully.",
                                },
                                {
                                    "text": "Looking at the interpreter while you speak",
                                    "is_correct": False,
                                    "feedback": "Speak to the participants: they are your audience, and eye contact keeps them engaged.",
                                },
                                {
                                    "text": "Asking “Is that clear?” after each point",
                                    "is_correct": False,
                                    "feedback": "This question almost always gets a polite yes; open questions reveal real understanding.",
                                },
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "preparing-and-adapting-on-deployment",
                "title": "Preparing, adapting and learning on deployment",
                "estimated_minutes": 30,
                "body": [
                    ("heading", {"text": "Before you travel", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Good cultural preparation is specific. General guides to a country help, but the most valuable "
                        "information concerns the institution you will work with and the people you will meet. Talk to the "
                        "Action team and, if possible, to an expert who has worked with the same partner. Read the request for "
                        "assistance and the reports of earlier activities: they show what the partner asked for, in its own words.</p>"
                        "<p>Points worth clarifying include the seniority of the people attending, the language of the activity, "
                        "how the opening will be organised, which topics need care and what form the outputs should take. Write "
                        "down three assumptions you hold about the deployment, about pace, participation or priorities, so that "
                        "you can test them once you arrive.</p>",
                    ),
                    (
                        "document",
                        {
                            "document": "cultural-briefing-guide",
                            "title": "Preparing a cultural briefing before deployment",
                            "description": "A one-page guide to the questions to ask the Action team and previous experts, and to the assumptions to test in your first days.",
                        },
                    ),
                    ("heading", {"text": "The first days", "level": "h3"}),
                    (
                        "paragraph",
                        "<ul>"
                        "<li><strong>Observe before you adjust.</strong> Notice who speaks, who defers, how time is managed and "
                        "what happens during breaks.</li>"
                        "<li><strong>Invest in relationships.</strong> Courtesy visits, shared meals and informal conversation are "
                        "often where trust is built and where real concerns come out.</li>"
                        "<li><strong>Check your plan with a local counterpart.</strong> A short daily conversation with a focal "
                        "point or co-facilitator helps you adjust the next day's sessions.</li>"
                        "<li><strong>Adapt the method, protect the objective.</strong> You may replace a role play with a case "
                        "discussion, or a plenary with small groups, as long as you keep sight of what participants should be "
                        "able to do.</li>"
                        "</ul>",
                    ),
                    ("heading", {"text": "Co-facilitating with experts from the region", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>About a third of the experts deployed by the programme came from outside the EU, many of them from "
                        "partner regions. A team that pairs an EU expert with a colleague from the same region brings both "
                        "comparative experience and knowledge of the context. Share roles explicitly: who opens, who leads which "
                        "sessions, who takes questions in which language, and how you will give each other feedback.</p>",
                    ),
                    ("heading", {"text": "After the mission", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Cultural learning continues after you return. Debrief with the Action team: what surprised you, which "
                        "assumptions proved wrong, and what would help the next expert. Your notes become the briefing for "
                        "whoever follows you. Many experts find it useful to keep a short deployment journal, a few lines written "
                        "each evening.</p>"
                        "<p>Finally, look after yourself. Long days in another language and culture are tiring, and fatigue makes "
                        "everyone less patient and less perceptive. Plan rest as seriously as you plan sessions.</p>",
                    ),
                    (
                        "case_study",
                        {
                            "title": "A mixed team of experts",
                            "country": "CM",
                            "institution": "Ministry of External Relations and the Cameroonian Institute of International Relations",
                            "practice": (
                                "<p>Cameroon II, from September 2022 to June 2023, worked on the training capacities of the Ministry "
                                "of External Relations together with the Cameroonian Institute of International Relations. The "
                                "experts came from Cameroon, France and Mali. Combining experts from the country itself, from the "
                                "wider region and from an EU member state let the team divide its roles: knowledge of the "
                                "institutions from the inside on one hand, comparative experience of training systems on the other.</p>"
                            ),
                            "outcome": (
                                "<p>Partners could test proposals with an expert who knew their institutional environment, while "
                                "still hearing how other administrations organise training. The mix made it easier to adapt methods "
                                "to local expectations without losing the comparative view.</p>"
                            ),
                        },
                    ),
                    (
                        "key_takeaway",
                        {
                            "text": "<p>Prepare for the institution, not only the country; observe before adjusting; adapt the method while protecting the objective; and pass on what you learned to the next expert.</p>"
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "Write down three assumptions you hold about your next deployment. How will you test each of them in the first two days?",
                            "guidance": "<ul><li>Include one assumption about participation and one about decision-making.</li><li>Identify who can help you test them.</li><li>Decide what you will change if an assumption proves wrong.</li></ul>",
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "On the first day, participants respond far less to your role play than you expected. What is the most culturally agile response?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": "Insist on the role play, since it is in the agreed agenda",
                                    "is_correct": False,
                                    "feedback": "Holding on to the method can cost you the objective; agendas can be adapted.",
                                },
                                {
                                    "text": "Check with your local counterpart and switch to a small-group case discussion that serves the same objective",
                                    "is_correct": True,
                                    "feedback": "Right: you draw on local knowledge, change the method and keep the objective.",
                                },
                                {
                                    "text": "Drop the objective and move on to the next topic",
                                    "is_correct": False,
                                    "feedback": "The objective was agreed with the partner; look for another way to reach it.",
                                },
                                {
                                    "text": "Conclude that the group is not interested in the topic",
                                    "is_correct": False,
                                    "feedback": "Low engagement with one method says little about interest in the topic.",
                                },
                            ],
                        },
                    ),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ 5
    {
        "slug": "evaluating-training",
        "title": "Evaluating training",
        "summary": (
            "How to find out whether training worked and use the answer: the four levels of evaluation, practical "
            "tools for collecting evidence in partner administrations, and candid reporting that improves the next activity."
        ),
        "estimated_hours": "1.5",
        "learning_outcomes": (
            "<ul><li>Distinguish reaction, learning, behaviour and results, and link each to your objectives</li>"
            "<li>Choose and adapt evaluation tools for partner contexts</li>"
            "<li>Analyse results, report them candidly and use them to improve later activities</li></ul>"
        ),
        "cover": "cover-evaluation",
        "units": [
            {
                "slug": "what-to-evaluate",
                "title": "What to evaluate, and why",
                "estimated_minutes": 25,
                "body": [
                    ("heading", {"text": "Evaluation serves learning, not only reporting", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Evaluation is often treated as a form to fill in at the end of the day. Done well, it answers "
                        "questions that matter to you, to the partner and to the programme. Did participants learn what they "
                        "needed? Are they using it? Is the institution working differently as a result? And what should the "
                        "next activity do differently?</p>",
                    ),
                    ("heading", {"text": "Four levels", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Donald Kirkpatrick's four-level model remains the most widely used framework for evaluating training:</p>"
                        "<ol>"
                        "<li><strong>Reaction:</strong> how participants experienced the training, including its relevance, "
                        "clarity and pace.</li>"
                        "<li><strong>Learning:</strong> what knowledge and skills they gained, shown through tests, exercises "
                        "or observation.</li>"
                        "<li><strong>Behaviour:</strong> whether they apply what they learned at work, weeks or months later.</li>"
                        "<li><strong>Results:</strong> which changes in the institution's performance can be linked to the "
                        "training, such as faster processing, better data or new procedures.</li>"
                        "</ol>"
                        "<p>Each level is harder and costlier to measure than the one before, and each depends on those below. "
                        "High satisfaction does not prove learning, and learning does not guarantee application. Poor reactions, "
                        "however, usually predict weak results.</p>",
                    ),
                    (
                        "image",
                        {
                            "image": "evaluation-levels",
                            "alt": "Chart of four bars rising from left to right, representing the four levels of training evaluation: reaction, learning, behaviour and results.",
                            "caption": "Each level builds on the one below it and takes more effort to measure.",
                        },
                    ),
                    ("heading", {"text": "Plan evaluation when you plan the training", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Decide from the start what you will measure and how, and link it to your objectives. If an objective "
                        "is that participants can draft a referral note, the evidence is a draft note, not a satisfaction score. "
                        "Agree with the partner and the Action team which levels matter most for this activity and what can "
                        "realistically be collected. For a single workshop, reaction and learning may be enough; for an Action "
                        "with several activities over time, behaviour and results become essential.</p>"
                        "<p>Participants' own judgement still counts. Across the third phase of the programme, 92% of "
                        "participants said that taking part made a real difference to the way they do their jobs. Figures of this "
                        "kind are valuable, and they become more convincing when they sit alongside evidence of what actually "
                        "changed in practice.</p>",
                    ),
                    ("heading", {"text": "Proportion and ethics", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Collect only what you will use. Keep questionnaires short, explain why you are asking, protect "
                        "anonymity where honest answers matter, and share results with the people who provided them.</p>",
                    ),
                    (
                        "case_study",
                        {
                            "title": "Looking beyond the end-of-course form",
                            "country": "SV",
                            "institution": "Ministry of Foreign Affairs",
                            "practice": (
                                "<p>El Salvador II, launched in March 2022, works with the Ministry of Foreign Affairs on consular "
                                "services for Salvadorans abroad. El Salvador was also one of six countries, with Brazil, Cameroon, "
                                "Costa Rica, Kyrgyzstan and Uganda, where the Vocational Train the Trainers programme reached about "
                                "80 participants in total. Its aim was not only that participants learn to design, deliver and "
                                "evaluate training, but that they go on to train colleagues in their own institutions.</p>"
                                "<p>Evaluating reactions alone would have missed that aim. The questions that mattered sat at the "
                                "behaviour level: did trainees go on to run sessions, and how did those sessions go?</p>"
                            ),
                            "outcome": (
                                "<p>Framing evaluation around the intended behaviour kept attention on what mattered to the "
                                "institutions, and it helped identify the support that new trainers might need, such as time set "
                                "aside to prepare their sessions.</p>"
                            ),
                        },
                    ),
                    (
                        "key_takeaway",
                        {
                            "text": "<p>Link evaluation to your objectives and plan it from the start. Reaction and learning are easy to measure; behaviour and results tell you whether training made a difference.</p>"
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "For your next activity, what evidence would convince you, and the partner, that participants are using what they learned three months later?",
                            "guidance": "<ul><li>Describe the behaviour you expect to see.</li><li>Identify who could observe it.</li><li>Consider what is realistic to collect.</li></ul>",
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "Three months after a workshop on data quality, supervisors report that officers now check records with the new checklist. Which level of evaluation does this evidence address?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": "Reaction",
                                    "is_correct": False,
                                    "feedback": "Reaction concerns how participants felt about the training, usually measured at its end.",
                                },
                                {
                                    "text": "Learning",
                                    "is_correct": False,
                                    "feedback": "Learning is shown through tests or exercises during or just after training, not through later practice.",
                                },
                                {
                                    "text": "Behaviour",
                                    "is_correct": True,
                                    "feedback": "Right: the evidence concerns what officers do at work after the training.",
                                },
                                {
                                    "text": "Results",
                                    "is_correct": False,
                                    "feedback": "Results would be effects on the institution, such as a measurable fall in data errors.",
                                },
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "collecting-evidence",
                "title": "Tools for collecting evidence",
                "estimated_minutes": 25,
                "body": [
                    ("heading", {"text": "Choose tools that fit the level", "level": "h2"}),
                    (
                        "paragraph",
                        "<ul>"
                        "<li><strong>End-of-activity forms</strong> (reaction): short rating scales plus one or two open "
                        "questions. Ask about relevance and intended use, not only about the venue and catering.</li>"
                        "<li><strong>Pre- and post-tests</strong> (learning): the same short set of questions, or the same "
                        "practical task, at the start and at the end. The difference shows learning, and the pre-test also tells "
                        "you where to focus.</li>"
                        "<li><strong>Observation</strong> (learning and behaviour): a checklist used during exercises, or a "
                        "colleague observing a real task later on.</li>"
                        "<li><strong>Work products</strong> (learning and behaviour): drafts, plans, completed forms or "
                        "procedures produced during or after the training.</li>"
                        "<li><strong>Follow-up interviews or surveys</strong> (behaviour): a few weeks or months later, ask what "
                        "participants tried, what worked and what stopped them.</li>"
                        "<li><strong>Focus groups</strong> (behaviour and results): a structured discussion with participants or "
                        "their supervisors about changes in practice.</li>"
                        "<li><strong>Institutional data</strong> (results): processing times, error rates or numbers of "
                        "referrals, where the partner collects them and is willing to share them.</li>"
                        "</ul>",
                    ),
                    ("heading", {"text": "Writing better questions", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Good evaluation questions are short, neutral and specific. Avoid questions that ask two things at "
                        "once (“Was the training relevant and well organised?”) and leading questions (“How much did the "
                        "training improve your work?”). Include at least one question about future use, such as “What will you "
                        "do differently next month?” Open questions provide the richest information, but keep them few, because "
                        "people skip them in long forms.</p>",
                    ),
                    (
                        "document",
                        {
                            "document": "evaluation-form-template",
                            "title": "End-of-activity evaluation form (template)",
                            "description": "A short form with four rating statements and an open question about what participants will do differently. Adapt the wording to your objectives.",
                        },
                    ),
                    ("heading", {"text": "Practical tips in partner contexts", "level": "h3"}),
                    (
                        "paragraph",
                        "<ul>"
                        "<li>Translate forms and try them out with one or two participants first.</li>"
                        "<li>Offer paper and digital versions where connections are unreliable.</li>"
                        "<li>Collect forms before the closing ceremony, not after it.</li>"
                        "<li>Explain that honest feedback helps the next activity and that answers are anonymous.</li>"
                        "<li>Where hierarchy is strong, avoid questions about supervisors' support that could be traced back "
                        "to the person answering.</li>"
                        "</ul>"
                        "<p>Low-cost methods can be surprisingly informative. A two-minute exercise at the end of the day, in "
                        "which each participant writes one thing they will apply and one question that remains, gives you "
                        "evidence of learning and material for the follow-up at the same time.</p>",
                    ),
                    (
                        "case_study",
                        {
                            "title": "Using work tasks as evidence",
                            "country": "UG",
                            "institution": "Directorate of Citizenship and Immigration Control",
                            "practice": (
                                "<p>Uganda III ran from February to November 2023 with the Directorate of Citizenship and Immigration "
                                "Control, focusing on data management, with experts from Italy and Malta. In a relatively short Action, "
                                "evaluation had to stay simple. Practical exercises on sample records served as both training and "
                                "evidence: participants tackled the same kind of task at the beginning and at the end of a workshop, "
                                "so that progress was visible to them and to the experts.</p>"
                                "<p>Later activities opened with a short round in which participants said what they had changed in "
                                "their daily handling of data since the previous session.</p>"
                            ),
                            "outcome": (
                                "<p>Using work tasks as evaluation tools kept the burden on participants low and produced evidence "
                                "linked directly to the Action's objectives. The opening rounds gave the experts early signals about "
                                "obstacles, which they could address in the sessions that followed.</p>"
                            ),
                        },
                    ),
                    (
                        "key_takeaway",
                        {
                            "text": "<p>Match the tool to the level you want to evaluate, keep questions short and neutral, and use participants' own work as evidence whenever you can.</p>"
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "Look at an evaluation form you have used. Which questions produced information you acted on, and which could you drop?",
                            "guidance": "<ul><li>Check for double or leading questions.</li><li>Make sure at least one question asks about future use.</li><li>Consider what you would add to measure learning, not only satisfaction.</li></ul>",
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "Which of these questions are well designed for an end-of-activity form? Select all that apply.",
                            "kind": "multiple",
                            "options": [
                                {
                                    "text": "“What will you do differently in your work next month?”",
                                    "is_correct": True,
                                    "feedback": "Yes: it is open and focused on application.",
                                },
                                {
                                    "text": "“Was the training relevant and well organised?”",
                                    "is_correct": False,
                                    "feedback": "It asks two things at once, so an answer cannot be interpreted.",
                                },
                                {
                                    "text": "“How much did this excellent training improve your work?”",
                                    "is_correct": False,
                                    "feedback": "The wording is leading and takes improvement for granted.",
                                },
                                {
                                    "text": "“The content was relevant to my work” (rated 1 to 5)",
                                    "is_correct": True,
                                    "feedback": "Yes: a single, neutral statement on a clear scale.",
                                },
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "using-evaluation-results",
                "title": "Learning from evaluation results",
                "estimated_minutes": 25,
                "body": [
                    ("heading", {"text": "From data to decisions", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Evaluation is only useful if someone acts on it. After each activity, spend an hour with your "
                        "co-trainers reviewing the evidence while it is fresh. Look for patterns rather than single comments: "
                        "if a third of participants found the same exercise confusing, change it; if one person disliked the "
                        "venue, note it and move on.</p>"
                        "<p>Where you can, involve a counterpart from the partner institution in this review. They will read "
                        "comments in context, notice when a complaint reflects a local constraint rather than a design flaw, "
                        "and carry the conclusions into the institution's own planning.</p>",
                    ),
                    ("heading", {"text": "Questions to ask of your results", "level": "h3"}),
                    (
                        "paragraph",
                        "<ul>"
                        "<li>Which objectives were met, partly met or not met, and what is the evidence?</li>"
                        "<li>Where did participants struggle, and was the cause the content, the method, the time or the language?</li>"
                        "<li>What did participants say they would apply, and which obstacles did they foresee?</li>"
                        "<li>What should the next activity in the Action do differently?</li>"
                        "</ul>",
                    ),
                    ("heading", {"text": "Reporting honestly", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Reports for partners and for the programme should be concise and candid. Present what went well, "
                        "with evidence, and what did not, with the adjustments you propose. Take care with claims about results: "
                        "many factors influence an institution's performance, and training is usually only one of them. Write "
                        "“contributed to” rather than “caused” unless you have strong evidence. Quote participants sparingly, "
                        "and only with their permission.</p>"
                        "<p>Share results with the partner institution first, in a form that is useful to it: a short summary, "
                        "the key findings and recommendations it can act on. When evaluation is seen as a shared learning "
                        "exercise rather than an inspection, partners are more willing to give honest information next time.</p>",
                    ),
                    (
                        "video",
                        {
                            "title": "What evaluation forms tell us",
                            "url": "https://videos.example.org/relais/using-evaluation-results",
                            "duration": "5 min",
                            "transcript": (
                                "<p><strong>Interviewer:</strong> You read a great many evaluation forms. What do you look at first?</p>"
                                "<p><strong>Action manager:</strong> The open answers to “what will you do differently?”. Ratings tell me whether people were comfortable. The open answers tell me whether the training connected with their work. If they are vague, like “apply the knowledge”, the session was probably too general.</p>"
                                "<p><strong>Interviewer:</strong> What do you do with negative feedback?</p>"
                                "<p><strong>Action manager:</strong> First I thank whoever wrote it. Then I check whether it is a pattern. Once, several participants wrote that the case studies felt foreign to them. The experts rewrote them using the partner's own scenarios, and the next workshop was rated far more useful.</p>"
                                "<p><strong>Interviewer:</strong> How do you know whether training changed anything in the institution?</p>"
                                "<p><strong>Action manager:</strong> You rarely know for certain, and you should be honest about that. But you can collect good signals: a procedure adopted, materials reused, colleagues trained by former participants. When a course is taken up again in a new emergency, that tells you something important about its value.</p>"
                            ),
                        },
                    ),
                    ("heading", {"text": "Closing the loop", "level": "h3"}),
                    (
                        "paragraph",
                        "<p>Tell participants what you changed because of their feedback. It shows respect and makes future "
                        "feedback more candid. Across an Action with several activities, keep a simple log of lessons learned "
                        "and adjustments, so that each expert builds on the experience of the one before. In a programme that "
                        "deployed hundreds of experts over fifteen years, small records of this kind add up to a valuable "
                        "institutional memory.</p>",
                    ),
                    (
                        "case_study",
                        {
                            "title": "Joint reviews across a multi-year Action",
                            "country": "KG",
                            "institution": "Secretariat of the Council for Migration",
                            "practice": (
                                "<p>Kyrgyzstan IV ran from June 2021 to January 2024: a long Action on labour migration with the "
                                "Secretariat of the Council for Migration and experts from France and Poland. Over such a period "
                                "staff change, priorities shift and several experts may take part. After each activity the experts "
                                "and the Secretariat reviewed participants' feedback together and agreed what the next activity "
                                "should keep, change or add.</p>"
                            ),
                            "outcome": (
                                "<p>Treating evaluation as a joint review, rather than a report sent elsewhere, kept the activities "
                                "connected to one another and to the partner's evolving priorities. It also meant that the "
                                "Secretariat, and not only the experts, held the lessons of each stage.</p>"
                            ),
                        },
                    ),
                    (
                        "key_takeaway",
                        {
                            "text": "<p>Review evidence quickly, look for patterns, report candidly with “contributed to” rather than “caused”, and tell participants what changed because of their feedback.</p>"
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "Think of feedback you once received on a training you delivered. What did you change because of it, and did you tell the participants?",
                            "guidance": "<ul><li>Distinguish patterns from single comments.</li><li>Consider how you shared the results with the partner.</li><li>Note one way to close the loop next time.</li></ul>",
                        },
                    ),
                    (
                        "knowledge_check",
                        {
                            "question": "A partner ministry adopted a new procedure after your series of workshops. How should you describe this in your report?",
                            "kind": "single",
                            "options": [
                                {
                                    "text": "The training caused the ministry to adopt the new procedure.",
                                    "is_correct": False,
                                    "feedback": "Many factors shape institutional decisions; claiming sole causation is rarely justified.",
                                },
                                {
                                    "text": "The training contributed to the adoption of the procedure, as shown by drafts produced in the workshops and the ministry's own account.",
                                    "is_correct": True,
                                    "feedback": "Right: the claim is proportionate and backed by evidence.",
                                },
                                {
                                    "text": "Leave it out, since results can never be linked to training.",
                                    "is_correct": False,
                                    "feedback": "Results can be linked to training with care; leaving them out loses important information.",
                                },
                                {
                                    "text": "Present it as a result of the whole programme, without further evidence.",
                                    "is_correct": False,
                                    "feedback": "Claims without evidence weaken the credibility of the entire report.",
                                },
                            ],
                        },
                    ),
                ],
            },
        ],
    },
]

TOOLKIT_TRANSLATIONS = {
    # ================================================================== French
    "fr": {
        "index": {
            "title": "Boîte à outils numérique pour les experts",
            "intro": (
                "<p>Des modules ouverts, à suivre à son rythme, pour les experts qui forment leurs pairs dans les "
                "administrations partenaires. Chaque module dure entre une et deux heures et associe de courtes lectures, "
                "des études de cas tirées des Actions, des vidéos accompagnées de leur transcription intégrale, des "
                "pistes de réflexion et des questions d'entraînement commentées.</p>"
                "<p>Suivez les modules dans l'ordre qui vous convient. Si vous partez bientôt en mission, commencez par "
                "le quatrième : travailler efficacement à travers les cultures.</p>"
            ),
        },
        "working-across-cultures": {
            "title": "Travailler efficacement à travers les cultures",
            "summary": (
                "L'agilité culturelle pour les experts déployés auprès d'administrations partenaires : comment la culture "
                "façonne les institutions et les salles de formation, comment communiquer d'une langue et d'un style à "
                "l'autre, et comment se préparer, s'adapter et continuer d'apprendre pendant une mission."
            ),
            "learning_outcomes": (
                "<ul><li>Décrire comment les cultures nationales, institutionnelles et professionnelles influencent la "
                "manière dont les partenaires travaillent et apprennent</li>"
                "<li>Adapter sa communication au travail avec des interprètes, à différents degrés de franchise et à la hiérarchie</li>"
                "<li>Préparer un briefing culturel et ajuster son approche au cours d'une mission</li>"
                "<li>Porter un regard critique sur ses propres présupposés d'expert venu d'une autre administration</li></ul>"
            ),
            "units": {
                "culture-and-the-expert-role": {
                    "title": "La culture et le rôle de l'expert",
                    "body": [
                        (
                            "heading",
                            {
                                "text": "Pourquoi l'agilité culturelle compte pour les experts pairs",
                                "level": "h2",
                            },
                        ),
                        (
                            "paragraph",
                            "<p>Les experts du programme sont des praticiens : des fonctionnaires des administrations des États "
                            "membres de l'UE et, de plus en plus, de pays partenaires, qui partagent ce qui fonctionne dans leurs "
                            "propres institutions. Cette logique de pair à pair est une force, car les partenaires échangent avec "
                            "des personnes qui exercent le même métier. Elle comporte aussi un risque : lorsque l'on connaît bien "
                            "son métier, on a tendance à considérer sa façon de l'exercer comme la norme. L'agilité culturelle, "
                            "c'est la capacité de repérer ce réflexe, de lire correctement un autre contexte et d'ajuster sa "
                            "manière de travailler sans perdre ce que l'on est venu apporter.</p>",
                        ),
                        ("heading", {"text": "Trois niveaux de culture", "level": "h3"}),
                        (
                            "paragraph",
                            "<ul>"
                            "<li><strong>Culture nationale et sociale :</strong> des attentes partagées quant à la hiérarchie, au "
                            "temps, à la franchise, aux relations et à la façon d'exprimer un désaccord.</li>"
                            "<li><strong>Culture institutionnelle :</strong> la manière dont un ministère ou une agence prend ses "
                            "décisions, qui doit être consulté, comment sont traités les engagements écrits et oraux, et ce dont "
                            "l'institution est fière.</li>"
                            "<li><strong>Culture professionnelle :</strong> les habitudes des garde-frontières, des diplomates, des "
                            "juristes, des statisticiens ou des personnels de santé, qui dépassent souvent les frontières nationales.</li>"
                            "</ul>"
                            "<p>Les malentendus tiennent rarement à un seul niveau. Un atelier peut s'enliser non pas à cause d'un "
                            "trait national, mais parce qu'un service qui n'a pas été consulté se sent contourné.</p>",
                        ),
                        (
                            "image",
                            {
                                "image": "cover-cultures",
                                "alt": "Schéma de deux groupes de personnes séparés par un vide et reliés par plusieurs ponts, qui représentent les différentes manières de relier deux cultures de travail.",
                                "caption": "L'agilité culturelle consiste à construire plusieurs ponts, par la langue, les relations et les tâches partagées, plutôt qu'à attendre que l'un des deux côtés traverse seul.",
                            },
                        ),
                        (
                            "heading",
                            {"text": "Des dimensions à observer, pas des cases à remplir", "level": "h3"},
                        ),
                        (
                            "paragraph",
                            "<p>Des chercheurs ont décrit des dimensions culturelles telles que la distance hiérarchique, "
                            "l'individualisme et le collectivisme, le rapport à l'incertitude ou encore la différence entre "
                            "communication à contexte riche et à contexte pauvre. Ces notions aident à poser de meilleures "
                            "questions. Elles deviennent nuisibles lorsqu'elles se muent en stéréotypes sur les individus : la "
                            "personne en face de vous peut ne ressembler en rien à la moyenne de son pays. Utilisez ces dimensions "
                            "comme des hypothèses à vérifier, jamais comme des conclusions.</p>"
                            "<p>Quelques questions à se poser dès le début :</p>"
                            "<ul>"
                            "<li>Qui prend la parole en premier lors d'une réunion, et qui la clôt ?</li>"
                            "<li>Comment le désaccord se manifeste-t-il : ouvertement, par des questions, par le silence, ou plus "
                            "tard en privé ?</li>"
                            "<li>Une décision est-elle définitive lorsqu'elle est convenue en séance, ou seulement une fois signée "
                            "par un haut responsable ?</li>"
                            "<li>Quelle place les relations occupent-elles avant que le travail commence, et ce temps est-il "
                            "considéré comme faisant partie du travail ?</li>"
                            "</ul>",
                        ),
                        ("heading", {"text": "Vous aussi, vous apportez une culture", "level": "h3"}),
                        (
                            "paragraph",
                            "<p>La culture de votre administration voyage avec vous : le rythme que vous attendez, le niveau de "
                            "détail qui vous semble normal, les plaisanteries que vous faites. Les partenaires vous liront à "
                            "travers leur propre prisme. Expliciter vos intentions (« Je vais poser beaucoup de questions ; c'est "
                            "ma façon d'apprendre, pas un examen ») évite bien des malentendus. L'humilité à l'égard de votre "
                            "propre système y contribue aussi : il a ses faiblesses et ses contournements, que les partenaires "
                            "pourraient un jour constater par eux-mêmes.</p>",
                        ),
                        (
                            "case_study",
                            {
                                "title": "Respecter le circuit de décision",
                                "country": "KG",
                                "institution": "Secrétariat du Conseil des migrations",
                                "practice": (
                                    "<p>L'Action Kirghizistan IV a accompagné le Secrétariat du Conseil des migrations sur la "
                                    "migration de travail de juin 2021 à janvier 2024, avec des experts venus de France et de "
                                    "Pologne. Au début d'une Action de ce type, les experts peuvent être tentés de convenir des "
                                    "prochaines étapes avec les techniciens qu'ils côtoient chaque jour. Ici, l'équipe a pris le "
                                    "temps de comprendre comment les propositions remontaient des services techniques jusqu'à la "
                                    "direction du Secrétariat, et a prévu de courtes séances d'information pour les hauts "
                                    "responsables en parallèle des ateliers techniques.</p>"
                                ),
                                "outcome": (
                                    "<p>En suivant le circuit de décision propre à l'institution, les résultats des ateliers "
                                    "disposaient d'une voie claire vers leur validation. Cette démarche a aussi témoigné du respect "
                                    "de l'équipe pour les méthodes de travail du partenaire, ce qui a contribué à bâtir la confiance "
                                    "au fil d'une longue Action.</p>"
                                ),
                            },
                        ),
                        (
                            "key_takeaway",
                            {
                                "text": "<p>La culture agit aux niveaux national, institutionnel et professionnel. Servez-vous des dimensions culturelles comme de questions à vérifier, non comme d'étiquettes à coller sur les personnes, et n'oubliez pas que vous apportez vous aussi une culture.</p>"
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": "Quelles habitudes de votre propre administration pourraient surprendre une institution partenaire ? Comment les expliqueriez-vous ?",
                                "guidance": "<ul><li>Pensez au rythme, à la ponctualité, aux traces écrites et à la franchise.</li><li>Rappelez-vous une occasion où quelqu'un a mal interprété vos intentions.</li><li>Écrivez une phrase que vous pourriez utiliser pour rendre vos intentions explicites.</li></ul>",
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": "Un collègue vous explique que, dans votre pays partenaire, les gens « ne disent jamais ouvertement qu'ils ne sont pas d'accord ». Comment utiliser cette information ?",
                                "kind": "single",
                                "options": [
                                    {
                                        "text": "Considérer que le silence dans vos ateliers vaut approbation",
                                        "is_correct": False,
                                        "feedback": "Le silence peut signifier bien des choses, dont le désaccord, la fatigue ou une difficulté avec la langue.",
                                    },
                                    {
                                        "text": "La traiter comme une hypothèse et créer des moyens sûrs d'exprimer un désaccord",
                                        "is_correct": True,
                                        "feedback": "Exact : vous vérifiez l'observation sans tomber dans le stéréotype, et les petits groupes ou les fiches anonymes permettent aux réserves de s'exprimer.",
                                    },
                                    {
                                        "text": "L'ignorer, puisque les généralisations culturelles sont toujours fausses",
                                        "is_correct": False,
                                        "feedback": "Les généralisations peuvent être un point de départ utile ; le risque est de les appliquer de façon rigide aux individus.",
                                    },
                                    {
                                        "text": "Annoncer aux participants, dès le début, que vous attendez d'eux un désaccord ouvert",
                                        "is_correct": False,
                                        "feedback": "Exiger un style dans lequel les gens sont mal à l'aise fonctionne rarement ; proposer plusieurs façons de contribuer, si.",
                                    },
                                ],
                            },
                        ),
                    ],
                },
                "communicating-across-languages-and-styles": {
                    "title": "Communiquer d'une langue et d'un style à l'autre",
                    "body": [
                        (
                            "heading",
                            {"text": "La clarté du langage est une marque de courtoisie", "level": "h2"},
                        ),
                        (
                            "paragraph",
                            "<p>La plupart des missions se déroulent dans une seconde langue (la vôtre, celle de vos partenaires "
                            "ou les deux) ou avec des interprètes. Même lorsque tout le monde parle la même langue, le vocabulaire "
                            "varie : un terme administratif employé à Madrid peut désigner autre chose à Mexico ou à San José. "
                            "S'exprimer clairement n'est pas simplifier ; c'est s'assurer que votre expertise arrive bien à destination.</p>"
                            "<ul>"
                            "<li>Faites des phrases courtes, une idée à la fois.</li>"
                            "<li>Évitez les expressions idiomatiques, les sigles et les jeux de mots.</li>"
                            "<li>Définissez les termes clés et demandez comment vos partenaires désignent la même chose.</li>"
                            "<li>Notez les points essentiels sur les diapositives ou le tableau de papier, pour que chacun puisse "
                            "lire autant qu'écouter.</li>"
                            "<li>Vérifiez la compréhension par des questions ouvertes, comme « Comment cela fonctionnerait-il dans "
                            "votre service ? », plutôt que « C'est clair ? », qui obtient presque toujours un oui.</li>"
                            "</ul>",
                        ),
                        ("heading", {"text": "Bien travailler avec les interprètes", "level": "h3"}),
                        (
                            "paragraph",
                            "<p>Les interprètes font partie de l'équipe de formation. Informez-les à l'avance des objectifs et "
                            "transmettez-leur vos diapositives, un glossaire et les documents des études de cas. Pendant la séance, "
                            "adressez-vous aux participants, pas à l'interprète ; marquez des pauses aux moments naturels ; laissez "
                            "les chiffres et les noms affichés à l'écran. Convenez d'un signe pour vous avertir si vous allez trop "
                            "vite. En interprétation consécutive, faites des segments courts. Ensuite, demandez aux interprètes ce "
                            "qui leur a paru confus : ils repèrent souvent les incompréhensions avant vous.</p>",
                        ),
                        ("heading", {"text": "Styles directs et indirects", "level": "h3"}),
                        (
                            "paragraph",
                            "<p>Dans certains contextes, un « non » net passe pour de l'efficacité ; dans d'autres, il est "
                            "impoli, et le refus s'exprime par un délai, une question ou la suggestion de consulter quelqu'un "
                            "d'autre. Aucun style n'est meilleur que l'autre. Si vous venez d'une culture directe, soyez attentif "
                            "aux hésitations et aux réponses au conditionnel, comme « cela pourrait être difficile » ou « nous "
                            "allons l'étudier », et ménagez un espace pour discuter des réserves en petits groupes. Si vous venez "
                            "d'une culture indirecte, rappelez-vous que la franchise de vos collègues n'est généralement pas un "
                            "manque de respect.</p>",
                        ),
                        ("heading", {"text": "Donner et recevoir des retours", "level": "h3"}),
                        (
                            "paragraph",
                            "<p>Critiquer des hauts responsables devant leurs équipes peut leur faire perdre la face, et aucune "
                            "excuse ultérieure ne le réparera. Donnez les retours individuels en privé, centrez-les sur la tâche "
                            "plutôt que sur la personne, et commencez par ce qui fonctionne. Lorsque vous sollicitez des retours sur "
                            "vos propres séances, proposez des options anonymes en plus de la discussion ouverte, et remerciez "
                            "ceux qui formulent des critiques afin que d'autres osent le faire.</p>",
                        ),
                        (
                            "video",
                            {
                                "title": "Même langue, mots différents",
                                "url": "https://videos.example.org/relais/communicating-across-languages-and-styles",
                                "duration": "6 min",
                                "transcript": (
                                    "<p><strong>Intervieweur :</strong> Vous partagez une langue avec vos partenaires d'Amérique latine. Cela rend-il la communication facile ?</p>"
                                    "<p><strong>Experte :</strong> Plus facile, mais pas facile. La première fois que j'ai employé mon terme habituel pour un titre de séjour, les gens ont hoché la tête poliment. J'ai compris plus tard qu'ils utilisaient un autre mot, et que le mien sonnait vieilli et très européen. Personne ne m'a corrigée ; ils se sont simplement adaptés à moi.</p>"
                                    "<p><strong>Intervieweur :</strong> Qu'avez-vous changé ?</p>"
                                    "<p><strong>Experte :</strong> Désormais, le premier matin, nous construisons ensemble un court glossaire. Je demande : comment appelez-vous ce document, cette procédure, ce service ? Cela prend vingt minutes et profite à toute la semaine. Cela montre aussi aux participants que c'est leur vocabulaire qui fait référence, pas le mien.</p>"
                                    "<p><strong>Intervieweur :</strong> Et au-delà du vocabulaire ?</p>"
                                    "<p><strong>Experte :</strong> Le ton. Dans mon administration, nous pouvons être assez abrupts en réunion. J'ai appris à ralentir, à poser davantage de questions avant de donner mon avis, et à laisser aux gens la possibilité d'exprimer leurs réserves après la séance, autour d'un café. Certaines des remarques les plus importantes que j'aie jamais reçues me sont parvenues ainsi, et non en plénière.</p>"
                                ),
                            },
                        ),
                        (
                            "case_study",
                            {
                                "title": "Un vocabulaire commun pour la migration et la santé",
                                "country": "CR",
                                "institution": "Direction générale des migrations et des étrangers (DGME) et ministère de la Santé",
                                "practice": (
                                    "<p>L'Action Costa Rica IV a réuni l'autorité migratoire et le ministère de la Santé, avec des "
                                    "experts venus du Mexique, d'Espagne et des États-Unis. Deux cultures professionnelles se "
                                    "retrouvaient dans la même salle : les agents des migrations et les personnels de santé "
                                    "emploient des termes différents pour des réalités proches, et les experts apportaient en outre "
                                    "leurs propres vocabulaires nationaux. Les premières séances ont réservé du temps pour s'accorder "
                                    "sur les termes que les partenaires utiliseraient dans leurs supports communs.</p>"
                                ),
                                "outcome": (
                                    "<p>Ce vocabulaire commun a réduit les malentendus entre les deux institutions et facilité la "
                                    "réutilisation des supports lors des formations de réplication, au cours desquelles les "
                                    "stagiaires ont formé des collègues de leur propre institution.</p>"
                                ),
                            },
                        ),
                        (
                            "key_takeaway",
                            {
                                "text": "<p>Exprimez-vous simplement, vérifiez la compréhension par des questions ouvertes, traitez les interprètes comme des membres de l'équipe et soyez attentif aux signes indirects de désaccord.</p>"
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": "Rappelez-vous un moment où vous avez été mal compris dans un cadre professionnel à l'étranger ou dans une seconde langue. Quel signal avez-vous manqué, et que feriez-vous différemment ?",
                                "guidance": "<ul><li>Décrivez ce qui a été dit et ce qui était voulu.</li><li>Demandez-vous si le problème tenait à la langue, au style ou au contexte.</li><li>Identifiez une habitude qui vous aiderait à repérer ces moments plus tôt.</li></ul>",
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": "Vous présentez avec une interprétation consécutive. Quelles pratiques sont utiles ? Sélectionnez toutes les bonnes réponses.",
                                "kind": "multiple",
                                "options": [
                                    {
                                        "text": "Transmettre les diapositives et un glossaire à l'interprète avant la séance",
                                        "is_correct": True,
                                        "feedback": "Oui : la préparation permet à l'interprète de rendre fidèlement les termes techniques.",
                                    },
                                    {
                                        "text": "Parler par segments courts et marquer des pauses aux moments naturels",
                                        "is_correct": True,
                                        "feedback": "Oui : des segments courts sont plus faciles à interpréter fidèlement.",
                                    },
                                    {
                                        "text": "Regarder l'interprète pendant que vous parlez",
                                        "is_correct": False,
                                        "feedback": "Adressez-vous aux participants : c'est votre public, et le contact visuel maintient leur attention.",
                                    },
                                    {
                                        "text": "Demander « C'est clair ? » après chaque point",
                                        "is_correct": False,
                                        "feedback": "Cette question obtient presque toujours un oui poli ; les questions ouvertes révèlent la compréhension réelle.",
                                    },
                                ],
                            },
                        ),
                    ],
                },
                "preparing-and-adapting-on-deployment": {
                    "title": "Se préparer, s'adapter et apprendre en mission",
                    "body": [
                        ("heading", {"text": "Avant le départ", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Une bonne préparation culturelle est précise. Les guides généraux sur un pays sont utiles, mais "
                            "les informations les plus précieuses portent sur l'institution avec laquelle vous allez travailler et "
                            "sur les personnes que vous rencontrerez. Échangez avec l'équipe de l'Action et, si possible, avec un "
                            "expert ayant déjà travaillé avec le même partenaire. Lisez la demande d'assistance et les rapports des "
                            "activités précédentes : ils montrent ce que le partenaire a demandé, avec ses propres mots.</p>"
                            "<p>Il est utile de clarifier le niveau hiérarchique des participants, la langue de l'activité, "
                            "l'organisation de la séance d'ouverture, les sujets qui demandent de la délicatesse et la forme "
                            "attendue des résultats. Notez trois présupposés que vous avez sur la mission, concernant le rythme, "
                            "la participation ou les priorités, afin de pouvoir les vérifier une fois sur place.</p>",
                        ),
                        (
                            "document",
                            {
                                "document": "cultural-briefing-guide",
                                "title": "Préparer un briefing culturel avant la mission",
                                "description": "Un guide d'une page sur les questions à poser à l'équipe de l'Action et aux experts précédents, et sur les présupposés à vérifier pendant les premiers jours.",
                            },
                        ),
                        ("heading", {"text": "Les premiers jours", "level": "h3"}),
                        (
                            "paragraph",
                            "<ul>"
                            "<li><strong>Observer avant d'ajuster.</strong> Remarquez qui prend la parole, qui s'efface, comment "
                            "le temps est géré et ce qui se passe pendant les pauses.</li>"
                            "<li><strong>Investir dans les relations.</strong> Les visites de courtoisie, les repas partagés et les "
                            "conversations informelles sont souvent le lieu où la confiance se construit et où les véritables "
                            "préoccupations apparaissent.</li>"
                            "<li><strong>Vérifier son programme avec un interlocuteur local.</strong> Un bref échange quotidien avec "
                            "un point focal ou un co-animateur aide à ajuster les séances du lendemain.</li>"
                            "<li><strong>Adapter la méthode, préserver l'objectif.</strong> Vous pouvez remplacer un jeu de rôle par "
                            "une discussion de cas, ou une plénière par des petits groupes, tant que vous gardez en vue ce que les "
                            "participants doivent être capables de faire.</li>"
                            "</ul>",
                        ),
                        ("heading", {"text": "Co-animer avec des experts de la région", "level": "h3"}),
                        (
                            "paragraph",
                            "<p>Environ un tiers des experts déployés par le programme venaient de pays extérieurs à l'UE, dont "
                            "beaucoup des régions partenaires. Une équipe qui associe un expert européen à un collègue de la même "
                            "région réunit expérience comparative et connaissance du contexte. Répartissez les rôles de façon "
                            "explicite : qui ouvre, qui anime quelles séances, qui répond aux questions dans quelle langue, et "
                            "comment vous vous ferez mutuellement des retours.</p>",
                        ),
                        ("heading", {"text": "Après la mission", "level": "h3"}),
                        (
                            "paragraph",
                            "<p>L'apprentissage culturel se poursuit après le retour. Faites un bilan avec l'équipe de l'Action : "
                            "ce qui vous a surpris, les présupposés qui se sont révélés faux, ce qui aiderait le prochain expert. "
                            "Vos notes deviendront le briefing de la personne qui vous succédera. Beaucoup d'experts trouvent utile "
                            "de tenir un bref journal de mission, quelques lignes rédigées chaque soir.</p>"
                            "<p>Enfin, prenez soin de vous. Les longues journées passées dans une autre langue et une autre culture "
                            "sont fatigantes, et la fatigue rend chacun moins patient et moins perspicace. Planifiez le repos aussi "
                            "sérieusement que les séances.</p>",
                        ),
                        (
                            "case_study",
                            {
                                "title": "Une équipe d'experts mixte",
                                "country": "CM",
                                "institution": "Ministère des Relations extérieures et Institut des relations internationales du Cameroun",
                                "practice": (
                                    "<p>L'Action Cameroun II, de septembre 2022 à juin 2023, a porté sur les capacités de formation "
                                    "du ministère des Relations extérieures, en lien avec l'Institut des relations internationales "
                                    "du Cameroun. Les experts venaient du Cameroun, de France et du Mali. En réunissant des experts "
                                    "du pays lui-même, de la région et d'un État membre de l'UE, l'équipe a pu se répartir les rôles : "
                                    "d'un côté la connaissance des institutions de l'intérieur, de l'autre l'expérience comparative "
                                    "des systèmes de formation.</p>"
                                ),
                                "outcome": (
                                    "<p>Les partenaires pouvaient confronter les propositions à un expert qui connaissait leur "
                                    "environnement institutionnel, tout en découvrant comment d'autres administrations organisent la "
                                    "formation. Cette diversité a facilité l'adaptation des méthodes aux attentes locales sans "
                                    "perdre le regard comparatif.</p>"
                                ),
                            },
                        ),
                        (
                            "key_takeaway",
                            {
                                "text": "<p>Préparez-vous pour l'institution, pas seulement pour le pays ; observez avant d'ajuster ; adaptez la méthode en préservant l'objectif ; et transmettez ce que vous avez appris au prochain expert.</p>"
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": "Notez trois présupposés que vous avez sur votre prochaine mission. Comment vérifierez-vous chacun d'eux au cours des deux premiers jours ?",
                                "guidance": "<ul><li>Incluez un présupposé sur la participation et un autre sur la prise de décision.</li><li>Identifiez qui peut vous aider à les vérifier.</li><li>Décidez de ce que vous changerez si un présupposé se révèle faux.</li></ul>",
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": "Le premier jour, les participants réagissent beaucoup moins que prévu à votre jeu de rôle. Quelle est la réponse la plus agile sur le plan culturel ?",
                                "kind": "single",
                                "options": [
                                    {
                                        "text": "Maintenir le jeu de rôle, puisqu'il figure dans le programme convenu",
                                        "is_correct": False,
                                        "feedback": "S'accrocher à la méthode peut vous coûter l'objectif ; un programme peut être adapté.",
                                    },
                                    {
                                        "text": "Consulter votre interlocuteur local et passer à une discussion de cas en petits groupes au service du même objectif",
                                        "is_correct": True,
                                        "feedback": "Exact : vous vous appuyez sur la connaissance locale, changez de méthode et préservez l'objectif.",
                                    },
                                    {
                                        "text": "Abandonner l'objectif et passer au sujet suivant",
                                        "is_correct": False,
                                        "feedback": "L'objectif a été convenu avec le partenaire ; cherchez un autre moyen de l'atteindre.",
                                    },
                                    {
                                        "text": "En conclure que le groupe ne s'intéresse pas au sujet",
                                        "is_correct": False,
                                        "feedback": "Un faible engagement dans une méthode en dit peu sur l'intérêt porté au sujet.",
                                    },
                                ],
                            },
                        ),
                    ],
                },
            },
        },
    },
    # ================================================================== Spanish
    "es": {
        "index": {
            "title": "Caja de herramientas digital para expertos",
            "intro": (
                "<p>Módulos abiertos y autoguiados para los expertos que forman a sus pares en las administraciones "
                "socias. Cada módulo dura entre una y dos horas y combina lecturas breves, estudios de caso de las "
                "Acciones, vídeos con su transcripción completa, preguntas de reflexión y ejercicios de práctica con "
                "retroalimentación.</p>"
                "<p>Puede seguir los módulos en el orden que prefiera. Si está a punto de partir en misión, empiece por "
                "el cuarto: trabajar eficazmente entre culturas.</p>"
            ),
        },
        "working-across-cultures": {
            "title": "Trabajar eficazmente entre culturas",
            "summary": (
                "Agilidad cultural para expertos desplegados en administraciones socias: cómo la cultura moldea las "
                "instituciones y las aulas de formación, cómo comunicarse entre lenguas y estilos distintos, y cómo "
                "prepararse, adaptarse y seguir aprendiendo durante una misión."
            ),
            "learning_outcomes": (
                "<ul><li>Describir cómo las culturas nacionales, institucionales y profesionales influyen en la manera en "
                "que las contrapartes trabajan y aprenden</li>"
                "<li>Adaptar la comunicación al trabajo con intérpretes, a distintos grados de franqueza y a la jerarquía</li>"
                "<li>Preparar un informe cultural previo y ajustar el enfoque durante una misión</li>"
                "<li>Reflexionar sobre los propios supuestos como experto procedente de otra administración</li></ul>"
            ),
            "units": {
                "culture-and-the-expert-role": {
                    "title": "La cultura y el papel del experto",
                    "body": [
                        (
                            "heading",
                            {
                                "text": "Por qué la agilidad cultural importa a los expertos pares",
                                "level": "h2",
                            },
                        ),
                        (
                            "paragraph",
                            "<p>Los expertos del programa son profesionales en ejercicio: funcionarios de las administraciones de "
                            "los Estados miembros de la UE y, cada vez más, de países socios, que comparten lo que funciona en sus "
                            "propias instituciones. Ese carácter entre pares es una fortaleza, porque las contrapartes escuchan a "
                            "personas que hacen el mismo trabajo. Pero también entraña un riesgo: cuando conocemos bien un oficio, "
                            "tendemos a considerar nuestra manera de ejercerlo como la normal. La agilidad cultural es la capacidad "
                            "de advertir ese reflejo, de leer con acierto un contexto distinto y de ajustar nuestra forma de "
                            "trabajar sin perder lo que hemos venido a aportar.</p>",
                        ),
                        ("heading", {"text": "Tres niveles de cultura", "level": "h3"}),
                        (
                            "paragraph",
                            "<ul>"
                            "<li><strong>Cultura nacional y social:</strong> expectativas compartidas sobre la jerarquía, el "
                            "tiempo, la franqueza, las relaciones y la forma de expresar el desacuerdo.</li>"
                            "<li><strong>Cultura institucional:</strong> cómo toma sus decisiones un ministerio o una agencia "
                            "concretos, a quién hay que consultar, cómo se tratan los compromisos escritos y orales, y de qué se "
                            "enorgullece la institución.</li>"
                            "<li><strong>Cultura profesional:</strong> los hábitos de los agentes de fronteras, diplomáticos, "
                            "juristas, estadísticos o profesionales sanitarios, que a menudo traspasan las fronteras nacionales.</li>"
                            "</ul>"
                            "<p>Los malentendidos rara vez proceden de un solo nivel. Un taller puede estancarse no por un rasgo "
                            "nacional, sino porque un departamento al que no se consultó se siente ignorado.</p>",
                        ),
                        (
                            "image",
                            {
                                "image": "cover-cultures",
                                "alt": "Diagrama de dos grupos de personas separados por un vacío y unidos por varios puentes, que representan las distintas maneras de conectar dos culturas de trabajo.",
                                "caption": "La agilidad cultural consiste en tender varios puentes, a través del idioma, las relaciones y las tareas compartidas, en lugar de esperar que uno de los lados cruce solo.",
                            },
                        ),
                        (
                            "heading",
                            {"text": "Dimensiones para observar, no casillas que rellenar", "level": "h3"},
                        ),
                        (
                            "paragraph",
                            "<p>La investigación ha descrito dimensiones culturales como la distancia jerárquica, el "
                            "individualismo y el colectivismo, la actitud ante la incertidumbre o la diferencia entre la "
                            "comunicación de alto y de bajo contexto. Estas nociones ayudan a formular mejores preguntas. Se "
                            "vuelven dañinas cuando se convierten en estereotipos sobre las personas: quien tiene delante puede no "
                            "parecerse en nada al promedio de su país. Utilice las dimensiones como hipótesis que comprobar, nunca "
                            "como conclusiones.</p>"
                            "<p>Algunas preguntas que conviene hacerse desde el principio:</p>"
                            "<ul>"
                            "<li>¿Quién habla primero en una reunión y quién la cierra?</li>"
                            "<li>¿Cómo se manifiesta el desacuerdo: abiertamente, mediante preguntas, con el silencio o más tarde "
                            "en privado?</li>"
                            "<li>¿Una decisión es definitiva cuando se acuerda en la sala o solo cuando la firma un alto cargo?</li>"
                            "<li>¿Cuánto tiempo se dedica a las relaciones antes de empezar a trabajar, y se considera ese tiempo "
                            "parte del trabajo?</li>"
                            "</ul>",
                        ),
                        ("heading", {"text": "Usted también aporta una cultura", "level": "h3"}),
                        (
                            "paragraph",
                            "<p>La cultura de su propia administración viaja con usted: el ritmo que espera, el nivel de detalle "
                            "que le parece normal, las bromas que hace. Las contrapartes le interpretarán desde su propia mirada. "
                            "Explicitar sus intenciones («Voy a hacer muchas preguntas; es mi manera de aprender, no un examen») "
                            "evita muchos malentendidos. También ayuda la humildad respecto a su propio sistema, que tiene sus "
                            "debilidades y sus atajos, y que las contrapartes podrían llegar a conocer por sí mismas.</p>",
                        ),
                        (
                            "case_study",
                            {
                                "title": "Respetar el circuito de decisión",
                                "country": "KG",
                                "institution": "Secretaría del Consejo de Migración",
                                "practice": (
                                    "<p>La Acción Kirguistán IV apoyó a la Secretaría del Consejo de Migración en materia de "
                                    "migración laboral entre junio de 2021 y enero de 2024, con expertos de Francia y Polonia. Al "
                                    "comienzo de una Acción de este tipo, los expertos pueden sentirse tentados a acordar los "
                                    "siguientes pasos con el personal técnico con el que trabajan a diario. En este caso, el equipo "
                                    "se tomó el tiempo de entender cómo avanzaban las propuestas desde los servicios técnicos hasta "
                                    "la dirección de la Secretaría, y programó breves reuniones informativas para los altos cargos "
                                    "en paralelo a los talleres técnicos.</p>"
                                ),
                                "outcome": (
                                    "<p>Seguir el circuito de decisión propio de la institución dio a los resultados de los talleres "
                                    "una vía clara hacia su aprobación. También demostró respeto por la forma de trabajar de la "
                                    "contraparte, lo que ayudó a construir confianza a lo largo de una Acción prolongada.</p>"
                                ),
                            },
                        ),
                        (
                            "key_takeaway",
                            {
                                "text": "<p>La cultura actúa en los niveles nacional, institucional y profesional. Use las dimensiones culturales como preguntas que comprobar, no como etiquetas para las personas, y recuerde que usted también aporta una cultura.</p>"
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": "¿Qué costumbres de su propia administración podrían resultar extrañas a una institución socia? ¿Cómo las explicaría?",
                                "guidance": "<ul><li>Piense en el ritmo, la puntualidad, los registros escritos y la franqueza.</li><li>Recuerde alguna ocasión en que alguien interpretó mal sus intenciones.</li><li>Escriba una frase que podría usar para hacer explícitas sus intenciones.</li></ul>",
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": "Un colega le comenta que en su país socio la gente «nunca expresa abiertamente su desacuerdo». ¿Cómo debería usar esta información?",
                                "kind": "single",
                                "options": [
                                    {
                                        "text": "Suponer que el silencio en sus talleres equivale a conformidad",
                                        "is_correct": False,
                                        "feedback": "El silencio puede significar muchas cosas, entre ellas desacuerdo, cansancio o dificultades con el idioma.",
                                    },
                                    {
                                        "text": "Tratarla como una hipótesis y crear cauces seguros para expresar el desacuerdo",
                                        "is_correct": True,
                                        "feedback": "Correcto: comprueba la observación sin caer en el estereotipo, y los grupos pequeños o las tarjetas anónimas permiten que afloren las reservas.",
                                    },
                                    {
                                        "text": "Ignorarla, ya que las generalizaciones culturales siempre son erróneas",
                                        "is_correct": False,
                                        "feedback": "Las generalizaciones pueden ser un punto de partida útil; el riesgo está en aplicarlas con rigidez a las personas.",
                                    },
                                    {
                                        "text": "Anunciar a los participantes desde el principio que espera un desacuerdo abierto",
                                        "is_correct": False,
                                        "feedback": "Exigir un estilo con el que la gente se siente incómoda rara vez funciona; ofrecer varias formas de participar, sí.",
                                    },
                                ],
                            },
                        ),
                    ],
                },
                "communicating-across-languages-and-styles": {
                    "title": "Comunicarse entre lenguas y estilos distintos",
                    "body": [
                        ("heading", {"text": "El lenguaje claro es una cortesía", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>La mayoría de las misiones se desarrollan en una segunda lengua (la suya, la de sus contrapartes "
                            "o ambas) o con intérpretes. Incluso cuando todos hablan el mismo idioma, el vocabulario cambia: un "
                            "término administrativo que se usa en Madrid puede significar otra cosa en Ciudad de México o en San "
                            "José. Hablar con claridad no es simplificar; es asegurarse de que su conocimiento experto llegue de "
                            "verdad.</p>"
                            "<ul>"
                            "<li>Use frases cortas y una idea cada vez.</li>"
                            "<li>Evite modismos, siglas y bromas basadas en juegos de palabras.</li>"
                            "<li>Defina los términos clave y pregunte cómo llaman sus contrapartes a lo mismo.</li>"
                            "<li>Escriba los puntos esenciales en las diapositivas o en el rotafolio, para que se puedan leer "
                            "además de escuchar.</li>"
                            "<li>Compruebe la comprensión con preguntas abiertas, como «¿Cómo funcionaría esto en su oficina?», "
                            "en lugar de «¿Está claro?», que casi siempre recibe un sí.</li>"
                            "</ul>",
                        ),
                        ("heading", {"text": "Trabajar bien con intérpretes", "level": "h3"}),
                        (
                            "paragraph",
                            "<p>Los intérpretes forman parte del equipo de formación. Explíqueles de antemano los objetivos y "
                            "compártales sus diapositivas, un glosario y el material de los casos. Durante la sesión, diríjase a "
                            "los participantes, no al intérprete; haga pausas en los momentos naturales; y mantenga cifras y "
                            "nombres en pantalla. Acuerden una señal para cuando vaya demasiado deprisa. En interpretación "
                            "consecutiva, hable en fragmentos breves. Al terminar, pregunte a los intérpretes qué les pareció "
                            "confuso: a menudo detectan la incomprensión antes que usted.</p>",
                        ),
                        ("heading", {"text": "Estilos directos e indirectos", "level": "h3"}),
                        (
                            "paragraph",
                            "<p>En algunos entornos un «no» rotundo se considera eficiente; en otros resulta descortés, y la "
                            "negativa se expresa mediante un aplazamiento, una pregunta o la sugerencia de consultar a otra "
                            "persona. Ningún estilo es mejor que el otro. Si procede de una cultura directa, esté atento a las "
                            "vacilaciones y a las respuestas condicionales, como «puede ser difícil» o «lo vamos a estudiar», y "
                            "abra espacio para tratar las reservas en grupos pequeños. Si procede de una cultura indirecta, "
                            "recuerde que la franqueza de sus colegas no suele ser una falta de respeto.</p>",
                        ),
                        ("heading", {"text": "Dar y recibir retroalimentación", "level": "h3"}),
                        (
                            "paragraph",
                            "<p>Criticar a altos cargos delante de su personal puede hacerles perder prestigio, y ninguna disculpa "
                            "posterior lo repara. Dé la retroalimentación individual en privado, céntrela en la tarea y no en la "
                            "persona, y empiece por lo que funciona. Cuando pida opiniones sobre sus propias sesiones, ofrezca "
                            "opciones anónimas además del debate abierto, y agradezca los comentarios críticos para que otros se "
                            "animen a hacerlos.</p>",
                        ),
                        (
                            "video",
                            {
                                "title": "La misma lengua, palabras distintas",
                                "url": "https://videos.example.org/relais/communicating-across-languages-and-styles",
                                "duration": "6 min",
                                "transcript": (
                                    "<p><strong>Entrevistador:</strong> Usted comparte idioma con sus contrapartes en América Latina. ¿Eso facilita la comunicación?</p>"
                                    "<p><strong>Experta:</strong> La hace más fácil, pero no fácil. La primera vez que usé mi término habitual para un permiso de residencia, la gente asintió con educación. Más tarde me di cuenta de que ellos usaban otra palabra y de que la mía sonaba anticuada y muy europea. Nadie me corrigió; simplemente se adaptaron a mí.</p>"
                                    "<p><strong>Entrevistador:</strong> ¿Qué cambió a partir de entonces?</p>"
                                    "<p><strong>Experta:</strong> Ahora, la primera mañana, elaboramos juntos un breve glosario. Pregunto: ¿cómo llaman ustedes a este documento, a este trámite, a esta oficina? Lleva veinte minutos y se aprovecha toda la semana. Además, transmite a los participantes que la referencia es su vocabulario, no el mío.</p>"
                                    "<p><strong>Entrevistador:</strong> ¿Y más allá del vocabulario?</p>"
                                    "<p><strong>Experta:</strong> El tono. En mi administración podemos ser bastante tajantes en las reuniones. Aprendí a ir más despacio, a hacer más preguntas antes de dar mi opinión y a dejar margen para que la gente planteara sus reservas después de la sesión, tomando un café. Algunos de los comentarios más importantes que he recibido me llegaron así, y no en el plenario.</p>"
                                ),
                            },
                        ),
                        (
                            "case_study",
                            {
                                "title": "Un vocabulario común para migración y salud",
                                "country": "CR",
                                "institution": "Dirección General de Migración y Extranjería (DGME) y Ministerio de Salud",
                                "practice": (
                                    "<p>La Acción Costa Rica IV reunió a la autoridad migratoria y al Ministerio de Salud, con "
                                    "expertos de México, España y Estados Unidos. Dos culturas profesionales coincidían en la misma "
                                    "sala: el personal de migración y el de salud emplean términos distintos para realidades "
                                    "parecidas, y los expertos aportaban además sus propios vocabularios nacionales. Las primeras "
                                    "sesiones reservaron tiempo para acordar los términos que las contrapartes usarían en sus "
                                    "materiales conjuntos.</p>"
                                ),
                                "outcome": (
                                    "<p>Un vocabulario común redujo los malentendidos entre ambas instituciones y facilitó la "
                                    "reutilización de los materiales en las formaciones réplica, en las que los participantes "
                                    "formaron a colegas de sus propias instituciones.</p>"
                                ),
                            },
                        ),
                        (
                            "key_takeaway",
                            {
                                "text": "<p>Hable con sencillez, compruebe la comprensión con preguntas abiertas, trate a los intérpretes como miembros del equipo y esté atento a las señales indirectas de desacuerdo.</p>"
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": "Recuerde un momento en que no le entendieron en un contexto profesional en el extranjero o en una segunda lengua. ¿Qué señal pasó por alto y qué haría de otro modo?",
                                "guidance": "<ul><li>Describa lo que se dijo y lo que se quería decir.</li><li>Valore si el problema fue el idioma, el estilo o el contexto.</li><li>Identifique un hábito que le ayudaría a detectar antes esos momentos.</li></ul>",
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": "Va a presentar con interpretación consecutiva. ¿Qué prácticas ayudan? Seleccione todas las correctas.",
                                "kind": "multiple",
                                "options": [
                                    {
                                        "text": "Compartir las diapositivas y un glosario con el intérprete antes de la sesión",
                                        "is_correct": True,
                                        "feedback": "Sí: la preparación permite al intérprete trasladar con precisión los términos técnicos.",
                                    },
                                    {
                                        "text": "Hablar en fragmentos breves y hacer pausas en los momentos naturales",
                                        "is_correct": True,
                                        "feedback": "Sí: los fragmentos breves son más fáciles de interpretar con fidelidad.",
                                    },
                                    {
                                        "text": "Mirar al intérprete mientras habla",
                                        "is_correct": False,
                                        "feedback": "Diríjase a los participantes: son su público, y el contacto visual mantiene su atención.",
                                    },
                                    {
                                        "text": "Preguntar «¿Está claro?» después de cada punto",
                                        "is_correct": False,
                                        "feedback": "Esta pregunta casi siempre recibe un sí cortés; las preguntas abiertas revelan la comprensión real.",
                                    },
                                ],
                            },
                        ),
                    ],
                },
                "preparing-and-adapting-on-deployment": {
                    "title": "Prepararse, adaptarse y aprender durante la misión",
                    "body": [
                        ("heading", {"text": "Antes de viajar", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Una buena preparación cultural es concreta. Las guías generales sobre un país ayudan, pero la "
                            "información más valiosa se refiere a la institución con la que va a trabajar y a las personas que "
                            "conocerá. Hable con el equipo de la Acción y, si es posible, con algún experto que ya haya trabajado "
                            "con la misma contraparte. Lea la solicitud de asistencia y los informes de actividades anteriores: "
                            "muestran lo que la contraparte pidió, con sus propias palabras.</p>"
                            "<p>Conviene aclarar el rango de las personas asistentes, el idioma de la actividad, cómo se organizará "
                            "la apertura, qué temas requieren tacto y qué forma deben tener los productos. Anote tres supuestos que "
                            "tenga sobre la misión, ya sea sobre el ritmo, la participación o las prioridades, para poder "
                            "comprobarlos una vez allí.</p>",
                        ),
                        (
                            "document",
                            {
                                "document": "cultural-briefing-guide",
                                "title": "Preparar un informe cultural antes de la misión",
                                "description": "Una guía de una página con las preguntas que conviene hacer al equipo de la Acción y a expertos anteriores, y los supuestos que hay que comprobar en los primeros días.",
                            },
                        ),
                        ("heading", {"text": "Los primeros días", "level": "h3"}),
                        (
                            "paragraph",
                            "<ul>"
                            "<li><strong>Observar antes de ajustar.</strong> Fíjese en quién habla, quién cede la palabra, cómo se "
                            "gestiona el tiempo y qué ocurre en las pausas.</li>"
                            "<li><strong>Invertir en las relaciones.</strong> Las visitas de cortesía, las comidas compartidas y "
                            "la conversación informal son a menudo el lugar donde se construye la confianza y afloran las "
                            "verdaderas preocupaciones.</li>"
                            "<li><strong>Contrastar el plan con una contraparte local.</strong> Una breve conversación diaria con un "
                            "punto focal o con quien cofacilita ayuda a ajustar las sesiones del día siguiente.</li>"
                            "<li><strong>Adaptar el método, proteger el objetivo.</strong> Puede sustituir un juego de roles por un "
                            "análisis de caso, o un plenario por grupos pequeños, siempre que no pierda de vista lo que los "
                            "participantes deben ser capaces de hacer.</li>"
                            "</ul>",
                        ),
                        ("heading", {"text": "Cofacilitar con expertos de la región", "level": "h3"}),
                        (
                            "paragraph",
                            "<p>Aproximadamente un tercio de los expertos desplegados por el programa procedía de fuera de la UE, "
                            "muchos de ellos de las regiones socias. Un equipo que une a un experto europeo con un colega de la "
                            "misma región reúne experiencia comparada y conocimiento del contexto. Repartan los papeles de forma "
                            "explícita: quién abre, quién dirige cada sesión, quién responde a las preguntas en cada idioma y cómo "
                            "se darán retroalimentación mutuamente.</p>",
                        ),
                        ("heading", {"text": "Después de la misión", "level": "h3"}),
                        (
                            "paragraph",
                            "<p>El aprendizaje cultural continúa después del regreso. Haga un balance con el equipo de la Acción: "
                            "qué le sorprendió, qué supuestos resultaron erróneos y qué ayudaría al próximo experto. Sus notas se "
                            "convertirán en el informe previo de quien le suceda. A muchos expertos les resulta útil llevar un "
                            "breve diario de misión, unas pocas líneas escritas cada noche.</p>"
                            "<p>Por último, cuídese. Las jornadas largas en otra lengua y otra cultura son agotadoras, y el "
                            "cansancio nos vuelve a todos menos pacientes y menos perspicaces. Planifique el descanso con la misma "
                            "seriedad que las sesiones.</p>",
                        ),
                        (
                            "case_study",
                            {
                                "title": "Un equipo mixto de expertos",
                                "country": "CM",
                                "institution": "Ministerio de Relaciones Exteriores e Instituto de Relaciones Internacionales de Camerún",
                                "practice": (
                                    "<p>La Acción Camerún II, de septiembre de 2022 a junio de 2023, trabajó en las capacidades de "
                                    "formación del Ministerio de Relaciones Exteriores junto con el Instituto de Relaciones "
                                    "Internacionales de Camerún. Los expertos procedían de Camerún, Francia y Malí. Al combinar "
                                    "expertos del propio país, de la región y de un Estado miembro de la UE, el equipo pudo repartir "
                                    "sus funciones: por un lado, el conocimiento de las instituciones desde dentro; por otro, la "
                                    "experiencia comparada de los sistemas de formación.</p>"
                                ),
                                "outcome": (
                                    "<p>Las contrapartes podían contrastar las propuestas con un experto que conocía su entorno "
                                    "institucional, sin dejar de conocer cómo organizan la formación otras administraciones. Esta "
                                    "combinación facilitó adaptar los métodos a las expectativas locales sin perder la perspectiva "
                                    "comparada.</p>"
                                ),
                            },
                        ),
                        (
                            "key_takeaway",
                            {
                                "text": "<p>Prepárese para la institución, no solo para el país; observe antes de ajustar; adapte el método sin renunciar al objetivo; y transmita lo aprendido al próximo experto.</p>"
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": "Anote tres supuestos que tenga sobre su próxima misión. ¿Cómo comprobará cada uno de ellos en los dos primeros días?",
                                "guidance": "<ul><li>Incluya un supuesto sobre la participación y otro sobre la toma de decisiones.</li><li>Identifique quién puede ayudarle a comprobarlos.</li><li>Decida qué cambiará si un supuesto resulta erróneo.</li></ul>",
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": "El primer día, los participantes responden mucho menos de lo esperado a su juego de roles. ¿Cuál es la respuesta con más agilidad cultural?",
                                "kind": "single",
                                "options": [
                                    {
                                        "text": "Insistir en el juego de roles, ya que figura en el programa acordado",
                                        "is_correct": False,
                                        "feedback": "Aferrarse al método puede costarle el objetivo; el programa se puede adaptar.",
                                    },
                                    {
                                        "text": "Consultar con su contraparte local y pasar a un análisis de caso en grupos pequeños que sirva al mismo objetivo",
                                        "is_correct": True,
                                        "feedback": "Correcto: se apoya en el conocimiento local, cambia de método y mantiene el objetivo.",
                                    },
                                    {
                                        "text": "Abandonar el objetivo y pasar al tema siguiente",
                                        "is_correct": False,
                                        "feedback": "El objetivo se acordó con la contraparte; busque otra manera de alcanzarlo.",
                                    },
                                    {
                                        "text": "Concluir que al grupo no le interesa el tema",
                                        "is_correct": False,
                                        "feedback": "La poca participación en un método dice poco sobre el interés por el tema.",
                                    },
                                ],
                            },
                        ),
                    ],
                },
            },
        },
    },
}
