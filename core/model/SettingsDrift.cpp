#include "SettingsDrift.h"

#include <QJsonArray>

namespace {

const QString *const restorable[] = {
    &DuoSettings::gatewayUrlField, &DuoSettings::gatewayTimeoutField,
    &DuoSettings::agentPlatformUrlField, &DuoSettings::agentPlatformSecureField};

QString shown(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty()))
        return SettingsDrift::tr("(unset)");
    if (value.isBool())
        return value.toBool() ? SettingsDrift::tr("on") : SettingsDrift::tr("off");
    if (value.isDouble())
        return QString::number(value.toInt());
    return value.toString();
}

} // namespace

bool SettingsDrift::isDefault(const DuoSettings &settings)
{
    return settings.gatewayUrl().isEmpty() && settings.gatewayTimeoutSeconds().value_or(60) == 60 &&
           settings.agentPlatformSecure().value_or(true);
}

std::optional<SettingsDrift> SettingsDrift::detect(const QString &fromVersion,
                                                   const std::optional<DuoSettings> &before,
                                                   const QString &toVersion,
                                                   const std::optional<DuoSettings> &after)
{
    if (fromVersion.isEmpty() || toVersion.isEmpty() || fromVersion == toVersion || !before ||
        !after || isDefault(*before) || !isDefault(*after))
        return std::nullopt;
    SettingsDrift drift{fromVersion, toVersion, *before, *after};
    if (drift.restoreFields().isEmpty())
        return std::nullopt;
    return drift;
}

QJsonObject SettingsDrift::restoreFields() const
{
    QJsonObject fields;
    for (const QString *field : restorable) {
        // Only what the instance still has, and what moved.
        if (before.has(*field) && after.has(*field) &&
            before.fields.value(*field) != after.fields.value(*field))
            fields.insert(*field, before.fields.value(*field));
    }
    return fields;
}

QStringList SettingsDrift::describe() const
{
    const QJsonObject fields = restoreFields();
    QStringList lines;
    for (const QString *field : restorable) {
        if (!fields.contains(*field))
            continue;
        const QString label =
            *field == DuoSettings::gatewayUrlField         ? tr("AI gateway URL")
            : *field == DuoSettings::gatewayTimeoutField   ? tr("AI gateway timeout")
            : *field == DuoSettings::agentPlatformUrlField ? tr("Agent Platform service URL")
                                                           : tr("Agent Platform TLS");
        lines << tr("%1: %2 → %3")
                     .arg(label, shown(before.fields.value(*field)),
                          shown(after.fields.value(*field)));
    }
    return lines;
}

QJsonObject SettingsDrift::toJson() const
{
    return {{QStringLiteral("fromVersion"), fromVersion},
            {QStringLiteral("toVersion"), toVersion},
            {QStringLiteral("before"), restoreFields()},
            {QStringLiteral("changes"), QJsonArray::fromStringList(describe())}};
}
