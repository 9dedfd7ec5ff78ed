## Method: Apprenticeship agreements

apprenticeship-title = Apprenticeship agreements
    .summary = The student is employed by a company and learns mainly at work, supported by the { -vet-provider }.

apprenticeship-intro =
    In an apprenticeship the learner is an employee. They sign a contract with the { -employer }, earn a wage and learn most of their trade at work, while the { -vet-provider } plans the training, teaches the theory and organises assessment. The rules differ from country to country, but the idea is the same everywhere: the workplace is the main place of learning.

    Apprenticeships suit adults who change careers, young people who want to earn while they learn, and companies that want to train staff to their own needs. They demand commitment from all three parties for a long time, so planning is essential.

apprenticeship-example =
    A plumbing and heating company in Oulu could not find skilled installers. Together with the local vocational college it hired two adults, a former warehouse worker and a former soldier, on apprenticeship agreements towards a building services qualification.

    A teacher, the company's site manager and each apprentice drew up a personal training plan. It matched each unit of the qualification with the installations the company would work on over the next two years, and added study days and online theory for what the sites could not cover. An experienced installer acted as mentor, and the four of them met every two months to check progress.

    Both apprentices completed their qualification in just over two years and stayed with the company. One of them now mentors the company's next apprentice.
    .title = Piloted in technical trades, Finland

apprenticeship-prep-vet-provider =
    1. Check that the workplace can offer the tasks the qualification needs.
    2. Explain the rules, funding and responsibilities to the { -employer } and the candidate.
    3. Draw up a personal training plan together, with study days and assessments.

apprenticeship-prep-employer =
    1. Decide whom to hire and agree the contract, wage and working hours.
    2. Name a { -work-mentor } and give them time and training.
    3. Plan which work tasks and sites will cover which parts of the plan.

apprenticeship-prep-student =
    1. Find out what the apprenticeship involves, including study days and assessment.
    2. Read the contract and the training plan, and ask about anything unclear.
    3. Agree with your mentor how you will work together.

apprenticeship-do-vet-provider =
    1. Teach the theory and link it to the apprentice's work.
    2. Hold regular progress meetings with the apprentice and the mentor.
    3. Organise assessment, preferably at the workplace.

apprenticeship-do-employer =
    1. Give the apprentice tasks according to the plan, not only what is urgent.
    2. Release the apprentice for study days.
    3. Keep the mentor involved and report problems early.

apprenticeship-do-student =
    1. Take an active part in work and study, and keep a learning log.
    2. Tell your mentor and teacher if the plan does not match your tasks.
    3. Prepare for progress meetings and assessments.

apprenticeship-follow-up =
    Review the training plan at every progress meeting and adjust it when work changes. At the end, look back with all three parties: did the apprenticeship reach its goals, and what would you do differently with the next apprentice?

    Record the company's experience, because it is the best argument for other companies to try apprenticeships. Celebrate the qualification together.

apprenticeship-tips =
    - Start with a careful recruitment; motivation matters more than previous experience.
    - A realistic training plan prevents the apprentice being stuck on one task for months.
    - Do not let study days disappear when the company is busy.
    - Plan for what happens if the contract ends early.
    .title = Tips and pitfalls

apprenticeship-check-vet-provider-check-tasks = Check that the workplace offers the required tasks.
apprenticeship-check-vet-provider-explain-rules = Explain the rules, funding and responsibilities.
apprenticeship-check-vet-provider-training-plan = Draw up the personal training plan together.
apprenticeship-check-vet-provider-link-theory = Link theory to the apprentice's work.
apprenticeship-check-vet-provider-progress-meetings = Hold regular progress meetings.
apprenticeship-check-vet-provider-organise-assessment = Organise assessment at the workplace.

apprenticeship-check-employer-agree-contract = Agree the contract, wage and hours.
apprenticeship-check-employer-name-mentor = Name and train a work mentor.
apprenticeship-check-employer-plan-tasks = Plan tasks that cover the training plan.
apprenticeship-check-employer-release-study = Release the apprentice for study days.
apprenticeship-check-employer-report-problems = Report problems early.

apprenticeship-check-student-understand-terms = Understand the contract and the training plan.
apprenticeship-check-student-agree-mentor = Agree with your mentor how you will work.
apprenticeship-check-student-keep-log = Keep a learning log.
apprenticeship-check-student-speak-up = Speak up if your tasks do not match the plan.
apprenticeship-check-student-prepare-meetings = Prepare for progress meetings.
