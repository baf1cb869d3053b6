using System.Text;

namespace HemaCare.Results.Web.Endpoints;

/// <summary>
/// Where the theme switch may send the reader back to: a path on this site, or "/" for anything else (another
/// host, a scheme-relative "//x" or "/\x", control characters). Non-ASCII characters are percent-encoded as
/// UTF-8, because a Location header must be ASCII (Kestrel refuses anything else with a 500).
/// </summary>
public static class LocalReturnUrl
{
    public const string Home = "/";

    public static string Of(string? returnUrl)
    {
        if (returnUrl is not { Length: > 0 } || returnUrl[0] != '/'
            || returnUrl.StartsWith("//", StringComparison.Ordinal)
            || returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            || returnUrl.Any(char.IsControl))
            return Home;
        return returnUrl.All(char.IsAscii) ? returnUrl : PercentEncodeNonAscii(returnUrl) ?? Home;
    }

    /// <summary>The URL with non-ASCII characters as %XX UTF-8 escapes; null if it holds a lone surrogate.</summary>
    private static string? PercentEncodeNonAscii(string url)
    {
        var encoded = new StringBuilder(url.Length * 3);
        Span<byte> bytes = stackalloc byte[4];
        for (var i = 0; i < url.Length; i++)
        {
            if (char.IsAscii(url[i]))
            {
                encoded.Append(url[i]);
                continue;
            }
            var length = char.IsHighSurrogate(url[i]) && i + 1 < url.Length && char.IsLowSurrogate(url[i + 1]) ? 2 : 1;
            if (length == 1 && char.IsSurrogate(url[i])) return null;
            var count = Encoding.UTF8.GetBytes(url.AsSpan(i, length), bytes);
            foreach (var b in bytes[..count])
                encoded.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            i += length - 1;
        }
        return encoded.ToString();
    }
}
