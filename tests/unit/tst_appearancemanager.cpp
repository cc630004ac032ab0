#include "base/ColorSchemeSource.h"
#include "base/PortalColorSchemeSource.h"
#include "theme/AppearanceManager.h"

#include <QApplication>
#include <QPalette>
#include <QSignalSpy>
#include <QtTest>

// The desktop's preference, driven by the test through the ColorSchemeSource seam.
class ScriptedColorScheme : public ColorSchemeSource
{
public:
    std::optional<ColorScheme> preferred() const override { return m_preferred; }
    void set(std::optional<ColorScheme> scheme)
    {
        m_preferred = scheme;
        Q_EMIT preferredChanged();
    }

private:
    std::optional<ColorScheme> m_preferred;
};

class TestAppearanceManager : public QObject
{
    Q_OBJECT

private:
    static bool applicationLooksDark()
    {
        return QApplication::palette().color(QPalette::Window).lightness() < 128;
    }

private Q_SLOTS:
    void systemFollowsTheDesktop()
    {
        ScriptedColorScheme desktop;
        AppearanceManager appearance(&desktop);
        QCOMPARE(appearance.mode(), AppearanceMode::System);
        QCOMPARE(appearance.effectiveScheme(), ColorScheme::Light);
        QVERIFY(!applicationLooksDark());

        QSignalSpy changed(&appearance, &AppearanceManager::effectiveSchemeChanged);
        desktop.set(ColorScheme::Dark);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(appearance.effectiveScheme(), ColorScheme::Dark);
        QVERIFY(applicationLooksDark());

        desktop.set(std::nullopt); // "no preference" means the light default
        QCOMPARE(appearance.effectiveScheme(), ColorScheme::Light);
        QVERIFY(!applicationLooksDark());
    }

    void explicitChoiceIgnoresTheDesktop()
    {
        ScriptedColorScheme desktop;
        desktop.set(ColorScheme::Dark);
        AppearanceManager appearance(&desktop);
        QCOMPARE(appearance.effectiveScheme(), ColorScheme::Dark);

        appearance.setMode(AppearanceMode::Light);
        QCOMPARE(appearance.effectiveScheme(), ColorScheme::Light);
        QVERIFY(!applicationLooksDark());

        QSignalSpy changed(&appearance, &AppearanceManager::effectiveSchemeChanged);
        desktop.set(std::nullopt);
        desktop.set(ColorScheme::Dark);
        QCOMPARE(changed.count(), 0);

        appearance.setMode(AppearanceMode::Dark);
        QCOMPARE(appearance.effectiveScheme(), ColorScheme::Dark);
        QVERIFY(applicationLooksDark());

        appearance.setMode(AppearanceMode::System);
        QCOMPARE(appearance.effectiveScheme(), ColorScheme::Dark);
    }

    void darkPaletteKeepsTextReadable()
    {
        ScriptedColorScheme desktop;
        AppearanceManager appearance(&desktop);
        appearance.setMode(AppearanceMode::Dark);
        const QPalette palette = QApplication::palette();
        const int contrast = palette.color(QPalette::WindowText).lightness() -
                             palette.color(QPalette::Window).lightness();
        QVERIFY2(contrast > 120, "text must stand out from the window background");
        QVERIFY(palette.color(QPalette::Base).lightness() < 100);
    }

    void portalValuesMapToSchemes()
    {
        QCOMPARE(PortalColorSchemeSource::fromPortalValue(1), std::optional(ColorScheme::Dark));
        QCOMPARE(PortalColorSchemeSource::fromPortalValue(2), std::optional(ColorScheme::Light));
        QCOMPARE(PortalColorSchemeSource::fromPortalValue(0), std::optional<ColorScheme>());
        QCOMPARE(PortalColorSchemeSource::fromPortalValue(7), std::optional<ColorScheme>());
    }
};

QTEST_MAIN(TestAppearanceManager)
#include "tst_appearancemanager.moc"
