#include "ConsoleProcess.h"
#include "TempXdgDirs.h"
#include "base/AppInfo.h"
#include "store/ProfileStore.h"
#include "store/Workspace.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>
#include <unistd.h>

// A workspace or configuration file damaged, read-only or on a full disk, through the real
// command line: each is named with its path, never replaced, and pending changes are never
// reported as absent when they could not be read.
class TestDamagedFiles : public QObject
{
    Q_OBJECT

private:
    TempXdgDirs xdg;
    QString path;     // the instance's workspace
    QString pristine; // a copy of it holding two drafts

    static ConsoleProcess::Result run(const QStringList &arguments, const QByteArray &input = {})
    {
        return ConsoleProcess::run(QStringLiteral(DUO_CONSOLE_BINARY), arguments, input);
    }

    static QStringList draft(const QString &name)
    {
        return {QStringLiteral("models"),     QStringLiteral("add"),
                QStringLiteral("--offline"),  QStringLiteral("--no-apply"),
                QStringLiteral("--name"),     name,
                QStringLiteral("--family"),   QStringLiteral("mistral"),
                QStringLiteral("--endpoint"), QStringLiteral("https://models.example.com/v1")};
    }

    static QByteArray digest(const QString &file)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

    static bool writeFile(const QString &file, const QByteArray &bytes)
    {
        QFile f(file);
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
    }

    void restore()
    {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
        QVERIFY(QFile::copy(pristine, path));
        QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }

    static bool shell(const QString &command)
    {
        return QProcess::execute(QStringLiteral("sh"), {QStringLiteral("-c"), command}) == 0;
    }

    static bool canMount() { return geteuid() == 0; }

private Q_SLOTS:
    void initTestCase()
    {
        AppInfo::applyTo(*QCoreApplication::instance()); // the command line's paths
        auto r = run({QStringLiteral("instance"), QStringLiteral("add"), QStringLiteral("Files"),
                      QStringLiteral("--url"), QStringLiteral("https://gitlab.invalid")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const QString &name : {QStringLiteral("first"), QStringLiteral("second")}) {
            r = run(draft(name));
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        path = Workspace::pathFor(ProfileStore().find(QStringLiteral("Files"))->idString());
        QVERIFY(QFileInfo::exists(path));
        pristine = xdg.root() + QLatin1String("/pristine.sqlite");
        QVERIFY(QFile::copy(path, pristine));
    }

    void damagedWorkspaceIsNamedAndKept_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("words");
        QTest::newRow("emptied") << "empty"
                                 << "is empty (0 bytes)";
        QTest::newRow("cut in half") << "half"
                                     << "is truncated";
        QTest::newRow("cut to one page") << "page"
                                         << "is truncated";
        QTest::newRow("text") << "text"
                              << "is not an SQLite database";
        QTest::newRow("binary") << "binary"
                                << "is not an SQLite database";
        QTest::newRow("newer schema") << "newer"
                                      << "newer Duo Console (schema 99";
        QTest::newRow("foreign database") << "foreign"
                                          << "not a Duo Console workspace";
        QTest::newRow("table dropped") << "dropped"
                                       << "not a Duo Console workspace";
    }

    void damagedWorkspaceIsNamedAndKept()
    {
        QFETCH(QString, damage);
        QFETCH(QString, words);
        restore();
        const QByteArray bytes = [this] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        if (damage == QLatin1String("empty"))
            QVERIFY(writeFile(path, {}));
        else if (damage == QLatin1String("half"))
            QVERIFY(writeFile(path, bytes.left(bytes.size() / 2)));
        else if (damage == QLatin1String("page"))
            QVERIFY(writeFile(path, bytes.left(4096)));
        else if (damage == QLatin1String("text"))
            QVERIFY(writeFile(path, "model,endpoint\nfirst,https://models.example.com\n"));
        else if (damage == QLatin1String("binary"))
            QVERIFY(writeFile(path, QByteArray(20000, '\xa5')));
        else {
            if (damage == QLatin1String("foreign"))
                QVERIFY(QFile::remove(path));
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), damage);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            if (damage == QLatin1String("newer"))
                QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
            else if (damage == QLatin1String("dropped"))
                QVERIFY(q.exec(QStringLiteral("DROP TABLE changes")));
            else
                QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (body TEXT)")));
            q.finish();
            db.close();
            db = {};
            QSqlDatabase::removeDatabase(damage);
        }
        const QByteArray before = digest(path);

        for (const QStringList &command :
             {QStringList{QStringLiteral("changes"), QStringLiteral("list")},
              QStringList{QStringLiteral("models"), QStringLiteral("list"),
                          QStringLiteral("--offline")},
              draft(QStringLiteral("third")),
              QStringList{QStringLiteral("changes"), QStringLiteral("discard"),
                          QStringLiteral("--all")}}) {
            const auto r = run(command);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(words) && r.err.contains(path),
                     qPrintable(command.join(QLatin1Char(' ')) + QLatin1String(": ") + r.err));
            QVERIFY(!r.out.contains(QLatin1String("No pending changes")));
        }
        QCOMPARE(digest(path), before);
    }

    void readOnlyWorkspaceIsNamedAndStillListed()
    {
        if (!canMount())
            QSKIP("a read-only bind mount needs root");
        restore();
        const QString folder = QFileInfo(path).absolutePath();
        QVERIFY(shell(
            QStringLiteral("mount --bind '%1' '%1' && mount -o remount,bind,ro '%1'").arg(folder)));
        const auto listed = run({QStringLiteral("changes"), QStringLiteral("list")});
        const auto added = run(draft(QStringLiteral("third")));
        const auto discarded =
            run({QStringLiteral("changes"), QStringLiteral("discard"), QStringLiteral("--all")});
        QVERIFY(shell(QStringLiteral("umount '%1'").arg(folder)));

        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        QVERIFY(listed.out.contains(QLatin1String("first")));
        QVERIFY(listed.out.contains(QLatin1String("second")));
        for (const auto &r : {added, discarded}) {
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(QLatin1String("is read-only")) && r.err.contains(path),
                     qPrintable(r.err));
        }
        QCOMPARE(digest(path), digest(pristine));
    }

    void fullDiskLosesNothingRecordedBefore()
    {
        if (!canMount())
            QSKIP("a size-limited tmpfs needs root");
        restore();
        const QString folder = QFileInfo(path).absolutePath();
        const QString saved = xdg.root() + QLatin1String("/saved");
        QVERIFY(shell(QStringLiteral("cp -a '%1' '%2'").arg(folder, saved)));
        QVERIFY(shell(QStringLiteral("mount -t tmpfs -o size=2m tmpfs '%1' && cp -a '%2'/. '%1'/")
                          .arg(folder, saved)));
        // Fill what is left, so the next write finds no room.
        shell(QStringLiteral("dd if=/dev/zero of='%1/filler' bs=4k 2>/dev/null").arg(folder));
        QStringList big = draft(QStringLiteral("third"));
        big << QStringLiteral("--identifier")
            << QStringLiteral("custom_openai/") + QString(1000, QLatin1Char('x'));
        const auto added = run(big);
        const auto listed = run({QStringLiteral("changes"), QStringLiteral("list")});
        QVERIFY(shell(QStringLiteral("rm -f '%1/filler'").arg(folder)));
        const auto listedAfter = run({QStringLiteral("changes"), QStringLiteral("list")});
        QVERIFY(shell(QStringLiteral("umount '%1'").arg(folder)));

        QCOMPARE(added.exitCode, 1);
        QVERIFY2(added.err.contains(QLatin1String("is full")) && added.err.contains(path),
                 qPrintable(added.err));
        QVERIFY(!listed.out.contains(QLatin1String("No pending changes")));
        QVERIFY2(listedAfter.exitCode == 0, qPrintable(listedAfter.err));
        QVERIFY(listedAfter.out.contains(QLatin1String("first")));
        QVERIFY(listedAfter.out.contains(QLatin1String("second")));
        QVERIFY(!listedAfter.out.contains(QLatin1String("third")));
    }

    void garbageConfigurationIsNamedAndMovedAside_data()
    {
        QTest::addColumn<QByteArray>("garbage");
        QTest::newRow("binary") << QByteArray("\x00\x01\xff\xfe garbage \x80\x81", 16);
        QTest::newRow("text") << QByteArray("this is not a configuration file\n");
        QTest::newRow("other program's ini") << QByteArray("[window]\nwidth=3\n");
        QTest::newRow("json") << QByteArray(R"({"instances": []})");
    }

    void garbageConfigurationIsNamedAndMovedAside()
    {
        QFETCH(QByteArray, garbage);
        const QString config = ProfileStore::configurationPath();
        const QString kept = xdg.root() + QLatin1String("/config.kept");
        QFile::remove(kept);
        QVERIFY(QFile::copy(config, kept));
        QVERIFY(writeFile(config, garbage));

        auto r = run({QStringLiteral("instance"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(config) && r.err.contains(QLatin1String("not a Duo Console")),
                 qPrintable(r.err));
        r = run({QStringLiteral("changes"), QStringLiteral("list"), QStringLiteral("-i"),
                 QStringLiteral("Files")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(config));
        QCOMPARE(digest(config), QCryptographicHash::hash(garbage, QCryptographicHash::Sha256));

        r = run({QStringLiteral("instance"), QStringLiteral("add"), QStringLiteral("Fresh"),
                 QStringLiteral("--url"), QStringLiteral("https://gitlab.invalid")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("was kept as")), qPrintable(r.err));
        const QStringList aside =
            QDir(QFileInfo(config).absolutePath())
                .entryList({QFileInfo(config).fileName() + QLatin1String(".unreadable-*")});
        QCOMPARE(aside.size(), 1);
        const QString asidePath = QFileInfo(config).absolutePath() + QLatin1Char('/') + aside[0];
        QCOMPARE(digest(asidePath), QCryptographicHash::hash(garbage, QCryptographicHash::Sha256));
        QFile::remove(asidePath);

        QFile::remove(config);
        QVERIFY(QFile::copy(kept, config));
    }
};

QTEST_GUILESS_MAIN(TestDamagedFiles)
#include "tst_damagedfiles.moc"
