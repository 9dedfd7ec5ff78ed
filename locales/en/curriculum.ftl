## Method: Employers in curriculum planning

curriculum-title = Employers in curriculum planning
    .summary = Employers help plan what and how students learn, so that training meets the needs of working life.

curriculum-intro =
    National qualifications leave room for local decisions: which optional units to offer, how to order them, what examples and tasks to use and how much to learn at work. When { -employers } take part in these decisions, training follows the real needs of working life more closely.

    This method brings teachers and people from workplaces together to plan a module, a programme or a local curriculum. It takes time and trust, so it suits partners who already know each other. The reward is training that both sides own.

curriculum-example =
    A vocational school for care occupations in Kassel and four care providers were concerned that newly qualified staff were weak at digital care documentation and at talking with relatives. The school invited care managers and experienced nurses to plan the local content of two learning fields with the teachers.

    Over one term the group met three times. In the first meeting the care providers described everyday situations where new staff struggled. In the second, teachers and nurses sorted these into the learning fields and wrote new case-based tasks. In the third, they agreed which tasks students would carry out during their periods at work, and how to assess them.

    The new content ran the following year. Care managers reported that students arrived better prepared, and the school now holds a planning meeting with employers every spring.
    .title = Piloted in social and health care, Germany

curriculum-prep-vet-provider =
    1. Decide which part of the curriculum is open to local planning.
    2. Invite { -employers } and explain the framework, the rules and the timetable.
    3. Collect data that helps the discussion, such as feedback from graduates and placements.

curriculum-prep-employer =
    1. Choose people who know both the daily work and where the trade is heading.
    2. Collect examples of skills that new staff lack or will soon need.
    3. Set aside time for the planning meetings.

curriculum-prep-student =
    1. Give feedback on the current modules and your periods at work.
    2. Volunteer to represent students in a planning meeting.
    3. Think about what you would need to learn to start work confidently.

curriculum-do-vet-provider =
    1. Lead the meetings and keep the framework in view.
    2. Turn the ideas into learning goals, tasks and assessment.
    3. Send drafts to everyone for comment.

curriculum-do-employer =
    1. Describe real situations from work and the skills they require.
    2. Comment on the drafts in plain words.
    3. Offer tasks, materials or periods at work that support the new content.

curriculum-do-student =
    1. Tell the group how students experience the training.
    2. Comment on whether the new tasks make sense to you.
    3. Share the plans with other students.

curriculum-follow-up =
    When the new content has run once, meet again to look at results: student feedback, assessment results and employers' experiences with students at work. Adjust what did not work.

    Make it a habit, for example a yearly planning meeting, so that the curriculum keeps up with working life.

curriculum-tips =
    - Explain the national rules early so that nobody plans what cannot be done.
    - Use concrete work situations as the starting point, not lists of subjects.
    - Do not ask for input and then ignore it; show what changed.
    - Include students' voices.
    .title = Tips and pitfalls

curriculum-check-vet-provider-define-scope = Define what is open to local planning.
curriculum-check-vet-provider-invite-employers = Invite employers and explain the framework.
curriculum-check-vet-provider-collect-data = Collect feedback from graduates and placements.
curriculum-check-vet-provider-lead-meetings = Lead the meetings.
curriculum-check-vet-provider-draft-content = Turn ideas into goals, tasks and assessment.
curriculum-check-vet-provider-show-changes = Show everyone what changed.

curriculum-check-employer-choose-people = Choose people who know the work and its future.
curriculum-check-employer-collect-examples = Collect examples of missing skills.
curriculum-check-employer-set-time = Set aside time for the meetings.
curriculum-check-employer-comment-drafts = Comment on the drafts.
curriculum-check-employer-offer-tasks = Offer tasks or materials for the new content.

curriculum-check-student-give-feedback = Give feedback on the current training.
curriculum-check-student-volunteer = Volunteer to represent students.
curriculum-check-student-comment = Comment on the new tasks.
curriculum-check-student-share-plans = Share the plans with other students.
curriculum-check-student-think-needs = Think about what you need to learn.
