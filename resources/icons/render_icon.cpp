// bistro_render_icon: draws the app's SVG icon as PNGs in the hicolor theme's
// layout (OUT/48x48/apps/NAME.png, ...). The build runs it, so the PNG sizes
// never drift from the SVG. Any warning of Qt's SVG renderer (a feature outside
// SVG Tiny, which desktops might draw differently) fails the build.
#include <QByteArray>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QStringList>
#include <QSvgRenderer>
#include <cstdio>

namespace {

int warnings = 0;

/// Counts the SVG renderer's warnings; other messages (the platform's) are only shown.
void countWarnings(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    const bool svg =
        context.category != nullptr && QByteArray(context.category).startsWith("qt.svg");
    if (svg && type != QtDebugMsg && type != QtInfoMsg) ++warnings;
    if (svg || type == QtCriticalMsg || type == QtFatalMsg)
        std::fprintf(stderr, "bistro_render_icon: %s\n", qPrintable(message));
}

bool render(QSvgRenderer& svg, const QString& file, int size) {
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter);
    painter.end();
    QSaveFile out(file);  // all or nothing: a stopped build leaves no half picture
    return QDir().mkpath(QFileInfo(file).path()) && out.open(QIODevice::WriteOnly) &&
           image.save(&out, "PNG") && out.commit();
}

}  // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");  // builds have no display
    qInstallMessageHandler(countWarnings);
    QGuiApplication app(argc, argv);
    const QStringList args = QGuiApplication::arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: bistro_render_icon ICON.svg OUTDIR SIZE...\n");
        return 2;
    }
    QSvgRenderer svg(args[1]);
    if (!svg.isValid()) {
        std::fprintf(stderr, "bistro_render_icon: %s is not a valid SVG\n", qPrintable(args[1]));
        return 1;
    }
    const QString name = QFileInfo(args[1]).completeBaseName() + QStringLiteral(".png");
    for (const QString& size : args.mid(3)) {
        const int px = size.toInt();
        const QString file = QStringLiteral("%1/%2x%2/apps/%3").arg(args[2]).arg(px).arg(name);
        if (px <= 0 || !render(svg, file, px)) {
            std::fprintf(stderr, "bistro_render_icon: cannot write %s\n", qPrintable(file));
            return 1;
        }
    }
    return warnings == 0 ? 0 : 1;
}
