using Precedent.Citations.Checking;
using Precedent.Citations.Output;
using Precedent.Citations.Parsers;
using Precedent.Citations.Scanning;

namespace Precedent.Citations.Tests.Checking;

/// <summary>
/// Runs the cite-checker over a sentence the way the engine will once the unknown-reporter parser is registered
/// in the pipeline: the default parsers, then <see cref="UnknownReporterParser"/> (added here when the pipeline
/// does not list it yet).
/// </summary>
internal static class CheckFixture
{
    /// <summary>A fixed "today", so that rows about the future stay true.</summary>
    public static readonly DateOnly Today = new(2026, 1, 1);

    private static readonly Lazy<Scanner> Scanner = new(() =>
    {
        var parsers = CitationPipeline.DefaultParsers().ToList();
        if (!parsers.Any(p => p is UnknownReporterParser))
            parsers.Add(new UnknownReporterParser());
        return new Scanner(parsers);
    });

    public static ResolvedDocument Resolve(string text)
    {
        var context = new ParseContext(text, CitationExtractor.Default.Catalog);
        var drafts = Scanner.Value.Scan(context);
        ReferenceFinder.AddReferences(context, drafts);
        var citations = DraftFinalizer.Finalize(text, drafts);
        return CitationResolver.Default.Resolve(text, citations, null);
    }

    public static CheckResult Check(string text, DateOnly? documentDate = null)
        => CitationChecker.Check(Resolve(text), new CheckOptions { Today = Today, DocumentDate = documentDate });

    /// <summary>The findings of one rule for a text.</summary>
    public static List<Diagnostic> Findings(string text, string code, DateOnly? documentDate = null)
        => Check(text, documentDate).Findings.Select(f => f.Diagnostic).Where(d => d.Code == code).ToList();

    /// <summary>
    /// Asserts one row of a rule's table: how many findings of the rule the sentence gets; for the first, a part of
    /// its message and its whole suggestion (null: none).
    /// </summary>
    public static void AssertRow(string code, string sentence, int count, string? message, string? suggestion, string? documentDate = null)
    {
        var findings = Findings(sentence, code, documentDate is null ? null : DateOnly.Parse(documentDate, System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(findings.Count == count,
            $"{code}: expected {count} finding(s), got {findings.Count}: {string.Join(" | ", findings.Select(f => f.Message + " => " + f.Suggestion))}");
        if (count == 0)
            return;
        var first = findings[0];
        if (message is not null)
            Assert.Contains(message, first.Message, StringComparison.Ordinal);
        Assert.Equal(suggestion, first.Suggestion);
    }

    /// <summary>
    /// Correct citations of real cases, in the forms the rules look at: not one rule may fire on any of them.
    /// </summary>
    public static readonly string[] CorrectSentences =
    [
        "Officials are shielded unless the law was clearly established. Anderson v. Creighton, 483 U.S. 635, 639, 107 S. Ct. 3034, 97 L. Ed. 2d 523 (1987).",
        "The plaintiff carries a heavy two-part burden. Albright v. Rodriguez, 51 F.3d 1531, 1534 (10th Cir. 1995).",
        "Force is judged from the perspective of a reasonable officer on the scene. Graham v. Connor, 490 U.S. 386, 396 (1989).",
        "The constitutional question comes first. Saucier v. Katz, 533 U.S. 194, 201 (2001).",
        "Immunity is an entitlement not to stand trial. Mitchell v. Forsyth, 472 U.S. 511, 526 (1985).",
        "Objective reasonableness governs. Harlow v. Fitzgerald, 457 U.S. 800, 818 (1982).",
        "The review is de novo. Nelson v. McMullen, 207 F.3d 1202, 1205-06 (10th Cir. 2000).",
        "The Court left the matter open. Crawford-El v. Britton, 523 U.S. 574, 593 n.14 (1998).",
        "The panel so held in an unpublished order. Currier v. Doran, 2001 WL 202045, at *7 (10th Cir. Mar. 1, 2001).",
        "The claim failed. Albright v. Rodriguez, 51 F.3d 1531, 1534 (10th Cir. 1995). Id. at 1535. Later: Albright, 51 F.3d at 1536.",
        "Expert conclusions do not create a dispute. Matthiesen v. Banc One Mortgage Corp., 173 F.3d 1242, 1247 (10th Cir. 1999).",
        "The order was reversed. Plumhoff v. Rickard, 572 U.S. 765, 777, 134 S. Ct. 2012, 188 L. Ed. 2d 1056 (2014).",
        "We apply the statute. 42 U.S.C. § 1983; 28 U.S.C. § 1291; 29 C.F.R. § 1630.2(j).",
        "The stop-and-frisk practice was unconstitutional. Floyd v. City of New York, 959 F. Supp. 2d 540, 562 (S.D.N.Y. 2013).",
        "The risk reasonably to be perceived defines the duty. Palsgraf v. Long Island R.R. Co., 248 N.Y. 339, 344, 162 N.E. 99 (1928).",
        "The court revised its test for eyewitness identification. State v. Henderson, 208 N.J. 208, 27 A.3d 872 (2011).",
        "Case-specific hearsay is not admissible through an expert. People v. Sanchez (2016) 63 Cal.4th 665, 686.",
        "Force may end a chase. Scott v. Harris, 550 U.S. 372, 386 (2007).",
        "A slip opinion has no page yet. Matal v. Tam, 582 U.S. ___, 137 S. Ct. 1744 (2017).",
    ];
}
