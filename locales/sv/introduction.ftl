## Kapitel 1: Om handboken

introduction-title = Om handboken
    .summary = Vem handboken är till för, hur ni använder den och vilka ord den använder.

introduction-purpose =
    Yrkesutbildning fungerar bäst när skola och arbetsplats drar åt samma håll. Eleverna lär sig ett yrke dels i klassrummet, dels ute på arbetsplatsen, och de två delarna måste passa ihop. Det händer bara när människor på båda sidor pratar med varandra, planerar tillsammans och litar på varandra.

    Handboken beskriver { $methods ->
        [one] ett beprövat sätt
       *[other] { $methods } beprövade sätt
    } för { -vet-providers } och { -employers } att samarbeta. Partnerna i { -brand }, ett Erasmus+-partnerskap mellan yrkesskolor och arbetsgivare i Finland, Sverige, Island, Nederländerna och Tyskland, har prövat varje metod i praktiken. De verkar inom handel och administration, hotell och restaurang, vård och omsorg, lantbruk, trädgård och tekniska yrken, och exemplen i handboken kommer från de branscherna.

    Vårt mål är närmare band mellan yrkesutbildningen och arbetslivet, en smidigare övergång från skola till arbete och en bättre utbildning. Vi vill också visa att samarbete kan se ut på många sätt; det behövs inte alltid ett formellt avtal eller ett stort projekt.

introduction-audience =
    Handboken vänder sig till tre grupper av läsare:

    - **Utbildningsanordnare och lärare**: gymnasieskolor, vuxenutbildningar och andra yrkesutbildningar, och de lärare, APL-samordnare och skolledare som planerar utbildningen och håller kontakten med arbetsplatserna.
    - **Arbetsgivare och handledare**: företag och offentliga verksamheter som tar emot elever, och de medarbetare som handleder eleverna i det dagliga arbetet.
    - **Elever**: ungdomar och vuxna som utbildar sig till ett yrke, dels i skolan och dels på en arbetsplats.

    Varje metod beskriver vad alla tre grupperna gör, eftersom samarbetet bara fungerar när var och en vet vad den ska göra. Eleverna är inte passiva mottagare: de formar sitt eget lärande och ger värdefull återkoppling till båda sidor.
    .title = Vem handboken är till för

introduction-how-to-use =
    Ni behöver inte läsa handboken från pärm till pärm. Börja med kapitlet om hur ni kommer i gång. Där tar ni reda på hur erfaret ert partnerskap är och vilka metoder som passar er just nu. Välj sedan en eller två metoder och läs dem noga.

    Varje metodkapitel består av följande delar:

    - en sammanfattning på en rad, vilka som deltar, ungefärlig tidsåtgång och hur stor arbetsinsats som krävs;
    - en inledning som förklarar vad metoden går ut på och varför den hjälper;
    - en berättelse från en partner som har prövat metoden, med det som var svårare än väntat och det som de ändrade;
    - steg för förberedelser och genomförande, var för sig för { -vet-provider(form: "def") }, { -employer(form: "def") } och { -student(form: "def") };
    - råd om uppföljning, och tips;
    - en checklista för varje roll.

    Vissa metoder har mer där det behövs: en varning för en verklig risk, eller en disposition för ett dokument som APL-planen. Där regler och benämningar skiljer sig mellan länderna står det i texten, och den här utgåvan har dessutom rutor märkta ”I Sverige”.

    Checklistorna finns också tryckta som kort: ge varje person kortet för sin roll. Det sista kapitlet hjälper er att utvärdera och fira ert samarbete. Tidsåtgång och arbetsinsats är ungefärliga riktmärken; anpassa varje metod efter er bransch, de regler som gäller hos er och storleken på era verksamheter.
    .title = Så använder ni handboken

introduction-overview =
    Tabellen visar { $methods ->
        [one] metoden
       *[other] alla { $methods } metoder
    } i den ordning de kommer i handboken.
    .title = Metoderna i korthet

introduction-glossary =
    Skolor och arbetsplatser använder inte alltid samma ord, och varje land har sina egna begrepp. I handboken använder vi följande:

    - **Yrkesutbildning** (på engelska VET, vocational education and training): utbildning som förbereder för ett visst yrke. Den sker i skolan, på en arbetsplats eller, oftast, på båda ställena.
    - **Arbetsbaserat lärande**: lärande genom verkligt arbete på en verklig arbetsplats, med mål som hör till en utbildning eller examen. APL-perioder, lärlingsutbildning och företagsprojekt är alla former av det. I gymnasieskolan kallas den del av utbildningen som förläggs till en arbetsplats för arbetsplatsförlagt lärande (APL).
    - **Handledare** (i vissa länder kallad **lärmästare**): den person på arbetsplatsen som vägleder eleven, planerar arbetsuppgifterna, ger återkoppling och deltar i bedömningen. Andra vanliga benämningar är APL-handledare, instruktör och yrkeshandledare.
    - **Lärlingsutbildning**: utbildning där eleven lär sig yrket främst på en arbetsplats, i många länder med en anställning hos företaget, och läser en del i skolan hos en { -vet-provider }. Ett skriftligt avtal anger rättigheter och skyldigheter för alla inblandade.
    - **APL-plan**: en skriftlig plan som eleven, skolan och arbetsplatsen kommer överens om före en period av lärande på arbetsplatsen. Den anger lärandemål, arbetsuppgifter, tider, kontaktpersoner och hur lärandet ska bedömas. Namn och juridisk form skiljer sig mellan länderna. Vid APL utomlands inom Erasmus+ heter motsvarande dokument Learning Agreement. APL-planen är inte detsamma som utbildningskontraktet, det avtal som upprättas för varje elev i gymnasial lärlingsutbildning.
    .title = Ord vi använder
