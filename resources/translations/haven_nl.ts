<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <source>A private, encrypted journal. It is free software: you may use, share and change it under the GNU General Public License, version 3 or later. It comes without any warranty.</source>
        <translation>Een persoonlijk, versleuteld dagboek. Het is vrije software: je mag het gebruiken, delen en aanpassen onder de GNU General Public License, versie 3 of later. Er wordt geen enkele garantie gegeven.</translation>
    </message>
    <message>
        <source>Haven never connects to the network: no update checks, no crash reports, no telemetry.</source>
        <translation>Haven maakt nooit verbinding met het netwerk: het zoekt niet naar updates, stuurt geen foutrapporten en verzamelt geen gebruiksgegevens.</translation>
    </message>
    <message>
        <source>Journal folder in use</source>
        <translation>Map van het dagboek dat je nu gebruikt</translation>
    </message>
    <message>
        <source>Shown once your journal is open</source>
        <translation>Zichtbaar zodra je dagboek open is</translation>
    </message>
    <message>
        <source>Your journal is kept in</source>
        <translation>Je dagboek staat in</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <source>Software Haven is built on</source>
        <translation>Software waarop Haven gebouwd is</translation>
    </message>
    <message>
        <source>Software used</source>
        <translation>Gebruikte software</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>Collect what you want to talk about with your therapist or counsellor. During the week a lot happens; this way nothing important slips away. You can also add a topic from a journal entry, a boundary or a check-in, with &quot;For my session…&quot; there.</source>
        <translation>Verzamel waar je het met je therapeut of hulpverlener over wilt hebben. Er gebeurt veel in een week; zo raakt niets belangrijks uit beeld. Je kunt ook een onderwerp toevoegen vanuit een notitie, een grens of een check-in, met &quot;Voor mijn volgende gesprek…&quot; daar.</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Nieuw onderwerp</translation>
    </message>
    <message>
        <source>What would you like to bring up?</source>
        <translation>Wat wil je graag bespreken?</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Add this topic</source>
        <translation>Dit onderwerp toevoegen</translation>
    </message>
    <message>
        <source>Topics for my next session</source>
        <translation>Onderwerpen voor mijn volgende gesprek</translation>
    </message>
    <message>
        <source>Session on</source>
        <translation>Gesprek op</translation>
    </message>
    <message>
        <source>Date of the session</source>
        <translation>Datum van het gesprek</translation>
    </message>
    <message>
        <source>Mark ticked topics as discussed</source>
        <translation>Markeer als besproken</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Discussed&lt;/b&gt;</source>
        <translation>&lt;b&gt;Besproken&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Delete the chosen discussed topic</source>
        <translation>Het gekozen besproken onderwerp verwijderen</translation>
    </message>
    <message>
        <source>It will be removed from your agenda for good. This cannot be undone.</source>
        <translation>Het verdwijnt voorgoed van je bespreeklijst. Dit kun je niet ongedaan maken.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete the chosen topic</source>
        <translation>Het gekozen onderwerp verwijderen</translation>
    </message>
    <message>
        <source>Make a summary…</source>
        <translation>Samenvatting maken…</translation>
    </message>
    <message>
        <source>Make a summary for your therapist</source>
        <translation>Een samenvatting maken voor je therapeut</translation>
    </message>
    <message>
        <source>Topics already discussed</source>
        <translation>Onderwerpen die al besproken zijn</translation>
    </message>
    <message>
        <source>from a journal entry</source>
        <translation>uit een notitie</translation>
    </message>
    <message>
        <source>from a boundary</source>
        <translation>uit een grens</translation>
    </message>
    <message>
        <source>from a check-in</source>
        <translation>uit een check-in</translation>
    </message>
    <message>
        <source>from a need</source>
        <translation>uit een behoefte</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Delete this topic?</source>
        <translation>Dit onderwerp verwijderen?</translation>
    </message>
    <message>
        <source>Added to your agenda for your next session.</source>
        <translation>Toegevoegd aan je bespreeklijst voor je volgende gesprek.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Niet verwijderd</translation>
    </message>
    <message>
        <source>Nothing on your agenda yet. What would you like to talk about next time?</source>
        <translation>Nog niets op je bespreeklijst. Waar wil je het de volgende keer over hebben?</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Bespreeklijst</translation>
    </message>
    <message>
        <source>Topics you have talked about move here, with the date of the session.</source>
        <translation>Onderwerpen die je besproken hebt, komen hier te staan, met de datum van het gesprek.</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>toegevoegd op %1</translation>
    </message>
    <message>
        <source>discussed %1</source>
        <translation>besproken op %1</translation>
    </message>
</context>
<context>
    <name>AgendaTopicDialog</name>
    <message>
        <source>What would you like to bring up in your next session? You can change the words.</source>
        <translation>Wat wil je graag bespreken in je volgende gesprek? Je kunt de woorden aanpassen.</translation>
    </message>
    <message>
        <source>Topic for my next session</source>
        <translation>Onderwerp voor mijn volgende gesprek</translation>
    </message>
    <message>
        <source>What would you like to bring up?</source>
        <translation>Wat wil je graag bespreken?</translation>
    </message>
    <message>
        <source>Add to my agenda</source>
        <translation>Op mijn bespreeklijst zetten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Not saved: %1 What you wrote is still here; Haven tries again with your next change.</source>
        <translation>Niet opgeslagen: %1 Wat je schreef staat er nog; Haven probeert het opnieuw bij je volgende wijziging.</translation>
    </message>
</context>
<context>
    <name>BoundariesPage</name>
    <message>
        <source>Boundaries</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>A boundary is what you will do to protect something you need, with a consequence you are willing and able to carry out. Setting one is an act of care, first of all for yourself. Take your time; you can change it later.</source>
        <translation>Een grens is wat jij gaat doen om iets te beschermen wat je nodig hebt, met een gevolg dat je wilt en kunt uitvoeren. Een grens stellen is een daad van zorg, in de eerste plaats voor jezelf. Neem er de tijd voor; je kunt ze later nog veranderen.</translation>
    </message>
    <message>
        <source>New boundary</source>
        <translation>Nieuwe grens</translation>
    </message>
    <message>
        <source>Think through a new boundary, step by step</source>
        <translation>Denk stap voor stap een nieuwe grens door</translation>
    </message>
    <message>
        <source>My boundaries</source>
        <translation>Mijn grenzen</translation>
    </message>
    <message>
        <source>No boundaries yet. Start with one small thing you want to protect: &quot;New boundary&quot; takes you through it one question at a time.</source>
        <translation>Nog geen grenzen. Begin met iets kleins dat je wilt beschermen: &quot;Nieuwe grens&quot; helpt je er vraag voor vraag doorheen.</translation>
    </message>
</context>
<context>
    <name>BoundaryCard</name>
    <message>
        <source>← All boundaries</source>
        <translation>← Alle grenzen</translation>
    </message>
    <message>
        <source>Back to all boundaries</source>
        <translation>Terug naar alle grenzen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The boundary</source>
        <translation>De grens</translation>
    </message>
    <message>
        <source>You are not yet sure you can carry out this consequence. It can help to choose one you know you can carry out; &quot;Change&quot; takes you through the steps again.</source>
        <translation>Je weet nog niet zeker of je dit gevolg kunt uitvoeren. Het kan helpen om een gevolg te kiezen waarvan je weet dat je het kunt; met &quot;Aanpassen&quot; loop je de stappen opnieuw door.</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Aanpassen…</translation>
    </message>
    <message>
        <source>Change this boundary (keeps the earlier version)</source>
        <translation>Deze grens aanpassen (de eerdere versie blijft bewaard)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Print this boundary</source>
        <translation>Deze grens afdrukken</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Eerdere versies</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Delete this boundary</source>
        <translation>Deze grens verwijderen</translation>
    </message>
    <message>
        <source>For my session…</source>
        <translation>Voor mijn volgende gesprek…</translation>
    </message>
    <message>
        <source>Add to my session agenda</source>
        <translation>Op mijn bespreeklijst zetten</translation>
    </message>
    <message>
        <source>Add this boundary as a topic for your next session (Ctrl+Shift+G)</source>
        <translation>Deze grens als onderwerp voor je volgende gesprek toevoegen (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>Crossing log</source>
        <translation>Keren dat de grens werd overschreden</translation>
    </message>
    <message>
        <source>Log a crossing</source>
        <translation>Overschrijding vastleggen</translation>
    </message>
    <message>
        <source>Log a time this boundary was crossed</source>
        <translation>Leg vast wanneer deze grens werd overschreden</translation>
    </message>
    <message>
        <source>Not crossed so far.</source>
        <translation>Tot nu toe niet overschreden.</translation>
    </message>
    <message>
        <source>If it happens, you do not wait for it to happen again: stop it at once, make the child safe, and call for help the same day: Veilig Thuis (0800-2000, day and night) or, in Flanders, 1712 (weekdays); in Flanders in the evening or at the weekend, the police (101). When there is immediate danger, call 112 (in Belgium also the police, 101).</source>
        <translation>Als het gebeurt, wacht je niet af of het nog eens gebeurt: je stopt het meteen, je zorgt dat het kind veilig is en je vraagt dezelfde dag nog hulp: Veilig Thuis (0800-2000, dag en nacht) of in Vlaanderen 1712 (op werkdagen); is het in Vlaanderen avond of weekend, dan bel je de politie (101). Is er direct gevaar, bel dan 112 (in België ook de politie, 101).</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>partly once</source>
        <translation>één keer gedeeltelijk</translation>
    </message>
    <message numerus="yes">
        <source>partly %n times</source>
        <translation>
            <numerusform>%n keer gedeeltelijk</numerusform>
            <numerusform>%n keer gedeeltelijk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Earlier versions (%n)</source>
        <translation>
            <numerusform>Eerdere versie (%n)</numerusform>
            <numerusform>Eerdere versies (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1, until %2</source>
        <translation>Versie %1, tot %2</translation>
    </message>
    <message>
        <source>Delete this crossing?</source>
        <translation>Deze overschrijding verwijderen?</translation>
    </message>
    <message>
        <source>It will be removed from the log for good, and no longer counted. This cannot be undone.</source>
        <translation>Ze verdwijnt voorgoed uit het logboek en telt niet meer mee. Dit kun je niet ongedaan maken.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Niet verwijderd</translation>
    </message>
    <message>
        <source>The crossing was not saved</source>
        <translation>De overschrijding is niet opgeslagen</translation>
    </message>
    <message>
        <source>What you wrote is still here.</source>
        <translation>Wat je schreef staat er nog.</translation>
    </message>
    <message>
        <source>How it felt</source>
        <translation>Hoe het voelde</translation>
    </message>
    <message>
        <source>What I learned</source>
        <translation>Wat ik leerde</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Aanpassen</translation>
    </message>
    <message>
        <source>Change this crossing</source>
        <translation>Deze overschrijding aanpassen</translation>
    </message>
    <message>
        <source>Save to the log</source>
        <translation>Opslaan in het logboek</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Wijzigingen bewaren</translation>
    </message>
    <message>
        <source>Stop logging this crossing?</source>
        <translation>Stoppen met deze overschrijding vastleggen?</translation>
    </message>
    <message>
        <source>What you wrote about it will be thrown away.</source>
        <translation>Wat je erover schreef, wordt weggegooid.</translation>
    </message>
    <message>
        <source>Throw away</source>
        <translation>Weggooien</translation>
    </message>
    <message>
        <source>Keep writing</source>
        <translation>Verder schrijven</translation>
    </message>
    <message>
        <source>The status was not changed</source>
        <translation>De status is niet veranderd</translation>
    </message>
    <message>
        <source>Delete this boundary?</source>
        <translation>Deze grens verwijderen?</translation>
    </message>
    <message>
        <source>The boundary, its crossing log and its earlier versions will be removed from your journal for good. This cannot be undone.</source>
        <translation>De grens, de keren dat ze werd overschreden en de eerdere versies verdwijnen voorgoed uit je dagboek. Dit kun je niet ongedaan maken.</translation>
    </message>
    <message>
        <source>The boundary was not deleted</source>
        <translation>De grens is niet verwijderd</translation>
    </message>
</context>
<context>
    <name>BoundaryFlow</name>
    <message>
        <source>What I will do</source>
        <translation>Wat ik ga doen</translation>
    </message>
    <message>
        <source>Who supports me</source>
        <translation>Wie mij steunt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Volgende</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <source>Throw away what you were writing?</source>
        <translation>Weggooien wat je aan het schrijven was?</translation>
    </message>
    <message>
        <source>You were in the middle of another boundary. To start this one, what you wrote there is thrown away.</source>
        <translation>Je was bezig met een andere grens. Om hiermee te beginnen, wordt wat je daar schreef weggegooid.</translation>
    </message>
    <message>
        <source>A new boundary</source>
        <translation>Een nieuwe grens</translation>
    </message>
    <message>
        <source>What it protects</source>
        <translation>Wat het beschermt</translation>
    </message>
    <message>
        <source>The need it protects</source>
        <translation>De behoefte die deze grens beschermt</translation>
    </message>
    <message>
        <source>What I do at once</source>
        <translation>Wat ik meteen doe</translation>
    </message>
    <message>
        <source>If it is crossed</source>
        <translation>Als de grens wordt overschreden</translation>
    </message>
    <message>
        <source>Willing and able?</source>
        <translation>Wil en kan ik het?</translation>
    </message>
    <message>
        <source>Where I am with it</source>
        <translation>Waar ik nu sta</translation>
    </message>
    <message>
        <source>My safety agreement</source>
        <translation>Mijn veiligheidsafspraak</translation>
    </message>
    <message>
        <source>My boundary</source>
        <translation>Mijn grens</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Stap %1 van %2</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Write down what you will do first; the other steps build on it.</source>
        <translation>Schrijf eerst op wat je gaat doen; de andere stappen bouwen daarop voort.</translation>
    </message>
    <message>
        <source>What you wrote is still here.</source>
        <translation>Wat je schreef staat er nog.</translation>
    </message>
    <message>
        <source>Throw away</source>
        <translation>Weggooien</translation>
    </message>
    <message>
        <source>Keep writing</source>
        <translation>Verder schrijven</translation>
    </message>
    <message>
        <source>What you wrote in these steps will be thrown away.</source>
        <translation>Wat je in deze stappen schreef, wordt weggegooid.</translation>
    </message>
    <message>
        <source>For yourself</source>
        <translation>Voor jezelf</translation>
    </message>
    <message>
        <source>When a child is not safe</source>
        <translation>Als een kind niet veilig is</translation>
    </message>
    <message>
        <source>For families: keeping children safe</source>
        <translation>Voor gezinnen: kinderen veilig houden</translation>
    </message>
</context>
<context>
    <name>BoundaryFlowSteps</name>
    <message>
        <source>A boundary says what you will do to look after yourself. It is not a rule for someone else: it is about your own steps, which you can keep whatever another person does. You can start from an example and change it.</source>
        <translation>Een grens zegt wat jij gaat doen om voor jezelf te zorgen. Het is geen regel voor iemand anders: het gaat over je eigen stappen, die je kunt zetten wat een ander ook doet. Je kunt met een voorbeeld beginnen en het aanpassen.</translation>
    </message>
    <message>
        <source>Start from scratch</source>
        <translation>Zelf beginnen</translation>
    </message>
    <message>
        <source>Examples to start from</source>
        <translation>Voorbeelden om mee te beginnen</translation>
    </message>
    <message>
        <source>Use this example</source>
        <translation>Dit voorbeeld gebruiken</translation>
    </message>
    <message>
        <source>Or choose an example to start from (Enter):</source>
        <translation>Of kies een voorbeeld om mee te beginnen (Enter):</translation>
    </message>
    <message>
        <source>Also show examples for families with children</source>
        <translation>Laat ook voorbeelden zien voor gezinnen met kinderen</translation>
    </message>
    <message>
        <source>What I will do</source>
        <translation>Wat ik ga doen</translation>
    </message>
    <message>
        <source>For now I will…</source>
        <translation>Voorlopig ga ik…</translation>
    </message>
    <message>
        <source>This reads like something the other person has to do. That is not in your hands; what you do is. How could you say it as your own step? For example: &quot;If …, I will …&quot;.</source>
        <translation>Dit klinkt als iets wat de ander moet doen. Dat heb je niet in de hand; wat jij doet wel. Hoe zou je het kunnen zeggen als je eigen stap? Bijvoorbeeld: &quot;Als …, dan ga ik …&quot;.</translation>
    </message>
    <message>
        <source>One of my needs</source>
        <translation>Een van mijn behoeften</translation>
    </message>
    <message>
        <source>The need it protects, in my words</source>
        <translation>Wat het beschermt, in mijn eigen woorden</translation>
    </message>
    <message>
        <source>In your own words</source>
        <translation>In je eigen woorden</translation>
    </message>
    <message>
        <source>From my list of needs:</source>
        <translation>Uit mijn lijst met behoeften:</translation>
    </message>
    <message>
        <source>In my own words:</source>
        <translation>In mijn eigen woorden:</translation>
    </message>
    <message>
        <source>The consequence</source>
        <translation>Het gevolg</translation>
    </message>
    <message>
        <source>If it is crossed, I will…</source>
        <translation>Als de grens wordt overschreden, ga ik…</translation>
    </message>
    <message>
        <source>Are you willing and able to carry out this consequence? Be honest with yourself; there is no wrong answer here.</source>
        <translation>Wil en kun je dit gevolg echt uitvoeren? Wees eerlijk tegen jezelf; er is hier geen fout antwoord.</translation>
    </message>
    <message>
        <source>A consequence that does not happen makes a boundary easier to ignore, for the other person and for you. It can help to choose a smaller consequence that you know you can carry out. You can go back a step and change it.</source>
        <translation>Een gevolg dat er niet komt, maakt een grens makkelijker te negeren, voor de ander en voor jezelf. Het kan helpen om een kleiner gevolg te kiezen waarvan je weet dat je het kunt uitvoeren. Je kunt een stap teruggaan en het aanpassen.</translation>
    </message>
    <message>
        <source>Who supports me</source>
        <translation>Wie mij steunt</translation>
    </message>
    <message>
        <source>A friend, your sister, your group, your therapist…</source>
        <translation>Een vriendin, je zus, je groep, je therapeut…</translation>
    </message>
    <message>
        <source>Tick the people from your support list who stand by you:</source>
        <translation>Vink de mensen uit je steunnetwerk aan die jou hierin steunen:</translation>
    </message>
    <message>
        <source>Anyone else, in your own words:</source>
        <translation>Wie nog meer, in je eigen woorden:</translation>
    </message>
    <message>
        <source>Where are you with it now? There is no hurry: many boundaries start as something you are only considering. A date to look at it again can help.</source>
        <translation>Waar sta je er nu mee? Er is geen haast: veel grenzen beginnen als iets wat je alleen overweegt. Een datum om er opnieuw naar te kijken kan helpen.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Look at it again on</source>
        <translation>Opnieuw bekijken op</translation>
    </message>
    <message>
        <source>Set a date to look at it again</source>
        <translation>Een datum kiezen om er opnieuw naar te kijken</translation>
    </message>
    <message>
        <source>Date to look at it again</source>
        <translation>Datum om er opnieuw naar te kijken</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Aantekeningen</translation>
    </message>
    <message>
        <source>Anything else you want to remember</source>
        <translation>Wat je verder wilt onthouden</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>Terug naar de vorige stap</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Volgende</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <source>Next step (Ctrl+Enter)</source>
        <translation>Volgende stap (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>(none chosen)</source>
        <translation>(niets gekozen)</translation>
    </message>
    <message>
        <source>%1 supports me</source>
        <translation>%1 steunt me</translation>
    </message>
    <message>
        <source>What I do at once</source>
        <translation>Wat ik meteen doe</translation>
    </message>
    <message>
        <source>At once, I will…</source>
        <translation>Ik doe meteen het volgende…</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Nederland</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>België</translation>
    </message>
</context>
<context>
    <name>BoundaryListModel</name>
    <message>
        <source> (since %1)</source>
        <translation> (sinds %1)</translation>
    </message>
    <message>
        <source>What I do at once</source>
        <translation>Wat ik meteen doe</translation>
    </message>
</context>
<context>
    <name>BreathingCircle</name>
    <message>
        <source>Breathing guide</source>
        <translation>Ademhalingsoefening</translation>
    </message>
</context>
<context>
    <name>BugNotice</name>
    <message>
        <source>Something went wrong in Haven.</source>
        <translation>Er ging iets mis in Haven.</translation>
    </message>
    <message>
        <source>Everything you saved before is safe. What you did just now may not have been saved: please check it, and try again.</source>
        <translation>Alles wat je eerder hebt opgeslagen, is veilig. Wat je net deed, is misschien niet opgeslagen: kijk het even na en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Before Haven was locked, something went wrong.</source>
        <translation>Voordat Haven werd vergrendeld, ging er iets mis.</translation>
    </message>
    <message>
        <source>Everything you saved before then is safe. What you did just before the lock may not have been saved: please check it.</source>
        <translation>Alles wat je daarvoor hebt opgeslagen, is veilig. Wat je vlak voor het vergrendelen deed, is misschien niet opgeslagen: kijk het even na.</translation>
    </message>
    <message>
        <source>While Haven was locked, something went wrong.</source>
        <translation>Terwijl Haven vergrendeld was, ging er iets mis.</translation>
    </message>
    <message>
        <source>Everything you saved is safe: your journal was closed then.</source>
        <translation>Alles wat je hebt opgeslagen, is veilig: je dagboek was toen gesloten.</translation>
    </message>
    <message>
        <source>If it keeps happening, closing Haven and opening it again may help. Haven has not sent anything anywhere.</source>
        <translation>Blijft het gebeuren, dan kan het helpen om Haven te sluiten en opnieuw te openen. Haven heeft niets verstuurd.</translation>
    </message>
</context>
<context>
    <name>CheckinForm</name>
    <message>
        <source>Mood</source>
        <translation>Stemming</translation>
    </message>
    <message>
        <source>0 is very low, 10 is very good</source>
        <translation>0 is heel somber, 10 is heel goed</translation>
    </message>
    <message>
        <source>Anxiety</source>
        <translation>Angst</translation>
    </message>
    <message>
        <source>0 is calm, 10 is very anxious</source>
        <translation>0 is rustig, 10 is heel angstig</translation>
    </message>
    <message>
        <source>Feeling safe</source>
        <translation>Veilig voelen</translation>
    </message>
    <message>
        <source>0 is not safe at all, 10 is completely safe</source>
        <translation>0 is helemaal niet veilig, 10 is helemaal veilig</translation>
    </message>
    <message>
        <source>&amp;Mood (0–10)</source>
        <translation>&amp;Stemming (0–10)</translation>
    </message>
    <message>
        <source>&amp;Anxiety</source>
        <translation>&amp;Angst</translation>
    </message>
    <message>
        <source>Feeling &amp;safe</source>
        <translation>&amp;Veilig voelen</translation>
    </message>
    <message>
        <source>0 = low · 10 = high</source>
        <translation>0 = laag · 10 = hoog</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> uur</translation>
    </message>
    <message>
        <source>Hours of sleep</source>
        <translation>Uren slaap</translation>
    </message>
    <message>
        <source>How well</source>
        <translation>Hoe goed</translation>
    </message>
    <message>
        <source>Sleep quality</source>
        <translation>Slaapkwaliteit</translation>
    </message>
    <message>
        <source>0 is very poorly, 10 is very well</source>
        <translation>0 is heel slecht, 10 is heel goed</translation>
    </message>
    <message>
        <source>S&amp;leep</source>
        <translation>S&amp;laap</translation>
    </message>
    <message>
        <source>Regular meals</source>
        <translation>Regelmatig gegeten</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Not really</source>
        <translation>Niet echt</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Bewegen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes of movement</source>
        <translation>Minuten bewegen</translation>
    </message>
    <message>
        <source>Regular m&amp;eals</source>
        <translation>Regelmatig g&amp;egeten</translation>
    </message>
    <message>
        <source>Something else that helped? Type it and press Enter</source>
        <translation>Hielp iets anders? Typ het en druk op Enter</translation>
    </message>
    <message>
        <source>Add your own self-care item</source>
        <translation>Voeg je eigen zelfzorgpunt toe</translation>
    </message>
    <message>
        <source>What &amp;helped today</source>
        <translation>Wat &amp;hielp vandaag</translation>
    </message>
    <message>
        <source>Your list of triggers is empty. Add what can stir up old pain (a place, a song, a kind of film) and count how often you met it.</source>
        <translation>Je lijst met triggers is nog leeg. Voeg toe wat oude pijn kan oprakelen (een plek, een liedje, een soort film) en tel hoe vaak je het tegenkwam.</translation>
    </message>
    <message>
        <source>Add a trigger to your list and press Enter</source>
        <translation>Voeg een trigger toe aan je lijst en druk op Enter</translation>
    </message>
    <message>
        <source>Add a trigger to your list</source>
        <translation>Voeg een trigger toe aan je lijst</translation>
    </message>
    <message>
        <source>My lists: stop showing, rename or remove…</source>
        <translation>Mijn lijsten: niet meer tonen, hernoemen, verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Triggers met today</source>
        <translation>&amp;Triggers vandaag</translation>
    </message>
    <message>
        <source>A few words about today, if you like</source>
        <translation>Een paar woorden over vandaag, als je wilt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Aantekening</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Aantekening</translation>
    </message>
    <message>
        <source>Times met: %1</source>
        <translation>Zo vaak tegengekomen: %1</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Niet toegevoegd</translation>
    </message>
</context>
<context>
    <name>CheckinListsDialog</name>
    <message>
        <source>My lists</source>
        <translation>Mijn lijsten</translation>
    </message>
    <message>
        <source>What helped</source>
        <translation>Wat hielp</translation>
    </message>
    <message>
        <source>There is nothing on this list.</source>
        <translation>Er staat niets op deze lijst.</translation>
    </message>
    <message>
        <source>My triggers</source>
        <translation>Mijn triggers</translation>
    </message>
    <message>
        <source>Your list of triggers is empty.</source>
        <translation>Je lijst met triggers is leeg.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>&quot;Stop showing&quot; leaves something out of your next check-ins. The check-ins where you already used it, Trends and the summary keep it, and you can show it again here. You can rename or remove what you added yourself; removing also takes it out of the check-ins you already made.</source>
        <translation>Met &quot;Niet meer tonen&quot; staat iets niet meer in je volgende check-ins. In de check-ins waarin je het al gebruikte, in Verloop en in de samenvatting blijft het staan, en hier kun je het weer tonen. Wat je zelf hebt toegevoegd, kun je hernoemen of verwijderen; als je iets verwijdert, verdwijnt het ook uit de check-ins die je al hebt ingevuld.</translation>
    </message>
    <message>
        <source>It is also taken out of every check-in where you ticked it, the earlier ones too: Trends and the summary for your therapist will no longer count it, not even for past weeks. This cannot be undone.

To keep it in your history, choose &quot;Stop showing&quot; instead.</source>
        <translation>Het verdwijnt ook uit elke check-in waarin je het hebt aangevinkt, ook uit de eerdere: Verloop en de samenvatting voor je therapeut tellen het dan niet meer mee, ook niet voor de weken die voorbij zijn. Dit kun je niet ongedaan maken.

Wil je het in je geschiedenis houden? Kies dan &quot;Niet meer tonen&quot;.</translation>
    </message>
    <message>
        <source>It is also taken out of every check-in where you noted it, the earlier ones too: Trends and the summary for your therapist will no longer count it, not even for past weeks. This cannot be undone.

To keep it in your history, choose &quot;Stop showing&quot; instead.</source>
        <translation>Hij verdwijnt ook uit elke check-in waarin je hem hebt genoteerd, ook uit de eerdere: Verloop en de samenvatting voor je therapeut tellen hem dan niet meer mee, ook niet voor de weken die voorbij zijn. Dit kun je niet ongedaan maken.

Wil je hem in je geschiedenis houden? Kies dan &quot;Niet meer tonen&quot;.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Niet gewijzigd</translation>
    </message>
    <message>
        <source>Not renamed</source>
        <translation>Niet hernoemd</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from your list?</source>
        <translation>&quot;%1&quot; van je lijst verwijderen?</translation>
    </message>
    <message>
        <source>Remove the trigger &quot;%1&quot;?</source>
        <translation>De trigger &quot;%1&quot; verwijderen?</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>Remove everywhere</source>
        <translation>Overal verwijderen</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Niet verwijderd</translation>
    </message>
</context>
<context>
    <name>CheckinPage</name>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>A minute for yourself. Fill in only what you like; every question may stay empty, and a day you skip is simply a day you skipped.</source>
        <translation>Een minuutje voor jezelf. Vul alleen in wat je wilt; elke vraag mag leeg blijven, en een dag overslaan is ook goed.</translation>
    </message>
    <message>
        <source>Day of the check-in</source>
        <translation>Dag van de check-in</translation>
    </message>
    <message>
        <source>Which check-in of this day</source>
        <translation>Welke check-in van deze dag</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Opslagstatus</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Delete this check-in</source>
        <translation>Deze check-in verwijderen</translation>
    </message>
    <message>
        <source>For my session…</source>
        <translation>Voor mijn volgende gesprek…</translation>
    </message>
    <message>
        <source>Add to my session agenda</source>
        <translation>Op mijn bespreeklijst zetten</translation>
    </message>
    <message>
        <source>Add this check-in as a topic for your next session (Ctrl+Shift+G)</source>
        <translation>Deze check-in als onderwerp voor je volgende gesprek toevoegen (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Save the check-in</source>
        <translation>De check-in opslaan</translation>
    </message>
    <message>
        <source>Your check-in also saves itself as you go (Ctrl+S)</source>
        <translation>Je check-in wordt ook vanzelf opgeslagen terwijl je invult (Ctrl+S)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Session agenda</source>
        <translation>Bespreeklijst</translation>
    </message>
    <message>
        <source>Fill in something in this check-in first; then you can add it to your agenda.</source>
        <translation>Vul eerst iets in bij deze check-in; daarna kun je hem op je bespreeklijst zetten.</translation>
    </message>
    <message>
        <source>My check-in of %1</source>
        <translation>Mijn check-in van %1</translation>
    </message>
    <message>
        <source>Check-in of %1</source>
        <translation>Check-in van %1</translation>
    </message>
    <message>
        <source>New check-in</source>
        <translation>Nieuwe check-in</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <source>Nothing filled in yet</source>
        <translation>Nog niets ingevuld</translation>
    </message>
    <message>
        <source>Your check-in is saved. You can still change it; Trends shows how your days go over time.</source>
        <translation>Je check-in is opgeslagen. Je kunt hem nog aanpassen; bij Verloop zie je hoe je dagen gaan.</translation>
    </message>
    <message>
        <source>Nothing filled in yet, so nothing was saved.</source>
        <translation>Nog niets ingevuld, dus er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Delete this check-in?</source>
        <translation>Deze check-in verwijderen?</translation>
    </message>
    <message>
        <source>This check-in will be removed for good. This cannot be undone.</source>
        <translation>Deze check-in wordt voorgoed verwijderd. Dit kun je niet ongedaan maken.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>The check-in was not deleted</source>
        <translation>De check-in is niet verwijderd</translation>
    </message>
</context>
<context>
    <name>CheckinTodayCard</name>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Check in now</source>
        <translation>Nu je check-in invullen</translation>
    </message>
    <message>
        <source>You checked in today. You can look at it again or change it.</source>
        <translation>Je hebt vandaag je check-in ingevuld. Je kunt hem nog eens bekijken of aanpassen.</translation>
    </message>
    <message>
        <source>Open today&apos;s check-in</source>
        <translation>Check-in van vandaag openen</translation>
    </message>
    <message>
        <source>How are you doing today? A check-in takes about a minute.</source>
        <translation>Hoe gaat het vandaag met je? Je check-in invullen duurt ongeveer een minuut.</translation>
    </message>
</context>
<context>
    <name>CrossingForm</name>
    <message>
        <source>Date it was crossed</source>
        <translation>Datum van de overschrijding</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Wat gebeurde er?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Gedeeltelijk</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>How it felt</source>
        <translation>Hoe het voelde</translation>
    </message>
    <message>
        <source>How did it feel?</source>
        <translation>Hoe voelde het?</translation>
    </message>
    <message>
        <source>What I learned</source>
        <translation>Wat ik leerde</translation>
    </message>
    <message>
        <source>What did you learn from it?</source>
        <translation>Wat heb je ervan geleerd?</translation>
    </message>
    <message>
        <source>Save to the log</source>
        <translation>Opslaan in het logboek</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Stop logging this crossing</source>
        <translation>Stoppen met deze overschrijding vastleggen</translation>
    </message>
    <message>
        <source>Log a crossing</source>
        <translation>Overschrijding vastleggen</translation>
    </message>
    <message>
        <source>Writing it down helps you see what happens over time. There is no need to be hard on yourself here: if the consequence did not follow, that is something to learn from, not a failure.</source>
        <translation>Opschrijven helpt je te zien wat er in de loop van de tijd gebeurt. Je hoeft hier niet streng voor jezelf te zijn: als je het gevolg niet hebt uitgevoerd, is dat iets om van te leren, geen mislukking.</translation>
    </message>
    <message>
        <source>Did the consequence follow?</source>
        <translation>Heb je het gevolg uitgevoerd?</translation>
    </message>
    <message>
        <source>Write a few words about what happened.</source>
        <translation>Schrijf in een paar woorden wat er gebeurde.</translation>
    </message>
    <message>
        <source>Choose whether the consequence followed.</source>
        <translation>Kies of je het gevolg hebt uitgevoerd.</translation>
    </message>
</context>
<context>
    <name>Discreet</name>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Recipes</source>
        <translation>Recepten</translation>
    </message>
    <message>
        <source>Reading list</source>
        <translation>Leeslijst</translation>
    </message>
</context>
<context>
    <name>EmptyJournal</name>
    <message>
        <source>Your journal</source>
        <translation>Je dagboek</translation>
    </message>
    <message>
        <source>This is a place that is only yours. Write down what happened, what you feel and what you need. Everything stays locked on this computer; nobody can read it without your passphrase.</source>
        <translation>Dit is een plek die alleen van jou is. Schrijf op wat er gebeurde, wat je voelt en wat je nodig hebt. Alles blijft op slot op deze computer; niemand kan het lezen zonder jouw wachtwoordzin.</translation>
    </message>
    <message>
        <source>Writing a little, often, helps you see how you are really doing, notice what helps you and bring clear thoughts to your therapist or someone you trust, if you want to.</source>
        <translation>Vaak een beetje schrijven helpt je te zien hoe het echt met je gaat, te merken wat je helpt en met heldere gedachten naar je therapeut of iemand die je vertrouwt te gaan, als je dat wilt.</translation>
    </message>
    <message>
        <source>To begin, write a few lines about today. There is no right way to do it. If you don&apos;t know where to start, ask for a prompt.</source>
        <translation>Schrijf om te beginnen een paar regels over vandaag. Er is geen goede of foute manier. Weet je niet waar je moet beginnen, vraag dan om een schrijfvraag.</translation>
    </message>
    <message>
        <source>Write your first entry</source>
        <translation>Schrijf je eerste notitie</translation>
    </message>
    <message>
        <source>Give me a prompt</source>
        <translation>Geef me een schrijfvraag</translation>
    </message>
    <message>
        <source>Start a new entry with a writing prompt</source>
        <translation>Begin een nieuwe notitie met een schrijfvraag</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Give me a prompt</source>
        <translation>Schrijfvraag</translation>
    </message>
    <message>
        <source>Reading view</source>
        <translation>Leesweergave</translation>
    </message>
    <message>
        <source>Add to my session agenda</source>
        <translation>Op mijn bespreeklijst zetten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Automatic backups made earlier still hold it until newer ones replace them.</source>
        <translation>Automatische reservekopieën die eerder zijn gemaakt, bevatten de notitie nog tot nieuwere ze vervangen.</translation>
    </message>
    <message>
        <source>Also remove it from the automatic backups (they are made again from your journal as it is now)</source>
        <translation>Haal de notitie ook uit de automatische reservekopieën (die worden opnieuw gemaakt van je dagboek zoals het nu is)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <source>Session agenda</source>
        <translation>Bespreeklijst</translation>
    </message>
    <message>
        <source>Write something in this entry first; then you can add it to your agenda.</source>
        <translation>Schrijf eerst iets in deze notitie; daarna kun je haar op je bespreeklijst zetten.</translation>
    </message>
    <message>
        <source>Delete this entry?</source>
        <translation>Deze notitie verwijderen?</translation>
    </message>
    <message>
        <source>This entry will be removed from your journal for good. This cannot be undone.</source>
        <translation>Deze notitie verdwijnt voorgoed uit je dagboek. Dit kun je niet ongedaan maken.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>The entry was not deleted</source>
        <translation>De notitie is niet verwijderd</translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n woord</numerusform>
            <numerusform>%n woorden</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Nog niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>Date of this entry</source>
        <translation>Datum van deze notitie</translation>
    </message>
    <message>
        <source>Give me a prompt</source>
        <translation>Schrijfvraag</translation>
    </message>
    <message>
        <source>Give me a writing prompt</source>
        <translation>Geef me een schrijfvraag</translation>
    </message>
    <message>
        <source>A question to help you start writing (Ctrl+Shift+P)</source>
        <translation>Een vraag om je op weg te helpen (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Reading view</source>
        <translation>Leesweergave</translation>
    </message>
    <message>
        <source>Switch between writing and reading view</source>
        <translation>Wissel tussen schrijven en lezen</translation>
    </message>
    <message>
        <source>Show the text formatted (Ctrl+E)</source>
        <translation>Toon de tekst opgemaakt (Ctrl+E)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Delete this entry</source>
        <translation>Deze notitie verwijderen</translation>
    </message>
    <message>
        <source>Title (you can leave this empty)</source>
        <translation>Titel (mag leeg blijven)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Writing prompt</source>
        <translation>Schrijfvraag</translation>
    </message>
    <message>
        <source>Another prompt</source>
        <translation>Andere vraag</translation>
    </message>
    <message>
        <source>Show another prompt</source>
        <translation>Toon een andere schrijfvraag</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Weghalen</translation>
    </message>
    <message>
        <source>Remove the prompt</source>
        <translation>Haal de schrijfvraag weg</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Vet</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursief</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Kop</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <source>Your text</source>
        <translation>Je tekst</translation>
    </message>
    <message>
        <source>Write whatever is on your mind. Nobody else can read this. You can use Markdown: **bold**, *italic*, # heading, - list.</source>
        <translation>Schrijf op wat je bezighoudt. Niemand anders kan dit lezen. Je kunt Markdown gebruiken: **vet**, *cursief*, # kop, - lijst.</translation>
    </message>
    <message>
        <source>Your text, formatted</source>
        <translation>Je tekst, opgemaakt</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Opslagstatus</translation>
    </message>
    <message>
        <source>For my session…</source>
        <translation>Voor mijn volgende gesprek…</translation>
    </message>
    <message>
        <source>Add to my session agenda</source>
        <translation>Op mijn bespreeklijst zetten</translation>
    </message>
    <message>
        <source>Add this entry as a topic for your next session (Ctrl+Shift+G)</source>
        <translation>Deze notitie als onderwerp voor je volgende gesprek toevoegen (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>Word count</source>
        <translation>Aantal woorden</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>How was this day (1–5)</source>
        <translation>Hoe was deze dag (1–5)</translation>
    </message>
    <message>
        <source>How was this day: %1 of %2, %3</source>
        <translation>Hoe was deze dag: %1 van %2, %3</translation>
    </message>
    <message>
        <source>Share with my therapist</source>
        <translation>Delen met mijn therapeut</translation>
    </message>
    <message>
        <source>Share this entry with my therapist</source>
        <translation>Deel deze notitie met mijn therapeut</translation>
    </message>
    <message>
        <source>Shared entries can go into the summary you make for your therapist. Nothing is sent anywhere.</source>
        <translation>Gedeelde notities kunnen in de samenvatting komen die je voor je therapeut maakt. Er wordt niets verstuurd.</translation>
    </message>
    <message>
        <source>A milestone on my timeline</source>
        <translation>Een mijlpaal op mijn tijdlijn</translation>
    </message>
    <message>
        <source>Milestones show on your timeline, beside what you wrote down there.</source>
        <translation>Mijlpalen staan op je tijdlijn, naast wat je daar opschreef.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>e.g. sleep, boundaries</source>
        <translation>bijv. slaap, grenzen</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Labels, gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <source>1 = very hard … 5 = good</source>
        <translation>1 = heel zwaar … 5 = goed</translation>
    </message>
</context>
<context>
    <name>EntryListDelegate</name>
    <message>
        <source>Shared</source>
        <translation>Gedeeld</translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>(empty entry)</source>
        <translation>(lege notitie)</translation>
    </message>
    <message>
        <source>mood %1 of %2</source>
        <translation>stemming %1 van %2</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>labels: %1</translation>
    </message>
    <message>
        <source>shared with your therapist</source>
        <translation>gedeeld met je therapeut</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>That did not open your journal. Please check what you typed and try again.</source>
        <translation>Daarmee ging je dagboek niet open. Kijk nog even wat je hebt getypt en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This journal has no recovery code. Please use your passphrase.</source>
        <translation>Dit dagboek heeft geen herstelcode. Gebruik je wachtwoordzin.</translation>
    </message>
    <message>
        <source>This folder does not hold a Haven journal.</source>
        <translation>In deze map staat geen Haven-dagboek.</translation>
    </message>
    <message>
        <source>Your journal&apos;s key file was changed or damaged, so nothing can open it as it is. Your passphrase is not the problem. Please restore a backup, or ask someone you trust for help.</source>
        <translation>Het sleutelbestand van je dagboek is veranderd of beschadigd, zodat niets het zo kan openen. Het ligt niet aan je wachtwoordzin. Zet een reservekopie terug, of vraag iemand die je vertrouwt om hulp.</translation>
    </message>
    <message>
        <source>Haven is not allowed to read and write this place: %1. Nothing was changed, and your journal is not damaged. Please check the permissions of that folder and its files.</source>
        <translation>Haven mag deze plek niet lezen en beschrijven: %1. Er is niets veranderd, en je dagboek is niet beschadigd. Kijk de rechten van die map en de bestanden erin na.</translation>
    </message>
    <message>
        <source>Your journal&apos;s files are damaged and cannot be read. Please restore a backup, or ask someone you trust for help.</source>
        <translation>De bestanden van je dagboek zijn beschadigd en kunnen niet worden gelezen. Zet een reservekopie terug, of vraag iemand die je vertrouwt om hulp.</translation>
    </message>
    <message>
        <source>This file is not a Haven backup, or it is incomplete or damaged.</source>
        <translation>Dit bestand is geen reservekopie van Haven, of het is onvolledig of beschadigd.</translation>
    </message>
    <message>
        <source>This folder does not hold a Haven journal that can be read.</source>
        <translation>In deze map staat geen Haven-dagboek dat gelezen kan worden.</translation>
    </message>
    <message>
        <source>Your journal is already open in another Haven window. Close that one first.</source>
        <translation>Je dagboek is al open in een ander Haven-venster. Sluit dat eerst.</translation>
    </message>
    <message>
        <source>Your journal was saved by a newer version of Haven. Please update Haven to open it.</source>
        <translation>Je dagboek is opgeslagen met een nieuwere versie van Haven. Werk Haven bij om het te openen.</translation>
    </message>
    <message>
        <source>A passphrase needs at least %1 characters.</source>
        <translation>Een wachtwoordzin heeft minstens %1 tekens nodig.</translation>
    </message>
    <message>
        <source>The folder for a new journal is not empty.</source>
        <translation>De map voor een nieuw dagboek is niet leeg.</translation>
    </message>
    <message>
        <source>This place is inside the folder of a journal. Nothing is ever saved there, so that nothing can replace a journal&apos;s files; please choose another folder.</source>
        <translation>Deze plek ligt in de map van een dagboek. Daar wordt nooit iets opgeslagen, zodat niets de bestanden van een dagboek kan vervangen; kies een andere map.</translation>
    </message>
    <message>
        <source>A file with this name already exists, and it was left as it is. Please choose another name.</source>
        <translation>Er bestaat al een bestand met deze naam; dat is gebleven zoals het was. Kies een andere naam.</translation>
    </message>
    <message>
        <source>Your journal was locked before this could be saved.</source>
        <translation>Je dagboek was al vergrendeld voordat dit kon worden opgeslagen.</translation>
    </message>
    <message>
        <source>The disk is full. Your last change was not saved; make some room and try again.</source>
        <translation>De schijf is vol. Je laatste wijziging is niet opgeslagen; maak wat ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This entry no longer exists.</source>
        <translation>Deze notitie bestaat niet meer.</translation>
    </message>
    <message>
        <source>This check-in no longer exists.</source>
        <translation>Deze check-in bestaat niet meer.</translation>
    </message>
    <message>
        <source>This safe place no longer exists.</source>
        <translation>Deze veilige plek bestaat niet meer.</translation>
    </message>
    <message>
        <source>This item no longer exists.</source>
        <translation>Dit bestaat niet meer.</translation>
    </message>
    <message>
        <source>One of the values of this check-in is out of range, so nothing was saved.</source>
        <translation>Een van de waarden van deze check-in valt buiten het bereik; er is dus niets opgeslagen.</translation>
    </message>
    <message>
        <source>Something in this safe place cannot be saved (an empty name, or a text that is too long), so nothing was saved.</source>
        <translation>Iets in deze veilige plek kan niet worden opgeslagen (een lege naam, of een tekst die te lang is); er is dus niets opgeslagen.</translation>
    </message>
    <message>
        <source>This picture cannot be used, so nothing was stored.</source>
        <translation>Deze afbeelding kan niet gebruikt worden; er is dus niets bewaard.</translation>
    </message>
    <message>
        <source>This file cannot be imported, so nothing was imported.</source>
        <translation>Dit bestand kan niet worden geïmporteerd; er is dus niets geïmporteerd.</translation>
    </message>
    <message>
        <source>This is not the password of this export, so nothing was imported.</source>
        <translation>Dit is niet het wachtwoord van deze export, dus er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>This protected export was changed, cut off or damaged, so nothing was imported.</source>
        <translation>Deze beveiligde export is veranderd, afgebroken of beschadigd, dus er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>There is already a folder with files in that place. Please choose another name or place.</source>
        <translation>Op die plek staat al een map met bestanden. Kies een andere naam of plek.</translation>
    </message>
    <message>
        <source>Something that is needed is still empty, so nothing was saved.</source>
        <translation>Iets wat nodig is, is nog leeg; er is dus niets opgeslagen.</translation>
    </message>
    <message>
        <source>That name is already on your list.</source>
        <translation>Die naam staat al op je lijst.</translation>
    </message>
    <message>
        <source>One of the choices is not valid, so nothing was saved.</source>
        <translation>Een van de keuzes klopt niet; er is dus niets opgeslagen.</translation>
    </message>
    <message>
        <source>Something you filled in cannot be used as it is, so nothing was saved.</source>
        <translation>Iets wat je hebt ingevuld, kan zo niet gebruikt worden; er is dus niets opgeslagen.</translation>
    </message>
    <message>
        <source>Haven could not read or write its files (%1).</source>
        <translation>Haven kon zijn bestanden niet lezen of schrijven (%1).</translation>
    </message>
    <message>
        <source>Something went wrong (%1).</source>
        <translation>Er ging iets mis (%1).</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export your journal</source>
        <translation>Je dagboek exporteren</translation>
    </message>
    <message>
        <source>Take everything you wrote with you: to keep it safe, to move to another computer, or to leave Haven.</source>
        <translation>Neem alles mee wat je schreef: om het veilig te bewaren, om naar een andere computer te gaan, of om Haven te verlaten.</translation>
    </message>
    <message>
        <source>Haven export (one file with everything)</source>
        <translation>Haven-export (één bestand met alles)</translation>
    </message>
    <message>
        <source>A folder of Markdown files, one per entry</source>
        <translation>Een map met Markdown-bestanden, één per notitie</translation>
    </message>
    <message>
        <source>Export as</source>
        <translation>Exporteren als</translation>
    </message>
    <message>
        <source>Nothing chosen yet</source>
        <translation>Nog niets gekozen</translation>
    </message>
    <message>
        <source>Folder to export to</source>
        <translation>Map voor de export</translation>
    </message>
    <message>
        <source>Choose a folder to export to</source>
        <translation>Kies een map voor de export</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Nog een keer</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>Into the folder</source>
        <translation>In de map</translation>
    </message>
    <message>
        <source>Export without a password?</source>
        <translation>Exporteren zonder wachtwoord?</translation>
    </message>
    <message>
        <source>Export without a password</source>
        <translation>Zonder wachtwoord exporteren</translation>
    </message>
    <message>
        <source>%1 and %2 exported to %3.</source>
        <translation>%1 en %2 geëxporteerd naar %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n notitie</numerusform>
            <numerusform>%n notities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other records (check-ins, safe places and the like)</source>
        <translation>
            <numerusform>%n ander onderdeel (check-ins, veilige plekken en dergelijke)</numerusform>
            <numerusform>%n andere onderdelen (check-ins, veilige plekken en dergelijke)</numerusform>
        </translation>
    </message>
    <message>
        <source>Protect it with a password</source>
        <translation>Met een wachtwoord beveiligen</translation>
    </message>
    <message>
        <source>Password for the export</source>
        <translation>Wachtwoord voor de export</translation>
    </message>
    <message>
        <source>Without a password, anyone who finds the export can read everything in it. Keep the password somewhere safe: without it the export cannot be opened. A Haven export is protected as strongly as your journal; Markdown files go into a zip file, whose password is much quicker to guess and whose list of files anyone can read.</source>
        <translation>Zonder wachtwoord kan iedereen die de export vindt alles lezen wat erin staat. Bewaar het wachtwoord op een veilige plek: zonder wachtwoord gaat de export niet meer open. Een Haven-export is even sterk beveiligd als je dagboek; Markdown-bestanden gaan in een zipbestand, waarvan het wachtwoord veel sneller te raden is en waarvan iedereen de lijst met bestanden kan lezen.</translation>
    </message>
    <message>
        <source>Anyone who finds this export can read everything you wrote: on this computer, on a USB stick, or in a cloud folder. You can protect it with a password instead; it then only opens with that password.</source>
        <translation>Iedereen die deze export vindt, kan alles lezen wat je schreef: op deze computer, op een usb-stick of in een cloudmap. Je kunt hem ook met een wachtwoord beveiligen; dan gaat hij alleen met dat wachtwoord open.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1.</source>
        <translation>
            <numerusform>%n notitie geëxporteerd naar %1.</numerusform>
            <numerusform>%n notities geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>It opens only with the password you chose.</source>
        <translation>Het gaat alleen open met het wachtwoord dat je koos.</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>Er is niets geëxporteerd.</translation>
    </message>
    <message>
        <source>This cannot be done right now. Please make sure your latest writing is saved, then try again.</source>
        <translation>Dit kan nu even niet. Zorg dat wat je het laatst schreef opgeslagen is en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>Choose a folder for the export</source>
        <translation>Kies een map voor de export</translation>
    </message>
    <message>
        <source>Writing the export…</source>
        <translation>De export wordt geschreven…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter by tag</source>
        <translation>Filter op label</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Alle labels</translation>
    </message>
    <message>
        <source>Filter by mood</source>
        <translation>Filter op stemming</translation>
    </message>
    <message>
        <source>Any mood</source>
        <translation>Elke stemming</translation>
    </message>
    <message>
        <source>Filter by sharing</source>
        <translation>Filter op delen</translation>
    </message>
    <message>
        <source>Shared or not</source>
        <translation>Alle notities</translation>
    </message>
    <message>
        <source>Shared with my therapist</source>
        <translation>Gedeeld met mijn therapeut</translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation>Niet gedeeld</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Only entries from a date on</source>
        <translation>Alleen notities vanaf een datum</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Only entries up to a date</source>
        <translation>Alleen notities tot een datum</translation>
    </message>
    <message>
        <source>First date</source>
        <translation>Eerste datum</translation>
    </message>
    <message>
        <source>Last date</source>
        <translation>Laatste datum</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Alle filters wissen</translation>
    </message>
</context>
<context>
    <name>FlowWords</name>
    <message>
        <source>This is not a boundary to weigh up or agree on: touching a child sexually is abuse. It is stopped at once, the child is made safe, and you call for advice the same day (in Flanders in the evening and at the weekend: the police, 101). You do not have to judge it alone, and you do not wait for it to happen again.</source>
        <translation>Dit is geen grens om af te wegen of over te onderhandelen: een kind seksueel aanraken is misbruik. Het wordt meteen gestopt, het kind wordt in veiligheid gebracht en je belt dezelfde dag voor advies (in Vlaanderen &apos;s avonds en in het weekend: de politie, 101). Je hoeft het niet alleen te beoordelen, en je wacht niet af of het nog eens gebeurt.</translation>
    </message>
    <message>
        <source>What will you do if the boundary is crossed? A consequence is there to protect you, not to punish. Choose something that is in your own hands.</source>
        <translation>Wat ga je doen als de grens wordt overschreden? Een gevolg is er om jou te beschermen, niet om te straffen. Kies iets wat je zelf in de hand hebt.</translation>
    </message>
    <message>
        <source>Write it as something you will do yourself, for example: &quot;I step in at once and take the child to a safe place.&quot; You cannot make another person change, but you can decide what you do.</source>
        <translation>Schrijf het op als iets wat je zelf gaat doen, bijvoorbeeld: &quot;Ik grijp meteen in en breng het kind naar een veilige plek.&quot; Je kunt een ander niet laten veranderen, maar je kunt wel beslissen wat jij doet.</translation>
    </message>
    <message>
        <source>What does this protect? The child&apos;s safety first, and also you: you do not have to weigh this up alone. Naming it helps you act, also when it is hard.</source>
        <translation>Wat beschermt dit? Eerst de veiligheid van het kind, en ook jou: je hoeft dit niet alleen af te wegen. Als je het benoemt, helpt dat je om te handelen, ook als het moeilijk is.</translation>
    </message>
    <message>
        <source>Who can you lean on when you act on this? You do not have to do it alone, and it helps to know beforehand who stands beside you.</source>
        <translation>Op wie kun je terugvallen als je in actie komt? Je hoeft het niet alleen te doen, en het helpt om vooraf te weten wie naast je staat.</translation>
    </message>
    <message>
        <source>Here is your safety agreement. You can print it, or go back and change anything. Saving keeps it in your journal only.</source>
        <translation>Dit is je veiligheidsafspraak. Je kunt ze afdrukken, of teruggaan en iets aanpassen. Als je opslaat, staat ze alleen in je dagboek.</translation>
    </message>
    <message>
        <source>Summary of the safety agreement</source>
        <translation>Samenvatting van de veiligheidsafspraak</translation>
    </message>
    <message>
        <source>Print this safety agreement</source>
        <translation>Deze veiligheidsafspraak afdrukken</translation>
    </message>
    <message>
        <source>Stop and throw away this safety agreement</source>
        <translation>Stoppen en deze veiligheidsafspraak weggooien</translation>
    </message>
    <message>
        <source>Save this safety agreement</source>
        <translation>Deze veiligheidsafspraak opslaan</translation>
    </message>
    <message>
        <source>The safety agreement was not saved</source>
        <translation>De veiligheidsafspraak is niet opgeslagen</translation>
    </message>
    <message>
        <source>Stop writing this safety agreement?</source>
        <translation>Stoppen met deze veiligheidsafspraak?</translation>
    </message>
    <message>
        <source>Stop changing this safety agreement?</source>
        <translation>Stoppen met het aanpassen van deze veiligheidsafspraak?</translation>
    </message>
    <message>
        <source>Your changes in these steps will be thrown away; the safety agreement stays as it was.</source>
        <translation>Je wijzigingen in deze stappen worden weggegooid; de veiligheidsafspraak blijft zoals ze was.</translation>
    </message>
    <message>
        <source>Write it as something you will do yourself, for example: &quot;For now I will sleep in the study.&quot; You cannot make another person change, but you can decide what you do.</source>
        <translation>Schrijf het op als iets wat je zelf gaat doen, bijvoorbeeld: &quot;Ik slaap voorlopig in de werkkamer.&quot; Je kunt een ander niet laten veranderen, maar je kunt wel beslissen wat jij doet.</translation>
    </message>
    <message>
        <source>Which need does this boundary protect? Rest, safety, room to heal… Naming it helps you remember why it matters to you, also on days when it is hard.</source>
        <translation>Welke behoefte beschermt deze grens? Rust, veiligheid, ruimte om te helen… Als je het benoemt, weet je weer waarom het belangrijk voor je is, ook op dagen dat het moeilijk is.</translation>
    </message>
    <message>
        <source>Who can you lean on while you hold this boundary? Holding one is easier with someone beside you, and it helps to know who before you start.</source>
        <translation>Op wie kun je terugvallen terwijl je deze grens vasthoudt? Dat gaat makkelijker met iemand naast je, en het helpt om te weten wie dat is voordat je begint.</translation>
    </message>
    <message>
        <source>Here is your boundary. You can read it aloud to practise, print it, or go back and change anything. Saving keeps it in your journal only.</source>
        <translation>Dit is je grens. Je kunt ze hardop voorlezen om te oefenen, afdrukken, of teruggaan en iets aanpassen. Opslaan bewaart ze alleen in je dagboek.</translation>
    </message>
    <message>
        <source>Summary of the boundary</source>
        <translation>Samenvatting van de grens</translation>
    </message>
    <message>
        <source>Print this boundary</source>
        <translation>Deze grens afdrukken</translation>
    </message>
    <message>
        <source>Stop and throw away this boundary</source>
        <translation>Stoppen en deze grens weggooien</translation>
    </message>
    <message>
        <source>Save this boundary</source>
        <translation>Deze grens opslaan</translation>
    </message>
    <message>
        <source>The boundary was not saved</source>
        <translation>De grens is niet opgeslagen</translation>
    </message>
    <message>
        <source>Stop this boundary?</source>
        <translation>Stoppen met deze grens?</translation>
    </message>
    <message>
        <source>Stop changing this boundary?</source>
        <translation>Stoppen met deze grens aanpassen?</translation>
    </message>
    <message>
        <source>Your changes in these steps will be thrown away; the boundary stays as it was.</source>
        <translation>Je wijzigingen in deze stappen worden weggegooid; de grens blijft zoals ze was.</translation>
    </message>
</context>
<context>
    <name>GuidancePage</name>
    <message>
        <source>Guidance</source>
        <translation>Om te lezen</translation>
    </message>
    <message>
        <source>Short texts to read at your own pace. Take what helps you and leave the rest.</source>
        <translation>Korte teksten om in je eigen tempo te lezen. Neem wat je helpt en laat de rest liggen.</translation>
    </message>
    <message>
        <source>Search the articles</source>
        <translation>Zoeken in de teksten</translation>
    </message>
    <message>
        <source>Articles that mention all of these words (Ctrl+F)</source>
        <translation>Teksten waarin al deze woorden voorkomen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Teksten</translation>
    </message>
    <message>
        <source>No articles found</source>
        <translation>Geen teksten gevonden</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>&lt;b&gt;Write about it&lt;/b&gt;</source>
        <translation>&lt;b&gt;Schrijf erover&lt;/b&gt;</translation>
    </message>
    <message>
        <source>For every partner, and when it is his porn or sex addiction</source>
        <translation>Voor elke partner, en bij zijn porno- of seksverslaving</translation>
    </message>
    <message>
        <source>When he crossed sexual boundaries, or is accused of it</source>
        <translation>Als hij seksueel over grenzen is gegaan, of daarvan beschuldigd wordt</translation>
    </message>
    <message>
        <source>More to read</source>
        <translation>Meer om te lezen</translation>
    </message>
    <message>
        <source>No article mentions “%1”.</source>
        <translation>Er is geen tekst waarin &quot;%1&quot; voorkomt.</translation>
    </message>
    <message>
        <source>Opens a new journal entry with this question</source>
        <translation>Opent een nieuwe notitie met deze vraag</translation>
    </message>
    <message>
        <source>Try another word.</source>
        <translation>Probeer een ander woord.</translation>
    </message>
</context>
<context>
    <name>HavenApp</name>
    <message>
        <source>Applications menu</source>
        <translation>Programmamenu</translation>
    </message>
    <message>
        <source>The launcher in your applications menu still shows the old name: another program already has a launcher with the new one.</source>
        <translation>De starter in je programmamenu toont nog de oude naam: een ander programma heeft al een starter met de nieuwe naam.</translation>
    </message>
    <message>
        <source>The launcher in your applications menu still shows the old name.</source>
        <translation>De starter in je programmamenu toont nog de oude naam.</translation>
    </message>
</context>
<context>
    <name>HelpNowCard</name>
    <message>
        <source>Help now</source>
        <translation>Direct hulp</translation>
    </message>
    <message>
        <source>Help now: emergency numbers and helplines</source>
        <translation>Direct hulp: noodnummers en hulplijnen</translation>
    </message>
    <message>
        <source>Is someone in danger right now, you or someone else? Call 112 (in Belgium, the police: 101). You do not have to be sure: better to call once too often than once too few.</source>
        <translation>Is er nu iemand in gevaar, jij of iemand anders? Bel 112 (in België de politie: 101). Je hoeft het niet zeker te weten: liever een keer te veel gebeld dan een keer te weinig.</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Nederland</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>België</translation>
    </message>
    <message>
        <source>My people</source>
        <translation>Mijn mensen</translation>
    </message>
</context>
<context>
    <name>Helplines</name>
    <message>
        <source>free</source>
        <translation>gratis</translation>
    </message>
    <message>
        <source>calls cost money</source>
        <translation>bellen kost geld</translation>
    </message>
    <message>
        <source>anonymous if you want</source>
        <translation>anoniem als je wilt</translation>
    </message>
    <message>
        <source>Emergency numbers</source>
        <translation>Noodnummers</translation>
    </message>
    <message>
        <source>Crisis lines</source>
        <translation>Crisislijnen</translation>
    </message>
    <message>
        <source>Advice lines (not for emergencies)</source>
        <translation>Advieslijnen (geen noodnummers)</translation>
    </message>
    <message>
        <source>Someone to talk to</source>
        <translation>Iemand om mee te praten</translation>
    </message>
    <message>
        <source>Legal advice</source>
        <translation>Juridisch advies</translation>
    </message>
    <message>
        <source>Specialised help</source>
        <translation>Gespecialiseerde hulp</translation>
    </message>
    <message>
        <source>Reporting (not urgent)</source>
        <translation>Melden (geen spoed)</translation>
    </message>
    <message>
        <source>Groups for partners</source>
        <translation>Groepen voor partners</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from another journal</source>
        <translation>Importeren uit een ander dagboek</translation>
    </message>
    <message>
        <source>Bring your writing from another app into Haven. Nothing changes in your journal until you press Import, and if anything goes wrong, nothing is imported at all.</source>
        <translation>Haal wat je in een andere app schreef naar Haven. Er verandert niets in je dagboek tot je op Importeren drukt, en als er iets misgaat, wordt er helemaal niets geïmporteerd.</translation>
    </message>
    <message>
        <source>jrnl (its JSON export)</source>
        <translation>jrnl (de JSON-export)</translation>
    </message>
    <message>
        <source>Day One (its JSON export, or the zip with photos)</source>
        <translation>Day One (de JSON-export, of de zip met foto&apos;s)</translation>
    </message>
    <message>
        <source>A folder of Markdown or text files</source>
        <translation>Een map met Markdown- of tekstbestanden</translation>
    </message>
    <message>
        <source>Daylio (its CSV export)</source>
        <translation>Daylio (de CSV-export)</translation>
    </message>
    <message>
        <source>A Haven export (one file, protected or not)</source>
        <translation>Een Haven-export (één bestand, beveiligd of niet)</translation>
    </message>
    <message>
        <source>What to import</source>
        <translation>Wat je wilt importeren</translation>
    </message>
    <message>
        <source>Nothing chosen yet</source>
        <translation>Nog niets gekozen</translation>
    </message>
    <message>
        <source>File or folder to import</source>
        <translation>Bestand of map om te importeren</translation>
    </message>
    <message>
        <source>Choose the file or folder</source>
        <translation>Kies het bestand of de map</translation>
    </message>
    <message>
        <source>Only if the export has one</source>
        <translation>Alleen als de export er een heeft</translation>
    </message>
    <message>
        <source>Password of the export</source>
        <translation>Wachtwoord van de export</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Use the date the file was last changed</source>
        <translation>De datum waarop het bestand het laatst is gewijzigd</translation>
    </message>
    <message>
        <source>Use today&apos;s date</source>
        <translation>De datum van vandaag</translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>Niet importeren</translation>
    </message>
    <message>
        <source>Files without a date</source>
        <translation>Bestanden zonder datum</translation>
    </message>
    <message>
        <source>Your own moods</source>
        <translation>Je eigen stemmingen</translation>
    </message>
    <message>
        <source>Files that cannot be read</source>
        <translation>Bestanden die niet gelezen kunnen worden</translation>
    </message>
    <message>
        <source>What is in it</source>
        <translation>Wat erin staat</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Voortgang van het importeren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop the import</source>
        <translation>Het importeren stoppen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Uit</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Bezig met stoppen…</translation>
    </message>
    <message>
        <source>Choose the folder with your files</source>
        <translation>Kies de map met je bestanden</translation>
    </message>
    <message>
        <source>jrnl export (*.json)</source>
        <translation>jrnl-export (*.json)</translation>
    </message>
    <message>
        <source>Day One export (*.json *.zip)</source>
        <translation>Day One-export (*.json *.zip)</translation>
    </message>
    <message>
        <source>Daylio export (*.csv)</source>
        <translation>Daylio-export (*.csv)</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Kies het bestand om te importeren</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Bezig met lezen…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Bezig met importeren…</translation>
    </message>
    <message>
        <source>This export is protected with a password. Type its password to see what is in it.</source>
        <translation>Deze export is beveiligd met een wachtwoord. Typ het wachtwoord om te zien wat erin staat.</translation>
    </message>
    <message>
        <source>This is not the password of this export.</source>
        <translation>Dit is niet het wachtwoord van deze export.</translation>
    </message>
    <message>
        <source>You stopped the import. Nothing was imported.</source>
        <translation>Je hebt het importeren gestopt. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: at %2, %3.</source>
        <translation>%1 kan niet geïmporteerd worden: bij %2, %3.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %3.</source>
        <translation>%1 kan niet geïmporteerd worden: %3.</translation>
    </message>
    <message>
        <source>Nothing was imported; your journal is as it was.</source>
        <translation>Er is niets geïmporteerd; je dagboek is zoals het was.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries that were already in your journal got their photos.</source>
        <translation>
            <numerusform>%n notitie die al in je dagboek stond, kreeg haar foto&apos;s.</numerusform>
            <numerusform>%n notities die al in je dagboek stonden, kregen hun foto&apos;s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins imported.</source>
        <translation>
            <numerusform>%n check-in geïmporteerd.</numerusform>
            <numerusform>%n check-ins geïmporteerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins were already in your journal and were skipped.</source>
        <translation>
            <numerusform>%n check-in stond al in je dagboek en is overgeslagen.</numerusform>
            <numerusform>%n check-ins stonden al in je dagboek en zijn overgeslagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>New self-care items: %1. You can rename them on the check-in page.</source>
        <translation>Nieuwe zelfzorg: %1. Je kunt de namen aanpassen op de check-inpagina.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries had no date of their own.</source>
        <translation>
            <numerusform>%n notitie had geen eigen datum.</numerusform>
            <numerusform>%n notities hadden geen eigen datum.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files without a date were left out.</source>
        <translation>
            <numerusform>%n bestand zonder datum is niet geïmporteerd.</numerusform>
            <numerusform>%n bestanden zonder datum zijn niet geïmporteerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files could not be read and were not imported:</source>
        <translation>
            <numerusform>%n bestand kon niet gelezen worden en is niet geïmporteerd:</numerusform>
            <numerusform>%n bestanden konden niet gelezen worden en zijn niet geïmporteerd:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1: %3</source>
        <translation>%1: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n videos</source>
        <translation>
            <numerusform>%n video</numerusform>
            <numerusform>%n video&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audio recordings</source>
        <translation>
            <numerusform>%n geluidsopname</numerusform>
            <numerusform>%n geluidsopnamen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PDF files</source>
        <translation>
            <numerusform>%n pdf-bestand</numerusform>
            <numerusform>%n pdf-bestanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sketches</source>
        <translation>
            <numerusform>%n schets</numerusform>
            <numerusform>%n schetsen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: %1. Haven keeps text and photos.</source>
        <translation>Niet geïmporteerd: %1. Haven bewaart tekst en foto&apos;s.</translation>
    </message>
    <message>
        <source>Where you were and the weather are kept as a line at the end of the entry.</source>
        <translation>Waar je was en het weer staan als een regel onderaan de notitie.</translation>
    </message>
    <message numerus="yes">
        <source>%n moods that do not fit Haven&apos;s scale are kept as a line of text in the entry.</source>
        <translation>
            <numerusform>%n stemming die niet op de schaal van Haven past, staat als tekstregel in de notitie.</numerusform>
            <numerusform>%n stemmingen die niet op de schaal van Haven passen, staan als tekstregel in de notitie.</numerusform>
        </translation>
    </message>
    <message>
        <source>No mood (kept as text)</source>
        <translation>Geen stemming (blijft als tekst)</translation>
    </message>
    <message>
        <source>Mood %1 on Haven&apos;s scale</source>
        <translation>Stemming %1 op de schaal van Haven</translation>
    </message>
    <message numerus="yes">
        <source>%n photos cannot come along: they are not in the export, or they are not JPEG or PNG pictures. Everything else is imported.</source>
        <translation>
            <numerusform>%n foto kan niet mee: hij zit niet in de export, of het is geen JPEG- of PNG-afbeelding. Al het andere wordt wel geïmporteerd.</numerusform>
            <numerusform>%n foto&apos;s kunnen niet mee: ze zitten niet in de export, of het zijn geen JPEG- of PNG-afbeeldingen. Al het andere wordt wel geïmporteerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photos come along with their entries.</source>
        <translation>
            <numerusform>%n foto gaat mee met de notitie waar hij bij hoort.</numerusform>
            <numerusform>%n foto&apos;s gaan mee met de notities waar ze bij horen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries imported.</source>
        <translation>
            <numerusform>%n notitie geïmporteerd.</numerusform>
            <numerusform>%n notities geïmporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>They run from %1 to %2.</source>
        <translation>Ze lopen van %1 tot %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n were already in your journal and were skipped.</source>
        <translation>
            <numerusform>%n stond al in je dagboek en is overgeslagen.</numerusform>
            <numerusform>%n stonden al in je dagboek en zijn overgeslagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also %n other records (check-ins, safe places, needs, boundaries, support, safety plan, session topics).</source>
        <translation>
            <numerusform>Ook %n ander onderdeel (check-ins, veilige plekken, behoeften, grenzen, steunnetwerk, veiligheidsplan, bespreeklijst).</numerusform>
            <numerusform>Ook %n andere onderdelen (check-ins, veilige plekken, behoeften, grenzen, steunnetwerk, veiligheidsplan, bespreeklijst).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photos came along with their entries.</source>
        <translation>
            <numerusform>%n foto is met zijn notitie meegekomen.</numerusform>
            <numerusform>%n foto&apos;s zijn met hun notities meegekomen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photos could not come along: they are not in the export, or they are not JPEG or PNG pictures.</source>
        <translation>
            <numerusform>%n foto kon niet mee: hij zit niet in de export, of het is geen JPEG- of PNG-afbeelding.</numerusform>
            <numerusform>%n foto&apos;s konden niet mee: ze zitten niet in de export, of het zijn geen JPEG- of PNG-afbeeldingen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also %n other records (check-ins, safe places, needs, boundaries, support, safety plan, session topics); those already in your journal are skipped.</source>
        <translation>
            <numerusform>Ook %n ander onderdeel (check-ins, veilige plekken, behoeften, grenzen, steunnetwerk, veiligheidsplan, bespreeklijst); wat al in je dagboek staat, wordt overgeslagen.</numerusform>
            <numerusform>Ook %n andere onderdelen (check-ins, veilige plekken, behoeften, grenzen, steunnetwerk, veiligheidsplan, bespreeklijst); wat al in je dagboek staat, wordt overgeslagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no entries in it.</source>
        <translation>Er staan geen notities in.</translation>
    </message>
    <message>
        <source>Haven export (*.json *.enc *.zip)</source>
        <translation>Haven-export (*.json *.enc *.zip)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries found.</source>
        <translation>
            <numerusform>%n notitie gevonden.</numerusform>
            <numerusform>%n notities gevonden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n are already in your journal and will be skipped.</source>
        <translation>
            <numerusform>%n staat al in je dagboek en wordt overgeslagen.</numerusform>
            <numerusform>%n staan al in je dagboek en worden overgeslagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries already in your journal will get their photos.</source>
        <translation>
            <numerusform>%n notitie die al in je dagboek staat, krijgt haar foto&apos;s.</numerusform>
            <numerusform>%n notities die al in je dagboek staan, krijgen hun foto&apos;s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins found.</source>
        <translation>
            <numerusform>%n check-in gevonden.</numerusform>
            <numerusform>%n check-ins gevonden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins are already in your journal and will be skipped.</source>
        <translation>
            <numerusform>%n check-in staat al in je dagboek en wordt overgeslagen.</numerusform>
            <numerusform>%n check-ins staan al in je dagboek en worden overgeslagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files have no date of their own: choose below what date they get.</source>
        <translation>
            <numerusform>%n bestand heeft geen eigen datum: kies hieronder welke datum het krijgt.</numerusform>
            <numerusform>%n bestanden hebben geen eigen datum: kies hieronder welke datum ze krijgen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files cannot be read and will not be imported:</source>
        <translation>
            <numerusform>%n bestand kan niet gelezen worden en wordt niet geïmporteerd:</numerusform>
            <numerusform>%n bestanden kunnen niet gelezen worden en worden niet geïmporteerd:</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything in it is already in your journal.</source>
        <translation>Alles wat erin staat, staat al in je dagboek.</translation>
    </message>
    <message>
        <source>This cannot be done right now. Please make sure your latest writing is saved, then try again.</source>
        <translation>Dit kan nu even niet. Zorg dat wat je het laatst schreef opgeslagen is en probeer het dan opnieuw.</translation>
    </message>
</context>
<context>
    <name>ImportErrors</name>
    <message>
        <source>the file cannot be read ({detail})</source>
        <translation>het bestand kan niet gelezen worden ({detail})</translation>
    </message>
    <message>
        <source>this folder does not exist</source>
        <translation>deze map bestaat niet</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>het bestand is geen UTF-8-tekst</translation>
    </message>
    <message>
        <source>this is not valid JSON ({detail})</source>
        <translation>dit is geen geldige JSON ({detail})</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply</source>
        <translation>de JSON is te diep genest</translation>
    </message>
    <message>
        <source>this zip file cannot be read ({detail})</source>
        <translation>dit zipbestand kan niet gelezen worden ({detail})</translation>
    </message>
    <message>
        <source>the zip file holds no {name}</source>
        <translation>in het zipbestand zit geen {name}</translation>
    </message>
    <message>
        <source>it cannot be read from the zip file ({detail})</source>
        <translation>het kan niet uit het zipbestand gelezen worden ({detail})</translation>
    </message>
    <message>
        <source>the zip file is protected; please fill in its password</source>
        <translation>het zipbestand is beveiligd; vul het wachtwoord ervan in</translation>
    </message>
    <message>
        <source>the password of the zip file is not right</source>
        <translation>het wachtwoord van het zipbestand klopt niet</translation>
    </message>
    <message>
        <source>the export is protected; please fill in its password</source>
        <translation>de export is beveiligd; vul het wachtwoord in</translation>
    </message>
    <message>
        <source>the password of the export is not right</source>
        <translation>het wachtwoord van de export klopt niet</translation>
    </message>
    <message>
        <source>the protected export is damaged or incomplete ({detail})</source>
        <translation>de beveiligde export is beschadigd of onvolledig ({detail})</translation>
    </message>
    <message>
        <source>this is not a jrnl JSON export (it holds no list of entries)</source>
        <translation>dit is geen JSON-export van jrnl (er staat geen lijst met notities in)</translation>
    </message>
    <message>
        <source>this is not a Day One JSON export (it holds no entries)</source>
        <translation>dit is geen JSON-export van Day One (er staan geen notities in)</translation>
    </message>
    <message>
        <source>this is not a Haven export</source>
        <translation>dit is geen export van Haven</translation>
    </message>
    <message>
        <source>the format version is missing</source>
        <translation>de formaatversie ontbreekt</translation>
    </message>
    <message>
        <source>it was made by a newer version of Haven (export format {version}); please update Haven to import it</source>
        <translation>het is gemaakt met een nieuwere versie van Haven (exportformaat {version}); werk Haven bij om het te importeren</translation>
    </message>
    <message>
        <source>it holds records this Haven does not know ({names}); please update Haven</source>
        <translation>er staan gegevens in die deze Haven nog niet kent ({names}); werk Haven eerst bij</translation>
    </message>
    <message>
        <source>the front matter (---) is never closed</source>
        <translation>het kopblok (---) wordt nergens afgesloten</translation>
    </message>
    <message>
        <source>the front matter is not valid YAML ({detail})</source>
        <translation>het kopblok is geen geldige YAML ({detail})</translation>
    </message>
    <message>
        <source>the front matter is not a list of fields</source>
        <translation>het kopblok is geen lijst met velden</translation>
    </message>
    <message>
        <source>it has no date and the file has no time ({detail})</source>
        <translation>er staat geen datum in en het bestand heeft geen tijd ({detail})</translation>
    </message>
    <message>
        <source>the entry is not a JSON object</source>
        <translation>de notitie is geen JSON-object</translation>
    </message>
    <message>
        <source>the record is not a JSON object</source>
        <translation>het gegeven is geen JSON-object</translation>
    </message>
    <message>
        <source>an item of “{field}” is not a JSON object</source>
        <translation>een onderdeel van &quot;{field}&quot; is geen JSON-object</translation>
    </message>
    <message>
        <source>the field “{field}” is missing</source>
        <translation>het veld &quot;{field}&quot; ontbreekt</translation>
    </message>
    <message>
        <source>the field “{field}” is not text</source>
        <translation>het veld &quot;{field}&quot; is geen tekst</translation>
    </message>
    <message>
        <source>the field “{field}” holds invalid Unicode</source>
        <translation>het veld &quot;{field}&quot; bevat ongeldige Unicode</translation>
    </message>
    <message>
        <source>the field “{field}” is not a list</source>
        <translation>het veld &quot;{field}&quot; is geen lijst</translation>
    </message>
    <message>
        <source>the field “{field}” is not true or false</source>
        <translation>het veld &quot;{field}&quot; is niet true of false</translation>
    </message>
    <message>
        <source>the field “{field}” is not a number</source>
        <translation>het veld &quot;{field}&quot; is geen getal</translation>
    </message>
    <message>
        <source>the number in the field “{field}” is out of range</source>
        <translation>het getal in het veld &quot;{field}&quot; is te groot of te klein</translation>
    </message>
    <message>
        <source>the field “{field}” holds {value}, which is out of range</source>
        <translation>het veld &quot;{field}&quot; bevat {value}, en dat ligt te ver in het verleden of de toekomst</translation>
    </message>
    <message>
        <source>the field “{field}” holds {value}, which is not a date (YYYY-MM-DD)</source>
        <translation>het veld &quot;{field}&quot; bevat {value}, en dat is geen datum (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>the field “{field}” holds {value}, which is not a date and time</source>
        <translation>het veld &quot;{field}&quot; bevat {value}, en dat is geen datum met tijd</translation>
    </message>
    <message>
        <source>the field “{field}” holds {value}, which is not a time (HH:MM)</source>
        <translation>het veld &quot;{field}&quot; bevat {value}, en dat is geen tijd (UU:MM)</translation>
    </message>
    <message>
        <source>the field “{field}” must be a whole number from {low} to {high}</source>
        <translation>het veld &quot;{field}&quot; moet een heel getal van {low} tot en met {high} zijn</translation>
    </message>
    <message>
        <source>the photo is not stored as base64</source>
        <translation>de foto is niet als base64 opgeslagen</translation>
    </message>
    <message>
        <source>the photo cannot be used ({detail})</source>
        <translation>de foto kan niet gebruikt worden ({detail})</translation>
    </message>
    <message>
        <source>there is more than one safety plan</source>
        <translation>er staat meer dan één veiligheidsplan in</translation>
    </message>
    <message>
        <source>a value is not allowed here ({detail})</source>
        <translation>een waarde is hier niet toegestaan ({detail})</translation>
    </message>
    <message>
        <source>it unpacks to more than {limit} MB, more than Haven reads from one zip file</source>
        <translation>uitgepakt is het meer dan {limit} MB, meer dan Haven uit één zipbestand leest</translation>
    </message>
    <message>
        <source>this is not a Daylio CSV export (the first line lacks {names})</source>
        <translation>dit is geen CSV-export van Daylio (in de eerste regel ontbreekt {names})</translation>
    </message>
    <message>
        <source>this is not valid CSV ({detail})</source>
        <translation>dit is geen geldige CSV ({detail})</translation>
    </message>
    <message>
        <source>the row has {found} fields where the first line has {expected}</source>
        <translation>de rij heeft {found} velden waar de eerste regel er {expected} heeft</translation>
    </message>
    <message>
        <source>line {n}</source>
        <translation>regel {n}</translation>
    </message>
    <message>
        <source>line {n}, column {column}</source>
        <translation>regel {n}, kolom {column}</translation>
    </message>
    <message>
        <source>byte {n}</source>
        <translation>byte {n}</translation>
    </message>
    <message>
        <source>entry {n}</source>
        <translation>notitie {n}</translation>
    </message>
    <message>
        <source>row {n}</source>
        <translation>rij {n}</translation>
    </message>
    <message>
        <source>the front matter</source>
        <translation>het kopblok</translation>
    </message>
    <message>
        <source>{name} in the zip file</source>
        <translation>{name} in het zipbestand</translation>
    </message>
    <message>
        <source>the list “{name}”</source>
        <translation>de lijst &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>self-care item {n}</source>
        <translation>zelfzorgpunt {n}</translation>
    </message>
    <message>
        <source>trigger {n}</source>
        <translation>trigger {n}</translation>
    </message>
    <message>
        <source>check-in {n}</source>
        <translation>check-in {n}</translation>
    </message>
    <message>
        <source>safe place {n}</source>
        <translation>veilige plek {n}</translation>
    </message>
    <message>
        <source>need {n}</source>
        <translation>behoefte {n}</translation>
    </message>
    <message>
        <source>boundary {n}</source>
        <translation>grens {n}</translation>
    </message>
    <message>
        <source>support person {n}</source>
        <translation>persoon uit je steunnetwerk {n}</translation>
    </message>
    <message>
        <source>hidden helpline {n}</source>
        <translation>verborgen hulplijn {n}</translation>
    </message>
    <message>
        <source>the safety plan</source>
        <translation>het veiligheidsplan</translation>
    </message>
    <message>
        <source>STI test {n}</source>
        <translation>soa-test {n}</translation>
    </message>
    <message>
        <source>session topic {n}</source>
        <translation>onderwerp {n} van de bespreeklijst</translation>
    </message>
    <message>
        <source>event {n} of the timeline</source>
        <translation>gebeurtenis {n} van de tijdlijn</translation>
    </message>
    <message>
        <source>milestone {n}</source>
        <translation>mijlpaal {n}</translation>
    </message>
    <message>
        <source>step {n} of the path</source>
        <translation>stap {n} van de weg</translation>
    </message>
    <message>
        <source>preference {n}</source>
        <translation>voorkeur {n}</translation>
    </message>
</context>
<context>
    <name>JournalListPane</name>
    <message>
        <source>Search your journal</source>
        <translation>Zoek in je dagboek</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filteren</translation>
    </message>
    <message>
        <source>Show filters</source>
        <translation>Toon filters</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>wissen</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Alle filters wissen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Read your entries again</source>
        <translation>Je notities opnieuw lezen</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nieuwe notitie</translation>
    </message>
    <message>
        <source>Write a new entry</source>
        <translation>Schrijf een nieuwe notitie</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>Volgorde:</translation>
    </message>
    <message>
        <source>Order of the results</source>
        <translation>Volgorde van de zoekresultaten</translation>
    </message>
    <message>
        <source>Best matches first</source>
        <translation>Beste treffers eerst</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Nieuwste eerst</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Notities in je dagboek</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <source>In your boundaries and needs</source>
        <translation>In je grenzen en behoeften</translation>
    </message>
    <message>
        <source>Boundaries and needs found</source>
        <translation>Gevonden grenzen en behoeften</translation>
    </message>
    <message numerus="yes">
        <source>More than %n found</source>
        <comment>search results</comment>
        <translation>
            <numerusform>Meer dan %n gevonden</numerusform>
            <numerusform>Meer dan %n gevonden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <comment>search results</comment>
        <translation>
            <numerusform>%n gevonden</numerusform>
            <numerusform>%n gevonden</numerusform>
        </translation>
    </message>
    <message>
        <source>No journal entries found.</source>
        <translation>Geen notities gevonden.</translation>
    </message>
    <message>
        <source>Nothing found. Try other words, or fewer filters.</source>
        <translation>Niets gevonden. Probeer andere woorden, of minder filters.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Your entries could not be read.</source>
        <translation>Je notities konden niet worden gelezen.</translation>
    </message>
    <message>
        <source>This does not mean your journal is empty. Try again; if it keeps happening, close Haven and open it again.</source>
        <translation>Dat betekent niet dat je dagboek leeg is. Probeer het opnieuw; blijft het gebeuren, sluit Haven dan en open het opnieuw.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n notitie</numerusform>
            <numerusform>%n notities</numerusform>
        </translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>Geen notities bij deze filters.</translation>
    </message>
    <message>
        <source>Your new entry shows up here once you write something.</source>
        <translation>Je nieuwe notitie verschijnt hier zodra je iets schrijft.</translation>
    </message>
    <message>
        <source>No entries yet. Your first one is only a click away.</source>
        <translation>Je hebt nog niets geschreven.</translation>
    </message>
    <message>
        <source>Filtered: %1 of %2</source>
        <translation>Gefilterd: %1 van %2</translation>
    </message>
    <message>
        <source>Hide filters</source>
        <translation>Verberg filters</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Aan het zoeken…</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>The entry could not be opened</source>
        <translation>De notitie kon niet worden geopend</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Your journal could not be read</source>
        <translation>Je dagboek kon niet worden gelezen</translation>
    </message>
</context>
<context>
    <name>JournalSession</name>
    <message>
        <source>Lock without your latest changes?</source>
        <translation>Vergrendelen zonder je laatste wijzigingen?</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved. If you lock now, they are lost.</source>
        <translation>Je laatste wijzigingen konden niet worden opgeslagen. Als je nu vergrendelt, gaan ze verloren.</translation>
    </message>
    <message>
        <source>Lock anyway</source>
        <translation>Toch vergrendelen</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>When your journal locked, your latest words could not be saved. They are back in the editor and are saved as soon as there is room.</source>
        <translation>Toen je dagboek vergrendelde, konden je laatste woorden niet worden opgeslagen. Ze staan weer in de editor en worden opgeslagen zodra er ruimte is.</translation>
    </message>
    <message>
        <source>When your journal last locked or closed, your latest words could not be saved, and could not be kept. What you typed just before may be missing.</source>
        <translation>Toen je dagboek de vorige keer vergrendelde of sloot, konden je laatste woorden niet worden opgeslagen of bewaard. Wat je vlak daarvoor typte, kan ontbreken.</translation>
    </message>
    <message>
        <source>Not saved on: %1</source>
        <translation>Niet opgeslagen op: %1</translation>
    </message>
    <message>
        <source>Your latest words</source>
        <translation>Je laatste woorden</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Reservekopie</translation>
    </message>
    <message>
        <source>The daily backup could not be made: there is not enough room in the backup folder. Your journal itself is saved and unchanged. Make some room there, or choose another folder in Settings.</source>
        <translation>De dagelijkse reservekopie kon niet worden gemaakt: er is niet genoeg ruimte in de map voor reservekopieën. Je dagboek zelf is opgeslagen en niet veranderd. Maak daar wat ruimte vrij, of kies een andere map bij Instellingen.</translation>
    </message>
    <message>
        <source>The daily backup could not be made: %1</source>
        <translation>De dagelijkse reservekopie kon niet worden gemaakt: %1</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Passphrase and recovery code</source>
        <translation>Wachtwoordzin en herstelcode</translation>
    </message>
    <message>
        <source>Your current passphrase</source>
        <translation>Je huidige wachtwoordzin</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Huidige wachtwoordzin</translation>
    </message>
    <message>
        <source>To change anything here, first type your current passphrase.</source>
        <translation>Typ eerst je huidige wachtwoordzin om hier iets te veranderen.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Nog een keer</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Wachtwoordzin wijzigen</translation>
    </message>
    <message>
        <source>Everything is encrypted again with a new key, and your automatic backups are made again with it, so your old passphrase and recovery code open nothing any more. You get a new recovery code. Copies you saved elsewhere still open with the old passphrase.</source>
        <translation>Alles wordt opnieuw versleuteld met een nieuwe sleutel, en je automatische reservekopieën worden daarmee opnieuw gemaakt, zodat je oude wachtwoordzin en herstelcode niets meer openen. Je krijgt een nieuwe herstelcode. Kopieën die je ergens anders hebt opgeslagen, gaan nog wel open met de oude wachtwoordzin.</translation>
    </message>
    <message>
        <source>Only change the passphrase, keep the key</source>
        <translation>Alleen de wachtwoordzin wijzigen, de sleutel houden</translation>
    </message>
    <message>
        <source>Quicker, but your backups and any copy of your journal&apos;s files still open with the old passphrase.</source>
        <translation>Sneller, maar je reservekopieën en elke kopie van de bestanden van je dagboek gaan dan nog open met de oude wachtwoordzin.</translation>
    </message>
    <message>
        <source>Make a new recovery code if you lost yours or fear that someone has seen it. Everything is encrypted again with a new key, so the old code stops working at once, also for your automatic backups. Copies you saved elsewhere still open with the old code.</source>
        <translation>Maak een nieuwe herstelcode als je de jouwe kwijt bent of bang bent dat iemand hem heeft gezien. Alles wordt opnieuw versleuteld met een nieuwe sleutel, zodat de oude code meteen niet meer werkt, ook niet voor je automatische reservekopieën. Kopieën die je ergens anders hebt opgeslagen, gaan nog wel open met de oude code.</translation>
    </message>
    <message>
        <source>Make a new recovery code</source>
        <translation>Nieuwe herstelcode maken</translation>
    </message>
    <message>
        <source>Haven encrypts everything in your journal again with a new, random key; a key someone may have copied before no longer opens it. Your passphrase stays the same, and a new recovery code replaces the old one.</source>
        <translation>Haven versleutelt alles in je dagboek opnieuw met een nieuwe, willekeurige sleutel; een sleutel die iemand eerder heeft gekopieerd, opent het dan niet meer. Je wachtwoordzin blijft zoals hij is, en een nieuwe herstelcode vervangt de oude.</translation>
    </message>
    <message>
        <source>Re-encrypt everything</source>
        <translation>Alles opnieuw versleutelen</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Herstelcode</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>Nieuwe sleutel</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>Even geduld…</translation>
    </message>
    <message>
        <source>Re-encrypting</source>
        <translation>Opnieuw versleutelen</translation>
    </message>
    <message>
        <source>Your passphrase is changed. From now on your journal opens with the new one.</source>
        <translation>Je wachtwoordzin is gewijzigd. Vanaf nu opent je dagboek met de nieuwe.</translation>
    </message>
    <message>
        <source>Copies you saved elsewhere still open with the old passphrase.</source>
        <translation>Kopieën die je ergens anders hebt opgeslagen, gaan nog wel open met de oude wachtwoordzin.</translation>
    </message>
    <message>
        <source>Your new recovery code works from now on. The old one no longer does.</source>
        <translation>Je nieuwe herstelcode werkt vanaf nu. De oude werkt niet meer.</translation>
    </message>
    <message>
        <source>Everything is encrypted again with a new key.</source>
        <translation>Alles is opnieuw versleuteld met een nieuwe sleutel.</translation>
    </message>
    <message>
        <source>Your old recovery code no longer works.</source>
        <translation>Je oude herstelcode werkt niet meer.</translation>
    </message>
    <message>
        <source>Re-encrypting… %1%</source>
        <translation>Opnieuw versleutelen… %1%</translation>
    </message>
    <message>
        <source>That is not your current passphrase. Nothing was changed.</source>
        <translation>Dat is niet je huidige wachtwoordzin. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Your journal still opens as before.</source>
        <translation>Je dagboek gaat nog net zo open als eerst.</translation>
    </message>
    <message>
        <source>This cannot be done right now. Please make sure your latest writing is saved, then try again.</source>
        <translation>Dit kan nu even niet. Zorg dat wat je het laatst schreef opgeslagen is en probeer het dan opnieuw.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open the restored journal now?</source>
        <translation>Het teruggezette dagboek nu openen?</translation>
    </message>
    <message>
        <source>Your backup is restored into this folder:
%1

From then on it opens each time you start. The journal you used until now stays as it is, in:
%2</source>
        <translation>Je reservekopie is teruggezet in deze map:
%1

Daarna opent deze elke keer dat je start. Het dagboek dat je tot nu toe gebruikte, blijft zoals het is, in:
%2</translation>
    </message>
    <message>
        <source>Open it now</source>
        <translation>Nu openen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nu niet</translation>
    </message>
    <message>
        <source>Open another journal</source>
        <translation>Een ander dagboek openen</translation>
    </message>
    <message>
        <source>Choose the folder of a journal</source>
        <translation>Kies de map van een dagboek</translation>
    </message>
    <message>
        <source>There is no journal in this folder. Please choose the folder that holds one, such as the folder you restored a backup into.</source>
        <translation>In deze map staat geen dagboek. Kies de map waar er wel een in staat, bijvoorbeeld de map waarin je een reservekopie hebt teruggezet.</translation>
    </message>
    <message>
        <source>This journal is the one in use now.</source>
        <translation>Dit is het dagboek dat je nu al gebruikt.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Reservekopie</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <source>From now on your journal opens with your new passphrase.</source>
        <translation>Vanaf nu opent je dagboek met je nieuwe wachtwoordzin.</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nieuwe notitie</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Snel weg</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>Mood</name>
    <message>
        <source>Very hard</source>
        <translation>Heel zwaar</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Zwaar</translation>
    </message>
    <message>
        <source>In between</source>
        <translation>Wisselend</translation>
    </message>
    <message>
        <source>Fairly good</source>
        <translation>Redelijk goed</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Goed</translation>
    </message>
</context>
<context>
    <name>NeedsPage</name>
    <message>
        <source>What do I need now?</source>
        <translation>Wat heb ik nu nodig?</translation>
    </message>
    <message>
        <source>In all that is happening it is easy to lose sight of what you need yourself. Write it down in your own words: to feel safe, to rest, to have support, to know. Needs can change over time, and that is fine; here you can see how.</source>
        <translation>In alles wat er gebeurt, verlies je makkelijk uit het oog wat je zelf nodig hebt. Schrijf het op in je eigen woorden: je veilig voelen, rust, steun, weten hoe het zit. Behoeften kunnen in de loop van de tijd veranderen, en dat is goed; hier zie je hoe.</translation>
    </message>
    <message>
        <source>New need</source>
        <translation>Nieuwe behoefte</translation>
    </message>
    <message>
        <source>Write down a new need</source>
        <translation>Een nieuwe behoefte opschrijven</translation>
    </message>
    <message>
        <source>My needs</source>
        <translation>Mijn behoeften</translation>
    </message>
    <message>
        <source>Nothing here yet. What would help you right now, even something small?</source>
        <translation>Hier staat nog niets. Wat zou je nu helpen, al is het iets kleins?</translation>
    </message>
    <message>
        <source>What I need</source>
        <translation>Wat ik nodig heb</translation>
    </message>
    <message>
        <source>What I need, in my own words</source>
        <translation>Wat ik nodig heb, in mijn eigen woorden</translation>
    </message>
    <message>
        <source>What I &amp;need</source>
        <translation>Wat ik &amp;nodig heb</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Delete this need</source>
        <translation>Deze behoefte verwijderen</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>&amp;Gebied</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Notes over time</source>
        <translation>Aantekeningen in de loop van de tijd</translation>
    </message>
    <message>
        <source>Date of the note</source>
        <translation>Datum van de aantekening</translation>
    </message>
    <message>
        <source>A note about this need</source>
        <translation>Een aantekening bij deze behoefte</translation>
    </message>
    <message>
        <source>How is it with this need now?</source>
        <translation>Hoe staat het nu met deze behoefte?</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Aantekening toevoegen</translation>
    </message>
    <message>
        <source>Add this note</source>
        <translation>Deze aantekening toevoegen</translation>
    </message>
    <message>
        <source>Choose a need on the left to see how it has changed, or write down a new one.</source>
        <translation>Kies links een behoefte om te zien hoe die veranderd is, of schrijf een nieuwe op.</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Behoeften</translation>
    </message>
    <message>
        <source>A need needs a few words. The earlier wording is kept until you write one.</source>
        <translation>Een behoefte heeft een paar woorden nodig. De eerdere woorden blijven bewaard tot je iets schrijft.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <source>The note was not deleted</source>
        <translation>De aantekening is niet verwijderd</translation>
    </message>
    <message>
        <source>Delete this note?</source>
        <translation>Deze aantekening verwijderen?</translation>
    </message>
    <message>
        <source>The note of %1 will be removed from your journal for good:</source>
        <translation>De aantekening van %1 wordt voorgoed uit je dagboek verwijderd:</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Dit kun je niet ongedaan maken.</translation>
    </message>
    <message>
        <source>This note had already been deleted.</source>
        <translation>Deze aantekening was al verwijderd.</translation>
    </message>
    <message>
        <source>Write down the need first.</source>
        <translation>Schrijf eerst de behoefte op.</translation>
    </message>
    <message>
        <source>Write a few words for the note.</source>
        <translation>Schrijf een paar woorden voor de aantekening.</translation>
    </message>
    <message>
        <source>The note was not saved</source>
        <translation>De aantekening is niet opgeslagen</translation>
    </message>
    <message>
        <source>What you wrote is still here.</source>
        <translation>Wat je schreef staat er nog.</translation>
    </message>
    <message>
        <source>Protected by: %1</source>
        <translation>Beschermd door: %1</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Nog geen aantekeningen.</translation>
    </message>
    <message>
        <source>Delete this note</source>
        <translation>Deze aantekening verwijderen</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Nog niet opgeslagen</translation>
    </message>
    <message>
        <source>Delete this need?</source>
        <translation>Deze behoefte verwijderen?</translation>
    </message>
    <message>
        <source>The need and its notes will be removed from your journal for good. Boundaries that protect it keep your own words for it. This cannot be undone.</source>
        <translation>De behoefte en de aantekeningen erbij worden voorgoed uit je dagboek verwijderd. Grenzen die haar beschermen, houden je eigen woorden ervoor. Dit kun je niet ongedaan maken.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>The need was not deleted</source>
        <translation>De behoefte is niet verwijderd</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Choose a new passphrase</source>
        <translation>Kies een nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <source>You opened your journal with your recovery code. If you have forgotten your passphrase, choose a new one now. Your recovery code keeps working.</source>
        <translation>Je hebt je dagboek geopend met je herstelcode. Ben je je wachtwoordzin vergeten? Kies dan nu een nieuwe. Je herstelcode blijft werken.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <source>Use this passphrase</source>
        <translation>Deze wachtwoordzin gebruiken</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Niet nu</translation>
    </message>
</context>
<context>
    <name>NothingOpen</name>
    <message>
        <source>Choose an entry on the left to read it again, or start a new one.</source>
        <translation>Kies links een notitie om die terug te lezen, of begin een nieuwe.</translation>
    </message>
    <message>
        <source>Write a new entry</source>
        <translation>Schrijf een nieuwe notitie</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Dagboek</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Verloop</translation>
    </message>
    <message>
        <source>Safe places</source>
        <translation>Veilige plekken</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Behoeften</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Veiligheidsplan</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Steunnetwerk</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Bespreeklijst</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Om te lezen</translation>
    </message>
    <message>
        <source>My path</source>
        <translation>Mijn weg</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation>Nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <source>Type it once more</source>
        <translation>Typ hem nog een keer</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Herhaal de wachtwoordzin</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Sterkte van de wachtwoordzin</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>Laat zien wat ik typ</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Laat de wachtwoordzin zien</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>Minstens %1 tekens.</translation>
    </message>
    <message>
        <source>Weak: this would be easy to guess.</source>
        <translation>Zwak: dit is makkelijk te raden.</translation>
    </message>
    <message>
        <source>Fair: longer would be safer.</source>
        <translation>Redelijk: langer is veiliger.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Goed.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Sterk.</translation>
    </message>
    <message>
        <source>Both are the same.</source>
        <translation>Ze komen overeen.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>De twee wachtwoordzinnen komen nog niet overeen.</translation>
    </message>
</context>
<context>
    <name>Path</name>
    <message>
        <source>Whenever it suits you, the next step is there for you.</source>
        <translation>Wanneer het je uitkomt, staat de volgende stap voor je klaar.</translation>
    </message>
    <message>
        <source>With the rhythm you chose, the next step could come around %1. There is no hurry.</source>
        <translation>Met het ritme dat je koos, kan de volgende stap rond %1 komen. Er is geen haast.</translation>
    </message>
</context>
<context>
    <name>PathPage</name>
    <message>
        <source>My path</source>
        <translation>Mijn weg</translation>
    </message>
    <message>
        <source>The first months after finding out can feel like too much at once. This path takes one theme at a time: something to read, a few questions to write about, and one small thing to do. Go at your own pace; you can skip a step, and come back to any of them later.</source>
        <translation>De eerste maanden nadat je het ontdekte, kan alles tegelijk te veel voelen. Deze weg neemt één thema tegelijk: iets om te lezen, een paar vragen om over te schrijven en één klein ding om te doen. Ga in je eigen tempo; je kunt een stap overslaan en later naar elke stap terugkomen.</translation>
    </message>
    <message>
        <source>Which path</source>
        <translation>Welke weg</translation>
    </message>
    <message>
        <source>For partners of someone with an addiction or who was unfaithful</source>
        <translation>Voor partners van iemand met een verslaving of die ontrouw was</translation>
    </message>
    <message>
        <source>For partners of someone who crossed sexual boundaries or is accused of it</source>
        <translation>Voor partners van iemand die seksueel over grenzen ging of ervan beschuldigd wordt</translation>
    </message>
    <message>
        <source>Rhythm</source>
        <translation>Ritme</translation>
    </message>
    <message>
        <source>No rhythm: whenever I am ready</source>
        <translation>Geen ritme: wanneer ik eraan toe ben</translation>
    </message>
    <message>
        <source>About one step a week</source>
        <translation>Ongeveer één stap per week</translation>
    </message>
    <message>
        <source>About one step every two weeks</source>
        <translation>Ongeveer één stap per twee weken</translation>
    </message>
    <message>
        <source>&amp;Path</source>
        <translation>&amp;Weg</translation>
    </message>
    <message>
        <source>&amp;Rhythm</source>
        <translation>&amp;Ritme</translation>
    </message>
    <message>
        <source>You walked every step. You can look back at them whenever you like.</source>
        <translation>Je hebt elke stap gezet. Je kunt er terugkijken wanneer je wilt.</translation>
    </message>
    <message>
        <source>%1 of %2 steps done.</source>
        <translation>%1 van %2 stappen gedaan.</translation>
    </message>
    <message>
        <source>My path, step %1 · %2</source>
        <translation>Mijn weg, stap %1 · %2</translation>
    </message>
</context>
<context>
    <name>PathTodayCard</name>
    <message>
        <source>Go to my path</source>
        <translation>Naar mijn weg</translation>
    </message>
    <message>
        <source>My path</source>
        <translation>Mijn weg</translation>
    </message>
    <message>
        <source>You walked every step of your path. You can look back at them whenever you like.</source>
        <translation>Je hebt elke stap van je weg gezet. Je kunt er terugkijken wanneer je wilt.</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3.</source>
        <translation>Stap %1 van %2: %3.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Map</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestands&amp;type:</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Haven recovery code</source>
        <translation>Herstelcode voor Haven</translation>
    </message>
    <message>
        <source>This code opens your journal if you forget your passphrase.</source>
        <translation>Met deze code open je je dagboek als je je wachtwoordzin vergeten bent.</translation>
    </message>
    <message>
        <source>Keep this page somewhere safe that only you can reach.</source>
        <translation>Bewaar dit papier op een veilige plek waar alleen jij bij kunt.</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Je herstelcode</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this code is the only way to open your journal. Write it down or print it, and keep it somewhere safe that only you can reach. It will not be shown again.</source>
        <translation>Als je ooit je wachtwoordzin vergeet, is deze code de enige manier om je dagboek te openen. Schrijf hem op of druk hem af, en bewaar hem op een veilige plek waar alleen jij bij kunt. Je ziet deze code maar één keer.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Herstelcode</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>Copy the recovery code</source>
        <translation>De herstelcode kopiëren</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>De herstelcode afdrukken</translation>
    </message>
    <message>
        <source>I have stored it</source>
        <translation>Ik heb hem bewaard</translation>
    </message>
    <message>
        <source>Close without storing?</source>
        <translation>Sluiten zonder te bewaren?</translation>
    </message>
    <message>
        <source>The recovery code will not be shown again.</source>
        <translation>Je ziet de herstelcode maar één keer.</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Toch sluiten</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Copied. Haven takes it off the clipboard again when you close this window.</source>
        <translation>Gekopieerd. Haven haalt hem weer van het klembord als je dit venster sluit.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Naar de printer gestuurd.</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>A moment for your check-in?</source>
        <translation>Even tijd om in te checken?</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Check-in invullen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Niet nu</translation>
    </message>
    <message>
        <source>Hide the reminder</source>
        <translation>De herinnering verbergen</translation>
    </message>
</context>
<context>
    <name>ReportCard</name>
    <message>
        <source>Seeing your therapist soon? Make a summary to take along.</source>
        <translation>Ga je binnenkort naar je therapeut? Maak een samenvatting om mee te nemen.</translation>
    </message>
    <message>
        <source>Make a summary…</source>
        <translation>Samenvatting maken…</translation>
    </message>
</context>
<context>
    <name>ReportChoices</name>
    <message>
        <source>The last week</source>
        <translation>De afgelopen week</translation>
    </message>
    <message>
        <source>The last month</source>
        <translation>De afgelopen maand</translation>
    </message>
    <message>
        <source>Since my last session</source>
        <translation>Sinds mijn laatste gesprek</translation>
    </message>
    <message>
        <source>Choose dates</source>
        <translation>Kies de data</translation>
    </message>
    <message>
        <source>No session yet: on the agenda, mark topics as discussed with the date of the session, and this period becomes available.</source>
        <translation>Nog geen gesprek bekend. Markeer op de bespreeklijst onderwerpen als besproken, met de datum van het gesprek; dan kun je deze periode kiezen.</translation>
    </message>
    <message>
        <source>From your session on {date} up to today.</source>
        <translation>Vanaf je gesprek op {date} tot en met vandaag.</translation>
    </message>
    <message>
        <source>Check-ins with charts</source>
        <translation>Check-ins met grafieken</translation>
    </message>
    <message>
        <source>Self-care and triggers</source>
        <translation>Zelfzorg en triggers</translation>
    </message>
    <message>
        <source>Boundaries and how they held</source>
        <translation>Grenzen en hoe ze standhielden</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Behoeften</translation>
    </message>
    <message>
        <source>Safe places</source>
        <translation>Veilige plekken</translation>
    </message>
    <message>
        <source>Support network</source>
        <translation>Steunnetwerk</translation>
    </message>
    <message>
        <source>Session agenda</source>
        <translation>Bespreeklijst</translation>
    </message>
    <message>
        <source>Where I am on my path</source>
        <translation>Waar ik sta op mijn weg</translation>
    </message>
    <message>
        <source>What happened: my timeline</source>
        <translation>Wat er gebeurde: mijn tijdlijn</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Notities uit je dagboek</translation>
    </message>
    <message>
        <source>Replace names by roles</source>
        <translation>Namen vervangen door rollen</translation>
    </message>
    <message>
        <source>The names of the people in your support network become roles such as &quot;Trusted person 1&quot; or &quot;Therapist&quot;, everywhere in the summary: also in your boundaries, topics and journal entries. Other names you wrote stay as they are, so check the preview.</source>
        <translation>De namen van de mensen in je steunnetwerk worden rollen, zoals &quot;Vertrouwenspersoon 1&quot; of &quot;Therapeut&quot;, overal in de samenvatting: ook in je grenzen, onderwerpen en notities. Andere namen die je schreef blijven staan, dus kijk de voorbeeldweergave even na.</translation>
    </message>
    <message>
        <source>With moods</source>
        <translation>Met stemming</translation>
    </message>
    <message>
        <source>With tags</source>
        <translation>Met labels</translation>
    </message>
    <message>
        <source>Entries in the summary</source>
        <translation>Notities in de samenvatting</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Niet verplicht</translation>
    </message>
    <message>
        <source>Your name or initials on the cover</source>
        <translation>Je naam of initialen op het voorblad</translation>
    </message>
    <message>
        <source>A password for the PDF (recommended)</source>
        <translation>Een wachtwoord voor de pdf (aangeraden)</translation>
    </message>
    <message>
        <source>Password for the PDF</source>
        <translation>Wachtwoord voor de pdf</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>Typ het wachtwoord nog eens</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Herhaal het wachtwoord</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>Sterkte van het wachtwoord</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>What goes in</source>
        <translation>Wat erin komt</translation>
    </message>
    <message>
        <source>Entries marked &quot;share with my therapist&quot; are ticked. Tick or untick any entry.</source>
        <translation>Notities die je met je therapeut wilt delen, zijn aangevinkt. Je kunt elke notitie aan- of uitvinken.</translation>
    </message>
    <message>
        <source>Protect the PDF</source>
        <translation>De pdf beveiligen</translation>
    </message>
    <message>
        <source>The entries could not be read.</source>
        <translation>De notities konden niet worden gelezen.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Preview of the summary</source>
        <translation>Voorbeeld van de samenvatting</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>De voorbeeldweergave wordt klaargemaakt…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Opslaan als pdf…</translation>
    </message>
    <message>
        <source>Save as Markdown…</source>
        <translation>Opslaan als Markdown…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Opslaan als pdf</translation>
    </message>
    <message>
        <source>A password for the PDF needs at least %1 characters, as your passphrase does.</source>
        <translation>Een wachtwoord voor de pdf heeft minstens %1 tekens nodig, net als je wachtwoordzin.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>De twee wachtwoorden komen niet overeen.</translation>
    </message>
    <message>
        <source>Save the PDF without a password?</source>
        <translation>De pdf zonder wachtwoord opslaan?</translation>
    </message>
    <message>
        <source>This PDF will have no password: anyone who finds the file can read it. We suggest you fill in a password first.</source>
        <translation>Deze pdf krijgt geen wachtwoord: iedereen die het bestand vindt, kan het lezen. We raden je aan eerst een wachtwoord in te vullen.</translation>
    </message>
    <message>
        <source>Save without a password</source>
        <translation>Opslaan zonder wachtwoord</translation>
    </message>
    <message>
        <source>Add a password</source>
        <translation>Wachtwoord toevoegen</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>De pdf wordt opgeslagen…</translation>
    </message>
    <message>
        <source>Save as Markdown, without a password?</source>
        <translation>Als Markdown opslaan, zonder wachtwoord?</translation>
    </message>
    <message>
        <source>The PDF is saved as %1.</source>
        <translation>De pdf is opgeslagen als %1.</translation>
    </message>
    <message>
        <source>Save as Markdown</source>
        <translation>Opslaan als Markdown</translation>
    </message>
    <message>
        <source>Replace %1?</source>
        <translation>%1 vervangen?</translation>
    </message>
    <message>
        <source>%1 already exists. If you replace it, the new summary takes its place.</source>
        <translation>%1 bestaat al. Als je het vervangt, komt de nieuwe samenvatting ervoor in de plaats.</translation>
    </message>
    <message>
        <source>Replace it</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>A Markdown file cannot have a password: anyone who finds it can read it. A PDF with a password is safer.</source>
        <translation>Een Markdown-bestand kan geen wachtwoord krijgen: iedereen die het vindt, kan het lezen. Een pdf met een wachtwoord is veiliger.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Toch opslaan</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Preparing the summary…</source>
        <translation>Even geduld…</translation>
    </message>
    <message>
        <source>There is not enough room on the disk for the PDF. Nothing was saved: make some room, or choose another place.</source>
        <translation>Er is niet genoeg ruimte op de schijf voor de pdf. Er is niets opgeslagen: maak wat ruimte vrij, of kies een andere plek.</translation>
    </message>
    <message>
        <source>The PDF cannot be saved in this place. Nothing was saved: please choose another folder.</source>
        <translation>De pdf kan op deze plek niet worden opgeslagen. Er is niets opgeslagen: kies een andere map.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Saving did not work</source>
        <translation>Opslaan is niet gelukt</translation>
    </message>
    <message>
        <source>The summary could not be made</source>
        <translation>De samenvatting kon niet worden gemaakt</translation>
    </message>
    <message>
        <source>The preview could not be made.</source>
        <translation>De voorbeeldweergave kon niet gemaakt worden.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>Pdf (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Een reservekopie terugzetten</translation>
    </message>
    <message>
        <source>The backup is restored into a new, empty folder. Nothing is overwritten: the journal you use now stays exactly as it is.</source>
        <translation>De reservekopie wordt in een nieuwe, lege map teruggezet. Er wordt niets overschreven: het dagboek dat je nu gebruikt, blijft precies zoals het is.</translation>
    </message>
    <message>
        <source>No backup chosen yet</source>
        <translation>Nog geen reservekopie gekozen</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Reservekopie</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Kies een reservekopie</translation>
    </message>
    <message>
        <source>The passphrase you had then</source>
        <translation>De wachtwoordzin die je toen had</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>I have the recovery code instead</source>
        <translation>Ik heb in plaats daarvan de herstelcode</translation>
    </message>
    <message>
        <source>Use the passphrase or recovery code that was valid when the backup was made.</source>
        <translation>Gebruik de wachtwoordzin of herstelcode die gold toen de reservekopie werd gemaakt.</translation>
    </message>
    <message>
        <source>No folder chosen yet</source>
        <translation>Nog geen map gekozen</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Nieuwe map</translation>
    </message>
    <message>
        <source>Choose a new, empty folder</source>
        <translation>Kies een nieuwe, lege map</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Bezig met terugzetten</translation>
    </message>
    <message>
        <source>Checking and restoring…</source>
        <translation>Controleren en terugzetten…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>&amp;Backup</source>
        <translation>&amp;Reservekopie</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Wachtwoordzin</translation>
    </message>
    <message>
        <source>&amp;New folder</source>
        <translation>&amp;Nieuwe map</translation>
    </message>
    <message>
        <source>Backups (*.bak)</source>
        <translation>Reservekopieën (*.bak)</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Kies een reservekopie</translation>
    </message>
    <message>
        <source>Backups (*.havenbackup *.bak)</source>
        <translation>Reservekopieën (*.havenbackup *.bak)</translation>
    </message>
    <message>
        <source>This is the folder of the journal you use now. Please choose a new, empty folder somewhere else.</source>
        <translation>Dit is de map van het dagboek dat je nu gebruikt. Kies een nieuwe, lege map ergens anders.</translation>
    </message>
    <message>
        <source>This folder is not empty. A backup is only restored into a new, empty folder, so that nothing is overwritten. Please choose or make an empty folder.</source>
        <translation>Deze map is niet leeg. Een reservekopie wordt alleen in een nieuwe, lege map teruggezet, zodat er niets wordt overschreven. Kies of maak een lege map.</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <source>For example 7KQ2-ABCD-…</source>
        <translation>Bijvoorbeeld 7KQ2-ABCD-…</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Herstelcode</translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation>&amp;Herstelcode</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Er is niets weggeschreven.</translation>
    </message>
    <message>
        <source>That recovery code does not open this backup.</source>
        <translation>Die herstelcode opent deze reservekopie niet.</translation>
    </message>
    <message>
        <source>That passphrase does not open this backup.</source>
        <translation>Die wachtwoordzin opent deze reservekopie niet.</translation>
    </message>
    <message>
        <source>Use the one that was valid when the backup was made.</source>
        <translation>Gebruik die van toen de reservekopie werd gemaakt.</translation>
    </message>
    <message>
        <source>This backup was made before there was a recovery code. Please use the passphrase you had then.</source>
        <translation>Deze reservekopie is gemaakt voordat er een herstelcode was. Gebruik de wachtwoordzin die je toen had.</translation>
    </message>
    <message>
        <source>This file is not a backup that can be restored, or it is incomplete or damaged. Please choose another backup.</source>
        <translation>Dit bestand is geen reservekopie die kan worden teruggezet, of het is onvolledig of beschadigd. Kies een andere reservekopie.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version. Please update the app to restore it.</source>
        <translation>Deze reservekopie is gemaakt door een nieuwere versie. Werk de app bij om hem terug te zetten.</translation>
    </message>
    <message>
        <source>The new folder is not empty any more. Please choose an empty folder.</source>
        <translation>De nieuwe map is niet meer leeg. Kies een lege map.</translation>
    </message>
    <message>
        <source>There is not enough room in the new folder for the restored journal. Make some room there or choose another place.</source>
        <translation>Er is niet genoeg ruimte in de nieuwe map voor het teruggezette dagboek. Maak daar wat ruimte vrij of kies een andere plek.</translation>
    </message>
</context>
<context>
    <name>SafePlace</name>
    <message>
        <source>This file is not a picture Haven can read. Please choose a photo (for example JPEG or PNG).</source>
        <translation>Dit bestand is geen afbeelding die Haven kan lezen. Kies een foto (bijvoorbeeld JPEG of PNG).</translation>
    </message>
    <message>
        <source>This picture is too large to import. Please choose a smaller one.</source>
        <translation>Deze afbeelding is te groot om te importeren. Kies een kleinere.</translation>
    </message>
    <message>
        <source>This picture seems to be damaged and cannot be read.</source>
        <translation>Deze afbeelding lijkt beschadigd en kan niet worden gelezen.</translation>
    </message>
</context>
<context>
    <name>SafePlaceCard</name>
    <message>
        <source>When it all gets too much, go to one of your safe places for a moment.</source>
        <translation>Als alles te veel wordt, ga dan even naar een van je veilige plekken.</translation>
    </message>
    <message>
        <source>Take me to a safe place</source>
        <translation>Breng me naar een veilige plek</translation>
    </message>
    <message>
        <source>A calm view with a breathing guide (Ctrl+Shift+S)</source>
        <translation>Een rustig beeld met een ademhalingsoefening (Ctrl+Shift+S)</translation>
    </message>
</context>
<context>
    <name>SafePlaceEditor</name>
    <message>
        <source>Kind of safe place</source>
        <translation>Soort veilige plek</translation>
    </message>
    <message>
        <source>Choose what kind of place it is</source>
        <translation>Kies wat voor plek het is</translation>
    </message>
    <message>
        <source>e.g. The green chair by the window</source>
        <translation>bijv. De groene stoel bij het raam</translation>
    </message>
    <message>
        <source>Name of the safe place</source>
        <translation>Naam van de veilige plek</translation>
    </message>
    <message>
        <source>Describe it in your own words: what you see, hear, smell, feel there.</source>
        <translation>Beschrijf het in je eigen woorden: wat je er ziet, hoort, ruikt en voelt.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>What does it do for you? e.g. My shoulders drop and I can breathe again.</source>
        <translation>Wat doet het met je? bijv. Mijn schouders zakken en ik kan weer ademen.</translation>
    </message>
    <message>
        <source>How it helps</source>
        <translation>Hoe het helpt</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favoriet</translation>
    </message>
    <message>
        <source>Mark as a favourite</source>
        <translation>Als favoriet markeren</translation>
    </message>
    <message>
        <source>Favourites come first in “Take me to a safe place”.</source>
        <translation>Favorieten komen eerst bij &quot;Breng me naar een veilige plek&quot;.</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Choose a photo…</source>
        <translation>Kies een foto…</translation>
    </message>
    <message>
        <source>Choose a photo for this safe place</source>
        <translation>Kies een foto voor deze veilige plek</translation>
    </message>
    <message>
        <source>Remove photo…</source>
        <translation>Foto weghalen…</translation>
    </message>
    <message>
        <source>Remove the photo</source>
        <translation>De foto weghalen</translation>
    </message>
    <message>
        <source>The photo is kept inside your locked journal, never as a separate file.</source>
        <translation>De foto wordt opgeslagen in je vergrendelde dagboek, nooit als apart bestand.</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Opslagstatus</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Delete this safe place</source>
        <translation>Deze veilige plek verwijderen</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschrijving</translation>
    </message>
    <message>
        <source>&amp;How it helps</source>
        <translation>&amp;Hoe het helpt</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <source>My safe place</source>
        <translation>Mijn veilige plek</translation>
    </message>
    <message>
        <source>Reading the photo…</source>
        <translation>De foto wordt gelezen…</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Geen foto</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Nog niet opgeslagen</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Kies een foto</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.webp *.bmp *.gif *.tif *.tiff);;All files (*)</source>
        <translation>Afbeeldingen (*.jpg *.jpeg *.png *.webp *.bmp *.gif *.tif *.tiff);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>The photo was not added</source>
        <translation>De foto is niet toegevoegd</translation>
    </message>
    <message>
        <source>Remove the photo?</source>
        <translation>De foto weghalen?</translation>
    </message>
    <message>
        <source>The photo will be removed from this safe place for good.</source>
        <translation>De foto wordt voorgoed van deze veilige plek verwijderd.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Weghalen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>The photo was not removed</source>
        <translation>De foto is niet weggehaald</translation>
    </message>
    <message>
        <source>Delete this safe place?</source>
        <translation>Deze veilige plek verwijderen?</translation>
    </message>
    <message>
        <source>This safe place and its photo will be removed for good. This cannot be undone.</source>
        <translation>Deze veilige plek en de foto worden voorgoed verwijderd. Dit kun je niet ongedaan maken.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>The safe place was not deleted</source>
        <translation>De veilige plek is niet verwijderd</translation>
    </message>
</context>
<context>
    <name>SafePlaceListModel</name>
    <message>
        <source>, favourite</source>
        <translation>, favoriet</translation>
    </message>
    <message>
        <source>The order was not changed</source>
        <translation>De volgorde is niet veranderd</translation>
    </message>
</context>
<context>
    <name>SafePlaceView</name>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Ademhaling</translation>
    </message>
    <message>
        <source>Another safe place</source>
        <translation>Een andere veilige plek</translation>
    </message>
    <message>
        <source>Add a safe place</source>
        <translation>Een veilige plek toevoegen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Close the safe place view</source>
        <translation>De veilige plek sluiten</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Sluiten (Esc)</translation>
    </message>
    <message>
        <source>Breathe with the circle</source>
        <translation>Adem mee met de cirkel</translation>
    </message>
    <message>
        <source>You have no safe places yet. When you are ready, add one: a person, a spot at home, a memory, a place you imagine.</source>
        <translation>Je hebt nog geen veilige plekken. Voeg er een toe wanneer je eraan toe bent: een persoon, een plek in huis, een herinnering, een plek in je verbeelding.</translation>
    </message>
    <message>
        <source>Breathe in… (4)</source>
        <translation>Adem in… (4)</translation>
    </message>
    <message>
        <source>Hold… (4)</source>
        <translation>Vasthouden… (4)</translation>
    </message>
    <message>
        <source>Breathe out… (6)</source>
        <translation>Adem uit… (6)</translation>
    </message>
</context>
<context>
    <name>SafePlacesPage</name>
    <message>
        <source>Safe places</source>
        <translation>Veilige plekken</translation>
    </message>
    <message>
        <source>Take me to a safe place</source>
        <translation>Breng me naar een veilige plek</translation>
    </message>
    <message>
        <source>A calm view of one of your safe places, with a breathing guide (Ctrl+Shift+S)</source>
        <translation>Een rustig beeld van een van je veilige plekken, met een ademhalingsoefening (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Your safe places</source>
        <translation>Je veilige plekken</translation>
    </message>
    <message>
        <source>Your safe places will appear here.</source>
        <translation>Hier komen je veilige plekken te staan.</translation>
    </message>
    <message>
        <source>Drag to change the order, or use Move up and Move down</source>
        <translation>Sleep om de volgorde te veranderen, of gebruik Omhoog en Omlaag</translation>
    </message>
    <message>
        <source>New safe place</source>
        <translation>Nieuwe veilige plek</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Move the safe place up</source>
        <translation>De veilige plek omhoog zetten</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Move the safe place down</source>
        <translation>De veilige plek omlaag zetten</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation>Omhoog (Ctrl+pijl omhoog)</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation>Omlaag (Ctrl+pijl omlaag)</translation>
    </message>
    <message>
        <source>A safe place is somewhere you can go when everything feels like too much: a person who listens, a chair at home, a good memory, a place you imagine, a photo that makes you glad, something you like to do.</source>
        <translation>Een veilige plek is waar je naartoe kunt als alles te veel voelt: iemand die luistert, een stoel in huis, een fijne herinnering, een plek in je verbeelding, een foto waar je blij van wordt, iets wat je graag doet.</translation>
    </message>
    <message>
        <source>Write down what it is like and how it helps you. In a hard moment, “Take me to a safe place” shows you one of them, with a slow breathing guide.</source>
        <translation>Schrijf op hoe het er is en hoe het je helpt. Op een zwaar moment laat &quot;Breng me naar een veilige plek&quot; je er een zien, met een rustige ademhalingsoefening.</translation>
    </message>
    <message>
        <source>Add a safe place</source>
        <translation>Een veilige plek toevoegen</translation>
    </message>
</context>
<context>
    <name>SafetyPage</name>
    <message>
        <source>Safety plan</source>
        <translation>Veiligheidsplan</translation>
    </message>
    <message>
        <source>Sometimes there is worry about someone&apos;s safety: your own, your children&apos;s, or someone else&apos;s. Writing it down can help you see it more clearly. This plan is yours; fill in only what fits, in your own words, and change it whenever you want.</source>
        <translation>Soms maak je je zorgen over iemands veiligheid: die van jezelf, van je kinderen of van iemand anders. Het opschrijven kan helpen om het helderder te zien. Dit plan is van jou; vul alleen in wat past, in je eigen woorden, en pas het aan wanneer je wilt.</translation>
    </message>
    <message>
        <source>Is there anyone whose safety worries you?</source>
        <translation>Is er iemand om wiens veiligheid je je zorgen maakt?</translation>
    </message>
    <message>
        <source>For example children, family or others. What do you notice, and what makes you uneasy?</source>
        <translation>Bijvoorbeeld kinderen, familie of anderen. Wat merk je op, en wat maakt je onrustig?</translation>
    </message>
    <message>
        <source>Which agreements help keep the home safe?</source>
        <translation>Welke afspraken helpen om het thuis veilig te houden?</translation>
    </message>
    <message>
        <source>What has been agreed, or what would you like to agree? Your boundaries page has examples for families.</source>
        <translation>Wat is er afgesproken, of wat zou je willen afspreken? Op de pagina Grenzen staan voorbeelden voor gezinnen.</translation>
    </message>
    <message>
        <source>Whom would I call?</source>
        <translation>Wie zou ik bellen?</translation>
    </message>
    <message>
        <source>Names and numbers of people or services you can reach quickly.</source>
        <translation>Namen en nummers van mensen of instanties die je snel kunt bereiken.</translation>
    </message>
    <message>
        <source>What will I do if there is danger right now?</source>
        <translation>Wat doe ik als er nu gevaar is?</translation>
    </message>
    <message>
        <source>Your own steps, for a moment when thinking is hard.</source>
        <translation>Je eigen stappen, voor een moment waarop nadenken moeilijk is.</translation>
    </message>
    <message>
        <source>Found sexual images of children? Read what to do, and what not to do yourself.</source>
        <translation>Seksuele beelden van kinderen gevonden? Lees wat je doet, en wat je beter niet zelf doet.</translation>
    </message>
    <message>
        <source>If you find sexual images of children</source>
        <translation>Als je seksuele beelden van kinderen vindt</translation>
    </message>
    <message>
        <source>Health: STI tests</source>
        <translation>Gezondheid: soa-testen</translation>
    </message>
    <message>
        <source>Getting tested is a way of looking after yourself. Here you can keep when and where you were tested, and when you would like to test again. No results are needed.</source>
        <translation>Je laten testen is een manier om voor jezelf te zorgen. Hier kun je bijhouden wanneer en waar je getest bent, en wanneer je opnieuw wilt testen. Uitslagen hoef je niet in te vullen.</translation>
    </message>
    <message>
        <source>My STI tests</source>
        <translation>Mijn soa-testen</translation>
    </message>
    <message>
        <source>Date of the test</source>
        <translation>Datum van de test</translation>
    </message>
    <message>
        <source>For example the GP, a sexual health clinic or a test centre</source>
        <translation>Bijvoorbeeld de huisarts, de GGD of een andere testplek</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Delete this test?</source>
        <translation>Deze test verwijderen?</translation>
    </message>
    <message>
        <source>Tested by</source>
        <translation>Getest door</translation>
    </message>
    <message>
        <source>Were you pressured or forced into something sexual yourself? Read where you can go.</source>
        <translation>Ben je zelf onder druk gezet of gedwongen tot iets seksueels? Lees waar je terechtkunt.</translation>
    </message>
    <message>
        <source>If you were pressured or forced</source>
        <translation>Als je onder druk gezet of gedwongen bent</translation>
    </message>
    <message>
        <source>Was your partner tested?</source>
        <translation>Is je partner getest?</translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <translation>Weet ik niet</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Remind me to test again on</source>
        <translation>Herinner me om opnieuw te testen op</translation>
    </message>
    <message>
        <source>Date for a follow-up test</source>
        <translation>Datum voor een nieuwe test</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Partner tested</source>
        <translation>Partner getest</translation>
    </message>
    <message>
        <source>Add test</source>
        <translation>Test toevoegen</translation>
    </message>
    <message>
        <source>Add this STI test</source>
        <translation>Deze soa-test toevoegen</translation>
    </message>
    <message>
        <source>New test</source>
        <translation>Nieuwe test</translation>
    </message>
    <message>
        <source>Write down another test</source>
        <translation>Nog een test noteren</translation>
    </message>
    <message>
        <source>It will be removed from your record for good. This cannot be undone.</source>
        <translation>Hij verdwijnt voorgoed uit je overzicht. Dit kun je niet ongedaan maken.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete the chosen test</source>
        <translation>De gekozen test verwijderen</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>My safety agreement: what I do at once if a child is touched sexually</source>
        <translation>Mijn veiligheidsafspraak: wat ik meteen doe als een kind seksueel wordt aangeraakt</translation>
    </message>
    <message>
        <source>If a child is touched sexually: write down what you do at once</source>
        <translation>Als een kind seksueel wordt aangeraakt: schrijf op wat je meteen doet</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Niet verwijderd</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Wijzigingen bewaren</translation>
    </message>
    <message>
        <source>Save the changes to this test</source>
        <translation>De wijzigingen aan deze test bewaren</translation>
    </message>
    <message>
        <source>partner tested</source>
        <translation>partner getest</translation>
    </message>
    <message>
        <source>partner not tested</source>
        <translation>partner niet getest</translation>
    </message>
    <message>
        <source>not known whether partner was tested</source>
        <translation>onbekend of partner getest is</translation>
    </message>
    <message>
        <source>test again on %1</source>
        <translation>opnieuw testen op %1</translation>
    </message>
    <message>
        <source>No tests written down yet.</source>
        <translation>Nog geen testen opgeschreven.</translation>
    </message>
</context>
<context>
    <name>ScaleRow</name>
    <message>
        <source>Use the arrow keys or type a number to choose; Delete clears.</source>
        <translation>Kies met de pijltjestoetsen of typ een getal; Delete maakt leeg.</translation>
    </message>
    <message>
        <source>not filled in</source>
        <translation>niet ingevuld</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>This is the demo journal: what you change here stays in the demo and is gone when you close it. Your own journal keeps its settings.</source>
        <translation>Dit is het voorbeelddagboek: wat je hier verandert, blijft in het voorbeeld en is weg zodra je het sluit. Je eigen dagboek houdt zijn instellingen.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nooit</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>Lock after this many minutes without use</source>
        <translation>Vergrendel na zoveel minuten zonder gebruik</translation>
    </message>
    <message>
        <source>Lock when the window is minimised</source>
        <translation>Vergrendel bij minimaliseren van het venster</translation>
    </message>
    <message>
        <source>Lock when the screen locks or the computer goes to sleep</source>
        <translation>Vergrendel bij schermvergrendeling of slaapstand</translation>
    </message>
    <message>
        <source>Quick exit shortcut</source>
        <translation>Sneltoets voor snel weg</translation>
    </message>
    <message>
        <source>Pressing Escape twice quickly works too, in the main window. An Escape that closes a window like this one, a menu or the safe-place view does not count, so closing things never quits Haven by accident; the shortcut works in every window.</source>
        <translation>Twee keer snel op Escape drukken werkt ook, in het hoofdvenster. Een Escape die een venster als dit, een menu of de veilige plek sluit, telt niet mee: zo sluit je Haven nooit per ongeluk af als je iets dichtdoet. De sneltoets werkt in elk venster.</translation>
    </message>
    <message>
        <source>After a quick exit, open this web page:</source>
        <translation>Open na snel weg deze webpagina:</translation>
    </message>
    <message>
        <source>Web page to open after a quick exit</source>
        <translation>Webpagina die na snel weg opengaat</translation>
    </message>
    <message>
        <source>Discreet mode: a neutral name and icon</source>
        <translation>Discrete modus: een neutrale naam en een neutraal icoon</translation>
    </message>
    <message>
        <source>Name and icon in discreet mode</source>
        <translation>Naam en icoon in de discrete modus</translation>
    </message>
    <message>
        <source>The window, the taskbar and the lock screen then show this name and icon; some task switchers show it only after the app has started again. Someone who searches this computer can still find out what this app really is.</source>
        <translation>Het venster, de taakbalk en het vergrendelscherm tonen dan deze naam en dit icoon; sommige taakwisselaars tonen hem pas nadat de app opnieuw is gestart. Wie deze computer doorzoekt, kan nog steeds ontdekken wat deze app echt is.</translation>
    </message>
    <message>
        <source>Add to the applications menu</source>
        <translation>Toevoegen aan het programmamenu</translation>
    </message>
    <message>
        <source>Passphrase and recovery code…</source>
        <translation>Wachtwoordzin en herstelcode…</translation>
    </message>
    <message>
        <source>Change your passphrase, make a new recovery code, or encrypt everything again with a new key.</source>
        <translation>Wijzig je wachtwoordzin, maak een nieuwe herstelcode of versleutel alles opnieuw met een nieuwe sleutel.</translation>
    </message>
    <message>
        <source>Open your journal first to change your passphrase or recovery code.</source>
        <translation>Open eerst je dagboek om je wachtwoordzin of herstelcode te wijzigen.</translation>
    </message>
    <message>
        <source>Import from another journal…</source>
        <translation>Importeren uit een ander dagboek…</translation>
    </message>
    <message>
        <source>Export your journal…</source>
        <translation>Je dagboek exporteren…</translation>
    </message>
    <message>
        <source>Bring in what you wrote in jrnl, Day One or Markdown files, or take everything with you.</source>
        <translation>Haal binnen wat je schreef in jrnl, Day One of Markdown-bestanden, of neem alles mee.</translation>
    </message>
    <message>
        <source>Open your journal first to import or export.</source>
        <translation>Open eerst je dagboek om te importeren of te exporteren.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Chosen for this time only, when Haven was started. Choose a language here to keep it from now on.</source>
        <translation>Alleen voor deze keer gekozen, bij het starten van Haven. Kies hier een taal om die voortaan te houden.</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <source>My &amp;situation…</source>
        <translation>Mijn &amp;situatie…</translation>
    </message>
    <message>
        <source>Which prompts, examples and helplines Haven shows first, and whether it includes faith. Kept inside your journal.</source>
        <translation>Welke schrijfvragen, voorbeelden en hulplijnen Haven als eerste laat zien, en of geloof erbij hoort. Dit staat in je dagboek zelf.</translation>
    </message>
    <message>
        <source>Open your journal to change this.</source>
        <translation>Open je dagboek om dit te veranderen.</translation>
    </message>
    <message>
        <source>Remind me to check in each day at</source>
        <translation>Herinner me elke dag aan mijn check-in om</translation>
    </message>
    <message>
        <source>Daily check-in reminder</source>
        <translation>Dagelijkse herinnering om in te checken</translation>
    </message>
    <message>
        <source>Only while Haven is open. The reminder says nothing about what is in your journal.</source>
        <translation>Alleen zolang Haven open is. De herinnering zegt niets over wat er in je dagboek staat.</translation>
    </message>
    <message>
        <source>Time of the reminder</source>
        <translation>Tijd van de herinnering</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Map voor reservekopieën</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Choose a backup folder</source>
        <translation>Kies een map voor reservekopieën</translation>
    </message>
    <message>
        <source>Journal folder</source>
        <translation>Dagboekmap</translation>
    </message>
    <message>
        <source>Keep backups in the journal folder</source>
        <translation>Bewaar reservekopieën in de map van je dagboek</translation>
    </message>
    <message>
        <source>Number of backups to keep</source>
        <translation>Aantal reservekopieën dat bewaard blijft</translation>
    </message>
    <message numerus="yes">
        <source> backups</source>
        <translation>
            <numerusform> kopie</numerusform>
            <numerusform> kopieën</numerusform>
        </translation>
    </message>
    <message>
        <source>Haven makes an encrypted backup once a day when you lock or close it. It opens only with the passphrase or recovery code you have at that moment. A USB stick that you keep yourself is a good place.</source>
        <translation>Haven maakt één keer per dag een versleutelde reservekopie als je vergrendelt of afsluit. Die gaat alleen open met de wachtwoordzin of herstelcode die je op dat moment hebt. Een USB-stick die je zelf bewaart, is een goede plek.</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Een reservekopie terugzetten…</translation>
    </message>
    <message>
        <source>Journal folder in use</source>
        <translation>Map van het dagboek dat je nu gebruikt</translation>
    </message>
    <message>
        <source>Shown once your journal is open</source>
        <translation>Zichtbaar zodra je dagboek open is</translation>
    </message>
    <message>
        <source>Open another journal…</source>
        <translation>Een ander dagboek openen…</translation>
    </message>
    <message>
        <source>For example a journal you restored from a backup. This one is locked first and stays as it is.</source>
        <translation>Bijvoorbeeld een dagboek dat je uit een reservekopie hebt teruggezet. Dit dagboek wordt eerst vergrendeld en blijft zoals het is.</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Map</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Lock &amp;after</source>
        <translation>Vergrendel &amp;na</translation>
    </message>
    <message>
        <source>&amp;Quick exit</source>
        <translation>&amp;Snel weg</translation>
    </message>
    <message>
        <source>&amp;Shown as</source>
        <translation>&amp;Tonen als</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>Import and export</source>
        <translation>Importeren en exporteren</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>&amp;Weergave</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Herinnering</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Reservekopieën</translation>
    </message>
    <message>
        <source>&amp;Keep the last</source>
        <translation>&amp;Bewaar de laatste</translation>
    </message>
    <message>
        <source>&amp;Journal folder</source>
        <translation>&amp;Dagboekmap</translation>
    </message>
    <message>
        <source>About…</source>
        <translation>Over…</translation>
    </message>
    <message>
        <source>Please give a web address that starts with https://.</source>
        <translation>Vul een webadres in dat begint met https://.</translation>
    </message>
    <message>
        <source>Applications menu</source>
        <translation>Programmamenu</translation>
    </message>
    <message>
        <source>Another program already has a launcher with this name, so none was added. Choose another name for discreet mode and try again.</source>
        <translation>Een ander programma heeft al een starter met deze naam, dus er is niets toegevoegd. Kies een andere naam voor de discrete modus en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>%1 is now in your applications menu.</source>
        <translation>%1 staat nu in je programmamenu.</translation>
    </message>
    <message>
        <source>Choose a folder for your backups</source>
        <translation>Kies een map voor je reservekopieën</translation>
    </message>
    <message>
        <source>In the journal folder</source>
        <translation>In je dagboekmap</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Help now</source>
        <translation>Direct hulp</translation>
    </message>
    <message>
        <source>Help now: emergency numbers and helplines</source>
        <translation>Direct hulp: noodnummers en hulplijnen</translation>
    </message>
    <message>
        <source>Emergency numbers and your safety plan</source>
        <translation>Noodnummers en je veiligheidsplan</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <source>Lock Haven</source>
        <translation>Haven vergrendelen</translation>
    </message>
    <message>
        <source>Lock your journal (Ctrl+L)</source>
        <translation>Vergrendel je dagboek (Ctrl+L)</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Snel weg</translation>
    </message>
    <message>
        <source>Quick exit: save and close now</source>
        <translation>Snel weg: nu opslaan en sluiten</translation>
    </message>
    <message>
        <source>Save and close at once (%1, or Escape twice)</source>
        <translation>Meteen opslaan en sluiten (%1, of twee keer Escape)</translation>
    </message>
    <message>
        <source>Save and close at once (Escape twice)</source>
        <translation>Meteen opslaan en sluiten (twee keer Escape)</translation>
    </message>
    <message>
        <source>Press Esc twice</source>
        <translation>Druk 2× op Esc</translation>
    </message>
</context>
<context>
    <name>SituationDialog</name>
    <message>
        <source>His porn or sex addiction, or unfaithfulness</source>
        <translation>Zijn porno- of seksverslaving, of ontrouw</translation>
    </message>
    <message>
        <source>He crossed sexual boundaries, or is accused of it</source>
        <translation>Hij ging seksueel over grenzen, of wordt ervan beschuldigd</translation>
    </message>
    <message>
        <source>I don&apos;t know yet</source>
        <translation>Ik weet het nog niet</translation>
    </message>
    <message>
        <source>Faith is a source of strength for me</source>
        <translation>Geloof is voor mij een bron van kracht</translation>
    </message>
    <message>
        <source>Adds writing prompts, self-care and needs about faith, and the article on faith.</source>
        <translation>Voegt schrijfvragen, zelfzorg en behoeften over geloof toe, en het artikel over geloof.</translation>
    </message>
    <message>
        <source>You can choose more than one, and change your answer at any time in the settings.</source>
        <translation>Je kunt meer dan één antwoord kiezen, en je antwoord altijd veranderen in de instellingen.</translation>
    </message>
    <message>
        <source>Save my answer</source>
        <translation>Mijn antwoord opslaan</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Voorlopig overslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>What fits your situation?</source>
        <translation>Wat past bij jouw situatie?</translation>
    </message>
    <message>
        <source>Haven uses your answer to choose which writing prompts, examples and helplines it shows you first. Only you can see it: it is kept inside your locked journal.</source>
        <translation>Haven gebruikt je antwoord om te kiezen welke schrijfvragen, voorbeelden en hulplijnen je als eerste ziet. Alleen jij kunt het zien: het staat in je vergrendelde dagboek.</translation>
    </message>
</context>
<context>
    <name>StepCard</name>
    <message>
        <source>Step %1 · %2</source>
        <translation>Stap %1 · %2</translation>
    </message>
    <message>
        <source>Write about this</source>
        <translation>Schrijf hierover</translation>
    </message>
    <message>
        <source>Write an entry about this prompt</source>
        <translation>Schrijf een notitie over deze vraag</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lezen</translation>
    </message>
    <message>
        <source>Read the article of this step</source>
        <translation>Lees de tekst bij deze stap</translation>
    </message>
    <message>
        <source>Do the exercise</source>
        <translation>Doe de oefening</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Markeer als gedaan</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Voorlopig overslaan</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>Weer openzetten</translation>
    </message>
    <message>
        <source>Make this step open again</source>
        <translation>Zet deze stap weer open</translation>
    </message>
    <message>
        <source>What I did</source>
        <translation>Wat ik deed</translation>
    </message>
    <message>
        <source>Open what I made in this step</source>
        <translation>Open wat ik bij deze stap maakte</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>Gedaan op %1</translation>
    </message>
    <message>
        <source>Skipped on %1. You can come back to it whenever you like.</source>
        <translation>Overgeslagen op %1. Je kunt erop terugkomen wanneer je wilt.</translation>
    </message>
    <message>
        <source>You have begun this step.</source>
        <translation>Je bent aan deze stap begonnen.</translation>
    </message>
    <message>
        <source>Your step for now</source>
        <translation>Jouw stap voor nu</translation>
    </message>
    <message>
        <source>Still to come</source>
        <translation>Komt nog</translation>
    </message>
</context>
<context>
    <name>StiFollowUpCard</name>
    <message>
        <source>A follow-up test</source>
        <translation>Een nieuwe soa-test</translation>
    </message>
    <message>
        <source>Open my test record</source>
        <translation>Mijn soa-testen openen</translation>
    </message>
    <message>
        <source>You planned a follow-up test for %1. Whenever it suits you, you can make an appointment; when you have been tested, write it down in your record.</source>
        <translation>Je had een nieuwe test gepland voor %1. Als het je uitkomt, kun je een afspraak maken; ben je getest, dan kun je dat bij je soa-testen noteren.</translation>
    </message>
</context>
<context>
    <name>SupportPage</name>
    <message>
        <source>You do not have to carry this alone. Who can you turn to: someone who listens without judging, others who go through something similar, a professional? You decide whose advice counts for you.</source>
        <translation>Je hoeft dit niet alleen te dragen. Bij wie kun je terecht: iemand die luistert zonder te oordelen, anderen die iets vergelijkbaars meemaken, een hulpverlener? Jij bepaalt wiens advies voor jou telt.</translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation>Iemand toevoegen</translation>
    </message>
    <message>
        <source>Add a person or group</source>
        <translation>Een persoon of groep toevoegen</translation>
    </message>
    <message>
        <source>My people</source>
        <translation>Mijn mensen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>A name, or the name of a group</source>
        <translation>Een naam, of de naam van een groep</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>Zo bereik je ze</translation>
    </message>
    <message>
        <source>Phone, e-mail, address, meeting times</source>
        <translation>Telefoon, e-mail, adres, tijden van bijeenkomsten</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Aantekeningen</translation>
    </message>
    <message>
        <source>I allow this person to advise me</source>
        <translation>Ik sta deze persoon toe mij te adviseren</translation>
    </message>
    <message>
        <source>Not everyone who means well needs to have a say. Choosing whose advice you take is a way of protecting yourself.</source>
        <translation>Niet iedereen die het goed bedoelt, hoeft mee te praten. Kiezen wiens advies je aanneemt, is een manier om jezelf te beschermen.</translation>
    </message>
    <message>
        <source>Add to my list</source>
        <translation>Aan mijn lijst toevoegen</translation>
    </message>
    <message>
        <source>Add this person to my list</source>
        <translation>Deze persoon aan mijn lijst toevoegen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>They will be removed from your support network for good. This cannot be undone.</source>
        <translation>Deze persoon verdwijnt voorgoed uit je steunnetwerk. Dit kun je niet ongedaan maken.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete this person</source>
        <translation>Deze persoon verwijderen</translation>
    </message>
    <message>
        <source>may advise me</source>
        <translation>mag mij adviseren</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Nederland</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>België</translation>
    </message>
    <message>
        <source>Give a name, and it will be saved.</source>
        <translation>Vul een naam in, dan wordt het opgeslagen.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Not in your list yet: press &quot;Add to my list&quot;.</source>
        <translation>Nog niet in je lijst: klik op &quot;Aan mijn lijst toevoegen&quot;.</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Steunnetwerk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Built-in helplines&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ingebouwde hulplijnen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>These come with the app. Untick a line to hide it in Help now; emergency numbers are always shown.</source>
        <translation>Deze horen bij de app. Vink een hulplijn uit als je die niet in Direct hulp wilt zien; noodnummers staan er altijd.</translation>
    </message>
    <message>
        <source>Built-in helplines</source>
        <translation>Ingebouwde hulplijnen</translation>
    </message>
    <message>
        <source>Added to your list</source>
        <translation>Toegevoegd aan je lijst</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <source>This person is named under &quot;Who supports me&quot; in one or more of your boundaries. Only that link goes; what you wrote there yourself stays.</source>
        <translation>Deze persoon staat bij een of meer van je grenzen onder &quot;Wie mij steunt&quot;. Alleen die koppeling verdwijnt; wat je daar zelf schreef, blijft staan.</translation>
    </message>
    <message>
        <source>Delete this person?</source>
        <translation>Deze persoon verwijderen?</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Niet verwijderd</translation>
    </message>
    <message>
        <source>Nobody here yet. Add someone you trust: a friend, a group, a counsellor.</source>
        <translation>Nog niemand. Voeg iemand toe die je vertrouwt: een vriendin, een groep, een hulpverlener.</translation>
    </message>
</context>
<context>
    <name>TimelineFilters</name>
    <message>
        <source>Which kinds of things to show</source>
        <translation>Welke soorten dingen je wilt zien</translation>
    </message>
    <message>
        <source>Show by</source>
        <translation>Toon per</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>Per jaar</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Per maand</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Per dag</translation>
    </message>
    <message>
        <source>All the time</source>
        <translation>De hele tijd</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <source>Show the whole timeline again</source>
        <translation>Toon weer de hele tijdlijn</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <source>Milestones in my journal</source>
        <translation>Mijlpalen in mijn dagboek</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>Boundaries crossed</source>
        <translation>Overschreden grenzen</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Behoeften</translation>
    </message>
    <message>
        <source>STI tests</source>
        <translation>Soa-tests</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <source>Very hard and very good days</source>
        <translation>Heel zware en heel goede dagen</translation>
    </message>
    <message>
        <source>Show: all</source>
        <translation>Toon: alles</translation>
    </message>
    <message>
        <source>Show: %1 of %2</source>
        <translation>Toon: %1 van %2</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <source>When you have been lied to, it is easy to start doubting your own memory. Here you can write down what happened and how you know it, and see it beside what you already noted in Haven. A date can be as rough as you remember it.</source>
        <translation>Als er tegen je gelogen is, ga je al snel aan je eigen geheugen twijfelen. Hier kun je opschrijven wat er gebeurde en hoe je het weet, en het zien naast wat je al in Haven bijhield. Een datum mag zo vaag zijn als je hem nog weet.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>Nothing on your timeline here yet. You can add something that happened, or mark a journal entry as a milestone.</source>
        <translation>Hier staat nog niets op je tijdlijn. Je kunt iets toevoegen wat er gebeurde, of een notitie in je dagboek als mijlpaal markeren.</translation>
    </message>
    <message>
        <source>Add what happened</source>
        <translation>Voeg toe wat er gebeurde</translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <translation>Wat er gebeurde, in een paar woorden</translation>
    </message>
    <message>
        <source>How exact the date is</source>
        <translation>Hoe precies de datum is</translation>
    </message>
    <message>
        <source>On this day</source>
        <translation>Op deze dag</translation>
    </message>
    <message>
        <source>Around this day</source>
        <translation>Rond deze dag</translation>
    </message>
    <message>
        <source>In this month</source>
        <translation>In deze maand</translation>
    </message>
    <message>
        <source>In this season</source>
        <translation>In dit seizoen</translation>
    </message>
    <message>
        <source>In this year</source>
        <translation>In dit jaar</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>The date in your own words</source>
        <translation>De datum in je eigen woorden</translation>
    </message>
    <message>
        <source>In your words: &quot;around Christmas&quot;</source>
        <translation>In je woorden: &quot;rond kerst&quot;</translation>
    </message>
    <message>
        <source>How I know it</source>
        <translation>Hoe ik het weet</translation>
    </message>
    <message>
        <source>Choose how you know it</source>
        <translation>Kies hoe je het weet</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Aantekening</translation>
    </message>
    <message>
        <source>A note, if you like: what you felt, what you still wonder</source>
        <translation>Een aantekening, als je wilt: wat je voelde, wat je je nog afvraagt</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Save what happened</source>
        <translation>Bewaar wat er gebeurde</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Delete this from the timeline</source>
        <translation>Verwijder dit van de tijdlijn</translation>
    </message>
    <message>
        <source>Throw away…</source>
        <translation>Weggooien…</translation>
    </message>
    <message>
        <source>Throw away what you started</source>
        <translation>Gooi weg waar je aan begonnen bent</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>&amp;How I know it</source>
        <translation>&amp;Hoe ik het weet</translation>
    </message>
    <message>
        <source>Kept as a draft: write what happened to add it</source>
        <translation>Bewaard als concept: schrijf wat er gebeurde om het toe te voegen</translation>
    </message>
    <message>
        <source>Kept as a draft: choose how you know it to add it</source>
        <translation>Bewaard als concept: kies hoe je het weet om het toe te voegen</translation>
    </message>
    <message>
        <source>Kept as a draft: save it to add it</source>
        <translation>Bewaard als concept: sla het op om het toe te voegen</translation>
    </message>
    <message>
        <source>What you wrote about it, and how you know it, will be removed from your timeline for good. This cannot be undone.</source>
        <translation>Wat je erover schreef, en hoe je het weet, verdwijnt voorgoed van je tijdlijn. Dit kun je niet ongedaan maken.</translation>
    </message>
    <message>
        <source>Throw away what you started?</source>
        <translation>Weggooien waar je aan begonnen bent?</translation>
    </message>
    <message>
        <source>What you wrote here is not on your timeline yet. It will be gone for good. This cannot be undone.</source>
        <translation>Wat je hier schreef, staat nog niet op je tijdlijn. Het verdwijnt voorgoed. Dit kun je niet ongedaan maken.</translation>
    </message>
    <message>
        <source>Throw away</source>
        <translation>Weggooien</translation>
    </message>
    <message>
        <source>Keep writing</source>
        <translation>Verder schrijven</translation>
    </message>
    <message>
        <source>It could not be thrown away</source>
        <translation>Het kon niet worden weggegooid</translation>
    </message>
    <message>
        <source>Choose how you know it first. If you no longer know for sure, choose &quot;%1&quot;.</source>
        <translation>Kies eerst hoe je het weet. Weet je het niet meer zeker, kies dan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Write a few words about what happened first.</source>
        <translation>Schrijf eerst in een paar woorden wat er gebeurde.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <source>Shown as: %1</source>
        <translation>Wordt getoond als: %1</translation>
    </message>
    <message>
        <source>Delete this from your timeline?</source>
        <translation>Dit van je tijdlijn verwijderen?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>It could not be deleted</source>
        <translation>Het kon niet worden verwijderd</translation>
    </message>
</context>
<context>
    <name>TimelineWords</name>
    <message>
        <source>Around %1</source>
        <translation>Rond %1</translation>
    </message>
    <message>
        <source>Spring %1</source>
        <translation>Voorjaar %1</translation>
    </message>
    <message>
        <source>Summer %1</source>
        <translation>Zomer %1</translation>
    </message>
    <message>
        <source>Autumn %1</source>
        <translation>Najaar %1</translation>
    </message>
    <message>
        <source>Winter %1</source>
        <translation>Winter %1</translation>
    </message>
    <message>
        <source>An entry without a title</source>
        <translation>Een notitie zonder titel</translation>
    </message>
    <message>
        <source>%1 · Milestone in my journal</source>
        <translation>%1 · Mijlpaal in mijn dagboek</translation>
    </message>
    <message>
        <source>Made a safety agreement: %1</source>
        <translation>Veiligheidsafspraak gemaakt: %1</translation>
    </message>
    <message>
        <source>%1 · Boundary: %2</source>
        <translation>%1 · Grens: %2</translation>
    </message>
    <message>
        <source>%1 · Crossed · %2</source>
        <translation>%1 · Overschreden · %2</translation>
    </message>
    <message>
        <source>%1 · Need: %2</source>
        <translation>%1 · Behoefte: %2</translation>
    </message>
    <message>
        <source>STI test</source>
        <translation>Soa-test</translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation>Gesprek: %1</translation>
    </message>
    <message>
        <source>A very hard day</source>
        <translation>Een heel zware dag</translation>
    </message>
    <message>
        <source>A very good day</source>
        <translation>Een heel goede dag</translation>
    </message>
    <message>
        <source>%1 · Check-in, mood %2 of 10</source>
        <translation>%1 · Check-in, stemming %2 van 10</translation>
    </message>
    <message numerus="yes">
        <source>%n things</source>
        <translation>
            <numerusform>%n ding</numerusform>
            <numerusform>%n dingen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>How are you today? There is room here for whatever is on your mind.</source>
        <translation>Hoe gaat het vandaag met je? Hier is ruimte voor alles wat je bezighoudt.</translation>
    </message>
    <message>
        <source>Continue today&apos;s entry</source>
        <translation>Verder schrijven aan je notitie van vandaag</translation>
    </message>
    <message>
        <source>Write today&apos;s entry</source>
        <translation>Schrijf over vandaag</translation>
    </message>
    <message>
        <source>Opens what you wrote today, or a new entry</source>
        <translation>Opent wat je vandaag schreef, of een nieuwe notitie</translation>
    </message>
    <message>
        <source>Something to write about</source>
        <translation>Iets om over te schrijven</translation>
    </message>
    <message>
        <source>Writing prompt</source>
        <translation>Schrijfvraag</translation>
    </message>
    <message>
        <source>Another prompt</source>
        <translation>Andere vraag</translation>
    </message>
    <message>
        <source>Show another writing prompt</source>
        <translation>Toon een andere schrijfvraag</translation>
    </message>
    <message>
        <source>Write about this</source>
        <translation>Schrijf hierover</translation>
    </message>
    <message>
        <source>Write an entry about this prompt</source>
        <translation>Schrijf een notitie over deze vraag</translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation>Goedemorgen</translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation>Goedemiddag</translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation>Goedenavond</translation>
    </message>
    <message>
        <source>Hello, night owl</source>
        <translation>Hallo</translation>
    </message>
</context>
<context>
    <name>TrendsPage</name>
    <message>
        <source>Trends</source>
        <translation>Verloop</translation>
    </message>
    <message>
        <source>How your check-ins have been going. Days without a check-in are simply left open.</source>
        <translation>Hoe je check-ins verlopen. Dagen zonder check-in blijven gewoon open.</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 dagen</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 dagen</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 dagen</translation>
    </message>
    <message>
        <source>A year</source>
        <translation>Een jaar</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 tonen</translation>
    </message>
    <message>
        <source>What helped (days)</source>
        <translation>Wat hielp (dagen)</translation>
    </message>
    <message>
        <source>Triggers met most often</source>
        <translation>Triggers die je het vaakst tegenkwam</translation>
    </message>
    <message numerus="yes">
        <source>Check-ins on %n days in this period.</source>
        <translation>
            <numerusform>Check-ins op %n dag in deze periode.</numerusform>
            <numerusform>Check-ins op %n dagen in deze periode.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dots: each day. Line: the average of the last %n days.</source>
        <translation>
            <numerusform>Stippen: elke dag. Lijn: het gemiddelde van de laatste %n dag.</numerusform>
            <numerusform>Stippen: elke dag. Lijn: het gemiddelde van de laatste %n dagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No check-ins in this period yet. The charts fill in as you check in.</source>
        <translation>Nog geen check-ins in deze periode. De grafieken vullen zich als je je check-ins invult.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Haven</source>
        <translation>Haven</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Welkom terug</translation>
    </message>
    <message>
        <source>Locked. Only you can open it.</source>
        <translation>Vergrendeld. Alleen jij kunt het openen.</translation>
    </message>
    <message>
        <source>Your journal is locked. Only you can open it.</source>
        <translation>Je dagboek is vergrendeld. Alleen jij kunt het openen.</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>Laat zien wat ik typ</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Bezig met openen</translation>
    </message>
    <message>
        <source>Opening your journal</source>
        <translation>Je dagboek wordt geopend</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Bezig met openen…</translation>
    </message>
    <message>
        <source>Opening your journal…</source>
        <translation>Je dagboek wordt geopend…</translation>
    </message>
    <message>
        <source>The passphrase of this example is: %1</source>
        <translation>De wachtwoordzin van dit voorbeeld is: %1</translation>
    </message>
    <message>
        <source>This is a demo journal. Its passphrase is: %1</source>
        <translation>Dit is een voorbeelddagboek. De wachtwoordzin is: %1</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Een reservekopie terugzetten…</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n s</source>
        <translation>
            <numerusform>Nog %n seconde</numerusform>
            <numerusform>Nog %n seconden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n seconds</source>
        <translation>
            <numerusform>Je kunt het over %n seconde opnieuw proberen</numerusform>
            <numerusform>Je kunt het over %n seconden opnieuw proberen</numerusform>
        </translation>
    </message>
    <message>
        <source>That recovery code is not right. Please check it and try again.</source>
        <translation>Die herstelcode klopt niet. Kijk hem nog even na en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>That passphrase is not right. Please check it and try again.</source>
        <translation>Die wachtwoordzin klopt niet. Kijk hem nog even na en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>That recovery code did not open your journal. Please check it and try again.</source>
        <translation>Met die herstelcode ging je dagboek niet open. Kijk hem nog even na en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>That passphrase did not open your journal. Please check it and try again.</source>
        <translation>Met die wachtwoordzin ging je dagboek niet open. Kijk hem nog even na en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Herstelcode</translation>
    </message>
    <message>
        <source>For example 7KQ2-ABCD-…</source>
        <translation>Bijvoorbeeld 7KQ2-ABCD-…</translation>
    </message>
    <message>
        <source>Use my passphrase instead</source>
        <translation>Toch mijn wachtwoordzin gebruiken</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Je wachtwoordzin</translation>
    </message>
    <message>
        <source>Use my recovery code instead</source>
        <translation>Mijn herstelcode gebruiken</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Haven</source>
        <translation>Haven</translation>
    </message>
    <message>
        <source>Welcome to Haven</source>
        <translation>Welkom bij Haven</translation>
    </message>
    <message>
        <source>Haven keeps your journal encrypted on this computer, so nobody can read it without your passphrase, not even someone who uses this computer too. If you forget your passphrase, only the recovery code you will get in a moment can open your journal again.</source>
        <translation>Haven bewaart je dagboek versleuteld op deze computer, zodat niemand het kan lezen zonder je wachtwoordzin, ook niet iemand met wie je de computer deelt. Als je je wachtwoordzin vergeet, kan alleen de herstelcode die je zo krijgt je dagboek weer openen.</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Kies een wachtwoordzin</translation>
    </message>
    <message>
        <source>Tip: a few words that only you would put together are easy to remember and hard to guess.</source>
        <translation>Tip: een paar woorden die alleen jij zo zou combineren, zijn makkelijk te onthouden en moeilijk te raden.</translation>
    </message>
    <message>
        <source>Create my journal</source>
        <translation>Maak mijn dagboek</translation>
    </message>
    <message>
        <source>Creating your journal</source>
        <translation>Je dagboek wordt gemaakt</translation>
    </message>
    <message>
        <source>Creating your journal…</source>
        <translation>Je dagboek wordt gemaakt…</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Je wachtwoordzin</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
</context>
<context>
    <name>WindowBackups</name>
    <message>
        <source>The older automatic backups were replaced by a fresh one without it.</source>
        <translation>De oudere automatische reservekopieën zijn vervangen door een nieuwe zonder de notitie.</translation>
    </message>
    <message>
        <source>The backups were not changed</source>
        <translation>De reservekopieën zijn niet veranderd</translation>
    </message>
    <message>
        <source>The entry is deleted from your journal; older backups still hold it.</source>
        <translation>De notitie is uit je dagboek verwijderd; oudere reservekopieën bevatten haar nog.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Reservekopieën</translation>
    </message>
    <message>
        <source>Your journal has changed for more than a day since its last backup: the daily backups have been failing or are missing. Your journal itself is fine. Check the backup folder in Settings; a backup is made when you lock or close.</source>
        <translation>Je dagboek is al meer dan een dag veranderd sinds de laatste reservekopie: de dagelijkse reservekopieën mislukken of ontbreken. Met je dagboek zelf is niets mis. Kijk bij Instellingen naar de map voor reservekopieën; er wordt een reservekopie gemaakt als je vergrendelt of afsluit.</translation>
    </message>
    <message>
        <source>These files in the backup folder have a backup&apos;s name but are not whole backups. They are not counted and left alone:
%1</source>
        <translation>Deze bestanden in de map voor reservekopieën hebben de naam van een reservekopie, maar zijn geen volledige reservekopie. Ze tellen niet mee en blijven onaangeroerd:
%1</translation>
    </message>
</context>
<context>
    <name>Worksheet</name>
    <message>
        <source>Not answered yet</source>
        <translation>Nog niet beantwoord</translation>
    </message>
    <message>
        <source>Not crossed</source>
        <translation>Niet overschreden</translation>
    </message>
    <message>
        <source>Crossed once</source>
        <translation>Eén keer overschreden</translation>
    </message>
    <message>
        <source>Crossed %1 times</source>
        <translation>%1 keer overschreden</translation>
    </message>
    <message>
        <source>consequence followed once</source>
        <translation>gevolg één keer uitgevoerd</translation>
    </message>
    <message>
        <source>consequence followed %1 times</source>
        <translation>gevolg %1 keer uitgevoerd</translation>
    </message>
    <message>
        <source>What it protects</source>
        <translation>Wat het beschermt</translation>
    </message>
    <message>
        <source>The need it protects</source>
        <translation>De behoefte die deze grens beschermt</translation>
    </message>
    <message>
        <source>What I do at once</source>
        <translation>Wat ik meteen doe</translation>
    </message>
    <message>
        <source>What I do if it is crossed</source>
        <translation>Wat ik doe als de grens wordt overschreden</translation>
    </message>
    <message>
        <source>Am I willing and able to carry this out?</source>
        <translation>Wil en kan ik dit echt uitvoeren?</translation>
    </message>
    <message>
        <source>Who supports me</source>
        <translation>Wie mij steunt</translation>
    </message>
    <message>
        <source>Where I am with it</source>
        <translation>Waar ik nu sta</translation>
    </message>
    <message>
        <source>Look at it again on</source>
        <translation>Opnieuw bekijken op</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Aantekeningen</translation>
    </message>
</context>
<context>
    <name>WorksheetHitModel</name>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Grens</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Behoefte</translation>
    </message>
</context>
<context>
    <name>_ListEditor</name>
    <message>
        <source>Rename</source>
        <translation>Hernoemen</translation>
    </message>
    <message>
        <source>Stop showing</source>
        <translation>Niet meer tonen</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>%1 (not shown)</source>
        <translation>%1 (niet getoond)</translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Weer tonen</translation>
    </message>
</context>
<context>
    <name>_NewFolderDialog</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>De map %1 bestaat niet.</translation>
    </message>
    <message>
        <source>A new folder can only be made inside a folder that is already there. Please check the name you typed, or choose a folder in the list.</source>
        <translation>Een nieuwe map kan alleen worden gemaakt in een map die er al is. Kijk de naam die je hebt getypt nog eens na, of kies een map in de lijst.</translation>
    </message>
</context>
</TS>
