## Method: Employers in curriculum planning

curriculum-title = Employers in curriculum planning
    .summary = Employers help plan what and how students learn, so that training meets the needs of working life.

curriculum-intro =
    National qualifications and framework curricula leave room for local decisions: which optional units to offer, in what order, with which examples and tasks, and how much to learn at work. How large that room is differs from country to country. When { -employers } help to use it, training follows the real needs of working life more closely.

    This method brings teachers and people from workplaces together to plan a module, a programme or local content. It takes time and trust, so it suits partners who already know each other.

## local note curriculum-local-room: which part of a vocational curriculum is decided nationally and which locally in your country, and who approves local changes. For example de: the framework curriculum (Rahmenlehrplan) sets the learning fields, the school turns them into lessons; fi: national qualification requirements, the VET provider chooses optional units and plans how they are taught; nl: the qualification file (kwalificatiedossier) and the school's choice of elective units (keuzedelen); sv: national subject plans; is: the national curriculum guide and the school's own study lines.

curriculum-example =
    A vocational school for care occupations in Kassel and four care providers were worried that newly qualified staff were weak at digital care records and at talking with relatives. The school invited care managers and experienced nurses to plan the local content of two units with the teachers.

    The first meeting produced a wish list that would have filled a whole year: the care managers had not known that the framework curriculum fixes most of the content and the hours. At the second meeting the teachers showed where the framework left room, and the group chose the two topics and wrote case-based tasks for them. At the third they agreed which tasks students would do during their periods at work.

    The talks with relatives worked: mentors reported students who stayed calmer in difficult conversations. The records part did not, because the school's training software differed from the systems the four providers use, and the group has not yet found a way round that.
    .title = Piloted in social and health care, Germany

curriculum-prep-vet-provider =
    1. Find out exactly which part of the curriculum is open to local decisions, and how many hours it has.
    2. Invite { -employers } with a one-page summary of those limits and the meeting dates.
    3. Bring evidence to the first meeting: feedback from graduates, mentors' comments from placements, assessment results.

curriculum-prep-employer =
    1. Send people who know the daily work and where the trade is heading, and the same people each time.
    2. Collect two or three real situations in which new staff struggled.

curriculum-prep-student =
    1. Tell your teacher which parts of the training helped you at work and which did not.
    2. Volunteer to speak for students at one of the meetings.

curriculum-do-vet-provider =
    1. Start from the work situations, then sort them into units or learning fields.
    2. Write the new goals, tasks and assessment, and send the draft for comment with a deadline.
    3. Tell everyone which suggestions were used, which were not, and why.

curriculum-do-employer =
    1. Describe each situation concretely: who was involved, what went wrong, what a skilled worker would have done.
    2. Check whether the tasks in the draft match real work.
    3. Offer tasks, materials or placements that support the new content.

curriculum-do-student =
    1. Say whether the new tasks make sense to someone learning them.
    2. Tell other students what is changing and why.

curriculum-follow-up =
    When the new content has run once, meet again with student feedback, assessment results and the mentors' view of students at work. Change what did not work, and set the date of the next review at the same meeting.

curriculum-tips =
    Explain the national rules at the first meeting, before anyone plans what cannot be done. And do not ask for advice you will not use: employers who see nothing change stop coming.
    .title = Tips and pitfalls

curriculum-check-vet-provider-define-scope = Find out which part of the curriculum is open locally.
curriculum-check-vet-provider-invite-employers = Send employers a one-page summary of the limits.
curriculum-check-vet-provider-collect-data = Bring graduate and placement feedback to meeting one.
curriculum-check-vet-provider-lead-meetings = Start each meeting from real work situations.
curriculum-check-vet-provider-draft-content = Send the draft with a deadline for comments.
curriculum-check-vet-provider-show-changes = Tell everyone which suggestions were used, and why.

curriculum-check-employer-choose-people = Send the same people to every meeting.
curriculum-check-employer-collect-examples = Bring situations where new staff struggled.
curriculum-check-employer-set-time = Put all the meeting dates in the calendar now.
curriculum-check-employer-comment-drafts = Check that the draft tasks match real work.
curriculum-check-employer-offer-tasks = Offer tasks or materials for the new content.

curriculum-check-student-give-feedback = Tell your teacher what helped you at work.
curriculum-check-student-volunteer = Volunteer to speak for students at a meeting.
curriculum-check-student-comment = Say whether the new tasks make sense to you.
curriculum-check-student-think-needs = List what you still need to start work confidently.
curriculum-check-student-share-plans = Tell other students what is changing.
