#include "base/PortalColorSchemeSource.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QSignalSpy>
#include <QtTest>

// A desktop portal's Settings interface on the test's private session bus, answering like
// xdg-desktop-portal: Read() wraps the value in a second variant.
class FakePortalSettings : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")

public:
    uint colorScheme = 0;

public Q_SLOTS:
    QDBusVariant Read(const QString &group, const QString &key)
    {
        if (group == QLatin1String("org.freedesktop.appearance") &&
            key == QLatin1String("color-scheme"))
            return QDBusVariant(QVariant::fromValue(QDBusVariant(colorScheme)));
        return QDBusVariant(QVariant::fromValue(QDBusVariant(QString())));
    }
};

class TestPortalColorScheme : public QObject
{
    Q_OBJECT

private:
    const QString service = QStringLiteral("org.freedesktop.portal.Desktop");
    const QString path = QStringLiteral("/org/freedesktop/portal/desktop");
    QDBusConnection portalBus{QString()};
    FakePortalSettings portal;

    void emitSettingChanged(uint value)
    {
        auto signal =
            QDBusMessage::createSignal(path, QStringLiteral("org.freedesktop.portal.Settings"),
                                       QStringLiteral("SettingChanged"));
        signal << QStringLiteral("org.freedesktop.appearance") << QStringLiteral("color-scheme")
               << QVariant::fromValue(QDBusVariant(value));
        QVERIFY(portalBus.send(signal));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QDBusConnection::sessionBus().isConnected())
            QSKIP("no session bus: run the tests through tests/run.sh");
    }

    void withoutPortalThePreferenceStaysUnknown()
    {
        PortalColorSchemeSource source;
        QTest::qWait(300);
        QCOMPARE(source.preferred(), std::optional<ColorScheme>());
    }

    void readsAndFollowsThePortal()
    {
        portalBus = QDBusConnection::connectToBus(QDBusConnection::SessionBus,
                                                  QStringLiteral("fake-portal"));
        QVERIFY(portalBus.isConnected());
        QVERIFY(portalBus.registerObject(path, &portal, QDBusConnection::ExportAllSlots));
        if (!portalBus.registerService(service))
            QSKIP("a real desktop portal owns the name on this bus");

        portal.colorScheme = 1;
        PortalColorSchemeSource source;
        QTRY_VERIFY(source.hasAnswered());
        QCOMPARE(source.preferred(), std::optional(ColorScheme::Dark));

        QSignalSpy changed(&source, &ColorSchemeSource::preferredChanged);
        emitSettingChanged(2);
        QVERIFY(changed.wait(5000));
        QCOMPARE(source.preferred(), std::optional(ColorScheme::Light));

        emitSettingChanged(0);
        QVERIFY(changed.wait(5000));
        QCOMPARE(source.preferred(), std::optional<ColorScheme>());

        portalBus.unregisterService(service);
    }
};

QTEST_GUILESS_MAIN(TestPortalColorScheme)
#include "tst_portalcolorscheme.moc"
