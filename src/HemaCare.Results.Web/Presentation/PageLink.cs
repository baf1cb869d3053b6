namespace HemaCare.Results.Web.Presentation;

/// <summary>A page of the site, by its title and URL.</summary>
public sealed record PageLink(string Title, string Url);
