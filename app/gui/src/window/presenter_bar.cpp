#include "window/presenter_bar.hpp"

#include <QEvent>
#include <QFile>
#include <QGridLayout>
#include <QLabel>
#include <map>

#include "bistro/gui/code/code_panel.hpp"
#include "bistro/gui/compare/twin_restaurants.hpp"
#include "bistro/gui/controller/simulation_controller.hpp"
#include "bistro/gui/style/palette.hpp"
#include "panels/clock_text.hpp"
#include "style/numbers.hpp"

namespace bistro::gui {

namespace {
QLabel* label(QWidget* parent, const QString& name, double scale, bool bold) {
    auto* l = new QLabel(parent);
    l->setObjectName(name);
    QFont f = l->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(bold);
    l->setFont(f);
    l->setWordWrap(true);
    l->setTextFormat(Qt::RichText);
    return l;
}
}  // namespace

PresenterBar::PresenterBar(TwinRestaurants& twins, const CodePanel& code, QWidget* parent)
    : QWidget(parent), twins_(twins), code_(code) {
    setObjectName(QStringLiteral("presenterBar"));
    setAutoFillBackground(true);
    QPalette p = palette();  // black on white: what a projector shows best
    p.setColor(QPalette::Window, Qt::white);
    p.setColor(QPalette::WindowText, palette::projector_ink);
    setPalette(p);
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(16, 8, 16, 8);
    grid->setHorizontalSpacing(28);
    clock_ = label(this, QStringLiteral("presenterClock"), 2.6, true);
    clock_->setWordWrap(false);
    grid->addWidget(clock_, 0, 0, 2, 1, Qt::AlignVCenter);
    for (std::size_t i = 0; i < sides_.size(); ++i) {
        const int column = static_cast<int>(i) + 1;
        sides_[i].numbers = label(this, QStringLiteral("presenterNumbers%1").arg(i), 1.5, false);
        sides_[i].code = label(this, QStringLiteral("presenterCode%1").arg(i), 1.25, false);
        grid->addWidget(sides_[i].numbers, 0, column);
        grid->addWidget(sides_[i].code, 1, column);
        grid->setColumnStretch(column, 1);
    }
    verdict_ = label(this, QStringLiteral("presenterVerdict"), 1.2, true);
    grid->addWidget(verdict_, 2, 0, 1, 3);
    retranslate();
}

void PresenterBar::retranslate() {
    for (Side& side : sides_) {
        side.numbers->setToolTip(
            tr("Parties served and lost at the door, the mean wait for food (counting those "
               "still waiting), and the share of the waiters' time spent blocked at the pass"));
        side.code->setToolTip(tr("The line of the waiters' program most waiters are at"));
    }
}

void PresenterBar::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void PresenterBar::refresh() {
    if (!isVisible()) return;
    SimulationController& a = twins_.primary();
    clock_->setText(clockText(a.now()));
    const bool compare = twins_.isOn();
    SimulationController* controllers[] = {&a, &twins_.twin()};
    for (std::size_t i = 0; i < sides_.size(); ++i) {
        const bool shown = i == 0 || compare;
        sides_[i].numbers->setVisible(shown);
        sides_[i].code->setVisible(shown);
        if (!shown) continue;
        sides_[i].numbers->setText(numbersOf(*controllers[i]));
        sides_[i].code->setText(codeLineOf(*controllers[i], sides_[i]));
    }
    const auto& result = twins_.result();
    const bool verdict = compare && result && result->error.empty() && !result->stopped;
    verdict_->setVisible(verdict);
    if (verdict) verdict_->setText(result->verdict().toHtmlEscaped());
}

QString PresenterBar::numbersOf(SimulationController& c) const {
    const Snapshot& s = c.snapshot();
    const RunStatistics& st = c.restaurant().statistics();
    const OpenWaits open = c.restaurant().open_waits();
    const bool sync = c.policy() == Policy::synchronous;
    const QColor colour = !twins_.isOn()            ? palette::projector_ink
                          : &c == &twins_.primary() ? palette::sync_colour
                                                    : palette::async_colour;
    const QString food = st.wait_food.count() + open.food.parties
                             ? decimal(open.food.mean_with(st.wait_food) / 60, 1)
                             : QStringLiteral("\u2013");
    const double blocked = st.waiter_share(WaiterState::blocked, c.now());
    return tr("<span style='color:%1'><b>%2</b></span> &nbsp; served <b>%3</b> &middot; lost "
              "<b>%4</b> &middot; food <b>%5</b> min &middot; blocked <b>%6 %</b>")
        .arg(colour.name(), sync ? tr("sync") : tr("async"))
        .arg(s.served)
        .arg(s.lost)
        .arg(food)
        .arg(decimal(blocked * 100, 0));
}

QString PresenterBar::codeLineOf(SimulationController& c, Side& side) const {
    const QString path = CodePanel::listingPath(code_.language(), c.policy(), c.delivery());
    if (path != side.path) {
        QFile f(path);
        side.listing =
            f.open(QIODevice::ReadOnly) ? Listing(QString::fromUtf8(f.readAll())) : Listing();
        side.path = path;
    }
    // The line most waiters are at; on a tie, the earlier line.
    std::map<int, QStringList> at;
    for (const WaiterView& w : c.snapshot().waiters)
        if (const int line = side.listing.lineOf(w.step, c.policy()); line >= 0)
            at[line] << QString::number(w.id + 1);
    const auto most = std::max_element(at.begin(), at.end(), [](const auto& x, const auto& y) {
        return x.second.size() < y.second.size();
    });
    if (most == at.end()) return {};
    const QString code = side.listing.lines().value(most->first).trimmed().toHtmlEscaped();
    return tr("waiters %1 at: <code style='background:#F2EEE6'>&nbsp;%2&nbsp;</code>")
        .arg(most->second.join(QStringLiteral(", ")), code);
}

QString PresenterBar::text() const {
    QStringList parts = {clock_->text()};
    for (const Side& s : sides_)
        if (s.numbers->isVisibleTo(this)) parts << s.numbers->text() << s.code->text();
    if (verdict_->isVisibleTo(this)) parts << verdict_->text();
    return parts.join('\n');
}

}  // namespace bistro::gui
