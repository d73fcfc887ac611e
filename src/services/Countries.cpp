#include "services/Countries.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace planner {

Countries::Countries(const QString& isoCodesJson)
{
    QFile file(isoCodesJson);
    if (!file.open(QIODevice::ReadOnly)) {
        return;
    }
    const QJsonArray list = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("3166-1")).toArray();
    m_countries.reserve(static_cast<std::size_t>(list.size()));
    for (const QJsonValue& v : list) {
        const QJsonObject o = v.toObject();
        Country c { o.value(QLatin1String("alpha_2")).toString(), o.value(QLatin1String("alpha_3")).toString(),
            o.value(QLatin1String("name")).toString(), o.value(QLatin1String("official_name")).toString(),
            o.value(QLatin1String("common_name")).toString() };
        if (c.alpha2.size() == 2 && c.alpha3.size() == 3 && !c.name.isEmpty()) {
            m_countries.push_back(std::move(c));
        }
    }
}

QString Countries::defaultPath()
{
    return QStringLiteral("/usr/share/iso-codes/json/iso_3166-1.json");
}

const Countries& Countries::system()
{
    static const Countries countries(defaultPath());
    return countries;
}

std::optional<Country> Countries::find(const QString& code) const
{
    const QString c = code.trimmed().toUpper();
    if (c.size() != 2 && c.size() != 3) {
        return std::nullopt;
    }
    for (const Country& country : m_countries) {
        if ((c.size() == 2 ? country.alpha2 : country.alpha3) == c) {
            return country;
        }
    }
    return std::nullopt;
}

QString Countries::protocolName(const Country& country)
{
    if (!country.officialName.isEmpty()) {
        return country.officialName;
    }
    // "Korea, Republic of" → "Republic of Korea"; "Bolivia, Plurinational
    // State of" → "Plurinational State of Bolivia".
    // Only such inversions: "Saint Helena, Ascension and Tristan da Cunha" stays.
    const qsizetype comma = country.name.indexOf(QLatin1String(", "));
    const QString tail = country.name.mid(comma + 2);
    if (comma > 0 && (tail.endsWith(QLatin1String(" of")) || tail.endsWith(QLatin1String(" of the")))) {
        return tail + QLatin1Char(' ') + country.name.left(comma);
    }
    return country.name;
}

QString Countries::protocolName(const QString& code) const
{
    const auto country = find(code);
    return country ? protocolName(*country) : code.trimmed();
}

}  // namespace planner
