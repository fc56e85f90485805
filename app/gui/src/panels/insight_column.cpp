#include "panels/insight_column.hpp"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>
#include <algorithm>

#include "bistro/gui/controller/simulation_controller.hpp"
#include "bistro/gui/panels/insight_words.hpp"
#include "bistro/gui/style/palette.hpp"

namespace bistro::gui {

namespace {

constexpr int look_every_ms = 250;  // a few looks a second: the cards change slowly

QColor colourOf(InsightKind kind) {
    switch (kind) {
        case InsightKind::blocked_at_pass:
            return palette::of(WaiterState::blocked);
        case InsightKind::kitchen_bottleneck:
            return palette::ink;
        case InsightKind::own_work:
            return palette::of(WaiterState::making_drinks);
        case InsightKind::queue_grows:
            return palette::reddish_purple;
    }
    return palette::ink;
}

QString titleOf(InsightKind kind) {
    switch (kind) {
        case InsightKind::blocked_at_pass:
            return InsightColumn::tr("Blocked at the pass");
        case InsightKind::kitchen_bottleneck:
            return InsightColumn::tr("The kitchen is the bottleneck");
        case InsightKind::own_work:
            return InsightColumn::tr("Own work (CPU-bound)");
        case InsightKind::queue_grows:
            return InsightColumn::tr("More guests than the staff can serve");
    }
    return {};
}

QColor loadColour(double rho) {
    if (rho >= 1.0) return palette::vermilion;
    return rho >= 0.85 ? palette::orange : palette::bluish_green;
}

}  // namespace

LoadBar::LoadBar(QWidget* parent) : QWidget(parent) {
    setMinimumHeight(12);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void LoadBar::setRho(double rho) {
    if (rho == rho_) return;
    rho_ = rho;
    update();
}

void LoadBar::paintEvent(QPaintEvent*) {
    QPainter p(this);
    const QRectF track = QRectF(rect()).adjusted(1, 2, -1, -2);
    p.fillRect(track, QColor(0xE4, 0xE0, 0xD8));
    const double filled = std::clamp(rho_ / 2.0, 0.0, 1.0);  // the bar spans 0 to 2
    p.fillRect(QRectF(track.left(), track.top(), track.width() * filled, track.height()),
               loadColour(rho_));
    const double limit = track.left() + track.width() / 2;  // rho = 1
    p.setPen(QPen(palette::ink, 3));
    p.drawLine(QPointF(limit, 0), QPointF(limit, height()));
}

InsightColumn::InsightColumn(SimulationController& controller, QWidget* parent)
    : QWidget(parent), controller_(&controller) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    title_ = new QLabel(this);
    QFont bold = title_->font();
    bold.setBold(true);
    title_->setFont(bold);
    title_->hide();
    layout->addWidget(title_);
    for (auto [label, bar] :
         {std::pair{&waiters_load_, &waiters_bar_}, {&kitchen_load_, &kitchen_bar_}}) {
        *label = new QLabel(this);
        (*label)->setWordWrap(true);
        *bar = new LoadBar(this);
        layout->addWidget(*label);
        layout->addWidget(*bar);
    }
    status_ = new QLabel(this);
    status_->setWordWrap(true);
    QPalette muted = status_->palette();
    muted.setColor(QPalette::WindowText, palette::muted_ink);
    status_->setPalette(muted);
    card_list_ = new QVBoxLayout;
    card_list_->setSpacing(6);
    layout->addLayout(card_list_);
    layout->addWidget(status_);
    setController(controller);
}

void InsightColumn::setController(SimulationController& controller) {
    if (controller_) disconnect(controller_, nullptr, this, nullptr);
    controller_ = &controller;
    connect(controller_, &SimulationController::frameAdvanced, this, &InsightColumn::onFrame);
    connect(controller_, &SimulationController::scenarioChanged, this, &InsightColumn::restart);
    connect(controller_, &SimulationController::historyCleared, this, &InsightColumn::restart);
    restart();
}

void InsightColumn::setTitle(const QString& title) {
    title_->setText(title);
    title_->setVisible(!title.isEmpty());
}

QString InsightColumn::loadText(bool kitchen) const {
    return (kitchen ? kitchen_load_ : waiters_load_)->text();
}

void InsightColumn::restart() {
    tracker_.reset();
    refresh();
}

void InsightColumn::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        sentences_.clear();  // the cards are made anew, in the new words
        refresh();
    }
    QWidget::changeEvent(event);
}

void InsightColumn::onFrame() {
    if (isHidden()) return;  // the twin's column, out of compare mode
    // Playing: a few looks a second are plenty; stepped or paused: look now.
    if (controller_->isPlaying() && since_look_.isValid() && since_look_.elapsed() < look_every_ms)
        return;
    refresh();
}

void InsightColumn::refresh() {
    since_look_.start();
    tracker_.update(controller_->restaurant());
    showLoads();
    showCards();
}

void InsightColumn::showLoads() {
    const Loads& loads = tracker_.loads();
    waiters_load_->setText(loadSentence(loads.waiters, false));
    waiters_load_->setToolTip(loadExplanation(loads.waiters, false));
    waiters_bar_->setRho(loads.waiters.rho);
    waiters_bar_->setToolTip(waiters_load_->toolTip());
    kitchen_load_->setText(loadSentence(loads.kitchen, true));
    kitchen_load_->setToolTip(loadExplanation(loads.kitchen, true));
    kitchen_bar_->setRho(loads.kitchen.rho);
    kitchen_bar_->setToolTip(kitchen_load_->toolTip());
}

void InsightColumn::showCards() {
    QStringList sentences;
    for (const Insight& c : tracker_.cards()) sentences << insightSentence(c);
    if (!tracker_.recent())
        status_->setText(
            tr("Watching: the cards about how the staff spend their time appear "
               "after ten minutes of service, or of a new setting."));
    else
        status_->setText(sentences.isEmpty() ? tr("Nothing stands out right now.") : QString());
    status_->setVisible(!status_->text().isEmpty());
    if (sentences == sentences_) return;  // the same words: keep the widgets (and a hover)
    sentences_ = sentences;
    while (QLayoutItem* item = card_list_->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (std::size_t i = 0; i < tracker_.cards().size(); ++i)
        card_list_->addWidget(makeCard(tracker_.cards()[i], static_cast<int>(i)));
}

QWidget* InsightColumn::makeCard(const Insight& card, int index) {
    auto* label = new QLabel(this);
    label->setObjectName(QStringLiteral("insightCard"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    const QString colour = colourOf(card.kind).name();
    label->setText(QStringLiteral("<b style='color:%1'>%2</b><br>%3 <a href='%4'>%5</a>")
                       .arg(colour, titleOf(card.kind).toHtmlEscaped(),
                            sentences_[index].toHtmlEscaped(), QString::number(index),
                            tr("Show me")));
    label->setStyleSheet(QStringLiteral("QLabel#insightCard { border-left: 6px solid %1; "
                                        "background: #FFFDF8; padding: 6px; }")
                             .arg(colour));
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 1.1);
    label->setFont(f);
    connect(label, &QLabel::linkActivated, this,
            [this](const QString& link) { showMe(link.toInt()); });
    return label;
}

void InsightColumn::showMe(int card) {
    const auto& cards = tracker_.cards();
    if (card < 0 || static_cast<std::size_t>(card) >= cards.size()) return;
    emit showMeRequested(cards[static_cast<std::size_t>(card)].focus);
}

}  // namespace bistro::gui
