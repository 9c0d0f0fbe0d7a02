using System.Text.Json;

namespace Precedent.Cli.Tests;

/// <summary>End-to-end: `precedent cite` through the real command line.</summary>
public class CiteCommandTests
{
    private const string Brief =
        "See Anderson v. Creighton, 483 U.S. 635, 638 (1987) (quoting Harlow v. Fitzgerald, 457 U.S. 800, 818 (1982)). "
        + "Id. at 640. Under 42 U.S.C. § 1983, the claim proceeds.\n";

    [Fact]
    public void JsonFollowsTheContract()
    {
        var path = CliRunner.TempFile("brief.txt", Brief);
        var r = CliRunner.Run(null, "cite", path, "--format", "json");
        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Stdout);
        var root = doc.RootElement;
        Assert.Equal("precedent.cite/1", root.GetProperty("schema").GetString());
        Assert.Equal("brief.txt", root.GetProperty("source").GetString());
        Assert.Equal(Brief.Length, root.GetProperty("length").GetInt32());
        var cites = root.GetProperty("citations").EnumerateArray().ToList();
        var i = 0;
        foreach (var c in cites)
        {
            Assert.Equal(i++, c.GetProperty("index").GetInt32());
            var s = c.GetProperty("start").GetInt32();
            var e = c.GetProperty("end").GetInt32();
            Assert.Equal(Brief[s..e], c.GetProperty("text").GetString());
            foreach (var field in new[] { "kind", "fullStart", "fullEnd", "volume", "reporter", "reporterNormalized", "page", "pinCite",
                         "year", "court", "caseName", "plaintiff", "defendant", "signal", "parentheticals", "history", "nestedIn",
                         "parallelOf", "title", "code", "section", "antecedent", "authority", "diagnostics" })
                Assert.True(c.TryGetProperty(field, out _), $"citation lacks {field}");
        }
        var anderson = cites.Single(c => c.GetProperty("text").GetString() == "483 U.S. 635");
        Assert.Equal("case", anderson.GetProperty("kind").GetString());
        Assert.Equal("see", anderson.GetProperty("signal").GetString());
        Assert.Equal("Anderson", anderson.GetProperty("plaintiff").GetString());
        Assert.Equal(1987, anderson.GetProperty("year").GetInt32());
        Assert.Equal("scotus", anderson.GetProperty("court").GetString());
        var harlow = cites.Single(c => c.GetProperty("text").GetString() == "457 U.S. 800");
        Assert.Equal(anderson.GetProperty("index").GetInt32(), harlow.GetProperty("nestedIn").GetInt32());
        var id = cites.Single(c => c.GetProperty("kind").GetString() == "id");
        Assert.Equal(anderson.GetProperty("index").GetInt32(), id.GetProperty("antecedent").GetInt32());
        var statute = cites.Single(c => c.GetProperty("kind").GetString() == "statute");
        Assert.Equal("42 U.S.C. § 1983", statute.GetProperty("text").GetString());
        var labels = root.GetProperty("authorities").EnumerateArray().Select(a => a.GetProperty("label").GetString()).ToList();
        Assert.Contains("Anderson v. Creighton, 483 U.S. 635 (1987)", labels);
        Assert.Contains("42 U.S.C. § 1983", labels);
    }

    [Fact]
    public void StandardInputIsReadWithADash()
    {
        var r = CliRunner.Run("Graham v. Connor, 490 U.S. 386, 396 (1989).", "cite", "-", "--format", "jsonl");
        Assert.Equal(0, r.ExitCode);
        var lines = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var c = Assert.Single(lines);
        using var doc = JsonDocument.Parse(c);
        Assert.Equal("490 U.S. 386", doc.RootElement.GetProperty("text").GetString());
        Assert.Equal("396", doc.RootElement.GetProperty("pinCite").GetString());
    }

    [Fact]
    public void TableListsEveryCitation()
    {
        var path = CliRunner.TempFile("brief.txt", Brief);
        var r = CliRunner.Run(null, "cite", path, "--format", "table");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("483 U.S. 635", r.Stdout);
        Assert.Contains("citations", r.Stdout);
    }

    [Fact]
    public void AnEmptyFileHasNoCitations()
    {
        var path = CliRunner.TempFile("empty.txt", "");
        var r = CliRunner.Run(null, "cite", path);
        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Stdout);
        Assert.Equal(0, doc.RootElement.GetProperty("citations").GetArrayLength());
    }

    public static TheoryData<string, byte[], string> BadInputs() => new()
    {
        { "binary.txt", [0x00, 0x01, 0x02, 0xFF, 0x00, 0x10], "binary" },
        { "latin1.txt", [0x43, 0x61, 0x66, 0xE9, 0x20, 0x31, 0x20, 0x55, 0x2E, 0x53, 0x2E, 0x20, 0x31], "not valid UTF-8" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void UnreadableInputGetsOneClearLine(string name, byte[] content, string reason)
    {
        var path = CliRunner.TempFile(name, content);
        var r = CliRunner.Run(null, "cite", path);
        Assert.Equal(2, r.ExitCode);
        var line = Assert.Single(r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(name, line);
        Assert.Contains(reason, line);
        Assert.DoesNotContain("   at ", r.Stderr);
    }

    [Fact]
    public void AMissingFileGetsOneClearLine()
    {
        var r = CliRunner.Run(null, "cite", "/nonexistent/brief.txt");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("no such file", r.Stderr);
        Assert.DoesNotContain("   at ", r.Stderr);
    }
}
