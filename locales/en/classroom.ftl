## Method: Classroom at work

classroom-title = Classroom at work
    .summary = Move part of the teaching to the workplace, or let workplace specialists teach it.

classroom-intro =
    In this method a module, or part of one, is taught where the work happens. Either the group moves to a workplace for some days, or a specialist from the workplace teaches at school. Students learn on current equipment from someone who uses it every day, and the { -vet-provider } does not have to buy machinery it could never keep up to date. The teacher stays responsible for the learning goals and the grades; the specialist brings the work itself.

classroom-example =
    A VET school in Akureyri wanted its cookery and restaurant service students to learn more about local fish than the school kitchen allowed. A hotel restaurant in town agreed to host a two-week module in its quiet season: the head chef taught filleting, storage and cooking in the mornings, the teacher covered food hygiene in the hotel's meeting room, and students served a simple lunch to guests in the afternoons.

    On the third day a conference booked lunch for eighty at short notice, and the students spent the morning watching. The school and the hotel agreed a fallback: on busy mornings the teacher takes the group for hygiene theory and the chef's session moves to the afternoon. They also found that the chef marked students on speed and the teacher on hygiene; from the second week the two filled in one observation sheet per student together.

    The hotel took two students for the summer. Still open is cost: the hotel gave the fish at cost price for the pilot and will not do so again, so the school must find that money before the module can run a second time.
    .title = Piloted in hospitality, Akureyri, Iceland

classroom-prep-vet-provider =
    1. Choose a module, or part of one, that the workplace can teach better than the school.
    2. Agree with the { -employer } who teaches which topic on which day, and what happens on days when the workplace is suddenly busy.
    3. Agree who grades the students and on what evidence, for example a shared observation sheet.
    4. Sort out insurance, transport, meals and who pays for materials; see [How to get started](#getting-started) for the general questions.
    5. Give the specialist the learning goals and a few words about the group.

classroom-prep-employer =
    1. Choose a specialist who likes explaining the work, and take some of their usual tasks off them for these days.
    2. Find a space and times that keep students away from customers or production when it matters.
    3. Plan tasks that students can do themselves and safely, and prepare tools and materials for each day.

classroom-prep-student =
    1. Read the learning goals of the module and ask how it will be graded.
    2. Check the clothing, safety gear and travel you need.
    3. Find out what the company does, and prepare two questions for the specialist.

classroom-do-vet-provider =
    1. Be there on the first day, and link each practical session to the theory it belongs to.
    2. Meet the specialist for ten minutes each day to adjust the next day's plan.
    3. Fill in the observation sheet with the specialist while the work is fresh.

classroom-do-employer =
    1. Start with a safety induction and a tour of the places students will use.
    2. Show the work first, then let each student do it, with the specialist correcting on the spot.
    3. Tell students how things go wrong in real work and how your staff handle it.

classroom-do-student =
    1. Follow the workplace rules as the staff do.
    2. Do the tasks yourself, and ask when you are unsure rather than guess.
    3. Note each day what you did and which part of the theory it belongs to.

classroom-follow-up =
    Soon after the module, go through the results with the specialist: did students reach the learning goals, was the time worth it for the workplace, and what worked better there than at school? Thank the specialist in a way they value, such as a letter to their manager.

classroom-tips =
    Start with one module and one workplace. Keep the group small enough for everyone to do the work with their own hands; where that is not possible, split it and run the module twice rather than let half the group watch.
    .title = Tips and pitfalls

classroom-check-vet-provider-choose-module = Choose a module the workplace teaches better than school.
classroom-check-vet-provider-agree-timetable = Agree who teaches which topic on which day.
classroom-check-vet-provider-backup-plan = Agree a plan for days when the workplace is busy.
classroom-check-vet-provider-agree-grading = Agree who grades, and on what evidence.
classroom-check-vet-provider-check-insurance = Sort out insurance, transport, meals and costs.
classroom-check-vet-provider-brief-specialist = Send the specialist the learning goals.
classroom-check-vet-provider-review-module = Review results and costs with the specialist.

classroom-check-employer-choose-specialist = Choose a specialist and free their time.
classroom-check-employer-find-space = Book a space and times away from customers.
classroom-check-employer-prepare-tasks = Prepare tasks, tools and materials for each day.
classroom-check-employer-agree-costs = Agree with the school who pays for materials.
classroom-check-employer-safety-induction = Give a safety induction on the first day.
classroom-check-employer-give-feedback = Fill in the observation sheet with the teacher.

classroom-check-student-read-goals = Read the learning goals and ask how they are graded.
classroom-check-student-check-gear = Check clothing, safety gear and travel.
classroom-check-student-prepare-questions = Prepare two questions for the specialist.
classroom-check-student-follow-rules = Follow the workplace rules as the staff do.
classroom-check-student-note-learning = Note each day what you did and learned.
