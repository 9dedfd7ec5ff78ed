## Method: Classroom at work

classroom-title = Classroom at work
    .summary = Move part of the teaching to the workplace, or let workplace specialists teach it.

classroom-intro =
    In this method part of the teaching leaves the school building. A group of students learns a module, or part of one, at a workplace, or a specialist from the workplace comes to teach at school. Students work with real equipment and current practice, and they see at once why the theory matters.

    The teacher stays responsible for the learning goals and assessment; the specialist brings the real work and the stories of the trade. The { -employer } meets future staff, and the { -vet-provider } keeps its teaching close to working life without buying costly equipment.

classroom-example =
    A VET school in Akureyri wanted its cookery and restaurant service students to learn more about local fish and seafood than the school kitchen allowed. A hotel restaurant in town agreed to host a two-week module during its quiet season.

    In the mornings the head chef taught filleting, storage and cooking of local fish at the benches his own staff used. The teacher covered hygiene and food safety in the hotel's meeting room, using what students had just done as examples. In the afternoons students prepared and served a simple lunch for hotel guests under the chef's eye.

    Students called it the module they remembered best, and the hotel hired two of them for the summer. The chef now also teaches a bread session at the school each term, and the module has run every autumn since.
    .title = Piloted in hospitality, Akureyri, Iceland

classroom-prep-vet-provider =
    1. Choose a module whose learning goals suit the workplace.
    2. Agree the timetable with the { -employer }, including who teaches what.
    3. Check insurance, safety rules, transport and meals.
    4. Brief the specialist on the learning goals, the group and a few simple teaching methods.

classroom-prep-employer =
    1. Choose a specialist who knows the work well and enjoys explaining it.
    2. Find a space and times that do not disturb customers or production too much.
    3. Plan real tasks that students can do safely, and prepare tools and materials.

classroom-prep-student =
    1. Read the learning goals of the module.
    2. Check the clothing, safety gear and travel you need.
    3. Find out what the company does and prepare questions for the specialist.

classroom-do-vet-provider =
    1. Be present, at least at the start, and link the practical work to the theory.
    2. Follow each student's progress against the learning goals.
    3. Meet the specialist briefly each day to adjust the plan.

classroom-do-employer =
    1. Start with a safety induction and a tour of the workplace.
    2. Demonstrate the work, then let students practise on real tasks.
    3. Explain how the work is done in real life, including mistakes and how you handle them.

classroom-do-student =
    1. Follow the workplace rules and behave as a colleague would.
    2. Try the tasks yourself and ask when you are unsure.
    3. Note what you learn each day and link it to your theory.

classroom-follow-up =
    After the module, the teacher and the specialist go through the students' results and feedback together. Did students reach the learning goals? Was the time the workplace spent worth it? Which parts worked better there than at school?

    Thank the specialist in a way they value, for example with a letter to their manager. If both sides are happy, put the module in next year's timetable straight away, so that it becomes routine rather than a one-off.

classroom-tips =
    - Start with one module and one workplace, and grow from there.
    - Keep groups small enough for everyone to do the work themselves.
    - Agree a back-up plan for days when the workplace is suddenly busy.
    - Do not leave grading to the specialist alone unless you have agreed it.
    .title = Tips and pitfalls

classroom-check-vet-provider-choose-module = Choose a module that suits the workplace.
classroom-check-vet-provider-agree-timetable = Agree the timetable and who teaches what.
classroom-check-vet-provider-check-insurance = Check insurance, safety and transport.
classroom-check-vet-provider-brief-specialist = Brief the specialist on the goals and the group.
classroom-check-vet-provider-link-theory = Link the practical work to the theory.
classroom-check-vet-provider-review-module = Review the module with the specialist.

classroom-check-employer-choose-specialist = Choose a specialist who enjoys explaining.
classroom-check-employer-find-space = Find a space and suitable times.
classroom-check-employer-prepare-tasks = Prepare real tasks, tools and materials.
classroom-check-employer-safety-induction = Give a safety induction on day one.
classroom-check-employer-give-feedback = Tell the teacher how each student did.

classroom-check-student-read-goals = Read the learning goals of the module.
classroom-check-student-check-gear = Check your clothing, safety gear and travel.
classroom-check-student-prepare-questions = Prepare questions for the specialist.
classroom-check-student-follow-rules = Follow the workplace rules.
classroom-check-student-note-learning = Write down what you learn each day.
