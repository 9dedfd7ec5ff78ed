## Chapter 1: About this handbook

introduction-title = About this handbook
    .summary = Who the handbook is for, how to use it and the words it uses.

introduction-purpose =
    Vocational education and training works best when schools and workplaces pull in the same direction. Students learn a trade partly in the classroom and partly on the job, and the two halves have to fit together. That only happens when people on both sides talk, plan and trust each other.

    This handbook describes { $methods ->
        [one] one tested way
       *[other] { $methods } tested ways
    } in which { -vet-providers } and { -employers } can work together. The partners of { -brand }, an Erasmus+ partnership of vocational schools and employers from Finland, Sweden, Iceland, the Netherlands and Germany, tried out every method in practice. They work in business, hospitality, social and health care, agriculture, horticulture and technical trades, and the examples in this handbook come from those fields.

    Our aim is closer links between vocational education and working life, a smoother move from school to work, and better training. We also want to show that collaboration comes in many forms; not every partnership needs a formal contract or a large project.

introduction-audience =
    The handbook is written for three groups of readers:

    - **VET providers and teachers**: vocational schools, colleges and training centres, and the teachers, coordinators and managers who plan training and keep in touch with workplaces.
    - **Employers and work mentors**: companies and public organisations that take students, and the staff who guide those students from day to day.
    - **Students**: young people and adults who are learning a vocation, partly at school and partly at work.

    Every method describes what all three groups do, because collaboration only works when each party knows its part. Students are not passengers: they shape their own learning and give useful feedback to both sides.
    .title = Who this handbook is for

introduction-how-to-use =
    You do not need to read the handbook from cover to cover. Start with the chapter on getting started, which helps you find out how experienced your partnership is and which methods suit it now. Then choose one or two methods and read them closely.

    Every method chapter has these parts:

    - a one-line summary, who is involved, a typical duration and the effort it takes;
    - an introduction that explains what the method is and why it helps;
    - a story from a partner who piloted it, including what was harder than expected and what they changed;
    - preparation and implementation steps, separately for the { -vet-provider }, the { -employer } and the { -student };
    - advice on follow-up, and tips;
    - a checklist for each role.

    Some methods add more where they need it: a warning about a real risk, or an outline of a document such as the learning agreement. Where rules and names differ between countries, the text says so, and the national editions add notes marked for your country.

    The checklists are also printed as cards: give each person the card for their role. The last chapter helps you evaluate and celebrate your collaboration. Durations and effort levels are rough guides; adapt every method to your sector, your country's rules and the size of your organisations.
    .title = How to use the handbook

introduction-overview =
    The table lists { $methods ->
        [one] the method
       *[other] all { $methods } methods
    } in the order in which they appear in this handbook.
    .title = The methods at a glance

introduction-glossary =
    Schools and workplaces do not always use the same words, and each country has its own terms. In this handbook we use the following:

    - **VET** (vocational education and training): education that prepares people for a particular occupation or trade. It takes place at school, at a workplace or, most often, in both.
    - **Work-based learning**: learning through real work in a real workplace, with goals linked to a qualification. Placements, apprenticeships and company projects are all forms of it.
    - **Work mentor** or **learning master**: the person at the workplace who guides a student, plans the tasks, gives feedback and takes part in assessment. Other common names are workplace instructor, supervisor and in-company trainer.
    - **Apprenticeship**: training in which the learner is employed by a company and learns mainly at work, with some study at a { -vet-provider }. A written contract sets out the rights and duties of everyone involved.
    - **Learning agreement**: a written plan, agreed by the student, the school and the workplace before a period of learning at work. It lists the learning goals, the tasks, the times, the contact people and how the learning will be assessed. Its name and legal form differ from country to country.
    .title = Words we use
