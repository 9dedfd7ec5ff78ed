## Viðmót vefútgáfunnar (kyrrstæða vefsvæðisins).

ui-language-name = Íslenska
site-skip-link = Fara beint í efnið
site-languages = Tungumál
site-choose-language = Veldu tungumál
site-chapters = Kaflar
site-previous = Fyrri
site-next = Næsti
site-home = Forsíða handbókarinnar
site-downloads = Niðurhal
site-download-handbook = Handbók (PDF, til prentunar)
site-download-epub = Rafbók (EPUB)
site-download-cards = Gátlistaspjöld (PDF, til prentunar)
site-fallback-notice = Hluti textans á þessari síðu hefur ekki enn verið þýddur og birtist á frummálinu.
site-checklist-reset = Hreinsa öll hök
site-checklist-print = Prenta gátlistann minn
site-checklist-export = Vista hök í skrá
site-checklist-import = Sækja hök úr skrá
site-checklist-import-error = Þessi skrá er ekki vistaður gátlisti úr þessari handbók.
site-checklist-note = Hökin eru aðeins geymd í þessum vafra á þessu tæki.
site-unit-kb = kB
site-unit-mb = MB
site-decimal-separator = ,
site-opds = Rafbókaskrá fyrir lesforrit (OPDS)
