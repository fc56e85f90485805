#include "plots.hpp"

#include <spdlog/spdlog.h>

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHorizontalPercentBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMenu>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTextDocument>
#include <QTextStream>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>
#include <cmath>

#include "palette.hpp"
#include "simulation_controller.hpp"

namespace bistro::gui {

namespace {
constexpr double minute = 60.0, hour = 3600.0;

QColor withAlpha(QColor c, int alpha) {
    c.setAlpha(alpha);
    return c;
}

/// Grows (or, when far too large, shrinks) an axis to hold `high`, on round numbers.
void setRange(QValueAxis* axis, double high) {
    if (high <= axis->max() && high >= axis->max() * 0.4) return;  // steady: no jitter
    axis->setRange(0, high * 1.05);
    axis->applyNiceNumbers();
}

/// A count axis (parties): whole numbers only, on steps of 1, 2, 5, 10...
void setCountRange(QValueAxis* axis, double high) {
    if (high <= axis->max() && high >= axis->max() * 0.4) return;
    double step = 1;
    for (double decade = 1; high / step > 5; decade *= 10)
        for (double m : {1.0, 2.0, 5.0})
            if (high / step > 5) step = m * decade;
    const double top = step * std::max(1.0, std::ceil(high * 1.05 / step));
    axis->setRange(0, top);
    axis->setTickCount(static_cast<int>(std::lround(top / step)) + 1);
}

QString csvField(const QString& s) {
    if (!s.contains(',') && !s.contains('"')) return s;
    return '"' + QString(s).replace('"', QStringLiteral("\"\"")) + '"';
}

QList<QPointF> scaled(const QList<QPointF>& points, double sx, double sy) {
    QList<QPointF> out;
    out.reserve(points.size());
    for (const QPointF& p : points) out.append({p.x() / sx, p.y() / sy});
    return out;
}
}  // namespace

// --- PlotView ----------------------------------------------------------------------------

PlotView::PlotView(const QString& title, QWidget* parent) : QWidget(parent), title_(title) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(2);
    auto* top = new QHBoxLayout;
    headline_ = new QLabel(this);
    headline_->setTextFormat(Qt::RichText);
    headline_->setWordWrap(true);
    // Two lines of steady height: the numbers change as parties finish, the layout must not.
    headline_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    {
        QFont f = headline_->font();
        f.setPointSizeF(11);
        headline_->setFixedHeight(2 * QFontMetrics(f).lineSpacing() + 4);
    }
    top->addWidget(headline_, 1);
    auto* save = new QToolButton(this);
    save->setText(tr("Export"));
    save->setToolTip(tr("Save this plot as a PNG or SVG picture, or its data as CSV"));
    save->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(save);
    menu->addAction(tr("Picture (PNG)..."), this, [this] { chooseAndExport("png"); });
    menu->addAction(tr("Picture (SVG)..."), this, [this] { chooseAndExport("svg"); });
    menu->addAction(tr("Data (CSV)..."), this, [this] { chooseAndExport("csv"); });
    save->setMenu(menu);
    top->addWidget(save, 0, Qt::AlignTop);
    auto* copy = new QToolButton(this);
    copy->setText(tr("Copy"));
    copy->setToolTip(tr("Copy the picture, to paste into slides"));
    connect(copy, &QToolButton::clicked, this, &PlotView::copyImage);
    top->addWidget(copy, 0, Qt::AlignTop);
    layout->addLayout(top);
    canvas_ = new QWidget(this);
    auto* charts = new QBoxLayout(QBoxLayout::TopToBottom, canvas_);
    charts->setContentsMargins(0, 0, 0, 0);
    charts->setSpacing(0);
    layout->addWidget(canvas_, 1);
    setMinimumSize(320, 220);
}

QChart* PlotView::makeChart(const QString& title) {
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitle(title);
    QFont f = chart->titleFont();
    f.setPointSizeF(10);
    f.setBold(true);
    chart->setTitleFont(f);
    chart->setMargins(QMargins(4, 2, 4, 2));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont lf = chart->legend()->font();
    lf.setPointSizeF(10);
    chart->legend()->setFont(lf);
    return chart;
}

QValueAxis* PlotView::makeAxis(const QString& title, QChart* chart, Qt::Alignment where) {
    auto* axis = new QValueAxis(chart);
    axis->setTitleText(title);
    QFont f = axis->labelsFont();
    f.setPointSizeF(10);
    axis->setLabelsFont(f);
    axis->setTitleFont(f);
    axis->setLabelFormat(QStringLiteral("%g"));
    axis->setRange(0, 1);
    axis->setGridLineColor(QColor(0xE4, 0xE4, 0xE4));
    chart->addAxis(axis, where);
    return axis;
}

QChartView* PlotView::addChart(QChart* chart) {
    auto* view = new QChartView(chart, canvas_);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(140);
    canvas_->layout()->addWidget(view);
    return view;
}

void PlotView::setHeadline(const QString& html) {
    const QString text = QStringLiteral("<span style='font-size:11pt'>%1</span>").arg(html);
    if (headline_->text() != text) headline_->setText(text);
}

QString PlotView::pictureHeadline() const {
    // Pictures leave the dock's title behind: they carry it themselves.
    return QStringLiteral("<span style='font-size:13pt'><b>%1</b></span><br>%2")
        .arg(title_.toHtmlEscaped(), headline_->text());
}

QString PlotView::sourceName(const PlotSource& s, const QString& fallback) {
    return s.name.isEmpty() ? fallback : s.name;
}

QString PlotView::nameTag(const PlotSource& s) {
    if (s.name.isEmpty()) return {};  // one restaurant: nothing to tell apart
    return QStringLiteral("<b style='color:%1'>%2</b>: ")
        .arg(s.colour.name(), s.name.toHtmlEscaped());
}

void PlotView::setSources(const QList<PlotSource>& sources) {
    sources_ = sources;
    rebuild();
    refreshNow();
}

void PlotView::requestRefresh() {
    if (pending_) return;
    pending_ = true;
    QMetaObject::invokeMethod(this, &PlotView::refreshNow, Qt::QueuedConnection);
}

void PlotView::refreshNow() {
    pending_ = false;
    for (const PlotSource& s : sources_)
        if (!s.controller) return;  // the window is closing
    if (isVisible()) redraw();
}

void PlotView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    // Charts side by side in a wide, low dock; one above the other in a tall one.
    auto* box = static_cast<QBoxLayout*>(canvas_->layout());
    box->setDirection(width() > 2 * height() ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

void PlotView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    redraw();
}

void PlotView::contextMenuEvent(QContextMenuEvent* event) {
    QMenu menu(this);
    menu.addAction(tr("Copy picture"), this, &PlotView::copyImage);
    menu.addAction(tr("Save picture (PNG)..."), this, [this] { chooseAndExport("png"); });
    menu.addAction(tr("Save picture (SVG)..."), this, [this] { chooseAndExport("svg"); });
    menu.addAction(tr("Save data (CSV)..."), this, [this] { chooseAndExport("csv"); });
    menu.exec(event->globalPos());
}

namespace {
/// The headline as a document, for pictures (the label itself is a widget).
std::unique_ptr<QTextDocument> headlineDocument(const QString& html, int width) {
    auto doc = std::make_unique<QTextDocument>();
    doc->setHtml(html);
    doc->setTextWidth(width);
    return doc;
}
}  // namespace

QImage PlotView::image(qreal scale) {
    redraw();
    const auto doc = headlineDocument(pictureHeadline(), canvas_->width());
    const int top = static_cast<int>(std::ceil(doc->size().height()));
    QImage img(QSize(canvas_->width(), canvas_->height() + top) * scale,
               QImage::Format_ARGB32_Premultiplied);
    img.setDevicePixelRatio(scale);
    img.fill(Qt::white);
    QPainter painter(&img);
    painter.setRenderHint(QPainter::Antialiasing);
    doc->drawContents(&painter);
    canvas_->render(&painter, QPoint(0, top), QRegion(), QWidget::DrawChildren);
    return img;
}

bool PlotView::fail(const QString& what) {
    last_error_ = what;
    return false;
}

bool PlotView::exportPng(const QString& path) {
    QSaveFile file(path);  // all or nothing: a failed export leaves no half-written file
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
    if (!image().save(&file, "PNG")) return fail(tr("Cannot encode %1 as PNG").arg(path));
    if (!file.commit()) return fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return true;
}

bool PlotView::exportSvg(const QString& path) {
    redraw();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
    const auto doc = headlineDocument(pictureHeadline(), canvas_->width());
    const int top = static_cast<int>(std::ceil(doc->size().height()));
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setSize(QSize(canvas_->width(), canvas_->height() + top));
    svg.setViewBox(QRect(0, 0, canvas_->width(), canvas_->height() + top));
    svg.setTitle(title_);
    svg.setDescription(tr("Async Bistro: %1").arg(title_));
    {
        QPainter painter(&svg);
        painter.fillRect(QRect(0, 0, canvas_->width(), canvas_->height() + top), Qt::white);
        doc->drawContents(&painter);
        canvas_->render(&painter, QPoint(0, top), QRegion(), QWidget::DrawChildren);
    }
    if (!file.commit()) return fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return true;
}

bool PlotView::exportCsv(const QString& path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.write(csv().toUtf8());
    if (!file.commit()) return fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return true;
}

void PlotView::copyImage() {
    QGuiApplication::clipboard()->setImage(image());
}

void PlotView::chooseAndExport(const QString& suffix) {
    const QString name = title_.toLower().replace(' ', '-').remove('\'') + '.' + suffix;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export %1").arg(title_), name,
                                     suffix.toUpper() + tr(" files (*.%1)").arg(suffix));
    if (path.isEmpty()) return;
    const bool ok = suffix == "png"   ? exportPng(path)
                    : suffix == "svg" ? exportSvg(path)
                                      : exportCsv(path);
    if (ok)
        spdlog::info("exported {}", path.toStdString());
    else
        spdlog::error("{}", last_error_.toStdString());
}

// --- WaitPlot -------------------------------------------------------------------------------

namespace {
QString waitTitle(PlotRecorder::Wait w) {
    switch (w) {
        case PlotRecorder::Wait::food:
            return QObject::tr("Wait for food");
        case PlotRecorder::Wait::in_restaurant:
            return QObject::tr("Time in the restaurant");
        case PlotRecorder::Wait::table:
            return QObject::tr("Wait for a table");
    }
    return {};
}
}  // namespace

WaitPlot::WaitPlot(PlotRecorder::Wait wait, QWidget* parent)
    : PlotView(waitTitle(wait), parent), wait_(wait) {
    setObjectName(QStringLiteral("plot-") + title().toLower().replace(' ', '-'));
    histogram_view_ = addChart(makeChart({}));
    running_view_ = addChart(makeChart({}));
}

void WaitPlot::rebuild() {
    // Fresh charts: the views own the new ones, the old ones go.
    QChart* old_h = histogram_view_->chart();
    QChart* old_r = running_view_->chart();
    histogram_ = makeChart(tr("Completed parties by their wait"));
    running_ = makeChart(tr("Running mean, with its 95 % band"));
    hx_ = makeAxis(tr("minutes"), histogram_, Qt::AlignBottom);
    hy_ = makeAxis(tr("parties"), histogram_, Qt::AlignLeft);
    hy_->setLabelFormat(QStringLiteral("%d"));
    rx_ = makeAxis(tr("simulated time (hours)"), running_, Qt::AlignBottom);
    ry_ = makeAxis(tr("minutes"), running_, Qt::AlignLeft);
    lines_.clear();
    for (const PlotSource& s : sources_) {
        Lines l{new QLineSeries(histogram_), new QLineSeries(running_), new QLineSeries(running_),
                new QLineSeries(running_)};
        auto* bars = new QAreaSeries(l.bars);
        bars->setName(sourceName(s, tr("parties")));
        bars->setColor(withAlpha(s.colour, sources_.size() > 1 ? 90 : 150));
        bars->setBorderColor(s.colour);
        QPen pen(s.colour);
        pen.setWidthF(1.5);
        bars->setPen(pen);
        histogram_->addSeries(bars);
        bars->attachAxis(hx_);
        bars->attachAxis(hy_);
        auto* band = new QAreaSeries(l.high, l.low);
        band->setName(s.name.isEmpty() ? tr("95 % band") : s.name + tr(" band"));
        band->setColor(withAlpha(s.colour, 55));
        band->setPen(Qt::NoPen);
        running_->addSeries(band);
        band->attachAxis(rx_);
        band->attachAxis(ry_);
        l.mean->setName(sourceName(s, tr("mean")) + (s.name.isEmpty() ? "" : tr(" mean")));
        QPen meanPen(s.colour);
        meanPen.setWidthF(2.5);
        l.mean->setPen(meanPen);
        running_->addSeries(l.mean);
        l.mean->attachAxis(rx_);
        l.mean->attachAxis(ry_);
        lines_.push_back(l);
    }
    // The headline names the colours; the legend says what the lines are.
    histogram_->legend()->setVisible(false);
    running_->legend()->setVisible(sources_.size() == 1);
    for (QLegendMarker* m : running_->legend()->markers())
        if (sources_.size() > 1 && m->series()->type() == QAbstractSeries::SeriesTypeArea)
            m->setVisible(false);  // two names are enough: colour tells the band too
    histogram_view_->setChart(histogram_);
    running_view_->setChart(running_);
    delete old_h;
    delete old_r;
}

double WaitPlot::commonWidth() const {
    double width = LinearHistogram::initial_width;
    for (const PlotSource& s : sources_)
        width = std::max(width, s.recorder->measure(wait_).histogram().width());
    return width;
}

QList<QPointF> WaitPlot::histogramPoints(int source) const {
    const double width = commonWidth();
    const auto bins = sources_[source].recorder->measure(wait_).histogram().at_width(width);
    QList<QPointF> out;
    int last = 0;
    for (int i = 0; i < LinearHistogram::bin_count; ++i)
        if (bins[static_cast<std::size_t>(i)] > 0) last = i + 1;
    out.reserve(2 * last + 2);
    out.append({0.0, 0.0});
    for (int i = 0; i < last; ++i) {
        const double y = static_cast<double>(bins[static_cast<std::size_t>(i)]);
        out.append({i * width / minute, y});
        out.append({(i + 1) * width / minute, y});
    }
    out.append({last * width / minute, 0.0});
    return out;
}

QList<QPointF> WaitPlot::meanPoints(int source) const {
    return scaled(sources_[source].recorder->measure(wait_).meanSeries().points(), hour, minute);
}

void WaitPlot::redraw() {
    double x_max = 0, y_max = 1, t_max = 0, m_max = 0;
    QStringList words;
    for (std::size_t i = 0; i < lines_.size(); ++i) {
        const PlotSource& s = sources_[static_cast<int>(i)];
        const Measure& m = s.recorder->measure(wait_);
        t_max = std::max(t_max, s.controller->now() / hour);
        Lines& l = lines_[i];
        if (l.version != s.recorder->version()) {
            l.version = s.recorder->version();
            const QList<QPointF> bars = histogramPoints(static_cast<int>(i));
            l.bars->replace(bars);
            l.mean->replace(meanPoints(static_cast<int>(i)));
            l.low->replace(scaled(m.lowSeries().points(), hour, minute));
            l.high->replace(scaled(m.highSeries().points(), hour, minute));
        }
        for (const QPointF& p : l.bars->points()) {
            x_max = std::max(x_max, p.x());
            y_max = std::max(y_max, p.y());
        }
        m_max = std::max(m_max, m.highSeries().maxY() / minute);
        const QString who = nameTag(s);
        words << (m.count() == 0 ? who + tr("no party yet")
                                 : who + tr("mean <b>%1</b> ± %2 min (%3 parties)")
                                             .arg(m.mean() / minute, 0, 'f', 1)
                                             .arg(m.halfWidth() / minute, 0, 'f', 1)
                                             .arg(m.count()));
    }
    setHeadline(words.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    if (!hx_) return;
    setRange(hx_, std::max(x_max, 10.0));
    setCountRange(hy_, y_max);
    setRange(rx_, std::max(t_max, 0.5));
    setRange(ry_, std::max(m_max, 1.0));
}

QString WaitPlot::csv() const {
    QString out;
    QTextStream s(&out);
    s << "restaurant,series,x,y\n";
    const double width = commonWidth();
    for (int i = 0; i < sources_.size(); ++i) {
        const QString name = csvField(sourceName(sources_[i], QStringLiteral("restaurant")));
        const Measure& m = sources_[i].recorder->measure(wait_);
        const auto bins = m.histogram().at_width(width);
        for (int b = 0; b < LinearHistogram::bin_count; ++b)
            s << name << ",parties_by_wait_min," << b * width / minute << ','
              << bins[static_cast<std::size_t>(b)] << '\n';
        const auto series = [&](const char* label, const TimeSeries& t) {
            for (const QPointF& p : t.points())
                s << name << ',' << label << ',' << p.x() / minute << ',' << p.y() / minute << '\n';
        };
        series("mean_min_by_time_min", m.meanSeries());
        series("band_low_min_by_time_min", m.lowSeries());
        series("band_high_min_by_time_min", m.highSeries());
    }
    return out;
}

// --- WaiterSplitPlot ---------------------------------------------------------------------------

WaiterSplitPlot::WaiterSplitPlot(QWidget* parent) : PlotView(tr("Waiters' time"), parent) {
    setObjectName(QStringLiteral("plot-waiters"));
    view_ = addChart(makeChart({}));
}

std::vector<WaiterSplitPlot::Row> WaiterSplitPlot::rows(bool each) const {
    std::vector<Row> out;
    std::size_t most = 0;
    for (const PlotSource& s : sources_)
        most = std::max(most, s.controller->restaurant().statistics().waiters.size());
    // A bar per waiter while they fit; a big brigade is one bar per restaurant.
    each = each || most <= 8;
    for (int i = 0; i < sources_.size(); ++i) {
        const RunStatistics& stats = sources_[i].controller->restaurant().statistics();
        if (!each) {
            out.push_back({i, -1});
            continue;
        }
        for (std::size_t w = 0; w < stats.waiters.size(); ++w)
            out.push_back({i, static_cast<int>(w)});
    }
    return out;
}

StateTimes WaiterSplitPlot::times(const Row& r) const {
    const SimulationController& c = *sources_[r.source].controller;
    const RunStatistics& stats = c.restaurant().statistics();
    if (r.waiter >= 0) return stats.waiter_times(static_cast<std::size_t>(r.waiter), c.now());
    StateTimes sum{};
    for (std::size_t w = 0; w < stats.waiters.size(); ++w) {
        const StateTimes t = stats.waiter_times(w, c.now());
        for (std::size_t s = 0; s < sum.size(); ++s) sum[s] += t[s];
    }
    return sum;
}

void WaiterSplitPlot::rebuild() {
    QChart* old = view_->chart();
    chart_ = makeChart({});  // the dock's title says it; the bars need the height
    chart_->legend()->setAlignment(Qt::AlignRight);
    auto* series = new QHorizontalPercentBarSeries(chart_);
    series->setBarWidth(0.8);
    sets_.clear();
    for (int s = 0; s < waiter_state_count; ++s) {
        const auto state = static_cast<WaiterState>(s);
        auto* set = new QBarSet(palette::label(state), series);
        set->setColor(palette::of(state));
        set->setBorderColor(Qt::white);
        series->append(set);
        sets_.push_back(set);
    }
    chart_->addSeries(series);
    categories_ = new QBarCategoryAxis(chart_);
    QFont small = categories_->labelsFont();
    small.setPointSizeF(9);
    categories_->setLabelsFont(small);
    chart_->addAxis(categories_, Qt::AlignLeft);
    series->attachAxis(categories_);
    auto* percent =
        makeAxis(tr("% of the time since opening (or the warm-up)"), chart_, Qt::AlignBottom);
    percent->setRange(0, 100);
    percent->setTickCount(6);
    series->attachAxis(percent);
    shown_rows_ = 0;
    view_->setChart(chart_);
    delete old;
}

void WaiterSplitPlot::redraw() {
    if (!chart_) return;
    // Bars move slowly: ten updates a second are smooth, and cheap. The last one is
    // always drawn.
    const bool playing = sources_.front().controller->isPlaying();
    if (playing && since_.isValid() && since_.elapsed() < 100) {
        QTimer::singleShot(110 - since_.elapsed(), this, &PlotView::requestRefresh);
        return;
    }
    since_.start();
    const std::vector<Row> rows_now = rows(false);
    if (rows_now.size() != shown_rows_) {
        QStringList names;
        for (auto it = rows_now.rbegin(); it != rows_now.rend(); ++it) {  // first at the top
            const PlotSource& s = sources_[it->source];
            const QString who =
                it->waiter >= 0 ? tr("waiter %1").arg(it->waiter + 1)
                                : tr("all %1 waiters")
                                      .arg(s.controller->restaurant().statistics().waiters.size());
            names << (s.name.isEmpty() ? who : s.name + QStringLiteral(" · ") + who);
        }
        categories_->clear();
        categories_->append(names);
        for (QBarSet* set : sets_) {
            set->remove(0, set->count());
            for (std::size_t i = 0; i < rows_now.size(); ++i) set->append(0.0);
        }
        shown_rows_ = rows_now.size();
    }
    for (std::size_t i = 0; i < rows_now.size(); ++i) {
        const StateTimes t = times(rows_now[rows_now.size() - 1 - i]);
        for (std::size_t s = 0; s < sets_.size(); ++s) {
            if (sets_[s]->at(static_cast<int>(i)) != t[s])
                sets_[s]->replace(static_cast<int>(i), t[s]);
        }
    }
    QStringList words;
    for (const PlotSource& s : sources_) {
        const double share = s.controller->restaurant().statistics().waiter_share(
            WaiterState::blocked, s.controller->now());
        words << nameTag(s) + tr("<b>%1 %</b> blocked at the pass").arg(std::lround(share * 100));
    }
    setHeadline(words.join(QStringLiteral(" &nbsp;·&nbsp; ")));
}

QString WaiterSplitPlot::csv() const {
    QString out;
    QTextStream s(&out);
    s << "restaurant,waiter";
    for (int st = 0; st < waiter_state_count; ++st)
        s << ',' << to_string(static_cast<WaiterState>(st)) << "_s";
    s << '\n';
    for (const Row& r : rows(true)) {
        const StateTimes t = times(r);
        s << csvField(sourceName(sources_[r.source], QStringLiteral("restaurant"))) << ','
          << r.waiter + 1;
        for (double v : t) s << ',' << v;
        s << '\n';
    }
    return out;
}

// --- QueuePlot
// ------------------------------------------------------------------------------------

namespace {
// Two restaurants make six lines: short names, and the line style says which queue.
const char* const queue_short_names[] = {"door", "kitchen", "pass"};
const char* const queue_names[] = {"parties at the door", "dishes waiting for a cook",
                                   "dishes waiting at the pass"};
const char* const queue_keys[] = {"door_queue", "kitchen_queue", "at_pass"};

const TimeSeries& queueOf(const PlotRecorder& r, int q) {
    return q == 0 ? r.doorQueue() : q == 1 ? r.kitchenQueue() : r.atPass();
}
}  // namespace

QueuePlot::QueuePlot(QWidget* parent) : PlotView(tr("Queues"), parent) {
    setObjectName(QStringLiteral("plot-queues"));
    view_ = addChart(makeChart({}));
}

void QueuePlot::rebuild() {
    QChart* old = view_->chart();
    const bool twins = sources_.size() > 1;
    chart_ = makeChart(twins ? tr("Highest in each interval. Solid: parties at the door, dashed: "
                                  "dishes waiting for a cook, dotted: dishes at the pass")
                             : tr("Queue lengths over time (the highest in each interval)"));
    x_ = makeAxis(tr("simulated time (hours)"), chart_, Qt::AlignBottom);
    y_ = makeAxis(tr("waiting"), chart_, Qt::AlignLeft);
    lines_.clear();
    versions_.assign(static_cast<std::size_t>(sources_.size()), ~0ull);
    const QColor single[] = {palette::reddish_purple, palette::orange, palette::sky_blue};
    const Qt::PenStyle styles[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine};
    for (const PlotSource& s : sources_) {
        std::array<QLineSeries*, 3> l{};
        for (int q = 0; q < 3; ++q) {
            l[q] = new QLineSeries(chart_);
            l[q]->setName(twins ? s.name + " " + tr(queue_short_names[q]) : tr(queue_names[q]));
            QPen pen(twins ? s.colour : single[q]);
            pen.setWidthF(2.2);
            pen.setStyle(twins ? styles[q] : Qt::SolidLine);
            l[q]->setPen(pen);
            chart_->addSeries(l[q]);
            l[q]->attachAxis(x_);
            l[q]->attachAxis(y_);
        }
        lines_.push_back(l);
    }
    view_->setChart(chart_);
    delete old;
}

void QueuePlot::redraw() {
    if (!chart_) return;
    double t_max = 0, y_max = 1;
    QStringList words;
    for (std::size_t i = 0; i < lines_.size(); ++i) {
        const PlotSource& s = sources_[static_cast<int>(i)];
        t_max = std::max(t_max, s.controller->now() / hour);
        if (versions_[i] != s.recorder->version()) {
            versions_[i] = s.recorder->version();
            for (int q = 0; q < 3; ++q)
                lines_[i][static_cast<std::size_t>(q)]->replace(
                    scaled(queueOf(*s.recorder, q).points(), hour, 1.0));
        }
        for (int q = 0; q < 3; ++q) y_max = std::max(y_max, queueOf(*s.recorder, q).maxY());
        const RunStatistics& st = s.controller->restaurant().statistics();
        words << nameTag(s) + tr("door %1 · kitchen %2 · pass %3 now")
                                  .arg(st.door_queue.value())
                                  .arg(st.kitchen_queue.value())
                                  .arg(st.at_pass.value());
    }
    setHeadline(words.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    setRange(x_, std::max(t_max, 0.5));
    setRange(y_, y_max);
}

QString QueuePlot::csv() const {
    QString out;
    QTextStream s(&out);
    s << "restaurant,series,time_min,value\n";
    for (const PlotSource& src : sources_) {
        const QString name = csvField(sourceName(src, QStringLiteral("restaurant")));
        for (int q = 0; q < 3; ++q)
            for (const QPointF& p : queueOf(*src.recorder, q).points())
                s << name << ',' << queue_keys[q] << ',' << p.x() / minute << ',' << p.y() << '\n';
    }
    return out;
}

}  // namespace bistro::gui
