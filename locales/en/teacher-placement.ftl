## Method: Teachers back at work

teacher-placement-title = Teachers back at work
    .summary = Teachers work in a company for a while and bring current practice back to school.

teacher-placement-intro =
    Working life changes fast, and teachers who left their trade years ago can lose touch with new tools, materials and ways of working. In a teacher placement a teacher works at a company for a few days or weeks, joining the daily work rather than observing from the side.

    The teacher returns with up-to-date skills, fresh examples and contacts. The { -employer } gets an extra pair of skilled hands, an inside view of the school and a good chance to influence what students learn. Many partnerships find that teacher placements lead directly to better student placements.

teacher-placement-example =
    Two horticulture teachers from a Dutch VET school spent two weeks at greenhouse growers in the Westland region, one at a tomato grower and one at a grower of pot plants. They worked alongside the staff, from planting and crop care to packing for export.

    The teachers were surprised by how far climate control, LED lighting and biological pest control had moved on since their own training. With the growers' permission they collected photos, data from climate computers and real work instructions. Back at school they rewrote two modules around these materials.

    The growers valued the teachers' questions, which made them explain and rethink their own routines. Both companies have since taken students for placements, and the school now plans a teacher placement for every horticulture teacher once every three years.
    .title = Piloted in horticulture, the Netherlands

teacher-placement-prep-vet-provider =
    1. Include teacher placements in the staff development plan and budget.
    2. Help the teacher set goals: which skills and materials to bring back.
    3. Arrange cover for the teacher's lessons.

teacher-placement-prep-employer =
    1. Agree the dates, working hours and tasks with the teacher.
    2. Name a contact person to guide the teacher.
    3. Check safety training, insurance and confidentiality.

teacher-placement-prep-student =
    1. Tell your teacher what you would like to know about working life in the field.
    2. Prepare questions the teacher can ask at the company.
    3. Follow the teacher's updates, if they share any during the placement.

teacher-placement-do-vet-provider =
    1. As the teacher on placement, work as a member of staff and take part in real tasks.
    2. Keep a log of new methods, tools and examples for teaching.
    3. Collect materials you may use at school, with permission.

teacher-placement-do-employer =
    1. Give the teacher real tasks, not only a tour.
    2. Show new equipment and methods, and explain why you use them.
    3. Discuss what you would like students to learn before they come to you.

teacher-placement-do-student =
    1. Carry on with your studies while the teacher is away.
    2. Use your questions as a small assignment, if your teacher gives one.
    3. Be ready to discuss what the teacher brings back.

teacher-placement-follow-up =
    After the placement, the teacher shares what they learned with colleagues and updates at least one lesson or module. Send the company a short report of what changed at school, and thank the staff who helped.

    Agree with the company on a next step, such as student placements or a guest lesson. Evaluate the placement against the goals set at the start.

teacher-placement-tips =
    - Two weeks of real work teach more than a month of visits.
    - Agree confidentiality rules before the teacher collects materials.
    - Do not let the placement end with the teacher's return. Plan how the knowledge will be shared.
    - A placement every few years keeps teachers current.
    .title = Tips and pitfalls

teacher-placement-check-vet-provider-plan-budget = Include teacher placements in the plan and budget.
teacher-placement-check-vet-provider-set-goals = Set goals for the placement.
teacher-placement-check-vet-provider-arrange-cover = Arrange cover for lessons.
teacher-placement-check-vet-provider-keep-log = Keep a log of new methods and examples.
teacher-placement-check-vet-provider-update-module = Update at least one lesson or module.
teacher-placement-check-vet-provider-share-colleagues = Share what you learned with colleagues.

teacher-placement-check-employer-agree-dates = Agree dates, hours and tasks.
teacher-placement-check-employer-name-contact = Name a contact person for the teacher.
teacher-placement-check-employer-check-safety = Check safety training and confidentiality.
teacher-placement-check-employer-real-tasks = Give the teacher real tasks.
teacher-placement-check-employer-discuss-needs = Tell the teacher what students should learn.

teacher-placement-check-student-share-wishes = Tell your teacher what you want to know.
teacher-placement-check-student-prepare-questions = Prepare questions for the company.
teacher-placement-check-student-keep-studying = Keep up with your studies.
teacher-placement-check-student-discuss = Discuss what the teacher brings back.
teacher-placement-check-student-ask-placement = Ask about placements at the company.
