## Method: Learning at work abroad

mobility-title = Learning at work abroad
    .summary = Students learn at a workplace abroad, with partners in both countries sharing the work.

mobility-intro =
    A placement abroad gives students trade skills, language skills and confidence that are hard to gain at home. They see other ways of working and learn to manage on their own. Erasmus+ funds such placements for vocational students and staff across Europe.

    It needs partners in both countries: the sending { -vet-provider }, often a receiving school or intermediary, and a host { -employer } with a { -work-mentor }. The mentor need not speak the student's language, but the two need a working language they both manage, agreed before departure.

mobility-example =
    Horticulture students from a vocational college in Seinäjoki spent four weeks at greenhouse companies around Venlo, in the south-east of the Netherlands. The Dutch partner school found the host companies, arranged housing and acted as the local contact.

    Each student signed a learning agreement and had an online meeting with the host company before departure. At one company that meeting was with the HR manager, and on the first day the student found that his mentor spoke Dutch and some German but hardly any English. For a week he copied what others did and understood little. Then the partner school arranged for a bilingual colleague to explain the day's tasks each morning, and the mentor showed the rest with photos and gestures. By the third week the student ran a packing line on his own.

    The college's rule for the next group: the online meeting is with the mentor, and the two agree a working language before departure.
    .title = Piloted in horticulture, Finland and the Netherlands

mobility-agreement =
    Under Erasmus+ the sending school, the host organisation and the student sign a learning agreement before departure. Besides the goals, tasks and times of any learning agreement (see [the placement chapter](#placement)), it names:

    - the learning outcomes, and who assesses them and how;
    - how the period will be recognised in the student's qualification at home;
    - the mentor at the host and the contact person at the sending school;
    - the working language.

    Check insurance before anyone signs. Erasmus+ expects the sending organisation to make sure that every participant is insured. The European Health Insurance Card covers necessary public health care in the EU and EEA, but not everything: students also need accident and liability cover, at work and in their free time, and cover for an unplanned journey home. Agree in writing who arranges each.
    .title = Learning agreement and insurance

## local note mobility-insurance: how students on a placement abroad are insured in your country: which insurance the VET provider holds, what the student or the family must arrange, and who to ask (for example the national Erasmus+ agency).

mobility-prep-vet-provider =
    1. Find reliable partners abroad and apply for funding, often a year ahead.
    2. Select students and prepare them: language, culture, money, safety and what to do in an emergency.
    3. Draw up the learning agreement with the host, and check every student's insurance.

mobility-prep-employer =
    1. Agree with the partner school which tasks and learning goals you can offer in that season.
    2. Name the mentor, and let them meet the student online to agree a working language.
    3. Prepare an induction a newcomer can follow: safety rules with pictures, names and phone numbers.

mobility-prep-student =
    1. Prepare your ID, European Health Insurance Card and travel with the coordinator, and find out what your insurance covers.
    2. Learn the words for your tools and for safety in the working language.

mobility-do-vet-provider =
    1. Call the student in the first days and then at agreed times; call the host at least once.
    2. Keep someone reachable at all hours, with an emergency plan.
    3. Help the mentor assess against the learning agreement at the end.

mobility-do-employer =
    1. Start with safety, then give real tasks according to the learning agreement.
    2. Check early that the student understands instructions, and show rather than tell when words fail.
    3. Assess the student against the agreed outcomes and sign the documents for recognition.

mobility-do-student =
    1. Keep a learning log, in words or pictures.
    2. Tell your teacher early if tasks, housing or language do not work.

mobility-follow-up =
    Back home, recognise the period as agreed, and give the student a document such as Europass Mobility that describes the skills gained. Let students tell others about it, give feedback to the host, and decide with the partners whether to continue or to exchange in the other direction.

mobility-tips =
    - Start early: funding, partners and preparation take months.
    - Homesickness is common in the first weeks; calls at agreed times help more than a promise to be available.
    .title = Tips and pitfalls

mobility-check-vet-provider-find-partners = Find a partner abroad and apply for funding in time.
mobility-check-vet-provider-prepare-students = Hold a preparation day: culture, money, safety.
mobility-check-vet-provider-learning-agreement = Get the learning agreement signed by all three.
mobility-check-vet-provider-check-insurance = Check each student's health, accident and liability cover.
mobility-check-vet-provider-emergency-plan = Give students a 24-hour emergency number.
mobility-check-vet-provider-keep-contact = Call the student in the first week.
mobility-check-vet-provider-recognise = Recognise the period in the qualification.

mobility-check-employer-agree-tasks = Agree the tasks and goals you can offer.
mobility-check-employer-name-mentor = Name the mentor and agree a working language.
mobility-check-employer-meet-online = Let the mentor meet the student online first.
mobility-check-employer-induction = Give a safety induction the student understands.
mobility-check-employer-assess = Assess the student against the agreed outcomes.
mobility-check-employer-sign-documents = Sign the documents for recognition.

mobility-check-student-prepare-documents = Pack your ID and health insurance card.
mobility-check-student-check-insurance = Find out what your insurance covers.
mobility-check-student-learn-language = Learn the words for tools and safety.
mobility-check-student-keep-log = Keep a learning log.
mobility-check-student-stay-in-touch = Tell your teacher early if something goes wrong.
mobility-check-student-share = Tell other students about your placement.
