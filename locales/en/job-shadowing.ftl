## Method: Study visits and job shadowing

job-shadowing-title = Study visits and job shadowing
    .summary = Students visit workplaces and follow a professional for a day or two.

job-shadowing-intro =
    A study visit takes a group of students to a workplace for a few hours. Job shadowing goes one step further: a student follows one professional through a working day, watching, asking and helping where it is safe.

    Both are light ways to begin. Students get a realistic picture of an occupation before they choose a specialisation or a placement, and the { -employer } meets possible future staff at little cost. Because visitors are often under 18 and new to the place, safety decides most of the planning: what students may see, where they may stand and what they may touch. The general rules for young people at work are in [How to get started](#getting-started); this chapter covers what they mean for a visit.

job-shadowing-example =
    A VET school in Selfoss wanted first-year students in the building trades to understand the jobs on a construction site before choosing between carpentry, plumbing and electrical work. A local building contractor agreed to a two-step programme: a site visit in groups of six, guided by the site manager, and a month later two days of shadowing a carpenter, a plumber or an electrician.

    The visit worked. The shadowing was harder. Most students were sixteen, and the contractor's own rules kept under-18s away from scaffolding and live electrical work, so the students who chose electrical work spent two days watching from a distance. And most diaries were nearly empty, because "write what you saw" gave them nothing to look for.

    For the next group the contractor arranged shadowing with a service electrician who fitted sockets and lighting in finished houses, and the school replaced the diary with three questions each student had to answer by the end of the day. The school has decided to keep the site visit for every first-year student and to offer shadowing only to those who ask for it, since not every trade on the site can take a sixteen-year-old for two days.
    .title = Piloted in technical trades, Iceland

job-shadowing-prep-vet-provider =
    1. Agree with the { -employer } the date, the group size and what students may see and do, including any work that is closed to students under 18.
    2. Check that every student is insured for the visit, and arrange transport and safety gear.
    3. Give each student two or three observation questions, for example "Which task took longest, and why?"

job-shadowing-prep-employer =
    1. Choose a guide for the visit, and staff who are willing to be followed for a day.
    2. Plan a route or a working day that shows typical work and keeps visitors out of danger areas.
    3. Prepare a short safety briefing and tell staff when visitors are coming.

job-shadowing-prep-student =
    1. Find out about the workplace and the job you will follow.
    2. Check what to wear, when to arrive and how to get there.

job-shadowing-do-vet-provider =
    1. Go with the group on the study visit; during shadowing days, stay reachable by phone.
    2. Within a week, hold a debrief in which each student answers their observation questions in front of the class.

job-shadowing-do-employer =
    1. Start with the safety briefing, and show where visitors may and may not go.
    2. Say what you are doing and why while you work; ordinary work teaches more than a show prepared for visitors.
    3. Let the student do simple, safe tasks where your rules allow it.

job-shadowing-do-student =
    1. Stay with your guide and follow the safety rules.
    2. Ask your observation questions and write down the answers.
    3. Thank the people you met before you leave.

job-shadowing-follow-up =
    Send the workplace a thank-you and a summary of what students noticed; employers often find this more interesting than expected. Ask the guide what was difficult. A visit that went well is a natural step towards guest lessons or placements with the same workplace.

job-shadowing-tips =
    Small groups see more and get in the way less: six is plenty on a busy site or in a kitchen.
    .title = Tips and pitfalls

job-shadowing-check-vet-provider-agree-visit = Agree date, group size and what students may do.
job-shadowing-check-vet-provider-check-age = Check age limits for the work students will see.
job-shadowing-check-vet-provider-arrange-transport = Check insurance; arrange transport and gear.
job-shadowing-check-vet-provider-observation-task = Give each student observation questions.
job-shadowing-check-vet-provider-reachable = Stay reachable by phone on shadowing days.
job-shadowing-check-vet-provider-debrief = Hold the debrief within a week.
job-shadowing-check-vet-provider-thank = Send the workplace a thank-you and summary.

job-shadowing-check-employer-choose-guide = Choose a guide and staff to be shadowed.
job-shadowing-check-employer-plan-route = Plan a route that avoids danger areas.
job-shadowing-check-employer-allowed-tasks = List the tasks visitors may do.
job-shadowing-check-employer-safety-briefing = Give the safety briefing on arrival.
job-shadowing-check-employer-inform-staff = Tell staff when visitors are coming.
job-shadowing-check-employer-explain-work = Say what you do, and why, as you work.

job-shadowing-check-student-research = Find out about the workplace and the job.
job-shadowing-check-student-check-clothing = Check clothing, start time and travel.
job-shadowing-check-student-stay-with-guide = Stay with your guide all day.
job-shadowing-check-student-take-notes = Write down answers to your questions.
job-shadowing-check-student-thank = Thank the people you met.
job-shadowing-check-student-share = Tell the class what the job is really like.
