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

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public bool Exists => File.Exists(Path);

    /// <summary>The hash of the inputs under a schema version (by default the current one; tests pass an older one).</summary>
    public static string ContentHash(FactSource source, int schemaVersion = SchemaVersion)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(BitConverter.GetBytes(schemaVersion));
        // The derivation and check rules are code, and the store holds their results. Builds are deterministic,
        // so this assembly's module version id changes exactly when its code does, and the store is rebuilt.
        sha.AppendData(typeof(StoreFile).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        foreach (var file in source.FactsFiles.Concat(source.SeedFiles))
        {
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(System.IO.Path.GetFileName(file) + "\n"));
            sha.AppendData(File.ReadAllBytes(file));
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>The hash the file was built from; null when the file is missing. Throws <see cref="StoreCorruptException"/>.</summary>
    public string? ReadContentHash()
    {
        if (!Exists) return null;
        try
        {
            using var db = ResultsDbContext.Open(Path, readOnly: true);
            return db.StoreInfo.AsNoTracking().Where(i => i.Key == HashKey).Select(i => i.Value).FirstOrDefault()
                ?? throw new StoreCorruptException(Path, "it has no content hash");
        }
        catch (SqliteException e)
        {
            throw new StoreCorruptException(Path, e.Message);
        }
    }

    public void Write(ImportResult import, string contentHash)
    {
        var directory = System.IO.Path.GetDirectoryName(Path)!;
        Directory.CreateDirectory(directory);
        var temporary = System.IO.Path.Combine(directory, $".{System.IO.Path.GetFileName(Path)}.tmp-{Guid.NewGuid():N}");
        try
        {
            using (var db = ResultsDbContext.Open(temporary, readOnly: false))
            {
                db.Database.EnsureCreated();
                db.Documents.AddRange(import.Documents.Select(d => new DocumentRecord { Code = d.Code, Title = d.Title, Text = d.Text }));
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
            var hash = db.StoreInfo.AsNoTracking().Where(i => i.Key == HashKey).Select(i => i.Value).FirstOrDefault() ?? "";
            var facts = db.Facts.AsNoTracking().OrderBy(f => f.Ordinal).AsEnumerable().Select(r => r.ToFact()).ToList();
            var documents = db.Documents.AsNoTracking().OrderBy(d => d.Code).AsEnumerable().Select(d => new SourceDocument(d.Code, d.Text)).ToList();
            var checks = db.Checks.AsNoTracking().OrderBy(c => c.Ordinal).AsEnumerable().Select(c => c.ToCheck()).ToList();
            return new ResultsSnapshot(hash, facts, documents, checks);
        }
        catch (SqliteException e)
        {
            throw new StoreCorruptException(Path, e.Message);
        }
    }
}

public sealed class StoreCorruptException(string path, string reason)
    : Exception($"The store {path} cannot be read ({reason}).");
