#include "bistro/gui/timeline/timeline_panel.hpp"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

#include "bistro/gui/controller/simulation_controller.hpp"
#include "bistro/gui/timeline/timeline_view.hpp"

namespace bistro::gui {

TimelinePanel::TimelinePanel(SimulationController& controller, QWidget* parent)
    : QWidget(parent), controller_(controller) {
    setObjectName(QStringLiteral("timelinePanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    view_ = new TimelineView(controller, this);
    layout->addWidget(view_, 1);
    queue_ = new QLabel(this);
    queue_->setObjectName(QStringLiteral("taskQueue"));
    queue_->setTextFormat(Qt::RichText);
    // One line of steady height: its text changes with every task, the layout must not.
    queue_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    queue_->setFixedHeight(queue_->fontMetrics().height() + 6);
    layout->addWidget(queue_);
    connect(&controller_, &SimulationController::frameAdvanced, this, &TimelinePanel::refresh);
    retranslate();
}

void TimelinePanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void TimelinePanel::retranslate() {
    queue_->setToolTip(
        tr("The waiters' shared task queue right now: the event loop's queue of pending work. "
           "Next to it, the kitchen's ticket rail."));
    refresh();
}

QString TimelinePanel::queueText() const {
    const Snapshot& s = controller_.snapshot();
    QString tasks;
    for (std::size_t i = 0; i < s.tasks.size() && i < 12; ++i)
        tasks += (i ? QStringLiteral(" &middot; ") : QString()) +
                 QStringLiteral("%1 T%2")
                     .arg(QString::fromUtf8(to_string(s.tasks[i].kind)))
                     .arg(s.tasks[i].table + 1);
    if (s.tasks.size() > 12) tasks += tr(" &middot; +%1 more").arg(s.tasks.size() - 12);
    if (tasks.isEmpty()) tasks = tr("empty");
    return tr("<b>Task queue</b> (%1): %2 &nbsp;&nbsp; <b>Ticket rail</b>: %3 dish(es)")
        .arg(s.tasks.size())
        .arg(tasks)
        .arg(s.kitchen_queue.size());
}

void TimelinePanel::refresh() {
    const QString text = queueText();
    if (text != queue_->text()) queue_->setText(text);
}

}  // namespace bistro::gui