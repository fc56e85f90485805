// Long runs of the real bistro-cli: Ctrl-C stops them cleanly (exit code 130, no
// partial results, no half-written files), and a terminal gets a progress bar.
#include <gtest/gtest.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

/// Ten replications of 10,000 hours of the grand brasserie on one thread: minutes of work.
std::vector<std::string> long_run(std::vector<std::string> more = {}) {
    std::vector<std::string> args = {
        BISTRO_CLI,   "run",    std::string(BISTRO_SCENARIOS_DIR) + "/grand-brasserie.toml",
        "--duration", "10000h", "-j",
        "1"};
    args.insert(args.end(), more.begin(), more.end());
    return args;
}

/// As a shell starts a command in the foreground: Ctrl-C reaches it even if this test
/// was started where SIGINT is ignored (in the background of a script).
[[noreturn]] void exec(const std::vector<std::string>& args) {
    std::signal(SIGINT, SIG_DFL);
    std::vector<char*> argv;
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    ::execv(argv[0], argv.data());
    ::_exit(127);
}

std::string drain(int fd) {
    std::string text;
    char buffer[4096];
    for (ssize_t n; (n = ::read(fd, buffer, sizeof buffer)) != 0;) {
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) break;  // a terminal whose other side closed says EIO
        text.append(buffer, static_cast<std::size_t>(n));
    }
    ::close(fd);
    return text;
}

/// Its exit code, once it has ended; -1 if it did not end within 20 s (then it is killed).
int exit_code(pid_t pid) {
    int status = 0;
    for (int i = 0; i < 200; ++i, std::this_thread::sleep_for(100ms))
        if (::waitpid(pid, &status, WNOHANG) == pid)
            return WIFEXITED(status) ? WEXITSTATUS(status) : -2;
    ::kill(pid, SIGKILL);
    ::waitpid(pid, &status, 0);
    return -1;
}

struct Interrupted {
    int code = -1;
    std::string out, err;
};

/// Runs the command with stdout and stderr on pipes and presses Ctrl-C after `after`.
Interrupted interrupt(const std::vector<std::string>& args, std::chrono::milliseconds after) {
    int out[2], err[2];
    if (::pipe(out) != 0 || ::pipe(err) != 0) return {};
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::dup2(out[1], STDOUT_FILENO);
        ::dup2(err[1], STDERR_FILENO);
        for (int fd : {out[0], out[1], err[0], err[1]}) ::close(fd);
        exec(args);
    }
    ::close(out[1]);
    ::close(err[1]);
    std::this_thread::sleep_for(after);
    ::kill(pid, SIGINT);
    const int code = exit_code(pid);
    return {code, drain(out[0]), drain(err[0])};
}

fs::path scratch(const std::string& name) {
    const fs::path dir =
        fs::temp_directory_path() / ("bistro-long-run-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    return dir / name;
}

}  // namespace

TEST(CliLongRun, CtrlCStopsTheRunSaysSoAndPrintsNoResults) {
    const fs::path trace = scratch("events.csv");
    const Interrupted r = interrupt(long_run({"--trace", trace.string()}), 700ms);
    EXPECT_EQ(r.code, 130) << r.err;
    EXPECT_TRUE(r.out.empty()) << "partial results printed as if complete:\n" << r.out;
    EXPECT_NE(r.err.find("bistro-cli: interrupted after "), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("of 110000h simulated"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("no results printed"), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find('\r'), std::string::npos) << "no progress bar when stderr is a file";
    EXPECT_FALSE(fs::exists(trace)) << "a trace of a run that never ended";
}

TEST(CliLongRun, CtrlCStopsASweepBeforeItWritesItsFile) {
    const fs::path out = scratch("sweep.csv");
    const Interrupted r = interrupt(
        {BISTRO_CLI, "sweep", std::string(BISTRO_SCENARIOS_DIR) + "/grand-brasserie.toml",
         "--duration", "10000h", "--vary", "staff.waiters=8,9", "-j", "1", "--out", out.string()},
        700ms);
    EXPECT_EQ(r.code, 130) << r.err;
    EXPECT_NE(r.err.find("interrupted after "), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(out));
}

TEST(CliLongRun, DrawsAProgressBarOnATerminal) {
    int terminal = -1;
    const pid_t pid = ::forkpty(&terminal, nullptr, nullptr, nullptr);
    ASSERT_GE(pid, 0);
    if (pid == 0) exec(long_run({"-r", "2"}));
    std::this_thread::sleep_for(1500ms);  // the bar shows after half a second
    ::kill(pid, SIGINT);
    const int code = exit_code(pid);
    const std::string screen = drain(terminal);
    EXPECT_EQ(code, 130) << screen;
    EXPECT_NE(screen.find("\r[#"), std::string::npos) << screen;
    EXPECT_NE(screen.find(" of 20000h simulated ("), std::string::npos) << screen;
    EXPECT_NE(screen.find("interrupted after "), std::string::npos) << screen;
}
