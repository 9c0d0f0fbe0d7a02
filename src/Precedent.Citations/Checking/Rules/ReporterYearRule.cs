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
            {
                CheckVolume(context, c, edition, year, findings);
                continue;
            }
            var span = end is null ? $"since {start}" : $"from {start} to {end}";
            var neighbour = Neighbour(context.Catalog, edition, year);
            // "105 App. D.C. 357 (1959)": the later series (U.S. App. D.C.) continued the volumes of the earlier and is
            // often cited by its shorter name; that is no mistake
            if (neighbour is not null && neighbour.EndsWith(" " + edition.Abbreviation, StringComparison.Ordinal))
                continue;
            var hint = neighbour is { } other ? $" ({other} covers {year})" : "";
            findings.Add(c, Code, Severity.Error,
                $"{edition.Abbreviation} was published {span}, not in {year}{hint}");
        }
    }

    /// <summary>Years a decision may lie from its volume's estimated year before the pair is suspect.</summary>
    internal const int VolumeSlack = 4;

    /// <summary>
    /// Within the edition's years, the volume itself: "51 F.2d 1531 (1987)" cites a volume of about 1931. More than
    /// ten years off is an error (a mistyped volume or year), five to ten a warning (the estimate is rough).
    /// </summary>
    private void CheckVolume(CheckContext context, Citation c, ReporterEdition edition, int year, List<Finding> findings)
    {
        if (!int.TryParse(c.Volume, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var volume)
            || context.Catalog.EstimatedYear(edition, volume) is not { } expected
            || !CitationFacts.VolumeIsClean(context.Document.Text, c))
            return;
        // One finding per parallel group, and none where U.S. Reports is in the group: PR012 knows its years exactly.
        var primary = c.ParallelOf is { } p ? context.Document.Citations[p] : c;
        foreach (var g in context.GroupOf(primary))
        {
            if (g.ReporterNormalized == "U.S.")
                return;
            if (g.Index < c.Index && g.Year == c.Year && context.EditionOf(g) is { } ge && g.Volume is { } gv
                && int.TryParse(gv, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var gvn)
                && context.Catalog.EstimatedYear(ge, gvn) is { } gy && Math.Abs(c.Year!.Value - gy) > VolumeSlack)
                return; // reported on an earlier member already
        }
        var off = Math.Abs(year - expected);
        if (off <= VolumeSlack)
            return;
        var volumes = context.Catalog.EstimatedVolumes(edition, year) is { } range
            ? range.First == range.Last ? $"; volume {range.First} is about {year}" : $"; volumes {range.First}–{range.Last} are about {year}"
            : "";
        findings.Add(c, Code, off > 10 ? Severity.Error : Severity.Warning,
            $"volume {volume} of {edition.Abbreviation} dates from about {expected}, not {year}{volumes}");
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
