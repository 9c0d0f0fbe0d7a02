using System.Text;
using Precedent.Citations;

namespace Precedent.Citations.Tests;

/// <summary>
/// Hostile and degenerate inputs: the engine returns (in linear time — the CI time limit would catch a quadratic
/// blow-up on these sizes) and never throws. No timing assertions here: speed is measured by `precedent bench`.
/// </summary>
public class AdversarialInputTests
{
    public static TheoryData<string, string> Inputs()
    {
        var data = new TheoryData<string, string>
        {
            { "empty", "" },
            { "white space only", new string(' ', 10_000) + "\n\t\u00A0\r\n" },
            { "binary-looking", new string(Enumerable.Range(0, 20_000).Select(i => (char)(i % 64)).ToArray()) },
            { "lone surrogates", "\uD800 483 U.S. 635 \uDC00 Id. \uDBFF" },
            { "a million v. ", Repeat("v. ", 1_000_000) },
            { "a million Id. ", Repeat("Id. ", 1_000_000) },
            { "a million 1 U.S. 1 ", Repeat("1 U.S. 1 ", 1_000_000) },
            { "deep parentheses", new string('(', 200_000) + "483 U.S. 635" + new string(')', 200_000) },
            { "unbalanced parentheses after cites", Repeat("483 U.S. 635 (", 100_000) },
            { "digits", Repeat("1234 ", 400_000) },
            { "section signs", Repeat("§ ", 500_000) },
            { "supra", Repeat("Smith, supra, ", 200_000) },
            { "names without cites", Repeat("Smith v. Jones, ", 200_000) },
            { "commas", Repeat(", ", 1_000_000) },
            { "hereinafter", Repeat("483 U.S. 635 [hereinafter ", 100_000) },
            { "history words", Repeat("483 U.S. 635, aff'd, ", 100_000) },
            { "capital names with sections before Id.", "Graham v. Connor, 490 U.S. 386 (1989).\n" + Repeat("Smith. SRPFJ \u0E07 III.C. CIS at 35. ABCDEFGHIJ at ", 100_000) + "Id." },
            { "defined names cited by section", "(\"SRPFJ\") (the \u201CCIS\u201D) hereinafter \"AB\" " + Repeat("SRPFJ \u00A7 III.C.1(a)) CIS at 35 AB \u0E07 ((( Id. ", 100_000) },
            { "notes headings", Repeat("483 U.S. 635. NOTES\nId. subd. (b). FOOTNOTES \n Id., 4 ", 100_000) },
            { "report numbers", Repeat("S. Rep. No. 5, Cong. Rec. Id. cmt. ", 100_000) },
        };
        return data;
    }

    private static string Repeat(string s, int n)
    {
        var sb = new StringBuilder(s.Length * n);
        for (var i = 0; i < n; i++)
            sb.Append(s);
        return sb.ToString();
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void ExtractAndResolveReturnWithExactSpans(string name, string text)
    {
        var doc = CitationResolver.Default.Resolve(text);
        foreach (var c in doc.Citations)
            Assert.True(text[c.Start..c.End] == c.Text, $"{name}: span text mismatch at {c.Start}");
    }

    [Fact]
    public void AOneHundredMegabyteSingleLineIsRead()
    {
        var unit = "The court cited Anderson v. Creighton, 483 U.S. 635, 638 (1987), and then Id. at 640; the rest is prose without breaks ";
        var sb = new StringBuilder(100_000_000 + unit.Length);
        while (sb.Length < 100_000_000)
            sb.Append(unit);
        var text = sb.ToString();
        var cites = CitationExtractor.Default.Extract(text);
        Assert.Equal(0, text.Length % unit.Length);
        Assert.Equal(2 * (text.Length / unit.Length), cites.Count);
    }

    [Fact]
    public void ThousandsOfIdInARowResolveToTheLastFullCitation()
    {
        var text = "Graham v. Connor, 490 U.S. 386, 396 (1989). " + Repeat("Id. ", 5_000);
        var doc = CitationResolver.Default.Resolve(text);
        Assert.Equal(5_001, doc.Citations.Count);
        Assert.All(doc.Citations.Skip(1), c => Assert.Equal(0, doc.AntecedentIndex(c.Index)));
    }

    [Fact]
    public void ADocumentOfOnlyShortFormsIsUnresolvedWithReasons()
    {
        var text = "Id. at 4. Albright, 51 F.3d at 1534. Bush, supra, at 100. § 5.";
        var doc = CitationResolver.Default.Resolve(text);
        Assert.NotEmpty(doc.Citations);
        foreach (var c in doc.Citations)
        {
            Assert.Null(doc.AntecedentOf(c));
            if (c.Kind is CitationKind.Id or CitationKind.ShortCase or CitationKind.Supra)
                Assert.False(string.IsNullOrEmpty(doc.UnresolvedReason(c)));
        }
    }
}
