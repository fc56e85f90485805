#include "bistro/gui/lessons/welcome_card.hpp"

#include <QCommandLinkButton>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include "bistro/gui/style/palette.hpp"
#include "bistro/gui/window/main_window.hpp"
#include "lessons/lesson_library.hpp"

namespace bistro::gui {

namespace {
QLabel* words(const QString& html, QWidget* parent, double scale = 1.0, bool bold = false) {
    auto* l = new QLabel(html, parent);
    l->setWordWrap(true);
    QFont f = l->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(bold);
    l->setFont(f);
    return l;
}
}  // namespace

WelcomeCard::WelcomeCard(QWidget* window) : QWidget(window) {
    setObjectName(QStringLiteral("welcomeCard"));
    setAttribute(Qt::WA_DeleteOnClose);
    card_ = new QFrame(this);
    card_->setObjectName(QStringLiteral("welcomeFrame"));
    card_->setStyleSheet(QStringLiteral("#welcomeFrame { background: %1; border-radius: 12px; }")
                             .arg(palette::floor_colour.name()));
    auto* layout = new QVBoxLayout(card_);
    layout->setContentsMargins(28, 22, 28, 22);
    layout->addWidget(words(tr("Welcome to Async Bistro"), card_, 1.8, true));
    layout->addWidget(words(
        tr("A restaurant you can run, pause and rewind: the waiters are threads and the kitchen "
           "is I/O, so you watch live what <b>waiting</b> (synchronous) or <b>not waiting</b> "
           "(asynchronous) does to the guests."),
        card_, 1.2));
    QPushButton* start = buildButtons(layout);
    layout->addWidget(words(tr("Or open a ready-made restaurant, each written to teach one idea:"),
                            card_, 1.0, true));
    auto* grid = new QGridLayout;
    buildPresets(grid);
    layout->addLayout(grid);
    window->installEventFilter(this);
    setGeometry(window->rect());
    raise();
    show();
    QTimer::singleShot(0, this, &QWidget::raise);  // above docks the window raises as it lays out
    start->setFocus();
}

QPushButton* WelcomeCard::buildButtons(QVBoxLayout* layout) {
    auto* buttons = new QHBoxLayout;
    auto* start = new QPushButton(tr("Start the first lesson"), card_);
    start->setObjectName(QStringLiteral("welcomeStart"));
    start->setDefault(true);
    start->setStyleSheet(QStringLiteral("QPushButton { background: %1; color: white; font-weight: "
                                        "bold; padding: 10px 22px; border-radius: 6px; }")
                             .arg(palette::blue.name()));
    auto* explore = new QPushButton(tr("Just explore"), card_);
    explore->setObjectName(QStringLiteral("welcomeExplore"));
    explore->setStyleSheet(QStringLiteral("QPushButton { padding: 10px 22px; }"));
    buttons->addWidget(start);
    buttons->addWidget(explore);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(start, &QPushButton::clicked, this, [this] {
        emit firstLessonRequested();
        finish();
    });
    connect(explore, &QPushButton::clicked, this, &WelcomeCard::finish);
    return start;
}

void WelcomeCard::buildPresets(QGridLayout* grid) {
    const QStringList presets = MainWindow::presetNames();
    for (int i = 0; i < presets.size(); ++i) {
        const QString preset = presets[i];
        auto* b = new QCommandLinkButton(library::presetTitle(preset),
                                         library::firstSentence(library::teaches(preset)), card_);
        b->setObjectName(QStringLiteral("welcomePreset_") + preset);
        b->setToolTip(library::teaches(preset));
        grid->addWidget(b, i / 2, i % 2);
        connect(b, &QCommandLinkButton::clicked, this, [this, preset] {
            emit presetRequested(preset);
            finish();
        });
    }
}

bool WelcomeCard::eventFilter(QObject* watched, QEvent* event) {
    if (watched == parent() && event->type() == QEvent::Resize) {
        setGeometry(parentWidget()->rect());
        raise();
    }
    return QWidget::eventFilter(watched, event);
}

void WelcomeCard::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), QColor(0x20, 0x1a, 0x14, 150));  // the window, dimmed behind the card
}

void WelcomeCard::resizeEvent(QResizeEvent*) {
    const int w = std::min(width() - 40, 980);
    const int h =
        std::min(height() - 30, card_->heightForWidth(w) > 0 ? card_->heightForWidth(w)
                                                             : card_->sizeHint().height());
    card_->setGeometry((width() - w) / 2, (height() - h) / 2, w, h);
}

void WelcomeCard::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Escape)
        finish();
    else
        QWidget::keyPressEvent(event);
}

void WelcomeCard::finish() {
    emit closed();
    close();
}

}  // namespace bistro::gui
