## Terms: recurring names. Translators give them the grammatical forms their
## language needs (e.g. a `case` parameter) and use them inside messages.

-brand = VET@work
-vet = VET
-vet-provider = VET provider
-vet-providers = VET providers
-employer = employer
-employers = employers
-student = student
-students = students
-work-mentor = work mentor

## The book

book-title = { -brand }
book-subtitle = { $methods ->
    [one] One way { -vet-providers } and { -employers } collaborate
   *[other] { $methods } ways { -vet-providers } and { -employers } collaborate
}
book-author = The { -brand } partnership
book-publisher = The { -brand } partnership
book-description = A practical handbook for VET providers, employers and students on { $methods } tested ways of working together.
book-accessibility-summary = The text is structured with headings, lists and tables. Images have text alternatives. Checklists are plain lists.
book-colophon =
    This handbook is a result of { -brand }, an Erasmus+ strategic partnership for vocational education and training, project number 2018-1-FI01-KA202-047198. The project ran from 1 September 2018 to 31 August 2021. It was coordinated from Finland and funded through the Finnish National Agency for Education.

    The partners were { -vet-providers } and { -employers } from five countries: Finland, Sweden, Iceland, the Netherlands and Germany. Together they tested the { $methods ->
        [one] method
       *[other] { $methods } methods
    } described in this handbook.

    The handbook is published under the Creative Commons Attribution-ShareAlike 4.0 International licence (CC BY-SA 4.0). You may copy, share and adapt it for any purpose, provided that you credit the { -brand } partnership, indicate any changes and share your adapted version under the same licence. The full licence text is at [creativecommons.org](https://creativecommons.org/licenses/by-sa/4.0/).

book-disclaimer =
    This handbook was produced with support from the Erasmus+ programme of the European Union. That support does not mean that the European Commission endorses the contents, which reflect the views of the authors only. The Commission is not responsible for any use of the information in this handbook.

## Interface labels used by the themes

ui-contents = Contents
ui-method = Method
ui-method-number = Method { $number }
ui-roles = Who is involved
ui-duration = Typical duration
ui-effort = Effort
ui-levels = Suits partnerships that are
ui-summary = In short
ui-checklist = Checklist
ui-date = Date
ui-notes = Notes
ui-continued = continued
ui-colophon = Colophon
ui-project-number = Project number
ui-licence = Licence
ui-published = Published
ui-isbn = ISBN
ui-cover = Cover
ui-title-page = Title page
ui-methods-table-method = Method
ui-methods-table-summary = What it is

role-vet-provider = VET provider
role-employer = Employer
role-student = Student

effort-low = low
effort-medium = medium
effort-high = high

level-beginner = beginner
level-developing = developing
level-experienced = experienced

duration-days = { $count ->
    [one] one day
   *[other] { $count } days
}
duration-weeks = { $count ->
    [one] one week
   *[other] { $count } weeks
}
duration-months = { $count ->
    [one] one month
   *[other] { $count } months
}

section-introduction = Introduction
section-example = Piloted example
section-preparation = Preparation
section-implementation = Implementation
section-follow-up = Follow-up and evaluation
section-tips = Tips and pitfalls
section-checklists = Checklists

callout-tip = Tip
callout-example = Example
callout-warning = Watch out
callout-note = Local note

## cards
# The heading of the first checklist item on a card front.
ui-first-step = First step

## text
# Interface punctuation the themes print between labels and values. The quotes keep
# the spaces: French, for example, writes `{ "\u00A0: " }` (a no-break space before the colon).
# A label and its value ("Effort: low").
ui-sep-colon = { ": " }
# Between two parts of a line ("VET@work · Checklist").
ui-sep-dot = { " · " }
# Between a title and its subtitle.
ui-sep-dash = { " — " }
# Between the items of a list written on one line ("employer, student").
ui-list-sep = { ", " }
# The label of the book's web address in the colophon.
ui-url = Web address
# The heading of the number column in the table of methods.
ui-number = No.
# A date in the colophon. $year, $month (1-12) and $day are numbers.
ui-date-long = { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }
