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
        });
        modelBuilder.Entity<DocumentRecord>().HasKey(d => d.Code);
        modelBuilder.Entity<CheckRecord>().HasKey(c => c.Id);
        modelBuilder.Entity<StoreInfoRecord>().HasKey(i => i.Key);
    }

    public static ResultsDbContext Open(string path, bool readOnly) =>
        new(new DbContextOptionsBuilder<ResultsDbContext>()
            .UseSqlite($"Data Source={path};Mode={(readOnly ? "ReadOnly" : "ReadWriteCreate")};Pooling=False")
            .Options);
}
