using Precedent.Citations.Catalog;

namespace Precedent.Citations.Checking.Rules;

/// <summary>
/// PR017: a year parenthetical with no court where the reporter does not imply one ("51 F.3d 1531 (1995)",
/// "100 P.3d 1 (2004)"). U.S. Reports, official state reports and public-domain citations name their court.
/// </summary>
internal sealed class MissingCourtRule : ICheckRule
{
    public string Code => "PR017";

    public void Check(CheckContext context, List<Finding> findings)
    {
        var text = context.Document.Text;
        foreach (var c in context.Document.Citations)
        {
            if (c.Kind != CitationKind.Case || c.ParallelOf is not null || c.Year is null || c.Court is not null || c.CourtText is not null)
                continue;
            if (context.EditionOf(c) is not { DefaultCourt: null } edition || edition.Kind is ReporterKind.Neutral or ReporterKind.Journal)
                continue;
            if (context.IsCaption(c) || CitationFacts.FollowsBlankCitation(text, c))
                continue;
            if (context.GroupOf(c).Any(g => g.Court is not null || context.EditionOf(g)?.DefaultCourt is not null))
                continue;
            findings.Add(c, Code, Severity.Info,
                $"no court in the parenthetical, and {edition.Abbreviation} publishes decisions of more than one court");
        }
    }
}
