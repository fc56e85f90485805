#pragma once
// The language of the interface (View > Language): English, German or Spanish,
// or the system's language by default. Choosing one installs its translation
// (the window's words, compiled from resources/translations/, and Qt's own for
// its dialogs), makes its conventions the default QLocale (numbers, dates), and
// sends every widget a LanguageChange, so the open window rewords itself.
// Remembered in the settings.

#include <QList>
#include <QObject>
#include <QString>

class QMenu;
class QTranslator;
class QWidget;

namespace bistro::gui {

class InterfaceLanguage : public QObject {
    Q_OBJECT

  public:
    struct Language {
        QString code;  ///< "en", "de", "es"
        QString name;  ///< in its own words: "English", "Deutsch", "Español"
    };
    /// The languages the app speaks.
    static const QList<Language>& languages();
    /// `bistro --language CODE`: the language windows made from now on start in, not
    /// remembered (set before the window is made, so its first words are in it).
    static void setForThisRun(const QString& code);
    /// The shipped language closest to the system's (its first UI language we speak), else English.
    static QString systemLanguage();

    /// Installs the remembered language (the system's if none was chosen).
    explicit InterfaceLanguage(QObject* parent = nullptr);
    ~InterfaceLanguage() override;

    /// The language in use ("en", "de", "es").
    QString current() const { return current_; }
    /// True when the system's language is followed (nothing chosen).
    bool followsSystem() const { return chosen_.isEmpty(); }
    /// Speaks `code` ("" for the system's). Remembers it unless `remember` is false
    /// (as for `bistro --language`). False, and nothing changes, for a language we do not ship.
    bool choose(const QString& code, bool remember = true);
    /// View > Language: one checkable entry per language, and the system's.
    QMenu* makeMenu(QWidget* parent);

  signals:
    void changed(const QString& code);

  private:
    void install(const QString& code);

    QString chosen_;                  // "" follows the system
    QString current_;                 // what is installed
    QTranslator* plurals_ = nullptr;  // English plural forms, under every language
    QTranslator* words_ = nullptr;    // the chosen language's words
    QTranslator* qt_ = nullptr;       // Qt's own (dialog buttons, context menus)
};

}  // namespace bistro::gui
