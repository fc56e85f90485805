<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Cli</name>
    <message>
        <location filename="../../app/cli/commands.cpp" line="+56"/>
        <source>--%1: &quot;%2&quot; is not a duration (write e.g. 90s, 30m or 2h)</source>
        <translation>--%1: &quot;%2&quot; ist keine Zeitdauer (z. B. 90s, 30m oder 2h angeben)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--replications: must be at least 1</source>
        <translation>--replications: muss mindestens 1 sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--per-replication: needs --format json or --format csv (a table shows intervals)</source>
        <translation>--per-replication: braucht --format json oder --format csv (eine Tabelle zeigt Intervalle)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>interrupted after %1; no results printed (they would cover part of the runs only)</source>
        <translation>unterbrochen; %1; keine Ergebnisse ausgegeben (sie würden nur einen Teil der Läufe abdecken)</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>wrote %1 rows to %2</source>
        <translation>%1 Zeilen nach %2 geschrieben</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the stop&apos;s event did not come on every day</source>
        <translation>das Ereignis, an dem der Lauf anhält, trat nicht an jedem Tag ein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at the lesson&apos;s seed %1 the model shows %2, not the answer the lesson calls right</source>
        <translation>beim Startwert %1 der Lektion zeigt das Modell %2, nicht die Antwort, die die Lektion als richtig angibt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>on seed %1 the model shows %2, not the answer the lesson calls right (right on %3 of %4 other days; say varies = true and teach that, or change it)</source>
        <translation>bei Startwert %1 zeigt das Modell %2, nicht die Antwort, die die Lektion als richtig angibt (richtig an %3 von %4 anderen Tagen; varies = true angeben und genau das lehren oder die Antwort ändern)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it says the outcome varies, but it is the same on all %1 other days</source>
        <translation>laut Lektion schwankt das Ergebnis, es ist aber an allen %1 anderen Tagen gleich</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>step %1: %2 at seed %3; right on %4 of %5 other days (it says the outcome varies)</source>
        <translation>Schritt %1: %2 bei Startwert %3; richtig an %4 von %5 anderen Tagen (laut Lektion schwankt das Ergebnis)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>step %1: %2 at seed %3; right on %4 of %5 other days</source>
        <translation>Schritt %1: %2 bei Startwert %3; richtig an %4 von %5 anderen Tagen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: OK. Lesson &quot;%2&quot;: %3 steps, %4 prediction true to the model, about %5 min.</source>
        <translation>%1: OK. Lektion &quot;%2&quot;: %3 Schritte, %4 Vorhersage vom Modell bestätigt, etwa %5 min.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: OK. Lesson &quot;%2&quot;: %3 steps, %4 predictions true to the model, about %5 min.</source>
        <translation>%1: OK. Lektion &quot;%2&quot;: %3 Schritte, %4 Vorhersagen vom Modell bestätigt, etwa %5 min.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: OK. &quot;%2&quot;: %3, %4, %5, %6 parties/h, %7, %8 policy.</source>
        <translation>%1: OK. &quot;%2&quot;: %3, %4, %5, %6 Gruppen/h, %7, Strategie %8.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 waiter</source>
        <translation>%1 Kellner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 waiters</source>
        <translation>%1 Kellner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cook</source>
        <translation>%1 Koch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cooks</source>
        <translation>%1 Köche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 table</source>
        <translation>1 Tisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 tables</source>
        <translation>%1 Tische</translation>
    </message>
    <message>
        <location filename="../../app/cli/long_run.cpp" line="+59"/>
        <source>%1 of %2 simulated (%3%)</source>
        <translation>%1 von %2 simuliert (%3 %)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>, stopping</source>
        <translation>, wird angehalten</translation>
    </message>
    <message>
        <location filename="../../app/cli/report.cpp" line="+54"/>
        <source>arrived</source>
        <translation>angekommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>served (paid and left)</source>
        <translation>bedient (bezahlt und gegangen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lost (gave up at the door, or it was full)</source>
        <translation>verloren (an der Tür aufgegeben oder voll)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>served per hour</source>
        <translation>bedient pro Stunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>had to wait for a table</source>
        <translation>mussten auf einen Tisch warten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>had to wait for a free waiter</source>
        <translation>mussten auf einen freien Kellner warten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for a table (the lost ones too)</source>
        <translation>auf einen Tisch (auch die Verlorenen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for a waiter to take the order</source>
        <translation>auf einen Kellner zur Bestellaufnahme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for the first dish (since ready to order)</source>
        <translation>aufs erste Gericht (ab Bestellbereitschaft)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for the whole order (since ready to order)</source>
        <translation>aufs ganze Essen (ab Bestellbereitschaft)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for the whole order once ordered</source>
        <translation>aufs ganze Essen ab der Bestellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the restaurant, in all (the lost too)</source>
        <translation>im Restaurant insgesamt (auch Verlorene)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at the door before giving up (the lost)</source>
        <translation>an der Tür bis zum Aufgeben (Verlorene)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>food cooling at the pass</source>
        <translation>abkühlendes Essen am Pass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a dish waiting for a cook</source>
        <translation>Gericht wartet auf einen Koch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for a table</source>
        <translation>auf einen Tisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for a waiter, all of them busy</source>
        <translation>auf einen Kellner, alle beschäftigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for a waiter, while one stood blocked</source>
        <translation>auf einen Kellner, einer stand blockiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for its waiter on the way or at work</source>
        <translation>auf ihren Kellner, unterwegs oder tätig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for the kitchen (queue and cooking)</source>
        <translation>auf die Küche (Warteschlange und Kochen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for a burnt dish cooked again</source>
        <translation>auf das Neukochen verbrannter Gerichte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for food cooling at the pass</source>
        <translation>während Essen am Pass abkühlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in all</source>
        <translation>insgesamt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parties at the door</source>
        <translation>Gruppen an der Tür</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dishes waiting for a cook</source>
        <translation>Gerichte, die auf einen Koch warten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dishes waiting at the pass</source>
        <translation>Gerichte, die am Pass warten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parties inside</source>
        <translation>Gruppen im Restaurant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiters busy</source>
        <translation>Kellner beschäftigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  of which blocked at the pass</source>
        <translation>  davon blockiert am Pass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  walking</source>
        <translation>  unterwegs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  taking orders</source>
        <translation>  Bestellungen aufnehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  making drinks (own work)</source>
        <translation>  Getränke machen (eigene Arbeit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  delivering</source>
        <translation>  ausliefern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  billing</source>
        <translation>  kassieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cooks busy</source>
        <translation>Köche beschäftigt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2), seed %3, %4 replication of %5 after %6 warm-up; ± is a 95% confidence interval</source>
        <translation>%1 (%2), Startwert %3, %4 Lauf von %5 nach %6 Aufwärmzeit; ± ist ein 95-%-Konfidenzintervall</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2), seed %3, %4 replications of %5 after %6 warm-up; ± is a 95% confidence interval</source>
        <translation>%1 (%2), Startwert %3, %4 Läufe von je %5 nach %6 Aufwärmzeit; ± ist ein 95-%-Konfidenzintervall</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2), seed %3, %4 replication of %5; ± is a 95% confidence interval</source>
        <translation>%1 (%2), Startwert %3, %4 Lauf von %5; ± ist ein 95-%-Konfidenzintervall</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2), seed %3, %4 replications of %5; ± is a 95% confidence interval</source>
        <translation>%1 (%2), Startwert %3, %4 Läufe von je %5; ± ist ein 95-%-Konfidenzintervall</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Waiting (minutes)</source>
        <translation>Warten (Minuten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>everyone</source>
        <translation>alle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>waiting</source>
        <translation>wartend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finished</source>
        <translation>beendet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>  everyone: the parties still waiting at the end count with their wait so far;
  waiting: how many they are; finished, p50-p99: the waits that ended
</source>
        <translation>  alle: am Ende noch wartende Gruppen zählen mit ihrer bisherigen Wartezeit;
  wartend: wie viele es sind; beendet, p50-p99: die abgeschlossenen Wartezeiten
</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+58"/>
        <source>Parties</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+10"/>
        <location line="+6"/>
        <location line="+6"/>
        <source>mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+59"/>
        <source>Where the waiting went (minutes per party)</source>
        <translation>Wohin die Wartezeit ging (Minuten pro Gruppe)</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Queues (average length over time)</source>
        <translation>Warteschlangen (mittlere Länge über die Zeit)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Staff (share of their time, %)</source>
        <translation>Personal (Anteil seiner Zeit, %)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: sync against async on the same customers (seed %2, %3 replication of %4)</source>
        <translation>%1: sync gegen async mit denselben Gästen (Startwert %2, %3 Lauf von %4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: sync against async on the same customers (seed %2, %3 replications of %4)</source>
        <translation>%1: sync gegen async mit denselben Gästen (Startwert %2, %3 Läufe von je %4)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Had to wait (%)</source>
        <translation>Mussten warten (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting, mean (minutes), counting the parties still waiting</source>
        <translation>Warten, Mittelwert (Minuten), noch wartende Gruppen mitgezählt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Still waiting at the end (parties)</source>
        <translation>Am Ende noch wartend (Gruppen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Queues (average length)</source>
        <translation>Warteschlangen (mittlere Länge)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff (share of time, %)</source>
        <translation>Personal (Zeitanteil, %)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verdict: %1.</source>
        <translation>Urteil: %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/verdict_words.cpp" line="+23"/>
        <source>%1%2 min ±%3</source>
        <translation>%1%2 min ±%3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 - %2 = %3%4 min in the wait for food; one replication gives no confidence interval, so run more (-r 10) before drawing a conclusion</source>
        <translation>%1 - %2 = %3%4 min bei der Wartezeit aufs Essen; ein einzelner Lauf liefert kein Konfidenzintervall, daher vor einer Schlussfolgerung mehr Läufe starten (-r 10)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 cut the wait for food by %2 min (±%3)</source>
        <translation>mit %1 war die Wartezeit aufs Essen %2 min kürzer (±%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 lengthened the wait for food by %2 min (±%3)</source>
        <translation>mit %1 war die Wartezeit aufs Essen %2 min länger (±%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about the same wait for food (%1 - %2 = %3)</source>
        <translation>etwa gleiche Wartezeit aufs Essen (%1 - %2 = %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no significant difference in the wait for food (%1 - %2 = %3)</source>
        <translation>kein signifikanter Unterschied bei der Wartezeit aufs Essen (%1 - %2 = %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>counting the parties still waiting at the end (on average %1 with %2, %3 with %4)</source>
        <translation>die am Ende noch wartenden Gruppen mitgezählt (im Mittel %1 bei %2, %3 bei %4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>counting the parties still waiting at the end (%1 with %2, %3 with %4)</source>
        <translation>die am Ende noch wartenden Gruppen mitgezählt (%1 bei %2, %3 bei %4)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+91"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>%1 min less each waiting for a free waiter (±%2)</source>
        <translation>je %1 min weniger mit Warten auf einen freien Kellner (±%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min more each waiting for a free waiter (±%2)</source>
        <translation>je %1 min mehr mit Warten auf einen freien Kellner (±%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 min less each waiting on the kitchen (±%2)</source>
        <translation>je %1 min weniger mit Warten auf die Küche (±%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min more each waiting on the kitchen (±%2)</source>
        <translation>je %1 min mehr mit Warten auf die Küche (±%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min less each with their food cooling at the pass (±%2)</source>
        <translation>je %1 min weniger mit abkühlendem Essen am Pass (±%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 min more each with their food cooling at the pass (±%2)</source>
        <translation>je %1 min mehr mit abkühlendem Essen am Pass (±%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 min less each waiting for a table (±%2)</source>
        <translation>je %1 min weniger mit Warten auf einen Tisch (±%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min more each waiting for a table (±%2)</source>
        <translation>je %1 min mehr mit Warten auf einen Tisch (±%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>waiting for a free waiter (%1)</source>
        <translation>Warten auf einen freien Kellner (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting on the kitchen (%1)</source>
        <translation>Warten auf die Küche (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with their food cooling at the pass (%1)</source>
        <translation>abkühlendem Essen am Pass (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>waiting for a table (%1)</source>
        <translation>Warten auf einen Tisch (%1)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>with %1, parties spent %2: the waiting moved from the waiters to the kitchen</source>
        <translation>mit %1 verbrachten die Gruppen %2: Das Warten verlagerte sich von den Kellnern in die Küche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>with %1, parties spent %2</source>
        <translation>mit %1 verbrachten die Gruppen %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about the same time spent %1</source>
        <translation>etwa gleich viel Zeit mit %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.cpp" line="+26"/>
        <source>Usage</source>
        <translation>Aufruf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OPTIONS</source>
        <translation>OPTIONEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Positionals</source>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REQUIRED</source>
        <translation>ERFORDERLICH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SUBCOMMAND</source>
        <translation>UNTERBEFEHL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scenario file (TOML), or a preset name such as lunch-rush</source>
        <translation>Szenariodatei (TOML) oder der Name einer Vorlage wie lunch-rush</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seed of the first replication (the others derive from it)</source>
        <translation>Startwert des ersten Laufs (die anderen werden daraus abgeleitet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Independent replications (for confidence intervals)</source>
        <translation>Unabhängige Läufe (für Konfidenzintervalle)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discard statistics before this time, e.g. 30m</source>
        <translation>Statistiken vor diesem Zeitpunkt verwerfen, z. B. 30m</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Length of each run, e.g. 8h</source>
        <translation>Dauer jedes Laufs, z. B. 8h</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change a scenario key, e.g. --set staff.waiters=4 --set times.eating=exp(20m)</source>
        <translation>Einen Szenarioschlüssel ändern, z. B. --set staff.waiters=4 --set times.eating=exp(20m)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Threads to use (default: every core); results do not depend on it</source>
        <translation>Anzahl der Threads (Vorgabe: alle Kerne); die Ergebnisse hängen nicht davon ab</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Output: table (for people), json (for scripts) or csv</source>
        <translation>Ausgabe: table (für Menschen), json (für Skripte) oder csv</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the event log of the first replication as CSV to FILE</source>
        <translation>Das Ereignisprotokoll des ersten Laufs als CSV in FILE schreiben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With json or csv: every replication&apos;s values too, so derived quantities can get their own intervals</source>
        <translation>Mit json oder csv: auch die Werte jedes einzelnen Laufs, damit abgeleitete Größen eigene Intervalle bekommen können</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Override the scenario&apos;s policy</source>
        <translation>Die Strategie des Szenarios überschreiben</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Print this help message and exit</source>
        <translation>Diese Hilfe anzeigen und beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Display program version information and exit</source>
        <translation>Versionsinformationen anzeigen und beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>trace, debug, info, warn, error or off</source>
        <translation>trace, debug, info, warn, error oder off</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run a scenario and print every statistic with its 95% confidence interval</source>
        <translation>Ein Szenario ausführen und jede Statistik mit ihrem 95-%-Konfidenzintervall ausgeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <location line="+13"/>
        <location line="+24"/>
        <source>Subcommands</source>
        <translation>Unterbefehle</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+14"/>
        <location line="+22"/>
        <location line="+17"/>
        <source>Examples:</source>
        <translation>Beispiele:</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Run sync and async on the same customers and compare them</source>
        <translation>sync und async mit denselben Gästen ausführen und vergleichen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Run a grid of settings and write one CSV row per point</source>
        <translation>Ein Raster von Einstellungen ausführen und je Punkt eine CSV-Zeile schreiben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>KEY=FROM:TO:STEP or KEY=A,B,C; several make a grid</source>
        <translation>KEY=FROM:TO:STEP oder KEY=A,B,C; mehrere ergeben ein Raster</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV file to write</source>
        <translation>Zu schreibende CSV-Datei</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Validate a scenario or lesson file and explain what is wrong</source>
        <translation>Eine Szenario- oder Lektionsdatei prüfen und erklären, was daran falsch ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scenario or lesson file (TOML), or a preset name</source>
        <translation>Szenario- oder Lektionsdatei (TOML) oder der Name einer Vorlage</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A scenario is a TOML file, or the name of a preset:</source>
        <translation>Ein Szenario ist eine TOML-Datei oder der Name einer Vorlage:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none found (is Async Bistro installed?)</source>
        <translation>keine gefunden (ist Async Bistro installiert?)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Async Bistro from the terminal: simulate a restaurant served synchronously or asynchronously.
Exit codes: 0 ok, 2 bad input (a scenario or an option), 1 other failures, 130 interrupted (Ctrl-C: no results).
Results go to stdout, messages to stderr.</source>
        <translation>Async Bistro im Terminal: ein Restaurant simulieren, das synchron oder asynchron bedient wird.
Exit-Codes: 0 in Ordnung, 2 fehlerhafte Eingabe (ein Szenario oder eine Option), 1 andere Fehler, 130 abgebrochen (Strg+C: keine Ergebnisse).
Ergebnisse gehen nach stdout, Meldungen nach stderr.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../app/gui/src/window/command_line.cpp" line="+43"/>
        <source>Scenario file, or a preset name such as lunch-rush.</source>
        <translation>Szenariodatei oder der Name einer Vorlage wie lunch-rush.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Render the window to a PNG and exit.</source>
        <translation>Das Fenster als PNG speichern und beenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --screenshot: the simulated time to show, e.g. 45m.</source>
        <translation>Mit --screenshot: die gezeigte simulierte Zeit, z. B. 45m.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window size, e.g. 1600x1000.</source>
        <translation>Fenstergröße, z. B. 1600x1000.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with this policy: sync or async.</source>
        <translation>Mit dieser Strategie beginnen: sync oder async.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure N frames of the window and print the figures.</source>
        <translation>N Bilder des Fensters messen und die Zahlen ausgeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --bench-frames: simulation speed.</source>
        <translation>Mit --bench-frames: Tempo der Simulation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change a scenario key, e.g. staff.cooks=6 (as bistro-cli --set).</source>
        <translation>Einen Schlüssel des Szenarios ändern, z. B. staff.cooks=6 (wie bistro-cli --set).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twin restaurants: sync and async side by side.</source>
        <translation>Zwillingsrestaurants: synchron und asynchron nebeneinander.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show a panel: code, timeline, eventLog, inspector, comparison, plotWaitFood, plotTimeIn, plotWaitTable, plotWaiters, plotQueues, plotTheory, or all.</source>
        <translation>Ein Fenster zeigen: code, timeline, eventLog, inspector, comparison, plotWaitFood, plotTimeIn, plotWaitTable, plotWaiters, plotQueues, plotTheory oder all.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the waiter&apos;s program in this language: pseudo, python, javascript or cpp.</source>
        <translation>Das Programm der Kellner in dieser Sprache zeigen: pseudo, python, javascript oder cpp.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a lesson: a file, or a built-in one such as 01-blocking-call; :N opens its step N (from 1).</source>
        <translation>Eine Lektion öffnen: eine Datei oder eine mitgelieferte wie 01-blocking-call; :N öffnet ihren Schritt N (ab 1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the welcome card.</source>
        <translation>Die Willkommenskarte zeigen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speak this language for this run: en, de or es (View &gt; Language remembers a choice; by default the system&apos;s).</source>
        <translation>Diese Sprache für diesen Start sprechen: en, de oder es (Ansicht &gt; Sprache merkt sich eine Wahl; sonst die des Systems).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A restaurant that teaches synchronous vs asynchronous programming.</source>
        <translation>Ein Restaurant, das synchrones und asynchrones Programmieren lehrt.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>--language: &quot;%1&quot; is not one of en, de, es</source>
        <translation>--language: „%1“ ist nicht en, de oder es</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--lesson: &quot;%1&quot; is not a step number</source>
        <translation>--lesson: „%1“ ist keine Schrittnummer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--lesson: cannot open %1</source>
        <translation>--lesson: %1 lässt sich nicht öffnen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--code: &quot;%1&quot; is not one of pseudo, python, javascript, cpp</source>
        <translation>--code: „%1“ ist nicht pseudo, python, javascript oder cpp</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The Scenario menu has: </source>
        <translation>Das Menü Szenario hat: </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--at: &quot;%1&quot; is not a time (write e.g. 45m)</source>
        <translation>--at: „%1“ ist keine Zeit (schreiben Sie z. B. 45m)</translation>
    </message>
</context>
<context>
    <name>ContrastWords</name>
    <message>
        <location filename="../../app/gui/src/compare/contrast.cpp" line="+20"/>
        <source>async</source>
        <translation>async</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sync</source>
        <translation>sync</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>each dish</source>
        <translation>jedes Gericht einzeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>whole order</source>
        <translation>ganze Bestellung</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n waiters</source>
        <translation>
            <numerusform>%n Kellner</numerusform>
            <numerusform>%n Kellner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n cooks</source>
        <translation>
            <numerusform>%n Koch</numerusform>
            <numerusform>%n Köche</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 parties/h</source>
        <translation>%1 Gruppen/h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cook time x%1</source>
        <translation>Kochzeit x%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>order taking x%1</source>
        <translation>Bestellaufnahme x%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>own work x%1</source>
        <translation>eigene Arbeit x%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 % burnt</source>
        <translation>%1 % verbrannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>patience x%1</source>
        <translation>Geduld x%1</translation>
    </message>
</context>
<context>
    <name>FloorWords</name>
    <message>
        <location filename="../../app/gui/src/floor/floor_words.cpp" line="+13"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A dish</source>
        <translation>Ein Gericht</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Waiter %1 — %2 (%3 so far).</source>
        <translation>Kellner %1 %2 (seit %3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It leaves the floor once this task is done (fewer waiters asked).</source>
        <translation>Er verlässt den Gastraum, sobald diese Aufgabe erledigt ist (weniger Kellner angefordert).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing to do: the waiters&apos; queue is empty.</source>
        <translation>Nichts zu tun: Die Warteschlange der Kellner ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synchronous: it handed in the ticket and stays at the pass until the food is ready, serving nobody else meanwhile.</source>
        <translation>Synchron: Er hat den Bon abgegeben und bleibt am Pass, bis das Essen fertig ist, und bedient so lange niemanden sonst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 task waits in the waiters&apos; queue.</source>
        <translation>1 Aufgabe wartet in der Warteschlange der Kellner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 tasks wait in the waiters&apos; queue.</source>
        <translation>%1 Aufgaben warten in der Warteschlange der Kellner.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A thread of the pool with no task to run.</source>
        <translation>Ein Thread des Pools, der keine Aufgabe auszuführen hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A thread blocked on I/O: it waits and does nothing else.</source>
        <translation>Ein Thread, der auf E/A blockiert: Er wartet und tut sonst nichts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU-bound work: the waiter does it in person, async cannot hand it off.</source>
        <translation>CPU-gebundene Arbeit: Der Kellner erledigt sie selbst, async kann sie nicht abgeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A waiter is a thread; its tasks come from one shared queue.</source>
        <translation>Ein Kellner ist ein Thread; seine Aufgaben kommen aus einer gemeinsamen Warteschlange.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Table T%1 (%2 seats) — free, waiting for a party.</source>
        <translation>Tisch T%1 (%2 Plätze) — frei, wartet auf eine Gruppe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A table is a place a request can be served in.</source>
        <translation>Ein Tisch ist ein Platz, an dem eine Anfrage bedient werden kann.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Table T%1 — a party of %2, %3 for %4 so far.</source>
        <translation>Tisch T%1 — eine Gruppe mit %2 Pers., %3 seit %4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Right now it waits %1.</source>
        <translation>Gerade wartet die Gruppe %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 for party %2 at T%3 — ready at the pass for %4, cooling.</source>
        <translation>%1 für Gruppe %2 an T%3 — seit %4 fertig am Pass, kühlt ab.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cold food: a result that is ready but that nobody has handled yet.</source>
        <translation>Kaltes Essen: ein Ergebnis, das fertig ist, aber noch von niemandem verarbeitet wurde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 for party %2</source>
        <translation>%1 für Gruppe %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 in, %2 to go</source>
        <translation>seit %1, noch %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cooking %1 again, as it burnt: %2</source>
        <translation>kocht %1 noch einmal, weil es verbrannt ist: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cooking %1: %2</source>
        <translation>kocht %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cook %1 — %2.</source>
        <translation>Koch %1 — %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cook %1 — free: no dish waits on the ticket rail.</source>
        <translation>Koch %1 — frei: Kein Gericht wartet auf der Bonschiene.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cook %1 — free.</source>
        <translation>Koch %1 — frei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaves the kitchen once this dish is done (fewer cooks asked).</source>
        <translation>Verlässt die Küche, sobald dieses Gericht fertig ist (weniger Köche angefordert).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kitchen is the I/O device; its cooks, how many requests it serves at once.</source>
        <translation>Die Küche ist das E/A-Gerät; ihre Köche bestimmen, wie viele Anfragen sie gleichzeitig bedient.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ticket rail — empty: no dish waits for a cook (%1 of %2 cooks busy).</source>
        <translation>Bonschiene — leer: Kein Gericht wartet auf einen Koch (%1 von %2 Köchen beschäftigt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The I/O device&apos;s queue: requests waiting to be served.</source>
        <translation>Die Warteschlange des E/A-Geräts: Anfragen, die darauf warten, bedient zu werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket rail — 1 dish waits for a cook; %1 of %2 cooks busy.</source>
        <translation>Bonschiene — 1 Gericht wartet auf einen Koch; %1 von %2 Köchen beschäftigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ticket rail — %1 dishes wait for a cook; %2 of %3 cooks busy.</source>
        <translation>Bonschiene — %1 Gerichte warten auf einen Koch; %2 von %3 Köchen beschäftigt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1. %2 for party %3 at T%4, waiting %5.</source>
        <translation>%1. %2 für Gruppe %3 an T%4, wartet seit %5.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>... and %1 more.</source>
        <translation>... und %1 weitere.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The I/O device&apos;s queue: requests waiting to be served, oldest first.</source>
        <translation>Die Warteschlange des E/A-Geräts: Anfragen, die darauf warten, bedient zu werden, die älteste zuerst.</translation>
    </message>
</context>
<context>
    <name>InsightWords</name>
    <message>
        <location filename="../../app/gui/src/panels/insight_words.cpp" line="+26"/>
        <source>synchronous waiters</source>
        <translation>synchronen Kellner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>asynchronous waiters</source>
        <translation>asynchronen Kellner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the kitchen</source>
        <translation>der Küche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the %1</source>
        <translation>der %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At this rate of guests %1 can serve at most %2 parties an hour and %3 arrive: </source>
        <translation>Bei diesem Gästeaufkommen liegt die Kapazität %1 bei höchstens %2 Gruppen pro Stunde, es kommen aber %3: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the queue grows without end.</source>
        <translation>Die Warteschlange wächst ohne Ende.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the queue grows until guests give up and leave.</source>
        <translation>Die Warteschlange wächst, bis Gäste aufgeben und gehen.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>the queue grows until guests give up and leave (%n lost so far).</source>
        <translation>
            <numerusform>Die Warteschlange wächst, bis Gäste aufgeben und gehen (bisher %n Gruppe verloren).</numerusform>
            <numerusform>Die Warteschlange wächst, bis Gäste aufgeben und gehen (bisher %n Gruppen verloren).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your waiters spend %1 of their time blocked at the pass: they wait on the kitchen like a thread on I/O. Try async.</source>
        <translation>Die Kellner verbringen %1 ihrer Zeit blockiert am Pass: Sie warten auf die Küche wie ein Thread auf E/A. Tipp: async ausprobieren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Async cannot cook faster: the kitchen is busy %1 of the time and is now the bottleneck. Add cooks.</source>
        <translation>Async kann nicht schneller kochen: Die Küche ist %1 der Zeit beschäftigt und jetzt der Engpass. Tipp: mehr Köche einsetzen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiters spend most of their time on their own work (CPU-bound, %1 of their busy time): async brings nothing here; more waiters would.</source>
        <translation>Die Kellner verbringen die meiste Zeit mit eigener Arbeit (CPU-gebunden, %1 ihrer aktiven Zeit): Async bringt hier nichts, mehr Kellner schon.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kitchen load</source>
        <translation>Auslastung der Küche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiters&apos; load</source>
        <translation>Auslastung der Kellner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 ρ = %2 of 1: above 1, %3</source>
        <translation>%1 ρ = %2 von 1: über 1, %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>orders pile up.</source>
        <translation>Bestellungen stauen sich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>guests pile up.</source>
        <translation>Gäste stauen sich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ρ = %2 of 1: below 1, but queues get long.</source>
        <translation>%1 ρ = %2 von 1: unter 1, aber die Warteschlangen werden lang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ρ = %2 of 1: below 1, it keeps up.</source>
        <translation>%1 ρ = %2 von 1: unter 1, die Kapazität reicht.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n cooks</source>
        <translation>
            <numerusform>%n Koch</numerusform>
            <numerusform>%n Köche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n waiters</source>
        <translation>
            <numerusform>%n Kellner</numerusform>
            <numerusform>%n Kellner</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ρ (rho) is the share of the staff&apos;s time the guests ask for: %1 parties an hour, each needing %2 minutes of work, shared by %3. At most %4 parties an hour can be served. Below 1 the queue stays finite; at 1 or above it grows without end.</source>
        <translation>ρ (rho) ist der Anteil der Personalzeit, den die Gäste beanspruchen: %1 Gruppen pro Stunde, jede mit %2 Minuten Arbeit, verteilt auf %3. Höchstens %4 Gruppen pro Stunde können bedient werden. Unter 1 bleibt die Warteschlange endlich; bei 1 oder darüber wächst sie ohne Ende.</translation>
    </message>
</context>
<context>
    <name>InspectorWords</name>
    <message>
        <location filename="../../app/gui/src/panels/inspector_words.cpp" line="+53"/>
        <source>for a table</source>
        <translation>auf einen Tisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for a waiter, all of them busy</source>
        <translation>auf einen Kellner (alle beschäftigt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for a waiter while one stood blocked at the pass</source>
        <translation>auf einen Kellner (einer am Pass blockiert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>while its waiter walked or worked for it</source>
        <translation>auf ihren Kellner (unterwegs oder bei der Arbeit für sie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for the kitchen</source>
        <translation>auf die Küche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for a burnt dish to be cooked again</source>
        <translation>auf das Neukochen eines verbrannten Gerichts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>while its food waited at the pass</source>
        <translation>auf ihr fertiges Essen am Pass</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 min %2</source>
        <translation>%1 min %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+65"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has waited %1 min so far: %2.</source>
        <translation>Bisher %1 min gewartet: %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading the menu.</source>
        <translation>Liest die Speisekarte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for a waiter to take the order.</source>
        <translation>Wartet darauf, dass ein Kellner die Bestellung aufnimmt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ordering.</source>
        <translation>Bestellt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for its food.</source>
        <translation>Wartet auf ihr Essen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eating.</source>
        <translation>Isst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the bill.</source>
        <translation>Wartet auf die Rechnung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paying.</source>
        <translation>Bezahlt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>At the door: no free table fits its 1 guest.</source>
        <translation>An der Tür: Kein freier Tisch bietet Platz für 1 Gast.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the door: no free table fits its %1 guests.</source>
        <translation>An der Tür: Kein freier Tisch bietet Platz für %1 Gäste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No longer in the restaurant.</source>
        <translation>Nicht mehr im Restaurant.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>waiting for a cook</source>
        <translation>in der Warteschlange für einen Koch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cooking</source>
        <translation>in Zubereitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ready at the pass</source>
        <translation>fertig am Pass</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in a waiter&apos;s hands</source>
        <translation>in der Hand eines Kellners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on the table</source>
        <translation>auf dem Tisch</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Its dish is %1.</source>
        <translation>Ihr Gericht ist %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its %1 dishes: %2.</source>
        <translation>Ihre %1 Gerichte: %2.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A burnt dish is being cooked again.</source>
        <translation>Ein verbranntes Gericht wird neu gekocht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 burnt dishes are being cooked again.</source>
        <translation>%1 verbrannte Gerichte werden neu gekocht.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Its call for a waiter is number %1 in the waiters&apos; queue.</source>
        <translation>Ihr Ruf nach einem Kellner steht an Stelle %1 der Warteschlange der Kellner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bell has rung: a delivery is number %1 in the waiters&apos; queue.</source>
        <translation>Die Glocke hat geläutet: Eine Lieferung steht an Stelle %1 der Warteschlange der Kellner.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its request for the bill is number %1 in the waiters&apos; queue.</source>
        <translation>Ihre Bitte um die Rechnung steht an Stelle %1 der Warteschlange der Kellner.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No waiter is free.</source>
        <translation>Kein Kellner ist frei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No waiter is free: the only waiter is blocked at the pass.</source>
        <translation>Kein Kellner ist frei: Der einzige Kellner ist am Pass blockiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No waiter is free: all %1 are blocked at the pass.</source>
        <translation>Kein Kellner ist frei: Alle %1 sind am Pass blockiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No waiter is free: 1 of %1 is blocked at the pass.</source>
        <translation>Kein Kellner ist frei: 1 von %1 ist am Pass blockiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No waiter is free: %1 of %2 are blocked at the pass.</source>
        <translation>Kein Kellner ist frei: %1 von %2 sind am Pass blockiert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The ready dish waits at the pass for the rest of the order (whole-order delivery).</source>
        <translation>Das fertige Gericht wartet am Pass auf den Rest der Bestellung (Lieferung: ganze Bestellung).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ready dishes wait at the pass for the rest of the order (whole-order delivery).</source>
        <translation>Die fertigen Gerichte warten am Pass auf den Rest der Bestellung (Lieferung: ganze Bestellung).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The food at the pass waits for waiter %1, who took the order.</source>
        <translation>Das Essen am Pass wartet auf Kellner %1, der die Bestellung aufgenommen hat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiter %1 is %2.</source>
        <translation>Kellner %1 %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>free, waiting for the next task</source>
        <translation>ist frei und wartet auf die nächste Aufgabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>taking party %1&apos;s ticket to the kitchen</source>
        <translation>bringt den Bon von Gruppe %1 in die Küche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>making party %1&apos;s drinks</source>
        <translation>macht die Getränke für Gruppe %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>walking to the pass to fetch party %1&apos;s food</source>
        <translation>geht zum Pass, um das Essen von Gruppe %1 zu holen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>blocked at the pass, waiting for party %1&apos;s food</source>
        <translation>ist am Pass blockiert und wartet auf das Essen von Gruppe %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>walking back to the pass to wait for party %1&apos;s food</source>
        <translation>geht zurück zum Pass, um dort auf das Essen von Gruppe %1 zu warten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>walking to T%2 to take party %1&apos;s order</source>
        <translation>geht zu T%2, um die Bestellung von Gruppe %1 aufzunehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>taking party %1&apos;s order at T%2</source>
        <translation>nimmt an T%2 die Bestellung von Gruppe %1 auf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>carrying 1 plate to party %1 at T%2</source>
        <translation>trägt 1 Teller zu Gruppe %1 an T%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>carrying %3 plates to party %1 at T%2</source>
        <translation>trägt %3 Teller zu Gruppe %1 an T%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>serving party %1&apos;s food at T%2</source>
        <translation>serviert an T%2 das Essen von Gruppe %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bringing the bill to party %1 at T%2</source>
        <translation>bringt Gruppe %1 an T%2 die Rechnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>taking party %1&apos;s payment at T%2</source>
        <translation>kassiert an T%2 bei Gruppe %1</translation>
    </message>
</context>
<context>
    <name>LineLegend</name>
    <message>
        <location filename="../../app/gui/src/plots/line_legend.cpp" line="+27"/>
        <source>Legend: %1</source>
        <translation>Legende: %1</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <location filename="../../app/gui/include/bistro/gui/style/palette.hpp" line="+99"/>
        <source>Idle</source>
        <translation>Frei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Walking</source>
        <translation>Unterwegs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taking an order</source>
        <translation>Nimmt Bestellung auf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Making drinks (own work)</source>
        <translation>Macht Getränke (eigene Arbeit)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked at the pass</source>
        <translation>Blockiert am Pass</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivering</source>
        <translation>Liefert aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Billing</source>
        <translation>Kassiert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>At the door</source>
        <translation>An der Tür</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the menu</source>
        <translation>Liest die Speisekarte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting to order</source>
        <translation>Wartet aufs Bestellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ordering</source>
        <translation>Bestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for food</source>
        <translation>Wartet aufs Essen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eating</source>
        <translation>Isst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the bill</source>
        <translation>Wartet auf die Rechnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paying</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>for a table</source>
        <translation>auf einen Tisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for a waiter (all busy)</source>
        <translation>auf einen Kellner (alle beschäftigt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for a waiter (one blocked)</source>
        <translation>auf einen Kellner (einer blockiert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its waiter on the way</source>
        <translation>ihr Kellner unterwegs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for the kitchen</source>
        <translation>auf die Küche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a burnt dish redone</source>
        <translation>verbranntes Gericht neu gekocht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>food at the pass</source>
        <translation>Essen am Pass</translation>
    </message>
</context>
<context>
    <name>PresetWords</name>
    <message>
        <location filename="../../app/gui/src/lessons/preset_words.cpp" line="+18"/>
        <source>Burning kitchen</source>
        <translation>Küche, in der es anbrennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A failed request that must be retried. Under sync, the waiter who handed in the burnt order stays blocked at the pass while it is cooked again, and every table behind him waits too. Under async, a burn delays only its own order: everybody else is served as usual.</source>
        <translation>Eine fehlgeschlagene Anfrage, die wiederholt werden muss. Bei sync bleibt der Kellner, der die verbrannte Bestellung abgegeben hat, am Pass blockiert, während sie neu gekocht wird, und jeder Tisch hinter ihm wartet ebenfalls. Bei async verzögert ein verbranntes Gericht nur die eigene Bestellung: Alle anderen werden wie gewohnt bedient.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cocktail bar</source>
        <translation>Cocktailbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Async does not help CPU-bound work. Here the kitchen only plates olives (instant) and nearly all the time goes into the waiter&apos;s own work: shaking cocktails. There is nothing to wait for, so there is nothing to overlap. Sync and async serve the same guests equally well – async brings nothing but its extra complexity.</source>
        <translation>Async hilft nicht bei CPU-gebundener Arbeit. Hier richtet die Küche nur Oliven an (sofort), und fast die ganze Zeit geht in die eigene Arbeit des Kellners: Cocktails schütteln. Es gibt nichts, worauf gewartet wird, also auch nichts zu überlappen. Sync und async bedienen dieselben Gäste gleich gut – async bringt nichts außer seiner zusätzlichen Komplexität.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Grand brasserie</source>
        <translation>Große Brasserie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale. With many waiters a sync restaurant survives by brute force – more threads – while async needs far fewer staff for the same guests. Also the stress test of the animation: everything moves at once.</source>
        <translation>Skalierung. Mit vielen Kellnern überlebt ein synchrones Restaurant mit roher Gewalt – mehr Threads –, während async für dieselben Gäste weit weniger Personal braucht. Zugleich der Belastungstest der Animation: Alles bewegt sich gleichzeitig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lunch rush</source>
        <translation>Mittagsansturm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the synchronous policy a waiter who hands in a ticket stands at the pass until the food is cooked – a thread blocked on I/O. Watch the waiters turn red, parties wait long for anyone to take their order, and the door queue grow. Switch to async and the same three waiters keep up.</source>
        <translation>Bei der synchronen Strategie steht ein Kellner, der einen Bon abgibt, am Pass, bis das Essen gekocht ist – ein Thread, der auf E/A blockiert. Zu beobachten ist, wie die Kellner rot werden, Gruppen lange warten, bis überhaupt jemand ihre Bestellung aufnimmt, und die Warteschlange an der Tür wächst. Mit async kommen dieselben drei Kellner hinterher.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One waiter</source>
        <translation>Ein Kellner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A single asynchronous waiter (one thread with an event loop, like Node.js) can serve as many tables as several synchronous waiters (a thread pool), because most of an order&apos;s time is spent in the kitchen. Run it, then try: policy sync with 1 waiter (overwhelmed), then sync with 4.</source>
        <translation>Ein einziger asynchroner Kellner (ein Thread mit einer Ereignisschleife, wie Node.js) kann so viele Tische bedienen wie mehrere synchrone Kellner (ein Thread-Pool), weil eine Bestellung die meiste Zeit in der Küche verbringt. Erst starten, dann ausprobieren: Strategie sync mit 1 Kellner (überlastet), danach sync mit 4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quiet afternoon</source>
        <translation>Ruhiger Nachmittag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When requests are rare, blocking costs nothing anybody notices. Sync and async give the same experience; the waiters are mostly idle either way. Concurrency models matter under load, not at rest.</source>
        <translation>Wenn Anfragen selten sind, kostet Blockieren nichts, was jemand bemerkt. Sync und async bieten dasselbe Erlebnis; die Kellner sind so oder so meist frei. Nebenläufigkeitsmodelle zählen unter Last, nicht im Ruhezustand.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Slow kitchen</source>
        <translation>Langsame Küche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is where async shines. Every order spends most of its life in the kitchen (slow I/O). A synchronous waiter stands blocked at the pass for all of it; an asynchronous waiter hands in the ticket and serves other tables until the bell rings. Same customers, same cooks: compare.</source>
        <translation>Hier glänzt async. Jede Bestellung verbringt den größten Teil ihres Lebens in der Küche (langsame E/A). Ein synchroner Kellner steht die ganze Zeit blockiert am Pass; ein asynchroner Kellner gibt den Bon ab und bedient andere Tische, bis die Glocke läutet. Gleiche Gäste, gleiche Köche: ein Vergleich lohnt sich.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Textbook queue</source>
        <translation>Lehrbuch-Warteschlange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A simulation and a formula agree when the model is the formula&apos;s model. Three synchronous waiters are the servers; guests call for one as a Poisson stream (20 parties an hour); taking an order is the only work and takes an exponential 6 minutes, so Erlang C predicts the mean wait for a waiter: 2.67 minutes. Open the Theory plot (View &gt; Plots &gt; Theory) and play at high speed: the simulated mean so far and its 95 % band close in on the dashed line. Then break it, one setting at a time, and read the badge:</source>
        <translation>Simulation und Formel stimmen überein, wenn das Modell das Modell der Formel ist. Drei synchrone Kellner sind die Bediener; die Gäste rufen als Poisson-Strom nach einem von ihnen (20 Gruppen pro Stunde); die Bestellung aufzunehmen ist die einzige Arbeit und dauert exponentialverteilt im Mittel 6 Minuten, also sagt Erlang C die mittlere Wartezeit auf einen Kellner voraus: 2,67 Minuten. Das Theorie-Diagramm öffnen (Ansicht &gt; Diagramme &gt; Theorie) und mit hohem Tempo abspielen: Das simulierte Mittel bisher und sein 95-%-Band nähern sich der gestrichelten Linie. Danach das Modell aufbrechen, eine Einstellung nach der anderen, und das Abzeichen lesen:</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../../app/gui/src/lessons/lesson_library.cpp" line="+65"/>
        <location filename="../../app/gui/src/window/main_window_files.cpp" line="+75"/>
        <location filename="../../sim/io/src/lesson_file.cpp" line="+355"/>
        <location filename="../../sim/io/src/scenario_file.cpp" line="+473"/>
        <source>cannot open the file (does it exist?)</source>
        <translation>die Datei lässt sich nicht öffnen (gibt es sie?)</translation>
    </message>
    <message>
        <location filename="../../sim/io/src/distribution_text.cpp" line="+34"/>
        <source>unknown key</source>
        <translation>unbekannter Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown key (did you mean &quot;%1&quot;?)</source>
        <translation>unbekannter Schlüssel (vielleicht &quot;%1&quot;?)</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>expected a duration (&quot;30s&quot;) or a distribution such as &quot;exp(15m)&quot; or &quot;lognormal(12m, 3m)&quot;, got &quot;%1&quot;</source>
        <translation>Zeitdauer (&quot;30s&quot;) oder Verteilung wie &quot;exp(15m)&quot; oder &quot;lognormal(12m, 3m)&quot; erwartet, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not a duration (write e.g. 90s, 12m or 1h30m)</source>
        <translation>&quot;%1&quot; ist keine Zeitdauer (z. B. 90s, 12m oder 1h30m angeben)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unknown distribution &quot;%1&quot;; known: fixed, exp, uniform, triangular, normal, lognormal</source>
        <translation>unbekannte Verteilung &quot;%1&quot;; bekannt: fixed, exp, uniform, triangular, normal, lognormal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown distribution &quot;%1&quot; (did you mean &quot;%2&quot;?); known: fixed, exp, uniform, triangular, normal, lognormal</source>
        <translation>unbekannte Verteilung &quot;%1&quot; (vielleicht &quot;%2&quot;?); bekannt: fixed, exp, uniform, triangular, normal, lognormal</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 takes one value, got %2</source>
        <translation>%1 erwartet einen Wert, nicht %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 takes %2 values, got %3</source>
        <translation>%1 erwartet %2 Werte, nicht %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>missing &apos;)&apos; in &quot;%1&quot;</source>
        <translation>&apos;)&apos; fehlt in &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../sim/io/src/lesson_file.cpp" line="-306"/>
        <source>missing (write %1 = &quot;...&quot;)</source>
        <translation>fehlt (%1 = &quot;...&quot; eintragen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+28"/>
        <location filename="../../sim/io/src/scenario_file.cpp" line="-259"/>
        <source>expected text in quotes</source>
        <translation>Text in Anführungszeichen erwartet</translation>
    </message>
    <message>
        <location line="-19"/>
        <location filename="../../sim/io/src/scenario_file.cpp" line="-63"/>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected a list in brackets, e.g. [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>Liste in eckigen Klammern erwartet, z. B. [&quot;a&quot;, &quot;b&quot;]</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1; known: %2</source>
        <translation>%1; bekannt: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (did you mean &quot;%2&quot;?)</source>
        <translation>%1 (vielleicht &quot;%2&quot;?)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>expected a whole number of minutes, 1 to 120</source>
        <translation>ganze Zahl von Minuten erwartet, 1 bis 120</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a lesson needs at least one [[step]]</source>
        <translation>eine Lektion braucht mindestens einen [[step]]</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no scenario &quot;%1&quot; (a preset such as &quot;lunch-rush&quot;, or a file)</source>
        <translation>kein Szenario &quot;%1&quot; gefunden (eine Vorlage wie &quot;lunch-rush&quot; oder eine Datei angeben)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>needs run_until = &quot;first-...&quot;</source>
        <translation>braucht run_until = &quot;first-...&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected a time within the service (&quot;20m&quot;) or an event (first-order, first-ticket, first-blocked, first-bell, first-burnt, first-served)</source>
        <translation>erwartet: eine Zeit innerhalb des Service (&quot;20m&quot;) oder ein Ereignis (first-order, first-ticket, first-blocked, first-bell, first-burnt, first-served)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown event (did you mean &quot;%1&quot;?)</source>
        <translation>unbekanntes Ereignis (vielleicht &quot;%1&quot;?)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected a time within the service</source>
        <translation>Zeit innerhalb des Service erwartet</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../sim/io/src/lesson_prediction.cpp" line="+119"/>
        <source>&quot;%1&quot; is not a slider</source>
        <translation>&quot;%1&quot; ist kein Schieberegler</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>missing: say why the sliders are locked (it is their tooltip)</source>
        <translation>fehlt: der Grund, warum die Schieberegler gesperrt sind (er erscheint als ihr Tooltip)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot; is not a place (or write waiter:1, code:..., plot:..., panel:..., card:...)</source>
        <translation>&quot;%1&quot; ist kein Ort (oder waiter:1, code:..., plot:..., panel:..., card:... schreiben)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot;: this step&apos;s restaurant has waiters 1 to %2</source>
        <translation>&quot;%1&quot;: Das Restaurant dieses Schritts hat die Kellner 1 bis %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a line of the waiter&apos;s program</source>
        <translation>&quot;%1&quot; ist keine Zeile im Programm der Kellner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a panel</source>
        <translation>&quot;%1&quot; ist kein Fenster</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an insight card</source>
        <translation>&quot;%1&quot; ist keine Einsichtskarte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a kind of highlight</source>
        <translation>&quot;%1&quot; ist keine Art von Hervorhebung</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../../sim/io/src/scenario_file.cpp" line="+292"/>
        <source>not valid TOML: %1</source>
        <translation>kein gültiges TOML: %1</translation>
    </message>
    <message>
        <location filename="../../sim/io/src/lesson_prediction.cpp" line="-76"/>
        <source>expected a table ([step.predict])</source>
        <translation>Tabelle erwartet ([step.predict])</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../sim/io/src/scenario_file.cpp" line="-220"/>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a prediction is a choice or a guess on a scale, not both</source>
        <translation>eine Vorhersage ist eine Auswahl oder eine Schätzung auf einer Skala, nicht beides</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown measure &quot;%1&quot; (a metric of bistro-cli run, or blocked_now, handed_over, main_wait_cause)</source>
        <translation>unbekannte Messgröße &quot;%1&quot; (eine Kennzahl von bistro-cli run oder blocked_now, handed_over, main_wait_cause)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown measure &quot;%1&quot; (did you mean &quot;%2&quot;?)</source>
        <translation>unbekannte Messgröße &quot;%1&quot; (vielleicht &quot;%2&quot;?)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a pick</source>
        <translation>&quot;%1&quot; ist keine gültige Wahl</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>needs a compare, and a number &gt;= 0</source>
        <translation>geht nur mit compare und braucht eine Zahl &gt;= 0</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected { parameter = &quot;policy&quot;, a = &quot;sync&quot;, b = &quot;async&quot; }</source>
        <translation>erwartet: { parameter = &quot;policy&quot;, a = &quot;sync&quot;, b = &quot;async&quot; }</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>missing: both sides, a = ... and b = ...</source>
        <translation>fehlt: beide Seiten, a = ... und b = ...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a policy</source>
        <translation>&quot;%1&quot; ist keine Strategie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a delivery</source>
        <translation>&quot;%1&quot; ist keine Lieferart</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected a number &gt;= 0</source>
        <translation>Zahl &gt;= 0 erwartet</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../sim/src/names.cpp" line="+281"/>
        <location line="+2"/>
        <source>must be 1 to 100</source>
        <translation>muss 1 bis 100 sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected at least two choices, e.g. [ { text = &quot;Sync&quot;, is = &quot;a&quot; }, ... ], or a scale = { from = 0, to = 60 } to guess on</source>
        <translation>erwartet: mindestens zwei Antworten zur Auswahl, z. B. [ { text = &quot;Sync&quot;, is = &quot;a&quot; }, ... ], oder eine scale = { from = 0, to = 60 } zum Schätzen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected { text = &quot;...&quot;, is = &quot;...&quot; } or { text, from, to }</source>
        <translation>erwartet: { text = &quot;...&quot;, is = &quot;...&quot; } oder { text, from, to }</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not an outcome here</source>
        <translation>&quot;%1&quot; ist hier kein mögliches Ergebnis</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected from = ... and to = ... (from &lt;= to) for a number&apos;s range</source>
        <translation>erwartet: from = ... und to = ... (from &lt;= to) für einen Zahlenbereich</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>expected the number of the right choice, 1 to %1</source>
        <translation>Nummer der richtigen Antwort erwartet, 1 bis %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a guess on a scale needs a number to measure, not a comparison or a cause</source>
        <translation>eine Schätzung auf einer Skala braucht eine Zahl als Messgröße, keinen Vergleich und keine Ursache</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected { from = 0, to = 60 } with from &lt; to</source>
        <translation>erwartet: { from = 0, to = 60 } mit from &lt; to</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected the range the lesson calls right, e.g. right = [10, 25]</source>
        <translation>Bereich erwartet, den die Lektion als richtig angibt, z. B. right = [10, 25]</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>missing: a prediction needs the time or event its experiment runs to</source>
        <translation>fehlt: Eine Vorhersage braucht die Zeit oder das Ereignis, bis zu dem ihr Experiment läuft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a comparison runs both restaurants to the same time: write a time (&quot;30m&quot;)</source>
        <translation>ein Vergleich lässt beide Restaurants bis zur selben Zeit laufen: eine Zeit angeben (&quot;30m&quot;)</translation>
    </message>
    <message>
        <location filename="../../sim/io/src/scenario_file.cpp" line="-84"/>
        <source>expected a table ([%1])</source>
        <translation>Tabelle erwartet ([%1])</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>expected a whole number</source>
        <translation>ganze Zahl erwartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>out of range</source>
        <translation>außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>expected a duration such as &quot;90s&quot;, &quot;12m&quot; or &quot;1h30m&quot;</source>
        <translation>Zeitdauer wie &quot;90s&quot;, &quot;12m&quot; oder &quot;1h30m&quot; erwartet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a duration must be &gt;= 0</source>
        <translation>eine Zeitdauer muss &gt;= 0 sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a distribution in quotes, e.g. &quot;exp(15m)&quot;</source>
        <translation>Verteilung in Anführungszeichen erwartet, z. B. &quot;exp(15m)&quot;</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>expected &quot;%1&quot; or &quot;%2&quot;</source>
        <translation>&quot;%1&quot; oder &quot;%2&quot; erwartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected &quot;%1&quot; or &quot;%2&quot; (did you mean &quot;%3&quot;?)</source>
        <translation>&quot;%1&quot; oder &quot;%2&quot; erwartet (vielleicht &quot;%3&quot;?)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>expected a whole number &gt;= 0</source>
        <translation>ganze Zahl &gt;= 0 erwartet</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>expected shares by size, e.g. { 1 = 0.3, 2 = 0.7 }</source>
        <translation>Anteile nach Gruppengröße erwartet, z. B. { 1 = 0.3, 2 = 0.7 }</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a party size (1 to %2)</source>
        <translation>&quot;%1&quot; ist keine Gruppengröße (1 bis %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the share of size %1 must be a number</source>
        <translation>der Anteil für Größe %1 muss eine Zahl sein</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>expected a list like [ { from = &quot;1h&quot;, factor = 2 } ]</source>
        <translation>Liste wie [ { from = &quot;1h&quot;, factor = 2 } ] erwartet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected { from = &quot;1h&quot;, factor = 2 }</source>
        <translation>erwartet: { from = &quot;1h&quot;, factor = 2 }</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>expected [[menu]] entries</source>
        <translation>[[menu]]-Einträge erwartet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a [[menu]] table</source>
        <translation>[[menu]]-Tabelle erwartet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>missing: how long a cook needs, e.g. &quot;lognormal(8m, 2m)&quot;</source>
        <translation>fehlt: wie lange ein Koch braucht, z. B. &quot;lognormal(8m, 2m)&quot;</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>is a folder, not a scenario file</source>
        <translation>ist ein Ordner, keine Szenariodatei</translation>
    </message>
    <message>
        <location filename="../../sim/io/src/scenario_overrides.cpp" line="+37"/>
        <source>&quot;%1&quot; is not inside a table</source>
        <translation>&quot;%1&quot; liegt nicht in einer Tabelle</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>there is no entry %1</source>
        <translation>es gibt keinen Eintrag %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>name a key inside the entry</source>
        <translation>einen Schlüssel innerhalb des Eintrags angeben</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 (set on the command line)</source>
        <translation>%1 (auf der Befehlszeile gesetzt)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>expected KEY=VALUE, e.g. staff.waiters=3</source>
        <translation>KEY=VALUE erwartet, z. B. staff.waiters=3</translation>
    </message>
    <message>
        <location filename="../../sim/io/src/scenario_search.cpp" line="+43"/>
        <source>no such file, and no preset of that name. Looked for:%1
No presets were found there: is Async Bistro installed?</source>
        <translation>weder eine solche Datei noch eine Vorlage dieses Namens. Gesucht:%1
Dort wurden keine Vorlagen gefunden: Ist Async Bistro installiert?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no such file, and no preset of that name. Looked for:%1
Presets: %2.</source>
        <translation>weder eine solche Datei noch eine Vorlage dieses Namens. Gesucht:%1
Vorlagen: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no such file, and no preset of that name. Looked for:%1
Presets: %2. Did you mean &quot;%3&quot;?</source>
        <translation>weder eine solche Datei noch eine Vorlage dieses Namens. Gesucht:%1
Vorlagen: %2. Vielleicht &quot;%3&quot;?</translation>
    </message>
    <message>
        <location filename="../../sim/src/names.cpp" line="-73"/>
        <location line="+41"/>
        <source>must be &gt; 0</source>
        <translation>muss &gt; 0 sein</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>at most 10000h (over a year of service)</source>
        <translation>höchstens 10000h (über ein Jahr Betrieb)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be &gt;= 0 and shorter than the duration</source>
        <translation>muss &gt;= 0 und kürzer als die Dauer sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+92"/>
        <source>shares must sum to 1 (they sum to %1)</source>
        <translation>die Anteile müssen zusammen 1 ergeben (sie ergeben %1)</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>sizes must be 1 to %1</source>
        <translation>Größen müssen 1 bis %1 sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be &gt;= 0 and after the previous segment</source>
        <translation>muss &gt;= 0 sein und nach dem vorigen Abschnitt liegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+69"/>
        <source>must be &gt;= 0</source>
        <translation>muss &gt;= 0 sein</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>gives %1 parties an hour (rate_per_hour x factor), at most 10000</source>
        <translation>ergibt %1 Gruppen pro Stunde (rate_per_hour x factor), erlaubt sind höchstens 10000</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>at most 10000 parties an hour</source>
        <translation>höchstens 10000 Gruppen pro Stunde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be 0 to 1000 parties</source>
        <translation>muss 0 bis 1000 Gruppen sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>counts must be &gt;= 0</source>
        <translation>Anzahlen müssen &gt;= 0 sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs at least one table</source>
        <translation>braucht mindestens einen Tisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most 400 tables</source>
        <translation>höchstens 400 Tische</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>parties of %1 do not fit the largest table (%2 seats)</source>
        <translation>Gruppen mit %1 Personen passen nicht an den größten Tisch (%2 Plätze)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be &gt;= 0 (0: no walking)</source>
        <translation>muss &gt;= 0 sein (0: keine Wege)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>must be between 0 and 0.95</source>
        <translation>muss zwischen 0 und 0.95 liegen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>needs at least one dish</source>
        <translation>braucht mindestens ein Gericht</translation>
    </message>
    <message>
        <location filename="../../sim/src/random.cpp" line="+231"/>
        <source>parameters must be finite numbers</source>
        <translation>Parameter müssen endliche Zahlen sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the value must be &gt;= 0</source>
        <translation>der Wert muss &gt;= 0 sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+17"/>
        <source>the mean must be &gt; 0</source>
        <translation>der Mittelwert muss &gt; 0 sein</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+4"/>
        <source>the low end must be &gt;= 0</source>
        <translation>das untere Ende muss &gt;= 0 sein</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>the high end must be &gt;= the low end</source>
        <translation>das obere Ende darf nicht unter dem unteren liegen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>needs low &lt;= mode &lt;= high</source>
        <translation>braucht low &lt;= mode &lt;= high</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>the standard deviation must be &gt;= 0</source>
        <translation>die Standardabweichung muss &gt;= 0 sein</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>the mean must be &gt;= 0</source>
        <translation>der Mittelwert muss &gt;= 0 sein</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>needs at least one entry</source>
        <translation>braucht mindestens einen Eintrag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>weights must be &gt;= 0</source>
        <translation>Gewichte müssen &gt;= 0 sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weights must not all be zero</source>
        <translation>die Gewichte dürfen nicht alle null sein</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../app/gui/src/compare/comparison_panel.cpp" line="+40"/>
        <source>&lt; %1 shorter</source>
        <translation>&lt; %1 kürzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 longer &gt;</source>
        <translation>%1 länger &gt;</translation>
    </message>
    <message>
        <location filename="../../app/gui/src/floor/door_item.cpp" line="+89"/>
        <source>DOOR  waiting %1 · lost %2</source>
        <translation>TÜR  wartend %1 · verloren %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>+%1 more</source>
        <translation>+%1 weitere</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>gave up</source>
        <translation>aufgegeben</translation>
    </message>
    <message>
        <location filename="../../app/gui/src/floor/kitchen_item.cpp" line="+49"/>
        <location line="+228"/>
        <location filename="../../app/gui/src/floor/waiter_item.cpp" line="+71"/>
        <source>leaving</source>
        <translation>geht</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>PASS %1</source>
        <translation>PASS %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>TICKET RAIL %1</source>
        <translation>BONSCHIENE %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>burnt</source>
        <translation>verbrannt</translation>
    </message>
    <message>
        <location filename="../../app/gui/src/lessons/help_pages.cpp" line="+89"/>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user guide is missing.</source>
        <translation>Das Benutzerhandbuch fehlt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../app/gui/src/window/classroom.cpp" line="+27"/>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h2&gt;Waiters&lt;/h2&gt;&lt;p&gt;A numbered circle in the colour of what it does, with the same icon in a small badge. A ring shows the progress of timed work; white plates are what it carries. Blocked waiters pulse.&lt;/p&gt;%1&lt;h2&gt;Tables&lt;/h2&gt;&lt;p&gt;Guests sit on the chairs (dark circles); the badge says what the party does. While it waits a ring fills over 15 minutes and the minutes are written beside it; past 10 minutes both turn red. White plates are the dishes served.&lt;/p&gt;%2&lt;h2&gt;Kitchen&lt;/h2&gt;&lt;p&gt;&lt;b&gt;Ticket rail&lt;/b&gt;: dishes waiting for a cook (the I/O queue). &lt;b&gt;Cooks&lt;/b&gt; C1, C2, ...: the dish in hand and its progress; red and &lt;i&gt;burnt&lt;/i&gt; when a burnt dish is cooked again. &lt;b&gt;Pass&lt;/b&gt;: finished dishes, cooling from orange to blue-grey while they wait for a waiter.&lt;/p&gt;&lt;h2&gt;Door&lt;/h2&gt;&lt;p&gt;Parties waiting for a table; the ring around each is its patience running out. &lt;i&gt;lost&lt;/i&gt; counts those who gave up.&lt;/p&gt;&lt;h2&gt;Compare mode&lt;/h2&gt;&lt;p&gt;Synchronous on the left in &lt;b style=&quot;color:%3&quot;&gt;vermilion&lt;/b&gt;, asynchronous on the right in &lt;b style=&quot;color:%4&quot;&gt;blue&lt;/b&gt;, the same two colours in every plot.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Kellner&lt;/h2&gt;&lt;p&gt;Ein nummerierter Kreis in der Farbe seiner Tätigkeit, mit demselben Symbol in einem kleinen Abzeichen. Ein Ring zeigt den Fortschritt einer Arbeit mit fester Dauer; weiße Teller zeigen, was er trägt. Blockierte Kellner pulsieren.&lt;/p&gt;%1&lt;h2&gt;Tische&lt;/h2&gt;&lt;p&gt;Die Gäste sitzen auf den Stühlen (dunkle Kreise); das Abzeichen zeigt, was die Gruppe gerade tut. Während sie wartet, füllt sich ein Ring über 15 Minuten, und daneben stehen die Minuten; nach 10 Minuten werden beide rot. Weiße Teller sind die servierten Gerichte.&lt;/p&gt;%2&lt;h2&gt;Küche&lt;/h2&gt;&lt;p&gt;&lt;b&gt;Bonschiene&lt;/b&gt;: Gerichte, die auf einen Koch warten (die E/A-Warteschlange). &lt;b&gt;Köche&lt;/b&gt; C1, C2, ...: das Gericht in Arbeit und sein Fortschritt; rot und &lt;i&gt;verbrannt&lt;/i&gt;, wenn ein verbranntes Gericht neu gekocht wird. &lt;b&gt;Pass&lt;/b&gt;: fertige Gerichte, die von Orange zu Blaugrau abkühlen, während sie auf einen Kellner warten.&lt;/p&gt;&lt;h2&gt;Tür&lt;/h2&gt;&lt;p&gt;Gruppen, die auf einen Tisch warten; der Ring um jede zeigt, wie ihre Geduld schwindet. &lt;i&gt;verloren&lt;/i&gt; zählt die Gruppen, die aufgegeben haben.&lt;/p&gt;&lt;h2&gt;Vergleichsmodus&lt;/h2&gt;&lt;p&gt;Synchron links in &lt;b style=&quot;color:%3&quot;&gt;Zinnoberrot&lt;/b&gt;, asynchron rechts in &lt;b style=&quot;color:%4&quot;&gt;Blau&lt;/b&gt;, dieselben zwei Farben in jedem Diagramm.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;h2&gt;Keyboard shortcuts&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Tastenkürzel&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../app/gui/src/panels/legend_entry.cpp" line="+16"/>
        <source>Taking order</source>
        <translation>Bestellung aufnehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Own work</source>
        <translation>Eigene Arbeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <location filename="../../app/gui/src/plots/theory_plot.cpp" line="+44"/>
        <location filename="../../app/gui/src/plots/wait_split_bars.cpp" line="+82"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 % lost</source>
        <translation>%1 % verloren</translation>
    </message>
    <message>
        <location filename="../../app/gui/src/plots/wait_plot.cpp" line="+23"/>
        <source>Wait for food</source>
        <translation>Wartezeit aufs Essen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time in the restaurant</source>
        <translation>Zeit im Restaurant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait for a table</source>
        <translation>Wartezeit auf einen Tisch</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Served, by their wait for food</source>
        <translation>Bediente Gruppen nach Wartezeit aufs Essen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gone, by time in the restaurant</source>
        <translation>Gegangene Gruppen nach Zeit im Restaurant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seated, by their wait for a table</source>
        <translation>Platzierte Gruppen nach Wartezeit auf einen Tisch</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nobody yet</source>
        <translation>noch niemand</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>mean &lt;b&gt;%1&lt;/b&gt; min so far, with %n still waiting</source>
        <translation>
            <numerusform>Mittel bisher &lt;b&gt;%1&lt;/b&gt; min, %n wartet noch</numerusform>
            <numerusform>Mittel bisher &lt;b&gt;%1&lt;/b&gt; min, %n warten noch</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mean &lt;b&gt;%1&lt;/b&gt; min</source>
        <translation>Mittel &lt;b&gt;%1&lt;/b&gt; min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; none finished yet</source>
        <translation>; noch keine abgeschlossen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; finished: %1 min (1 party: no interval from one)</source>
        <translation>; abgeschlossen: %1 min (1 Gruppe: aus einem Wert kein Intervall)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; finished: %1 ± %2 min (%3)</source>
        <translation>; abgeschlossen: %1 ± %2 min (%3)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n parties</source>
        <translation>
            <numerusform>%n Gruppe</numerusform>
            <numerusform>%n Gruppen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/src/plots/wait_split_bars.cpp" line="-59"/>
        <source>Where the waiting went, min a party</source>
        <translation>Wohin die Wartezeit ging, min pro Gruppe</translation>
    </message>
    <message>
        <location filename="../../app/gui/src/window/classroom.cpp" line="+9"/>
        <source>What every badge, colour and icon on the floor means</source>
        <translation>Was jedes Abzeichen, jede Farbe und jedes Symbol im Gastraum bedeutet</translation>
    </message>
    <message>
        <location filename="../../app/gui/src/floor/room_item.cpp" line="+47"/>
        <source>KITCHEN</source>
        <translation>KÜCHE</translation>
    </message>
</context>
<context>
    <name>Theory</name>
    <message>
        <location filename="../../sim/src/theory.cpp" line="+115"/>
        <source>%1 (a normal time cut at zero)</source>
        <translation>%1 (normalverteilt, bei null abgeschnitten)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>arrivals that change over the day</source>
        <translation>im Tagesverlauf wechselnde Ankünfte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>walking time</source>
        <translation>Wege der Kellner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>switching tables (async)</source>
        <translation>Tischwechsel (async)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>too few tables (guests queue at the door)</source>
        <translation>zu wenige Tische (Gäste warten an der Tür)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 not exponential (with more than one server)</source>
        <translation>%1 nicht exponentialverteilt (bei mehr als einem Bediener)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>more work than the staff can do (the queue grows)</source>
        <translation>mehr Arbeit, als das Personal schafft (die Warteschlange wächst)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>order taking</source>
        <translation>Bestellaufnahme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>making drinks</source>
        <translation>Getränkezubereitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bringing the bill</source>
        <translation>Bringen der Rechnung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>setting plates down (async: deliveries join the waiters&apos; queue)</source>
        <translation>Servieren der Teller (async: Lieferungen reihen sich in die Warteschlange der Kellner ein)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+38"/>
        <source>parties of more than one</source>
        <translation>Gruppen mit mehr als einer Person</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>fewer cooks than waiters (dishes queue)</source>
        <translation>weniger Köche als Kellner (Gerichte stauen sich)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the kitchen (the waiter blocks for it)</source>
        <translation>die Küche (der Kellner wartet blockiert darauf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>setting plates down</source>
        <translation>Servieren der Teller</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>synchronous waiters (a dish comes only from a free waiter)</source>
        <translation>synchrone Kellner (ein Gericht kommt nur von einem freien Kellner)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>parties of more than one (dishes come in batches)</source>
        <translation>Gruppen mit mehr als einer Person (Gerichte kommen in Schüben)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>too few waiters (tickets bunch up)</source>
        <translation>zu wenige Kellner (Bons treffen gehäuft ein)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <source>cook time</source>
        <translation>Kochzeit</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>patience at the door</source>
        <translation>Geduld an der Tür</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>fewer waiters than tables</source>
        <translation>weniger Kellner als Tische</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fewer cooks than tables</source>
        <translation>weniger Köche als Tische</translation>
    </message>
</context>
<context>
    <name>VerdictWords</name>
    <message>
        <location filename="../../app/gui/src/compare/verdict_words.cpp" line="+33"/>
        <source>%1%2 min ±%3</source>
        <translation>%1%2 min ±%3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 - %2 = %3%4 min in the wait for food; one replication gives no confidence interval, so run more (-r 10) before drawing a conclusion</source>
        <translation>%1 - %2 = %3%4 min bei der Wartezeit aufs Essen; ein einzelner Lauf liefert kein Konfidenzintervall, daher vor einer Schlussfolgerung mehr Läufe starten (-r 10)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 cut the wait for food by %2 min (±%3)</source>
        <translation>im Restaurant %1 war die Wartezeit aufs Essen %2 min kürzer (±%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 lengthened the wait for food by %2 min (±%3)</source>
        <translation>im Restaurant %1 war die Wartezeit aufs Essen %2 min länger (±%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about the same wait for food (%1 - %2 = %3)</source>
        <translation>etwa gleiche Wartezeit aufs Essen (%1 - %2 = %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no significant difference in the wait for food (%1 - %2 = %3)</source>
        <translation>kein signifikanter Unterschied bei der Wartezeit aufs Essen (%1 - %2 = %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>counting the parties still waiting at the end (on average %1 with %2, %3 with %4)</source>
        <translation>die am Ende noch wartenden Gruppen mitgezählt (im Mittel %1 im Restaurant %2, %3 im Restaurant %4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>counting the parties still waiting at the end (%1 with %2, %3 with %4)</source>
        <translation>die am Ende noch wartenden Gruppen mitgezählt (%1 im Restaurant %2, %3 im Restaurant %4)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+86"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>%1 min less each waiting for a free waiter (±%2)</source>
        <translation>je %1 min weniger mit Warten auf einen freien Kellner (±%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min more each waiting for a free waiter (±%2)</source>
        <translation>je %1 min mehr mit Warten auf einen freien Kellner (±%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min less each waiting on the kitchen (±%2)</source>
        <translation>je %1 min weniger mit Warten auf die Küche (±%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min more each waiting on the kitchen (±%2)</source>
        <translation>je %1 min mehr mit Warten auf die Küche (±%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 min less each with their food cooling at the pass (±%2)</source>
        <translation>je %1 min weniger mit abkühlendem Essen am Pass (±%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min more each with their food cooling at the pass (±%2)</source>
        <translation>je %1 min mehr mit abkühlendem Essen am Pass (±%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 min less each waiting for a table (±%2)</source>
        <translation>je %1 min weniger mit Warten auf einen Tisch (±%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min more each waiting for a table (±%2)</source>
        <translation>je %1 min mehr mit Warten auf einen Tisch (±%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>waiting for a free waiter (%1)</source>
        <translation>Warten auf einen freien Kellner (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>waiting on the kitchen (%1)</source>
        <translation>Warten auf die Küche (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>with their food cooling at the pass (%1)</source>
        <translation>abkühlendem Essen am Pass (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>waiting for a table (%1)</source>
        <translation>Warten auf einen Tisch (%1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>with %1, parties spent %2: the waiting moved from the waiters to the kitchen</source>
        <translation>im Restaurant %1 verbrachten die Gruppen %2: Das Warten verlagerte sich von den Kellnern in die Küche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with %1, parties spent %2</source>
        <translation>im Restaurant %1 verbrachten die Gruppen %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about the same time spent %1</source>
        <translation>etwa gleich viel Zeit mit %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
</context>
<context>
    <name>bistro::gui::Announcer</name>
    <message>
        <location filename="../../app/gui/src/window/announcer.cpp" line="+14"/>
        <source>Announcements</source>
        <translation>Ansagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What just happened in the restaurant, for screen readers</source>
        <translation>Was gerade im Restaurant passiert ist, für Screenreader</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiter %1 is blocked at the pass</source>
        <translation>Kellner %1 ist am Pass blockiert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Party %1 served after %2 minutes</source>
        <translation>Gruppe %1 nach %2 Minuten bedient</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The verdict: %1</source>
        <translation>Das Urteil: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>, and %1 more</source>
        <translation>, dazu %1 weitere</translation>
    </message>
</context>
<context>
    <name>bistro::gui::CodePanel</name>
    <message>
        <location filename="../../app/gui/src/code/code_panel.cpp" line="+33"/>
        <source>Pseudo-code</source>
        <translation>Pseudocode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Python (threading / asyncio)</source>
        <translation>Python (threading / asyncio)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JavaScript (blocking / async-await)</source>
        <translation>JavaScript (blockierend / async-await)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C++ (the model&apos;s own code)</source>
        <translation>C++ (der Code des Modells selbst)</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The same waiter, written in another language</source>
        <translation>Derselbe Kellner, in einer anderen Sprache geschrieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the program: it runs as it is (python3 / node)</source>
        <translation>Das Programm kopieren: Es läuft so, wie es ist (python3 / node)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save...</source>
        <translation>Speichern...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the program to a file you can run</source>
        <translation>Das Programm in einer ausführbaren Datei speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Synchronous waiter</source>
        <translation>Synchroner Kellner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Asynchronous waiter</source>
        <translation>Asynchroner Kellner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>whole order</source>
        <translation>ganze Bestellung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>each dish</source>
        <translation>jedes Gericht einzeln</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>C%1 cooking %2</source>
        <translation>C%1 kocht %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C%1 idle</source>
        <translation>C%1 frei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Task queue&lt;/b&gt; (the event loop&apos;s queue): %1&lt;br&gt;&lt;b&gt;Cooks&lt;/b&gt; (the I/O devices): %2</source>
        <translation>&lt;b&gt;Aufgaben-Warteschlange&lt;/b&gt; (die Warteschlange der Ereignisschleife): %1&lt;br&gt;&lt;b&gt;Köche&lt;/b&gt; (die E/A-Geräte): %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;waiter&lt;/b&gt; = a thread · &lt;b&gt;kitchen&lt;/b&gt; = I/O · &lt;b&gt;bell&lt;/b&gt; = a callback · &lt;b&gt;task queue&lt;/b&gt; = the event loop · &lt;b&gt;waiters&lt;/b&gt; = the thread pool&apos;s size. Now: &lt;b&gt;%1 threads&lt;/b&gt;, &lt;b&gt;%2 I/O devices&lt;/b&gt;.</source>
        <translation>&lt;b&gt;Kellner&lt;/b&gt; = ein Thread · &lt;b&gt;Küche&lt;/b&gt; = E/A · &lt;b&gt;Glocke&lt;/b&gt; = ein Callback · &lt;b&gt;Aufgaben-Warteschlange&lt;/b&gt; = die Ereignisschleife · &lt;b&gt;Anzahl der Kellner&lt;/b&gt; = die Größe des Thread-Pools. Jetzt: &lt;b&gt;%1 Threads&lt;/b&gt;, &lt;b&gt;%2 E/A-Geräte&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save the program</source>
        <translation>Das Programm speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>bistro::gui::CompareBar</name>
    <message>
        <location filename="../../app/gui/src/compare/compare_bar.cpp" line="+50"/>
        <source>What is compared</source>
        <translation>Was verglichen wird</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The one setting that differs between the two restaurants. Every other slider moves both.</source>
        <translation>Die eine Einstellung, in der sich die beiden Restaurants unterscheiden. Jeder andere Schieberegler verändert beide.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changing what is compared opens both again.</source>
        <translation>Wird der Vergleich geändert, öffnen beide Restaurants neu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop comparing</source>
        <translation>Vergleich beenden</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&lt;b&gt;Twin restaurants&lt;/b&gt;, same guests, compare</source>
        <translation>&lt;b&gt;Zwillingsrestaurants&lt;/b&gt;, gleiche Gäste, Vergleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Compare&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vergleich&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Twin restaurants, same guests, compare</source>
        <translation>Zwillingsrestaurants, gleiche Gäste, Vergleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Twin restaurants, same guests. Changing what is compared opens both again.</source>
        <translation>Zwillingsrestaurants, gleiche Gäste. Wird der Vergleich geändert, öffnen beide Restaurants neu.</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>The %1 restaurant&apos;s choice</source>
        <translation>Die Auswahl des Restaurants %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1 restaurant&apos;s value</source>
        <translation>Der Wert des Restaurants %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/src/compare/choices.cpp" line="+9"/>
        <source>waiter policy</source>
        <translation>Strategie der Kellner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivery</source>
        <translation>Lieferung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiters</source>
        <translation>Kellner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cooks</source>
        <translation>Köche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>guests per hour</source>
        <translation>Gäste pro Stunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cook time (x)</source>
        <translation>Kochzeit (x)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>order taking (x)</source>
        <translation>Bestellaufnahme (x)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>own work (x)</source>
        <translation>eigene Arbeit (x)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>burnt dishes (share)</source>
        <translation>verbrannte Gerichte (Anteil)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>patience (x)</source>
        <translation>Geduld (x)</translation>
    </message>
</context>
<context>
    <name>bistro::gui::ComparisonPanel</name>
    <message>
        <location filename="../../app/gui/src/compare/comparison_panel.cpp" line="+62"/>
        <source>&lt;p&gt;Compare mode is off. &lt;b&gt;View &amp;gt; Twin restaurants&lt;/b&gt; (Ctrl+T) opens two restaurants side by side, with the same guests and cook times.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Vergleichsmodus ist aus. &lt;b&gt;Ansicht &amp;gt; Zwillingsrestaurants&lt;/b&gt; (Ctrl+T) öffnet zwei Restaurants nebeneinander, mit denselben Gästen und Kochzeiten.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 min (%2, %3 still waiting)</source>
        <translation>%1 min (%2, davon %3 noch wartend)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n parties</source>
        <translation>
            <numerusform>%n Gruppe</numerusform>
            <numerusform>%n Gruppen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nobody ready to order yet</source>
        <translation>noch niemand bereit zu bestellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;&lt;b&gt;On screen&lt;/b&gt;, mean wait for food so far, the parties still waiting counted with their wait so far:&lt;br&gt;%1 &amp;nbsp;·&amp;nbsp; %2&lt;/p&gt;&lt;p&gt;&lt;img src=&apos;bistro:split&apos; width=&apos;%3&apos; height=&apos;%4&apos;&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Auf dem Bildschirm&lt;/b&gt;: mittlere Wartezeit aufs Essen bisher, die noch wartenden Gruppen mit ihrer bisherigen Wartezeit gezählt:&lt;br&gt;%1 &amp;nbsp;·&amp;nbsp; %2&lt;/p&gt;&lt;p&gt;&lt;img src=&apos;bistro:split&apos; width=&apos;%3&apos; height=&apos;%4&apos;&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;p&gt;The replicated comparison starts after 15 minutes of service.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Vergleich über viele Schichten beginnt nach 15 Minuten Betrieb.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;The replicated comparison up to %1 min was stopped at %2 % of its services. It starts again when the clock or a setting moves.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Vergleich über viele Schichten bis %1 min wurde bei %2 % seiner Schichten angehalten. Er beginnt neu, sobald sich die Uhr oder eine Einstellung ändert.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;Could not compare: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Vergleich nicht möglich: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;p style=&apos;color:#6b6b6b&apos;&gt;Paired difference %1 - %2 in the mean wait for food, the parties still waiting counted with their wait so far, over %3 services of %4 min each (the pair on screen and %5 more seeds), each pair with the same guests and cook times; a 95 % confidence interval: %6 to %7 min.%8&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#6b6b6b&apos;&gt;Gepaarte Differenz %1 - %2 der mittleren Wartezeit aufs Essen, die noch wartenden Gruppen mit ihrer bisherigen Wartezeit gezählt, über %3 Schichten zu je %4 min (das Paar auf dem Bildschirm und %5 weitere Startwerte), jedes Paar mit denselben Gästen und Kochzeiten; 95-%-Konfidenzintervall: %6 bis %7 min.%8&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> The same as &lt;code&gt;%1&lt;/code&gt;.</source>
        <translation> Dasselbe wie &lt;code&gt;%1&lt;/code&gt;.</translation>
    </message>
</context>
<context>
    <name>bistro::gui::ControlBar</name>
    <message>
        <location filename="../../app/gui/src/panels/control_bar.cpp" line="+101"/>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the start of the run (Home)</source>
        <translation>Zurück zum Anfang des Laufs (Home)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step back</source>
        <translation>Schritt zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the previous event (Left arrow)</source>
        <translation>Zurück zum vorigen Ereignis (Pfeil nach links)</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Play or pause (Space)</source>
        <translation>Abspielen oder pausieren (Space)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run exactly one event: the next thing that happens (Right arrow)</source>
        <translation>Genau ein Ereignis ausführen: das Nächste, was passiert (Pfeil nach rechts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clock</source>
        <translation>Uhr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulated time since the doors opened (hours:minutes:seconds)</source>
        <translation>Simulierte Zeit seit Öffnung der Türen (Stunden:Minuten:Sekunden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The timeline: drag to any moment. The run is deterministic, so going back re-simulates from the start, with every slider change you made.</source>
        <translation>Die Zeitleiste: zu einem beliebigen Moment ziehen. Der Lauf ist deterministisch, daher wird beim Zurückgehen von Anfang an neu simuliert, mit allen bisherigen Änderungen an den Schiebereglern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Speed </source>
        <translation> Tempo </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simulated seconds per real second, in steps of 1, 2 and 5: from 0.25x (slow motion) to 1000x (+ and - step through them)</source>
        <translation>Simulierte Sekunden pro echter Sekunde, in Stufen von 1, 2 und 5: von 0,25x (Zeitlupe) bis 1000x (+ und - schalten durch die Stufen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Seed </source>
        <translation> Startwert </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same seed, same customers, same run. Type another and press Enter.</source>
        <translation>Gleicher Startwert, gleiche Gäste, gleicher Lauf. Einen anderen eingeben und Enter drücken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New seed</source>
        <translation>Neuer Startwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other customers, other cook times: a new random day</source>
        <translation>Andere Gäste, andere Kochzeiten: ein neuer zufälliger Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Run until </source>
        <translation> Laufen bis </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run until</source>
        <translation>Laufen bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jump to a time, e.g. 45m or 1h30m, and pause there</source>
        <translation>Zu einer Zeit springen, z. B. 45m oder 1h30m, und dort anhalten</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Write a time such as 45m, 90s or 1h30m</source>
        <translation>Eine Zeit wie 45m, 90s oder 1h30m eingeben</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>bistro::gui::EventLogModel</name>
    <message>
        <location filename="../../app/gui/src/panels/event_log_model.cpp" line="+24"/>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>what</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table</source>
        <translation>Tisch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>waiter</source>
        <translation>Kellner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cook</source>
        <translation>Koch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dish</source>
        <translation>Gericht</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>party arrived</source>
        <translation>Gruppe angekommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>party seated</source>
        <translation>Gruppe platziert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>party lost</source>
        <translation>Gruppe verloren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiter called</source>
        <translation>Kellner gerufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order taken</source>
        <translation>Bestellung aufgenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ticket handed in</source>
        <translation>Bon abgegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dish started</source>
        <translation>Gericht begonnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dish burnt</source>
        <translation>Gericht verbrannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dish ready</source>
        <translation>Gericht fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dish picked up</source>
        <translation>Gericht abgeholt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>food delivered</source>
        <translation>Essen gebracht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order served</source>
        <translation>Bestellung serviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bill requested</source>
        <translation>Rechnung verlangt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bill paid</source>
        <translation>Rechnung bezahlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>party left</source>
        <translation>Gruppe gegangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiter state changed</source>
        <translation>Kellner wechselt Zustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parameter changed</source>
        <translation>Parameter geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warm-up ended</source>
        <translation>Aufwärmzeit vorbei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>idle</source>
        <translation>frei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>walking</source>
        <translation>unterwegs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>taking order</source>
        <translation>nimmt Bestellung auf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>making drinks</source>
        <translation>macht Getränke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivering</source>
        <translation>liefert aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>billing</source>
        <translation>kassiert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>waiter: %1</source>
        <translation>Kellner: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>set %1</source>
        <translation>eingestellt: %1</translation>
    </message>
</context>
<context>
    <name>bistro::gui::EventLogPanel</name>
    <message>
        <location filename="../../app/gui/src/panels/event_log_panel.cpp" line="+81"/>
        <source>Show</source>
        <translation>Nur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the log by</source>
        <translation>Protokoll filtern nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>table</source>
        <translation>Tisch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>waiter</source>
        <translation>Kellner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cook</source>
        <translation>Koch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dish</source>
        <translation>Gericht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>what</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter text</source>
        <translation>Filtertext</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 17 - follow one order through the restaurant</source>
        <translation>z. B. 17 - eine Bestellung durch das Restaurant verfolgen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracing async work: pick an order id to see its whole story in order, even when many waiters and cooks handled it.</source>
        <translation>Asynchrone Arbeit nachverfolgen: Eine Bestellnummer wählen, um ihre ganze Geschichte der Reihe nach zu sehen, auch wenn viele Kellner und Köche daran gearbeitet haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>follow the clock</source>
        <translation>der Uhr folgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV...</source>
        <translation>CSV exportieren...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the rows shown (the filter applies) as CSV, in the same columns as bistro-cli run --trace</source>
        <translation>Die angezeigten Zeilen (mit Filter) als CSV speichern, mit denselben Spalten wie bistro-cli run --trace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Happenings</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every happening in order; Enter or a click shows it on the floor</source>
        <translation>Jedes Ereignis der Reihe nach; Enter oder ein Klick zeigt es im Gastraum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Messages&lt;/b&gt; from</source>
        <translation>&lt;b&gt;Meldungen&lt;/b&gt; zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages from</source>
        <translation>Meldungen zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nobody (off)</source>
        <translation>keine (aus)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warnings and up</source>
        <translation>Warnungen und höher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>info and up</source>
        <translation>Info und höher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>debug and up</source>
        <translation>Debug und höher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>everything (trace)</source>
        <translation>alles (Trace)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the program itself reports: files opened and saved, comparisons computed, parameter changes (debug).</source>
        <translation>Was das Programm selbst meldet: geöffnete und gespeicherte Dateien, berechnete Vergleiche, Parameteränderungen (Debug).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>The log keeps the latest %L1 happenings: the %L2 before them were dropped. Go back in time to see them again.</source>
        <translation>Das Protokoll behält die letzten %L1 Ereignisse: Die %L2 davor wurden verworfen. In der Zeit zurückgehen, um sie wieder zu sehen.</translation>
    </message>
</context>
<context>
    <name>bistro::gui::FloorArea</name>
    <message>
        <location filename="../../app/gui/src/window/floor_area.cpp" line="+116"/>
        <source>Synchronous waiters (block at the pass)</source>
        <translation>Synchrone Kellner (blockieren am Pass)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asynchronous waiters</source>
        <translation>Asynchrone Kellner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Asynchronous waiters (the bell calls them back)</source>
        <translation>Asynchrone Kellner (die Glocke ruft sie zurück)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synchronous waiters</source>
        <translation>Synchrone Kellner</translation>
    </message>
</context>
<context>
    <name>bistro::gui::FloorLegend</name>
    <message>
        <location filename="../../app/gui/src/panels/floor_legend.cpp" line="+92"/>
        <source>Waiters</source>
        <translation>Kellner</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+38"/>
        <source>Leaving (faded)</source>
        <translation>Geht (verblasst)</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Let go: leaves when the task in hand is done</source>
        <translation>Abgezogen: geht, sobald die laufende Aufgabe erledigt ist</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Parties at their tables</source>
        <translation>Gruppen an ihren Tischen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooks (the kitchen: I/O)</source>
        <translation>Köche (die Küche: E/A)</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Cooking</source>
        <translation>Kocht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A cook at work on a dish</source>
        <translation>Ein Koch bei der Arbeit an einem Gericht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A burnt dish again</source>
        <translation>Ein verbranntes Gericht, noch einmal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dish burnt: cooked again (a failing request retried)</source>
        <translation>Das Gericht ist verbrannt: Es wird neu gekocht (eine fehlgeschlagene Anfrage wird wiederholt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Idle</source>
        <translation>Frei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A free cook</source>
        <translation>Ein freier Koch</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Let go: leaves when the dish in hand is done</source>
        <translation>Abgezogen: geht, sobald das Gericht in Arbeit fertig ist</translation>
    </message>
</context>
<context>
    <name>bistro::gui::FloorView</name>
    <message>
        <location filename="../../app/gui/src/floor/floor_keys.cpp" line="+179"/>
        <source>Waiter %1: %2</source>
        <translation>Kellner %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Table T%1, empty</source>
        <translation>Tisch T%1, leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table T%1: party %2 of %3, %4</source>
        <translation>Tisch T%1: Gruppe %2 mit %3 Pers., %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing: use the arrows to move between waiters and tables</source>
        <translation>Nichts ausgewählt: Mit den Pfeiltasten zwischen Kellnern und Tischen wechseln</translation>
    </message>
</context>
<context>
    <name>bistro::gui::InsightColumn</name>
    <message>
        <location filename="../../app/gui/src/panels/insight_column.cpp" line="+36"/>
        <source>Blocked at the pass</source>
        <translation>Blockiert am Pass</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kitchen is the bottleneck</source>
        <translation>Die Küche ist der Engpass</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Own work (CPU-bound)</source>
        <translation>Eigene Arbeit (CPU-gebunden)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More guests than the staff can serve</source>
        <translation>Mehr Gäste, als das Personal bedienen kann</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Watching: the cards about how the staff spend their time appear after ten minutes of service, or of a new setting.</source>
        <translation>Beobachtung läuft: Die Karten dazu, wie das Personal seine Zeit verbringt, erscheinen nach zehn Minuten Betrieb oder zehn Minuten nach einer neuen Einstellung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing stands out right now.</source>
        <translation>Gerade fällt nichts auf.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Show me</source>
        <translation>Zeigen</translation>
    </message>
</context>
<context>
    <name>bistro::gui::InspectorPanel</name>
    <message>
        <location filename="../../app/gui/src/panels/inspector_panel.cpp" line="+16"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a dish</source>
        <translation>ein Gericht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>waiter %1</source>
        <translation>Kellner %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>arrived, %n guests</source>
        <translation>
            <numerusform>angekommen, %n Gast</numerusform>
            <numerusform>angekommen, %n Gäste</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seated at table T%1</source>
        <translation>an Tisch T%1 platziert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;turned away&lt;/b&gt;: %1 parties already queued at the door</source>
        <translation>&lt;b&gt;abgewiesen&lt;/b&gt;: schon %1 Gruppen in der Warteschlange an der Tür</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;gave up&lt;/b&gt; after %1 at the door</source>
        <translation>&lt;b&gt;aufgegeben&lt;/b&gt; nach %1 an der Tür</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ready to order: calls a waiter</source>
        <translation>bereit zu bestellen: ruft einen Kellner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 took the order (after %2)</source>
        <translation>%1 hat die Bestellung aufgenommen (nach %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>ticket handed in: %n dishes for the kitchen</source>
        <translation>
            <numerusform>Bon abgegeben: %n Gericht für die Küche</numerusform>
            <numerusform>Bon abgegeben: %n Gerichte für die Küche</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>finished eating: asks for the bill</source>
        <translation>fertig gegessen: bittet um die Rechnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paid %1</source>
        <translation>bei %1 bezahlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left after %1 in all</source>
        <translation>gegangen nach insgesamt %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cook %1 starts the %2 again</source>
        <translation>Koch %1 kocht %2 noch einmal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cook %1 starts the %2</source>
        <translation>Koch %1 beginnt, %2 zu kochen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;span style=&apos;color:#D55E00&apos;&gt;&lt;b&gt;the %1 burnt&lt;/b&gt;: cooked again&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#D55E00&apos;&gt;&lt;b&gt;%1 ist verbrannt&lt;/b&gt;: wird neu gekocht&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the %1 is ready at the pass</source>
        <translation>%1 ist fertig am Pass</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 picks up the %2 (waited %3 at the pass)</source>
        <translation>%1 holt %2 ab (wartete %3 am Pass)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 serves the %2 (%3 after being ready to order)</source>
        <translation>%1 serviert %2 (%3 nach dem Bestellwunsch)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;the whole order is on the table&lt;/b&gt;, %1 after being ready to order</source>
        <translation>&lt;b&gt;die ganze Bestellung steht auf dem Tisch&lt;/b&gt;, %1 nach dem Bestellwunsch</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&lt;p style=&apos;background-color:%1; color:white&apos;&gt;&amp;nbsp;In the &lt;b&gt;%2&lt;/b&gt; restaurant, on the %3&amp;nbsp;&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;background-color:%1; color:white&apos;&gt;&amp;nbsp;Im Restaurant &lt;b&gt;%2&lt;/b&gt; (%3)&amp;nbsp;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;p style=&apos;color:#6b6b6b&apos;&gt;Click a waiter, a table or a dish to follow its story (or Tab into the floor, move with the arrows, press Enter).&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#6b6b6b&apos;&gt;Einen Kellner, einen Tisch oder ein Gericht anklicken, um seine Geschichte zu verfolgen (oder mit Tab in den Gastraum wechseln, mit den Pfeiltasten bewegen und Enter drücken).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;h3&gt;Table T%1&lt;/h3&gt;&lt;p&gt;Empty. It will seat the first party at the door that fits.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tisch T%1&lt;/h3&gt;&lt;p&gt;Leer. Er nimmt die erste passende Gruppe an der Tür auf.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;h3&gt;Party %1&lt;/h3&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt; %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Gruppe %1&lt;/h3&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt; %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;h3&gt;Waiter %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Kellner %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;b&gt;Not on the floor now.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Gerade nicht im Gastraum.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;%2&lt;/p&gt;&lt;p&gt;State: &lt;b style=&apos;color:%3&apos;&gt;%4&lt;/b&gt; for %5&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;%2&lt;/p&gt;&lt;p&gt;Zustand: &lt;b style=&apos;color:%3&apos;&gt;%4&lt;/b&gt; seit %5&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> It leaves when this task is done.</source>
        <translation> Er geht, sobald diese Aufgabe erledigt ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Recent states:&lt;/p&gt;&lt;table&gt;</source>
        <translation>&lt;p&gt;Letzte Zustände:&lt;/p&gt;&lt;table&gt;</translation>
    </message>
</context>
<context>
    <name>bistro::gui::InterfaceLanguage</name>
    <message>
        <location filename="../../app/gui/src/window/interface_language.cpp" line="+58"/>
        <source>&amp;Language</source>
        <translation>Sp&amp;rache</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system&apos;s language (%1)</source>
        <translation>Sprache des Systems (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the window&apos;s words and numbers</source>
        <translation>Die Sprache der Texte und Zahlen im Fenster</translation>
    </message>
</context>
<context>
    <name>bistro::gui::JobBar</name>
    <message>
        <location filename="../../app/gui/src/window/job_bar.cpp" line="+31"/>
        <source>Progress of the long job</source>
        <translation>Fortschritt der langen Aufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop here (Esc): the run stays at the time it reached</source>
        <translation>Hier anhalten (Esc): Der Lauf bleibt bei der erreichten Zeit</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The replicated comparison was stopped.</source>
        <translation>Der Vergleich über viele Schichten wurde angehalten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Running to %1: at %2</source>
        <translation>Läuft bis %1: bei %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stopped at %1 of %2.</source>
        <translation>Angehalten bei %1 von %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Replicated comparison: %1 %</source>
        <translation>Vergleich über viele Schichten: %1 %</translation>
    </message>
</context>
<context>
    <name>bistro::gui::LessonDesk</name>
    <message>
        <location filename="../../app/gui/src/lessons/lesson_desk.cpp" line="+68"/>
        <location line="+30"/>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The lesson&apos;s step: what to read, the prediction to make, Back and Next (Alt+L)</source>
        <translation>Der Schritt der Lektion: was zu lesen ist, die Vorhersage, Zurück und Weiter (Alt+L)</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+68"/>
        <source>The lesson</source>
        <translation>Die Lektion</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+78"/>
        <source>Open &amp;lesson...</source>
        <translation>&amp;Lektion öffnen...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open lesson</source>
        <translation>Lektion öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lessons (*.toml)</source>
        <translation>Lektionen (*.toml)</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+91"/>
        <source>&amp;Welcome</source>
        <translation>&amp;Willkommen</translation>
    </message>
    <message>
        <location line="-86"/>
        <location line="+88"/>
        <source>&amp;Lessons</source>
        <translation>&amp;Lektionen</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+96"/>
        <source>User &amp;guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+98"/>
        <source>&amp;Legend: badges, colours, icons</source>
        <translation>Le&amp;gende: Abzeichen, Farben, Symbole</translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+99"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cannot open the lesson</source>
        <translation>Die Lektion kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;%1 could not be opened; nothing changed.&lt;/p&gt;&lt;pre&gt;%2&lt;/pre&gt;</source>
        <translation>&lt;p&gt;%1 konnte nicht geöffnet werden; nichts wurde geändert.&lt;/p&gt;&lt;pre&gt;%2&lt;/pre&gt;</translation>
    </message>
</context>
<context>
    <name>bistro::gui::LessonPanel</name>
    <message>
        <location filename="../../app/gui/src/lessons/lesson_panel.cpp" line="+151"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show me</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outline again what this step is about</source>
        <translation>Noch einmal hervorheben, worum es in diesem Schritt geht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip to the result</source>
        <translation>Zum Ergebnis springen</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="-194"/>
        <location line="+20"/>
        <source>Step %1 of %2 · about %3 min in all</source>
        <translation>Schritt %1 von %2 · insgesamt etwa %3 min</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+19"/>
        <source>&lt;b&gt;Locked for this step:&lt;/b&gt; %1. %2</source>
        <translation>&lt;b&gt;Für diesen Schritt gesperrt:&lt;/b&gt; %1. %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+21"/>
        <source>&lt;b&gt;Your prediction.&lt;/b&gt; </source>
        <translation>&lt;b&gt;Die Vorhersage.&lt;/b&gt; </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>move to guess</source>
        <translation>zum Schätzen verschieben</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>&lt;p&gt;&lt;b&gt;You predicted:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;What happened:&lt;/b&gt; %2&lt;br&gt;&lt;b style=&quot;color:%3&quot;&gt;%4&lt;/b&gt;&lt;/p&gt;%5</source>
        <translation>&lt;p&gt;&lt;b&gt;Vorhergesagt:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Tatsächlich:&lt;/b&gt; %2&lt;br&gt;&lt;b style=&quot;color:%3&quot;&gt;%4&lt;/b&gt;&lt;/p&gt;%5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Right.</source>
        <translation>Richtig.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not this time: most people expect that too.</source>
        <translation>Diesmal nicht: Das erwarten die meisten auch.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Commit and run</source>
        <translation>Festlegen und starten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make your prediction first</source>
        <translation>Zuerst eine Vorhersage abgeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finish</source>
        <translation>Abschließen</translation>
    </message>
</context>
<context>
    <name>bistro::gui::MainWindow</name>
    <message>
        <location filename="../../app/gui/src/window/classroom.cpp" line="+47"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actual size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Presenter mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full screen, large type, only the floors and the big numbers (F5; Esc leaves)</source>
        <translation>Vollbild, große Schrift, nur die Gasträume und die großen Zahlen (F5; Esc beendet)</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Cancel the long job, or leave presenter mode</source>
        <translation>Die lange Aufgabe abbrechen oder den Präsentationsmodus verlassen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The controls are a tab beside the verdict, to give both floors room; View &gt; Insights opens the insights.</source>
        <translation>Die Steuerung ist ein Reiter neben dem Urteil, damit beide Gasträume Platz haben; Ansicht &gt; Einsichten öffnet die Einsichten.</translation>
    </message>
    <message>
        <location filename="../../app/gui/src/window/main_window.cpp" line="+79"/>
        <source>Press Space to play. Ctrl+K shows the waiters&apos; code. Hover over any control to learn the idea behind it.</source>
        <translation>Die Leertaste startet die Wiedergabe. Ctrl+K zeigt den Code der Kellner. Wer mit der Maus auf ein Bedienelement zeigt, erfährt die Idee dahinter.</translation>
    </message>
    <message>
        <location filename="../../app/gui/src/window/main_window_words.cpp" line="+26"/>
        <source>Live numbers</source>
        <translation>Live-Zahlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controls</source>
        <translation>Steuerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timelines</source>
        <translation>Zeitleisten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The waiter&apos;s program beside the restaurant, each waiter on its line (Ctrl+K)</source>
        <translation>Das Programm der Kellner neben dem Restaurant, jeder Kellner auf seiner Zeile (Ctrl+K)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Insights</source>
        <translation>Einsichten</translation>
    </message>
    <message>
        <location filename="../../app/gui/src/window/main_window.cpp" line="+122"/>
        <source>The service is over. Reset, or scrub back along the timeline.</source>
        <translation>Der Service ist vorbei. Zurücksetzen oder auf der Zeitleiste zurückspulen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The saved settings could not be read, so the window starts with the defaults.</source>
        <translation>Die gespeicherten Einstellungen konnten nicht gelesen werden, daher startet das Fenster mit den Standardwerten.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The simulation stopped: %1. Press Reset to start again.</source>
        <translation>Die Simulation wurde angehalten: %1. Zum Neustart „Zurücksetzen“ drücken.</translation>
    </message>
    <message>
        <location filename="../../app/gui/src/window/main_window_words.cpp" line="-1"/>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Twin restaurants (compare)</source>
        <translation>&amp;Zwillingsrestaurants (Vergleich)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twin restaurants</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two restaurants side by side with the same guests: sync against async</source>
        <translation>Zwei Restaurants nebeneinander mit denselben Gästen: sync gegen async</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plots</source>
        <translation>&amp;Diagramme</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Simulation</source>
        <translation>&amp;Simulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Faster</source>
        <translation>&amp;Schneller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;lower</source>
        <translation>&amp;Langsamer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synchronous waiters</source>
        <translation>Synchrone Kellner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asynchronous waiters</source>
        <translation>Asynchrone Kellner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Async Bistro</source>
        <translation>&amp;Über Async Bistro</translation>
    </message>
    <message>
        <location filename="../../app/gui/src/window/main_window.cpp" line="+202"/>
        <source>About Async Bistro</source>
        <translation>Über Async Bistro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Async Bistro %1&lt;/h3&gt;&lt;p&gt;A restaurant that teaches synchronous and asynchronous programming.&lt;/p&gt;&lt;p&gt;Waiters are threads, the kitchen is I/O, the bell is a callback. Every number comes from a deterministic discrete-event simulation checked against queueing theory.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Async Bistro %1&lt;/h3&gt;&lt;p&gt;Ein Restaurant, das synchrones und asynchrones Programmieren lehrt.&lt;/p&gt;&lt;p&gt;Kellner sind Threads, die Küche ist E/A, die Glocke ist ein Callback. Jede Zahl stammt aus einer deterministischen ereignisdiskreten Simulation, die an der Warteschlangentheorie überprüft ist.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot save the screenshot</source>
        <translation>Das Bildschirmfoto kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 against %2</source>
        <translation>%1 gegen %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>async</source>
        <translation>async</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sync</source>
        <translation>sync</translation>
    </message>
    <message>
        <location filename="../../app/gui/src/window/main_window_access.cpp" line="+52"/>
        <source>The policy, the delivery and the sliders</source>
        <translation>Die Strategie, die Lieferung und die Schieberegler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The live numbers: served, lost, waits, busy staff</source>
        <translation>Die Live-Zahlen: bediente und verlorene Gruppen, Wartezeiten, beschäftigtes Personal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The story of the waiter, table or party selected</source>
        <translation>Die Geschichte des ausgewählten Kellners, Tisches oder der ausgewählten Gruppe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Insight cards in plain words and the staff&apos;s load</source>
        <translation>Einsichten in einfachen Worten und die Auslastung des Personals</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The waiters&apos; program, each waiter on its line</source>
        <translation>Das Programm der Kellner, jeder Kellner auf seiner Zeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each waiter&apos;s and cook&apos;s states over time</source>
        <translation>Die Zustände jedes Kellners und Kochs im Zeitverlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every happening in order, to filter and export</source>
        <translation>Jedes Ereignis der Reihe nach, zum Filtern und Exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare mode: the difference and the verdict</source>
        <translation>Vergleichsmodus: der Unterschied und das Urteil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plot of the wait for food</source>
        <translation>Diagramm der Wartezeit aufs Essen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plot of the time in the restaurant</source>
        <translation>Diagramm der Zeit im Restaurant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plot of the wait for a table</source>
        <translation>Diagramm der Wartezeit auf einen Tisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plot of the waiters&apos; time by state</source>
        <translation>Diagramm der Zeit der Kellner nach Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plot of the queues over time</source>
        <translation>Diagramm der Warteschlangen im Zeitverlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The simulation beside queueing theory</source>
        <translation>Die Simulation neben der Warteschlangentheorie</translation>
    </message>
    <message>
        <location filename="../../app/gui/src/window/main_window_words.cpp" line="-11"/>
        <source>A&amp;nnounce happenings (screen readers)</source>
        <translation>&amp;Ereignisse ansagen (Screenreader)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell screen readers when a waiter blocks, an order is served or the verdict changes</source>
        <translation>Screenreadern mitteilen, wenn ein Kellner blockiert, eine Bestellung serviert wird oder sich das Urteil ändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Default layout</source>
        <translation>&amp;Standardanordnung</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Go to</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The floor</source>
        <translation>Der Gastraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The right floor (compare mode)</source>
        <translation>Der rechte Gastraum (Vergleichsmodus)</translation>
    </message>
    <message>
        <location filename="../../app/gui/src/window/main_window_access.cpp" line="+90"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The left floor: %1</source>
        <translation>Der linke Gastraum: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The floor of the restaurant</source>
        <translation>Der Gastraum des Restaurants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The right floor: %1</source>
        <translation>Der rechte Gastraum: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the event log</source>
        <translation>Das Ereignisprotokoll exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved the event log to %1</source>
        <translation>Ereignisprotokoll in %1 gespeichert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot export the event log</source>
        <translation>Das Ereignisprotokoll kann nicht exportiert werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Nothing was written.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Es wurde nichts geschrieben.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/gui/src/window/main_window_words.cpp" line="-18"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open scenario...</source>
        <translation>Szenario ö&amp;ffnen...</translation>
    </message>
    <message>
        <location filename="../../app/gui/src/window/main_window_files.cpp" line="-39"/>
        <source>Open scenario</source>
        <translation>Szenario öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+88"/>
        <source>Scenarios (*.toml)</source>
        <translation>Szenarien (*.toml)</translation>
    </message>
    <message>
        <location filename="../../app/gui/src/window/main_window_words.cpp" line="+1"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;as...</source>
        <translation>Speichern &amp;unter...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save screens&amp;hot...</source>
        <translation>&amp;Bildschirmfoto speichern...</translation>
    </message>
    <message>
        <location filename="../../app/gui/src/window/main_window_files.cpp" line="-72"/>
        <source>Save screenshot</source>
        <translation>Bildschirmfoto speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../../app/gui/src/window/main_window_words.cpp" line="+1"/>
        <source>Export event &amp;log (CSV)...</source>
        <translation>Ereignis&amp;protokoll exportieren (CSV)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;cenario</source>
        <translation>S&amp;zenario</translation>
    </message>
    <message>
        <location filename="../../app/gui/src/window/main_window_files.cpp" line="+32"/>
        <source>Cannot open the scenario</source>
        <translation>Das Szenario kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;%1 could not be opened. The current scenario stays as it is.&lt;/p&gt;%2</source>
        <translation>&lt;p&gt;%1 konnte nicht geöffnet werden. Das aktuelle Szenario bleibt unverändert.&lt;/p&gt;%2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&lt;p&gt;Nothing was lost: the file on disk is unchanged.&lt;/p&gt;%1</source>
        <translation>&lt;p&gt;Nichts ist verloren: Die Datei auf dem Datenträger ist unverändert.&lt;/p&gt;%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save scenario</source>
        <translation>Szenario speichern</translation>
    </message>
</context>
<context>
    <name>bistro::gui::ParameterPanel</name>
    <message>
        <location filename="../../app/gui/src/panels/parameter_panel.cpp" line="+81"/>
        <source>Guests</source>
        <translation>Gäste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parties arriving per hour, at random moments (a Poisson process).&lt;br&gt;Programming: the &lt;b&gt;request rate&lt;/b&gt; hitting a server.</source>
        <translation>Gruppen, die pro Stunde ankommen, zu zufälligen Zeitpunkten (ein Poisson-Prozess).&lt;br&gt;Programmierung: die &lt;b&gt;Anfragerate&lt;/b&gt;, die auf einen Server trifft.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>/h</source>
        <translation>/h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiters</source>
        <translation>Kellner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many waiters serve the room.&lt;br&gt;Programming: the &lt;b&gt;number of threads&lt;/b&gt; (the size of a thread pool). Removing one takes effect when they finish their task.</source>
        <translation>Wie viele Kellner den Gastraum bedienen.&lt;br&gt;Programmierung: die &lt;b&gt;Anzahl der Threads&lt;/b&gt; (die Größe eines Thread-Pools). Wird einer entfernt, wirkt das, sobald er seine Aufgabe beendet hat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cooks</source>
        <translation>Köche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many dishes the kitchen cooks at once.&lt;br&gt;Programming: the &lt;b&gt;I/O device&lt;/b&gt; and its concurrency (a database&apos;s connections, a disk&apos;s queue).</source>
        <translation>Wie viele Gerichte die Küche gleichzeitig kocht.&lt;br&gt;Programmierung: das &lt;b&gt;E/A-Gerät&lt;/b&gt; und seine Nebenläufigkeit (die Verbindungen einer Datenbank, die Warteschlange einer Festplatte).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cook time</source>
        <translation>Kochzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean time a cook needs per dish.&lt;br&gt;Programming: the &lt;b&gt;latency of the I/O call&lt;/b&gt;. The longer it is, the more a blocked thread wastes.</source>
        <translation>Mittlere Zeit, die ein Koch pro Gericht braucht.&lt;br&gt;Programmierung: die &lt;b&gt;Latenz des E/A-Aufrufs&lt;/b&gt;. Je länger sie ist, desto mehr Zeit vergeudet ein blockierter Thread.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <location line="+7"/>
        <location line="+14"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Order taking</source>
        <translation>Bestellaufnahme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean time to take an order at the table.&lt;br&gt;Programming: work on the request before the I/O call.</source>
        <translation>Mittlere Zeit, um am Tisch eine Bestellung aufzunehmen.&lt;br&gt;Programmierung: Arbeit an der Anfrage vor dem E/A-Aufruf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Own work</source>
        <translation>Eigene Arbeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The waiter&apos;s own work per order: drinks, bread. Nobody else can do it.&lt;br&gt;Programming: &lt;b&gt;CPU-bound work&lt;/b&gt;. Async does not make it faster: there is nothing to wait for.</source>
        <translation>Die eigene Arbeit des Kellners pro Bestellung: Getränke, Brot. Niemand sonst kann sie erledigen.&lt;br&gt;Programmierung: &lt;b&gt;CPU-gebundene Arbeit&lt;/b&gt;. Async macht sie nicht schneller: Es gibt nichts, worauf gewartet wird.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Burnt dishes</source>
        <translation>Verbrannte Gerichte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chance that a dish burns and must be cooked again.&lt;br&gt;Programming: a &lt;b&gt;failing request&lt;/b&gt; that is retried. Sync: the waiter waits it out; async: only that order waits.</source>
        <translation>Wahrscheinlichkeit, dass ein Gericht verbrennt und neu gekocht werden muss.&lt;br&gt;Programmierung: eine &lt;b&gt;fehlschlagende Anfrage&lt;/b&gt;, die wiederholt wird. Sync: Der Kellner wartet sie ab; async: Nur diese Bestellung wartet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Patience</source>
        <translation>Geduld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long guests wait at the door for a table before they leave.&lt;br&gt;Programming: a &lt;b&gt;client timeout&lt;/b&gt;.</source>
        <translation>Wie lange Gäste an der Tür auf einen Tisch warten, bevor sie gehen.&lt;br&gt;Programmierung: ein &lt;b&gt;Client-Timeout&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Synchronous</source>
        <translation>Synchron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Synchronous waiter&lt;/b&gt;: after handing in a ticket the waiter stands at the pass, &lt;i&gt;blocked&lt;/i&gt;, until the food is cooked.&lt;br&gt;Programming: a thread making a &lt;b&gt;blocking I/O call&lt;/b&gt;.</source>
        <translation>&lt;b&gt;Synchroner Kellner&lt;/b&gt;: Nach dem Abgeben eines Bons steht der Kellner &lt;i&gt;blockiert&lt;/i&gt; am Pass, bis das Essen gekocht ist.&lt;br&gt;Programmierung: ein Thread, der einen &lt;b&gt;blockierenden E/A-Aufruf&lt;/b&gt; macht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asynchronous</source>
        <translation>Asynchron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Asynchronous waiter&lt;/b&gt;: hands in the ticket and serves other tables; the kitchen&apos;s bell queues the delivery for any waiter.&lt;br&gt;Programming: a &lt;b&gt;non-blocking call&lt;/b&gt; with a callback / &lt;code&gt;await&lt;/code&gt; on an &lt;b&gt;event loop&lt;/b&gt;.</source>
        <translation>&lt;b&gt;Asynchroner Kellner&lt;/b&gt;: gibt den Bon ab und bedient andere Tische; die Glocke der Küche stellt die Lieferung für einen beliebigen Kellner in die Warteschlange.&lt;br&gt;Programmierung: ein &lt;b&gt;nicht blockierender Aufruf&lt;/b&gt; mit Callback / &lt;code&gt;await&lt;/code&gt; in einer &lt;b&gt;Ereignisschleife&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole order</source>
        <translation>Ganze Bestellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Food leaves the pass when &lt;b&gt;every&lt;/b&gt; dish of the order is ready.&lt;br&gt;Programming: &lt;code&gt;Promise.all&lt;/code&gt; / joining all results.</source>
        <translation>Das Essen verlässt den Pass, wenn &lt;b&gt;jedes&lt;/b&gt; Gericht der Bestellung fertig ist.&lt;br&gt;Programmierung: &lt;code&gt;Promise.all&lt;/code&gt; / alle Ergebnisse zusammenführen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each dish</source>
        <translation>Jedes Gericht einzeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each dish leaves the pass &lt;b&gt;as soon as it is ready&lt;/b&gt;.&lt;br&gt;Programming: streaming results as they complete.</source>
        <translation>Jedes Gericht verlässt den Pass, &lt;b&gt;sobald es fertig ist&lt;/b&gt;.&lt;br&gt;Programmierung: Ergebnisse weitergeben, sobald sie vorliegen (Streaming).</translation>
    </message>
    <message>
        <location line="+86"/>
        <source> (locked)</source>
        <translation> (gesperrt)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&lt;b&gt;Locked by the lesson.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Von der Lektion gesperrt.&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>bistro::gui::PlotView</name>
    <message>
        <location filename="../../app/gui/src/plots/plot_view.cpp" line="+90"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this plot as a PNG or SVG picture, or its data as CSV</source>
        <translation>Dieses Diagramm als PNG- oder SVG-Bild speichern oder seine Daten als CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture (PNG)...</source>
        <translation>Bild (PNG)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture (SVG)...</source>
        <translation>Bild (SVG)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data (CSV)...</source>
        <translation>Daten (CSV)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the picture, to paste into slides</source>
        <translation>Das Bild kopieren, um es in Folien einzufügen</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>Copy picture</source>
        <translation>Bild kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save picture (PNG)...</source>
        <translation>Bild speichern (PNG)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save picture (SVG)...</source>
        <translation>Bild speichern (SVG)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save data (CSV)...</source>
        <translation>Daten speichern (CSV)...</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+2"/>
        <location line="+8"/>
        <location line="+15"/>
        <location line="+7"/>
        <location line="+2"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Cannot encode %1 as PNG</source>
        <translation>%1 kann nicht als PNG kodiert werden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Async Bistro: %1</source>
        <translation>Async Bistro: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> files (*.%1)</source>
        <translation> Dateien (*.%1)</translation>
    </message>
</context>
<context>
    <name>bistro::gui::PresenterBar</name>
    <message>
        <location filename="../../app/gui/src/window/presenter_bar.cpp" line="+62"/>
        <source>Parties served and lost at the door, the mean wait for food (counting those still waiting), and the share of the waiters&apos; time spent blocked at the pass</source>
        <translation>Bediente und an der Tür verlorene Gruppen, die mittlere Wartezeit aufs Essen (die noch Wartenden mitgezählt) und der Anteil der Kellnerzeit, der blockiert am Pass verbracht wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The line of the waiters&apos; program most waiters are at</source>
        <translation>Die Zeile im Programm der Kellner, an der die meisten Kellner gerade stehen</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/span&gt; &amp;nbsp; served &lt;b&gt;%3&lt;/b&gt; &amp;middot; lost &lt;b&gt;%4&lt;/b&gt; &amp;middot; food &lt;b&gt;%5&lt;/b&gt; min &amp;middot; blocked &lt;b&gt;%6 %&lt;/b&gt;</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/span&gt; &amp;nbsp; bedient &lt;b&gt;%3&lt;/b&gt; &amp;middot; verloren &lt;b&gt;%4&lt;/b&gt; &amp;middot; Essen &lt;b&gt;%5&lt;/b&gt; min &amp;middot; blockiert &lt;b&gt;%6 %&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sync</source>
        <translation>sync</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>async</source>
        <translation>async</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>waiters %1 at: &lt;code style=&apos;background:#F2EEE6&apos;&gt;&amp;nbsp;%2&amp;nbsp;&lt;/code&gt;</source>
        <translation>Kellner %1 bei: &lt;code style=&apos;background:#F2EEE6&apos;&gt;&amp;nbsp;%2&amp;nbsp;&lt;/code&gt;</translation>
    </message>
</context>
<context>
    <name>bistro::gui::QueuePlot</name>
    <message>
        <location filename="../../app/gui/src/plots/queue_plot.cpp" line="+19"/>
        <source>door</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kitchen</source>
        <translation>Küche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>parties at the door</source>
        <translation>Gruppen an der Tür</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dishes waiting for a cook</source>
        <translation>Gerichte, die auf einen Koch warten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dishes waiting at the pass</source>
        <translation>Gerichte, die am Pass warten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The longest queue in each interval</source>
        <translation>Die längste Warteschlange in jedem Intervall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>simulated time (hours)</source>
        <translation>simulierte Zeit (Stunden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting</source>
        <translation>Wartende</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>door %1 · kitchen %2 · pass %3 now</source>
        <translation>jetzt: Tür %1 · Küche %2 · Pass %3</translation>
    </message>
</context>
<context>
    <name>bistro::gui::SimulationController</name>
    <message>
        <location filename="../../app/gui/src/controller/simulation_controller.cpp" line="+75"/>
        <source>an error with no message</source>
        <translation>ein Fehler ohne Meldung</translation>
    </message>
</context>
<context>
    <name>bistro::gui::StatsPanel</name>
    <message>
        <location filename="../../app/gui/src/panels/stats_panel.cpp" line="+46"/>
        <source>served</source>
        <translation>bedient</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parties that ate, paid and left</source>
        <translation>Gruppen, die gegessen, bezahlt und das Restaurant verlassen haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lost at the door</source>
        <translation>an der Tür verloren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parties that gave up waiting for a table</source>
        <translation>Gruppen, die das Warten auf einen Tisch aufgegeben haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+70"/>
        <source>min to order</source>
        <translation>min bis Bestellung</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Mean wait from being ready to order until a waiter takes the order; the parties still waiting count with their wait so far</source>
        <translation>Mittlere Wartezeit vom Bestellwunsch, bis ein Kellner die Bestellung aufnimmt; noch wartende Gruppen zählen mit ihrer bisherigen Wartezeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+68"/>
        <source>min for food</source>
        <translation>min bis Essen</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Mean wait from being ready to order until the whole order is on the table; the parties still waiting count with their wait so far</source>
        <translation>Mittlere Wartezeit vom Bestellwunsch, bis die ganze Bestellung auf dem Tisch steht; noch wartende Gruppen zählen mit ihrer bisherigen Wartezeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiters busy</source>
        <translation>Kellner beschäftigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share of the waiters&apos; time not idle</source>
        <translation>Anteil der Kellnerzeit, in der sie nicht untätig sind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiters blocked</source>
        <translation>Kellner blockiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the waiters&apos; time spent blocked at the pass: a thread waiting on I/O</source>
        <translation>Anteil der Kellnerzeit, der blockiert am Pass verbracht wird: ein Thread, der auf E/A wartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cooks busy</source>
        <translation>Köche beschäftigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share of the cooks&apos; time spent cooking</source>
        <translation>Anteil der Zeit, die die Köche mit Kochen verbringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parties inside</source>
        <translation>Gruppen im Restaurant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parties in the restaurant right now</source>
        <translation>Gruppen, die gerade im Restaurant sind</translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>%1, with %n still waiting</source>
        <translation>
            <numerusform>%1, davon %n noch wartend</numerusform>
            <numerusform>%1, davon %n noch wartend</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bistro::gui::TheoryPlot</name>
    <message>
        <location filename="../../app/gui/src/plots/theory_plot.cpp" line="-11"/>
        <source>Wait for a waiter to take the order</source>
        <translation>Wartezeit, bis ein Kellner die Bestellung aufnimmt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A dish&apos;s wait for a cook</source>
        <translation>Wartezeit eines Gerichts auf einen Koch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of parties lost at the door</source>
        <translation>Anteil der an der Tür verlorenen Gruppen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Theory</source>
        <translation>Theorie</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>theory: %1 %2</source>
        <translation>Theorie: %1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no textbook queue here: %1</source>
        <translation>hier keine Lehrbuch-Warteschlange: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no textbook queue here: %1 and %2 more</source>
        <translation>hier keine Lehrbuch-Warteschlange: %1 und %2 weitere</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>simulated time (hours)</source>
        <translation>simulierte Zeit (Stunden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>% lost</source>
        <translation>% verloren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>simulated mean so far</source>
        <translation>simuliertes Mittel bisher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>theory</source>
        <translation>Theorie</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>95 % band</source>
        <translation>95-%-Band</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> band</source>
        <translation> Band</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>simulated mean</source>
        <translation>simuliertes Mittel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> mean</source>
        <translation> Mittel</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>nothing measured yet</source>
        <translation>noch nichts gemessen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>simulated %1 %2 (one sample: no interval from one)</source>
        <translation>simuliert %1 %2 (eine Stichprobe: aus einem Wert kein Intervall)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>simulated %1 ± %2 %3</source>
        <translation>simuliert %1 ± %2 %3</translation>
    </message>
</context>
<context>
    <name>bistro::gui::TimelinePanel</name>
    <message>
        <location filename="../../app/gui/src/timeline/timeline_panel.cpp" line="+37"/>
        <source>The waiters&apos; shared task queue right now: the event loop&apos;s queue of pending work. Next to it, the kitchen&apos;s ticket rail.</source>
        <translation>Die gemeinsame Aufgaben-Warteschlange der Kellner in diesem Moment: die Warteschlange der Ereignisschleife mit anstehender Arbeit. Daneben die Bonschiene der Küche.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> &amp;middot; +%1 more</source>
        <translation> &amp;middot; +%1 weitere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Task queue&lt;/b&gt; (%1): %2 &amp;nbsp;&amp;nbsp; &lt;b&gt;Ticket rail&lt;/b&gt;: %3 dish(es)</source>
        <translation>&lt;b&gt;Aufgaben-Warteschlange&lt;/b&gt; (%1): %2 &amp;nbsp;&amp;nbsp; &lt;b&gt;Bonschiene&lt;/b&gt;: %3 Gericht(e)</translation>
    </message>
</context>
<context>
    <name>bistro::gui::TimelineView</name>
    <message>
        <location filename="../../app/gui/src/timeline/timeline_view.cpp" line="+46"/>
        <source>One lane per waiter (a thread) and per cook. Hover a bar to name the order; the mouse wheel zooms.</source>
        <translation>Eine Bahn pro Kellner (ein Thread) und pro Koch. Zeigt die Maus auf einen Balken, erscheint die Bestellung; das Mausrad zoomt.</translation>
    </message>
    <message>
        <location line="+221"/>
        <source>idle</source>
        <translation>frei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cooking again (burnt)</source>
        <translation>kocht neu (verbrannt)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cooking</source>
        <translation>kocht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 for %3 min</source>
        <translation>%1 %2 für %3 min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, order %1 at T%2</source>
        <translation>, Bestellung %1 an T%2</translation>
    </message>
</context>
<context>
    <name>bistro::gui::WaitPlot</name>
    <message>
        <location filename="../../app/gui/src/plots/wait_plot.cpp" line="+19"/>
        <source>Mean wait so far</source>
        <translation>Mittlere Wartezeit bisher</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+34"/>
        <source>parties</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>simulated time (hours)</source>
        <translation>simulierte Zeit (Stunden)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>everyone so far</source>
        <translation>alle bisher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finished only</source>
        <translation>nur abgeschlossene</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>95 % band (finished)</source>
        <translation>95-%-Band (abgeschlossene)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>95 % band</source>
        <translation>95-%-Band</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> band</source>
        <translation> Band</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>finished</source>
        <translation>abgeschlossene</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> finished</source>
        <translation> abgeschlossene</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>everyone</source>
        <translation>alle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> everyone</source>
        <translation> alle</translation>
    </message>
</context>
<context>
    <name>bistro::gui::WaitSplitBars</name>
    <message>
        <location filename="../../app/gui/src/plots/wait_split_bars.cpp" line="+124"/>
        <source>The mean wait of a party, split by what it waited for: the parties still waiting count with their time so far. Vermilion: waiting for a waiter while one stood blocked at the pass, the cost of blocking.</source>
        <translation>Die mittlere Wartezeit einer Gruppe, aufgeteilt danach, worauf sie gewartet hat: Noch wartende Gruppen zählen mit ihrer bisherigen Zeit. Zinnoberrot: Warten auf einen Kellner, während einer am Pass blockiert war, also die Kosten des Blockierens.</translation>
    </message>
</context>
<context>
    <name>bistro::gui::WaiterSplitPlot</name>
    <message>
        <location filename="../../app/gui/src/plots/waiter_split_plot.cpp" line="+27"/>
        <source>Waiters&apos; time</source>
        <translation>Zeit der Kellner</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>% of the time since opening</source>
        <translation>% der Zeit seit Öffnung</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&lt;b&gt;%1 %&lt;/b&gt; blocked at the pass</source>
        <translation>&lt;b&gt;%1 %&lt;/b&gt; blockiert am Pass</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>waiter %1</source>
        <translation>Kellner %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all %1 waiters</source>
        <translation>alle %1 Kellner</translation>
    </message>
</context>
<context>
    <name>bistro::gui::WelcomeCard</name>
    <message>
        <location filename="../../app/gui/src/lessons/welcome_card.cpp" line="+41"/>
        <source>Welcome to Async Bistro</source>
        <translation>Willkommen im Async Bistro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A restaurant you can run, pause and rewind: the waiters are threads and the kitchen is I/O, so you watch live what &lt;b&gt;waiting&lt;/b&gt; (synchronous) or &lt;b&gt;not waiting&lt;/b&gt; (asynchronous) does to the guests.</source>
        <translation>Ein Restaurant, das sich starten, anhalten und zurückspulen lässt: Die Kellner sind Threads und die Küche ist E/A. So ist live zu sehen, was &lt;b&gt;Warten&lt;/b&gt; (synchron) oder &lt;b&gt;Nicht-Warten&lt;/b&gt; (asynchron) für die Gäste bedeutet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Or open a ready-made restaurant, each written to teach one idea:</source>
        <translation>Oder ein fertiges Restaurant öffnen, jedes so angelegt, dass es eine Idee vermittelt:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Start the first lesson</source>
        <translation>Die erste Lektion starten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Just explore</source>
        <translation>Einfach erkunden</translation>
    </message>
</context>
</TS>
