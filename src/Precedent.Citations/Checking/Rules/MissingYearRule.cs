using Precedent.Citations.Catalog;

namespace Precedent.Citations.Checking.Rules;

/// <summary>
/// PR005: a full case citation with no year. Parallel citations share the year of their group; neutral and
/// database citations carry it in the volume; a decision whose subsequent history gives the year of the same
/// term needs none of its own (Bluebook 10.5). Only named citations count: a bare "Reported below: 993 F.2d 1550"
/// or a reporter caption is no full citation. Documents dated before 1990 are left alone, from a time when many
/// courts, the Supreme Court among them, cited without years.
/// </summary>
internal sealed class MissingYearRule : ICheckRule
{
    /// <summary>The first year whose documents are held to the modern form.</summary>
    internal const int FirstCheckedYear = 1990;

    public string Code => "PR005";

    public void Check(CheckContext context, List<Finding> findings)
    {
        if (context.Options.DocumentDate is { } date && date.Year < FirstCheckedYear)
            return;
        var doc = context.Document;
        var citations = doc.Citations;
        foreach (var c in citations)
        {
            if (c.Kind != CitationKind.Case || c.ParallelOf is not null || c.Year is not null || c.CaseName is null)
                continue;
            if (context.EditionOf(c) is { Kind: ReporterKind.Neutral or ReporterKind.Journal })
                continue;
            if (context.GroupOf(c).Any(g => g.Year is not null))
                continue;
            if (c.History.Any(h => h.Citation is { } hi && citations[hi].Year is not null))
                continue;
            if (CitationFacts.YearNearby(doc.Text, c) || CitationFacts.FollowsBlankCitation(doc.Text, c))
                continue;
            findings.Add(c, Code, Severity.Warning, $"{c.CaseName}, {c.Volume} {c.ReporterNormalized} {c.Page}, has no year");
        }
    }
}
