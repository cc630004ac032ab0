// Settings an upgrade put back to GitLab's defaults, told from the last values seen.
#include "model/SettingsDrift.h"

#include <QTest>

class TestSettingsDrift : public QObject
{
    Q_OBJECT

    static DuoSettings settings(const QJsonObject &fields) { return DuoSettings{fields}; }

    static DuoSettings configured()
    {
        return settings({{DuoSettings::gatewayUrlField, QStringLiteral("https://aigw.example")},
                         {DuoSettings::gatewayTimeoutField, 120},
                         {DuoSettings::agentPlatformSecureField, false}});
    }

    static DuoSettings defaults()
    {
        return settings({{DuoSettings::gatewayUrlField, QJsonValue()},
                         {DuoSettings::gatewayTimeoutField, QJsonValue()},
                         {DuoSettings::agentPlatformSecureField, true}});
    }

private Q_SLOTS:
    void anUpgradeBackToTheDefaultsIsDrift()
    {
        const auto drift = SettingsDrift::detect(QStringLiteral("19.1.2-ee"), configured(),
                                                 QStringLiteral("19.2.0-ee"), defaults());
        QVERIFY(drift);
        QCOMPARE(drift->restoreFields(), configured().fields);
        QCOMPARE(drift->describe().size(), 3);
        QVERIFY(drift->describe().first().contains(QLatin1String("https://aigw.example")));
    }

    void whatIsNotDrift()
    {
        // Same version: an administrator's own change.
        QVERIFY(!SettingsDrift::detect(QStringLiteral("19.2.0-ee"), configured(),
                                       QStringLiteral("19.2.0-ee"), defaults()));
        // New version, values kept or changed to something else than the defaults.
        QVERIFY(!SettingsDrift::detect(QStringLiteral("19.1.0-ee"), configured(),
                                       QStringLiteral("19.2.0-ee"), configured()));
        DuoSettings other = defaults();
        other.fields.insert(DuoSettings::gatewayUrlField, QStringLiteral("https://new.example"));
        QVERIFY(!SettingsDrift::detect(QStringLiteral("19.1.0-ee"), configured(),
                                       QStringLiteral("19.2.0-ee"), other));
        // Nothing known before (first read), or defaults before as well.
        QVERIFY(!SettingsDrift::detect({}, configured(), QStringLiteral("19.2.0-ee"), defaults()));
        QVERIFY(!SettingsDrift::detect(QStringLiteral("19.1.0-ee"), defaults(),
                                       QStringLiteral("19.2.0-ee"), defaults()));
        QVERIFY(!SettingsDrift::detect(QStringLiteral("19.1.0-ee"), std::nullopt,
                                       QStringLiteral("19.2.0-ee"), defaults()));
    }

    void aTimeoutOfSixtyIsTheDefaultToo()
    {
        DuoSettings sixty = defaults();
        sixty.fields.insert(DuoSettings::gatewayTimeoutField, 60);
        QVERIFY(SettingsDrift::isDefault(sixty));
        QVERIFY(!SettingsDrift::isDefault(configured()));
    }
};

QTEST_GUILESS_MAIN(TestSettingsDrift)
#include "tst_settingsdrift.moc"
