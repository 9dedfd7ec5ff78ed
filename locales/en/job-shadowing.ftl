## Method: Study visits and job shadowing

job-shadowing-title = Study visits and job shadowing
    .summary = Students visit workplaces and follow a professional for a day or two.

job-shadowing-intro =
    A study visit takes a group of students to a workplace for a few hours. Job shadowing goes one step further: a student follows one professional through their working day, watching, asking and helping where it is safe to do so.

    Both are light ways to begin. Students get a realistic picture of the trade and can choose their specialisation or placement with more confidence. The { -employer } meets possible future staff at little cost, and the { -vet-provider } learns what the workplace really does today.

job-shadowing-example =
    A VET school in Selfoss wanted first-year students in the building trades to understand the different jobs on a construction site before choosing between carpentry, plumbing and electrical work. A local building contractor agreed to pilot a two-step programme.

    First, groups of six students visited a house under construction, guided by the site manager, who explained how the trades depend on each other. A month later each student spent two days shadowing a carpenter, a plumber or an electrician of their choice. Students prepared questions at school, wore full safety gear and kept a short diary. Back at school each student gave a five-minute talk about the job they had followed.

    Teachers noticed that students chose their specialisation more confidently, and fewer changed programme in the second year. The contractor received three applications for summer jobs from the group.
    .title = Piloted in technical trades, Iceland

job-shadowing-prep-vet-provider =
    1. Agree with the { -employer } the date, group size and what students may see and do.
    2. Arrange transport, insurance and any safety gear.
    3. Help students prepare questions and an observation task.

job-shadowing-prep-employer =
    1. Choose a guide for the visit and professionals willing to be shadowed.
    2. Plan a route or a working day that shows typical tasks safely.
    3. Prepare a short safety briefing and tell staff that visitors are coming.

job-shadowing-prep-student =
    1. Find out about the workplace and the job you will follow.
    2. Prepare at least three questions.
    3. Check what to wear, when to arrive and how to get there.

job-shadowing-do-vet-provider =
    1. Accompany the group on the study visit.
    2. Stay reachable by phone during the shadowing days.
    3. Remind students of their observation task.

job-shadowing-do-employer =
    1. Start with the safety briefing and a short welcome.
    2. Explain what you are doing and why while you work.
    3. Let the student try simple, safe tasks where possible.

job-shadowing-do-student =
    1. Follow the safety rules and stay with your guide.
    2. Watch, ask your questions and write short notes.
    3. Thank the people you met before you leave.

job-shadowing-follow-up =
    Back at school, let students share what they saw, for example in short talks or a poster, and link it to their studies and career choices. Send the workplace a thank-you and a summary of the students' impressions.

    Ask the guide and the professionals what worked and what they would change. A visit that went well is a natural step towards guest lessons or placements with the same workplace.

job-shadowing-tips =
    - A clear observation task keeps students focused.
    - Small groups see more and disturb less.
    - Check safety rules and age limits in good time.
    - Shadowing days should show ordinary work, not a show prepared for visitors.
    .title = Tips and pitfalls

job-shadowing-check-vet-provider-agree-visit = Agree date, group size and what students may do.
job-shadowing-check-vet-provider-arrange-transport = Arrange transport, insurance and safety gear.
job-shadowing-check-vet-provider-observation-task = Give students an observation task.
job-shadowing-check-vet-provider-debrief = Hold a debrief at school.
job-shadowing-check-vet-provider-thank = Send the workplace a thank-you and summary.

job-shadowing-check-employer-choose-guide = Choose a guide and people to be shadowed.
job-shadowing-check-employer-plan-route = Plan a safe route or working day.
job-shadowing-check-employer-safety-briefing = Prepare a short safety briefing.
job-shadowing-check-employer-inform-staff = Tell staff that visitors are coming.
job-shadowing-check-employer-explain-work = Explain the work as you do it.

job-shadowing-check-student-research = Find out about the workplace and the job.
job-shadowing-check-student-prepare-questions = Prepare at least three questions.
job-shadowing-check-student-check-clothing = Check clothing, time and travel.
job-shadowing-check-student-take-notes = Take notes during the day.
job-shadowing-check-student-share = Share what you saw back at school.
