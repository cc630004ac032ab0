#include "TempXdgDirs.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

namespace {
const QByteArray variables[] = {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME",
                                "XDG_STATE_HOME"};
}

TempXdgDirs::TempXdgDirs()
{
    for (const QByteArray &name : variables) {
        if (qEnvironmentVariableIsSet(name.constData()))
            m_saved.insert(name, qgetenv(name.constData()));
        const QString path = m_dir.filePath(QString::fromLatin1(name).toLower());
        QDir().mkpath(path);
        qputenv(name.constData(), QFile::encodeName(path));
    }
}

TempXdgDirs::~TempXdgDirs()
{
    for (const QByteArray &name : variables) {
        if (m_saved.contains(name))
            qputenv(name.constData(), m_saved.value(name));
        else
            qunsetenv(name.constData());
    }
}

QString TempXdgDirs::configHome() const
{
    return m_dir.filePath(QStringLiteral("xdg_config_home"));
}

QString TempXdgDirs::dataHome() const
{
    return m_dir.filePath(QStringLiteral("xdg_data_home"));
}

QStringList TempXdgDirs::filesContaining(const QByteArray &needle) const
{
    QStringList found;
    QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found << file.fileName();
    }
    return found;
}
