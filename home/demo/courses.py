"""Demo courses for `manage.py load_demo`: three courses with modules, lessons and assessments.

Written in our own words from shared/domain/FACTS.md; see home/demo/__init__.py for the format.
Case details beyond the facts are kept modest and illustrative.
"""

COURSE_INDEX = {
    "slug": "courses",
    "title": "Courses",
    "intro": "<p>Tutored online courses for officials of partner institutions, written with experts from the programme's Actions. Some courses are open to everyone with an account; others need the enrolment key that your Action team gives to your cohort.</p>",
}

COURSES = [
    # ------------------------------------------------------------------------------------------
    # 1. A holistic approach to the integration of migrants and refugees
    # ------------------------------------------------------------------------------------------
    {
        "slug": "holistic-integration",
        "title": "A holistic approach to the integration of migrants and refugees",
        "summary": "An online course for policy makers, prepared with the University for Continuing Education Krems. It draws on practices from nine EU member states to show how reception, language learning, work, housing and social contact can be planned as one integration pathway, combining video interviews with officials, case studies, background reading and self-reflection questions.",
        "audience": "Policy makers and senior officials who design, coordinate or review national and local integration strategies for migrants and refugees, and the advisers who support them.",
        "learning_outcomes": "<ul><li>Explain what a holistic, two-way approach to integration means and why it matters for policy design.</li><li>Map the actors involved in integration at national, regional and local level and choose suitable coordination tools.</li><li>Compare reception, language and employment practices from EU member states and judge what could transfer to your own context.</li><li>Draft the main elements of an integration strategy, including measurable indicators and a plan for review.</li></ul>",
        "estimated_hours": "20",
        "languages": ["en", "es", "fr"],
        "enrolment_mode": "key",
        "trains_multipliers": False,
        "issues_certificate": True,
        "pass_mark": 70,
        "cover": "cover-integration",
        "children": [
            {
                "type": "module",
                "slug": "foundations-of-integration",
                "title": "Foundations of a holistic approach",
                "summary": "What integration means today, why it concerns every part of government, and how national, regional and local actors can work to one plan.",
                "children": [
                    {
                        "type": "lesson",
                        "slug": "what-holistic-integration-means",
                        "title": "What a holistic approach to integration means",
                        "estimated_minutes": 35,
                        "body": [
                            ("heading", {"text": "Integration as a two-way process", "level": "h2"}),
                            (
                                "paragraph",
                                "<p>For a long time, integration policy read like a list of duties for newcomers: learn the language, find a job, respect the law. Most European strategies now describe integration as a two-way process. Migrants and refugees put time and effort into building a new life, and the receiving society adapts its institutions so that this effort can bear fruit.</p><p>A holistic approach takes this idea seriously. It treats reception, housing, health, education, employment, language and social contact as connected parts of one pathway, not as separate programmes owned by separate ministries. Progress in one area depends on progress in the others: a person who cannot find stable housing will struggle to attend a language course, and a person without the language will struggle to have a foreign diploma recognised.</p>",
                            ),
                            (
                                "image",
                                {
                                    "image": "integration-stages",
                                    "alt": "Diagram of a winding route marked with successive stages: arrival and reception, orientation and language learning, education and work, and full participation in community life.",
                                    "caption": "Integration rarely follows a straight line: people move through the stages at different speeds, and sometimes step back.",
                                },
                            ),
                            (
                                "paragraph",
                                "<p>For policy makers, the practical consequence is simple to state and hard to apply. A language course that clashes with working hours, a job offer in a town without affordable housing, or a training scheme closed to people whose qualifications are still under review can each undo progress made elsewhere. Looking at the whole pathway helps you spot these gaps before they reach the people your strategy is meant to serve.</p>",
                            ),
                            ("heading", {"text": "Four principles of a holistic strategy", "level": "h2"}),
                            (
                                "paragraph",
                                "<ol><li><strong>Start early.</strong> Orientation, language learning and skills assessment begin during reception, not months later when a status decision arrives.</li><li><strong>Mainstream where you can.</strong> Adapt general public services such as employment offices, schools and health centres, rather than building parallel systems that are expensive to sustain.</li><li><strong>Work across levels.</strong> National ministries set the frame and the budget, but municipalities, employers and civil society deliver most of the services newcomers actually meet.</li><li><strong>Involve migrants.</strong> Ask migrants and refugees to help design and review measures; they see the gaps between services first.</li></ol>",
                            ),
                            (
                                "case_study",
                                {
                                    "title": "One integration plan shared by several ministries",
                                    "country": "EE",
                                    "institution": "Estonian government, with a lead ministry coordinating the plan",
                                    "practice": "<p>Estonia sets out its integration policy in a national plan that brings several ministries under shared goals for language learning, civic participation, social cohesion and support for newly arrived people. Each ministry commits to measures within its own remit, and a lead ministry coordinates implementation and reporting.</p>",
                                    "outcome": "<p>Because the measures sit in one document, overlaps and gaps between ministries become easier to see and discuss. The plan also gives municipalities and civil-society organisations a clear reference when they design projects or apply for funding.</p>",
                                },
                            ),
                            (
                                "key_takeaway",
                                {
                                    "text": "<p>A holistic strategy is judged by the <strong>pathway</strong> it creates for people, not by the number of separate programmes it lists.</p>"
                                },
                            ),
                            (
                                "knowledge_check",
                                {
                                    "question": "Which statement best describes a holistic approach to integration?",
                                    "kind": "single",
                                    "options": [
                                        {
                                            "text": "Newcomers complete a fixed sequence of courses before they may access other services.",
                                            "is_correct": False,
                                            "feedback": "A fixed sequence ignores how housing, work and language depend on each other; a holistic approach lets these steps overlap.",
                                        },
                                        {
                                            "text": "Policy areas such as housing, language, work and health are planned together as one pathway, with effort expected from both newcomers and institutions.",
                                            "is_correct": True,
                                            "feedback": "Correct. Connecting policy areas and treating integration as a two-way process are the core of the approach.",
                                        },
                                        {
                                            "text": "A single specialised agency delivers every service for migrants and refugees.",
                                            "is_correct": False,
                                            "feedback": "A single agency can coordinate, but a holistic approach usually mainstreams services through existing institutions rather than replacing them.",
                                        },
                                    ],
                                },
                            ),
                            (
                                "reflection",
                                {
                                    "prompt": "Think of the integration strategy, draft or programme you know best. Which two policy areas does it connect well, and which two hardly speak to each other?",
                                    "guidance": "<ul><li>Name a concrete situation in which the gap affects a person, for example a parent who cannot attend a course because there is no childcare.</li><li>Note who would need to talk to whom to close that gap.</li><li>Keep your notes: you will use them in the last lesson of the course.</li></ul>",
                                },
                            ),
                            (
                                "document",
                                {
                                    "document": "integration-glossary",
                                    "title": "Glossary of integration terms",
                                    "description": "Short definitions of terms used throughout the course, such as mainstreaming, one-stop shop and integration plan.",
                                },
                            ),
                        ],
                    },
                    {
                        "type": "lesson",
                        "slug": "governance-and-coordination",
                        "title": "Governance: who does what, and how they coordinate",
                        "estimated_minutes": 40,
                        "body": [
                            ("heading", {"text": "Integration happens locally", "level": "h2"}),
                            (
                                "paragraph",
                                "<p>National governments usually write integration laws, fund the main programmes and decide on residence status. Yet the services that shape a newcomer's first years are mostly delivered locally: a municipal office registers residents, a school enrols children, a local employment office advises jobseekers, and a volunteer group runs a conversation café. A strategy that ignores this layer stays on paper.</p><p>Multi-level governance means that each level knows its role, has the resources to carry it out and can see what the others are doing. In practice, the weak points are nearly always the same: unclear responsibility for a group of people, funding that arrives late or only for one year, and data that cannot be shared between offices.</p>",
                            ),
                            (
                                "video",
                                {
                                    "title": "Coordinating integration across ministries and municipalities",
                                    "url": "https://videos.example.org/relais/governance-and-coordination",
                                    "duration": "7 min",
                                    "transcript": "<p><strong>Interviewer:</strong> What is the hardest part of coordinating integration policy?</p><p><strong>Official of a national integration unit:</strong> Agreeing who is responsible for what. Every ministry has its own law and its own budget. In our first strategy, each of them described what it already did, and the document became a catalogue. Nobody owned the links between the measures.</p><p><strong>Interviewer:</strong> What changed in the next strategy?</p><p><strong>Official:</strong> We started from the situations people face, such as the first month after arrival or a first job, and asked which services meet at each point. That showed us where a hand-over failed. We then set up a working group with the ministries, the association of municipalities and two migrant organisations, which meets every quarter.</p><p><strong>Interviewer:</strong> And the municipalities?</p><p><strong>Official:</strong> They asked for two things: predictable funding over several years and one contact person at national level. We could not give them everything, but both requests are now in the strategy. My advice is to invite municipalities before the draft is written, not after.</p>",
                                },
                            ),
                            ("heading", {"text": "Tools for coordination", "level": "h2"}),
                            (
                                "paragraph",
                                "<ul><li><strong>A coordination body</strong> with a clear mandate, regular meetings and representation from municipalities and civil society.</li><li><strong>Shared objectives and indicators</strong>, so that each ministry reports on the same outcomes rather than on its own activities only.</li><li><strong>Multi-year funding agreements</strong> with municipalities, which allow them to keep trained staff.</li><li><strong>Data-sharing arrangements</strong> that respect data protection and let offices avoid asking people for the same documents again and again.</li><li><strong>A contact point</strong> in each municipality that newcomers and other services can reach easily.</li></ul>",
                            ),
                            (
                                "case_study",
                                {
                                    "title": "Municipal integration programmes and individual plans",
                                    "country": "FI",
                                    "institution": "Finnish municipalities and public employment and social services",
                                    "practice": "<p>In Finland, municipalities prepare local integration programmes with their partners, and newly arrived people who need support can receive an initial assessment of their skills and situation. On this basis, an individual integration plan sets out the language studies, training and other steps agreed with the person.</p>",
                                    "outcome": "<p>The individual plan links national entitlements to local services and gives the person and the case worker a shared reference. It also shows where local capacity, such as places on language courses, falls short of demand.</p>",
                                },
                            ),
                            (
                                "knowledge_check",
                                {
                                    "question": "Which arrangements help national and local levels coordinate integration measures? Select all that apply.",
                                    "kind": "multiple",
                                    "options": [
                                        {
                                            "text": "A coordination body in which municipalities and civil society take part.",
                                            "is_correct": True,
                                            "feedback": "Yes. Bringing the delivering actors to the table makes hand-overs between services visible.",
                                        },
                                        {
                                            "text": "Multi-year funding agreements with municipalities.",
                                            "is_correct": True,
                                            "feedback": "Yes. Predictable funding lets municipalities keep trained staff and plan services beyond one year.",
                                        },
                                        {
                                            "text": "Letting each ministry report only on its own activities.",
                                            "is_correct": False,
                                            "feedback": "Reporting on activities alone hides the links between measures; shared outcome indicators work better.",
                                        },
                                        {
                                            "text": "Shared indicators that every ministry reports on.",
                                            "is_correct": True,
                                            "feedback": "Yes. Common indicators turn a catalogue of measures into one strategy.",
                                        },
                                    ],
                                },
                            ),
                            (
                                "key_takeaway",
                                {
                                    "text": "<p>Invite municipalities and migrant organisations <strong>before</strong> the strategy is drafted: they know where hand-overs between services fail.</p>"
                                },
                            ),
                        ],
                    },
                ],
            },
            {
                "type": "module",
                "slug": "reception-and-language",
                "title": "Reception, language and first contacts",
                "summary": "How the first weeks and months shape integration: welcoming services in cities, language learning that fits people's lives, and projects that create contact with the local population.",
                "children": [
                    {
                        "type": "lesson",
                        "slug": "reception-as-first-step",
                        "title": "Reception as the first step of integration",
                        "estimated_minutes": 40,
                        "body": [
                            ("heading", {"text": "Why the first months matter", "level": "h2"}),
                            (
                                "paragraph",
                                "<p>The first months after arrival set patterns that last. People who receive clear information, start learning the language and have their skills noted early tend to move faster towards work and independence. People who wait in isolation, unsure of their rights and of what comes next, often lose confidence and skills that are hard to recover.</p><p>Reception is therefore more than accommodation. It is the moment to explain how public services work, to open a first file with the municipality, to refer people to health care and schools, and to begin language learning, even before a decision on residence status has been taken.</p>",
                            ),
                            (
                                "case_study",
                                {
                                    "title": "A municipal front door for newcomers",
                                    "country": "ES",
                                    "institution": "Barcelona City Council, municipal service for immigrants, emigrants and refugees",
                                    "practice": "<p>Barcelona runs a municipal service that works as a single entry point for people arriving in the city. Newcomers can receive information on their rights and on city services, legal advice on residence procedures, referral to language classes in Catalan and Spanish, and help with first administrative steps such as registering as residents. Welcome sessions explain how the city works, and staff refer people to specialised organisations when needed.</p>",
                                    "outcome": "<p>A single, well-known address reduces the time people spend moving between offices and lets the city see which needs come up most often. Registration as a resident matters particularly, because it opens access to other municipal services.</p>",
                                },
                            ),
                            (
                                "video",
                                {
                                    "title": "Running a city's welcome service",
                                    "url": "https://videos.example.org/relais/reception-as-first-step",
                                    "duration": "6 min",
                                    "transcript": "<p><strong>Interviewer:</strong> What does a newcomer find when they come to your service for the first time?</p><p><strong>Municipal reception coordinator:</strong> A person who listens first. We ask what brought them here today, because the official question is not always the real one. Someone may ask about a residence permit when what they need most is a school place for their child.</p><p><strong>Interviewer:</strong> How do you work with other services?</p><p><strong>Coordinator:</strong> We have agreements with the organisations that give legal advice, with the language schools and with the social services of each district. When we refer someone, we call or write so that the person is expected. A referral that only says go to this address often fails.</p><p><strong>Interviewer:</strong> What would you tell a policy maker from another country?</p><p><strong>Coordinator:</strong> Make the door easy to find and open to everyone, whatever their status. Information costs little compared with the problems it prevents. And count what you see: the questions people bring tell you where the rest of the system is not working.</p>",
                                },
                            ),
                            ("heading", {"text": "Orientation that people can use", "level": "h2"}),
                            (
                                "paragraph",
                                "<p>Civic orientation courses work best when they answer practical questions: how to see a doctor, how school enrolment works, what a rental contract must contain, where to report discrimination. Several member states, Malta among them, combine orientation with language classes in a structured programme, so that people meet the same group and teacher regularly and build a first network.</p><ul><li>Offer sessions in languages people understand, with interpreters where needed.</li><li>Keep the groups small enough for questions.</li><li>Repeat key information in writing, in plain language.</li></ul>",
                            ),
                            (
                                "key_takeaway",
                                {
                                    "text": "<p>Reception is the first integration measure: <strong>information, referral and early language learning</strong> cost little compared with the delays they prevent.</p>"
                                },
                            ),
                            (
                                "knowledge_check",
                                {
                                    "question": "A municipality wants its welcome service to reduce the time newcomers spend going from office to office. Which measure helps most?",
                                    "kind": "single",
                                    "options": [
                                        {
                                            "text": "Printing a list of addresses of all public offices.",
                                            "is_correct": False,
                                            "feedback": "A list helps a little, but people still have to work out which office handles their question and may not be expected there.",
                                        },
                                        {
                                            "text": "A single entry point with agreed referral arrangements, so that the next service expects the person.",
                                            "is_correct": True,
                                            "feedback": "Correct. A known front door combined with warm referrals shortens the path between services.",
                                        },
                                        {
                                            "text": "Opening the service only to people who already hold a residence permit.",
                                            "is_correct": False,
                                            "feedback": "Restricting access delays information for the people who need it most; early information prevents later problems.",
                                        },
                                    ],
                                },
                            ),
                            (
                                "reflection",
                                {
                                    "prompt": "Where does a newly arrived person in your country or city get their first reliable information, and who checks that it is correct and up to date?",
                                    "guidance": "<ul><li>List the places people actually go, including informal ones such as community networks.</li><li>Consider which languages the information is available in.</li></ul>",
                                },
                            ),
                        ],
                    },
                    {
                        "type": "lesson",
                        "slug": "language-and-social-contact",
                        "title": "Language learning and social contact",
                        "estimated_minutes": 35,
                        "body": [
                            ("heading", {"text": "Language learning that fits real lives", "level": "h2"}),
                            (
                                "paragraph",
                                "<p>Language is the skill that newcomers, employers and officials most often name as the key to integration. Yet many courses are designed for learners with free mornings, a school background and no children at home. A holistic strategy designs language provision around the people who need it:</p><ul><li><strong>Flexible formats:</strong> evening, weekend and online classes for people who work, and courses with childcare for parents.</li><li><strong>Different starting points:</strong> literacy courses for people who did not go to school, and fast tracks for university graduates.</li><li><strong>Work-related language:</strong> vocabulary and situations from the sector in which a person trains or works.</li><li><strong>Recognised levels:</strong> certificates that employers and training providers understand.</li></ul><p>Luxembourg shows how these choices grow more complex in a multilingual country. Newcomers may need Luxembourgish, French or German depending on their work and community, and the national welcome and integration programme offers language courses at reduced cost together with civic orientation.</p>",
                            ),
                            ("heading", {"text": "Contact with the local population", "level": "h2"}),
                            (
                                "paragraph",
                                "<p>Classroom learning alone rarely brings fluency. People need chances to use the language in everyday situations, and those chances depend on contact with local residents. Contact also changes how residents see newcomers: people who know a refugee personally tend to judge integration policy differently from those who know refugees only from the news.</p>",
                            ),
                            (
                                "image",
                                {
                                    "image": "workshop-circle",
                                    "alt": "Illustration of several people seated around a shared table, turned towards one another as in a conversation group.",
                                    "caption": "Informal conversation groups give learners practice that a classroom cannot provide.",
                                },
                            ),
                            (
                                "case_study",
                                {
                                    "title": "Language friends",
                                    "country": "EE",
                                    "institution": "Estonian integration foundation, with volunteers across the country",
                                    "practice": "<p>A language-friend project pairs people who are learning Estonian with volunteers who speak it as a first language. The pairs agree how often and where they meet, for example for a walk, a coffee or a visit to a museum, and practise the language in ordinary situations. The organisers match the pairs, offer a short introduction for volunteers and suggest topics for the first meetings.</p>",
                                    "outcome": "<p>Learners gain practice and confidence outside the classroom, and volunteers get to know newcomers as neighbours. The format is inexpensive and can run alongside formal courses, although matching pairs and keeping volunteers engaged needs steady coordination.</p>",
                                },
                            ),
                            (
                                "knowledge_check",
                                {
                                    "question": "Which features make language provision fit the lives of newcomers? Select all that apply.",
                                    "kind": "multiple",
                                    "options": [
                                        {
                                            "text": "Classes in the evening, at weekends or online for people who work.",
                                            "is_correct": True,
                                            "feedback": "Yes. Timing is one of the most common reasons people drop out of language courses.",
                                        },
                                        {
                                            "text": "Childcare offered during classes.",
                                            "is_correct": True,
                                            "feedback": "Yes. Without childcare, many parents, often mothers, cannot attend at all.",
                                        },
                                        {
                                            "text": "One standard course for everyone, whatever their schooling.",
                                            "is_correct": False,
                                            "feedback": "A single course leaves people without literacy skills behind and slows down graduates; different tracks work better.",
                                        },
                                        {
                                            "text": "Chances to practise with local residents outside the classroom.",
                                            "is_correct": True,
                                            "feedback": "Yes. Projects such as language friends add everyday practice and build contact.",
                                        },
                                    ],
                                },
                            ),
                            (
                                "key_takeaway",
                                {
                                    "text": "<p>Language provision works when it is <strong>flexible, differentiated and connected to everyday contact</strong> with the local population.</p>"
                                },
                            ),
                            (
                                "reflection",
                                {
                                    "prompt": "Who drops out of language courses in your context, and why? What would you change first?",
                                    "guidance": "<ul><li>Check whether drop-out figures are collected at all, and by whom.</li><li>Think about timing, childcare, transport and the starting level of learners.</li></ul>",
                                },
                            ),
                        ],
                    },
                ],
            },
            {
                "type": "module",
                "slug": "work-and-strategy",
                "title": "Work, skills and a strategy that lasts",
                "summary": "Pathways to employment built with employers, recognition of skills, and how to turn the elements of the course into a strategy with indicators and regular review. Ends with the final assessment.",
                "children": [
                    {
                        "type": "lesson",
                        "slug": "vocational-pathways",
                        "title": "Vocational pathways and recognition of skills",
                        "estimated_minutes": 40,
                        "body": [
                            ("heading", {"text": "From skills to work", "level": "h2"}),
                            (
                                "paragraph",
                                "<p>Work gives people income, a daily structure, colleagues and a reason to use the new language. Yet many migrants and refugees work well below their qualifications, or not at all, for years after arrival. Three obstacles recur across Europe: skills that nobody has assessed, diplomas that are hard to recognise, and a lack of the language used at work.</p><p>A holistic strategy addresses all three together. Skills can be assessed early, even informally; recognition procedures can be simplified or supported by advisers; and vocational training can combine job skills with the language of the job, so that people do not have to finish one before starting the other.</p>",
                            ),
                            (
                                "case_study",
                                {
                                    "title": "Vocational training in a care home",
                                    "country": "HR",
                                    "institution": "A care home for older people in Zagreb, with a vocational training provider",
                                    "practice": "<p>In Zagreb, a care home for older people took part in a vocational programme that prepared migrants and beneficiaries of international protection for work as care assistants. Participants combined classroom learning with supervised practice on the wards. Croatian was taught alongside, with the vocabulary residents and colleagues actually use, and experienced staff acted as mentors.</p>",
                                    "outcome": "<p>Participants gained practical experience and a qualification relevant to a sector looking for staff, while the care home met motivated future colleagues. The organisers noted that mentors need time set aside in their schedules, and that employers need support with the paperwork of hiring.</p>",
                                },
                            ),
                            (
                                "video",
                                {
                                    "title": "Working with employers on vocational pathways",
                                    "url": "https://videos.example.org/relais/vocational-pathways",
                                    "duration": "5 min",
                                    "transcript": "<p><strong>Interviewer:</strong> Why did your office start working directly with employers?</p><p><strong>Official of a public employment service:</strong> Because our courses were full and our statistics were poor. People finished a training course and still did not find work. Employers told us they had vacancies, but that candidates lacked practice and the language of the workplace.</p><p><strong>Interviewer:</strong> What did you change?</p><p><strong>Official:</strong> We now design programmes with an employer from the start. The employer offers practice places and mentors; we pay for the training and the language teacher, who visits the workplace to learn the vocabulary. Participants receive a small allowance, so they do not have to choose between training and earning.</p><p><strong>Interviewer:</strong> What was difficult?</p><p><strong>Official:</strong> Mentoring. Good staff are busy, and mentoring was added to their work without extra time. In the next round, the employer agreed to reduce their other duties. Small details like that decide whether a programme succeeds.</p>",
                                },
                            ),
                            ("heading", {"text": "Assessing skills early", "level": "h2"}),
                            (
                                "paragraph",
                                "<p>Skills assessment does not have to wait for a full recognition procedure. Short practical checks, interviews and self-assessment tools can show what a person already knows and point them to the right course or employer. In Austria, the public employment service has used competence checks for recognised refugees, combining information on the labour market with an assessment of each participant's education and work experience.</p>",
                            ),
                            (
                                "knowledge_check",
                                {
                                    "question": "An employer offers practice places to refugees training as care assistants. What makes this arrangement most likely to succeed?",
                                    "kind": "single",
                                    "options": [
                                        {
                                            "text": "Mentors have time set aside for mentoring, and language learning is linked to the workplace.",
                                            "is_correct": True,
                                            "feedback": "Correct. Protected mentoring time and job-related language are what turn practice places into real learning.",
                                        },
                                        {
                                            "text": "Participants first finish a full language course, then start vocational training.",
                                            "is_correct": False,
                                            "feedback": "A strict sequence delays work by months or years; combining language and vocational learning is usually faster.",
                                        },
                                        {
                                            "text": "Mentoring is added to staff duties without any other change.",
                                            "is_correct": False,
                                            "feedback": "Overloaded mentors cannot give participants the attention they need; time must be planned for mentoring.",
                                        },
                                    ],
                                },
                            ),
                            (
                                "key_takeaway",
                                {
                                    "text": "<p>Combine <strong>job skills, workplace language and practice with an employer</strong> rather than asking people to complete them one after another.</p>"
                                },
                            ),
                        ],
                    },
                    {
                        "type": "lesson",
                        "slug": "designing-and-reviewing-a-strategy",
                        "title": "Designing and reviewing an integration strategy",
                        "estimated_minutes": 45,
                        "body": [
                            ("heading", {"text": "From principles to a strategy", "level": "h2"}),
                            (
                                "paragraph",
                                "<p>The earlier lessons looked at pieces of the pathway. This lesson puts them together. A workable integration strategy usually contains:</p><ol><li>A short analysis of who the strategy is for and what they face, based on data and on consultation with migrants.</li><li>A limited number of objectives, each linked to a stage of the pathway.</li><li>Measures with a responsible institution, a budget and a timetable.</li><li>Indicators, a baseline and a plan for how results will be collected and discussed.</li><li>A coordination arrangement and a date for review.</li></ol><p>Strategies also need room to adapt. Countries that faced sudden arrivals, Lithuania among them in 2021 and 2022, found that reception and integration plans had to be scaled up quickly. Strategies that already foresaw contingency arrangements, such as reserve capacity and fast recruitment of interpreters, adapted more easily.</p>",
                            ),
                            ("heading", {"text": "Measuring what matters", "level": "h2"}),
                            (
                                "paragraph",
                                "<p>Many strategies report on activities: the number of courses held or participants enrolled. These figures are easy to collect but say little about whether people's situation improved. Add outcome indicators, for example the share of participants who reach a given language level, who are in work or training a year later, or who live in stable housing. Complete them with qualitative information from interviews and focus groups, which explains why figures move.</p>",
                            ),
                            (
                                "case_study",
                                {
                                    "title": "Reception and integration run by municipalities",
                                    "country": "IT",
                                    "institution": "Italian municipalities in the national reception and integration system, with civil-society partners",
                                    "practice": "<p>In Italy, municipalities can join a national system of reception and integration projects. They run small-scale projects with civil-society partners, funded from national resources, which combine accommodation with language courses, legal advice, orientation to local services and support towards work.</p>",
                                    "outcome": "<p>Small, locally run projects make it easier to connect people with schools, employers and neighbours. Because participation by municipalities is voluntary, coverage varies from one area to another, a point any national strategy must take into account.</p>",
                                },
                            ),
                            (
                                "knowledge_check",
                                {
                                    "question": "Which of these are outcome indicators rather than activity indicators? Select all that apply.",
                                    "kind": "multiple",
                                    "options": [
                                        {
                                            "text": "Share of participants in work or training twelve months after the programme.",
                                            "is_correct": True,
                                            "feedback": "Yes. It measures a change in people's situation, not just what the programme did.",
                                        },
                                        {
                                            "text": "Number of language courses organised this year.",
                                            "is_correct": False,
                                            "feedback": "This counts an activity. It is useful for management but says nothing about results.",
                                        },
                                        {
                                            "text": "Share of participants who reach the target language level.",
                                            "is_correct": True,
                                            "feedback": "Yes. It shows whether learning actually took place.",
                                        },
                                        {
                                            "text": "Number of brochures printed.",
                                            "is_correct": False,
                                            "feedback": "This is an activity, and a weak one: it does not show whether anyone read or used the brochures.",
                                        },
                                    ],
                                },
                            ),
                            (
                                "key_takeaway",
                                {
                                    "text": "<p>A strategy is only as good as its <strong>review</strong>: set outcome indicators and a date to discuss them with the people who deliver and use the services.</p>"
                                },
                            ),
                            (
                                "reflection",
                                {
                                    "prompt": "Return to the notes you made in the first lesson. Draft one objective, two measures and two outcome indicators that would close the gap you identified.",
                                    "guidance": "<ul><li>Name the institution responsible for each measure.</li><li>Check that each indicator can actually be collected, and by whom.</li><li>Ask yourself how migrants could take part in reviewing the results.</li></ul>",
                                },
                            ),
                        ],
                    },
                    {
                        "type": "assessment",
                        "slug": "final-assessment",
                        "title": "Final assessment",
                        "intro": "<p>Seven questions on the whole course. You need 70% to pass and you have three attempts. The explanations are shown once you have passed or used all your attempts.</p>",
                        "estimated_minutes": 20,
                        "pass_mark": None,
                        "max_attempts": 3,
                        "questions": [
                            {
                                "question": "What does it mean to describe integration as a two-way process?",
                                "kind": "single",
                                "points": 1,
                                "explanation": "Integration asks effort from newcomers and also asks the receiving society and its institutions to adapt, so that this effort can succeed.",
                                "options": [
                                    {
                                        "text": "Newcomers and the receiving society both adapt, and institutions make it possible for effort to pay off.",
                                        "is_correct": True,
                                    },
                                    {
                                        "text": "Migrants integrate first, and the receiving society reacts later.",
                                        "is_correct": False,
                                    },
                                    {
                                        "text": "Integration is handled jointly by two ministries.",
                                        "is_correct": False,
                                    },
                                ],
                            },
                            {
                                "question": "Which are principles of a holistic integration strategy? Select all that apply.",
                                "kind": "multiple",
                                "points": 2,
                                "explanation": "Starting early, mainstreaming general services, working across levels of government and involving migrants are the four principles discussed in the first lesson.",
                                "options": [
                                    {
                                        "text": "Begin orientation and language learning during reception.",
                                        "is_correct": True,
                                    },
                                    {
                                        "text": "Build separate services for migrants wherever possible.",
                                        "is_correct": False,
                                    },
                                    {
                                        "text": "Involve municipalities, employers and civil society.",
                                        "is_correct": True,
                                    },
                                    {
                                        "text": "Involve migrants in designing and reviewing measures.",
                                        "is_correct": True,
                                    },
                                ],
                            },
                            {
                                "question": "In Barcelona, why does registering newcomers as residents matter so much?",
                                "kind": "single",
                                "points": 1,
                                "explanation": "Registration as a resident opens access to other municipal services, which is why a welcome service helps people take this step early.",
                                "options": [
                                    {
                                        "text": "It decides on the person's asylum application.",
                                        "is_correct": False,
                                    },
                                    {
                                        "text": "It opens access to other municipal services.",
                                        "is_correct": True,
                                    },
                                    {
                                        "text": "It replaces the need for language courses.",
                                        "is_correct": False,
                                    },
                                ],
                            },
                            {
                                "question": "What is the main idea of the Estonian language-friend project?",
                                "kind": "single",
                                "points": 1,
                                "explanation": "The project pairs learners with volunteers who speak Estonian as a first language, so that learners practise in everyday situations and build contact with residents.",
                                "options": [
                                    {
                                        "text": "Replacing formal courses with online self-study.",
                                        "is_correct": False,
                                    },
                                    {
                                        "text": "Pairing learners with local volunteers for everyday practice.",
                                        "is_correct": True,
                                    },
                                    {
                                        "text": "Testing newcomers' language level before they receive a residence permit.",
                                        "is_correct": False,
                                    },
                                ],
                            },
                            {
                                "question": "The vocational programme in a Zagreb care home combined which elements? Select all that apply.",
                                "kind": "multiple",
                                "points": 2,
                                "explanation": "Participants learned in the classroom and on the wards, with Croatian taught alongside and experienced staff acting as mentors.",
                                "options": [
                                    {"text": "Supervised practice in the care home.", "is_correct": True},
                                    {"text": "Croatian with the vocabulary of the job.", "is_correct": True},
                                    {"text": "Mentoring by experienced staff.", "is_correct": True},
                                    {
                                        "text": "A language exam as a condition for starting the programme.",
                                        "is_correct": False,
                                    },
                                ],
                            },
                            {
                                "question": "Which tool best turns a catalogue of ministry measures into one strategy?",
                                "kind": "single",
                                "points": 1,
                                "explanation": "Shared objectives and outcome indicators oblige each ministry to report on the same results, which links the measures together.",
                                "options": [
                                    {
                                        "text": "Shared objectives and indicators that every ministry reports on.",
                                        "is_correct": True,
                                    },
                                    {
                                        "text": "A longer list of activities from each ministry.",
                                        "is_correct": False,
                                    },
                                    {
                                        "text": "Annual funding decided separately by each ministry.",
                                        "is_correct": False,
                                    },
                                ],
                            },
                            {
                                "question": "Which of these is an outcome indicator?",
                                "kind": "single",
                                "points": 1,
                                "explanation": "Outcome indicators measure a change in people's situation; counts of courses or brochures measure activities.",
                                "options": [
                                    {"text": "Number of orientation sessions held.", "is_correct": False},
                                    {
                                        "text": "Share of participants in stable housing a year after arrival.",
                                        "is_correct": True,
                                    },
                                    {
                                        "text": "Number of staff trained in the welcome service.",
                                        "is_correct": False,
                                    },
                                ],
                            },
                        ],
                    },
                ],
            },
        ],
    },
    # ------------------------------------------------------------------------------------------
    # 2. Vocational Train the Trainers
    # ------------------------------------------------------------------------------------------
    {
        "slug": "vocational-train-the-trainers",
        "title": "Vocational Train the Trainers",
        "summary": "A blended, competency-based course for officials who train colleagues in their own institutions. Self-paced online lessons on designing, delivering and evaluating training prepare a face-to-face workshop; each participant then commits to teach one module to colleagues in a replica training.",
        "audience": "Officials and staff of partner institutions who design or deliver training for colleagues, such as migration, consular, health or border services, and who are ready to pass on what they learn.",
        "learning_outcomes": "<ul><li>Turn a training need into competency-based learning objectives.</li><li>Plan a blended session that combines self-paced learning with face-to-face practice.</li><li>Facilitate a session for adult learners using active methods.</li><li>Evaluate a training activity and plan a replica training for colleagues.</li></ul>",
        "estimated_hours": "12",
        "languages": ["en", "es", "fr"],
        "enrolment_mode": "key",
        "trains_multipliers": True,
        "issues_certificate": True,
        "pass_mark": 70,
        "cover": "cover-vtt",
        "children": [
            {
                "type": "module",
                "slug": "designing-training",
                "title": "Designing competency-based training",
                "summary": "How to move from a training need to clear, observable objectives, and how to plan a blended course around them.",
                "children": [
                    {
                        "type": "lesson",
                        "slug": "from-needs-to-objectives",
                        "title": "From training needs to learning objectives",
                        "estimated_minutes": 35,
                        "body": [
                            ("heading", {"text": "What competency-based training means", "level": "h2"}),
                            (
                                "paragraph",
                                "<p>A competency is the ability to carry out a task to the standard the job requires. It combines knowledge, skills and attitudes: an official who interviews an applicant needs to know the law, to ask open questions and to stay respectful under pressure. Competency-based training starts from these tasks and asks what people must be able to <em>do</em> at the end, not only what they should know.</p><p>This course follows that logic in three competencies that every trainer needs: designing a training activity, delivering it and evaluating it. It belongs to the programme's 2020 capacity-development strategy, which looks at three levels at once: the individual who learns, the organisation that must use what was learned, and the wider environment of laws, policies and resources that makes change possible.</p>",
                            ),
                            ("heading", {"text": "Start with a training needs assessment", "level": "h2"}),
                            (
                                "paragraph",
                                "<p>Before writing a single slide, find out what the gap is and whether training can close it. A short needs assessment answers four questions:</p><ol><li>Which tasks do staff find difficult, and how do we know?</li><li>Is the problem really a lack of skills, or a lack of tools, time, procedures or staff?</li><li>What do participants already do well that the training can build on?</li><li>What will managers need to do so that new skills are used afterwards?</li></ol><p>Interviews with managers, a look at case files, a short survey and a focus group with future participants are usually enough.</p>",
                            ),
                            ("heading", {"text": "Writing objectives people can observe", "level": "h2"}),
                            (
                                "paragraph",
                                "<p>A good learning objective names an action that can be observed, the conditions in which it happens and, where useful, the standard expected. Compare <em>participants will understand interviewing techniques</em> with <em>participants will conduct a ten-minute interview with an applicant using open questions and summarise the answers accurately</em>. The second tells you what to practise and how to check success.</p>",
                            ),
                            (
                                "knowledge_check",
                                {
                                    "question": "Which learning objective is written in a competency-based way?",
                                    "kind": "single",
                                    "options": [
                                        {
                                            "text": "Participants will be aware of the new consular procedures.",
                                            "is_correct": False,
                                            "feedback": "Awareness cannot be observed. Ask what participants will do with the procedures.",
                                        },
                                        {
                                            "text": "Participants will complete a registration form for a citizen abroad without errors, using the new procedure.",
                                            "is_correct": True,
                                            "feedback": "Correct. The objective names an observable action, its conditions and a standard.",
                                        },
                                        {
                                            "text": "The trainer will present the new procedures in detail.",
                                            "is_correct": False,
                                            "feedback": "This describes what the trainer does, not what learners will be able to do.",
                                        },
                                    ],
                                },
                            ),
                            (
                                "key_takeaway",
                                {
                                    "text": "<p>Design backwards: from the <strong>task</strong> people must perform, to the objective, to the activity that practises it.</p>"
                                },
                            ),
                            (
                                "reflection",
                                {
                                    "prompt": "Choose one task in your institution that newly arrived colleagues find hard. Write one objective for it that someone could observe.",
                                    "guidance": "<ul><li>Start with a verb such as conduct, complete, explain or decide.</li><li>Add the conditions: with which tools, in which situation.</li><li>Ask yourself whether training alone can close the gap.</li></ul>",
                                },
                            ),
                        ],
                    },
                    {
                        "type": "lesson",
                        "slug": "planning-a-blended-course",
                        "title": "Planning a blended course",
                        "estimated_minutes": 40,
                        "body": [
                            ("heading", {"text": "Why blend?", "level": "h2"}),
                            (
                                "paragraph",
                                "<p>Blended training combines self-paced online learning with face-to-face (or live online) sessions. Each part does what it does best. Online lessons deliver information that everyone needs, at each learner's pace and at a time that suits their work. Face-to-face time is then kept for what needs other people: practice, feedback, discussion of difficult cases and building a network of colleagues.</p><p>This course is itself blended. Participants work through the online lessons first, then meet for a workshop in which they design and deliver a short session and receive feedback from peers and experts.</p>",
                            ),
                            (
                                "image",
                                {
                                    "image": "cover-session-design",
                                    "alt": "Timeline of a training day divided into blocks, showing input, practice, breaks and debriefing in sequence.",
                                    "caption": "Plan the day as a sequence of activities, with time to debrief after each practice.",
                                },
                            ),
                            ("heading", {"text": "Building the session plan", "level": "h2"}),
                            (
                                "paragraph",
                                "<p>A session plan turns objectives into a timetable. For each objective, choose an activity that practises it, estimate the time including instructions and debriefing, and note the materials you need. Then check the balance: a session in which the trainer speaks for more than a third of the time rarely builds competencies.</p><ul><li><strong>Online before:</strong> short readings, videos and quizzes that prepare participants.</li><li><strong>Together:</strong> case work, role-play, simulation, peer feedback.</li><li><strong>Online after:</strong> a task to apply at work and a short follow-up exchange.</li></ul>",
                            ),
                            (
                                "document",
                                {
                                    "document": "session-plan-checklist",
                                    "title": "Session plan checklist",
                                    "description": "Six questions to check a session plan before you run it: participants, objectives, activities, timing, logistics and evidence of learning.",
                                },
                            ),
                            (
                                "case_study",
                                {
                                    "title": "A weekly online course for public defenders",
                                    "country": "BR",
                                    "institution": "Federal Public Defenders' Office (DPU)",
                                    "practice": "<p>In 2022, an online course on asylum was run for public defenders in five weekly modules, from March to April. Each week combined self-paced materials with a live question-and-answer session, in which participants could bring questions from their own cases to experts.</p>",
                                    "outcome": "<p>The weekly rhythm fitted the workload of defenders, and the live sessions kept the group together and linked the materials to real cases. The format shows how a blended design can work even when participants never meet in one room.</p>",
                                },
                            ),
                            (
                                "knowledge_check",
                                {
                                    "question": "Which activities are best kept for the face-to-face part of a blended course? Select all that apply.",
                                    "kind": "multiple",
                                    "options": [
                                        {
                                            "text": "Role-play of a difficult interview, followed by feedback.",
                                            "is_correct": True,
                                            "feedback": "Yes. Practice with feedback needs other people and is the main value of meeting.",
                                        },
                                        {
                                            "text": "Reading the text of a regulation.",
                                            "is_correct": False,
                                            "feedback": "Reading can be done online, at each learner's pace, before the session.",
                                        },
                                        {
                                            "text": "Discussing real cases that participants bring from their work.",
                                            "is_correct": True,
                                            "feedback": "Yes. Discussion of real cases benefits from the group's experience.",
                                        },
                                        {
                                            "text": "Watching a recorded presentation.",
                                            "is_correct": False,
                                            "feedback": "A recording is better watched online beforehand, so that meeting time goes to practice.",
                                        },
                                    ],
                                },
                            ),
                            (
                                "key_takeaway",
                                {
                                    "text": "<p>Use online time for <strong>information</strong> and meeting time for <strong>practice and feedback</strong>.</p>"
                                },
                            ),
                        ],
                    },
                ],
            },
            {
                "type": "module",
                "slug": "delivering-and-evaluating",
                "title": "Delivering, evaluating and passing it on",
                "summary": "Facilitating adult learners, evaluating a training activity, and preparing the replica training in which you teach a module to your colleagues. Ends with the course assessment.",
                "children": [
                    {
                        "type": "lesson",
                        "slug": "facilitating-adult-learners",
                        "title": "Facilitating adult learners",
                        "estimated_minutes": 35,
                        "body": [
                            ("heading", {"text": "How adults learn at work", "level": "h2"}),
                            (
                                "paragraph",
                                "<p>Officials who come to a training session bring years of experience, a full inbox and a clear sense of what is useful to them. They learn best when the session:</p><ul><li>connects with problems they meet in their daily work;</li><li>lets them use their own experience and learn from colleagues;</li><li>gives them time to practise and to make mistakes safely;</li><li>shows quickly how the new skill will help them.</li></ul><p>The trainer's role shifts from lecturer to facilitator: setting up activities, asking good questions, keeping time and drawing lessons from what the group produces.</p>",
                            ),
                            (
                                "video",
                                {
                                    "title": "From participant to trainer",
                                    "url": "https://videos.example.org/relais/facilitating-adult-learners",
                                    "duration": "6 min",
                                    "transcript": "<p><strong>Interviewer:</strong> You trained as a trainer and then taught colleagues yourself. What surprised you?</p><p><strong>Official of a migration authority:</strong> How little I needed to talk. In my first session, I prepared forty slides. After twenty minutes the room was silent. In the workshop, our expert had shown us how to start with a case instead, so I changed my plan at lunch. In the afternoon, colleagues worked in pairs on a real file, and the questions came by themselves.</p><p><strong>Interviewer:</strong> What was the hardest part of facilitating?</p><p><strong>Official:</strong> Senior colleagues. Some did not want to do role-plays in front of their staff. I learned to give them a different role, such as observer with a checklist, so that they took part without losing face.</p><p><strong>Interviewer:</strong> What advice would you give a new trainer?</p><p><strong>Official:</strong> Prepare the questions you will ask more carefully than the slides you will show. And always keep ten minutes at the end for people to say what they will do differently on Monday.</p>",
                                },
                            ),
                            ("heading", {"text": "Techniques that work", "level": "h2"}),
                            (
                                "paragraph",
                                "<ul><li><strong>Start with a case</strong> drawn from participants' work, then introduce the rules or method that help solve it.</li><li><strong>Think, pair, share:</strong> a minute alone, a few minutes in pairs, then a short round in the group. Everyone speaks, not only the most confident.</li><li><strong>Role-play with observers</strong> who use a short checklist and give feedback.</li><li><strong>Close with action:</strong> each participant names one thing they will apply.</li></ul>",
                            ),
                            (
                                "knowledge_check",
                                {
                                    "question": "During your session, senior officials refuse to take part in a role-play in front of their staff. What is the most constructive response?",
                                    "kind": "single",
                                    "options": [
                                        {
                                            "text": "Insist that everyone must play a role.",
                                            "is_correct": False,
                                            "feedback": "Insisting may cost you the group's cooperation for the rest of the session.",
                                        },
                                        {
                                            "text": "Give them another active role, such as observer with a checklist.",
                                            "is_correct": True,
                                            "feedback": "Correct. They stay involved and their experience enriches the feedback, without losing face.",
                                        },
                                        {
                                            "text": "Drop the role-play and give a presentation instead.",
                                            "is_correct": False,
                                            "feedback": "Replacing practice with a lecture removes the activity that builds the competency.",
                                        },
                                    ],
                                },
                            ),
                            (
                                "reflection",
                                {
                                    "prompt": "Recall the best training session you ever attended. What did the trainer do that made it work for you?",
                                    "guidance": "<ul><li>Think about the first ten minutes and the last ten minutes.</li><li>Note one technique you could use in your own replica training.</li></ul>",
                                },
                            ),
                            (
                                "key_takeaway",
                                {
                                    "text": "<p>Prepare <strong>questions and activities</strong> more carefully than slides: adults learn by doing and by exchanging with peers.</p>"
                                },
                            ),
                        ],
                    },
                    {
                        "type": "lesson",
                        "slug": "evaluating-and-replicating",
                        "title": "Evaluating training and preparing your replica",
                        "estimated_minutes": 40,
                        "body": [
                            ("heading", {"text": "Four levels of evaluation", "level": "h2"}),
                            (
                                "paragraph",
                                "<p>Evaluation tells you whether training worked and how to improve it. A widely used model distinguishes four levels:</p><ol><li><strong>Reaction:</strong> did participants find the training relevant and engaging?</li><li><strong>Learning:</strong> did they gain the knowledge and skills set out in the objectives?</li><li><strong>Behaviour:</strong> do they use what they learned in their work, weeks or months later?</li><li><strong>Results:</strong> has the work of the institution improved as a result?</li></ol><p>Most trainers stop at the first level, with a form handed out at the end of the day. The programme's own end-of-activity form goes one step further by asking whether participants expect the activity to make a real difference to the way they work. To know whether it did, plan a follow-up: a short call, a survey or a look at work results a few months later.</p>",
                            ),
                            (
                                "image",
                                {
                                    "image": "evaluation-levels",
                                    "alt": "Bar chart with four rising bars labelled reaction, learning, behaviour and results, the four levels of training evaluation.",
                                    "caption": "Each level is harder to measure than the one before, and tells you more about impact.",
                                },
                            ),
                            (
                                "document",
                                {
                                    "document": "evaluation-form-template",
                                    "title": "End-of-activity evaluation form (template)",
                                    "description": "A one-page form to adapt for your own sessions, with rating statements and one open question about what participants will do differently.",
                                },
                            ),
                            ("heading", {"text": "Replica training: passing it on", "level": "h2"}),
                            (
                                "paragraph",
                                "<p>This course trains multipliers. Once you complete it, you will teach what you learned to colleagues in your own institution, so that the investment reaches far more people than the first group. The course has been rolled out in Brazil, Cameroon, Costa Rica, El Salvador, Kyrgyzstan and Uganda to about eighty participants, who went on to train colleagues.</p>",
                            ),
                            (
                                "image",
                                {
                                    "image": "cascade-diagram",
                                    "alt": "Cascade diagram: one trainer at the top connected to three multipliers, each of whom is connected to three colleagues, nine in total.",
                                    "caption": "One trainer, three multipliers, nine colleagues: a cascade multiplies reach if each step is prepared.",
                                },
                            ),
                            (
                                "case_study",
                                {
                                    "title": "Each trainee teaches one module",
                                    "country": "CR",
                                    "institution": "General Directorate of Migration and Foreigners (DGME) and Ministry of Health",
                                    "practice": "<p>In Costa Rica, officials of the migration authority and the Ministry of Health followed the course as part of an Action on migration and health. At the end, each trainee chose one module and committed to teach it to colleagues in a replica training, with a date, a target group and a session plan.</p>",
                                    "outcome": "<p>A public commitment with a date made it more likely that replica sessions actually took place. Because each trainee took one module, the institutions gained a group of trainers who together covered the whole course.</p>",
                                },
                            ),
                            (
                                "knowledge_check",
                                {
                                    "question": "Three months after your replica training, you call participants to ask whether they now use the new procedure. Which level of evaluation is this?",
                                    "kind": "single",
                                    "options": [
                                        {
                                            "text": "Reaction",
                                            "is_correct": False,
                                            "feedback": "Reaction is measured at the end of the session, by asking how participants experienced it.",
                                        },
                                        {
                                            "text": "Learning",
                                            "is_correct": False,
                                            "feedback": "Learning is checked through tests or exercises during or right after the training.",
                                        },
                                        {
                                            "text": "Behaviour",
                                            "is_correct": True,
                                            "feedback": "Correct. You are checking whether what was learned is applied at work.",
                                        },
                                        {
                                            "text": "Results",
                                            "is_correct": False,
                                            "feedback": "Results concern the institution's performance, such as fewer errors in files, not individual use.",
                                        },
                                    ],
                                },
                            ),
                            (
                                "reflection",
                                {
                                    "prompt": "Which module of this course will you teach to your colleagues, to whom, and when?",
                                    "guidance": "<ul><li>Write down the date and the group you will train.</li><li>Note who in your institution must agree, and ask them this week.</li><li>Plan how you will know, three months later, whether it made a difference.</li></ul>",
                                },
                            ),
                            (
                                "key_takeaway",
                                {
                                    "text": "<p>A replica training is more likely to happen when it has a <strong>date, a group and a plan</strong> before the course ends.</p>"
                                },
                            ),
                        ],
                    },
                    {
                        "type": "assessment",
                        "slug": "course-assessment",
                        "title": "Course assessment",
                        "intro": "<p>Six questions on designing, delivering and evaluating training. You need 70% to pass and you have three attempts.</p>",
                        "estimated_minutes": 15,
                        "pass_mark": None,
                        "max_attempts": 3,
                        "questions": [
                            {
                                "question": "What does competency-based training start from?",
                                "kind": "single",
                                "points": 1,
                                "explanation": "Competency-based training starts from the tasks people must perform at work and the standard expected, then works backwards to objectives and activities.",
                                "options": [
                                    {
                                        "text": "The tasks people must perform and the standard the job requires.",
                                        "is_correct": True,
                                    },
                                    {"text": "The trainer's favourite topics.", "is_correct": False},
                                    {
                                        "text": "The number of hours available in the training room.",
                                        "is_correct": False,
                                    },
                                ],
                            },
                            {
                                "question": "Which questions belong in a training needs assessment? Select all that apply.",
                                "kind": "multiple",
                                "points": 2,
                                "explanation": "A needs assessment asks which tasks are difficult, whether the cause is really a lack of skills, what participants already do well and what managers must do afterwards.",
                                "options": [
                                    {
                                        "text": "Is the problem a lack of skills, or of tools, time or procedures?",
                                        "is_correct": True,
                                    },
                                    {"text": "What do participants already do well?", "is_correct": True},
                                    {"text": "Which hotel will host the workshop?", "is_correct": False},
                                    {
                                        "text": "What will managers need to do so that new skills are used?",
                                        "is_correct": True,
                                    },
                                ],
                            },
                            {
                                "question": "In a blended course, what is meeting time best used for?",
                                "kind": "single",
                                "points": 1,
                                "explanation": "Information can be delivered online at each learner's pace; meeting time is most valuable for practice, feedback and discussion.",
                                "options": [
                                    {"text": "Reading regulations aloud.", "is_correct": False},
                                    {
                                        "text": "Practice, feedback and discussion of real cases.",
                                        "is_correct": True,
                                    },
                                    {"text": "Long presentations by the trainer.", "is_correct": False},
                                ],
                            },
                            {
                                "question": "Which level of evaluation asks whether participants use what they learned in their work?",
                                "kind": "single",
                                "points": 1,
                                "explanation": "The behaviour level looks at application at work, usually weeks or months after the training.",
                                "options": [
                                    {"text": "Reaction", "is_correct": False},
                                    {"text": "Learning", "is_correct": False},
                                    {"text": "Behaviour", "is_correct": True},
                                    {"text": "Results", "is_correct": False},
                                ],
                            },
                            {
                                "question": "What did each trainee commit to in Costa Rica?",
                                "kind": "single",
                                "points": 1,
                                "explanation": "Each trainee picked one module of the course and committed to teach it to colleagues in a replica training.",
                                "options": [
                                    {"text": "To write a report on the course.", "is_correct": False},
                                    {
                                        "text": "To teach one chosen module to colleagues in a replica training.",
                                        "is_correct": True,
                                    },
                                    {
                                        "text": "To take the course again the following year.",
                                        "is_correct": False,
                                    },
                                ],
                            },
                            {
                                "question": "Which techniques help adult learners take an active part? Select all that apply.",
                                "kind": "multiple",
                                "points": 2,
                                "explanation": "Starting with a real case, think-pair-share and role-play with observers all make participants active; a long lecture does not.",
                                "options": [
                                    {
                                        "text": "Starting with a case from participants' work.",
                                        "is_correct": True,
                                    },
                                    {"text": "Think, pair, share.", "is_correct": True},
                                    {"text": "A two-hour lecture without questions.", "is_correct": False},
                                    {
                                        "text": "Role-play with observers using a checklist.",
                                        "is_correct": True,
                                    },
                                ],
                            },
                        ],
                    },
                ],
            },
        ],
    },
    # ------------------------------------------------------------------------------------------
    # 3. COMESA: safe mobility of people and goods during a health crisis
    # ------------------------------------------------------------------------------------------
    {
        "slug": "safe-mobility-health-crisis",
        "title": "Safe mobility of people and goods during a health crisis",
        "summary": "A training course for border officials, developed with the COMESA Secretariat, on keeping people and goods moving safely when an epidemic strikes: screening and referral, protecting officers, informing travellers and cooperating across borders. First written during COVID-19, it was used again when cholera spread in the region in 2022–23.",
        "audience": "Immigration, customs, police and port-health officers working at land borders, airports and ports in COMESA member states, and the managers who plan their work.",
        "learning_outcomes": "<ul><li>Explain why essential trade and travel should continue safely during a health crisis.</li><li>Apply agreed screening and referral steps with health authorities, respecting travellers' rights.</li><li>Protect yourself and your colleagues and give travellers clear information.</li><li>Adapt the measures to the way a given disease spreads, using cholera as an example.</li></ul>",
        "estimated_hours": "6",
        "languages": ["en", "fr"],
        "enrolment_mode": "open",
        "trains_multipliers": False,
        "issues_certificate": True,
        "pass_mark": 70,
        "cover": "cover-comesa",
        "children": [
            {
                "type": "module",
                "slug": "borders-in-a-health-crisis",
                "title": "Borders in a health crisis",
                "summary": "Why closing borders is rarely the answer, and how border and health services can screen and refer travellers in an orderly, rights-based way.",
                "children": [
                    {
                        "type": "lesson",
                        "slug": "keeping-borders-open-safely",
                        "title": "Keeping borders open safely",
                        "estimated_minutes": 30,
                        "body": [
                            ("heading", {"text": "What happens when borders close", "level": "h2"}),
                            (
                                "paragraph",
                                "<p>When an epidemic begins, closing the border can look like the safest choice. Experience in the region during COVID-19 showed its costs. Lorries queued for days at crossing points, food and medicine arrived late, and small traders, many of them women who cross daily, lost their income. Drivers waiting in crowded queues faced greater risk of infection, not less. And when official crossings closed, some people turned to informal routes where no screening took place at all.</p><p>For a regional economic community like COMESA, whose member states depend on cross-border trade for food, fuel and medical supplies, the question is therefore not whether to keep borders open, but how to keep them open safely.</p>",
                            ),
                            (
                                "image",
                                {
                                    "image": "cover-comesa",
                                    "alt": "Illustration of a border crossing with a raised barrier, a control booth and a road passing through.",
                                    "caption": "A border post is both a checkpoint and a lifeline for trade: a health crisis tests both roles at once.",
                                },
                            ),
                            ("heading", {"text": "Principles for safe mobility", "level": "h2"}),
                            (
                                "paragraph",
                                "<ul><li><strong>Prioritise essential flows:</strong> food, medicine, fuel and humanitarian supplies keep moving, with simplified procedures if needed.</li><li><strong>Separate where possible:</strong> keep cargo and passenger flows apart, and reduce crowding in waiting areas.</li><li><strong>Prepare before the crisis:</strong> agree roles, screening steps and referral paths with health authorities in advance.</li><li><strong>Coordinate across the border:</strong> neighbouring posts share information daily and align their measures, so that travellers do not face contradictory rules.</li><li><strong>Protect staff and respect rights:</strong> officers need equipment and instructions; travellers need dignity, information and non-discrimination.</li></ul>",
                            ),
                            (
                                "document",
                                {
                                    "document": "health-crisis-border-factsheet",
                                    "title": "Fact sheet: keeping borders open safely during a health crisis",
                                    "description": "A one-page summary of the main measures, to print and keep at the border post.",
                                },
                            ),
                            (
                                "knowledge_check",
                                {
                                    "question": "Which consequence of closing official crossings can increase health risks?",
                                    "kind": "single",
                                    "options": [
                                        {
                                            "text": "Travellers turn to informal routes where no screening takes place.",
                                            "is_correct": True,
                                            "feedback": "Correct. Closing official crossings can push movement out of sight, where health authorities cannot reach it.",
                                        },
                                        {
                                            "text": "Border officers have more time for training.",
                                            "is_correct": False,
                                            "feedback": "This may happen, but it is not a health risk. Think about where people go when the official route is closed.",
                                        },
                                        {
                                            "text": "Fewer documents need to be checked.",
                                            "is_correct": False,
                                            "feedback": "Fewer checks at official posts do not mean less movement; it may simply move elsewhere.",
                                        },
                                    ],
                                },
                            ),
                            (
                                "key_takeaway",
                                {
                                    "text": "<p>The aim is <strong>safe</strong> mobility, not no mobility: essential goods and people keep moving under agreed health measures.</p>"
                                },
                            ),
                        ],
                    },
                    {
                        "type": "lesson",
                        "slug": "screening-and-referral",
                        "title": "Screening, referral and the rights of travellers",
                        "estimated_minutes": 35,
                        "body": [
                            ("heading", {"text": "Who does what at the border", "level": "h2"}),
                            (
                                "paragraph",
                                "<p>Border officials are not clinicians, and they should not be asked to act as such. In a health crisis, their role is to make sure that every traveller passes through the agreed health steps, to spot visible signs of illness that trigger a referral, and to hand over to port-health staff who assess and decide. Clear roles protect both officers and travellers.</p><p>A simple screening sequence, agreed with health authorities before a crisis, might look like this:</p><ol><li>Information for all travellers on symptoms and preventive measures, in the languages spoken at the crossing.</li><li>A short health declaration or questions, as the health authority requires.</li><li>Observation for visible symptoms, and temperature checks where the health authority asks for them.</li><li>Referral of people with symptoms to port-health staff, in a separate, private space.</li><li>Recording of referrals, so that contacts can be traced if necessary.</li></ol>",
                            ),
                            ("heading", {"text": "Rights and dignity", "level": "h2"}),
                            (
                                "paragraph",
                                "<p>Health measures must apply to everyone in the same way. Singling out travellers by nationality, ethnicity or appearance is discriminatory and also ineffective, because diseases do not choose passports. Personal health information belongs only to those who need it and must be stored securely. People with symptoms must not be turned back into danger; refugees and asylum seekers keep their right to seek protection, and unaccompanied children need specific care.</p><p>Truck drivers deserve particular attention. They cross many borders in one journey and may face repeated tests and quarantine rules that differ from country to country. Agreeing on mutual recognition of health certificates between neighbouring states saves time and reduces crowding.</p>",
                            ),
                            (
                                "knowledge_check",
                                {
                                    "question": "A traveller at your post shows visible signs of illness. What should you do? Select all that apply.",
                                    "kind": "multiple",
                                    "options": [
                                        {
                                            "text": "Refer the traveller to port-health staff, in a private space.",
                                            "is_correct": True,
                                            "feedback": "Yes. Health staff assess and decide; privacy protects the traveller's dignity.",
                                        },
                                        {
                                            "text": "Record the referral as agreed with the health authority.",
                                            "is_correct": True,
                                            "feedback": "Yes. Records allow contacts to be traced if needed.",
                                        },
                                        {
                                            "text": "Send the traveller back across the border without further steps.",
                                            "is_correct": False,
                                            "feedback": "Turning someone back can expose them to danger and may breach their right to seek protection. Follow the referral path.",
                                        },
                                        {
                                            "text": "Tell other travellers in the queue about the person's condition.",
                                            "is_correct": False,
                                            "feedback": "Health information is confidential. Share it only with the health staff who need it.",
                                        },
                                    ],
                                },
                            ),
                            (
                                "reflection",
                                {
                                    "prompt": "At your border post today, who would you call if a traveller showed signs of a serious infectious disease, and where would the traveller wait?",
                                    "guidance": "<ul><li>If you are not sure, find out this week and write the answer down.</li><li>Check whether your colleagues on other shifts know the same answer.</li></ul>",
                                },
                            ),
                            (
                                "key_takeaway",
                                {
                                    "text": "<p>Officers <strong>observe, inform and refer</strong>; health staff assess and decide. Measures apply to everyone equally and respect confidentiality.</p>"
                                },
                            ),
                        ],
                    },
                ],
            },
            {
                "type": "module",
                "slug": "protection-and-preparedness",
                "title": "Protection, communication and preparedness",
                "summary": "How to protect officers, inform travellers and work with neighbouring posts, and how the course was used again during the cholera outbreak of 2022–23. Ends with the course assessment.",
                "children": [
                    {
                        "type": "lesson",
                        "slug": "protecting-officers-and-informing-travellers",
                        "title": "Protecting officers and informing travellers",
                        "estimated_minutes": 30,
                        "body": [
                            ("heading", {"text": "Protecting those who stay at their post", "level": "h2"}),
                            (
                                "paragraph",
                                "<p>Border officers keep working when others stay home. To do so safely, they need protective equipment suited to the disease and training in how to use it, hand-washing facilities with clean water and soap, shift rotation that limits fatigue, and clear written instructions that are updated when guidance changes. Managers should also watch for stress: long hours, fear of infection and tense travellers take their toll.</p>",
                            ),
                            (
                                "video",
                                {
                                    "title": "Lessons from a border post during an epidemic",
                                    "url": "https://videos.example.org/relais/protecting-officers-and-informing-travellers",
                                    "duration": "5 min",
                                    "transcript": "<p><strong>Interviewer:</strong> What did officers at your border post need most when the epidemic began?</p><p><strong>Senior immigration officer:</strong> Clear instructions. In the first weeks, we received messages from three ministries, and they did not always agree. Officers did not know whether to check temperatures, who could enter, or what to do with a sick driver. Once we had one written procedure, signed jointly with the health authority, the tension dropped.</p><p><strong>Interviewer:</strong> How did you protect your staff?</p><p><strong>Officer:</strong> We shortened shifts, installed hand-washing stations and made sure masks and gloves were there before each shift, not promised for later. We also met every morning for ten minutes to share what had happened.</p><p><strong>Interviewer:</strong> And the travellers?</p><p><strong>Officer:</strong> Most people accept measures they understand. We put up posters in the languages spoken at the crossing and trained officers to explain each step in a few calm words. The queues did not become shorter, but the arguments became fewer.</p>",
                                },
                            ),
                            ("heading", {"text": "Communicating with travellers", "level": "h2"}),
                            (
                                "paragraph",
                                "<ul><li>Explain what will happen, why, and how long it will take.</li><li>Use plain language and the languages people speak; use pictures for people who cannot read.</li><li>Give the same message at every post: agree key messages with neighbouring posts and health authorities.</li><li>Tell people where to go if they become ill after crossing.</li></ul>",
                            ),
                            (
                                "knowledge_check",
                                {
                                    "question": "Which measures protect border officers during an epidemic? Select all that apply.",
                                    "kind": "multiple",
                                    "options": [
                                        {
                                            "text": "Protective equipment available before each shift.",
                                            "is_correct": True,
                                            "feedback": "Yes. Equipment promised for later does not protect anyone today.",
                                        },
                                        {
                                            "text": "Shift rotation that limits fatigue.",
                                            "is_correct": True,
                                            "feedback": "Yes. Tired officers make more mistakes, including in hygiene.",
                                        },
                                        {
                                            "text": "One written procedure agreed with the health authority.",
                                            "is_correct": True,
                                            "feedback": "Yes. Clear, consistent instructions reduce confusion and risk.",
                                        },
                                        {
                                            "text": "Longer shifts to reduce the number of people at the post.",
                                            "is_correct": False,
                                            "feedback": "Longer shifts increase fatigue and stress; rotation works better.",
                                        },
                                    ],
                                },
                            ),
                            (
                                "key_takeaway",
                                {
                                    "text": "<p><strong>One clear procedure</strong>, equipment on hand and calm explanations reduce both risk and conflict at the border.</p>"
                                },
                            ),
                        ],
                    },
                    {
                        "type": "lesson",
                        "slug": "from-covid-to-cholera",
                        "title": "Using the course again: the cholera outbreak of 2022–23",
                        "estimated_minutes": 30,
                        "body": [
                            ("heading", {"text": "A course built for the next crisis", "level": "h2"}),
                            (
                                "paragraph",
                                "<p>This course was developed from late 2020, in the middle of the COVID-19 pandemic, under an Action on migration, health and border management with the COMESA Secretariat, with experts from the United Kingdom and Nigeria. Its authors chose to teach principles and procedures that apply to many diseases, not only to one virus. That choice proved its worth when cholera spread in several countries of the region in 2022 and 2023, and the course was used again to prepare border staff.</p>",
                            ),
                            ("heading", {"text": "Adapting measures to the disease", "level": "h2"}),
                            (
                                "paragraph",
                                "<p>Good border measures follow the way a disease spreads. COVID-19 spreads mainly through the air between people, so distancing, masks and ventilation were central. Cholera spreads mainly through contaminated water and food, so the priorities change:</p><ul><li>safe drinking water, toilets and hand-washing stations at border posts and in waiting areas;</li><li>hygiene in food sold to travellers and drivers near the crossing;</li><li>information on symptoms, on the importance of drinking fluids and on where to get treatment quickly;</li><li>referral of people with severe diarrhoea to health services without delay.</li></ul><p>International health guidance generally advises against closing borders or restricting trade because of cholera; investment in water, sanitation and information does far more.</p>",
                            ),
                            (
                                "case_study",
                                {
                                    "title": "A regional course that served twice",
                                    "country": "ZM",
                                    "institution": "COMESA Secretariat, with border agencies of member states",
                                    "practice": "<p>The COMESA Secretariat, based in Lusaka, asked for support to train border officials on the safe movement of people and goods during a health crisis. Experts prepared a course covering coordination with health authorities, screening and referral, protection of staff, communication and cross-border cooperation, designed to be adapted to different diseases.</p>",
                                    "outcome": "<p>When cholera broke out in the region in 2022–23, the course material helped once more to prepare border staff for the outbreak. Because the course taught principles rather than rules for one disease, the material could be reused rather than rewritten.</p>",
                                },
                            ),
                            (
                                "knowledge_check",
                                {
                                    "question": "During a cholera outbreak, which measure at a border post deserves the highest priority?",
                                    "kind": "single",
                                    "options": [
                                        {
                                            "text": "Mandatory masks for all travellers.",
                                            "is_correct": False,
                                            "feedback": "Masks matter for airborne diseases; cholera spreads mainly through contaminated water and food.",
                                        },
                                        {
                                            "text": "Safe water, toilets and hand-washing stations for travellers and staff.",
                                            "is_correct": True,
                                            "feedback": "Correct. Water and sanitation interrupt the main route of cholera transmission.",
                                        },
                                        {
                                            "text": "Closing the border to all trade.",
                                            "is_correct": False,
                                            "feedback": "Closing trade harms food and medicine supplies and is generally not advised for cholera.",
                                        },
                                    ],
                                },
                            ),
                            (
                                "reflection",
                                {
                                    "prompt": "Which parts of your post's COVID-19 procedures would you keep for the next outbreak, and which would you change depending on the disease?",
                                    "guidance": "<ul><li>Separate what is general (roles, referral, communication) from what is specific to one disease.</li><li>Note who must approve changes to the procedure.</li></ul>",
                                },
                            ),
                            (
                                "key_takeaway",
                                {
                                    "text": "<p>Teach <strong>principles that outlast one disease</strong>, then adapt the measures to how each disease spreads.</p>"
                                },
                            ),
                        ],
                    },
                    {
                        "type": "assessment",
                        "slug": "course-assessment",
                        "title": "Course assessment",
                        "intro": "<p>Five questions on safe mobility during a health crisis. You need 70% to pass and you have three attempts.</p>",
                        "estimated_minutes": 10,
                        "pass_mark": None,
                        "max_attempts": 3,
                        "questions": [
                            {
                                "question": "Why can closing official border crossings increase health risks?",
                                "kind": "single",
                                "points": 1,
                                "explanation": "Closing official crossings can push movement to informal routes, where no screening or health information reaches travellers.",
                                "options": [
                                    {
                                        "text": "Movement shifts to informal routes without screening.",
                                        "is_correct": True,
                                    },
                                    {
                                        "text": "Officers lose their protective equipment.",
                                        "is_correct": False,
                                    },
                                    {"text": "Health authorities stop working.", "is_correct": False},
                                ],
                            },
                            {
                                "question": "What is the border officer's role when a traveller shows signs of illness?",
                                "kind": "single",
                                "points": 1,
                                "explanation": "Officers observe, inform and refer; port-health staff assess the traveller and decide what happens next.",
                                "options": [
                                    {
                                        "text": "Diagnose the illness and decide on treatment.",
                                        "is_correct": False,
                                    },
                                    {
                                        "text": "Refer the traveller to port-health staff following the agreed procedure.",
                                        "is_correct": True,
                                    },
                                    {
                                        "text": "Refuse entry to the traveller immediately.",
                                        "is_correct": False,
                                    },
                                ],
                            },
                            {
                                "question": "Which principles support safe mobility during a health crisis? Select all that apply.",
                                "kind": "multiple",
                                "points": 2,
                                "explanation": "Prioritising essential goods, agreeing procedures in advance and coordinating with neighbouring posts all keep borders open safely; screening by nationality is discriminatory and ineffective.",
                                "options": [
                                    {
                                        "text": "Essential goods such as food and medicine keep moving.",
                                        "is_correct": True,
                                    },
                                    {
                                        "text": "Screening steps are agreed with health authorities before a crisis.",
                                        "is_correct": True,
                                    },
                                    {
                                        "text": "Travellers are screened according to their nationality.",
                                        "is_correct": False,
                                    },
                                    {
                                        "text": "Neighbouring border posts share information and align measures.",
                                        "is_correct": True,
                                    },
                                ],
                            },
                            {
                                "question": "How does cholera mainly spread?",
                                "kind": "single",
                                "points": 1,
                                "explanation": "Cholera spreads mainly through contaminated water and food, which is why water, sanitation and hygiene come first at border posts.",
                                "options": [
                                    {"text": "Through the air between people.", "is_correct": False},
                                    {"text": "Through contaminated water and food.", "is_correct": True},
                                    {"text": "Through insect bites.", "is_correct": False},
                                ],
                            },
                            {
                                "question": "Why could the course be used again during the 2022–23 cholera outbreak?",
                                "kind": "single",
                                "points": 1,
                                "explanation": "The course taught principles and procedures that apply to many diseases, so it could be adapted rather than rewritten.",
                                "options": [
                                    {"text": "It was written only for cholera.", "is_correct": False},
                                    {
                                        "text": "It taught principles and procedures that can be adapted to different diseases.",
                                        "is_correct": True,
                                    },
                                    {
                                        "text": "It required no changes to border procedures.",
                                        "is_correct": False,
                                    },
                                ],
                            },
                        ],
                    },
                ],
            },
        ],
    },
]

COURSE_TRANSLATIONS = {
    "fr": {
        "index": {
            "title": "Cours",
            "intro": "<p>Des cours en ligne tutorés pour les agents des institutions partenaires, rédigés avec des experts des Actions du programme. Certains cours sont ouverts à toute personne disposant d'un compte ; d'autres nécessitent la clé d'inscription que l'équipe de votre Action remet à votre groupe.</p>",
        },
        "holistic-integration": {
            "title": "Une approche globale de l'intégration des migrants et des réfugiés",
            "summary": "Un cours en ligne pour les décideurs politiques, préparé avec l'Université de formation continue de Krems. Il s'appuie sur des pratiques de neuf États membres de l'UE pour montrer comment l'accueil, l'apprentissage de la langue, l'emploi, le logement et les liens sociaux peuvent être pensés comme un seul parcours d'intégration, avec des entretiens vidéo de responsables publics, des études de cas, des lectures et des questions de réflexion.",
            "audience": "Décideurs politiques et hauts fonctionnaires qui conçoivent, coordonnent ou évaluent des stratégies nationales et locales d'intégration des migrants et des réfugiés, ainsi que les conseillers qui les accompagnent.",
            "learning_outcomes": "<ul><li>Expliquer ce que signifie une approche globale et réciproque de l'intégration, et pourquoi elle compte pour la conception des politiques.</li><li>Cartographier les acteurs de l'intégration aux niveaux national, régional et local, et choisir des outils de coordination adaptés.</li><li>Comparer des pratiques d'accueil, d'apprentissage linguistique et d'emploi d'États membres de l'UE et juger ce qui pourrait être transposé dans votre contexte.</li><li>Rédiger les éléments principaux d'une stratégie d'intégration, avec des indicateurs mesurables et un calendrier de révision.</li></ul>",
            "pages": {
                "foundations-of-integration": {
                    "title": "Les fondements d'une approche globale",
                    "summary": "Ce que signifie l'intégration aujourd'hui, pourquoi elle concerne l'ensemble de l'action publique, et comment les acteurs nationaux, régionaux et locaux peuvent travailler selon un même plan.",
                },
                "what-holistic-integration-means": {
                    "title": "Ce que signifie une approche globale de l'intégration",
                    "body": [
                        ("heading", {"text": "L'intégration, un processus à double sens", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Pendant longtemps, les politiques d'intégration se lisaient comme une liste d'obligations pour les nouveaux arrivants : apprendre la langue, trouver un emploi, respecter la loi. La plupart des stratégies européennes décrivent désormais l'intégration comme un processus à double sens. Les migrants et les réfugiés consacrent du temps et des efforts à construire une nouvelle vie, et la société d'accueil adapte ses institutions pour que ces efforts portent leurs fruits.</p><p>Une approche globale prend cette idée au sérieux. Elle traite l'accueil, le logement, la santé, l'éducation, l'emploi, la langue et les liens sociaux comme les parties d'un même parcours, et non comme des programmes distincts relevant de ministères distincts. Les progrès dans un domaine dépendent des progrès dans les autres : une personne sans logement stable aura du mal à suivre un cours de langue, et une personne qui ne maîtrise pas la langue aura du mal à faire reconnaître un diplôme étranger.</p>",
                        ),
                        (
                            "image",
                            {
                                "image": "integration-stages",
                                "alt": "Schéma d'une route sinueuse jalonnée d'étapes successives : arrivée et accueil, orientation et apprentissage de la langue, formation et emploi, puis pleine participation à la vie de la collectivité.",
                                "caption": "L'intégration suit rarement une ligne droite : chacun franchit les étapes à son rythme, et revient parfois en arrière.",
                            },
                        ),
                        (
                            "paragraph",
                            "<p>Pour les décideurs, la conséquence pratique est simple à énoncer et difficile à appliquer. Un cours de langue dont l'horaire coïncide avec celui du travail, une offre d'emploi dans une ville sans logement abordable ou une formation fermée aux personnes dont les diplômes sont en cours de reconnaissance peuvent chacun réduire à néant des progrès obtenus ailleurs. Regarder le parcours dans son ensemble permet de repérer ces lacunes avant qu'elles n'atteignent les personnes auxquelles la stratégie s'adresse.</p>",
                        ),
                        ("heading", {"text": "Quatre principes d'une stratégie globale", "level": "h2"}),
                        (
                            "paragraph",
                            "<ol><li><strong>Commencer tôt.</strong> L'orientation, l'apprentissage de la langue et l'évaluation des compétences débutent dès l'accueil, et non des mois plus tard, à la décision sur le statut.</li><li><strong>Intégrer aux services de droit commun autant que possible.</strong> Adapter les services publics généraux, comme les agences pour l'emploi, les écoles et les centres de santé, plutôt que de créer des dispositifs parallèles coûteux à maintenir.</li><li><strong>Travailler à tous les niveaux.</strong> Les ministères fixent le cadre et le budget, mais les communes, les employeurs et la société civile assurent l'essentiel des services que rencontrent les nouveaux arrivants.</li><li><strong>Associer les migrants.</strong> Demander aux migrants et aux réfugiés de participer à la conception et à l'évaluation des mesures : ce sont eux qui voient d'abord les failles entre les services.</li></ol>",
                        ),
                        (
                            "case_study",
                            {
                                "title": "Un plan d'intégration partagé par plusieurs ministères",
                                "country": "EE",
                                "institution": "Gouvernement estonien, un ministère chef de file coordonnant le plan",
                                "practice": "<p>L'Estonie définit sa politique d'intégration dans un plan national qui réunit plusieurs ministères autour d'objectifs communs : apprentissage de la langue, participation civique, cohésion sociale et soutien aux personnes nouvellement arrivées. Chaque ministère s'engage sur des mesures relevant de ses compétences, et un ministère chef de file coordonne la mise en œuvre et le suivi.</p>",
                                "outcome": "<p>Comme les mesures figurent dans un seul document, les chevauchements et les lacunes entre ministères sont plus faciles à voir et à discuter. Le plan offre aussi aux communes et aux organisations de la société civile une référence claire lorsqu'elles conçoivent des projets ou demandent des financements.</p>",
                            },
                        ),
                        (
                            "key_takeaway",
                            {
                                "text": "<p>Une stratégie globale se juge au <strong>parcours</strong> qu'elle crée pour les personnes, et non au nombre de programmes distincts qu'elle énumère.</p>"
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": "Quelle affirmation décrit le mieux une approche globale de l'intégration ?",
                                "kind": "single",
                                "options": [
                                    {
                                        "text": "Les nouveaux arrivants suivent une série fixe de cours avant de pouvoir accéder aux autres services.",
                                        "is_correct": False,
                                        "feedback": "Une séquence fixe ignore l'interdépendance du logement, de l'emploi et de la langue ; une approche globale permet à ces étapes de se chevaucher.",
                                    },
                                    {
                                        "text": "Des domaines comme le logement, la langue, l'emploi et la santé sont planifiés ensemble comme un seul parcours, avec des efforts attendus des nouveaux arrivants comme des institutions.",
                                        "is_correct": True,
                                        "feedback": "Exact. Relier les domaines d'action et concevoir l'intégration comme un processus à double sens sont au cœur de l'approche.",
                                    },
                                    {
                                        "text": "Une agence spécialisée unique fournit tous les services aux migrants et aux réfugiés.",
                                        "is_correct": False,
                                        "feedback": "Une agence unique peut coordonner, mais une approche globale passe en général par les institutions existantes plutôt que de les remplacer.",
                                    },
                                ],
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": "Pensez à la stratégie, au projet de stratégie ou au programme d'intégration que vous connaissez le mieux. Quels sont les deux domaines qu'il relie bien, et quels sont les deux qui ne se parlent presque pas ?",
                                "guidance": "<ul><li>Décrivez une situation concrète dans laquelle cette lacune touche une personne, par exemple un parent qui ne peut pas suivre un cours faute de garde d'enfants.</li><li>Notez qui devrait parler à qui pour combler cette lacune.</li><li>Gardez vos notes : vous vous en servirez dans la dernière leçon du cours.</li></ul>",
                            },
                        ),
                        (
                            "document",
                            {
                                "document": "integration-glossary",
                                "title": "Glossaire de l'intégration",
                                "description": "De courtes définitions des termes employés dans le cours, comme l'intégration aux services de droit commun, le guichet unique et le plan d'intégration.",
                            },
                        ),
                    ],
                },
                "governance-and-coordination": {
                    "title": "Gouvernance : qui fait quoi, et comment se coordonner",
                    "body": [
                        ("heading", {"text": "L'intégration se joue au niveau local", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Les gouvernements nationaux rédigent en général les lois sur l'intégration, financent les principaux programmes et statuent sur le droit au séjour. Pourtant, les services qui marquent les premières années d'un nouvel arrivant sont surtout fournis localement : une mairie enregistre les habitants, une école inscrit les enfants, une agence locale pour l'emploi conseille les demandeurs d'emploi, une association tient un café de conversation. Une stratégie qui ignore ce niveau reste lettre morte.</p><p>La gouvernance à plusieurs niveaux suppose que chaque niveau connaisse son rôle, dispose des moyens de l'assumer et puisse voir ce que font les autres. Dans la pratique, les points faibles sont presque toujours les mêmes : une responsabilité floue pour un groupe de personnes, des financements tardifs ou limités à un an, et des données que les services ne peuvent pas partager.</p>",
                        ),
                        (
                            "video",
                            {
                                "title": "Coordonner l'intégration entre ministères et communes",
                                "url": "https://videos.example.org/relais/governance-and-coordination",
                                "duration": "7 min",
                                "transcript": "<p><strong>Intervieweuse :</strong> Quelle est la partie la plus difficile de la coordination des politiques d'intégration ?</p><p><strong>Responsable d'une unité nationale d'intégration :</strong> Se mettre d'accord sur qui est responsable de quoi. Chaque ministère a sa propre loi et son propre budget. Dans notre première stratégie, chacun a décrit ce qu'il faisait déjà, et le document est devenu un catalogue. Personne n'était responsable des liens entre les mesures.</p><p><strong>Intervieweuse :</strong> Qu'est-ce qui a changé dans la stratégie suivante ?</p><p><strong>Responsable :</strong> Nous sommes partis des situations que vivent les personnes, comme le premier mois après l'arrivée ou un premier emploi, et nous nous sommes demandé quels services se croisent à chaque étape. Cela nous a montré où un relais échouait. Nous avons ensuite créé un groupe de travail avec les ministères, l'association des communes et deux organisations de migrants, qui se réunit chaque trimestre.</p><p><strong>Intervieweuse :</strong> Et les communes ?</p><p><strong>Responsable :</strong> Elles ont demandé deux choses : un financement prévisible sur plusieurs années et un interlocuteur unique au niveau national. Nous n'avons pas pu tout leur accorder, mais les deux demandes figurent désormais dans la stratégie. Mon conseil : invitez les communes avant d'écrire le projet, pas après.</p>",
                            },
                        ),
                        ("heading", {"text": "Des outils de coordination", "level": "h2"}),
                        (
                            "paragraph",
                            "<ul><li><strong>Un organe de coordination</strong> doté d'un mandat clair, qui se réunit régulièrement et où siègent les communes et la société civile.</li><li><strong>Des objectifs et des indicateurs communs</strong>, pour que chaque ministère rende compte des mêmes résultats et non seulement de ses propres activités.</li><li><strong>Des accords de financement pluriannuels</strong> avec les communes, qui leur permettent de garder un personnel formé.</li><li><strong>Des modalités de partage des données</strong> respectueuses de la protection des données, qui évitent de redemander sans cesse les mêmes documents aux personnes.</li><li><strong>Un point de contact</strong> dans chaque commune, facile à joindre pour les nouveaux arrivants et pour les autres services.</li></ul>",
                        ),
                        (
                            "case_study",
                            {
                                "title": "Programmes municipaux d'intégration et plans individuels",
                                "country": "FI",
                                "institution": "Communes finlandaises et services publics de l'emploi et de l'action sociale",
                                "practice": "<p>En Finlande, les communes élaborent des programmes locaux d'intégration avec leurs partenaires, et les personnes nouvellement arrivées qui ont besoin d'un accompagnement peuvent bénéficier d'une évaluation initiale de leurs compétences et de leur situation. Sur cette base, un plan d'intégration individuel fixe les cours de langue, les formations et les autres étapes convenues avec la personne.</p>",
                                "outcome": "<p>Le plan individuel relie les droits définis au niveau national aux services locaux et donne à la personne et au travailleur social une référence commune. Il montre aussi où les capacités locales, par exemple les places en cours de langue, ne suffisent pas à la demande.</p>",
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": "Quels dispositifs aident les niveaux national et local à coordonner les mesures d'intégration ? Cochez toutes les réponses qui conviennent.",
                                "kind": "multiple",
                                "options": [
                                    {
                                        "text": "Un organe de coordination auquel participent les communes et la société civile.",
                                        "is_correct": True,
                                        "feedback": "Oui. Réunir les acteurs qui fournissent les services rend visibles les relais entre eux.",
                                    },
                                    {
                                        "text": "Des accords de financement pluriannuels avec les communes.",
                                        "is_correct": True,
                                        "feedback": "Oui. Un financement prévisible permet aux communes de garder un personnel formé et de planifier au-delà d'un an.",
                                    },
                                    {
                                        "text": "Laisser chaque ministère rendre compte uniquement de ses propres activités.",
                                        "is_correct": False,
                                        "feedback": "Rendre compte des seules activités masque les liens entre les mesures ; des indicateurs de résultats communs sont plus efficaces.",
                                    },
                                    {
                                        "text": "Des indicateurs communs dont chaque ministère rend compte.",
                                        "is_correct": True,
                                        "feedback": "Oui. Des indicateurs communs transforment un catalogue de mesures en une véritable stratégie.",
                                    },
                                ],
                            },
                        ),
                        (
                            "key_takeaway",
                            {
                                "text": "<p>Invitez les communes et les organisations de migrants <strong>avant</strong> de rédiger la stratégie : elles savent où les relais entre services échouent.</p>"
                            },
                        ),
                    ],
                },
                "reception-and-language": {
                    "title": "Accueil, langue et premiers contacts",
                    "summary": "Comment les premières semaines et les premiers mois façonnent l'intégration : services d'accueil dans les villes, apprentissage de la langue adapté à la vie des personnes, et projets qui créent des contacts avec la population locale.",
                },
                "reception-as-first-step": {
                    "title": "L'accueil, première étape de l'intégration",
                    "body": [
                        ("heading", {"text": "Pourquoi les premiers mois comptent", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Les premiers mois après l'arrivée installent des habitudes durables. Les personnes qui reçoivent une information claire, commencent tôt à apprendre la langue et voient leurs compétences repérées rapidement avancent en général plus vite vers l'emploi et l'autonomie. Celles qui attendent isolées, sans connaître leurs droits ni la suite, perdent souvent une confiance et des compétences difficiles à retrouver.</p><p>L'accueil ne se limite donc pas à l'hébergement. C'est le moment d'expliquer le fonctionnement des services publics, d'ouvrir un premier dossier auprès de la commune, d'orienter vers les soins et l'école, et de commencer l'apprentissage de la langue, avant même qu'une décision sur le statut de séjour ne soit prise.</p>",
                        ),
                        (
                            "case_study",
                            {
                                "title": "Une porte d'entrée municipale pour les nouveaux arrivants",
                                "country": "ES",
                                "institution": "Mairie de Barcelone, service municipal pour les immigrés, les émigrés et les réfugiés",
                                "practice": "<p>Barcelone dispose d'un service municipal qui fait office de point d'entrée unique pour les personnes qui arrivent dans la ville. Les nouveaux arrivants peuvent y obtenir des informations sur leurs droits et sur les services de la ville, des conseils juridiques sur les procédures de séjour, une orientation vers des cours de catalan et d'espagnol, et une aide pour les premières démarches, comme l'inscription comme habitant. Des séances d'accueil expliquent le fonctionnement de la ville, et le personnel oriente vers des organisations spécialisées si nécessaire.</p>",
                                "outcome": "<p>Une adresse unique et bien connue réduit le temps passé à aller d'un guichet à l'autre et permet à la ville de voir quels besoins reviennent le plus souvent. L'inscription comme habitant est particulièrement importante, car elle ouvre l'accès à d'autres services municipaux.</p>",
                            },
                        ),
                        (
                            "video",
                            {
                                "title": "Faire vivre le service d'accueil d'une ville",
                                "url": "https://videos.example.org/relais/reception-as-first-step",
                                "duration": "6 min",
                                "transcript": "<p><strong>Intervieweur :</strong> Que trouve un nouvel arrivant lorsqu'il vient pour la première fois dans votre service ?</p><p><strong>Coordinatrice de l'accueil municipal :</strong> Une personne qui commence par écouter. Nous demandons ce qui l'amène aujourd'hui, car la question officielle n'est pas toujours la vraie. Quelqu'un peut nous interroger sur un titre de séjour alors que son besoin le plus urgent est une place à l'école pour son enfant.</p><p><strong>Intervieweur :</strong> Comment travaillez-vous avec les autres services ?</p><p><strong>Coordinatrice :</strong> Nous avons des accords avec les organisations qui donnent des conseils juridiques, avec les écoles de langue et avec les services sociaux de chaque quartier. Quand nous orientons quelqu'un, nous appelons ou nous écrivons pour que la personne soit attendue. Une orientation qui se résume à « allez à cette adresse » échoue souvent.</p><p><strong>Intervieweur :</strong> Que diriez-vous à un décideur d'un autre pays ?</p><p><strong>Coordinatrice :</strong> Rendez la porte facile à trouver et ouverte à tous, quel que soit leur statut. L'information coûte peu au regard des problèmes qu'elle évite. Et comptez ce que vous voyez : les questions que les gens apportent vous disent où le reste du système ne fonctionne pas.</p>",
                            },
                        ),
                        ("heading", {"text": "Une orientation utile au quotidien", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Les cours d'orientation civique fonctionnent mieux lorsqu'ils répondent à des questions pratiques : comment consulter un médecin, comment inscrire un enfant à l'école, ce que doit contenir un bail, où signaler une discrimination. Plusieurs États membres, dont Malte, associent l'orientation et les cours de langue dans un programme structuré, de sorte que les participants retrouvent régulièrement le même groupe et le même enseignant et se constituent un premier réseau.</p><ul><li>Proposez des séances dans des langues que les personnes comprennent, avec des interprètes si nécessaire.</li><li>Gardez des groupes assez petits pour laisser place aux questions.</li><li>Reprenez les informations essentielles par écrit, en langage clair.</li></ul>",
                        ),
                        (
                            "key_takeaway",
                            {
                                "text": "<p>L'accueil est la première mesure d'intégration : <strong>information, orientation et apprentissage précoce de la langue</strong> coûtent peu au regard des retards qu'ils évitent.</p>"
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": "Une commune veut que son service d'accueil réduise le temps que les nouveaux arrivants passent à aller d'un bureau à l'autre. Quelle mesure aide le plus ?",
                                "kind": "single",
                                "options": [
                                    {
                                        "text": "Imprimer la liste des adresses de tous les services publics.",
                                        "is_correct": False,
                                        "feedback": "Une liste aide un peu, mais les personnes doivent encore deviner quel service traite leur question, et personne ne les y attend.",
                                    },
                                    {
                                        "text": "Un point d'entrée unique avec des accords d'orientation, pour que le service suivant attende la personne.",
                                        "is_correct": True,
                                        "feedback": "Exact. Une porte d'entrée connue, associée à une orientation accompagnée, raccourcit le chemin entre les services.",
                                    },
                                    {
                                        "text": "Réserver le service aux personnes qui ont déjà un titre de séjour.",
                                        "is_correct": False,
                                        "feedback": "Restreindre l'accès retarde l'information pour ceux qui en ont le plus besoin ; une information précoce évite des problèmes ultérieurs.",
                                    },
                                ],
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": "Où une personne nouvellement arrivée dans votre pays ou votre ville obtient-elle ses premières informations fiables, et qui vérifie qu'elles sont exactes et à jour ?",
                                "guidance": "<ul><li>Recensez les lieux où les gens vont réellement, y compris les lieux informels comme les réseaux communautaires.</li><li>Vérifiez dans quelles langues l'information est disponible.</li></ul>",
                            },
                        ),
                    ],
                },
                "language-and-social-contact": {
                    "title": "Apprentissage de la langue et liens sociaux",
                    "body": [
                        (
                            "heading",
                            {"text": "Un apprentissage de la langue adapté à la vie réelle", "level": "h2"},
                        ),
                        (
                            "paragraph",
                            "<p>La langue est la compétence que les nouveaux arrivants, les employeurs et les agents publics citent le plus souvent comme la clé de l'intégration. Pourtant, beaucoup de cours sont conçus pour des apprenants libres le matin, scolarisés et sans enfants à la maison. Une stratégie globale conçoit l'offre linguistique autour des personnes qui en ont besoin :</p><ul><li><strong>Des formats souples :</strong> cours du soir, du week-end et en ligne pour les personnes qui travaillent, et cours avec garde d'enfants pour les parents.</li><li><strong>Des points de départ différents :</strong> cours d'alphabétisation pour les personnes qui n'ont pas été scolarisées, parcours accélérés pour les diplômés de l'université.</li><li><strong>Une langue liée au travail :</strong> le vocabulaire et les situations du secteur dans lequel la personne se forme ou travaille.</li><li><strong>Des niveaux reconnus :</strong> des certificats que les employeurs et les organismes de formation comprennent.</li></ul><p>Le Luxembourg montre combien ces choix se compliquent dans un pays multilingue. Selon leur travail et leur entourage, les nouveaux arrivants peuvent avoir besoin du luxembourgeois, du français ou de l'allemand, et le programme national d'accueil et d'intégration propose des cours de langue à prix réduit ainsi qu'une orientation civique.</p>",
                        ),
                        ("heading", {"text": "Le contact avec la population locale", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Les cours en classe suffisent rarement à parler couramment. Les apprenants ont besoin d'occasions d'utiliser la langue dans la vie de tous les jours, et ces occasions dépendent du contact avec les habitants. Le contact change aussi le regard des habitants sur les nouveaux arrivants : les personnes qui connaissent personnellement un réfugié jugent souvent les politiques d'intégration autrement que celles qui ne connaissent les réfugiés que par les informations.</p>",
                        ),
                        (
                            "image",
                            {
                                "image": "workshop-circle",
                                "alt": "Illustration de plusieurs personnes assises autour d'une même table, tournées les unes vers les autres comme dans un groupe de conversation.",
                                "caption": "Les groupes de conversation informels offrent une pratique qu'une salle de classe ne peut pas donner.",
                            },
                        ),
                        (
                            "case_study",
                            {
                                "title": "Les amis de langue",
                                "country": "EE",
                                "institution": "Fondation estonienne pour l'intégration, avec des bénévoles dans tout le pays",
                                "practice": "<p>Un projet d'« amis de langue » met en relation des personnes qui apprennent l'estonien avec des bénévoles dont c'est la langue maternelle. Les binômes conviennent de la fréquence et du lieu de leurs rencontres, par exemple une promenade, un café ou la visite d'un musée, et pratiquent la langue dans des situations ordinaires. Les organisateurs forment les binômes, proposent une courte présentation aux bénévoles et suggèrent des sujets pour les premières rencontres.</p>",
                                "outcome": "<p>Les apprenants gagnent en pratique et en assurance hors de la classe, et les bénévoles apprennent à connaître les nouveaux arrivants comme des voisins. Le format est peu coûteux et peut compléter les cours formels, même si la constitution des binômes et la mobilisation des bénévoles exigent une coordination constante.</p>",
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": "Quelles caractéristiques rendent l'offre linguistique adaptée à la vie des nouveaux arrivants ? Cochez toutes les réponses qui conviennent.",
                                "kind": "multiple",
                                "options": [
                                    {
                                        "text": "Des cours le soir, le week-end ou en ligne pour les personnes qui travaillent.",
                                        "is_correct": True,
                                        "feedback": "Oui. Les horaires sont l'une des raisons les plus fréquentes d'abandon des cours de langue.",
                                    },
                                    {
                                        "text": "Une garde d'enfants pendant les cours.",
                                        "is_correct": True,
                                        "feedback": "Oui. Sans garde d'enfants, beaucoup de parents, souvent des mères, ne peuvent pas venir du tout.",
                                    },
                                    {
                                        "text": "Un cours standard unique pour tous, quel que soit le niveau de scolarisation.",
                                        "is_correct": False,
                                        "feedback": "Un cours unique laisse de côté les personnes peu alphabétisées et ralentit les diplômés ; des parcours différenciés fonctionnent mieux.",
                                    },
                                    {
                                        "text": "Des occasions de pratiquer avec des habitants en dehors de la classe.",
                                        "is_correct": True,
                                        "feedback": "Oui. Des projets comme les amis de langue ajoutent une pratique quotidienne et créent du lien.",
                                    },
                                ],
                            },
                        ),
                        (
                            "key_takeaway",
                            {
                                "text": "<p>L'offre linguistique fonctionne lorsqu'elle est <strong>souple, différenciée et reliée au contact quotidien</strong> avec la population locale.</p>"
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": "Qui abandonne les cours de langue dans votre contexte, et pourquoi ? Que changeriez-vous en premier ?",
                                "guidance": "<ul><li>Vérifiez si des données sur les abandons sont collectées, et par qui.</li><li>Pensez aux horaires, à la garde d'enfants, aux transports et au niveau de départ des apprenants.</li></ul>",
                            },
                        ),
                    ],
                },
                "work-and-strategy": {
                    "title": "Emploi, compétences et stratégie durable",
                    "summary": "Des parcours vers l'emploi construits avec les employeurs, la reconnaissance des compétences, et la manière de transformer les éléments du cours en une stratégie assortie d'indicateurs et de révisions régulières. Se termine par l'évaluation finale.",
                },
                "vocational-pathways": {
                    "title": "Parcours de formation professionnelle et reconnaissance des compétences",
                    "body": [
                        ("heading", {"text": "Des compétences à l'emploi", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Le travail apporte un revenu, un rythme quotidien, des collègues et une raison d'utiliser la nouvelle langue. Pourtant, beaucoup de migrants et de réfugiés travaillent bien en dessous de leurs qualifications, ou pas du tout, pendant des années après leur arrivée. Trois obstacles reviennent partout en Europe : des compétences que personne n'a évaluées, des diplômes difficiles à faire reconnaître et une maîtrise insuffisante de la langue utilisée au travail.</p><p>Une stratégie globale s'attaque aux trois à la fois. Les compétences peuvent être évaluées tôt, même de manière informelle ; les procédures de reconnaissance peuvent être simplifiées ou accompagnées par des conseillers ; et la formation professionnelle peut associer les gestes du métier et la langue du métier, pour que personne n'ait à terminer l'un avant de commencer l'autre.</p>",
                        ),
                        (
                            "case_study",
                            {
                                "title": "Une formation professionnelle dans une maison de retraite",
                                "country": "HR",
                                "institution": "Une maison de retraite de Zagreb, avec un organisme de formation professionnelle",
                                "practice": "<p>À Zagreb, une maison de retraite a participé à un programme de formation professionnelle qui préparait des migrants et des bénéficiaires d'une protection internationale au métier d'aide-soignant. Les participants alternaient cours théoriques et pratique encadrée dans les services. Le croate était enseigné en parallèle, avec le vocabulaire qu'emploient réellement les résidents et les collègues, et des membres expérimentés du personnel jouaient le rôle de tuteurs.</p>",
                                "outcome": "<p>Les participants ont acquis une expérience pratique et une qualification utile dans un secteur qui recrute, tandis que la maison de retraite a rencontré de futurs collègues motivés. Les organisateurs ont constaté qu'il faut dégager du temps dans l'emploi du temps des tuteurs, et que les employeurs ont besoin d'aide pour les formalités d'embauche.</p>",
                            },
                        ),
                        (
                            "video",
                            {
                                "title": "Travailler avec les employeurs sur les parcours professionnels",
                                "url": "https://videos.example.org/relais/vocational-pathways",
                                "duration": "5 min",
                                "transcript": "<p><strong>Intervieweuse :</strong> Pourquoi votre service a-t-il commencé à travailler directement avec les employeurs ?</p><p><strong>Responsable d'un service public de l'emploi :</strong> Parce que nos formations étaient pleines et nos résultats médiocres. Les gens terminaient une formation et ne trouvaient toujours pas de travail. Les employeurs nous disaient qu'ils avaient des postes à pourvoir, mais que les candidats manquaient de pratique et de la langue du métier.</p><p><strong>Intervieweuse :</strong> Qu'avez-vous changé ?</p><p><strong>Responsable :</strong> Nous concevons désormais les programmes avec un employeur dès le départ. L'employeur offre des places de stage et des tuteurs ; nous finançons la formation et l'enseignant de langue, qui se rend sur le lieu de travail pour en apprendre le vocabulaire. Les participants reçoivent une petite allocation, pour ne pas avoir à choisir entre se former et gagner leur vie.</p><p><strong>Intervieweuse :</strong> Qu'est-ce qui a été difficile ?</p><p><strong>Responsable :</strong> Le tutorat. Les bons professionnels sont très occupés, et le tutorat s'est ajouté à leur travail sans temps supplémentaire. Pour la session suivante, l'employeur a accepté d'alléger leurs autres tâches. Ce sont ces détails qui décident de la réussite d'un programme.</p>",
                            },
                        ),
                        ("heading", {"text": "Évaluer les compétences tôt", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>L'évaluation des compétences n'a pas à attendre une procédure complète de reconnaissance. De courts tests pratiques, des entretiens et des outils d'auto-évaluation peuvent montrer ce qu'une personne sait déjà et l'orienter vers la bonne formation ou le bon employeur. En Autriche, le service public de l'emploi a utilisé des bilans de compétences pour les réfugiés reconnus, associant information sur le marché du travail et évaluation de la formation et de l'expérience professionnelle de chaque participant.</p>",
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": "Un employeur propose des places de stage à des réfugiés qui se forment au métier d'aide-soignant. Qu'est-ce qui donne à ce dispositif les meilleures chances de réussir ?",
                                "kind": "single",
                                "options": [
                                    {
                                        "text": "Les tuteurs disposent de temps réservé au tutorat, et l'apprentissage de la langue est relié au lieu de travail.",
                                        "is_correct": True,
                                        "feedback": "Exact. Un temps de tutorat protégé et une langue liée au métier transforment les stages en véritable apprentissage.",
                                    },
                                    {
                                        "text": "Les participants terminent d'abord un cours de langue complet, puis commencent la formation professionnelle.",
                                        "is_correct": False,
                                        "feedback": "Une séquence stricte retarde l'emploi de plusieurs mois, voire d'années ; associer langue et formation professionnelle est en général plus rapide.",
                                    },
                                    {
                                        "text": "Le tutorat s'ajoute aux tâches du personnel sans autre changement.",
                                        "is_correct": False,
                                        "feedback": "Des tuteurs surchargés ne peuvent pas accorder aux participants l'attention nécessaire ; il faut prévoir du temps pour le tutorat.",
                                    },
                                ],
                            },
                        ),
                        (
                            "key_takeaway",
                            {
                                "text": "<p>Associez <strong>compétences professionnelles, langue du métier et pratique chez un employeur</strong> plutôt que de demander aux personnes de les acquérir l'une après l'autre.</p>"
                            },
                        ),
                    ],
                },
                "designing-and-reviewing-a-strategy": {
                    "title": "Concevoir et réviser une stratégie d'intégration",
                    "body": [
                        ("heading", {"text": "Des principes à la stratégie", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Les leçons précédentes ont examiné des morceaux du parcours. Cette leçon les assemble. Une stratégie d'intégration opérationnelle comprend en général :</p><ol><li>Une brève analyse du public visé et des difficultés qu'il rencontre, fondée sur des données et sur la consultation des migrants.</li><li>Un nombre limité d'objectifs, chacun lié à une étape du parcours.</li><li>Des mesures assorties d'une institution responsable, d'un budget et d'un calendrier.</li><li>Des indicateurs, une situation de référence et un plan de collecte et de discussion des résultats.</li><li>Un dispositif de coordination et une date de révision.</li></ol><p>Une stratégie doit aussi pouvoir s'adapter. Les pays confrontés à des arrivées soudaines, dont la Lituanie en 2021 et 2022, ont constaté que leurs plans d'accueil et d'intégration devaient monter en puissance très vite. Les stratégies qui prévoyaient déjà des mesures d'urgence, comme des capacités de réserve et le recrutement rapide d'interprètes, se sont adaptées plus facilement.</p>",
                        ),
                        ("heading", {"text": "Mesurer ce qui compte", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Beaucoup de stratégies rendent compte de leurs activités : nombre de cours organisés ou de participants inscrits. Ces chiffres sont faciles à collecter mais disent peu de choses sur l'amélioration de la situation des personnes. Ajoutez des indicateurs de résultats, par exemple la part des participants qui atteignent un niveau de langue donné, qui ont un emploi ou suivent une formation un an plus tard, ou qui vivent dans un logement stable. Complétez-les par des informations qualitatives issues d'entretiens et de groupes de discussion, qui expliquent pourquoi les chiffres évoluent.</p>",
                        ),
                        (
                            "case_study",
                            {
                                "title": "Un accueil et une intégration gérés par les communes",
                                "country": "IT",
                                "institution": "Communes italiennes du système national d'accueil et d'intégration, avec des partenaires de la société civile",
                                "practice": "<p>En Italie, les communes peuvent rejoindre un système national de projets d'accueil et d'intégration. Elles mènent, avec des partenaires de la société civile, des projets de petite taille financés par des ressources nationales, qui associent hébergement, cours de langue, conseil juridique, orientation vers les services locaux et accompagnement vers l'emploi.</p>",
                                "outcome": "<p>Des projets de petite taille gérés localement facilitent les liens avec les écoles, les employeurs et le voisinage. Comme la participation des communes est volontaire, la couverture varie d'un territoire à l'autre, un point dont toute stratégie nationale doit tenir compte.</p>",
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": "Lesquels de ces indicateurs sont des indicateurs de résultats et non d'activités ? Cochez toutes les réponses qui conviennent.",
                                "kind": "multiple",
                                "options": [
                                    {
                                        "text": "La part des participants en emploi ou en formation douze mois après le programme.",
                                        "is_correct": True,
                                        "feedback": "Oui. Il mesure un changement dans la situation des personnes, pas seulement ce que le programme a fait.",
                                    },
                                    {
                                        "text": "Le nombre de cours de langue organisés cette année.",
                                        "is_correct": False,
                                        "feedback": "Il compte une activité. C'est utile pour la gestion, mais cela ne dit rien des résultats.",
                                    },
                                    {
                                        "text": "La part des participants qui atteignent le niveau de langue visé.",
                                        "is_correct": True,
                                        "feedback": "Oui. Il montre si l'apprentissage a réellement eu lieu.",
                                    },
                                    {
                                        "text": "Le nombre de brochures imprimées.",
                                        "is_correct": False,
                                        "feedback": "C'est une activité, et une activité peu parlante : elle ne montre pas si quelqu'un a lu ou utilisé les brochures.",
                                    },
                                ],
                            },
                        ),
                        (
                            "key_takeaway",
                            {
                                "text": "<p>Une stratégie ne vaut que par sa <strong>révision</strong> : fixez des indicateurs de résultats et une date pour les discuter avec ceux qui fournissent et utilisent les services.</p>"
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": "Reprenez les notes prises lors de la première leçon. Rédigez un objectif, deux mesures et deux indicateurs de résultats qui permettraient de combler la lacune que vous aviez repérée.",
                                "guidance": "<ul><li>Nommez l'institution responsable de chaque mesure.</li><li>Vérifiez que chaque indicateur peut réellement être collecté, et par qui.</li><li>Demandez-vous comment les migrants pourraient participer à l'examen des résultats.</li></ul>",
                            },
                        ),
                    ],
                },
                "final-assessment": {
                    "title": "Évaluation finale",
                    "intro": "<p>Sept questions portant sur l'ensemble du cours. Il faut obtenir 70 % pour réussir, et vous disposez de trois tentatives. Les explications s'affichent une fois que vous avez réussi ou utilisé toutes vos tentatives.</p>",
                    "questions": [
                        {
                            "question": "Que signifie décrire l'intégration comme un processus à double sens ?",
                            "kind": "single",
                            "points": 1,
                            "explanation": "L'intégration demande des efforts aux nouveaux arrivants, mais aussi à la société d'accueil et à ses institutions, qui s'adaptent pour que ces efforts puissent aboutir.",
                            "options": [
                                {
                                    "text": "Les nouveaux arrivants et la société d'accueil s'adaptent tous deux, et les institutions permettent aux efforts de porter leurs fruits.",
                                    "is_correct": True,
                                },
                                {
                                    "text": "Les migrants s'intègrent d'abord, et la société d'accueil réagit ensuite.",
                                    "is_correct": False,
                                },
                                {
                                    "text": "L'intégration est gérée conjointement par deux ministères.",
                                    "is_correct": False,
                                },
                            ],
                        },
                        {
                            "question": "Lesquels de ces principes sont ceux d'une stratégie d'intégration globale ? Cochez toutes les réponses qui conviennent.",
                            "kind": "multiple",
                            "points": 2,
                            "explanation": "Commencer tôt, s'appuyer sur les services de droit commun, travailler à tous les niveaux de gouvernement et associer les migrants sont les quatre principes présentés dans la première leçon.",
                            "options": [
                                {
                                    "text": "Commencer l'orientation et l'apprentissage de la langue dès l'accueil.",
                                    "is_correct": True,
                                },
                                {
                                    "text": "Créer des services séparés pour les migrants chaque fois que possible.",
                                    "is_correct": False,
                                },
                                {
                                    "text": "Associer les communes, les employeurs et la société civile.",
                                    "is_correct": True,
                                },
                                {
                                    "text": "Associer les migrants à la conception et à l'évaluation des mesures.",
                                    "is_correct": True,
                                },
                            ],
                        },
                        {
                            "question": "À Barcelone, pourquoi l'inscription des nouveaux arrivants comme habitants est-elle si importante ?",
                            "kind": "single",
                            "points": 1,
                            "explanation": "L'inscription comme habitant ouvre l'accès à d'autres services municipaux ; c'est pourquoi un service d'accueil aide les personnes à faire cette démarche tôt.",
                            "options": [
                                {
                                    "text": "Elle tranche la demande d'asile de la personne.",
                                    "is_correct": False,
                                },
                                {
                                    "text": "Elle ouvre l'accès à d'autres services municipaux.",
                                    "is_correct": True,
                                },
                                {"text": "Elle dispense de suivre des cours de langue.", "is_correct": False},
                            ],
                        },
                        {
                            "question": "Quelle est l'idée principale du projet estonien des amis de langue ?",
                            "kind": "single",
                            "points": 1,
                            "explanation": "Le projet forme des binômes entre apprenants et bénévoles dont l'estonien est la langue maternelle, pour que les apprenants pratiquent dans des situations quotidiennes et nouent des liens avec les habitants.",
                            "options": [
                                {
                                    "text": "Remplacer les cours formels par l'autoformation en ligne.",
                                    "is_correct": False,
                                },
                                {
                                    "text": "Former des binômes entre apprenants et bénévoles locaux pour une pratique quotidienne.",
                                    "is_correct": True,
                                },
                                {
                                    "text": "Tester le niveau de langue des nouveaux arrivants avant la délivrance d'un titre de séjour.",
                                    "is_correct": False,
                                },
                            ],
                        },
                        {
                            "question": "Quels éléments le programme de formation professionnelle d'une maison de retraite de Zagreb associait-il ? Cochez toutes les réponses qui conviennent.",
                            "kind": "multiple",
                            "points": 2,
                            "explanation": "Les participants apprenaient en salle et dans les services, le croate était enseigné en parallèle et des membres expérimentés du personnel servaient de tuteurs.",
                            "options": [
                                {
                                    "text": "Une pratique encadrée dans la maison de retraite.",
                                    "is_correct": True,
                                },
                                {"text": "Le croate, avec le vocabulaire du métier.", "is_correct": True},
                                {"text": "Le tutorat par du personnel expérimenté.", "is_correct": True},
                                {
                                    "text": "Un examen de langue comme condition d'entrée dans le programme.",
                                    "is_correct": False,
                                },
                            ],
                        },
                        {
                            "question": "Quel outil transforme le mieux un catalogue de mesures ministérielles en une véritable stratégie ?",
                            "kind": "single",
                            "points": 1,
                            "explanation": "Des objectifs et des indicateurs de résultats communs obligent chaque ministère à rendre compte des mêmes résultats, ce qui relie les mesures entre elles.",
                            "options": [
                                {
                                    "text": "Des objectifs et des indicateurs communs dont chaque ministère rend compte.",
                                    "is_correct": True,
                                },
                                {
                                    "text": "Une liste plus longue d'activités de chaque ministère.",
                                    "is_correct": False,
                                },
                                {
                                    "text": "Un financement annuel décidé séparément par chaque ministère.",
                                    "is_correct": False,
                                },
                            ],
                        },
                        {
                            "question": "Lequel de ces indicateurs est un indicateur de résultats ?",
                            "kind": "single",
                            "points": 1,
                            "explanation": "Les indicateurs de résultats mesurent un changement dans la situation des personnes ; le nombre de séances ou de brochures mesure des activités.",
                            "options": [
                                {
                                    "text": "Le nombre de séances d'orientation organisées.",
                                    "is_correct": False,
                                },
                                {
                                    "text": "La part des participants vivant dans un logement stable un an après leur arrivée.",
                                    "is_correct": True,
                                },
                                {
                                    "text": "Le nombre d'agents formés au service d'accueil.",
                                    "is_correct": False,
                                },
                            ],
                        },
                    ],
                },
            },
        },
    },
    "es": {
        "index": {
            "title": "Cursos",
            "intro": "<p>Cursos en línea con tutoría para el personal de las instituciones socias, elaborados con expertos de las Acciones del programa. Algunos cursos están abiertos a cualquier persona con una cuenta; otros requieren la clave de inscripción que el equipo de su Acción entrega a su grupo.</p>",
        },
        "holistic-integration": {
            "title": "Un enfoque integral de la integración de personas migrantes y refugiadas",
            "summary": "Un curso en línea para responsables de políticas públicas, elaborado con la Universidad de Formación Continua de Krems. A partir de prácticas de nueve Estados miembros de la UE, muestra cómo la acogida, el aprendizaje del idioma, el empleo, la vivienda y el contacto social pueden planificarse como un único itinerario de integración, con entrevistas en vídeo a responsables públicos, estudios de caso, lecturas y preguntas de reflexión.",
            "audience": "Responsables de políticas y altos cargos que diseñan, coordinan o evalúan estrategias nacionales y locales de integración de personas migrantes y refugiadas, así como el personal asesor que les apoya.",
            "learning_outcomes": "<ul><li>Explicar qué significa un enfoque integral y bidireccional de la integración y por qué es importante para el diseño de políticas.</li><li>Identificar a los actores de la integración en los niveles nacional, regional y local, y elegir herramientas de coordinación adecuadas.</li><li>Comparar prácticas de acogida, aprendizaje del idioma y empleo de Estados miembros de la UE y valorar cuáles podrían trasladarse a su propio contexto.</li><li>Redactar los elementos principales de una estrategia de integración, con indicadores medibles y un plan de revisión.</li></ul>",
            "pages": {
                "foundations-of-integration": {
                    "title": "Fundamentos de un enfoque integral",
                    "summary": "Qué significa hoy la integración, por qué concierne a todo el Gobierno y cómo los actores nacionales, regionales y locales pueden trabajar con un mismo plan.",
                },
                "what-holistic-integration-means": {
                    "title": "Qué significa un enfoque integral de la integración",
                    "body": [
                        ("heading", {"text": "La integración como proceso bidireccional", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Durante mucho tiempo, las políticas de integración parecían una lista de obligaciones para las personas recién llegadas: aprender el idioma, encontrar trabajo, respetar la ley. Hoy, la mayoría de las estrategias europeas describen la integración como un proceso bidireccional. Las personas migrantes y refugiadas dedican tiempo y esfuerzo a construir una nueva vida, y la sociedad de acogida adapta sus instituciones para que ese esfuerzo dé fruto.</p><p>Un enfoque integral se toma en serio esta idea. Trata la acogida, la vivienda, la salud, la educación, el empleo, el idioma y el contacto social como partes conectadas de un mismo itinerario, y no como programas separados a cargo de ministerios separados. Los avances en un ámbito dependen de los avances en los demás: quien no encuentra una vivienda estable difícilmente podrá asistir a un curso de idioma, y quien no domina el idioma difícilmente conseguirá que le reconozcan un título extranjero.</p>",
                        ),
                        (
                            "image",
                            {
                                "image": "integration-stages",
                                "alt": "Esquema de un camino sinuoso con etapas sucesivas: llegada y acogida, orientación y aprendizaje del idioma, formación y empleo, y plena participación en la vida de la comunidad.",
                                "caption": "La integración rara vez sigue una línea recta: cada persona avanza por las etapas a su propio ritmo y a veces retrocede.",
                            },
                        ),
                        (
                            "paragraph",
                            "<p>Para quienes diseñan políticas, la consecuencia práctica es fácil de enunciar y difícil de aplicar. Un curso de idioma que coincide con el horario laboral, una oferta de empleo en una ciudad sin vivienda asequible o un programa de formación cerrado a quienes tienen sus títulos en trámite de reconocimiento pueden anular, cada uno, los avances logrados en otros ámbitos. Mirar el itinerario completo ayuda a detectar estas brechas antes de que afecten a las personas a las que se dirige la estrategia.</p>",
                        ),
                        ("heading", {"text": "Cuatro principios de una estrategia integral", "level": "h2"}),
                        (
                            "paragraph",
                            "<ol><li><strong>Empezar pronto.</strong> La orientación, el aprendizaje del idioma y la evaluación de competencias comienzan durante la acogida, no meses después, cuando llega la decisión sobre el estatus.</li><li><strong>Integrar en los servicios generales siempre que sea posible.</strong> Adaptar los servicios públicos generales, como las oficinas de empleo, las escuelas y los centros de salud, en lugar de crear sistemas paralelos costosos de mantener.</li><li><strong>Trabajar entre niveles.</strong> Los ministerios fijan el marco y el presupuesto, pero los municipios, las empresas y la sociedad civil prestan la mayoría de los servicios que encuentran las personas recién llegadas.</li><li><strong>Contar con las personas migrantes.</strong> Pedir a las personas migrantes y refugiadas que participen en el diseño y la revisión de las medidas; son ellas quienes primero ven los vacíos entre servicios.</li></ol>",
                        ),
                        (
                            "case_study",
                            {
                                "title": "Un plan de integración compartido por varios ministerios",
                                "country": "EE",
                                "institution": "Gobierno de Estonia, con un ministerio que coordina el plan",
                                "practice": "<p>Estonia recoge su política de integración en un plan nacional que reúne a varios ministerios en torno a objetivos comunes de aprendizaje del idioma, participación cívica, cohesión social y apoyo a las personas recién llegadas. Cada ministerio se compromete con medidas dentro de sus competencias, y un ministerio coordinador se encarga de la ejecución y del seguimiento.</p>",
                                "outcome": "<p>Al estar las medidas en un único documento, los solapamientos y las lagunas entre ministerios resultan más fáciles de ver y de debatir. El plan ofrece además a los municipios y a las organizaciones de la sociedad civil una referencia clara cuando diseñan proyectos o solicitan financiación.</p>",
                            },
                        ),
                        (
                            "key_takeaway",
                            {
                                "text": "<p>Una estrategia integral se juzga por el <strong>itinerario</strong> que crea para las personas, no por el número de programas separados que enumera.</p>"
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": "¿Qué afirmación describe mejor un enfoque integral de la integración?",
                                "kind": "single",
                                "options": [
                                    {
                                        "text": "Las personas recién llegadas completan una secuencia fija de cursos antes de poder acceder a otros servicios.",
                                        "is_correct": False,
                                        "feedback": "Una secuencia fija ignora que la vivienda, el trabajo y el idioma dependen unos de otros; un enfoque integral permite que estos pasos se solapen.",
                                    },
                                    {
                                        "text": "Ámbitos como la vivienda, el idioma, el empleo y la salud se planifican juntos como un único itinerario, y se espera esfuerzo tanto de las personas recién llegadas como de las instituciones.",
                                        "is_correct": True,
                                        "feedback": "Correcto. Conectar los ámbitos de actuación y entender la integración como un proceso bidireccional es la esencia del enfoque.",
                                    },
                                    {
                                        "text": "Una única agencia especializada presta todos los servicios a las personas migrantes y refugiadas.",
                                        "is_correct": False,
                                        "feedback": "Una agencia única puede coordinar, pero un enfoque integral suele apoyarse en las instituciones existentes en lugar de sustituirlas.",
                                    },
                                ],
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": "Piense en la estrategia, el borrador o el programa de integración que mejor conoce. ¿Qué dos ámbitos conecta bien y qué dos apenas se comunican entre sí?",
                                "guidance": "<ul><li>Describa una situación concreta en la que esa brecha afecte a una persona, por ejemplo, una madre o un padre que no puede asistir a un curso porque no hay servicio de guardería.</li><li>Anote quién tendría que hablar con quién para cerrar esa brecha.</li><li>Guarde sus notas: las utilizará en la última lección del curso.</li></ul>",
                            },
                        ),
                        (
                            "document",
                            {
                                "document": "integration-glossary",
                                "title": "Glosario de términos de integración",
                                "description": "Definiciones breves de los términos que se usan en el curso, como integración en los servicios generales, ventanilla única y plan de integración.",
                            },
                        ),
                    ],
                },
                "governance-and-coordination": {
                    "title": "Gobernanza: quién hace qué y cómo se coordina",
                    "body": [
                        ("heading", {"text": "La integración ocurre en lo local", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Los gobiernos nacionales suelen redactar las leyes de integración, financiar los principales programas y decidir sobre el derecho de residencia. Sin embargo, los servicios que marcan los primeros años de una persona recién llegada se prestan sobre todo en el ámbito local: un ayuntamiento empadrona a los residentes, una escuela matricula a los niños, una oficina local de empleo orienta a quienes buscan trabajo y un grupo de voluntariado organiza un café de conversación. Una estrategia que ignora este nivel se queda en papel.</p><p>La gobernanza multinivel implica que cada nivel conoce su papel, tiene recursos para cumplirlo y puede ver lo que hacen los demás. En la práctica, los puntos débiles casi siempre son los mismos: responsabilidades poco claras sobre un grupo de personas, financiación que llega tarde o solo para un año, y datos que las oficinas no pueden compartir.</p>",
                        ),
                        (
                            "video",
                            {
                                "title": "Coordinar la integración entre ministerios y municipios",
                                "url": "https://videos.example.org/relais/governance-and-coordination",
                                "duration": "7 min",
                                "transcript": "<p><strong>Entrevistadora:</strong> ¿Qué es lo más difícil de coordinar las políticas de integración?</p><p><strong>Responsable de una unidad nacional de integración:</strong> Ponerse de acuerdo sobre quién es responsable de qué. Cada ministerio tiene su propia ley y su propio presupuesto. En nuestra primera estrategia, cada uno describió lo que ya hacía y el documento se convirtió en un catálogo. Nadie se ocupaba de los vínculos entre las medidas.</p><p><strong>Entrevistadora:</strong> ¿Qué cambió en la siguiente estrategia?</p><p><strong>Responsable:</strong> Partimos de las situaciones que viven las personas, como el primer mes tras la llegada o el primer empleo, y nos preguntamos qué servicios confluyen en cada momento. Así vimos dónde fallaba el traspaso de un servicio a otro. Después creamos un grupo de trabajo con los ministerios, la asociación de municipios y dos organizaciones de migrantes, que se reúne cada trimestre.</p><p><strong>Entrevistadora:</strong> ¿Y los municipios?</p><p><strong>Responsable:</strong> Pidieron dos cosas: financiación previsible durante varios años y una única persona de contacto en el nivel nacional. No pudimos darles todo, pero ambas peticiones figuran ya en la estrategia. Mi consejo es invitar a los municipios antes de redactar el borrador, no después.</p>",
                            },
                        ),
                        ("heading", {"text": "Herramientas de coordinación", "level": "h2"}),
                        (
                            "paragraph",
                            "<ul><li><strong>Un órgano de coordinación</strong> con un mandato claro, reuniones periódicas y representación de los municipios y de la sociedad civil.</li><li><strong>Objetivos e indicadores compartidos</strong>, para que cada ministerio informe sobre los mismos resultados y no solo sobre sus propias actividades.</li><li><strong>Acuerdos de financiación plurianuales</strong> con los municipios, que les permitan conservar personal formado.</li><li><strong>Mecanismos para compartir datos</strong> que respeten la protección de datos y eviten pedir a las personas los mismos documentos una y otra vez.</li><li><strong>Un punto de contacto</strong> en cada municipio, al que puedan acudir fácilmente las personas recién llegadas y los demás servicios.</li></ul>",
                        ),
                        (
                            "case_study",
                            {
                                "title": "Programas municipales de integración y planes individuales",
                                "country": "FI",
                                "institution": "Municipios finlandeses y servicios públicos de empleo y servicios sociales",
                                "practice": "<p>En Finlandia, los municipios elaboran programas locales de integración con sus socios, y las personas recién llegadas que necesitan apoyo pueden recibir una evaluación inicial de sus competencias y de su situación. A partir de ella, un plan de integración individual recoge los estudios de idioma, la formación y los demás pasos acordados con la persona.</p>",
                                "outcome": "<p>El plan individual vincula los derechos definidos a nivel nacional con los servicios locales y ofrece a la persona y a su profesional de referencia un punto de partida común. También muestra dónde la capacidad local, como las plazas en cursos de idioma, no alcanza a cubrir la demanda.</p>",
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": "¿Qué mecanismos ayudan a los niveles nacional y local a coordinar las medidas de integración? Seleccione todas las respuestas correctas.",
                                "kind": "multiple",
                                "options": [
                                    {
                                        "text": "Un órgano de coordinación en el que participan los municipios y la sociedad civil.",
                                        "is_correct": True,
                                        "feedback": "Sí. Reunir a quienes prestan los servicios hace visibles los traspasos entre ellos.",
                                    },
                                    {
                                        "text": "Acuerdos de financiación plurianuales con los municipios.",
                                        "is_correct": True,
                                        "feedback": "Sí. Una financiación previsible permite a los municipios conservar personal formado y planificar más allá de un año.",
                                    },
                                    {
                                        "text": "Que cada ministerio informe solo sobre sus propias actividades.",
                                        "is_correct": False,
                                        "feedback": "Informar solo sobre actividades oculta los vínculos entre medidas; los indicadores de resultados comunes funcionan mejor.",
                                    },
                                    {
                                        "text": "Indicadores compartidos sobre los que informan todos los ministerios.",
                                        "is_correct": True,
                                        "feedback": "Sí. Los indicadores comunes convierten un catálogo de medidas en una estrategia.",
                                    },
                                ],
                            },
                        ),
                        (
                            "key_takeaway",
                            {
                                "text": "<p>Invite a los municipios y a las organizaciones de migrantes <strong>antes</strong> de redactar la estrategia: saben dónde fallan los traspasos entre servicios.</p>"
                            },
                        ),
                    ],
                },
                "reception-and-language": {
                    "title": "Acogida, idioma y primeros contactos",
                    "summary": "Cómo las primeras semanas y meses determinan la integración: servicios de acogida en las ciudades, aprendizaje del idioma adaptado a la vida de las personas y proyectos que crean contacto con la población local.",
                },
                "reception-as-first-step": {
                    "title": "La acogida como primer paso de la integración",
                    "body": [
                        ("heading", {"text": "Por qué importan los primeros meses", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Los primeros meses tras la llegada crean hábitos que perduran. Quienes reciben información clara, empiezan a aprender el idioma y ven reconocidas sus competencias desde el principio suelen avanzar más rápido hacia el empleo y la autonomía. Quienes esperan aislados, sin conocer sus derechos ni los pasos siguientes, a menudo pierden una confianza y unas capacidades difíciles de recuperar.</p><p>Por eso, la acogida es mucho más que alojamiento. Es el momento de explicar cómo funcionan los servicios públicos, abrir un primer expediente en el municipio, derivar a las personas a la atención sanitaria y a la escuela, y empezar a aprender el idioma, incluso antes de que se decida sobre el permiso de residencia.</p>",
                        ),
                        (
                            "case_study",
                            {
                                "title": "Una puerta de entrada municipal para las personas recién llegadas",
                                "country": "ES",
                                "institution": "Ayuntamiento de Barcelona, servicio municipal de atención a inmigrantes, emigrantes y refugiados",
                                "practice": "<p>Barcelona cuenta con un servicio municipal que funciona como punto único de entrada para quienes llegan a la ciudad. Allí, las personas recién llegadas pueden obtener información sobre sus derechos y los servicios de la ciudad, asesoramiento jurídico sobre los trámites de residencia, derivación a clases de catalán y castellano, y ayuda con los primeros trámites, como el empadronamiento. Las sesiones de acogida explican cómo funciona la ciudad, y el personal deriva a organizaciones especializadas cuando hace falta.</p>",
                                "outcome": "<p>Una dirección única y conocida reduce el tiempo que las personas pasan yendo de una oficina a otra y permite a la ciudad ver qué necesidades se repiten con más frecuencia. El empadronamiento es especialmente importante, porque abre el acceso a otros servicios municipales.</p>",
                            },
                        ),
                        (
                            "video",
                            {
                                "title": "Gestionar el servicio de acogida de una ciudad",
                                "url": "https://videos.example.org/relais/reception-as-first-step",
                                "duration": "6 min",
                                "transcript": "<p><strong>Entrevistador:</strong> ¿Qué encuentra una persona recién llegada la primera vez que acude a su servicio?</p><p><strong>Coordinadora de acogida municipal:</strong> A alguien que primero escucha. Preguntamos qué le trae hoy, porque la pregunta oficial no siempre es la real. Alguien puede consultar por un permiso de residencia cuando lo que más necesita es una plaza escolar para su hijo.</p><p><strong>Entrevistador:</strong> ¿Cómo trabajan con otros servicios?</p><p><strong>Coordinadora:</strong> Tenemos acuerdos con las entidades que dan asesoramiento jurídico, con las escuelas de idiomas y con los servicios sociales de cada distrito. Cuando derivamos a alguien, llamamos o escribimos para que le esperen. Una derivación que solo dice «vaya a esta dirección» suele fracasar.</p><p><strong>Entrevistador:</strong> ¿Qué le diría a un responsable político de otro país?</p><p><strong>Coordinadora:</strong> Que la puerta sea fácil de encontrar y esté abierta a todo el mundo, sea cual sea su situación administrativa. La información cuesta poco en comparación con los problemas que evita. Y que cuente lo que ve: las preguntas que trae la gente le dicen dónde no funciona el resto del sistema.</p>",
                            },
                        ),
                        ("heading", {"text": "Una orientación útil en el día a día", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Los cursos de orientación cívica funcionan mejor cuando responden a preguntas prácticas: cómo pedir cita con el médico, cómo matricular a un hijo en la escuela, qué debe incluir un contrato de alquiler, dónde denunciar una discriminación. Varios Estados miembros, entre ellos Malta, combinan la orientación con clases de idioma en un programa estructurado, de modo que las personas se reúnen con regularidad con el mismo grupo y el mismo docente y crean una primera red.</p><ul><li>Ofrezca sesiones en idiomas que las personas entiendan, con intérpretes cuando sea necesario.</li><li>Mantenga grupos lo bastante pequeños para que haya preguntas.</li><li>Repita por escrito la información clave, en lenguaje claro.</li></ul>",
                        ),
                        (
                            "key_takeaway",
                            {
                                "text": "<p>La acogida es la primera medida de integración: <strong>información, derivación y aprendizaje temprano del idioma</strong> cuestan poco en comparación con los retrasos que evitan.</p>"
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": "Un municipio quiere que su servicio de acogida reduzca el tiempo que las personas recién llegadas pasan yendo de oficina en oficina. ¿Qué medida ayuda más?",
                                "kind": "single",
                                "options": [
                                    {
                                        "text": "Imprimir una lista con las direcciones de todas las oficinas públicas.",
                                        "is_correct": False,
                                        "feedback": "Una lista ayuda un poco, pero las personas siguen teniendo que averiguar qué oficina trata su consulta, y nadie las espera allí.",
                                    },
                                    {
                                        "text": "Un punto único de entrada con acuerdos de derivación, para que el siguiente servicio espere a la persona.",
                                        "is_correct": True,
                                        "feedback": "Correcto. Una puerta de entrada conocida, combinada con derivaciones acompañadas, acorta el camino entre servicios.",
                                    },
                                    {
                                        "text": "Abrir el servicio solo a quienes ya tienen permiso de residencia.",
                                        "is_correct": False,
                                        "feedback": "Restringir el acceso retrasa la información para quienes más la necesitan; la información temprana evita problemas posteriores.",
                                    },
                                ],
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": "¿Dónde obtiene una persona recién llegada a su país o ciudad su primera información fiable, y quién comprueba que sea correcta y esté actualizada?",
                                "guidance": "<ul><li>Enumere los lugares a los que la gente acude realmente, incluidos los informales, como las redes comunitarias.</li><li>Compruebe en qué idiomas está disponible la información.</li></ul>",
                            },
                        ),
                    ],
                },
                "language-and-social-contact": {
                    "title": "Aprendizaje del idioma y contacto social",
                    "body": [
                        (
                            "heading",
                            {"text": "Un aprendizaje del idioma adaptado a la vida real", "level": "h2"},
                        ),
                        (
                            "paragraph",
                            "<p>El idioma es la competencia que las personas recién llegadas, las empresas y el personal de la administración citan con más frecuencia como clave de la integración. Sin embargo, muchos cursos están pensados para alumnos con las mañanas libres, con escolarización previa y sin hijos en casa. Una estrategia integral diseña la oferta lingüística en torno a quienes la necesitan:</p><ul><li><strong>Formatos flexibles:</strong> clases de tarde, de fin de semana y en línea para quienes trabajan, y cursos con guardería para madres y padres.</li><li><strong>Distintos puntos de partida:</strong> cursos de alfabetización para quienes no fueron a la escuela e itinerarios rápidos para titulados universitarios.</li><li><strong>Idioma vinculado al trabajo:</strong> el vocabulario y las situaciones del sector en el que la persona se forma o trabaja.</li><li><strong>Niveles reconocidos:</strong> certificados que entiendan las empresas y los centros de formación.</li></ul><p>Luxemburgo muestra cómo estas decisiones se complican en un país multilingüe. Según su trabajo y su entorno, las personas recién llegadas pueden necesitar el luxemburgués, el francés o el alemán, y el programa nacional de acogida e integración ofrece cursos de idioma a precio reducido junto con orientación cívica.</p>",
                        ),
                        ("heading", {"text": "El contacto con la población local", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Las clases por sí solas rara vez llevan a la fluidez. Las personas necesitan ocasiones de usar el idioma en situaciones cotidianas, y esas ocasiones dependen del contacto con los vecinos. El contacto cambia también la forma en que los residentes ven a las personas recién llegadas: quienes conocen personalmente a una persona refugiada suelen valorar las políticas de integración de manera distinta a quienes solo conocen a los refugiados por las noticias.</p>",
                        ),
                        (
                            "image",
                            {
                                "image": "workshop-circle",
                                "alt": "Ilustración de varias personas sentadas alrededor de una misma mesa, vueltas unas hacia otras como en un grupo de conversación.",
                                "caption": "Los grupos informales de conversación ofrecen una práctica que el aula no puede dar.",
                            },
                        ),
                        (
                            "case_study",
                            {
                                "title": "Amigos de idioma",
                                "country": "EE",
                                "institution": "Fundación estonia para la integración, con personas voluntarias de todo el país",
                                "practice": "<p>Un proyecto de «amigos de idioma» forma parejas entre personas que aprenden estonio y voluntarios cuya lengua materna es el estonio. Cada pareja acuerda con qué frecuencia y dónde se reúne, por ejemplo, para dar un paseo, tomar un café o visitar un museo, y practica el idioma en situaciones corrientes. La organización forma las parejas, ofrece una breve introducción al voluntariado y propone temas para los primeros encuentros.</p>",
                                "outcome": "<p>Quienes aprenden ganan práctica y confianza fuera del aula, y las personas voluntarias conocen a las recién llegadas como vecinas. El formato es económico y puede complementar los cursos formales, aunque formar parejas y mantener la implicación del voluntariado exige una coordinación constante.</p>",
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": "¿Qué características hacen que la oferta lingüística se adapte a la vida de las personas recién llegadas? Seleccione todas las respuestas correctas.",
                                "kind": "multiple",
                                "options": [
                                    {
                                        "text": "Clases de tarde, de fin de semana o en línea para quienes trabajan.",
                                        "is_correct": True,
                                        "feedback": "Sí. El horario es uno de los motivos más frecuentes de abandono de los cursos de idioma.",
                                    },
                                    {
                                        "text": "Servicio de guardería durante las clases.",
                                        "is_correct": True,
                                        "feedback": "Sí. Sin guardería, muchas madres y padres, a menudo madres, no pueden asistir en absoluto.",
                                    },
                                    {
                                        "text": "Un único curso estándar para todo el mundo, sea cual sea su escolarización.",
                                        "is_correct": False,
                                        "feedback": "Un curso único deja atrás a quienes no están alfabetizados y frena a los titulados; los itinerarios diferenciados funcionan mejor.",
                                    },
                                    {
                                        "text": "Ocasiones de practicar con residentes locales fuera del aula.",
                                        "is_correct": True,
                                        "feedback": "Sí. Proyectos como los amigos de idioma añaden práctica cotidiana y crean contacto.",
                                    },
                                ],
                            },
                        ),
                        (
                            "key_takeaway",
                            {
                                "text": "<p>La oferta lingüística funciona cuando es <strong>flexible, diferenciada y está conectada con el contacto cotidiano</strong> con la población local.</p>"
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": "¿Quién abandona los cursos de idioma en su contexto y por qué? ¿Qué cambiaría en primer lugar?",
                                "guidance": "<ul><li>Compruebe si se recogen datos sobre abandono y quién lo hace.</li><li>Piense en los horarios, la guardería, el transporte y el nivel de partida del alumnado.</li></ul>",
                            },
                        ),
                    ],
                },
                "work-and-strategy": {
                    "title": "Empleo, competencias y una estrategia duradera",
                    "summary": "Itinerarios hacia el empleo construidos con las empresas, reconocimiento de competencias y cómo convertir los elementos del curso en una estrategia con indicadores y revisiones periódicas. Termina con la evaluación final.",
                },
                "vocational-pathways": {
                    "title": "Itinerarios de formación profesional y reconocimiento de competencias",
                    "body": [
                        ("heading", {"text": "De las competencias al empleo", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>El trabajo aporta ingresos, una rutina diaria, compañeros y un motivo para usar el nuevo idioma. Aun así, muchas personas migrantes y refugiadas trabajan muy por debajo de su cualificación, o no trabajan, durante años tras su llegada. En toda Europa se repiten tres obstáculos: competencias que nadie ha evaluado, títulos difíciles de reconocer y falta del idioma que se usa en el trabajo.</p><p>Una estrategia integral aborda los tres a la vez. Las competencias pueden evaluarse pronto, aunque sea de manera informal; los procedimientos de reconocimiento pueden simplificarse o contar con el apoyo de personal asesor; y la formación profesional puede combinar las destrezas del oficio con el idioma del oficio, para que nadie tenga que terminar lo uno antes de empezar lo otro.</p>",
                        ),
                        (
                            "case_study",
                            {
                                "title": "Formación profesional en una residencia de mayores",
                                "country": "HR",
                                "institution": "Una residencia de personas mayores de Zagreb, con un centro de formación profesional",
                                "practice": "<p>En Zagreb, una residencia de personas mayores participó en un programa de formación profesional que preparaba a personas migrantes y beneficiarias de protección internacional para trabajar como auxiliares de cuidados. Los participantes combinaban la formación en el aula con prácticas supervisadas en las plantas. En paralelo se enseñaba croata, con el vocabulario que realmente utilizan residentes y compañeros, y personal con experiencia actuaba como tutor.</p>",
                                "outcome": "<p>Los participantes adquirieron experiencia práctica y una cualificación útil en un sector que busca personal, mientras que la residencia conoció a futuros compañeros motivados. Los organizadores observaron que hay que reservar tiempo en la agenda de los tutores y que las empresas necesitan apoyo con los trámites de contratación.</p>",
                            },
                        ),
                        (
                            "video",
                            {
                                "title": "Trabajar con las empresas en itinerarios profesionales",
                                "url": "https://videos.example.org/relais/vocational-pathways",
                                "duration": "5 min",
                                "transcript": "<p><strong>Entrevistadora:</strong> ¿Por qué su oficina empezó a trabajar directamente con las empresas?</p><p><strong>Responsable de un servicio público de empleo:</strong> Porque nuestros cursos estaban llenos y nuestros resultados eran pobres. La gente terminaba un curso de formación y seguía sin encontrar trabajo. Las empresas nos decían que tenían vacantes, pero que a los candidatos les faltaba práctica y el idioma del puesto.</p><p><strong>Entrevistadora:</strong> ¿Qué cambiaron?</p><p><strong>Responsable:</strong> Ahora diseñamos los programas con una empresa desde el principio. La empresa ofrece plazas de prácticas y tutores; nosotros pagamos la formación y al docente de idioma, que visita el lugar de trabajo para aprender su vocabulario. Los participantes reciben una pequeña ayuda económica, para que no tengan que elegir entre formarse y ganarse la vida.</p><p><strong>Entrevistadora:</strong> ¿Qué resultó difícil?</p><p><strong>Responsable:</strong> La tutoría. El buen personal está muy ocupado, y la tutoría se sumó a su trabajo sin tiempo adicional. En la siguiente edición, la empresa aceptó reducirles otras tareas. Son esos pequeños detalles los que deciden si un programa funciona.</p>",
                            },
                        ),
                        ("heading", {"text": "Evaluar las competencias pronto", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>La evaluación de competencias no tiene por qué esperar a un procedimiento completo de reconocimiento. Pruebas prácticas breves, entrevistas y herramientas de autoevaluación pueden mostrar lo que una persona ya sabe y orientarla hacia el curso o la empresa adecuados. En Austria, el servicio público de empleo ha utilizado evaluaciones de competencias para personas refugiadas reconocidas, que combinan información sobre el mercado laboral con una valoración de la formación y la experiencia profesional de cada participante.</p>",
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": "Una empresa ofrece plazas de prácticas a personas refugiadas que se forman como auxiliares de cuidados. ¿Qué hace más probable que esta colaboración tenga éxito?",
                                "kind": "single",
                                "options": [
                                    {
                                        "text": "Los tutores tienen tiempo reservado para la tutoría y el aprendizaje del idioma está vinculado al lugar de trabajo.",
                                        "is_correct": True,
                                        "feedback": "Correcto. Un tiempo de tutoría protegido y un idioma ligado al puesto convierten las prácticas en aprendizaje real.",
                                    },
                                    {
                                        "text": "Los participantes terminan primero un curso completo de idioma y después empiezan la formación profesional.",
                                        "is_correct": False,
                                        "feedback": "Una secuencia estricta retrasa el empleo meses o años; combinar idioma y formación profesional suele ser más rápido.",
                                    },
                                    {
                                        "text": "La tutoría se añade a las tareas del personal sin ningún otro cambio.",
                                        "is_correct": False,
                                        "feedback": "Unos tutores sobrecargados no pueden prestar a los participantes la atención que necesitan; hay que planificar tiempo para la tutoría.",
                                    },
                                ],
                            },
                        ),
                        (
                            "key_takeaway",
                            {
                                "text": "<p>Combine <strong>destrezas del oficio, idioma del puesto y prácticas en una empresa</strong> en lugar de pedir a las personas que los completen uno tras otro.</p>"
                            },
                        ),
                    ],
                },
                "designing-and-reviewing-a-strategy": {
                    "title": "Diseñar y revisar una estrategia de integración",
                    "body": [
                        ("heading", {"text": "De los principios a la estrategia", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Las lecciones anteriores examinaron partes del itinerario. Esta lección las une. Una estrategia de integración viable suele incluir:</p><ol><li>Un breve análisis de a quién se dirige la estrategia y a qué dificultades se enfrenta, basado en datos y en consultas con personas migrantes.</li><li>Un número limitado de objetivos, cada uno vinculado a una etapa del itinerario.</li><li>Medidas con una institución responsable, un presupuesto y un calendario.</li><li>Indicadores, una línea de base y un plan para recoger y debatir los resultados.</li><li>Un mecanismo de coordinación y una fecha de revisión.</li></ol><p>Las estrategias también necesitan margen para adaptarse. Los países que afrontaron llegadas repentinas, entre ellos Lituania en 2021 y 2022, comprobaron que sus planes de acogida e integración debían ampliarse con rapidez. Las estrategias que ya preveían medidas de contingencia, como capacidad de reserva y contratación rápida de intérpretes, se adaptaron con más facilidad.</p>",
                        ),
                        ("heading", {"text": "Medir lo que importa", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Muchas estrategias informan sobre actividades: el número de cursos impartidos o de participantes inscritos. Estas cifras son fáciles de recoger, pero dicen poco sobre si la situación de las personas ha mejorado. Añada indicadores de resultados, por ejemplo, el porcentaje de participantes que alcanzan un determinado nivel de idioma, que trabajan o se forman un año después, o que viven en una vivienda estable. Compleméntelos con información cualitativa procedente de entrevistas y grupos focales, que explica por qué cambian las cifras.</p>",
                        ),
                        (
                            "case_study",
                            {
                                "title": "Acogida e integración gestionadas por los municipios",
                                "country": "IT",
                                "institution": "Municipios italianos del sistema nacional de acogida e integración, con socios de la sociedad civil",
                                "practice": "<p>En Italia, los municipios pueden adherirse a un sistema nacional de proyectos de acogida e integración. Gestionan, junto con socios de la sociedad civil, proyectos de pequeña escala financiados con recursos nacionales que combinan alojamiento con cursos de idioma, asesoramiento jurídico, orientación sobre los servicios locales y apoyo para acceder al empleo.</p>",
                                "outcome": "<p>Los proyectos pequeños y de gestión local facilitan el contacto con escuelas, empresas y vecinos. Como la participación de los municipios es voluntaria, la cobertura varía de un territorio a otro, algo que cualquier estrategia nacional debe tener en cuenta.</p>",
                            },
                        ),
                        (
                            "knowledge_check",
                            {
                                "question": "¿Cuáles de estos son indicadores de resultados y no de actividad? Seleccione todas las respuestas correctas.",
                                "kind": "multiple",
                                "options": [
                                    {
                                        "text": "Porcentaje de participantes que trabajan o se forman doce meses después del programa.",
                                        "is_correct": True,
                                        "feedback": "Sí. Mide un cambio en la situación de las personas, no solo lo que hizo el programa.",
                                    },
                                    {
                                        "text": "Número de cursos de idioma organizados este año.",
                                        "is_correct": False,
                                        "feedback": "Cuenta una actividad. Es útil para la gestión, pero no dice nada sobre los resultados.",
                                    },
                                    {
                                        "text": "Porcentaje de participantes que alcanzan el nivel de idioma previsto.",
                                        "is_correct": True,
                                        "feedback": "Sí. Muestra si el aprendizaje se produjo realmente.",
                                    },
                                    {
                                        "text": "Número de folletos impresos.",
                                        "is_correct": False,
                                        "feedback": "Es una actividad, y poco significativa: no muestra si alguien leyó o usó los folletos.",
                                    },
                                ],
                            },
                        ),
                        (
                            "key_takeaway",
                            {
                                "text": "<p>Una estrategia vale lo que vale su <strong>revisión</strong>: fije indicadores de resultados y una fecha para debatirlos con quienes prestan y utilizan los servicios.</p>"
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": "Vuelva a las notas que tomó en la primera lección. Redacte un objetivo, dos medidas y dos indicadores de resultados que cerrarían la brecha que identificó.",
                                "guidance": "<ul><li>Indique la institución responsable de cada medida.</li><li>Compruebe que cada indicador se puede recoger realmente, y quién lo hará.</li><li>Pregúntese cómo podrían participar las personas migrantes en la revisión de los resultados.</li></ul>",
                            },
                        ),
                    ],
                },
                "final-assessment": {
                    "title": "Evaluación final",
                    "intro": "<p>Siete preguntas sobre todo el curso. Necesita un 70 % para aprobar y dispone de tres intentos. Las explicaciones se muestran cuando haya aprobado o agotado todos sus intentos.</p>",
                    "questions": [
                        {
                            "question": "¿Qué significa describir la integración como un proceso bidireccional?",
                            "kind": "single",
                            "points": 1,
                            "explanation": "La integración pide esfuerzo a las personas recién llegadas y también a la sociedad de acogida y sus instituciones, que se adaptan para que ese esfuerzo pueda dar resultado.",
                            "options": [
                                {
                                    "text": "Tanto las personas recién llegadas como la sociedad de acogida se adaptan, y las instituciones hacen posible que el esfuerzo dé fruto.",
                                    "is_correct": True,
                                },
                                {
                                    "text": "Primero se integran las personas migrantes y después reacciona la sociedad de acogida.",
                                    "is_correct": False,
                                },
                                {
                                    "text": "La integración la gestionan conjuntamente dos ministerios.",
                                    "is_correct": False,
                                },
                            ],
                        },
                        {
                            "question": "¿Cuáles son principios de una estrategia de integración integral? Seleccione todas las respuestas correctas.",
                            "kind": "multiple",
                            "points": 2,
                            "explanation": "Empezar pronto, integrar en los servicios generales, trabajar entre niveles de gobierno y contar con las personas migrantes son los cuatro principios tratados en la primera lección.",
                            "options": [
                                {
                                    "text": "Comenzar la orientación y el aprendizaje del idioma durante la acogida.",
                                    "is_correct": True,
                                },
                                {
                                    "text": "Crear servicios separados para las personas migrantes siempre que sea posible.",
                                    "is_correct": False,
                                },
                                {
                                    "text": "Implicar a los municipios, las empresas y la sociedad civil.",
                                    "is_correct": True,
                                },
                                {
                                    "text": "Implicar a las personas migrantes en el diseño y la revisión de las medidas.",
                                    "is_correct": True,
                                },
                            ],
                        },
                        {
                            "question": "En Barcelona, ¿por qué es tan importante el empadronamiento de las personas recién llegadas?",
                            "kind": "single",
                            "points": 1,
                            "explanation": "El empadronamiento abre el acceso a otros servicios municipales; por eso un servicio de acogida ayuda a las personas a dar este paso pronto.",
                            "options": [
                                {
                                    "text": "Resuelve la solicitud de asilo de la persona.",
                                    "is_correct": False,
                                },
                                {"text": "Abre el acceso a otros servicios municipales.", "is_correct": True},
                                {
                                    "text": "Sustituye la necesidad de hacer cursos de idioma.",
                                    "is_correct": False,
                                },
                            ],
                        },
                        {
                            "question": "¿Cuál es la idea principal del proyecto estonio de amigos de idioma?",
                            "kind": "single",
                            "points": 1,
                            "explanation": "El proyecto forma parejas entre quienes aprenden y voluntarios cuya lengua materna es el estonio, para practicar en situaciones cotidianas y crear contacto con los residentes.",
                            "options": [
                                {
                                    "text": "Sustituir los cursos formales por el autoaprendizaje en línea.",
                                    "is_correct": False,
                                },
                                {
                                    "text": "Formar parejas entre quienes aprenden y voluntarios locales para practicar en el día a día.",
                                    "is_correct": True,
                                },
                                {
                                    "text": "Evaluar el nivel de idioma de las personas recién llegadas antes de concederles el permiso de residencia.",
                                    "is_correct": False,
                                },
                            ],
                        },
                        {
                            "question": "¿Qué elementos combinaba el programa de formación profesional de una residencia de mayores de Zagreb? Seleccione todas las respuestas correctas.",
                            "kind": "multiple",
                            "points": 2,
                            "explanation": "Los participantes aprendían en el aula y en las plantas, con clases de croata en paralelo y personal con experiencia como tutor.",
                            "options": [
                                {"text": "Prácticas supervisadas en la residencia.", "is_correct": True},
                                {"text": "Croata con el vocabulario del oficio.", "is_correct": True},
                                {"text": "Tutoría a cargo de personal con experiencia.", "is_correct": True},
                                {
                                    "text": "Un examen de idioma como requisito para empezar el programa.",
                                    "is_correct": False,
                                },
                            ],
                        },
                        {
                            "question": "¿Qué herramienta convierte mejor un catálogo de medidas ministeriales en una estrategia?",
                            "kind": "single",
                            "points": 1,
                            "explanation": "Los objetivos y los indicadores de resultados compartidos obligan a cada ministerio a informar sobre los mismos resultados, lo que vincula las medidas entre sí.",
                            "options": [
                                {
                                    "text": "Objetivos e indicadores compartidos sobre los que informan todos los ministerios.",
                                    "is_correct": True,
                                },
                                {
                                    "text": "Una lista más larga de actividades de cada ministerio.",
                                    "is_correct": False,
                                },
                                {
                                    "text": "Financiación anual decidida por separado por cada ministerio.",
                                    "is_correct": False,
                                },
                            ],
                        },
                        {
                            "question": "¿Cuál de estos es un indicador de resultados?",
                            "kind": "single",
                            "points": 1,
                            "explanation": "Los indicadores de resultados miden un cambio en la situación de las personas; el número de sesiones o de folletos mide actividades.",
                            "options": [
                                {
                                    "text": "Número de sesiones de orientación impartidas.",
                                    "is_correct": False,
                                },
                                {
                                    "text": "Porcentaje de participantes que viven en una vivienda estable un año después de su llegada.",
                                    "is_correct": True,
                                },
                                {
                                    "text": "Número de personas del servicio de acogida que han recibido formación.",
                                    "is_correct": False,
                                },
                            ],
                        },
                    ],
                },
            },
        },
    },
}
