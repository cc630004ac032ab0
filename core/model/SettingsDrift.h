#pragma once

#include "model/DuoSettings.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <optional>

// Upgrading GitLab to 19.2 put the Duo hosting settings back to their defaults on some
// instances (API.md (i)). Told from the last values seen: the version changed, and the settings
// now differ from those values and equal GitLab's defaults (gateway URL unset, timeout 60 or
// unset, Agent Platform TLS on).
struct SettingsDrift
{
    Q_DECLARE_TR_FUNCTIONS(SettingsDrift)

public:
    QString fromVersion;
    QString toVersion;
    DuoSettings before;
    DuoSettings after;

    static std::optional<SettingsDrift> detect(const QString &fromVersion,
                                               const std::optional<DuoSettings> &before,
                                               const QString &toVersion,
                                               const std::optional<DuoSettings> &after);
    static bool isDefault(const DuoSettings &settings);
    // The fields to write back: those that changed, with the earlier values.
    QJsonObject restoreFields() const;
    // "AI gateway URL: https://aigw.example → (unset)", one line a changed field.
    QStringList describe() const;
    QJsonObject toJson() const;
};
