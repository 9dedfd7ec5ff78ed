## Menetelmä: Työpaikalla oppiminen ulkomailla

mobility-title = Työpaikalla oppiminen ulkomailla
    .summary = Opiskelijat oppivat ulkomaisella työpaikalla, ja kummankin maan kumppanit jakavat työn.

mobility-intro =
    Ulkomailla työpaikalla suoritettu jakso antaa opiskelijoille ammattitaitoa, kielitaitoa ja itsevarmuutta, joita on vaikea saada kotimaassa. He näkevät toisenlaisia työtapoja, oppivat pärjäämään omillaan ja palaavat usein kotiin uusien tavoitteiden kanssa. Erasmus+ -ohjelma rahoittaa tällaisia jaksoja ammatillisen koulutuksen opiskelijoille ja henkilöstölle kaikkialla Euroopassa.

    Hyvä ulkomaanjakso edellyttää kumppaneita kummassakin maassa: lähettävän { -vet-provider(case: "gen") }, vastaanottavan oppilaitoksen tai välittäjäorganisaation sekä vastaanottavan { -employer(case: "gen") }, jossa on { -work-mentor }. Erasmus+ -ohjelman oppimissopimuksessa sovitaan, mitä opiskelija oppii ja miten osaaminen tunnustetaan kotimaassa.

mobility-example =
    Seinäjokelaisen ammattiopiston puutarha-alan opiskelijat työskentelivät neljä viikkoa kasvihuoneyrityksissä Venlon ympäristössä Kaakkois-Alankomaissa. Hollantilainen kumppanioppilaitos etsi vastaanottavat yritykset, järjesti majoituksen ja toimi paikallisena yhteyshenkilönä.

    Ennen lähtöä jokainen opiskelija tapasi hollantilaisen työpaikkaohjaajansa verkossa ja allekirjoitti oppimissopimuksen, jossa lueteltiin kasvuston hoitoon, ilmastonohjaukseen ja pakkaamiseen liittyvät tehtävät. Opiskelijat suorittivat lyhyen puutarha-alan englannin kurssin, ja ammattiopiston kansainvälisyyskoordinaattori piti valmennuspäivän käytännön asioista, kulttuurista ja turvallisuudesta.

    Jakson lopussa työpaikkaohjaajat arvioivat opiskelijat sovittuja tavoitteita vasten, ja ammattiopisto tunnusti jakson osaksi tutkintoa. Opiskelijoiden mukaan hollantilaisen tuotannon mittakaava avasi heidän silmänsä. Seuraavana vuonna hollantilainen oppilaitos lähetti omia opiskelijoitaan Suomeen.
    .title = Kokeiltu puutarha-alalla, Suomi ja Alankomaat

mobility-prep-vet-provider =
    1. Etsikää luotettavat kumppanit ulkomailta ja hakekaa rahoitusta hyvissä ajoin.
    2. Valitkaa ja valmentakaa opiskelijat: kieli, kulttuuri, käytännön asiat ja turvallisuus.
    3. Laatikaa oppimissopimus vastaanottajan kanssa ja sopikaa, miten jakso tunnustetaan.

mobility-prep-employer =
    1. Sopikaa kumppanioppilaitoksen kanssa, mitä tehtäviä ja oppimistavoitteita voitte tarjota.
    2. Nimetkää työpaikkaohjaaja, joka puhuu opiskelijan ymmärtämää kieltä.
    3. Tavatkaa opiskelija verkossa ennen hänen saapumistaan ja valmistelkaa perehdytys.

mobility-prep-student =
    1. Hae jaksolle ja ota selvää, mitä se sisältää.
    2. Valmistele asiakirjat, vakuutukset ja matkat yhdessä koordinaattorin kanssa.
    3. Opettele kielen perussanastoa ja tutustu kohdemaahan.

mobility-do-vet-provider =
    1. Pitäkää säännöllisesti yhteyttä opiskelijaan ja vastaanottajaan.
    2. Laatikaa hätätilannesuunnitelma ja varmistakaa, että joku on aina tavoitettavissa.
    3. Tukekaa työpaikkaohjaajaa arvioinnissa jakson lopussa.

mobility-do-employer =
    1. Pitäkää perehdytys, joka kattaa kielen, turvallisuuden ja työpaikan kulttuurin.
    2. Antakaa todellisia tehtäviä oppimissopimuksen mukaisesti.
    3. Arvioikaa opiskelija sovittuja tavoitteita vasten.

mobility-do-student =
    1. Osallistu täysipainoisesti työhön ja kysy, kun et ymmärrä.
    2. Pidä oppimispäiväkirjaa sanoin tai kuvin.
    3. Pidä yhteyttä opettajaasi ja kerro ongelmista ajoissa.

mobility-follow-up =
    Kotimaassa tunnustakaa jakso sovitulla tavalla ja antakaa opiskelijalle asiakirja, esimerkiksi Europass-liikkuvuustodistus, jossa kuvataan hankittu osaaminen. Pyytäkää opiskelijoita kertomaan kokemuksistaan muille opiskelijoille, ja lähettäkää vastaanottajalle palautetta.

    Arvioikaa yhteistyötä ulkomaisten kumppanien kanssa ja päättäkää, jatketaanko sitä tai aloitetaanko vaihto myös toiseen suuntaan.

mobility-tips =
    - Aloittakaa ajoissa: rahoitus, kumppanit ja valmistelu vievät kuukausia.
    - Selkeät oppimissopimukset ehkäisevät pettymyksiä.
    - Älkää aliarvioiko koti-ikävää: säännöllinen yhteydenpito auttaa.
    - Vastavuoroiset vaihdot vahvistavat kumppanuutta.
    .title = Vinkit ja sudenkuopat

mobility-check-vet-provider-find-partners = Etsikää luotettavat kumppanit ja hakekaa rahoitusta.
mobility-check-vet-provider-prepare-students = Valmentakaa opiskelijat kieleen, kulttuuriin ja turvallisuuteen.
mobility-check-vet-provider-learning-agreement = Laatikaa oppimissopimus.
mobility-check-vet-provider-emergency-plan = Laatikaa hätätilannesuunnitelma.
mobility-check-vet-provider-keep-contact = Pitäkää säännöllisesti yhteyttä.
mobility-check-vet-provider-recognise = Tunnustakaa jakso kotimaassa.

mobility-check-employer-agree-tasks = Sopikaa tehtävät ja tavoitteet, joita voitte tarjota.
mobility-check-employer-name-mentor = Nimetkää työpaikkaohjaaja, jonka kanssa on yhteinen kieli.
mobility-check-employer-meet-online = Tavatkaa opiskelija verkossa ennen hänen saapumistaan.
mobility-check-employer-induction = Pitäkää perehdytys turvallisuudesta ja kulttuurista.
mobility-check-employer-assess = Arvioikaa opiskelija tavoitteita vasten.

mobility-check-student-prepare-documents = Valmistele asiakirjat, vakuutukset ja matkat.
mobility-check-student-learn-language = Opettele kielen perussanastoa.
mobility-check-student-keep-log = Pidä oppimispäiväkirjaa.
mobility-check-student-stay-in-touch = Pidä yhteyttä opettajaasi.
mobility-check-student-share = Kerro kokemuksistasi kotona.
