#include "SecretResult.h"

QString SecretResult::message() const
{
    switch (status) {
    case Status::Ok:
        return {};
    case Status::NotFound:
        return tr("No token is stored in the system keychain for this instance.");
    case Status::Unavailable:
        return tr("No system keychain is available (%1). Start a Secret Service such as GNOME "
                  "Keyring or KWallet; until then a token can only be used for this session.")
            .arg(detail);
    case Status::AccessDenied:
        return tr("The system keychain is locked or refused access (%1). Unlock it and try "
                  "again.")
            .arg(detail);
    case Status::Locked:
        return tr("The system keychain is locked, so the token cannot be read or stored. Unlock "
                  "it (log in to the desktop session, or unlock the \"Login\" keyring in Passwords "
                  "and Keys / KWallet Manager), then try again.");
    case Status::TimedOut:
        return tr("The system keychain did not answer in time. It may be waiting for a password "
                  "prompt; unlock it and try again.");
    case Status::Failed:
        return tr("The system keychain reported an error: %1").arg(detail);
    }
    return {};
}
