<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- A few of bistro-cli's words in German, for cli_test's LANG test only: the real
     resources/translations/bistro_de.ts is being written while this test is. -->
<TS version="2.1" language="de">
<context>
    <name>Cli</name>
    <message>
        <source>Verdict: %1.</source>
        <translation>Urteil: %1.</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Gäste</translation>
    </message>
    <message>
        <source>%1 cut the wait for food by %2 min (±%3)</source>
        <translation>%1 verkürzte das Warten aufs Essen um %2 min (±%3)</translation>
    </message>
</context>
</TS>
