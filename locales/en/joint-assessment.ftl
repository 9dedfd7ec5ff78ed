## Method: Joint assessment and skills demonstrations

joint-assessment-title = Joint assessment and skills demonstrations
    .summary = Teachers and work mentors assess students together, using shared criteria and real work tasks.

joint-assessment-intro =
    In a skills demonstration a student shows, through real work, that they have reached the goals of a unit. When a teacher and a { -work-mentor } assess it together, each sees what the other would miss: the mentor knows what the job demands, the teacher knows the qualification and its criteria.

    Who holds the final assessment differs between countries. In Finland the { -vet-provider } organises competence demonstrations at the workplace, assessed by a teacher and a workplace representative; in the German dual system the chambers hold the final examinations. Where the final examination is not yours to run, joint assessment during training still prepares students for it.

## local note joint-assessment-who-examines: who organises final assessment and examinations in your country, who sits on the assessing side and where a joint assessment by teacher and mentor fits in. fi: the VET provider organises competence demonstrations at the workplace, assessed by a teacher and a workplace representative. de: the chambers (IHK, HWK) hold the final examinations with examination boards of employers, employees and teachers; joint assessment fits into in-company and school assessment during training. nl: the school is responsible for examinations; workplaces assess the practical parts (bpv). sv: the teacher sets the grades; some trades add an industry certificate. is: certified trades end with the journeyman's examination (sveinspróf).

joint-assessment-example =
    A vocational school in Bremen and three metalworking firms found that teachers and company trainers often judged the same student's work differently. They agreed to assess second-year students in metal technology together.

    At the first meeting teachers and trainers graded three sample workpieces separately, and their marks were up to two grades apart: trainers judged the finished part, teachers the planning. Their first shared assessment sheet had thirty criteria, far too many to use at a workbench. They cut it to eight, each with a short description of "good enough".

    A teacher and a trainer then assessed each student making a welded bracket at the company. Their marks differed by more than one grade for two students out of nineteen. The chamber's final examination uses its own criteria, so the open question is how well the eight prepare students for it.
    .title = Piloted in technical trades, Germany

joint-assessment-prep-vet-provider =
    1. Choose the unit and the goals to be shown, and check what your country's rules say about who may assess.
    2. Draft the criteria with the { -employer }, with a short description of "good enough" for each.
    3. Bring the assessors together to grade the same sample work separately, then compare.

joint-assessment-prep-employer =
    1. Choose a mentor who knows the student's work, and give them time for the calibration meeting.
    2. Plan a real task that covers the goals to be assessed, and tell the teacher which goals it cannot cover.
    3. Make sure tools, materials and a safe work area are free on the day.

joint-assessment-prep-student =
    1. Go through the criteria with your teacher and ask what each means at your workplace.
    2. Assess a piece of your own work against them.

joint-assessment-do-vet-provider =
    1. Observe the demonstration and note evidence against each criterion.
    2. Agree the assessment with the mentor before either of you gives feedback.
    3. Record the result and the reasons, so that the student can see how it was reached.

joint-assessment-do-employer =
    1. Explain the task, the time and the safety conditions to the student.
    2. Tell the teacher what a visitor cannot see, such as how the student usually works.
    3. Give feedback from the workplace's point of view, with examples.

joint-assessment-do-student =
    1. Plan your work before you start and tell the assessors your plan.
    2. Explain your choices when asked.

joint-assessment-follow-up =
    After each round the assessors meet briefly: where did their marks differ, and why? Adjust the criteria or the task, ask students whether the assessment felt fair, and send the revised criteria to every mentor who assesses.

joint-assessment-tips =
    - Calibrate again whenever new assessors join; one sample piece is enough.
    - A mentor who is also the student's manager may find a low mark hard to give: let the teacher lead the talk about a failed demonstration.
    - Keep the written reasons: a student may ask for the assessment to be reviewed.
    .title = Tips and pitfalls

joint-assessment-check-vet-provider-choose-unit = Choose the unit and check who may assess it.
joint-assessment-check-vet-provider-prepare-criteria = Draft criteria with a "good enough" line each.
joint-assessment-check-vet-provider-calibrate = Have assessors grade the same sample work.
joint-assessment-check-vet-provider-agree-roles = Agree the date, task and who assesses what.
joint-assessment-check-vet-provider-agree-first = Agree the result with the mentor before feedback.
joint-assessment-check-vet-provider-record-result = Record the result and the reasons.
joint-assessment-check-vet-provider-review-criteria = Revise the criteria after each round.

joint-assessment-check-employer-choose-assessor = Name the mentor who will assess.
joint-assessment-check-employer-book-calibration = Book time for the calibration meeting.
joint-assessment-check-employer-plan-task = Plan a real task; tell the teacher what it cannot cover.
joint-assessment-check-employer-prepare-area = Free tools, materials and a safe area.
joint-assessment-check-employer-assess-together = Assess together with the teacher.
joint-assessment-check-employer-give-feedback = Give feedback with examples from the work.

joint-assessment-check-student-read-criteria = Go through the criteria with your teacher.
joint-assessment-check-student-practise = Assess one piece of your own work.
joint-assessment-check-student-plan-work = Plan your work and tell the assessors.
joint-assessment-check-student-explain = Explain your choices when asked.
joint-assessment-check-student-note-feedback = Write down what to improve next.
