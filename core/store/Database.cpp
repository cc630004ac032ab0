#include "Database.h"

#include "base/Logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QStorageInfo>
#include <QUrl>
#include <QUuid>
#include <QtEndian>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {

// SQLite's primary result codes we name.
enum SqliteCode {
    Busy = 5,
    Locked = 6,
    ReadOnly = 8,
    IoErr = 10,
    Corrupt = 11,
    Full = 13,
    CantOpen = 14,
    NotADb = 26
};

// Less room than this on the workspace's file system, and a failed write is put down to it.
constexpr qint64 minimumFreeBytes = 256 * 1024;

// Files this process has open through SQLite. Closing any descriptor of a file drops every
// POSIX lock the process holds on it, SQLite's included; so a file already open here is never
// opened again outside SQLite (its header was checked when it was first opened).
QMutex openFilesMutex;
QHash<QString, int> openFiles;

bool isOpenHere(const QString &path)
{
    QMutexLocker lock(&openFilesMutex);
    return openFiles.value(QFileInfo(path).canonicalFilePath()) > 0;
}

void noteOpen(const QString &path, int delta)
{
    QMutexLocker lock(&openFilesMutex);
    const QString key = QFileInfo(path).canonicalFilePath();
    if ((openFiles[key] += delta) <= 0)
        openFiles.remove(key);
}

// Puts a built file in place atomically, never over a file already there (QFile::rename checks
// first and then renames, or copies over the target when the rename fails).
bool placeWithoutReplacing(const QString &from, const QString &to)
{
#ifdef Q_OS_UNIX
    if (::link(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return false;
    QFile::remove(from);
    return true;
#else
    return QFile::rename(from, to);
#endif
}

bool writable(const QString &path)
{
#ifdef Q_OS_UNIX
    // access() asks the kernel, so a read-only mount says no even to root.
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
#else
    return QFileInfo(path).isWritable();
#endif
}

const QStringList tablesOfV3 = {
    QStringLiteral("snapshot_models"), QStringLiteral("snapshot_features"),
    QStringLiteral("snapshot_meta"),   QStringLiteral("changes"),
    QStringLiteral("pushes"),          QStringLiteral("push_lease")};

} // namespace

Database::Database(QString path)
    : m_path(std::move(path)),
      m_name(QStringLiteral("workspace-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

Database::~Database()
{
    if (m_registered)
        noteOpen(m_path, -1);
    if (QSqlDatabase::contains(m_name)) {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_name, false);
}

StoreError Database::open()
{
    if (!QFileInfo::exists(m_path))
        return create();
    if (!isOpenHere(m_path)) {
        if (StoreError problem = checkFile(); problem.isError())
            return problem;
    }
    m_readOnly = !writable(m_path) || !writable(QFileInfo(m_path).absolutePath());
    if (m_readOnly && QFileInfo(m_path + QLatin1String("-wal")).size() > 0)
        return {StoreError::Kind::ReadOnly,
                tr("The workspace %1 is read-only, and it holds changes not yet merged into "
                   "the file (%1-wal): Duo Console cannot read them safely without write "
                   "access. Make the file and its folder writable.")
                    .arg(m_path)};
    if (StoreError problem = connect(m_path, m_readOnly); problem.isError())
        return problem;
    int version = 0;
    if (StoreError problem = checkSchema(&version); problem.isError())
        return problem;
    if (StoreError problem = useWriteAheadLog(); problem.isError())
        return problem;
    if (version < schemaVersion) {
        if (m_readOnly)
            return {StoreError::Kind::ReadOnly,
                    tr("The workspace %1 is read-only and was written by an older Duo Console: "
                       "it must be writable once to be brought up to date.")
                        .arg(m_path)};
        return migrate(version);
    }
    return {};
}

// The header says how long the database is: a file cut short is told apart from one that is
// merely empty or not SQLite at all, before SQLite is asked to make sense of it.
StoreError Database::checkFile() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {StoreError::Kind::Io,
                tr("The workspace %1 cannot be read: %2").arg(m_path, file.errorString())};
    const qint64 size = file.size();
    if (size == 0)
        return {StoreError::Kind::Empty,
                tr("The workspace %1 is empty (0 bytes): it was emptied or cut off outside Duo "
                   "Console, so its pending changes are lost or elsewhere. It was left as it "
                   "is; move it aside to start a new workspace.")
                    .arg(m_path)};
    const QByteArray header = file.read(100);
    if (!header.startsWith(QByteArrayLiteral("SQLite format 3\0")) || header.size() < 100)
        return {StoreError::Kind::NotADatabase,
                tr("The workspace %1 is not an SQLite database: it was overwritten outside Duo "
                   "Console. It was left as it is; move it aside to start a new workspace.")
                    .arg(m_path)};
    const auto be16 = [&](int at) {
        return qFromBigEndian<quint16>(header.constData() + at);
    };
    const auto be32 = [&](int at) {
        return qFromBigEndian<quint32>(header.constData() + at);
    };
    const qint64 pageSize = be16(16) == 1 ? 65536 : be16(16);
    const quint32 pages = be32(28);
    const bool sizeValid = pages != 0 && be32(24) == be32(92);
    if (sizeValid && size < pageSize * pages)
        return {StoreError::Kind::Truncated,
                tr("The workspace %1 is truncated: it holds %2 bytes of the %3 it should. It "
                   "was left as it is; restore it from a backup, or move it aside to start a "
                   "new workspace.")
                    .arg(m_path)
                    .arg(size)
                    .arg(pageSize * pages)};
    return {};
}

// A new workspace is built beside its final name and renamed into place, so a file that is
// there but empty or half-made is never one Duo Console made. Each opener builds its own file:
// the window and the command line may both be first, and the one whose rename loses opens the
// winner's.
StoreError Database::create()
{
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder) || !writable(folder))
        return {StoreError::Kind::ReadOnly,
                tr("The workspace %1 cannot be created: its folder is not writable.").arg(m_path)};
    removeStaleBuilds();
    const QString building = m_path + QLatin1Char('.') + m_name + QLatin1String(".new");
    StoreError problem = connect(building, false);
    if (!problem.isError())
        problem = migrate(0);
    // The built file stays; its connection and side files go.
    connection().close();
    QSqlDatabase::removeDatabase(m_name);
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(building + QLatin1String(suffix));
    if (problem.isError()) {
        QFile::remove(building);
        return problem;
    }
    if (!placeWithoutReplacing(building, m_path)) {
        QFile::remove(building);
        if (QFileInfo::exists(m_path))
            return open(); // another opener put its workspace in place first
        return {StoreError::Kind::Io,
                tr("The workspace %1 could not be put in place.").arg(m_path)};
    }
    if (problem = connect(m_path, false); problem.isError())
        return problem;
    return useWriteAheadLog();
}

// Files a creator left when it stopped midway (older than any creation still running).
void Database::removeStaleBuilds() const
{
    const QFileInfo target(m_path);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-600);
    for (const QFileInfo &file : target.dir().entryInfoList(
             {target.fileName() + QLatin1String(".workspace-*.new*")}, QDir::Files)) {
        if (file.lastModified().toUTC() < before)
            QFile::remove(file.absoluteFilePath());
    }
}

StoreError Database::connect(const QString &path, bool readOnly)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    if (readOnly) {
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) +
                           QLatin1String("?immutable=1"));
    } else {
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        db.setDatabaseName(path);
    }
    if (!db.open())
        return errorFrom(db.lastError());
    if (path == m_path && !m_registered) {
        noteOpen(m_path, +1);
        m_registered = true;
    }
    return {};
}

// Only once the file is known to be a workspace: switching the journal rewrites its header.
StoreError Database::useWriteAheadLog()
{
    if (m_readOnly)
        return {};
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL"}) {
        if (StoreError problem = exec(QLatin1String(pragma)); problem.isError())
            return problem;
    }
    return {};
}

StoreError Database::checkSchema(int *version)
{
    QSqlQuery q = query();
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return errorFrom(q.lastError());
    *version = q.value(0).toInt();
    if (*version > schemaVersion)
        return {StoreError::Kind::NewerSchema,
                tr("The workspace %1 was written by a newer Duo Console (schema %2; this one "
                   "knows %3). Use the newer version.")
                    .arg(m_path)
                    .arg(*version)
                    .arg(schemaVersion)};
    QStringList tables;
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
        return errorFrom(q.lastError());
    while (q.next())
        tables << q.value(0).toString();
    tables.removeAll(QStringLiteral("sqlite_sequence"));
    const bool foreign = (*version == 0 && !tables.isEmpty()) ||
                         (*version > 0 && !tables.contains(QStringLiteral("changes")));
    const bool incomplete =
        *version == schemaVersion &&
        std::any_of(tablesOfV3.cbegin(), tablesOfV3.cend(),
                    [&](const QString &table) { return !tables.contains(table); });
    if (foreign || incomplete)
        return {StoreError::Kind::WrongSchema,
                tr("The file %1 is an SQLite database but not a Duo Console workspace (schema "
                   "%2, tables: %3). It was left as it is; move it aside to start a new "
                   "workspace.")
                    .arg(m_path)
                    .arg(*version)
                    .arg(tables.join(QLatin1String(", ")))};
    return {};
}

StoreError Database::begin()
{
    if (m_readOnly)
        return readOnlyError();
    if (StoreError problem = exec(QStringLiteral("BEGIN IMMEDIATE")); problem.isError())
        return problem;
    m_inTransaction = true;
    return {};
}

StoreError Database::commit()
{
    StoreError problem = exec(QStringLiteral("COMMIT"));
    if (problem.isError())
        rollback();
    m_inTransaction = false;
    return problem;
}

void Database::rollback()
{
    if (!m_inTransaction)
        return;
    QSqlQuery q = query();
    q.exec(QStringLiteral("ROLLBACK"));
    m_inTransaction = false;
}

StoreError Database::exec(QSqlQuery &q) const
{
    if (q.exec())
        return {};
    return errorFrom(q.lastError());
}

StoreError Database::exec(const QString &sql) const
{
    QSqlQuery q = query();
    if (q.exec(sql))
        return {};
    return errorFrom(q.lastError());
}

qint64 Database::dataVersion() const
{
    QSqlQuery q = query();
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

StoreError Database::readOnlyError() const
{
    return {StoreError::Kind::ReadOnly,
            tr("The workspace %1 is read-only (the file, its folder or its file system cannot "
               "be written): nothing can be recorded, discarded or pushed until it is writable. "
               "Pending changes can still be listed.")
                .arg(m_path)};
}

StoreError Database::errorFrom(const QSqlError &error) const
{
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const int code = error.nativeErrorCode().toInt() & 0xff;
    qCWarning(lcStore) << "workspace" << m_path << "SQLite error" << code << detail;
    // SQLite says "disk I/O error" when the write-ahead log or its index cannot grow: a full
    // file system is told by the room left on it.
    const bool noRoom =
        (code == Full || code == IoErr) &&
        QStorageInfo(QFileInfo(m_path).absolutePath()).bytesAvailable() < minimumFreeBytes;
    switch (noRoom ? Full : code) {
    case ReadOnly:
        return {StoreError::Kind::ReadOnly, readOnlyError().message, detail};
    case Full:
        return {StoreError::Kind::DiskFull,
                tr("The disk holding the workspace %1 is full: the change was not saved. Free "
                   "some space and try again; nothing recorded before was lost.")
                    .arg(m_path),
                detail};
    case Busy:
    case Locked:
        return {StoreError::Kind::Busy,
                tr("The workspace %1 stayed locked by another Duo Console process (a window or "
                   "a command) for more than 5 seconds. Try again when it has finished.")
                    .arg(m_path),
                detail};
    case Corrupt:
        return {StoreError::Kind::Corrupt,
                tr("The workspace %1 is damaged (SQLite: %2). It was left as it is; restore it "
                   "from a backup, or move it aside to start a new workspace.")
                    .arg(m_path, detail),
                detail};
    case NotADb:
        return {StoreError::Kind::NotADatabase,
                tr("The workspace %1 is not an SQLite database. It was left as it is; move it "
                   "aside to start a new workspace.")
                    .arg(m_path),
                detail};
    case CantOpen:
    case IoErr:
    default:
        return {StoreError::Kind::Io,
                tr("The workspace %1 could not be read or written: %2").arg(m_path, detail),
                detail};
    }
}
