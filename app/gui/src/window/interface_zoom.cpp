#include "bistro/gui/window/interface_zoom.hpp"

#include <QApplication>
#include <QSettings>
#include <QWidget>
#include <algorithm>
#include <cmath>

#include "bistro/gui/floor/floor_view.hpp"
#include "bistro/gui/plots/plot_view.hpp"

namespace bistro::gui {

namespace {
// Each widget with a font of its own (a big clock, a bold title) keeps its size at
// zoom 1 here, so that zooming scales it from there and never compounds.
constexpr const char* base_size = "bistroFontAtZoom1";
}  // namespace

InterfaceZoom::InterfaceZoom(QWidget& window, QList<FloorView*> floors, QObject* parent)
    : QObject(parent), window_(window), floors_(std::move(floors)) {
    // The application's font before any window zoomed it (a second window must not
    // take a zoomed font for the base).
    if (!qApp->property(base_size).isValid())
        qApp->setProperty(base_size, QApplication::font().pointSizeF());
    base_point_size_ = qApp->property(base_size).toDouble();
    factor_ = std::clamp(QSettings().value(key_, 1.0).toDouble(), steps().front(), steps().back());
    apply();
}

const QList<double>& InterfaceZoom::steps() {
    static const QList<double> s = {0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0};
    return s;
}

void InterfaceZoom::setFactor(double factor) {
    const double f = std::clamp(factor, steps().front(), steps().back());
    QSettings().setValue(key_, f);
    if (std::abs(f - factor_) < 1e-9) return;
    factor_ = f;
    apply();
}

void InterfaceZoom::zoomIn() {
    const auto next = std::find_if(steps().begin(), steps().end(),
                                   [this](double s) { return s > factor_ + 1e-9; });
    setFactor(next == steps().end() ? steps().back() : *next);
}

void InterfaceZoom::zoomOut() {
    const auto next = std::find_if(steps().rbegin(), steps().rend(),
                                   [this](double s) { return s < factor_ - 1e-9; });
    setFactor(next == steps().rend() ? steps().front() : *next);
}

void InterfaceZoom::reset() {
    setFactor(1.0);
}

void InterfaceZoom::useKey(const QString& key, double fallback) {
    key_ = key;
    setFactor(QSettings().value(key_, fallback).toDouble());
}

void InterfaceZoom::apply() {
    QList<QWidget*> all = window_.findChildren<QWidget*>();
    all.prepend(&window_);
    // First what each widget's own font is at zoom 1, read before the application's
    // font changes (a font that sets only "bold" follows it by itself).
    for (QWidget* w : all) remember(w);
    QFont app = QApplication::font();
    app.setPointSizeF(base_point_size_ * factor_);
    QApplication::setFont(app);
    for (QWidget* w : all) {
        const QVariant base = w->property(base_size);
        if (!base.isValid()) continue;
        QFont f = w->font();
        f.setPointSizeF(base.toDouble() * factor_);
        w->setFont(f);
    }
    applied_ = factor_;
    for (FloorView* f : floors_) f->setZoom(factor_);
    for (PlotView* p : window_.findChildren<PlotView*>()) p->styleCharts();
    emit changed(factor_);
}

void InterfaceZoom::remember(QWidget* w) const {
    if (!w->testAttribute(Qt::WA_SetFont) || w->font().pointSizeF() <= 0) return;
    if (!w->property(base_size).isValid())  // first seen: made at the zoom last applied
        w->setProperty(base_size, w->font().pointSizeF() / applied_);
}

}  // namespace bistro::gui
