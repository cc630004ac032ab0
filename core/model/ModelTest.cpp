#include "ModelTest.h"

#include <QJsonArray>

QJsonObject ModelTestResult::toJson() const
{
    auto ms = [](qint64 value) {
        return value < 0 ? QJsonValue() : QJsonValue(value);
    };
    return {
        {QStringLiteral("ok"), ok()},
        {QStringLiteral("gitlab"), QJsonObject{{QStringLiteral("ran"), gitlab.ran},
                                               {QStringLiteral("ok"), gitlab.ok},
                                               {QStringLiteral("message"), gitlab.message}}},
        {QStringLiteral("local"),
         QJsonObject{{QStringLiteral("ran"), local.ran},
                     {QStringLiteral("ok"), local.ok},
                     {QStringLiteral("message"), local.message},
                     {QStringLiteral("url"), local.url},
                     {QStringLiteral("httpStatus"), local.httpStatus},
                     {QStringLiteral("lookupMs"), ms(local.lookupMs)},
                     {QStringLiteral("connectMs"), ms(local.connectMs)},
                     {QStringLiteral("tlsMs"), ms(local.tlsMs)},
                     {QStringLiteral("firstByteMs"), ms(local.firstByteMs)},
                     {QStringLiteral("totalMs"), ms(local.totalMs)},
                     {QStringLiteral("modelIds"), QJsonArray::fromStringList(local.modelIds)}}}};
}

QString ModelTestResult::verdict(bool ran, bool ok)
{
    return !ran ? tr("not run") : ok ? tr("passed") : tr("failed");
}

QString ModelTestResult::timings() const
{
    auto ms = [](qint64 v) {
        return v < 0 ? QStringLiteral("—") : tr("%1 ms").arg(v);
    };
    return tr("name lookup %1, connect started %2, TLS done %3, first byte %4, total %5")
        .arg(ms(local.lookupMs), ms(local.connectMs), ms(local.tlsMs), ms(local.firstByteMs),
             ms(local.totalMs));
}
