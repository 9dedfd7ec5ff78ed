# Partners of co-branded editions (`[[partners]]` in sources/book.toml): the name
# (plain text) on the cover, title page and card backs; the contact (Markdown) in the colophon.

partner-esimerkki-name = Esimerkki Vocational College
partner-esimerkki-contact =
    Printed for Esimerkki Vocational College, a fictional Finnish vocational education and training provider used as an example.

    Contact: the work-based learning team, [example.org/esimerkki](https://example.org/esimerkki)

partner-voorbeeld-name = Voorbeeld Employers' Association
partner-voorbeeld-contact =
    Printed for the Voorbeeld Employers' Association, a fictional Dutch employers' body used as an example.

    Contact: the apprenticeship desk, [example.org/voorbeeld](https://example.org/voorbeeld)
