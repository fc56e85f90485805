#include "bistro/gui/window/interface_language.hpp"

#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QTranslator>

namespace bistro::gui {

namespace {

const QString setting = QStringLiteral("view/language");

QString& forThisRun() {
    static QString code;  // bistro --language, for the one window a run makes
    return code;
}

/// The menu's own words follow the language it chooses.
class LanguageMenu : public QMenu {
  public:
    LanguageMenu(InterfaceLanguage& language, QWidget* parent)
        : QMenu(parent), language_(language) {
        setObjectName(QStringLiteral("languageMenu"));
        auto* group = new QActionGroup(this);
        system_ = addAction(QString());
        system_->setObjectName(QStringLiteral("language-system"));
        system_->setCheckable(true);
        group->addAction(system_);
        connect(system_, &QAction::triggered, this, [this] { language_.choose(QString()); });
        addSeparator();
        for (const InterfaceLanguage::Language& l : InterfaceLanguage::languages()) {
            QAction* a = addAction(l.name);  // each language in its own words
            a->setObjectName(QStringLiteral("language-") + l.code);
            a->setData(l.code);
            a->setCheckable(true);
            group->addAction(a);
            connect(a, &QAction::triggered, this,
                    [this, code = l.code] { language_.choose(code); });
        }
        connect(&language_, &InterfaceLanguage::changed, this, &LanguageMenu::showChoice);
        retranslate();
        showChoice();
    }

  protected:
    void changeEvent(QEvent* event) override {
        if (event->type() == QEvent::LanguageChange) retranslate();
        QMenu::changeEvent(event);
    }

  private:
    void retranslate() {
        setTitle(InterfaceLanguage::tr("&Language"));
        QString system_name = QLocale(InterfaceLanguage::systemLanguage()).nativeLanguageName();
        if (!system_name.isEmpty()) system_name[0] = system_name[0].toUpper();
        system_->setText(InterfaceLanguage::tr("The system's language (%1)").arg(system_name));
        setToolTip(InterfaceLanguage::tr("The language of the window's words and numbers"));
    }
    void showChoice() {
        system_->setChecked(language_.followsSystem());
        if (language_.followsSystem()) return;
        for (QAction* a : actions())
            if (a->data().toString() == language_.current()) a->setChecked(true);
    }

    InterfaceLanguage& language_;
    QAction* system_ = nullptr;
};

bool speaks(const QString& code) {
    for (const InterfaceLanguage::Language& l : InterfaceLanguage::languages())
        if (l.code == code) return true;
    return false;
}

}  // namespace

const QList<InterfaceLanguage::Language>& InterfaceLanguage::languages() {
    static const QList<Language> all{{QStringLiteral("en"), QStringLiteral("English")},
                                     {QStringLiteral("de"), QStringLiteral("Deutsch")},
                                     {QStringLiteral("es"), QStringLiteral("Español")}};
    return all;
}

void InterfaceLanguage::setForThisRun(const QString& code) {
    forThisRun() = code;
}

QString InterfaceLanguage::systemLanguage() {
    for (const QString& ui : QLocale::system().uiLanguages()) {
        const QString code = ui.section(QLatin1Char('-'), 0, 0).toLower();
        if (speaks(code)) return code;
    }
    return QStringLiteral("en");
}

InterfaceLanguage::InterfaceLanguage(QObject* parent) : QObject(parent) {
    plurals_ = new QTranslator(this);
    if (plurals_->load(QStringLiteral(":/i18n/bistro_en.qm")))
        QCoreApplication::installTranslator(plurals_);
    chosen_ = speaks(forThisRun()) ? forThisRun() : QSettings().value(setting).toString();
    if (!speaks(chosen_)) chosen_.clear();
    install(chosen_.isEmpty() ? systemLanguage() : chosen_);
}

InterfaceLanguage::~InterfaceLanguage() {
    // The translators leave with this object; the numbers go back to the system's.
    QLocale::setDefault(QLocale::system());
}

bool InterfaceLanguage::choose(const QString& code, bool remember) {
    if (!code.isEmpty() && !speaks(code)) return false;
    chosen_ = code;
    if (remember) QSettings().setValue(setting, code);
    const QString wanted = code.isEmpty() ? systemLanguage() : code;
    if (wanted != current_) install(wanted);
    emit changed(current_);
    return true;
}

QMenu* InterfaceLanguage::makeMenu(QWidget* parent) {
    return new LanguageMenu(*this, parent);
}

void InterfaceLanguage::install(const QString& code) {
    // Removing and installing translators sends each widget a LanguageChange.
    for (QTranslator** t : {&words_, &qt_}) {
        if (!*t) continue;
        QCoreApplication::removeTranslator(*t);
        delete *t;
        *t = nullptr;
    }
    current_ = code;
    QLocale::setDefault(QLocale(code));
    if (code == QLatin1String("en")) {
        QEvent change(QEvent::LanguageChange);  // the numbers' conventions may have changed
        QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
        return;
    }
    words_ = new QTranslator(this);
    if (words_->load(QStringLiteral(":/i18n/bistro_%1.qm").arg(code)))
        QCoreApplication::installTranslator(words_);
    qt_ = new QTranslator(this);
    if (qt_->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt_);
}

}  // namespace bistro::gui
