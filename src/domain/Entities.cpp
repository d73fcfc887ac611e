#include "domain/Entities.h"

#include <QRegularExpression>
#include <QUuid>

namespace planner {

Uuid newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool isUuid(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return re.match(text).hasMatch();
}

QString Person::displayName() const
{
    QString out = familyName.toUpper();
    if (!givenName.isEmpty()) {
        out += (out.isEmpty() ? QString() : QStringLiteral(" ")) + givenName;
    }
    return out;
}

}  // namespace planner
