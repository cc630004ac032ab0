#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QTemporaryDir>

// Points XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_CACHE_HOME and XDG_STATE_HOME at a fresh temporary
// directory for the object's lifetime. Create it before the first QSettings is used: QSettings
// caches its paths.
class TempXdgDirs
{
public:
    TempXdgDirs();
    ~TempXdgDirs();

    TempXdgDirs(const TempXdgDirs &) = delete;
    TempXdgDirs &operator=(const TempXdgDirs &) = delete;

    QString root() const { return m_dir.path(); }
    QString configHome() const;
    QString dataHome() const;

    // Every regular file below root() whose bytes contain `needle`.
    QStringList filesContaining(const QByteArray &needle) const;

private:
    QTemporaryDir m_dir;
    QHash<QByteArray, QByteArray> m_saved;
};
