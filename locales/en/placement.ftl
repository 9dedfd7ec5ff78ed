## Method: On-the-job learning periods

placement-title = On-the-job learning periods
    .summary = Students spend a planned period at a workplace, learning through real tasks with agreed goals.

placement-intro =
    A period of learning at a workplace is the most common form of collaboration in vocational training. Done well, it is far more than extra hands: the student learns real tasks in a planned order, with a { -work-mentor } who knows the learning goals and a teacher who keeps in touch.

    Plan the dates around the workplace's busy seasons. At the peak nobody has time to guide a student, and in the quietest weeks there is little to learn; ask the { -employer } which weeks offer both real work and a mentor with time.

    The key tool is a learning agreement between the { -student }, the school and the workplace. It turns a general qualification into tasks that exist at this particular workplace, and it makes clear who does what before, during and after the period.

placement-example =
    A VET school for agriculture and food in Friesland sent students to dairy farms around Leeuwarden every spring, but students complained that they spent ten weeks doing little except milking. The school and six farmers met on one of the farms to map which learning goals each farm could offer: herd health, feeding, machinery, records and milking.

    Their first answer, a week-by-week task plan, did not survive the spring: calving and the weather decided the work, not the plan. In the second year they listed the tasks per month instead and let the mentor choose the week. Teachers visited each student twice, in week two and week seven, and came during milking or feeding so that they saw the student at work rather than in the farm office.

    Seventeen of the nineteen students reached every goal in their agreement. The two who did not were on a farm with little machinery work, and the school now arranges for students from that farm to spend a few days with a neighbour.
    .title = Piloted in agriculture, the Netherlands

placement-agreement =
    Keep the learning agreement short enough that everyone reads it. It names:

    - the parties and contacts: the { -student }, the school and the workplace, with the teacher's and the { -work-mentor }'s phone numbers;
    - the dates and hours, including any evening, weekend or night work;
    - the learning goals, linked to the units of the qualification;
    - the tasks at this workplace that serve those goals;
    - supervision: who guides the student, and who stands in when the mentor is away;
    - assessment: what is assessed, how, when and by whom;
    - insurance: who covers accidents and damage;
    - what happens if problems arise, up to ending the period early;
    - the signatures of all three parties.
    .title = What a learning agreement contains

## local note placement-agreement-note: the name of the learning agreement in your country, its legal basis, who signs it and anything it must contain (Finland: koulutussopimus, and the student's HOKS; Sweden: the APL agreement; Netherlands: praktijkovereenkomst (POK); Germany: Praktikumsvertrag or, for apprentices, Ausbildungsvertrag; Iceland: starfsþjálfun and vinnustaðanámssamningur).

placement-prep-vet-provider =
    1. Agree the dates and the number of students with the { -employer } months ahead, avoiding the workplace's peak weeks.
    2. Draft the learning agreement and go through it with the mentor at the workplace.
    3. Check insurance, the safety rules for the tasks and, for students under 18, the limits on hours and tasks.
    4. Tell the student what to do on a bad day: whom to call at the workplace and at school.

placement-prep-employer =
    1. Name a { -work-mentor } and a stand-in, and give the mentor time for the student.
    2. Mark in the agreement which tasks the workplace can offer, and in which month.
    3. Prepare work clothes, access, a locker and a safety induction.

placement-prep-student =
    1. Read the learning agreement, ask about anything unclear, and sign it.
    2. Call or visit the workplace before you start to introduce yourself.
    3. Check your route, your working hours and what to wear.

placement-do-vet-provider =
    1. Visit the student at work at least twice, early in the period and before the end, and call in between.
    2. Help the student link tasks to learning goals, for example through a learning log.
    3. Act within days if the student or the mentor reports a problem.

placement-do-employer =
    1. Start with an induction: people, rules, safety and the first tasks.
    2. Move the student on to harder tasks as they master the easier ones.
    3. Give short feedback every day and review progress with the student every week.

placement-do-student =
    1. Keep a learning log and share it with your mentor and teacher.
    2. Tell your teacher early if the tasks do not match the agreement.

placement-follow-up =
    End the period with a three-way meeting in which the student, the mentor and the teacher look back on the learning goals and agree the assessment. Ask the student and the mentor for feedback on the placement itself, not only on the student, and update the task plan before the next student arrives.

placement-tips =
    Visit when the student is actually working, not only when the manager is free. Watch for a student who has become cheap labour: if the same task with no learning value fills the days, talk to the mentor at once.
    .title = Tips and pitfalls

placement-check-vet-provider-agree-dates = Agree dates outside the workplace's peak weeks.
placement-check-vet-provider-draft-agreement = Draft the learning agreement with the mentor.
placement-check-vet-provider-check-insurance = Check insurance, safety rules and under-18 limits.
placement-check-vet-provider-visit = Visit the student at work at least twice: early and near the end.
placement-check-vet-provider-call = Call the student and the mentor between visits.
placement-check-vet-provider-end-meeting = Hold a three-way meeting at the end.
placement-check-vet-provider-update-plan = Update the task plan for the next student.

placement-check-employer-name-mentor = Name a work mentor and a stand-in.
placement-check-employer-mark-tasks = Mark the tasks you can offer, month by month.
placement-check-employer-induction = Prepare clothes, access and a safety induction.
placement-check-employer-daily-feedback = Give the student short feedback every day.
placement-check-employer-weekly-review = Review progress with the student every week.
placement-check-employer-sign = Sign the learning agreement.

placement-check-student-sign-agreement = Read and sign the learning agreement.
placement-check-student-introduce = Introduce yourself to the workplace before you start.
placement-check-student-check-travel = Check your route, hours and work clothes.
placement-check-student-keep-log = Write in your learning log every day.
placement-check-student-report-problems = Tell your teacher early if tasks and agreement differ.
