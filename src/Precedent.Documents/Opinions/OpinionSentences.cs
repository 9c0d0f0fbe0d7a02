using Precedent.Citations;

namespace Precedent.Documents.Opinions;

/// <summary>
/// Shared text helpers for the opinion readers: the lead part's span, a linear sentence splitter and word
/// tokens. Heuristic and allocation-light; every method accepts any string and never throws.
/// </summary>
internal static class OpinionSentences
{
    /// <summary>Longest sentence the splitter returns; a longer run is cut there.</summary>
    public const int MaxSentence = 2000;

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "v", "vs", "no", "nos", "cir", "mr", "mrs", "ms", "dr", "jr", "sr", "st", "inc", "co", "corp", "ltd", "ct",
        "app", "supp", "fed", "civ", "crim", "stat", "ann", "art", "sec", "cf", "ex", "rel", "dist", "div", "dept",
        "gen", "gov", "rev", "ed", "cl", "ch", "cert", "etc", "al", "seq", "op", "pet", "br", "tr", "jj", "bros",
        "assn", "cnty", "comm", "comm'n", "ass'n", "sup", "super", "mun", "prob", "fam", "juv", "pp", "para", "vol",
        "approx", "hon", "messrs", "cal", "tex", "fla", "ill", "mass", "mich", "minn", "ariz", "colo", "conn", "okla",
        "wash", "wis", "penn", "ga", "la", "md", "mo", "va", "nev", "neb", "kan", "ky", "tenn", "ala", "miss", "ark",
        "ind", "iowa", "ore", "vt", "del", "wyo", "mont", "u.s", "e.g", "i.e",
    };

    /// <summary>
    /// The span of the lead opinion: the first majority, per curiam or plurality part, else the first part
    /// unless it is a separate opinion, else the whole text when no parts are given. Null when there is none.
    /// </summary>
    public static (int Start, int End)? Lead(string text, IReadOnlyList<OpinionPart>? parts)
    {
        if (parts is null || parts.Count == 0)
            return (0, text.Length);
        OpinionPart? lead = null;
        foreach (var part in parts)
        {
            if (part is null)
                continue;
            if (part.Kind is "majority" or "per_curiam" or "plurality")
            {
                lead = part;
                break;
            }
        }
        if (lead is null)
        {
            var first = parts[0];
            if (first is null || first.Kind is "dissent" or "concurrence" or "concurrence_in_judgment" or "concurrence_in_part_dissent_in_part")
                return null;
            lead = first;
        }
        int start = Math.Clamp(lead.Start, 0, text.Length), end = Math.Clamp(lead.End, 0, text.Length);
        return end > start ? (start, end) : null;
    }

    /// <summary>
    /// Splits <c>text[start, end)</c> into sentences, in order, each trimmed of surrounding white space. A line
    /// break ends a sentence when the line ends in terminal punctuation, is short (a heading, a caption line) or
    /// is followed by a blank line; otherwise it is a wrapped line and the sentence runs on.
    /// </summary>
    public static List<TextSpan> Split(string text, int start, int end)
    {
        var result = new List<TextSpan>();
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        int s = -1, lineStart = start;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (s < 0)
            {
                if (c == '\n')
                    lineStart = i + 1;
                if (!char.IsWhiteSpace(c))
                    s = i;
                continue;
            }
            if (c == '\n')
            {
                // A blank line was weighed at the break before it; double-spaced text has one after every line.
                if (!BlankSoFar(text, lineStart, i) && HardLineBreak(text, lineStart, i, end))
                    Add(result, text, s, i, ref s);
                lineStart = i + 1;
                continue;
            }
            if (c is '.' or '!' or '?')
            {
                int after = i + 1;
                while (after < end && text[after] is '"' or '\'' or '\u201D' or '\u2019' or ')')
                    after++;
                if (after >= end || (char.IsWhiteSpace(text[after]) && EndsSentence(text, s, i, after, end)))
                {
                    Add(result, text, s, after, ref s);
                    i = after - 1;
                    continue;
                }
            }
            if (i - s >= MaxSentence)
                Add(result, text, s, i, ref s);
        }
        if (s >= 0)
            Add(result, text, s, end, ref s);
        return result;
    }

    private static bool BlankSoFar(string text, int lineStart, int newline)
    {
        for (int i = lineStart; i < newline; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
                return false;
        }
        return true;
    }

    private static void Add(List<TextSpan> result, string text, int s, int e, ref int state)
    {
        while (e > s && char.IsWhiteSpace(text[e - 1]))
            e--;
        if (e > s)
            result.Add(new TextSpan(s, e));
        state = -1;
    }

    private static bool HardLineBreak(string text, int lineStart, int newline, int end)
    {
        int e = newline;
        while (e > lineStart && char.IsWhiteSpace(text[e - 1]))
            e--;
        if (e == lineStart)
            return true;
        char last = text[e - 1];
        if (last is '.' or '!' or '?' or ':' or ';' or '"' or '\u201D')
            return true;
        // The next line that has text, looked for a short way ahead: one starting in lower case continues.
        int j = newline + 1, limit = Math.Min(end, newline + 200);
        bool blank = false;
        while (j < limit && char.IsWhiteSpace(text[j]))
        {
            if (text[j] == '\n')
                blank = true;
            j++;
        }
        if (j >= limit)
            return true;
        if (char.IsLower(text[j]))
            return false;
        int b = lineStart;
        while (b < e && char.IsWhiteSpace(text[b]))
            b++;
        return e - b < 40 || blank;
    }

    private static bool EndsSentence(string text, int sentenceStart, int dot, int after, int end)
    {
        int j = after;
        while (j < end && char.IsWhiteSpace(text[j]))
            j++;
        if (j >= end)
            return true;
        if (char.IsLower(text[j]))
            return false;
        if (text[dot] != '.')
            return true;
        // The word before the period.
        int w = dot;
        while (w > sentenceStart && w > dot - 12 && !char.IsWhiteSpace(text[w - 1]) && text[w - 1] is not ('(' or '"' or '\u201C' or '['))
            w--;
        var word = text.AsSpan(w, dot - w);
        if (word.Length == 0)
            return true;
        if (word.Length == 1 && char.IsLetter(word[0]))
            return false; // an initial or one letter of "U.S."
        if (word.Contains('.'))
            return false; // "U.S.C." "F.Supp."
        var lookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        return !lookup.Contains(word);
    }

    /// <summary>
    /// Word tokens of a span: runs of letters and digits, "§" alone, and (when <paramref name="punctuation"/>)
    /// "," ";" ":" as tokens.
    /// </summary>
    public static List<TextSpan> Words(string text, int start, int end, bool punctuation = true)
    {
        var words = new List<TextSpan>();
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                int s = i;
                while (i < end && char.IsLetterOrDigit(text[i]))
                    i++;
                words.Add(new TextSpan(s, i));
                continue;
            }
            if (c == '\u00A7' || (punctuation && c is ',' or ';' or ':'))
                words.Add(new TextSpan(i, i + 1));
            i++;
        }
        return words;
    }

    /// <summary>
    /// True when the line holding <paramref name="offset"/> starts like a footnote ("1 In the…", "[2] Text",
    /// "* Text").
    /// </summary>
    public static bool OnFootnoteLine(string text, int offset, int floor)
    {
        int ls = offset;
        int limit = Math.Max(floor, offset - MaxSentence);
        while (ls > limit && text[ls - 1] != '\n')
            ls--;
        while (ls < offset && text[ls] is ' ' or '\t')
            ls++;
        if (ls >= text.Length)
            return false;
        if (text[ls] == '*' || text[ls] == '[')
            return ls + 1 < text.Length && (text[ls] == '*' || char.IsDigit(text[ls + 1]));
        // "1 In the earlier appeal…": one to three digits, a space, then a capitalized word ("123 F.3d" is a citation).
        int d = ls;
        while (d < text.Length && d - ls < 4 && char.IsDigit(text[d]))
            d++;
        return d > ls && d - ls <= 3 && d + 2 < text.Length && text[d] == ' '
            && char.IsUpper(text[d + 1]) && char.IsLower(text[d + 2]);
    }
}
