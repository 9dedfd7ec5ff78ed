## Method: Proud to be a mentor or learning master

mentor-title = Proud to be a mentor or learning master
    .summary = Choose, train and support a { -work-mentor } who guides each student at the workplace.

mentor-intro =
    A { -work-mentor }, called a learning master in some countries, plans a student's tasks at the workplace, shows how the work is done, gives feedback and takes part in assessment. In this method the { -vet-provider } and the { -employer } choose mentors together, train them in a short course that can run face to face or online, and agree who mentors which student. Good mentoring does not happen by chance: mentors need time in the rota, a clear role and the confidence that comes from some training.

mentor-example =
    A vocational college in Jyväskylä and four care homes for older people noticed that the practical nurses who guided students felt unsure about assessment. Together they built an online course: four sessions of ninety minutes over six weeks, led by a teacher and an experienced mentor, with a small task to try out between sessions.

    The first run went badly for the night staff. The sessions were in the early afternoon, and nurses coming off night shifts either missed them or joined half asleep. The partners moved the sessions to the hour when day and evening shifts overlap and recorded them for those who could not come. Recording raised a new problem: the best discussions were about real residents. From the second session on, cases were told without names or identifying details, everyone present agreed to the recording, and only course participants could watch it.

    Twenty-two of the thirty nurses who started finished the course. Most of those who dropped out worked nights, and the homes have not yet found a format that suits them.
    .title = Piloted in social and health care, Finland

mentor-prep-vet-provider =
    1. Agree with the { -employer } which staff will mentor which students, and in which weeks. Plan the students' periods around the workplace's busy seasons: at the peak nobody has time to guide a student.
    2. Plan the course with an experienced { -work-mentor }: the learning goals, a student's first week, feedback, assessment and safety.
    3. Write a one-page summary of the qualification in the language of the workplace, not in curriculum terms.

mentor-prep-employer =
    1. Ask for volunteers rather than assigning the role: patience and a steady shift pattern matter more than seniority.
    2. Put the course sessions and regular mentoring time for each student into the work rota.
    3. Tell the team who mentors whom, so that colleagues can cover and the student knows whom else to ask.

mentor-prep-student =
    1. Before the first day, find out your mentor's name and how to reach them.
    2. Mark the two or three learning goals you most want to work on.
    3. Prepare a few sentences about what you can already do and what you have not tried yet.

mentor-do-vet-provider =
    1. Run each session with a mentor from the workplace as co-trainer, and build it on the participants' own, anonymised cases.
    2. Give a small task between sessions, such as planning a student's first day, and start the next session with how it went.
    3. Call each new mentor in the student's first week and answer their questions within a working day.

mentor-do-employer =
    1. Let mentors attend during working hours and arrange cover for them.
    2. Roster mentor and student on the same shifts, at least for the first weeks.
    3. Invite the mentor to the assessment discussion and give them time to prepare for it.

mentor-do-student =
    1. Agree with your mentor on a fixed time for feedback, for example ten minutes at the end of each shift.
    2. Say honestly what is still hard; your mentor can only adjust the tasks if they know.
    3. Bring your learning log to a weekly talk with your mentor.

mentor-recordings =
    Sessions built on real care or client cases can expose people who never agreed to it. Tell cases without names or details that identify someone. Record a session only when everyone present has agreed, say who may watch the recording and for how long it is kept, and store it where only participants can reach it.
    .title = Real cases and recordings

mentor-follow-up =
    A short survey of mentors before and after the course shows whether they feel more confident about planning, feedback and assessment; ask students too whether their guidance changed. Keep a list of trained mentors, offer a short refresher once a year, and recognise the mentors' work: a certificate or a word of thanks at a staff meeting costs little.

mentor-tips =
    Pair a new mentor with an experienced one for the first student. Mentoring without time in the rota is the first thing to slip on a busy day, so protect that time before anything else.
    .title = Tips and pitfalls

mentor-check-vet-provider-agree-numbers = Agree with the employer which staff mentor whom, and when.
mentor-check-vet-provider-plan-course = Plan the course with an experienced mentor as co-trainer.
mentor-check-vet-provider-share-summary = Send mentors a one-page summary of the learning goals.
mentor-check-vet-provider-set-up-online = Test the online link and recording before the first session.
mentor-check-vet-provider-consent = Get everyone's consent before recording a session.
mentor-check-vet-provider-keep-in-touch = Call each new mentor in the student's first week.
mentor-check-vet-provider-collect-feedback = Survey mentors before and after the course.

mentor-check-employer-choose-mentors = Ask for volunteers to mentor; do not assign the role.
mentor-check-employer-avoid-peak = Keep student periods out of the busiest season.
mentor-check-employer-book-time = Put course sessions and mentoring time in the rota.
mentor-check-employer-inform-team = Tell the team who mentors which student.
mentor-check-employer-plan-shifts = Roster mentor and student on the same shifts at first.
mentor-check-employer-join-assessment = Invite the mentor to the assessment discussion.
mentor-check-employer-recognise-mentors = Thank the mentors openly, e.g. at a staff meeting.

mentor-check-student-know-mentor = Find out your mentor's name and phone number.
mentor-check-student-read-goals = Mark the learning goals you most want to work on.
mentor-check-student-agree-feedback = Agree a fixed time for feedback with your mentor.
mentor-check-student-keep-log = Bring your learning log to a weekly talk.
mentor-check-student-give-feedback = Tell your mentor what helps you learn.
