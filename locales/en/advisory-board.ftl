## Method: Employer advisory boards

advisory-board-title = Employer advisory boards
    .summary = A standing group of employers advises a programme on training, placements and trends.

advisory-board-intro =
    An advisory board brings together representatives of several { -employers } in a sector, teachers and managers from the school, and often students. It meets a few times a year to discuss the programme: what graduates need, how placements work, which changes are coming in the trade and how the partners can help each other.

    A board turns many one-to-one contacts into a shared forum. The { -vet-provider } hears the sector's voice regularly, and employers gain influence and get to know each other. It works best when the board has a clear task and sees its advice lead to action.

advisory-board-example =
    A hospitality and tourism programme at an upper secondary school in Östersund set up an advisory board with two hotels, a ski resort, a restaurant and an event company. The board met four times a year, twice at the school and twice at a member's workplace.

    At its first meeting the board pointed out that placements in November, the quietest month, gave students a poor picture of the trade. The school moved placements to late winter, when the ski season is at its peak, and the employers agreed to provide extra mentor support during that busy time. The board also set up a shared list of guest lecturers and a joint recruitment day each spring.

    After two years students rated their placements much higher, and the board members now hire a large share of the programme's graduates.
    .title = Piloted in hospitality, Sweden

advisory-board-prep-vet-provider =
    1. Define the board's purpose, tasks and limits in a short document.
    2. Invite a mix of { -employers }: large and small, and from different parts of the sector.
    3. Plan a yearly calendar of meetings with clear themes.

advisory-board-prep-employer =
    1. Choose a representative who can speak for the company and attend regularly.
    2. Collect views from colleagues on training and recruitment before meetings.
    3. Offer to host a meeting at your workplace.

advisory-board-prep-student =
    1. Choose a student representative for the board.
    2. Collect other students' views before each meeting.
    3. Read the agenda and prepare your points.

advisory-board-do-vet-provider =
    1. Send an agenda in advance and chair the meetings efficiently.
    2. Share data: student numbers, placements, feedback and graduate employment.
    3. Write short minutes listing decisions and who does what.

advisory-board-do-employer =
    1. Tell the board about changes in your trade and your skills needs.
    2. Give honest advice and offer concrete help, such as placements or guest lessons.
    3. Share the board's work with colleagues in your company.

advisory-board-do-student =
    1. Tell the board how students experience the training and placements.
    2. Ask questions about careers and the trade.
    3. Report back to other students.

advisory-board-follow-up =
    At the end of each year, list what the board has advised and what has changed as a result. Share this with members and with school management, and ask members whether the board is worth their time.

    Renew membership now and then, so that new companies and fresh views join.

advisory-board-tips =
    - Short, focused meetings with a clear agenda keep busy employers coming.
    - Show what happened to every piece of advice, even when the answer was no.
    - Meet at workplaces sometimes; it gives teachers a view of the trade.
    - Do not let the board become a place for information only. Ask for advice and act on it.
    .title = Tips and pitfalls

advisory-board-check-vet-provider-define-purpose = Define the board's purpose and tasks.
advisory-board-check-vet-provider-invite-members = Invite a varied group of employers.
advisory-board-check-vet-provider-plan-calendar = Plan a yearly calendar of meetings.
advisory-board-check-vet-provider-share-data = Share data on students and placements.
advisory-board-check-vet-provider-write-minutes = Write short minutes with actions.
advisory-board-check-vet-provider-report-results = Report what changed because of the advice.

advisory-board-check-employer-choose-representative = Choose a representative who can attend regularly.
advisory-board-check-employer-collect-views = Collect colleagues' views before meetings.
advisory-board-check-employer-share-trends = Share changes and skills needs in your trade.
advisory-board-check-employer-offer-help = Offer concrete help.
advisory-board-check-employer-host-meeting = Host a meeting at your workplace.

advisory-board-check-student-choose-rep = Choose a student representative.
advisory-board-check-student-collect-views = Collect other students' views.
advisory-board-check-student-read-agenda = Read the agenda and prepare.
advisory-board-check-student-speak = Speak about the student experience.
advisory-board-check-student-report-back = Report back to other students.
