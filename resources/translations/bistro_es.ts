<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Cli</name>
    <message>
        <location filename="../../app/cli/commands.cpp" line="+56"/>
        <source>--%1: &quot;%2&quot; is not a duration (write e.g. 90s, 30m or 2h)</source>
        <translation>--%1: &quot;%2&quot; no es una duración (escribir p. ej. 90s, 30m o 2h)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--replications: must be at least 1</source>
        <translation>--replications: debe ser al menos 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--per-replication: needs --format json or --format csv (a table shows intervals)</source>
        <translation>--per-replication: requiere --format json o --format csv (una tabla muestra intervalos)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>interrupted after %1; no results printed (they would cover part of the runs only)</source>
        <translation>interrumpido; %1; no se muestran resultados (solo abarcarían una parte de las réplicas)</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>wrote %1 rows to %2</source>
        <translation>se escribieron %1 filas en %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the stop&apos;s event did not come on every day</source>
        <translation>el evento en el que se detiene la ejecución no ocurrió todos los días</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at the lesson&apos;s seed %1 the model shows %2, not the answer the lesson calls right</source>
        <translation>con la semilla %1 de la lección el modelo muestra %2, no la respuesta que la lección da por correcta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>on seed %1 the model shows %2, not the answer the lesson calls right (right on %3 of %4 other days; say varies = true and teach that, or change it)</source>
        <translation>con la semilla %1 el modelo muestra %2, no la respuesta que la lección da por correcta (correcta en %3 de %4 días más; indica varies = true y enséñalo así, o cambia la respuesta)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it says the outcome varies, but it is the same on all %1 other days</source>
        <translation>dice que el resultado varía, pero es el mismo en los %1 días restantes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>step %1: %2 at seed %3; right on %4 of %5 other days (it says the outcome varies)</source>
        <translation>paso %1: %2 con la semilla %3; correcta en %4 de %5 días más (dice que el resultado varía)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>step %1: %2 at seed %3; right on %4 of %5 other days</source>
        <translation>paso %1: %2 con la semilla %3; correcta en %4 de %5 días más</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: OK. Lesson &quot;%2&quot;: %3 steps, %4 prediction true to the model, about %5 min.</source>
        <translation>%1: OK. Lección &quot;%2&quot;: %3 pasos, %4 predicción confirmada por el modelo, unos %5 min.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: OK. Lesson &quot;%2&quot;: %3 steps, %4 predictions true to the model, about %5 min.</source>
        <translation>%1: OK. Lección &quot;%2&quot;: %3 pasos, %4 predicciones confirmadas por el modelo, unos %5 min.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: OK. &quot;%2&quot;: %3, %4, %5, %6 parties/h, %7, %8 policy.</source>
        <translation>%1: OK. &quot;%2&quot;: %3, %4, %5, %6 grupos/h, %7, política %8.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 waiter</source>
        <translation>%1 camarero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 waiters</source>
        <translation>%1 camareros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cook</source>
        <translation>%1 cocinero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cooks</source>
        <translation>%1 cocineros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 table</source>
        <translation>1 mesa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 tables</source>
        <translation>%1 mesas</translation>
    </message>
    <message>
        <location filename="../../app/cli/long_run.cpp" line="+59"/>
        <source>%1 of %2 simulated (%3%)</source>
        <translation>tiempo simulado: %1 de %2 (%3 %)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>, stopping</source>
        <translation>, deteniendo</translation>
    </message>
    <message>
        <location filename="../../app/cli/report.cpp" line="+54"/>
        <source>arrived</source>
        <translation>llegados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>served (paid and left)</source>
        <translation>atendidos (pagaron y se fueron)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lost (gave up at the door, or it was full)</source>
        <translation>perdidos (desistieron en la puerta o llena)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>served per hour</source>
        <translation>atendidos por hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>had to wait for a table</source>
        <translation>tuvieron que esperar una mesa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>had to wait for a free waiter</source>
        <translation>tuvieron que esperar a un camarero libre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for a table (the lost ones too)</source>
        <translation>por una mesa (también los perdidos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for a waiter to take the order</source>
        <translation>por un camarero que tome el pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for the first dish (since ready to order)</source>
        <translation>por el primer plato (desde que pueden pedir)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for the whole order (since ready to order)</source>
        <translation>por todo el pedido (desde que pueden pedir)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for the whole order once ordered</source>
        <translation>por todo el pedido desde que se pidió</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the restaurant, in all (the lost too)</source>
        <translation>en el restaurante en total (con perdidos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at the door before giving up (the lost)</source>
        <translation>en la puerta antes de desistir (perdidos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>food cooling at the pass</source>
        <translation>comida enfriándose en el pase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a dish waiting for a cook</source>
        <translation>un plato esperando a un cocinero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for a table</source>
        <translation>por una mesa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for a waiter, all of them busy</source>
        <translation>por un camarero, todos ocupados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for a waiter, while one stood blocked</source>
        <translation>por un camarero, con uno bloqueado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for its waiter on the way or at work</source>
        <translation>por su camarero, en camino o trabajando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for the kitchen (queue and cooking)</source>
        <translation>por la cocina (cola y cocción)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for a burnt dish cooked again</source>
        <translation>por un plato quemado cocinado de nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for food cooling at the pass</source>
        <translation>con la comida enfriándose en el pase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in all</source>
        <translation>en total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parties at the door</source>
        <translation>grupos en la puerta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dishes waiting for a cook</source>
        <translation>platos esperando a un cocinero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dishes waiting at the pass</source>
        <translation>platos esperando en el pase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parties inside</source>
        <translation>grupos dentro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiters busy</source>
        <translation>camareros ocupados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  of which blocked at the pass</source>
        <translation>  de los cuales, bloqueados en el pase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  walking</source>
        <translation>  caminando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  taking orders</source>
        <translation>  tomando pedidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  making drinks (own work)</source>
        <translation>  preparando bebidas (trabajo propio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  delivering</source>
        <translation>  entregando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  billing</source>
        <translation>  cobrando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cooks busy</source>
        <translation>cocineros ocupados</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2), seed %3, %4 replication of %5 after %6 warm-up; ± is a 95% confidence interval</source>
        <translation>%1 (%2), semilla %3, %4 réplica de %5 tras %6 de calentamiento; ± es un intervalo de confianza del 95 %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2), seed %3, %4 replications of %5 after %6 warm-up; ± is a 95% confidence interval</source>
        <translation>%1 (%2), semilla %3, %4 réplicas de %5 cada una tras %6 de calentamiento; ± es un intervalo de confianza del 95 %</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2), seed %3, %4 replication of %5; ± is a 95% confidence interval</source>
        <translation>%1 (%2), semilla %3, %4 réplica de %5; ± es un intervalo de confianza del 95 %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2), seed %3, %4 replications of %5; ± is a 95% confidence interval</source>
        <translation>%1 (%2), semilla %3, %4 réplicas de %5 cada una; ± es un intervalo de confianza del 95 %</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Waiting (minutes)</source>
        <translation>Espera (minutos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>everyone</source>
        <translation>todos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>waiting</source>
        <translation>esperan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finished</source>
        <translation>acabadas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>  everyone: the parties still waiting at the end count with their wait so far;
  waiting: how many they are; finished, p50-p99: the waits that ended
</source>
        <translation>  todos: los grupos que aún esperan al final cuentan con su espera hasta ahí;
  esperan: cuántos son; acabadas, p50-p99: las esperas que terminaron
</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+58"/>
        <source>Parties</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+10"/>
        <location line="+6"/>
        <location line="+6"/>
        <source>mean</source>
        <translation>media</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+59"/>
        <source>Where the waiting went (minutes per party)</source>
        <translation>En qué se fue la espera (minutos por grupo)</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Queues (average length over time)</source>
        <translation>Colas (longitud media a lo largo del tiempo)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Staff (share of their time, %)</source>
        <translation>Personal (parte de su tiempo, %)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: sync against async on the same customers (seed %2, %3 replication of %4)</source>
        <translation>%1: sync contra async con los mismos clientes (semilla %2, %3 réplica de %4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: sync against async on the same customers (seed %2, %3 replications of %4)</source>
        <translation>%1: sync contra async con los mismos clientes (semilla %2, %3 réplicas de %4 cada una)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Had to wait (%)</source>
        <translation>Tuvieron que esperar (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting, mean (minutes), counting the parties still waiting</source>
        <translation>Espera, media (minutos), contando los grupos que aún esperan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Still waiting at the end (parties)</source>
        <translation>Aún esperando al final (grupos)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Queues (average length)</source>
        <translation>Colas (longitud media)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff (share of time, %)</source>
        <translation>Personal (parte del tiempo, %)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verdict: %1.</source>
        <translation>Veredicto: %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/verdict_words.cpp" line="+23"/>
        <source>%1%2 min ±%3</source>
        <translation>%1%2 min ±%3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 - %2 = %3%4 min in the wait for food; one replication gives no confidence interval, so run more (-r 10) before drawing a conclusion</source>
        <translation>%1 - %2 = %3%4 min en la espera de la comida; una sola réplica no da intervalo de confianza, así que conviene ejecutar más (-r 10) antes de sacar conclusiones</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 cut the wait for food by %2 min (±%3)</source>
        <translation>con %1, la espera de la comida fue %2 min más corta (±%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 lengthened the wait for food by %2 min (±%3)</source>
        <translation>con %1, la espera de la comida fue %2 min más larga (±%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about the same wait for food (%1 - %2 = %3)</source>
        <translation>más o menos la misma espera de la comida (%1 - %2 = %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no significant difference in the wait for food (%1 - %2 = %3)</source>
        <translation>ninguna diferencia significativa en la espera de la comida (%1 - %2 = %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>counting the parties still waiting at the end (on average %1 with %2, %3 with %4)</source>
        <translation>contando los grupos que aún esperaban al final (de media %1 con %2, %3 con %4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>counting the parties still waiting at the end (%1 with %2, %3 with %4)</source>
        <translation>contando los grupos que aún esperaban al final (%1 con %2, %3 con %4)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
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
        <translation>%1 min menos cada uno esperando a un camarero libre (±%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min more each waiting for a free waiter (±%2)</source>
        <translation>%1 min más cada uno esperando a un camarero libre (±%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 min less each waiting on the kitchen (±%2)</source>
        <translation>%1 min menos cada uno esperando a la cocina (±%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min more each waiting on the kitchen (±%2)</source>
        <translation>%1 min más cada uno esperando a la cocina (±%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min less each with their food cooling at the pass (±%2)</source>
        <translation>%1 min menos cada uno con su comida enfriándose en el pase (±%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 min more each with their food cooling at the pass (±%2)</source>
        <translation>%1 min más cada uno con su comida enfriándose en el pase (±%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 min less each waiting for a table (±%2)</source>
        <translation>%1 min menos cada uno esperando una mesa (±%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min more each waiting for a table (±%2)</source>
        <translation>%1 min más cada uno esperando una mesa (±%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>waiting for a free waiter (%1)</source>
        <translation>esperando a un camarero libre (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting on the kitchen (%1)</source>
        <translation>esperando a la cocina (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with their food cooling at the pass (%1)</source>
        <translation>con su comida enfriándose en el pase (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>waiting for a table (%1)</source>
        <translation>esperando una mesa (%1)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>with %1, parties spent %2: the waiting moved from the waiters to the kitchen</source>
        <translation>con %1, los grupos pasaron %2: la espera se trasladó de los camareros a la cocina</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>with %1, parties spent %2</source>
        <translation>con %1, los grupos pasaron %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about the same time spent %1</source>
        <translation>más o menos el mismo tiempo %1</translation>
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
        <translation>Uso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OPTIONS</source>
        <translation>OPCIONES</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Positionals</source>
        <translation>Argumentos posicionales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REQUIRED</source>
        <translation>OBLIGATORIO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SUBCOMMAND</source>
        <translation>SUBCOMANDO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scenario file (TOML), or a preset name such as lunch-rush</source>
        <translation>Archivo de escenario (TOML), o el nombre de un escenario incluido como lunch-rush</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seed of the first replication (the others derive from it)</source>
        <translation>Semilla de la primera réplica (las demás se derivan de ella)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Independent replications (for confidence intervals)</source>
        <translation>Réplicas independientes (para los intervalos de confianza)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discard statistics before this time, e.g. 30m</source>
        <translation>Descartar las estadísticas anteriores a este momento, p. ej. 30m</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Length of each run, e.g. 8h</source>
        <translation>Duración de cada ejecución, p. ej. 8h</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change a scenario key, e.g. --set staff.waiters=4 --set times.eating=exp(20m)</source>
        <translation>Cambiar una clave del escenario, p. ej. --set staff.waiters=4 --set times.eating=exp(20m)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Threads to use (default: every core); results do not depend on it</source>
        <translation>Hilos que usar (por defecto: todos los núcleos); los resultados no dependen de ello</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Output: table (for people), json (for scripts) or csv</source>
        <translation>Salida: table (para personas), json (para scripts) o csv</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the event log of the first replication as CSV to FILE</source>
        <translation>Escribir el registro de eventos de la primera réplica como CSV en FILE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With json or csv: every replication&apos;s values too, so derived quantities can get their own intervals</source>
        <translation>Con json o csv: también los valores de cada réplica, para que las magnitudes derivadas tengan sus propios intervalos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Override the scenario&apos;s policy</source>
        <translation>Sustituir la política del escenario</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Print this help message and exit</source>
        <translation>Mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Display program version information and exit</source>
        <translation>Mostrar la versión del programa y salir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>trace, debug, info, warn, error or off</source>
        <translation>trace, debug, info, warn, error u off</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run a scenario and print every statistic with its 95% confidence interval</source>
        <translation>Ejecutar un escenario e imprimir cada estadística con su intervalo de confianza del 95 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <location line="+13"/>
        <location line="+24"/>
        <source>Subcommands</source>
        <translation>Subcomandos</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+14"/>
        <location line="+22"/>
        <location line="+17"/>
        <source>Examples:</source>
        <translation>Ejemplos:</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Run sync and async on the same customers and compare them</source>
        <translation>Ejecutar sync y async con los mismos clientes y compararlos</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Run a grid of settings and write one CSV row per point</source>
        <translation>Ejecutar una cuadrícula de ajustes y escribir una fila CSV por punto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>KEY=FROM:TO:STEP or KEY=A,B,C; several make a grid</source>
        <translation>KEY=FROM:TO:STEP o KEY=A,B,C; varias forman una cuadrícula</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV file to write</source>
        <translation>Archivo CSV que escribir</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Validate a scenario or lesson file and explain what is wrong</source>
        <translation>Validar un archivo de escenario o de lección y explicar qué está mal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scenario or lesson file (TOML), or a preset name</source>
        <translation>Archivo de escenario o de lección (TOML), o el nombre de un escenario incluido</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A scenario is a TOML file, or the name of a preset:</source>
        <translation>Un escenario es un archivo TOML o el nombre de un escenario incluido:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none found (is Async Bistro installed?)</source>
        <translation>no se encontró ninguno (¿está instalado Async Bistro?)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Async Bistro from the terminal: simulate a restaurant served synchronously or asynchronously.
Exit codes: 0 ok, 2 bad input (a scenario or an option), 1 other failures, 130 interrupted (Ctrl-C: no results).
Results go to stdout, messages to stderr.</source>
        <translation>Async Bistro desde el terminal: simula un restaurante atendido de forma síncrona o asíncrona.
Códigos de salida: 0 correcto, 2 entrada incorrecta (un escenario o una opción), 1 otros fallos, 130 interrumpido (Ctrl-C: sin resultados).
Los resultados van a stdout, los mensajes a stderr.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../app/gui/src/window/command_line.cpp" line="+43"/>
        <source>Scenario file, or a preset name such as lunch-rush.</source>
        <translation>Archivo de escenario, o el nombre de un escenario incluido como lunch-rush.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Render the window to a PNG and exit.</source>
        <translation>Guardar la ventana como PNG y salir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --screenshot: the simulated time to show, e.g. 45m.</source>
        <translation>Con --screenshot: el tiempo simulado que se muestra, p. ej. 45m.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window size, e.g. 1600x1000.</source>
        <translation>Tamaño de la ventana, p. ej. 1600x1000.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with this policy: sync or async.</source>
        <translation>Empezar con esta política: sync o async.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure N frames of the window and print the figures.</source>
        <translation>Medir N fotogramas de la ventana e imprimir las cifras.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --bench-frames: simulation speed.</source>
        <translation>Con --bench-frames: velocidad de la simulación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change a scenario key, e.g. staff.cooks=6 (as bistro-cli --set).</source>
        <translation>Cambiar una clave del escenario, p. ej. staff.cooks=6 (como bistro-cli --set).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twin restaurants: sync and async side by side.</source>
        <translation>Restaurantes gemelos: síncrono y asíncrono uno al lado del otro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show a panel: code, timeline, eventLog, inspector, comparison, plotWaitFood, plotTimeIn, plotWaitTable, plotWaiters, plotQueues, plotTheory, or all.</source>
        <translation>Mostrar un panel: code, timeline, eventLog, inspector, comparison, plotWaitFood, plotTimeIn, plotWaitTable, plotWaiters, plotQueues, plotTheory o all.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the waiter&apos;s program in this language: pseudo, python, javascript or cpp.</source>
        <translation>Mostrar el programa de los camareros en este lenguaje: pseudo, python, javascript o cpp.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a lesson: a file, or a built-in one such as 01-blocking-call; :N opens its step N (from 1).</source>
        <translation>Abrir una lección: un archivo, o una incluida como 01-blocking-call; :N abre su paso N (desde 1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the welcome card.</source>
        <translation>Mostrar la tarjeta de bienvenida.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speak this language for this run: en, de or es (View &gt; Language remembers a choice; by default the system&apos;s).</source>
        <translation>Hablar este idioma en esta ejecución: en, de o es (Ver &gt; Idioma recuerda una elección; si no, el del sistema).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A restaurant that teaches synchronous vs asynchronous programming.</source>
        <translation>Un restaurante que enseña programación síncrona frente a asíncrona.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>--language: &quot;%1&quot; is not one of en, de, es</source>
        <translation>--language: «%1» no es en, de ni es</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--lesson: &quot;%1&quot; is not a step number</source>
        <translation>--lesson: «%1» no es un número de paso</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--lesson: cannot open %1</source>
        <translation>--lesson: no se puede abrir %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--code: &quot;%1&quot; is not one of pseudo, python, javascript, cpp</source>
        <translation>--code: «%1» no es pseudo, python, javascript ni cpp</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The Scenario menu has: </source>
        <translation>El menú Escenario tiene: </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--at: &quot;%1&quot; is not a time (write e.g. 45m)</source>
        <translation>--at: «%1» no es un tiempo (escriba p. ej. 45m)</translation>
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
        <translation>cada plato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>whole order</source>
        <translation>pedido completo</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n waiters</source>
        <translation>
            <numerusform>%n camarero</numerusform>
            <numerusform>%n camareros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n cooks</source>
        <translation>
            <numerusform>%n cocinero</numerusform>
            <numerusform>%n cocineros</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 parties/h</source>
        <translation>%1 grupos/h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cook time x%1</source>
        <translation>tiempo de cocina x%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>order taking x%1</source>
        <translation>toma de pedido x%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>own work x%1</source>
        <translation>trabajo propio x%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 % burnt</source>
        <translation>%1 % quemados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>patience x%1</source>
        <translation>paciencia x%1</translation>
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
        <translation>Un plato</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Waiter %1 — %2 (%3 so far).</source>
        <translation>Camarero %1 — %2 (desde hace %3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It leaves the floor once this task is done (fewer waiters asked).</source>
        <translation>Dejará la sala en cuanto termine esta tarea (se han pedido menos camareros).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing to do: the waiters&apos; queue is empty.</source>
        <translation>Nada que hacer: la cola de los camareros está vacía.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synchronous: it handed in the ticket and stays at the pass until the food is ready, serving nobody else meanwhile.</source>
        <translation>Síncrono: entregó la comanda y se queda en el pase hasta que la comida esté lista, sin atender a nadie más mientras tanto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 task waits in the waiters&apos; queue.</source>
        <translation>1 tarea espera en la cola de los camareros.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 tasks wait in the waiters&apos; queue.</source>
        <translation>%1 tareas esperan en la cola de los camareros.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A thread of the pool with no task to run.</source>
        <translation>Un hilo del pool sin ninguna tarea que ejecutar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A thread blocked on I/O: it waits and does nothing else.</source>
        <translation>Un hilo bloqueado en E/S: espera y no hace nada más.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU-bound work: the waiter does it in person, async cannot hand it off.</source>
        <translation>Trabajo limitado por CPU: el camarero lo hace en persona; async no puede delegarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A waiter is a thread; its tasks come from one shared queue.</source>
        <translation>Un camarero es un hilo; sus tareas vienen de una única cola compartida.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Table T%1 (%2 seats) — free, waiting for a party.</source>
        <translation>Mesa T%1 (%2 asientos) — libre, esperando a un grupo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A table is a place a request can be served in.</source>
        <translation>Una mesa es un lugar donde se puede atender una petición.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Table T%1 — a party of %2, %3 for %4 so far.</source>
        <translation>Mesa T%1 — un grupo de %2, %3 desde hace %4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Right now it waits %1.</source>
        <translation>Ahora mismo espera %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 for party %2 at T%3 — ready at the pass for %4, cooling.</source>
        <translation>%1 para el grupo %2 en T%3 — listo en el pase desde hace %4, enfriándose.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cold food: a result that is ready but that nobody has handled yet.</source>
        <translation>Comida fría: un resultado que está listo pero que nadie ha procesado todavía.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 for party %2</source>
        <translation>%1 para el grupo %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 in, %2 to go</source>
        <translation>lleva %1, faltan %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cooking %1 again, as it burnt: %2</source>
        <translation>cocinando de nuevo %1, porque se quemó: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cooking %1: %2</source>
        <translation>cocinando %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cook %1 — %2.</source>
        <translation>Cocinero %1 — %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cook %1 — free: no dish waits on the ticket rail.</source>
        <translation>Cocinero %1 — libre: ningún plato espera en el riel de comandas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cook %1 — free.</source>
        <translation>Cocinero %1 — libre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaves the kitchen once this dish is done (fewer cooks asked).</source>
        <translation>Dejará la cocina en cuanto termine este plato (se han pedido menos cocineros).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kitchen is the I/O device; its cooks, how many requests it serves at once.</source>
        <translation>La cocina es el dispositivo de E/S; sus cocineros indican cuántas peticiones atiende a la vez.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ticket rail — empty: no dish waits for a cook (%1 of %2 cooks busy).</source>
        <translation>Riel de comandas — vacío: ningún plato espera a un cocinero (%1 de %2 cocineros ocupados).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The I/O device&apos;s queue: requests waiting to be served.</source>
        <translation>La cola del dispositivo de E/S: peticiones que esperan ser atendidas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket rail — 1 dish waits for a cook; %1 of %2 cooks busy.</source>
        <translation>Riel de comandas — 1 plato espera a un cocinero; %1 de %2 cocineros ocupados.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ticket rail — %1 dishes wait for a cook; %2 of %3 cooks busy.</source>
        <translation>Riel de comandas — %1 platos esperan a un cocinero; %2 de %3 cocineros ocupados.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1. %2 for party %3 at T%4, waiting %5.</source>
        <translation>%1. %2 para el grupo %3 en T%4, esperando desde hace %5.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>... and %1 more.</source>
        <translation>... y %1 más.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The I/O device&apos;s queue: requests waiting to be served, oldest first.</source>
        <translation>La cola del dispositivo de E/S: peticiones que esperan ser atendidas, la más antigua primero.</translation>
    </message>
</context>
<context>
    <name>InsightWords</name>
    <message>
        <location filename="../../app/gui/src/panels/insight_words.cpp" line="+26"/>
        <source>synchronous waiters</source>
        <translation>camareros síncronos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>asynchronous waiters</source>
        <translation>camareros asíncronos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the kitchen</source>
        <translation>la cocina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the %1</source>
        <translation>los %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At this rate of guests %1 can serve at most %2 parties an hour and %3 arrive: </source>
        <translation>Con este ritmo de llegada, la capacidad de %1 es como máximo de %2 grupos por hora y llegan %3: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the queue grows without end.</source>
        <translation>la cola crece sin fin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the queue grows until guests give up and leave.</source>
        <translation>la cola crece hasta que los comensales se cansan de esperar y se van.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>the queue grows until guests give up and leave (%n lost so far).</source>
        <translation>
            <numerusform>la cola crece hasta que los comensales se cansan de esperar y se van (%n grupo perdido hasta ahora).</numerusform>
            <numerusform>la cola crece hasta que los comensales se cansan de esperar y se van (%n grupos perdidos hasta ahora).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your waiters spend %1 of their time blocked at the pass: they wait on the kitchen like a thread on I/O. Try async.</source>
        <translation>Los camareros pasan el %1 de su tiempo bloqueados en el pase: esperan a la cocina como un hilo espera la E/S. Merece la pena probar async.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Async cannot cook faster: the kitchen is busy %1 of the time and is now the bottleneck. Add cooks.</source>
        <translation>Async no cocina más rápido: la cocina está ocupada el %1 del tiempo y ahora es el cuello de botella. Hacen falta más cocineros.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiters spend most of their time on their own work (CPU-bound, %1 of their busy time): async brings nothing here; more waiters would.</source>
        <translation>Los camareros dedican la mayor parte de su tiempo a su propio trabajo (limitado por CPU, el %1 de su tiempo ocupado): aquí async no aporta nada; más camareros, sí.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kitchen load</source>
        <translation>Carga de la cocina</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiters&apos; load</source>
        <translation>Carga de los camareros</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 ρ = %2 of 1: above 1, %3</source>
        <translation>%1: ρ = %2 de 1; por encima de 1, %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>orders pile up.</source>
        <translation>los pedidos se acumulan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>guests pile up.</source>
        <translation>los comensales se acumulan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ρ = %2 of 1: below 1, but queues get long.</source>
        <translation>%1: ρ = %2 de 1; por debajo de 1, pero las colas se alargan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ρ = %2 of 1: below 1, it keeps up.</source>
        <translation>%1: ρ = %2 de 1; por debajo de 1, da abasto.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n cooks</source>
        <translation>
            <numerusform>%n cocinero</numerusform>
            <numerusform>%n cocineros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n waiters</source>
        <translation>
            <numerusform>%n camarero</numerusform>
            <numerusform>%n camareros</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ρ (rho) is the share of the staff&apos;s time the guests ask for: %1 parties an hour, each needing %2 minutes of work, shared by %3. At most %4 parties an hour can be served. Below 1 the queue stays finite; at 1 or above it grows without end.</source>
        <translation>ρ (rho) es la parte del tiempo del personal que piden los comensales: %1 grupos por hora, cada uno con %2 minutos de trabajo, repartidos entre %3. Como máximo se pueden atender %4 grupos por hora. Por debajo de 1 la cola se mantiene finita; en 1 o más crece sin fin.</translation>
    </message>
</context>
<context>
    <name>InspectorWords</name>
    <message>
        <location filename="../../app/gui/src/panels/inspector_words.cpp" line="+53"/>
        <source>for a table</source>
        <translation>por una mesa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for a waiter, all of them busy</source>
        <translation>por un camarero, con todos ocupados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for a waiter while one stood blocked at the pass</source>
        <translation>por un camarero, con uno bloqueado en el pase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>while its waiter walked or worked for it</source>
        <translation>con su camarero caminando o trabajando para el grupo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for the kitchen</source>
        <translation>por la cocina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for a burnt dish to be cooked again</source>
        <translation>por un plato quemado que se vuelve a cocinar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>while its food waited at the pass</source>
        <translation>con su comida esperando en el pase</translation>
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
        <translation>%1 y %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has waited %1 min so far: %2.</source>
        <translation>Lleva %1 min de espera: %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading the menu.</source>
        <translation>Leyendo la carta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for a waiter to take the order.</source>
        <translation>Esperando a que un camarero tome el pedido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ordering.</source>
        <translation>Pidiendo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for its food.</source>
        <translation>Esperando su comida.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eating.</source>
        <translation>Comiendo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the bill.</source>
        <translation>Esperando la cuenta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paying.</source>
        <translation>Pagando.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>At the door: no free table fits its 1 guest.</source>
        <translation>En la puerta: ninguna mesa libre tiene sitio para su 1 comensal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the door: no free table fits its %1 guests.</source>
        <translation>En la puerta: ninguna mesa libre tiene sitio para sus %1 comensales.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No longer in the restaurant.</source>
        <translation>Ya no está en el restaurante.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>waiting for a cook</source>
        <translation>esperando a un cocinero</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cooking</source>
        <translation>en preparación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ready at the pass</source>
        <translation>ya en el pase</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in a waiter&apos;s hands</source>
        <translation>en manos de un camarero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on the table</source>
        <translation>en la mesa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Its dish is %1.</source>
        <translation>Su plato está %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its %1 dishes: %2.</source>
        <translation>Sus %1 platos: %2.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A burnt dish is being cooked again.</source>
        <translation>Se está volviendo a cocinar un plato quemado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 burnt dishes are being cooked again.</source>
        <translation>Se están volviendo a cocinar %1 platos quemados.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Its call for a waiter is number %1 in the waiters&apos; queue.</source>
        <translation>Su llamada a un camarero es la número %1 en la cola de los camareros.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bell has rung: a delivery is number %1 in the waiters&apos; queue.</source>
        <translation>Ha sonado la campana: una entrega es la número %1 en la cola de los camareros.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its request for the bill is number %1 in the waiters&apos; queue.</source>
        <translation>Su petición de la cuenta es la número %1 en la cola de los camareros.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No waiter is free.</source>
        <translation>No hay ningún camarero libre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No waiter is free: the only waiter is blocked at the pass.</source>
        <translation>No hay ningún camarero libre: el único camarero está bloqueado en el pase.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No waiter is free: all %1 are blocked at the pass.</source>
        <translation>No hay ningún camarero libre: los %1 están bloqueados en el pase.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No waiter is free: 1 of %1 is blocked at the pass.</source>
        <translation>No hay ningún camarero libre: 1 de %1 está bloqueado en el pase.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No waiter is free: %1 of %2 are blocked at the pass.</source>
        <translation>No hay ningún camarero libre: %1 de %2 están bloqueados en el pase.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The ready dish waits at the pass for the rest of the order (whole-order delivery).</source>
        <translation>El plato listo espera en el pase al resto del pedido (entrega del pedido completo).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ready dishes wait at the pass for the rest of the order (whole-order delivery).</source>
        <translation>Los platos listos esperan en el pase al resto del pedido (entrega del pedido completo).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The food at the pass waits for waiter %1, who took the order.</source>
        <translation>La comida del pase espera al camarero %1, que tomó el pedido.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiter %1 is %2.</source>
        <translation>El camarero %1 está %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>free, waiting for the next task</source>
        <translation>libre, esperando la siguiente tarea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>taking party %1&apos;s ticket to the kitchen</source>
        <translation>llevando la comanda del grupo %1 a la cocina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>making party %1&apos;s drinks</source>
        <translation>preparando las bebidas del grupo %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>walking to the pass to fetch party %1&apos;s food</source>
        <translation>yendo al pase a recoger la comida del grupo %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>blocked at the pass, waiting for party %1&apos;s food</source>
        <translation>bloqueado en el pase, esperando la comida del grupo %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>walking back to the pass to wait for party %1&apos;s food</source>
        <translation>volviendo al pase para esperar la comida del grupo %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>walking to T%2 to take party %1&apos;s order</source>
        <translation>yendo a T%2 a tomar el pedido del grupo %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>taking party %1&apos;s order at T%2</source>
        <translation>tomando el pedido del grupo %1 en T%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>carrying 1 plate to party %1 at T%2</source>
        <translation>llevando 1 plato al grupo %1 en T%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>carrying %3 plates to party %1 at T%2</source>
        <translation>llevando %3 platos al grupo %1 en T%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>serving party %1&apos;s food at T%2</source>
        <translation>sirviendo la comida del grupo %1 en T%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bringing the bill to party %1 at T%2</source>
        <translation>llevando la cuenta al grupo %1 en T%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>taking party %1&apos;s payment at T%2</source>
        <translation>cobrando al grupo %1 en T%2</translation>
    </message>
</context>
<context>
    <name>LineLegend</name>
    <message>
        <location filename="../../app/gui/src/plots/line_legend.cpp" line="+27"/>
        <source>Legend: %1</source>
        <translation>Leyenda: %1</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <location filename="../../app/gui/include/bistro/gui/style/palette.hpp" line="+99"/>
        <source>Idle</source>
        <translation>Libre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Walking</source>
        <translation>Caminando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taking an order</source>
        <translation>Tomando el pedido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Making drinks (own work)</source>
        <translation>Preparando bebidas (trabajo propio)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked at the pass</source>
        <translation>Bloqueado en el pase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivering</source>
        <translation>Entregando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Billing</source>
        <translation>Cobrando</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>At the door</source>
        <translation>En la puerta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the menu</source>
        <translation>Leyendo la carta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting to order</source>
        <translation>Esperando para pedir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ordering</source>
        <translation>Pidiendo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for food</source>
        <translation>Esperando la comida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eating</source>
        <translation>Comiendo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the bill</source>
        <translation>Esperando la cuenta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paying</source>
        <translation>Pagando</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>for a table</source>
        <translation>por una mesa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for a waiter (all busy)</source>
        <translation>por un camarero (todos ocupados)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for a waiter (one blocked)</source>
        <translation>por un camarero (uno bloqueado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its waiter on the way</source>
        <translation>su camarero en camino</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for the kitchen</source>
        <translation>por la cocina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a burnt dish redone</source>
        <translation>plato quemado rehecho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>food at the pass</source>
        <translation>comida en el pase</translation>
    </message>
</context>
<context>
    <name>PresetWords</name>
    <message>
        <location filename="../../app/gui/src/lessons/preset_words.cpp" line="+18"/>
        <source>Burning kitchen</source>
        <translation>Cocina que quema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A failed request that must be retried. Under sync, the waiter who handed in the burnt order stays blocked at the pass while it is cooked again, and every table behind him waits too. Under async, a burn delays only its own order: everybody else is served as usual.</source>
        <translation>Una petición fallida que hay que reintentar. Con sync, el camarero que entregó el pedido quemado se queda bloqueado en el pase mientras se vuelve a cocinar, y todas las mesas de detrás también esperan. Con async, un plato quemado solo retrasa su propio pedido: a todos los demás se les atiende como siempre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cocktail bar</source>
        <translation>Coctelería</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Async does not help CPU-bound work. Here the kitchen only plates olives (instant) and nearly all the time goes into the waiter&apos;s own work: shaking cocktails. There is nothing to wait for, so there is nothing to overlap. Sync and async serve the same guests equally well – async brings nothing but its extra complexity.</source>
        <translation>Async no ayuda con el trabajo limitado por CPU. Aquí la cocina solo sirve aceitunas en un plato (al instante) y casi todo el tiempo se va en el trabajo propio del camarero: agitar cócteles. No hay nada que esperar, así que no hay nada que solapar. Sync y async atienden igual de bien a los mismos comensales – async no aporta nada salvo su complejidad adicional.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Grand brasserie</source>
        <translation>Gran brasserie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale. With many waiters a sync restaurant survives by brute force – more threads – while async needs far fewer staff for the same guests. Also the stress test of the animation: everything moves at once.</source>
        <translation>Escala. Con muchos camareros, un restaurante sync sobrevive por fuerza bruta – más hilos –, mientras que async necesita mucho menos personal para los mismos comensales. Es también la prueba de estrés de la animación: todo se mueve a la vez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lunch rush</source>
        <translation>Hora punta del almuerzo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the synchronous policy a waiter who hands in a ticket stands at the pass until the food is cooked – a thread blocked on I/O. Watch the waiters turn red, parties wait long for anyone to take their order, and the door queue grow. Switch to async and the same three waiters keep up.</source>
        <translation>Con la política síncrona, un camarero que entrega una comanda se queda en el pase hasta que la comida está cocinada – un hilo bloqueado en E/S. Se ve cómo los camareros se ponen rojos, los grupos esperan mucho a que alguien les tome el pedido y crece la cola en la puerta. Al cambiar a async, los mismos tres camareros dan abasto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One waiter</source>
        <translation>Un solo camarero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A single asynchronous waiter (one thread with an event loop, like Node.js) can serve as many tables as several synchronous waiters (a thread pool), because most of an order&apos;s time is spent in the kitchen. Run it, then try: policy sync with 1 waiter (overwhelmed), then sync with 4.</source>
        <translation>Un solo camarero asíncrono (un hilo con un bucle de eventos, como Node.js) puede atender tantas mesas como varios camareros síncronos (un pool de hilos), porque un pedido pasa la mayor parte de su tiempo en la cocina. Primero ejecutarlo y después probar: política sync con 1 camarero (desbordado) y luego sync con 4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quiet afternoon</source>
        <translation>Tarde tranquila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When requests are rare, blocking costs nothing anybody notices. Sync and async give the same experience; the waiters are mostly idle either way. Concurrency models matter under load, not at rest.</source>
        <translation>Cuando las peticiones son escasas, bloquear no cuesta nada que se note. Sync y async ofrecen la misma experiencia; en ambos casos los camareros están libres la mayor parte del tiempo. Los modelos de concurrencia importan bajo carga, no en reposo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Slow kitchen</source>
        <translation>Cocina lenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is where async shines. Every order spends most of its life in the kitchen (slow I/O). A synchronous waiter stands blocked at the pass for all of it; an asynchronous waiter hands in the ticket and serves other tables until the bell rings. Same customers, same cooks: compare.</source>
        <translation>Aquí es donde brilla async. Cada pedido pasa la mayor parte de su vida en la cocina (E/S lenta). Un camarero síncrono se queda bloqueado en el pase todo ese tiempo; un camarero asíncrono entrega la comanda y atiende otras mesas hasta que suena la campana. Mismos clientes, mismos cocineros: a comparar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Textbook queue</source>
        <translation>Cola de manual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A simulation and a formula agree when the model is the formula&apos;s model. Three synchronous waiters are the servers; guests call for one as a Poisson stream (20 parties an hour); taking an order is the only work and takes an exponential 6 minutes, so Erlang C predicts the mean wait for a waiter: 2.67 minutes. Open the Theory plot (View &gt; Plots &gt; Theory) and play at high speed: the simulated mean so far and its 95 % band close in on the dashed line. Then break it, one setting at a time, and read the badge:</source>
        <translation>Una simulación y una fórmula coinciden cuando el modelo es el de la fórmula. Tres camareros síncronos son los servidores; los comensales llaman a uno como un flujo de Poisson (20 grupos por hora); tomar el pedido es el único trabajo y dura un tiempo exponencial de media 6 minutos, así que Erlang C predice la espera media por un camarero: 2,67 minutos. Abrir el gráfico Teoría (Ver &gt; Gráficos &gt; Teoría) y reproducir a alta velocidad: la media simulada hasta ahora y su banda del 95 % se acercan a la línea discontinua. Después, romper el modelo, un ajuste cada vez, y leer la insignia:</translation>
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
        <translation>no se puede abrir el archivo (¿existe?)</translation>
    </message>
    <message>
        <location filename="../../sim/io/src/distribution_text.cpp" line="+34"/>
        <source>unknown key</source>
        <translation>clave desconocida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown key (did you mean &quot;%1&quot;?)</source>
        <translation>clave desconocida (¿tal vez &quot;%1&quot;?)</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>expected a duration (&quot;30s&quot;) or a distribution such as &quot;exp(15m)&quot; or &quot;lognormal(12m, 3m)&quot;, got &quot;%1&quot;</source>
        <translation>se esperaba una duración (&quot;30s&quot;) o una distribución como &quot;exp(15m)&quot; o &quot;lognormal(12m, 3m)&quot;, no &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not a duration (write e.g. 90s, 12m or 1h30m)</source>
        <translation>&quot;%1&quot; no es una duración (escribir p. ej. 90s, 12m o 1h30m)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unknown distribution &quot;%1&quot;; known: fixed, exp, uniform, triangular, normal, lognormal</source>
        <translation>distribución desconocida &quot;%1&quot;; conocidas: fixed, exp, uniform, triangular, normal, lognormal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown distribution &quot;%1&quot; (did you mean &quot;%2&quot;?); known: fixed, exp, uniform, triangular, normal, lognormal</source>
        <translation>distribución desconocida &quot;%1&quot; (¿tal vez &quot;%2&quot;?); conocidas: fixed, exp, uniform, triangular, normal, lognormal</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 takes one value, got %2</source>
        <translation>%1 admite un valor, no %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 takes %2 values, got %3</source>
        <translation>%1 admite %2 valores, no %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>missing &apos;)&apos; in &quot;%1&quot;</source>
        <translation>falta &apos;)&apos; en &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../sim/io/src/lesson_file.cpp" line="-306"/>
        <source>missing (write %1 = &quot;...&quot;)</source>
        <translation>falta (escribir %1 = &quot;...&quot;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+28"/>
        <location filename="../../sim/io/src/scenario_file.cpp" line="-259"/>
        <source>expected text in quotes</source>
        <translation>se esperaba un texto entre comillas</translation>
    </message>
    <message>
        <location line="-19"/>
        <location filename="../../sim/io/src/scenario_file.cpp" line="-63"/>
        <source>expected a number</source>
        <translation>se esperaba un número</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected a list in brackets, e.g. [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>se esperaba una lista entre corchetes, p. ej. [&quot;a&quot;, &quot;b&quot;]</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1; known: %2</source>
        <translation>%1; conocidos: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (did you mean &quot;%2&quot;?)</source>
        <translation>%1 (¿tal vez &quot;%2&quot;?)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>expected a whole number of minutes, 1 to 120</source>
        <translation>se esperaba un número entero de minutos, de 1 a 120</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a lesson needs at least one [[step]]</source>
        <translation>una lección necesita al menos un [[step]]</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no scenario &quot;%1&quot; (a preset such as &quot;lunch-rush&quot;, or a file)</source>
        <translation>no existe el escenario &quot;%1&quot; (un escenario incluido como &quot;lunch-rush&quot;, o un archivo)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>needs run_until = &quot;first-...&quot;</source>
        <translation>necesita run_until = &quot;first-...&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected a time within the service (&quot;20m&quot;) or an event (first-order, first-ticket, first-blocked, first-bell, first-burnt, first-served)</source>
        <translation>se esperaba un momento dentro del servicio (&quot;20m&quot;) o un evento (first-order, first-ticket, first-blocked, first-bell, first-burnt, first-served)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown event (did you mean &quot;%1&quot;?)</source>
        <translation>evento desconocido (¿tal vez &quot;%1&quot;?)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected a time within the service</source>
        <translation>se esperaba un momento dentro del servicio</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../sim/io/src/lesson_prediction.cpp" line="+119"/>
        <source>&quot;%1&quot; is not a slider</source>
        <translation>&quot;%1&quot; no es un control deslizante</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>missing: say why the sliders are locked (it is their tooltip)</source>
        <translation>falta: explicar por qué están bloqueados los controles deslizantes (es su texto de ayuda)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot; is not a place (or write waiter:1, code:..., plot:..., panel:..., card:...)</source>
        <translation>&quot;%1&quot; no es un lugar (o escribir waiter:1, code:..., plot:..., panel:..., card:...)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot;: this step&apos;s restaurant has waiters 1 to %2</source>
        <translation>&quot;%1&quot;: el restaurante de este paso tiene los camareros 1 a %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a line of the waiter&apos;s program</source>
        <translation>&quot;%1&quot; no es una línea del programa del camarero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a panel</source>
        <translation>&quot;%1&quot; no es un panel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an insight card</source>
        <translation>&quot;%1&quot; no es una tarjeta de observaciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a kind of highlight</source>
        <translation>&quot;%1&quot; no es un tipo de resaltado</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../../sim/io/src/scenario_file.cpp" line="+292"/>
        <source>not valid TOML: %1</source>
        <translation>TOML no válido: %1</translation>
    </message>
    <message>
        <location filename="../../sim/io/src/lesson_prediction.cpp" line="-76"/>
        <source>expected a table ([step.predict])</source>
        <translation>se esperaba una tabla ([step.predict])</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../sim/io/src/scenario_file.cpp" line="-220"/>
        <source>expected true or false</source>
        <translation>se esperaba true o false</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a prediction is a choice or a guess on a scale, not both</source>
        <translation>una predicción es una elección o una estimación en una escala, no ambas cosas</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown measure &quot;%1&quot; (a metric of bistro-cli run, or blocked_now, handed_over, main_wait_cause)</source>
        <translation>magnitud desconocida &quot;%1&quot; (una métrica de bistro-cli run, o blocked_now, handed_over, main_wait_cause)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown measure &quot;%1&quot; (did you mean &quot;%2&quot;?)</source>
        <translation>magnitud desconocida &quot;%1&quot; (¿tal vez &quot;%2&quot;?)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a pick</source>
        <translation>&quot;%1&quot; no es una elección válida</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>needs a compare, and a number &gt;= 0</source>
        <translation>requiere compare y un número &gt;= 0</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected { parameter = &quot;policy&quot;, a = &quot;sync&quot;, b = &quot;async&quot; }</source>
        <translation>se esperaba { parameter = &quot;policy&quot;, a = &quot;sync&quot;, b = &quot;async&quot; }</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>missing: both sides, a = ... and b = ...</source>
        <translation>falta: ambos lados, a = ... y b = ...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a policy</source>
        <translation>&quot;%1&quot; no es una política</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a delivery</source>
        <translation>&quot;%1&quot; no es un tipo de entrega</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected a number &gt;= 0</source>
        <translation>se esperaba un número &gt;= 0</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../sim/src/names.cpp" line="+281"/>
        <location line="+2"/>
        <source>must be 1 to 100</source>
        <translation>debe estar entre 1 y 100</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected at least two choices, e.g. [ { text = &quot;Sync&quot;, is = &quot;a&quot; }, ... ], or a scale = { from = 0, to = 60 } to guess on</source>
        <translation>se esperaban al menos dos opciones, p. ej. [ { text = &quot;Sync&quot;, is = &quot;a&quot; }, ... ], o una scale = { from = 0, to = 60 } para estimar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected { text = &quot;...&quot;, is = &quot;...&quot; } or { text, from, to }</source>
        <translation>se esperaba { text = &quot;...&quot;, is = &quot;...&quot; } o { text, from, to }</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not an outcome here</source>
        <translation>&quot;%1&quot; no es un resultado posible aquí</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected from = ... and to = ... (from &lt;= to) for a number&apos;s range</source>
        <translation>se esperaba from = ... y to = ... (from &lt;= to) para un intervalo de números</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>expected the number of the right choice, 1 to %1</source>
        <translation>se esperaba el número de la opción correcta, de 1 a %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a guess on a scale needs a number to measure, not a comparison or a cause</source>
        <translation>una estimación en una escala necesita un número que medir, no una comparación ni una causa</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected { from = 0, to = 60 } with from &lt; to</source>
        <translation>se esperaba { from = 0, to = 60 } con from &lt; to</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected the range the lesson calls right, e.g. right = [10, 25]</source>
        <translation>se esperaba el intervalo que la lección da por correcto, p. ej. right = [10, 25]</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>missing: a prediction needs the time or event its experiment runs to</source>
        <translation>falta: una predicción necesita el momento o el evento hasta el que se ejecuta su experimento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a comparison runs both restaurants to the same time: write a time (&quot;30m&quot;)</source>
        <translation>una comparación ejecuta ambos restaurantes hasta el mismo momento: escribir un tiempo (&quot;30m&quot;)</translation>
    </message>
    <message>
        <location filename="../../sim/io/src/scenario_file.cpp" line="-84"/>
        <source>expected a table ([%1])</source>
        <translation>se esperaba una tabla ([%1])</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>expected a whole number</source>
        <translation>se esperaba un número entero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>out of range</source>
        <translation>fuera del rango permitido</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>expected a duration such as &quot;90s&quot;, &quot;12m&quot; or &quot;1h30m&quot;</source>
        <translation>se esperaba una duración como &quot;90s&quot;, &quot;12m&quot; o &quot;1h30m&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a duration must be &gt;= 0</source>
        <translation>una duración debe ser &gt;= 0</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a distribution in quotes, e.g. &quot;exp(15m)&quot;</source>
        <translation>se esperaba una distribución entre comillas, p. ej. &quot;exp(15m)&quot;</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>expected &quot;%1&quot; or &quot;%2&quot;</source>
        <translation>se esperaba &quot;%1&quot; o &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected &quot;%1&quot; or &quot;%2&quot; (did you mean &quot;%3&quot;?)</source>
        <translation>se esperaba &quot;%1&quot; o &quot;%2&quot; (¿tal vez &quot;%3&quot;?)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>expected a whole number &gt;= 0</source>
        <translation>se esperaba un número entero &gt;= 0</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>expected shares by size, e.g. { 1 = 0.3, 2 = 0.7 }</source>
        <translation>se esperaban proporciones por tamaño de grupo, p. ej. { 1 = 0.3, 2 = 0.7 }</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a party size (1 to %2)</source>
        <translation>&quot;%1&quot; no es un tamaño de grupo (de 1 a %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the share of size %1 must be a number</source>
        <translation>la proporción del tamaño %1 debe ser un número</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>expected a list like [ { from = &quot;1h&quot;, factor = 2 } ]</source>
        <translation>se esperaba una lista como [ { from = &quot;1h&quot;, factor = 2 } ]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected { from = &quot;1h&quot;, factor = 2 }</source>
        <translation>se esperaba { from = &quot;1h&quot;, factor = 2 }</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>expected [[menu]] entries</source>
        <translation>se esperaban entradas [[menu]]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a [[menu]] table</source>
        <translation>se esperaba una tabla [[menu]]</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>missing: how long a cook needs, e.g. &quot;lognormal(8m, 2m)&quot;</source>
        <translation>falta: cuánto tarda un cocinero, p. ej. &quot;lognormal(8m, 2m)&quot;</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>is a folder, not a scenario file</source>
        <translation>es una carpeta, no un archivo de escenario</translation>
    </message>
    <message>
        <location filename="../../sim/io/src/scenario_overrides.cpp" line="+37"/>
        <source>&quot;%1&quot; is not inside a table</source>
        <translation>&quot;%1&quot; no está dentro de una tabla</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>there is no entry %1</source>
        <translation>no hay ninguna entrada %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>name a key inside the entry</source>
        <translation>hay que indicar una clave dentro de la entrada</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 (set on the command line)</source>
        <translation>%1 (fijado en la línea de comandos)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>expected KEY=VALUE, e.g. staff.waiters=3</source>
        <translation>se esperaba KEY=VALUE, p. ej. staff.waiters=3</translation>
    </message>
    <message>
        <location filename="../../sim/io/src/scenario_search.cpp" line="+43"/>
        <source>no such file, and no preset of that name. Looked for:%1
No presets were found there: is Async Bistro installed?</source>
        <translation>no existe ese archivo ni ningún escenario incluido con ese nombre. Se buscó en:%1
No se encontraron escenarios incluidos allí: ¿está instalado Async Bistro?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no such file, and no preset of that name. Looked for:%1
Presets: %2.</source>
        <translation>no existe ese archivo ni ningún escenario incluido con ese nombre. Se buscó en:%1
Escenarios incluidos: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no such file, and no preset of that name. Looked for:%1
Presets: %2. Did you mean &quot;%3&quot;?</source>
        <translation>no existe ese archivo ni ningún escenario incluido con ese nombre. Se buscó en:%1
Escenarios incluidos: %2. ¿Tal vez &quot;%3&quot;?</translation>
    </message>
    <message>
        <location filename="../../sim/src/names.cpp" line="-73"/>
        <location line="+41"/>
        <source>must be &gt; 0</source>
        <translation>debe ser &gt; 0</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>at most 10000h (over a year of service)</source>
        <translation>como máximo 10000h (más de un año de servicio)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be &gt;= 0 and shorter than the duration</source>
        <translation>debe ser &gt;= 0 y menor que la duración</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+92"/>
        <source>shares must sum to 1 (they sum to %1)</source>
        <translation>las proporciones deben sumar 1 (suman %1)</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>sizes must be 1 to %1</source>
        <translation>los tamaños deben estar entre 1 y %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be &gt;= 0 and after the previous segment</source>
        <translation>debe ser &gt;= 0 y posterior al tramo anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+69"/>
        <source>must be &gt;= 0</source>
        <translation>debe ser &gt;= 0</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>gives %1 parties an hour (rate_per_hour x factor), at most 10000</source>
        <translation>da %1 grupos por hora (rate_per_hour x factor); el máximo es 10000</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>at most 10000 parties an hour</source>
        <translation>como máximo 10000 grupos por hora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be 0 to 1000 parties</source>
        <translation>debe estar entre 0 y 1000 grupos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>counts must be &gt;= 0</source>
        <translation>las cantidades deben ser &gt;= 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs at least one table</source>
        <translation>necesita al menos una mesa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most 400 tables</source>
        <translation>como máximo 400 mesas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>parties of %1 do not fit the largest table (%2 seats)</source>
        <translation>los grupos de %1 no caben en la mesa más grande (%2 plazas)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be &gt;= 0 (0: no walking)</source>
        <translation>debe ser &gt;= 0 (0: sin trayectos)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>must be between 0 and 0.95</source>
        <translation>debe estar entre 0 y 0.95</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>needs at least one dish</source>
        <translation>necesita al menos un plato</translation>
    </message>
    <message>
        <location filename="../../sim/src/random.cpp" line="+231"/>
        <source>parameters must be finite numbers</source>
        <translation>los parámetros deben ser números finitos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the value must be &gt;= 0</source>
        <translation>el valor debe ser &gt;= 0</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+17"/>
        <source>the mean must be &gt; 0</source>
        <translation>la media debe ser &gt; 0</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+4"/>
        <source>the low end must be &gt;= 0</source>
        <translation>el extremo inferior debe ser &gt;= 0</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>the high end must be &gt;= the low end</source>
        <translation>el extremo superior debe ser &gt;= el extremo inferior</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>needs low &lt;= mode &lt;= high</source>
        <translation>necesita low &lt;= mode &lt;= high</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>the standard deviation must be &gt;= 0</source>
        <translation>la desviación estándar debe ser &gt;= 0</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>the mean must be &gt;= 0</source>
        <translation>la media debe ser &gt;= 0</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>needs at least one entry</source>
        <translation>necesita al menos una entrada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>weights must be &gt;= 0</source>
        <translation>los pesos deben ser &gt;= 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weights must not all be zero</source>
        <translation>los pesos no pueden ser todos cero</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../app/gui/src/compare/comparison_panel.cpp" line="+40"/>
        <source>&lt; %1 shorter</source>
        <translation>&lt; %1: más corta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 longer &gt;</source>
        <translation>%1: más larga &gt;</translation>
    </message>
    <message>
        <location filename="../../app/gui/src/floor/door_item.cpp" line="+89"/>
        <source>DOOR  waiting %1 · lost %2</source>
        <translation>PUERTA  esperan %1 · perdidos %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>+%1 more</source>
        <translation>+%1 más</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>gave up</source>
        <translation>abandonó</translation>
    </message>
    <message>
        <location filename="../../app/gui/src/floor/kitchen_item.cpp" line="+49"/>
        <location line="+228"/>
        <location filename="../../app/gui/src/floor/waiter_item.cpp" line="+71"/>
        <source>leaving</source>
        <translation>se va</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>PASS %1</source>
        <translation>PASE %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>TICKET RAIL %1</source>
        <translation>RIEL DE COMANDAS %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>burnt</source>
        <translation>quemado</translation>
    </message>
    <message>
        <location filename="../../app/gui/src/lessons/help_pages.cpp" line="+89"/>
        <source>User guide</source>
        <translation>Guía de uso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user guide is missing.</source>
        <translation>Falta la guía de uso.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../app/gui/src/window/classroom.cpp" line="+27"/>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h2&gt;Waiters&lt;/h2&gt;&lt;p&gt;A numbered circle in the colour of what it does, with the same icon in a small badge. A ring shows the progress of timed work; white plates are what it carries. Blocked waiters pulse.&lt;/p&gt;%1&lt;h2&gt;Tables&lt;/h2&gt;&lt;p&gt;Guests sit on the chairs (dark circles); the badge says what the party does. While it waits a ring fills over 15 minutes and the minutes are written beside it; past 10 minutes both turn red. White plates are the dishes served.&lt;/p&gt;%2&lt;h2&gt;Kitchen&lt;/h2&gt;&lt;p&gt;&lt;b&gt;Ticket rail&lt;/b&gt;: dishes waiting for a cook (the I/O queue). &lt;b&gt;Cooks&lt;/b&gt; C1, C2, ...: the dish in hand and its progress; red and &lt;i&gt;burnt&lt;/i&gt; when a burnt dish is cooked again. &lt;b&gt;Pass&lt;/b&gt;: finished dishes, cooling from orange to blue-grey while they wait for a waiter.&lt;/p&gt;&lt;h2&gt;Door&lt;/h2&gt;&lt;p&gt;Parties waiting for a table; the ring around each is its patience running out. &lt;i&gt;lost&lt;/i&gt; counts those who gave up.&lt;/p&gt;&lt;h2&gt;Compare mode&lt;/h2&gt;&lt;p&gt;Synchronous on the left in &lt;b style=&quot;color:%3&quot;&gt;vermilion&lt;/b&gt;, asynchronous on the right in &lt;b style=&quot;color:%4&quot;&gt;blue&lt;/b&gt;, the same two colours in every plot.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Camareros&lt;/h2&gt;&lt;p&gt;Un círculo numerado del color de lo que hace, con el mismo icono en una pequeña insignia. Un anillo muestra el progreso del trabajo con duración; los platos blancos son lo que lleva. Los camareros bloqueados laten.&lt;/p&gt;%1&lt;h2&gt;Mesas&lt;/h2&gt;&lt;p&gt;Los comensales se sientan en las sillas (círculos oscuros); la insignia indica qué hace el grupo. Mientras espera, un anillo se llena a lo largo de 15 minutos y los minutos aparecen escritos al lado; pasados 10 minutos, ambos se vuelven rojos. Los platos blancos son los platos servidos.&lt;/p&gt;%2&lt;h2&gt;Cocina&lt;/h2&gt;&lt;p&gt;&lt;b&gt;Riel de comandas&lt;/b&gt;: platos que esperan a un cocinero (la cola de E/S). &lt;b&gt;Cocineros&lt;/b&gt; C1, C2, ...: el plato que tienen entre manos y su progreso; en rojo y con &lt;i&gt;quemado&lt;/i&gt; cuando un plato quemado se vuelve a cocinar. &lt;b&gt;Pase&lt;/b&gt;: platos terminados, que se enfrían de naranja a gris azulado mientras esperan a un camarero.&lt;/p&gt;&lt;h2&gt;Puerta&lt;/h2&gt;&lt;p&gt;Grupos que esperan una mesa; el anillo alrededor de cada uno es su paciencia, que se agota. &lt;i&gt;perdidos&lt;/i&gt; cuenta los que se cansaron de esperar.&lt;/p&gt;&lt;h2&gt;Modo comparación&lt;/h2&gt;&lt;p&gt;El síncrono a la izquierda en &lt;b style=&quot;color:%3&quot;&gt;bermellón&lt;/b&gt;, el asíncrono a la derecha en &lt;b style=&quot;color:%4&quot;&gt;azul&lt;/b&gt;, los mismos dos colores en todos los gráficos.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;h2&gt;Keyboard shortcuts&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Atajos de teclado&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../app/gui/src/panels/legend_entry.cpp" line="+16"/>
        <source>Taking order</source>
        <translation>Tomando el pedido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Own work</source>
        <translation>Trabajo propio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
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
        <translation>%1 % perdidos</translation>
    </message>
    <message>
        <location filename="../../app/gui/src/plots/wait_plot.cpp" line="+23"/>
        <source>Wait for food</source>
        <translation>Espera de la comida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time in the restaurant</source>
        <translation>Tiempo en el restaurante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait for a table</source>
        <translation>Espera de una mesa</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Served, by their wait for food</source>
        <translation>Servidos, según su espera de la comida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gone, by time in the restaurant</source>
        <translation>Salidos, según su tiempo en el restaurante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seated, by their wait for a table</source>
        <translation>Sentados, según su espera de una mesa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nobody yet</source>
        <translation>nadie todavía</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>mean &lt;b&gt;%1&lt;/b&gt; min so far, with %n still waiting</source>
        <translation>
            <numerusform>media de &lt;b&gt;%1&lt;/b&gt; min hasta ahora, con %n que aún espera</numerusform>
            <numerusform>media de &lt;b&gt;%1&lt;/b&gt; min hasta ahora, con %n que aún esperan</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mean &lt;b&gt;%1&lt;/b&gt; min</source>
        <translation>media de &lt;b&gt;%1&lt;/b&gt; min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; none finished yet</source>
        <translation>; ninguno ha terminado todavía</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; finished: %1 min (1 party: no interval from one)</source>
        <translation>; terminados: %1 min (1 grupo: sin intervalo con una sola muestra)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; finished: %1 ± %2 min (%3)</source>
        <translation>; terminados: %1 ± %2 min (%3)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n parties</source>
        <translation>
            <numerusform>%n grupo</numerusform>
            <numerusform>%n grupos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/src/plots/wait_split_bars.cpp" line="-59"/>
        <source>Where the waiting went, min a party</source>
        <translation>En qué se fue la espera, min por grupo</translation>
    </message>
    <message>
        <location filename="../../app/gui/src/window/classroom.cpp" line="+9"/>
        <source>What every badge, colour and icon on the floor means</source>
        <translation>Qué significa cada insignia, color e icono de la sala</translation>
    </message>
    <message>
        <location filename="../../app/gui/src/floor/room_item.cpp" line="+47"/>
        <source>KITCHEN</source>
        <translation>COCINA</translation>
    </message>
</context>
<context>
    <name>Theory</name>
    <message>
        <location filename="../../sim/src/theory.cpp" line="+115"/>
        <source>%1 (a normal time cut at zero)</source>
        <translation>%1 (un tiempo normal truncado en cero)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>arrivals that change over the day</source>
        <translation>llegadas que cambian a lo largo del día</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>walking time</source>
        <translation>el tiempo de los trayectos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>switching tables (async)</source>
        <translation>el cambio de mesa (async)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>too few tables (guests queue at the door)</source>
        <translation>muy pocas mesas (los clientes hacen cola en la puerta)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 not exponential (with more than one server)</source>
        <translation>%1 no exponencial (con más de un servidor)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>more work than the staff can do (the queue grows)</source>
        <translation>más trabajo del que el personal puede hacer (la cola crece)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>order taking</source>
        <translation>la toma de pedidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>making drinks</source>
        <translation>la preparación de bebidas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bringing the bill</source>
        <translation>llevar la cuenta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>setting plates down (async: deliveries join the waiters&apos; queue)</source>
        <translation>servir los platos (async: las entregas se suman a la cola de los camareros)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+38"/>
        <source>parties of more than one</source>
        <translation>grupos de más de una persona</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>fewer cooks than waiters (dishes queue)</source>
        <translation>menos cocineros que camareros (los platos hacen cola)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the kitchen (the waiter blocks for it)</source>
        <translation>la cocina (el camarero se bloquea esperándola)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>setting plates down</source>
        <translation>servir los platos</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>synchronous waiters (a dish comes only from a free waiter)</source>
        <translation>camareros síncronos (un plato solo llega de un camarero libre)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>parties of more than one (dishes come in batches)</source>
        <translation>grupos de más de una persona (los platos llegan en tandas)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>too few waiters (tickets bunch up)</source>
        <translation>muy pocos camareros (las comandas se acumulan)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <source>cook time</source>
        <translation>el tiempo de cocción</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>patience at the door</source>
        <translation>la paciencia en la puerta</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>fewer waiters than tables</source>
        <translation>menos camareros que mesas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fewer cooks than tables</source>
        <translation>menos cocineros que mesas</translation>
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
        <translation>%1 - %2 = %3%4 min en la espera de la comida; una sola réplica no da intervalo de confianza, así que conviene ejecutar más (-r 10) antes de sacar conclusiones</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 cut the wait for food by %2 min (±%3)</source>
        <translation>con %1, la espera de la comida fue %2 min más corta (±%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 lengthened the wait for food by %2 min (±%3)</source>
        <translation>con %1, la espera de la comida fue %2 min más larga (±%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about the same wait for food (%1 - %2 = %3)</source>
        <translation>más o menos la misma espera de la comida (%1 - %2 = %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no significant difference in the wait for food (%1 - %2 = %3)</source>
        <translation>ninguna diferencia significativa en la espera de la comida (%1 - %2 = %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>counting the parties still waiting at the end (on average %1 with %2, %3 with %4)</source>
        <translation>contando los grupos que aún esperaban al final (de media %1 con %2, %3 con %4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>counting the parties still waiting at the end (%1 with %2, %3 with %4)</source>
        <translation>contando los grupos que aún esperaban al final (%1 con %2, %3 con %4)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
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
        <translation>%1 min menos cada uno esperando a un camarero libre (±%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min more each waiting for a free waiter (±%2)</source>
        <translation>%1 min más cada uno esperando a un camarero libre (±%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min less each waiting on the kitchen (±%2)</source>
        <translation>%1 min menos cada uno esperando a la cocina (±%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min more each waiting on the kitchen (±%2)</source>
        <translation>%1 min más cada uno esperando a la cocina (±%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 min less each with their food cooling at the pass (±%2)</source>
        <translation>%1 min menos cada uno con su comida enfriándose en el pase (±%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min more each with their food cooling at the pass (±%2)</source>
        <translation>%1 min más cada uno con su comida enfriándose en el pase (±%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 min less each waiting for a table (±%2)</source>
        <translation>%1 min menos cada uno esperando una mesa (±%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min more each waiting for a table (±%2)</source>
        <translation>%1 min más cada uno esperando una mesa (±%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>waiting for a free waiter (%1)</source>
        <translation>esperando a un camarero libre (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>waiting on the kitchen (%1)</source>
        <translation>esperando a la cocina (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>with their food cooling at the pass (%1)</source>
        <translation>con su comida enfriándose en el pase (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>waiting for a table (%1)</source>
        <translation>esperando una mesa (%1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>with %1, parties spent %2: the waiting moved from the waiters to the kitchen</source>
        <translation>con %1, los grupos pasaron %2: la espera se trasladó de los camareros a la cocina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with %1, parties spent %2</source>
        <translation>con %1, los grupos pasaron %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about the same time spent %1</source>
        <translation>más o menos el mismo tiempo %1</translation>
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
        <translation>Avisos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What just happened in the restaurant, for screen readers</source>
        <translation>Lo que acaba de pasar en el restaurante, para lectores de pantalla</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiter %1 is blocked at the pass</source>
        <translation>El camarero %1 está bloqueado en el pase</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Party %1 served after %2 minutes</source>
        <translation>Grupo %1 servido tras %2 minutos</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The verdict: %1</source>
        <translation>El veredicto: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>, and %1 more</source>
        <translation>, y %1 más</translation>
    </message>
</context>
<context>
    <name>bistro::gui::CodePanel</name>
    <message>
        <location filename="../../app/gui/src/code/code_panel.cpp" line="+33"/>
        <source>Pseudo-code</source>
        <translation>Pseudocódigo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Python (threading / asyncio)</source>
        <translation>Python (threading / asyncio)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JavaScript (blocking / async-await)</source>
        <translation>JavaScript (bloqueante / async-await)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C++ (the model&apos;s own code)</source>
        <translation>C++ (el propio código del modelo)</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The same waiter, written in another language</source>
        <translation>El mismo camarero, escrito en otro lenguaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the program: it runs as it is (python3 / node)</source>
        <translation>Copiar el programa: se ejecuta tal cual (python3 / node)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save...</source>
        <translation>Guardar...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the program to a file you can run</source>
        <translation>Guardar el programa en un archivo que se puede ejecutar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Lenguaje:</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Synchronous waiter</source>
        <translation>Camarero síncrono</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Asynchronous waiter</source>
        <translation>Camarero asíncrono</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>whole order</source>
        <translation>pedido completo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>each dish</source>
        <translation>cada plato</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>C%1 cooking %2</source>
        <translation>C%1 cocina %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C%1 idle</source>
        <translation>C%1 libre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Task queue&lt;/b&gt; (the event loop&apos;s queue): %1&lt;br&gt;&lt;b&gt;Cooks&lt;/b&gt; (the I/O devices): %2</source>
        <translation>&lt;b&gt;Cola de tareas&lt;/b&gt; (la cola del bucle de eventos): %1&lt;br&gt;&lt;b&gt;Cocineros&lt;/b&gt; (los dispositivos de E/S): %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty</source>
        <translation>vacía</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;waiter&lt;/b&gt; = a thread · &lt;b&gt;kitchen&lt;/b&gt; = I/O · &lt;b&gt;bell&lt;/b&gt; = a callback · &lt;b&gt;task queue&lt;/b&gt; = the event loop · &lt;b&gt;waiters&lt;/b&gt; = the thread pool&apos;s size. Now: &lt;b&gt;%1 threads&lt;/b&gt;, &lt;b&gt;%2 I/O devices&lt;/b&gt;.</source>
        <translation>&lt;b&gt;camarero&lt;/b&gt; = un hilo · &lt;b&gt;cocina&lt;/b&gt; = E/S · &lt;b&gt;campana&lt;/b&gt; = un callback · &lt;b&gt;cola de tareas&lt;/b&gt; = el bucle de eventos · &lt;b&gt;camareros&lt;/b&gt; = el tamaño del pool de hilos. Ahora: &lt;b&gt;%1 hilos&lt;/b&gt;, &lt;b&gt;%2 dispositivos de E/S&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save the program</source>
        <translation>Guardar el programa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
</context>
<context>
    <name>bistro::gui::CompareBar</name>
    <message>
        <location filename="../../app/gui/src/compare/compare_bar.cpp" line="+50"/>
        <source>What is compared</source>
        <translation>Qué se compara</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The one setting that differs between the two restaurants. Every other slider moves both.</source>
        <translation>El único ajuste que difiere entre los dos restaurantes. Todos los demás controles deslizantes mueven ambos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>left</source>
        <translation>izquierda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>right</source>
        <translation>derecha</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changing what is compared opens both again.</source>
        <translation>Al cambiar lo que se compara, ambos restaurantes abren de nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop comparing</source>
        <translation>Dejar de comparar</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&lt;b&gt;Twin restaurants&lt;/b&gt;, same guests, compare</source>
        <translation>&lt;b&gt;Restaurantes gemelos&lt;/b&gt;, mismos comensales, comparar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Compare&lt;/b&gt;</source>
        <translation>&lt;b&gt;Comparar&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Twin restaurants, same guests, compare</source>
        <translation>Restaurantes gemelos, mismos comensales, comparar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Twin restaurants, same guests. Changing what is compared opens both again.</source>
        <translation>Restaurantes gemelos, mismos comensales. Al cambiar lo que se compara, ambos restaurantes abren de nuevo.</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>The %1 restaurant&apos;s choice</source>
        <translation>La opción del restaurante de la %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1 restaurant&apos;s value</source>
        <translation>El valor del restaurante de la %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/src/compare/choices.cpp" line="+9"/>
        <source>waiter policy</source>
        <translation>política de los camareros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivery</source>
        <translation>entrega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiters</source>
        <translation>camareros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cooks</source>
        <translation>cocineros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>guests per hour</source>
        <translation>comensales por hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cook time (x)</source>
        <translation>tiempo de cocina (x)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>order taking (x)</source>
        <translation>toma de pedido (x)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>own work (x)</source>
        <translation>trabajo propio (x)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>burnt dishes (share)</source>
        <translation>platos quemados (proporción)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>patience (x)</source>
        <translation>paciencia (x)</translation>
    </message>
</context>
<context>
    <name>bistro::gui::ComparisonPanel</name>
    <message>
        <location filename="../../app/gui/src/compare/comparison_panel.cpp" line="+62"/>
        <source>&lt;p&gt;Compare mode is off. &lt;b&gt;View &amp;gt; Twin restaurants&lt;/b&gt; (Ctrl+T) opens two restaurants side by side, with the same guests and cook times.&lt;/p&gt;</source>
        <translation>&lt;p&gt;El modo comparación está desactivado. &lt;b&gt;Ver &amp;gt; Restaurantes gemelos&lt;/b&gt; (Ctrl+T) abre dos restaurantes uno al lado del otro, con los mismos comensales y tiempos de cocina.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 min (%2, %3 still waiting)</source>
        <translation>%1 min (%2, %3 aún esperando)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n parties</source>
        <translation>
            <numerusform>%n grupo</numerusform>
            <numerusform>%n grupos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nobody ready to order yet</source>
        <translation>nadie listo para pedir todavía</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;&lt;b&gt;On screen&lt;/b&gt;, mean wait for food so far, the parties still waiting counted with their wait so far:&lt;br&gt;%1 &amp;nbsp;·&amp;nbsp; %2&lt;/p&gt;&lt;p&gt;&lt;img src=&apos;bistro:split&apos; width=&apos;%3&apos; height=&apos;%4&apos;&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;En pantalla&lt;/b&gt;, espera media de la comida hasta ahora, contando los grupos que aún esperan con su espera hasta ahora:&lt;br&gt;%1 &amp;nbsp;·&amp;nbsp; %2&lt;/p&gt;&lt;p&gt;&lt;img src=&apos;bistro:split&apos; width=&apos;%3&apos; height=&apos;%4&apos;&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;p&gt;The replicated comparison starts after 15 minutes of service.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La comparación replicada empieza tras 15 minutos de servicio.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;The replicated comparison up to %1 min was stopped at %2 % of its services. It starts again when the clock or a setting moves.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La comparación replicada hasta %1 min se detuvo al %2 % de sus servicios. Vuelve a empezar cuando se mueve el reloj o un ajuste.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;Could not compare: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;No se pudo comparar: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;p style=&apos;color:#6b6b6b&apos;&gt;Paired difference %1 - %2 in the mean wait for food, the parties still waiting counted with their wait so far, over %3 services of %4 min each (the pair on screen and %5 more seeds), each pair with the same guests and cook times; a 95 % confidence interval: %6 to %7 min.%8&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#6b6b6b&apos;&gt;Diferencia emparejada %1 - %2 en la espera media de la comida, contando los grupos que aún esperan con su espera hasta ahora, en %3 servicios de %4 min cada uno (el par en pantalla y %5 semillas más), cada par con los mismos comensales y tiempos de cocina; intervalo de confianza del 95 %: de %6 a %7 min.%8&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> The same as &lt;code&gt;%1&lt;/code&gt;.</source>
        <translation> Equivale a &lt;code&gt;%1&lt;/code&gt;.</translation>
    </message>
</context>
<context>
    <name>bistro::gui::ControlBar</name>
    <message>
        <location filename="../../app/gui/src/panels/control_bar.cpp" line="+101"/>
        <source>Simulation</source>
        <translation>Simulación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the start of the run (Home)</source>
        <translation>Volver al inicio de la ejecución (Home)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step back</source>
        <translation>Paso atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the previous event (Left arrow)</source>
        <translation>Volver al evento anterior (flecha izquierda)</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Play or pause (Space)</source>
        <translation>Reproducir o pausar (Space)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run exactly one event: the next thing that happens (Right arrow)</source>
        <translation>Ejecutar exactamente un evento: lo siguiente que ocurre (flecha derecha)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clock</source>
        <translation>Reloj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulated time since the doors opened (hours:minutes:seconds)</source>
        <translation>Tiempo simulado desde que se abrieron las puertas (horas:minutos:segundos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The timeline: drag to any moment. The run is deterministic, so going back re-simulates from the start, with every slider change you made.</source>
        <translation>La línea de tiempo: se puede arrastrar a cualquier momento. La ejecución es determinista, así que volver atrás la simula de nuevo desde el inicio, con cada cambio hecho en los controles deslizantes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Speed </source>
        <translation> Velocidad </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simulated seconds per real second, in steps of 1, 2 and 5: from 0.25x (slow motion) to 1000x (+ and - step through them)</source>
        <translation>Segundos simulados por segundo real, en pasos de 1, 2 y 5: de 0,25x (cámara lenta) a 1000x (+ y - los recorren)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Seed </source>
        <translation> Semilla </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same seed, same customers, same run. Type another and press Enter.</source>
        <translation>Misma semilla, mismos clientes, misma ejecución. Para cambiarla, escribir otra y pulsar Enter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New seed</source>
        <translation>Nueva semilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other customers, other cook times: a new random day</source>
        <translation>Otros clientes, otros tiempos de cocina: un nuevo día al azar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Run until </source>
        <translation> Ejecutar hasta </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run until</source>
        <translation>Ejecutar hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jump to a time, e.g. 45m or 1h30m, and pause there</source>
        <translation>Saltar a un momento, p. ej. 45m o 1h30m, y pausar allí</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Write a time such as 45m, 90s or 1h30m</source>
        <translation>Escribir un tiempo como 45m, 90s o 1h30m</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
</context>
<context>
    <name>bistro::gui::EventLogModel</name>
    <message>
        <location filename="../../app/gui/src/panels/event_log_model.cpp" line="+24"/>
        <source>time</source>
        <translation>hora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>what</source>
        <translation>evento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>order</source>
        <translation>pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table</source>
        <translation>mesa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>waiter</source>
        <translation>camarero</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cook</source>
        <translation>cocinero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dish</source>
        <translation>plato</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>party arrived</source>
        <translation>grupo llegado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>party seated</source>
        <translation>grupo sentado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>party lost</source>
        <translation>grupo perdido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiter called</source>
        <translation>camarero llamado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order taken</source>
        <translation>pedido tomado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ticket handed in</source>
        <translation>comanda entregada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dish started</source>
        <translation>plato empezado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dish burnt</source>
        <translation>plato quemado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dish ready</source>
        <translation>plato listo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dish picked up</source>
        <translation>plato recogido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>food delivered</source>
        <translation>comida servida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order served</source>
        <translation>pedido completo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bill requested</source>
        <translation>cuenta pedida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bill paid</source>
        <translation>cuenta pagada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>party left</source>
        <translation>grupo se fue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiter state changed</source>
        <translation>cambio de estado del camarero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parameter changed</source>
        <translation>parámetro cambiado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warm-up ended</source>
        <translation>fin del calentamiento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>idle</source>
        <translation>libre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>walking</source>
        <translation>caminando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>taking order</source>
        <translation>tomando el pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>making drinks</source>
        <translation>preparando bebidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blocked</source>
        <translation>bloqueado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivering</source>
        <translation>entregando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>billing</source>
        <translation>cobrando</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>waiter: %1</source>
        <translation>camarero: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>set %1</source>
        <translation>ajuste %1</translation>
    </message>
</context>
<context>
    <name>bistro::gui::EventLogPanel</name>
    <message>
        <location filename="../../app/gui/src/panels/event_log_panel.cpp" line="+81"/>
        <source>Show</source>
        <translation>Filtrar por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the log by</source>
        <translation>Filtrar el registro por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order</source>
        <translation>pedido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>table</source>
        <translation>mesa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>waiter</source>
        <translation>camarero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cook</source>
        <translation>cocinero</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dish</source>
        <translation>plato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>what</source>
        <translation>qué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter text</source>
        <translation>Texto del filtro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 17 - follow one order through the restaurant</source>
        <translation>p. ej. 17 - seguir un pedido por el restaurante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracing async work: pick an order id to see its whole story in order, even when many waiters and cooks handled it.</source>
        <translation>Rastrear trabajo asíncrono: elegir el número de un pedido muestra toda su historia en orden, aunque lo hayan atendido muchos camareros y cocineros.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>follow the clock</source>
        <translation>seguir el reloj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV...</source>
        <translation>Exportar CSV...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the rows shown (the filter applies) as CSV, in the same columns as bistro-cli run --trace</source>
        <translation>Guardar las filas mostradas (se aplica el filtro) como CSV, con las mismas columnas que bistro-cli run --trace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Happenings</source>
        <translation>Sucesos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every happening in order; Enter or a click shows it on the floor</source>
        <translation>Todos los sucesos en orden; Enter o un clic lo muestra en la sala</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Messages&lt;/b&gt; from</source>
        <translation>&lt;b&gt;Mensajes&lt;/b&gt; a mostrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages from</source>
        <translation>Mensajes a mostrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nobody (off)</source>
        <translation>ninguno (desactivado)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>errors</source>
        <translation>errores</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warnings and up</source>
        <translation>avisos y más graves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>info and up</source>
        <translation>información y más graves</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>debug and up</source>
        <translation>depuración y más graves</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>everything (trace)</source>
        <translation>todo (traza)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the program itself reports: files opened and saved, comparisons computed, parameter changes (debug).</source>
        <translation>Lo que informa el propio programa: archivos abiertos y guardados, comparaciones calculadas, cambios de parámetros (depuración).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>The log keeps the latest %L1 happenings: the %L2 before them were dropped. Go back in time to see them again.</source>
        <translation>El registro conserva los últimos %L1 sucesos: los %L2 anteriores se descartaron. Para verlos de nuevo, hay que volver atrás en el tiempo.</translation>
    </message>
</context>
<context>
    <name>bistro::gui::FloorArea</name>
    <message>
        <location filename="../../app/gui/src/window/floor_area.cpp" line="+116"/>
        <source>Synchronous waiters (block at the pass)</source>
        <translation>Camareros síncronos (se bloquean en el pase)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asynchronous waiters</source>
        <translation>Camareros asíncronos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Asynchronous waiters (the bell calls them back)</source>
        <translation>Camareros asíncronos (la campana los vuelve a llamar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synchronous waiters</source>
        <translation>Camareros síncronos</translation>
    </message>
</context>
<context>
    <name>bistro::gui::FloorLegend</name>
    <message>
        <location filename="../../app/gui/src/panels/floor_legend.cpp" line="+92"/>
        <source>Waiters</source>
        <translation>Camareros</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+38"/>
        <source>Leaving (faded)</source>
        <translation>Se va (atenuado)</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Let go: leaves when the task in hand is done</source>
        <translation>Retirado: se va cuando termina la tarea en curso</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Parties at their tables</source>
        <translation>Grupos en sus mesas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooks (the kitchen: I/O)</source>
        <translation>Cocineros (la cocina: E/S)</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Cooking</source>
        <translation>Cocinando</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A cook at work on a dish</source>
        <translation>Un cocinero trabajando en un plato</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A burnt dish again</source>
        <translation>Un plato quemado, de nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dish burnt: cooked again (a failing request retried)</source>
        <translation>El plato se quemó: se cocina de nuevo (una petición fallida que se reintenta)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Idle</source>
        <translation>Libre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A free cook</source>
        <translation>Un cocinero libre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Let go: leaves when the dish in hand is done</source>
        <translation>Retirado: se va cuando termina el plato en curso</translation>
    </message>
</context>
<context>
    <name>bistro::gui::FloorView</name>
    <message>
        <location filename="../../app/gui/src/floor/floor_keys.cpp" line="+179"/>
        <source>Waiter %1: %2</source>
        <translation>Camarero %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Table T%1, empty</source>
        <translation>Mesa T%1, vacía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table T%1: party %2 of %3, %4</source>
        <translation>Mesa T%1: grupo %2 (de %3), %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing: use the arrows to move between waiters and tables</source>
        <translation>Nada: con las flechas se pasa de un camarero o una mesa a otro</translation>
    </message>
</context>
<context>
    <name>bistro::gui::InsightColumn</name>
    <message>
        <location filename="../../app/gui/src/panels/insight_column.cpp" line="+36"/>
        <source>Blocked at the pass</source>
        <translation>Bloqueados en el pase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kitchen is the bottleneck</source>
        <translation>La cocina es el cuello de botella</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Own work (CPU-bound)</source>
        <translation>Trabajo propio (limitado por CPU)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More guests than the staff can serve</source>
        <translation>Más comensales de los que el personal puede atender</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Watching: the cards about how the staff spend their time appear after ten minutes of service, or of a new setting.</source>
        <translation>Observando: las tarjetas sobre cómo emplea el personal su tiempo aparecen tras diez minutos de servicio, o de un ajuste nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing stands out right now.</source>
        <translation>Ahora mismo no hay nada destacable.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Show me</source>
        <translation>Mostrar</translation>
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
        <translation>un plato</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>waiter %1</source>
        <translation>camarero %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>arrived, %n guests</source>
        <translation>
            <numerusform>llegó, %n comensal</numerusform>
            <numerusform>llegó, %n comensales</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seated at table T%1</source>
        <translation>sentado en la mesa T%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;turned away&lt;/b&gt;: %1 parties already queued at the door</source>
        <translation>&lt;b&gt;rechazado&lt;/b&gt;: ya había %1 grupos en la cola de la puerta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;gave up&lt;/b&gt; after %1 at the door</source>
        <translation>&lt;b&gt;se cansó de esperar&lt;/b&gt; tras %1 en la puerta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ready to order: calls a waiter</source>
        <translation>listo para pedir: llama a un camarero</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 took the order (after %2)</source>
        <translation>el %1 tomó el pedido (tras %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>ticket handed in: %n dishes for the kitchen</source>
        <translation>
            <numerusform>comanda entregada: %n plato para la cocina</numerusform>
            <numerusform>comanda entregada: %n platos para la cocina</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>finished eating: asks for the bill</source>
        <translation>terminó de comer: pide la cuenta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paid %1</source>
        <translation>pagó al %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left after %1 in all</source>
        <translation>se fue tras %1 en total</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cook %1 starts the %2 again</source>
        <translation>el cocinero %1 vuelve a preparar %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cook %1 starts the %2</source>
        <translation>el cocinero %1 empieza a preparar %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;span style=&apos;color:#D55E00&apos;&gt;&lt;b&gt;the %1 burnt&lt;/b&gt;: cooked again&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#D55E00&apos;&gt;&lt;b&gt;se quemó %1&lt;/b&gt;: se vuelve a cocinar&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the %1 is ready at the pass</source>
        <translation>%1 ya está en el pase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 picks up the %2 (waited %3 at the pass)</source>
        <translation>el %1 recoge %2 (esperó %3 en el pase)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 serves the %2 (%3 after being ready to order)</source>
        <translation>el %1 sirve %2 (%3 después de estar listo para pedir)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;the whole order is on the table&lt;/b&gt;, %1 after being ready to order</source>
        <translation>&lt;b&gt;todo el pedido está en la mesa&lt;/b&gt;, %1 después de estar listo para pedir</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&lt;p style=&apos;background-color:%1; color:white&apos;&gt;&amp;nbsp;In the &lt;b&gt;%2&lt;/b&gt; restaurant, on the %3&amp;nbsp;&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;background-color:%1; color:white&apos;&gt;&amp;nbsp;En el restaurante &lt;b&gt;%2&lt;/b&gt;, a la %3&amp;nbsp;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;p style=&apos;color:#6b6b6b&apos;&gt;Click a waiter, a table or a dish to follow its story (or Tab into the floor, move with the arrows, press Enter).&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#6b6b6b&apos;&gt;Un clic en un camarero, una mesa o un plato permite seguir su historia (o bien: Tab para entrar en la sala, las flechas para moverse y Enter).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;h3&gt;Table T%1&lt;/h3&gt;&lt;p&gt;Empty. It will seat the first party at the door that fits.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Mesa T%1&lt;/h3&gt;&lt;p&gt;Vacía. Sentará al primer grupo de la puerta que quepa en ella.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;h3&gt;Party %1&lt;/h3&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt; %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Grupo %1&lt;/h3&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt; %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;h3&gt;Waiter %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Camarero %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;b&gt;Not on the floor now.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ahora no está en la sala.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;%2&lt;/p&gt;&lt;p&gt;State: &lt;b style=&apos;color:%3&apos;&gt;%4&lt;/b&gt; for %5&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;%2&lt;/p&gt;&lt;p&gt;Estado: &lt;b style=&apos;color:%3&apos;&gt;%4&lt;/b&gt; desde hace %5&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> It leaves when this task is done.</source>
        <translation> Se irá cuando termine esta tarea.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Recent states:&lt;/p&gt;&lt;table&gt;</source>
        <translation>&lt;p&gt;Estados recientes:&lt;/p&gt;&lt;table&gt;</translation>
    </message>
</context>
<context>
    <name>bistro::gui::InterfaceLanguage</name>
    <message>
        <location filename="../../app/gui/src/window/interface_language.cpp" line="+58"/>
        <source>&amp;Language</source>
        <translation>Idi&amp;oma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system&apos;s language (%1)</source>
        <translation>Idioma del sistema (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the window&apos;s words and numbers</source>
        <translation>El idioma de los textos y números de la ventana</translation>
    </message>
</context>
<context>
    <name>bistro::gui::JobBar</name>
    <message>
        <location filename="../../app/gui/src/window/job_bar.cpp" line="+31"/>
        <source>Progress of the long job</source>
        <translation>Progreso de la tarea larga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop here (Esc): the run stays at the time it reached</source>
        <translation>Detener aquí (Esc): la ejecución se queda en el momento alcanzado</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The replicated comparison was stopped.</source>
        <translation>Se detuvo la comparación replicada.</translation>
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
        <translation>Ejecutando hasta %1: en %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stopped at %1 of %2.</source>
        <translation>Detenido en %1 de %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Replicated comparison: %1 %</source>
        <translation>Comparación replicada: %1 %</translation>
    </message>
</context>
<context>
    <name>bistro::gui::LessonDesk</name>
    <message>
        <location filename="../../app/gui/src/lessons/lesson_desk.cpp" line="+68"/>
        <location line="+30"/>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The lesson&apos;s step: what to read, the prediction to make, Back and Next (Alt+L)</source>
        <translation>El paso de la lección: qué leer, la predicción que hacer, Atrás y Siguiente (Alt+L)</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+68"/>
        <source>The lesson</source>
        <translation>La lección</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+78"/>
        <source>Open &amp;lesson...</source>
        <translation>Abrir &amp;lección...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open lesson</source>
        <translation>Abrir lección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lessons (*.toml)</source>
        <translation>Lecciones (*.toml)</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+91"/>
        <source>&amp;Welcome</source>
        <translation>&amp;Bienvenida</translation>
    </message>
    <message>
        <location line="-86"/>
        <location line="+88"/>
        <source>&amp;Lessons</source>
        <translation>&amp;Lecciones</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+96"/>
        <source>User &amp;guide</source>
        <translation>&amp;Guía de uso</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+98"/>
        <source>&amp;Legend: badges, colours, icons</source>
        <translation>Le&amp;yenda: insignias, colores, iconos</translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+99"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Done</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cannot open the lesson</source>
        <translation>No se puede abrir la lección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;%1 could not be opened; nothing changed.&lt;/p&gt;&lt;pre&gt;%2&lt;/pre&gt;</source>
        <translation>&lt;p&gt;No se pudo abrir %1; no ha cambiado nada.&lt;/p&gt;&lt;pre&gt;%2&lt;/pre&gt;</translation>
    </message>
</context>
<context>
    <name>bistro::gui::LessonPanel</name>
    <message>
        <location filename="../../app/gui/src/lessons/lesson_panel.cpp" line="+151"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show me</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outline again what this step is about</source>
        <translation>Volver a señalar de qué trata este paso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip to the result</source>
        <translation>Saltar al resultado</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location line="-194"/>
        <location line="+20"/>
        <source>Step %1 of %2 · about %3 min in all</source>
        <translation>Paso %1 de %2 · unos %3 min en total</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+19"/>
        <source>&lt;b&gt;Locked for this step:&lt;/b&gt; %1. %2</source>
        <translation>&lt;b&gt;Fijado en este paso:&lt;/b&gt; %1. %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+21"/>
        <source>&lt;b&gt;Your prediction.&lt;/b&gt; </source>
        <translation>&lt;b&gt;Tu predicción.&lt;/b&gt; </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>move to guess</source>
        <translation>mover para estimar</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>&lt;p&gt;&lt;b&gt;You predicted:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;What happened:&lt;/b&gt; %2&lt;br&gt;&lt;b style=&quot;color:%3&quot;&gt;%4&lt;/b&gt;&lt;/p&gt;%5</source>
        <translation>&lt;p&gt;&lt;b&gt;Tu predicción:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Lo que pasó:&lt;/b&gt; %2&lt;br&gt;&lt;b style=&quot;color:%3&quot;&gt;%4&lt;/b&gt;&lt;/p&gt;%5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Right.</source>
        <translation>Correcto.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not this time: most people expect that too.</source>
        <translation>Esta vez no: la mayoría de la gente también lo espera.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Commit and run</source>
        <translation>Confirmar y ejecutar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make your prediction first</source>
        <translation>Primero hay que hacer la predicción</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
</context>
<context>
    <name>bistro::gui::MainWindow</name>
    <message>
        <location filename="../../app/gui/src/window/classroom.cpp" line="+47"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actual size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Presenter mode</source>
        <translation>Modo &amp;presentación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full screen, large type, only the floors and the big numbers (F5; Esc leaves)</source>
        <translation>Pantalla completa, letra grande, solo las salas y las cifras grandes (F5; Esc para salir)</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Cancel the long job, or leave presenter mode</source>
        <translation>Cancelar la tarea larga o salir del modo presentación</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The controls are a tab beside the verdict, to give both floors room; View &gt; Insights opens the insights.</source>
        <translation>Los controles son una pestaña junto al veredicto, para dejar sitio a ambas salas; Ver &gt; Observaciones abre las observaciones.</translation>
    </message>
    <message>
        <location filename="../../app/gui/src/window/main_window.cpp" line="+79"/>
        <source>Press Space to play. Ctrl+K shows the waiters&apos; code. Hover over any control to learn the idea behind it.</source>
        <translation>Con la barra espaciadora se reproduce. Ctrl+K muestra el código de los camareros. Al pasar el ratón sobre cualquier control se explica la idea que hay detrás.</translation>
    </message>
    <message>
        <location filename="../../app/gui/src/window/main_window_words.cpp" line="+26"/>
        <source>Live numbers</source>
        <translation>Cifras en vivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controls</source>
        <translation>Controles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timelines</source>
        <translation>Líneas de tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event log</source>
        <translation>Registro de eventos</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The waiter&apos;s program beside the restaurant, each waiter on its line (Ctrl+K)</source>
        <translation>El programa del camarero junto al restaurante, cada camarero en su línea (Ctrl+K)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Insights</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <location filename="../../app/gui/src/window/main_window.cpp" line="+122"/>
        <source>The service is over. Reset, or scrub back along the timeline.</source>
        <translation>El servicio ha terminado. Se puede reiniciar o retroceder por la línea de tiempo.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The saved settings could not be read, so the window starts with the defaults.</source>
        <translation>No se pudieron leer los ajustes guardados, así que la ventana se abre con los valores predeterminados.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The simulation stopped: %1. Press Reset to start again.</source>
        <translation>La simulación se detuvo: %1. Para empezar de nuevo, pulsar Reiniciar.</translation>
    </message>
    <message>
        <location filename="../../app/gui/src/window/main_window_words.cpp" line="-1"/>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Twin restaurants (compare)</source>
        <translation>Restaurantes &amp;gemelos (comparar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twin restaurants</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two restaurants side by side with the same guests: sync against async</source>
        <translation>Dos restaurantes uno al lado del otro con los mismos comensales: síncrono contra asíncrono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plots</source>
        <translation>Grá&amp;ficos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Simulation</source>
        <translation>&amp;Simulación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Faster</source>
        <translation>Más &amp;rápido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;lower</source>
        <translation>Más &amp;lento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synchronous waiters</source>
        <translation>Camareros síncronos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asynchronous waiters</source>
        <translation>Camareros asíncronos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Async Bistro</source>
        <translation>Acerca &amp;de Async Bistro</translation>
    </message>
    <message>
        <location filename="../../app/gui/src/window/main_window.cpp" line="+202"/>
        <source>About Async Bistro</source>
        <translation>Acerca de Async Bistro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Async Bistro %1&lt;/h3&gt;&lt;p&gt;A restaurant that teaches synchronous and asynchronous programming.&lt;/p&gt;&lt;p&gt;Waiters are threads, the kitchen is I/O, the bell is a callback. Every number comes from a deterministic discrete-event simulation checked against queueing theory.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Async Bistro %1&lt;/h3&gt;&lt;p&gt;Un restaurante que enseña programación síncrona y asíncrona.&lt;/p&gt;&lt;p&gt;Los camareros son hilos, la cocina es E/S, la campana es un callback. Cada cifra procede de una simulación determinista de eventos discretos, contrastada con la teoría de colas.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot save the screenshot</source>
        <translation>No se puede guardar la captura de pantalla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 against %2</source>
        <translation>%1 contra %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>async</source>
        <translation>asíncrono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sync</source>
        <translation>síncrono</translation>
    </message>
    <message>
        <location filename="../../app/gui/src/window/main_window_access.cpp" line="+52"/>
        <source>The policy, the delivery and the sliders</source>
        <translation>La política, la entrega y los controles deslizantes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The live numbers: served, lost, waits, busy staff</source>
        <translation>Las cifras en vivo: servidos, perdidos, esperas, personal ocupado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The story of the waiter, table or party selected</source>
        <translation>La historia del camarero, la mesa o el grupo seleccionado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Insight cards in plain words and the staff&apos;s load</source>
        <translation>Tarjetas de observaciones en palabras sencillas y la carga del personal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The waiters&apos; program, each waiter on its line</source>
        <translation>El programa de los camareros, cada camarero en su línea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each waiter&apos;s and cook&apos;s states over time</source>
        <translation>Los estados de cada camarero y cocinero a lo largo del tiempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every happening in order, to filter and export</source>
        <translation>Todos los sucesos en orden, para filtrar y exportar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare mode: the difference and the verdict</source>
        <translation>Modo comparación: la diferencia y el veredicto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plot of the wait for food</source>
        <translation>Gráfico de la espera de la comida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plot of the time in the restaurant</source>
        <translation>Gráfico del tiempo en el restaurante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plot of the wait for a table</source>
        <translation>Gráfico de la espera de una mesa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plot of the waiters&apos; time by state</source>
        <translation>Gráfico del tiempo de los camareros por estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plot of the queues over time</source>
        <translation>Gráfico de las colas a lo largo del tiempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The simulation beside queueing theory</source>
        <translation>La simulación junto a la teoría de colas</translation>
    </message>
    <message>
        <location filename="../../app/gui/src/window/main_window_words.cpp" line="-11"/>
        <source>A&amp;nnounce happenings (screen readers)</source>
        <translation>Anu&amp;nciar sucesos (lectores de pantalla)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell screen readers when a waiter blocks, an order is served or the verdict changes</source>
        <translation>Avisar a los lectores de pantalla cuando un camarero se bloquea, se sirve un pedido o cambia el veredicto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Default layout</source>
        <translation>&amp;Disposición predeterminada</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Go to</source>
        <translation>&amp;Ir a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The floor</source>
        <translation>La sala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The right floor (compare mode)</source>
        <translation>La sala de la derecha (modo comparación)</translation>
    </message>
    <message>
        <location filename="../../app/gui/src/window/main_window_access.cpp" line="+90"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The left floor: %1</source>
        <translation>La sala de la izquierda: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The floor of the restaurant</source>
        <translation>La sala del restaurante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The right floor: %1</source>
        <translation>La sala de la derecha: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>left</source>
        <translation>izquierda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>right</source>
        <translation>derecha</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the event log</source>
        <translation>Exportar el registro de eventos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved the event log to %1</source>
        <translation>Registro de eventos guardado en %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot export the event log</source>
        <translation>No se puede exportar el registro de eventos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Nothing was written.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;No se escribió nada.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/gui/src/window/main_window_words.cpp" line="-18"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open scenario...</source>
        <translation>&amp;Abrir escenario...</translation>
    </message>
    <message>
        <location filename="../../app/gui/src/window/main_window_files.cpp" line="-39"/>
        <source>Open scenario</source>
        <translation>Abrir escenario</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+88"/>
        <source>Scenarios (*.toml)</source>
        <translation>Escenarios (*.toml)</translation>
    </message>
    <message>
        <location filename="../../app/gui/src/window/main_window_words.cpp" line="+1"/>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;as...</source>
        <translation>Guardar &amp;como...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save screens&amp;hot...</source>
        <translation>Guardar captura de &amp;pantalla...</translation>
    </message>
    <message>
        <location filename="../../app/gui/src/window/main_window_files.cpp" line="-72"/>
        <source>Save screenshot</source>
        <translation>Guardar captura de pantalla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../app/gui/src/window/main_window_words.cpp" line="+1"/>
        <source>Export event &amp;log (CSV)...</source>
        <translation>Exportar registro de &amp;eventos (CSV)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;cenario</source>
        <translation>&amp;Escenario</translation>
    </message>
    <message>
        <location filename="../../app/gui/src/window/main_window_files.cpp" line="+32"/>
        <source>Cannot open the scenario</source>
        <translation>No se puede abrir el escenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;%1 could not be opened. The current scenario stays as it is.&lt;/p&gt;%2</source>
        <translation>&lt;p&gt;No se pudo abrir %1. El escenario actual se queda como está.&lt;/p&gt;%2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot save</source>
        <translation>No se puede guardar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&lt;p&gt;Nothing was lost: the file on disk is unchanged.&lt;/p&gt;%1</source>
        <translation>&lt;p&gt;No se ha perdido nada: el archivo en disco no ha cambiado.&lt;/p&gt;%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save scenario</source>
        <translation>Guardar escenario</translation>
    </message>
</context>
<context>
    <name>bistro::gui::ParameterPanel</name>
    <message>
        <location filename="../../app/gui/src/panels/parameter_panel.cpp" line="+81"/>
        <source>Guests</source>
        <translation>Comensales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parties arriving per hour, at random moments (a Poisson process).&lt;br&gt;Programming: the &lt;b&gt;request rate&lt;/b&gt; hitting a server.</source>
        <translation>Grupos que llegan por hora, en momentos aleatorios (un proceso de Poisson).&lt;br&gt;En programación: la &lt;b&gt;tasa de peticiones&lt;/b&gt; que recibe un servidor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>/h</source>
        <translation>/h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiters</source>
        <translation>Camareros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many waiters serve the room.&lt;br&gt;Programming: the &lt;b&gt;number of threads&lt;/b&gt; (the size of a thread pool). Removing one takes effect when they finish their task.</source>
        <translation>Cuántos camareros atienden la sala.&lt;br&gt;En programación: el &lt;b&gt;número de hilos&lt;/b&gt; (el tamaño de un pool de hilos). Quitar uno surte efecto cuando termina su tarea.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cooks</source>
        <translation>Cocineros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many dishes the kitchen cooks at once.&lt;br&gt;Programming: the &lt;b&gt;I/O device&lt;/b&gt; and its concurrency (a database&apos;s connections, a disk&apos;s queue).</source>
        <translation>Cuántos platos prepara la cocina a la vez.&lt;br&gt;En programación: el &lt;b&gt;dispositivo de E/S&lt;/b&gt; y su concurrencia (las conexiones de una base de datos, la cola de un disco).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cook time</source>
        <translation>Tiempo de cocina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean time a cook needs per dish.&lt;br&gt;Programming: the &lt;b&gt;latency of the I/O call&lt;/b&gt;. The longer it is, the more a blocked thread wastes.</source>
        <translation>Tiempo medio que necesita un cocinero por plato.&lt;br&gt;En programación: la &lt;b&gt;latencia de la llamada de E/S&lt;/b&gt;. Cuanto más larga es, más tiempo desperdicia un hilo bloqueado.</translation>
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
        <translation>Toma de pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean time to take an order at the table.&lt;br&gt;Programming: work on the request before the I/O call.</source>
        <translation>Tiempo medio para tomar un pedido en la mesa.&lt;br&gt;En programación: el trabajo sobre la petición antes de la llamada de E/S.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Own work</source>
        <translation>Trabajo propio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The waiter&apos;s own work per order: drinks, bread. Nobody else can do it.&lt;br&gt;Programming: &lt;b&gt;CPU-bound work&lt;/b&gt;. Async does not make it faster: there is nothing to wait for.</source>
        <translation>El trabajo propio del camarero en cada pedido: bebidas, pan. Nadie más puede hacerlo.&lt;br&gt;En programación: &lt;b&gt;trabajo limitado por CPU&lt;/b&gt;. Async no lo acelera: no hay nada que esperar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Burnt dishes</source>
        <translation>Platos quemados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chance that a dish burns and must be cooked again.&lt;br&gt;Programming: a &lt;b&gt;failing request&lt;/b&gt; that is retried. Sync: the waiter waits it out; async: only that order waits.</source>
        <translation>Probabilidad de que un plato se queme y haya que volver a cocinarlo.&lt;br&gt;En programación: una &lt;b&gt;petición que falla&lt;/b&gt; y se reintenta. Sync: el camarero espera a que termine; async: solo espera ese pedido.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Patience</source>
        <translation>Paciencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long guests wait at the door for a table before they leave.&lt;br&gt;Programming: a &lt;b&gt;client timeout&lt;/b&gt;.</source>
        <translation>Cuánto esperan los comensales en la puerta por una mesa antes de irse.&lt;br&gt;En programación: un &lt;b&gt;tiempo de espera del cliente&lt;/b&gt; (timeout).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Synchronous</source>
        <translation>Síncrono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Synchronous waiter&lt;/b&gt;: after handing in a ticket the waiter stands at the pass, &lt;i&gt;blocked&lt;/i&gt;, until the food is cooked.&lt;br&gt;Programming: a thread making a &lt;b&gt;blocking I/O call&lt;/b&gt;.</source>
        <translation>&lt;b&gt;Camarero síncrono&lt;/b&gt;: tras entregar una comanda, el camarero se queda en el pase, &lt;i&gt;bloqueado&lt;/i&gt;, hasta que la comida está cocinada.&lt;br&gt;En programación: un hilo que hace una &lt;b&gt;llamada de E/S bloqueante&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asynchronous</source>
        <translation>Asíncrono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Asynchronous waiter&lt;/b&gt;: hands in the ticket and serves other tables; the kitchen&apos;s bell queues the delivery for any waiter.&lt;br&gt;Programming: a &lt;b&gt;non-blocking call&lt;/b&gt; with a callback / &lt;code&gt;await&lt;/code&gt; on an &lt;b&gt;event loop&lt;/b&gt;.</source>
        <translation>&lt;b&gt;Camarero asíncrono&lt;/b&gt;: entrega la comanda y atiende otras mesas; la campana de la cocina pone la entrega en la cola para cualquier camarero.&lt;br&gt;En programación: una &lt;b&gt;llamada no bloqueante&lt;/b&gt; con un callback / &lt;code&gt;await&lt;/code&gt; en un &lt;b&gt;bucle de eventos&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole order</source>
        <translation>Pedido completo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Food leaves the pass when &lt;b&gt;every&lt;/b&gt; dish of the order is ready.&lt;br&gt;Programming: &lt;code&gt;Promise.all&lt;/code&gt; / joining all results.</source>
        <translation>La comida sale del pase cuando &lt;b&gt;todos&lt;/b&gt; los platos del pedido están listos.&lt;br&gt;En programación: &lt;code&gt;Promise.all&lt;/code&gt; / esperar a reunir todos los resultados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each dish</source>
        <translation>Cada plato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each dish leaves the pass &lt;b&gt;as soon as it is ready&lt;/b&gt;.&lt;br&gt;Programming: streaming results as they complete.</source>
        <translation>Cada plato sale del pase &lt;b&gt;en cuanto está listo&lt;/b&gt;.&lt;br&gt;En programación: entregar los resultados a medida que terminan (streaming).</translation>
    </message>
    <message>
        <location line="+86"/>
        <source> (locked)</source>
        <translation> (fijado)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&lt;b&gt;Locked by the lesson.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Fijado por la lección.&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>bistro::gui::PlotView</name>
    <message>
        <location filename="../../app/gui/src/plots/plot_view.cpp" line="+90"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this plot as a PNG or SVG picture, or its data as CSV</source>
        <translation>Guardar este gráfico como imagen PNG o SVG, o sus datos como CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture (PNG)...</source>
        <translation>Imagen (PNG)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture (SVG)...</source>
        <translation>Imagen (SVG)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data (CSV)...</source>
        <translation>Datos (CSV)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the picture, to paste into slides</source>
        <translation>Copiar la imagen, para pegarla en diapositivas</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>Copy picture</source>
        <translation>Copiar imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save picture (PNG)...</source>
        <translation>Guardar imagen (PNG)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save picture (SVG)...</source>
        <translation>Guardar imagen (SVG)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save data (CSV)...</source>
        <translation>Guardar datos (CSV)...</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+2"/>
        <location line="+8"/>
        <location line="+15"/>
        <location line="+7"/>
        <location line="+2"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Cannot encode %1 as PNG</source>
        <translation>No se puede codificar %1 como PNG</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Async Bistro: %1</source>
        <translation>Async Bistro: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> files (*.%1)</source>
        <translation> — archivos (*.%1)</translation>
    </message>
</context>
<context>
    <name>bistro::gui::PresenterBar</name>
    <message>
        <location filename="../../app/gui/src/window/presenter_bar.cpp" line="+62"/>
        <source>Parties served and lost at the door, the mean wait for food (counting those still waiting), and the share of the waiters&apos; time spent blocked at the pass</source>
        <translation>Grupos servidos y perdidos en la puerta, la espera media de la comida (contando los que aún esperan) y la parte del tiempo de los camareros que pasan bloqueados en el pase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The line of the waiters&apos; program most waiters are at</source>
        <translation>La línea del programa de los camareros en la que está la mayoría de ellos</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/span&gt; &amp;nbsp; served &lt;b&gt;%3&lt;/b&gt; &amp;middot; lost &lt;b&gt;%4&lt;/b&gt; &amp;middot; food &lt;b&gt;%5&lt;/b&gt; min &amp;middot; blocked &lt;b&gt;%6 %&lt;/b&gt;</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/span&gt; &amp;nbsp; servidos &lt;b&gt;%3&lt;/b&gt; &amp;middot; perdidos &lt;b&gt;%4&lt;/b&gt; &amp;middot; comida &lt;b&gt;%5&lt;/b&gt; min &amp;middot; bloqueados &lt;b&gt;%6 %&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sync</source>
        <translation>síncrono</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>async</source>
        <translation>asíncrono</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>waiters %1 at: &lt;code style=&apos;background:#F2EEE6&apos;&gt;&amp;nbsp;%2&amp;nbsp;&lt;/code&gt;</source>
        <translation>camareros %1 en: &lt;code style=&apos;background:#F2EEE6&apos;&gt;&amp;nbsp;%2&amp;nbsp;&lt;/code&gt;</translation>
    </message>
</context>
<context>
    <name>bistro::gui::QueuePlot</name>
    <message>
        <location filename="../../app/gui/src/plots/queue_plot.cpp" line="+19"/>
        <source>door</source>
        <translation>puerta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kitchen</source>
        <translation>cocina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pass</source>
        <translation>pase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>parties at the door</source>
        <translation>grupos en la puerta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dishes waiting for a cook</source>
        <translation>platos que esperan a un cocinero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dishes waiting at the pass</source>
        <translation>platos que esperan en el pase</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Queues</source>
        <translation>Colas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The longest queue in each interval</source>
        <translation>La cola más larga de cada intervalo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>simulated time (hours)</source>
        <translation>tiempo simulado (horas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>door %1 · kitchen %2 · pass %3 now</source>
        <translation>ahora: puerta %1 · cocina %2 · pase %3</translation>
    </message>
</context>
<context>
    <name>bistro::gui::SimulationController</name>
    <message>
        <location filename="../../app/gui/src/controller/simulation_controller.cpp" line="+75"/>
        <source>an error with no message</source>
        <translation>un error sin mensaje</translation>
    </message>
</context>
<context>
    <name>bistro::gui::StatsPanel</name>
    <message>
        <location filename="../../app/gui/src/panels/stats_panel.cpp" line="+46"/>
        <source>served</source>
        <translation>servidos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parties that ate, paid and left</source>
        <translation>Grupos que comieron, pagaron y se fueron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lost at the door</source>
        <translation>perdidos en la puerta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parties that gave up waiting for a table</source>
        <translation>Grupos que se cansaron de esperar una mesa</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+70"/>
        <source>min to order</source>
        <translation>min para pedir</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Mean wait from being ready to order until a waiter takes the order; the parties still waiting count with their wait so far</source>
        <translation>Espera media desde que el grupo está listo para pedir hasta que un camarero toma el pedido; los grupos que aún esperan cuentan con su espera hasta ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+68"/>
        <source>min for food</source>
        <translation>min hasta la comida</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Mean wait from being ready to order until the whole order is on the table; the parties still waiting count with their wait so far</source>
        <translation>Espera media desde que el grupo está listo para pedir hasta que todo el pedido está en la mesa; los grupos que aún esperan cuentan con su espera hasta ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiters busy</source>
        <translation>camareros ocupados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share of the waiters&apos; time not idle</source>
        <translation>Parte del tiempo de los camareros en que no están libres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiters blocked</source>
        <translation>camareros bloqueados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the waiters&apos; time spent blocked at the pass: a thread waiting on I/O</source>
        <translation>Parte del tiempo de los camareros que pasan bloqueados en el pase: un hilo que espera la E/S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cooks busy</source>
        <translation>cocineros ocupados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share of the cooks&apos; time spent cooking</source>
        <translation>Parte del tiempo de los cocineros dedicada a cocinar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parties inside</source>
        <translation>grupos dentro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parties in the restaurant right now</source>
        <translation>Grupos que están ahora en el restaurante</translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>%1, with %n still waiting</source>
        <translation>
            <numerusform>%1, con %n que aún espera</numerusform>
            <numerusform>%1, con %n que aún esperan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bistro::gui::TheoryPlot</name>
    <message>
        <location filename="../../app/gui/src/plots/theory_plot.cpp" line="-11"/>
        <source>Wait for a waiter to take the order</source>
        <translation>Espera hasta que un camarero toma el pedido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A dish&apos;s wait for a cook</source>
        <translation>Espera de un plato hasta que lo toma un cocinero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of parties lost at the door</source>
        <translation>Proporción de grupos perdidos en la puerta</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Theory</source>
        <translation>Teoría</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>theory: %1 %2</source>
        <translation>teoría: %1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no textbook queue here: %1</source>
        <translation>aquí no hay una cola de manual: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no textbook queue here: %1 and %2 more</source>
        <translation>aquí no hay una cola de manual: %1 y %2 más</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>simulated time (hours)</source>
        <translation>tiempo simulado (horas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>% lost</source>
        <translation>% perdidos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>simulated mean so far</source>
        <translation>media simulada hasta ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>theory</source>
        <translation>teoría</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>95 % band</source>
        <translation>banda del 95 %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> band</source>
        <translation> (banda)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>simulated mean</source>
        <translation>media simulada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> mean</source>
        <translation> (media)</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>nothing measured yet</source>
        <translation>nada medido todavía</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>simulated %1 %2 (one sample: no interval from one)</source>
        <translation>simulado: %1 %2 (una sola muestra: sin intervalo)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>simulated %1 ± %2 %3</source>
        <translation>simulado: %1 ± %2 %3</translation>
    </message>
</context>
<context>
    <name>bistro::gui::TimelinePanel</name>
    <message>
        <location filename="../../app/gui/src/timeline/timeline_panel.cpp" line="+37"/>
        <source>The waiters&apos; shared task queue right now: the event loop&apos;s queue of pending work. Next to it, the kitchen&apos;s ticket rail.</source>
        <translation>La cola de tareas compartida de los camareros en este momento: la cola de trabajo pendiente del bucle de eventos. Al lado, el riel de comandas de la cocina.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> &amp;middot; +%1 more</source>
        <translation> &amp;middot; +%1 más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty</source>
        <translation>vacía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Task queue&lt;/b&gt; (%1): %2 &amp;nbsp;&amp;nbsp; &lt;b&gt;Ticket rail&lt;/b&gt;: %3 dish(es)</source>
        <translation>&lt;b&gt;Cola de tareas&lt;/b&gt; (%1): %2 &amp;nbsp;&amp;nbsp; &lt;b&gt;Riel de comandas&lt;/b&gt;: %3 plato(s)</translation>
    </message>
</context>
<context>
    <name>bistro::gui::TimelineView</name>
    <message>
        <location filename="../../app/gui/src/timeline/timeline_view.cpp" line="+46"/>
        <source>One lane per waiter (a thread) and per cook. Hover a bar to name the order; the mouse wheel zooms.</source>
        <translation>Un carril por camarero (un hilo) y por cocinero. Al pasar el ratón sobre una barra se ve el pedido; la rueda del ratón hace zoom.</translation>
    </message>
    <message>
        <location line="+221"/>
        <source>idle</source>
        <translation>libre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cooking again (burnt)</source>
        <translation>cocinando de nuevo (quemado)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cooking</source>
        <translation>cocinando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 for %3 min</source>
        <translation>%1: %2 durante %3 min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, order %1 at T%2</source>
        <translation>, pedido %1 en T%2</translation>
    </message>
</context>
<context>
    <name>bistro::gui::WaitPlot</name>
    <message>
        <location filename="../../app/gui/src/plots/wait_plot.cpp" line="+19"/>
        <source>Mean wait so far</source>
        <translation>Espera media hasta ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+34"/>
        <source>parties</source>
        <translation>grupos</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>simulated time (hours)</source>
        <translation>tiempo simulado (horas)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>everyone so far</source>
        <translation>todos hasta ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finished only</source>
        <translation>solo terminados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>95 % band (finished)</source>
        <translation>banda del 95 % (terminados)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>95 % band</source>
        <translation>banda del 95 %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> band</source>
        <translation> (banda)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>finished</source>
        <translation>terminados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> finished</source>
        <translation> (terminados)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>everyone</source>
        <translation>todos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> everyone</source>
        <translation> (todos)</translation>
    </message>
</context>
<context>
    <name>bistro::gui::WaitSplitBars</name>
    <message>
        <location filename="../../app/gui/src/plots/wait_split_bars.cpp" line="+124"/>
        <source>The mean wait of a party, split by what it waited for: the parties still waiting count with their time so far. Vermilion: waiting for a waiter while one stood blocked at the pass, the cost of blocking.</source>
        <translation>La espera media de un grupo, desglosada según lo que esperaba: los grupos que aún esperan cuentan con su tiempo hasta ahora. Bermellón: esperar a un camarero mientras uno estaba bloqueado en el pase, el coste de bloquear.</translation>
    </message>
</context>
<context>
    <name>bistro::gui::WaiterSplitPlot</name>
    <message>
        <location filename="../../app/gui/src/plots/waiter_split_plot.cpp" line="+27"/>
        <source>Waiters&apos; time</source>
        <translation>Tiempo de los camareros</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>% of the time since opening</source>
        <translation>% del tiempo desde la apertura</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&lt;b&gt;%1 %&lt;/b&gt; blocked at the pass</source>
        <translation>&lt;b&gt;%1 %&lt;/b&gt; bloqueado en el pase</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>waiter %1</source>
        <translation>camarero %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all %1 waiters</source>
        <translation>los %1 camareros</translation>
    </message>
</context>
<context>
    <name>bistro::gui::WelcomeCard</name>
    <message>
        <location filename="../../app/gui/src/lessons/welcome_card.cpp" line="+41"/>
        <source>Welcome to Async Bistro</source>
        <translation>Bienvenidos a Async Bistro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A restaurant you can run, pause and rewind: the waiters are threads and the kitchen is I/O, so you watch live what &lt;b&gt;waiting&lt;/b&gt; (synchronous) or &lt;b&gt;not waiting&lt;/b&gt; (asynchronous) does to the guests.</source>
        <translation>Un restaurante que se puede poner en marcha, pausar y rebobinar: los camareros son hilos y la cocina es E/S, así que se ve en vivo qué efecto tiene sobre los comensales &lt;b&gt;esperar&lt;/b&gt; (síncrono) o &lt;b&gt;no esperar&lt;/b&gt; (asíncrono).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Or open a ready-made restaurant, each written to teach one idea:</source>
        <translation>O abrir un restaurante ya preparado, cada uno pensado para enseñar una idea:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Start the first lesson</source>
        <translation>Empezar la primera lección</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Just explore</source>
        <translation>Simplemente explorar</translation>
    </message>
</context>
</TS>
