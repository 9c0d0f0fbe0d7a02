using Precedent.Citations;

namespace Precedent.Documents.Opinions;

/// <summary>
/// Finds the headings of an opinion: numbered ones ("I.  Background", "I" on its own line over "Legal Framework",
/// "A. Qualified Immunity", "1. Clearly Established Law", "(a)") and unnumbered ones in capitals ("DISCUSSION",
/// "CONCLUSION"). Numbered list items, sentences and short quoted lines are not headings.
/// </summary>
/// <remarks>Reads line by line and looks at most one line ahead and one behind, so it is linear in the text.</remarks>
public static class HeadingReader
{
    private const int MaxHeading = 120;
    private const int MaxTitleWords = 14;

    private static readonly HashSet<string> KnownTitles = new(StringComparer.Ordinal)
    {
        "BACKGROUND", "DISCUSSION", "CONCLUSION", "ANALYSIS", "FACTS", "INTRODUCTION", "JURISDICTION",
        "STANDARD OF REVIEW", "PROCEDURAL HISTORY", "FACTUAL BACKGROUND", "PROCEDURAL BACKGROUND", "DISPOSITION",
        "FACTS AND PROCEDURAL HISTORY", "FACTUAL AND PROCEDURAL BACKGROUND", "STATEMENT OF FACTS", "STATEMENT OF THE CASE",
        "SUMMARY", "CONCLUSIONS OF LAW", "FINDINGS OF FACT", "LEGAL STANDARD", "APPLICABLE LAW", "ISSUES", "DECISION",
        "BACKGROUND AND PROCEDURAL HISTORY", "ISSUE", "HOLDING", "LAW AND ANALYSIS", "ARGUMENT",
    };

    private static readonly string[] NotHeadings =
    [
        "AFFIRM", "REVERS", "REMAND", "VACATE", "DISMISS", "DENIED", "GRANTED", "SO ORDERED", "IT IS", "PER CURIAM",
        "WE CONCUR", "CONCUR", "OPINION", "ORDER", "JUDGMENT", "MEMORANDUM", "UNPUBLISHED", "PUBLISHED", "NOTICE",
        "SYLLABUS", "ENTERED", "FILED", "NOTES", "FOOTNOTES",
    ];

    /// <summary>The headings of <paramref name="text"/>, in text order.</summary>
    /// <param name="text">The opinion's text.</param>
    /// <param name="parts">Its parts (from <see cref="PartReader"/>): numbering restarts in each part.</param>
    public static IReadOnlyList<Heading> Read(string text, IReadOnlyList<OpinionPart> parts)
    {
        text ??= "";
        parts ??= [];
        var headings = new List<Heading>();
        int partIndex = 0;
        int[] last = new int[5];
        bool seenProse = false;
        int lineStart = 0;
        Line? previous = null;
        Line? current = NextLine(text, ref lineStart);
        while (current is { } line)
        {
            Line? next = NextLine(text, ref lineStart);
            if (next is { } same && same.Length == line.Length
                && text.AsSpan(same.Start, same.Length).SequenceEqual(text.AsSpan(line.Start, line.Length)))
            {
                // The same line twice running ("I." over "I.", "DISCUSSION" over "DISCUSSION"): not a heading.
                previous = line;
                current = next;
                continue;
            }

            while (partIndex + 1 < parts.Count && parts[partIndex + 1].Start <= line.Start)
            {
                partIndex++;
                Array.Clear(last);
            }

            Heading? found = Numbered(text, line, previous, next, last, out bool usesNext);
            if (found is null && KindOf(text, line, last) == LabelKind.None)
                found = Unnumbered(text, line, previous, next, seenProse);
            if (found is not null)
            {
                headings.Add(found);
                if (usesNext && next is not null)
                {
                    previous = next;
                    current = NextLine(text, ref lineStart);
                    continue;
                }
            }
            else if (!seenProse && line.Length >= 60 && CountLower(text, line) >= 40)
            {
                seenProse = true;
            }

            previous = line;
            current = next;
        }

        return headings;
    }

    private readonly record struct Line(int Start, int End, int Indent)
    {
        public int Length => End - Start;
    }

    /// <summary>The next non-blank line's content (blanks and star paging trimmed), advancing <paramref name="at"/>.</summary>
    private static Line? NextLine(string text, ref int at)
    {
        while (at < text.Length)
        {
            int lineStart = at;
            int lineEnd = TextLines.LineEnd(text, lineStart);
            at = lineEnd + 1;
            int cs = TextLines.ContentStart(text, lineStart, lineEnd);
            int ce = TextLines.ContentEnd(text, cs, lineEnd);
            if (ce > cs)
                return new Line(cs, ce, IndentWidth(text, lineStart, cs));
        }

        return null;
    }

    private static int IndentWidth(string text, int from, int to)
    {
        int width = 0;
        for (int i = from; i < to; i++)
            width += text[i] == '\t' ? 4 : text[i] == '\f' ? 0 : 1;
        return width;
    }

    private static int CountLower(string text, Line line)
    {
        int count = 0;
        for (int i = line.Start; i < line.End; i++)
        {
            if (char.IsLower(text[i]))
                count++;
        }

        return count;
    }

    private enum LabelKind
    {
        None,
        Roman,
        Upper,
        Arabic,
        Lower,
    }

    /// <summary>
    /// Reads a label at the start of a line: "IV.", "IV", "B.", "3.", "(a)", "a."; gives its length and its value in
    /// its sequence (IV → 4, B → 2). A lone "I", "V" or "X" is a letter when it continues a lettered sequence.
    /// </summary>
    private static LabelKind Label(ReadOnlySpan<char> s, int[] last, out int length, out bool bare, out int value)
    {
        length = 0;
        bare = false;
        value = 0;
        if (s.IsEmpty)
            return LabelKind.None;
        if (s[0] == '(')
        {
            int close = s.IndexOf(')');
            if (close is < 2 or > 5)
                return LabelKind.None;
            ReadOnlySpan<char> inner = s[1..close];
            length = close + 1;
            bare = length == s.Length;
            if (inner.Length == 1 && char.IsAsciiLetterLower(inner[0]) && !(inner[0] == 'i' && last[4] != 8))
            {
                value = inner[0] - 'a' + 1;
                return LabelKind.Lower;
            }

            if (inner.Length <= 2 && char.IsAsciiDigit(inner[0]) && (inner.Length == 1 || char.IsAsciiDigit(inner[1])))
            {
                value = int.Parse(inner, System.Globalization.CultureInfo.InvariantCulture);
                return LabelKind.Arabic;
            }

            value = RomanValue(inner, lower: true);
            return value > 0 ? LabelKind.Lower : LabelKind.None;
        }

        int n = 0;
        while (n < s.Length && n < 6 && char.IsAsciiLetterUpper(s[n]))
            n++;
        if (n > 0 && (n == s.Length || s[n] is '.' or ' ' or '\t'))
        {
            bool dot = n < s.Length && s[n] == '.';
            length = dot ? n + 1 : n;
            bare = length == s.Length;
            if (!dot && !bare)
            {
                // "I  Background" needs a dot or the line to itself; otherwise "I think" would be a heading.
                return LabelKind.None;
            }

            ReadOnlySpan<char> letters = s[..n];
            if (n == 1)
            {
                char c = letters[0];
                int letter = c - 'A' + 1;
                bool roman = c is 'I' or 'V' or 'X' && last[2] + 1 != letter;
                if (roman)
                {
                    value = RomanValue(letters, lower: false);
                    return LabelKind.Roman;
                }

                value = letter;
                return LabelKind.Upper;
            }

            value = RomanValue(letters, lower: false);
            return value > 0 ? LabelKind.Roman : LabelKind.None;
        }

        int d = 0;
        while (d < s.Length && d < 3 && char.IsAsciiDigit(s[d]))
            d++;
        if (d > 0 && d < s.Length && s[d] == '.' && (d + 1 == s.Length || s[d + 1] is ' ' or '\t'))
        {
            length = d + 1;
            bare = length == s.Length;
            value = int.Parse(s[..d], System.Globalization.CultureInfo.InvariantCulture);
            return LabelKind.Arabic;
        }

        if (s.Length >= 2 && char.IsAsciiLetterLower(s[0]) && s[0] != 'v' && s[1] == '.' && (s.Length == 2 || s[2] is ' ' or '\t'))
        {
            length = 2;
            bare = s.Length == 2;
            value = s[0] - 'a' + 1;
            return LabelKind.Lower;
        }

        return LabelKind.None;
    }

    private static int RomanValue(ReadOnlySpan<char> s, bool lower)
    {
        if (s.IsEmpty || s.Length > 6)
            return 0;
        int total = 0, prev = int.MaxValue;
        for (int i = 0; i < s.Length; i++)
        {
            int v = char.ToUpperInvariant(s[i]) switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, _ => 0 };
            if (v == 0 || lower != char.IsLower(s[i]))
                return 0;
            total += v > prev ? v - 2 * prev : v;
            prev = v;
        }

        return total is > 0 and < 90 ? total : 0;
    }

    private static Heading? Numbered(string text, Line line, Line? previous, Line? next, int[] last, out bool usesNext)
    {
        usesNext = false;
        if (line.Length > MaxHeading)
            return null;
        ReadOnlySpan<char> s = text.AsSpan(line.Start, line.Length);
        LabelKind kind = Label(s, last, out int labelLength, out bool bare, out int value);
        if (kind == LabelKind.None || s.StartsWith("Q.") || s.StartsWith("A. ") && s.EndsWith("?"))
            return null;
        int level = kind switch
        {
            LabelKind.Roman => 1,
            LabelKind.Upper => 2,
            LabelKind.Arabic => 3,
            _ => 4,
        };

        // Headings run in sequence: the first of a level is 1 (I, A, a), each next one more than the last (a gap of
        // one is forgiven: a lost line).
        if (value != 1 && !(last[level] > 0 && value > last[level] && value <= last[level] + 2))
            return null;

        string label = s[..labelLength].ToString();
        string title;
        int end = line.End;
        if (bare)
        {
            // A label alone on its line: the title, if any, is the next line ("I" over "Legal Framework").
            title = "";
            if (next is { } n && KindOf(text, n, last) == LabelKind.None && LooksLikeTitle(text.AsSpan(n.Start, n.Length), strict: true)
                && !ContinuesBelow(text, n))
            {
                title = text.Substring(n.Start, n.Length);
                end = n.End;
                usesNext = true;
            }
            else if (next is { } n2 && KindOf(text, n2, last) == kind && text.AsSpan(n2.Start, n2.Length).SequenceEqual(s))
            {
                // "I." over "I." over "I.": a column of labels, not a heading.
                return null;
            }
        }
        else
        {
            ReadOnlySpan<char> rest = s[labelLength..].Trim();
            if (rest.IsEmpty || !LooksLikeTitle(rest, strict: false) || ContinuesBelow(text, line))
                return null;
            title = rest.ToString();
            // "1. The evidence is sufficient." then "2. The trial court erred.": an enumerated list, not headings.
            if ((KindOf(text, previous, last) == kind || KindOf(text, next, last) == kind)
                && (title.EndsWith('.') || WordCount(title) > 6))
            {
                return null;
            }
        }

        last[level] = value;
        for (int deeper = level + 1; deeper < last.Length; deeper++)
            last[deeper] = 0;
        return new Heading(label, title, level, line.Start, end);
    }

    /// <summary>True when the line after <paramref name="line"/> goes on with its sentence (starts in lower case).</summary>
    private static bool ContinuesBelow(string text, Line line)
    {
        int at = line.End;
        Line? below = NextLine(text, ref at);
        return below is { } b && char.IsLower(text[b.Start]);
    }

    private static LabelKind KindOf(string text, Line? line, int[] last)
    {
        if (line is not { } l || l.Length > MaxHeading)
            return LabelKind.None;
        return Label(text.AsSpan(l.Start, Math.Min(l.Length, 12)), last, out _, out _, out _);
    }

    /// <summary>Short, starts with a capital (or a quote/bracket before one), not a clause cut mid-sentence.</summary>
    private static bool LooksLikeTitle(ReadOnlySpan<char> title, bool strict)
    {
        if (title.IsEmpty || title.Length > 100)
            return false;
        char first = title[0];
        if (!char.IsUpper(first) && first is not '§' and not '“' and not '"')
            return false;

        // "S. 35, 39 n. 4 (1987)", "2d 826 (2007)": the rest of an abbreviation cut at the end of a line.
        int space = title.IndexOfAny(' ', '\t');
        ReadOnlySpan<char> firstWord = space < 0 ? title : title[..space];
        if (firstWord.ContainsAny("0123456789") || (firstWord.Length <= 3 && firstWord[^1] is '.' or ','))
            return false;
        if (!CapitalisedLikeTitle(title, strict ? 5 : 7))
            return false;
        if (title[^1] is ',' or ';' or '-' or '(')
            return false;
        int words = WordCount(title);
        if (words > MaxTitleWords)
            return false;

        // A sentence ends with a period and runs on: "The evidence is sufficient to support the verdict."
        if (title[^1] == '.' && words > 8)
            return false;
        return true;
    }

    /// <summary>
    /// A title longer than <paramref name="freeWords"/> words capitalises its main words ("Standard of Review in
    /// Qualified Immunity Cases") or is in capitals; a sentence of prose does not.
    /// </summary>
    private static bool CapitalisedLikeTitle(ReadOnlySpan<char> title, int freeWords)
    {
        if (WordCount(title) <= freeWords)
            return true;
        int main = 0, capitalised = 0;
        foreach (Range r in title.Split(' '))
        {
            ReadOnlySpan<char> w = title[r].Trim("“”\"'(),.:;");
            if (w.Length < 4)
                continue;
            main++;
            if (char.IsUpper(w[0]))
                capitalised++;
        }

        return main == 0 || capitalised * 4 >= main * 3;
    }

    private static int WordCount(ReadOnlySpan<char> s)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in s)
        {
            bool letter = !char.IsWhiteSpace(c);
            if (letter && !inWord)
                words++;
            inWord = letter;
        }

        return words;
    }

    /// <summary>
    /// A known title in title case alone on its line ("Background", "Standard of Review"), between a line that ends
    /// its sentence and a line that starts one: "we turn to the factual\nBackground\nof the case" is prose.
    /// </summary>
    private static bool TitleCaseKnown(string text, ReadOnlySpan<char> core, Line? previous, Line? next)
    {
        if (core.Length > 45 || !char.IsUpper(core[0]) || core.IndexOfAnyInRange('a', 'z') < 0 || next is not { } n)
            return false;
        Span<char> upper = stackalloc char[core.Length];
        core.ToUpperInvariant(upper);
        if (!KnownTitles.Contains(upper.ToString()))
            return false;
        // Each main word is capitalised ("Standard of Review"), or only the first ("Standard of review").
        int capitalised = 0, lower = 0;
        foreach (Range r in core.Split(' '))
        {
            ReadOnlySpan<char> w = core[r];
            if (w.Length > 3 && char.IsUpper(w[0]))
                capitalised++;
            else if (w.Length > 3)
                lower++;
        }

        if (lower > 0 && capitalised > 1)
            return false;

        char first = text[n.Start];
        if (!(char.IsUpper(first) || char.IsDigit(first) || first is '“' or '"' or '¶' or '{' or '[' or '('))
            return false;
        if (previous is { } p)
        {
            char end = text[p.End - 1];
            if (char.IsLower(end) || end is ',' or ';' or '-' or '—')
                return false;
        }

        return CountLower(text, n) >= 10;
    }

    private static Heading? Unnumbered(string text, Line line, Line? previous, Line? next, bool seenProse)
    {
        if (line.Length > 60 || next is null)
            return null;
        ReadOnlySpan<char> s = text.AsSpan(line.Start, line.Length);
        ReadOnlySpan<char> core = s.TrimEnd(".:").Trim();
        if (core.IsEmpty)
            return null;
        if (TitleCaseKnown(text, core, previous, next))
            return new Heading(null, core.ToString(), 0, line.Start, line.Start + core.Length);
        int letters = 0;
        foreach (char c in core)
        {
            if (char.IsLower(c) || char.IsDigit(c) || c is '(' or ')' or ',' or '§' or '$' or '[' or ']' or '_' or '*' or '/')
                return null;
            if (char.IsLetter(c))
                letters++;
        }

        if (letters < 4 || WordCount(core) > 6)
            return null;
        string title = core.ToString();
        if (title is "NOTES" or "FOOTNOTES")
            return null;
        if (!KnownTitles.Contains(title))
        {
            if (!seenProse || title.Contains("COURT", StringComparison.Ordinal) || title.Contains(" V. ", StringComparison.Ordinal)
                || title.Contains(" v. ", StringComparison.Ordinal))
            {
                return null;
            }

            foreach (string word in NotHeadings)
            {
                if (title.StartsWith(word, StringComparison.Ordinal))
                    return null;
            }

            // A heading stands between prose: the text after it is running text, not more capitals.
            if (next is { } n && (n.Length < 40 || CountLower(text, n) < 10))
                return null;
            if (previous is { } p && CountLower(text, p) < 10)
                return null;
        }

        return new Heading(null, title, 0, line.Start, line.Start + core.Length);
    }
}
