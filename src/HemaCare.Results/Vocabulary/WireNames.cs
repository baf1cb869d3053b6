using System.Text.Json;

namespace HemaCare.Results.Vocabulary;

/// <summary>
/// The one spelling of an enum value outside C#: lower snake case ("stated", "derived", "pass", "fail"). The
/// JSON API, the CSV exports and the store all write it through this policy, so they cannot drift apart.
/// </summary>
public static class WireNames
{
    public static JsonNamingPolicy Policy => JsonNamingPolicy.SnakeCaseLower;

    public static string Of<T>(T value) where T : struct, Enum => Policy.ConvertName(value.ToString());

    public static T Parse<T>(string name) where T : struct, Enum =>
        Enum.GetValues<T>().Single(value => Of(value) == name);
}
