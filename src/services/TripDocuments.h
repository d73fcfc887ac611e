#pragma once

#include "domain/Entities.h"
#include "domain/Result.h"
#include "services/OutputDocument.h"

#include <QDate>
#include <QLocale>
#include <QPageSize>

#include <vector>

namespace planner {

class TripSchedule;

struct TripDocumentOptions {
    QPageSize::PageSizeId pageSize = QPageSize::A4;  ///< A4 or Letter; A5 for an itinerary booklet
    QDate printedOn;  ///< null: today
    QLocale locale { QLocale::English, QLocale::UnitedKingdom };  ///< dates and numbers
};

/// The documents of a whole trip, as OutputDocuments for PDF, DOCX and ODT.
/// Every fixed text is in this class's translation context.
///
/// The trip programme ("travel plan"): the trip, the delegation in order of
/// precedence, the stops with their lodging and nights, then day by day
/// every flight, forum with its sessions, meeting and signing in the local
/// time of its place with the home time beside it, and who takes part
/// (passengers, speakers, participants and counterparts, signatories).
///
/// A personal itinerary: only that traveller's part of the trip (see
/// TripSchedule) with local and home times, the night's hotel each day, the
/// hotels with their addresses, the forum venues with their addresses, and
/// the contacts (the trip's notes, the counterparts of each meeting).
class TripDocuments {
public:
    static Result<OutputDocument> programme(const TripBundle& bundle, const TripDocumentOptions& options = {});

    /// The itineraries of the given people, in that order, each from a new
    /// page. Fails naming a person who is not in the delegation.
    static Result<OutputDocument> itineraries(
        const TripBundle& bundle, const std::vector<Uuid>& personIds, const TripDocumentOptions& options = {});

    /// "Itinerary of HONG Yun-sik" (a file name, a window title).
    static QString itineraryTitle(const Person& person);
    static QString programmeTitle(const Trip& trip);
};

}  // namespace planner
