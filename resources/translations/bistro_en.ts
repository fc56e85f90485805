<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ContrastWords</name>
    <message numerus="yes">
        <location filename="../../app/gui/src/compare/contrast.cpp" line="+28"/>
        <source>%n waiters</source>
        <translation>
            <numerusform>%n waiter</numerusform>
            <numerusform>%n waiters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n cooks</source>
        <translation>
            <numerusform>%n cook</numerusform>
            <numerusform>%n cooks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightWords</name>
    <message numerus="yes">
        <location filename="../../app/gui/src/panels/insight_words.cpp" line="+42"/>
        <source>the queue grows until guests give up and leave (%n lost so far).</source>
        <translation>
            <numerusform>the queue grows until guests give up and leave (%n lost so far).</numerusform>
            <numerusform>the queue grows until guests give up and leave (%n lost so far).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%n cooks</source>
        <translation>
            <numerusform>%n cook</numerusform>
            <numerusform>%n cooks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n waiters</source>
        <translation>
            <numerusform>%n waiter</numerusform>
            <numerusform>%n waiters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <location filename="../../app/gui/src/plots/wait_plot.cpp" line="+48"/>
        <source>mean &lt;b&gt;%1&lt;/b&gt; min so far, with %n still waiting</source>
        <translation>
            <numerusform>mean &lt;b&gt;%1&lt;/b&gt; min so far, with %n still waiting</numerusform>
            <numerusform>mean &lt;b&gt;%1&lt;/b&gt; min so far, with %n still waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n parties</source>
        <translation>
            <numerusform>%n party</numerusform>
            <numerusform>%n parties</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bistro::gui::ComparisonPanel</name>
    <message numerus="yes">
        <location filename="../../app/gui/src/compare/comparison_panel.cpp" line="+164"/>
        <source>%n parties</source>
        <translation>
            <numerusform>%n party</numerusform>
            <numerusform>%n parties</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bistro::gui::InspectorPanel</name>
    <message numerus="yes">
        <location filename="../../app/gui/src/panels/inspector_panel.cpp" line="+33"/>
        <source>arrived, %n guests</source>
        <translation>
            <numerusform>arrived, %n guest</numerusform>
            <numerusform>arrived, %n guests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>ticket handed in: %n dishes for the kitchen</source>
        <translation>
            <numerusform>ticket handed in: %n dish for the kitchen</numerusform>
            <numerusform>ticket handed in: %n dishes for the kitchen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bistro::gui::StatsPanel</name>
    <message numerus="yes">
        <location filename="../../app/gui/src/panels/stats_panel.cpp" line="+112"/>
        <source>%1, with %n still waiting</source>
        <translation>
            <numerusform>%1, with %n still waiting</numerusform>
            <numerusform>%1, with %n still waiting</numerusform>
        </translation>
    </message>
</context>
</TS>
