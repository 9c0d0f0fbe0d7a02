using Precedent.Citations.Scanning;

namespace Precedent.Citations.Parsers;

/// <summary>
/// Reads a court-and-date parenthetical: "1987", "10th Cir. 1995", "C.D. Cal. Feb. 9, 2015",
/// "Tex. App.—Houston [14th Dist.] 2005, pet. denied".
/// </summary>
internal static class CourtDateParser
{
    private static readonly string[] Months =
    [
        "Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.",
        "January", "February", "March", "April", "Jun.", "Jul.", "August", "September", "October", "November", "December",
    ];

    private static readonly string[] AllowedLowerWords =
    [
        "en", "banc", "mem.", "table", "filed", "decided", "argued", "per", "curiam", "unpublished", "op.", "order",
        "dist.", "ct.", "div.", "app.", "of", "and", "&", "dep't", "n.d.", "s.d.",
    ];

    public static bool TryParse(ReadOnlySpan<char> inner, out int year, out string? court, out string? date)
    {
        year = 0;
        court = null;
        date = null;
        if (inner.Length == 0 || inner.Length > 120)
            return false;
        // Find the last year token whose tail is empty or starts with a comma (Texas writ history).
        var yearAt = -1;
        for (var i = inner.Length - 4; i >= 0; i--)
        {
            if (!IsYearAt(inner, i, out var y))
                continue;
            var tail = inner[(i + 4)..].Trim();
            if (tail.Length == 0 || tail[0] == ',' || tail[0] == ';')
            {
                yearAt = i;
                year = y;
                break;
            }
        }
        if (yearAt < 0)
            return false;
        var head = inner[..yearAt].TrimEnd();
        // A full date: "Feb. 9," before the year.
        if (head.Length > 0 && head[^1] == ',')
        {
            var h = head[..^1].TrimEnd();
            var d = h.Length;
            while (d > 0 && char.IsAsciiDigit(h[d - 1]))
                d--;
            if (d < h.Length && h.Length - d <= 2)
            {
                var beforeDay = h[..d].TrimEnd();
                foreach (var m in Months)
                {
                    if (beforeDay.EndsWith(m, StringComparison.Ordinal)
                        && (beforeDay.Length == m.Length || !char.IsLetter(beforeDay[beforeDay.Length - m.Length - 1])))
                    {
                        var dateStart = beforeDay.Length - m.Length;
                        date = CaseCitationParser.CollapseSpaces(inner[dateStart..(yearAt + 4)]);
                        head = beforeDay[..dateStart].TrimEnd();
                        break;
                    }
                }
                if (date is null)
                    return false;
            }
            else
                return false;
        }
        else
        {
            // "Jan. 2001" (month and year only)
            foreach (var m in Months)
            {
                if (head.EndsWith(m, StringComparison.Ordinal) && (head.Length == m.Length || TextScan.IsSpace(head[head.Length - m.Length - 1])))
                {
                    date = CaseCitationParser.CollapseSpaces(inner[(head.Length - m.Length)..(yearAt + 4)]);
                    head = head[..^m.Length].TrimEnd();
                    break;
                }
            }
        }
        head = head.Trim().TrimEnd(',');
        if (head.Length > 0)
        {
            if (!LooksLikeCourt(head))
                return false;
            court = CaseCitationParser.CollapseSpaces(head);
        }
        return true;
    }

    private static bool IsYearAt(ReadOnlySpan<char> s, int i, out int year)
    {
        year = 0;
        if (i + 4 > s.Length)
            return false;
        for (var k = 0; k < 4; k++)
        {
            if (!char.IsAsciiDigit(s[i + k]))
                return false;
            year = (year * 10) + (s[i + k] - '0');
        }
        if (i > 0 && (char.IsLetterOrDigit(s[i - 1]) || s[i - 1] is '-' or '/' or '\u00A7'))
            return false;
        if (i + 4 < s.Length && char.IsLetterOrDigit(s[i + 4]))
            return false;
        return year is >= 1600 and <= 2099;
    }

    /// <summary>Court text is short and made of capitalised abbreviations, ordinals and a few small words.</summary>
    private static bool LooksLikeCourt(ReadOnlySpan<char> head)
    {
        if (head.Length > 70)
            return false;
        var words = 0;
        foreach (var range in head.SplitAny(" \t\r\n\u00A0"))
        {
            var w = head[range];
            if (w.Length == 0)
                continue;
            words++;
            // "(106 SC 1712, 90 LE2d 69)" is a parallel citation, not a court and a year: courts have no bare numbers
            if (w.Length > 0 && w.IndexOfAnyExceptInRange('0', '9') < 0)
                return false;
            var c = w[0];
            if (char.IsUpper(c) || char.IsDigit(c) || c is '[' or '(' or '\u2014' or '\u2013' or '-' or '&')
                continue;
            var ok = false;
            foreach (var a in AllowedLowerWords)
            {
                if (w.Equals(a, StringComparison.OrdinalIgnoreCase))
                {
                    ok = true;
                    break;
                }
            }
            if (!ok)
                return false;
        }
        return words <= 10;
    }
}
