#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

class QJsonArray;
class QNetworkReply;

// Every failure talking to GitLab or the AI gateway, as a value: a category the code can branch
// on, a translated message the user can act on, and technical detail for the log.
class ApiError
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Category {
        None,
        Network,
        Dns,
        Timeout,
        Tls,
        Auth,
        Forbidden,
        NotFound,
        NotLicensed,
        Validation,
        RateLimited,
        Server,
        Protocol,
        Cancelled,
    };
    Q_ENUM(Category)

    ApiError() = default;
    ApiError(Category category, QString userMessage, QString detail = {}, int httpStatus = 0);

    bool isError() const { return m_category != Category::None; }
    Category category() const { return m_category; }
    QString userMessage() const { return m_userMessage; }
    QString detail() const { return m_detail; }
    int httpStatus() const { return m_httpStatus; }

    static QString categoryName(Category category);
    // A few translated words for a status bar: "token refused", "unreachable", …
    QString shortCause() const;

    // Maps a finished reply that failed at the transport or HTTP level. `timedOut` tells a
    // deadline of ours apart from a user's cancel: Qt reports both as OperationCanceledError.
    static ApiError fromReply(const QNetworkReply &reply, const QByteArray &body, bool timedOut);
    // Top-level GraphQL "errors" of an HTTP 200 answer; no error when the array is empty.
    static ApiError fromGraphQLErrors(const QJsonArray &errors, int httpStatus);

private:
    Category m_category = Category::None;
    QString m_userMessage;
    QString m_detail;
    int m_httpStatus = 0;
};

Q_DECLARE_METATYPE(ApiError)
