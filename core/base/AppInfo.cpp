#include "base/AppInfo.h"

#include <QCoreApplication>

namespace AppInfo {

void applyTo(QCoreApplication &app)
{
    app.setApplicationName(QLatin1String(applicationName));
    app.setOrganizationName(QLatin1String(organizationName));
    app.setOrganizationDomain(QLatin1String(organizationDomain));
    app.setApplicationVersion(QLatin1String(version));
}

QString keychainService()
{
    return QLatin1String(applicationId);
}

} // namespace AppInfo
