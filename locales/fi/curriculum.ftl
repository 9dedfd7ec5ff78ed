## Menetelmä: Työpaikat mukaan opetussuunnitelmatyöhön

curriculum-title = Työpaikat mukaan opetussuunnitelmatyöhön
    .summary = Työpaikat auttavat suunnittelemaan, mitä ja miten opiskelijat oppivat, jotta koulutus vastaa työelämän tarpeita.

curriculum-intro =
    Valtakunnalliset tutkinnot ja opetussuunnitelmien puitteet jättävät tilaa paikallisille päätöksille: mitä valinnaisia tutkinnon osia tarjotaan, missä järjestyksessä, millaisin esimerkein ja tehtävin ja kuinka paljon opitaan työssä. Tämän liikkumavaran koko vaihtelee maittain. Kun { -employers } auttavat käyttämään sitä, koulutus seuraa tiiviimmin työelämän todellisia tarpeita.

    Tässä menetelmässä opettajat ja työpaikkojen edustajat suunnittelevat yhdessä tutkinnon osan toteutuksen, koulutusohjelman tai paikallisen sisällön. Se vaatii aikaa ja luottamusta, joten se sopii kumppaneille, jotka tuntevat jo toisensa.

curriculum-local-room =
    Opetushallitus päättää tutkinnon perusteista: tutkinnon osista, ammattitaitovaatimuksista ja arvioinnin kriteereistä. { -vet-provider(case: "start") } päättää, mitä valinnaisia tutkinnon osia se tarjoaa, ja suunnittelee itse, miten ja missä koulutus toteutetaan. Opiskelijakohtaiset valinnat ja oppimisympäristöt kirjataan HOKSiin, joten työpaikkojen ideat voi viedä käytäntöön ilman valtakunnallista hyväksyntää, kunhan perusteiden vaatimukset täyttyvät.
    .title = Suomessa

curriculum-example =
    Kasselilainen hoitoalan ammatillinen oppilaitos ja neljä hoivapalvelujen tuottajaa olivat huolissaan siitä, että vastavalmistuneet työntekijät hallitsivat heikosti sähköisen hoitotyön kirjaamisen ja omaisten kanssa keskustelemisen. Oppilaitos kutsui hoivapalvelujen esihenkilöitä ja kokeneita hoitajia suunnittelemaan opettajien kanssa kahden opintokokonaisuuden paikallista sisältöä.

    Ensimmäisestä tapaamisesta syntyi toivelista, joka olisi täyttänyt koko vuoden: esihenkilöt eivät olleet tienneet, että opetussuunnitelman puitteet lyövät lukkoon suurimman osan sisällöstä ja tuntimääristä. Toisessa tapaamisessa opettajat näyttivät, missä puitteet jättivät liikkumavaraa, ja ryhmä valitsi kaksi aihetta ja kirjoitti niihin tapauksiin perustuvia tehtäviä. Kolmannessa sovittiin, mitä tehtäviä opiskelijat tekisivät jaksoillaan työpaikoilla.

    Omaisten kanssa keskustelemisen harjoittelu toimi: työpaikkaohjaajien mukaan opiskelijat pysyivät rauhallisempina vaikeissa keskusteluissa. Kirjaaminen ei toiminut, koska oppilaitoksen harjoitusohjelmisto poikkesi neljän palveluntuottajan käyttämistä järjestelmistä, eikä ryhmä ole vielä löytänyt ratkaisua.
    .title = Kokeiltu sosiaali- ja terveysalalla, Saksa

curriculum-prep-vet-provider =
    1. Selvittäkää tarkasti, mikä osa opetussuunnitelmasta on avoinna paikallisille päätöksille ja kuinka monta tuntia siihen kuuluu.
    2. Kutsukaa { -employers } mukaan ja lähettäkää heille sivun tiivistelmä näistä rajoista sekä tapaamisten päivämäärät.
    3. Tuokaa ensimmäiseen tapaamiseen tietoa: valmistuneiden palautetta, työpaikkaohjaajien kommentteja koulutussopimusjaksoilta ja arviointien tuloksia.

curriculum-prep-employer =
    1. Lähettäkää ihmisiä, jotka tuntevat päivittäisen työn ja alan suunnan, ja samat ihmiset joka kerta.
    2. Kerätkää kaksi tai kolme todellista tilannetta, joissa uudet työntekijät olivat vaikeuksissa.

curriculum-prep-student =
    1. Kerro opettajallesi, mitkä koulutuksen osat auttoivat sinua työssä ja mitkä eivät.
    2. Tarjoudu puhumaan opiskelijoiden puolesta jossakin tapaamisessa.

curriculum-do-vet-provider =
    1. Lähtekää liikkeelle työtilanteista ja jakakaa ne sitten tutkinnon osiin tai opintokokonaisuuksiin.
    2. Kirjoittakaa uudet tavoitteet, tehtävät ja arviointi ja lähettäkää luonnos kommentoitavaksi määräaikaan mennessä.
    3. Kertokaa kaikille, mitä ehdotuksia käytettiin, mitä ei, ja miksi.

curriculum-do-employer =
    1. Kuvatkaa jokainen tilanne konkreettisesti: keitä siinä oli mukana, mikä meni pieleen ja mitä osaava työntekijä olisi tehnyt.
    2. Tarkistakaa, vastaavatko luonnoksen tehtävät todellista työtä.
    3. Tarjotkaa tehtäviä, materiaaleja tai koulutussopimuspaikkoja, jotka tukevat uutta sisältöä.

curriculum-do-student =
    1. Kerro, ovatko uudet tehtävät järkeviä sinulle, joka opettelet niitä.
    2. Kerro muille opiskelijoille, mikä muuttuu ja miksi.

curriculum-follow-up =
    Kun uusi sisältö on toteutettu kerran, kokoontukaa uudelleen ja tuokaa mukaan opiskelijapalaute, arviointien tulokset ja työpaikkaohjaajien näkemys opiskelijoista työssä. Muuttakaa se, mikä ei toiminut, ja sopikaa samassa tapaamisessa seuraavan tarkastelun päivämäärä.

curriculum-tips =
    Kertokaa valtakunnalliset säännöt ensimmäisessä tapaamisessa, ennen kuin kukaan suunnittelee sellaista, mikä ei ole mahdollista. Älkääkä pyytäkö neuvoja, joita ette aio käyttää: työnantajat, jotka eivät näe minkään muuttuvan, lakkaavat tulemasta.
    .title = Vinkit ja sudenkuopat

curriculum-check-vet-provider-define-scope = Selvittäkää, mistä opetussuunnitelmassa voi päättää paikallisesti.
curriculum-check-vet-provider-invite-employers = Lähettäkää työpaikoille sivun tiivistelmä rajoista.
curriculum-check-vet-provider-collect-data = Tuokaa valmistuneiden ja jaksojen palaute 1. tapaamiseen.
curriculum-check-vet-provider-lead-meetings = Aloittakaa jokainen tapaaminen todellisista työtilanteista.
curriculum-check-vet-provider-draft-content = Lähettäkää luonnos ja kommenttien määräaika.
curriculum-check-vet-provider-show-changes = Kertokaa, mitä ehdotuksia käytettiin ja miksi.

curriculum-check-employer-choose-people = Lähettäkää samat ihmiset jokaiseen tapaamiseen.
curriculum-check-employer-collect-examples = Tuokaa tilanteita, joissa uudet työntekijät olivat pulassa.
curriculum-check-employer-set-time = Merkitkää kaikki tapaamiset kalenteriin heti.
curriculum-check-employer-comment-drafts = Tarkistakaa, vastaavatko tehtävät todellista työtä.
curriculum-check-employer-offer-tasks = Tarjotkaa tehtäviä tai materiaaleja uuteen sisältöön.

curriculum-check-student-give-feedback = Kerro opettajallesi, mikä auttoi sinua työssä.
curriculum-check-student-volunteer = Tarjoudu opiskelijoiden edustajaksi tapaamiseen.
curriculum-check-student-comment = Kerro, ovatko uudet tehtävät mielestäsi järkeviä.
curriculum-check-student-think-needs = Listaa, mitä vielä tarvitset aloittaaksesi työn varmana.
curriculum-check-student-share-plans = Kerro muille opiskelijoille, mikä muuttuu.
