## Method: Learning at work abroad

mobility-title = Learning at work abroad
    .summary = Students learn at a workplace abroad, with partners in both countries sharing the work.

mobility-intro =
    A placement abroad gives students trade skills, language skills and confidence that are hard to gain at home. They see other ways of working, learn to manage on their own and often come back with new ambitions. Erasmus+ funds such placements for vocational students and staff across Europe.

    A good placement abroad needs partners in both countries: the sending { -vet-provider }, a receiving school or intermediary, and a host { -employer } with a { -work-mentor }. A learning agreement sets out what the student will learn and how it will be recognised at home.

mobility-example =
    Horticulture students from a vocational college in Seinäjoki spent four weeks at greenhouse companies around Venlo, in the south-east of the Netherlands. The Dutch partner school found the host companies, arranged housing and acted as the local contact.

    Before departure, each student had an online meeting with their Dutch mentor and signed a learning agreement listing tasks in crop care, climate control and packing. The students took a short course in English for horticulture, and the college's international coordinator held a preparation day on practical matters, culture and safety.

    At the end the mentors assessed the students against the agreed goals, and the college recognised the period as part of the qualification. Students described the scale of Dutch production as an eye-opener. The following year the Dutch school sent its own students to Finland.
    .title = Piloted in horticulture, Finland and the Netherlands

mobility-prep-vet-provider =
    1. Find reliable partners abroad and apply for funding in good time.
    2. Select and prepare students: language, culture, practical matters and safety.
    3. Draw up the learning agreement with the host and agree how the period will be recognised.

mobility-prep-employer =
    1. Agree with the partner school which tasks and learning goals you can offer.
    2. Name a mentor who speaks a language the student understands.
    3. Meet the student online before arrival and prepare the induction.

mobility-prep-student =
    1. Apply, and find out what the placement involves.
    2. Prepare your documents, insurance and travel with the coordinator.
    3. Learn basic words of the language and about the host country.

mobility-do-vet-provider =
    1. Keep in regular contact with the student and the host.
    2. Have an emergency plan and someone reachable at all times.
    3. Support the mentor with assessment at the end.

mobility-do-employer =
    1. Give an induction that covers language, safety and workplace culture.
    2. Give real tasks according to the learning agreement.
    3. Assess the student against the agreed goals.

mobility-do-student =
    1. Take part fully in the work and ask when you do not understand.
    2. Keep a learning log, in words or pictures.
    3. Stay in touch with your teacher and report problems early.

mobility-follow-up =
    Back home, recognise the period as agreed, and give the student a document such as Europass Mobility that describes the skills gained. Let students share their experiences with other students, and give feedback to the host.

    Review the cooperation with the partners abroad and decide whether to continue or to exchange in the other direction.

mobility-tips =
    - Start early: funding, partners and preparation take months.
    - Clear learning agreements prevent disappointment.
    - Do not underestimate homesickness; regular contact helps.
    - Reciprocal exchanges strengthen the partnership.
    .title = Tips and pitfalls

mobility-check-vet-provider-find-partners = Find reliable partners and apply for funding.
mobility-check-vet-provider-prepare-students = Prepare students for language, culture and safety.
mobility-check-vet-provider-learning-agreement = Draw up the learning agreement.
mobility-check-vet-provider-emergency-plan = Have an emergency plan.
mobility-check-vet-provider-keep-contact = Keep in regular contact.
mobility-check-vet-provider-recognise = Recognise the period at home.

mobility-check-employer-agree-tasks = Agree the tasks and goals you can offer.
mobility-check-employer-name-mentor = Name a mentor with a shared language.
mobility-check-employer-meet-online = Meet the student online before arrival.
mobility-check-employer-induction = Give an induction on safety and culture.
mobility-check-employer-assess = Assess the student against the goals.

mobility-check-student-prepare-documents = Prepare documents, insurance and travel.
mobility-check-student-learn-language = Learn basic words of the language.
mobility-check-student-keep-log = Keep a learning log.
mobility-check-student-stay-in-touch = Stay in touch with your teacher.
mobility-check-student-share = Share your experience at home.
