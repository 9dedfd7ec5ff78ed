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

getting-started-self-evaluation =
    The { $methods ->
        [one] method in this handbook suits
       *[other] { $methods } methods in this handbook suit
    } partnerships at different stages. Answer the questions below together with your partner. If you answer yes to most questions at one level, that level describes you best and is a good place to start.

    The methods listed under each level are suggestions, not rules. A new partnership can try a demanding method if it has the people for it, and an experienced one still gains from the simple ones.
    .title = Where is your partnership now?

getting-started-beginner =
    Is your partnership at the beginning?

    - Are our contacts few, or do they depend on one or two people?
    - Are we still without a written agreement or a shared plan?
    - Does the workplace know little about the qualification and its learning goals?
    - Does the school know little about the daily work and current needs of the workplace?

    At this stage, choose methods that help you get to know each other without a large investment:
    .title = Beginner: getting to know each other

getting-started-developing =
    Is your partnership developing?

    - Do we work together every year, for example through placements, but mostly in the same way?
    - Are there named contact people on both sides?
    - Do work mentors know the learning goals, even if not all of them have had training?
    - Would we like the workplace to have a bigger part in teaching and assessment?

    At this stage, choose methods that deepen the work you already do together:
    .title = Developing: working together regularly

getting-started-experienced =
    Is your partnership experienced?

    - Is our collaboration written into both organisations' strategies and plans?
    - Do staff from the workplace teach, assess or plan the curriculum together with the school?
    - Do we evaluate our collaboration and change it based on the results?
    - Are we ready for long-term commitments or for partners in other countries?

    At this stage, choose methods that share responsibility for the whole of training:
    .title = Experienced: partners in training

getting-started-next-steps =
    When you have chosen a method, write a joint plan on a single page: what you will do, who is responsible on each side, when it happens and how you will know whether it worked. Use the checklists in the method chapter to divide the tasks, and go through the self-evaluation again after a year.
    .title = Make a plan
