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
