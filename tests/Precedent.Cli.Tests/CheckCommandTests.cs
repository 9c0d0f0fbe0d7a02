using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Precedent.Cli.Tests;

/// <summary>End-to-end: `precedent check` on the sample brief and on small documents, through the real command line.</summary>
public partial class CheckCommandTests
{
    /// <summary>The brief's own date (its signature block): PR004 measures years against it.</summary>
    private const string BriefDate = "2026-03-02";

    /// <summary>
    /// Every error planted in samples/brief.txt (listed in samples/README.md), as the code it must trigger, the
    /// citation's text (white space collapsed) and its case name. No other citation may have an error or warning.
    /// </summary>
    public static readonly (string Code, string Citation, string? CaseName)[] Planted =
    [
        // code     citation              case name                                     what is wrong
        ("PR001", "478 F.5th 1108",   "Cortez v. McCauley"),                        // no such reporter as F.5th
        ("PR002", "268 F.3d 1179",    "Holland ex rel. Overdorff v. Harrington"),   // F.3d dated 1985
        ("PR003", "272 F.3d 1272",    "Deorle v. Rutherford"),                      // F.3d does not publish "Cal."
        ("PR004", "142 S. Ct. 9",     "City of Tahlequah v. Bond"),                 // dated 2031
        ("PR005", "577 U.S. 7",       "Mullenix v. Luna"),                          // no year
        ("PR006", "515 U.S. 304",     "Johnson v. Jones"),                          // pin 213 before page 304
        ("PR007", "477 U.S. 242",     "Anderson v. Liberty Lobby, Inc."),           // pin 948, 706 pages on
        ("PR008", "477 U.S. 317",     "Celotex Corp. v. Catrett"),                  // pin range 323-22
        ("PR009", "550 U.S. at 380",  "Scott"),                                     // Scott never cited in full
        ("PR010", "Id. at 8",         null),                                        // Id. after a string cite
        ("PR012", "427 U.S. 511",     "Mitchell v. Forsyth"),                       // volume 427 is from 1976, not 1985
        ("PR013", "490 U.S. 386",     "Graham v. Conner"),                          // Graham v. Connor earlier
        ("PR014", "107 S.Ct. 3034",   "Anderson v. Creighton"),                     // "S.Ct." for "S. Ct."
        ("PR015", "457 U.S. 800",     "Harlow v. Fitzgerald"),                      // L. Ed. 2d before S. Ct.
        ("PR016", "28 U.S.C. 1331",   null),                                        // no section sign
        ("PR017", "509 F.3d 1278",    "Casey v. City of Federal Heights"),          // (2007) without a court
    ];

    private static readonly HashSet<(string, string, string?)> PlantedSet = [.. Planted];

    public static TheoryData<string> SampleBriefs() => ["brief.txt", "brief.docx"];

    [Theory]
    [MemberData(nameof(SampleBriefs))]
    public void JsonReportsEveryPlantedErrorAndNothingElse(string sample)
    {
        var r = CliRunner.Run(null, "check", Samples.Path(sample), "--format", "json", "--date", BriefDate);
        Assert.True(r.ExitCode == 1, $"exit {r.ExitCode}: {r.Stderr}");
        using var json = JsonDocument.Parse(r.Stdout);
        Assert.Equal(sample, json.RootElement.GetProperty("source").GetString());
        var findings = Findings(json.RootElement);

        var reported = findings.Select(f => (f.Code, f.Citation, f.CaseName)).ToHashSet();
        var missing = Planted.Where(p => !reported.Contains(p)).ToList();
        var unexpected = findings.Where(f => f.Severity is "error" or "warning" && !PlantedSet.Contains((f.Code, f.Citation, f.CaseName))).ToList();
        Assert.True(missing.Count == 0 && unexpected.Count == 0,
            "planted errors not reported:\n  " + string.Join("\n  ", missing)
            + "\nerrors/warnings on other citations:\n  " + string.Join("\n  ", unexpected));
        // The error-level codes decide the exit status.
        Assert.Contains(findings, f => f.Severity == "error");
    }

    [Fact]
    public void TextReportHasASummaryAndATableOfFindings()
    {
        var r = CliRunner.Run(null, "check", Samples.Path("brief.txt"), "--date", BriefDate);
        Assert.Equal(1, r.ExitCode);
        var first = r.Stdout.Split('\n')[0];
        Assert.Matches(@"^brief\.txt: \d+ citations of \d+ authorities; \d+ errors?, \d+ warnings?, \d+ infos?$", first);
        foreach (var (code, citation, _) in Planted.Where(p => p.Code != "PR001"))
        {
            Assert.Contains(code, r.Stdout);
            Assert.Contains(citation, r.Stdout);
        }
        Assert.Contains("line ", r.Stdout);
        Assert.DoesNotContain("\u001b[", r.Stdout); // no colour codes when redirected
    }

    [Fact]
    public void DocxLocationsArePages()
    {
        var r = CliRunner.Run(null, "check", Samples.Path("brief.docx"), "--date", BriefDate);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("p. 4", r.Stdout);
        Assert.DoesNotContain("line ", r.Stdout);
    }

    [Fact]
    public void ACleanDocumentExitsZero()
    {
        var path = CliRunner.TempFile("clean.txt",
            "Force is judged from the scene. Graham v. Connor, 490 U.S. 386, 396 (1989). The right must be clear. "
            + "Anderson v. Creighton, 483 U.S. 635, 640 (1987). Id. at 641. Suit lies under 42 U.S.C. § 1983.\n");
        var r = CliRunner.Run(null, "check", path);
        Assert.True(r.ExitCode == 0, r.Stdout + r.Stderr);
        Assert.Contains("0 errors", r.Stdout);

        var json = CliRunner.Run(null, "check", path, "--format", "json");
        Assert.Equal(0, json.ExitCode);
        using var doc = JsonDocument.Parse(json.Stdout);
        Assert.DoesNotContain(Findings(doc.RootElement), f => f.Severity is "error" or "warning");
    }

    [Fact]
    public void WarningsAloneExitZero()
    {
        // A short cite with nothing to refer to is a warning, not an error.
        var path = CliRunner.TempFile("warn.txt", "The video controls. Scott, 550 U.S. at 380.\n");
        var r = CliRunner.Run(null, "check", path, "--format", "json");
        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Stdout);
        Assert.Contains(Findings(doc.RootElement), f => f.Code == "PR009" && f.Severity == "warning");
    }

    [Fact]
    public void TheDocumentDateFlagsLaterYears()
    {
        var path = CliRunner.TempFile("dated.txt", "See Pearson v. Callahan, 555 U.S. 223, 236 (2009).\n");
        Assert.Equal(0, CliRunner.Run(null, "check", path, "--date", "2010-01-01").ExitCode);
        var r = CliRunner.Run(null, "check", path, "--date", "2005-06-30", "--format", "json");
        Assert.Equal(1, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Stdout);
        Assert.Contains(Findings(doc.RootElement), f => f.Code == "PR004" && f.Citation == "555 U.S. 223");
    }

    [Fact]
    public void EmitTextWritesTheTextTheOffsetsIndex()
    {
        var textPath = Path.Combine(Path.GetTempPath(), "precedent-emit-" + Guid.NewGuid().ToString("N") + ".txt");
        var r = CliRunner.Run(null, "check", Samples.Path("brief.docx"), "--format", "json", "--date", BriefDate, "--emit-text", textPath);
        Assert.Equal(1, r.ExitCode);
        var text = File.ReadAllText(textPath);
        using var doc = JsonDocument.Parse(r.Stdout);
        Assert.Equal(text.Length, doc.RootElement.GetProperty("length").GetInt32());
        foreach (var c in doc.RootElement.GetProperty("citations").EnumerateArray())
        {
            var s = c.GetProperty("start").GetInt32();
            var e = c.GetProperty("end").GetInt32();
            Assert.Equal(c.GetProperty("text").GetString(), text[s..e]);
        }
    }

    [Fact]
    public void HtmlIsOneSelfContainedFileWithEveryCitation()
    {
        var htmlPath = Path.Combine(Path.GetTempPath(), "precedent-report-" + Guid.NewGuid().ToString("N") + ".html");
        var r = CliRunner.Run(null, "check", Samples.Path("brief.txt"), "--format", "html", "--date", BriefDate, "--output", htmlPath);
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("", r.Stdout);
        var html = File.ReadAllText(htmlPath);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"<(link|img|iframe|object|embed)\b", html);
        Assert.DoesNotMatch(@"\b(src|href)\s*=\s*[""']?\s*(//|[a-z]+:)", html);
        Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"url\(", html);

        var json = CliRunner.Run(null, "check", Samples.Path("brief.txt"), "--format", "json", "--date", BriefDate);
        using var doc = JsonDocument.Parse(json.Stdout);
        var marks = MarkPattern().Matches(html).ToDictionary(m => int.Parse(m.Groups["i"].Value, System.Globalization.CultureInfo.InvariantCulture));
        var citations = doc.RootElement.GetProperty("citations").EnumerateArray().ToList();
        Assert.Equal(citations.Count, marks.Count);
        foreach (var c in citations)
        {
            var i = c.GetProperty("index").GetInt32();
            Assert.True(marks.TryGetValue(i, out var m), $"citation {i} is not highlighted");
            Assert.Equal(c.GetProperty("text").GetString(), WebUtility.HtmlDecode(m.Groups["text"].Value));
            var severities = c.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("severity").GetString()).ToList();
            var expected = severities.Contains("error") ? "error" : severities.Contains("warning") ? "warning" : severities.Count > 0 ? "info" : "ok";
            Assert.Equal(expected, m.Groups["sev"].Value);
        }
        // The summary links to every finding.
        var findings = Findings(doc.RootElement);
        Assert.Equal(findings.Count, JumpPattern().Matches(html).Count);
    }

    [Fact]
    public void HtmlEscapesTheDocument()
    {
        var path = CliRunner.TempFile("evil.txt",
            "<script>alert(1)</script> See \"Graham\" v. Connor & Co., 490 U.S. 386, 396 (1989) </main><img onerror=x>.\n");
        var r = CliRunner.Run(null, "check", path, "--format", "html");
        Assert.Equal(0, r.ExitCode);
        Assert.DoesNotContain("<script>alert", r.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", r.Stdout, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(r.Stdout, "</main>"));
        Assert.Equal(2, Regex.Matches(r.Stdout, "</script>").Count); // the data block and the script, nothing more
    }

    public static TheoryData<string, byte[], string> BadInputs() => new()
    {
        { "corrupt.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage, no xref\n"u8.ToArray(), "PDF" },
        { "latin1.txt", [0x43, 0x61, 0x66, 0xE9, 0x20, 0x31, 0x20, 0x55, 0x2E, 0x53, 0x2E, 0x20, 0x31], "not valid UTF-8" },
        { "broken.docx", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x01, 0x02], "docx" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void UnreadableInputGetsOneClearLine(string name, byte[] content, string reason)
    {
        var path = CliRunner.TempFile(name, content);
        foreach (var command in new[] { "check", "toa" })
        {
            var r = CliRunner.Run(null, command, path);
            Assert.Equal(2, r.ExitCode);
            Assert.Equal("", r.Stdout);
            var line = Assert.Single(r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith("precedent: ", line, StringComparison.Ordinal);
            Assert.Contains(name, line, StringComparison.Ordinal);
            Assert.Contains(reason, line, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void AMissingFileGetsOneClearLine()
    {
        var path = Path.Combine(Path.GetTempPath(), "precedent-missing-" + Guid.NewGuid().ToString("N"), "brief.pdf");
        foreach (var command in new[] { "check", "toa" })
        {
            var r = CliRunner.Run(null, command, path);
            Assert.Equal(2, r.ExitCode);
            var line = Assert.Single(r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Equal($"precedent: {path} does not exist", line);
        }
    }

    [Fact]
    public void ABadDateGetsOneClearLine()
    {
        var path = CliRunner.TempFile("brief.txt", "Graham v. Connor, 490 U.S. 386 (1989).\n");
        var r = CliRunner.Run(null, "check", path, "--date", "March 2");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("YYYY-MM-DD", Assert.Single(r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public void StandardInputIsCheckedWithADash()
    {
        var r = CliRunner.Run("Saucier v. Katz, 533 U.S. 194, 120 (2001).", "check", "-", "--format", "json");
        Assert.Equal(1, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Stdout);
        Assert.Contains(Findings(doc.RootElement), f => f.Code == "PR006");
    }

    internal sealed record Found(string Code, string Severity, string Citation, string? CaseName);

    internal static List<Found> Findings(JsonElement root)
    {
        var list = new List<Found>();
        foreach (var c in root.GetProperty("citations").EnumerateArray())
        {
            var text = Squash(c.GetProperty("text").GetString()!);
            var name = c.GetProperty("caseName").GetString();
            foreach (var d in c.GetProperty("diagnostics").EnumerateArray())
                list.Add(new Found(d.GetProperty("code").GetString()!, d.GetProperty("severity").GetString()!, text, name));
        }
        return list;
    }

    private static string Squash(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex("<mark class=\"cite (?<sev>error|warning|info|ok)\" id=\"c(?<i>\\d+)\" data-i=\"\\d+\"[^>]*>(?<text>[^<]*)</mark>")]
    private static partial Regex MarkPattern();

    [GeneratedRegex("<a href=\"#c\\d+\" data-i=\"\\d+\" class=\"jump\">")]
    private static partial Regex JumpPattern();
}
