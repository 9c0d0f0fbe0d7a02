using Precedent.Citations.Scanning;

namespace Precedent.Citations.Parsers;

/// <summary>Reads subsequent history after a case citation: ", aff'd, 12 F.3d 4 (…)", ", cert. denied, …".</summary>
internal static class HistoryReader
{
    // Longest first: the first that matches wins.
    private static readonly string[] Relations =
    [
        "cert. granted sub nom.", "cert. denied sub nom.", "aff'd in part and rev'd in part", "aff'd in part, rev'd in part",
        "aff'd in part and vacated in part", "rev'd in part and remanded", "aff'd on other grounds", "rev'd on other grounds",
        "vacated on other grounds", "abrogated on other grounds by", "overruled on other grounds by",
        "overruled in part on other grounds by", "abrogated in part by", "overruled in part by", "superseded by statute",
        "superseded by statute as stated in", "vacated and remanded", "rev'd and remanded", "aff'd sub nom.", "rev'd sub nom.",
        "vacated sub nom.", "cert. dismissed", "cert. granted", "cert. denied", "reh'g en banc denied", "reh'g denied",
        "reh'g granted", "appeal dismissed", "appeal denied", "review denied", "review granted", "overruled by",
        "abrogated by", "superseded by", "aff'd in part", "rev'd in part", "vacated in part", "aff'd", "rev'd",
        "vacated", "modified", "withdrawn", "petition for cert. filed", "petition for cert. denied", "pet. denied", "pet. ref'd", "pet. granted", "writ ref'd n.r.e.", "writ dism'd", "writ denied", "mandamus denied", "amended by",
    ];

    public static List<DraftHistory>? Read(ParseContext context, int pos)
    {
        var text = context.Text;
        {
            if (pos >= text.Length || text[pos] != ',')
                return null;
            var j = TextScan.SkipSpaces(text, pos + 1, pos + 4);
            string? relation = null;
            foreach (var r in Relations)
            {
                if (Matches(text, j, r))
                {
                    relation = r;
                    break;
                }
            }
            if (relation is null)
                return null;
            var relEnd = j + MatchLength(text, j, relation);
            // The history citation: the next volume within a short window ("sub nom. Saucier v. Katz, 121 S. Ct. 480").
            var citeStart = -1;
            var limit = Math.Min(text.Length, relEnd + 160);
            for (var k = relEnd; k < limit; k++)
            {
                var c = text[k];
                if (c is ';' or '(' or ')')
                    break;
                if (char.IsAsciiDigit(c) && !char.IsLetterOrDigit(text[k - 1]) && CaseCitationParser.VolumeAllowed(text, k)
                    && ReporterCore.TryRead(context, k, allowShort: false, out var core) && (core.Edition is not null || core.IsJournal))
                {
                    citeStart = k;
                    break;
                }
            }
            var textEnd = citeStart >= 0 ? citeStart : relEnd;
            var htext = CaseCitationParser.CollapseSpaces(text.AsSpan(j, textEnd - j)).TrimEnd(',', ' ');
            // Later history belongs to the history citation itself.
            return [new DraftHistory(relation, citeStart, htext)];
        }
    }

    private static bool Matches(string text, int i, string relation) => MatchLength(text, i, relation) > 0;

    /// <summary>Matches a relation allowing curly apostrophes and any white space for a space.</summary>
    private static int MatchLength(string text, int i, string relation)
    {
        var k = i;
        foreach (var rc in relation)
        {
            if (k >= text.Length)
                return 0;
            var c = text[k];
            if (rc == ' ')
            {
                if (!TextScan.IsSpace(c))
                    return 0;
                k = TextScan.SkipSpaces(text, k, k + 3);
                continue;
            }
            if (rc == '\'' ? c is not ('\'' or '\u2019') : c != rc)
                return 0;
            k++;
        }
        if (k < text.Length && char.IsLetter(text[k]))
            return 0;
        return k - i;
    }
}
