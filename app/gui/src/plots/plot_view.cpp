#include "bistro/gui/plots/plot_view.hpp"

#include <spdlog/spdlog.h>

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QMenu>
#include <QPainter>
#include <QSaveFile>
#include <QScrollArea>
#include <QSvgGenerator>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>
#include <cmath>
#include <memory>

#include "bistro/gui/controller/simulation_controller.hpp"
#include "plots/line_legend.hpp"
#include "window/file_places.hpp"

namespace bistro::gui {

namespace {
/// Milliseconds on a steady clock, for the plots' turns.
qint64 monotonicMs() {
    static const QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}
}  // namespace

PlotView::PlotView(QWidget* parent) : QWidget(parent) {
    static int plots_made = 0;  // each plot a frame after the one made before it
    phase_ms_ = (plots_made++ % 6) * 17;
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
    export_ = new QToolButton(this);
    export_->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(export_);
    png_ = menu->addAction(QString(), this, [this] { chooseAndExport("png"); });
    svg_ = menu->addAction(QString(), this, [this] { chooseAndExport("svg"); });
    csv_ = menu->addAction(QString(), this, [this] { chooseAndExport("csv"); });
    export_->setMenu(menu);
    top->addWidget(export_, 0, Qt::AlignTop);
    copy_ = new QToolButton(this);
    connect(copy_, &QToolButton::clicked, this, &PlotView::copyImage);
    top->addWidget(copy_, 0, Qt::AlignTop);
    layout->addLayout(top);
    layout->addWidget(buildCanvas(), 1);
    setMinimumSize(260, 180);
    retranslate();
}

void PlotView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    if (event->type() == QEvent::FontChange) styleCharts();
    QWidget::changeEvent(event);
}

void PlotView::retranslate() {
    export_->setText(tr("Export"));
    export_->setToolTip(tr("Save this plot as a PNG or SVG picture, or its data as CSV"));
    png_->setText(tr("Picture (PNG)..."));
    svg_->setText(tr("Picture (SVG)..."));
    csv_->setText(tr("Data (CSV)..."));
    copy_->setText(tr("Copy"));
    copy_->setToolTip(tr("Copy the picture, to paste into slides"));
    if (!sources_.isEmpty()) setSources(sources_);  // the charts' titles, axes and legend
}

QWidget* PlotView::buildCanvas() {
    // The charts keep a size where every tick and title reads in full; a dock smaller
    // than that scrolls them instead of squashing them.
    scroll_ = new QScrollArea(this);
    scroll_->setFrameShape(QFrame::NoFrame);
    scroll_->setWidgetResizable(true);
    scroll_->setFocusPolicy(Qt::NoFocus);
    canvas_ = new QWidget;
    canvas_->setObjectName(QStringLiteral("plotCanvas"));
    auto* column = new QVBoxLayout(canvas_);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    charts_ = new QBoxLayout(QBoxLayout::TopToBottom);
    charts_->setSpacing(0);
    column->addLayout(charts_, 1);
    legend_ = new LineLegend(canvas_);
    legend_->hide();
    column->addWidget(legend_);
    scroll_->setWidget(canvas_);
    return scroll_;
}

void PlotView::setLegend(const QList<LegendItem>& items) {
    legend_->setItems(items);
}

QList<LegendItem> PlotView::legendItems() const {
    return legend_->items();
}

QWidget* PlotView::legend() const {
    return legend_;
}

QList<QRect> PlotView::legendSwatches() const {
    return legend_->swatches(legend_->width());
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
    view->setMinimumSize(chart_min_width, chart_min_height);
    view->setFocusPolicy(Qt::NoFocus);
    charts_->addWidget(view);
    arrangeCharts();
    styleCharts();
    return view;
}

void PlotView::styleCharts() {
    // A point above the interface's font, as the text beside them: Ctrl+plus and
    // presenter mode zoom the charts' words too.
    const double size = QApplication::font().pointSizeF() + 1;
    const auto sized = [size](QFont f) {
        f.setPointSizeF(size);
        return f;
    };
    for (QChartView* view : canvas_->findChildren<QChartView*>()) {
        QChart* chart = view->chart();
        chart->setTitleFont(sized(chart->titleFont()));
        chart->legend()->setFont(sized(chart->legend()->font()));
        for (QAbstractAxis* axis : chart->axes()) {
            axis->setLabelsFont(sized(axis->labelsFont()));
            axis->setTitleFont(sized(axis->titleFont()));
        }
    }
}

void PlotView::setHeadline(const QString& html) {
    const QString text = QStringLiteral("<span style='font-size:large'>%1</span>").arg(html);
    if (headline_->text() != text) headline_->setText(text);
}

QString PlotView::pictureHeadline() const {
    // Pictures leave the dock's title behind: they carry it themselves.
    return QStringLiteral("<span style='font-size:x-large'><b>%1</b></span><br>%2")
        .arg(title().toHtmlEscaped(), headline_->text());
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
    styleCharts();  // the axes a rebuild made
    refreshNow();
}

void PlotView::requestRefresh() {
    if (pending_) return;
    pending_ = true;
    // While a run plays, a plot is drawn ten times a second: smooth to the eye, and
    // the plots take turns (each its own phase), so no frame draws them all. A
    // paused run, a step or a scrub is drawn at once; the last state always is.
    bool playing = false;
    for (const PlotSource& s : sources_) playing |= s.controller && s.controller->isPlaying();
    const qint64 now = monotonicMs();
    if (last_drawn_ms_ < 0) last_drawn_ms_ = now - redraw_every_ms + phase_ms_;
    const qint64 wait = playing ? last_drawn_ms_ + redraw_every_ms - now : 0;
    if (wait <= 0)
        QMetaObject::invokeMethod(this, &PlotView::refreshNow, Qt::QueuedConnection);
    else
        QTimer::singleShot(static_cast<int>(wait), this, &PlotView::refreshNow);
}

void PlotView::refreshNow() {
    pending_ = false;
    last_drawn_ms_ = monotonicMs();
    for (const PlotSource& s : sources_)
        if (!s.controller) return;  // the window is closing
    if (isVisible()) redraw();
}

void PlotView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    arrangeCharts();
}

void PlotView::arrangeCharts() {
    // Side by side in a wide dock; one above the other in a tall one, or a narrow one
    // (then it scrolls rather than squash them).
    const QSize room = scroll_->maximumViewportSize();
    const int n = charts_->count();
    const bool fit_beside = room.width() >= n * chart_min_width;
    const bool fit_above = room.height() >= n * chart_min_height + legend_->height();
    const bool beside = n > 1 && fit_beside && (!fit_above || room.width() > 2 * room.height());
    const auto direction = beside ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (charts_->direction() != direction) charts_->setDirection(direction);
}

void PlotView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    styleCharts();  // a hidden plot's font catches up with the zoom when it shows
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
    svg.setTitle(title());
    svg.setDescription(tr("Async Bistro: %1").arg(title()));
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
    const QString name = title().toLower().replace(' ', '-').remove('\'') + '.' + suffix;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export %1").arg(title()), files::suggested(name),
                                     suffix.toUpper() + tr(" files (*.%1)").arg(suffix));
    files::remember(path);
    if (path.isEmpty()) return;
    const bool ok = suffix == "png"   ? exportPng(path)
                    : suffix == "svg" ? exportSvg(path)
                                      : exportCsv(path);
    if (ok)
        spdlog::info("exported {}", path.toStdString());
    else
        spdlog::error("{}", last_error_.toStdString());
}

}  // namespace bistro::gui
