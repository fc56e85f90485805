#pragma once
// The options of `bistro`: it names the application, parses the command line
// (--help and --version end the program there), and applies what it asks to the
// window. A bad option is reported on stderr and ends the program with
// usage_error. What it asks of the tools (a screenshot, a frame benchmark) it
// hands back for main() to run: they are not part of this library.

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace bistro::gui {

class MainWindow;

class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

  public:
    /// The exit code of a bad option.
    static constexpr int usage_error = 2;

    /// `bistro --screenshot FILE --at T`: the window at simulated time T, as a PNG.
    struct Screenshot {
        QString file;
        double at = 0.0;  ///< simulated seconds
    };
    /// `bistro --bench-frames N --speed X`.
    struct Benchmark {
        int frames = 0;
        double speed = 0.0;
    };

    CommandLine();
    /// Before the application exists: a request for --help or --version needs no
    /// window, so with no display (over ssh) it runs on the offscreen platform
    /// instead of aborting with "could not connect to display".
    static void prepare(int argc, char** argv);
    /// Names the application, parses its arguments (exits on --help, --version and
    /// unknown options, as QCommandLineParser does) and sends messages to stderr.
    void process(const QCoreApplication& app);
    /// The scenario, --set, the policy, compare mode, panels and the size. False
    /// after reporting a bad option on stderr: then exit with usage_error.
    bool applyTo(MainWindow& window);

    /// What the tools are asked to do, if anything (the benchmark wins over the picture).
    std::optional<Benchmark> benchmark() const;
    std::optional<Screenshot> screenshot() const { return screenshot_; }

  private:
    void describe();  ///< the options and their descriptions, in the language now
    bool openScenario(MainWindow& window) const;
    bool applyOverrides(MainWindow& window) const;  ///< --set KEY=VALUE
    bool showCode(MainWindow& window) const;        ///< --code LANGUAGE
    bool openLesson(MainWindow& window) const;      ///< --lesson NAME[:STEP], --welcome
    bool readScreenshot();
    static bool fail(const QString& message);

    QCommandLineParser parser_;
    QCommandLineOption scenario_, screenshot_file_, at_, size_, policy_, bench_, speed_, set_,
        compare_, show_, code_, lesson_, welcome_, language_;
    std::optional<Screenshot> screenshot_;
};

}  // namespace bistro::gui
