## Method: Guest experts at school

guest-expert-title = Guest experts at school
    .summary = People from working life teach lessons at school and bring current practice into the classroom.

guest-expert-intro =
    A guest expert is someone from a company or public organisation who teaches one or more lessons at school: a talk, a workshop or a short series. Students hear from someone who does the job every day what the work is like now, which skills matter and where a career in the field can lead.

    It asks little of the { -employer }, often half a day, and it is one of the easiest ways for a new partnership to start. For the { -vet-provider } a good visit is often the first step towards placements or joint projects with the same workplace.

guest-expert-example =
    A business programme at an upper secondary school in Gävle found that students saw bookkeeping as dry theory. The teacher invited three local professionals, an accountant, a bank adviser and the owner of a small sports shop, to give two lessons each over a term.

    The first visit went badly. The bank adviser had been told only "talk about your work" and gave the presentation his bank uses to sell student accounts; after twenty minutes half the class had stopped listening. For the other visits the teacher sent each guest a one-page brief a week ahead: the topic, what the group already knew, the students' own questions and one task for the students to do. The accountant brought real receipts and invoices, with names removed, for students to record, then showed the same work in her firm's software.

    The bank adviser came back in the spring with the same kind of brief, and students rated his second lesson the best of the term. The accountancy firm took two students for placements the following year.
    .title = Piloted in business, Sweden

guest-expert-prep-vet-provider =
    1. Decide which learning goals the visit should support, and what you do not want (a company presentation is rarely useful).
    2. Invite the expert. Agree the date, the length, and whether the school pays a fee or travel costs.
    3. A week ahead, send a short brief: the topic, the group's age, level and what they already know, the students' questions and the equipment in the room.
    4. If the expert brings tools, machines or substances, check them against the school's safety rules.

guest-expert-prep-employer =
    1. Choose someone who does the work and likes explaining it; seniority matters less than enthusiasm.
    2. Give them time to prepare, not only the hours of the visit.
    3. Pick real materials, tools or documents to bring, and remove customer names and other personal data from anything students will see.

guest-expert-prep-student =
    1. Find out what the expert's workplace does.
    2. Send the teacher at least one question for the expert.

guest-expert-do-vet-provider =
    1. Introduce the expert and say why they are here and what the group has been studying.
    2. Stay in the room for the whole lesson: you remain responsible for the group, and you can link what the expert says to the course.
    3. Keep ten minutes for questions at the end.

guest-expert-do-employer =
    1. Tell real stories from work, including what went wrong and how you dealt with it.
    2. Give students something to do with their hands or heads, not only to listen to.
    3. Tell students what your workplace looks for when it hires.

guest-expert-do-student =
    1. Note two things you did not know before.
    2. Ask your question, and a follow-up question if the answer was vague.
    3. Thank the expert, and ask about placements or summer jobs if you are interested.

guest-expert-follow-up =
    In the next lesson, ask students what they took away and use it. Send the expert a thank-you with a few student comments, and ask what would make a second visit easier. If it worked, ask about a return visit, a study visit or placements.

guest-expert-tips =
    - A clear topic and a time limit matter more than a famous name.
    - Keep a shared list of experts across the school, so that one teacher's contacts are not lost when the teacher leaves, and so that the same company is not asked by five teachers in one month.
    .title = Tips and pitfalls

guest-expert-check-vet-provider-pick-goals = Choose the learning goals the visit supports.
guest-expert-check-vet-provider-invite = Agree topic, date, length and any fee.
guest-expert-check-vet-provider-brief-expert = Send a one-page brief a week ahead.
guest-expert-check-vet-provider-send-questions = Add the students' questions to the brief.
guest-expert-check-vet-provider-check-safety = Check tools or substances against school rules.
guest-expert-check-vet-provider-stay = Stay in the room for the whole lesson.
guest-expert-check-vet-provider-thank = Send a thank-you with student comments.

guest-expert-check-employer-choose-person = Choose someone who likes explaining the work.
guest-expert-check-employer-give-time = Give them time to prepare.
guest-expert-check-employer-bring-materials = Pick real materials or tools to bring.
guest-expert-check-employer-agree-limits = Remove customer names and data from examples.
guest-expert-check-employer-active-task = Plan one task the students do themselves.
guest-expert-check-employer-hiring = Tell students what you look for when hiring.

guest-expert-check-student-research = Find out what the expert's workplace does.
guest-expert-check-student-send-question = Send the teacher one question in advance.
guest-expert-check-student-take-notes = Note two things you did not know.
guest-expert-check-student-ask = Ask your question, and a follow-up.
guest-expert-check-student-thank = Thank the expert; ask about placements.
