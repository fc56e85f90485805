<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- A few of bistro-cli's words in German, for cli_test's LANG tests only: fixed
     words, so that the tests hold however the translators of
     resources/translations/bistro_de.ts word them. -->
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
<context>
    <name>Problem</name>
    <message>
        <source>must be 1 to 100</source>
        <translation>muss 1 bis 100 sein</translation>
    </message>
    <message>
        <source>the high end must be &gt;= the low end</source>
        <translation>das obere Ende muss &gt;= dem unteren sein</translation>
    </message>
    <message>
        <source>%1 (set on the command line)</source>
        <translation>%1 (auf der Kommandozeile gesetzt)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>%1: OK. &quot;%2&quot;: %3, %4, %5, %6 parties/h, %7, %8 policy.</source>
        <translation>%1: OK. „%2“: %3, %4, %5, %6 Gruppen/h, %7, Strategie %8.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Aufruf</translation>
    </message>
    <message>
        <source>Run sync and async on the same customers and compare them</source>
        <translation>Sync und async mit denselben Gästen laufen lassen und vergleichen</translation>
    </message>
    <message>
        <source>%1 waiters</source>
        <translation>%1 Kellner</translation>
    </message>
</context>
</TS>
