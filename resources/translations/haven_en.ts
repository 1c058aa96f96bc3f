<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>BoundaryCard</name>
    <message numerus="yes">
        <source>partly %n times</source>
        <translation>
            <numerusform>partly once</numerusform>
            <numerusform>partly %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Earlier versions (%n)</source>
        <translation>
            <numerusform>Earlier version (%n)</numerusform>
            <numerusform>Earlier versions (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other records (check-ins, safe places and the like)</source>
        <translation>
            <numerusform>%n other record (check-ins, safe places and the like)</numerusform>
            <numerusform>%n other records (check-ins, safe places and the like)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1.</source>
        <translation>
            <numerusform>%n entry exported to %1.</numerusform>
            <numerusform>%n entries exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n entries imported.</source>
        <translation>
            <numerusform>%n entry imported.</numerusform>
            <numerusform>%n entries imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already in your journal and were skipped.</source>
        <translation>
            <numerusform>%n was already in your journal and was skipped.</numerusform>
            <numerusform>%n were already in your journal and were skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also %n other records (check-ins, safe places, needs, boundaries, support, safety plan, session topics).</source>
        <translation>
            <numerusform>Also %n other record (a check-in, safe place, need, boundary, support person, safety plan or session topic).</numerusform>
            <numerusform>Also %n other records (check-ins, safe places, needs, boundaries, support, safety plan, session topics).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photos came along with their entries.</source>
        <translation>
            <numerusform>%n photo came along with its entry.</numerusform>
            <numerusform>%n photos came along with their entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photos could not come along: they are not in the export, or they are not JPEG or PNG pictures.</source>
        <translation>
            <numerusform>%n photo could not come along: it is not in the export, or it is not a JPEG or PNG picture.</numerusform>
            <numerusform>%n photos could not come along: they are not in the export, or they are not JPEG or PNG pictures.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries that were already in your journal got their photos.</source>
        <translation>
            <numerusform>%n entry that was already in your journal got its photos.</numerusform>
            <numerusform>%n entries that were already in your journal got their photos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins imported.</source>
        <translation>
            <numerusform>%n check-in imported.</numerusform>
            <numerusform>%n check-ins imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins were already in your journal and were skipped.</source>
        <translation>
            <numerusform>%n check-in was already in your journal and was skipped.</numerusform>
            <numerusform>%n check-ins were already in your journal and were skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries had no date of their own.</source>
        <translation>
            <numerusform>%n entry had no date of its own.</numerusform>
            <numerusform>%n entries had no date of their own.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files without a date were left out.</source>
        <translation>
            <numerusform>%n file without a date was left out.</numerusform>
            <numerusform>%n files without a date were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files could not be read and were not imported:</source>
        <translation>
            <numerusform>%n file could not be read and was not imported:</numerusform>
            <numerusform>%n files could not be read and were not imported:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n videos</source>
        <translation>
            <numerusform>%n video</numerusform>
            <numerusform>%n videos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audio recordings</source>
        <translation>
            <numerusform>%n audio recording</numerusform>
            <numerusform>%n audio recordings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PDF files</source>
        <translation>
            <numerusform>%n PDF file</numerusform>
            <numerusform>%n PDF files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sketches</source>
        <translation>
            <numerusform>%n sketch</numerusform>
            <numerusform>%n sketches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moods that do not fit Haven&apos;s scale are kept as a line of text in the entry.</source>
        <translation>
            <numerusform>%n mood that does not fit Haven&apos;s scale is kept as a line of text in the entry.</numerusform>
            <numerusform>%n moods that do not fit Haven&apos;s scale are kept as a line of text in the entry.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries found.</source>
        <translation>
            <numerusform>%n entry found.</numerusform>
            <numerusform>%n entries found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n are already in your journal and will be skipped.</source>
        <translation>
            <numerusform>%n is already in your journal and will be skipped.</numerusform>
            <numerusform>%n are already in your journal and will be skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also %n other records (check-ins, safe places, needs, boundaries, support, safety plan, session topics); those already in your journal are skipped.</source>
        <translation>
            <numerusform>Also %n other record (a check-in, safe place, need, boundary, support person, safety plan or session topic); if it is already in your journal, it is skipped.</numerusform>
            <numerusform>Also %n other records (check-ins, safe places, needs, boundaries, support, safety plan, session topics); those already in your journal are skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photos cannot come along: they are not in the export, or they are not JPEG or PNG pictures. Everything else is imported.</source>
        <translation>
            <numerusform>%n photo cannot come along: it is not in the export, or it is not a JPEG or PNG picture. Everything else is imported.</numerusform>
            <numerusform>%n photos cannot come along: they are not in the export, or they are not JPEG or PNG pictures. Everything else is imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photos come along with their entries.</source>
        <translation>
            <numerusform>%n photo comes along with its entry.</numerusform>
            <numerusform>%n photos come along with their entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries already in your journal will get their photos.</source>
        <translation>
            <numerusform>%n entry already in your journal will get its photos.</numerusform>
            <numerusform>%n entries already in your journal will get their photos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins found.</source>
        <translation>
            <numerusform>%n check-in found.</numerusform>
            <numerusform>%n check-ins found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins are already in your journal and will be skipped.</source>
        <translation>
            <numerusform>%n check-in is already in your journal and will be skipped.</numerusform>
            <numerusform>%n check-ins are already in your journal and will be skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files have no date of their own: choose below what date they get.</source>
        <translation>
            <numerusform>%n file has no date of its own: choose below what date it gets.</numerusform>
            <numerusform>%n files have no date of their own: choose below what date they get.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files cannot be read and will not be imported:</source>
        <translation>
            <numerusform>%n file cannot be read and will not be imported:</numerusform>
            <numerusform>%n files cannot be read and will not be imported:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalListPane</name>
    <message numerus="yes">
        <source>More than %n found</source>
        <comment>search results</comment>
        <translation>
            <numerusform>More than %n found</numerusform>
            <numerusform>More than %n found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <comment>search results</comment>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <source> backups</source>
        <translation>
            <numerusform> backup</numerusform>
            <numerusform> backups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineWords</name>
    <message numerus="yes">
        <source>%n things</source>
        <translation>
            <numerusform>%n thing</numerusform>
            <numerusform>%n things</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendsPage</name>
    <message numerus="yes">
        <source>Check-ins on %n days in this period.</source>
        <translation>
            <numerusform>Check-ins on %n day in this period.</numerusform>
            <numerusform>Check-ins on %n days in this period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dots: each day. Line: the average of the last %n days.</source>
        <translation>
            <numerusform>Dots: each day. Line: the average of the last %n day.</numerusform>
            <numerusform>Dots: each day. Line: the average of the last %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message numerus="yes">
        <source>Wait %n s</source>
        <translation>
            <numerusform>Wait %n second</numerusform>
            <numerusform>Wait %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n seconds</source>
        <translation>
            <numerusform>You can try again in %n second</numerusform>
            <numerusform>You can try again in %n seconds</numerusform>
        </translation>
    </message>
</context>
</TS>
