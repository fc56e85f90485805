#include "bistro/gui/timeline/timeline_view.hpp"

#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

#include "bistro/gui/controller/simulation_controller.hpp"
#include "bistro/gui/style/palette.hpp"
#include "style/numbers.hpp"

namespace bistro::gui {

TimelineView::TimelineView(SimulationController& controller, QWidget* parent)
    : QWidget(parent), controller_(controller) {
    setObjectName(QStringLiteral("timeline"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);  // as tall as its lanes, no taller
    setAttribute(Qt::WA_OpaquePaintEvent);  // it paints every pixel: scrolling can blit
    retranslate();
    recorder_.follow(controller_, this);
    controller_.replayHistory();  // what happened before this view was made
    connect(&controller_, &SimulationController::frameAdvanced, this, [this] {
        recorder_.forgetBefore(controller_.now() - TimelineRecorder::keep);
        const int lanes = static_cast<int>(controller_.snapshot().waiters.size() +
                                           controller_.snapshot().cooks.size());
        if (lanes != lane_count_) {  // staff changed: resize to fit the lanes
            lane_count_ = lanes;
            updateGeometry();
            shown_px_ = -1;
        }
        follow();
    });
}

void TimelineView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();  // the lanes' words are painted
    QWidget::changeEvent(event);
}

void TimelineView::retranslate() {
    setToolTip(
        tr("One lane per waiter (a thread) and per cook. Hover a bar to name the order; "
           "the mouse wheel zooms."));
    update();
}

void TimelineView::follow() {
    // Time is drawn on whole pixels: the bars already drawn stay right as the clock
    // moves, so they are moved (blitted) left and only the newest pixels are painted.
    const long long px = pixelOf(controller_.now());
    const long long dx = px - shown_px_;
    const int w = plotWidth();
    if (!isVisible() || shown_px_ < 0 || dx < 0 || dx >= w - fresh_strip) {
        update();
    } else {
        if (dx > 0) scroll(-static_cast<int>(dx), 0, QRect(label_width, 0, w, height()));
        update(QRect(label_width + w - static_cast<int>(dx) - fresh_strip, 0,
                     static_cast<int>(dx) + fresh_strip + margin, height()));
    }
    shown_px_ = px;
}

int TimelineView::plotWidth() const {
    return std::max(1, width() - label_width - margin);
}

long long TimelineView::pixelOf(double t) const {
    return static_cast<long long>(std::floor(t / (span_ / plotWidth())));
}

void TimelineView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    shown_px_ = -1;  // a new scale: paint it all
}

TimelineView::~TimelineView() = default;

QSize TimelineView::sizeHint() const {
    if (compact_) {  // waiters only, and never taller than 170 px: lanes thin out instead
        const int waiters = static_cast<int>(controller_.snapshot().waiters.size());
        return {600, std::min(170, axis_height + std::max(2, waiters) * lane_height + 2 * margin)};
    }
    return {800, axis_height + std::max(4, lane_count_) * lane_height + 2 * margin};
}

void TimelineView::setCompact(bool on) {
    compact_ = on;
    updateGeometry();
    update();
}

int TimelineView::laneHeight(std::size_t lanes) const {
    if (!compact_) return lane_height;
    const int room = height() - axis_height - 2 * margin;
    return std::clamp(room / std::max(1, static_cast<int>(lanes)), 5, lane_height);
}

void TimelineView::setSpan(double seconds) {
    span_ = std::clamp(seconds, 60.0, TimelineRecorder::keep);
    shown_px_ = -1;
    update();
}

void TimelineView::setHighlightedWaiter(int id) {
    if (id == highlighted_) return;
    highlighted_ = id;
    shown_px_ = -1;  // paint it all: the outline spans the whole lane
    update();
}

std::vector<TimelineView::Lane> TimelineView::lanes() const {
    std::vector<Lane> out;
    const Snapshot& s = controller_.snapshot();
    static const std::deque<TimelineRecorder::Segment> idle_all_along;
    for (const WaiterView& w : s.waiters) {
        const auto it = recorder_.waiters().find(w.id);
        out.push_back({QStringLiteral("W%1").arg(w.id + 1),
                       it != recorder_.waiters().end() ? &it->second : &idle_all_along, false,
                       w.id});
    }
    for (const CookView& c : s.cooks) {
        if (compact_) break;
        const auto it = recorder_.cooks().find(c.id);
        if (it != recorder_.cooks().end())
            out.push_back({QStringLiteral("C%1").arg(c.id + 1), &it->second, true, c.id});
    }
    return out;
}

double TimelineView::timeAt(int x) const {
    const long long px = pixelOf(controller_.now()) - (label_width + plotWidth() - x);
    return static_cast<double>(px) * (span_ / plotWidth());
}

int TimelineView::xAt(double t) const {
    const long long behind = pixelOf(controller_.now()) - pixelOf(t);
    return label_width + plotWidth() - static_cast<int>(std::min<long long>(behind, 1 << 20));
}
void TimelineView::paintEvent(QPaintEvent* event) {
    QPainter p(this);
    p.fillRect(event->rect(), palette().color(QPalette::Base));
    const double now = controller_.now();
    // Only what lies in the region to paint: usually the newest few pixels.
    const double t0 = std::max(now - span_, timeAt(event->rect().left() - 2));
    p.setBrushOrigin(xAt(0.0) % 64, 0);  // the hatching moves with the bars
    // The axis and the bells never over the lanes' names, which do not scroll.
    p.setClipRect(QRect(label_width, 0, plotWidth() + margin, height()) & event->rect());
    paintAxis(p, t0, now);
    paintBells(p, t0);
    p.setClipRect(event->rect());
    const int bottom = paintLanes(p, t0, now);
    // Now.
    p.setPen(QPen(palette::ink, 2));
    p.drawLine(xAt(now), margin, xAt(now), bottom);
}

void TimelineView::paintAxis(QPainter& p, double t0, double now) const {
    // A tick every "nice" interval.
    const double nice[] = {30, 60, 120, 300, 600, 900, 1800, 3600};
    double step = nice[0];
    for (double n : nice)
        if (span_ / n <= 8) {
            step = n;
            break;
        }
    p.setPen(palette::muted_ink);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    p.setFont(small);  // the lanes' names too
    // Ticks whose label reaches into the region, too.
    const double label_time = 64 * (span_ / plotWidth());
    for (double t = std::ceil(std::max(0.0, t0 - label_time) / step) * step; t <= now; t += step) {
        const int x = xAt(t);
        p.drawLine(x, margin, x, margin + 4);
        const auto m = static_cast<long long>(t / 60);
        // Left of its tick: the label is whole the moment the tick appears at "now".
        p.drawText(QRect(x - 62, margin, 60, axis_height), Qt::AlignRight | Qt::AlignVCenter,
                   QStringLiteral("%1:%2").arg(m / 60).arg(m % 60, 2, 10, QLatin1Char('0')));
    }
}

void TimelineView::paintBells(QPainter& p, double t0) const {
    // The bell: a tick on the axis each time a dish is ready.
    p.setPen(QPen(palette::bluish_green, 2));
    const auto& bells = recorder_.bells();  // in time order: start at the window
    for (auto it = std::lower_bound(bells.begin(), bells.end(), t0); it != bells.end(); ++it) {
        const int x = xAt(*it);
        p.drawLine(x, margin + axis_height - 5, x, margin + axis_height);
    }
}

int TimelineView::paintLanes(QPainter& p, double t0, double now) const {
    const auto all = lanes();
    int y = margin + axis_height;
    const int lane_h = laneHeight(all.size());
    for (const Lane& lane : all) {
        p.setPen(palette().color(QPalette::WindowText));
        if (lane_h >= 11)
            p.drawText(QRect(2, y, label_width - 6, lane_h), Qt::AlignRight | Qt::AlignVCenter,
                       lane.label);
        paintLane(p, lane, y, lane_h, t0, now);
        if (!lane.cook && lane.id == highlighted_) {
            p.setPen(QPen(palette::ink, 2));
            p.setBrush(Qt::NoBrush);
            p.drawRect(QRect(1, y + 1, width() - 2, lane_h - 2));
        }
        y += lane_h;
    }
    return y;
}

namespace {
QColor segmentColour(bool cook, int state) {
    if (state == 0) return QColor(0xE4, 0xE4, 0xE4);  // idle
    if (cook) return state == 2 ? palette::vermilion : palette::orange;
    return palette::of(static_cast<WaiterState>(state));
}
}  // namespace

void TimelineView::paintLane(QPainter& p, const Lane& lane, int y, int lane_h, double t0,
                             double now) const {
    const auto& segs = *lane.segments;
    // Segments are in time order: start at the last one that began before the window.
    const auto first = std::upper_bound(
        segs.begin(), segs.end(), t0,
        [](double t, const TimelineRecorder::Segment& seg) { return t < seg.start; });
    const auto from =
        static_cast<std::size_t>(std::max<std::ptrdiff_t>(0, first - segs.begin() - 1));
    const int inset = lane_h >= 12 ? 2 : 1;
    for (std::size_t i = from; i < segs.size(); ++i) {
        const double a = std::max(segs[i].start, t0);
        const double b = i + 1 < segs.size() ? segs[i + 1].start : now;
        if (b < t0 || b <= a) continue;
        const int xa = xAt(a);
        const QRect r(QPoint(xa, y + inset),
                      QPoint(std::max(xa, xAt(b) - 1), y + lane_h - 1 - inset));
        p.fillRect(r, segmentColour(lane.cook, segs[i].state));
        if (!lane.cook && segs[i].state == static_cast<int>(WaiterState::blocked))
            p.fillRect(r, QBrush(QColor(255, 255, 255, 90),
                                 Qt::BDiagPattern));  // hatched: unmistakable
    }
}

void TimelineView::wheelEvent(QWheelEvent* e) {
    setSpan(span_ * (e->angleDelta().y() > 0 ? 0.8 : 1.25));
    e->accept();
}

QString TimelineView::describeAt(QPoint pos) const {
    const auto all = lanes();
    const int lane = (pos.y() - margin - axis_height) / laneHeight(all.size());
    if (pos.y() < margin + axis_height || lane < 0 || lane >= static_cast<int>(all.size()) ||
        pos.x() < label_width)
        return {};
    const double t = timeAt(pos.x());
    const auto& segs = *all[static_cast<std::size_t>(lane)].segments;
    for (std::size_t i = segs.size(); i-- > 0;) {
        if (segs[i].start > t) continue;
        const double end = i + 1 < segs.size() ? segs[i + 1].start : controller_.now();
        const auto& s = segs[i];
        QString what =
            all[static_cast<std::size_t>(lane)].cook
                ? (s.state == 0 ? tr("idle")
                                : (s.state == 2 ? tr("cooking again (burnt)") : tr("cooking")))
                : palette::inSentence(palette::label(static_cast<WaiterState>(s.state)));
        QString text = tr("%1 %2 for %3 min")
                           .arg(all[static_cast<std::size_t>(lane)].label, what)
                           .arg(decimal((end - s.start) / 60, 1));
        if (s.party >= 0) text += tr(", order %1 at T%2").arg(s.party).arg(s.table + 1);
        return text;
    }
    return {};
}

bool TimelineView::event(QEvent* e) {
    if (e->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(e);
        const QString text = describeAt(help->pos());
        if (text.isEmpty())
            QToolTip::showText(help->globalPos(), toolTip(), this);
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(e);
}

}  // namespace bistro::gui
