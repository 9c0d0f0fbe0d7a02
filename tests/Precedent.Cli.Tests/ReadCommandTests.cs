using System.Text.Json;

namespace Precedent.Cli.Tests;

/// <summary>End-to-end: `precedent read` on the sample opinion and on small CourtListener/CAP records.</summary>
public class ReadCommandTests
{
    private static JsonElement ReadJson(params string[] args)
    {
        var r = CliRunner.Run(null, ["read", .. args]);
        Assert.True(r.ExitCode == 0, $"exit {r.ExitCode}: {r.Stderr}");
        return JsonDocument.Parse(r.Stdout).RootElement.Clone();
    }

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    [Fact]
    public void SampleOpinionCaption()
    {
        var o = ReadJson(Samples.Path("opinion.txt"));
        Assert.Equal("precedent.read/1", o.GetProperty("schema").GetString());
        Assert.Equal("opinion.txt", o.GetProperty("source").GetString());
        Assert.Equal("ca10", o.GetProperty("court").GetProperty("id").GetString());
        Assert.Equal("United States Court of Appeals for the Tenth Circuit", o.GetProperty("court").GetProperty("name").GetString());
        Assert.Equal(["24-1187"], Strings(o.GetProperty("dockets")));
        Assert.Equal("2025-03-14", o.GetProperty("date").GetString());
        Assert.Equal("Ortega v. Lindqvist", o.GetProperty("caseName").GetString());
        Assert.Contains("Daniel R. Ortega", Strings(o.GetProperty("parties").GetProperty("plaintiffs")), StringComparer.OrdinalIgnoreCase);
        Assert.Equal(2, o.GetProperty("parties").GetProperty("defendants").GetArrayLength());
        Assert.Equal(["Hartwell", "Brooks", "Vance"], Strings(o.GetProperty("judges")));
    }

    [Fact]
    public void SampleOpinionPartsCoverTheTextInOrder()
    {
        var text = File.ReadAllText(Samples.Path("opinion.txt")).ReplaceLineEndings("\n");
        var o = ReadJson(Samples.Path("opinion.txt"));
        var parts = o.GetProperty("parts").EnumerateArray().ToList();
        Assert.Equal(2, parts.Count);
        Assert.Equal(("majority", "Hartwell"), (parts[0].GetProperty("kind").GetString(), parts[0].GetProperty("author").GetString()));
        Assert.Equal(("dissent", "Vance"), (parts[1].GetProperty("kind").GetString(), parts[1].GetProperty("author").GetString()));
        Assert.Equal(0, parts[0].GetProperty("start").GetInt32());
        Assert.Equal(parts[0].GetProperty("end").GetInt32(), parts[1].GetProperty("start").GetInt32());
        Assert.Equal(text.Length, parts[1].GetProperty("end").GetInt32());
        Assert.StartsWith("VANCE, Circuit Judge, dissenting.", text[parts[1].GetProperty("start").GetInt32()..]);
    }

    [Fact]
    public void SampleOpinionHeadingsFootnotesDisposition()
    {
        var text = File.ReadAllText(Samples.Path("opinion.txt")).ReplaceLineEndings("\n");
        var o = ReadJson(Samples.Path("opinion.txt"));
        var headings = o.GetProperty("headings").EnumerateArray().ToList();
        Assert.Equal(["I.", "II.", "III.", "A.", "B.", "IV."], headings.Select(h => h.GetProperty("label").GetString()!).ToArray());
        Assert.Equal("Standard of Review", headings[1].GetProperty("title").GetString());
        Assert.All(headings, h => Assert.Equal(0, h.GetProperty("part").GetInt32()));

        var footnote = Assert.Single(o.GetProperty("footnotes").EnumerateArray());
        Assert.Equal("1", footnote.GetProperty("label").GetString());
        var anchor = footnote.GetProperty("anchor").GetInt32();
        Assert.Equal("[1]", text.Substring(anchor, 3));
        Assert.True(anchor < footnote.GetProperty("start").GetInt32());

        var disposition = o.GetProperty("disposition");
        Assert.Equal("reversed+remanded", disposition.GetProperty("kind").GetString());
        var start = disposition.GetProperty("start").GetInt32();
        var end = disposition.GetProperty("end").GetInt32();
        Assert.Contains("REVERSE", text[start..end]);
        Assert.Equal(disposition.GetProperty("text").GetString(), text[start..end]);
        Assert.Equal(["de novo"], Strings(o.GetProperty("standardOfReview")));
    }

    [Theory]
    [InlineData("qualified immunity")]
    [InlineData("excessive force")]
    [InlineData("§ 1983")]
    [InlineData("summary judgment")]
    public void SampleOpinionTopics(string tag)
    {
        var text = File.ReadAllText(Samples.Path("opinion.txt")).ReplaceLineEndings("\n");
        var o = ReadJson(Samples.Path("opinion.txt"));
        var topic = o.GetProperty("topics").EnumerateArray().Single(t => t.GetProperty("tag").GetString() == tag);
        foreach (var e in topic.GetProperty("evidence").EnumerateArray())
        {
            var s = e.GetProperty("start").GetInt32();
            var n = e.GetProperty("end").GetInt32();
            Assert.InRange(s, 0, n);
            Assert.InRange(n, s, text.Length);
        }
        Assert.True(topic.GetProperty("evidence").GetArrayLength() > 0);
    }

    [Fact]
    public void TextFormatSummarisesTheParts()
    {
        var r = CliRunner.Run(null, "read", Samples.Path("opinion.txt"), "--format", "text");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("majority by Hartwell", r.Stdout);
        Assert.Contains("dissent by Vance", r.Stdout);
        Assert.Contains("reversed+remanded", r.Stdout);
    }

    [Fact]
    public void CourtListenerJsonUsesItsTextAndFillsWhatTheTextDoesNotState()
    {
        var json = """
            {"id": 4711, "plain_text": "PER CURIAM.\n\nThe petitioner challenges his sentence. We review for plain error. United States v. Olano, 507 U.S. 725, 732 (1993). AFFIRMED.\n",
             "case_name": "United States v. Pruett", "date_filed": "2019-05-02", "docket_number": "18-4410"}
            """;
        var path = CliRunner.TempFile("pruett.json", json);
        var o = ReadJson(path);
        var part = Assert.Single(o.GetProperty("parts").EnumerateArray());
        Assert.Equal("per_curiam", part.GetProperty("kind").GetString());
        Assert.Equal("affirmed", o.GetProperty("disposition").GetProperty("kind").GetString());
        Assert.Equal(["plain error"], Strings(o.GetProperty("standardOfReview")));
        Assert.Equal("2019-05-02", o.GetProperty("date").GetString());
        Assert.Equal(["18-4410"], Strings(o.GetProperty("dockets")));
    }

    [Fact]
    public void JsonLinesReadsEveryGoodRecordAndNamesTheBadOne()
    {
        var lines = string.Join('\n',
            """{"id": "a", "court": "Court of Appeals for the Tenth Circuit", "date": "2001-06-04", "case_name": "Doe v. Roe", "text": "TACHA, Chief Judge.\n\nWe affirm. Graham v. Connor, 490 U.S. 386 (1989).\n"}""",
            """{"id": "b", "text": """,
            """{"id": "c", "text": "PER CURIAM.\n\nDISMISSED.\n"}""");
        var path = CliRunner.TempFile("three.jsonl", lines + "\n");
        var r = CliRunner.Run(null, "read", path);
        Assert.Equal(1, r.ExitCode);
        var outputs = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, outputs.Length);
        Assert.Equal("ca10", JsonDocument.Parse(outputs[0]).RootElement.GetProperty("court").GetProperty("id").GetString());
        Assert.Contains("three.jsonl", r.Stderr);
        Assert.Contains("2", r.Stderr);
        Assert.DoesNotContain("   at ", r.Stderr);
    }

    [Fact]
    public void ReadsStandardInput()
    {
        var r = CliRunner.Run("SMITH, J.\n\nWe affirm. Graham v. Connor, 490 U.S. 386 (1989).\n", "read", "-");
        Assert.Equal(0, r.ExitCode);
        var o = JsonDocument.Parse(r.Stdout).RootElement;
        Assert.Equal("-", o.GetProperty("source").GetString());
        Assert.Equal("Smith", o.GetProperty("parts")[0].GetProperty("author").GetString());
        Assert.Equal("affirmed", o.GetProperty("disposition").GetProperty("kind").GetString());
    }

    [Fact]
    public void NoCaptionGivesNulls()
    {
        var path = CliRunner.TempFile("bare.txt", "The parties dispute the meaning of the contract. We agree with the trial court.\n");
        var o = ReadJson(path);
        Assert.Equal(JsonValueKind.Null, o.GetProperty("court").ValueKind);
        Assert.Equal(JsonValueKind.Null, o.GetProperty("date").ValueKind);
        Assert.Equal(JsonValueKind.Null, o.GetProperty("caseName").ValueKind);
        Assert.Single(o.GetProperty("parts").EnumerateArray());
    }

    [Theory]
    [InlineData("missing.txt", null, "no such file")]
    [InlineData("binary.txt", "\0\0\u0001binary", "binary")]
    [InlineData("broken.json", "{\"plain_text\": ", "broken.json")]
    public void BadInputIsOneClearLine(string name, string? content, string expected)
    {
        var path = content is null ? Path.Combine(Path.GetTempPath(), "precedent-none-" + Guid.NewGuid().ToString("N"), name) : CliRunner.TempFile(name, content);
        var r = CliRunner.Run(null, "read", path);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(expected, r.Stderr, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", r.Stderr);
        Assert.Single(r.Stderr.Trim().Split('\n'));
    }
}
