#pragma once

#include "ColorScheme.h"

#include <QObject>
#include <optional>

// The desktop's colour-scheme preference. Qt 6.4 has no API for it, so it comes through this
// seam: the desktop portal in the application, anything else in tests.
class ColorSchemeSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Empty while unknown, or when the desktop states no preference.
    virtual std::optional<ColorScheme> preferred() const = 0;

Q_SIGNALS:
    void preferredChanged();
};
