## Method: Real assignments from companies

company-project-title = Real assignments from companies
    .summary = Students solve a real task for a company as a project, with the company as their client.

company-project-intro =
    In a company project an { -employer } gives a team of students a real assignment: a marketing plan, a product, a repair, a menu, a garden design or an analysis of a work process. Students work on it, usually at school, and present the result to the company as they would to a client. Alongside their trade skills they practise planning, teamwork, deadlines and dealing with a client who will judge the result.

    The company gets fresh ideas and a look at possible future staff; the teacher gets an authentic assignment that nobody had to invent. It works only if the task fits both the learning goals and the time, and if both sides agree in writing, before work starts, what the students will deliver and what happens to it afterwards.

company-project-example =
    Business students at a vocational college in Tampere took on an assignment from a family bakery that wanted to reach younger customers. The owner met the class at the bakery and asked for ideas for social media and in-store campaigns. Teams of four worked for six weeks, sent the owner a weekly update and pitched their plans in the bakery café.

    Two things went wrong. The brief said "a small budget" without a figure, and three of the five teams proposed campaigns the bakery could not afford. And one team filmed customers in the café for a video without asking them; the owner had to ask for the film to be deleted. The teacher now writes every brief with a budget in euros, and the college has added a rule to its project template: no photos or film of customers or staff without their written consent.

    The bakery used parts of two teams' plans, after agreeing with the students that it could. The teacher's open question is assessment: one team did most of its work in the last week and still gave the best pitch, and the grade for the process did not show how it got there.
    .title = Piloted in business, Finland

company-project-brief =
    Write the brief together with the company, on one or two pages:

    - **Background**: the company, and the problem or opportunity behind the task.
    - **The task**: what the students should deliver, in what form, and what is outside the task.
    - **Budget and costs**: how much the result may cost to carry out, and who pays for materials, travel and printing during the project.
    - **Time**: the start, the points at which the company comments, and the final presentation.
    - **Contact**: the company's contact person and how quickly they answer.
    - **Information**: what the company provides, what is confidential and what students may show to others.
    - **Ownership**: who may use the result, and whether students may show it in their portfolios.
    - **Assessment**: what the teacher grades, and what the company's feedback counts for.
    .title = What a project brief contains

company-project-ownership =
    Students are usually not the company's employees, so the company cannot assume it owns what they create, and the rules differ between countries. Agree in writing before work starts who may use the result and how, and what information the students must keep confidential. Do not promise students that the company will use their results. If the company does mean to use a result in its business, say so in the brief and agree whether anything is paid for it.
    .title = Ownership and confidentiality

## local note company-project-ownership-law: who owns what students create in a company project under your country's law and usual school rules (for example whether students keep the copyright unless they sign it over), and any model agreement that schools use; title e.g. "In Finland".

company-project-prep-vet-provider =
    1. Find a company with a task that fits the learning goals and can be done in the time available.
    2. Write the brief with the { -employer } (see [What a project brief contains](#company-project/brief)) and have both sides sign it.
    3. Book the dates: launch, the company's comment points and the final presentation.

company-project-prep-employer =
    1. Choose a real task you would otherwise solve yourselves or buy from outside, but nothing your business depends on next month.
    2. Name a contact person who can answer students within a couple of working days.
    3. Collect the information and materials the students need, and mark what is confidential.

company-project-prep-student =
    1. Read the brief and list your questions for the client.
    2. Agree roles and working rules in your team, and make a plan with milestones.

company-project-do-vet-provider =
    1. Meet each team every week to check progress against its plan, and step in early when one member does all the work.
    2. Make sure the client gets the agreed updates.
    3. Assess both the process and the result, using the client's feedback as agreed in the brief.

company-project-do-employer =
    1. Launch the assignment in person, preferably at your workplace.
    2. Comment on ideas at the agreed points, and say clearly when an idea will not work for you and why.
    3. Come to the final presentation and give honest feedback.

company-project-do-student =
    1. Send the client your update on the agreed day, even when there is little to report.
    2. Ask before you photograph or film people, or share anything the company gave you.
    3. Present your result as you would to a paying customer.

company-project-follow-up =
    After the presentation, the teacher and the company look back together: did the result meet the brief, and was the effort reasonable for both sides? Tell the students which parts, if any, the company plans to use, and thank the company in front of the class.

company-project-tips =
    - Keep the scope small. A finished small task teaches more than half of a large one.
    - A client who never replies ruins a project; the contact times in the brief are not a formality.
    .title = Tips and pitfalls

company-project-check-vet-provider-find-task = Find a task that fits the goals and the time.
company-project-check-vet-provider-write-brief = Write the brief with the company.
company-project-check-vet-provider-agree-ownership = Get the brief signed, ownership included.
company-project-check-vet-provider-agree-costs = Agree who pays for materials and travel.
company-project-check-vet-provider-book-dates = Book launch, comment and presentation dates.
company-project-check-vet-provider-coach-teams = Meet each team every week.
company-project-check-vet-provider-assess = Grade process and result; ask the client.

company-project-check-employer-choose-task = Choose a real task with a realistic scope.
company-project-check-employer-name-contact = Name a contact who answers within days.
company-project-check-employer-confidential = Mark what information is confidential.
company-project-check-employer-launch = Launch the assignment in person.
company-project-check-employer-comment = Comment on ideas at the agreed points.
company-project-check-employer-attend-pitch = Attend the final presentation.
company-project-check-employer-tell-use = Tell students which results you will use.

company-project-check-student-read-brief = Read the brief and list your questions.
company-project-check-student-agree-roles = Agree roles and rules in your team.
company-project-check-student-plan = Make a project plan with milestones.
company-project-check-student-update-client = Send the client updates on the agreed days.
company-project-check-student-ask-consent = Ask before filming people or sharing data.
company-project-check-student-present = Present as to a paying customer.
