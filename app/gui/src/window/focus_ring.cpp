#include "window/focus_ring.hpp"

#include <QApplication>
#include <QPainter>

#include "bistro/gui/style/palette.hpp"

namespace bistro::gui {

FocusRing::FocusRing(QWidget* window) : QWidget(window) {
    setObjectName(QStringLiteral("focusRing"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    hide();
    connect(qApp, &QApplication::focusChanged, this,
            [this](QWidget*, QWidget* now) { follow(now); });
    tracking_.setInterval(200);
    connect(&tracking_, &QTimer::timeout, this, &FocusRing::place);
}

void FocusRing::follow(QWidget* now) {
    target_ = now && now->window() == parentWidget() ? now : nullptr;
    if (target_)
        tracking_.start();
    else
        tracking_.stop();
    place();
}

void FocusRing::place() {
    QWidget* window = parentWidget();
    if (!target_ || !target_->isVisible() || target_->visibleRegion().isEmpty()) {
        hide();
        return;
    }
    // Only the part of the control one can see (a slider half scrolled away is ringed there).
    const QRect seen = target_->visibleRegion().boundingRect();
    const QRect at(target_->mapTo(window, seen.topLeft()), seen.size());
    const QRect ring = at.adjusted(-margin, -margin, margin, margin) & window->rect();
    if (ring != geometry()) setGeometry(ring);
    show();
    raise();
}

void FocusRing::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(Qt::NoBrush);
    const QRectF r = QRectF(rect()).adjusted(2.5, 2.5, -2.5, -2.5);
    p.setPen(QPen(Qt::white, 5));
    p.drawRoundedRect(r, 4, 4);
    p.setPen(QPen(palette::ink, 3));
    p.drawRoundedRect(r, 4, 4);
}

}  // namespace bistro::gui
