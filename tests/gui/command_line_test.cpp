// `bistro` run as a process, as the docs and scripts/screenshots run it: the
// screenshot and the frame benchmark, and bad options ending with exit code 2.
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int code = -1;
    QString out, err;
};

/// Runs `bistro` offscreen in `home`, with settings of its own (never the user's).
Run bistro(const QStringList& arguments, const QTemporaryDir& home, bool display = true,
           const QString& lang = QString()) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!lang.isEmpty())  // the system's language, as a desktop session sets it
        for (const char* name : {"LANG", "LC_ALL", "LANGUAGE"})
            env.insert(QString::fromLatin1(name), lang);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    if (!display)  // as over ssh: no display, and no platform chosen
        for (const char* name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(home.path());  // where a relative --screenshot file would go
    p.start(QStringLiteral(BISTRO_GUI), arguments);
    if (!p.waitForFinished(60000)) return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

}  // namespace

class CommandLineTest : public QObject {
    Q_OBJECT

  private slots:
    void helpAndVersionWorkWithNoDisplay() {
        QTemporaryDir home;
        const Run help = bistro({QStringLiteral("--help")}, home, false);
        QCOMPARE(help.code, 0);
        QVERIFY2(help.out.contains(QLatin1String("--screenshot")), qPrintable(help.err));
        QVERIFY(help.out.contains(QLatin1String("--code")));
        const Run version = bistro({QStringLiteral("--version")}, home, false);
        QCOMPARE(version.code, 0);
        QVERIFY(version.out.contains(QLatin1String(BISTRO_VERSION_TEXT)));
    }

    /// --help and the messages about bad options speak the system's language, or --language's.
    void helpAndMessagesFollowTheLanguage() {
        QTemporaryDir home;
        const QString english = QStringLiteral("teaches synchronous vs asynchronous");
        const Run c = bistro({QStringLiteral("--help")}, home, false, QStringLiteral("C"));
        QVERIFY2(c.out.contains(english), qPrintable(c.out));
        const Run de =
            bistro({QStringLiteral("--help")}, home, false, QStringLiteral("de_DE.UTF-8"));
        QCOMPARE(de.code, 0);
        QVERIFY(de.out.contains(QLatin1String("--screenshot")));
        QVERIFY2(!de.out.contains(english), qPrintable(de.out));
        QVERIFY2(!de.out.contains(QLatin1String("Render the window")), qPrintable(de.out));
        const Run es =
            bistro({"--language", "es", "--code", "rust"}, home, true, QStringLiteral("C"));
        QCOMPARE(es.code, 2);
        QVERIFY2(es.err.contains(QLatin1String("--code")) && es.err.contains(QLatin1String("rust")),
                 qPrintable(es.err));
        QVERIFY2(!es.err.contains(QLatin1String("is not one of")), qPrintable(es.err));
    }

    void theWindowHasTheDesktopsIcon() {
        // The window's icon is the drawing the desktop entry names (resources/icons).
        const QIcon icon(QStringLiteral(":/icons/" BISTRO_APP_ID ".svg"));
        const QImage drawn = icon.pixmap(48, 48).toImage();
        QCOMPARE(drawn.size(), QSize(48, 48));
        QCOMPARE(drawn.pixelColor(24, 4).alpha(), 255);  // the tile, not an empty picture
    }

    void screenshotSavesTheWindowAtTheTimeAsked_data() {
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("one restaurant") << QStringList{};
        QTest::newRow("twin restaurants") << QStringList{QStringLiteral("--compare")};
    }

    void screenshotSavesTheWindowAtTheTimeAsked() {
        QFETCH(QStringList, extra);
        QTemporaryDir home;
        const QString png = home.filePath(QStringLiteral("shot.png"));
        const Run r = bistro(QStringList{"--screenshot", png, "--scenario", "lunch-rush", "--at",
                                         "45m", "--size", "1400x900"} +
                                 extra,
                             home);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QImage shot(png);
        QCOMPARE(shot.size(), QSize(1400, 900));
    }

    void frameBenchmarkPrintsItsFigures() {
        QTemporaryDir home;
        const Run r = bistro({"--bench-frames", "30", "--scenario", "lunch-rush"}, home);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("frames: 30 at 100x")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("frame time ms: p50")));
        // Resident, of it anonymous, and heap in use, in MB: three numbers at the checkpoint.
        QVERIFY2(r.out.contains(QRegularExpression(
                     QStringLiteral("memory MB by frame \\(resident / of it anonymous / heap in "
                                    "use\\):  30: [1-9][0-9]*\\.[0-9]/[1-9][0-9]*\\.[0-9]/"
                                    "[1-9][0-9]*\\.[0-9]  \\(peak resident"))),
                 qPrintable(r.out));
    }

    void badOptionsAreReportedWithExitCode2_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("said");
        QTest::newRow("no such scenario")
            << QStringList{"--scenario", "no-such-place"}
            << QStringLiteral("no-such-place: no such file, and no preset of that name");
        QTest::newRow("a scenario file that is not there")
            << QStringList{"--scenario", "/nonexistent/lunch.toml"}
            << QStringLiteral("could not be opened");
        QTest::newRow("a bad --set")
            << QStringList{"--set", "staff.cooks=many"} << QStringLiteral("staff.cooks");
        QTest::newRow("a bad --at")
            << QStringList{"--screenshot", "never.png", "--at", "soon"}
            << QStringLiteral("--at: \"soon\" is not a time (write e.g. 45m)");
    }

    void badOptionsAreReportedWithExitCode2() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, said);
        QTemporaryDir home;
        const Run r = bistro(arguments, home);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("bistro: ")) && r.err.contains(said),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(home.filePath(QStringLiteral("never.png"))));
    }
};

QTEST_MAIN(CommandLineTest)
#include "command_line_test.moc"
