using HemaCare.Results.Store;

namespace HemaCare.Results.Web.Hosting;

/// <summary>
/// Where data/, seeds/ and the SQLite file are. Defaults come from the repository the app runs in (found by
/// walking up to HemaCare.Results.sln); Results:DataDirectory, Results:SeedsDirectory and
/// ConnectionStrings:Results override them.
/// </summary>
internal static class StorePaths
{
    public const string DefaultDatabaseFile = "hemacare-results.db";

    public static ResultsStoreOptions Resolve(IConfiguration configuration, string contentRoot)
    {
        var root = FindRepositoryRoot(contentRoot) ?? FindRepositoryRoot(AppContext.BaseDirectory) ?? contentRoot;
        var data = configuration["Results:DataDirectory"] ?? Path.Combine(root, "data");
        var seeds = configuration["Results:SeedsDirectory"] ?? Path.Combine(root, "seeds");
        var database = DataSourceOf(configuration.GetConnectionString("Results"))
            ?? Path.Combine(data, DefaultDatabaseFile);
        return new ResultsStoreOptions(Path.GetFullPath(database, root), Path.GetFullPath(data, root),
            Path.GetFullPath(seeds, root));
    }

    private static string? DataSourceOf(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString)) return null;
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        return string.IsNullOrWhiteSpace(builder.DataSource) ? null : builder.DataSource;
    }

    private static string? FindRepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "HemaCare.Results.sln"))) return dir.FullName;
        return null;
    }
}
