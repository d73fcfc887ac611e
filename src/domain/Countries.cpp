#include "domain/Countries.h"

#include <QFile>
#include <QSet>
#include <QtEndian>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace planner {

namespace {

/// ICAO Doc 9303 codes that are not ISO 3166-1 alpha-3 codes.
const QSet<QString>& icaoOnlyCodes()
{
    static const QSet<QString> codes { QStringLiteral("D"), QStringLiteral("EUE"), QStringLiteral("GBD"),
        QStringLiteral("GBN"), QStringLiteral("GBO"), QStringLiteral("GBP"), QStringLiteral("GBS"),
        QStringLiteral("RKS"), QStringLiteral("UNA"), QStringLiteral("UNK"), QStringLiteral("UNO"),
        QStringLiteral("XBA"), QStringLiteral("XIM"), QStringLiteral("XCC"), QStringLiteral("XCE"),
        QStringLiteral("XCO"), QStringLiteral("XEC"), QStringLiteral("XPO"), QStringLiteral("XES"),
        QStringLiteral("XMP"), QStringLiteral("XOM"), QStringLiteral("XDC"), QStringLiteral("XXA"),
        QStringLiteral("XXB"), QStringLiteral("XXC"), QStringLiteral("XXX") };
    return codes;
}

/// At most a few dozen characters of what was typed, for a message.
QString quoted(const QString& text)
{
    return text.size() > 40 ? text.left(40) + QStringLiteral("…") : text;
}

/// The messages of a GNU .mo catalogue (the format iso-codes ships).
QHash<QString, QString> readMo(const QString& path)
{
    QHash<QString, QString> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return out;
    }
    const QByteArray d = file.readAll();
    const auto word = [&d](qsizetype at) -> quint32 {
        return at + 4 <= d.size() ? qFromLittleEndian<quint32>(d.constData() + at) : 0;
    };
    if (word(0) != 0x950412de) {
        return out;
    }
    const quint32 count = word(8);
    const quint32 originals = word(12);
    const quint32 translated = word(16);
    for (quint32 i = 0; i < count; ++i) {
        const quint32 ol = word(originals + 8 * i);
        const quint32 oo = word(originals + 8 * i + 4);
        const quint32 tl = word(translated + 8 * i);
        const quint32 to = word(translated + 8 * i + 4);
        if (qsizetype(oo) + ol > d.size() || qsizetype(to) + tl > d.size()) {
            break;
        }
        out.insert(QString::fromUtf8(d.constData() + oo, ol), QString::fromUtf8(d.constData() + to, tl));
    }
    return out;
}

}  // namespace

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

const QHash<QString, QString>& Countries::translations(const QString& language) const
{
    auto it = m_translations.find(language);
    if (it == m_translations.end()) {
        it = m_translations.insert(language,
            readMo(QStringLiteral("/usr/share/locale/%1/LC_MESSAGES/iso_3166-1.mo").arg(language)));
    }
    return *it;
}

QString Countries::displayName(const Country& country, const QString& language) const
{
    const QString english = country.commonName.isEmpty() ? country.name : country.commonName;
    if (language.isEmpty() || language.startsWith(QLatin1String("en"))) {
        return english;
    }
    return translations(language).value(english, english);
}

Result<QString> Countries::nationalityCode(const QString& text) const
{
    const QString code = text.trimmed().toUpper();
    if (code.isEmpty() || icaoOnlyCodes().contains(code)) {
        return code;
    }
    if (isEmpty() && code.size() == 3 && std::all_of(code.begin(), code.end(), [](QChar c) { return c.isUpper(); })) {
        return code;  // no list to look in: the form is right
    }
    if (const auto country = find(code)) {
        return country->alpha3;
    }
    return makeError(tr("'%1' is not a nationality code: give the three letters of the passport (ICAO, e.g. KOR "
                        "for the Republic of Korea), or the two of ISO 3166-1 (KR)")
                         .arg(quoted(text.trimmed())));
}

Result<QString> Countries::countryCode(const QString& text) const
{
    const QString code = text.trimmed().toUpper();
    if (code.isEmpty()) {
        return code;
    }
    if (isEmpty() && code.size() == 2 && std::all_of(code.begin(), code.end(), [](QChar c) { return c.isUpper(); })) {
        return code;
    }
    if (const auto country = find(code)) {
        return country->alpha2;
    }
    return makeError(tr("'%1' is not a country code: give the two letters of ISO 3166-1, e.g. UZ for Uzbekistan")
                         .arg(quoted(text.trimmed())));
}

QString Countries::protocolName(const QString& code) const
{
    const auto country = find(code);
    return country ? protocolName(*country) : code.trimmed();
}

}  // namespace planner
