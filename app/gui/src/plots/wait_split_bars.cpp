#include "bistro/gui/plots/wait_split_bars.hpp"

#include <QEvent>
#include <QPaintEvent>
#include <QPainter>
#include <algorithm>
#include <numeric>

#include "bistro/gui/controller/simulation_controller.hpp"
#include "bistro/gui/style/palette.hpp"
#include "style/numbers.hpp"

namespace bistro::gui {

namespace {
constexpr double bar_height = 24, gap = 6;

double total(const WaitSplitRow& r) {
    return std::accumulate(r.per_party.begin(), r.per_party.end(), 0.0);
}

QString caption() {
    return QObject::tr("Where the waiting went, min a party");
}

/// The causes any row has, in the order of WaitCause.
std::vector<WaitCause> causesIn(const std::vector<WaitSplitRow>& rows) {
    std::vector<WaitCause> out;
    for (int c = 0; c < wait_cause_count; ++c)
        if (std::any_of(rows.begin(), rows.end(), [c](const WaitSplitRow& r) {
                return r.per_party[static_cast<std::size_t>(c)] >= 0.5;
            }))
            out.push_back(static_cast<WaitCause>(c));
    return out;
}

QString minutes(double seconds) {
    return decimal(seconds / 60, 1);
}

/// The legend's entries laid out in lines across `width`: each entry's left edge.
std::vector<QPointF> legendPlaces(const std::vector<WaitCause>& causes, double width,
                                  const QFontMetricsF& fm) {
    std::vector<QPointF> at;
    double x = 0, y = 0;
    for (WaitCause c : causes) {
        const double w = 14 + fm.horizontalAdvance(palette::label(c)) + 14;
        if (x > 0 && x + w > width) {
            x = 0;
            y += fm.height() + 4;
        }
        at.emplace_back(x, y);
        x += w;
    }
    return at;
}

double nameWidth(const std::vector<WaitSplitRow>& rows, const QFontMetricsF& fm) {
    double w = 0;
    for (const WaitSplitRow& r : rows) w = std::max(w, fm.horizontalAdvance(r.name));
    return w > 0 ? w + 8 : 0;
}

void paintBar(QPainter& p, const WaitSplitRow& r, const QRectF& bar, double scale,
              const QFontMetricsF& fm) {
    double x = bar.left();
    for (int c = 0; c < wait_cause_count; ++c) {
        const double w = r.per_party[static_cast<std::size_t>(c)] * scale;
        if (w <= 0) continue;
        const QRectF part(x, bar.top(), w, bar.height());
        const QColor colour = palette::of(static_cast<WaitCause>(c));
        p.fillRect(part, colour);
        const QString text = minutes(r.per_party[static_cast<std::size_t>(c)]);
        if (fm.horizontalAdvance(text) + 6 < w) {
            p.setPen(colour.lightness() < 110 ? Qt::white : palette::ink);
            p.drawText(part, Qt::AlignCenter, text);
        }
        x += w;
    }
    p.setPen(palette::ink);
    p.drawText(QRectF(x + 6, bar.top(), bar.right() - x, bar.height()),
               Qt::AlignVCenter | Qt::AlignLeft, QObject::tr("%1 min").arg(minutes(total(r))));
}
}  // namespace

WaitSplitRow waitSplitOf(const SimulationController& c, const OpenWaits& open, const QString& name,
                         const QColor& colour) {
    return {name, colour, c.restaurant().statistics().wait_split(open)};
}

double waitSplitHeight(std::size_t rows, double width, const QFont& font) {
    const QFontMetricsF fm(font);
    std::vector<WaitCause> every;
    for (int c = 0; c < wait_cause_count; ++c) every.push_back(static_cast<WaitCause>(c));
    const auto places = legendPlaces(every, width, fm);
    const double legend = places.back().y() + fm.height();
    return fm.height() + 4 + static_cast<double>(rows) * (bar_height + gap) + legend;
}

void paintWaitSplit(QPainter& p, const QRectF& area, const std::vector<WaitSplitRow>& rows,
                    const QFont& font) {
    const QFontMetricsF fm(font);
    p.setFont(font);
    p.setPen(palette::muted_ink);
    p.drawText(QRectF(area.left(), area.top(), area.width(), fm.height()), Qt::AlignLeft,
               fm.elidedText(caption(), Qt::ElideRight, area.width()));
    double y = area.top() + fm.height() + 4;
    const double names = nameWidth(rows, fm);
    const double room =
        area.width() - names - fm.horizontalAdvance(QStringLiteral("000.0 min")) - 8;
    double longest = 60;  // a minute at least: an empty bar stays an empty bar
    for (const WaitSplitRow& r : rows) longest = std::max(longest, total(r));
    for (const WaitSplitRow& r : rows) {
        p.setPen(r.colour);
        QFont bold = font;
        bold.setBold(true);
        p.setFont(bold);
        p.drawText(QRectF(area.left(), y, names, bar_height), Qt::AlignVCenter, r.name);
        p.setFont(font);
        paintBar(p, r, QRectF(area.left() + names, y, area.width() - names, bar_height),
                 std::max(room, 10.0) / longest, fm);
        y += bar_height + gap;
    }
    const auto causes = causesIn(rows);
    const auto places = legendPlaces(causes, area.width(), fm);
    for (std::size_t i = 0; i < causes.size(); ++i) {
        const QPointF at = area.topLeft() + QPointF(0, y - area.top()) + places[i];
        p.fillRect(QRectF(at.x(), at.y() + fm.height() / 2 - 5, 10, 10), palette::of(causes[i]));
        p.setPen(palette::ink);
        p.drawText(QPointF(at.x() + 14, at.y() + fm.ascent()), palette::label(causes[i]));
    }
}

WaitSplitBars::WaitSplitBars(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("waitSplit"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    retranslate();
}

void WaitSplitBars::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();  // the bars' words are painted
    QWidget::changeEvent(event);
}

void WaitSplitBars::retranslate() {
    setToolTip(
        tr("The mean wait of a party, split by what it waited for: the parties "
           "still waiting count with their time so far. Vermilion: waiting for a waiter "
           "while one stood blocked at the pass, the cost of blocking."));
}

void WaitSplitBars::setRows(std::vector<WaitSplitRow> rows) {
    if (rows.size() != rows_.size()) updateGeometry();  // the height goes with the rows alone
    rows_ = std::move(rows);
    update();
}

QSize WaitSplitBars::sizeHint() const {
    return {320, heightForWidth(320)};
}

int WaitSplitBars::heightForWidth(int width) const {
    return static_cast<int>(
               std::ceil(waitSplitHeight(std::max<std::size_t>(rows_.size(), 1), width, font()))) +
           2;
}

void WaitSplitBars::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    paintWaitSplit(p, QRectF(rect()), rows_, font());
}

}  // namespace bistro::gui
