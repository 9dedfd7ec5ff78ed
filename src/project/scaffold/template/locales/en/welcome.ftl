## Chapter 1: Welcome

welcome-title = Welcome
    .summary = What this handbook is for and how it is made.

welcome-purpose =
    This handbook helps schools and employers give students real experience of work. Each method describes what the school, the employer and the student do, and ends with a checklist for each of them.

    { $methods ->
        [one] There is one method so far:
       *[other] There are { $methods } methods so far:
    }

welcome-editing =
    The structure of the handbook is in `sources/`, and every text is in `locales/`, one folder per language. Change a text, run `vetpress build`, and the handbook, the e-book, the cards and the online edition follow.
    .title = How this handbook is made
