// The words the window sets itself, in the interface's language: the panels'
// titles, the menus and their actions. Set once built and again whenever the
// language changes (QEvent::LanguageChange); each panel words itself.
#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QMenu>
#include <QTimer>

#include "bistro/gui/plots/plot_view.hpp"
#include "bistro/gui/window/main_window.hpp"

namespace bistro::gui {

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate() {
    retranslateClassroom();
    updateFailureBanner();  // its frame in the language; the reason as the error gave it
    const auto title = [this](const char* dock, const QString& text) {
        if (auto* d = findChild<QDockWidget*>(QString::fromLatin1(dock))) d->setWindowTitle(text);
    };
    title("statsDock", tr("Live numbers"));
    title("controlsDock", tr("Controls"));
    title("inspectorDock", tr("Inspector"));
    title("timelineDock", tr("Timelines"));
    title("eventLogDock", tr("Event log"));
    title("comparisonDock", tr("Comparison"));
    title("insightsDock", tr("Insights"));
    title("codeDock", tr("Code"));
    for (PlotView* plot : plots())
        if (auto* d = qobject_cast<QDockWidget*>(plot->parentWidget()))
            d->setWindowTitle(plot->title());
    if (auto* d = findChild<QDockWidget*>(QStringLiteral("codeDock"))) {
        d->toggleViewAction()->setIconText(tr("Code"));
        d->toggleViewAction()->setToolTip(
            tr("The waiter's program beside the restaurant, each waiter on its line (Ctrl+K)"));
    }

    menus_.file->setTitle(tr("&File"));
    menus_.open->setText(tr("&Open scenario..."));
    recent_->setTitle(tr("Open &recent"));
    menus_.save->setText(tr("&Save"));
    menus_.save_as->setText(tr("Save &as..."));
    menus_.screenshot->setText(tr("Save screens&hot..."));
    menus_.export_log->setText(tr("Export event &log (CSV)..."));
    menus_.quit->setText(tr("&Quit"));
    menus_.scenario->setTitle(tr("S&cenario"));

    menus_.view->setTitle(tr("&View"));
    compare_action_->setText(tr("&Twin restaurants (compare)"));
    compare_action_->setIconText(tr("Twin restaurants"));
    compare_action_->setToolTip(
        tr("Two restaurants side by side with the same guests: sync against async"));
    menus_.plots->setTitle(tr("&Plots"));
    menus_.go_to->setTitle(tr("&Go to"));
    menus_.to_floor->setText(tr("The floor"));
    menus_.to_twin->setText(tr("The right floor (compare mode)"));
    announce_action_->setText(tr("A&nnounce happenings (screen readers)"));
    announce_action_->setToolTip(
        tr("Tell screen readers when a waiter blocks, an order is served or the verdict changes"));
    menus_.default_layout->setText(tr("&Default layout"));

    menus_.simulation->setTitle(tr("&Simulation"));
    menus_.faster->setText(tr("&Faster"));
    menus_.slower->setText(tr("S&lower"));
    menus_.synchronous->setText(tr("Synchronous waiters"));
    menus_.asynchronous->setText(tr("Asynchronous waiters"));
    menus_.help->setTitle(tr("&Help"));
    menus_.about->setText(tr("&About Async Bistro"));

    updateTitle();
    updatePlotSources();  // the restaurants' names in the plots' legends
    // The names come from the panels' words: after the panels have theirs (the event
    // reaches the window before its children).
    QTimer::singleShot(0, this, [this] {
        namePanels();
        nameEverything();
    });
}

}  // namespace bistro::gui
