#include "Palettes.h"

#include <QStyle>
#include <QStyleFactory>

namespace Palettes {

namespace {
QPalette dark()
{
    const QColor window(0x2b, 0x2b, 0x30);
    const QColor base(0x1f, 0x1f, 0x24);
    const QColor text(0xec, 0xec, 0xf0);
    const QColor disabledText(0x80, 0x80, 0x88);
    const QColor highlight(0x7b, 0x68, 0xd8);

    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabledText);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x9c, 0x8c, 0xf0));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, window.lighter(150));
    p.setColor(QPalette::Midlight, window.lighter(125));
    p.setColor(QPalette::Mid, window.darker(125));
    p.setColor(QPalette::Dark, window.darker(150));
    p.setColor(QPalette::Shadow, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    return p;
}
} // namespace

QPalette forScheme(ColorScheme scheme)
{
    if (scheme == ColorScheme::Dark)
        return dark();
    QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    QPalette light = fusion->standardPalette();
    delete fusion;
    return light;
}

} // namespace Palettes
