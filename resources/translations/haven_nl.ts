<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Discreet</name>
    <message>
        <location filename="../../ui/discreet.py" line="20"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../ui/discreet.py" line="21"/>
        <source>Recipes</source>
        <translation>Recepten</translation>
    </message>
    <message>
        <location filename="../../ui/discreet.py" line="22"/>
        <source>Reading list</source>
        <translation>Leeslijst</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../ui/entry_editor.py" line="205"/>
        <source>Date of this entry</source>
        <translation>Datum van deze notitie</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="289"/>
        <source>Save status</source>
        <translation>Opslagstatus</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="211"/>
        <location filename="../../ui/entry_editor.py" line="378"/>
        <source>Give me a prompt</source>
        <translation>Geef me een schrijfvraag</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="212"/>
        <source>Give me a writing prompt</source>
        <translation>Geef me een schrijfvraag</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="213"/>
        <source>A question to help you start writing (Ctrl+Shift+P)</source>
        <translation>Een vraag om je op weg te helpen (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="216"/>
        <location filename="../../ui/entry_editor.py" line="376"/>
        <source>Reading view</source>
        <translation>Leesweergave</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="219"/>
        <source>Switch between writing and reading view</source>
        <translation>Wissel tussen schrijven en lezen</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="220"/>
        <source>Show the text formatted (Ctrl+E)</source>
        <translation>Toon de tekst opgemaakt (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="221"/>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="222"/>
        <source>Delete this entry</source>
        <translation>Deze notitie verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="228"/>
        <source>Title (you can leave this empty)</source>
        <translation>Titel (mag leeg blijven)</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="229"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="244"/>
        <source>Writing prompt</source>
        <translation>Schrijfvraag</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="248"/>
        <source>Another prompt</source>
        <translation>Andere vraag</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="250"/>
        <source>Show another prompt</source>
        <translation>Toon een andere schrijfvraag</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="252"/>
        <source>Remove</source>
        <translation>Weghalen</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="254"/>
        <source>Remove the prompt</source>
        <translation>Haal de schrijfvraag weg</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="261"/>
        <source>Bold</source>
        <translation>Vet</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="263"/>
        <source>Italic</source>
        <translation>Cursief</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="265"/>
        <source>Heading</source>
        <translation>Kop</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="267"/>
        <source>List</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="294"/>
        <source>Word count</source>
        <translation>Aantal woorden</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="301"/>
        <source>Your text</source>
        <translation>Je tekst</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="303"/>
        <source>Write whatever is on your mind. Nobody else can read this. You can use Markdown: **bold**, *italic*, # heading, - list.</source>
        <translation>Schrijf op wat je bezighoudt. Niemand anders kan dit lezen. Je kunt Markdown gebruiken: **vet**, *cursief*, # kop, - lijst.</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="315"/>
        <source>Your text, formatted</source>
        <translation>Je tekst, opgemaakt</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="329"/>
        <source>Mood</source>
        <translation>Stemming</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="339"/>
        <source>Mood %1 of %2: %3</source>
        <translation>Stemming %1 van %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="359"/>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="362"/>
        <source>e.g. sleep, boundaries</source>
        <translation>bijv. slaap, grenzen</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="363"/>
        <source>Tags, separated by commas</source>
        <translation>Labels, gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="351"/>
        <source>Share with my therapist</source>
        <translation>Delen met mijn therapeut</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="353"/>
        <source>Share this entry with my therapist</source>
        <translation>Deel deze notitie met mijn therapeut</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="355"/>
        <source>Shared entries can go into the summary you make for your therapist. Nothing is sent anywhere.</source>
        <translation>Gedeelde notities kunnen in de samenvatting komen die je voor je therapeut maakt. Er wordt niets verstuurd.</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="374"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="493"/>
        <location filename="../../ui/entry_editor.py" line="559"/>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="506"/>
        <source>Delete this entry?</source>
        <translation>Deze notitie verwijderen?</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="507"/>
        <source>This entry will be removed from your journal for good. This cannot be undone.</source>
        <translation>Deze notitie verdwijnt voorgoed uit je dagboek. Dit kun je niet ongedaan maken.</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="520"/>
        <source>The entry was not deleted</source>
        <translation>De notitie is niet verwijderd</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="585"/>
        <source>1 word</source>
        <translation>1 woord</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/entry_editor.py" line="586"/>
        <source>%n words</source>
        <translation>
            <numerusform>%n woord</numerusform>
            <numerusform>%n woorden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="593"/>
        <source>Not saved yet</source>
        <translation>Nog niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="597"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="600"/>
        <source>Your entry could not be saved</source>
        <translation>Je notitie kon niet worden opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="602"/>
        <source>Your text is still here in the editor. Haven will try again when you keep writing.</source>
        <translation>Je tekst staat nog gewoon in de editor. Haven probeert het opnieuw als je verder schrijft.</translation>
    </message>
</context>
<context>
    <name>EntryListDelegate</name>
    <message>
        <location filename="../../ui/entry_list_model.py" line="356"/>
        <source>Shared</source>
        <translation>Gedeeld</translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message>
        <location filename="../../ui/entry_list_model.py" line="111"/>
        <source>dddd d MMMM</source>
        <comment>date of an entry in the list; Qt format</comment>
        <translation>dddd d MMMM</translation>
    </message>
    <message>
        <location filename="../../ui/entry_list_model.py" line="270"/>
        <source>(empty entry)</source>
        <translation>(lege notitie)</translation>
    </message>
    <message>
        <location filename="../../ui/entry_list_model.py" line="275"/>
        <source>mood %1 of %2</source>
        <translation>stemming %1 van %2</translation>
    </message>
    <message>
        <location filename="../../ui/entry_list_model.py" line="278"/>
        <source>tags: %1</source>
        <translation>labels: %1</translation>
    </message>
    <message>
        <location filename="../../ui/entry_list_model.py" line="280"/>
        <source>shared with your therapist</source>
        <translation>gedeeld met je therapeut</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/messages.py" line="49"/>
        <source>That did not open your journal. Please check what you typed and try again.</source>
        <translation>Daarmee ging je dagboek niet open. Kijk nog even wat je hebt getypt en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="51"/>
        <source>This journal has no recovery code. Please use your passphrase.</source>
        <translation>Dit dagboek heeft geen herstelcode. Gebruik je wachtwoordzin.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="53"/>
        <source>This folder does not hold a Haven journal.</source>
        <translation>In deze map staat geen Haven-dagboek.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="54"/>
        <source>Your journal&apos;s files are damaged and cannot be read. Please restore a backup, or ask someone you trust for help.</source>
        <translation>De bestanden van je dagboek zijn beschadigd en kunnen niet worden gelezen. Zet een reservekopie terug, of vraag iemand die je vertrouwt om hulp.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="57"/>
        <source>Your journal is already open in another Haven window. Close that one first.</source>
        <translation>Je dagboek is al open in een ander Haven-venster. Sluit dat eerst.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="60"/>
        <source>Your journal was saved by a newer version of Haven. Please update Haven to open it.</source>
        <translation>Je dagboek is opgeslagen met een nieuwere versie van Haven. Werk Haven bij om het te openen.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="63"/>
        <source>A passphrase needs at least %1 characters.</source>
        <translation>Een wachtwoordzin heeft minstens %1 tekens nodig.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="65"/>
        <source>The folder for a new journal is not empty.</source>
        <translation>De map voor een nieuw dagboek is niet leeg.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="66"/>
        <source>The disk is full. Your last change was not saved; make some room and try again.</source>
        <translation>De schijf is vol. Je laatste wijziging is niet opgeslagen; maak wat ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="69"/>
        <source>This entry no longer exists.</source>
        <translation>Deze notitie bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="70"/>
        <source>Haven could not read or write its files (%1).</source>
        <translation>Haven kon zijn bestanden niet lezen of schrijven (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="72"/>
        <source>Something went wrong (%1).</source>
        <translation>Er ging iets mis (%1).</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/search_panel.py" line="261"/>
        <source>Filter by tag</source>
        <translation>Filter op label</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="262"/>
        <location filename="../../ui/search_panel.py" line="337"/>
        <source>Any tag</source>
        <translation>Alle labels</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="264"/>
        <source>Filter by mood</source>
        <translation>Filter op stemming</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="265"/>
        <source>Any mood</source>
        <translation>Elke stemming</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="269"/>
        <source>Filter by sharing</source>
        <translation>Filter op delen</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="270"/>
        <source>Shared or not</source>
        <translation>Gedeeld of niet</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="271"/>
        <source>Shared with my therapist</source>
        <translation>Gedeeld met mijn therapeut</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="272"/>
        <source>Not shared</source>
        <translation>Niet gedeeld</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="279"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="280"/>
        <source>Only entries from a date on</source>
        <translation>Alleen notities vanaf een datum</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="282"/>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="283"/>
        <source>Only entries up to a date</source>
        <translation>Alleen notities tot een datum</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="285"/>
        <source>First date</source>
        <translation>Eerste datum</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="286"/>
        <source>Last date</source>
        <translation>Laatste datum</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="299"/>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="301"/>
        <source>Clear all filters</source>
        <translation>Alle filters wissen</translation>
    </message>
</context>
<context>
    <name>HavenApp</name>
    <message>
        <location filename="../../ui/app.py" line="82"/>
        <source>This is a demo journal. Its passphrase is: %1</source>
        <translation>Dit is een voorbeelddagboek. De wachtwoordzin is: %1</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../../ui/journal_page.py" line="104"/>
        <location filename="../../ui/journal_page.py" line="105"/>
        <source>Search your journal</source>
        <translation>Zoek in je dagboek</translation>
    </message>
    <message>
        <location filename="../../ui/journal_page.py" line="109"/>
        <source>Filters</source>
        <translation>Filteren</translation>
    </message>
    <message>
        <location filename="../../ui/journal_page.py" line="111"/>
        <location filename="../../ui/journal_page.py" line="442"/>
        <source>Show filters</source>
        <translation>Toon filters</translation>
    </message>
    <message>
        <location filename="../../ui/journal_page.py" line="121"/>
        <source>New entry</source>
        <translation>Nieuwe notitie</translation>
    </message>
    <message>
        <location filename="../../ui/journal_page.py" line="123"/>
        <location filename="../../ui/journal_page.py" line="161"/>
        <location filename="../../ui/journal_page.py" line="163"/>
        <source>Write a new entry</source>
        <translation>Schrijf een nieuwe notitie</translation>
    </message>
    <message>
        <location filename="../../ui/journal_page.py" line="130"/>
        <source>Journal entries</source>
        <translation>Notities in je dagboek</translation>
    </message>
    <message>
        <location filename="../../ui/journal_page.py" line="137"/>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <location filename="../../ui/journal_page.py" line="155"/>
        <source>Choose an entry on the left to read it again, or start a new one.</source>
        <translation>Kies links een notitie om hem terug te lezen, of begin een nieuwe.</translation>
    </message>
    <message>
        <location filename="../../ui/journal_page.py" line="188"/>
        <source>Your journal</source>
        <translation>Je dagboek</translation>
    </message>
    <message>
        <location filename="../../ui/journal_page.py" line="192"/>
        <source>This is a place that is only yours. Write down what happened, what you feel and what you need. Everything stays locked on this computer; nobody can read it without your passphrase.</source>
        <translation>Dit is een plek die alleen van jou is. Schrijf op wat er gebeurde, wat je voelt en wat je nodig hebt. Alles blijft op slot op deze computer; niemand kan het lezen zonder jouw wachtwoordzin.</translation>
    </message>
    <message>
        <location filename="../../ui/journal_page.py" line="195"/>
        <source>Writing a little, often, helps you see how you are really doing, notice what helps you and bring clear thoughts to your therapist or someone you trust, if you want to.</source>
        <translation>Vaak een beetje schrijven helpt je te zien hoe het echt met je gaat, te merken wat je helpt en met heldere gedachten naar je therapeut of iemand die je vertrouwt te gaan, als je dat wilt.</translation>
    </message>
    <message>
        <location filename="../../ui/journal_page.py" line="198"/>
        <source>To begin, write a few lines about today. There is no right way to do it. If you don&apos;t know where to start, ask for a prompt.</source>
        <translation>Schrijf om te beginnen een paar regels over vandaag. Er is geen goede of foute manier. Weet je niet waar je moet beginnen, vraag dan om een schrijfvraag.</translation>
    </message>
    <message>
        <location filename="../../ui/journal_page.py" line="206"/>
        <location filename="../../ui/journal_page.py" line="208"/>
        <source>Write your first entry</source>
        <translation>Schrijf je eerste notitie</translation>
    </message>
    <message>
        <location filename="../../ui/journal_page.py" line="210"/>
        <source>Give me a prompt</source>
        <translation>Geef me een schrijfvraag</translation>
    </message>
    <message>
        <location filename="../../ui/journal_page.py" line="212"/>
        <source>Start a new entry with a writing prompt</source>
        <translation>Begin een nieuwe notitie met een schrijfvraag</translation>
    </message>
    <message>
        <location filename="../../ui/journal_page.py" line="284"/>
        <source>The entry could not be opened</source>
        <translation>De notitie kon niet worden geopend</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/journal_page.py" line="336"/>
        <source>More than %n found</source>
        <translation>
            <numerusform>Meer dan %n gevonden</numerusform>
            <numerusform>Meer dan %n gevonden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/journal_page.py" line="338"/>
        <source>1 found</source>
        <comment>search results</comment>
        <translation>1 gevonden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/journal_page.py" line="340"/>
        <source>%n found</source>
        <comment>search results</comment>
        <translation>
            <numerusform>%n gevonden</numerusform>
            <numerusform>%n gevonden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/journal_page.py" line="343"/>
        <source>Nothing found. Try other words, or fewer filters.</source>
        <translation>Niets gevonden. Probeer andere woorden, of minder filters.</translation>
    </message>
    <message>
        <location filename="../../ui/journal_page.py" line="346"/>
        <source>1 entry</source>
        <translation>1 notitie</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/journal_page.py" line="346"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n notitie</numerusform>
            <numerusform>%n notities</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/journal_page.py" line="349"/>
        <source>No entries match these filters.</source>
        <translation>Geen notities bij deze filters.</translation>
    </message>
    <message>
        <location filename="../../ui/journal_page.py" line="350"/>
        <source>No entries yet. Your first one is only a click away.</source>
        <translation>Nog geen notities. Je eerste is maar één klik verwijderd.</translation>
    </message>
    <message>
        <location filename="../../ui/journal_page.py" line="441"/>
        <source>Hide filters</source>
        <translation>Verberg filters</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <location filename="../../ui/keys_dialog.py" line="52"/>
        <source>Passphrase and recovery code</source>
        <translation>Wachtwoordzin en herstelcode</translation>
    </message>
    <message>
        <location filename="../../ui/keys_dialog.py" line="53"/>
        <source>Your current passphrase</source>
        <translation>Je huidige wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../ui/keys_dialog.py" line="54"/>
        <source>Current passphrase</source>
        <translation>Huidige wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../ui/keys_dialog.py" line="55"/>
        <source>To change anything here, first type your current passphrase.</source>
        <translation>Typ eerst je huidige wachtwoordzin om hier iets te veranderen.</translation>
    </message>
    <message>
        <location filename="../../ui/keys_dialog.py" line="60"/>
        <location filename="../../ui/keys_dialog.py" line="67"/>
        <source>New passphrase</source>
        <translation>Nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../ui/keys_dialog.py" line="61"/>
        <source>Change passphrase</source>
        <translation>Wachtwoordzin wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/keys_dialog.py" line="64"/>
        <source>Your recovery code keeps working. Backups made before today still open with your old passphrase.</source>
        <translation>Je herstelcode blijft werken. Reservekopieën van vóór vandaag gaan nog open met je oude wachtwoordzin.</translation>
    </message>
    <message>
        <location filename="../../ui/keys_dialog.py" line="76"/>
        <source>Make a new recovery code if you lost yours or fear that someone has seen it. The old code stops working at once.</source>
        <translation>Maak een nieuwe herstelcode als je de jouwe kwijt bent of bang bent dat iemand hem heeft gezien. De oude code werkt dan meteen niet meer.</translation>
    </message>
    <message>
        <location filename="../../ui/keys_dialog.py" line="78"/>
        <source>Make a new recovery code</source>
        <translation>Nieuwe herstelcode maken</translation>
    </message>
    <message>
        <location filename="../../ui/keys_dialog.py" line="88"/>
        <source>Haven encrypts everything in your journal again with a new, random key; a key someone may have copied before no longer opens it. Your passphrase stays the same, and a new recovery code replaces the old one.</source>
        <translation>Haven versleutelt alles in je dagboek opnieuw met een nieuwe, willekeurige sleutel; een sleutel die iemand eerder heeft gekopieerd, opent het dan niet meer. Je wachtwoordzin blijft hetzelfde, en een nieuwe herstelcode vervangt de oude.</translation>
    </message>
    <message>
        <location filename="../../ui/keys_dialog.py" line="92"/>
        <source>Re-encrypt everything</source>
        <translation>Alles opnieuw versleutelen</translation>
    </message>
    <message>
        <location filename="../../ui/keys_dialog.py" line="100"/>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../ui/keys_dialog.py" line="101"/>
        <source>Recovery code</source>
        <translation>Herstelcode</translation>
    </message>
    <message>
        <location filename="../../ui/keys_dialog.py" line="102"/>
        <source>New key</source>
        <translation>Nieuwe sleutel</translation>
    </message>
    <message>
        <location filename="../../ui/keys_dialog.py" line="105"/>
        <location filename="../../ui/keys_dialog.py" line="107"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../ui/keys_dialog.py" line="109"/>
        <source>Working</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <location filename="../../ui/keys_dialog.py" line="110"/>
        <source>One moment…</source>
        <translation>Even geduld…</translation>
    </message>
    <message>
        <location filename="../../ui/keys_dialog.py" line="204"/>
        <source>Your passphrase is changed. From now on your journal opens with the new one.</source>
        <translation>Je wachtwoordzin is gewijzigd. Vanaf nu opent je dagboek met de nieuwe.</translation>
    </message>
    <message>
        <location filename="../../ui/keys_dialog.py" line="221"/>
        <source>Your new recovery code works from now on. The old one no longer does.</source>
        <translation>Je nieuwe herstelcode werkt vanaf nu. De oude werkt niet meer.</translation>
    </message>
    <message>
        <location filename="../../ui/keys_dialog.py" line="238"/>
        <source>Everything is encrypted again with a new key.</source>
        <translation>Alles is opnieuw versleuteld met een nieuwe sleutel.</translation>
    </message>
    <message>
        <location filename="../../ui/keys_dialog.py" line="239"/>
        <source>Your old recovery code no longer works.</source>
        <translation>Je oude herstelcode werkt niet meer.</translation>
    </message>
    <message>
        <location filename="../../ui/keys_dialog.py" line="256"/>
        <source>That is not your current passphrase. Nothing was changed.</source>
        <translation>Dat is niet je huidige wachtwoordzin. Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../ui/keys_dialog.py" line="259"/>
        <source>Your journal still opens as before.</source>
        <translation>Je dagboek gaat nog net zo open als eerst.</translation>
    </message>
    <message>
        <location filename="../../ui/keys_dialog.py" line="268"/>
        <source>This cannot be done right now. Please make sure your latest writing is saved, then try again.</source>
        <translation>Dit kan nu even niet. Zorg eerst dat wat je het laatst schreef bewaard is, en probeer het dan opnieuw.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="384"/>
        <location filename="../../ui/main_window.py" line="443"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="386"/>
        <source>Your latest changes could not be saved. If you lock now, they are lost. Lock anyway?</source>
        <translation>Je laatste wijzigingen konden niet worden bewaard. Als je nu vergrendelt, ben je ze kwijt. Toch vergrendelen?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="445"/>
        <location filename="../../ui/main_window.py" line="641"/>
        <source>Backup</source>
        <translation>Reservekopie</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="474"/>
        <location filename="../../ui/main_window.py" line="478"/>
        <source>New passphrase</source>
        <translation>Nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="475"/>
        <source>From now on your journal opens with your new passphrase.</source>
        <translation>Vanaf nu opent je dagboek met je nieuwe wachtwoordzin.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="514"/>
        <source>New entry</source>
        <translation>Nieuwe notitie</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="516"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="518"/>
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="519"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="521"/>
        <source>Journal</source>
        <translation>Dagboek</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="523"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="525"/>
        <source>Quick exit</source>
        <translation>Snel weg</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="598"/>
        <source>The daily backup could not be made: there is not enough room in the backup folder. Your journal itself is saved and unchanged. Make some room there, or choose another folder in Settings.</source>
        <translation>De dagelijkse reservekopie kon niet worden gemaakt: er is niet genoeg ruimte in de map voor reservekopieën. Je dagboek zelf is bewaard en niet veranderd. Maak daar wat ruimte vrij, of kies een andere map bij Instellingen.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="601"/>
        <source>The daily backup could not be made: %1</source>
        <translation>De dagelijkse reservekopie kon niet worden gemaakt: %1</translation>
    </message>
</context>
<context>
    <name>Mood</name>
    <message>
        <location filename="../../ui/entry_editor.py" line="61"/>
        <source>Very hard</source>
        <translation>Heel zwaar</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="62"/>
        <source>Hard</source>
        <translation>Zwaar</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="63"/>
        <source>In between</source>
        <translation>Wisselend</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="64"/>
        <source>Fairly good</source>
        <translation>Redelijk goed</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="65"/>
        <source>Good</source>
        <translation>Goed</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../ui/new_passphrase.py" line="19"/>
        <source>Choose a new passphrase</source>
        <translation>Kies een nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../ui/new_passphrase.py" line="21"/>
        <source>You opened your journal with your recovery code. If you have forgotten your passphrase, choose a new one now. Your recovery code keeps working.</source>
        <translation>Je hebt je dagboek geopend met je herstelcode. Ben je je wachtwoordzin vergeten? Kies dan nu een nieuwe. Je herstelcode blijft werken.</translation>
    </message>
    <message>
        <location filename="../../ui/new_passphrase.py" line="23"/>
        <source>New passphrase</source>
        <translation>Nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../ui/new_passphrase.py" line="26"/>
        <source>Use this passphrase</source>
        <translation>Deze wachtwoordzin gebruiken</translation>
    </message>
    <message>
        <location filename="../../ui/new_passphrase.py" line="28"/>
        <source>Not now</source>
        <translation>Niet nu</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="59"/>
        <source>New passphrase</source>
        <translation>Nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="60"/>
        <source>Type it once more</source>
        <translation>Typ hem nog een keer</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="61"/>
        <source>Repeat the passphrase</source>
        <translation>Herhaal de wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="66"/>
        <source>Passphrase strength</source>
        <translation>Sterkte van de wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="69"/>
        <source>Show what I type</source>
        <translation>Laat zien wat ik typ</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="70"/>
        <source>Show the passphrase</source>
        <translation>Laat de wachtwoordzin zien</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="121"/>
        <source>At least %1 characters.</source>
        <translation>Minstens %1 tekens.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="122"/>
        <source>Weak: this would be easy to guess.</source>
        <translation>Zwak: dit is makkelijk te raden.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="123"/>
        <source>Fair: longer would be safer.</source>
        <translation>Redelijk: langer is veiliger.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="124"/>
        <source>Good.</source>
        <translation>Goed.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="125"/>
        <source>Strong.</source>
        <translation>Sterk.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="133"/>
        <source>Both are the same.</source>
        <translation>Ze zijn hetzelfde.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="135"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>De twee wachtwoordzinnen zijn nog niet hetzelfde.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <location filename="../../ui/recovery_code.py" line="27"/>
        <source>Haven recovery code</source>
        <translation>Herstelcode voor Haven</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_code.py" line="29"/>
        <source>This code opens your journal if you forget your passphrase.</source>
        <translation>Met deze code open je je dagboek als je je wachtwoordzin vergeten bent.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_code.py" line="32"/>
        <source>Keep this page somewhere safe that only you can reach.</source>
        <translation>Bewaar dit papier op een veilige plek waar alleen jij bij kunt.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_code.py" line="48"/>
        <source>Your recovery code</source>
        <translation>Je herstelcode</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_code.py" line="50"/>
        <source>If you ever forget your passphrase, this code is the only way to open your journal. Write it down or print it, and keep it somewhere safe that only you can reach. It will not be shown again.</source>
        <translation>Als je ooit je wachtwoordzin vergeet, is deze code de enige manier om je dagboek te openen. Schrijf hem op of druk hem af, en bewaar hem op een veilige plek waar alleen jij bij kunt. Hij wordt niet nog een keer getoond.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_code.py" line="58"/>
        <source>Recovery code</source>
        <translation>Herstelcode</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_code.py" line="62"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_code.py" line="63"/>
        <source>Copy the recovery code</source>
        <translation>De herstelcode kopiëren</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_code.py" line="64"/>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_code.py" line="65"/>
        <source>Print the recovery code</source>
        <translation>De herstelcode afdrukken</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_code.py" line="66"/>
        <source>I have stored it</source>
        <translation>Ik heb hem bewaard</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_code.py" line="110"/>
        <source>Close without storing?</source>
        <translation>Sluiten zonder te bewaren?</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_code.py" line="111"/>
        <source>The recovery code will not be shown again. Close anyway?</source>
        <translation>De herstelcode wordt niet nog een keer getoond. Toch sluiten?</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_code.py" line="130"/>
        <source>Copied. Haven takes it off the clipboard again when you close this window.</source>
        <translation>Gekopieerd. Haven haalt hem weer van het klembord als je dit venster sluit.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_code.py" line="138"/>
        <source>Sent to the printer.</source>
        <translation>Naar de printer gestuurd.</translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <location filename="../../ui/search_panel.py" line="91"/>
        <source>d MMMM yyyy</source>
        <comment>date of a search result; Qt format</comment>
        <translation>d MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="46"/>
        <location filename="../../ui/settings_dialog.py" line="259"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="51"/>
        <source>Never</source>
        <translation>Nooit</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="52"/>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="53"/>
        <source>Lock after this many minutes without use</source>
        <translation>Vergrendel na zoveel minuten zonder gebruik</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="55"/>
        <source>Lock when the window is minimised</source>
        <translation>Vergrendel bij minimaliseren van het venster</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="58"/>
        <source>Lock when the screen locks or the computer goes to sleep</source>
        <translation>Vergrendel bij schermvergrendeling of slaapstand</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="63"/>
        <source>Quick exit shortcut</source>
        <translation>Sneltoets voor snel weg</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="64"/>
        <source>Pressing Escape twice quickly always works too.</source>
        <translation>Twee keer snel op Escape drukken werkt ook altijd.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="66"/>
        <source>After a quick exit, open this web page:</source>
        <translation>Open na snel weg deze webpagina:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="69"/>
        <source>Web page to open after a quick exit</source>
        <translation>Webpagina die na snel weg opengaat</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="75"/>
        <source>Discreet mode: a neutral name and icon</source>
        <translation>Discrete modus: een neutrale naam en een neutraal icoon</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="82"/>
        <source>Name and icon in discreet mode</source>
        <translation>Naam en icoon in de discrete modus</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="88"/>
        <source>The window, the taskbar and the lock screen then show this name and icon. Someone who searches this computer can still find out that Haven is on it.</source>
        <translation>Het venster, de taakbalk en het vergrendelscherm tonen dan deze naam en dit icoon. Wie deze computer doorzoekt, kan nog steeds ontdekken dat Haven erop staat.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="93"/>
        <source>Passphrase and recovery code…</source>
        <translation>Wachtwoordzin en herstelcode…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="96"/>
        <source>Change your passphrase, make a new recovery code, or encrypt everything again with a new key.</source>
        <translation>Wijzig je wachtwoordzin, maak een nieuwe herstelcode of versleutel alles opnieuw met een nieuwe sleutel.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="98"/>
        <source>Open your journal first to change your passphrase or recovery code.</source>
        <translation>Open eerst je dagboek om je wachtwoordzin of herstelcode te wijzigen.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="104"/>
        <location filename="../../ui/settings_dialog.py" line="110"/>
        <source>Follow the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="107"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="111"/>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="112"/>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="113"/>
        <source>Appearance</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="115"/>
        <source>Include prompts and texts about faith</source>
        <translation>Ook vragen en teksten over geloof tonen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="122"/>
        <source>Backup folder</source>
        <translation>Map voor reservekopieën</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="123"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="124"/>
        <source>Choose a backup folder</source>
        <translation>Kies een map voor reservekopieën</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="125"/>
        <source>Journal folder</source>
        <translation>Dagboekmap</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="126"/>
        <source>Keep backups in the journal folder</source>
        <translation>Bewaar reservekopieën in de map van je dagboek</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="129"/>
        <source>Number of backups to keep</source>
        <translation>Aantal reservekopieën dat bewaard blijft</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="132"/>
        <source>Haven makes an encrypted backup once a day when you lock or close it. It opens only with the passphrase or recovery code you have at that moment. A USB stick that you keep yourself is a good place.</source>
        <translation>Haven maakt één keer per dag een versleutelde reservekopie als je vergrendelt of afsluit. Die gaat alleen open met de wachtwoordzin of herstelcode die je op dat moment hebt. Een USB-stick die je zelf bewaart, is een goede plek.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="144"/>
        <source>&amp;Folder</source>
        <translation>&amp;Map</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="159"/>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="160"/>
        <source>Lock &amp;after</source>
        <translation>Vergrendel &amp;na</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="163"/>
        <source>&amp;Quick exit</source>
        <translation>&amp;Snel weg</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="168"/>
        <source>&amp;Shown as</source>
        <translation>&amp;Tonen als</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="170"/>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="173"/>
        <source>Look</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="174"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="175"/>
        <source>A&amp;ppearance</source>
        <translation>&amp;Weergave</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="177"/>
        <source>Backups</source>
        <translation>Reservekopieën</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="179"/>
        <source>&amp;Keep the last</source>
        <translation>&amp;Bewaar de laatste</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="219"/>
        <source>Please give a web address that starts with https://.</source>
        <translation>Vul een webadres in dat begint met https://.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="271"/>
        <source>Choose a folder for your backups</source>
        <translation>Kies een map voor je reservekopieën</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="286"/>
        <source>In the journal folder (backups)</source>
        <translation>In de map van je dagboek (backups)</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../ui/today_page.py" line="38"/>
        <source>How are you today? There is room here for whatever is on your mind.</source>
        <translation>Hoe gaat het vandaag met je? Hier is ruimte voor alles wat je bezighoudt.</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="40"/>
        <source>Write today&apos;s entry</source>
        <translation>Schrijf over vandaag</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="41"/>
        <source>A new entry for today (Ctrl+N)</source>
        <translation>Een nieuwe notitie voor vandaag (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="44"/>
        <source>Something to write about</source>
        <translation>Iets om over te schrijven</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="48"/>
        <source>Writing prompt</source>
        <translation>Schrijfvraag</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="49"/>
        <source>Another prompt</source>
        <translation>Andere vraag</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="50"/>
        <source>Show another writing prompt</source>
        <translation>Toon een andere schrijfvraag</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="51"/>
        <source>Write about this</source>
        <translation>Schrijf hierover</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="52"/>
        <source>Write an entry about this prompt</source>
        <translation>Schrijf een notitie over deze vraag</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="105"/>
        <source>Good morning</source>
        <translation>Goedemorgen</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="107"/>
        <source>Good afternoon</source>
        <translation>Goedemiddag</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="109"/>
        <source>Good evening</source>
        <translation>Goedenavond</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="110"/>
        <source>Hello, night owl</source>
        <translation>Hallo, nachtuil</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../ui/unlock.py" line="75"/>
        <source>Haven</source>
        <translation>Haven</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="76"/>
        <source>Welcome back</source>
        <translation>Welkom terug</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="79"/>
        <source>Locked. Only you can open it.</source>
        <translation>Vergrendeld. Alleen jij kunt het openen.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="80"/>
        <source>Your journal is locked. Only you can open it.</source>
        <translation>Je dagboek is vergrendeld. Alleen jij kunt het openen.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="87"/>
        <location filename="../../ui/unlock.py" line="88"/>
        <source>Show what I type</source>
        <translation>Laat zien wat ik typ</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="91"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="93"/>
        <location filename="../../ui/unlock.py" line="230"/>
        <location filename="../../ui/unlock.py" line="231"/>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="95"/>
        <source>Opening</source>
        <translation>Bezig met openen</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="96"/>
        <source>Opening your journal</source>
        <translation>Je dagboek wordt geopend</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="97"/>
        <source>Opening…</source>
        <translation>Bezig met openen…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="98"/>
        <source>Opening your journal…</source>
        <translation>Je dagboek wordt geopend…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/unlock.py" line="226"/>
        <source>Wait %n s</source>
        <translation>
            <numerusform>Wacht %n s</numerusform>
            <numerusform>Wacht %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/unlock.py" line="228"/>
        <source>You can try again in %n seconds</source>
        <translation>
            <numerusform>Je kunt het over %n seconde opnieuw proberen</numerusform>
            <numerusform>Je kunt het over %n seconden opnieuw proberen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="257"/>
        <source>That recovery code is not right. Please check it and try again.</source>
        <translation>Die herstelcode klopt niet. Kijk hem nog even na en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="259"/>
        <source>That passphrase is not right. Please check it and try again.</source>
        <translation>Die wachtwoordzin klopt niet. Kijk hem nog even na en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="262"/>
        <source>That recovery code did not open your journal. Please check it and try again.</source>
        <translation>Met die herstelcode ging je dagboek niet open. Kijk hem nog even na en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="264"/>
        <source>That passphrase did not open your journal. Please check it and try again.</source>
        <translation>Met die wachtwoordzin ging je dagboek niet open. Kijk hem nog even na en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="292"/>
        <location filename="../../ui/unlock.py" line="294"/>
        <source>Recovery code</source>
        <translation>Herstelcode</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="293"/>
        <source>For example 7KQ2-ABCD-…</source>
        <translation>Bijvoorbeeld 7KQ2-ABCD-…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="295"/>
        <source>Use my passphrase instead</source>
        <translation>Toch mijn wachtwoordzin gebruiken</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="297"/>
        <location filename="../../ui/unlock.py" line="299"/>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="298"/>
        <source>Your passphrase</source>
        <translation>Je wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="300"/>
        <source>Use my recovery code instead</source>
        <translation>Mijn herstelcode gebruiken</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/welcome.py" line="39"/>
        <source>Haven</source>
        <translation>Haven</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="40"/>
        <source>Welcome to Haven</source>
        <translation>Welkom bij Haven</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="43"/>
        <source>Haven keeps your journal encrypted on this computer, so nobody can read it without your passphrase, not even someone who uses this computer too. If you forget your passphrase, only the recovery code you will get in a moment can open your journal again.</source>
        <translation>Haven bewaart je dagboek versleuteld op deze computer, zodat niemand het kan lezen zonder je wachtwoordzin, ook niet iemand die deze computer ook gebruikt. Als je je wachtwoordzin vergeet, kan alleen de herstelcode die je zo krijgt je dagboek weer openen.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="49"/>
        <source>Choose a passphrase</source>
        <translation>Kies een wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="55"/>
        <source>Tip: a few words that only you would put together are easy to remember and hard to guess.</source>
        <translation>Tip: een paar woorden die alleen jij zo zou combineren, zijn makkelijk te onthouden en moeilijk te raden.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="59"/>
        <source>Create my journal</source>
        <translation>Maak mijn dagboek</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="61"/>
        <source>Creating your journal</source>
        <translation>Je dagboek wordt gemaakt</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="62"/>
        <source>Creating your journal…</source>
        <translation>Je dagboek wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="67"/>
        <source>Your passphrase</source>
        <translation>Je wachtwoordzin</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../ui/main_window.py" line="101"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103"/>
        <source>Journal</source>
        <translation>Dagboek</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>Lock Haven</source>
        <translation>Haven vergrendelen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115"/>
        <source>Lock your journal (Ctrl+L)</source>
        <translation>Vergrendel je dagboek (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>Quick exit</source>
        <translation>Snel weg</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117"/>
        <source>Quick exit: save and close now</source>
        <translation>Snel weg: nu opslaan en sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121"/>
        <source>Save and close at once (%1, or Escape twice)</source>
        <translation>Meteen opslaan en sluiten (%1, of twee keer Escape)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>Save and close at once (Escape twice)</source>
        <translation>Meteen opslaan en sluiten (twee keer Escape)</translation>
    </message>
</context>
</TS>
