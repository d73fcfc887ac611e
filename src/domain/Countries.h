#pragma once

// The countries of ISO 3166-1 as Debian's iso-codes package lists them
// (/usr/share/iso-codes/json/iso_3166-1.json): codes, the short name, the
// official name and the common name. A protocol office writes the formal
// short name ("Republic of Korea", "Republic of Uzbekistan"), which is what
// protocolName() gives.

#include "domain/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace planner {

struct Country {
    QString alpha2;  ///< "KR"
    QString alpha3;  ///< "KOR"
    QString name;  ///< ISO's short name: "Korea, Republic of"
    QString officialName;  ///< "Republic of Uzbekistan"; empty when ISO gives none
    QString commonName;  ///< "South Korea"; empty when ISO gives none
};

class Countries {
    Q_DECLARE_TR_FUNCTIONS(planner::Countries)

public:
    /// Read from the iso-codes file; empty (every lookup fails) when the
    /// file is missing or damaged.
    explicit Countries(const QString& isoCodesJson);
    /// The system's list, read once.
    static const Countries& system();
    static QString defaultPath();

    [[nodiscard]] bool isEmpty() const { return m_countries.empty(); }
    [[nodiscard]] const std::vector<Country>& all() const { return m_countries; }
    /// By alpha-2 or alpha-3 code, any case.
    [[nodiscard]] std::optional<Country> find(const QString& code) const;

    /// The name a protocol document prints: the official name, else the ISO
    /// short name with an inversion undone ("Korea, Republic of" becomes
    /// "Republic of Korea"), else the name. Unknown codes come back as given.
    [[nodiscard]] QString protocolName(const QString& code) const;
    static QString protocolName(const Country& country);

    /// The country's common name in a language ("ko": 대한민국, "en": South
    /// Korea), from iso-codes' translations; English when there is none.
    [[nodiscard]] QString displayName(const Country& country, const QString& language) const;

    /// A passport nationality as stored: the alpha-3 code of ICAO Doc 9303
    /// ("KOR"), an alpha-2 code converted ("KR" → "KOR"), empty as empty.
    /// ICAO's own codes (D for Germany, GBD, UNO, XXA, ...) are kept. Fails
    /// with a message a person can act on for anything else ("Korean").
    [[nodiscard]] Result<QString> nationalityCode(const QString& text) const;
    /// An organisation's country as stored: the ISO alpha-2 code ("KR"),
    /// an alpha-3 code converted, empty as empty.
    [[nodiscard]] Result<QString> countryCode(const QString& text) const;

private:
    /// English → language, read once per language from its .mo file.
    const QHash<QString, QString>& translations(const QString& language) const;

    std::vector<Country> m_countries;
    mutable QHash<QString, QHash<QString, QString>> m_translations;
};

}  // namespace planner
