## Method: Teachers back at work

teacher-placement-title = Teachers back at work
    .summary = Teachers work in a company for a while and bring current practice back to school.

teacher-placement-intro =
    Tools, materials and ways of working change faster than curricula, and a teacher who left the trade ten years ago may find that it has moved on without them. In a teacher placement the teacher works at a company for a few days or weeks as a member of staff, not as a visitor.

    The teacher comes back with current skills, real examples and contacts. The { -employer } gets a skilled pair of hands, an inside view of the school and a direct way to influence what students learn. The main cost usually falls on the school: the teacher's salary continues, and someone has to teach the lessons that are missed.

teacher-placement-example =
    Two horticulture teachers from a Dutch VET school spent two weeks at greenhouse growers in the Westland region, one at a tomato grower and one at a grower of pot plants.

    The first week at the tomato grower was mostly packing: the grower had not known what to give a teacher. At the pot-plant grower the teacher could not copy data from the climate computer, which the grower regarded as a trade secret. After a call between the school and both growers, the second week followed a task list (crop care, the climate computer, biological pest control), and the pot-plant grower shared last season's data with the company name removed.

    Back at school the teachers rewrote two modules around what they brought back. The school had planned a placement for every horticulture teacher every three years, but paying cover teachers for two weeks made that too expensive; it now funds two placements a year and is trying shorter ones.
    .title = Piloted in horticulture, the Netherlands

teacher-placement-prep-vet-provider =
    1. Put teacher placements into the staff development plan and budget, including the cost of cover for missed lessons.
    2. With the teacher, write down what the placement should bring back: which skills, which materials, which contacts.
    3. Agree a week-by-week task list with the company, so that the teacher does not end up doing whatever is short-staffed that day.
    4. Arrange cover for every lesson the teacher will miss, and leave work for the students.

teacher-placement-prep-employer =
    1. Agree the dates, working hours and tasks, and name one member of staff the teacher works alongside.
    2. Give the teacher the same safety induction as new staff, and agree with the school whose insurance covers the teacher, who is not your employee.
    3. Say at the start what is confidential and what the teacher may photograph, copy or use in teaching.

teacher-placement-prep-student =
    1. Tell your teacher which parts of the trade you would like to hear more about.
    2. Write two questions for the teacher to ask at the company.

teacher-placement-do-vet-provider =
    1. As the teacher on placement, do real work, and ask why things are done the way they are.
    2. Keep a short daily log of new tools, methods, mistakes and examples you could use in class.
    3. Ask before you take photos, data or documents, and note what you were allowed to take.

teacher-placement-do-employer =
    1. Give the teacher real tasks, not only a tour, and explain why you use the equipment and methods you do.
    2. Tell the teacher what your new staff most often lack when they arrive from school.

teacher-placement-do-student =
    1. Do the tasks set for the lessons the teacher misses.
    2. When the teacher is back, ask for the answers to your questions.

teacher-placement-follow-up =
    Within a term, the teacher rewrites at least one lesson or module and presents what they learned to colleagues. Send the company a short note on what changed at school, and check the placement against the goals written down at the start. The next step with the company is often student placements or a guest lesson.

teacher-placement-tips =
    Two weeks of real work teach more than a month of visits. If two weeks are not possible, several single days spread over a term also work, provided the teacher does real tasks each time.
    .title = Tips and pitfalls

teacher-placement-check-vet-provider-plan-budget = Budget the placement, including cover teachers.
teacher-placement-check-vet-provider-set-goals = Write down the skills and materials to bring back.
teacher-placement-check-vet-provider-agree-tasks = Agree a week-by-week task list with the company.
teacher-placement-check-vet-provider-arrange-cover = Book cover for every lesson you will miss.
teacher-placement-check-vet-provider-keep-log = Keep a short daily log.
teacher-placement-check-vet-provider-ask-permission = Ask before you take photos, data or documents.
teacher-placement-check-vet-provider-update-module = Rewrite at least one lesson within a term.
teacher-placement-check-vet-provider-share-colleagues = Present what you learned to colleagues.

teacher-placement-check-employer-agree-dates = Agree dates and tasks; name the teacher's colleague.
teacher-placement-check-employer-check-safety = Give the teacher the staff safety induction.
teacher-placement-check-employer-check-insurance = Agree with the school whose insurance applies.
teacher-placement-check-employer-confidentiality = Say what is confidential on day one.
teacher-placement-check-employer-real-tasks = Give real tasks, not only a tour.
teacher-placement-check-employer-discuss-needs = Tell the teacher what new staff often lack.

teacher-placement-check-student-share-wishes = Tell your teacher what you want to know.
teacher-placement-check-student-prepare-questions = Write two questions for the company.
teacher-placement-check-student-keep-studying = Do the tasks set for the missed lessons.
teacher-placement-check-student-discuss = Ask for the answers when the teacher is back.
teacher-placement-check-student-ask-placement = Ask whether the company takes students.
