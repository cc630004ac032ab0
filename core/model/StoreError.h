#pragma once

#include <QString>

// Why the local workspace could not be read or written, named so the administrator can act:
// the file's path is always in the message.
struct StoreError
{
    enum class Kind {
        None,
        Empty,        // the file is there but holds nothing
        Truncated,    // shorter than the database it says it is
        NotADatabase, // not an SQLite file
        NewerSchema,  // written by a newer Duo Console
        WrongSchema,  // an SQLite file, but not a workspace
        Corrupt,      // SQLite found it damaged
        ReadOnly,     // the file or its file system cannot be written
        DiskFull,
        Busy,      // another process holds it locked for longer than we wait
        LeaseHeld, // another process is pushing this workspace
        Io,        // any other failure
    };

    StoreError() = default;
    StoreError(Kind what, QString text, QString sqlite = {})
        : kind(what), message(std::move(text)), detail(std::move(sqlite))
    {}

    Kind kind = Kind::None;
    QString message; // translated, with the path
    QString detail;  // SQLite's own words

    bool isError() const { return kind != Kind::None; }
    QString kindName() const;
};
