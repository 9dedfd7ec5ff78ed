## Chapter 2: How to get started

getting-started-title = How to get started
    .summary = Build a shared basis for collaboration and find the methods that fit your partnership.

getting-started-intro =
    Collaboration between a school and a workplace rarely fails for lack of goodwill. It fails because people are busy, because each side assumes the other knows what it wants, or because one enthusiastic person leaves. This chapter covers the groundwork that makes collaboration last, and ends with a self-evaluation that points you to suitable methods.

getting-started-common-goal =
    Before you choose a method, sit down together and talk about why you want to collaborate. The { -vet-provider } may want more placements, up-to-date teaching or fairer assessment. The { -employer } may want skilled new staff or a say in training. Both are fair. Write down the goals you share and the ones that belong to one side only, so that nothing stays hidden.

    Then check your words. Schools talk about qualifications, units, learning outcomes and assessment criteria. Workplaces talk about tasks, shifts, customers and quality standards. The same word can mean different things: for a teacher an assessment is a formal grade, while for a shift leader it may be the yearly talk with the boss. Agree on the key terms and write them down; the glossary in the introduction is a place to start.

    Useful questions for a first meeting:

    - What does each of us want to achieve in the coming year?
    - What can each of us offer, and what do we need from the other?
    - How will we know that the collaboration is working?
    .title = Find a common goal and a common language

getting-started-strategy =
    Collaboration that depends on one teacher and one supervisor is fragile. To make it last, write it into both organisations' strategies and action plans. For the { -vet-provider }, that means the strategy, the yearly action plan and the teachers' work plans, with hours set aside for contacts with working life. For the { -employer }, it means the staff development plan, the budget and the job descriptions of the people who act as mentors.

    Senior managers on both sides need to know about the collaboration and back it openly, so report to them regularly with short, concrete results. Once the work is in the plans, it survives staff changes and busy seasons.
    .title = Write the collaboration into your plans

getting-started-start-small =
    You do not have to launch everything at once. Choose one method that fits your situation, try it with one group of students or one department, and look at the results together. One good experience builds more trust than a long agreement that nobody follows.

    Share what works with colleagues and other workplaces, and invite them to join in. Treat mistakes as part of learning: when something goes wrong, talk about it openly, find out why and agree what to change. Partnerships that can discuss problems without blame grow faster than those that hide them.
    .title = Start small and learn as you go

getting-started-ground-rules =
    Before the first { -student } arrives, settle a few practical and legal questions. The answers depend on the country, the student's age and the form of learning at work, so find out what applies to you and write the answers into the learning agreement or your joint plan.

    - **Insurance and liability.** Who insures the student against accidents at work and on the way there? Who pays if the student damages equipment or a customer's property? Check the school's and the employer's policies; do not assume that one covers everything.
    - **Young workers.** Students under 18 may work only limited hours, night work is restricted, and some dangerous tasks and machines are off limits. The { -employer } assesses the risks for young workers before they start and tells the student about them.
    - **Data protection and consent.** Agree which information about the student the school and the workplace share, and who may see it. Photos, videos and recordings need the consent of the people in them; real client or patient cases used for learning are anonymised.
    - **Cost and compensation.** Agree who pays for what: mentors' time, travel and meals, work clothes, tools and materials, and any wage or allowance. In most partner countries apprentices are employed and paid; for students on placements, rules and customs vary.
    .title = Settle the practical and legal questions

## local note getting-started-rules-note: the rules that answer these four questions in your country: who insures students at a workplace, the law on workers under 18, where schools and employers find guidance on data protection, and whether students or apprentices are paid (with the names of laws or bodies a reader can look up).

getting-started-where-now =
    The { $methods ->
        [one] method in this handbook suits
       *[other] { $methods } methods in this handbook suit
    } partnerships at different stages. Go through the questionnaire below together with your partner: it shows which stage describes your partnership best and which methods are a good place to start.

    The recommended methods are suggestions, not rules. A new partnership can try a demanding method if it has the people for it, and an experienced one still gains from the simple ones.
    .title = Where is your partnership now?

getting-started-self-evaluation =
    Answer each question together with your partner: **yes** scores 2 points, **partly** 1 and **no** 0. Add up the points of each level separately and write them in its points row.

    A level is secured when its points reach the pass mark shown after ≥ in its points row, about two thirds of the maximum. Go through the levels from beginner upwards: your partnership is at the first level it has not yet secured, and the methods recommended for that level are a good place to start. For example, 8 points at beginner and 5 at developing put you at the developing level. If you have secured all three levels, your partnership is experienced.
    .title = Self-evaluation
getting-started-self-evaluation-answer-yes = Yes
getting-started-self-evaluation-answer-partly = Partly
getting-started-self-evaluation-answer-no = No
getting-started-self-evaluation-contact-person = Has each organisation named a contact person for the collaboration?
getting-started-self-evaluation-shared-goals = Have we talked together about what each side wants to achieve?
getting-started-self-evaluation-workplace-knows-goals = Does the workplace know the learning goals of the qualification?
getting-started-self-evaluation-school-knows-work = Does the school know the current skill needs of the workplace?
getting-started-self-evaluation-first-activity = Have we carried out at least one activity together, such as a visit or a placement?
getting-started-self-evaluation-every-year = Do we work together every year?
getting-started-self-evaluation-written-agreement = Do we have a written agreement that says who does what?
getting-started-self-evaluation-mentors-know-goals = Do the work mentors know the learning goals of the students they guide?
getting-started-self-evaluation-fixed-meetings = Do the contact people meet at agreed times during the year?
getting-started-self-evaluation-feedback = Do we give each other feedback after every placement period?
getting-started-self-evaluation-strategy = Is our collaboration written into the strategies of both organisations?
getting-started-self-evaluation-workplace-teaches = Do staff from the workplace teach at the school?
getting-started-self-evaluation-joint-assessment = Do teachers and work mentors assess the students together?
getting-started-self-evaluation-curriculum = Does the workplace take part in planning the curriculum?
getting-started-self-evaluation-evaluation = Do we evaluate our collaboration together at least once a year?

getting-started-next-steps =
    When you have chosen a method, write a joint plan on a single page: what you will do, who is responsible on each side, when it happens and how you will know whether it worked. Use the checklists in the method chapter to divide the tasks, and go through the self-evaluation again after a year.
    .title = Make a plan
