namespace HemaCare.Results.Web.Hosting;

/// <summary>
/// Where the stylesheets come from in every environment and from wherever the app is started. Without this,
/// Production from the build output served Radzen's _content/ files as 500s or empty 200s, and a published app
/// started from another folder (`dotnet /srv/app/HemaCare.Results.Web.dll`) served every asset as an empty 200:
/// the web root defaults to wwwroot/ under the working directory.
/// </summary>
public static class StaticAssetRoots
{
    /// <summary>A published app's own wwwroot/ (beside its dll); null in a build output, which has none.</summary>
    public static string? PublishedWebRoot()
    {
        var published = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        return Directory.Exists(published) ? published : null;
    }

    /// <summary>
    /// Serves the build's static web assets manifest (project wwwroot/ and Radzen's package files) in every
    /// environment, not only Development. A published app has no such manifest, so there it does nothing.
    /// </summary>
    public static void UseBuildStaticWebAssets(this WebApplicationBuilder builder) =>
        builder.WebHost.UseStaticWebAssets();
}
