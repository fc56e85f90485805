// Faults the window meets in a classroom: a save that fails (a folder one cannot
// write to, a full disk), a corrupt settings file, and extreme but valid
// scenarios. Each gets a clear message or runs fine; nothing the user made is lost.
#include <sys/resource.h>
#include <unistd.h>

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

#include "bistro/gui/controller/simulation_controller.hpp"
#include "bistro/gui/panels/control_bar.hpp"
#include "bistro/sim/snapshot.hpp"
#include "gui_test_case.hpp"

using namespace bistro;
using namespace bistro::gui;

namespace {
QByteArray contents(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void write(const QString& path, const QByteArray& text) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
}

/// Every write of this process beyond 0 bytes fails, as on a full disk, while it lives.
class FullDisk {
  public:
    FullDisk() {
        ::getrlimit(RLIMIT_FSIZE, &saved_);
        previous_ = std::signal(SIGXFSZ, SIG_IGN);  // a refused write, not a killed process
        rlimit none = saved_;
        none.rlim_cur = 0;
        ::setrlimit(RLIMIT_FSIZE, &none);
    }
    ~FullDisk() {
        ::setrlimit(RLIMIT_FSIZE, &saved_);
        std::signal(SIGXFSZ, previous_);
    }

  private:
    rlimit saved_{};
    void (*previous_)(int) = nullptr;
};
}  // namespace

class FaultsTest : public test::GuiTestCase {
    Q_OBJECT

  private slots:
    void aFailedSaveSaysSoAndLosesNothing_data() {
        QTest::addColumn<bool>("full_disk");
        QTest::newRow("a folder one cannot write to") << false;
        QTest::newRow("a full disk") << true;
    }

    void aFailedSaveSaysSoAndLosesNothing() {
        QFETCH(bool, full_disk);
        QTemporaryDir dir;
        QString path = dir.filePath("saved.toml");
        QVERIFY(window_->saveScenario(path));  // an earlier save, which must survive
        const QByteArray before = contents(path);
        auto& c = window_->controller();
        c.setParameter(Parameter::waiters, 5);  // the unsaved change
        QVERIFY(window_->isWindowModified());
        bool saved = true;
        if (full_disk) {
            FullDisk full;
            saved = window_->saveScenario(path);
        } else {
            // Root writes into any folder whatever its mode; no one creates files in /proc.
            QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
            if (::geteuid() == 0) path = QStringLiteral("/proc/self/saved.toml");
            saved = window_->saveScenario(path);
            QFile::setPermissions(dir.path(),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
        QVERIFY(!saved);
        QVERIFY2(window_->lastError().contains(QStringLiteral("cannot write")),
                 qPrintable(window_->lastError()));
        QVERIFY(window_->lastError().contains(QStringLiteral("Nothing was lost")));
        auto* box = window_->findChild<QMessageBox*>();
        QVERIFY(box && box->isVisible());
        // The file on disk is whole and as it was; no half-written temporary lies beside it.
        QCOMPARE(contents(dir.filePath("saved.toml")), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("saved.toml")});
        // The change is still there, still unsaved, and saving it works once the disk does.
        QVERIFY(window_->isWindowModified());
        QCOMPARE(c.currentScenario().waiters, 5);
        QVERIFY(window_->saveScenario(dir.filePath("saved.toml")));
        QVERIFY(contents(dir.filePath("saved.toml")).contains("waiters = 5"));
    }

    void aCorruptSettingsFileStartsWithTheDefaultsAndSaysSo_data() {
        QTest::addColumn<QByteArray>("garbage");
        QTest::newRow("binary noise") << QByteArray("\x00\xff\xfe[\x01\x02\n=\x7f\x00[[", 13);
        QTest::newRow("a section cut short") << QByteArray("[window\ngeometry=@ByteArray(\x01");
        QTest::newRow("nonsense values") << QByteArray(
            "[simulation]\nspeed=nan\n[scenario]\nlast=/nowhere/at/all.toml\n"
            "[code]\nlanguage=99\n[window]\ngeometry=garbage\nstate=42\n");
    }

    void aCorruptSettingsFileStartsWithTheDefaultsAndSaysSo() {
        QFETCH(QByteArray, garbage);
        const QString file = QSettings().fileName();
        window_.reset();
        write(file, garbage);
        const bool corrupt = QSettings().status() == QSettings::FormatError;
        MainWindow fresh;
        fresh.show();
        QVERIFY(QTest::qWaitForWindowExposed(&fresh));
        auto& c = fresh.controller();
        QCOMPARE(c.scenario().name, std::string("Lunch rush"));  // the default preset
        QCOMPARE(c.speed(), 10.0);
        if (corrupt)  // what Qt cannot read as settings at all, the window says it could not
            QVERIFY2(fresh.statusBar()->currentMessage().contains(
                         QStringLiteral("settings could not be read")),
                     qPrintable(fresh.statusBar()->currentMessage()));
        c.seek(1800);  // and it runs
        QCOMPARE(c.now(), 1800.0);
        QVERIFY(c.life() != LifeCycle::error);
        fresh.close();
        QVERIFY(QSettings().status() != QSettings::FormatError);  // written afresh, readable
    }

    void extremeButValidScenariosRunAndTheWindowStaysUsable_data() {
        QTest::addColumn<QByteArray>("toml");
        QTest::newRow("400 tables")
            << QByteArray("[floor]\ntables_for_two = 200\ntables_for_four = 200\n");
        QTest::newRow("100 waiters and 100 cooks")
            << QByteArray("[staff]\nwaiters = 100\ncooks = 100\n");
        QTest::newRow("10,000 hours") << QByteArray("duration = \"10000h\"\n");
        QTest::newRow("10,000 parties an hour")
            << QByteArray("[arrivals]\nrate_per_hour = 10000\npatience = \"none\"\n");
        QTest::newRow("nobody comes after the first hour")
            << QByteArray("[arrivals]\nprofile = [{ from = \"1h\", factor = 0 }]\n");
    }

    void extremeButValidScenariosRunAndTheWindowStaysUsable() {
        QFETCH(QByteArray, toml);
        QTemporaryDir dir;
        const QString path = dir.filePath("extreme.toml");
        write(path, toml);
        QVERIFY2(window_->openScenario(path), qPrintable(window_->lastError()));
        auto& c = window_->controller();
        c.setSpeed(1000);
        c.play();
        for (int frame = 0; frame < 120; ++frame) c.advance(1.0 / 60.0);  // two seconds at 1000x
        QVERIFY(c.life() != LifeCycle::error);
        QVERIFY(c.now() > 1900.0);
        QVERIFY(c.snapshot().door.size() <= static_cast<std::size_t>(max_door_queue));
        QVERIFY(!window_->grab().isNull());  // the floor, the panels: all of it draws
        c.seek(3 * 3600.0);
        QCOMPARE(c.now(), 3 * 3600.0);
        c.setParameter(Parameter::arrival_rate, 0.0);  // zero arrivals from the slider: fine
        c.seek(4 * 3600.0);
        QVERIFY(c.life() != LifeCycle::error);
        QVERIFY(window_->controls().resetAction()->isEnabled());
    }

    void noArrivalsAtAllIsRefusedWithAClearMessage() {
        QTemporaryDir dir;
        const QString path = dir.filePath("nobody.toml");
        write(path, "[arrivals]\nrate_per_hour = 0\n");
        QVERIFY(!window_->openScenario(path));
        QVERIFY2(window_->lastError().contains(
                     QStringLiteral("nobody.toml:2:17: arrivals.rate_per_hour: must be &gt; 0")),
                 qPrintable(window_->lastError()));
        QCOMPARE(window_->controller().scenario().name, std::string("Lunch rush"));
    }
};

QTEST_MAIN(FaultsTest)
#include "faults_test.moc"
