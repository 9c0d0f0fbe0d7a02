namespace Precedent.Citations.Checking;

/// <summary>
/// What the text around a citation says about how far a rule may trust its parts. Real opinions carry their own
/// reporter captions, star pages inside citations, page-layout debris and citation forms the extractor reads
/// only in part; a rule that would fire on those asks here first.
/// </summary>
internal static class CitationFacts
{
    /// <summary>
    /// A reporter caption rather than a citation: a nameless citation standing at the start of a line near the top
    /// ("779 P.2d 22 (1989)" over the parties' names).
    /// </summary>
    public static bool IsCaption(string text, Citation c)
    {
        if (c.CaseName is not null || c.Kind is not (CitationKind.Case or CitationKind.Neutral or CitationKind.Unknown))
            return false;
        if (c.Start > 1500)
            return false;
        var i = c.FullStart;
        while (i > 0 && text[i - 1] is ' ' or '\t' or '\u00A0')
            i--;
        return i == 0 || text[i - 1] is '\n' or '\r';
    }

    /// <summary>
    /// False when the year came from a parenthetical that is not a court-and-date one: a parallel citation in
    /// parentheses ("(106 SC 1712, 90 LE2d 69)" read as the year 1712) or a supplement ("(1977 &amp; Supp. 1990)").
    /// </summary>
    public static bool YearIsReliable(Citation c)
    {
        if (c.Year is null)
            return false;
        if (c.CourtText is not { } court)
            return true;
        if (court.Contains("Supp", StringComparison.OrdinalIgnoreCase))
            return false;
        var first = court.AsSpan().TrimStart();
        var d = 0;
        while (d < first.Length && char.IsAsciiDigit(first[d]))
            d++;
        if (d > 0 && (d == first.Length || !char.IsAsciiLetter(first[d])))
            return false; // "106 SC": a volume, not an ordinal such as "10th"
        for (var k = 0; k + 4 <= court.Length; k++)
        {
            if (IsFourDigits(court, k))
                return false; // a second year: "1977 & Supp."
        }
        return true;
    }

    /// <summary>
    /// False when the volume may be a fragment: another number right before it ("543      27 U.S. 1076", a
    /// column break splitting "543 U.S. 1076").
    /// </summary>
    public static bool VolumeIsClean(string text, Citation c)
    {
        var i = c.Start;
        while (i > 0 && char.IsWhiteSpace(text[i - 1]))
            i--;
        return i == 0 || !char.IsAsciiDigit(text[i - 1]);
    }

    /// <summary>
    /// True when a year stands right after the citation's unit or right before its volume, though the extractor did
    /// not attach it: "378 U.S. 108, 84 S. Ct. 1509, 12 *1123 L.Ed.2d 723 (1964)", "Pinski Brothers (1972), 160 Mont. 219".
    /// </summary>
    public static bool YearNearby(string text, Citation c)
    {
        // "512 F.2d 1013, 1975": the old Fifth Circuit form, the year read as a pin
        if (c.PinCite is { Length: 4 } pin && IsFourDigits(pin, 0))
            return true;
        var end = Math.Min(text.Length, c.FullEnd + 80);
        for (var k = c.FullEnd; k < end; k++)
        {
            var ch = text[k];
            if (ch is ';' or '\n' || (ch == '.' && k + 1 < text.Length && char.IsWhiteSpace(text[k + 1]) && !(k > 0 && char.IsAsciiLetter(text[k - 1]) && IsAbbreviationEnd(text, k))))
                break;
            if (IsFourDigits(text, k) && k + 4 < text.Length && text[k + 4] is ')' or ']')
                return true;
        }
        var start = Math.Max(0, c.FullStart - 16);
        var before = text.AsSpan(start, c.Start - start);
        for (var k = 0; k + 6 <= before.Length; k++)
        {
            if (before[k] is '(' or '[' && IsFourDigits(before, k + 1) && before[k + 5] is ')' or ']')
                return true;
        }
        return false;
    }

    /// <summary>
    /// True when a citation follows a state's own style manual rather than the Bluebook: California's year first
    /// ("People v. Sanchez (2016) 63 Cal.4th 665") or New York's year in brackets ("63 NY2d 582 [1984]"). Reporter
    /// spellings such as "Cal.4th" and "NY2d" are correct there.
    /// </summary>
    public static bool StateStyle(string text, Citation primary)
    {
        var start = Math.Max(0, primary.FullStart - 2);
        var before = text.AsSpan(start, Math.Max(0, primary.Start - start)).TrimEnd();
        if (before.Length >= 6 && before[^1] == ')' && IsFourDigits(before, before.Length - 5) && before[^6] == '(')
            return true;
        var tail = text.AsSpan(primary.End, Math.Max(0, Math.Min(text.Length, primary.FullEnd + 2) - primary.End));
        var open = tail.IndexOf('[');
        return open >= 0 && open + 6 <= tail.Length && IsFourDigits(tail, open + 1) && tail[open + 5] == ']';
    }

    /// <summary>True when a blank citation ("___ N.C. App. ___,") stands right before: the official reporter the extractor left out.</summary>
    public static bool FollowsBlankCitation(string text, Citation c)
    {
        var start = Math.Max(0, c.Start - 30);
        return text.AsSpan(start, c.Start - start).Contains("__", StringComparison.Ordinal);
    }

    /// <summary>
    /// "Id., 61 Neb. 317": an old use of Id. for the case name of the citation before, followed by a citation of
    /// its own. Such an Id. is not a short form.
    /// </summary>
    public static bool IdNamesCase(ResolvedDocument doc, Citation c)
    {
        if (c.Kind != CitationKind.Id || c.PinCite is not null || c.Index + 1 >= doc.Citations.Count)
            return false;
        var next = doc.Citations[c.Index + 1];
        if (next.Kind is not (CitationKind.Case or CitationKind.Neutral))
            return false;
        var gap = doc.Text.AsSpan(c.End, Math.Max(0, next.Start - c.End)).Trim();
        return gap is "," or "";
    }

    /// <summary>
    /// True when an Id. sits right after the citation it is taken to mean, with nothing numbered in between that
    /// might be a citation the extractor does not read (a record page, a complaint paragraph, an appendix page), and
    /// no statute, rule or record citation the resolver would pass over. Along a chain of Id.s, every link must.
    /// </summary>
    public static bool IdFollowsClosely(ResolvedDocument doc, Citation c, int maxGap = 400)
    {
        for (var guard = 0; guard < 64; guard++)
        {
            var prev = c.Index - 1;
            while (prev >= 0 && (doc.Citations[prev].ParallelOf is not null || doc.Citations[prev].Kind == CitationKind.Reference))
                prev--;
            if (prev < 0)
                return false;
            var p = doc.Citations[prev];
            if (p.Kind is not (CitationKind.Case or CitationKind.ShortCase or CitationKind.Id or CitationKind.Supra or CitationKind.Journal or CitationKind.Neutral))
                return false;
            // "Id., at 10,409": a number with a thousands separator is no page of a case
            if (c.End + 1 < doc.Text.Length && doc.Text[c.End] == ',' && char.IsAsciiDigit(doc.Text[c.End + 1]))
                return false;
            if (InsideQuotationOrParenthetical(doc.Text, p))
                return false;
            var from = Math.Max(p.FullEnd, p.End);
            if (from <= c.Start)
            {
                if (c.Start - from > maxGap)
                    return false;
                var gap = doc.Text.AsSpan(from, c.Start - from);
                foreach (var ch in gap)
                {
                    if (char.IsAsciiDigit(ch) || ch == '\u00B6' || ch == '\u00A7')
                        return false;
                }
                foreach (var word in RecordWords)
                {
                    if (gap.Contains(word, StringComparison.OrdinalIgnoreCase))
                        return false;
                }
            }
            if (p.Kind != CitationKind.Id)
                return true;
            c = p;
        }
        return false;
    }

    /// <summary>
    /// True when a citation closes a quotation ("… 128 So. 2d 674.\" Id., at 197": the Id. means the quoting case)
    /// or opens with "quoting"/"citing" in a parenthetical the extractor did not attach to the citation before it.
    /// </summary>
    private static bool InsideQuotationOrParenthetical(string text, Citation p)
    {
        var e = Math.Max(p.FullEnd, p.End);
        while (e < text.Length && text[e] is '.' or ',' or ';')
            e++;
        if (e < text.Length && text[e] is '"' or '\u201D' or '\'' or '\u2019')
            return true;
        var s = Math.Max(0, p.FullStart - 16);
        var before = text.AsSpan(s, p.FullStart - s);
        return before.Contains("quoting", StringComparison.Ordinal) || before.Contains("citing", StringComparison.Ordinal);
    }

    /// <summary>Words that name a document an Id. may mean instead of the last case: the record, the briefs, the pleadings.</summary>
    private static readonly string[] RecordWords =
    [
        "complaint", "petition", "brief", "motion", "affidavit", "declaration", "deposition", "transcript", "testif",
        "exhibit", "appendix", "record", "memorandum", "letter", "hearing", "report", "order", "findings",
    ];

    private static bool IsFourDigits(ReadOnlySpan<char> s, int k)
    {
        if (k + 4 > s.Length)
            return false;
        for (var j = 0; j < 4; j++)
        {
            if (!char.IsAsciiDigit(s[k + j]))
                return false;
        }
        if (k > 0 && char.IsAsciiDigit(s[k - 1]))
            return false;
        if (k + 4 < s.Length && char.IsAsciiDigit(s[k + 4]))
            return false;
        var year = ((s[k] - '0') * 1000) + ((s[k + 1] - '0') * 100) + ((s[k + 2] - '0') * 10) + (s[k + 3] - '0');
        return year is >= 1700 and <= 2099;
    }

    /// <summary>A period that ends a short abbreviation ("Ct.", "App.") rather than a sentence.</summary>
    private static bool IsAbbreviationEnd(string text, int dot)
    {
        var s = dot;
        while (s > 0 && char.IsAsciiLetter(text[s - 1]))
            s--;
        return dot - s <= 5 && char.IsAsciiLetterUpper(text[s]);
    }
}
