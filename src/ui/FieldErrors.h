#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointer>
#include <QString>

QT_BEGIN_NAMESPACE
class QLabel;
class QWidget;
QT_END_NAMESPACE

namespace planner {

/// Shows why a form's input was refused: the message in a label next to the
/// form and a red frame on the field the Error names (Error::where).
class FieldErrors {
    Q_DECLARE_TR_FUNCTIONS(planner::FieldErrors)

public:
    explicit FieldErrors(QLabel* messageLabel);

    /// Registers the widget that edits a field ("name", "end", ...).
    void addField(const QString& field, QWidget* widget);
    void show(const Error& error);
    void clear();
    [[nodiscard]] bool isShowing() const;

private:
    QPointer<QLabel> m_label;
    QHash<QString, QPointer<QWidget>> m_fields;
    QPointer<QWidget> m_marked;
    QString m_markedToolTip;
};

}  // namespace planner
