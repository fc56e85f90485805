#include "window/file_places.hpp"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace bistro::gui::files {

namespace {
const char* const last_folder_key = "files/lastFolder";
}

QString presetsFolder() {
    const QString folder =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/scenarios";
    QDir().mkpath(folder);
    const QDir presets(QStringLiteral(":/scenarios"));
    for (const QString& name : presets.entryList({QStringLiteral("*.toml")}, QDir::Files)) {
        const QString copy = folder + '/' + name;
        if (QFileInfo::exists(copy)) continue;  // the user's own edits stay
        if (QFile::copy(presets.filePath(name), copy))
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                            QFile::ReadOther);  // resources are read-only
    }
    return folder;
}

QString startFolder() {
    const QString last = QSettings().value(last_folder_key).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir()) return last;
    return presetsFolder();
}

QString suggested(const QString& name) {
    return QDir(startFolder()).filePath(QFileInfo(name).fileName());
}

void remember(const QString& path) {
    if (path.isEmpty() || path.startsWith(QLatin1String(":/"))) return;
    QSettings().setValue(last_folder_key, QFileInfo(path).absolutePath());
}

}  // namespace bistro::gui::files
