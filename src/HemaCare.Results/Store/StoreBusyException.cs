using Microsoft.Data.Sqlite;

namespace HemaCare.Results.Store;

/// <summary>
/// Another process holds a lock on the store file (SQLITE_BUSY or SQLITE_LOCKED). Unlike corruption, this
/// passes: the store keeps serving what it has and tries again later, and never rebuilds over the locked file.
/// </summary>
public sealed class StoreBusyException(string fileName, string reason)
    : Exception($"The store {fileName} is locked by another process ({reason}).");

public static class SqliteErrors
{
    private const int Busy = 5;
    private const int Locked = 6;

    public static bool IsBusy(this SqliteException e) => e.SqliteErrorCode is Busy or Locked;
}
