using Precedent.Citations.Catalog;
using Precedent.Citations.Checking.Rules;

namespace Precedent.Citations.Checking;

/// <summary>What every rule sees.</summary>
internal sealed class CheckContext(ResolvedDocument document, CheckOptions options, CitationCatalog catalog)
{
    public ResolvedDocument Document { get; } = document;
    public CheckOptions Options { get; } = options;
    public CitationCatalog Catalog { get; } = catalog;

    /// <summary>Pin targets per citation index, shared by the pin rules.</summary>
    public Dictionary<int, List<Citation>> PinTargetCache { get; } = [];

    /// <summary>The catalog edition of a case, short case, neutral or journal citation; null when not catalogued.</summary>
    public ReporterEdition? EditionOf(Citation c) => c.ReporterNormalized is { } r ? Catalog.FindEdition(r) : null;

    /// <summary>A reporter caption over the parties' names rather than a citation (see <see cref="CitationFacts.IsCaption"/>).</summary>
    public bool IsCaption(Citation c) => CitationFacts.IsCaption(Document.Text, c);

    /// <summary>A full citation and its parallel citations, in the order written.</summary>
    public List<Citation> GroupOf(Citation primary)
    {
        var citations = Document.Citations;
        var group = new List<Citation> { primary };
        for (var k = primary.Index + 1; k < citations.Count && k <= primary.Index + 12; k++)
        {
            if (citations[k].ParallelOf == primary.Index)
                group.Add(citations[k]);
        }
        return group;
    }
}

/// <summary>One cite-check rule: a stable code, a severity, and the check itself.</summary>
internal interface ICheckRule
{
    /// <summary>"PR012".</summary>
    string Code { get; }

    /// <summary>Adds its findings for the whole document.</summary>
    void Check(CheckContext context, List<Finding> findings);
}

/// <summary>The one list of rules, in code order.</summary>
internal static class CheckRules
{
    public static readonly IReadOnlyList<ICheckRule> All =
    [
        new UnknownReporterRule(),      // PR001
        new ReporterYearRule(),         // PR002
        new CourtCoverageRule(),        // PR003
        new FutureYearRule(),           // PR004
        new MissingYearRule(),          // PR005
        new PinBeforeFirstPageRule(),   // PR006
        new PinTooFarRule(),            // PR007
        new PinRangeRule(),             // PR008
        new NoAntecedentRule(),         // PR009
        new AmbiguousIdRule(),          // PR010
        new IdAcrossPartsRule(),        // PR011
        new UsReportsYearRule(),        // PR012
        new InconsistentAuthorityRule(), // PR013
        new ReporterFormRule(),         // PR014
        new ParallelOrderRule(),        // PR015
        new SectionSignRule(),          // PR016
        new MissingCourtRule(),         // PR017
    ];
}
