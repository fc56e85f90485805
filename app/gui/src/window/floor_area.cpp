#include "window/floor_area.hpp"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "bistro/gui/compare/compare_bar.hpp"
#include "bistro/gui/compare/contrast.hpp"
#include "bistro/gui/compare/twin_restaurants.hpp"
#include "bistro/gui/floor/floor_view.hpp"
#include "bistro/gui/style/palette.hpp"
#include "bistro/gui/timeline/timeline_view.hpp"
#include "window/presenter_bar.hpp"

namespace bistro::gui {

namespace {
QFont larger(QFont f, double scale) {
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(true);
    return f;
}

QLabel* makeFailureBanner(QWidget* parent) {
    auto* l = new QLabel(parent);
    l->setObjectName(QStringLiteral("failureBanner"));
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; padding: 6px 10px; }")
                         .arg(palette::vermilion.name()));
    l->setFont(larger(l->font(), 1.3));  // a font of its own, so the zoom scales it
    l->hide();
    return l;
}

void styleHeader(QLabel* l, const QString& text, const QColor& colour) {
    l->setText(text);
    l->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; padding: 2px; }")
                         .arg(colour.name()));
}
}  // namespace

FloorArea::FloorArea(SimulationController& primary, TwinRestaurants& twins, QWidget* parent)
    : QWidget(parent) {
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    failure_banner_ = makeFailureBanner(this);
    column->addWidget(failure_banner_);
    compare_bar_ = new CompareBar(twins, this);
    compare_bar_->hide();
    column->addWidget(compare_bar_);
    auto* floors = new QHBoxLayout;
    floors->setSpacing(4);
    QWidget* pane_a = addPane(primary, header_a_, floor_, lanes_a_);
    header_a_->hide();
    lanes_a_->hide();
    twin_pane_ = addPane(twins.twin(), header_b_, twin_floor_, lanes_b_);
    twin_pane_->hide();
    floors->addWidget(pane_a, 1);
    floors->addWidget(twin_pane_, 1);
    column->addLayout(floors, 1);
}

QWidget* FloorArea::addPane(SimulationController& controller, QLabel*& header, FloorView*& floor,
                            TimelineView*& lanes) {
    auto* pane = new QWidget(this);
    auto* column = new QVBoxLayout(pane);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    header = new QLabel(pane);
    header->setAlignment(Qt::AlignCenter);
    header->setFont(larger(header->font(), 1.4));
    header->setWordWrap(true);  // a narrow pane takes two lines, not a wider window
    floor = new FloorView(controller, pane);
    column->addWidget(header);
    column->addWidget(floor, 1);
    lanes = new TimelineView(controller, pane);
    lanes->setCompact(true);
    column->addWidget(lanes);
    return pane;
}

void FloorArea::setCompareMode(bool on) {
    compare_ = on;
    showParts();
}

void FloorArea::setPresenting(bool on) {
    presenting_ = on;
    floor_->setProjector(on);
    twin_floor_->setProjector(on);
    showParts();
    if (on) presenter_bar_->refresh();
}

void FloorArea::showParts() {
    compare_bar_->setVisible(compare_ && !presenting_);
    header_a_->setVisible(compare_);
    lanes_a_->setVisible(compare_ && !presenting_);
    lanes_b_->setVisible(!presenting_);
    twin_pane_->setVisible(compare_);
    if (presenter_bar_) presenter_bar_->setVisible(presenting_);
}

void FloorArea::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange && shown_) showContrast(*shown_);
    QWidget::changeEvent(event);
}

void FloorArea::showContrast(const Contrast& c) {
    shown_ = c;
    const bool policy = c.parameter == Parameter::policy;
    styleHeader(header_a_,
                policy && c.a == ParameterValue{Policy::synchronous}
                    ? tr("Synchronous waiters (block at the pass)")
                : policy ? tr("Asynchronous waiters")
                         : c.nameA(),
                c.colourA());
    styleHeader(header_b_,
                policy && c.b == ParameterValue{Policy::asynchronous}
                    ? tr("Asynchronous waiters (the bell calls them back)")
                : policy ? tr("Synchronous waiters")
                         : c.nameB(),
                c.colourB());
}

void FloorArea::setPresenterBar(PresenterBar* bar) {
    presenter_bar_ = bar;
    bar->setVisible(presenting_);
    static_cast<QVBoxLayout*>(layout())->insertWidget(1, bar);
}

void FloorArea::highlightWaiter(int id) {
    lanes_a_->setHighlightedWaiter(id);
    lanes_b_->setHighlightedWaiter(id);
}

void FloorArea::showFailure(const QString& text) {
    failure_banner_->setText(text);
    failure_banner_->setVisible(!text.isEmpty());
}

}  // namespace bistro::gui
