#include "SetupReport.h"

#include <QJsonArray>
#include <QRegularExpression>

QString SetupItem::statusName(Status status)
{
    switch (status) {
    case Status::Waiting:
        return QStringLiteral("waiting");
    case Status::Running:
        return QStringLiteral("running");
    case Status::Pass:
        return QStringLiteral("pass");
    case Status::Warning:
        return QStringLiteral("warning");
    case Status::Fail:
        return QStringLiteral("fail");
    case Status::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

QString SetupItem::statusText(Status status)
{
    switch (status) {
    case Status::Waiting:
        return tr("waiting");
    case Status::Running:
        return tr("running…");
    case Status::Pass:
        return tr("pass");
    case Status::Warning:
        return tr("warning");
    case Status::Fail:
        return tr("fail");
    case Status::Skipped:
        return tr("skipped");
    }
    return {};
}

bool SetupReport::failed() const
{
    return count(SetupItem::Status::Fail) > 0;
}

int SetupReport::count(SetupItem::Status status) const
{
    return int(std::count_if(items.cbegin(), items.cend(),
                             [status](const SetupItem &item) { return item.status == status; }));
}

QString SetupReport::redacted(QString text)
{
    // Credentials in URLs, and anything that looks like a GitLab token.
    static const QRegularExpression userinfo(QStringLiteral("(https?://)[^/@\\s]+@"));
    static const QRegularExpression token(
        QStringLiteral("\\b(glpat|gloas|glrt|glptt)-[A-Za-z0-9_\\-.]+"));
    text.replace(userinfo, QStringLiteral("\\1[redacted]@"));
    text.replace(token, QStringLiteral("[redacted token]"));
    return text;
}

QString SetupReport::countsText() const
{
    const QString counts = tr("%1, %2, %3, %4", "passed, warnings, failed, skipped")
                               .arg(tr("%n passed", nullptr, count(SetupItem::Status::Pass)),
                                    tr("%n warning(s)", nullptr, count(SetupItem::Status::Warning)),
                                    tr("%n failed", nullptr, count(SetupItem::Status::Fail)),
                                    tr("%n skipped", nullptr, count(SetupItem::Status::Skipped)));
    return cancelled ? tr("%1 (cancelled)").arg(counts) : counts;
}

QString SetupReport::markdown() const
{
    QStringList lines;
    lines << tr("# Duo Console setup check: %1").arg(redacted(instance)) << QString();
    lines << countsText() << QString();
    lines << tr("| Check | Result | Time | Details |") << QStringLiteral("|---|---|---|---|");
    for (const SetupItem &item : items) {
        QString details = item.message;
        if (!item.fix.isEmpty() && item.status != SetupItem::Status::Pass)
            details += tr(" Fix: %1").arg(item.fix);
        details.replace(QLatin1Char('|'), QStringLiteral("\\|"));
        details.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        lines << QStringLiteral("| %1 | %2 | %3 | %4 |")
                     .arg(item.title, SetupItem::statusName(item.status),
                          item.ms < 0 ? QStringLiteral("—") : QStringLiteral("%1 ms").arg(item.ms),
                          redacted(details));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QJsonObject SetupReport::toJson() const
{
    QJsonArray list;
    for (const SetupItem &item : items)
        list.append(QJsonObject{{QStringLiteral("id"), item.id},
                                {QStringLiteral("title"), item.title},
                                {QStringLiteral("status"), SetupItem::statusName(item.status)},
                                {QStringLiteral("message"), redacted(item.message)},
                                {QStringLiteral("fix"), item.fix},
                                {QStringLiteral("ms"), item.ms}});
    return {{QStringLiteral("instance"), redacted(instance)},
            {QStringLiteral("failed"), failed()},
            {QStringLiteral("cancelled"), cancelled},
            {QStringLiteral("items"), list}};
}
