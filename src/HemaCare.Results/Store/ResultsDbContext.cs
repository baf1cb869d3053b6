using HemaCare.Results.Checks;
using HemaCare.Results.Facts;
using HemaCare.Results.Vocabulary;
using Microsoft.EntityFrameworkCore;

namespace HemaCare.Results.Store;

public sealed class ResultsDbContext(DbContextOptions<ResultsDbContext> options) : DbContext(options)
{
    public DbSet<FactRecord> Facts => Set<FactRecord>();
    public DbSet<DocumentRecord> Documents => Set<DocumentRecord>();
    public DbSet<CheckRecord> Checks => Set<CheckRecord>();
    public DbSet<StoreInfoRecord> StoreInfo => Set<StoreInfoRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<FactRecord>(e =>
        {
            e.HasKey(f => f.Id);
            e.HasIndex(f => new { f.Period, f.Metric });
            e.Property(f => f.Basis).HasConversion(v => WireNames.Of(v), name => WireNames.Parse<Basis>(name));
        });
        modelBuilder.Entity<DocumentRecord>().HasKey(d => d.Code);
        modelBuilder.Entity<CheckRecord>(e =>
        {
            e.HasKey(c => c.Id);
            e.Property(c => c.Status).HasConversion(v => WireNames.Of(v), name => WireNames.Parse<CheckStatus>(name));
        });
        modelBuilder.Entity<StoreInfoRecord>().HasKey(i => i.Key);
    }

    /// <summary>
    /// How long a read waits on another process's lock before giving up with SQLITE_BUSY (Microsoft.Data.Sqlite
    /// waits 30 s by default); the store then keeps its snapshot and retries in the background.
    /// </summary>
    public const int BusyTimeoutSeconds = 2;

    public static ResultsDbContext Open(string path, bool readOnly) =>
        new(new DbContextOptionsBuilder<ResultsDbContext>()
            .UseSqlite(
                $"Data Source={path};Mode={(readOnly ? "ReadOnly" : "ReadWriteCreate")};Pooling=False",
                sqlite => sqlite.CommandTimeout(BusyTimeoutSeconds))
            .Options);
}
