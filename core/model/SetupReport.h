#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

// The setup check's checklist: each link from this computer to a working self-hosted model,
// pass / warning / fail, with its timing and what to do about it.
struct SetupItem
{
    enum class Status { Waiting, Running, Pass, Warning, Fail, Skipped };

    QString id;    // "instance", "token", "gateway-health", "model:<id>", …
    QString title; // "AI gateway health from this computer"
    Status status = Status::Waiting;
    QString message;
    QString fix; // what to do when it is not a pass
    qint64 ms = -1;

    static QString statusName(Status status); // "pass", "warning", … (for reports and JSON)
    static QString statusText(Status status); // the same in the user's language

    Q_DECLARE_TR_FUNCTIONS(SetupItem)
};

struct SetupReport
{
    Q_DECLARE_TR_FUNCTIONS(SetupReport)

public:
    QString instance; // the profile's name and URL
    QList<SetupItem> items;
    bool cancelled = false;

    bool failed() const;
    int count(SetupItem::Status status) const;
    // "12 passed, 1 warning, 0 failed, 0 skipped", and whether it was cancelled.
    QString countsText() const;
    // For an issue or a colleague. Built from the items only: no token or key is in them,
    // and any user:password@ in a URL is cut out.
    QString markdown() const;
    QJsonObject toJson() const;
    static QString redacted(QString text);
};
