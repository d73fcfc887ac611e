#include "ui/HelpWindows.h"

#include "storage/Database.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QImage>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace planner::help {

namespace {

/// The translation context of these windows.
class Help {
    Q_DECLARE_TR_FUNCTIONS(planner::Help)
};

QStringList guideFolders()
{
    const QDir bin(QCoreApplication::applicationDirPath());
    QStringList folders { bin.filePath(QStringLiteral("../share/doc/delegation-planner")) };
    for (const QString& data : QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation)) {
        folders << QDir(data).filePath(QStringLiteral("doc/delegation-planner"));
    }
    folders << QStringLiteral(PLANNER_DOCS_DIR);  // a build run from its folder
    return folders;
}

/// A window of its own with a close button, deleted when closed.
QDialog* window(QWidget* parent, const QString& title, const QString& name, QWidget* content, QSize size)
{
    auto* dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(name);
    dialog->setWindowTitle(title);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(content);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    layout->addWidget(buttons);
    dialog->resize(size);
    dialog->show();
    return dialog;
}

QString plainText(const QAction* action)
{
    QString text = action->text();
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    if (text.endsWith(QStringLiteral("…"))) {
        text.chop(1);
    }
    return text;
}

/// Screenshots no wider than the guide's window (they are 1200 pixels wide).
void fitImages(QTextDocument& document, int maxWidth)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextImageFormat format = fragment.charFormat().toImageFormat();
            if (!format.isValid()) {
                continue;
            }
            const QImage image = document.resource(QTextDocument::ImageResource, QUrl(format.name())).value<QImage>();
            if (image.isNull() || image.width() <= maxWidth) {
                continue;
            }
            format.setWidth(maxWidth);
            format.setHeight(image.height() * maxWidth / image.width());
            QTextCursor cursor(&document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(format);
        }
    }
}

}  // namespace

QString userGuidePath()
{
    QStringList names;
    for (const QString& language : QLocale().uiLanguages()) {
        names << QStringLiteral("user-guide.%1.md").arg(language.section(QLatin1Char('-'), 0, 0));
    }
    names << QStringLiteral("user-guide.md");
    const QStringList folders = guideFolders();
    for (const QString& name : std::as_const(names)) {
        for (const QString& folder : folders) {
            const QString path = QDir(folder).filePath(name);
            if (QFileInfo::exists(path)) {
                return QDir::cleanPath(path);
            }
        }
    }
    return {};
}

QWidget* showUserGuide(QWidget* parent)
{
    const QString path = userGuidePath();
    if (path.isEmpty()) {
        return nullptr;
    }
    auto* browser = new QTextBrowser;
    browser->setObjectName(QStringLiteral("guideBrowser"));
    browser->setOpenExternalLinks(true);
    browser->setSource(QUrl::fromLocalFile(path), QTextDocument::MarkdownResource);
    fitImages(*browser->document(), 740);
    return window(
        parent, Help::tr("Delegation Planner User Guide"), QStringLiteral("userGuideWindow"), browser, { 820, 680 });
}

QWidget* showShortcuts(QWidget* mainWindow)
{
    auto* list = new QTreeWidget;
    list->setObjectName(QStringLiteral("shortcutList"));
    list->setHeaderLabels({ Help::tr("Action"), Help::tr("Shortcut"), Help::tr("What it does") });
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    QList<QAction*> actions = mainWindow->findChildren<QAction*>();
    std::sort(actions.begin(), actions.end(),
        [](const QAction* a, const QAction* b) { return plainText(a).localeAwareCompare(plainText(b)) < 0; });
    // Pages of the same kind have the same actions ("Delete" on each): one row.
    QSet<QString> listed;
    for (const QAction* action : std::as_const(actions)) {
        if (action->shortcuts().isEmpty() || action->text().isEmpty()) {
            continue;
        }
        QStringList keys;
        for (const QKeySequence& key : action->shortcuts()) {
            keys << key.toString(QKeySequence::NativeText);
        }
        const QString row = plainText(action) + QLatin1Char('\t') + keys.join(QLatin1Char(','));
        if (listed.contains(row)) {
            continue;
        }
        listed.insert(row);
        auto* item
            = new QTreeWidgetItem(list, { plainText(action), keys.join(QStringLiteral(", ")), action->statusTip() });
        item->setData(0, Qt::UserRole, action->objectName());
    }
    list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    return window(mainWindow, Help::tr("Keyboard Shortcuts"), QStringLiteral("shortcutsWindow"), list, { 760, 560 });
}

QString aboutText()
{
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return Help::tr("<h3>Delegation Planner %1</h3>"
                    "<p>Plan official delegation trips: the delegation, the itinerary, cooperation forums "
                    "and their agendas, meetings and MOU signings.</p>"
                    "<p>Licensed under the GNU General Public License, version 3 or later.</p>"
                    "<p>Qt %2 · SQLite %3</p>"
                    "<p>Data folder: %4</p>")
        .arg(QStringLiteral(PLANNER_VERSION), QString::fromLatin1(qVersion()), Database::sqliteVersion(),
            QDir::toNativeSeparators(data).toHtmlEscaped());
}

}  // namespace planner::help
