using System.Buffers;
using Precedent.Citations.Scanning;

namespace Precedent.Citations;

/// <summary>
/// Signs of a source cited in a form the parsers do not read: a page or paragraph pin ("p. 2", "¶ 161;") or a
/// record word ("Decl.", "Aff.", "Dep.", "Tr.", "Ex.", "R. 93-2"). An Id. after such a source means that source,
/// never an authority cited before it.
/// </summary>
internal static class UnreadCitations
{
    private static readonly string[] RecordWords =
    [
        "Decl.", "Aff.", "Dep.", "Tr.", "Exs.", "Ex.", "Exh.", "Dkt.", "ECF", "Compl.", "Br.", "Mem.", "Mot.", "Doc.",
        "Test.", "Hr'g", "Hrg.", "Cong. Rec.",
    ];

    private static readonly SearchValues<char> Starts = SearchValues.Create("pa\u00B6ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    /// <summary>The first sign found in <c>text[start..end)</c>, or null.</summary>
    public static string? Find(string text, int start, int end)
    {
        end = Math.Min(end, text.Length);
        var i = Math.Max(0, start);
        var pageBreak = LastPageBreak(text, i, end);
        while (i < end)
        {
            var k = text.AsSpan(i, end - i).IndexOfAny(Starts);
            if (k < 0)
                return null;
            i += k;
            if (Sign(text, i, end) is { } sign && Closed(text, i + sign.Length, end) && !Continues(text, start, i)
                && i + sign.Length > pageBreak)
                return sign;
            i++;
        }
        return null;
    }

    /// <summary>
    /// The offset of the last slip-opinion page break ("Cite as: 581 U. S. ____ (2017)", a footnote rule "——————")
    /// in <c>text[start..end)</c>, or -1. A sign before it lies in a footnote printed at the page's foot, set into the
    /// text the Id. continues, and is not what the Id. means.
    /// </summary>
    private static int LastPageBreak(string text, int start, int end)
    {
        if (start >= end)
            return -1;
        var gap = text.AsSpan(start, end - start);
        var k = Math.Max(gap.LastIndexOf("Cite as:", StringComparison.Ordinal),
            gap.LastIndexOf("\u2014\u2014\u2014\u2014\u2014\u2014", StringComparison.Ordinal));
        return k < 0 ? -1 : start + k;
    }

    /// <summary>
    /// True when the cite that holds the sign ends before <paramref name="end"/> ("Tr. 45. Id." yes; "PRP Tr., 15 id."
    /// no: there the sign names the record the Id. itself pins).
    /// </summary>
    private static bool Closed(string text, int from, int end)
        => from < end && text.AsSpan(from, end - from).IndexOfAny(".;)") >= 0;

    /// <summary>True when only commas and spaces stand between the citation before and the sign: its own pin.</summary>
    private static bool Continues(string text, int start, int sign)
    {
        foreach (var ch in text.AsSpan(start, sign - start))
        {
            if (!(ch == ',' || TextScan.IsSpace(ch)))
                return false;
        }
        return true;
    }

    private static string? Sign(string text, int i, int end)
    {
        var c = text[i];
        if (c == '\u00B6')
            return ParagraphPin(text, i, end);
        if (!TextScan.AtWordStart(text, i))
            return null;
        if (c is 'a' or 'A' or 'p' or 'P' && AnteOrPost(text, i, end) is { } here)
            return here;
        if (c == 'p')
        {
            // "p. 2", "pp. 4-5", after a comma, a space or a bracket (never "at p." of a case: those are read)
            var j = i + 1;
            if (j < end && text[j] == 'p')
                j++;
            if (j + 2 < end && text[j] == '.' && TextScan.IsSpace(text[j + 1]) && char.IsAsciiDigit(text[j + 2])
                && i > 0 && text[i - 1] is ' ' or '(' or ',')
            {
                var b = TextScan.SkipSpacesBack(text, i, Math.Max(0, i - 3));
                // "at p. 12" belongs to a case pin the parsers would have read; "Vol. 2, p. 3" and "summary, p. 2" are sources
                if (b >= 2 && text[b - 1] == 't' && text[b - 2] == 'a' && (b < 3 || !char.IsLetter(text[b - 3])))
                    return null;
                return text[i..Math.Min(end, j + 3)];
            }
            return null;
        }
        if (Acronym(text, i, end) is { } acronym)
            return acronym;
        if (char.IsAsciiLetterUpper(c) && PaperByPage(text, i, end) is { } paper)
            return paper;
        if (c == 'R' && TextScan.StartsWithAt(text, i, "Rep. No."))
            return "Rep. No."; // "S. Rep. No. 95-989, at 5", "H.R. Rep. No. 1234": a committee report
        if (c == 'R')
        {
            // "R.93-2 at 1", "R. 45": a record cite of the Seventh Circuit's kind
            var j = i + 1;
            if (j < end && text[j] == '.')
            {
                var k = j + 1;
                if (k < end && text[k] == ' ')
                    k++;
                // never "H. R. 3" or "H.R. 3", a bill
                var b = TextScan.SkipSpacesBack(text, i, Math.Max(0, i - 2));
                var bill = b >= 2 && text[b - 1] == '.' && text[b - 2] is 'H' or 'S';
                if (k < end && char.IsAsciiDigit(text[k]) && !bill)
                    return text[i..Math.Min(end, k + 1)];
            }
            return null;
        }
        foreach (var w in RecordWords)
        {
            if (w[0] != c || !TextScan.StartsWithAt(text, i, w))
                continue;
            var e = i + w.Length;
            if (e > end)
                return null;
            if (e == end || text[e] is ' ' or ',' or ')' or ';' or '\u00A0' || char.IsAsciiDigit(text[e]))
            {
                // "Ex. A", "Decl. ¶ 4", "Tr. 45", "Aff., Ex. 2": a record word followed by its pin or a comma
                var n = TextScan.SkipSpaces(text, e, Math.Min(end, e + 2));
                if (n >= end || text[n] is ',' or ')' or ';' or '\u00B6' || char.IsAsciiDigit(text[n])
                    || TextScan.StartsWithAt(text, n, "No.") || AtPage(text, n, end)
                    || (char.IsAsciiLetterUpper(text[n]) && (n + 1 >= end || !char.IsLetter(text[n + 1]))))
                    return w;
            }
            return null;
        }
        return null;
    }

    /// <summary>
    /// A short name the opinion gave a document, in capitals, with its section or page: "SRPFJ § III.C.1",
    /// "CIS at 35". (A Thai "ง" stands for the section sign in text decoded from the Thai code page.)
    /// </summary>
    private static string? Acronym(string text, int i, int end)
    {
        var e = i;
        while (e < end && e - i <= 8 && char.IsAsciiLetterUpper(text[e]))
            e++;
        if (e - i < 2 || e - i > 8 || (e < end && (char.IsLetterOrDigit(text[e]) || text[e] is '.' or '\'' or '\u2019' or '-')))
            return null;
        // never a Roman numeral ("Title III § 2") nor the last word of a code's name ("IND. CODE § 35-38-1-15")
        if (text.AsSpan(i, e - i).IndexOfAnyExcept("IVXLCDM") < 0)
            return null;
        var b = TextScan.SkipSpacesBack(text, i, Math.Max(0, i - 2));
        if (b > 0 && b < i && text[b - 1] == '.')
        {
            var w = b - 1;
            while (w > 0 && b - 1 - w < 8 && char.IsAsciiLetterUpper(text[w - 1]))
                w--;
            if (b - 1 - w >= 2 && (w == 0 || !char.IsLetter(text[w - 1])))
                return null;
        }
        var n = TextScan.SkipSpaces(text, e, Math.Min(end, e + 2));
        if (n == e || n >= end)
            return null;
        if (text[n] is '\u00A7' or '\u0E07')
            return text[i..e];
        // "CIS at 35." but never "FBI at 10 p.m." nor "at 5:30"
        return AtPageNotHour(text, n, end) ? text[i..e] : null;
    }

    /// <summary>"at 35" as a page, never an hour ("at 10 p.m.", "at 5:30").</summary>
    private static bool AtPageNotHour(string text, int n, int end)
    {
        if (!AtPage(text, n, end))
            return false;
        var d = TextScan.SkipDigits(text, n + 3);
        return !(d < end && (text[d] == ':' || (d + 1 < end && text[d] == ' ' && text[d + 1] is 'a' or 'p' && d + 2 < end && text[d + 2] == '.')));
    }

    private static readonly string[] PaperWords =
    [
        "Ruling", "Decision", "Order", "Opinion", "Report", "Brief", "Petition", "Motion", "Complaint", "Answer",
        "Memorandum", "Determination", "Recommendation", "Findings", "Transcript", "Appendix", "Stipulation",
    ];

    /// <summary>
    /// A paper of the case or of the agency below named by a capitalized word and cited by page: "Final Scope Ruling
    /// at 8", "ALJ Decision, at 52", "Brief at 12"; or a dictionary by page: "Webster's New World Dictionary 1345",
    /// "BLACK'S LAW DICTIONARY 1102".
    /// </summary>
    private static string? PaperByPage(string text, int i, int end)
    {
        if (TextScan.StartsWithAt(text, i, "Dictionary") || TextScan.StartsWithAt(text, i, "DICTIONARY"))
        {
            var e = i + 10;
            var n = TextScan.SkipSpaces(text, e, Math.Min(end, e + 2));
            return n > e && n < end && char.IsAsciiDigit(text[n]) ? text[i..e] : null;
        }
        foreach (var w in PaperWords)
        {
            if (w[0] != text[i] || !TextScan.StartsWithAt(text, i, w))
                continue;
            var e = i + w.Length;
            if (e >= end || !(text[e] is ' ' or ','))
                return null;
            var n = e;
            if (text[n] == ',')
                n++;
            n = TextScan.SkipSpaces(text, n, Math.Min(end, n + 2));
            return n > e && AtPageNotHour(text, n, end) ? w : null;
        }
        return null;
    }

    /// <summary>"at 42": a page pin after a record word ("EWA Mem. at 42").</summary>
    private static bool AtPage(string text, int n, int end)
        => n + 3 < end && text[n] == 'a' && text[n + 1] == 't' && text[n + 2] == ' ' && char.IsAsciiDigit(text[n + 3]);

    /// <summary>
    /// "Ante, at 14", "post, at 3": a page of the opinion itself (a dissent pointing at the majority). An Id. or Ibid.
    /// after it means that page.
    /// </summary>
    private static string? AnteOrPost(string text, int i, int end)
    {
        int e;
        if (TextScan.StartsWithAt(text, i, "ante") || TextScan.StartsWithAt(text, i, "Ante"))
            e = i + 4;
        else if (TextScan.StartsWithAt(text, i, "post") || TextScan.StartsWithAt(text, i, "Post"))
            e = i + 4;
        else
            return null;
        var n = e;
        if (n < end && text[n] == ',')
            n++;
        n = TextScan.SkipSpaces(text, n, Math.Min(end, n + 2));
        return AtPage(text, n, end) ? text[i..e] : null;
    }

    /// <summary>"¶ 161;", "¶¶ 350-52)": a paragraph pin; "¶ 98 Thus": a paragraph number of the text itself.</summary>
    private static string? ParagraphPin(string text, int i, int end)
    {
        // "¶8." opening a line, "(¶12)" after a page pin: paragraph numbers of opinions, not unread sources
        var b = TextScan.SkipSpacesBack(text, i, Math.Max(0, i - 40));
        if (b == 0 || text[b - 1] is '(' or '{')
            return null;
        for (var q = i - 1; q >= b; q--)
        {
            if (text[q] == '\n')
                return null;
        }
        var j = i + 1;
        if (j < end && text[j] == '\u00B6')
            j++;
        j = TextScan.SkipSpaces(text, j, Math.Min(end, j + 2));
        if (j >= end || !char.IsAsciiDigit(text[j]))
            return null;
        var e = TextScan.ReadPin(text, j);
        if (e <= j)
            return null;
        var n = TextScan.SkipSpaces(text, e, Math.Min(text.Length, e + 2));
        if (n < text.Length && text[n] is ';' or ',' or '.' or ')' or ']' && (text[n] != '.' || n + 1 >= text.Length || !char.IsAsciiDigit(text[n + 1])))
            return text[i..Math.Min(e, end)];
        return null;
    }
}
