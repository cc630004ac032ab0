#include "StoreError.h"

QString StoreError::kindName() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Empty:
        return QStringLiteral("workspace-empty");
    case Kind::Truncated:
        return QStringLiteral("workspace-truncated");
    case Kind::NotADatabase:
        return QStringLiteral("workspace-not-a-database");
    case Kind::NewerSchema:
        return QStringLiteral("workspace-newer-schema");
    case Kind::WrongSchema:
        return QStringLiteral("workspace-wrong-schema");
    case Kind::Corrupt:
        return QStringLiteral("workspace-corrupt");
    case Kind::ReadOnly:
        return QStringLiteral("workspace-read-only");
    case Kind::DiskFull:
        return QStringLiteral("workspace-disk-full");
    case Kind::Busy:
        return QStringLiteral("workspace-busy");
    case Kind::LeaseHeld:
        return QStringLiteral("push-in-progress");
    case Kind::Io:
        return QStringLiteral("workspace-io");
    }
    return {};
}
