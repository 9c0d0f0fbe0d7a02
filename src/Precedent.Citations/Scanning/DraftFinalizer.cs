namespace Precedent.Citations.Scanning;

/// <summary>
/// Turns drafts into immutable, indexed citations: document order, overlaps dropped, parallel groups, nesting
/// in parentheticals and history links expressed as indexes.
/// </summary>
internal static class DraftFinalizer
{
    public static IReadOnlyList<Citation> Finalize(string text, List<CitationDraft> drafts)
    {
        if (drafts.Count == 0)
            return [];
        drafts.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        // Drop drafts whose core overlaps a kept one (the first found at a position wins).
        var kept = new List<CitationDraft>(drafts.Count);
        var lastEnd = -1;
        foreach (var d in drafts)
        {
            if (d.Start < lastEnd || d.End <= d.Start || d.End > text.Length)
                continue;
            kept.Add(d);
            lastEnd = d.End;
        }
        foreach (var d in drafts)
            d.Index = -1;
        for (var i = 0; i < kept.Count; i++)
            kept[i].Index = i;
        // Nesting: a stack of open explanatory-parenthetical spans, innermost last.
        var nestedIn = new int?[kept.Count];
        var open = new List<(int Start, int End, int Owner)>();
        for (var i = 0; i < kept.Count; i++)
        {
            var d = kept[i];
            for (var k = open.Count - 1; k >= 0; k--)
            {
                if (open[k].End <= d.Start)
                    open.RemoveAt(k);
            }
            var bestStart = -1;
            foreach (var o in open)
            {
                if (o.Start <= d.Start && d.End <= o.End && o.Start > bestStart && o.Owner != i)
                {
                    bestStart = o.Start;
                    nestedIn[i] = o.Owner;
                }
            }
            if (d.ParentheticalSpans is { Count: > 0 } spans)
            {
                foreach (var sp in spans)
                    open.Add((sp.Start, sp.End, i));
            }
        }
        var result = new Citation[kept.Count];
        for (var i = 0; i < kept.Count; i++)
        {
            var d = kept[i];
            int? parallelOf = d.ParallelOf is { Index: >= 0 } p && p.Index != i ? p.Index : null;
            IReadOnlyList<HistoryEntry> history = [];
            if (d.History is { Count: > 0 } drafted)
            {
                var entries = new HistoryEntry[drafted.Count];
                for (var h = 0; h < drafted.Count; h++)
                    entries[h] = new HistoryEntry(drafted[h].Relation, IndexStartingAt(kept, drafted[h].CitationStart), drafted[h].Text);
                history = entries;
            }
            var fullStart = Math.Min(d.FullStart, d.Start);
            var fullEnd = Math.Max(d.FullEnd, d.End);
            result[i] = new Citation
            {
                Index = i,
                Kind = d.Kind,
                Start = d.Start,
                End = d.End,
                Text = text[d.Start..d.End],
                FullStart = Math.Max(0, fullStart),
                FullEnd = Math.Min(text.Length, fullEnd),
                Volume = d.Volume,
                Reporter = d.Reporter,
                ReporterNormalized = d.ReporterNormalized,
                Page = d.Page,
                PinCite = d.PinCite,
                Year = d.Year,
                Court = d.Court,
                CourtText = d.CourtText,
                DateText = d.DateText,
                CaseName = d.CaseName,
                Plaintiff = d.Plaintiff,
                Defendant = d.Defendant,
                Signal = d.Signal,
                Parentheticals = d.Parentheticals is null ? [] : d.Parentheticals,
                History = history,
                NestedIn = nestedIn[i],
                ParallelOf = parallelOf,
                Title = d.Title,
                Code = d.Code,
                Section = d.Section,
                Alias = d.Alias,
                ShortName = d.ShortName,
            };
        }
        return result;
    }

    /// <summary>The index of the kept citation that starts exactly at <paramref name="start"/> (binary search).</summary>
    private static int? IndexStartingAt(List<CitationDraft> kept, int start)
    {
        if (start < 0)
            return null;
        int lo = 0, hi = kept.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var s = kept[mid].Start;
            if (s == start)
                return mid;
            if (s < start)
                lo = mid + 1;
            else
                hi = mid - 1;
        }
        return null;
    }
}
