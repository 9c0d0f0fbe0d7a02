using System.Globalization;
using Precedent.Citations.Catalog;

namespace Precedent.Citations.Checking.Rules;

/// <summary>
/// PR012: a volume of United States Reports whose decisions are from other years than the one cited
/// ("Anderson v. Creighton, 48 U.S. 635, 639 (1987)": volume 48 is from 1849). A year of slack is allowed at the
/// edges of a volume.
/// </summary>
/// <remarks>
/// Which of the two is wrong, the volume or the year? A parallel Supreme Court Reporter citation tells: from its
/// volume 20 on, S. Ct. has one volume per October Term, volume N covering N + 1879 to N + 1880. Failing that, the
/// same volume cited elsewhere in the document for the same case vouches for the volume. When the year is the
/// slip, the suggestion is the citation with the year of the volume. When the volume is, it is a volume of the
/// cited year that the written one is a slip of: one cited elsewhere in the document for the same case, else the
/// only volume of that year whose number extends the written one (48 → 48x) or is one keystroke away from it.
/// No suggestion when nothing is convincing (1987 alone fits volumes 480 to 484).
/// </remarks>
internal sealed class UsReportsYearRule : ICheckRule
{
    private const int Slack = 1;

    public string Code => "PR012";

    public void Check(CheckContext context, List<Finding> findings)
    {
        var catalog = context.Catalog;
        var text = context.Document.Text;
        foreach (var c in context.Document.Citations)
        {
            if (c.Kind != CitationKind.Case || c.ReporterNormalized != "U.S." || c.Year is not { } year)
                continue;
            if (!CitationFacts.YearIsReliable(c) || !CitationFacts.VolumeIsClean(text, c) || context.IsCaption(c))
                continue;
            if (!int.TryParse(c.Volume, NumberStyles.None, CultureInfo.InvariantCulture, out var volume))
                continue;
            if (catalog.UsReportsYears(volume) is not { } years)
                continue;
            if (year >= years.First - Slack && year <= years.Last + Slack)
                continue;
            var from = years.First == years.Last ? $"{years.First}" : $"{years.First}\u2013{years.Last}";
            findings.Add(c, Code, Severity.Error, $"volume {volume} of U.S. Reports is from {from}, not {year}",
                Suggest(context, c, volume, years, year));
        }
    }

    private static string? Suggest(CheckContext context, Citation c, int volume, (int First, int Last) years, int year)
    {
        var supremeCourtYears = SupremeCourtReporterYears(context, c);
        var yearIsWrong = supremeCourtYears is { } sy
            ? !(year >= sy.First - Slack && year <= sy.Last + Slack) && sy.First <= years.Last + Slack && years.First <= sy.Last + Slack
            : VolumeVouchedFor(context, c);
        if (yearIsWrong)
        {
            var first = Math.Max(years.First, supremeCourtYears?.First ?? years.First);
            var last = Math.Min(years.Last, supremeCourtYears?.Last ?? years.Last);
            return first == last ? $"{volume} U.S. {c.Page} ({first})" : null;
        }
        if (supremeCourtYears is { } y && !(year >= y.First - Slack && year <= y.Last + Slack))
            return null; // the two reporters disagree with the year and with each other
        return SuggestVolume(context, c, year) is { } v ? $"{v} U.S. {c.Page}" : null;
    }

    /// <summary>The October Term years of a parallel S. Ct. citation (volume 20 on), if the group has one.</summary>
    private static (int First, int Last)? SupremeCourtReporterYears(CheckContext context, Citation c)
    {
        foreach (var g in context.GroupOf(c))
        {
            if (g.ReporterNormalized == "S. Ct." && int.TryParse(g.Volume, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 20)
                return (n + 1879, n + 1880);
        }
        return null;
    }

    /// <summary>True when another citation of the document gives the same volume for the same case.</summary>
    private static bool VolumeVouchedFor(CheckContext context, Citation c)
    {
        foreach (var other in context.Document.Citations)
        {
            if (other.Index == c.Index || other.Volume != c.Volume || other.ReporterNormalized != "U.S.")
                continue;
            if (other.Kind == CitationKind.Case && other.Page == c.Page && other.Year is { } oy
                && context.Catalog.UsReportsYears(int.Parse(c.Volume!, CultureInfo.InvariantCulture)) is { } y && oy >= y.First - Slack && oy <= y.Last + Slack)
                return true; // the same citation with a year that fits the volume
            if (other.Kind == CitationKind.ShortCase && other.ShortName is { } sn && c.CaseName is { } name
                && name.Contains(sn, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    private static int? SuggestVolume(CheckContext context, Citation c, int year)
    {
        var catalog = context.Catalog;
        var written = c.Volume!;
        // 1. The same case cited elsewhere in the document with a volume of that year.
        var fromDocument = new HashSet<int>();
        foreach (var other in context.Document.Citations)
        {
            if (other.Index == c.Index || other.Kind != CitationKind.Case || other.ReporterNormalized != "U.S."
                || !int.TryParse(other.Volume, NumberStyles.None, CultureInfo.InvariantCulture, out var ov)
                || !Covers(catalog, ov, year))
                continue;
            var samePage = other.Page == c.Page;
            var sameName = PartyNames.SameCase(c, other);
            if ((samePage && sameName) || ((samePage || sameName) && IsSlipOf(written, ov)))
                fromDocument.Add(ov);
        }
        if (fromDocument.Count == 1)
            return fromDocument.First();
        // 2. The only volume of that year whose number extends the written one, else the only one a keystroke away.
        var ofYear = new List<int>();
        for (var v = 1; v <= 2000; v++)
        {
            if (Covers(catalog, v, year))
                ofYear.Add(v);
        }
        var extending = ofYear.Where(v => Extends(written, v)).ToList();
        if (extending.Count == 1)
            return extending[0];
        if (extending.Count > 1)
            return null;
        var near = ofYear.Where(v => EditDistance.Between(written, Text(v)) == 1).ToList();
        return near.Count == 1 ? near[0] : null;
    }

    private static bool Covers(CitationCatalog catalog, int volume, int year)
        => catalog.UsReportsYears(volume) is { } y && year >= y.First && year <= y.Last;

    /// <summary>"483" extends "48": a digit was dropped at the end.</summary>
    private static bool Extends(string written, int volume)
    {
        var t = Text(volume);
        return t.Length == written.Length + 1 && t.StartsWith(written, StringComparison.Ordinal);
    }

    private static bool IsSlipOf(string written, int volume) => Extends(written, volume) || EditDistance.Between(written, Text(volume)) <= 1;

    private static string Text(int v) => v.ToString(CultureInfo.InvariantCulture);
}
