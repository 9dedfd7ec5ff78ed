## Method: Proud to be a mentor or learning master

mentor-title = Proud to be a mentor or learning master
    .summary = Choose, train and support a { -work-mentor } who guides each student at the workplace.

mentor-intro =
    A { -work-mentor }, called a learning master in some countries, plans a student's tasks at the workplace, shows how the work is done, gives feedback and takes part in assessment. Good mentoring does not happen by chance: mentors need time, a clear role and some training.

    In this method the { -vet-provider } and the { -employer } train mentors together and agree who mentors which student. The training can run face to face, online or as a mix, so that busy staff can join from their own workplace. Confident mentors mean better learning, and staff who are proud to pass on their skills.

mentor-example =
    A vocational college in Jyväskylä and four care homes for older people noticed that the practical nurses who guided students felt unsure about assessment. Together they built an online course: four sessions of ninety minutes over six weeks, with a small task to try out between sessions. The care home managers chose the participants and put the sessions in the work rota.

    The sessions covered the learning goals of the qualification, a student's first week, useful feedback and skills demonstrations. A teacher and an experienced mentor from one of the homes led every session together, which kept the examples real.

    Twenty-two nurses received a certificate at a small ceremony. Students the following term said their mentors explained more and gave feedback earlier, and two of the homes now send every new mentor on the course.
    .title = Piloted in social and health care, Finland

mentor-prep-vet-provider =
    1. Agree with the { -employer } how many mentors are needed, and when.
    2. Plan a short course with an experienced { -work-mentor }: learning goals, the first week, feedback, assessment and safety.
    3. Choose the format (face to face, online or blended) and set up the online space.
    4. Prepare a one-page summary of the qualification for mentors.

mentor-prep-employer =
    1. Choose staff who want to mentor and have the patience for it.
    2. Book time for the course and for mentoring in the work rota.
    3. Tell the whole team who the mentors are and what they do.

mentor-prep-student =
    1. Find out who your { -work-mentor } will be and how to reach them.
    2. Read your learning goals and decide what you most want to learn.
    3. Prepare a short introduction of yourself: skills, experience and questions.

mentor-do-vet-provider =
    1. Run the sessions with a mentor from the workplace as co-trainer.
    2. Give mentors small tasks to try with their students between sessions.
    3. Keep in touch with each mentor during the student's period and answer questions quickly.

mentor-do-employer =
    1. Let mentors attend the course during working hours.
    2. Plan shifts so that mentor and student work together, at least at first.
    3. Ask mentors regularly how it is going, and include them in assessment.

mentor-do-student =
    1. Agree with your mentor when you will get feedback.
    2. Tell your mentor what you can already do and what is still hard.
    3. Keep a short learning log and go through it with your mentor every week.

mentor-follow-up =
    After the course, ask mentors how confident they now feel about planning, feedback and assessment, and ask students whether their guidance has changed. A short survey before the course gives you a baseline.

    Recognise the mentors' work: a certificate, a mention in the staff newsletter or a thank-you coffee costs little and means a lot. Keep a list of trained mentors, and offer a short refresher once a year.

mentor-tips =
    - Keep sessions short and practical; mentors learn most from real cases.
    - Record online sessions so that people on shifts can catch up.
    - Mentoring without time set aside is the first thing to slip on a busy day.
    - Pair a new mentor with an experienced one for the first student.
    .title = Tips and pitfalls

mentor-check-vet-provider-agree-numbers = Agree how many mentors are needed, and when.
mentor-check-vet-provider-plan-course = Plan the course with an experienced mentor.
mentor-check-vet-provider-set-up-online = Test the online space before the first session.
mentor-check-vet-provider-share-summary = Give mentors a summary of the learning goals.
mentor-check-vet-provider-keep-in-touch = Contact each mentor during the student's period.
mentor-check-vet-provider-collect-feedback = Collect feedback from mentors and students.

mentor-check-employer-choose-mentors = Choose mentors who want the role.
mentor-check-employer-book-time = Book time for mentoring in the work rota.
mentor-check-employer-inform-team = Tell the team who the mentors are.
mentor-check-employer-plan-shifts = Plan shared shifts for mentor and student.
mentor-check-employer-join-assessment = Include the mentor in assessment.
mentor-check-employer-recognise-mentors = Thank the mentors openly.

mentor-check-student-know-mentor = Find out who your mentor is.
mentor-check-student-read-goals = Read your learning goals before you start.
mentor-check-student-agree-feedback = Agree when you will get feedback.
mentor-check-student-keep-log = Keep a learning log and review it weekly.
mentor-check-student-give-feedback = Tell your mentor what helps you learn.
