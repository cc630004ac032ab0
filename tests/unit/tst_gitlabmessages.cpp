// GitLab's joined validation messages for a self-hosted model, split and placed on fields.
#include "model/GitLabMessages.h"

#include <QTest>

class TestGitLabMessages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitsOnlyWhereAnAttributeBegins_data()
    {
        QTest::addColumn<QString>("joined");
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QStringList>("messages");
        QTest::newRow("one") << QStringLiteral("Endpoint can't be blank")
                             << QStringList{QStringLiteral("endpoint")}
                             << QStringList{QStringLiteral("Endpoint can't be blank")};
        QTest::newRow("commas inside a message")
            << QStringLiteral("Endpoint is blocked: Only allowed schemes are http, https, "
                              "Identifier is too long (maximum is 255 characters)")
            << QStringList{QStringLiteral("endpoint"), QStringLiteral("identifier")}
            << QStringList{QStringLiteral("Please add a valid endpoint. GitLab said: Endpoint is "
                                          "blocked: Only allowed schemes are http, https"),
                           QStringLiteral("Identifier is too long (maximum is 255 characters)")};
        QTest::newRow("GitLab's form's words for a taken name")
            << QStringLiteral("Name has already been taken, Model can't be blank, Endpoint must "
                              "be a valid URL")
            << QStringList{QStringLiteral("name"), QStringLiteral("family"),
                           QStringLiteral("endpoint")}
            << QStringList{QStringLiteral("Please enter a unique deployment name."),
                           QStringLiteral("Model can't be blank"),
                           QStringLiteral("Endpoint must be a valid URL")};
        QTest::newRow("a message about no attribute stays whole")
            << QStringLiteral("Something went wrong, try again, later") << QStringList{QString()}
            << QStringList{QStringLiteral("Something went wrong, try again, later")};
        QTest::newRow("an attribute's name inside a message is no beginning")
            << QStringLiteral("Api token is invalid, Provider is not included in the list")
            << QStringList{QStringLiteral("apiKey"), QStringLiteral("provider")}
            << QStringList{QStringLiteral("Api token is invalid"),
                           QStringLiteral("Provider is not included in the list")};
        QTest::newRow("empty") << QString() << QStringList{} << QStringList{};
    }

    void splitsOnlyWhereAnAttributeBegins()
    {
        QFETCH(QString, joined);
        QFETCH(QStringList, fields);
        QFETCH(QStringList, messages);
        QStringList gotFields;
        QStringList gotMessages;
        for (const FieldProblem &problem : GitLabMessages::modelErrors(joined)) {
            gotFields << problem.field;
            gotMessages << problem.message;
        }
        QCOMPARE(gotFields, fields);
        QCOMPARE(gotMessages, messages);
    }
};

QTEST_GUILESS_MAIN(TestGitLabMessages)
#include "tst_gitlabmessages.moc"
