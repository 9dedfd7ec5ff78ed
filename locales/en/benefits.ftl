## Chapter 15: Benefits and evaluation

benefits-title = Benefits and evaluation
    .summary = What collaboration brings, and how to look back on it around four focus points.

benefits-intro =
    Collaboration between { -vet-providers } and { -employers } takes time, and people will rightly ask what it brings. The partners of { -brand } saw benefits for all three groups. Students learned with real tasks and current equipment, grew more confident and found first jobs more easily. Employers got to know future staff, shaped training to their needs and saw their own staff grow as mentors. Schools kept their teaching up to date, found better placements and raised the quality of their training.

    To see these benefits in your own partnership, evaluate it regularly. We suggest four focus points: commitment, cooperation, collaboration and celebration. Each section below explains one focus point and offers questions that both partners can answer, for example once a year at a joint meeting. Answer separately first and then compare: the differences tell you the most.

benefits-commitment =
    Commitment means that collaboration is not left to a few enthusiasts. Senior managers on both sides support it openly, give it time and money, and ask about the results. The collaboration is written into strategies, action plans and job descriptions, so it carries on when people change jobs.

    Questions for evaluation:

    - Do senior managers in both organisations know about our collaboration and support it?
    - Is the collaboration part of our strategies and yearly plans?
    - Do teachers and mentors have time for this work in their work plans?
    - Would the collaboration continue if our main contact person left?
    - Is it clear who pays for what, and does each side find that fair?
    .title = Commitment

benefits-cooperation =
    Cooperation is about how the partners deal with each other from day to day. It rests on open and transparent communication, on each side knowing what the other can and cannot offer, and on an arrangement in which both sides win. It also needs readiness: the workplace has a mentor and suitable tasks ready when a student arrives, and the school answers quickly when a problem comes up.

    Questions for evaluation:

    - Do we know whom to contact, and do we get answers in reasonable time?
    - Do both partners feel that they gain something from the collaboration?
    - Are students, mentors and teachers well prepared before each period of learning at work?
    - Can we raise problems openly and solve them together?
    .title = Cooperation

benefits-collaboration =
    Collaboration goes deeper than cooperation. The partners plan and develop training together. The curriculum is negotiated and adapted so that it fits both the qualification and the workplace, and learning goals, assessment criteria and key terms mean the same thing to everyone involved.

    Questions for evaluation:

    - Has the workplace had a say in what and how students learn?
    - Do teachers, mentors and students understand the learning goals in the same way?
    - Do we assess students together, using shared criteria?
    - Have we changed our teaching or our working routines because of what we learned from each other?
    .title = Collaboration

benefits-celebration =
    Celebration is easy to forget, yet it keeps people motivated. Recognise the work of mentors, teachers and students, and share your successes inside both organisations and beyond: in newsletters, on social media, at graduation or at a local business event. A thank-you note to a mentor, a certificate, or a short story about a student who found a job all show that the effort was worth it.

    Questions for evaluation:

    - How have we recognised the people who made the collaboration work?
    - Have we shared our results with colleagues, managers and the local community?
    - Which success from this year would we like to tell others about?
    .title = Celebration

benefits-evaluation =
    Keep evaluation light enough that you actually do it: a short joint meeting once a year, with the questions above and a few figures, is often enough. Useful figures include the number of students who learned at the workplace, the number of trained mentors, feedback from students and mentors, completion rates, how many students found work afterwards, and what the collaboration cost each side in staff time and money.

    Write down three things that went well and three things to improve, and agree who does what before the next meeting. Then go back to the self-evaluation in the chapter on getting started. You may find that your partnership has reached the next level and is ready for new methods.
    .title = Make evaluation a habit
