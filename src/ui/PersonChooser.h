#pragma once

#include "domain/Entities.h"

#include <QComboBox>
#include <QHash>

namespace planner {

/// Chooses a person from the directory: an editable combo box that filters
/// as one types any part of the name in Latin or local script, the position
/// or the organisation ("홍", "azimov", "Chairman"), matches at the start of
/// a name or word first.
class PersonChooser : public QComboBox {
    Q_OBJECT
public:
    explicit PersonChooser(QWidget* parent = nullptr);

    /// The people to choose from; organisationNames names their employers.
    /// noneText, when not empty, is offered first for "nobody".
    void setPeople(const std::vector<Person>& people, const QHash<Uuid, QString>& organisationNames = {},
        const QString& noneText = {});

    /// The person whose entry is shown; empty for "nobody" or text that
    /// names no one.
    [[nodiscard]] Uuid personId() const;
    void setPersonId(const Uuid& id);

    /// "HONG Yun-sik (홍윤식) — Minister of the Interior, Ministry of the Interior"
    static QString describe(const Person& p, const QString& organisationName = {});

    /// How well an entry matches what is typed, any case: 0 at its start,
    /// 1 at the start of a word, 2 inside a word, -1 not at all. The list
    /// offers the entries in that order.
    static int matchRank(const QString& text, const QString& typed);

signals:
    /// The user picked someone (from the list, or typed a name and pressed Return).
    void personChosen(const planner::Uuid& id);
};

}  // namespace planner
