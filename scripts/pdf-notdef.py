#!/usr/bin/env python3
"""Count glyphs a PDF draws as .notdef ("tofu"): CID 0 shown with a composite font.

Usage: pdf-notdef.py FILE.pdf
Prints the count. Typst writes text with Type0 fonts in Identity-H encoding, two bytes
per glyph id, so a shown string's 0x0000 pairs are glyphs no font had. Needs pikepdf
(installed by .ci/run).
"""
import sys

import pikepdf

IDENTITY = {"/Identity-H", "/Identity-V"}
SHOW = {"Tj", "'", '"', "TJ"}


def identity_font(fonts, name):
    font = fonts.get(name) if fonts is not None else None
    if font is None or font.get("/Subtype") != "/Type0":
        return False
    return str(font.get("/Encoding")) in IDENTITY


def zero_glyphs(data):
    return sum(1 for i in range(0, len(data) - 1, 2) if data[i] == 0 and data[i + 1] == 0)


def strings(op, operands):
    if op == "TJ":
        return [x for x in operands[0] if isinstance(x, pikepdf.String)]
    return [operands[-1]]


def count(stream, resources, seen):
    """.notdef glyphs in one content stream and the forms it draws."""
    if resources is None:
        return 0
    fonts, xobjects = resources.get("/Font"), resources.get("/XObject")
    total, composite = 0, False
    for operands, operator in pikepdf.parse_content_stream(stream):
        op = str(operator)
        if op == "Tf":
            composite = identity_font(fonts, str(operands[0]))
        elif op in SHOW and composite:
            total += sum(zero_glyphs(bytes(s)) for s in strings(op, operands))
        elif op == "Do" and xobjects is not None:
            form = xobjects.get(str(operands[0]))
            if form is not None and form.get("/Subtype") == "/Form" and form.objgen not in seen:
                seen.add(form.objgen)
                total += count(form, form.get("/Resources", resources), seen)
    return total


def main(path):
    with pikepdf.open(path) as pdf:
        seen = set()
        print(sum(count(page, page.obj.get("/Resources"), seen) for page in pdf.pages))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
