<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../ui/entry_editor.py" line="233"/>
        <source>Date of this entry</source>
        <translation>Datum van deze notitie</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="345"/>
        <source>Save status</source>
        <translation>Opslagstatus</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="238"/>
        <location filename="../../ui/entry_editor.py" line="417"/>
        <source>Give me a prompt</source>
        <translation>Schrijfvraag</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="239"/>
        <source>Give me a writing prompt</source>
        <translation>Geef me een schrijfvraag</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="240"/>
        <source>A question to help you start writing (Ctrl+Shift+P)</source>
        <translation>Een vraag om je op weg te helpen (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="243"/>
        <location filename="../../ui/entry_editor.py" line="415"/>
        <source>Reading view</source>
        <translation>Leesweergave</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="246"/>
        <source>Switch between writing and reading view</source>
        <translation>Wissel tussen schrijven en lezen</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="247"/>
        <source>Show the text formatted (Ctrl+E)</source>
        <translation>Toon de tekst opgemaakt (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="249"/>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="250"/>
        <source>Delete this entry</source>
        <translation>Deze notitie verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="255"/>
        <source>Title (you can leave this empty)</source>
        <translation>Titel (mag leeg blijven)</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="256"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="271"/>
        <source>Writing prompt</source>
        <translation>Schrijfvraag</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="275"/>
        <source>Another prompt</source>
        <translation>Andere vraag</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="277"/>
        <source>Show another prompt</source>
        <translation>Toon een andere schrijfvraag</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="279"/>
        <source>Remove</source>
        <translation>Weghalen</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="281"/>
        <source>Remove the prompt</source>
        <translation>Haal de schrijfvraag weg</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="288"/>
        <source>Bold</source>
        <translation>Vet</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="290"/>
        <source>Italic</source>
        <translation>Cursief</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="292"/>
        <source>Heading</source>
        <translation>Kop</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="294"/>
        <source>List</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="350"/>
        <source>Word count</source>
        <translation>Aantal woorden</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="318"/>
        <source>Your text</source>
        <translation>Je tekst</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="320"/>
        <source>Write whatever is on your mind. Nobody else can read this. You can use Markdown: **bold**, *italic*, # heading, - list.</source>
        <translation>Schrijf op wat je bezighoudt. Niemand anders kan dit lezen. Je kunt Markdown gebruiken: **vet**, *cursief*, # kop, - lijst.</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="332"/>
        <source>Your text, formatted</source>
        <translation>Je tekst, opgemaakt</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="360"/>
        <source>Mood</source>
        <translation>Stemming</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="370"/>
        <source>Mood %1 of %2: %3</source>
        <translation>Stemming %1 van %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="392"/>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="395"/>
        <source>e.g. sleep, boundaries</source>
        <translation>bijv. slaap, grenzen</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="396"/>
        <source>Tags, separated by commas</source>
        <translation>Labels, gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="385"/>
        <source>Share with my therapist</source>
        <translation>Delen met mijn therapeut</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="387"/>
        <source>Share this entry with my therapist</source>
        <translation>Deel deze notitie met mijn therapeut</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="389"/>
        <source>Shared entries can go into the summary you make for your therapist. Nothing is sent anywhere.</source>
        <translation>Gedeelde notities kunnen in de samenvatting komen die je voor je therapeut maakt. Er wordt niets verstuurd.</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="413"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="533"/>
        <location filename="../../ui/entry_editor.py" line="601"/>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="546"/>
        <source>Delete this entry?</source>
        <translation>Deze notitie verwijderen?</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="547"/>
        <source>This entry will be removed from your journal for good. This cannot be undone.</source>
        <translation>Deze notitie verdwijnt voorgoed uit je dagboek. Dit kun je niet ongedaan maken.</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="549"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="549"/>
        <source>Keep</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="561"/>
        <source>The entry was not deleted</source>
        <translation>De notitie is niet verwijderd</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="614"/>
        <source>1 = very hard … 5 = good</source>
        <translation>1 = heel zwaar … 5 = goed</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="629"/>
        <source>1 word</source>
        <translation>1 woord</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/entry_editor.py" line="630"/>
        <source>%n words</source>
        <translation>
            <numerusform>%n woord</numerusform>
            <numerusform>%n woorden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="637"/>
        <source>Not saved yet</source>
        <translation>Nog niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="641"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="644"/>
        <source>Your entry could not be saved</source>
        <translation>Je notitie kon niet worden opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="646"/>
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
        <location filename="../../ui/messages.py" line="72"/>
        <source>That did not open your journal. Please check what you typed and try again.</source>
        <translation>Daarmee ging je dagboek niet open. Kijk nog even wat je hebt getypt en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="74"/>
        <source>This journal has no recovery code. Please use your passphrase.</source>
        <translation>Dit dagboek heeft geen herstelcode. Gebruik je wachtwoordzin.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="76"/>
        <source>This folder does not hold a Haven journal.</source>
        <translation>In deze map staat geen Haven-dagboek.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="77"/>
        <source>Your journal&apos;s files are damaged and cannot be read. Please restore a backup, or ask someone you trust for help.</source>
        <translation>De bestanden van je dagboek zijn beschadigd en kunnen niet worden gelezen. Zet een reservekopie terug, of vraag iemand die je vertrouwt om hulp.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="80"/>
        <source>Your journal is already open in another Haven window. Close that one first.</source>
        <translation>Je dagboek is al open in een ander Haven-venster. Sluit dat eerst.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="83"/>
        <source>Your journal was saved by a newer version of Haven. Please update Haven to open it.</source>
        <translation>Je dagboek is opgeslagen met een nieuwere versie van Haven. Werk Haven bij om het te openen.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="86"/>
        <source>A passphrase needs at least %1 characters.</source>
        <translation>Een wachtwoordzin heeft minstens %1 tekens nodig.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="88"/>
        <source>The folder for a new journal is not empty.</source>
        <translation>De map voor een nieuw dagboek is niet leeg.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="89"/>
        <source>The disk is full. Your last change was not saved; make some room and try again.</source>
        <translation>De schijf is vol. Je laatste wijziging is niet opgeslagen; maak wat ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="92"/>
        <source>This entry no longer exists.</source>
        <translation>Deze notitie bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="93"/>
        <source>Haven could not read or write its files (%1).</source>
        <translation>Haven kon zijn bestanden niet lezen of schrijven (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="95"/>
        <source>Something went wrong (%1).</source>
        <translation>Er ging iets mis (%1).</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/search_panel.py" line="303"/>
        <source>Filter by tag</source>
        <translation>Filter op label</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="304"/>
        <location filename="../../ui/search_panel.py" line="379"/>
        <source>Any tag</source>
        <translation>Alle labels</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="306"/>
        <source>Filter by mood</source>
        <translation>Filter op stemming</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="307"/>
        <source>Any mood</source>
        <translation>Elke stemming</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="311"/>
        <source>Filter by sharing</source>
        <translation>Filter op delen</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="312"/>
        <source>Shared or not</source>
        <translation>Alle notities</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="313"/>
        <source>Shared with my therapist</source>
        <translation>Gedeeld met mijn therapeut</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="314"/>
        <source>Not shared</source>
        <translation>Niet gedeeld</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="322"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="323"/>
        <source>Only entries from a date on</source>
        <translation>Alleen notities vanaf een datum</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="325"/>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="326"/>
        <source>Only entries up to a date</source>
        <translation>Alleen notities tot een datum</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="328"/>
        <source>First date</source>
        <translation>Eerste datum</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="329"/>
        <source>Last date</source>
        <translation>Laatste datum</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="342"/>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="344"/>
        <source>Clear all filters</source>
        <translation>Alle filters wissen</translation>
    </message>
</context>
<context>
    <name>HavenApp</name>
    <message>
        <location filename="../../ui/app.py" line="81"/>
        <source>This is a demo journal. Its passphrase is: %1</source>
        <translation>Dit is een voorbeelddagboek. De wachtwoordzin is: %1</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../../ui/journal_page.py" line="105"/>
        <location filename="../../ui/journal_page.py" line="106"/>
        <source>Search your journal</source>
        <translation>Zoek in je dagboek</translation>
    </message>
    <message>
        <location filename="../../ui/journal_page.py" line="111"/>
        <source>Filters</source>
        <translation>Filteren</translation>
    </message>
    <message>
        <location filename="../../ui/journal_page.py" line="113"/>
        <location filename="../../ui/journal_page.py" line="466"/>
        <source>Show filters</source>
        <translation>Toon filters</translation>
    </message>
    <message>
        <location filename="../../ui/journal_page.py" line="124"/>
        <source>clear</source>
        <translation>wissen</translation>
    </message>
    <message>
        <location filename="../../ui/journal_page.py" line="126"/>
        <source>Clear all filters</source>
        <translation>Alle filters wissen</translation>
    </message>
    <message>
        <location filename="../../ui/journal_page.py" line="130"/>
        <source>New entry</source>
        <translation>Nieuwe notitie</translation>
    </message>
    <message>
        <location filename="../../ui/journal_page.py" line="132"/>
        <location filename="../../ui/journal_page.py" line="172"/>
        <location filename="../../ui/journal_page.py" line="174"/>
        <source>Write a new entry</source>
        <translation>Schrijf een nieuwe notitie</translation>
    </message>
    <message>
        <location filename="../../ui/journal_page.py" line="139"/>
        <source>Journal entries</source>
        <translation>Notities in je dagboek</translation>
    </message>
    <message>
        <location filename="../../ui/journal_page.py" line="146"/>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <location filename="../../ui/journal_page.py" line="166"/>
        <source>Choose an entry on the left to read it again, or start a new one.</source>
        <translation>Kies links een notitie om hem terug te lezen, of begin een nieuwe.</translation>
    </message>
    <message>
        <location filename="../../ui/journal_page.py" line="199"/>
        <source>Your journal</source>
        <translation>Je dagboek</translation>
    </message>
    <message>
        <location filename="../../ui/journal_page.py" line="203"/>
        <source>This is a place that is only yours. Write down what happened, what you feel and what you need. Everything stays locked on this computer; nobody can read it without your passphrase.</source>
        <translation>Dit is een plek die alleen van jou is. Schrijf op wat er gebeurde, wat je voelt en wat je nodig hebt. Alles blijft op slot op deze computer; niemand kan het lezen zonder jouw wachtwoordzin.</translation>
    </message>
    <message>
        <location filename="../../ui/journal_page.py" line="206"/>
        <source>Writing a little, often, helps you see how you are really doing, notice what helps you and bring clear thoughts to your therapist or someone you trust, if you want to.</source>
        <translation>Vaak een beetje schrijven helpt je te zien hoe het echt met je gaat, te merken wat je helpt en met heldere gedachten naar je therapeut of iemand die je vertrouwt te gaan, als je dat wilt.</translation>
    </message>
    <message>
        <location filename="../../ui/journal_page.py" line="209"/>
        <source>To begin, write a few lines about today. There is no right way to do it. If you don&apos;t know where to start, ask for a prompt.</source>
        <translation>Schrijf om te beginnen een paar regels over vandaag. Er is geen goede of foute manier. Weet je niet waar je moet beginnen, vraag dan om een schrijfvraag.</translation>
    </message>
    <message>
        <location filename="../../ui/journal_page.py" line="217"/>
        <location filename="../../ui/journal_page.py" line="219"/>
        <source>Write your first entry</source>
        <translation>Schrijf je eerste notitie</translation>
    </message>
    <message>
        <location filename="../../ui/journal_page.py" line="221"/>
        <source>Give me a prompt</source>
        <translation>Geef me een schrijfvraag</translation>
    </message>
    <message>
        <location filename="../../ui/journal_page.py" line="223"/>
        <source>Start a new entry with a writing prompt</source>
        <translation>Begin een nieuwe notitie met een schrijfvraag</translation>
    </message>
    <message>
        <location filename="../../ui/journal_page.py" line="297"/>
        <source>The entry could not be opened</source>
        <translation>De notitie kon niet worden geopend</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/journal_page.py" line="349"/>
        <source>More than %n found</source>
        <translation>
            <numerusform>Meer dan %n gevonden</numerusform>
            <numerusform>Meer dan %n gevonden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/journal_page.py" line="351"/>
        <source>1 found</source>
        <comment>search results</comment>
        <translation>1 gevonden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/journal_page.py" line="353"/>
        <source>%n found</source>
        <comment>search results</comment>
        <translation>
            <numerusform>%n gevonden</numerusform>
            <numerusform>%n gevonden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/journal_page.py" line="356"/>
        <source>Nothing found. Try other words, or fewer filters.</source>
        <translation>Niets gevonden. Probeer andere woorden, of minder filters.</translation>
    </message>
    <message>
        <location filename="../../ui/journal_page.py" line="359"/>
        <source>1 entry</source>
        <translation>1 notitie</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/journal_page.py" line="359"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n notitie</numerusform>
            <numerusform>%n notities</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/journal_page.py" line="362"/>
        <source>No entries match these filters.</source>
        <translation>Geen notities bij deze filters.</translation>
    </message>
    <message>
        <location filename="../../ui/journal_page.py" line="364"/>
        <source>Your new entry shows up here once you write something.</source>
        <translation>Je nieuwe notitie verschijnt hier zodra je iets schrijft.</translation>
    </message>
    <message>
        <location filename="../../ui/journal_page.py" line="366"/>
        <source>No entries yet. Your first one is only a click away.</source>
        <translation>Je hebt nog niets geschreven.</translation>
    </message>
    <message>
        <location filename="../../ui/journal_page.py" line="371"/>
        <source>Filtered: %1 of %2</source>
        <translation>Gefilterd: %1 van %2</translation>
    </message>
    <message>
        <location filename="../../ui/journal_page.py" line="465"/>
        <source>Hide filters</source>
        <translation>Verberg filters</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="298"/>
        <location filename="../../ui/main_window.py" line="360"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="300"/>
        <source>Your latest changes could not be saved. If you lock now, they are lost. Lock anyway?</source>
        <translation>Je laatste wijzigingen konden niet worden bewaard. Als je nu vergrendelt, ben je ze kwijt. Toch vergrendelen?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302"/>
        <source>Lock anyway</source>
        <translation>Toch vergrendelen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302"/>
        <source>Go back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="309"/>
        <location filename="../../ui/main_window.py" line="362"/>
        <source>Backup</source>
        <translation>Reservekopie</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="391"/>
        <location filename="../../ui/main_window.py" line="395"/>
        <source>New passphrase</source>
        <translation>Nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="392"/>
        <source>From now on your journal opens with your new passphrase.</source>
        <translation>Vanaf nu opent je dagboek met je nieuwe wachtwoordzin.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="432"/>
        <source>New entry</source>
        <translation>Nieuwe notitie</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="434"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="436"/>
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="437"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="439"/>
        <source>Journal</source>
        <translation>Dagboek</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="441"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="443"/>
        <source>Quick exit</source>
        <translation>Snel weg</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="516"/>
        <source>The daily backup could not be made: %1</source>
        <translation>De dagelijkse reservekopie kon niet worden gemaakt: %1</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="38"/>
        <source>Go ahead</source>
        <translation>Doorgaan</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="41"/>
        <source>Go back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="62"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>Mood</name>
    <message>
        <location filename="../../ui/entry_editor.py" line="62"/>
        <source>Very hard</source>
        <translation>Heel zwaar</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="63"/>
        <source>Hard</source>
        <translation>Zwaar</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="64"/>
        <source>In between</source>
        <translation>Wisselend</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="65"/>
        <source>Fairly good</source>
        <translation>Redelijk goed</translation>
    </message>
    <message>
        <location filename="../../ui/entry_editor.py" line="66"/>
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
        <location filename="../../ui/new_passphrase.py" line="25"/>
        <source>Type it once more</source>
        <translation>Typ hem nog een keer</translation>
    </message>
    <message>
        <location filename="../../ui/new_passphrase.py" line="26"/>
        <source>Repeat the new passphrase</source>
        <translation>Herhaal de nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../ui/new_passphrase.py" line="29"/>
        <source>Use this passphrase</source>
        <translation>Deze wachtwoordzin gebruiken</translation>
    </message>
    <message>
        <location filename="../../ui/new_passphrase.py" line="31"/>
        <source>Not now</source>
        <translation>Niet nu</translation>
    </message>
    <message>
        <location filename="../../ui/new_passphrase.py" line="64"/>
        <source>At least %1 characters.</source>
        <translation>Minstens %1 tekens.</translation>
    </message>
    <message>
        <location filename="../../ui/new_passphrase.py" line="67"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>De twee wachtwoordzinnen komen nog niet overeen.</translation>
    </message>
    <message>
        <location filename="../../ui/new_passphrase.py" line="69"/>
        <source>Weak: this would be easy to guess.</source>
        <translation>Zwak: dit is makkelijk te raden.</translation>
    </message>
    <message>
        <location filename="../../ui/new_passphrase.py" line="71"/>
        <source>Both are the same.</source>
        <translation>Ze komen overeen.</translation>
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
        <translation>Als je ooit je wachtwoordzin vergeet, is deze code de enige manier om je dagboek te openen. Schrijf hem op of druk hem af, en bewaar hem op een veilige plek waar alleen jij bij kunt. Je ziet deze code maar één keer.</translation>
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
        <translation>Je ziet de herstelcode maar één keer. Toch sluiten?</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_code.py" line="112"/>
        <source>Close anyway</source>
        <translation>Toch sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_code.py" line="113"/>
        <source>Go back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_code.py" line="132"/>
        <source>Copied. Haven takes it off the clipboard again when you close this window.</source>
        <translation>Gekopieerd. Haven haalt hem weer van het klembord als je dit venster sluit.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_code.py" line="140"/>
        <source>Sent to the printer.</source>
        <translation>Naar de printer gestuurd.</translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <location filename="../../ui/search_panel.py" line="124"/>
        <source>d MMMM yyyy</source>
        <comment>date of a search result; Qt format</comment>
        <translation>d MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="42"/>
        <location filename="../../ui/settings_dialog.py" line="219"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="47"/>
        <source>Never</source>
        <translation>Nooit</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="48"/>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="49"/>
        <source>Lock after this many minutes without use</source>
        <translation>Vergrendel na zoveel minuten zonder gebruik</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="51"/>
        <source>Lock when the window is minimised</source>
        <translation>Vergrendel bij minimaliseren van het venster</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="54"/>
        <source>Lock when the screen locks or the computer goes to sleep</source>
        <translation>Vergrendel bij schermvergrendeling of slaapstand</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="59"/>
        <source>Quick exit shortcut</source>
        <translation>Sneltoets voor snel weg</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="60"/>
        <source>Pressing Escape twice quickly always works too.</source>
        <translation>Twee keer snel op Escape drukken werkt ook altijd.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="62"/>
        <source>After a quick exit, open this web page:</source>
        <translation>Open na snel weg deze webpagina:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="65"/>
        <source>Web page to open after a quick exit</source>
        <translation>Webpagina die na snel weg opengaat</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="72"/>
        <location filename="../../ui/settings_dialog.py" line="78"/>
        <source>Follow the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="75"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="79"/>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="80"/>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="81"/>
        <source>Appearance</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="83"/>
        <source>Include prompts and texts about faith</source>
        <translation>Ook vragen en teksten over geloof tonen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="90"/>
        <source>Backup folder</source>
        <translation>Map voor reservekopieën</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="91"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="92"/>
        <source>Choose a backup folder</source>
        <translation>Kies een map voor reservekopieën</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="93"/>
        <source>Journal folder</source>
        <translation>Dagboekmap</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="94"/>
        <source>Keep backups in the journal folder</source>
        <translation>Bewaar reservekopieën in de map van je dagboek</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="97"/>
        <source>Number of backups to keep</source>
        <translation>Aantal reservekopieën dat bewaard blijft</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="100"/>
        <source>Haven makes an encrypted backup once a day when you lock or close it. It opens only with the passphrase or recovery code you have at that moment. A USB stick that you keep yourself is a good place.</source>
        <translation>Haven maakt één keer per dag een versleutelde reservekopie als je vergrendelt of afsluit. Die gaat alleen open met de wachtwoordzin of herstelcode die je op dat moment hebt. Een USB-stick die je zelf bewaart, is een goede plek.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="112"/>
        <source>&amp;Folder</source>
        <translation>&amp;Map</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="127"/>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="128"/>
        <source>Lock &amp;after</source>
        <translation>Vergrendel &amp;na</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="131"/>
        <source>&amp;Quick exit</source>
        <translation>&amp;Snel weg</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="135"/>
        <source>Look</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="136"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="137"/>
        <source>A&amp;ppearance</source>
        <translation>&amp;Weergave</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="139"/>
        <source>Backups</source>
        <translation>Reservekopieën</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="141"/>
        <source>&amp;Keep the last</source>
        <translation>&amp;Bewaar de laatste</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="182"/>
        <source>Please give a web address that starts with https://.</source>
        <translation>Vul een webadres in dat begint met https://.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="226"/>
        <source>Choose a folder for your backups</source>
        <translation>Kies een map voor je reservekopieën</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="241"/>
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
        <location filename="../../ui/unlock.py" line="65"/>
        <source>Haven</source>
        <translation>Haven</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="66"/>
        <source>Welcome back</source>
        <translation>Welkom terug</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="68"/>
        <source>Your journal is locked. Only you can open it.</source>
        <translation>Je dagboek is vergrendeld. Alleen jij kunt het openen.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="75"/>
        <location filename="../../ui/unlock.py" line="76"/>
        <source>Show what I type</source>
        <translation>Laat zien wat ik typ</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="79"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="81"/>
        <location filename="../../ui/unlock.py" line="209"/>
        <location filename="../../ui/unlock.py" line="210"/>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="83"/>
        <source>Opening your journal</source>
        <translation>Je dagboek wordt geopend</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="84"/>
        <source>Opening your journal…</source>
        <translation>Je dagboek wordt geopend…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/unlock.py" line="205"/>
        <source>Wait %n s</source>
        <translation>
            <numerusform>Nog %n seconde</numerusform>
            <numerusform>Nog %n seconden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/unlock.py" line="207"/>
        <source>You can try again in %n seconds</source>
        <translation>
            <numerusform>Je kunt het over %n seconde opnieuw proberen</numerusform>
            <numerusform>Je kunt het over %n seconden opnieuw proberen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="235"/>
        <source>That recovery code did not open your journal. Please check it and try again.</source>
        <translation>Met die herstelcode ging je dagboek niet open. Kijk hem nog even na en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="237"/>
        <source>That passphrase did not open your journal. Please check it and try again.</source>
        <translation>Met die wachtwoordzin ging je dagboek niet open. Kijk hem nog even na en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="265"/>
        <location filename="../../ui/unlock.py" line="267"/>
        <source>Recovery code</source>
        <translation>Herstelcode</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="266"/>
        <source>For example 7KQ2-ABCD-…</source>
        <translation>Bijvoorbeeld 7KQ2-ABCD-…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="268"/>
        <source>Use my passphrase instead</source>
        <translation>Toch mijn wachtwoordzin gebruiken</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="270"/>
        <location filename="../../ui/unlock.py" line="272"/>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="271"/>
        <source>Your passphrase</source>
        <translation>Je wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="273"/>
        <source>Use my recovery code instead</source>
        <translation>Mijn herstelcode gebruiken</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/welcome.py" line="72"/>
        <source>Haven</source>
        <translation>Haven</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="73"/>
        <source>Welcome to Haven</source>
        <translation>Welkom bij Haven</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="76"/>
        <source>Haven keeps your journal encrypted on this computer, so nobody can read it without your passphrase, not even someone who uses this computer too. If you forget your passphrase, only the recovery code you will get in a moment can open your journal again.</source>
        <translation>Haven bewaart je dagboek versleuteld op deze computer, zodat niemand het kan lezen zonder je wachtwoordzin, ook niet iemand met wie je de computer deelt. Als je je wachtwoordzin vergeet, kan alleen de herstelcode die je zo krijgt je dagboek weer openen.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="82"/>
        <source>Choose a passphrase</source>
        <translation>Kies een wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="83"/>
        <source>New passphrase</source>
        <translation>Nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="84"/>
        <source>Type it once more</source>
        <translation>Typ hem nog een keer</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="85"/>
        <source>Repeat the passphrase</source>
        <translation>Herhaal de wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="90"/>
        <source>Passphrase strength</source>
        <translation>Sterkte van de wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="93"/>
        <source>Show what I type</source>
        <translation>Laat zien wat ik typ</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="94"/>
        <source>Show the passphrase</source>
        <translation>Laat de wachtwoordzin zien</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="96"/>
        <source>Tip: a few words that only you would put together are easy to remember and hard to guess.</source>
        <translation>Tip: een paar woorden die alleen jij zo zou combineren, zijn makkelijk te onthouden en moeilijk te raden.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="100"/>
        <source>Create my journal</source>
        <translation>Maak mijn dagboek</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="102"/>
        <source>Creating your journal</source>
        <translation>Je dagboek wordt gemaakt</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="103"/>
        <source>Creating your journal…</source>
        <translation>Je dagboek wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="108"/>
        <source>Your passphrase</source>
        <translation>Je wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="183"/>
        <source>At least %1 characters.</source>
        <translation>Minstens %1 tekens.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="184"/>
        <source>Weak: this would be easy to guess.</source>
        <translation>Zwak: dit is makkelijk te raden.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="185"/>
        <source>Fair: longer would be safer.</source>
        <translation>Redelijk: langer is veiliger.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="186"/>
        <source>Good.</source>
        <translation>Goed.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="187"/>
        <source>Strong.</source>
        <translation>Sterk.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="195"/>
        <source>Both are the same.</source>
        <translation>Ze komen overeen.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="197"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>De twee wachtwoordzinnen komen nog niet overeen.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99"/>
        <source>Journal</source>
        <translation>Dagboek</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <source>Lock Haven</source>
        <translation>Haven vergrendelen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <source>Lock your journal (Ctrl+L)</source>
        <translation>Vergrendel je dagboek (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <source>Quick exit</source>
        <translation>Snel weg</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>Quick exit: save and close now</source>
        <translation>Snel weg: nu opslaan en sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117"/>
        <source>Save and close at once (%1, or Escape twice)</source>
        <translation>Meteen opslaan en sluiten (%1, of twee keer Escape)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118"/>
        <source>Save and close at once (Escape twice)</source>
        <translation>Meteen opslaan en sluiten (twee keer Escape)</translation>
    </message>
</context>
</TS>
