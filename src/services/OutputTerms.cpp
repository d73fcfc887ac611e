#include "services/OutputTerms.h"

#include <QCoreApplication>

namespace planner {

namespace {

struct OutputTermsText {
    Q_DECLARE_TR_FUNCTIONS(planner::OutputTerms)
};

}  // namespace

QString OutputTerms::of(HostRole role)
{
    switch (role) {
    case HostRole::Host: return OutputTermsText::tr("Host");
    case HostRole::CoHost: return OutputTermsText::tr("Co-host");
    }
    return {};
}

QString OutputTerms::of(SessionKind kind)
{
    switch (kind) {
    case SessionKind::Opening: return OutputTermsText::tr("Opening");
    case SessionKind::Keynote: return OutputTermsText::tr("Keynote");
    case SessionKind::Presentation: return OutputTermsText::tr("Presentation");
    case SessionKind::Panel: return OutputTermsText::tr("Panel");
    case SessionKind::SigningCeremony: return OutputTermsText::tr("Signing ceremony");
    case SessionKind::Break: return OutputTermsText::tr("Break");
    case SessionKind::Meal: return OutputTermsText::tr("Meal");
    case SessionKind::Closing: return OutputTermsText::tr("Closing");
    }
    return {};
}

QString OutputTerms::of(SpeakerRole role)
{
    switch (role) {
    case SpeakerRole::Speaker: return OutputTermsText::tr("Speaker");
    case SpeakerRole::Moderator: return OutputTermsText::tr("Moderator");
    case SpeakerRole::Panellist: return OutputTermsText::tr("Panellist");
    }
    return {};
}

QString OutputTerms::of(MemberRole role)
{
    switch (role) {
    case MemberRole::Head: return OutputTermsText::tr("Head of delegation");
    case MemberRole::DeputyHead: return OutputTermsText::tr("Deputy head");
    case MemberRole::Member: return OutputTermsText::tr("Member");
    case MemberRole::Adviser: return OutputTermsText::tr("Adviser");
    case MemberRole::Interpreter: return OutputTermsText::tr("Interpreter");
    case MemberRole::Secretariat: return OutputTermsText::tr("Secretariat");
    case MemberRole::Press: return OutputTermsText::tr("Press");
    case MemberRole::Security: return OutputTermsText::tr("Security");
    }
    return {};
}

QString OutputTerms::of(Sex sex)
{
    switch (sex) {
    case Sex::Unspecified: return {};
    case Sex::Female: return OutputTermsText::tr("Female");
    case Sex::Male: return OutputTermsText::tr("Male");
    case Sex::Other: return OutputTermsText::tr("Other");
    }
    return {};
}

}  // namespace planner
