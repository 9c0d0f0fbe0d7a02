using Precedent.Citations.Checking;

namespace Precedent.Citations.Tests.Checking;

/// <summary>No rule fires on a correct citation: each row is a sentence of correct citations of real cases.</summary>
public class CorrectCitationTests
{
    public static TheoryData<string> Sentences()
    {
        var data = new TheoryData<string>();
        foreach (var s in CheckFixture.CorrectSentences)
            data.Add(s);
        return data;
    }

    [Theory]
    [MemberData(nameof(Sentences))]
    public void NoFindingOnACorrectCitation(string sentence)
    {
        var result = CheckFixture.Check(sentence, new DateOnly(2025, 6, 30));
        Assert.Empty(result.Findings.Select(f => $"{f.Diagnostic.Code} {f.Diagnostic.Message}"));
    }

    [Fact]
    public void EveryRuleHasItsOwnCodeInOrder()
    {
        var codes = CheckRules.All.Select(r => r.Code).ToArray();
        Assert.Equal(Enumerable.Range(1, 17).Select(i => $"PR{i:000}"), codes);
    }

    [Fact]
    public void CheckerWorksOnTheDefaultExtractorToo()
    {
        var doc = CitationResolver.Default.Resolve("Anderson v. Creighton, 48 U.S. 635, 639 (1987).");
        var result = CitationChecker.Check(doc, new CheckOptions { Today = CheckFixture.Today });
        var f = Assert.Single(result.Findings);
        Assert.Equal(("PR012", "error"), (f.Diagnostic.Code, f.Diagnostic.Severity));
        Assert.Equal(1, result.Errors);
    }
}
