#include "net/ApiError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

class TestApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultIsNoError()
    {
        const ApiError none;
        QVERIFY(!none.isError());
        QCOMPARE(none.category(), ApiError::Category::None);
    }

    void categoryNamesAreStable_data()
    {
        QTest::addColumn<ApiError::Category>("category");
        QTest::addColumn<QString>("name");
        using C = ApiError::Category;
        const std::pair<C, const char *> rows[] = {
            {C::Network, "network"},
            {C::Dns, "dns"},
            {C::Timeout, "timeout"},
            {C::Tls, "tls"},
            {C::Auth, "auth"},
            {C::Forbidden, "forbidden"},
            {C::NotFound, "notfound"},
            {C::NotLicensed, "notlicensed"},
            {C::Validation, "validation"},
            {C::RateLimited, "ratelimited"},
            {C::Server, "server"},
            {C::Protocol, "protocol"},
            {C::Cancelled, "cancelled"},
        };
        for (const auto &[category, name] : rows)
            QTest::newRow(name) << category << QString::fromLatin1(name);
    }

    void categoryNamesAreStable()
    {
        QFETCH(ApiError::Category, category);
        QFETCH(QString, name);
        QCOMPARE(ApiError::categoryName(category), name);
        const ApiError error(category, QStringLiteral("message"), QStringLiteral("detail"), 500);
        QVERIFY(error.isError());
        QCOMPARE(error.userMessage(), QStringLiteral("message"));
        QCOMPARE(error.detail(), QStringLiteral("detail"));
        QCOMPARE(error.httpStatus(), 500);
    }

    // A server's message reaches a label or a terminal escaped and of a readable length.
    void serverWordsAreEscapedAndShortened_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("shownPart");
        QTest::addColumn<QString>("absentPart");
        QTest::newRow("escape sequence")
            << QStringLiteral("bad\x1b[2Jname") << QStringLiteral("bad\\u{001B}[2Jname")
            << QStringLiteral("\x1b");
        QTest::newRow("bidi override")
            << QStringLiteral("abc\u202Edef") << QStringLiteral("abc\\u{202E}def")
            << QStringLiteral("\u202E");
        QTest::newRow("newline") << QStringLiteral("line1\nline2")
                                 << QStringLiteral("line1\\u{000A}line2") << QStringLiteral("\n");
        QTest::newRow("megabyte") << QString(1 << 20, QLatin1Char('x'))
                                  << QString(1000, QLatin1Char('x')) + QChar(0x2026)
                                  << QString(1001, QLatin1Char('x'));
    }

    void serverWordsAreEscapedAndShortened()
    {
        QFETCH(QString, server);
        QFETCH(QString, shownPart);
        QFETCH(QString, absentPart);
        const ApiError error = ApiError::fromGraphQLErrors(
            QJsonArray{QJsonObject{{QStringLiteral("message"), server}}}, 200);
        QVERIFY2(error.userMessage().contains(shownPart, Qt::CaseInsensitive),
                 qPrintable(error.userMessage().left(200)));
        QVERIFY(!error.userMessage().contains(absentPart));
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
