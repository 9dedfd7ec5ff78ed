## Method: On-the-job learning periods

placement-title = On-the-job learning periods
    .summary = Students spend a planned period at a workplace, learning through real tasks with agreed goals.

placement-intro =
    A period of learning at a workplace is the most common form of collaboration in vocational training. Done well, it is far more than extra hands for the busy season: the student learns real tasks in a planned order, with a { -work-mentor } who knows the learning goals and a teacher who keeps in touch.

    The key tool is a three-way learning agreement between the { -student }, the school and the workplace. It turns a general qualification into tasks that exist at this particular workplace, and it makes clear who does what before, during and after the period.

placement-example =
    A VET school for agriculture and food in Friesland sent students to dairy farms around Leeuwarden every spring, but students complained that they spent ten weeks doing little except milking. The school and six farmers met on one of the farms to look at the qualification together.

    For each farm they mapped which learning goals could be reached there: herd health, feeding, machinery, records and milking. The result was a learning agreement with a week-by-week task plan. Teachers visited each student twice, once in week two and once in week seven, and timed their visits so that they could see the student at work.

    Students rated the new placements much higher, and farmers found students more useful because they knew what to learn next. One farmer offered his student a job after graduation.
    .title = Piloted in agriculture, the Netherlands

placement-prep-vet-provider =
    1. Agree the dates and the number of students with the { -employer } well in advance.
    2. Draft the learning agreement: goals, tasks, working hours, contacts and assessment.
    3. Check insurance, health and safety rules and any legal age limits.
    4. Prepare the student, including how to behave at work and whom to call if things go wrong.

placement-prep-employer =
    1. Name a { -work-mentor } and give them time for the student.
    2. Go through the learning agreement and mark which tasks the workplace can offer, and when.
    3. Prepare work clothes, access, a locker and a safety induction.

placement-prep-student =
    1. Read and sign the learning agreement, and ask about anything unclear.
    2. Contact the workplace before you start to introduce yourself.
    3. Check your travel, working hours and what to wear.

placement-do-vet-provider =
    1. Visit or call the workplace early in the period, and again before the end.
    2. Help the student link the tasks to the learning goals, for example through a learning log.
    3. Act quickly if the student or the mentor reports a problem.

placement-do-employer =
    1. Start with an induction: people, rules, safety and the first tasks.
    2. Give tasks in the order agreed, making them harder as the student learns.
    3. Give short feedback every day and a longer review every week.

placement-do-student =
    1. Arrive on time, follow the rules and ask when you are unsure.
    2. Keep a learning log and share it with your mentor and teacher.
    3. Tell your teacher early if the tasks do not match the agreement.

placement-follow-up =
    End the period with a three-way meeting in which the student, the mentor and the teacher look back on the learning goals and agree the assessment. Ask the student and the mentor for feedback on the placement itself, not only on the student.

    Note which tasks worked, what was missing and whether the timing suited the workplace, and update the task plan before the next student arrives.

placement-tips =
    - A short learning agreement that everyone has read beats a long one that nobody reads.
    - Visit when the student is actually working, not only when the manager is free.
    - Agree in advance what happens if the placement does not work out.
    - Do not let the student become cheap labour for tasks with no learning value.
    .title = Tips and pitfalls

placement-check-vet-provider-agree-dates = Agree dates and numbers well in advance.
placement-check-vet-provider-draft-agreement = Draft the three-way learning agreement.
placement-check-vet-provider-check-insurance = Check insurance and safety rules.
placement-check-vet-provider-visit = Visit the student at work at least twice.
placement-check-vet-provider-end-meeting = Hold a three-way meeting at the end.
placement-check-vet-provider-update-plan = Update the task plan for the next student.

placement-check-employer-name-mentor = Name a work mentor and give them time.
placement-check-employer-mark-tasks = Mark the tasks the workplace can offer.
placement-check-employer-induction = Prepare the induction and the safety briefing.
placement-check-employer-daily-feedback = Give short feedback every day.
placement-check-employer-weekly-review = Review progress with the student weekly.

placement-check-student-sign-agreement = Read and sign the learning agreement.
placement-check-student-introduce = Introduce yourself to the workplace before you start.
placement-check-student-check-travel = Check your travel, hours and clothing.
placement-check-student-keep-log = Keep a learning log.
placement-check-student-report-problems = Tell your teacher early about any problems.
