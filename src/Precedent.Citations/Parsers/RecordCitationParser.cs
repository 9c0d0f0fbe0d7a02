using Precedent.Citations.Catalog;
using Precedent.Citations.Scanning;

namespace Precedent.Citations.Parsers;

/// <summary>
/// Citations to the record, from the record abbreviations of laws.json: "Aplt. App. at 138-142", "J.A. 87",
/// "R. at 45", "R. Vol. I at 45", "2 Aplt. App. 345", "Tr. 112:4-9", "Pet. App. 5a", "Compl. ¶ 12",
/// "Dkt. No. 12", "ECF No. 34, at 5". <c>Code</c> is the canonical abbreviation, <c>Section</c> the first page,
/// page:line or paragraph as written ("138-142", "112:4-9", "¶ 12"), which is also the <c>PinCite</c>; for a
/// docket entry <c>Section</c> is the entry number ("34") and <c>PinCite</c> the page after "at" ("5");
/// <c>Volume</c> is the volume when one is given.
/// </summary>
/// <remarks>
/// To keep clear of case names and reporters ("Cal. App. 4th", "Ill. App.", "Bankers Tr. Co."), an abbreviation
/// right after a capitalised word or a number is not a record citation (signals such as "See" excepted); strict
/// abbreviations ("R.", "App.") need "at" or a lettered page ("23a").
/// </remarks>
internal sealed class RecordCitationParser : ICitationParser
{
    private const int MaxListItems = 16;
    private static readonly string[] VolumeWords = ["Vol.", "Vols."];
    private static readonly string[] AtWord = ["at"];
    private static readonly string[] Connectives = ["and", "&"];
    private static readonly string[] PinWords = ["pp.", "p.", "at", "id.", "see"];
    private static readonly string[] AllowedBefore =
        ["See", "See,", "See also", "Cf.", "E.g.,", "Accord", "Also", "Compare", "But", "Contra", "In", "At", "And", "Or", "With"];

    public IEnumerable<string> Anchors
        => (LawCatalog.Default.AnyRecordVolumes ? new[] { Anchor.DigitRun } : [])
            .Concat(LawCatalog.Default.RecordAnchors).Distinct(StringComparer.Ordinal);

    public int TryParse(ParseContext context, int anchorStart, string anchor, List<CitationDraft> output)
    {
        var text = context.Text;
        if (LawText.OverlapsLast(output, anchorStart))
            return -1;
        if (anchor == Anchor.DigitRun)
        {
            // "2 Aplt. App. 345": a volume number before the abbreviation.
            var e = anchorStart;
            while (e < text.Length && e - anchorStart < 3 && char.IsAsciiDigit(text[e]))
                e++;
            if (e >= text.Length || !LawText.IsSpace(text[e]) || !PredecessorAllows(text, anchorStart))
                return -1;
            var s = LawText.SkipSpaces(text, e, 2);
            if (s >= text.Length || !char.IsLetter(text[s]))
                return -1;
            return Parse(context, anchorStart, s, (anchorStart, e), true, output);
        }
        if (!LawText.AtWordStart(text, anchorStart) || AfterDigit(text, anchorStart))
            return -1;
        return Parse(context, anchorStart, anchorStart, null, PredecessorAllows(text, anchorStart), output);
    }

    private static int Parse(ParseContext context, int start, int codeStart, (int Start, int End)? volumeSpan,
        bool predecessorAllows, List<CitationDraft> output)
    {
        var text = context.Text;
        var n = text.Length;
        var codeEnd = LawText.MatchSource(text, codeStart, context.Catalog.Laws.Records, out var source);
        if (source is null || volumeSpan is not null && !source.Volumes)
            return -1;
        // "IAF, Tab 7": a tab only after a comma, a semicolon or a bracket
        if (source.Punctuated && !AfterPunctuation(text, start))
            return -1;
        // "Plaintiff's Exhibit 3": an exhibit may follow any word; a party's paper only when "at" follows
        if (!predecessorAllows && !(source.Locator == RecordLocator.Exhibit && !AfterLetter(text, start))
            && !(source.Party && AtFollows(text, codeEnd)))
            return -1;
        // the volume text is made only once the record abbreviation matched
        var volume = volumeSpan is { } vs ? text[vs.Start..vs.End] : null;
        var i = codeEnd;
        // "R. Vol. I at 45", "R. vol. 2, at 45"
        if (volume is null && source.Volumes)
        {
            var v = LawText.SkipSpaces(text, i, 2);
            var vw = LawText.ReadWord(text, v, VolumeWords);
            if (vw > 0)
            {
                var vv = LawText.SkipSpaces(text, vw, 2);
                var ve = ConstitutionCitationParser.ReadRomanOrNumber(text, vv);
                if (ve < 0)
                    return -1;
                volume = text[vv..ve];
                i = ve;
            }
        }
        var j = i;
        if (j < n && text[j] == ',')
            j++;
        j = LawText.SkipSpaces(text, j, 3);
        var hasAt = false;
        var at = LawText.ReadWord(text, j, AtWord);
        if (at > 0 && j > i)
        {
            hasAt = true;
            j = LawText.SkipSpaces(text, at, 3);
        }
        // "ROA.123": a page may follow an abbreviation ending in a period without a space.
        if (j == i && text[i - 1] != '.')
            return -1;
        string section;
        string? pin = null;
        int end;
        switch (source.Locator)
        {
            case RecordLocator.Docket:
            {
                if (hasAt)
                    return -1;
                var plural = false;
                if (source.Designators.Count > 0)
                {
                    var d = LawText.ReadDesignator(text, j, source.Designators, out plural);
                    if (d > 0)
                        j = LawText.SkipSpaces(text, d, 3);
                }
                var ne = ReadDocketNumber(text, j);
                if (ne < 0)
                    return -1;
                section = text[j..ne];
                end = plural ? ReadList(text, ne, docket: true) : ne;
                // pin: " at 5", ", at 5", ", ¶ 3"
                var p = end;
                if (p < n && text[p] == ',')
                    p++;
                var p2 = LawText.SkipSpaces(text, p, 3);
                if (p2 > end)
                {
                    var pa = LawText.ReadWord(text, p2, AtWord);
                    var q = pa > 0 ? LawText.SkipSpaces(text, pa, 3) : p2;
                    if (pa > 0 || q < n && text[q] == '\u00B6')
                    {
                        var qe = ReadLocator(text, q, out _, out _);
                        if (qe > 0)
                        {
                            pin = LawText.Collapse(text.AsSpan(q, qe - q));
                            end = qe;
                        }
                    }
                }
                break;
            }
            case RecordLocator.Exhibit:
            {
                if (hasAt)
                    return -1;
                var xe = ReadExhibit(text, j);
                if (xe < 0)
                    return -1;
                section = text[j..xe];
                end = xe;
                // pin: " at 5", ", at 5", ", p. 5"
                var p = end;
                if (p < n && text[p] == ',')
                    p++;
                var p2 = LawText.SkipSpaces(text, p, 3);
                var pa = p2 > end ? LawText.ReadWord(text, p2, AtWord) : -1;
                if (pa > 0)
                {
                    var q = LawText.SkipSpaces(text, pa, 3);
                    var qe = ReadLocator(text, q, out _, out _);
                    if (qe > 0)
                    {
                        pin = LawText.Collapse(text.AsSpan(q, qe - q));
                        end = qe;
                    }
                }
                if (pin is null && !ExhibitClosed(text, xe))
                    return -1;
                break;
            }
            case RecordLocator.Paragraph when !hasAt:
            {
                if (j >= n || text[j] != '\u00B6')
                    return -1;
                var pe = ReadLocator(text, j, out _, out _);
                if (pe < 0)
                    return -1;
                section = LawText.Collapse(text.AsSpan(j, pe - j));
                end = ReadList(text, pe, docket: false);
                break;
            }
            default:
            {
                var pe = ReadLocator(text, j, out var lettered, out var paragraph);
                if (pe < 0 || paragraph && !hasAt && source.Locator == RecordLocator.Page && source.Strict)
                    return -1;
                // "App. 107;", "(R. 45)": a bare page after punctuation or a signal, never a year ("(App. 1999)")
                if (source.Strict && !hasAt && !lettered && volumeSpan is null && !BarePageAllowed(text, start, j, pe))
                    return -1;
                section = LawText.Collapse(text.AsSpan(j, pe - j));
                end = ReadList(text, pe, docket: false);
                break;
            }
        }
        var draft = LawText.NewDraft(CitationKind.Record, start, end);
        draft.Code = source.Code;
        draft.Section = section;
        // A page or paragraph of the record is a pinpoint as well ("Aplt. App. at 151" → PinCite "151").
        draft.PinCite = pin ?? (source.Locator is RecordLocator.Docket or RecordLocator.Exhibit ? null : section);
        draft.Volume = volume;
        output.Add(draft);
        return end;
    }

    /// <summary>
    /// A record locator: "45", "138-142", "1205-06", "23a", "112:4-9", "112:4-113:2", "1,234", "¶ 12", "¶¶ 3-5".
    /// </summary>
    private static int ReadLocator(string text, int i, out bool lettered, out bool paragraph)
    {
        lettered = false;
        paragraph = false;
        var n = text.Length;
        if (i < n && text[i] == '\u00B6')
        {
            paragraph = true;
            i++;
            if (i < n && text[i] == '\u00B6')
                i++;
            i = LawText.SkipSpaces(text, i, 2);
        }
        var e = ReadPage(text, i, ref lettered);
        if (e < 0)
            return -1;
        if (e + 1 < n && text[e] is '-' or '\u2013' or '\u2011' && char.IsAsciiDigit(text[e + 1]))
        {
            var e2 = ReadPage(text, e + 1, ref lettered);
            if (e2 > 0)
                e = e2;
        }
        if (e < n && char.IsAsciiLetterOrDigit(text[e]))
            return -1;
        return e;
    }

    /// <summary>"45", "23a", "1,234", "112:4" — one page, optionally with a line.</summary>
    private static int ReadPage(string text, int i, ref bool lettered)
    {
        var n = text.Length;
        if (i >= n || !char.IsAsciiDigit(text[i]))
            return -1;
        var e = i;
        while (e < n && e - i < 6 && char.IsAsciiDigit(text[e]))
            e++;
        if (e - i <= 3)
        {
            while (e + 3 < n && text[e] == ',' && char.IsAsciiDigit(text[e + 1]) && char.IsAsciiDigit(text[e + 2])
                   && char.IsAsciiDigit(text[e + 3]) && (e + 4 >= n || !char.IsAsciiDigit(text[e + 4])))
                e += 4;
        }
        if (e < n && text[e] is 'a' or 'A' && (e + 1 >= n || !char.IsAsciiLetterOrDigit(text[e + 1])))
        {
            lettered = true;
            e++;
        }
        if (e + 1 < n && text[e] == ':' && char.IsAsciiDigit(text[e + 1]))
        {
            e++;
            while (e < n && char.IsAsciiDigit(text[e]) && e - i < 16)
                e++;
        }
        return e;
    }

    /// <summary>
    /// An exhibit's designator: "G", "B-4", "12", "3A", "C-1", "A-3a". A letter stands alone (never the first
    /// letter of a word) and a number has at most four digits.
    /// </summary>
    private static int ReadExhibit(string text, int i)
    {
        var n = text.Length;
        if (i >= n)
            return -1;
        int e;
        if (char.IsAsciiDigit(text[i]))
        {
            e = i;
            while (e < n && e - i < 5 && char.IsAsciiDigit(text[e]))
                e++;
            if (e - i > 4)
                return -1;
            if (e < n && char.IsAsciiLetterUpper(text[e]))
                e++;
        }
        else if (char.IsAsciiLetterUpper(text[i]))
        {
            e = i + 1;
            // "AA", "A1"
            if (e < n && char.IsAsciiLetterUpper(text[e]) && text[e] == text[i])
                e++;
            while (e < n && e - i < 4 && char.IsAsciiDigit(text[e]))
                e++;
        }
        else
            return -1;
        // "B-4", "12-3", "C-1a"
        if (e + 1 < n && text[e] is '-' or '\u2013' && char.IsAsciiLetterOrDigit(text[e + 1]))
        {
            var s = e + 1;
            var k = s;
            while (k < n && k - s < 4 && char.IsAsciiDigit(text[k]))
                k++;
            if (k == s && char.IsAsciiLetterUpper(text[k]))
                k++;
            if (k > s && k < n && char.IsAsciiLetter(text[k]) && char.IsAsciiLetterLower(text[k]) && (k + 1 >= n || !char.IsAsciiLetter(text[k + 1])))
                k++;
            if (k > s)
                e = k;
        }
        // "Exhibit 2.03": a numbered section, not an exhibit
        if (e < n && char.IsAsciiLetterOrDigit(text[e]) || e + 1 < n && text[e] == '.' && char.IsAsciiDigit(text[e + 1]))
            return -1;
        return e;
    }

    /// <summary>
    /// True when the exhibit's designator ends the citation: a closing mark, or the end of a sentence ("Exhibit G.
    /// Consequently"). "Exhibit A hereto" and "Exhibit A is" are prose.
    /// </summary>
    private static bool ExhibitClosed(string text, int e)
    {
        if (e >= text.Length)
            return true;
        if (text[e] != ',')
            return text[e] is '.' or ';' or ')' or ']' or ':';
        // "the letter, Exhibit J, enclosing the consent": an exhibit named in a sentence, not cited
        var w = LawText.SkipSpaces(text, e + 1, 3);
        if (w >= text.Length || !char.IsAsciiLetterLower(text[w]))
            return true;
        return LawText.ReadWord(text, w, PinWords) > 0;
    }

    /// <summary>
    /// A strict abbreviation's bare page ("App. 107", "R. 45") counts after a comma, semicolon, bracket, quotation
    /// mark, sentence end or signal, when the page ends at a closing mark and is not a year in brackets.
    /// </summary>
    private static bool BarePageAllowed(string text, int start, int page, int pageEnd)
    {
        var n = text.Length;
        if (pageEnd < n && text[pageEnd] is not ('.' or ',' or ';' or ')' or ']'))
            return false;
        // "App.1948", "(App. 1999)", "Fla. App. 1968,": a court and year, not a page
        if (page == 0 || !LawText.IsSpace(text[page - 1]) || pageEnd - page == 4 && text[page] is '1' or '2')
            return false;
        var b = SkipSpacesBack(text, start);
        if (b == 0)
            return true;
        var c = text[b - 1];
        // "(R. 45)": the record's bare page only in brackets; "Fed. R. 4", "Loc. R. 12" are rules
        if (text[start] == 'R')
            return c is '(' or '[';
        if (c is ';' or '(' or '[' or '"' or '\u201C' or '\u201D')
            return true;
        var ts = b - 1;
        while (ts > 0 && b - ts < 16 && !LawText.IsSpace(text[ts - 1]))
            ts--;
        var tok = text.AsSpan(ts, b - ts);
        // "en banc, App. 95": after a comma or a full stop only when a lower-case word comes before it
        if (c is ',' or '.')
            return tok.Length > 1 && char.IsLower(tok[0]) || tok.Length > 1 && tok[^2] is '"' or '\u201D' or ')';
        return tok.SequenceEqual("See") || tok.SequenceEqual("see") || tok.SequenceEqual("also") || tok.SequenceEqual("e.g.,");
    }

    private static int SkipSpacesBack(string text, int start)
    {
        var b = start;
        while (b > 0 && start - b < 12 && LawText.IsSpace(text[b - 1]))
            b--;
        return b;
    }

    /// <summary>"T EX. R. APP. P.": a word broken after its first letter, never an exhibit.</summary>
    private static bool AfterLetter(string text, int start)
    {
        var b = SkipSpacesBack(text, start);
        return b > 0 && char.IsLetterOrDigit(text[b - 1]) && (b < 2 || !char.IsLetterOrDigit(text[b - 2]));
    }

    private static bool AfterPunctuation(string text, int start)
    {
        var b = SkipSpacesBack(text, start);
        return b > 0 && text[b - 1] is ',' or ';' or '(' or '[';
    }

    /// <summary>True when "at" and a digit follow the abbreviation ("Resp. at 137", "Br., at 12").</summary>
    private static bool AtFollows(string text, int codeEnd)
    {
        var j = codeEnd;
        if (j < text.Length && text[j] == ',')
            j++;
        var k = LawText.SkipSpaces(text, j, 3);
        if (k == j)
            return false;
        var at = LawText.ReadWord(text, k, AtWord);
        if (at < 0)
            return false;
        var d = LawText.SkipSpaces(text, at, 3);
        return d > at && d < text.Length && char.IsAsciiDigit(text[d]);
    }

    /// <summary>"5 App.": a number right before the abbreviation makes it a reporter.</summary>
    private static bool AfterDigit(string text, int start)
    {
        var b = SkipSpacesBack(text, start);
        return b > 0 && char.IsAsciiDigit(text[b - 1]);
    }

    private static int ReadDocketNumber(string text, int i)
    {
        var n = text.Length;
        if (i >= n || !char.IsAsciiDigit(text[i]))
            return -1;
        var e = i;
        while (e < n && e - i < 6 && char.IsAsciiDigit(text[e]))
            e++;
        // "34-2": an attachment
        if (e + 1 < n && text[e] == '-' && char.IsAsciiDigit(text[e + 1]))
        {
            e++;
            var s = e;
            while (e < n && e - s < 4 && char.IsAsciiDigit(text[e]))
                e++;
        }
        // "12-cv-345", "1:12-cv-345" are case numbers, not docket entries.
        if (e < n && (char.IsAsciiLetterOrDigit(text[e])
                      || text[e] is '-' or ':' or '/' && e + 1 < n && char.IsAsciiLetterOrDigit(text[e + 1])))
            return -1;
        return e;
    }

    /// <summary>", 142-43", " &amp; 150", ", and 12": more pages (or docket numbers) after the first.</summary>
    private static int ReadList(string text, int e, bool docket)
        => LawText.ReadListItems(text, e, Connectives, MaxListItems, docket ? ReadDocketItem : ReadLocatorItem);

    private static int ReadDocketItem(string text, int k) => Accept(text, ReadDocketNumber(text, k));

    private static int ReadLocatorItem(string text, int k) => Accept(text, ReadLocator(text, k, out _, out _));

    private static int Accept(string text, int t)
        => t < 0 || LawText.FollowedByCapitalWord(text, t) || FollowedByAbbreviation(text, t) ? -1 : t;

    /// <summary>"12, 45 F.3d": the next number is a volume, not a page.</summary>
    private static bool FollowedByAbbreviation(string text, int e)
    {
        var j = LawText.SkipSpaces(text, e, 2);
        return j > e && j < text.Length && char.IsLetter(text[j]) && !text.AsSpan(j).StartsWith("at ", StringComparison.Ordinal)
               && !text.AsSpan(j).StartsWith("and ", StringComparison.Ordinal);
    }

    /// <summary>
    /// False when the abbreviation follows a capitalised word or a number ("Cal. App.", "Ohio App.", "5 App."),
    /// which makes it part of a case name or reporter; true after punctuation, a lower-case word or a signal.
    /// </summary>
    private static bool PredecessorAllows(string text, int start)
    {
        var b = SkipSpacesBack(text, start);
        if (b == 0)
            return true;
        if (b == start)
            return !char.IsLetterOrDigit(text[b - 1]);
        var c = text[b - 1];
        if (!char.IsLetterOrDigit(c) && c is not '.' and not '\'' and not '\u2019')
            return true;
        var ts = b;
        while (ts > 0 && b - ts < 20 && !LawText.IsSpace(text[ts - 1]))
            ts--;
        var tok = text.AsSpan(ts, b - ts);
        if (tok.Length == 0 || tok[0] is '(' or '[' or '"' or '\u201C')
            return true;
        if (char.IsAsciiDigit(tok[0]))
            return false;
        if (char.IsLower(tok[0]))
            return true;
        foreach (var s in AllowedBefore)
        {
            if (tok.SequenceEqual(s))
                return true;
        }
        // "EWA Mem. at 42", "SCI Br. 7": a party's initials before its own paper
        return tok.Length is >= 2 and <= 6 && IsInitials(tok);
    }

    private static bool IsInitials(ReadOnlySpan<char> tok)
    {
        foreach (var ch in tok)
        {
            if (!char.IsAsciiLetterUpper(ch))
                return false;
        }
        return true;
    }
}
