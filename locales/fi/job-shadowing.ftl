## Menetelmä: Tutustumiskäynnit ja työn varjostus

job-shadowing-title = Tutustumiskäynnit ja työn varjostus
    .summary = Opiskelijat vierailevat työpaikoilla ja seuraavat ammattilaisen työtä päivän tai kaksi.

job-shadowing-intro =
    Tutustumiskäynnillä opiskelijaryhmä vierailee työpaikalla muutaman tunnin ajan. Työn varjostus vie askeleen pidemmälle: opiskelija seuraa yhtä ammattilaista tämän työpäivän ajan, havainnoi, kysyy ja auttaa, kun se on turvallista.

    Kumpikin on kevyt tapa aloittaa. Opiskelijat saavat alasta realistisen kuvan ja voivat valita osaamisalansa tai koulutussopimuspaikkansa varmemmin. Samalla { -employer } tapaa mahdollisia tulevia työntekijöitä pienin kustannuksin, ja { -vet-provider } saa tietää, mitä työpaikalla todella tehdään nykyään.

job-shadowing-example =
    Selfossissa toimiva ammatillinen oppilaitos halusi, että rakennusalan ensimmäisen vuoden opiskelijat ymmärtäisivät rakennustyömaan eri ammatit ennen kuin he valitsevat, suuntautuvatko kirvesmiehen, putkiasentajan vai sähköasentajan työhön. Paikallinen rakennusliike suostui kokeilemaan kaksivaiheista ohjelmaa.

    Ensin kuuden opiskelijan ryhmät vierailivat rakenteilla olevassa talossa vastaavan työnjohtajan opastuksella. Hän selitti, miten eri ammatit ovat riippuvaisia toisistaan. Kuukautta myöhemmin jokainen opiskelija seurasi kahden päivän ajan valitsemansa kirvesmiehen, putkiasentajan tai sähköasentajan työtä. Opiskelijat valmistelivat kysymykset oppilaitoksessa, käyttivät täysiä suojavarusteita ja pitivät lyhyttä päiväkirjaa. Oppilaitokseen palattuaan jokainen piti viiden minuutin esityksen seuraamastaan ammatista.

    Opettajat huomasivat, että opiskelijat valitsivat osaamisalansa varmemmin ja harvempi vaihtoi koulutusalaa toisena vuonna. Rakennusliike sai ryhmältä kolme kesätyöhakemusta.
    .title = Kokeiltu tekniikan alalla, Islanti

job-shadowing-prep-vet-provider =
    1. Sopikaa { -employer(case: "gen") } kanssa päivämäärä, ryhmän koko ja se, mitä opiskelijat saavat nähdä ja tehdä.
    2. Järjestäkää kuljetus, vakuutukset ja tarvittavat suojavarusteet.
    3. Auttakaa opiskelijoita valmistelemaan kysymyksiä ja havainnointitehtävä.

job-shadowing-prep-employer =
    1. Valitkaa käynnille opas ja ammattilaiset, jotka suostuvat varjostettaviksi.
    2. Suunnitelkaa kierros tai työpäivä, joka näyttää tyypillisiä tehtäviä turvallisesti.
    3. Valmistelkaa lyhyt turvallisuusohjeistus ja kertokaa henkilöstölle, että vieraita on tulossa.

job-shadowing-prep-student =
    1. Ota selvää työpaikasta ja ammatista, jota seuraat.
    2. Valmistele vähintään kolme kysymystä.
    3. Tarkista, mitä puet päällesi, milloin sinun pitää olla paikalla ja miten pääset sinne.

job-shadowing-do-vet-provider =
    1. Lähtekää ryhmän mukaan tutustumiskäynnille.
    2. Olkaa tavoitettavissa puhelimitse varjostuspäivien aikana.
    3. Muistuttakaa opiskelijoita heidän havainnointitehtävästään.

job-shadowing-do-employer =
    1. Aloittakaa turvallisuusohjeistuksella ja lyhyellä tervetulotoivotuksella.
    2. Kertokaa työskennellessänne, mitä teette ja miksi.
    3. Antakaa opiskelijan kokeilla yksinkertaisia ja turvallisia tehtäviä, kun se on mahdollista.

job-shadowing-do-student =
    1. Noudata turvallisuusohjeita ja pysy oppaasi lähellä.
    2. Havainnoi, esitä kysymyksesi ja tee lyhyitä muistiinpanoja.
    3. Kiitä tapaamiasi ihmisiä ennen kuin lähdet.

job-shadowing-follow-up =
    Antakaa opiskelijoiden kertoa oppilaitokseen palattua, mitä he näkivät, esimerkiksi lyhyin esityksin tai julisteella, ja kytkekää kokemukset heidän opintoihinsa ja uravalintoihinsa. Lähettäkää työpaikalle kiitos ja yhteenveto opiskelijoiden vaikutelmista.

    Kysykää oppaalta ja ammattilaisilta, mikä toimi ja mitä he muuttaisivat. Onnistunut käynti on luonteva askel kohti vierailevan asiantuntijan oppitunteja tai koulutussopimusjaksoja samassa työpaikassa.

job-shadowing-tips =
    - Selkeä havainnointitehtävä pitää opiskelijoiden huomion koossa.
    - Pienet ryhmät näkevät enemmän ja häiritsevät vähemmän.
    - Tarkistakaa turvallisuusmääräykset ja ikärajat hyvissä ajoin.
    - Varjostuspäivien pitää näyttää tavallista työtä, ei vieraille valmisteltua esitystä.
    .title = Vinkit ja sudenkuopat

job-shadowing-check-vet-provider-agree-visit = Sopikaa päivämäärä, ryhmän koko ja se, mitä opiskelijat saavat tehdä.
job-shadowing-check-vet-provider-arrange-transport = Järjestäkää kuljetus, vakuutukset ja suojavarusteet.
job-shadowing-check-vet-provider-observation-task = Antakaa opiskelijoille havainnointitehtävä.
job-shadowing-check-vet-provider-debrief = Pitäkää oppilaitoksessa purkukeskustelu.
job-shadowing-check-vet-provider-thank = Lähettäkää työpaikalle kiitos ja yhteenveto.

job-shadowing-check-employer-choose-guide = Valitkaa opas ja varjostettavat ammattilaiset.
job-shadowing-check-employer-plan-route = Suunnitelkaa turvallinen kierros tai työpäivä.
job-shadowing-check-employer-safety-briefing = Valmistelkaa lyhyt turvallisuusohjeistus.
job-shadowing-check-employer-inform-staff = Kertokaa henkilöstölle, että vieraita on tulossa.
job-shadowing-check-employer-explain-work = Selittäkää työtä samalla kun teette sitä.

job-shadowing-check-student-research = Ota selvää työpaikasta ja ammatista.
job-shadowing-check-student-prepare-questions = Valmistele vähintään kolme kysymystä.
job-shadowing-check-student-check-clothing = Tarkista vaatetus, aikataulu ja matkat.
job-shadowing-check-student-take-notes = Tee muistiinpanoja päivän aikana.
job-shadowing-check-student-share = Kerro oppilaitoksessa, mitä näit.
