namespace Precedent.Citations.Scanning;

/// <summary>
/// A bare section after the title of a treatise or restatement is a citation of that work, not of a statute:
/// "Wright &amp; Miller, Federal Practice and Procedure § 2721", "Restatement (Second) of Torts § 402A",
/// "27 Wright &amp; Gold, Federal Practice &amp; Procedure §§ 6284, 6294". Such drafts become journal citations
/// (the contract's kind for journals, treatises and looseleaf services) whose span starts at the title.
/// </summary>
internal static class TreatiseClassifier
{
    private static readonly string[] Titles =
    [
        "Federal Practice and Procedure", "Federal Practice & Procedure", "Fed. Prac. & Proc.", "Moore's Federal Practice",
        "Moore\u2019s Federal Practice", "Williston on Contracts", "Corbin on Contracts", "Wigmore on Evidence",
        "McCormick on Evidence", "Prosser and Keeton", "Nimmer on Copyright", "Collier on Bankruptcy",
        "Am. Jur. 2d", "C.J.S.", "Couch on Insurance", "Weinstein's Federal Evidence", "Newberg on Class Actions",
    ];

    public static void Reclassify(string text, List<CitationDraft> drafts)
    {
        foreach (var d in drafts)
        {
            if (d.Kind != CitationKind.Statute || d.Code is not null || d.Title is not null)
                continue;
            var windowStart = Math.Max(0, d.Start - 90);
            var before = text.AsSpan(windowStart, d.Start - windowStart);
            var titleStart = -1;
            string? title = null;
            // "Restatement (Second) of Torts § 402A": no clause break (";") between the title and the section
            var restatement = before.LastIndexOf("Restatement", StringComparison.OrdinalIgnoreCase);
            if (restatement >= 0 && before[restatement..].IndexOf(';') < 0 && before.Length - restatement <= 60)
            {
                titleStart = windowStart + restatement;
                title = Parsers.CaseCitationParser.CollapseSpaces(text.AsSpan(titleStart, d.Start - titleStart)).TrimEnd(',', ' ');
            }
            else
            {
                // the title must belong to this citation: no sentence or clause break between them
                var cut = before.LastIndexOfAny(";()");
                if (cut >= 0)
                {
                    windowStart += cut + 1;
                    before = before[(cut + 1)..];
                }
                foreach (var t in Titles)
                {
                    var k = before.LastIndexOf(t, StringComparison.Ordinal);
                    if (k < 0 || before[(k + t.Length)..].Trim().Length > 12)
                        continue;
                    titleStart = windowStart + k;
                    // "Wright & Miller, Federal Practice …": the authors and volume before the title belong to it
                    var authors = FindAuthorsStart(text, windowStart, titleStart);
                    title = Parsers.CaseCitationParser.CollapseSpaces(text.AsSpan(titleStart, d.Start - titleStart)).TrimEnd(',', ' ');
                    titleStart = authors;
                    break;
                }
                // "1 W. LaFave, Search and Seizure § 3.1(h) (1984)": any "Author, Title" right before the section,
                // with the edition's year after it, is a treatise the catalog need not know
                if (title is null && GenericTitleStart(text, windowStart, d.Start) is { } generic && YearFollows(text, d.End))
                {
                    titleStart = generic;
                    var comma = text.IndexOf(',', generic, d.Start - generic);
                    title = Parsers.CaseCitationParser.CollapseSpaces(text.AsSpan(comma + 1, d.Start - comma - 1)).Trim().TrimEnd(',');
                    titleStart = FindAuthorsStart(text, windowStart, comma + 1 + CountLeadingSpaces(text, comma + 1));
                    if (title.Length == 0)
                        title = null;
                }
            }
            if (title is null || titleStart < 0)
                continue;
            d.Kind = CitationKind.Journal;
            d.Code = title;
            d.FullStart = Math.Min(d.FullStart, titleStart);
            // the core runs from the title, as a code's name is part of a statute's core, unless another
            // citation ends in between
            var coreStart = windowStart + before.LastIndexOf(title.AsSpan(0, Math.Min(8, title.Length)), StringComparison.Ordinal);
            if (coreStart >= windowStart && coreStart < d.Start && !drafts.Any(o => o != d && o.End > coreStart && o.Start < d.Start))
                d.Start = coreStart;
        }
    }

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "and", "the", "on", "in", "for", "&", "to", "a" };

    /// <summary>
    /// Where "Author, Title Words" ends right before <paramref name="sectionStart"/>: two or more title words that start
    /// with a capital (connectors such as "of" and "and" allowed between them), after a comma that follows an author's
    /// capitalised name. Returns the offset of the comma's author segment, or null.
    /// </summary>
    private static int? GenericTitleStart(string text, int limit, int sectionStart)
    {
        var i = TextScan.SkipSpacesBack(text, sectionStart, limit);
        var capitals = 0;
        var words = 0;
        while (i > limit && words < 10)
        {
            var end = i;
            while (i > limit && !char.IsWhiteSpace(text[i - 1]) && text[i - 1] != ',')
                i--;
            if (i == end)
                break;
            var word = text.AsSpan(i, end - i);
            words++;
            if (char.IsUpper(word[0]))
                capitals++;
            else if (!Connectors.Contains(word.ToString()))
                return null;
            if (word.ContainsAny("0123456789§"))
                return null;
            if (i > limit && text[i - 1] == ',')
                break;
            i = TextScan.SkipSpacesBack(text, i, limit);
        }
        if (capitals < 2 || i <= limit || text[i - 1] != ',')
            return null;
        // the author before the comma: a capitalised name ("W. LaFave", "Wright & Miller"), not a case or a code
        var comma = i - 1;
        var a = comma;
        while (a > limit && (char.IsLetter(text[a - 1]) || text[a - 1] is '.' or ' ' or '&' or '\'' or '\u2019'))
            a--;
        var author = text.AsSpan(a, comma - a).Trim();
        if (author.Length < 3)
            return null;
        if (author.Contains(" v.", StringComparison.Ordinal) || author.Contains(" v ", StringComparison.Ordinal) || author.IndexOf(' ') > 24)
            return null;
        var last = author.LastIndexOf(' ');
        var surname = last < 0 ? author : author[(last + 1)..];
        if (surname.Length < 2 || !char.IsUpper(surname[0]) || surname.EndsWith("."))
            return null;
        return comma;
    }

    /// <summary>"(1984)", "(3d ed. 1996)", "(5th ed. 2012 &amp; Supp. 2020)" right after the section.</summary>
    private static bool YearFollows(string text, int end)
    {
        var i = end;
        while (i < text.Length && i < end + 3 && text[i] == ' ')
            i++;
        if (i >= text.Length || text[i] != '(')
            return false;
        var close = text.IndexOf(')', i, Math.Min(40, text.Length - i));
        if (close < 0)
            return false;
        var inside = text.AsSpan(i + 1, close - i - 1);
        for (var k = 0; k + 4 <= inside.Length; k++)
        {
            if (inside[k] is '1' or '2' && char.IsAsciiDigit(inside[k + 1]) && char.IsAsciiDigit(inside[k + 2]) && char.IsAsciiDigit(inside[k + 3])
                && (k + 4 == inside.Length || !char.IsAsciiDigit(inside[k + 4])))
                return true;
        }
        return false;
    }

    private static int CountLeadingSpaces(string text, int at)
    {
        var n = 0;
        while (at + n < text.Length && text[at + n] == ' ')
            n++;
        return n;
    }

    /// <summary>"27 Wright &amp; Gold, Federal …": back over "Name &amp; Name," and a volume number.</summary>
    private static int FindAuthorsStart(string text, int limit, int titleStart)
    {
        var i = TextScan.SkipSpacesBack(text, titleStart, limit);
        if (i <= limit || text[i - 1] != ',')
            return titleStart;
        var j = i - 1;
        var start = j;
        while (j > limit && (char.IsLetter(text[j - 1]) || text[j - 1] is ' ' or '&' or '.' or '\'' || char.IsAsciiDigit(text[j - 1])))
        {
            j--;
            if (char.IsUpper(text[j]) || char.IsAsciiDigit(text[j]))
                start = j;
            if (titleStart - j > 40)
                break;
        }
        return start < i - 1 ? start : titleStart;
    }
}
