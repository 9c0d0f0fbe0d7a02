using Precedent.Citations.Catalog;

namespace Precedent.Citations.Checking.Rules;

/// <summary>
/// PR001: a case-shaped citation whose reporter the catalog does not know ("51 F.3e 1531"), with the closest known
/// spellings as the suggestion.
/// </summary>
internal sealed class UnknownReporterRule : ICheckRule
{
    private const int Suggestions = 3;

    public string Code => "PR001";

    public void Check(CheckContext context, List<Finding> findings)
    {
        foreach (var c in context.Document.Citations)
        {
            if (c.Kind != CitationKind.Unknown || c.Reporter is null || c.Volume is null)
                continue;
            if (context.EditionOf(c) is not null)
                continue;
            var written = c.ReporterNormalized ?? c.Reporter;
            var closest = Closest(context.Catalog, written, Suggestions);
            // One or two keystrokes from a known spelling ("F.5th", "F. Sup.", "F.Supp.2d.") is a mistake; further
            // off it may be a reporter the catalog lacks (an agency's reports), which is worth a look, not an alarm.
            var nearest = closest.Count > 0
                ? EditDistance.Between(CitationCatalog.KeyOf(closest[0]), CitationCatalog.KeyOf(written))
                : int.MaxValue;
            findings.Add(c, Code, nearest <= 2 ? Severity.Error : Severity.Warning, $"unknown reporter \"{written}\"",
                closest.Count > 0 ? $"did you mean {string.Join(", ", closest)}?" : null);
        }
    }

    /// <summary>
    /// The canonical abbreviations of the editions whose spellings (abbreviation or variant, white space ignored)
    /// are nearest to <paramref name="written"/>; case reporters only.
    /// </summary>
    internal static List<string> Closest(CitationCatalog catalog, string written, int count)
    {
        var key = CitationCatalog.KeyOf(written);
        var best = new Dictionary<ReporterEdition, (int Distance, int Order)>(ReferenceEqualityComparer.Instance);
        var order = 0;
        foreach (var e in catalog.Editions)
        {
            order++;
            if (e.Kind is ReporterKind.Neutral or ReporterKind.Journal)
                continue;
            var d = Distance(key, e.Abbreviation);
            foreach (var v in e.Variants)
                d = Math.Min(d, Distance(key, v));
            if (!best.TryGetValue(e, out var prev) || d < prev.Distance)
                best[e] = (d, order);
        }
        var limit = Math.Max(2, (key.Length + 1) / 2);
        return best
            .Where(kv => kv.Value.Distance <= limit)
            .OrderBy(kv => kv.Value.Distance)
            .ThenBy(kv => char.ToUpperInvariant(kv.Key.Abbreviation[0]) == char.ToUpperInvariant(key[0]) ? 0 : 1)
            .ThenByDescending(kv => CommonPrefix(key, CitationCatalog.KeyOf(kv.Key.Abbreviation)))
            .ThenBy(kv => Prominence(kv.Key.Kind))
            .ThenBy(kv => Math.Abs(CitationCatalog.KeyOf(kv.Key.Abbreviation).Length - key.Length))
            .ThenBy(kv => kv.Value.Order)
            .Select(kv => kv.Key.Abbreviation)
            .Distinct(StringComparer.Ordinal)
            .Take(count)
            .ToList();
    }

    // white-space-free keys of every spelling, made once
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Keys = new(StringComparer.Ordinal);

    private static int Distance(string key, string spelling)
    {
        var other = Keys.GetOrAdd(spelling, static s => CitationCatalog.KeyOf(s));
        // a case difference alone ("f.3d") is a smaller slip than a wrong letter
        var exact = EditDistance.Between(key, other);
        var folded = EditDistance.Between(key, other, ignoreCase: true);
        return folded < exact ? folded : exact;
    }

    private static int CommonPrefix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && char.ToUpperInvariant(a[n]) == char.ToUpperInvariant(b[n]))
            n++;
        return n;
    }

    /// <summary>The reporters most often meant, first.</summary>
    private static int Prominence(ReporterKind kind) => kind switch
    {
        ReporterKind.Scotus => 0,
        ReporterKind.Federal => 1,
        ReporterKind.Regional => 2,
        ReporterKind.State => 3,
        _ => 4,
    };
}
