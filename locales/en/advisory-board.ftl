## Method: Employer advisory boards

advisory-board-title = Employer advisory boards
    .summary = A standing group of employers advises a programme on training, placements and trends.

advisory-board-intro =
    An advisory board brings together several { -employers } from a sector, teachers and managers from the school, and often a student. It meets a few times a year to discuss what graduates need, how placements work and what is changing in the trade.

    A board turns many one-to-one contacts into a shared forum: the { -vet-provider } hears the sector regularly, and employers gain influence and get to know each other. It lasts only while members see their advice lead somewhere.

## local note advisory-board-local-name: whether vocational programmes in your country have such boards under a set name or by rule, and what they are called (for example sv: programråd). Leave undefined if there is nothing country-specific to say.

advisory-board-example =
    A hospitality and tourism programme at an upper secondary school in Östersund set up a board with two hotels, a ski resort, a restaurant and an event company. It met four times a year, twice at the school and twice at a member's workplace.

    At the first meeting the employers said that placements in early November, when hotels and the resort stand nearly empty, gave students a poor picture of the trade. The school proposed February instead, but the employers refused: in the peak weeks nobody would have time to mentor a student. The board settled on shorter, three-week placements from late November, when the season opens and seasonal staff are trained. Students join that training and work the opening weekends.

    Students rated these placements clearly higher. The board itself nearly faded in its second year, when meetings turned into reports from the school; it cut to three meetings a year, each with one question to decide.
    .title = Piloted in hospitality, Sweden

advisory-board-prep-vet-provider =
    1. Write a one-page remit: what the board advises on, what it does not decide, and how long members serve.
    2. Invite a mix of { -employers }: large and small, from different parts of the sector.
    3. Set the year's meeting dates, each with one question for the board to decide.

advisory-board-prep-employer =
    1. Send someone who can speak for the company and keep the meeting dates.
    2. Before each meeting, ask colleagues about its question, for example what new staff from the programme lack.

advisory-board-prep-student =
    1. Elect a student representative and a deputy.
    2. Collect other students' views on the meeting's question.

advisory-board-do-vet-provider =
    1. Send the agenda and the figures a week ahead: student numbers, placements, feedback and graduate employment.
    2. Chair for decisions: end each item with who does what by when.
    3. At the next meeting, report on every piece of advice, including what you decided not to do and why.

advisory-board-do-employer =
    1. Tell the board what is changing in your trade, with examples.
    2. Offer concrete help: placements, guest lessons or equipment.

advisory-board-do-student =
    1. Speak for students, not only for yourself.
    2. Report back to other students within a week.

advisory-board-follow-up =
    Once a year, list what the board advised and what changed as a result, and ask members whether the board is worth their time. Renew part of the membership every few years so that new companies and views come in.

advisory-board-tips =
    - Short meetings with one decision each keep busy employers coming.
    - Meet at workplaces sometimes: teachers see the trade, and employers see each other's work.
    - Employers' advice can clash with students' learning, for example a wish for extra hands in the busy season. Check advice against the learning goals before acting on it.
    .title = Tips and pitfalls

advisory-board-check-vet-provider-define-purpose = Write a one-page remit for the board.
advisory-board-check-vet-provider-invite-members = Invite large and small employers from the sector.
advisory-board-check-vet-provider-plan-calendar = Set the year's dates, each with one question.
advisory-board-check-vet-provider-share-data = Send agenda and figures a week before meetings.
advisory-board-check-vet-provider-write-minutes = End each item with who does what by when.
advisory-board-check-vet-provider-report-results = Report what happened to every piece of advice.

advisory-board-check-employer-choose-representative = Send someone who can speak for the company.
advisory-board-check-employer-collect-views = Ask colleagues the meeting's question first.
advisory-board-check-employer-share-trends = Bring an example of change in your trade.
advisory-board-check-employer-offer-help = Offer a placement, guest lesson or equipment.
advisory-board-check-employer-host-meeting = Host one meeting at your workplace.

advisory-board-check-student-choose-rep = Elect a representative and a deputy.
advisory-board-check-student-collect-views = Collect students' views on the meeting's question.
advisory-board-check-student-read-agenda = Read the agenda and figures beforehand.
advisory-board-check-student-speak = Speak for students, not only for yourself.
advisory-board-check-student-report-back = Report back to other students within a week.
