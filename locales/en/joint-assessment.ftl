## Method: Joint assessment and skills demonstrations

joint-assessment-title = Joint assessment and skills demonstrations
    .summary = Teachers and work mentors assess students together, using shared criteria and real work tasks.

joint-assessment-intro =
    In a skills demonstration a student shows, through real work, that they have reached the learning goals of a unit. When a teacher and a { -work-mentor } assess together, the result is fairer and more meaningful: the mentor knows what the work demands, and the teacher knows the qualification and its criteria.

    Joint assessment needs preparation. Both assessors must understand the criteria in the same way, agree in advance what counts as good enough, and know how to give feedback that the student can use.

joint-assessment-example =
    A vocational school in Bremen and three metalworking firms found that teachers and company trainers often judged students' work differently. Together they planned joint skills demonstrations for second-year students in metal technology.

    First, teachers and trainers met for an afternoon and graded the same three sample workpieces separately, then compared their marks and discussed every difference. From that discussion they wrote a shared assessment sheet with clear descriptions for each grade. Each student then made a welded bracket from a technical drawing at the company, checked its quality and explained their choices. A teacher and a trainer assessed together and gave feedback on the spot.

    Disagreements about grades almost disappeared, and students said the feedback was more useful because it came from both sides. The firms now use the assessment sheet in their own internal training.
    .title = Piloted in technical trades, Germany

joint-assessment-prep-vet-provider =
    1. Choose the unit and the learning goals to be demonstrated.
    2. Prepare the assessment criteria with the { -employer }, with examples of each level.
    3. Hold a short calibration meeting where assessors grade the same sample work.
    4. Agree the date, the task and the roles of each assessor.

joint-assessment-prep-employer =
    1. Choose a mentor to assess and give them time to prepare.
    2. Plan a real work task that covers the learning goals.
    3. Make sure materials, tools and a safe work area are ready.

joint-assessment-prep-student =
    1. Read the criteria and ask what each one means in practice.
    2. Practise the tasks and assess yourself against the criteria.
    3. Prepare to explain your choices and your way of working.

joint-assessment-do-vet-provider =
    1. Observe the demonstration and take notes against the criteria.
    2. Discuss the assessment with the mentor before giving feedback.
    3. Record the result and the reasons for it.

joint-assessment-do-employer =
    1. Explain the task and the conditions to the student.
    2. Observe and assess the work with the teacher.
    3. Give concrete feedback from the workplace's point of view.

joint-assessment-do-student =
    1. Plan your work before you start, and work safely.
    2. Explain what you are doing and why when asked.
    3. Listen to the feedback and note what to improve.

joint-assessment-follow-up =
    After the demonstrations, the assessors review together: were the criteria clear, did they judge the same way, and did the task show what it was meant to show? Adjust the criteria and the task for the next round.

    Give students a written summary of their feedback, and ask them whether the assessment felt fair. Share the improved criteria with all mentors who assess.

joint-assessment-tips =
    - Calibrate with sample work before every new group of assessors.
    - Criteria written in plain language help students and mentors alike.
    - Do not let the teacher's or the mentor's view dominate. Discuss until you agree.
    - Keep the task real, but make sure it covers all the goals to be assessed.
    .title = Tips and pitfalls

joint-assessment-check-vet-provider-choose-unit = Choose the unit and goals to demonstrate.
joint-assessment-check-vet-provider-prepare-criteria = Prepare shared criteria with examples.
joint-assessment-check-vet-provider-calibrate = Hold a calibration meeting with sample work.
joint-assessment-check-vet-provider-agree-roles = Agree the date, task and roles.
joint-assessment-check-vet-provider-record-result = Record the result and the reasons.
joint-assessment-check-vet-provider-review-criteria = Review the criteria after each round.

joint-assessment-check-employer-choose-assessor = Choose a mentor to assess.
joint-assessment-check-employer-plan-task = Plan a real task that covers the goals.
joint-assessment-check-employer-prepare-area = Prepare tools, materials and a safe area.
joint-assessment-check-employer-assess-together = Assess together with the teacher.
joint-assessment-check-employer-give-feedback = Give concrete feedback.

joint-assessment-check-student-read-criteria = Read the criteria and ask about them.
joint-assessment-check-student-practise = Practise and assess yourself.
joint-assessment-check-student-plan-work = Plan your work before you start.
joint-assessment-check-student-explain = Be ready to explain your choices.
joint-assessment-check-student-note-feedback = Note what to improve.
