/**
 * English for the Dutch messages that the domain modules and shared libraries hand to people: zod validation errors,
 * AppError texts and the shared error texts. Keyed by the Dutch text itself, as gettext keys a translation by its
 * source text, so a module writes its message once, in Dutch; translated where a result reaches an English reader
 * (src/i18n/translate-message.ts). A template message (`Vul ${label} in.`) is keyed by its template ("Vul {0} in."),
 * and the Dutch words that land in its places are in EN_FRAGMENTS. A new Dutch message without its English fails
 * src/i18n/en-messages.test.ts.
 */
export const EN_MESSAGES: Readonly<Record<string, string>> = {
  // src/lib/audit/anchor.ts
  "Controle auditlog signalen: nog geen regels.": "Audit log check for signals: no lines yet.",
  "Controle auditlog signalen: {0} regels, laatste controlegetal {1}. Bewaar deze mail: zo is later te zien of er regels zijn weggehaald of veranderd.":
    "Audit log check for signals: {0} lines, last check number {1}. Keep this email: it lets you see later whether lines were removed or changed.",
  // src/lib/csv/decode.ts
  "Het bestand is gelezen als {0}.": "The file was read as {0}.",
  // src/lib/http/problem.ts
  "Niet alle velden zijn goed ingevuld.": "Not all fields are filled in correctly.",
  "Vul een naam in van minstens 2 tekens.": "Fill in a name of at least 2 characters.",
  // src/lib/input/paging.ts
  "{0} moet een heel getal zijn.": "{0} must be a whole number.",
  "{0} moet 1 of hoger zijn.": "{0} must be 1 or higher.",
  "{0} mag hoogstens {1} zijn.": "{0} may be at most {1}.",
  // src/lib/input/text.ts
  "Deze tekst bevat een teken dat niet kan worden opgeslagen. Haal het weg en probeer het opnieuw.":
    "This text contains a character that cannot be saved. Remove it and try again.",
  "Kies ja of nee.": "Choose yes or no.",
  // src/lib/jobs/mail-send.ts
  "Vul een geldig e-mailadres in.": "Fill in a valid email address.",
  "Vul een onderwerp in.": "Fill in a subject.",
  "Het onderwerp is te lang (hoogstens 200 tekens).": "The subject is too long (at most 200 characters).",
  "Vul de tekst van de mail in.": "Fill in the text of the email.",
  "De tekst is te lang.": "The text is too long.",
  "De opgemaakte tekst is te lang.": "The formatted text is too long.",
  // src/lib/names.ts
  "Een naam moet minstens één letter of cijfer hebben. Alleen leestekens, symbolen of onzichtbare tekens kan niet.":
    "A name must have at least one letter or number. Only punctuation, symbols or invisible characters is not enough.",
  // src/lib/openapi/docs-model.ts
  "Het verzoek is te groot (JSON: hoogstens 100 kB; CSV-import: hoogstens 2 MB).":
    "The request is too large (JSON: at most 100 kB; CSV import: at most 2 MB).",
  "Verkeerd soort inhoud: stuur JSON, of bij de import CSV.": "Wrong type of content: send JSON, or CSV for the import.",
  "De gegevens zijn geen geldige JSON.": "The data is not valid JSON.",
  "Er is niets ingelezen: regels met een fout staan in fieldErrors ('regel N').":
    "Nothing was imported: the lines with an error are in fieldErrors ('regel N').",
  // src/lib/result.ts
  "Hiervoor is inloggen nodig. Log in en probeer het opnieuw.": "You need to log in for this. Log in and try again.",
  "Dit account heeft geen toestemming voor deze pagina of actie.": "This account does not have permission for this page or action.",
  "Dit bestaat niet, of is niet open voor dit account.": "This does not exist, or is not open to this account.",
  "Niet alle velden zijn goed ingevuld. Kijk de velden na en probeer het opnieuw.":
    "Not all fields are filled in correctly. Check the fields and try again.",
  "Dit bestaat al of is intussen veranderd. Laad de pagina opnieuw.":
    "This already exists or has changed in the meantime. Load the page again.",
  "Te veel pogingen. Wacht even en probeer het dan opnieuw.": "Too many attempts. Wait a moment and then try again.",
  "Dit verzoek komt niet van Samenkracht zelf en is geweigerd.": "This request does not come from Samenkracht itself and has been refused.",
  "Samenkracht is even niet bereikbaar. Probeer het over een paar minuten opnieuw.":
    "Samenkracht cannot be reached right now. Try again in a few minutes.",
  "Dit kan niet: het gaat in tegen een vaste regel van de samenwerking. Er is niets veranderd.":
    "This is not possible: it goes against a fixed rule of the collaboration. Nothing has been changed.",
  "Er ging iets mis aan onze kant. Probeer het later opnieuw.": "Something went wrong on our side. Try again later.",
  "Deze pagina bestaat niet. Kies een paginanummer uit de lijst.": "This page does not exist. Choose a page number from the list.",
  // src/modules/api-keys/schemas.ts
  "Geef de sleutel een naam.": "Give the key a name.",
  "De naam moet minstens 2 tekens hebben.": "The name must have at least 2 characters.",
  "De naam mag hoogstens 80 tekens hebben.": "The name may have at most 80 characters.",
  "Kies een rol voor de sleutel.": "Choose a role for the key.",
  // src/modules/audit/schemas.ts
  "Vul bij {0} een datum in als dd-mm-jjjj.": "Fill in a date as dd-mm-yyyy for {0}.",
  "Vul bij {0} een geldige datum in.": "Fill in a valid date for {0}.",
  "Kies een soort handeling uit de lijst.": "Choose a type of action from the list.",
  "Het paginanummer klopt niet.": "The page number is not right.",
  "De datum 'van' ligt na de datum 'tot en met'.": "The 'from' date is after the 'up to and including' date.",
  // src/modules/campaigns/schemas.ts
  "In de zomer valt veel weg: clubs stoppen, buren en familie zijn op vakantie. Laat zien welke activiteiten doorgaan en waar mensen terecht kunnen.":
    "In summer a lot stops: clubs take a break, neighbours and family are on holiday. Show which activities go on and where people can go.",
  "De landelijke Week tegen Eenzaamheid (1 tot en met 8 oktober): de grote campagne van het jaar. Noem in elke boodschap waar mensen terecht kunnen.":
    "The national Week tegen Eenzaamheid (1 to 8 October): the big campaign of the year. In every message, say where people can go.",
  "Rond de feestdagen voelen mensen zich extra alleen. Nodig uit voor samen eten en open huizen, en noem waar mensen terecht kunnen.":
    "Around the holidays people feel extra alone. Invite people to shared meals and open houses, and say where people can go.",
  "Vul {0} in.": "Fill in {0}.",
  "Vul {0} in als dag, maand en jaar.": "Fill in {0} as day, month and year.",
  "Kies {0} tussen {1} en {2}.": "Choose {0} between {1} and {2}.",
  "Vul een titel in.": "Fill in a title.",
  "De titel moet minstens 2 tekens hebben.": "The title must have at least 2 characters.",
  "De titel mag hoogstens 120 tekens hebben.": "The title may have at most 120 characters.",
  "Kies of het een campagne of een kleine actie is.": "Choose whether it is a campaign or a small action.",
  "Kies minstens één doelgroep.": "Choose at least one target group.",
  "Kies een bestaande doelgroep.": "Choose an existing target group.",
  "De uitleg mag hoogstens 2000 tekens hebben.": "The explanation may have at most 2000 characters.",
  "Kies een bestaande stand: gepland, bezig of afgerond.": "Choose an existing status: planned, in progress or finished.",
  "Wie het trekt mag hoogstens 120 tekens hebben.": "Who leads it may have at most 120 characters.",
  "De einddatum mag niet voor de begindatum liggen.": "The end date cannot be before the start date.",
  "Een campagne of actie duurt hoogstens een jaar.": "A campaign or action lasts one year at most.",
  // src/modules/campaigns/server/campaigns.ts
  "Kies een jaar tussen {0} en {1}.": "Choose a year between {0} and {1}.",
  // src/modules/coalition/rules.ts
  "In het kernteam heeft elke partner een ambassadeur. Vul de naam van de ambassadeur in.":
    "In the core team every partner has an ambassador. Fill in the name of the ambassador.",
  "Deze ondernemer is gestopt met meedoen. Je kunt de ondernemer daarom niet in een kring zetten.":
    "This entrepreneur has stopped taking part. So you cannot put the entrepreneur in a circle.",
  // src/modules/coalition/schemas.ts
  "De groep die de aanpak begint en het college adviseert.": "The group that starts the approach and advises the mayor and aldermen.",
  "Partners die meedenken en meedoen. Elke partner heeft een ambassadeur.":
    "Partners who think along and take part. Every partner has an ambassador.",
  "Partners die op de hoogte willen blijven en meedoen waar het past.": "Partners who want to stay informed and take part where it fits.",
  "Contacten die alleen op de hoogte gehouden worden.": "Contacts who are only kept informed.",
  "{0} moet tekst zijn.": "{0} must be text.",
  "{0} mag hoogstens {1} tekens hebben.": "{0} may have at most {1} characters.",
  "Kies een kring uit de lijst.": "Choose a circle from the list.",
  "Vul een naam of schuilnaam in.": "Fill in a name or alias.",
  "De naam of schuilnaam moet minstens 2 tekens hebben.": "The name or alias must have at least 2 characters.",
  "De naam of schuilnaam mag hoogstens 80 tekens hebben.": "The name or alias may have at most 80 characters.",
  "Kies een groep uit de lijst.": "Choose a group from the list.",
  "Kies minstens één groep.": "Choose at least one group.",
  "Vul de datum in waarop deze persoon toestemming gaf.": "Fill in the date on which this person gave permission.",
  "Vul de datum van de bijeenkomst in.": "Fill in the date of the meeting.",
  "Vul het onderwerp in.": "Fill in the subject.",
  "Het onderwerp moet minstens 3 tekens hebben.": "The subject must have at least 3 characters.",
  "Het onderwerp mag hoogstens 200 tekens hebben.": "The subject may have at most 200 characters.",
  "Kies een bijeenkomst uit de lijst.": "Choose a meeting from the list.",
  "Vul in wat er gezegd is.": "Fill in what was said.",
  "Beschrijf de inbreng in minstens 5 tekens.": "Describe the input in at least 5 characters.",
  "De inbreng mag hoogstens 2000 tekens hebben.": "The input may have at most 2000 characters.",
  "Kies een thema uit de lijst.": "Choose a theme from the list.",
  "Kies een status.": "Choose a status.",
  "Schrijf op wat de coalitie met deze inbreng gedaan heeft.": "Write down what the coalition has done with this input.",
  "De activiteiten zijn vaak 's avonds; dan durven ouderen niet over straat.":
    "The activities are often in the evening; then older people do not dare to go out on the street.",
  "Twee activiteiten verplaatst naar de middag.": "Two activities moved to the afternoon.",
  "Kies een bestaande status.": "Choose an existing status.",
  // src/modules/coalition/server/klankbord.ts
  "De datum van toestemming kan niet in de toekomst liggen.": "The date of permission cannot be in the future.",
  // src/modules/engagement/principles.ts
  "Eerst moet vastliggen dat de ondernemer vrijwillig meedoet. En dat meedoen geen voordeel geeft {0}. Daarna kan de ondernemer actief partner worden.":
    "First it must be on record that the entrepreneur takes part voluntarily. And that taking part gives no advantage {0}. After that the entrepreneur can become an active partner.",
  "Samenwerken is nooit exclusief. Elke ondernemer kan meedoen. Een exclusieve afspraak kan daarom niet. Meedoen dichtzetten voor een sector of wijk ook niet.":
    "Working together is never exclusive. Every entrepreneur can take part. So an exclusive agreement is not possible. Closing participation to a sector or neighbourhood is not possible either.",
  "Alle ondernemers krijgen dezelfde plek: op alfabet. Eén ondernemer uitlichten of voorrang geven kan daarom niet. Sorteren op de grootte van de bijdrage ook niet.":
    "All entrepreneurs get the same place: in alphabetical order. So you cannot put one entrepreneur in the spotlight or give them priority. Sorting by the size of the contribution is not possible either.",
  "De gemeente is open over samenwerking. Elke actieve samenwerking staat op de openbare lijst van partners. Een samenwerking verbergen kan daarom niet.":
    "The municipality is open about working together. Every active collaboration is on the public list of partners. So you cannot hide a collaboration.",
  "De gemeente neemt geen geld, giften of sponsoring aan van ondernemers. Hulp met tijd, ruimte, spullen of kennis is wel welkom. Wil een ondernemer met geld helpen? Dat kan alleen via een eigen stichting van ondernemers.":
    "The municipality does not accept money, gifts or sponsorship from entrepreneurs. Help with time, space, things or knowledge is welcome. Does an entrepreneur want to help with money? That is only possible through a separate foundation of entrepreneurs.",
  "Er is twijfel over deze samenwerking. Eerst beslist een regisseur of ambtenaar. Tot die tijd gaat de samenwerking niet verder, en noemt de gemeente haar niet naar buiten.":
    "There is a doubt about this collaboration. First a coordinator or civil servant decides. Until then the collaboration does not go further, and the municipality does not mention it in public.",
  "Deze ondernemer is gestopt met de samenwerking. Dat geldt meteen. Wil de ondernemer weer meedoen? Start de samenwerking dan eerst opnieuw.":
    "This entrepreneur has stopped the collaboration. This applies at once. Does the entrepreneur want to take part again? Then first start the collaboration again.",
  "De datum van de bevestiging kan niet in de toekomst liggen.": "The date of the confirmation cannot be in the future.",
  "Kies een bijdrage uit de lijst.": "Choose a contribution from the list.",
  // src/modules/engagement/schemas.ts
  "Kies een geldige regel.": "Choose a valid row.",
  "Kies een stap: voorbereiden, verbinden, verleiden, vasthouden of versterken.":
    "Choose a step: prepare, connect, win over, keep up or strengthen.",
  "Kies een sector uit de lijst.": "Choose a sector from the list.",
  "Kies hoe het contact is ontstaan.": "Choose how the contact started.",
  "Kies het soort onderneming.": "Choose the type of business.",
  "Kies hoe de bevestiging is gegeven.": "Choose how the confirmation was given.",
  "Kies het soort contact.": "Choose the type of contact.",
  "Kies een sjabloon.": "Choose a template.",
  "Vul een geldige datum in.": "Fill in a valid date.",
  "Kies een bestaande organisatie óf vul een nieuwe naam in, niet allebei.":
    "Choose an existing organisation or fill in a new name, not both.",
  "Kies een geldige sortering.": "Choose a valid sort order.",
  "Kies ja of nee bij '{0}'.": "Choose yes or no for '{0}'.",
  "Kies minstens één ondernemer.": "Choose at least one entrepreneur.",
  "Beschrijf de volgende actie bij de datum.": "Describe the next action that goes with the date.",
  "Dit e-mailadres is te lang.": "This email address is too long.",
  "Kies: doorgaan of stoppen.": "Choose: continue or stop.",
  "Vul een aantal weken in.": "Fill in a number of weeks.",
  "Kies minstens 1 week.": "Choose at least 1 week.",
  "Kies hoogstens 52 weken.": "Choose at most 52 weeks.",
  // src/modules/engagement/server/access.ts
  "De vaste contactpersoon moet een medewerker van deze gemeente zijn.":
    "The regular contact person must be a member of staff of this municipality.",
  // src/modules/engagement/server/contacts.ts
  "Bij dit contactmoment staat geen volgende actie.": "This contact moment has no next action.",
  "Deze actie is al afgerond.": "This action has already been done.",
  // src/modules/engagement/server/doubts.ts
  "Over deze twijfel beslist iemand anders: jij hebt hem gemeld, of hij kwam door jouw tekst. Vraag een collega (regisseur of ambtenaar) om het besluit.":
    "Someone else decides about this doubt: you raised it, or it came from your text. Ask a colleague (coordinator or civil servant) to decide.",
  "Over deze twijfel is al een besluit genomen.": "A decision about this doubt has already been made.",
  // src/modules/engagement/server/exposure.ts
  "Deze ondernemer staat even stil. Haal de relatie eerst terug voordat je deze naar buiten laat zien.":
    "This entrepreneur is paused. Pick the relationship up again first, before you show it in public.",
  "Deze ondernemer is nog geen actieve partner. Eerst moet vastliggen dat meedoen vrijwillig is en geen voordeel geeft {0}. En de relatie moet in vasthouden of versterken zijn. Daarom kan dit nog niet naar buiten.":
    "This entrepreneur is not an active partner yet. First it must be on record that taking part is voluntary and gives no advantage {0}. And the relationship must be in the step keep up or strengthen. That is why this cannot be made public yet.",
  // src/modules/engagement/server/offer-items.ts
  "Maak eerst het profiel van je organisatie.": "First make the profile of your organisation.",
  // src/modules/engagement/server/pipeline.ts
  "Deze ondernemer staat even stil. Haal de relatie eerst terug voordat je haar verplaatst.":
    "This entrepreneur is paused. Pick the relationship up again first, before you move it.",
  "De ondernemer staat al in deze stap.": "The entrepreneur is already in this step.",
  "Kies ondernemers, of een aantal met de meeste kruisjes.": "Choose entrepreneurs, or a number with the most crosses.",
  "{0} staat niet meer in de stap voorbereiden.": "{0} is no longer in the step prepare.",
  "Deze ondernemer staat al stil.": "This entrepreneur is already paused.",
  "Deze ondernemer staat niet stil.": "This entrepreneur is not paused.",
  "Alleen de ondernemer zelf kan via Samenkracht bevestigen.": "Only the entrepreneur can confirm this themselves, through Samenkracht.",
  "Deze ondernemer is niet gestopt.": "This entrepreneur has not stopped.",
  // src/modules/engagement/server/registry.ts
  "Deze organisatie bestaat niet.": "This organisation does not exist.",
  // src/modules/engagement/server/templates.ts
  "Vul dit veld in.": "Fill in this field.",
  // src/modules/events/schemas.ts
  "Kies wat voor bijeenkomst het is.": "Choose what kind of meeting it is.",
  "Vul een plaats in.": "Fill in a place.",
  "De plaats mag hoogstens 200 tekens hebben.": "The place may have at most 200 characters.",
  "Vul een heel getal in.": "Fill in a whole number.",
  "Er moet minstens 1 plek zijn.": "There must be at least 1 place.",
  "Dat zijn te veel plekken.": "That is too many places.",
  "Kies of de bijeenkomst openbaar is.": "Choose whether the meeting is public.",
  "De eindtijd moet na de begintijd liggen.": "The end time must be after the start time.",
  "Kennismaken met de coalitie.": "Getting to know the coalition.",
  "Kies een bestaande kring.": "Choose an existing circle.",
  "Kies een bestaande stap.": "Choose an existing step.",
  "Kies minstens één groep om uit te nodigen.": "Choose at least one group to invite.",
  "De reden mag hoogstens 500 tekens hebben.": "The reason may have at most 500 characters.",
  "Kies wie er was.": "Choose who was there.",
  "Vul een getal in.": "Fill in a number.",
  "Vul 0 of meer in.": "Fill in 0 or more.",
  "Dat zijn te veel mensen.": "That is too many people.",
  "De lijst met organisaties is te lang.": "The list of organisations is too long.",
  "Een organisatienaam mag hoogstens 120 tekens hebben.": "An organisation name may have at most 120 characters.",
  "Vul hoogstens 100 organisaties in.": "Fill in at most 100 organisations.",
  "Het verslag mag hoogstens 2000 tekens hebben.": "The report may have at most 2000 characters.",
  // src/modules/events/server/events.ts
  "Deze bijeenkomst is vol. Vraag de regisseur of er nog een plek bij kan.":
    "This meeting is full. Ask the coordinator whether one more place can be added.",
  "Deze bijeenkomst is al voorbij. Aanmelden kan niet meer.": "This meeting is already over. You can no longer sign up.",
  "Deze bijeenkomst gaat niet door. Aanmelden kan niet meer.": "This meeting will not take place. You can no longer sign up.",
  "Deze bijeenkomst is afgelast. Wijzigen kan niet meer.": "This meeting has been cancelled. You can no longer change it.",
  "Deze bijeenkomst is al afgelast.": "This meeting has already been cancelled.",
  "Er zijn al {0} aanmeldingen. Kies minstens {1} plekken, of laat het veld leeg.":
    "There are already {0} registrations. Choose at least {1} places, or leave the field empty.",
  "Deze bijeenkomst is nog niet begonnen. Afsluiten kan pas als hij begonnen is.":
    "This meeting has not started yet. You can only close it once it has started.",
  // src/modules/events/server/guests.ts
  "Deze bijeenkomst is vol. Aanmelden kan niet meer.": "This meeting is full. You can no longer sign up.",
  "Deze link klopt niet. Gebruik de link uit uw e-mail, of vraag de gemeente om een nieuwe.":
    "This link is not right. Use the link from your email, or ask the municipality for a new one.",
  "Deze link is verlopen: de bijeenkomst is voorbij.": "This link has expired: the meeting is over.",
  "U heeft al vaak aangemeld vanaf dit adres. Probeer het over een uur opnieuw.":
    "You have signed up many times from this address. Try again in an hour.",
  "Vul uw naam in.": "Fill in your name.",
  "Uw naam mag hoogstens 120 tekens hebben.": "Your name may have at most 120 characters.",
  "Vul uw e-mailadres in.": "Fill in your email address.",
  "Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.": "Fill in a valid email address, for example name@example.nl.",
  "Kies of u komt.": "Choose whether you will come.",
  // src/modules/events/server/invitations.ts
  "In de gekozen groepen staat niemand met een e-mailadres. Kies een andere groep.":
    "Nobody in the chosen groups has an email address. Choose another group.",
  // src/modules/gemeenten/actions.ts
  "Het logo is niet opgeslagen.": "The logo has not been saved.",
  "Kies een bestand met het logo.": "Choose a file with the logo.",
  // src/modules/gemeenten/logo.ts
  "Het logo is te groot. Gebruik een bestand van hoogstens 200 kB.": "The logo is too big. Use a file of at most 200 kB.",
  "Dit bestand is geen PNG, JPG of WebP. Een SVG nemen we niet: die kan code bevatten.":
    "This file is not a PNG, JPG or WebP. We do not take an SVG: it can contain code.",
  "Het logo moet tussen {0} en {1} pixels breed en hoog zijn.": "The logo must be between {0} and {1} pixels wide and high.",
  // src/modules/gemeenten/wijken.ts
  "Een wijknaam mag hoogstens {0} tekens hebben.": "A neighbourhood name may have at most {0} characters.",
  "Geef hoogstens {0} wijken op.": "Give at most {0} neighbourhoods.",
  // src/modules/gemeenten/schemas.ts
  "Het telefoonnummer mag hoogstens 30 tekens hebben.": "The phone number may have at most 30 characters.",
  "Vul een e-mailadres in, of laat het veld leeg.": "Fill in an email address, or leave the field empty.",
  "Vul een geldig e-mailadres in, of laat het veld leeg.": "Fill in a valid email address, or leave the field empty.",
  "Vul een telefoonnummer in, of laat het veld leeg.": "Fill in a phone number, or leave the field empty.",
  "Vul een telefoonnummer in met alleen cijfers, spaties, haakjes, een streepje of een + vooraan.":
    "Fill in a phone number with only digits, spaces, brackets, a dash or a + at the start.",
  // src/modules/gemeenten/server/create-gemeente.ts
  "Vul de naam van de gemeente in.": "Fill in the name of the municipality.",
  "De naam is te lang (hoogstens 120 tekens).": "The name is too long (at most 120 characters).",
  "De slug is te kort.": "The slug is too short.",
  "De slug is te lang (hoogstens 60 tekens).": "The slug is too long (at most 60 characters).",
  "De slug mag alleen kleine letters, cijfers en losse streepjes bevatten, bijvoorbeeld 'ons-dorp'.":
    "The slug may only contain lower-case letters, digits and single dashes, for example 'ons-dorp'.",
  "Vul het aantal inwoners in als getal.": "Fill in the number of inhabitants as a number.",
  "Een gemeente heeft minstens 1 inwoner.": "A municipality has at least 1 inhabitant.",
  "Dat zijn te veel inwoners.": "That is too many inhabitants.",
  "Vul een geldig e-mailadres in voor de regisseur.": "Fill in a valid email address for the coordinator.",
  "Vul een geldig e-mailadres in voor de beheerder.": "Fill in a valid email address for the administrator.",
  "Er bestaat al een gemeente met de slug '{0}'. Kies een andere slug.":
    "There is already a municipality with the slug '{0}'. Choose another slug.",
  "{0} heeft al een andere platformrol. Kies een ander adres voor de beheerder.":
    "{0} already has another platform role. Choose another address for the administrator.",
  // src/modules/gemeenten/server/theme.ts
  "De huisstijl is niet opgeslagen. Kijk bij de velden wat er anders moet.":
    "The house style has not been saved. Look at the fields to see what needs to change.",
  // src/modules/gemeenten/server/wijken.ts
  "Vul de wijken in, één per regel.": "Fill in the neighbourhoods, one per line.",
  // src/modules/identity/schemas.ts
  "Vul het adres (issuer) van de inlogdienst in.": "Fill in the address (issuer) of the sign-in service.",
  "Het adres mag hoogstens 300 tekens hebben.": "The address may have at most 300 characters.",
  "Vul een volledig adres in dat begint met https://, bijvoorbeeld https://login.gemeente.nl/realms/medewerkers.":
    "Fill in a full address that starts with https://, for example https://login.gemeente.nl/realms/medewerkers.",
  "Vul de client-ID in.": "Fill in the client ID.",
  "De client-ID mag hoogstens 200 tekens hebben.": "The client ID may have at most 200 characters.",
  "Het geheim mag hoogstens 500 tekens hebben.": "The secret may have at most 500 characters.",
  "Vul minstens één e-maildomein in.": "Fill in at least one email domain.",
  "Vul hoogstens 1000 tekens aan domeinen in.": "The domains may have at most 1000 characters in total.",
  "Vul minstens één e-maildomein in, bijvoorbeeld samenstad.nl.": "Fill in at least one email domain, for example samenstad.nl.",
  "Vul hoogstens 20 e-maildomeinen in.": "Fill in at most 20 email domains.",
  "Een van de domeinen klopt niet. Schrijf ze zo: samenstad.nl, gemeente-samenstad.nl.":
    "One of the domains is not right. Write them like this: samenstad.nl, gemeente-samenstad.nl.",
  // src/modules/identity/server/identity-providers.ts
  "Dit domein hoort al bij een andere gemeente: {0}.": "This domain already belongs to another municipality: {0}.",
  "Vul het geheim (client secret) in.": "Fill in the secret (client secret).",
  // src/modules/offer/schemas.ts
  "Vul de aanbieder in.": "Fill in the provider.",
  "Kies minstens één mate van eenzaamheid.": "Choose at least one level of loneliness.",
  "Kies een bestaande mate van eenzaamheid.": "Choose an existing level of loneliness.",
  "Kies een hulpvraag uit de lijst.": "Choose a type of help from the list.",
  "Vertel hoe iemand mee kan doen.": "Say how someone can take part.",
  "Kies bestaande dagen.": "Choose existing days.",
  "Vul de begintijd in als uu:mm, bijvoorbeeld 10:00.": "Fill in the start time as hh:mm, for example 10:00.",
  "Vul de eindtijd in als uu:mm, bijvoorbeeld 12:00.": "Fill in the end time as hh:mm, for example 12:00.",
  "Kies wat het kost: gratis, een bedrag of onbekend.": "Choose what it costs: free, an amount or unknown.",
  "Vul een bedrag in, bijvoorbeeld 2,50.": "Fill in an amount, for example 2.50.",
  "Vul een bedrag in euro in, bijvoorbeeld 2,50.": "Fill in an amount in euros, for example 2.50.",
  "Kies bestaande kenmerken.": "Choose existing features.",
  "Vul ook de begintijd in.": "Fill in the start time too.",
  "De eindtijd moet na de begintijd zijn.": "The end time must be after the start time.",
  "Vul het bedrag in, of kies gratis of onbekend.": "Fill in the amount, or choose free or unknown.",
  "De wijk mag hoogstens 100 tekens hebben.": "The neighbourhood may have at most 100 characters.",
  "Kies een dag van de week.": "Choose a day of the week.",
  "Kies ochtend, middag of avond.": "Choose morning, afternoon or evening.",
  "Kies gratis, kost geld of onbekend.": "Choose free, costs money or unknown.",
  "Kies bestaande kenmerken van toegankelijkheid.": "Choose existing accessibility features.",
  // src/modules/offer/server/offers.ts
  "Kies een hulpvraag uit de lijst van de gemeente.": "Choose a type of help from the municipality's list.",
  "Deze link werkt niet (meer). Vraag de regisseur om een nieuwe link.":
    "This link does not work (any more). Ask the coordinator for a new link.",
  // src/modules/partners/schemas.ts
  "Vul de naam van de partner in.": "Fill in the name of the partner.",
  "De naam mag hoogstens 120 tekens hebben.": "The name may have at most 120 characters.",
  "Kies wat voor soort partner dit is.": "Choose what kind of partner this is.",
  "Kies in welke kring van de coalitie de partner zit.": "Choose which circle of the coalition the partner is in.",
  "De naam van de ambassadeur moet tekst zijn.": "The name of the ambassador must be text.",
  "De naam van de ambassadeur mag hoogstens 120 tekens hebben.": "The name of the ambassador may have at most 120 characters.",
  "Geef minstens één veld om te wijzigen.": "Give at least one field to change.",
  // src/modules/plan/schemas.ts
  "Vul een jaartal in.": "Fill in a year.",
  "Vul een heel jaartal in.": "Fill in a year as a whole number.",
  "Het jaartal moet 2000 of later zijn.": "The year must be 2000 or later.",
  "Het jaartal moet 2100 of eerder zijn.": "The year must be 2100 or earlier.",
  "Kies een begrotingspost.": "Choose a budget item.",
  "Vul een bedrag in.": "Fill in an amount.",
  "Vul een bedrag in euro's in, bijvoorbeeld 6250 of 6.250,50.":
    "Fill in an amount in euros, for example 6250 or 6.250,50 (with a comma before the cents).",
  "De toelichting mag hoogstens 300 tekens hebben.": "The explanation may have at most 300 characters.",
  "Kies een thema of bouwsteen uit de lijst.": "Choose a theme or building block from the list.",
  "De toelichting mag hoogstens 500 tekens hebben.": "The explanation may have at most 500 characters.",
  "Vul het doel in.": "Fill in the goal.",
  "Beschrijf het doel in minstens 5 tekens.": "Describe the goal in at least 5 characters.",
  "Het doel mag hoogstens 300 tekens hebben.": "The goal may have at most 300 characters.",
  "Kies een cijfer uit de lijst.": "Choose a figure from the list.",
  "Vul de beginmeting in als getal.": "Fill in the starting point as a number.",
  "Vul als getal in hoeveel we willen halen.": "Fill in as a number how much we want to reach.",
  "Vul een datum in.": "Fill in a date.",
  "Vul de huidige stand in als getal.": "Fill in the current figure as a number.",
  "De bron mag hoogstens 200 tekens hebben.": "The source may have at most 200 characters.",
  "Noem de bron van dit cijfer, of kies een cijfer dat Samenkracht zelf telt.":
    "Name the source of this figure, or choose a figure that Samenkracht counts itself.",
  // src/modules/plan/server/budget-actuals.ts
  "Dit bedrag is te hoog. Controleer het bedrag.": "This amount is too high. Check the amount.",
  // src/modules/selfservice/schemas.ts
  "Een KvK-nummer heeft 8 cijfers.": "A Chamber of Commerce (KvK) number has 8 digits.",
  "Vul een geldig webadres in, bijvoorbeeld www.voorbeeld.nl.": "Fill in a valid web address, for example www.example.nl.",
  "Vink aan dat meedoen vrijwillig is.": "Tick the box to say that taking part is voluntary.",
  "Vink aan dat meedoen geen voordeel geeft {0}.": "Tick the box to say that taking part gives no advantage {0}.",
  "Vink aan dat je geen geld of sponsoring geeft.": "Tick the box to say that you give no money or sponsorship.",
  "Kies pauzeren of stoppen.": "Choose pause or stop.",
  "Kies goedkeuren of afwijzen.": "Choose approve or refuse.",
  "Typ VERWIJDEREN om te bevestigen.": "Type VERWIJDEREN to confirm.",
  // src/modules/selfservice/server/self-service.ts
  "Met dit account werk je voor een gemeente, een partner of het landelijk programma. Een organisatie aanmelden als ondernemer kan alleen met een eigen ondernemersaccount.":
    "With this account you work for a municipality, a partner or the national programme. You can only sign up an organisation as an entrepreneur with an entrepreneur account of your own.",
  "Je aanvraag ligt al bij de gemeente. Je krijgt bericht.": "Your request is already with the municipality. You will get a message.",
  "Je hebt al toegang tot deze gemeente. Kies 'Mijn organisatie'.":
    "You already have access to this municipality. Choose 'My organisation'.",
  "Over deze aanvraag is al besloten.": "A decision about this request has already been made.",
  "Kies eerst voor welke organisatie je meedoet.": "First choose for which organisation you take part.",
  "Je bent hier gestopt of hebt pauze. Wil je weer meedoen? Neem dan contact op met de gemeente.":
    "You have stopped here or are taking a break. Do you want to take part again? Then contact the municipality.",
  // src/modules/signals/actions.ts
  "{0} {1}: persoonsgegevens gewist. Dit is vastgelegd.": "{0} {1}: personal data erased. This has been recorded.",
  "{0} {1} van slot gehaald. Het werk kan weer verder. Dit is vastgelegd.":
    "{0} {1} unlocked. The work can go on again. This has been recorded.",
  "{0} {1} op slot gezet: alleen de regisseur kan de gegevens nog zien, en niemand kan het signaal verder zetten tot het weer van slot is gehaald. Dit is vastgelegd.":
    "{0} {1} locked: only the coordinator can still see the data, and nobody can move the signal on until it is unlocked again. This has been recorded.",
  "Kopie van de gegevens gemaakt: {0} {1}. Dit is vastgelegd.": "Copy of the data made: {0} {1}. This has been recorded.",
  "De instellingen zijn opgeslagen.": "The settings have been saved.",
  "{0} {1} opgeslagen.": "{0} {1} saved.",
  "{0} {1}: persoonsgegevens gewist. De tellingen blijven.": "{0} {1}: personal data erased. The counts remain.",
  "Opgeslagen: je krijgt één overzicht per dag.": "Saved: you get one overview a day.",
  "Opgeslagen: je krijgt een e-mail bij elk signaal dat aan jou wordt toegewezen.":
    "Saved: you get an email for every signal that is assigned to you.",
  // src/modules/signals/categories.ts
  'Een hulpvraag heeft {0} tot {1} tekens: "{2}".': 'A type of help has {0} to {1} characters: "{2}".',
  'Gebruik letters of cijfers in de hulpvraag "{0}".': 'Use letters or digits in the type of help "{0}".',
  '"{0}" en "{1}" lijken te veel op elkaar. Maak er één hulpvraag van.': '"{0}" and "{1}" are too much alike. Make them one type of help.',
  "Vul minstens één hulpvraag in, één per regel.": "Fill in at least one type of help, one per line.",
  "Geef hoogstens {0} hulpvragen op.": "Give at most {0} types of help.",
  // src/modules/signals/schemas.ts
  "{0} mag niet langer zijn dan {1} tekens.": "{0} cannot be longer than {1} characters.",
  "Kies een risicogroep uit de lijst.": "Choose a risk group from the list.",
  "Schrijf op wat er is opgevallen.": "Write down what was noticed.",
  "Schrijf in een paar zinnen wat er is opgevallen.": "Write in a few sentences what was noticed.",
  "De tekst is te lang. Gebruik niet meer dan 4000 tekens.": "The text is too long. Use no more than 4000 characters.",
  "Het e-mailadres is te lang.": "The email address is too long.",
  "Vul de naam van de persoon in, of alleen de wijk.": "Fill in the name of the person, or only the neighbourhood.",
  "Kies een volgende stap.": "Choose a next step.",
  "Schrijf kort waarom.": "Write briefly why.",
  "Gebruik maximaal 1000 tekens.": "Use no more than 1000 characters.",
  "Kies een medewerker.": "Choose a member of staff.",
  "Kies een vrijwilliger.": "Choose a volunteer.",
  "Kies een uitkomst.": "Choose an outcome.",
  "Kies ja of nee bij 'afgesloten tonen'.": "Choose yes or no for 'show closed'.",
  "Kies ja of nee bij 'te laat'.": "Choose yes or no for 'overdue'.",
  "Vul de hele naam in.": "Fill in the full name.",
  "De naam is te lang.": "The name is too long.",
  "Vul het hele adres of telefoonnummer in.": "Fill in the full address or phone number.",
  "Het contact is te lang.": "The contact is too long.",
  "Vul de naam of het adres/telefoonnummer van de bewoner in.": "Fill in the name or the address/phone number of the resident.",
  "Kies de reden.": "Choose the reason.",
  "Zet een vinkje om te bevestigen.": "Tick the box to confirm.",
  // src/modules/signals/server/create-signal.ts
  "Je hebt veel zorgen tegelijk doorgegeven. Probeer het over een uur opnieuw, of bel de gemeente. Als de gemeente je organisatie heeft bevestigd, geldt deze grens niet meer.":
    "You have passed on many worries at once. Try again in an hour, or call the municipality. Once the municipality has confirmed your organisation, this limit no longer applies.",
  "Kies een hulpvraag uit de lijst van de gemeente, of laat dit veld leeg.":
    "Choose a type of help from the municipality's list, or leave this field empty.",
  "Kies een wijk uit de lijst van de gemeente, of laat dit veld leeg.":
    "Choose a neighbourhood from the municipality's list, or leave this field empty.",
  // src/modules/signals/server/feedback.ts
  "Deze link is al gebruikt of verlopen. Bedankt voor uw moeite.":
    "This link has already been used or has expired. Thank you for your effort.",
  "Deze link is niet compleet.": "This link is not complete.",
  "Gebruik maximaal {0} tekens.": "Use no more than {0} characters.",
  "Deze tekst bevat een teken dat niet kan worden opgeslagen.": "This text contains a character that cannot be saved.",
  // src/modules/signals/server/public-intake.ts
  "Kopieer eerst uw tekst. Laad dan de pagina opnieuw en verstuur het formulier nog een keer.":
    "First copy your text. Then load the page again and send the form once more.",
  "Dat ging erg snel. Controleer uw tekst en verstuur opnieuw.": "That was very fast. Check your text and send it again.",
  "U heeft veel zorgen tegelijk doorgegeven. Probeer het over een uur opnieuw, of bel de gemeente.":
    "You have passed on many worries at once. Try again in an hour, or call the municipality.",
  "Dit formulier is al verstuurd. Laad de pagina opnieuw als u nog een zorg wilt doorgeven.":
    "This form has already been sent. Load the page again if you want to pass on another worry.",
  // src/modules/signals/server/settings.ts
  "Vul een aantal maanden in bij {0}.": "Fill in a number of months for {0}.",
  "Vul een heel aantal maanden in bij {0}.": "Fill in a whole number of months for {0}.",
  "Kies minstens {0} {1} bij {2}.": "Choose at least {0} {1} for {2}.",
  "Kies hoogstens 120 maanden bij {0}.": "Choose at most 120 months for {0}.",
  "Vul een aantal dagen in.": "Fill in a number of days.",
  "Vul een heel aantal dagen in.": "Fill in a whole number of days.",
  "Kies minstens 1 dag.": "Choose at least 1 day.",
  "Kies hoogstens 365 dagen.": "Choose at most 365 days.",
  "Vul de hulpvragen in, één per regel.": "Fill in the types of help, one per line.",
  "Deze hulpvraag hoort bij signalen en kan niet van de lijst: {0}. Zet hem terug in de lijst. Een andere naam? Voeg die toe als nieuwe regel.":
    "This type of help is used by signals and cannot be taken off the list: {0}. Put it back in the list. A different name? Add it as a new line.",
  "Kies hoe je e-mail wilt krijgen.": "Choose how you want to receive emails.",
  // src/modules/signals/server/transition-signal.ts
  "Deze stap kan nu niet. Kies een andere stap.": "This step is not possible now. Choose another step.",
  "Je mag deze stap niet zetten.": "You are not allowed to take this step.",
  "Kies een uitkomst om af te sluiten.": "Choose an outcome to close.",
  "Vul in waar je naar doorverwijst.": "Fill in where you are referring the person to.",
  "Dit signaal is gewist. Het is afgesloten en kan niet meer worden gewijzigd.":
    "This signal has been erased. It is closed and can no longer be changed.",
  "De bewoner heeft gevraagd de gegevens op slot te zetten. Zolang de regisseur ze niet van slot haalt, kan dit signaal niet worden gewijzigd.":
    "The resident has asked for the data to be locked. As long as the coordinator does not unlock it, this signal cannot be changed.",
  "Kies een medewerker van dit team.": "Choose a member of staff of this team.",
  "Kies een getrainde vrijwilliger.": "Choose a trained volunteer.",
  // src/modules/users/schemas.ts
  "Vul je e-mailadres in.": "Fill in your email address.",
  "Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl.": "Fill in a valid email address, for example name@gemeente.nl.",
  "Vul je wachtwoord in.": "Fill in your password.",
  "Dit wachtwoord is te lang.": "This password is too long.",
  "De code bestaat uit 6 cijfers.": "The code has 6 digits.",
  "Onbekende gebruiker.": "Unknown user.",
  "Kies een rol uit de lijst.": "Choose a role from the list.",
  "Vul je naam in.": "Fill in your name.",
  "Vul je naam in (minstens 2 tekens).": "Fill in your name (at least 2 characters).",
  "Je naam mag hoogstens 120 tekens hebben.": "Your name may have at most 120 characters.",
  "{0} is geen tekst.": "{0} is not text.",
  "{0} is te lang (hoogstens {1} tekens).": "{0} is too long (at most {1} characters).",
  // src/modules/users/server/change-role.ts
  "Je kunt je eigen rol niet veranderen. Vraag dit aan een andere beheerder.":
    "You cannot change your own role. Ask another administrator to do this.",
  // src/modules/users/server/disable-user.ts
  "Je kunt je eigen account niet uitzetten.": "You cannot disable your own account.",
  // src/modules/users/server/enable-totp.ts
  "Je logt in met een link per e-mail. Een inlogcode werkt alleen samen met een wachtwoord. Vraag de beheerder om een wachtwoord voor je account.":
    "You log in with a link by email. A login code only works together with a password. Ask the administrator for a password for your account.",
  "De inlogcode staat al aan voor je account.": "The login code is already on for your account.",
  "Begin eerst opnieuw met het instellen van de inlogcode.": "Start setting up the login code again first.",
  "De code klopt niet. Vul de nieuwste code uit je app in.": "The code is not right. Fill in the newest code from your app.",
  "De code klopt niet.": "The code is not right.",
  // src/modules/users/server/memberships.ts
  "Het account van de {0} ({1}) is uitgeschakeld. Zet het eerst weer aan.":
    "The account of the {0} ({1}) is disabled. Enable it again first.",
  // src/modules/users/server/sign-up-ondernemer.ts
  "Er zijn nu te veel aanmeldingen. Probeer het over een uur opnieuw.": "There are too many sign-ups right now. Try again in an hour.",
  // src/modules/users/server/work-details.ts
  "Controleer je functie en contactgegevens.": "Check your job title and contact details.",
  // src/server/api.ts
  "Geen geldige API-sleutel. Stuur een sleutel mee in de kop 'Authorization: Bearer <sleutel>'.":
    "No valid API key. Send a key in the header 'Authorization: Bearer <key>'.",
  "Het verzoek is te groot. Stuur hoogstens {0} kB.": "The request is too large. Send at most {0} kB.",
  "Stuur de gegevens als JSON (Content-Type: application/json).": "Send the data as JSON (Content-Type: application/json).",
};

/** English for the Dutch words and phrases that templates put in their {0}, {1} places (field labels, units). */
export const EN_FRAGMENTS: Readonly<Record<string, string>> = {
  // src/lib/input/paging.ts: pageNumber(label) in engagement/schemas.ts, engagement/openapi.ts and offer/schemas.ts
  "Het paginanummer": "The page number",
  "Het aantal per pagina": "The number per page",
  // src/lib/csv/decode.ts: CSV_ENCODING_LABELS ("UTF-8" is the same in English)
  "Windows-1252 (zoals Excel een CSV-bestand opslaat)": "Windows-1252 (the way Excel saves a CSV file)",
  // src/modules/audit/schemas.ts: optionalDate(label)
  "'van'": "'from'",
  "'tot en met'": "'up to and including'",
  // src/modules/campaigns/schemas.ts: ZDay(label)
  "de begindatum": "the start date",
  "de einddatum": "the end date",
  // src/modules/events/schemas.ts: ZDate(label)
  "de begintijd": "the start time",
  "de eindtijd": "the end time",
  // src/modules/coalition/schemas.ts: optionalText(max, label)
  "De naam van de ambassadeur": "The name of the ambassador",
  "Het contact": "The contact",
  "Het verslag": "The report",
  "Wat de coalitie ermee deed": "What the coalition did with it",
  // src/modules/engagement/schemas.ts: text, required (lower-cased in "Vul {0} in.") and optionalText(max, label)
  "De naam": "The name",
  "de naam": "the name",
  "Het adres": "The address",
  "De wijk": "The neighbourhood",
  "Wat de ondernemer doet": "What the entrepreneur does",
  "De naam van de organisatie": "The name of the organisation",
  "De zoekterm": "The search term",
  "De reden": "The reason",
  "de reden": "the reason",
  "De reden van de verplaatsing": "The reason for the move",
  "de reden van de verplaatsing": "the reason for the move",
  "De functie": "The job title",
  "Het telefoonnummer": "The phone number",
  Contact: "Contact",
  Doelgroep: "Target group",
  Rol: "Role",
  "Wat de gemeente biedt": "What the municipality offers",
  "Concrete actie": "Concrete action",
  "De uitkomst": "The outcome",
  "De volgende actie": "The next action",
  "De mijlpaal": "The milestone",
  "de mijlpaal": "the milestone",
  "De beschrijving": "The description",
  "De titel": "The title",
  "de titel": "the title",
  "Het onderwerp": "The subject",
  "het onderwerp": "the subject",
  "De tekst": "The text",
  "de tekst": "the text",
  "De reden van je twijfel": "The reason for your doubt",
  "de reden van je twijfel": "the reason for your doubt",
  "De toelichting bij het besluit": "The explanation of the decision",
  "de toelichting bij het besluit": "the explanation of the decision",
  // src/modules/engagement/schemas.ts: "Kies ja of nee bij '{0}'." with the labels of MATRIX_CRITERIA (matrix.ts)
  "Sector?": "Sector?",
  "Imago ok?": "Good image?",
  "Mvo bekend?": "Known for social responsibility (CSR)?",
  "Past bij eenzaamheidsdoelen?": "Fits the loneliness goals?",
  "Eerdere samenwerking?": "Worked together before?",
  "Warm contact?": "Warm contact?",
  // src/modules/engagement/principle-words.ts: WHEN_THE_GEMEENTE_BUYS, in principles.ts, server/exposure.ts and selfservice/schemas.ts
  "als de gemeente iets inkoopt of een opdracht geeft": "when the municipality buys something or gives an assignment",
  // src/modules/selfservice/schemas.ts: text, required (lower-cased) and optional(max, label); also "Het adres", "Het telefoonnummer"
  "De naam van je organisatie": "The name of your organisation",
  "de naam van je organisatie": "the name of your organisation",
  "De website": "The website",
  "Wat je doet": "What you do",
  "De openingstijden": "The opening hours",
  "De naam van de contactpersoon": "The name of the contact person",
  "de naam van de contactpersoon": "the name of the contact person",
  // src/modules/offer/schemas.ts: text(label, max), lower-case in "Vul {0} in.", first letter upper-cased before "mag hoogstens"
  "de naam van de activiteit": "the name of the activity",
  "De naam van de activiteit": "The name of the activity",
  "een korte uitleg": "a short explanation",
  "Een korte uitleg": "A short explanation",
  "de aanbieder": "the provider",
  "De aanbieder": "The provider",
  "de wijk": "the neighbourhood",
  "hoe je meedoet": "how you take part",
  "Hoe je meedoet": "How you take part",
  "de kosten": "the cost",
  "De kosten": "The cost",
  "de naam van de plek": "the name of the place",
  "De naam van de plek": "The name of the place",
  "het adres": "the address",
  wanneer: "'when'",
  Wanneer: "'When'",
  // src/modules/gemeenten/wijken.ts: "Een wijknaam mag hoogstens {0} tekens hebben." (matches "{0} mag hoogstens {1} tekens hebben.")
  "Een wijknaam": "A neighbourhood name",
  // src/modules/signals/schemas.ts: opt(max, label); also "De naam", "Het contact", "De wijk"
  "De naam van de melder": "The reporter's name",
  "Het telefoonnummer van de melder": "The reporter's phone number",
  "De doorverwijzing": "The referral",
  // src/modules/signals/server/settings.ts: months(min, label), and "maand"/"maanden" in "Kies minstens {0} {1} bij {2}."
  "afgesloten signalen": "closed signals",
  "geannuleerde signalen": "cancelled signals",
  "open signalen zonder activiteit": "open signals without activity",
  maand: "month",
  maanden: "months",
  // src/modules/signals/actions.ts: the counted word in "{0} {1} …" (one or more)
  signaal: "signal",
  signalen: "signals",
  wijk: "neighbourhood",
  wijken: "neighbourhoods",
  hulpvraag: "type of help",
  hulpvragen: "types of help",
  // src/modules/users/schemas.ts: optionalLine(max, what)
  "Je functie": "Your job title",
  "Je contactgegevens": "Your contact details",
  // src/modules/users/server/memberships.ts: findOrCreateUser(…, who), called in gemeenten/server/create-gemeente.ts
  regisseur: "coordinator",
  beheerder: "administrator",
};
