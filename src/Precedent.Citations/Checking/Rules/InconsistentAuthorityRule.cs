namespace Precedent.Citations.Checking.Rules;

/// <summary>
/// PR013: one authority cited inconsistently. The same volume, reporter and page under two different case names
/// or with two different years; or the same case name with two different volumes or pages of one reporter where
/// one looks like a slip of the other (same year, one number equal or both a keystroke apart, no hereinafter
/// alias telling two decisions apart). Reported on the later citation, naming the earlier.
/// </summary>
internal sealed class InconsistentAuthorityRule : ICheckRule
{
    public string Code => "PR013";

    [ThreadStatic]
    private static Dictionary<(string?, string?, string?), Citation>? t_byCore;

    [ThreadStatic]
    private static Dictionary<(long, string?), List<Citation>>? t_byName;

    public void Check(CheckContext context, List<Finding> findings)
    {
        var count = context.Document.Citations.Count;
        // the lookups are kept per thread and cleared per document: no new tables for every document
        var byCore = t_byCore ??= [];
        var byName = t_byName ??= [];
        byCore.Clear();
        byName.Clear();
        // each citation's name key is made once
        var nameKeys = new long?[count];
        var made = new bool[count];
        long? NameKeyOf(Citation g)
        {
            if (!made[g.Index])
            {
                made[g.Index] = true;
                nameKeys[g.Index] = NameKey(g.CaseName);
            }
            return nameKeys[g.Index];
        }
        var group = new List<Citation>(4);
        foreach (var c in context.Document.Citations)
        {
            if (c.Kind != CitationKind.Case || c.ParallelOf is not null || context.IsCaption(c))
                continue;
            group.Clear();
            foreach (var g in context.GroupOf(c))
            {
                if (g.Volume is not null && PinPages.PageNumber(g.Page) is not null)
                    group.Add(g);
            }
            var reported = false;
            foreach (var g in group)
            {
                if (!byCore.TryGetValue(Key(g), out var earlier))
                    continue;
                var core = Core(g);
                if (g.CaseName is not null && earlier.CaseName is not null && PartyNames.Differ(g, earlier))
                {
                    findings.Add(c, Code, Severity.Warning,
                        $"{core} is named \"{g.CaseName}\" here but \"{earlier.CaseName}\" earlier", earlier.CaseName);
                    reported = true;
                    break;
                }
                if (g.Year is { } y && earlier.Year is { } ey && y != ey && CitationFacts.YearIsReliable(g) && CitationFacts.YearIsReliable(earlier))
                {
                    findings.Add(c, Code, Severity.Warning, $"{core} is dated {y} here but {ey} earlier");
                    reported = true;
                    break;
                }
            }
            if (!reported)
                CheckName(c, group, byName, findings, NameKeyOf);
            foreach (var g in group)
            {
                byCore.TryAdd(Key(g), g);
                if (NameKeyOf(g) is { } nk)
                {
                    var key = (nk, g.ReporterNormalized);
                    if (!byName.TryGetValue(key, out var list))
                        byName[key] = list = [];
                    list.Add(g);
                }
            }
        }
        byCore.Clear();
        byName.Clear();
    }

    private void CheckName(Citation c, List<Citation> group, Dictionary<(long, string?), List<Citation>> byName, List<Finding> findings,
        Func<Citation, long?> nameKeyOf)
    {
        if (c.Alias is not null)
            return;
        foreach (var g in group)
        {
            if (nameKeyOf(g) is not { } nk || !byName.TryGetValue((nk, g.ReporterNormalized), out var earlierList))
                continue;
            foreach (var e in earlierList)
            {
                if (e.Volume == g.Volume && e.Page == g.Page)
                    break; // the same citation again: consistent
                if (e.Alias is not null || (g.Year is { } y && e.Year is { } ey && y != ey) || !LooksLikeSlip(e, g))
                    continue;
                findings.Add(c, Code, Severity.Warning,
                    $"{g.CaseName} is cited as {Core(e)} earlier but as {Core(g)} here", Core(e));
                return;
            }
        }
    }

    /// <summary>
    /// One number the same and the other a keystroke away ("48" for "483", "368" for "386"): two decisions of
    /// one name in one volume ("Williams v. Taylor, 529 U.S. 362" and "529 U.S. 420") are not a slip.
    /// </summary>
    private static bool LooksLikeSlip(Citation a, Citation b)
    {
        var volumeDistance = EditDistance.Between(a.Volume ?? "", b.Volume ?? "");
        var pageDistance = EditDistance.Between(a.Page ?? "", b.Page ?? "");
        return (volumeDistance == 0 && pageDistance == 1) || (pageDistance == 0 && volumeDistance == 1);
    }

    private static string Core(Citation c) => $"{c.Volume} {c.ReporterNormalized} {c.Page}";

    /// <summary>The same as <see cref="Core"/>, without making a string.</summary>
    private static (string?, string?, string?) Key(Citation c) => (c.Volume, c.ReporterNormalized, c.Page);

    /// <summary>
    /// The case name's letters and digits in lower case, as a 64-bit hash (FNV-1a) so that no string is made; null
    /// when too short to tell cases apart.
    /// </summary>
    private static long? NameKey(string? name)
    {
        if (name is null || !name.Contains(" v", StringComparison.Ordinal))
            return null; // only "A v. B" names tell cases apart
        var hash = 14695981039346656037UL;
        var length = 0;
        foreach (var ch in name)
        {
            if (!char.IsLetterOrDigit(ch))
                continue;
            hash = (hash ^ char.ToLowerInvariant(ch)) * 1099511628211UL;
            length++;
        }
        return length >= 6 ? (long)hash : null;
    }
}
