// The monkey soak: drives the real window and its controllers at top speed with
// random actions (sliders, switches, scrubs, steps, reset, new seed, compare on
// and off, presets, resizing) and checks, after every frame, what must always
// hold (invariants.hpp); at random checkpoints, that the restaurant on screen is
// the one a fresh replay of its recorded changes gives. On failure it prints the
// seed and the actions that lead there, and exits 1.
//
//   bistro_soak --seed 1 --actions 600      (CTest: seconds, a minute under ASan)
//   bistro_soak --seed 7 --minutes 60       (an hour; see docs/architecture.md)
#include <spdlog/sinks/sink.h>
#include <spdlog/spdlog.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>
#include <cstdio>

#include "monkey.hpp"

namespace {
QtMessageHandler qt_default = nullptr;
// The offscreen platform says this at every resize: noise that would hide a failure.
void quieter(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (message.contains(QStringLiteral("propagateSizeHints"))) return;
    qt_default(type, context, message);
}
}  // namespace

int main(int argc, char** argv) {
    qt_default = qInstallMessageHandler(quieter);
    // Warnings and errors only on the terminal: every replay logs its changes again
    // (the window's event log adds a sink of its own, and keeps them).
    for (auto& sink : spdlog::default_logger()->sinks()) sink->set_level(spdlog::level::warn);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("async-bistro-soak"));
    QCommandLineParser cli;
    cli.setApplicationDescription(
        QStringLiteral("A monkey at top speed on the Async Bistro window"));
    cli.addHelpOption();
    const QCommandLineOption seed({QStringLiteral("seed")}, QStringLiteral("random seed"),
                                  QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption actions({QStringLiteral("actions")},
                                     QStringLiteral("stop after this many actions"),
                                     QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption minutes({QStringLiteral("minutes")},
                                     QStringLiteral("stop after this many minutes"),
                                     QStringLiteral("m"), QStringLiteral("0"));
    cli.addOptions({seed, actions, minutes});
    cli.process(app);
    bistro::soak::Limits limits;
    limits.actions = cli.value(actions).toLongLong();
    limits.seconds = cli.value(minutes).toDouble() * 60.0;
    if (limits.actions <= 0 && limits.seconds <= 0) limits.actions = 600;
    bistro::soak::Monkey monkey(cli.value(seed).toULongLong(), limits);
    QTimer::singleShot(0, &monkey, &bistro::soak::Monkey::start);
    return QApplication::exec();
}
