## The book: title page, colophon and metadata

-brand = Learning at work

book-title = { -brand }
book-subtitle = { $methods ->
    [one] One way schools and employers work together
   *[other] { $methods } ways schools and employers work together
}
book-author = The { -brand } team
book-publisher = The { -brand } team
book-description = A handbook for schools, employers and students on working together.
book-accessibility-summary = The text is structured with headings, lists and tables. Checklists are plain lists.
book-colophon = This handbook was made with vetpress. You may copy and adapt it under the Creative Commons Attribution 4.0 licence (CC BY 4.0).
book-disclaimer = The authors are responsible for the content.
