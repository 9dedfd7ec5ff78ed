## Method: Guest experts at school

guest-expert-title = Guest experts at school
    .summary = People from working life teach lessons at school and bring current practice into the classroom.

guest-expert-intro =
    A guest expert is someone from a company or public organisation who teaches one or more lessons at the school. It may be a single talk, a workshop or a short series. The expert shows how the trade works today, which skills matter and what a career in the field can look like.

    It is an easy way to start, because it asks little of the { -employer }. Students hear from someone who does the job every day, and the { -vet-provider } gains a contact that can grow into placements or joint projects.

guest-expert-example =
    A business programme at an upper secondary school in Gävle found that students saw bookkeeping as dry theory. The teacher invited three local professionals: an accountant, a bank adviser and the owner of a small sports shop. Each gave two lessons over a term.

    The accountant brought real but anonymous receipts and invoices for students to record in the accounts, then showed how the same work is done in the software her firm uses. The shop owner explained how he decides on prices and why cash flow kept him awake in his first year. Before each visit students sent in their questions, so that the guests could prepare.

    Students' results in the bookkeeping module improved, and several said the lessons changed how they saw the subject. The accountancy firm has since taken two students for placements, and the three guests now return every year.
    .title = Piloted in business, Sweden

guest-expert-prep-vet-provider =
    1. Decide which learning goals a guest expert can help with.
    2. Invite the expert, and agree the date, the length and what you hope students will learn.
    3. Tell the expert about the group: age, level and what they already know.
    4. Collect the students' questions and send them in advance.

guest-expert-prep-employer =
    1. Choose a person who knows the work well and is willing to share it.
    2. Give them time to prepare and, if possible, let them bring real materials or tools.
    3. Agree with the school what may be shown, for example customer data or prices.

guest-expert-prep-student =
    1. Find out about the expert's company and job.
    2. Prepare at least one question each and send it to the teacher.
    3. Think about how the topic links to what you are learning.

guest-expert-do-vet-provider =
    1. Welcome the expert and introduce them to the group.
    2. Stay in the room and help link the lesson to the course.
    3. Leave time for questions and discussion.

guest-expert-do-employer =
    1. Tell real stories from work, including problems and how you solved them.
    2. Give students something to do, not only to listen to.
    3. Tell students what your workplace looks for in new staff.

guest-expert-do-student =
    1. Listen actively and take notes.
    2. Ask your questions and take part in the tasks.
    3. Thank the expert, and ask about placements or jobs if you are interested.

guest-expert-follow-up =
    After the lesson, ask students what they learned and use their answers in the next lessons. Send the expert a thank-you note with a few student comments, and ask how the visit felt and what would make it easier next time.

    If it worked, agree on a return visit, or ask whether the workplace would like to take students for a study visit or a placement.

guest-expert-tips =
    - Give the expert a clear topic and a time limit; a general talk about the company soon loses students.
    - Prepared questions make a huge difference.
    - Do not leave the room. The teacher links the visit to learning.
    - Build a list of experts across the school so that contacts are shared.
    .title = Tips and pitfalls

guest-expert-check-vet-provider-pick-goals = Choose the learning goals the expert supports.
guest-expert-check-vet-provider-invite = Invite the expert and agree the details.
guest-expert-check-vet-provider-brief-expert = Tell the expert about the group.
guest-expert-check-vet-provider-send-questions = Send the students' questions in advance.
guest-expert-check-vet-provider-thank = Send a thank-you note with student comments.

guest-expert-check-employer-choose-person = Choose a person who enjoys sharing the work.
guest-expert-check-employer-give-time = Give them time to prepare.
guest-expert-check-employer-bring-materials = Bring real materials or tools.
guest-expert-check-employer-agree-limits = Agree what may and may not be shown.
guest-expert-check-employer-active-task = Plan a task for students to do.

guest-expert-check-student-research = Find out about the expert's workplace.
guest-expert-check-student-send-question = Send at least one question in advance.
guest-expert-check-student-take-notes = Take notes during the lesson.
guest-expert-check-student-ask = Ask your questions.
guest-expert-check-student-thank = Thank the expert.
