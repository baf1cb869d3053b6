using System.Text;

namespace HemaCare.Results.Web.Tests;

/// <summary>
/// Compares what the app serves with an approved copy in the repository. On a difference it writes what was served
/// beside the approved file as <c>name.received.ext</c> (git-ignored) and fails naming the first differing line:
/// read the diff, and rename the received file over the approved one if the change is meant.
/// </summary>
internal static class ApprovedFile
{
    public static void ShouldMatch(string approved, byte[] served, string what)
    {
        var received = Path.ChangeExtension(approved, ".received" + Path.GetExtension(approved));

        if (File.Exists(approved) && File.ReadAllBytes(approved).AsSpan().SequenceEqual(served))
        {
            File.Delete(received);
            return;
        }

        File.WriteAllBytes(received, served);
        File.Exists(approved).Should().BeTrue($"{what} has no approved file yet; read {received} and rename it");
        FirstDifference(File.ReadAllText(approved, Encoding.UTF8), Encoding.UTF8.GetString(served))
            .Should().BeNull($"{what} differs from {approved}; read {received} and rename it if the change is meant");
    }

    public static void ShouldMatch(string approved, string served, string what) =>
        ShouldMatch(approved, Encoding.UTF8.GetBytes(served), what);

    private static string? FirstDifference(string approved, string served)
    {
        var expected = approved.Split('\n');
        var actual = served.Split('\n');
        for (var i = 0; i < Math.Max(expected.Length, actual.Length); i++)
        {
            var e = i < expected.Length ? expected[i] : "(no line)";
            var a = i < actual.Length ? actual[i] : "(no line)";
            if (e != a) return $"line {i + 1}: approved {e} / served {a}";
        }
        return "the same text in different bytes";
    }
}
