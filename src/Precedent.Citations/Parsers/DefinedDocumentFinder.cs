using Precedent.Citations.Catalog;
using Precedent.Citations.Scanning;

namespace Precedent.Citations.Parsers;

/// <summary>
/// Documents an opinion names by capitals it defines itself ("the Second Revised Proposed Final Judgment
/// (\"SRPFJ\")", "(hereinafter \"CIS\")"), cited later by section or page: "SRPFJ § III.C.1", "CIS at 35". Each such
/// cite is read as a record citation whose code is the defined name, so an Id. after it means that document.
/// </summary>
internal static class DefinedDocumentFinder
{
    private const int MinName = 2;
    private const int MaxName = 8;
    private const int MaxNames = 64;

    /// <summary>Adds a record draft for each cite of a defined name by section or page outside the drafts found.</summary>
    public static void AddDefinedDocuments(ParseContext context, List<CitationDraft> drafts)
    {
        var text = context.Text;
        var names = Definitions(text, context.Catalog);
        if (names.Count == 0)
            return;
        var spans = drafts.Select(d => (d.FullStart, d.FullEnd)).Order().ToArray();
        var maxEnd = new int[spans.Length];
        for (var k = 0; k < spans.Length; k++)
            maxEnd[k] = Math.Max(spans[k].FullEnd, k > 0 ? maxEnd[k - 1] : 0);
        var added = new List<CitationDraft>();
        foreach (var (name, definedAt) in names)
        {
            var from = definedAt;
            while (from < text.Length)
            {
                var i = text.IndexOf(name, from, StringComparison.Ordinal);
                if (i < 0)
                    break;
                from = i + name.Length;
                if (!TextScan.AtWordStart(text, i) || !TextScan.AtWordEnd(text, from) || Inside(spans, maxEnd, i))
                    continue;
                // "INA § 240A(b)": a section the statute parsers read already
                if (ReadPin(text, from) is { } pin && !StartsWithin(spans, i, pin.End))
                {
                    added.Add(new CitationDraft
                    {
                        Kind = CitationKind.Record,
                        Start = i,
                        End = pin.End,
                        FullStart = i,
                        FullEnd = pin.End,
                        Code = name,
                        Section = pin.Section,
                        PinCite = pin.Page,
                    });
                }
            }
        }
        drafts.AddRange(added);
    }

    /// <summary>
    /// Names defined in quotation marks inside brackets or after "hereinafter": ("SRPFJ"), (the “CIS”),
    /// hereinafter "RPFJ". Names the record catalog knows are left to its parser.
    /// </summary>
    private static List<(string Name, int DefinedAt)> Definitions(string text, CitationCatalog catalog)
    {
        var found = new List<(string, int)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        while (i < text.Length && found.Count < MaxNames)
        {
            var k = text.AsSpan(i).IndexOfAny('"', '\u201C');
            if (k < 0)
                break;
            var q = i + k;
            i = q + 1;
            var e = q + 1;
            while (e < text.Length && e - q <= MaxName && char.IsAsciiLetterUpper(text[e]))
                e++;
            var len = e - q - 1;
            if (len < MinName || len > MaxName || e >= text.Length || text[e] is not ('"' or '\u201D'))
                continue;
            if (!Introduced(text, q) || !(e + 1 < text.Length && text[e + 1] is ')' or ',' or ';' or ']' or ' '))
                continue;
            var name = text.Substring(q + 1, len);
            if (catalog.Laws.Records.FindCode(name) is not null || !seen.Add(name))
                continue;
            found.Add((name, e + 1));
        }
        return found;
    }

    /// <summary>"(\"", "(the \"", "hereinafter \"", "hereinafter, the \"" before the opening mark.</summary>
    private static bool Introduced(string text, int q)
    {
        var b = TextScan.SkipSpacesBack(text, q, Math.Max(0, q - 2));
        if (b > 0 && text[b - 1] == '(' )
            return true;
        if (b >= 3 && text.AsSpan(b - 3, 3) is "the" && (b == 3 || !char.IsLetter(text[b - 4])))
        {
            var c = TextScan.SkipSpacesBack(text, b - 3, Math.Max(0, b - 5));
            if (c > 0 && text[c - 1] == '(')
                return true;
            b = c > 0 && text[c - 1] == ',' ? c - 1 : c;
        }
        b = TextScan.SkipSpacesBack(text, b, Math.Max(0, b - 2));
        return b >= 11 && text.AsSpan(b - 11, 11).Equals("hereinafter", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"§ III.C.1", "§§ 4-5", "at 35": the section or page after the name (a Thai "ง" stands for "§").</summary>
    private static (int End, string? Section, string? Page)? ReadPin(string text, int from)
    {
        var n = TextScan.SkipSpaces(text, from, Math.Min(text.Length, from + 2));
        if (n == from || n >= text.Length)
            return null;
        if (text[n] is '\u00A7' or '\u0E07')
        {
            var s = n + 1;
            if (s < text.Length && text[s] is '\u00A7' or '\u0E07')
                s++;
            s = TextScan.SkipSpaces(text, s, Math.Min(text.Length, s + 2));
            var e = s;
            while (e < text.Length && e - s < 40 && (char.IsLetterOrDigit(text[e]) || text[e] is '.' or '(' or ')' or '-'))
                e++;
            while (e > s && text[e - 1] is '.' or '(')
                e--;
            // a closing bracket only when it closes one of the section's own ("III.J.1(a)")
            if (e > s && text[e - 1] == ')' && text.AsSpan(s, e - s).Count('(') < text.AsSpan(s, e - s).Count(')'))
                e--;
            return e > s && char.IsLetterOrDigit(text[s]) ? (e, text[s..e], null) : null;
        }
        if (n + 3 < text.Length && text[n] == 'a' && text[n + 1] == 't' && text[n + 2] == ' ' && char.IsAsciiDigit(text[n + 3]))
        {
            var e = TextScan.ReadPin(text, n + 3);
            if (e <= n + 3)
                return null;
            // never "at 10 p.m." nor "at 5:30"
            if (e < text.Length && text[e] == ':')
                return null;
            var a = TextScan.SkipSpaces(text, e, Math.Min(text.Length, e + 1));
            if (a + 1 < text.Length && text[a] is 'a' or 'p' && text[a + 1] == '.' && a > e)
                return null;
            return (e, null, text[(n + 3)..e].TrimEnd());
        }
        return null;
    }

    /// <summary>True when a span starts in <c>[from, to)</c>.</summary>
    private static bool StartsWithin((int Start, int End)[] spans, int from, int to)
    {
        int lo = 0, hi = spans.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (spans[mid].Start < from)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo < spans.Length && spans[lo].Start < to;
    }

    private static bool Inside((int Start, int End)[] spans, int[] maxEnd, int p)
    {
        // the last span starting at or before p, then whether any span up to it reaches past p
        int lo = 0, hi = spans.Length - 1, at = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (spans[mid].Start <= p)
            {
                at = mid;
                lo = mid + 1;
            }
            else
                hi = mid - 1;
        }
        return at >= 0 && maxEnd[at] > p;
    }
}
