## Menetelmä: Työpaikat mukaan opetussuunnitelmatyöhön

curriculum-title = Työpaikat mukaan opetussuunnitelmatyöhön
    .summary = Työpaikat auttavat suunnittelemaan, mitä ja miten opiskelijat oppivat, jotta koulutus vastaa työelämän tarpeita.

curriculum-intro =
    Valtakunnalliset tutkinnon perusteet jättävät tilaa paikallisille päätöksille: mitä valinnaisia tutkinnon osia tarjotaan, missä järjestyksessä ne opiskellaan, mitä esimerkkejä ja tehtäviä käytetään ja kuinka paljon opitaan työpaikalla. Kun { -employers } osallistuvat näihin päätöksiin, koulutus seuraa tiiviimmin työelämän todellisia tarpeita.

    Tässä menetelmässä opettajat ja työpaikkojen edustajat suunnittelevat yhdessä opintojakson, koulutusohjelman tai paikallisen opetussuunnitelman. Se vaatii aikaa ja luottamusta, joten se sopii kumppaneille, jotka tuntevat jo toisensa. Palkintona on koulutus, jonka kumpikin osapuoli kokee omakseen.

curriculum-example =
    Kasselilainen hoitoalan ammatillinen oppilaitos ja neljä hoivapalvelujen tuottajaa olivat huolissaan siitä, että vastavalmistuneet työntekijät hallitsivat heikosti sähköisen hoitotyön kirjaamisen ja omaisten kanssa keskustelemisen. Oppilaitos kutsui hoivapalvelujen esihenkilöitä ja kokeneita hoitajia suunnittelemaan opettajien kanssa kahden oppialueen (saksaksi *Lernfeld*) paikallista sisältöä.

    Lukukauden aikana ryhmä kokoontui kolme kertaa. Ensimmäisessä tapaamisessa palveluntuottajat kuvasivat arjen tilanteita, joissa uudet työntekijät olivat vaikeuksissa. Toisessa opettajat ja hoitajat jakoivat tilanteet oppialueisiin ja kirjoittivat uusia tapauksiin perustuvia tehtäviä. Kolmannessa he sopivat, mitkä tehtävät opiskelijat tekisivät työpaikalla tapahtuvan oppimisen jaksoillaan ja miten ne arvioitaisiin.

    Uusi sisältö otettiin käyttöön seuraavana vuonna. Esihenkilöiden mukaan opiskelijat tulivat työpaikoille aiempaa paremmin valmistautuneina, ja oppilaitos pitää nykyään suunnittelukokouksen työnantajien kanssa joka kevät.
    .title = Kokeiltu sosiaali- ja terveysalalla, Saksa

curriculum-prep-vet-provider =
    1. Päätä, mikä osa opetussuunnitelmasta on avoinna paikalliselle suunnittelulle.
    2. Kutsu mukaan { -employers(case: "part") } ja kerro niille raameista, säännöistä ja aikataulusta.
    3. Kerää keskustelua tukevaa tietoa, esimerkiksi valmistuneiden palautetta ja kokemuksia työpaikalla tapahtuvan oppimisen jaksoista.

curriculum-prep-employer =
    1. Valitse mukaan ihmisiä, jotka tuntevat sekä päivittäisen työn että alan kehityssuunnat.
    2. Kerää esimerkkejä taidoista, jotka uusilta työntekijöiltä puuttuvat tai joita tarvitaan pian.
    3. Varaa aikaa suunnittelukokouksiin.

curriculum-prep-student =
    1. Anna palautetta nykyisistä opintojaksoista ja työpaikalla tapahtuvan oppimisen jaksoistasi.
    2. Tarjoudu edustamaan opiskelijoita suunnittelukokouksessa.
    3. Mieti, mitä sinun pitäisi oppia, jotta voisit aloittaa työt itsevarmasti.

curriculum-do-vet-provider =
    1. Johda kokouksia ja pidä raamit näkyvillä.
    2. Muotoile ideat oppimistavoitteiksi, tehtäviksi ja arvioinniksi.
    3. Lähetä luonnokset kaikille kommentoitaviksi.

curriculum-do-employer =
    1. Kuvaa todellisia työtilanteita ja niissä tarvittavia taitoja.
    2. Kommentoi luonnoksia selkein sanoin.
    3. Tarjoa tehtäviä, materiaaleja tai työpaikalla tapahtuvan oppimisen jaksoja, jotka tukevat uutta sisältöä.

curriculum-do-student =
    1. Kerro ryhmälle, miten opiskelijat kokevat koulutuksen.
    2. Kommentoi, ovatko uudet tehtävät mielestäsi järkeviä.
    3. Kerro suunnitelmista muille opiskelijoille.

curriculum-follow-up =
    Kun uusi sisältö on toteutettu kerran, kokoontukaa uudelleen tarkastelemaan tuloksia: opiskelijapalautetta, arviointien tuloksia ja työpaikkojen kokemuksia opiskelijoista. Korjatkaa se, mikä ei toiminut.

    Tehkää tästä tapa, esimerkiksi vuosittainen suunnittelukokous, jotta opetussuunnitelma pysyy työelämän tahdissa.

curriculum-tips =
    - Kerro valtakunnallisista säännöistä heti alussa, jottei kukaan suunnittele sellaista, mikä ei ole mahdollista.
    - Käytä lähtökohtana konkreettisia työtilanteita, älä oppiaineiden luetteloita.
    - Älä pyydä näkemyksiä vain sivuuttaaksesi ne: näytä, mikä muuttui.
    - Ota opiskelijoiden ääni mukaan.
    .title = Vinkit ja sudenkuopat

curriculum-check-vet-provider-define-scope = Määrittele, mikä on avoinna paikalliselle suunnittelulle.
curriculum-check-vet-provider-invite-employers = Kutsu työpaikat mukaan ja kerro raameista.
curriculum-check-vet-provider-collect-data = Kerää palautetta valmistuneilta ja työpaikalla tapahtuvan oppimisen jaksoista.
curriculum-check-vet-provider-lead-meetings = Johda kokouksia.
curriculum-check-vet-provider-draft-content = Muotoile ideat tavoitteiksi, tehtäviksi ja arvioinniksi.
curriculum-check-vet-provider-show-changes = Näytä kaikille, mikä muuttui.

curriculum-check-employer-choose-people = Valitse ihmisiä, jotka tuntevat työn ja sen tulevaisuuden.
curriculum-check-employer-collect-examples = Kerää esimerkkejä puuttuvista taidoista.
curriculum-check-employer-set-time = Varaa aikaa kokouksiin.
curriculum-check-employer-comment-drafts = Kommentoi luonnoksia.
curriculum-check-employer-offer-tasks = Tarjoa tehtäviä tai materiaaleja uuteen sisältöön.

curriculum-check-student-give-feedback = Anna palautetta nykyisestä koulutuksesta.
curriculum-check-student-volunteer = Tarjoudu opiskelijoiden edustajaksi.
curriculum-check-student-comment = Kommentoi uusia tehtäviä.
curriculum-check-student-share-plans = Kerro suunnitelmista muille opiskelijoille.
curriculum-check-student-think-needs = Mieti, mitä sinun pitää oppia.
