#include "lessons/preset_words.hpp"

#include <QCoreApplication>

namespace bistro::gui::library {

namespace {
// The presets' names and what each teaches, as the files in resources/scenarios/
// say them, written out here so that lupdate offers them to the translators. A
// test checks each still matches its file (a changed file shows English until
// its words here are changed too and translated).
struct PresetWords {
    const char* file;
    const char* title;
    const char* teaches;
};
const PresetWords presets[] = {
    {"burning-kitchen.toml", QT_TRANSLATE_NOOP("PresetWords", "Burning kitchen"),
     QT_TRANSLATE_NOOP(
         "PresetWords",
         "A failed request that must be retried. Under sync, the waiter who handed in the "
         "burnt order stays blocked at the pass while it is cooked again, and every table "
         "behind him waits too. Under async, a burn delays only its own order: everybody "
         "else is served as usual.")},
    {"cocktail-bar.toml", QT_TRANSLATE_NOOP("PresetWords", "Cocktail bar"),
     QT_TRANSLATE_NOOP(
         "PresetWords",
         "Async does not help CPU-bound work. Here the kitchen only plates olives "
         "(instant) and nearly all the time goes into the waiter's own work: shaking "
         "cocktails. There is nothing to wait for, so there is nothing to overlap. Sync "
         "and async serve the same guests equally well – async brings nothing but its "
         "extra complexity.")},
    {"grand-brasserie.toml", QT_TRANSLATE_NOOP("PresetWords", "Grand brasserie"),
     QT_TRANSLATE_NOOP("PresetWords",
                       "Scale. With many waiters a sync restaurant survives by brute force – more "
                       "threads – while async needs far fewer staff for the same guests. Also the "
                       "stress test of the animation: everything moves at once.")},
    {"lunch-rush.toml", QT_TRANSLATE_NOOP("PresetWords", "Lunch rush"),
     QT_TRANSLATE_NOOP(
         "PresetWords",
         "With the synchronous policy a waiter who hands in a ticket stands at the pass "
         "until the food is cooked – a thread blocked on I/O. Watch the waiters turn red, "
         "parties wait long for anyone to take their order, and the door queue grow. "
         "Switch to async and the same three waiters keep up.")},
    {"one-waiter.toml", QT_TRANSLATE_NOOP("PresetWords", "One waiter"),
     QT_TRANSLATE_NOOP(
         "PresetWords",
         "A single asynchronous waiter (one thread with an event loop, like Node.js) can "
         "serve as many tables as several synchronous waiters (a thread pool), because "
         "most of an order's time is spent in the kitchen. Run it, then try: policy sync "
         "with 1 waiter (overwhelmed), then sync with 4.")},
    {"quiet-afternoon.toml", QT_TRANSLATE_NOOP("PresetWords", "Quiet afternoon"),
     QT_TRANSLATE_NOOP(
         "PresetWords",
         "When requests are rare, blocking costs nothing anybody notices. Sync and async "
         "give the same experience; the waiters are mostly idle either way. Concurrency "
         "models matter under load, not at rest.")},
    {"slow-kitchen.toml", QT_TRANSLATE_NOOP("PresetWords", "Slow kitchen"),
     QT_TRANSLATE_NOOP(
         "PresetWords",
         "This is where async shines. Every order spends most of its life in the kitchen "
         "(slow I/O). A synchronous waiter stands blocked at the pass for all of it; an "
         "asynchronous waiter hands in the ticket and serves other tables until the bell "
         "rings. Same customers, same cooks: compare.")},
    {"textbook-queue.toml", QT_TRANSLATE_NOOP("PresetWords", "Textbook queue"),
     QT_TRANSLATE_NOOP(
         "PresetWords",
         "A simulation and a formula agree when the model is the formula's model. Three "
         "synchronous waiters are the servers; guests call for one as a Poisson stream "
         "(20 parties an hour); taking an order is the only work and takes an exponential "
         "6 minutes, so Erlang C predicts the mean wait for a waiter: 2.67 minutes. Open "
         "the Theory plot (View > Plots > Theory) and play at high speed: the simulated "
         "mean so far and its 95 % band close in on the dashed line. Then break it, one "
         "setting at a time, and read the badge:")},
};
}  // namespace

QString translatedPresetWords(const QString& english) {
    for (const PresetWords& p : presets)
        for (const char* words : {p.title, p.teaches})
            if (english == QString::fromUtf8(words))
                return QCoreApplication::translate("PresetWords", words);
    return english;
}

bool presetWordsKnown(const QString& english) {
    for (const PresetWords& p : presets)
        if (english == QString::fromUtf8(p.title) || english == QString::fromUtf8(p.teaches))
            return true;
    return false;
}

}  // namespace bistro::gui::library
