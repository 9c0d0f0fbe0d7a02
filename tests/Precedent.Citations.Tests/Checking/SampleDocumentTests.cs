using System.Text.RegularExpressions;

namespace Precedent.Citations.Tests.Checking;

/// <summary>
/// The checker over whole documents: the sample brief with its planted mistakes (samples/brief.txt), the fictional
/// opinion of the fixture tests, and the real opinion Medina v. Cram (10th Cir. 2001), whose dissent cites
/// "Anderson v. Creighton, 48 U.S. 635, 639 (1987)" for 483 U.S. 635.
/// </summary>
public partial class SampleDocumentTests
{
    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    private static string Loose(string s) => Spaces().Replace(s, " ");

    private static string RepositoryFile(string relative)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Precedent.slnx")))
            dir = dir.Parent;
        Assert.NotNull(dir);
        return Path.Combine(dir.FullName, relative);
    }

    [Fact]
    public void SampleBriefFindsEveryPlantedMistakeAndNothingElse()
    {
        var text = File.ReadAllText(RepositoryFile(Path.Combine("samples", "brief.txt")));
        var doc = CheckFixture.Resolve(text);
        var result = Precedent.Citations.Checking.CitationChecker.Check(doc, new() { Today = CheckFixture.Today, DocumentDate = new DateOnly(2026, 3, 2) });
        var found = result.Findings.Select(f => $"{f.Diagnostic.Code} {Loose(doc.Citations[f.Citation].Text)}").ToArray();
        string[] expected =
        [
            "PR016 28 U.S.C. 1331",          // no section sign
            "PR012 427 U.S. 511",            // Mitchell v. Forsyth is 472 U.S. 511
            "PR006 515 U.S. 304",            // pin 213 before page 304
            "PR008 477 U.S. 317",            // 323-22
            "PR007 477 U.S. 242",            // pin 948
            "PR009 550 U.S. at 380",         // Scott never cited in full
            "PR015 457 U.S. 800",            // L. Ed. before S. Ct.
            "PR014 107 S.Ct. 3034",          // "S.Ct."
            "PR010 Id. at 8",                // after "Garner …; Graham …"
            "PR013 490 U.S. 386",            // Graham v. Conner
            "PR003 272 F.3d 1272",           // (Cal. 2001)
            "PR002 268 F.3d 1179",           // F.3d in 1985
            "PR005 577 U.S. 7",              // Mullenix without a year
            "PR004 142 S. Ct. 9",            // 2031
            "PR017 509 F.3d 1278",           // (2007) with no court
            "PR001 478 F.5th 1108",          // F.5th
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
        var mitchell = result.Findings.Single(f => f.Diagnostic.Code == "PR012").Diagnostic;
        Assert.Equal("472 U.S. 511", mitchell.Suggestion);
    }

    [Fact]
    public void FixtureOpinionHasNoErrors()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "qualified-immunity-opinion.txt"));
        var result = Precedent.Citations.Checking.CitationChecker.Check(CheckFixture.Resolve(text), new() { Today = CheckFixture.Today });
        Assert.Equal(0, result.Errors);
    }
}
