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
        var limit = Math.Max(2, (key.Length + 1) / 2);
        var best = new Dictionary<ReporterEdition, (int Distance, int Order)>(ReferenceEqualityComparer.Instance);
        var order = 0;
        foreach (var (e, keys) in SpellingKeys.GetValue(catalog, MakeSpellingKeys))
        {
            order++;
            var d = int.MaxValue;
            foreach (var k in keys)
            {
                // the distance is at least the difference in length: skip what cannot come within the limit
                if (Math.Abs(k.Length - key.Length) > limit)
                    continue;
                // a case difference alone ("f.3d") is a smaller slip than a wrong letter: compare case-folded
                d = Math.Min(d, EditDistance.Between(key, k, ignoreCase: true));
            }
            if (d != int.MaxValue && (!best.TryGetValue(e, out var prev) || d < prev.Distance))
                best[e] = (d, order);
        }
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

    // the white-space-free keys of every case reporter's spellings, made once per catalog
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<CitationCatalog, List<(ReporterEdition, string[])>> SpellingKeys = [];

    private static List<(ReporterEdition, string[])> MakeSpellingKeys(CitationCatalog catalog)
    {
        var list = new List<(ReporterEdition, string[])>(catalog.Editions.Count);
        foreach (var e in catalog.Editions)
        {
            if (e.Kind is ReporterKind.Neutral or ReporterKind.Journal)
                continue;
            var keys = new string[e.Variants.Count + 1];
            keys[0] = CitationCatalog.KeyOf(e.Abbreviation);
            for (var i = 0; i < e.Variants.Count; i++)
                keys[i + 1] = CitationCatalog.KeyOf(e.Variants[i]);
            list.Add((e, keys));
        }
        return list;
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
