using System.Security.Cryptography;
using HemaCare.Results.Facts;
using HemaCare.Results.Sources;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HemaCare.Results.Store;

/// <summary>
/// The SQLite file: a projection of data/ and seeds/, keyed by a hash of their content and the schema
/// version. It is built into a temporary file beside the target and renamed over it, so a reader never
/// opens a half-built store.
/// </summary>
public sealed class StoreFile(string path)
{
    /// <summary>Bump when the entities change: the hash changes and every store rebuilds with the new schema.</summary>
    public const int SchemaVersion = 1;

    private const string HashKey = "content_hash";

    /// <summary>A temporary file older than this is left from a killed build (a build takes about a second).</summary>
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(1);

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    /// <summary>The file's name without its folder: what reports shown to users may say.</summary>
    public string Name => System.IO.Path.GetFileName(Path);

    public bool Exists => File.Exists(Path);

    private string Directory => System.IO.Path.GetDirectoryName(Path)!;

    private string TemporaryPrefix => $".{Name}.tmp-";

    /// <summary>
    /// The hash of the inputs under a schema version (by default the current one; tests pass an older one).
    /// </summary>
    public static string ContentHash(FactSource source, int schemaVersion = SchemaVersion)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(BitConverter.GetBytes(schemaVersion));
        // The derivation and check rules are code, and the store holds their results. Builds are deterministic,
        // so this assembly's module version id changes exactly when its code does, and the store is rebuilt.
        sha.AppendData(typeof(StoreFile).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        var buffer = new byte[64 * 1024];
        foreach (var file in source.FactsFiles.Concat(StoreInputs.RuleFiles(source)).Concat(source.SeedFiles))
        {
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(System.IO.Path.GetFileName(file) + "\n"));
            using var stream = File.OpenRead(file);
            for (int read; (read = stream.Read(buffer)) > 0;) sha.AppendData(buffer.AsSpan(0, read));
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>
    /// Deletes temporary files (and journals) that killed builds left beside the store; returns how many.
    /// </summary>
    public int DeleteAbandonedTemporaryFiles()
    {
        if (!System.IO.Directory.Exists(Directory)) return 0;
        var deleted = 0;
        foreach (var file in System.IO.Directory.EnumerateFiles(Directory, TemporaryPrefix + "*"))
        {
            if (DateTime.UtcNow - File.GetLastWriteTimeUtc(file) < AbandonedAfter) continue;
            try
            {
                File.Delete(file);
                deleted++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Left for the next start; a leftover is clutter, not a fault.
            }
        }
        return deleted;
    }

    /// <summary>
    /// The hash the file was built from; null when the file is missing. Throws <see cref="StoreCorruptException"/>.
    /// </summary>
    public string? ReadContentHash()
    {
        if (!Exists) return null;
        try
        {
            using var db = ResultsDbContext.Open(Path, readOnly: true);
            return db.StoreInfo.AsNoTracking().Where(i => i.Key == HashKey).Select(i => i.Value).FirstOrDefault()
                ?? throw new StoreCorruptException(Path, "it has no content hash");
        }
        catch (SqliteException e) when (e.IsBusy())
        {
            throw new StoreBusyException(Name, e.Message);
        }
        catch (SqliteException e)
        {
            throw new StoreCorruptException(Path, e.Message);
        }
    }

    public void Write(ImportResult import, string contentHash)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var temporary = System.IO.Path.Combine(Directory, $"{TemporaryPrefix}{Guid.NewGuid():N}");
        try
        {
            using (var db = ResultsDbContext.Open(temporary, readOnly: false))
            {
                db.Database.EnsureCreated();
                db.Documents.AddRange(import.Documents.Select(
                    d => new DocumentRecord { Code = d.Code, Title = d.Title, Text = d.Text }));
                db.Facts.AddRange(import.Facts.Select((f, i) => f.ToRecord(i)));
                db.Checks.AddRange(import.Checks.Select((c, i) => c.ToRecord(i)));
                db.StoreInfo.Add(new StoreInfoRecord { Key = HashKey, Value = contentHash });
                db.StoreInfo.Add(new StoreInfoRecord { Key = "built_at", Value = DateTimeOffset.UtcNow.ToString("O") });
                db.SaveChanges();
                // EF Core creates SQLite files in WAL mode, and a WAL file cannot be opened read-only unless its
                // -shm file can be created: in a read-only folder every start failed and tried to rebuild.
                db.Database.ExecuteSqlRaw("PRAGMA journal_mode=DELETE");
            }
            File.Move(temporary, Path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    public ResultsSnapshot Load()
    {
        try
        {
            using var db = ResultsDbContext.Open(Path, readOnly: true);
            var hash = db.StoreInfo.AsNoTracking()
                .Where(i => i.Key == HashKey).Select(i => i.Value).FirstOrDefault() ?? "";
            var facts = db.Facts.AsNoTracking().OrderBy(f => f.Ordinal).AsEnumerable().Select(r => r.ToFact()).ToList();
            var documents = db.Documents.AsNoTracking().OrderBy(d => d.Code).AsEnumerable()
                .Select(d => new SourceDocument(d.Code, d.Text)).ToList();
            var checks = db.Checks.AsNoTracking().OrderBy(c => c.Ordinal).AsEnumerable()
                .Select(c => c.ToCheck()).ToList();
            return new ResultsSnapshot(hash, facts, documents, checks);
        }
        catch (SqliteException e) when (e.IsBusy())
        {
            throw new StoreBusyException(Name, e.Message);
        }
        catch (SqliteException e)
        {
            throw new StoreCorruptException(Path, e.Message);
        }
    }
}

public sealed class StoreCorruptException(string path, string reason)
    : Exception($"The store {path} cannot be read ({reason}).");
