#include "services/OutputTerms.h"

#include <QCoreApplication>

namespace planner {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("planner::OutputTerms", text);
}

}  // namespace

QString OutputTerms::of(HostRole role)
{
    switch (role) {
    case HostRole::Host: return tr("Host");
    case HostRole::CoHost: return tr("Co-host");
    }
    return {};
}

QString OutputTerms::of(SessionKind kind)
{
    switch (kind) {
    case SessionKind::Opening: return tr("Opening");
    case SessionKind::Keynote: return tr("Keynote");
    case SessionKind::Presentation: return tr("Presentation");
    case SessionKind::Panel: return tr("Panel");
    case SessionKind::SigningCeremony: return tr("Signing ceremony");
    case SessionKind::Break: return tr("Break");
    case SessionKind::Meal: return tr("Meal");
    case SessionKind::Closing: return tr("Closing");
    }
    return {};
}

QString OutputTerms::of(SpeakerRole role)
{
    switch (role) {
    case SpeakerRole::Speaker: return tr("Speaker");
    case SpeakerRole::Moderator: return tr("Moderator");
    case SpeakerRole::Panellist: return tr("Panellist");
    }
    return {};
}

QString OutputTerms::of(MemberRole role)
{
    switch (role) {
    case MemberRole::Head: return tr("Head of delegation");
    case MemberRole::DeputyHead: return tr("Deputy head");
    case MemberRole::Member: return tr("Member");
    case MemberRole::Adviser: return tr("Adviser");
    case MemberRole::Interpreter: return tr("Interpreter");
    case MemberRole::Secretariat: return tr("Secretariat");
    case MemberRole::Press: return tr("Press");
    case MemberRole::Security: return tr("Security");
    }
    return {};
}

QString OutputTerms::of(Sex sex)
{
    switch (sex) {
    case Sex::Unspecified: return {};
    case Sex::Female: return tr("Female");
    case Sex::Male: return tr("Male");
    case Sex::Other: return tr("Other");
    }
    return {};
}

}  // namespace planner
