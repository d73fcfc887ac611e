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
    // 8-4-4-4-12 lowercase hexadecimal digits, checked by hand: ids are
    // checked for every record read and written.
    if (text.size() != 36) {
        return false;
    }
    for (qsizetype i = 0; i < 36; ++i) {
        const char16_t c = text.at(i).unicode();
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-') {
                return false;
            }
        } else if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'))) {
            return false;
        }
    }
    return true;
}

QString Person::displayName() const
{
    QString out = familyName.toUpper();
    if (!givenName.isEmpty()) {
        out += (out.isEmpty() ? QString() : QStringLiteral(" ")) + givenName;
    }
    return out;
}

bool inAgendaOrder(const AgendaSession& a, const AgendaSession& b)
{
    // Wall-clock values (PlannedTime keeps them in the UTC spec), in time
    // order; for the stored four-digit years this is the order of the texts.
    if (a.start.local() != b.start.local()) {
        return a.start.local() < b.start.local();
    }
    if (a.end.local() != b.end.local()) {
        return a.end.local() < b.end.local();
    }
    return a.id < b.id;
}

}  // namespace planner
