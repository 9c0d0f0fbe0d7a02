using Precedent.Citations.Catalog;

namespace Precedent.Citations.Checking.Rules;

/// <summary>
/// PR002: a decision year outside the years in which the reporter edition was published ("51 F.3d 1531 (1985)"),
/// with a year of slack at each end. U.S. Reports is left to PR012, which knows the years of each volume.
/// </summary>
internal sealed class ReporterYearRule : ICheckRule
{
    private const int Slack = 1;

    public string Code => "PR002";

    public void Check(CheckContext context, List<Finding> findings)
    {
        foreach (var c in context.Document.Citations)
        {
            if (c.Kind != CitationKind.Case || c.Year is not { } year || !CitationFacts.YearIsReliable(c) || context.IsCaption(c))
                continue;
            if (context.EditionOf(c) is not { StartYear: { } start } edition || edition.Abbreviation == "U.S.")
                continue;
            if (edition.Kind is ReporterKind.Neutral or ReporterKind.Journal)
                continue;
            var end = edition.EndYear;
            if (year >= start - Slack && (end is null || year <= end + Slack))
                continue;
            var span = end is null ? $"since {start}" : $"from {start} to {end}";
            var hint = Neighbour(context.Catalog, edition, year) is { } other ? $" ({other} covers {year})" : "";
            findings.Add(c, Code, Severity.Error,
                $"{edition.Abbreviation} was published {span}, not in {year}{hint}");
        }
    }

    /// <summary>The edition of the same reporter that was published in the year, if there is exactly one.</summary>
    private static string? Neighbour(CitationCatalog catalog, ReporterEdition wrong, int year)
    {
        var fits = catalog.Editions
            .Where(e => e != wrong && e.ReporterName == wrong.ReporterName && e.Kind == wrong.Kind
                        && e.StartYear is { } s && s <= year && (e.EndYear is null || year <= e.EndYear))
            .Select(e => e.Abbreviation)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return fits.Count == 1 ? fits[0] : null;
    }
}
