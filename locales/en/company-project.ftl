## Method: Real assignments from companies

company-project-title = Real assignments from companies
    .summary = Students solve a real task for a company as a project, with the company as their client.

company-project-intro =
    In a company project, an { -employer } gives students a real assignment: a marketing plan, a product, a repair, a menu, a garden design or an analysis of a work process. Students work in teams, often at school, and present their result to the company as they would to a client.

    Students practise planning, teamwork, customer contact and deadlines along with their trade skills, and they know a real client will judge their work. The company gets fresh ideas and a look at possible future staff, and the teacher gets an authentic assignment that fits the learning goals.

company-project-example =
    Business students at a vocational college in Tampere took on an assignment from a family bakery that wanted to reach younger customers. The owner met the class at the bakery, told its story and set the brief: ideas for social media and in-store campaigns with a small budget.

    Teams of four students worked for six weeks. Each week one team member sent the owner a short progress update, and halfway through the owner visited the school to comment on the first ideas. In the final week the teams pitched their plans in the bakery café, in front of the owner and two staff members.

    The bakery put one team's campaign into practice that autumn and reported more young customers on weekends. Students received a written reference from the owner, and the college now has a waiting list of local businesses offering projects.
    .title = Piloted in business, Finland

company-project-prep-vet-provider =
    1. Find a company with a task that matches the learning goals and a realistic scope.
    2. Write a brief with the { -employer }: goal, result, deadline, budget and contact person.
    3. Agree how the work will be assessed, and who owns the result.

company-project-prep-employer =
    1. Choose a real task you would otherwise solve yourselves or buy from outside.
    2. Name a contact person and agree how often they will be available.
    3. Prepare the information and materials the students need.

company-project-prep-student =
    1. Read the brief carefully and list your questions for the client.
    2. Form a team and agree roles and working rules.
    3. Make a project plan with milestones.

company-project-do-vet-provider =
    1. Coach the teams and keep them on schedule.
    2. Make sure the client gets regular updates.
    3. Assess both the process and the result.

company-project-do-employer =
    1. Launch the assignment in person, preferably at your workplace.
    2. Answer questions and comment on ideas at the agreed points.
    3. Take part in the final presentation and give honest feedback.

company-project-do-student =
    1. Work to the plan and keep the client informed.
    2. Ask for feedback early rather than late.
    3. Present your result professionally, as you would to a paying customer.

company-project-follow-up =
    After the presentation, hold a short review with the company and the teacher: did the result meet the brief, and was the effort reasonable for both sides? Students reflect on what they learned about their trade and about working with a client.

    Tell the company which parts of the project students valued, and let the company tell students what it plans to use. If the company puts a result into practice, share the story inside both organisations.

company-project-tips =
    - Keep the scope realistic for the time and skills available.
    - Agree ownership and confidentiality in writing before work starts.
    - A client who never replies ruins a project. Agree the contact times in advance.
    - Do not promise that the company will use the results.
    .title = Tips and pitfalls

company-project-check-vet-provider-find-task = Find a task that matches the learning goals.
company-project-check-vet-provider-write-brief = Write the brief with the company.
company-project-check-vet-provider-agree-ownership = Agree ownership and confidentiality.
company-project-check-vet-provider-coach-teams = Coach the teams and keep them on schedule.
company-project-check-vet-provider-assess = Assess both the process and the result.

company-project-check-employer-choose-task = Choose a real task with a realistic scope.
company-project-check-employer-name-contact = Name a contact person and agree availability.
company-project-check-employer-launch = Launch the assignment in person.
company-project-check-employer-comment = Comment on ideas at the agreed points.
company-project-check-employer-attend-pitch = Attend the final presentation.

company-project-check-student-read-brief = Read the brief and list your questions.
company-project-check-student-agree-roles = Agree roles and rules in your team.
company-project-check-student-plan = Make a project plan with milestones.
company-project-check-student-update-client = Keep the client informed.
company-project-check-student-present = Present your result professionally.
