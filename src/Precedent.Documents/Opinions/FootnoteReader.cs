namespace Precedent.Documents.Opinions;

/// <summary>
/// Finds an opinion's footnotes and the reference mark of each in the running text. Uses the footnotes the
/// document reader recorded (.html, .docx) when there are any; otherwise reads the plain-text layouts: bodies
/// "[1] …" at line starts with "[1]" marks in the text; bodies "FN1. …" with "FN1" marks; and a slip opinion's
/// page-foot notes, "1 See …" lines under a rule of underscores, with marks set against the word before
/// ("immunity.1").
/// </summary>
/// <remarks>
/// Footnote numbers must run in sequence (1, 2, 3…), and a body must follow its mark, so a bracketed "[1]" inside a
/// quotation or a number at the start of a line is not taken for a footnote. Marks are indexed in one pass, so the
/// reader is linear in the text.
/// </remarks>
public static class FootnoteReader
{
    private const int MaxLabel = 999;

    /// <summary>The footnotes of <paramref name="doc"/>, in text order.</summary>
    public static IReadOnlyList<Footnote> Read(SourceDocument doc)
    {
        if (doc is null)
            return [];
        string text = doc.Text ?? "";
        if (doc.Footnotes is { Count: > 0 } spans)
            return FromSpans(text, spans);

        IReadOnlyList<Footnote> found = Bracketed(text, "[", "]");
        if (found.Count > 0)
            return found;
        found = Bracketed(text, "FN", "");
        if (found.Count > 0)
            return found;
        return PageFoot(text);
    }

    /// <summary>The reader's footnote spans, each with the first matching mark after the previous one.</summary>
    private static List<Footnote> FromSpans(string text, IReadOnlyList<FootnoteSpan> spans)
    {
        var marks = new MarkIndex(text, bracketed: true, glued: true);
        var result = new List<Footnote>(spans.Count);
        int after = -1;
        foreach (FootnoteSpan span in spans)
        {
            int start = Math.Clamp(span.Start, 0, text.Length);
            int end = Math.Clamp(span.End, start, text.Length);
            int anchor = marks.Take(span.Label, after, start, exclude: (start, end));
            if (anchor >= 0)
                after = anchor;
            result.Add(new Footnote(span.Label, start, end, anchor));
        }

        return result;
    }

    /// <summary>"[1] …" (or "FN1. …") bodies at line starts, each after its "[1]" ("FN1") mark in the text.</summary>
    private static List<Footnote> Bracketed(string text, string open, string close)
    {
        var bodies = new List<(string Label, int Start, int End)>();
        int expected = 1;
        for (int lineStart = 0; lineStart < text.Length;)
        {
            int lineEnd = TextLines.LineEnd(text, lineStart);
            int cs = TextLines.ContentStart(text, lineStart, lineEnd);
            int ce = TextLines.ContentEnd(text, cs, lineEnd);
            if (ce - cs > open.Length + close.Length && string.CompareOrdinal(text, cs, open, 0, open.Length) == 0
                && ReadNumber(text, cs + open.Length, ce, out int number, out int after)
                && (close.Length == 0 || (after < ce && text[after] == close[0]))
                && after + close.Length < ce)
            {
                if (number == expected)
                {
                    bodies.Add((number.ToString(System.Globalization.CultureInfo.InvariantCulture), cs, ce));
                    expected++;
                }
                else if (number == 1 && bodies.Count > 0)
                {
                    // Numbering restarts (a second opinion's notes): keep the later, longer run only if it is one.
                    bodies.Add(("1", cs, ce));
                    expected = 2;
                }
            }

            lineStart = lineEnd + 1;
        }

        if (bodies.Count == 0)
            return [];
        var marks = new MarkIndex(text, bracketed: open == "[", glued: false, prefix: open == "FN" ? "FN" : null);
        var result = new List<Footnote>(bodies.Count);
        int previous = -1;
        foreach (var (label, start, end) in bodies)
        {
            int anchor = marks.Take(label, previous, start, exclude: (start, end));
            if (anchor < 0 || anchor > start)
                continue;
            previous = anchor;
            result.Add(new Footnote(label, start, end, anchor));
        }

        return result;
    }

    /// <summary>A slip opinion's notes: under a rule of underscores, lines "1 See …", "2 The …", in sequence.</summary>
    private static List<Footnote> PageFoot(string text)
    {
        var bodies = new List<(string Label, int Start, int End)>();
        int expected = 1;
        bool underRule = false;
        int open = -1;
        for (int lineStart = 0; lineStart < text.Length;)
        {
            int lineEnd = TextLines.LineEnd(text, lineStart);
            int cs = TextLines.ContentStart(text, lineStart, lineEnd);
            int ce = TextLines.ContentEnd(text, cs, lineEnd);
            bool pageBreak = lineStart < text.Length && text.AsSpan(lineStart, lineEnd - lineStart).Contains('\f');
            if (pageBreak)
            {
                underRule = false;
                open = -1;
            }

            if (ce > cs)
            {
                ReadOnlySpan<char> line = text.AsSpan(cs, ce - cs);
                if (line.Length >= 5 && line.Trim('_').IsEmpty)
                {
                    underRule = true;
                    open = -1;
                }
                else if (underRule && ReadNumber(text, cs, ce, out int number, out int after) && number == expected
                    && after + 1 < ce && text[after] == ' ' && !char.IsLower(text[after + 1]))
                {
                    bodies.Add((number.ToString(System.Globalization.CultureInfo.InvariantCulture), cs, ce));
                    open = bodies.Count - 1;
                    expected++;
                }
                else if (open >= 0)
                {
                    // The note runs on over the following lines of the page foot.
                    bodies[open] = bodies[open] with { End = ce };
                }
            }

            lineStart = lineEnd + 1;
        }

        if (bodies.Count == 0)
            return [];
        var marks = new MarkIndex(text, bracketed: false, glued: true);
        var result = new List<Footnote>(bodies.Count);
        int previous = -1;
        foreach (var (label, start, end) in bodies)
        {
            int anchor = marks.Take(label, previous, start, exclude: (start, end));
            if (anchor >= 0)
                previous = anchor;
            result.Add(new Footnote(label, start, end, anchor));
        }

        return result;
    }

    private static bool ReadNumber(string text, int at, int end, out int number, out int after)
    {
        number = 0;
        after = at;
        while (after < end && after - at < 3 && char.IsAsciiDigit(text[after]))
        {
            number = (number * 10) + (text[after] - '0');
            after++;
        }

        return after > at && number is > 0 and <= MaxLabel && (after >= end || !char.IsAsciiDigit(text[after]));
    }

    /// <summary>
    /// Every candidate reference mark of the text, by label, in text order: "[12]" (bracketed), "FN12" (prefixed),
    /// or digits set against the end of a word or sentence ("immunity.12 ", glued). Built in one pass.
    /// </summary>
    private sealed class MarkIndex
    {
        private readonly Dictionary<string, List<int>> _marks = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _cursor = new(StringComparer.Ordinal);

        public MarkIndex(string text, bool bracketed, bool glued, string? prefix = null)
        {
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (bracketed && c == '[')
                {
                    if (ReadNumber(text, i + 1, Math.Min(text.Length, i + 5), out int n, out int after)
                        && after < text.Length && text[after] == ']')
                    {
                        Add(n, i);
                        i = after;
                    }
                }
                else if (prefix is not null && c == prefix[0] && i + prefix.Length < text.Length
                    && string.CompareOrdinal(text, i, prefix, 0, prefix.Length) == 0
                    && (i == 0 || !char.IsLetterOrDigit(text[i - 1])))
                {
                    if (ReadNumber(text, i + prefix.Length, Math.Min(text.Length, i + prefix.Length + 4), out int n, out int after))
                    {
                        Add(n, i);
                        i = after - 1;
                    }
                }
                else if (glued && char.IsAsciiDigit(c) && i > 0 && IsGlueBefore(text[i - 1]))
                {
                    if (ReadNumber(text, i, Math.Min(text.Length, i + 4), out int n, out int after)
                        && (after >= text.Length || char.IsWhiteSpace(text[after]) || text[after] is ',' or ';' or ':' or ')'))
                    {
                        Add(n, i);
                    }

                    while (i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
                        i++;
                }
            }
        }

        private static bool IsGlueBefore(char c) =>
            char.IsLetter(c) || c is '.' or ',' or ';' or ':' or '”' or '"' or '’' or ')' or '?' or '!';

        private void Add(int number, int offset)
        {
            string key = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!_marks.TryGetValue(key, out List<int>? list))
                _marks[key] = list = [];
            list.Add(offset);
        }

        /// <summary>
        /// The first mark for <paramref name="label"/> after <paramref name="after"/> and outside the note's own span;
        /// marks before the note come first, then marks after it (a note printed before its mark). -1 when none.
        /// </summary>
        public int Take(string label, int after, int noteStart, (int Start, int End) exclude)
        {
            if (!_marks.TryGetValue(label, out List<int>? list))
                return -1;
            _cursor.TryGetValue(label, out int i);
            while (i < list.Count && (list[i] <= after || (list[i] >= exclude.Start && list[i] < exclude.End)))
                i++;
            _cursor[label] = i;
            if (i >= list.Count || list[i] >= noteStart && list[i] < exclude.End)
                return -1;
            return list[i];
        }
    }
}
