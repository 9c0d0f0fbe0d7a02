using Precedent.Citations.Catalog;
using Precedent.Citations.Scanning;

namespace Precedent.Citations.Parsers;

/// <summary>
/// Statutes. Titled codes are read from the title number (digit anchor): "42 U.S.C. § 1983",
/// "28 U.S.C. §§ 1291, 1292(b)", "50 U.S.C. 1701", "42 Pa.C.S. § 8541", "735 ILCS 5/2-619", "110 Stat. 1321".
/// Untitled codes are read from the first word of their name (literal anchors from laws.json):
/// "Cal. Civ. Proc. Code § 425.16", "Mass. Gen. Laws ch. 93A, § 2", "N.Y. C.P.L.R. 3211(a)(7)", "RCW 4.16.080",
/// "Pub. L. No. 104-134, 110 Stat. 1321". A bare "§ 1983", "§§ 1983, 1985" or "section 1983" is a statute with no
/// title and no code (resolution ties it to the code in scope).
/// </summary>
/// <remarks>
/// Fields: <c>Title</c> is the title number as written ("42") or the chapter/title after a division word
/// ("93A" in "ch. 93A"); <c>Code</c> is the catalog's canonical code ("U.S.C." for "U.S.C.A." too);
/// <c>Section</c> is the first section as written, subsections included ("1028A(a)(1)"); the span covers a whole
/// list of sections and a trailing "et seq.". For "Stat." the section is the page, and a pin page goes to
/// <c>PinCite</c>. A date parenthetical ("(2018)", "(West 2019)") extends <c>FullEnd</c> and sets <c>Year</c>.
/// </remarks>
internal sealed class StatuteCitationParser : ICitationParser
{
    private static readonly string[] BareAnchors = ["\u00A7", "section", "Section", "SECTION"];

    public IEnumerable<string> Anchors => new[] { Anchor.DigitRun }.Concat(BareAnchors).Concat(LawCatalog.Default.StatuteAnchors).Distinct(StringComparer.Ordinal);

    public int TryParse(ParseContext context, int anchorStart, string anchor, List<CitationDraft> output)
    {
        if (anchor == Anchor.DigitRun)
            return LawCodeReader.ParseTitled(context, anchorStart, CitationKind.Statute, output, out _);
        if (anchor == "\u00A7" || anchor.Equals("section", StringComparison.OrdinalIgnoreCase))
            return ParseBare(context, anchorStart, output);
        return LawCodeReader.ParseNamed(context, anchorStart, CitationKind.Statute, output);
    }

    /// <summary>"§ 1983", "§§ 1983, 1985", "section 1983", "Sections 2 and 3", "§ 1331 et seq.".</summary>
    private static int ParseBare(ParseContext context, int start, List<CitationDraft> output)
    {
        var text = context.Text;
        if (!LawText.AtWordStart(text, start) || LawText.OverlapsLast(output, start))
            return -1;
        var d = LawText.ReadDesignator(text, start, LawCatalog.DefaultDesignators, out var plural);
        if (d < 0)
            return -1;
        var k = LawText.SkipSpaces(text, d, 3);
        var secEnd = LawText.ReadSection(text, k);
        if (secEnd < 0)
            return -1;
        var end = plural ? LawText.ReadSectionList(text, secEnd) : secEnd;
        end = LawText.ReadEtSeq(text, end);
        var draft = LawText.NewDraft(CitationKind.Statute, start, end);
        draft.Section = text[k..secEnd];
        LawText.AddDateParenthetical(text, draft);
        output.Add(draft);
        return end;
    }
}

/// <summary>The statute and regulation code grammar shared by <see cref="StatuteCitationParser"/> and
/// <see cref="RegulationCitationParser"/>.</summary>
internal static class LawCodeReader
{
    /// <summary>"42 U.S.C. § 1983", "29 C.F.R. § 1630.2(j)", "110 Stat. 1321": starts at the title digits.</summary>
    public static int ParseTitled(ParseContext context, int start, CitationKind kind, List<CitationDraft> output,
        out CitationDraft? draft)
    {
        draft = null;
        var text = context.Text;
        var titleEnd = LawText.ReadTitleNumber(text, start);
        if (titleEnd < 0)
            return -1;
        var i = LawText.SkipSpaces(text, titleEnd, 4);
        if (i == titleEnd || i >= text.Length || !char.IsLetter(text[i]))
            return -1;
        var table = context.Catalog.Laws.Codes;
        var codeEnd = LawText.MatchSource(text, i, table, out var source);
        if (source is null || source.Kind != kind || !source.Titled)
            return -1;
        if (LawText.OverlapsLast(output, start))
            return -1;
        return ParseTail(context, source, start, codeEnd, text[start..titleEnd], hasDivision: false, output, out draft);
    }

    /// <summary>"Fla. Stat. § 768.28", "Mass. Gen. Laws ch. 93A, § 2", "Cal. Code Regs. tit. 22, § 1234".</summary>
    public static int ParseNamed(ParseContext context, int start, CitationKind kind, List<CitationDraft> output)
    {
        var text = context.Text;
        if (!LawText.AtWordStart(text, start) || LawText.OverlapsLast(output, start))
            return -1;
        var codeEnd = LawText.MatchSource(text, start, context.Catalog.Laws.Codes, out var source);
        if (source is null || source.Kind != kind)
            return -1;
        if (source.Titled && source.Divisions.Count == 0)
            return -1;
        string? title = null;
        var i = codeEnd;
        if (source.Divisions.Count > 0)
        {
            var j = i;
            if (j < text.Length && text[j] == ',')
                j++;
            j = LawText.SkipSpaces(text, j, 3);
            var d = LawText.ReadWord(text, j, source.Divisions);
            if (d > 0)
            {
                var t = LawText.SkipSpaces(text, d, 3);
                var tEnd = LawText.ReadDivisionNumber(text, t);
                if (tEnd > 0)
                {
                    title = text[t..tEnd];
                    i = tEnd;
                }
            }
            if (title is null && source.DivisionRequired)
                return -1;
        }
        return ParseTail(context, source, start, i, title, hasDivision: title is not null, output, out _);
    }

    /// <summary>Everything after the code name (and division): designator, sections, pins, "et seq.", date.</summary>
    private static int ParseTail(ParseContext context, LawSource source, int start, int afterCode, string? title,
        bool hasDivision, List<CitationDraft> output, out CitationDraft? draft)
    {
        draft = null;
        var text = context.Text;
        var n = text.Length;
        var dEnd = LawText.ReadDesignatorAfterCode(text, afterCode, source.Designators, out var j, out var plural);
        int secStart;
        if (dEnd > 0)
        {
            secStart = LawText.SkipSpaces(text, dEnd, 3);
        }
        else if (source.Paged && j + 3 < n && text[j] == 'a' && text[j + 1] == 't' && LawText.IsSpace(text[j + 2])
                 && LawText.SkipSpaces(text, j + 2, 3) is var at && at < n && char.IsAsciiDigit(text[at]))
        {
            // "66 Fed. Reg. at 36961", "110 Stat. at 1325": a page of a paged source cited again.
            secStart = at;
        }
        else
        {
            // "50 U.S.C. 1701": a number straight after the code, separated by white space.
            var spaced = j > afterCode && LawText.IsSpace(text[j - 1]);
            if (source.SectionSignRequired || !spaced)
                return hasDivision ? Emit(context, source, start, afterCode, title, null, output, out draft) : -1;
            secStart = j;
        }
        var secEnd = source.Paged ? LawText.ReadPageNumber(text, secStart) : LawText.ReadSection(text, secStart);
        if (secEnd < 0 || dEnd < 0 && LawText.FollowedByCapitalWord(text, secEnd))
            return hasDivision && dEnd < 0 ? Emit(context, source, start, afterCode, title, null, output, out draft) : -1;
        var end = secEnd;
        string? pin = null;
        if (plural && !source.Paged)
            end = LawText.ReadSectionList(text, end);
        if (source.Paged)
        {
            var pinEnd = LawText.ReadPagePin(text, end, out var pinStart);
            if (pinEnd > 0)
            {
                pin = text[pinStart..pinEnd];
                end = pinEnd;
            }
        }
        if (source.LawNumber)
        {
            // "Pub. L. No. 111-148, § 1501": the section of the act is the pin.
            if (end < n && text[end] == ',')
            {
                var q = LawText.SkipSpaces(text, end + 1, 3);
                var qd = LawText.ReadDesignator(text, q, LawCatalog.DefaultDesignators, out _);
                if (qd > 0)
                {
                    var r = LawText.SkipSpaces(text, qd, 3);
                    var re = LawText.ReadSection(text, r);
                    if (re > 0)
                    {
                        pin = LawText.Collapse(text.AsSpan(q, re - q));
                        end = re;
                    }
                }
            }
        }
        else
        {
            end = LawText.ReadEtSeq(text, end);
        }
        var result = Emit(context, source, start, end, title, text[secStart..secEnd], output, out draft);
        draft.PinCite = pin;
        if (source.LawNumber)
            result = ReadParallelStatutesAtLarge(context, draft, result, output);
        return result;
    }

    private static int Emit(ParseContext context, LawSource source, int start, int end, string? title, string? section,
        List<CitationDraft> output, out CitationDraft draft)
    {
        draft = LawText.NewDraft(source.Kind, start, end);
        draft.Title = title;
        draft.Code = source.Code;
        draft.Section = section;
        LawText.AddDateParenthetical(context.Text, draft);
        output.Add(draft);
        return end;
    }

    /// <summary>"Pub. L. No. 104-134, 110 Stat. 1321": the Statutes at Large citation is parallel to the law.</summary>
    private static int ReadParallelStatutesAtLarge(ParseContext context, CitationDraft law, int end, List<CitationDraft> output)
    {
        var text = context.Text;
        if (end >= text.Length || text[end] != ',')
            return end;
        var j = LawText.SkipSpaces(text, end + 1, 3);
        if (j == end + 1 || j >= text.Length || !char.IsAsciiDigit(text[j]))
            return end;
        var r = ParseTitled(context, j, CitationKind.Statute, output, out var stat);
        if (r < 0 || stat is null)
            return end;
        // Some other titled code after the law is a separate citation, not a parallel one.
        if (stat.Code is null || context.Catalog.Laws.Codes.FindSpelling(stat.Code) is not { Paged: true })
            return r;
        stat.ParallelOf = law;
        law.FullEnd = Math.Max(law.FullEnd, stat.FullEnd);
        return r;
    }
}

/// <summary>Small, allocation-free span readers for the law parsers. Every look-ahead is bounded.</summary>
internal static class LawText
{
    private const int MaxTokenLength = 40;
    private const int MaxSectionLength = 48;
    private const int MaxListItems = 24;

    public static bool IsSpace(char c) => char.IsWhiteSpace(c);

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    public static bool AtWordStart(string text, int i) => i <= 0 || !IsWordChar(text[i - 1]);

    /// <summary>True when the last draft's core span reaches past <paramref name="start"/>.</summary>
    public static bool OverlapsLast(List<CitationDraft> output, int start)
        => output.Count > 0 && output[^1].End > start && output[^1].Start <= start;

    /// <summary>Skips at most <paramref name="max"/> white-space characters.</summary>
    public static int SkipSpaces(string text, int i, int max)
    {
        var end = Math.Min(text.Length, i + max);
        while (i < end && IsSpace(text[i]))
            i++;
        return i;
    }

    public static CitationDraft NewDraft(CitationKind kind, int start, int end) => new()
    {
        Kind = kind,
        Start = start,
        End = end,
        FullStart = start,
        FullEnd = end,
    };

    private static bool IsStop(char c) => c is '\u00A7' or '\u00B6' or '(' or ')' or '[' or ']' or ';' or '"' or '\u201C' or '\u201D';

    /// <summary>
    /// Reads the longest spelling of <paramref name="table"/> that starts at <paramref name="start"/>, word by
    /// word, white space and case ignored ("Pa. C.S." = "Pa.C.S.", a name broken across lines still matches).
    /// Returns the end of the spelling (before a trailing comma) and the source, or -1.
    /// </summary>
    public static int MatchSource(string text, int start, LawTable table, out LawSource? source)
    {
        source = null;
        var n = text.Length;
        if (start >= n)
            return -1;
        Span<char> key = stackalloc char[Math.Min(table.MaxKeyLength + 4, 200)];
        var keyLen = 0;
        var best = -1;
        var i = start;
        for (var tokens = 0; tokens < table.MaxTokens && i < n; tokens++)
        {
            if (char.IsAsciiDigit(text[i]) || IsStop(text[i]) || IsSpace(text[i]))
                break;
            var tokEnd = i;
            while (tokEnd < n && !IsSpace(text[tokEnd]) && !IsStop(text[tokEnd])
                   && !(tokEnd > i && char.IsAsciiDigit(text[tokEnd]) && text[tokEnd - 1] == '.'))
            {
                tokEnd++;
                if (tokEnd - i > MaxTokenLength)
                    return best;
            }
            if (tokEnd == i)
                break;
            var tok = text.AsSpan(i, tokEnd - i);
            if (keyLen + tok.Length > key.Length)
                break;
            keyLen += CitationCatalog.WriteKey(tok, key[keyLen..]);
            if (tok[^1] == ',')
            {
                if (keyLen > 1 && table.Find(key[..(keyLen - 1)]) is { } withoutComma)
                {
                    source = withoutComma;
                    best = tokEnd - 1;
                }
            }
            else if (table.Find(key[..keyLen]) is { } found)
            {
                source = found;
                best = tokEnd;
            }
            var j = SkipSpaces(text, tokEnd, 4);
            if (j == tokEnd || j < n && IsSpace(text[j]))
                break;
            i = j;
        }
        return best;
    }

    /// <summary>
    /// Reads one of <paramref name="designators"/> (case-insensitive) at <paramref name="i"/>: "§", "§§",
    /// "section", "Secs.", "art.". A designator ending in a letter must be followed by white space.
    /// </summary>
    public static int ReadDesignator(string text, int i, IReadOnlyList<string> designators, out bool plural)
    {
        plural = false;
        var end = ReadWord(text, i, designators, out var matched);
        if (end < 0 || matched is null)
            return -1;
        plural = matched == "\u00A7\u00A7" || matched.EndsWith('s') || matched.EndsWith("s.", StringComparison.Ordinal);
        // "§ §" is written for "§§" now and then.
        if (matched == "\u00A7")
        {
            var k = SkipSpaces(text, end, 1);
            if (k < text.Length && text[k] == '\u00A7')
            {
                plural = true;
                end = k + 1;
            }
        }
        return end;
    }

    /// <summary>
    /// Items after the first of a list: ", V", " and XIV", ", 12", each joined by a comma or a connective and read
    /// by <paramref name="readItem"/> (its end, or -1 to stop). Returns the end of the last item read.
    /// </summary>
    public static int ReadListItems(string text, int e, IReadOnlyList<string> connectives, int maxItems, Func<string, int, int> readItem)
    {
        var n = text.Length;
        for (var item = 0; item < maxItems; item++)
        {
            var j = e;
            var comma = j < n && text[j] == ',';
            if (comma)
                j++;
            var k = SkipSpaces(text, j, 3);
            var c = ReadWord(text, k, connectives);
            if (c > 0)
                k = SkipSpaces(text, c, 3);
            else if (!comma || k == j)
                break;
            var t = readItem(text, k);
            if (t < 0)
                break;
            e = t;
        }
        return e;
    }

    /// <summary>
    /// After a code or rule set's name: an optional comma, white space, then a designator ("§", "Rule", "art.").
    /// Returns the designator's end (or -1); <paramref name="at"/> is where it was looked for.
    /// </summary>
    public static int ReadDesignatorAfterCode(string text, int afterCode, IReadOnlyList<string> designators, out int at, out bool plural)
    {
        var j = afterCode;
        if (j < text.Length && text[j] == ',')
            j++;
        at = SkipSpaces(text, j, 4);
        return ReadDesignator(text, at, designators, out plural);
    }

    public static int ReadWord(string text, int i, IReadOnlyList<string> words) => ReadWord(text, i, words, out _);

    /// <summary>Reads the first of <paramref name="words"/> (case-insensitive, longest listed first) at <paramref name="i"/>.</summary>
    public static int ReadWord(string text, int i, IReadOnlyList<string> words, out string? matched)
    {
        matched = null;
        if (i < 0 || i >= text.Length || !AtWordStart(text, i) && text[i] != '\u00A7')
            return -1;
        var rest = text.AsSpan(i);
        foreach (var w in words)
        {
            if (!rest.StartsWith(w, StringComparison.OrdinalIgnoreCase))
                continue;
            var end = i + w.Length;
            if (char.IsLetter(w[^1]))
            {
                // "section" must be followed by white space: not "sectional", not "section-by-section".
                if (end >= text.Length || !IsSpace(text[end]))
                    continue;
            }
            else if (w[^1] == '.' && end < text.Length && char.IsLetter(text[end]))
            {
                continue;
            }
            matched = w;
            return end;
        }
        return -1;
    }

    /// <summary>"42", "15A", "735": a title number followed by white space; -1 otherwise.</summary>
    public static int ReadTitleNumber(string text, int i)
    {
        var n = text.Length;
        var e = i;
        while (e < n && e - i <= 5 && char.IsAsciiDigit(text[e]))
            e++;
        if (e == i || e - i > 5)
            return -1;
        var l = e;
        while (l < n && l - e < 2 && char.IsAsciiLetterUpper(text[l]))
            l++;
        if (l >= n || !IsSpace(text[l]))
            return -1;
        return l;
    }

    /// <summary>"93A", "22", "12": the number after "ch." or "tit.".</summary>
    public static int ReadDivisionNumber(string text, int i)
    {
        var n = text.Length;
        if (i >= n || !char.IsAsciiDigit(text[i]))
            return -1;
        var e = i;
        while (e < n && e - i < 8 && (char.IsAsciiLetterOrDigit(text[e]) || text[e] == '.' && e + 1 < n && char.IsAsciiDigit(text[e + 1])))
            e++;
        if (e < n && char.IsAsciiLetterOrDigit(text[e]))
            return -1;
        return e;
    }

    /// <summary>
    /// A section number as written, starting with a digit: "1983", "1028A(a)(1)", "240.10b-5", "2A:14-1",
    /// "5/2-619", "9-11-12", "1961–1968". A trailing period or dash is not part of it.
    /// </summary>
    public static int ReadSection(string text, int i)
    {
        var n = text.Length;
        if (i >= n || !char.IsAsciiDigit(text[i]))
            return -1;
        var limit = Math.Min(n, i + MaxSectionLength);
        var e = i;
        while (e < limit)
        {
            var c = text[e];
            if (char.IsAsciiLetterOrDigit(c))
            {
                e++;
                continue;
            }
            if (c is '.' or '-' or ':' or '/' or '\u2010' or '\u2011' or '\u2013' && e + 1 < n && char.IsAsciiLetterOrDigit(text[e + 1]))
            {
                // "§ 1983–to provide": a dash before a word is punctuation, not part of the section
                if (c is not ('.' or ':' or '/') && char.IsAsciiLetter(text[e + 1]) && e + 2 < n && char.IsAsciiLetterLower(text[e + 2]))
                    break;
                e++;
                continue;
            }
            if (c == '(')
            {
                var close = e + 1;
                while (close < n && close - e <= 7 && char.IsAsciiLetterOrDigit(text[close]))
                    close++;
                if (close > e + 1 && close < n && text[close] == ')')
                {
                    e = close + 1;
                    continue;
                }
            }
            break;
        }
        return e;
    }

    /// <summary>After the first section of a plural designator: ", 1292(b)", ", and 1294", " &amp; 1988", " to 1968".</summary>
    public static int ReadSectionList(string text, int e)
    {
        var n = text.Length;
        for (var item = 0; item < MaxListItems; item++)
        {
            var j = e;
            var comma = false;
            if (j < n && text[j] == ',')
            {
                j++;
                comma = true;
            }
            var k = SkipSpaces(text, j, 3);
            var c = ReadWord(text, k, ListConnectives);
            if (c > 0)
                k = SkipSpaces(text, c, 3);
            else if (!comma || k == j)
                break;
            if (k < n && text[k] == '\u00A7')
                k = SkipSpaces(text, k + 1, 2);
            var t = ReadSection(text, k);
            if (t < 0 || FollowedByCapitalWord(text, t))
                break;
            e = t;
        }
        return e;
    }

    private static readonly string[] ListConnectives = ["through", "thru", "and", "or", "to", "&"];

    /// <summary>" et seq." (also "et. seq.", "et seq") after a section.</summary>
    public static int ReadEtSeq(string text, int e)
    {
        var j = SkipSpaces(text, e, 2);
        if (j == e)
            return e;
        var w = ReadWord(text, j, EtSeq);
        if (w < 0)
            return e;
        return w;
    }

    private static readonly string[] EtSeq = ["et. seq.", "et seq.", "et seq"];

    /// <summary>True when the next word (after white space) starts with a capital letter: "42 U.S.C. 42 U.S.C." .</summary>
    public static bool FollowedByCapitalWord(string text, int e)
    {
        var j = SkipSpaces(text, e, 3);
        return j > e && j < text.Length && char.IsUpper(text[j]);
    }

    /// <summary>A page of a paged code: "1321", "12,345", "12345"; not followed by a letter or digit.</summary>
    public static int ReadPageNumber(string text, int i)
    {
        var n = text.Length;
        if (i >= n || !char.IsAsciiDigit(text[i]))
            return -1;
        var e = i;
        while (e < n && e - i < 7 && char.IsAsciiDigit(text[e]))
            e++;
        if (e - i <= 3)
        {
            // "12,345": thousands groups
            while (e + 3 < n && text[e] == ',' && char.IsAsciiDigit(text[e + 1]) && char.IsAsciiDigit(text[e + 2])
                   && char.IsAsciiDigit(text[e + 3]) && (e + 4 >= n || !char.IsAsciiDigit(text[e + 4])))
                e += 4;
        }
        if (e < n && char.IsAsciiLetterOrDigit(text[e]))
            return -1;
        return e;
    }

    /// <summary>", 1325", ", 1321-358", ", 12,350" after a page; not when a word follows ("1321, 42 U.S.C.").</summary>
    public static int ReadPagePin(string text, int e, out int pinStart)
    {
        pinStart = -1;
        var n = text.Length;
        if (e >= n || text[e] != ',')
            return -1;
        var p = SkipSpaces(text, e + 1, 3);
        if (p == e + 1)
            return -1;
        var pe = ReadPageNumber(text, p);
        if (pe < 0)
        {
            // "1321-358" has a dash: read digits then the range
            pe = p;
            while (pe < n && pe - p < 7 && char.IsAsciiDigit(text[pe]))
                pe++;
            if (pe == p)
                return -1;
        }
        if (pe + 1 < n && text[pe] is '-' or '\u2013' && char.IsAsciiDigit(text[pe + 1]))
        {
            pe++;
            while (pe < n && char.IsAsciiDigit(text[pe]) && pe - p < 16)
                pe++;
        }
        if (pe < n && char.IsAsciiLetterOrDigit(text[pe]))
            return -1;
        var after = SkipSpaces(text, pe, 3);
        if (after > pe && after < n && char.IsLetterOrDigit(text[after]))
            return -1;
        pinStart = p;
        return pe;
    }

    /// <summary>"(2018)", "(West 2019)", "(Mar. 3, 2000)" right after the citation: extends FullEnd, sets Year.</summary>
    public static void AddDateParenthetical(string text, CitationDraft draft)
    {
        var n = text.Length;
        var j = SkipSpaces(text, draft.End, 2);
        if (j >= n || text[j] != '(')
            return;
        var close = -1;
        for (var k = j + 1; k < n && k - j <= 48; k++)
        {
            var c = text[k];
            if (c == ')')
            {
                close = k;
                break;
            }
            if (c is '(' or '\n')
                return;
        }
        if (close < j + 5)
            return;
        var y = close - 4;
        if (!char.IsAsciiDigit(text[y]) || !char.IsAsciiDigit(text[y + 1]) || !char.IsAsciiDigit(text[y + 2]) || !char.IsAsciiDigit(text[y + 3]))
            return;
        if (y > j + 1 && char.IsAsciiLetterOrDigit(text[y - 1]))
            return;
        var year = (text[y] - '0') * 1000 + (text[y + 1] - '0') * 100 + (text[y + 2] - '0') * 10 + (text[y + 3] - '0');
        if (year is < 1700 or > 2100)
            return;
        draft.Year = year;
        draft.FullEnd = Math.Max(draft.FullEnd, close + 1);
    }

    /// <summary>The span with every run of white space collapsed to one space.</summary>
    public static string Collapse(ReadOnlySpan<char> s)
    {
        Span<char> buffer = s.Length <= 256 ? stackalloc char[s.Length] : new char[s.Length];
        var n = 0;
        var space = false;
        foreach (var ch in s)
        {
            if (IsSpace(ch))
            {
                space = true;
                continue;
            }
            if (space && n > 0)
                buffer[n++] = ' ';
            space = false;
            buffer[n++] = ch;
        }
        return new string(buffer[..n]);
    }
}
