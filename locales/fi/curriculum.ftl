## Menetelmä: Työpaikat mukaan opetussuunnitelmatyöhön

curriculum-title = Työpaikat mukaan opetussuunnitelmatyöhön
    .summary = Työpaikat auttavat suunnittelemaan, mitä ja miten opiskelijat oppivat, jotta koulutus vastaa työelämän tarpeita.

curriculum-intro =
    Valtakunnalliset tutkinnon perusteet jättävät tilaa paikallisille päätöksille: mitä valinnaisia tutkinnon osia tarjotaan, missä järjestyksessä ne opiskellaan, mitä esimerkkejä ja tehtäviä käytetään ja kuinka paljon opitaan työpaikalla. Kun { -employers } osallistuvat näihin päätöksiin, koulutus seuraa tiiviimmin työelämän todellisia tarpeita.

    Tässä menetelmässä opettajat ja työpaikkojen edustajat suunnittelevat yhdessä tutkinnon osan toteutuksen, koulutuksen paikallisen tarjonnan tai koko paikallisen opetussuunnitelman. Se vaatii aikaa ja luottamusta, joten se sopii kumppaneille, jotka tuntevat jo toisensa. Palkintona on koulutus, jonka kumpikin osapuoli kokee omakseen.

curriculum-example =
    Kasselilainen hoitoalan ammatillinen oppilaitos ja neljä hoivapalvelujen tuottajaa olivat huolissaan siitä, että vastavalmistuneet työntekijät hallitsivat heikosti sähköisen hoitotyön kirjaamisen ja omaisten kanssa keskustelemisen. Oppilaitos kutsui hoivapalvelujen esihenkilöitä ja kokeneita hoitajia suunnittelemaan opettajien kanssa kahden oppialueen (saksaksi *Lernfeld*) paikallista sisältöä.

    Lukukauden aikana ryhmä kokoontui kolme kertaa. Ensimmäisessä tapaamisessa palveluntuottajat kuvasivat arjen tilanteita, joissa uudet työntekijät olivat vaikeuksissa. Toisessa opettajat ja hoitajat jakoivat tilanteet oppialueisiin ja kirjoittivat uusia tapauksiin perustuvia tehtäviä. Kolmannessa he sopivat, mitkä tehtävät opiskelijat tekisivät jaksoillaan työpaikoilla ja miten ne arvioitaisiin.

    Uusi sisältö otettiin käyttöön seuraavana vuonna. Esihenkilöiden mukaan opiskelijat tulivat työpaikoille aiempaa paremmin valmistautuneina, ja oppilaitos pitää nykyään suunnittelukokouksen työnantajien kanssa joka kevät.
    .title = Kokeiltu sosiaali- ja terveysalalla, Saksa

curriculum-prep-vet-provider =
    1. Päättäkää, mikä osa opetussuunnitelmasta on avoinna paikalliselle suunnittelulle.
    2. Kutsukaa mukaan { -employers(case: "part") } ja kertokaa niille raameista, säännöistä ja aikataulusta.
    3. Kerätkää keskustelua tukevaa tietoa, esimerkiksi valmistuneiden palautetta ja kokemuksia koulutussopimusjaksoista.

curriculum-prep-employer =
    1. Valitkaa mukaan ihmisiä, jotka tuntevat sekä päivittäisen työn että alan kehityssuunnat.
    2. Kerätkää esimerkkejä taidoista, jotka uusilta työntekijöiltä puuttuvat tai joita tarvitaan pian.
    3. Varatkaa aikaa suunnittelukokouksiin.

curriculum-prep-student =
    1. Anna palautetta nykyisestä opetuksesta ja jaksoistasi työpaikalla.
    2. Tarjoudu edustamaan opiskelijoita suunnittelukokouksessa.
    3. Mieti, mitä sinun pitäisi oppia, jotta voisit aloittaa työt itsevarmasti.

curriculum-do-vet-provider =
    1. Johtakaa kokouksia ja pitäkää raamit näkyvillä.
    2. Muotoilkaa ideat oppimistavoitteiksi, tehtäviksi ja arvioinniksi.
    3. Lähettäkää luonnokset kaikille kommentoitaviksi.

curriculum-do-employer =
    1. Kuvatkaa todellisia työtilanteita ja niissä tarvittavia taitoja.
    2. Kommentoikaa luonnoksia selkein sanoin.
    3. Tarjotkaa tehtäviä, materiaaleja tai koulutussopimuspaikkoja, jotka tukevat uutta sisältöä.

curriculum-do-student =
    1. Kerro ryhmälle, miten opiskelijat kokevat koulutuksen.
    2. Kommentoi, ovatko uudet tehtävät mielestäsi järkeviä.
    3. Kerro suunnitelmista muille opiskelijoille.

curriculum-follow-up =
    Kun uusi sisältö on toteutettu kerran, kokoontukaa uudelleen tarkastelemaan tuloksia: opiskelijapalautetta, arviointien tuloksia ja työpaikkojen kokemuksia opiskelijoista. Korjatkaa se, mikä ei toiminut.

    Tehkää tästä tapa, esimerkiksi vuosittainen suunnittelukokous, jotta opetussuunnitelma pysyy työelämän tahdissa.

curriculum-tips =
    - Kertokaa valtakunnallisista säännöistä heti alussa, jottei kukaan suunnittele sellaista, mikä ei ole mahdollista.
    - Käyttäkää lähtökohtana konkreettisia työtilanteita, älkää oppiaineiden luetteloita.
    - Älkää pyytäkö näkemyksiä vain sivuuttaaksenne ne: näyttäkää, mikä muuttui.
    - Ottakaa opiskelijoiden ääni mukaan.
    .title = Vinkit ja sudenkuopat

curriculum-check-vet-provider-define-scope = Määritelkää, mikä on avoinna paikalliselle suunnittelulle.
curriculum-check-vet-provider-invite-employers = Kutsukaa työpaikat mukaan ja kertokaa raameista.
curriculum-check-vet-provider-collect-data = Kerätkää palautetta valmistuneilta ja koulutussopimusjaksoista.
curriculum-check-vet-provider-lead-meetings = Johtakaa kokouksia.
curriculum-check-vet-provider-draft-content = Muotoilkaa ideat tavoitteiksi, tehtäviksi ja arvioinniksi.
curriculum-check-vet-provider-show-changes = Näyttäkää kaikille, mikä muuttui.

curriculum-check-employer-choose-people = Valitkaa ihmisiä, jotka tuntevat työn ja sen tulevaisuuden.
curriculum-check-employer-collect-examples = Kerätkää esimerkkejä puuttuvista taidoista.
curriculum-check-employer-set-time = Varatkaa aikaa kokouksiin.
curriculum-check-employer-comment-drafts = Kommentoikaa luonnoksia.
curriculum-check-employer-offer-tasks = Tarjotkaa tehtäviä tai materiaaleja uuteen sisältöön.

curriculum-check-student-give-feedback = Anna palautetta nykyisestä koulutuksesta.
curriculum-check-student-volunteer = Tarjoudu opiskelijoiden edustajaksi.
curriculum-check-student-comment = Kommentoi uusia tehtäviä.
curriculum-check-student-share-plans = Kerro suunnitelmista muille opiskelijoille.
curriculum-check-student-think-needs = Mieti, mitä sinun pitää oppia.
