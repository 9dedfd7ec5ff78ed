## Method: Apprenticeship agreements

apprenticeship-title = Apprenticeship agreements
    .summary = The student is employed by a company and learns mainly at work, supported by the { -vet-provider }.

apprenticeship-intro =
    In an apprenticeship the learner is an employee. The apprentice and the { -employer } sign an employment contract (in some countries the { -vet-provider } signs it too), and pay, working hours, holidays and insurance follow from it as they do for other staff. Most of the trade is learnt at work; the { -vet-provider } plans the training with the workplace and teaches what the work cannot cover. In some school-based schemes the apprentice stays a student: then check who insures them at work. Who assesses at the end differs too: in Finland the { -vet-provider }, with the workplace; in Germany the chambers; in Iceland's certified trades, an examination board for each trade sets the journeyman's examination.

    Apprenticeships suit adults changing careers, young people who want to earn while they learn, and companies that want to train staff their own way. They often last two or three years, so a plan that all three parties keep to matters.

## local note apprenticeship-contract-note: what the apprenticeship contract is called in your country, who signs it, where it is registered or approved, how pay is set and who holds the final assessment. fi: oppisopimus, a fixed-term employment contract between the apprentice and the employer, with the VET provider's agreement; competence demonstrations at the workplace. de: Berufsausbildungsvertrag between the trainee and the training company, registered with the chamber, which holds the final examination. nl: BBL, an employment contract plus the practice agreement signed by student, school and company. sv: whether the apprentice is employed (lärlingsanställning) or a student with an utbildningskontrakt. is: the apprenticeship contract and the journeyman's examination (sveinspróf).

apprenticeship-example =
    A plumbing and heating company in Oulu could not find skilled installers. With the local vocational college it hired two adults, a former warehouse worker and a former soldier, as apprentices towards the building services qualification.

    A teacher, the site manager and each apprentice matched every unit of the qualification with the installations the company expected over the next two years. The plan did not survive the first winter: a large new-build contract was postponed, and for five months both apprentices worked only on renovations in occupied flats. At the next progress meeting the teacher moved the unit on new heating systems to the second year and arranged two weeks in the college workshop instead.

    One apprentice qualified after 26 months and stayed with the company. The other left after a year for a better-paid job, without the qualification. The company's conclusion: agree the pay steps for the whole apprenticeship when the contract is signed.
    .title = Piloted in technical trades, Finland

apprenticeship-prep-vet-provider =
    1. Visit the workplace and list what the qualification needs but this work cannot offer.
    2. Explain the rules, funding and responsibilities to the { -employer } and the candidate, including who signs what.
    3. Draw up a personal training plan with both: which unit is learnt where and when, study days and assessments.

apprenticeship-prep-employer =
    1. Recruit for motivation rather than experience, and agree pay, hours and the trial period in the contract.
    2. Check the insurance and, for anyone under 18, the rules on young workers' tasks and hours.
    3. Name a { -work-mentor } and give them time and training.

apprenticeship-prep-student =
    1. Read the contract: pay, hours, holidays, trial period and study days.
    2. Go through the training plan and check which parts you learn at work and which at school.

apprenticeship-do-vet-provider =
    1. Teach the theory with examples from the apprentice's own work.
    2. Meet the apprentice and the mentor every two or three months, and change the plan when the work changes.
    3. Prepare the apprentice for the final assessment or examination, whoever holds it.
    4. At the end, ask the company and the apprentice what to do differently next time, and write it down: it convinces other companies better than any brochure.

apprenticeship-do-employer =
    1. Give tasks according to the plan, not only what is urgent.
    2. Release the apprentice for study days, busy weeks included.
    3. Tell the teacher early if the work or the contract changes.

apprenticeship-do-student =
    1. Keep a learning log and bring it to progress meetings.
    2. Say early if your tasks and the plan no longer match.

apprenticeship-tips =
    Study days are the first thing to go when the company is busy, and an apprentice who misses them falls behind: put them in the rota, not only in the plan.

    Agree at the start what happens if the contract ends early: who tells whom, and how the apprentice can finish the qualification elsewhere.
    .title = Watch out

apprenticeship-check-vet-provider-check-tasks = Check the workplace offers the tasks the qualification needs.
apprenticeship-check-vet-provider-explain-rules = Explain the rules, funding and who signs what.
apprenticeship-check-vet-provider-training-plan = Write the training plan with employer and apprentice.
apprenticeship-check-vet-provider-progress-meetings = Hold a progress meeting every two or three months.
apprenticeship-check-vet-provider-early-end = Agree what happens if the contract ends early.
apprenticeship-check-vet-provider-organise-assessment = Prepare the apprentice for the final assessment.

apprenticeship-check-employer-agree-contract = Sign the contract: pay, hours, trial period.
apprenticeship-check-employer-check-insurance = Check insurance and the rules for young workers.
apprenticeship-check-employer-name-mentor = Name a work mentor and give them time.
apprenticeship-check-employer-plan-tasks = Match work tasks to the training plan.
apprenticeship-check-employer-release-study = Release the apprentice for every study day.
apprenticeship-check-employer-report-problems = Tell the teacher early when the work changes.

apprenticeship-check-student-understand-terms = Read the contract: pay, hours, holidays, study days.
apprenticeship-check-student-agree-mentor = Agree with your mentor when you review progress.
apprenticeship-check-student-keep-log = Keep a learning log and bring it to meetings.
apprenticeship-check-student-speak-up = Say early if your tasks do not match the plan.
apprenticeship-check-student-prepare-meetings = Prepare for progress meetings and assessments.
