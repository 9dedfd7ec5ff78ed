## Method: Workplace visit

workplace-visit-title = Workplace visit
    .summary = A group of students spends a day at a workplace with a guide.

workplace-visit-intro =
    A workplace visit is the easiest way to begin working together. Students see real work and ask the people who do it, and the employer meets possible future staff at little cost.

workplace-visit-tip =
    Give every student one question to answer by the end of the day. Students who look for something see more.
    .title = Questions make a visit

workplace-visit-prep-vet-provider =
    1. Agree on the date, the group size and what students may see and do.
    2. Tell students what to wear and how to get there.

workplace-visit-prep-employer =
    1. Choose a guide and plan a route that shows typical work.
    2. Prepare a short safety briefing.

workplace-visit-prep-student =
    1. Find out what the workplace makes or does.
    2. Write down one question to ask.

workplace-visit-check-vet-provider-agree-date = Agree on the date and the group size with the employer.
workplace-visit-check-vet-provider-brief-students = Brief the students on clothing, travel and safety.
workplace-visit-check-vet-provider-debrief = Hold a short debrief within a week.
workplace-visit-check-employer-choose-guide = Choose a guide for the day.
workplace-visit-check-employer-safety = Give the safety briefing first.
workplace-visit-check-employer-show-work = Show ordinary work and explain it.
workplace-visit-check-student-questions = Ask your question during the visit.
workplace-visit-check-student-clothing = Wear what the workplace asks for.
workplace-visit-check-student-thank = Thank your guide.
