#include "net/ApiError.h"

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
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
