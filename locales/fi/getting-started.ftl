## Luku 2: Näin pääsette alkuun

getting-started-title = Näin pääsette alkuun
    .summary = Rakentakaa yhteistyölle yhteinen perusta ja löytäkää kumppanuuteenne sopivat menetelmät.

getting-started-intro =
    Oppilaitoksen ja työpaikan yhteistyö kaatuu harvoin hyvän tahdon puutteeseen. Se kaatuu siihen, että ihmisillä on kiire, että kumpikin osapuoli olettaa toisen tietävän, mitä se haluaa, tai että yksi innostunut ihminen lähtee. Tässä luvussa käydään läpi pohjatyö, jonka ansiosta yhteistyö kestää. Luvun lopussa on itsearviointi, joka ohjaa teidät sopivien menetelmien luo.

getting-started-common-goal =
    Ennen kuin valitsette menetelmän, kokoontukaa yhteen ja keskustelkaa siitä, miksi haluatte tehdä yhteistyötä. { -vet-provider(case: "start") } voi haluta lisää koulutussopimuspaikkoja, ajantasaisempaa opetusta tai oikeudenmukaisempaa arviointia. { -employer(case: "start") } voi haluta osaavaa uutta henkilöstöä tai mahdollisuuden vaikuttaa koulutukseen. Kumpikin toive on perusteltu. Kirjatkaa sekä yhteiset tavoitteet että ne, jotka koskevat vain toista osapuolta, jotta mitään ei jää piiloon.

    Tarkistakaa sitten sanastonne. Oppilaitoksessa puhutaan tutkinnoista, tutkinnon osista, ammattitaitovaatimuksista ja arviointikriteereistä. Työpaikalla puhutaan tehtävistä, vuoroista, asiakkaista ja laatuvaatimuksista. Sama sana voi tarkoittaa eri asioita: opettajalle arviointi on virallinen arvosana, kun taas vuoropäällikölle se voi tarkoittaa vuosittaista kehityskeskustelua esihenkilön kanssa. Sopikaa keskeisistä käsitteistä ja kirjatkaa ne. Johdannon käsitteistö on hyvä lähtökohta.

    Hyödyllisiä kysymyksiä ensimmäiseen tapaamiseen:

    - Mitä kumpikin meistä haluaa saavuttaa tulevan vuoden aikana?
    - Mitä kumpikin voi tarjota, ja mitä tarvitsemme toisiltamme?
    - Mistä tiedämme, että yhteistyö toimii?
    .title = Löytäkää yhteinen tavoite ja yhteinen kieli

getting-started-strategy =
    Yhteistyö, joka on yhden opettajan ja yhden ohjaajan varassa, on hauras. Jotta se kestäisi, kirjatkaa se kummankin organisaation strategiaan ja toimintasuunnitelmiin. { -vet-provider(case: "start-all") } tämä tarkoittaa strategiaa, vuosittaista toimintasuunnitelmaa ja opettajien työsuunnitelmia, joihin varataan tunteja työelämäyhteistyölle. { -employer(case: "start-all") } se tarkoittaa henkilöstön kehittämissuunnitelmaa, talousarviota ja niiden työntekijöiden tehtävänkuvia, jotka toimivat ohjaajina.

    Kummankin organisaation ylimmän johdon on tiedettävä yhteistyöstä ja tuettava sitä avoimesti, joten raportoikaa heille säännöllisesti lyhyesti ja konkreettisin tuloksin. Kun työ on kirjattu suunnitelmiin, se selviää henkilöstövaihdoksista ja kiireisistä sesongeista.
    .title = Kirjatkaa yhteistyö suunnitelmiinne

getting-started-start-small =
    Kaikkea ei tarvitse käynnistää kerralla. Valitkaa yksi tilanteeseenne sopiva menetelmä, kokeilkaa sitä yhden opiskelijaryhmän tai yhden osaston kanssa ja tarkastelkaa tuloksia yhdessä. Yksi hyvä kokemus rakentaa enemmän luottamusta kuin pitkä sopimus, jota kukaan ei noudata.

    Kertokaa toimivista käytännöistä kollegoille ja muille työpaikoille ja kutsukaa heidät mukaan. Suhtautukaa virheisiin osana oppimista: kun jokin menee pieleen, puhukaa siitä avoimesti, selvittäkää syy ja sopikaa, mitä muutatte. Kumppanuudet, joissa ongelmista voi puhua syyllistämättä, kehittyvät nopeammin kuin ne, joissa ongelmat piilotetaan.
    .title = Aloittakaa pienestä ja oppikaa matkan varrella

getting-started-ground-rules =
    Ennen kuin ensimmäinen { -student } saapuu, sopikaa muutamista käytännön ja oikeudellisista kysymyksistä. Vastaukset riippuvat maasta, opiskelijan iästä ja työssä oppimisen muodosta, joten selvittäkää, mitä teitä koskee, ja kirjatkaa vastaukset jakson suunnitelmaan tai yhteiseen suunnitelmaanne.

    - **Vakuutukset ja vastuu.** Kuka vakuuttaa opiskelijan työssä ja työmatkoilla sattuvien tapaturmien varalta? Kuka maksaa, jos opiskelija vahingoittaa laitteita tai asiakkaan omaisuutta? Tarkistakaa oppilaitoksen ja työnantajan vakuutukset; älkää olettako, että yksi kattaa kaiken.
    - **Nuoret työntekijät.** Alle 18-vuotiaiden työaikaa ja yötyötä on rajoitettu, ja osa vaarallisista töistä ja koneista on heiltä kielletty. { -employer(case: "start") } arvioi nuorten työntekijöiden riskit ennen aloitusta ja kertoo niistä opiskelijalle.
    - **Tietosuoja ja suostumus.** Sopikaa, mitä tietoja opiskelijasta oppilaitos ja työpaikka jakavat ja kuka saa nähdä ne. Valokuviin, videoihin ja tallenteisiin tarvitaan niissä esiintyvien suostumus; oppimiseen käytettävät todelliset asiakas- ja potilastapaukset muutetaan tunnistamattomiksi.
    - **Kustannukset ja korvaukset.** Sopikaa, kuka maksaa mitäkin: ohjaajien ajan, matkat ja ateriat, työvaatteet, työvälineet ja materiaalit sekä mahdollisen palkan tai korvauksen. Useimmissa kumppanimaissa oppisopimusopiskelijat ovat työsuhteessa ja saavat palkkaa; muiden työssä oppivien opiskelijoiden kohdalla säännöt ja käytännöt vaihtelevat.
    .title = Sopikaa käytännön ja oikeudellisista kysymyksistä

getting-started-rules-note =
    Koulutussopimuksella opiskeleva ei ole työsuhteessa eikä saa palkkaa, ja hänen tapaturmaturvansa perustuu lakiin opiskelijan työtapaturma- ja ammattitautiturvasta (460/2015). Oppisopimusopiskelija on työsuhteessa, saa palkkaa ja on vakuutettu työnantajan lakisääteisellä työtapaturmavakuutuksella. Alle 18-vuotiaiden työajoista ja kielletyistä töistä säädetään nuorista työntekijöistä annetussa laissa (998/1993); ohjeita antaa työsuojeluhallinto (tyosuojelu.fi). Tietosuojasta ohjeistaa tietosuojavaltuutetun toimisto (tietosuoja.fi).
    .title = Suomessa

getting-started-where-now =
    Tässä käsikirjassa on { $methods ->
        [one] menetelmä, joka sopii
       *[other] { $methods } menetelmää, jotka sopivat
    } eri vaiheissa oleville kumppanuuksille. Käykää alla oleva kysely läpi yhdessä kumppaninne kanssa: se näyttää, mikä vaihe kuvaa kumppanuuttanne parhaiten ja mistä menetelmistä on hyvä aloittaa.

    Suositellut menetelmät ovat ehdotuksia, eivät sääntöjä. Uusi kumppanuus voi kokeilla vaativaa menetelmää, jos sillä on siihen tekijöitä, ja kokenutkin kumppanuus hyötyy yksinkertaisista menetelmistä.
    .title = Missä vaiheessa kumppanuutenne on nyt?

getting-started-self-evaluation =
    Vastatkaa jokaiseen kysymykseen yhdessä kumppaninne kanssa: **kyllä** antaa 2 pistettä, **osittain** 1 pisteen ja **ei** 0 pistettä. Laskekaa kunkin tason pisteet yhteen erikseen ja kirjoittakaa ne tason pisteriville.

    Taso on saavutettu, kun sen pisteet yltävät pisterivillä merkin ≥ jälkeen olevaan rajaan, joka on noin kaksi kolmasosaa enimmäismäärästä. Käykää tasot läpi aloittavasta ylöspäin: kumppanuutenne on ensimmäisellä tasolla, jota se ei ole vielä saavuttanut, ja tälle tasolle suositellut menetelmät ovat hyvä lähtökohta. Jos saatte esimerkiksi aloittavalta tasolta 8 pistettä ja kehittyvältä 5, olette kehittyvällä tasolla. Jos olette saavuttaneet kaikki kolme tasoa, kumppanuutenne on kokenut.
    .title = Itsearviointi
getting-started-self-evaluation-answer-yes = Kyllä
getting-started-self-evaluation-answer-partly = Osittain
getting-started-self-evaluation-answer-no = Ei
getting-started-self-evaluation-contact-person = Onko kumpikin organisaatio nimennyt yhteistyölle yhteyshenkilön?
getting-started-self-evaluation-shared-goals = Olemmeko keskustelleet yhdessä siitä, mitä kumpikin osapuoli haluaa saavuttaa?
getting-started-self-evaluation-workplace-knows-goals = Tunteeko työpaikka tutkinnon ammattitaitovaatimukset?
getting-started-self-evaluation-school-knows-work = Tunteeko oppilaitos työpaikan nykyiset osaamistarpeet?
getting-started-self-evaluation-first-activity = Olemmeko jo tehneet yhdessä ainakin yhden asian, esimerkiksi yritysvierailun tai koulutussopimusjakson?
getting-started-self-evaluation-every-year = Teemmekö yhteistyötä joka vuosi?
getting-started-self-evaluation-written-agreement = Onko meillä kirjallinen sopimus, josta käy ilmi, kuka tekee mitäkin?
getting-started-self-evaluation-mentors-know-goals = Tuntevatko työpaikkaohjaajat ohjaamiensa opiskelijoiden oppimistavoitteet?
getting-started-self-evaluation-fixed-meetings = Tapaavatko yhteyshenkilöt sovittuina aikoina vuoden mittaan?
getting-started-self-evaluation-feedback = Annammeko toisillemme palautetta jokaisen koulutussopimusjakson jälkeen?
getting-started-self-evaluation-strategy = Onko yhteistyömme kirjattu kummankin organisaation strategiaan?
getting-started-self-evaluation-workplace-teaches = Opettavatko työpaikan työntekijät oppilaitoksessa?
getting-started-self-evaluation-joint-assessment = Arvioivatko opettajat ja työpaikkaohjaajat opiskelijoiden osaamista yhdessä?
getting-started-self-evaluation-curriculum = Osallistuuko työpaikka opetussuunnitelman laatimiseen?
getting-started-self-evaluation-evaluation = Arvioimmeko yhteistyötämme yhdessä vähintään kerran vuodessa?

getting-started-next-steps =
    Kun olette valinneet menetelmän, laatikaa yhteinen suunnitelma yhdelle sivulle: mitä teette, kuka kummallakin puolella vastaa, milloin se tapahtuu ja mistä tiedätte, onnistuiko se. Jakakaa tehtävät menetelmäluvun tarkistuslistojen avulla, ja tehkää itsearviointi uudelleen vuoden kuluttua.
    .title = Laatikaa suunnitelma
