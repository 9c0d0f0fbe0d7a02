using Precedent.Citations.Catalog;

namespace Precedent.Citations.Checking.Rules;

/// <summary>The pages a pin of a citation can point into: its own first page, or those of the case it refers to.</summary>
internal static class PinTargets
{
    /// <summary>
    /// For a full citation, itself; for a short cite, the citation of its authority in the same volume and
    /// reporter (else all of them); for Id. and supra, every full citation of the authority, since the pin may
    /// point into any parallel reporter. Only citations with a numbered first page are returned; none for an Id.
    /// that may mean something the extractor does not read.
    /// </summary>
    public static List<Citation> Of(CheckContext context, Citation c)
        // PR006 and PR007 both measure every pin against the same targets: work them out once per citation.
        => context.PinTargetsOf(c, ComputeTargets);

    private static readonly Func<CheckContext, Citation, List<Citation>> ComputeTargets = Compute;
    private static readonly Func<CheckContext, Citation, List<PinPage>> ReadPages = ReadPagesOf;

    private static List<Citation> Compute(CheckContext context, Citation c)
    {
        var result = new List<Citation>();
        if (c.Reporter?.Contains("No.", StringComparison.Ordinal) == true)
            return result; // "361 N.L.R.B. No. 65, at 5": a slip decision's number and its own pages
        switch (c.Kind)
        {
            case CitationKind.Case:
            case CitationKind.Journal:
            case CitationKind.Unknown:
                result.Add(c);
                break;
            case CitationKind.ShortCase:
            {
                if (context.Document.AntecedentOf(c) is not { Kind: CitationKind.Case } ante)
                {
                    // "pin 600 lies before the first page of every earlier 483 U.S. citation": the full citations
                    // of that volume are what the pin was measured against, unless the short cite's name (its own,
                    // or a supra's right before it: "Weathers, supra, 15 B.R. at 614") is none of theirs.
                    if (context.Document.UnresolvedReason(c) is { } reason && UnresolvedReasons.IsPinBefore(reason))
                    {
                        var volume = SameVolume(context, c).ToList();
                        if (NameOf(context, c) is not { } name || volume.Any(k => NameFits(name, k)))
                            result.AddRange(volume);
                    }
                    break;
                }
                var group = AuthorityCases(context, ante);
                var same = group.Where(g => g.Volume == c.Volume && g.ReporterNormalized == c.ReporterNormalized).ToList();
                result.AddRange(same.Count > 0 ? same : group);
                break;
            }
            case CitationKind.Id:
                // An Id. is measured only when nothing it might mean instead (a record page, a complaint, an
                // appendix the extractor does not read) stands between it and the citation before.
                if (CitationFacts.IdNamesCase(context.Document, c) || !CitationFacts.IdFollowsClosely(context.Document, c))
                    break;
                if ((context.Document.AntecedentOf(c) ?? context.Document.RejectedAntecedentOf(c)) is not { Kind: CitationKind.Case } target)
                    break;
                result.AddRange(AuthorityCases(context, target));
                // "Id. at 624-25, 584 N.W.2d 632": the parallel citation after the Id. says which case it means
                if (FollowingCitation(context, c) is { } next)
                    result.AddRange(AuthorityCases(context, next));
                break;
            case CitationKind.Supra:
                if (context.Document.AntecedentOf(c) is { Kind: CitationKind.Case or CitationKind.Journal } named)
                    result.AddRange(AuthorityCases(context, named));
                break;
        }
        result.RemoveAll(static t => PinPages.PageNumber(t.Page) is null || t.Reporter?.Contains("No.", StringComparison.Ordinal) == true);
        if (result.Count < 2)
            return result;
        // distinct by volume, reporter and page, keeping the first; the lists are short
        var distinct = new List<Citation>(result.Count);
        foreach (var t in result)
        {
            var seen = false;
            foreach (var d in distinct)
            {
                if (d.Volume == t.Volume && d.ReporterNormalized == t.ReporterNormalized && d.Page == t.Page)
                {
                    seen = true;
                    break;
                }
            }
            if (!seen)
                distinct.Add(t);
        }
        return distinct;
    }

    /// <summary>
    /// Every full citation, in every reporter, of the authority a citation belongs to: "Id. at 431, 111 S. Ct.
    /// 2382" makes a citation of the S. Ct. page alone, which is the same authority as "501 U.S. 429, 111 S. Ct.
    /// 2382" before it.
    /// </summary>
    private static List<Citation> AuthorityCases(CheckContext context, Citation target)
    {
        var doc = context.Document;
        var group = context.GroupOf(target);
        if (doc.AuthorityIndex(target.Index) is not { } authority)
            return [.. group];
        // Every Id. and short cite of an authority asks for the same list: make it once per authority. The target's
        // own parallel group belongs to the authority, save when the resolver grouped it elsewhere.
        var cases = context.AuthorityCasesOf(authority, a =>
        {
            var list = new List<Citation>();
            foreach (var i in doc.Authorities[a].Citations)
            {
                var k = doc.Citations[i];
                if (k.Kind is CitationKind.Case or CitationKind.Journal)
                    list.Add(k);
            }
            return list;
        });
        List<Citation>? extended = null;
        foreach (var g in group)
        {
            if (!cases.Contains(g))
                (extended ??= [.. cases]).Add(g);
        }
        // callers only read the list (they copy what they keep into their own)
        return extended ?? cases;
    }

    /// <summary>A full citation joined to the Id. by a comma: "Id. at 431, 111 S. Ct. 2382".</summary>
    private static Citation? FollowingCitation(CheckContext context, Citation c)
    {
        var doc = context.Document;
        if (c.Index + 1 >= doc.Citations.Count)
            return null;
        var next = doc.Citations[c.Index + 1];
        if (next.Kind != CitationKind.Case || next.Start < c.End)
            return null;
        var gap = doc.Text.AsSpan(c.End, next.Start - c.End).Trim();
        return gap is "," ? next : null;
    }

    /// <summary>
    /// True when a short cite's pin lies before every first page of its volume and its name matches none of those
    /// cases: another case of the same volume, never cited in full (PR009, not PR006).
    /// </summary>
    public static bool NamesAnotherCase(CheckContext context, Citation c)
        => c.Kind == CitationKind.ShortCase && NameOf(context, c) is { } name && !SameVolume(context, c).Any(k => NameFits(name, k));

    /// <summary>The name a short cite goes by: its own ("Albright, 51 F.3d at 1534") or a supra's right before it.</summary>
    private static string? NameOf(CheckContext context, Citation c)
    {
        if (c.ShortName is { } own)
            return own;
        if (c.Index == 0)
            return null;
        var prev = context.Document.Citations[c.Index - 1];
        if (prev.Kind != CitationKind.Supra || prev.ShortName is null || prev.End > c.Start)
            return null;
        var gap = context.Document.Text.AsSpan(prev.End, c.Start - prev.End).Trim();
        return gap is "," or "" ? prev.ShortName : null;
    }

    private static bool NameFits(string shortName, Citation full)
        => (full.CaseName?.Contains(shortName, StringComparison.OrdinalIgnoreCase) ?? false)
           || (full.Plaintiff is { } p && PartyNames.Same(shortName, p))
           || (full.Defendant is { } d && PartyNames.Same(shortName, d));

    private static IEnumerable<Citation> SameVolume(CheckContext context, Citation c)
    {
        foreach (var k in context.Document.Citations)
        {
            if (k.Index >= c.Index)
                break;
            if (k.Kind == CitationKind.Case && k.Volume == c.Volume && k.ReporterNormalized == c.ReporterNormalized)
                yield return k;
        }
    }

    /// <summary>
    /// The page items of a citation's pin. For a full citation, a last item that runs straight into more citation
    /// text is left out: it is the volume of a parallel citation the extractor did not read ("268 S.C. 492, 234
    /// S.E. (2d) 879", "84 S. Ct. 1509, 12 *1123 L.Ed.2d 723"); so is a year standing in for the parenthetical
    /// ("512 F.2d 1013, 1975").
    /// </summary>
    /// <summary>
    /// Runs <paramref name="check"/> over every page of every pin that has targets to be measured against, until it
    /// reports for that citation (returns true): one finding per citation. Shared by PR006 and PR007.
    /// </summary>
    public static void ForEachPinPage(CheckContext context, Func<Citation, List<Citation>, PinPage, bool> check)
    {
        foreach (var c in context.Document.Citations)
        {
            if (c.PinCite is null)
                continue;
            var targets = Of(context, c);
            if (targets.Count == 0)
                continue;
            foreach (var p in Pages(context, c))
            {
                if (p.IsPage && check(c, targets, p))
                    break;
            }
        }
    }

    public static List<PinPage> Pages(CheckContext context, Citation c) => context.PinPagesOf(c, ReadPages);

    /// <summary>The page items of a pin as written (shared, do not modify): PR008 reads them as they are.</summary>
    public static List<PinPage> RawPages(CheckContext context, Citation c) => context.RawPinPagesOf(c);

    private static List<PinPage> ReadPagesOf(CheckContext context, Citation c)
    {
        var pages = context.RawPinPagesOf(c);
        if (pages.Count == 0)
            return pages;
        var full = c.Kind is CitationKind.Case or CitationKind.Journal or CitationKind.Unknown;
        var last = pages[^1];
        if (full && c.Year is null && last.RangeTail is null && last.Length == 4 && last.First is >= 1700 and <= 2099)
            return pages[..^1];
        var text = context.Document.Text;
        var end = full ? PinEnd(text, c) : c.End;
        if (end < 0)
            return pages;
        var k = end;
        while (k < text.Length && char.IsWhiteSpace(text[k]))
            k++;
        // "…, 234 S.E. (2d) 879", "… 12 *1123 L.Ed.2d", "supra, at 180 Md. 612", "151. S.W.2d 1007", "608, N.W.2d":
        // a volume, not a pin
        var volumeAhead = (k < text.Length && (char.IsLetterOrDigit(text[k]) || text[k] == '*') && (full || (k > end && char.IsUpper(text[k]))))
                          || ReporterAhead(context, text, end);
        // "308 S.W.2d 623, 630, 1. c. 630": Missouri's "l. c." (loco citato) misread
        var locoCitato = end + 2 < text.Length && text[end] == '.' && text[end + 1] == ' ' && char.IsAsciiLetterLower(text[end + 2]);
        return volumeAhead || locoCitato ? pages[..^1] : pages;
    }

    /// <summary>True when, past a period or comma and spaces, a catalogued reporter abbreviation and a page follow.</summary>
    private static bool ReporterAhead(CheckContext context, string text, int end)
    {
        var i = end;
        if (i < text.Length && text[i] is '.' or ',')
            i++;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
            i++;
        if (i >= text.Length || !char.IsAsciiLetterUpper(text[i]))
            return false;
        var spelling = new System.Text.StringBuilder();
        for (var tokens = 0; tokens < 4 && i < text.Length; tokens++)
        {
            var e = i;
            while (e < text.Length && !char.IsWhiteSpace(text[e]))
                e++;
            spelling.Append(text, i, e - i);
            while (e < text.Length && char.IsWhiteSpace(text[e]))
                e++;
            if (e < text.Length && char.IsAsciiDigit(text[e]) && context.Catalog.FindEdition(spelling.ToString()) is not null)
                return true;
            i = e;
        }
        return false;
    }

    /// <summary>Where the pin of a full citation ends in the text (the pin is stored with its white space collapsed).</summary>
    private static int PinEnd(string text, Citation c)
    {
        var pin = c.PinCite!;
        for (var start = c.End; start < text.Length && start <= c.End + 8; start++)
        {
            if (text[start] != pin[0])
                continue;
            var i = start;
            var j = 0;
            while (i < text.Length && j < pin.Length)
            {
                if (pin[j] == ' ')
                {
                    if (!char.IsWhiteSpace(text[i]))
                        break;
                    while (i < text.Length && char.IsWhiteSpace(text[i]))
                        i++;
                    j++;
                    continue;
                }
                if (text[i] != pin[j])
                    break;
                i++;
                j++;
            }
            if (j == pin.Length)
                return i;
        }
        return -1;
    }

    /// <summary>"483 U.S. 635".</summary>
    public static string Core(Citation t) => $"{t.Volume} {t.ReporterNormalized} {t.Page}";

    /// <summary>How the finding names the citation: "pin 600", "Id. at 600".</summary>
    public static string Subject(Citation c, PinPage p) => c.Kind switch
    {
        CitationKind.Id => $"Id. at {p.Text}",
        CitationKind.ShortCase => $"{c.Volume} {c.ReporterNormalized} at {p.Text}",
        CitationKind.Supra => $"supra at {p.Text}",
        _ => $"pin {p.Text}",
    };

    /// <summary>Pages a pin may reach past the first page before it is implausible: opinions rarely run longer.</summary>
    public static int Reach(ReporterEdition? edition) => edition?.Kind switch
    {
        // U.S. Reports prints the long separate opinions of landmark cases on small pages (Furman v. Georgia runs
        // 233 pages); S. Ct. and L. Ed. print the same in about 150
        ReporterKind.Scotus => edition.Abbreviation == "U.S." ? 250 : 150,
        // official state reports print fewer words to the page
        ReporterKind.State or ReporterKind.Nominative => 300,
        _ => 250,
    };
}

/// <summary>PR006: a pin before the first page ("483 U.S. 635, 600"), for full cites and for short forms against their case.</summary>
internal sealed class PinBeforeFirstPageRule : ICheckRule
{
    public string Code => "PR006";

    public void Check(CheckContext context, List<Finding> findings)
        => PinTargets.ForEachPinPage(context, (c, targets, p) =>
        {
            foreach (var t in targets)
            {
                if (p.First >= PinPages.PageNumber(t.Page)!.Value)
                    return false;
            }
            var names = string.Join(", ", targets.Take(3).Select(PinTargets.Core));
            // Certain only when the citation carries its own first page or resolved to its case; an Id. the
            // resolver turned away, or a short cite measured against other cases of its volume, may mean
            // something the text does not cite in full.
            var certain = c.Kind is CitationKind.Case or CitationKind.Journal or CitationKind.Unknown
                          || context.Document.AntecedentOf(c) is not null;
            findings.Add(c, Code, certain ? Severity.Error : Severity.Warning,
                $"{PinTargets.Subject(c, p)} is before the first page of {names}");
            return true;
        });
}

/// <summary>
/// PR007: a pin implausibly far after the first page (more than 150 pages in S. Ct. and L. Ed., 250 in U.S. Reports
/// and the federal and regional reporters, 300 in official state reports): usually a mistyped pin or first page.
/// Star pages and paragraphs are not pages of the reporter.
/// </summary>
internal sealed class PinTooFarRule : ICheckRule
{
    public string Code => "PR007";

    public void Check(CheckContext context, List<Finding> findings)
        => PinTargets.ForEachPinPage(context, (c, targets, p) =>
        {
            Citation? t0 = null;
            foreach (var t in targets)
            {
                var first = PinPages.PageNumber(t.Page)!.Value;
                if (p.First < first)
                    continue;
                if (p.First - first <= PinTargets.Reach(context.EditionOf(t)))
                    return false;
                t0 ??= t;
            }
            if (t0 is null)
                return false; // PR006
            var distance = p.First - PinPages.PageNumber(t0.Page)!.Value;
            findings.Add(c, Code, Severity.Warning,
                $"{PinTargets.Subject(c, p)} is {distance} pages after the first page of {PinTargets.Core(t0)}");
            return true;
        });
}

/// <summary>
/// PR008: a pin range that ends before it begins ("1205-1204", "1205–03"). The short form "1205-06" means
/// 1205–1206; a short form that rolls over a hundred ("998-02" for 998–1002) is read as such when it stays short.
/// </summary>
internal sealed class PinRangeRule : ICheckRule
{
    private const int RollOverReach = 20;

    public string Code => "PR008";

    public void Check(CheckContext context, List<Finding> findings)
    {
        foreach (var c in context.Document.Citations)
        {
            if (c.PinCite is null || c.Kind is CitationKind.Record or CitationKind.Statute or CitationKind.Regulation
                    or CitationKind.Rule or CitationKind.Constitution)
                continue;
            foreach (var p in PinTargets.RawPages(context, c))
            {
                if (p.Last is not { } last || p.RangeTail is not { } tail || last >= p.First)
                    continue;
                if (tail.Length < DigitCount(p.First))
                {
                    var rolled = last + Pow10(tail.Length);
                    if (rolled > p.First && rolled - p.First <= RollOverReach)
                        continue;
                }
                findings.Add(c, Code, Severity.Error, $"pin range {p.Text} ends (at {last}) before it begins (at {p.First})");
                break;
            }
        }
    }

    private static int DigitCount(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;

    private static int Pow10(int k)
    {
        var v = 1;
        for (var i = 0; i < k; i++)
            v *= 10;
        return v;
    }
}
