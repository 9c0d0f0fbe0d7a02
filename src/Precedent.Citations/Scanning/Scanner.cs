using System.Buffers;
using System.Collections.Frozen;

namespace Precedent.Citations.Scanning;

/// <summary>
/// Finds every anchor of every registered parser in one left-to-right pass and asks the parsers registered for
/// it, in priority order, to match. Digit runs are found with a vectorised <see cref="SearchValues{T}"/> scan;
/// literal anchors with a multi-string <see cref="SearchValues{T}"/> of strings.
/// </summary>
internal sealed class Scanner
{
    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    private readonly ICitationParser[] _digitParsers;
    // Anchors that do not start with a capital letter ("§", "id.", "supra", "section"): few, found with a
    // multi-string SearchValues.
    private readonly SearchValues<string>? _otherAnchors;
    private readonly string[] _otherList;
    // Anchors that start with a capital letter (thousands of code and rule names): found by scanning for the
    // capitals that start some anchor, then looking up the first characters there.
    private readonly SearchValues<char> _capitalStarts;
    private readonly FrozenDictionary<string, (string Anchor, ICitationParser[] Parsers)[]> _byPrefix;
    private readonly FrozenDictionary<string, (string Anchor, ICitationParser[] Parsers)[]>.AlternateLookup<ReadOnlySpan<char>> _prefixLookup;

    public Scanner(IReadOnlyList<ICitationParser> parsers)
    {
        var digit = new List<ICitationParser>();
        var byAnchor = new Dictionary<string, List<ICitationParser>>(StringComparer.Ordinal);
        foreach (var p in parsers)
        {
            foreach (var a in p.Anchors)
            {
                if (a == Anchor.DigitRun)
                {
                    digit.Add(p);
                    continue;
                }
                if (a.Length == 0)
                    continue;
                if (!byAnchor.TryGetValue(a, out var list))
                    byAnchor[a] = list = [];
                list.Add(p);
            }
        }
        _digitParsers = [.. digit];
        var others = byAnchor.Keys.Where(k => !char.IsAsciiLetterUpper(k[0])).ToArray();
        _otherAnchors = others.Length > 0 ? SearchValues.Create(others, StringComparison.Ordinal) : null;
        _otherList = others;
        _capitalStarts = SearchValues.Create(new string(byAnchor.Keys.Where(k => char.IsAsciiLetterUpper(k[0])).Select(k => k[0]).Distinct().ToArray()));
        // Longest anchors first, so that "Fed. R. Civ. P." is tried before "Fed. R.".
        _byPrefix = byAnchor
            .GroupBy(kv => kv.Key[..Math.Min(PrefixLength, kv.Key.Length)], StringComparer.Ordinal)
            .ToFrozenDictionary(
                g => g.Key,
                g => g.OrderByDescending(kv => kv.Key.Length).Select(kv => (kv.Key, kv.Value.ToArray())).ToArray(),
                StringComparer.Ordinal);
        _prefixLookup = _byPrefix.GetAlternateLookup<ReadOnlySpan<char>>();
        // A table of the (ASCII) three-character and two-character beginnings of every anchor, so that the
        // thousands of capitals of a text that start no anchor ("The", "Court") are turned away with one array read.
        _prefix3 = new System.Collections.BitArray(1 << 21);
        _prefix2 = new System.Collections.BitArray(1 << 14);
        foreach (var a in byAnchor.Keys)
        {
            if (!char.IsAsciiLetterUpper(a[0]))
                continue; // searched separately
            if (a.Length >= 3 && a[0] < 128 && a[1] < 128 && a[2] < 128)
                _prefix3[(a[0] << 14) | (a[1] << 7) | a[2]] = true;
            else if (a.Length >= 2 && a[0] < 128 && a[1] < 128)
                _prefix2[(a[0] << 7) | a[1]] = true;
            else
                _unusualAnchors = true;
        }
    }

    private readonly System.Collections.BitArray _prefix3;
    private readonly System.Collections.BitArray _prefix2;
    private readonly bool _unusualAnchors;

    /// <summary>Cheap first test: could an anchor start at <paramref name="i"/>?</summary>
    private bool MayStartAnchor(string text, int i)
    {
        if (_unusualAnchors || i + 1 >= text.Length)
            return true;
        var c0 = text[i];
        var c1 = text[i + 1];
        if (c0 >= 128 || c1 >= 128)
            return true;
        if (_prefix2[(c0 << 7) | c1])
            return true;
        if (i + 2 >= text.Length)
            return false;
        var c2 = text[i + 2];
        return c2 >= 128 || _prefix3[(c0 << 14) | (c1 << 7) | c2];
    }

    // Anchors are grouped by their first eight characters (or all of a shorter anchor), so that the few
    // anchors tried at a place are those that share its first eight characters.
    private const int PrefixLength = 8;

    /// <summary>Runs every parser over the text; drafts come back in the order they were found.</summary>
    public List<CitationDraft> Scan(ParseContext context)
    {
        var text = context.Text;
        var output = new List<CitationDraft>();
        var nextDigit = NextDigitRun(text, 0);
        var cursor = new OtherCursor(_otherList.Length);
        var nextAnchor = NextAnchor(text, 0, cursor);
        var pos = 0;
        while (nextDigit >= 0 || nextAnchor >= 0)
        {
            int resume;
            if (nextDigit >= 0 && (nextAnchor < 0 || nextDigit <= nextAnchor))
            {
                resume = TryDigitParsers(context, nextDigit, output);
                pos = resume > nextDigit ? resume : SkipDigits(text, nextDigit);
            }
            else
            {
                resume = TryAnchorParsers(context, nextAnchor, output);
                pos = resume > nextAnchor ? resume : nextAnchor + 1;
            }
            if (nextDigit >= 0 && nextDigit < pos)
                nextDigit = NextDigitRun(text, pos);
            if (nextAnchor >= 0 && nextAnchor < pos)
                nextAnchor = NextAnchor(text, pos, cursor);
        }
        return output;
    }

    private int TryDigitParsers(ParseContext context, int start, List<CitationDraft> output)
    {
        // Every digit-anchored form is "number, white space or a hyphen, then a letter" ("483 U.S.", "42 U.S.C.",
        // "2000-Ohio-123"): most digit runs of a text (dates, amounts, pages) are turned away here, once.
        var text = context.Text;
        var end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
            end++;
        if (end >= text.Length)
            return -1;
        var c = text[end];
        if (TextScan.IsDash(c))
        {
            if (end + 1 >= text.Length || !char.IsAsciiLetter(text[end + 1]))
                return -1;
        }
        else
        {
            if (!TextScan.IsSpace(c))
                return -1;
            // reporters, codes and record abbreviations all start with a capital ("U.S.", "F.3d", "Aplt. App.")
            var next = TextScan.SkipSpaces(text, end, end + 96);
            if (next >= text.Length || !char.IsUpper(text[next]))
                return -1;
        }
        foreach (var parser in _digitParsers)
        {
            var r = parser.TryParse(context, start, Anchor.DigitRun, output);
            if (r > start)
                return r;
        }
        return -1;
    }

    private int TryAnchorParsers(ParseContext context, int start, List<CitationDraft> output)
    {
        var text = context.Text.AsSpan(start);
        for (var len = Math.Min(PrefixLength, text.Length); len >= 1; len--)
        {
            if (!_prefixLookup.TryGetValue(text[..len], out var candidates))
                continue;
            foreach (var (anchor, parsers) in candidates)
            {
                if (!text.StartsWith(anchor, StringComparison.Ordinal))
                    continue;
                foreach (var parser in parsers)
                {
                    var r = parser.TryParse(context, start, anchor, output);
                    if (r > start)
                        return r;
                }
            }
        }
        return -1;
    }

    /// <summary>True when some anchor starts at <paramref name="i"/>.</summary>
    private bool AnchorAt(string text, int i)
    {
        var span = text.AsSpan(i);
        for (var len = Math.Min(PrefixLength, span.Length); len >= 1; len--)
        {
            if (!_prefixLookup.TryGetValue(span[..len], out var candidates))
                continue;
            foreach (var (anchor, _) in candidates)
            {
                if (span.StartsWith(anchor, StringComparison.Ordinal))
                    return true;
            }
        }
        return false;
    }

    /// <summary>The start of the next digit run at or after <paramref name="from"/> that starts a token.</summary>
    private static int NextDigitRun(string text, int from)
    {
        while (from < text.Length)
        {
            var i = text.AsSpan(from).IndexOfAny(Digits);
            if (i < 0)
                return -1;
            i += from;
            if (i == 0 || !char.IsLetterOrDigit(text[i - 1]))
                return i;
            from = SkipDigits(text, i);
        }
        return -1;
    }

    /// <summary>Where the next non-capital anchors stand, remembered across calls within one scan.</summary>
    private sealed class OtherCursor(int count)
    {
        public int Next = int.MinValue; // unknown
        // one position per anchor when each is searched alone
        public readonly int[] Each = Enumerable.Repeat(int.MinValue, count).ToArray();
    }

    /// <summary>
    /// The next non-capital anchor. A handful of anchors ("§", "id.", "supra", "section") is fastest searched one
    /// by one with vectorised IndexOf, each position remembered; a multi-string SearchValues with a one-character
    /// needle falls back to a slow path.
    /// </summary>
    private int NextOther(string text, int from, OtherCursor cursor)
    {
        if (_otherList.Length <= 8)
        {
            var best = -1;
            for (var k = 0; k < _otherList.Length; k++)
            {
                if (cursor.Each[k] != -1 && cursor.Each[k] < from)
                {
                    var a = _otherList[k];
                    var i = a.Length == 1 ? text.AsSpan(from).IndexOf(a[0]) : text.AsSpan(from).IndexOf(a, StringComparison.Ordinal);
                    cursor.Each[k] = i < 0 ? -1 : i + from;
                }
                if (cursor.Each[k] >= 0 && (best < 0 || cursor.Each[k] < best))
                    best = cursor.Each[k];
            }
            return best;
        }
        if (cursor.Next != -1 && cursor.Next < from)
        {
            var o = text.AsSpan(from).IndexOfAny(_otherAnchors!);
            cursor.Next = o < 0 ? -1 : o + from;
        }
        return cursor.Next;
    }

    private int NextAnchor(string text, int from, OtherCursor cursor)
    {
        if (from >= text.Length)
            return -1;
        var other = _otherAnchors is null ? -1 : NextOther(text, from, cursor);
        var limit = other < 0 ? text.Length : other;
        var pos = from;
        while (pos < limit)
        {
            var c = text.AsSpan(pos, limit - pos).IndexOfAny(_capitalStarts);
            if (c < 0)
                break;
            c += pos;
            if ((c == 0 || !char.IsLetter(text[c - 1])) && MayStartAnchor(text, c) && AnchorAt(text, c))
                return c;
            pos = c + 1;
        }
        return other;
    }

    private static int SkipDigits(string text, int i)
    {
        while (i < text.Length && char.IsAsciiDigit(text[i]))
            i++;
        return i;
    }
}
