#include "bistro/gui/compare/comparison_panel.hpp"

#include <QPainter>
#include <QTimer>
#include <algorithm>
#include <cmath>

#include "bistro/gui/compare/twin_restaurants.hpp"
#include "bistro/gui/controller/simulation_controller.hpp"
#include "bistro/gui/plots/wait_split_bars.hpp"
#include "bistro/gui/style/palette.hpp"
#include "style/numbers.hpp"

namespace bistro::gui {

namespace {
/// The difference with its interval on a line through zero: is zero inside?
QImage intervalPicture(const TwinRestaurants::Result& r, const QString& b, const QColor& colour_a,
                       const QColor& colour_b, int width, const QFont& font) {
    QImage img(QSize(width, 66) * 2, QImage::Format_ARGB32_Premultiplied);
    img.setDevicePixelRatio(2);
    img.fill(Qt::white);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    const double lo = r.difference.low() / 60, hi = r.difference.high() / 60;
    const double reach = std::max({std::abs(lo), std::abs(hi), 1.0}) * 1.15;
    const QRectF area = QRectF(0, 0, width, 66).adjusted(12, 18, -12, -20);
    const auto x = [&](double m) { return area.center().x() + m / reach * area.width() / 2; };
    const double y = area.center().y();
    QFont f = font;
    f.setPointSizeF(9);
    p.setFont(f);
    p.setPen(QPen(palette::muted_ink, 1));
    p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    p.setPen(QPen(palette::ink, 1.5, Qt::DashLine));
    p.drawLine(QPointF(x(0), area.top()), QPointF(x(0), area.bottom()));
    p.setPen(palette::muted_ink);
    p.drawText(QRectF(x(0) - 20, area.bottom() + 2, 40, 16), Qt::AlignCenter, QStringLiteral("0"));
    p.drawText(QRectF(area.left(), area.bottom() + 2, area.width() / 2 - 24, 16), Qt::AlignLeft,
               QObject::tr("< %1 shorter").arg(b));
    p.drawText(QRectF(x(0) + 24, area.bottom() + 2, area.width() / 2 - 24, 16), Qt::AlignRight,
               QObject::tr("%1 longer >").arg(b));
    const QColor colour = r.difference.mean < 0 ? colour_b : colour_a;
    p.setPen(QPen(colour, 6, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(x(lo), y), QPointF(x(hi), y));
    p.setPen(QPen(Qt::white, 2));
    p.setBrush(colour);
    p.drawEllipse(QPointF(x(r.difference.mean / 60), y), 7, 7);
    p.setPen(palette::ink);
    f.setBold(true);
    p.setFont(f);
    p.drawText(QRectF(x(r.difference.mean / 60) - 60, 0, 120, 16), Qt::AlignCenter,
               QStringLiteral("%1%2 min")
                   .arg(r.difference.mean >= 0 ? "+" : "")
                   .arg(decimal(r.difference.mean / 60, 1)));
    return img;
}
}  // namespace

ComparisonPanel::ComparisonPanel(TwinRestaurants& twins, QWidget* parent)
    : QTextBrowser(parent), twins_(twins) {
    setObjectName(QStringLiteral("comparison"));
    setFrameShape(QFrame::NoFrame);
    setOpenLinks(false);
    connect(&twins_, &TwinRestaurants::resultChanged, this, &ComparisonPanel::refresh);
    connect(&twins_.primary(), &SimulationController::frameAdvanced, this, [this] {
        // Words are read, not watched: a few times a second is enough, and cheap.
        if (!twins_.isOn()) return;
        if (since_.isValid() && since_.elapsed() < 250) {
            if (!pending_) {
                pending_ = true;
                QTimer::singleShot(260 - since_.elapsed(), this, [this] {
                    pending_ = false;
                    refresh();
                });
            }
            return;
        }
        refresh();
    });
    connect(&twins_, &TwinRestaurants::stopped, this, &ComparisonPanel::refresh);
    refresh();
}

void ComparisonPanel::resizeEvent(QResizeEvent* event) {
    QTextBrowser::resizeEvent(event);
    refresh();
}

void ComparisonPanel::showEvent(QShowEvent* event) {
    QTextBrowser::showEvent(event);
    refresh();
}

void ComparisonPanel::display(const QString& html) {
    if (html == html_) return;  // parsing HTML is the expensive part
    html_ = html;
    setHtml(html);
}

void ComparisonPanel::refresh() {
    if (!twins_.isOn()) {
        display(
            tr("<p>Compare mode is off. <b>View &gt; Twin restaurants</b> (Ctrl+T) opens two "
               "restaurants side by side, with the same guests and cook times.</p>"));
        return;
    }
    if (!isVisible()) return;
    since_.start();
    document()->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("bistro:split")),
                            splitPicture());
    const QString html = onScreenHtml() + resultHtml();
    if (html == html_) {
        viewport()->update();  // the bars move on with the frames
        return;
    }
    // The interval's picture goes with its words (numbers, verdict and width).
    const auto& r = twins_.result();
    if (r && r->error.empty())
        document()->addResource(
            QTextDocument::ImageResource, QUrl(QStringLiteral("bistro:interval")),
            intervalPicture(*r, twins_.contrast().nameB(), twins_.contrast().colourA(),
                            twins_.contrast().colourB(), pictureWidth(), font()));
    display(html);
}

std::vector<WaitSplitRow> ComparisonPanel::splitRows() const {
    const Contrast& c = twins_.contrast();
    return {waitSplitOf(twins_.primary(), twins_.primary().restaurant().open_waits(), c.nameA(),
                        c.colourA()),
            waitSplitOf(twins_.twin(), twins_.twin().restaurant().open_waits(), c.nameB(),
                        c.colourB())};
}

int ComparisonPanel::splitHeight() const {
    return static_cast<int>(std::ceil(waitSplitHeight(2, pictureWidth(), font())));
}

QImage ComparisonPanel::splitPicture() const {
    const QSize size(pictureWidth(), splitHeight());
    QImage img(size * 2, QImage::Format_ARGB32_Premultiplied);
    img.setDevicePixelRatio(2);
    img.fill(Qt::white);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    paintWaitSplit(p, QRectF(QPointF(0, 0), QSizeF(size)), splitRows(), font());
    return img;
}

int ComparisonPanel::pictureWidth() const {
    return std::max(200, viewport()->width() - 16);
}

QString ComparisonPanel::onScreenHtml() const {
    const Contrast& c = twins_.contrast();
    const auto side = [](const SimulationController& s, const QString& name, const QColor& colour) {
        const Tally& done = s.restaurant().statistics().wait_food;
        const OpenWaits::Open going_on = s.restaurant().open_waits().food;
        const auto parties = static_cast<int>(done.count() + going_on.parties);
        return QStringLiteral("<b style='color:%1'>%2</b> %3")
            .arg(colour.name(), name.toHtmlEscaped(),
                 parties ? tr("%1 min (%2, %3 still waiting)")
                               .arg(decimal(going_on.mean_with(done) / 60, 1))
                               .arg(tr("%n parties", nullptr, parties))
                               .arg(going_on.parties)
                         : tr("nobody ready to order yet"));
    };
    return tr("<p><b>On screen</b>, mean wait for food so far, the parties still waiting "
              "counted with their wait so far:<br>%1 &nbsp;·&nbsp; %2</p>"
              "<p><img src='bistro:split' width='%3' height='%4'></p>")
        .arg(side(twins_.primary(), c.nameA(), c.colourA()),
             side(twins_.twin(), c.nameB(), c.colourB()))
        .arg(pictureWidth())
        .arg(splitHeight());
}

QString ComparisonPanel::resultHtml() const {
    const auto& r = twins_.result();
    if (!r) return tr("<p>The replicated comparison starts after 15 minutes of service.</p>");
    if (r->stopped)
        return tr("<p>The replicated comparison up to %1 min was stopped at %2 % of its "
                  "services. It starts again when the clock or a setting moves.</p>")
            .arg(decimal(r->until / 60, 0))
            .arg(decimal(r->total > 0 ? 100.0 * r->reached / r->total : 0.0, 0));
    if (!r->error.empty())
        return tr("<p>Could not compare: %1</p>")
            .arg(QString::fromStdString(r->error).toHtmlEscaped());
    const Contrast& c = twins_.contrast();
    const VerdictWords words = r->words();
    QString headline = words.headline;
    if (!headline.isEmpty()) headline[0] = headline[0].toUpper();
    QString rest = words.where;
    if (!words.counted.isEmpty())
        rest = rest.isEmpty() ? words.counted : tr("%1, %2").arg(rest, words.counted);
    if (!rest.isEmpty()) rest[0] = rest[0].toUpper();
    return QStringLiteral(
               "<p style='font-size:x-large'><b>%1.</b></p><p>%2</p>"
               "<p><img src='bistro:interval' width='%3' height='66'></p>")
               .arg(headline.toHtmlEscaped(),
                    rest.isEmpty() ? QString() : rest.toHtmlEscaped() + '.')
               .arg(pictureWidth()) +
           tr("<p style='color:#6b6b6b'>Paired difference %1 - %2 in the mean wait for food, "
              "the parties still waiting counted with their wait so far, over %3 services of %4 "
              "min each (the pair on screen and %5 more seeds), each pair with the same guests "
              "and cook times; a 95 % confidence interval: %6 to %7 min.%8</p>")
               .arg(c.nameB().toHtmlEscaped(), c.nameA().toHtmlEscaped())
               .arg(r->replications)
               .arg(decimal(r->until / 60, 0))
               .arg(r->replications - 1)
               .arg(decimal(r->difference.low() / 60, 1))
               .arg(decimal(r->difference.high() / 60, 1))
               .arg(twins_.command().isEmpty()
                        ? QString()
                        : tr(" The same as <code>%1</code>.").arg(twins_.command()));
}

}  // namespace bistro::gui
