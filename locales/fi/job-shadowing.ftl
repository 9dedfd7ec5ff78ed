## Menetelmä: Tutustumiskäynnit ja työn varjostus

job-shadowing-title = Tutustumiskäynnit ja työn varjostus
    .summary = Opiskelijat vierailevat työpaikoilla ja seuraavat ammattilaisen työtä päivän tai kaksi.

job-shadowing-intro =
    Tutustumiskäynnillä opiskelijaryhmä vierailee työpaikalla muutaman tunnin ajan. Työn varjostus vie askeleen pidemmälle: opiskelija seuraa yhtä ammattilaista tämän työpäivän ajan, havainnoi, kysyy ja auttaa, kun se on turvallista.

    Kumpikin on kevyt tapa aloittaa. Opiskelijat saavat ammatista realistisen kuvan ennen kuin valitsevat osaamisalan tai koulutussopimuspaikan, ja { -employer } tapaa mahdollisia tulevia työntekijöitä pienin kustannuksin. Koska vierailijat ovat usein alle 18-vuotiaita ja paikassa ensimmäistä kertaa, turvallisuus ratkaisee suurimman osan suunnittelusta: mitä opiskelijat saavat nähdä, missä he saavat olla ja mihin he saavat koskea. Nuoria työelämässä koskevat yleiset säännöt ovat luvussa [Näin pääsette alkuun](#getting-started); tässä luvussa kerrotaan, mitä ne tarkoittavat vierailulle.

job-shadowing-example =
    Selfossissa toimiva ammatillinen oppilaitos halusi, että rakennusalan ensimmäisen vuoden opiskelijat ymmärtäisivät rakennustyömaan eri ammatit ennen kuin valitsevat kirvesmiehen, putkiasentajan ja sähköasentajan työn välillä. Paikallinen rakennusliike suostui kaksivaiheiseen ohjelmaan: ensin työmaavierailu kuuden hengen ryhmissä vastaavan työnjohtajan opastuksella ja kuukautta myöhemmin kaksi päivää kirvesmiehen, putkiasentajan tai sähköasentajan työn varjostusta.

    Vierailu onnistui, varjostus oli vaikeampaa. Useimmat opiskelijat olivat 16-vuotiaita, ja rakennusliikkeen omat säännöt pitivät alle 18-vuotiaat poissa rakennustelineiltä ja jännitteisten sähkötöiden läheltä, joten sähkötyön valinneet opiskelijat seurasivat työtä kaksi päivää etäältä. Lisäksi useimmat päiväkirjat jäivät lähes tyhjiksi, koska ohje ”kirjoita, mitä näit” ei kertonut, mitä kannatti katsoa.

    Seuraavalle ryhmälle rakennusliike järjesti varjostuksen huoltosähköasentajan kanssa, joka asensi pistorasioita ja valaistusta valmiisiin taloihin, ja oppilaitos korvasi päiväkirjan kolmella kysymyksellä, joihin jokaisen opiskelijan oli vastattava päivän päätteeksi. Oppilaitos päätti säilyttää työmaavierailun kaikille ensimmäisen vuoden opiskelijoille ja tarjota varjostusta vain sitä pyytäville, koska kaikki työmaan ammatit eivät voi ottaa 16-vuotiasta mukaansa kahdeksi päiväksi.
    .title = Kokeiltu tekniikan alalla, Islanti

job-shadowing-prep-vet-provider =
    1. Sopikaa { -employer(case: "gen") } kanssa päivämäärä, ryhmän koko ja se, mitä opiskelijat saavat nähdä ja tehdä, myös mitkä työt ovat alle 18-vuotiailta kiellettyjä.
    2. Varmistakaa, että jokainen opiskelija on vakuutettu käynnin ajan, ja järjestäkää kuljetus ja suojavarusteet.
    3. Antakaa jokaiselle opiskelijalle kaksi tai kolme havainnointikysymystä, esimerkiksi ”Mikä tehtävä vei eniten aikaa, ja miksi?”

job-shadowing-prep-employer =
    1. Valitkaa käynnille opas ja työntekijät, jotka suostuvat seurattaviksi päivän ajan.
    2. Suunnitelkaa reitti tai työpäivä, joka näyttää tyypillistä työtä ja pitää vierailijat poissa vaara-alueilta.
    3. Valmistelkaa lyhyt turvallisuusohjeistus ja kertokaa henkilöstölle, milloin vieraita on tulossa.

job-shadowing-prep-student =
    1. Ota selvää työpaikasta ja ammatista, jota seuraat.
    2. Tarkista, mitä puet päällesi, milloin sinun pitää olla paikalla ja miten pääset sinne.

job-shadowing-do-vet-provider =
    1. Lähtekää ryhmän mukaan tutustumiskäynnille; olkaa varjostuspäivinä tavoitettavissa puhelimitse.
    2. Pitäkää viikon kuluessa purkukeskustelu, jossa jokainen opiskelija vastaa havainnointikysymyksiinsä luokan edessä.

job-shadowing-do-employer =
    1. Aloittakaa turvallisuusohjeistuksella ja näyttäkää, missä vierailijat saavat liikkua ja missä eivät.
    2. Kertokaa työskennellessänne, mitä teette ja miksi; tavallinen työ opettaa enemmän kuin vieraille valmisteltu esitys.
    3. Antakaa opiskelijan tehdä yksinkertaisia ja turvallisia tehtäviä, kun sääntönne sen sallivat.

job-shadowing-do-student =
    1. Pysy oppaasi lähellä ja noudata turvallisuusohjeita.
    2. Esitä havainnointikysymyksesi ja kirjoita vastaukset muistiin.
    3. Kiitä tapaamiasi ihmisiä ennen kuin lähdet.

job-shadowing-follow-up =
    Lähettäkää työpaikalle kiitos ja yhteenveto siitä, mitä opiskelijat huomasivat; työnantajat pitävät sitä usein odotettua kiinnostavampana. Kysykää oppaalta, mikä oli vaikeaa. Onnistunut käynti on luonteva askel kohti vierailevan asiantuntijan oppitunteja tai koulutussopimusjaksoja samassa työpaikassa.

job-shadowing-tips =
    Pienet ryhmät näkevät enemmän ja ovat vähemmän tiellä: kiireisellä työmaalla tai keittiössä kuusi on jo paljon.
    .title = Vinkit ja sudenkuopat

job-shadowing-check-vet-provider-agree-visit = Sopikaa päivä, ryhmän koko ja mitä opiskelijat saavat tehdä.
job-shadowing-check-vet-provider-check-age = Tarkistakaa nähtävien töiden ikärajat.
job-shadowing-check-vet-provider-arrange-transport = Tarkistakaa vakuutus; järjestäkää kuljetus ja varusteet.
job-shadowing-check-vet-provider-observation-task = Antakaa jokaiselle havainnointikysymykset.
job-shadowing-check-vet-provider-reachable = Olkaa varjostuspäivinä tavoitettavissa puhelimitse.
job-shadowing-check-vet-provider-debrief = Pitäkää purkukeskustelu viikon kuluessa.
job-shadowing-check-vet-provider-thank = Lähettäkää työpaikalle kiitos ja yhteenveto.

job-shadowing-check-employer-choose-guide = Valitkaa opas ja seurattavat työntekijät.
job-shadowing-check-employer-plan-route = Suunnitelkaa reitti, joka välttää vaara-alueet.
job-shadowing-check-employer-allowed-tasks = Listatkaa tehtävät, joita vierailijat saavat tehdä.
job-shadowing-check-employer-safety-briefing = Pitäkää turvallisuusohjeistus heti vieraiden saavuttua.
job-shadowing-check-employer-inform-staff = Kertokaa henkilöstölle, milloin vieraat tulevat.
job-shadowing-check-employer-explain-work = Kertokaa työskennellessänne, mitä teette ja miksi.

job-shadowing-check-student-research = Ota selvää työpaikasta ja ammatista.
job-shadowing-check-student-check-clothing = Tarkista vaatetus, aloitusaika ja matkat.
job-shadowing-check-student-stay-with-guide = Pysy oppaasi lähellä koko päivän.
job-shadowing-check-student-take-notes = Kirjoita muistiin vastaukset kysymyksiisi.
job-shadowing-check-student-thank = Kiitä tapaamiasi ihmisiä.
job-shadowing-check-student-share = Kerro luokalle, millaista työ oikeasti on.
